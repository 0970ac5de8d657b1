"""Phrase rules of the other languages, applied before their word rules.

:mod:`nco.planner.offline.lang` rewrites cue *words*; the phrases here are
the grammar around them that every language has and the word rules miss:

* where one is: "je suis au", "estoy en", "estou no", "sono in", "sóc a",
  "jag är vid", "olen ...-lla" -> "i'm at"; "wir treffen uns am",
  "quedamos en", "vi ses vid" -> "meet at"; a sentence opening with
  "Depuis", "Des de", "Da", "Dalla" -> "From";
* the end: "vuelvo antes de las", "volto às", "torno entro le", "torno
  abans de les", "tillbaka före", "takaisin ennen" -> "back by"; "entro
  le", "abans de les", "före", "ennen kello", "... asti" -> "by"/"until";
  "mi tren sale de", "o meu comboio parte de", "il mio treno parte da", "el
  meu tren surt de", "mitt tåg går från", "junani lähtee ...-lta" -> "my
  train leaves from";
* "as many ... as possible", "in any order", "in that order";
* Danish and Norwegian: "jeg står ved", "vi mødes på", "vi møtes på" ->
  "i'm at", "meet at"; "tilbage senest kl.", "tilbake klokka" -> "back by";
  "mit tog går fra", "toget mitt går fra" -> "my train leaves from";
* durations with a half: "anderthalb Stunden", "une heure et demie",
  "dos horas y media", "uma hora e meia", "un'ora e mezza", "una hora i
  mitja", "en och en halv timme", "puolitoista tuntia" -> minutes;
* noon and midnight, and the common kinds of place the word rules of
  Italian, Catalan, Swedish, Finnish and Portuguese lacked.
"""

from __future__ import annotations

import re

from nco.planner.offline.clock import UNITS
from nco.planner.offline.text import PLACE_NOUNS, loose, nordic, nordic_keys

#: a lower-case place noun that opens a place name ("estação de São Bento", "place du Casino")
_NOUN = r"(?:" + "|".join(sorted(PLACE_NOUNS, key=len, reverse=True)) + r")\b"

_VEHICLES = {
    "train": "train|tren|comboio|trem|treno|tåg|zug|juna",
    "bus": "bus|autobús|autobus|autocarro|ônibus|buss|bussi|coach",
    "boat": "bateau|barco|barca|vaixell|båt|boot|laiva|ferry|ferri|traghetto|färja|lautta|fähre",
    "flight": "avion|avión|avião|aereo|avió|flyg|flug|lento",
}
_VEH = "|".join(_VEHICLES.values())
#: the same in Danish and Norwegian, with their definite forms ("toget", "bussen", "båten", "færgen", "flyet")
_VEHICLES_DA_NO = {"train": "tog|toget", "bus": "bus|bussen|buss",
                   "boat": "båd|båden|båt|båten|færge|færgen|ferje|ferja|ferjen", "flight": "fly|flyet"}
_VEH_DA_NO = "|".join(_VEHICLES_DA_NO.values())

#: French street nouns, which take no preposition after a verb of place ("je serai boulevard Voltaire")
#: the gap after an article or a preposition before a name: a space, or none after an elided one ("à l'Isartor");
#: never none after a whole word ("à Larvotto" is no "à La" + "rvotto")
_GAP = r"(?:\s+|(?<='))"
_FR_STREETS = r"(?:rue|place|boulevard|bd|avenue|quai|gare|pont|parc|square|cours|allée)\b"

#: the article a contracted preposition holds ("au" -> "le", "nos" -> "os", "dalla" -> "la")
_ARTICLE_OF = {"au": "le ", "aux": "les ", "no": "o ", "na": "a ", "nos": "os ", "nas": "as ", "ao": "o ", "à": "a ",
               "aos": "os ", "às": "as ", "pelo": "o ", "pela": "a ", "pelos": "os ", "pelas": "as ", "dal": "il ",
               "dalla": "la ", "dallo": "lo ", "dai": "i ", "dalle": "le ", "al": "il ", "alla": "la ", "allo": "lo ",
               "ai": "i ", "alle": "le "}


#: not after "after" or "before", whose own rules read the verb after them ("després de passar per la Casa de la Vall")
_NOT_AFTER = r"(?<!\bdepois de )(?<!\bdespués de )(?<!\bdesprés de )(?<!\bantes de )(?<!\babans de )(?<!\bprima di )"


def _dropping_by(m: re.Match) -> str:
    """A verb of dropping by and its preposition, as "stop by" and the article the preposition held."""
    return "stop by " + _ARTICLE_OF.get((m.group(1) or "").lower(), "")


#: (pattern, replacement) per language; a replacement may be a function of the match
PHRASES: dict[str, list] = {
    "nl": [(r"\b(?:wij|we) (?:ontmoeten elkaar|spreken af) (?:bij|op|in|aan) (?:de |het )?", "meet at "),
           (r"\b(?:ik ben|ben ik|zijn we|zijn wij) (?:bij|op|in|aan) (?:de |het )?", "i'm at "), (r"\b(?:wij|we) zijn (?:bij|op|in|aan) (?:de |het )?", "we're at ")],
    "fr": [
        # dropping by a place ("passer à la pharmacie", "passer chez le coiffeur", "faire un saut au marché"): going
        (_NOT_AFTER + r"\b(?:passer|passe|passons|passerai|passerons|passera|faire un saut|faire un crochet)"
         r"(?=\s+(?:chez|à|au|aux)\s+(?!\d|côté\b))", "aller"),
        (r"\benfin\b|\bpour finir\b|\bpour terminer\b", "finally"), (r"\baprès-midi\b", "afternoon"),
        # "des églises ... j'aimerais en voir le plus possible": as many of the kind said as possible
        (r"\ben (?:voir|visiter|faire|découvrir) (?:le plus possible|un maximum|autant que possible)\b",
         "see as many as possible"),
        # "le musée avant qu'on aille déjeuner": going, said in the subjunctive after "before"
        (r"\bavant (?:qu'on|que l'on|que nous|qu'ils|qu'elles|que je|qu'il|qu'elle|que vous|que tu)\s+"
         r"(?:aille|ailles|aillent|allions|alliez)\s+(?:à la |à l'|au |aux |à )?", "before "),
        (r"\b(?:et|puis) après\b|,\s*après\s*,", " and then"), (r"\bresto\b", "restaurant"),
        (r"\b(?:je finis|on finit|nous finissons|je termine|on termine|nous terminons|finir|terminer)\s+"
         r"(?:à la |à l'|au |aux |à |en |devant |sur )?(?=(?-i:[A-ZÀ-Ý])|(?:place|rue|gare|square|boulevard|avenue|quai|pont|parc)\b)",
         "ending at "),
        (r"\b(?:rdv|rendez-vous) devant (?:la |le |l')?", "meet at "), (r"\bdevant (?:la |le |l')?", "at "),
        (r"\bdépart (?=(?:rue|place|gare|quai|boulevard|avenue|square|parc|pont)\b|(?-i:[A-ZÀ-Ý]))", "starting from "),
        # a square in lower case is a small park ("Abingdon Square" is a name)
        (r"\b(?:(?:un|le|dans un|au) )?(?-i:square)\b(?! (?-i:[A-ZÀ-Ý]))", "a park"), (r"\b(?:la|à la) poste\b", "the post office"),
        (r"\bvélib\b|\bvélos? en libre-service\b", "bicycle rental"),
        (r"\b(?:(?:être |suis |sommes )?(?:rentrée?s?|de retour)|rentrer|revenir|retourner) (?:pour|avant|à|vers) (?=\d)",
         "back by "),
        (r"\b(?:partent|partons|partez|pars) (?:de|du|depuis|d')\s?(?:la |l')?", "leaving from "),
        (r"\b(?:proposer|organiser|planifier|préparer) (?:une |un )?(?:petite |courte |belle )?(?:promenade|balade|itinéraire|parcours)\b",
         "plan a route"),
        (r"\b(?:notre|mon|ma|un|une|le|la) (?:rendez-vous|réunion|rdv) (?:de|à|prévue? à) (?=\d)", "my meeting at "),
        (r"\b(?:je dois|nous devons|on doit|(?:il )?faut (?:que je sois|que nous soyons|qu'on soit)|(?:il )?faut) "
         r"?(?:[^\W\d_]+ment )?(?:être|finir|terminer|arriver)? ?"  # "je dois impérativement être à"
         r"(?:(?:à la|à l'|au|aux|à)" + _GAP + "|(?=" + _FR_STREETS + r"))", "i must be at "),
        (r"\b(?:finir|terminer|arriver) (?:à la|à l'|au|aux|à)\s?(?=[A-Z]|gare|place)", "finish at "),
        (r"\b(?:je dois|nous devons|on doit) (?:re)?partir (?:de la|de l'|du|des|de)" + _GAP, "i must leave from "),
        (r"\b(?:je suis|je serai|on est|on sera) (?:à la|à l'|au|aux|à|sur la|sur le|devant la|devant le)" + _GAP, "i'm at "),
        # working or studying at a place until a time ("je révise à la bibliothèque jusqu'à midi"): one is there
        (r"\b(?:je travaille|je bosse|je révise|j'étudie|on travaille|on révise) (?:à la|à l'|au|à)" + _GAP
         + r"(?=[^.;!?,]{1,50}\bjusqu)", "i'm at "),
        (r"\b(?:retour|rentrer|revenir|je reviens|je rentre|on rentre|nous rentrons) (?:à la|à l'|aux|au|à)"
         r"(?:\s+|(?<='))(?=(?!(?:midi|minuit)\b)[^\W\d])", "back to "),
        (r"\b(?:je suis|nous sommes) (?=" + _NOUN + ")", "i'm at "),
        (r"\bnous (?:sommes|serons) (?:à la|à l'|au|aux|à)" + _GAP, "we're at "),
        (r"\bnous partons (?:de la|du|de l'|des|de)" + _GAP, "from "),
        (r"(^|[.!?]\s+)depuis (?:la |le |l')?", r"\1From "),
        (r"\b(?:mon|notre) (" + _VEH + r")(?: (?:de )?retour)?(?: (?:pour|vers) [^\W\d_]+)? part "
         r"(?:de la|du|des|de l'|de|d')" + _GAP, r"my \1 leaves from "),
        # "as many" said the spoken way ("un max de cafés", "un max de points de vue", "faire les boutiques un max")
        (r"\bpoints de vue\b", "viewpoints"), (r"\bun max (?:de |d')\s?(\w+)", r"as many \1 as possible"),
        (r"(?<=\w )un max\b(?! (?:de|d')\b)", "as many as possible"),
        (r"\bdans (?:cet|ce) ordre\b", "in that order"), (r"\béglises\b", "churches"),
        (r"\bgaleries\b", "galleries"),
    ],
    "es": [
        # dropping by a place ("pasar por la farmacia", "paso por el banco"): a visit
        (_NOT_AFTER + r"\b(?:pasar(?:me|nos)?|paso|pasamos|pasaré|pasaremos|hacer una parada|hago una parada)"
         r"\s+(?:por|en)\s+(?!\s*\d)", "stop by "),
        (r"\bpor último\b|\bfinalmente\b|\bpara terminar\b|\b(?<=y )lo último\b(?!\s+(?:que|de)\b)", "finally"),
        (r"\bal final\b", "at the end"),
        (r"\b(?:una|mi|la) (?:reunión|cita) en\b", "my meeting at"), (r"\bterminar(?:emos|é|ás)? en\b", "ending at"),
        (r"\b(?:una )?hora y cuarto\b", "75 minutes"),
        (r"\b(?:termino|terminamos|terminaré|acabo|acabamos|acabar) en (?:el |la )?", "ending at "),
        (r"\b(?:armar|planear|planificar|organizar|proponer|recomendar|hacer)(?:me|nos)? (?:un |una )?(?:paseo|ruta|recorrido|itinerario)\b",
         "plan a route"),
        (r"\b(?:volver|regresar|estar de vuelta|vuelvo|volvemos|regreso|regresamos) (?:a las|antes de las|para las|a la(?= una\b| \d))\b",
         "back by"),
        (r"\bllegar a (?=(?-i:[A-ZÀ-Ý]))", "arrive at "), (r"\bgasolinera\b", "petrol station"),
        (r"\b(?:todas las|todos los) (\w+) que (?:pueda|podamos|se pueda)\b", r"as many \1 as possible"),
        (r"\bmás tarde\b", "then"),
        (r"\b(?:(?:tengo|tenemos|hay) que|debo|debemos) (?:estar|llegar|terminar|acabar|(?:coger|tomar|pillar) "
         r"(?:el|un|mi) (?:tren|metro|autobús|bus|tranvía|barco|ferry)) (?:en|al|a) (?:la |el )?",
         "i must be at "),
        (r"\b(?:estoy|estamos|estaré|estaremos) en (?:la |el )?", "i'm at "), (r"\bsalimos (?:de la|del|de)\s", "from "), (r"\bquedamos en (?:la |el )?", "meet at "),
        (r"\b(?:mi|nuestro) (" + _VEH + r") sale (?:de la|del|de)\s", r"my \1 leaves from "),
        (r"\bvuelvo (?:antes de las|a las|para las|hacia las)\b", "back by"),
        (r"\b(?:vuelvo|volvemos|volver|regreso|regresamos|regresar) (?:al|a la|a)\s(?!\d)", "back to "),
        (r"\bvuelvo\b", "back"),
        (r"tant[oa]s (\w+) como (?:sea posible|pueda(?:s|mos)?(?: posible)?)", r"as many \1 as possible"),
        (r"\ben (?:ese|este) orden\b", "in that order"), (r"\bantes de la (?=\d|una\b)", "by "),
        (r"\bantes (?:de la|del|de los|de las|de)\b(?! \d)", "before the"),
        (r"\bdespués (?:de la|del|de los|de las)\b", "after the"),
        # "comer después de ir al museo", "después de comer"
        (r"\bdespués de (?=(?:ir|visitar|pasar|ver|subir|comer|almorzar|cenar|desayunar)\b)", "after "),
        (r"\bde las (\d{1,2}(?::\d{2})?) a las (?=\d)", r"from \1 until "),
        (r"\bchocolate (?:caliente|a la taza)\b", "hot chocolate"),
        (r"\bcomida rápida\b", "fast food"), (r"\bcafeterías\b", "cafes"), (r"\bbares\b", "bars"),
        (r"\by (?:luego )?estar (?:en|a)\s(?!las \d|\d|mediodía)", "and i must be at "),
        (r"\bcomida\b", "lunch"), (r"\b(?:empiezo|comienzo|empezamos|empezando) en (?:la |el )?", "i start at "),
        (r"\b(?:empiezo|comienzo|empezamos|empezando)\b", "i start"),
        (r"\ben (?:la |el )?(?=(?-i:[A-ZÀ-Ý])|plaza\b|estación\b|calle\b|puerta\b)", "at "),
        (r"\biglesias\b", "churches"), (r"\bgalerías\b", "galleries"), (r"\bparques\b", "parks"),
    ],
    "pt": [
        (r"\b(?:provar|degustar|experimentar) (?:o |um )?vinho do porto\b", "taste port"),
        # dropping by a place ("passar nos Correios", "passo na farmácia", "dar um pulo ao talho"): a visit
        (_NOT_AFTER + r"\b(?:passar|passo|passamos|passarei|passaremos|dar um pulo|dar um saltinho|dar uma passada)\s+"
         r"(?:em\s+|(no|na|nos|nas|ao|à|aos|às|pelo|pela|pelos|pelas)\b)(?!\s*\d)", _dropping_by),
        (r"\bpor fim\b|\bfinalmente\b|\bpara terminar\b", "finally"), (r"\bno (?:fim|final)\b", "at the end"),
        (r"\bfim\b(?= (?:às|as|a) \d)", "end"),
        (r"\b(?:(?:tenho|temos|tem|têm) (?:de|que)|preciso|precisamos|devo|devemos) (?:estar )?de volta "
         r"(?:aos|às|à|ao|a|no|na|nos|nas)\s?(?!meio-dia|\d)",
         "back at the "),
        (r"\b(?:devo|devemos|tenho de|tenho que|temos de|temos que|estar) (?:estar )?de volta (?:ao|às|as|até|a)\s",
         "back by "),
        (r"\b(?:saindo|sair|saio|saímos|partindo) (?:dos|das|da|do|de)\b", "leaving from"),
        # "..., e estar em São Bento às 12h30": where the trip ends
        (r"\be (?:depois )?estar (?:em|no|na|nos|nas)\s(?!\d|meio-dia)", "and i must be at "), (r"\bsaio\b", "i start"),
        (r"\bônibus\b", "bus"), (r"\bantes d[oa] (?:meu|minha|nosso|nossa)\b", "before my"),
        (r"\b(?:n|a)?o máximo de (\w+?)s? possível\b", r"as many \1 as possible"),
        (r"\b(?:termino|terminamos|terminar|acabo|acabamos) (?:no|na|em)\b", "ending at"),
        (r"\bhospedad[oa]s? (?:perto d[oa]|n[oa]|em)\s", "staying at "),
        (r"\ba seguir\b|\bmais tarde\b", "then"),
        (r"\b(?:(?:tenho|temos|tem) (?:de|que)|é preciso|preciso|precisamos|devo|devemos) "
         r"(?:estar|chegar|acabar|terminar|(?:pegar|apanhar|tomar) (?:o|um|meu) (?:trem|comboio|metrô|metro|ônibus|"
         r"autocarro|barco|ferry|elétrico)) (?:na|no|em|à|ao|a)\s", "i must be at "),
        (r"\bpequeno-almoço\b", "breakfast"), (r"\bgalerias\b", "galleries"),
        (r"\b(?:estou|estamos|vou estar|vamos estar|estarei|estaremos) (?:na|no|nas|nos|em)\s", "i'm at "), (r"\bsaímos (?:da|do|de)\s", "from "),
        (r"(^|[.!?]\s+)(?:partida |saída )?(?:da|do|de) (?=(?-i:[A-ZÀ-Ý])|" + _NOUN + ")", r"\1From "),
        (r"\b(?:o )?(?:meu|nosso) (" + _VEH + r") parte (?:da|do|de)\s", r"my \1 leaves from "),
        (r"\bvolto (?:antes das|até às|até as|às|as|pelas)\b", "back by"),
        (r"\b(?:volto|voltamos|voltar|regresso|regressar) (?:à|ao|a|para a|para o)\s(?!\d)", "back to "),
        (r"\bvolto\b", "back"),
        (r"\bantes (?:das|da) (?=\d|uma\b)", "by "), (r"\bantes (?:do|da|dos|das|de)\b", "before the"),
        (r"\bantes que\b", "before"), (r"\bdepois que\b", "after"),  # "o museu antes que a igreja"
        (r"\bdepois (?:do|da|dos|das)\b", "after the"),
        # "almoçar depois de ir ao museu", "depois de almoçar"
        (r"\bdepois de (?=(?:ir|visitar|passar|ver|subir|comer|almoçar|jantar)\b)", "after "),
        (r"\b(?:por|em) qualquer ordem\b", "in any order"),
        (r"\b(?:nessa|nesta) ordem\b", "in that order"),
        (r"o maior (?:número|nº|n\.º) possível de (\w+)", r"as many \1 as possible"),
        (r"o maior número de (\w+)(?: possível)?|tant[oa]s (\w+) quanto (?:possível|puder(?:mos)?)", r"as many \1\2 as possible"),
        # "quantos parques der": as many as there is time for
        (r"\bquant[oa]s (\w+) (?:der|puder|pudermos|puderes|conseguir|conseguirmos|conseguires)\b", r"as many \1 as possible"),
        (r"\b(?:começo|começamos) (?:na|no|em) ", "i start at "), (r"\b(?:começo|começamos)\b", "i start"),
        (r"\b(?:na|no) (?=(?-i:[A-ZÀ-Ý])|praça\b|estação\b|rua\b)", "at "),
        (r"\blivraria\b", "bookshop"), (r"\bpastelaria\b", "pastry shop"), (r"\bgaleria\b", "gallery"),
        (r"\bcafé\b", "cafe"), (r"\brestaurante\b", "restaurant"), (r"\bjardim\b", "garden"),
        (r"\bcinema\b", "cinema"), (r"\bigrejas\b", "churches"), (r"\bparques\b", "parks"),
    ],
    "it": [
        # dropping by a place ("passare dal fornaio", "passo in farmacia", "fare un salto da JouéClub"): a visit
        (_NOT_AFTER + r"\b(?:passare|passo|passiamo|passerò|passeremo|fare un salto|faccio un salto)\s+"
         r"(?:da\s+|in\s+|(dal|dalla|dallo|dai|dalle|al|alla|allo|ai|alle)\b|(?:dall|all)')(?!\s*\d)", _dropping_by),
        (r"\binfine\b|\bper finire\b", "finally"), (r"\balla fine\b", "at the end"),
        (r"\ba partire (?:dalle|dalla|dal|da)\b", "from"), (r"\bdavanti (?:a|al|alla)\s|\bdavanti all'", "at "),
        (r"\b(?:sarò|saremo|saranno|sarà|sono|siamo|è) a (?=(?-i:[A-ZÀ-Ý]))", "will be at "),
        (r"\bhanno\b", "they have"), (r"\btreno\b", "train"),
        (r"\bdalla (?=stazione\b)", "from the "), (r"\bdelle (?=\d)", "at "),
        (r"\b(?:finiamo|finisco|terminiamo|termino|fine) (?:al|alla|a|in|all')\s?(?!\d)", "ending at "),
        (r"\b(?:torniamo|torno|rientro|rientriamo|ritorno|ritorniamo)(?: entro le| entro| per le| alle| per)? (?=\d)",
         "back by "),
        (r"\b(?:partiamo|parto|partite) (?:dalla|dal|dall'|da)" + _GAP, "leaving from "), (r"\bdall'(?=(?-i:[A-ZÀ-Ý]))", "from "),
        (r"\bdopodiché\b|\bin seguito\b|\bpiù tardi\b", "then"),
        (r"\b(?:devo|dobbiamo|bisogna|si deve) (?:essere|arrivare|finire|tornare) (?:alla|allo|al|all'|in|ad|a)\b\s?",
         "i must be at "),
        (r"\bdomani\b", "tomorrow"), (r"\boggi\b", "today"),
        (r"\b(?:sono|siamo|sarò|saremo) (?:davanti alla|davanti al|alla|allo|alle|all'|al|ai|in|a)\b\s?", "i'm at "),
        (r"\bci vediamo (?:in|a|al|alla|allo|all')" + _GAP, "meet at "),
        (r"\bpartiamo (?:dalla|dallo|dal|da)\s", "from "), (r"\b(?:comincio|inizio)\b", "i start"),
        (r"\bin (?=piazza\b|stazione\b|via\b)", "at "),
        (r"(^|[.!?]\s+)(?:dalla|dallo|dal|da) (?=(?-i:[A-ZÀ-Ý])|piazza|stazione)", r"\1From "),
        (r"\b(?:il )?(?:mio|nostro) (" + _VEH + r") parte (?:dalla|dallo|dal|da)\s", r"my \1 leaves from "),
        (r"\btorno (?:entro le|entro|per le|alle|prima delle)\b", "back by"),
        (r"\b(?:torno|torniamo|tornare|rientro|rientrare) (?:alla|allo|al|all'|a|in)(?:\s+|(?<='))(?=[^\W\d])(?!le\b)",
         "back to "),
        (r"\btorno\b", "back"),
        (r"\bentro le\b|\bentro\b|\bprima delle (?=\d)", "by "),
        (r"\bprima (?:del|della|dello|dei|delle|degli|di)\b", "before the"),
        (r"\bprima che (?:andiamo|andiate|vadano|vada|andassimo)\s+(?:a |al |alla |allo |all')?", "before "),
        (r"\bdopo l'", "after the "), (r"\bdopo (?:il|la|lo|i|le|gli)\b", "after the"),
        # "pranzare dopo aver visitato il museo"
        (r"\bdopo (?:aver|essere) (?=(?:visitato|visto|passat[oi]|andat[oi]|stat[oi])\b)", "after "),
        (r"\bfino a(?:lle)?\b|\bfino all'(?=\d)", "until "),  # "fino all'una": until one
        (r"\bverso le\b", "around"), (r"\bdalle\b", "from"),
        (r"quant[ie] più (\w+) (?:possibile|puoi|riesci|potete|riuscite)|il maggior numero di (\w+)(?: possibile)?", r"as many \1\2 as possible"),
        (r"\bin (?:qualsiasi|qualunque) ordine\b|\bin ordine sparso\b", "in any order"),
        (r"\bin quest'ordine\b|\bin questo ordine\b", "in that order"),
        (r"\bmezzogiorno\b", "noon"), (r"\bmezzanotte\b", "midnight"), (r"\bcolazione\b", "breakfast"),
        (r"\bmusei\b", "museums"), (r"\bchiese\b", "churches"), (r"\bgallerie\b", "galleries"),
        (r"\bcattedrale\b", "cathedral"), (r"\bcattedrali\b", "cathedrals"), (r"\bchiesa\b", "church"),
        (r"\bgalleria\b", "gallery"), (r"\bfarmacia\b", "pharmacy"), (r"\bsupermercato\b", "supermarket"),
        (r"\bpanificio\b|\bpanetteria\b|\bforno\b", "bakery"), (r"\bpasticceria\b", "pastry shop"),
        (r"\blibreria\b", "bookshop"), (r"\bteatro\b", "theatre"), (r"\bmercato\b", "market"),
        (r"\bbiblioteca\b", "library"), (r"\bristorante\b", "restaurant"), (r"\bcaffè\b", "cafe"),
        (r"\bgelateria\b", "ice cream"), (r"\bgiardino\b", "garden"), (r"\bbelvedere\b", "viewpoint"),
        (r"\bnegozio di souvenir\b", "souvenir shop"), (r"\bfiorista\b|\bfioraio\b", "florist"), (r"\bho\b", "i have"), (r"\bvoglio\b", "i want"),
        (r"\bdue\b(?= ore)", "two"), (r"\btre\b(?= ore)", "three"),
    ],
    "ca": [
        # dropping by a place ("passar per la farmàcia", "fer un salt al forn"): a visit
        (_NOT_AFTER + r"\b(?:passar|passo|passem|passaré|passarem|fer un salt)\s+(?:per\s+|a\s+(?=la\b|l')|(al|als)\b)"
         r"(?!\s*\d)", _dropping_by),
        (r"\bfinalment\b|\bper acabar\b", "finally"), (r"\bal final\b", "at the end"),
        (r"\bsurt(?:o|s|en|im|iu) de\b", "leaving from"),
        (r"\b(?:han|hem|he|has|heu|ha) de tornar(?: a les| a la| abans de les)?\b", "back by"),
        (r"\bmés tard\b|\ba continuació\b", "then"),
        (r"\b(?:(?:he|hem|haig|hauré|haurem) de|cal) (?:ser|arribar|acabar) (?:a la|a l'|al|a)" + _GAP, "i must be at "), (r"\bgaleries\b", "galleries"),
        (r"\b(?:sóc|estic|som|estem|seré|serem|estaré|estarem) (?:a la|a l'|al|als|a)" + _GAP, "i'm at "), (r"\bquedem (?:a la|a l'|al|a)" + _GAP, "meet at "),
        (r"(^|[.!?]\s+)des (?:de la|de l'|del|de)" + _GAP, r"\1From "),
        (r"\bde les (\d{1,2}(?::\d{2})?) a les (?=\d)", r"from \1 until "),
        (r"\b(?:surto|sortim|començo|comencem) (?:de la|de l'|del|des de|de)" + _GAP, "from "),
        (r"\b(?:començo|comencem) a (?:la |l'|el )?(?=(?-i:[A-ZÀ-Ý])|plaça\b|estació\b|carrer\b)", "i start at "), (r"\b(?:començo|comencem)\b", "i start"), (r"\ba (?:la |l'|el )?(?=plaça\b|estació\b|carrer\b)", "at "),
        (r"\b(?:el )?(?:meu|nostre) (" + _VEH + r") surt (?:de la|de l'|del|de)" + _GAP, r"my \1 leaves from "),
        (r"\btorno (?:abans de les|a les|cap a les)\b", "back by"),
        (r"\b(?:torno|tornem|tornar) (?:a la|a l'|al|a)(?:\s+|(?<='))(?!les\b)(?=[^\W\d])",
         "back to "),
        (r"\btorno\b", "back"),
        (r"\babans de les (?=\d)|\babans de la (?=\d|una\b)", "by "),
        (r"\babans de l'", "before the "), (r"\babans (?:del|de la|dels|de les|de)\b", "before the"),
        (r"\babans d'", "before "),
        (r"\babans que\b", "before"),  # "que la Casa de la Vall vagi abans que l'església"
        (r"\bdesprés de l'", "after the "), (r"\bdesprés (?:del|de la|dels|de les)\b", "after the"),
        # "dinar després d'anar al museu"
        (r"\bdesprés d'(?=(?:anar|visitar)\b)|\bdesprés de (?=(?:passar|veure|pujar|dinar|sopar|menjar)\b)", "after "),
        (r"\bfins (?:a )?(?:les|la)\b|\bfins a\b", "until"),  # "fins les nou": "a" left out when spoken
        (r"tant(?:s|es|a)? (\w+) com (?:sigui possible|pugui(?:m|s)?(?: possible)?|puguem(?: possible)?)|el màxim de (\w+)(?: possibles?)?", r"as many \1\2 as possible"),
        (r"\ben qualsevol ordre\b", "in any order"), (r"\ben aquest ordre\b", "in that order"),
        (r"\bmigdia\b", "noon"), (r"\bmitjanit\b", "midnight"), (r"\besmorzar\b", "breakfast"),
        (r"\bmuseus\b", "museums"), (r"\besglésies\b", "churches"), (r"\bgaleria\b", "gallery"),
        (r"\bfarmàcia\b", "pharmacy"), (r"\bsupermercat\b", "supermarket"), (r"\bfleca\b|\bforn\b", "bakery"),
        (r"\bpastisseria\b", "pastry shop"), (r"\bllibreria\b", "bookshop"), (r"\bteatre\b", "theatre"),
        (r"\bmercat\b", "market"), (r"\bbiblioteca\b", "library"), (r"\bcafè\b|\bcafeteria\b", "cafe"),
        (r"\bgelat\b|\bgelateria\b", "ice cream"), (r"\bjardí\b", "garden"), (r"\bmirador\b", "viewpoint"),
        (r"\bbotiga de records\b", "souvenir shop"), (r"\bvull\b", "i want"), (r"\btinc\b", "i have"),
        (r"\bprimer\b", "first"), (r"\bi després\b", "then"), (r"\bdemà\b", "tomorrow"),
    ],
    "sv": [
        # done by a time ("Klart senast 12"): no place
        (r"\b(?:klart|klar|färdig|färdiga|färdigt|slut)\s+(?=senast|innan|före|till)", "done "),
        (r"\btill sist\b|\bslutligen\b|\bsist\b", "finally"), (r"\befter det\b|\bsen\b", "then"),
        (r"\b(?:(?:jag|vi|de|han|hon) )?(?:måste|ska|skall|behöver|bör) (?:(?:jag|vi|de) )?vara tillbaka (?:vid|på|i)\s",
         "back at "),
        (r"\b(?:(?:jag|vi|de|han|hon) )?(?:måste|ska|skall|behöver|bör) (?:(?:jag|vi|de) )?vara tillbaka\b", "back by"),
        (r"\b(?:anländer|anlände|kommer fram|kommer)(?: med [^\W\d_]+)? (?:till|vid|på)\s", "arriving at "),
        # getting off a train or a bus somewhere: the trip starts there ("du kliver av vid X", "vi går av på X")
        (r"\b(?:(?:jag|vi|du|ni) )?(?:kliver|kliv|stiger|går|hoppar) av (?:vid|på|i)\s", "getting off at "),
        (r"\bklar\b(?= (?:kl\.? ?|klockan )?\d)", "done by"),
        (r"\b(?:(?:jag|vi) (?:måste|ska|skall|behöver)|(?:måste|ska|skall|behöver)(?: jag| vi)?) "
         r"(?:vara|komma till|sluta) (?:på|vid|i)?\s?", "i must be at "), (r"\bi morgon\b|\bimorgon\b", "tomorrow"),
        (r"\bi dag\b|\bidag\b", "today"),
        (r"\b(?:jag är|vi är) (?:på|vid|i)\s", "i'm at "), (r"\bvi (?:ses|träffas) (?:på|vid|i)\s", "meet at "),
        (r"\b(?:mitt|min|vårt|vår) (" + _VEH + r") (?:går|avgår) från\s", r"my \1 leaves from "),
        (r"\btillbaka (?:före|senast|klockan|kl\.?)\s?", "back by "), (r"\btillbaka\b", "back"),
        (r"(?:^|(?<=[.!?,:] ))(?:har|hade)\b", "i have"), (r"\b(?:börjar|startar)\b", "start"),
        (r"\befter\b", "after"), (r"\bföre (?=\d)|\bsenast (?:(?:kl\.?|klockan)\s?)?(?=\d)", "by "), (r"\bkl\.?\s?(?=\d)", "at "),
        (r"\bslut(?:a|ar)?\b(?= (?:kl|klockan|at|vid|på|\d))", "end"),
        (r"\b(?:jag|vi) (?:måste|ska|skall|behöver) vara tillbaka\b", "i must be back"),
        (r"så många (\w+) (?:som möjligt|(?:som )?(?:du|ni|vi|jag) hinner|(?:som )?(?:du|ni) kan|det går)",
         r"as many \1 as possible"),
        (r"\bi (?:valfri|godtycklig) ordning\b|\bi vilken ordning som helst\b", "in any order"),
        (r"\bi (?:den|denna|just den) ordningen?\b", "in that order"),
        (r"\btill klockan\b|\bfram till\b", "until"),
        (r"\bmuseet\b", "the museum"), (r"\bkyrkan\b", "the church"), (r"\bparken\b", "the park"),
        (r"\bmiddagen\b", "the dinner"), (r"\blunchen\b", "the lunch"), (r"\bfrukosten\b", "the breakfast"),
        (r"\bgalleriet\b", "the gallery"), (r"\bbaren\b", "the bar"), (r"\b(?:före|innan)\b", "before"),
        (r"\bmidnatt\b", "midnight"), (r"\bmitt på dagen\b", "noon"), (r"\blunch\b", "lunch"),
        (r"\bmuseer\b", "museums"), (r"\bkyrkor\b", "churches"), (r"\bgallerier\b", "galleries"),
        (r"\bgalleri\b", "gallery"), (r"\brestaurang\b", "restaurant"), (r"\bbiograf\b|\bbio\b", "cinema"),
        (r"\bteater\b", "theatre"), (r"\bbibliotek\b", "library"), (r"\bmarknad\b", "market"),
        (r"\butsiktsplats\b", "viewpoint"), (r"\bfika\b", "coffee"), (r"\bkonditori\b", "cafe"),
        (r"\bpark\b", "park"), (r"\bsouvenirbutik\b", "souvenir shop"), (r"\bbarer\b", "bars"),
        (r"\b(?:kaféer|kafeer|caféer)\b", "cafes"), (r"\bparker\b", "parks"), (r"\brestauranger\b", "restaurants"),
        (r"\bbokhandlar\b", "bookshops"), (r"\bbagerier\b", "bakeries"),
        (r"\bblomsteraffär\b|\bblomsterhandel\b", "florist"), (r"\bjag vill\b", "i want"),
    ],
    "fi": [
        (r"\blopuksi\b|\blopuks\b|\bviimeiseksi\b", "finally"), (r"\bmyöhemmin\b", "then"),
        (r"\beka(?:ks|na)?\b(?!\s+(?:kertaa|kerta|kerran)\b)", "first"),  # spoken: "eka leikkipaikka, sit ..."
        # the post office, burgers, something to eat ("apteekki + posti + jotain syötävää", "hampurilaiset")
        (r"\bposti(?:in|ssa|sta)?\b", "post office"), (r"\bhampurilai\w*", "burgers"),
        (r"\bjotain (?:syötävää|pientä syötävää|purtavaa)\b", "something to eat"),
        (r"\bhalpaa (?:ruokaa|syötävää|safkaa)\b", "cheap food"),
        # home by a time ("Kotona pitää olla puoli kuudelta", "pitäis olla kotona klo 2")
        (r"\bkotona (?:pitää|täytyy|pitäis|pitäisi|pitäs) olla\b|\b(?:pitää|täytyy|pitäis|pitäisi|pitäs) olla kotona\b",
         "i must be home"),
        (r"\b(?:(?:minun|meidän|mun|meiän) )?(?:täytyy|pitää) olla ((?-i:[A-ZÅÄÖ])\w{2,}?)(?:lla|llä|ssa|ssä)\b", r"i must be at \1"),
        (r"\bhuomenna\b", "tomorrow"), (r"\btänään\b", "today"), (r"\bgalleriaa\b|\bgallerioita\b", "galleries"),
        (r"\b(?:olen|oon|olemme|ollaan|olet|oot) ((?-i:[A-ZÅÄÖ])\w{2,}?)(?:lla|llä|ssa|ssä)\b", r"i'm at \1"),
        (r"\b(?:lähden|lähdemme|aloitan|aloitamme|lähdet|lähdette|aloitat|aloitatte) ((?-i:[A-ZÅÄÖ])\w{2,}?)"
         r"(?:sta|stä|lta|ltä)\b", r"i start from \1"),
        (r"\bolen\b", "i am"),
        (r"^((?-i:[A-ZÅÄÖ])\w{2,}?)(?:lla|llä)\b", r"At \1"),
        (r"\b(?:junani|junamme) lähtee ((?-i:[A-ZÅÄÖ])\w{2,}?)(?:lta|ltä|sta|stä)\b", r"my train leaves from \1"),
        (r"\b(?:bussini|bussimme) lähtee ((?-i:[A-ZÅÄÖ])\w{2,}?)(?:lta|ltä|sta|stä)\b", r"my bus leaves from \1"),
        (r"\b(?:laivani|lauttani) lähtee ((?-i:[A-ZÅÄÖ])\w{2,}?)(?:lta|ltä|sta|stä)\b", r"my boat leaves from \1"),
        (r"\b(museon|lounaan|illallisen|aamiaisen|kahvin|kirkon|puiston|galleria?n) jälkeen\b",
         lambda m: "after the " + _FI_GENITIVE[m.group(1).lower()]),
        # any other place in the genitive before "jälkeen" ("apteekissa kirjaston jälkeen", "Kiasman jälkeen")
        (r"\b(?!(?:sen|sitä|tämän|minkä|sitten|tunnin|minuutin|hours?|minutes?|this|that)\b)([^\W\d_]{3,}) jälkeen\b",
         r"after the \1"),
        (r"\bennen (museota|lounasta|illallista|aamiaista|kahvia|kirkkoa|puistoa)\b",
         lambda m: "before the " + _FI_PARTITIVE[m.group(1).lower()]),
        (r"\btakaisin ennen (?:kello|klo)?\s?", "back by "), (r"\bennen (?:kello|klo)\b", "by"),
        (r"\b(?:(?:kello|klo) (\d{1,2}(?:[.:]\d{2})?)|(\d{1,2}:\d{2})) (?:asti|saakka)\b", r"until \1\2"),
        (r"\bniin monta (\w+) kuin mahdollista|\bmahdollisimman monta (\w+)", r"as many \1\2 as possible"),
        (r"\bniin monessa (\w+) kuin (?:ehdit|ehdimme|ehdin|ehtii|mahdollista|jaksat)", r"as many \1 as possible"),
        (r"\bmissä tahansa järjestyksessä\b|\bmissä järjestyksessä tahansa\b", "in any order"),
        (r"\btässä järjestyksessä\b", "in that order"),
        (r"\bkeskiyö(?:hön|llä)?(?: asti| saakka)?\b|\bpuoliyö(?:hön|llä)?(?: asti| saakka)?\b", "until midnight"),
        (r"\bpuolen päivän aikaan\b|\bpuoliltapäivin\b", "around noon"),
        (r"\btakaisin (?:(?:pitää|täytyy) olla )?(?:(?:kello|klo) )?(?=around|noon|at|\d)", "back by "),
        (r"\bkeskipäivä(?:llä|ään)?\b", "noon"), (r"\baamiainen\b|\baamupala\b", "breakfast"),
        (r"\bmuseota\b|\bmuseoita\b", "museums"), (r"\bkirkkoa\b|\bkirkkoja\b", "churches"),
        (r"\bgalleria\b", "gallery"), (r"\bravintola\b", "restaurant"), (r"\bbaari\b", "bar"),
        (r"\belokuvateatteri(?:in|ssa)?\b|\belokuvi(?:in|ssa)\b", "cinema"), (r"\bteatteri\b", "theatre"),
        (r"\bkirjasto\b", "library"), (r"\bnäköalapaikka\b", "viewpoint"), (r"\bkahville\b|\bkahvit\b", "coffee"),
        (r"\bkauppahalli\b", "market hall"), (r"\bennen\b(?= [^\W\d_])", "before the"),
    ],
    "de": [
        (r"\bzum schluss\b|\bzuletzt\b|\bschließlich\b|\bam ende\b|\bam schluss\b", "finally"),
        # "Wenn das alles erledigt ist, gönn ich mir ein Weißbier": what comes after all the rest
        (r"\bwenn (?:das|dies|alles)(?: alles)? (?:erledigt|geschafft|fertig|vorbei)(?: ist)?\b", "finally"),
        (r"\b(?:um|bis|gegen) (\d{1,2}(?::\d{2})?)(?: uhr)? (?:am|an der|im|beim|in der|auf dem) "
         r"((?-i:[A-ZÀ-Ý])(?:(?!\bund\b|\bum\b)[^.?!,]){1,40}?) (?:sein(?: müssen| muss| sollte| sollten| soll)?|"
         r"ankommen|eintreffen)\b",
         r"must be at \2 by \1"),
        (r"\bende (?:am|an der|im|beim|in der)\b", "end at the"), (r"\bzurück (?:im|in der|am|beim)\b", "back at the"),
        (r"\b(?:ich wohne|ich übernachte|wir wohnen|wir übernachten) (?:im|in der|am|beim)\b", "staying at the"),
        (r"\bmöglichst viele (\w+)", r"as many \1 as possible"), (r"\bblumen kaufen\b", "a florist"),
        (r"\btanken\b", "a petrol station"), (r"\bbäcker\b", "bakery"), (r"\bkaffeehaus\b", "cafe"),
        (r"\bimbiss(?:bude|stand)?\b|\bwürste?l(?:stand|bude)?\b|\bwürstchen(?:bude|stand)?\b|\bcurrywurst\b",
         "fast food"),
        (r"\b(?:irgendwo |gemütlich |noch )?einkehren\b", "eat out"),
        (r"\b(dann|danach|zuerst|erst|noch|schließlich) (?:zur |die )?post\b", r"\1 the post office"),
        (r"\bdenkmäler\b|\bgedenksteine?\b", "monuments"), (r"\bbankomat\b|\bgeldautomat\b", "atm"),
        (r"\btrafik\b", "kiosk"), (r"\boutlet-shopping\b", "shopping"), (r"\b(?:zur|die|der|und) post\b|(?<=, )post\b", "the post office"),
        (r"\b(?:muss|müssen|sollte|sollten|soll|will|wollen|möchte|möchten) (?:ich|wir|er|sie|es|man) "
         r"(?:(?:wieder|spätestens|zurück) )*"
         r"(?:am|an der|im|beim|in der|auf dem) ((?-i:[A-ZÀ-Ý])[^.?!,]{1,40}?) sein\b", r"must be at \1"),
        (r"\b(?:meinem|meinen|einem|einen|dem|den) termin\b", "my appointment"),
        (r"\bende\b(?= (?:um |gegen )?\d)", "done by"),
        # "um 16:00 muss ich fertig sein", "um 5 wollen wir zurück sein": the time said first is the end
        (r"\b(?:um|gegen) (\d{1,2}(?::\d{2})?)(?: uhr)? (?:muss|müssen|sollte|sollten|will|wollen) (?:ich|wir|man) "
         r"(?:(?:schon|wieder|spätestens) )*(fertig|zurück|daheim|zu hause|zuhause) sein\b", r"\2 by \1"),
        # "um 11 Uhr geht mein Zug zurück", "um 18 Uhr fährt unser Bus": the ride home sets the end
        (r"\b(?:um|gegen) (\d{1,2}(?::\d{2})?)(?: uhr)? (?:geht|fährt) (?:mein|unser) (zug|bus|schiff)\b",
         r"my \2 leaves at \1"),
        (r"\bich muss (?:(um \d{1,2}(?::\d{2})?) )?(?:am|an der|im|beim|in der) ((?-i:[A-ZÄÖÜ])[\w-]*(?: (?-i:[A-ZÄÖÜ])[\w-]*)*) sein\b",
         r"i must be at \2 \1"), (r"\bmorgen früh\b", "tomorrow morning"),
        # starting where one already is, the particle last ("danach fang ich dort an", "dann fangen wir da an")
        (r"\b(?:fang|fange|fangen) (?:ich|wir) (?:dort|da|hier|gleich dort|gleich da) an\b", "i start there"),
        # meeting at a time, said first, the first time of the prompt ("Morgen um 10 treffen wir uns am X"): the start
        (r"\A([^\d]*?)\b(?:um|gegen) (\d{1,2}(?::\d{2})?)(?: uhr)? treffen wir uns(?: alle)* "
         r"(?:am|an der|im|beim|vor dem|vor der)\s", r"\1at \2 meet at "),
        # meeting others at a time said later ("um zwölf treffen wir uns alle am X"): the end of the trip
        (r"\b(?:um|gegen) (\d{1,2}(?::\d{2})?)(?: uhr)? treffen wir uns(?: alle| dann| wieder)* "
         r"(?:am|an der|im|beim|vor dem|vor der)\s", r"by \1 meet at "),
        (r"\bwir treffen uns (?:am|an der|im|beim|vor dem|vor der)\s", "meet at "),
        (r"\b(?:ich bin|bin ich|sind wir) (?:am|an der|im|beim|auf dem)\s", "i'm at "),
        (r"\b(?:muss|müssen) (?:ich|wir) (?:spätestens |wieder |zurück )?(?:am|an der|im|beim|in der|auf dem|vor dem|"
         r"zum|zur)\s", "i must be at "), (r"\bkirchen\b", "churches"),
    ],
    # Polish and Czech, as typed without diacritics: where one is with a place noun before its name ("jestem na
    # placu Wolności", "jsme na náměstí Míru"), a gathering point
    "pl": [(r"\b(?:cos )?na wynos\b", "takeaway"),
           (r"\b(?:jestem|jestesmy) (?:na|przy|pod|w|u|obok|kolo) (?=(?:placu|rynku|ulicy)\b)", "i'm at "),
           (r"\bzbiork[ai] (?:na|przy|pod|w|obok)\s", "meet at ")],
    "cs": [(r"\b(?:jsem|jsme) (?:na|u|v|ve|vedle) (?=(?:namesti|ulici)\b)", "i'm at "),
           # dog or cat food ("krmení pro psa"): the pet shop
           (r"\b(?:krmeni|granule|zradlo) pro (?:psa|kocku|psy)\b", "chovatelské potřeby"),
           (r"\bsraz (?:na|u|v|ve|vedle|pred)\s", "meet at ")],
    # Danish: the grammar of a trip, read before the word rules (RULES["da"] in :mod:`~nco.planner.offline.lang`)
    "da": [
        # a visit made already ("Stonewall Inn så vi i går", "Hemingway var vi på i aftes"): saw, last night
        (r"\bså (?:vi|jeg)\b(?=[^.!?]*\b(?:i går|i aftes|i forgårs|sidste gang|sidste år)\b)", "we saw"),
        (r"\bi (?:går )?aftes\b", "yesterday"),
        # places said by a generic word, for the map to find ("ved banegården", "på torvet", "ved domkirken", "havnen")
        (r"\bhovedbanegården\b", "the main station"),
        (r"\bbusstationen\b|\brutebilstationen\b", "the bus station"),
        (r"\bbanegården\b|\b(?:jernbane|tog)stationen\b", "the station"), (r"\btorvet\b", "the market square"),
        (r"\bdomkirken\b", "the cathedral"), (r"\bhavnen\b", "the harbour"), (r"\brådhuset\b", "the town hall"),
        # the ride home and the ride one must catch ("mit tog går fra X", "toget går herfra kl. 17", "vi skal nå båden
        # fra X", "skal med toget igen kl. 14"), arriving by one ("jeg ankommer med toget til X")
        (r"\b(?:(?:mit|min|vores|vort) )?(" + _VEH_DA_NO + r") (?:går|afgår|kører|sejler|letter)(?: (?:herfra|derfra))?"
         r" fra\s", r"my \1 leaves from "),
        (r"\b(?:(?:mit|min|vores|vort) )?(" + _VEH_DA_NO + r") (?:går|afgår|kører|sejler|letter)"
         r"(?: (?:herfra|derfra))?\b", lambda m: f"my {_VEHICLE_WORD[m.group(1).lower()]} leaves"),
        (r"\b(?:jeg|vi) (?:skal |må )?(?:tage|tager|nå|med) (" + _VEH_DA_NO + r") fra\s",
         lambda m: f"catch the {_VEHICLE_WORD[m.group(1).lower()]} from "),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må) (?:med|nå|tage|have) (" + _VEH_DA_NO + r")(?: (?:igen|tilbage|hjem))?\b",
         lambda m: f"my {_VEHICLE_WORD[m.group(1).lower()]} leaves"),
        (r"\b(?:(?:jeg|vi) )?(?:ankommer|kommer frem|kommer|lander)(?: med (" + _VEH_DA_NO + r"))? (?:til|ved|på|i)\s|"
         r"\bankommer\s(?=(?-i:[A-ZÆØÅÀ-Ý]))",
         lambda m: f"arriving by {_VEHICLE_WORD[m.group(1).lower()]} at " if m.group(1) else "arriving at "),
        (r"\b(?:(?:jeg|vi|du) )?(?:står|stiger|hopper) af (?:ved|på|i)\s", "getting off at "),
        # the order: last said after the visit, at the end of its clause ("og en bar til sidst", "og drikke kaffe
        # bagefter"); "til sidst", "først", "bagefter", "derefter"
        (r"\b(?:til sidst|til slut|sidst|bagefter|efterfølgende)(?=\s*(?:[.,;!?]|$))", "at the end"),
        (r"\btil sidst\b|\btil slut\b|\bsidst\b|\bendelig\b", "finally"),
        (r"\b(?:allerførst|som det første|først)\b", "first"),
        (r"\b(?:bagefter|derefter|efterfølgende|dernæst|senere)\b", "then"),
        # where one stays, is and meets, and where one must be ("vi bor på Hotel X", "jeg står ved X", "vi mødes på X",
        # "vi skal være ved X kl. 15", "kl. 15 skal vi være ved X")
        (r"\b(?:(?:jeg|vi|og) )?(?:bor|overnatter|sover) (?:på|ved|i)\s", "i'm staying at "),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør) (?:(?:jeg|vi) )?(?:være )?hjem(?:me)?\b", "i must be home"),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør|vil) (?:(?:jeg|vi) )?(?:gerne )?(?:være|komme) tilbage (?:ved|på|i|til)\s",
         "back at "),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør|vil) (?:(?:jeg|vi) )?(?:gerne )?(?:være|komme) tilbage\b", "back"),
        (r"\b(?:(?:jeg|vi) (?:skal|må|bør|er nødt til at)|(?:skal|må|bør)(?: jeg| vi)?) (?:gerne )?"
         r"(?:være|nå|komme|slutte) (?:på|ved|i|hos|til|foran)\s", "i must be at "),
        # where one is: a place by its name or a generic word ("vi er på Marienplatz", "ved banegården"), not
        # what one is on ("vi er på skiferie"); in a town, one is in it ("jeg er i Stockholm")
        (r"\b(?:jeg er|vi er|jeg står|vi står|jeg befinder mig|vi befinder os) i\s(?=(?-i:[A-ZÆØÅÀ-Ý]))", "i'm in "),
        # ("er på busstasjonen kl 9:40": the pronoun left out)
        (r"(?:\b(?:jeg er|vi er|jeg står|vi står|jeg befinder mig|vi befinder os)|(?:^|(?<=[.!?,:] ))er) "
         r"(?:på|ved|foran|udenfor)\s(?=(?-i:[A-ZÆØÅÀ-Ý])|the\s)", "i'm at "),
        (r"\b(?:vi|jeg) (?:mødes|ses|møder \w+) (?:på|ved|i|foran|udenfor)\s", "meet at "),
        (r"\b(?:(?:jeg|vi) )?(?:starter|begynder) (?:i|på)\b(?= (?-i:[A-ZÆØÅÀ-Ý]))", "i start at"),  # "Vi starter i X"
        (r"\b(?:jeg|vi) (?:går|tager afsted|kører) fra\s", "i'm leaving from "),  # "Jeg går fra hotellet Rival"
        (r"\b(?:jeg|vi) (?:starter|begynder|går fra|tager afsted)\b", "i start"),
        (r"\b(?:starter|begynder)\b", "start"),
        (r"(?:^|(?<=[.!?,:] ))(?:har|havde)\b", "i have"),  # "Har en time": the pronoun left out
        # the end and the deadline ("tilbage senest kl. 17", "tilbage til X", "færdig kl. 20", "slut kl. 16", "til kl.
        # 15", "senest kl. 17", "inden kl. 12")
        (r"\btilbage (?:senest |inden |før )?(?:kl\.?|klokken)\s?(?=\d)|\btilbage (?:senest|inden|før)\s?(?=\d)",
         "back by "),
        (r"\btilbage (?:til|ved|på)\s", "back to "), (r"\btilbage\b", "back"),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør) (?:(?:jeg|vi) )?(?:være )?færdige?\b|\bfærdige?\b(?= (?:senest |inden )?"
         r"(?:kl\.? ?|klokken )?\d)", "done by"), (r"\bfærdige?\b", "done"),
        (r"\bslut(?:ter|te)?\b(?= (?:kl|klokken|at|ved|på|\d))", "end"),
        (r"\b(?:til|indtil) (?:kl\.?|klokken)\s?(?=\d)|\bfrem til\b|\bindtil\b", "until "),
        (r"\b(?:senest|inden|før) (?:kl\.?\s?|klokken\s)?(?=\d)", "by "), (r"\b(?:kl\.?|klokken)\s?(?=\d)", "at "),
        # "så mange museer som muligt", "i vilkårlig rækkefølge", "rækkefølgen er ligegyldig", "i den rækkefølge"
        (r"\bså mange (\w+) som (?:overhovedet )?(?:muligt|vi kan nå|jeg kan nå|vi når|jeg når|vi kan|jeg kan|"
         r"du kan nå|du kan|tiden tillader)|\bflest mulige (\w+)", r"as many \1\2 as possible"),
        (r"\b(?:i )?(?:vilkårlig|tilfældig|hvilken som helst) rækkefølge\b|\brækkefølgen er (?:ligegyldig|lige meget|"
         r"ligemeget|underordnet|ikke vigtig)\b|\brækkefølgen betyder ikke noget\b|\b(?:ligegyldigt|lige meget|uanset) "
         r"(?:i )?(?:hvilken )?rækkefølge\b", "in any order"),
        (r"\bi (?:den|denne|præcis den|netop den) rækkefølge\b", "in that order"),
        # the day ("i morgen tidlig", "i dag", "i aften", "på lørdag"), midnight and noon
        (r"\bi morgen tidlig\b", "tomorrow morning"), (r"\bi morgen\b|\bimorgen\b", "tomorrow"),
        (r"\bi dag\b|\bidag\b", "today"), (r"\bi aften\b", "tonight"), (r"\bi eftermiddag\b", "this afternoon"),
        (r"\b(?:på )?(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b",
         lambda m: "on " + _WEEKDAYS[m.group(1).lower()]),
        (r"\bmidnat\b", "midnight"), (r"\bved middagstid\b|\bmidt på dagen\b", "around noon"),
        (r"\befter\b", "after"), (r"\b(?:før|inden)\b", "before"),
    ],
    # Norwegian: the same grammar in its words, read before RULES["no"]
    "no": [
        (r"\bfå i (?:meg|oss) (?:noe |litt )?mat\b", "a bite"),
        # a visit made already ("Stonewall Inn så vi i går", "det så vi i går kveld"): saw, last night
        (r"\bså (?:vi|jeg)\b(?=[^.!?]*\b(?:i går|i forgårs|sist gang|forrige gang|i fjor)\b)", "we saw"),
        (r"\bi går kveld\b", "yesterday"),
        # places said by a generic word, for the map to find ("ved stasjonen", "på torget", "ved domkirken", "havna")
        (r"\bsentralstasjonen\b", "the central station"), (r"\bbusstasjonen\b", "the bus station"),
        (r"\b(?:jernbane|tog)?stasjonen\b", "the station"),
        (r"\btorget\b", "the market square"), (r"\bdomkirken\b", "the cathedral"),
        (r"\bhavna\b|\bhavnen\b", "the harbour"), (r"\brådhuset\b", "the town hall"),
        # the ride home and the ride one must catch ("toget mitt går fra X", "bussen går herfra kl. 17", "vi må rekke
        # båten fra X", "må ta toget igjen kl. 14"), arriving by one ("jeg kommer med toget til X")
        (r"\b(?:(?:mitt|min|vårt|vår) )?(" + _VEH_DA_NO + r")(?: (?:mitt|min|vårt|vår))? (?:går|avgår|kjører|seiler|"
         r"letter)(?: (?:herfra|derfra))? fra\s", r"my \1 leaves from "),
        (r"\b(?:(?:mitt|min|vårt|vår) )?(" + _VEH_DA_NO + r")(?: (?:mitt|min|vårt|vår))? (?:går|avgår|kjører|seiler|"
         r"letter)(?: (?:herfra|derfra))?\b", lambda m: f"my {_VEHICLE_WORD[m.group(1).lower()]} leaves"),
        (r"\b(?:jeg|vi) (?:skal |må )?(?:ta|tar|rekke|nå|med) (" + _VEH_DA_NO + r") fra\s",
         lambda m: f"catch the {_VEHICLE_WORD[m.group(1).lower()]} from "),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må) (?:med|nå|ta|rekke|ha) (" + _VEH_DA_NO + r")(?: (?:igjen|tilbake|hjem))?\b",
         lambda m: f"my {_VEHICLE_WORD[m.group(1).lower()]} leaves"),
        (r"\b(?:(?:jeg|vi) )?(?:ankommer|kommer fram|kommer|lander)(?: med (" + _VEH_DA_NO + r"))? (?:til|ved|på|i)\s|"
         r"\bankommer\s(?=(?-i:[A-ZÆØÅÀ-Ý]))",
         lambda m: f"arriving by {_VEHICLE_WORD[m.group(1).lower()]} at " if m.group(1) else "arriving at "),
        (r"\b(?:(?:jeg|vi|du) )?(?:går|stiger|hopper) av (?:ved|på|i)\s", "getting off at "),
        # the order: last said after the visit, at the end of its clause ("og en bar til slutt", "og drikke kaffe
        # etterpå"); "til slutt", "først", "etterpå", "deretter"
        (r"\b(?:til slutt|til sist|sist|etterpå|etterfølgende)(?=\s*(?:[.,;!?]|$))", "at the end"),
        (r"\btil slutt\b|\btil sist\b|\bsist\b|\bendelig\b", "finally"),
        (r"\b(?:aller først|aller aller først|først)\b", "first"),
        (r"\b(?:etterpå|deretter|etterfølgende|senere)\b", "then"),
        # where one stays, is and meets, and where one must be ("vi bor på Hotel X", "jeg står ved X", "vi møtes på X",
        # "vi må være på X kl 16")
        (r"\b(?:(?:jeg|vi|og) )?(?:bor|overnatter|sover) (?:på|ved|i)\s", "i'm staying at "),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør) (?:(?:jeg|vi) )?(?:være )?hjem(?:me)?\b", "i must be home"),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør|vil) (?:(?:jeg|vi) )?(?:gjerne )?(?:være|komme) tilbake (?:ved|på|i|til)\s",
         "back at "),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør|vil) (?:(?:jeg|vi) )?(?:gjerne )?(?:være|komme) tilbake\b", "back"),
        (r"\b(?:(?:jeg|vi) (?:skal|må|bør)|(?:skal|må|bør)(?: jeg| vi)?) (?:gjerne )?(?:være|rekke|komme|slutte) "
         r"(?:på|ved|i|hos|til|foran)\s", "i must be at "),
        # where one is: a place by its name or a generic word ("vi er på Marienplatz", "ved banegården"), not
        # what one is on ("vi er på skiferie"); in a town, one is in it ("jeg er i Stockholm")
        (r"\b(?:jeg er|vi er|jeg står|vi står|jeg befinner meg|vi befinner oss) i\s(?=(?-i:[A-ZÆØÅÀ-Ý]))", "i'm in "),
        # ("er på busstasjonen kl 9:40": the pronoun left out)
        (r"(?:\b(?:jeg er|vi er|jeg står|vi står|jeg befinner meg|vi befinner oss)|(?:^|(?<=[.!?,:] ))er) "
         r"(?:på|ved|foran|utenfor)\s(?=(?-i:[A-ZÆØÅÀ-Ý])|the\s)", "i'm at "),
        (r"\b(?:vi|jeg) (?:møtes|ses|treffes|møter \w+) (?:på|ved|i|foran|utenfor)\s", "meet at "),
        (r"\b(?:(?:jeg|vi) )?(?:starter|begynner) (?:i|på)\b(?= (?-i:[A-ZÆØÅÀ-Ý]))", "i start at"),  # "Vi starter i X"
        (r"\b(?:jeg|vi) (?:går|drar|kjører) fra\s", "i'm leaving from "),  # "Vi drar fra hotellet kl. 9"
        (r"\b(?:jeg|vi) (?:starter|begynner|går fra|drar fra)\b", "i start"), (r"\b(?:starter|begynner)\b", "start"),
        (r"(?:^|(?<=[.!?,:] ))(?:har|hadde)\b", "i have"),  # "Har en time": the pronoun left out
        # the end and the deadline ("tilbake senest klokka 17", "tilbake til X", "ferdig kl. 20", "slutt kl. 16", "til
        # klokka 15", "senest kl. 17", "innen klokka 12")
        (r"\btilbake (?:senest |innen |før )?(?:kl\.?|klokka|klokken)\s?(?=\d)|\btilbake (?:senest|innen|før)\s?(?=\d)",
         "back by "),
        (r"\btilbake (?:til|ved|på)\s", "back to "), (r"\btilbake\b", "back"),
        (r"\b(?:(?:jeg|vi) )?(?:skal|må|bør) (?:(?:jeg|vi) )?(?:være )?ferdige?\b|\bferdige?\b(?= (?:senest |innen )?"
         r"(?:kl\.? ?|klokka |klokken |ca\.? ?|rundt )?\d)", "done by"), (r"\bferdige?\b", "done"),
        (r"\bslutt(?:er)?\b(?= (?:kl|klokka|klokken|at|ved|på|\d))", "end"),
        (r"\b(?:til|inntil) (?:kl\.?|klokka|klokken)\s?(?=\d)|\bfram til\b|\binntil\b", "until "),
        (r"\b(?:senest|innen|før) (?:kl\.?\s?|klokka\s|klokken\s)?(?=\d)", "by "),
        (r"\b(?:kl\.?|klokka|klokken)\s?(?=\d)", "at "),
        # "så mange museer som mulig", "i hvilken som helst rekkefølge", "rekkefølgen spiller ingen rolle", "i den
        # rekkefølgen"
        (r"\bså mange (\w+) som (?:overhodet )?(?:mulig|vi rekker|jeg rekker|vi kan|jeg kan|du rekker|du kan|"
         r"tiden tillater)|\bflest mulig (\w+)", r"as many \1\2 as possible"),
        (r"\b(?:i )?(?:vilkårlig|tilfeldig|hvilken som helst|valgfri) rekkefølge\b|\brekkefølgen (?:spiller ingen "
         r"rolle|er likegyldig|er uviktig|er ikke viktig|betyr ingenting)\b|\buansett (?:hvilken )?rekkefølge\b",
         "in any order"),
        (r"\bi (?:den|denne|akkurat den|nettopp den) rekkefølgen?\b", "in that order"),
        # the day ("i morgen tidlig", "i dag", "i kveld", "på lørdag"), midnight and noon
        (r"\bi morgen tidlig\b", "tomorrow morning"), (r"\bi morgen\b|\bimorgen\b", "tomorrow"),
        (r"\bi dag\b|\bidag\b", "today"), (r"\bi kveld\b", "tonight"), (r"\bi ettermiddag\b", "this afternoon"),
        (r"\b(?:på )?(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b",
         lambda m: "on " + _WEEKDAYS[m.group(1).lower()]),
        (r"\bmidnatt\b", "midnight"), (r"\bmidt på dagen\b|\bved tolvtiden\b", "around noon"),
        (r"\better\b", "after"), (r"\b(?:før|innen)\b", "before"),
    ],
}
#: the days of the week in Danish and Norwegian, which write them alike
_WEEKDAYS = nordic_keys({"mandag": "monday", "tirsdag": "tuesday", "onsdag": "wednesday", "torsdag": "thursday",
                         "fredag": "friday", "lørdag": "saturday", "søndag": "sunday"})
_FI_GENITIVE = {"museon": "museum", "lounaan": "lunch", "illallisen": "dinner", "aamiaisen": "breakfast",
                "kahvin": "coffee", "kirkon": "church", "puiston": "park", "gallerian": "gallery", "gallerin": "gallery"}
_FI_PARTITIVE = {"museota": "museum", "lounasta": "lunch", "illallista": "dinner", "aamiaista": "breakfast",
                 "kahvia": "coffee", "kirkkoa": "church", "puistoa": "park"}
#: count words before a noun ("zwei Museen" -> "two Museen"): two to five
_COUNTS = {"de": "zwei drei vier fünf", "fr": "deux trois quatre cinq", "es": "dos tres cuatro cinco",
           "pt": "dois|duas três quatro cinco", "it": "due tre quattro cinque", "ca": "dos|dues tres quatre cinc",
           "sv": "två tre fyra fem", "fi": "kaksi kolme neljä viisi", "nl": "twee drie vier vijf",
           "pl": "dwa|dwie|dwoch trzy|trzech cztery|czterech piec|pieciu", "cs": "dva|dve tri ctyri pet",
           "da": "to tre fire fem", "no": "to tre fire fem"}
_EN_COUNTS = ("two", "three", "four", "five")
#: kinds of place the tagging schema's translations miss, per language
_KINDS = {
    "de": [(r"\bstunden zeit\b", "hours"), (r"\b(den|der|dem|einen|zum|im|ins|in den) (?:dom|münster)\b", r"\1 church"),
           (r"\bgeldautomat(?:en)?\b", "atm"), (r"\bfitnessstudio\b", "gym"), (r"\b(?:nacht)?club\b", "nightclub"), (r"\bspaziergang\b", "walk")],
    "fr": [(r"\bbelvédère\b", "viewpoint"), (r"\bcathédrale\b", "church"), (r"\bbistrot?\b", "restaurant"),
           (r"\bsalle de (?:sport|gym|fitness)\b", "gym"), (r"\bdistributeur(?: de billets)?\b", "atm"),
           (r"\bcave à vins?\b", "wine shop"), (r"\bboîte de nuit\b", "nightclub"),
           (r"\baire de jeux\b|\bparc (?:de jeux|pour enfants)\b", "playground"),
           (r"\b(?:square|parc|jardin|park) avec (?:des jeux|une balançoire|des balançoires|un toboggan)\b|"
            r"\b(?:les jeux|la balançoire|les balançoires|le toboggan) du (?:a |the )?(?:square|parc|jardin|park)\b",
            "playground"),
           (r"\bcoiffeur\b|\bsalon de coiffure\b", "hairdresser"),
           (r"\bmicro-?brasserie\b|\bbrasserie (?:artisanale|de bière)\b", "brewery pub"),
           (r"\bbrasserie\b", "restaurant"),
           (r"\bglacier\b", "ice cream"), (r"\bpromenade\b", "walk")],
    "es": [(r"\bcajero(?: automático)?\b", "atm"),
           (r"\bparque infantil\b|\bzona de juegos\b|\bparque con (?:columpios|juegos|tobogán)\b", "playground"),
           (r"\bcervecería\b", "pub"), (r"\bpeluquería\b", "hairdresser"),
           (r"\btienda de (?:deportes|artículos deportivos)\b", "sports shop"), (r"\bgasolinera\b", "petrol station"),
           (r"\bpaseo\b", "walk")],
    "pt": [(r"\bcafeteria\b", "cafe"), (r"\bconfeitaria\b", "pastry shop"), (r"\bmirante\b", "viewpoint"),
           (r"\bmultibanco\b|\bcaixa (?:multibanco|eletrônico|automático)\b", "atm"), (r"\btasca\b", "restaurant"),
           (r"\bparque infantil\b|\bparquinho\b|\bparque com (?:baloiços|balanços|escorrega|escorregador|parquinho)\b",
            "playground"), (r"\bcervejaria\b", "pub"), (r"\bcabeleireir[oa]\b", "hairdresser"),
           (r"\bposto de (?:gasolina|combustível)\b|\bbomba de gasolina\b", "petrol station"),
           (r"\bloja de (?:desporto|esportes)\b", "sports shop"), (r"\bpasseio\b", "walk")],
    # bread bought ("spesa, pane, carne", "prendere il pane"); not "dare il pane alle papere", a walk in a park
    "it": [(r"\b(?:comprare|prendere|compro|prendo) il pane\b|(?<=[:,] )pane\b(?!\s+(?:alle|ai|agli)\b)", "bakery"),
           (r"\bparco giochi\b|\barea giochi\b|\bparco con (?:le )?(?:altalene|giochi|scivolo)\b", "playground"),
           (r"\bun'ora\b", "an hour"),
           (r"\bmezz'ora\b", "half an hour"), (r"\bbirreria\b", "pub"), (r"\bparrucchiere\b", "hairdresser")],
    "ca": [(r"\bcomprar pa\b", "buy bread"),  # bread in Catalan ("comprar pa")
           (r"\bcatedral\b", "church"), (r"\bcaixer(?: automàtic)?\b", "atm"), (r"\bparc infantil\b|\bzona de jocs\b", "playground"), (r"\bcerveseria\b", "pub"), (r"\bperruqueria\b", "hairdresser"), (r"\bhores?\b|\bhora\b", "hours"),
           (r"\bminuts\b", "minutes")],
    "sv": [(r"\bbadhus(?:et)?\b|\bsimhall(?:en)?\b", "swimming pool"), (r"\bölhall\b|\bölstuga\b|\bpub\b", "pub"), (r"\bfrisör(?:salong)?\b", "hairdresser"),
           (r"\bglass(?:bar|kiosk|affär|butik)\b", "ice cream"), (r"\bpromenad\b", "walk")],
    "fi": [(r"\b(\d+) tunnin (?:päästä|kuluttua|sisällä)\b", r"in \1 hours"), (r"\bkampaamo\b|\bparturi\b", "hairdresser"), (r"\bpubi\b|\boluelle\b", "pub"),
           # food from the shop ("vielä kaupasta ruokaa")
           (r"\b(?:kaupasta|kaupast) ruokaa\b|\bruokaa kaupasta\b|\bruokaostokset\b", "groceries")],
}
#: "at the very end" in the languages read, said before or right after the visit that comes last
#: ("et les courses tout à la fin", "köpa bröd allra sist", "ganz zum Schluss ein Bier")
_VERY_END = {
    "fr": r"tout à la fin|à la toute fin|en tout dernier|tout en dernier", "sv": r"allra sist av allt|allra sist",
    "de": r"ganz am ende|ganz (?:zum|am) schluss|ganz zuletzt", "es": r"al final del todo|al final de todo|justo al final",
    "pt": r"no final de tudo|mesmo no final|bem no final|no fim de tudo", "it": r"alla fine di tutto|proprio alla fine",
    "ca": r"tot al final|al final de tot|ben al final", "nl": r"helemaal (?:op|aan) het (?:eind|einde)|als allerlaatste",
    "fi": r"ihan lopuksi|aivan lopuksi|kaikkein viimeiseksi",
    "pl": r"na sam koniec|na samym koncu|na zupelny koniec",
    "cs": r"uplne na konec|uplne nakonec|na uplny konec|uplne na konci",
    "da": r"allersidst|helt til sidst|allersidst af alt", "no": r"aller sist|helt til slutt|aller sist av alt",
}
#: what follows the end of a place, not of the day ("ganz am Ende der Straße", "tout à la fin de la rue")
_OF_A_PLACE = r"(?!\s+(?:der|des|dem|de|del|dels|della|dello|di|da|do|dos|das|du|van|av|på|of)\b)"


def _read_first(table: dict[str, str], english: str, tail: str = "") -> None:
    """Put the rule "these words of each language mean ``english``" (``tail``: a look-ahead) before the other
    rules of its language."""
    for lang, words in table.items():
        PHRASES[lang] = [(r"\b(?:" + words + r")\b" + tail, english)] + PHRASES[lang]


_read_first(_VERY_END, "at the very end", _OF_A_PLACE)
#: "at the end" in the languages whose word rules miss it ("och en bar på slutet", "en op het eind een café")
#: (the "\b" before "slutet" marks the word as known in its definite form, not read as "the slut")
_AT_THE_END = {"sv": r"på \bslutet|i \bslutet", "nl": r"op het (?:eind|einde)|aan het (?:eind|einde)",
               # (before a name, "na koniec Hofgarten" is the last visit, no place to end at: "finally")
               "pl": r"na (?:koncu|koniec)\b(?!\s+(?-i:[A-ZÀ-Ý]))",
               "cs": r"(?:na konci|na konec|nakonec)\b(?!\s+(?-i:[A-ZÀ-Ý]))",
               "da": r"i \bslutningen", "no": r"på \bslutten"}
_read_first(_AT_THE_END, "at the end", _OF_A_PLACE)
#: a visit kept "for the end" in the languages read ("Lo de la ropa lo dejamos para el final", "O vinho fica para o
#: fim", "Garde le musée pour la fin"): the visit said before it in its sentence comes last
_FOR_THE_END = {
    "es": r"para el final|para lo último", "pt": r"para o fim|para o final", "fr": r"pour la fin",
    "it": r"per la fine|per ultima", "ca": r"per al final", "de": r"für den schluss|fürs ende|für das ende",
    "nl": r"voor het (?:eind|einde|laatst)",
}
_read_first(_FOR_THE_END, "for the end", _OF_A_PLACE)
#: the way home in the languages read ("auf dem Heimweg", "sur le chemin du retour", "på vägen hem")
_WAY_HOME = {
    "de": r"auf dem (?:heimweg|rückweg|nachhauseweg)", "fr": r"sur le chemin du retour|en rentrant",
    "es": r"de camino a casa|de vuelta a casa|a la vuelta",
    "pt": r"no caminho de volta|no caminho para casa|na volta|no regresso",
    "it": r"sulla via del ritorno|tornando a casa|al ritorno", "sv": r"på vägen hem|på hemvägen",
    "nl": r"op de terugweg|op weg naar huis", "ca": r"de camí a casa|a la tornada", "fi": r"kotimatkalla",
    "pl": r"w drodze powrotnej|(?:po drodze|w drodze) do domu", "cs": r"cestou (?:zpatky|zpet|domu)|na zpatecni ceste",
    "da": r"på vej hjem|på hjemvejen", "no": r"på vei hjem|på hjemveien",
}
_read_first(_WAY_HOME, "on the way home")
#: "before that" in the languages read ("en daarvoor nog een markt", "und vorher noch in den Supermarkt",
#: "e antes disso um mercado", "och innan dess en marknad", "y antes comprar ropa")
_BEFORE_THAT = {
    "nl": r"daarvoor|daarvóór", "de": r"vorher|davor|zuvor", "sv": r"innan dess|dessförinnan|före det",
    "es": r"antes de eso|antes de esto|antes(?!\s*(?:de|del|que|las?)\b|\s*\d)",
    "pt": r"antes disso|antes disto|antes(?!\s*(?:de|do|da|dos|das|que|às|as)\b|\s*\d)",
    "fr": r"avant ça|avant cela|avant ceci",
    "it": r"prima di questo|prima di ciò|prima di quello", "ca": r"abans d'això|abans d'aixo|abans(?!\s*(?:de|del|"
    r"que|les)\b|\s*d'|\s*\d)", "fi": r"sitä ennen",
    "pl": r"przedtem|przed tym|wczesniej", "cs": r"predtim|pred tim",
    "da": r"inden da|før det|forinden|inden det", "no": r"før det|innen det|i forkant",
}
#: something typical of the place to eat, in the languages read ("mangiare qualcosa di tipico", "comer algo típico",
#: "manger un plat typique", "was Typisches essen"): a meal of the local food
_TYPICAL_FOOD = {
    "it": r"mangiare (?:qualcosa di tipico|qualcosa di locale|un piatto tipico|piatti tipici)",
    "es": r"comer (?:algo típico|algo de comida típica|un plato típico|platos típicos|comida típica)",
    "pt": r"comer (?:algo típico|alguma coisa típica|um prato típico|pratos típicos|comida típica)",
    "fr": r"manger (?:quelque chose de typique|un plat typique|des plats typiques|local)",
    "ca": r"menjar (?:alguna cosa típica|algo típic|un plat típic|plats típics)",
    "de": r"(?:was|etwas) typisches essen", "nl": r"iets typisch(?:s)? eten",
    "pl": r"zjesc cos (?:typowego|lokalnego|regionalnego)", "cs": r"(?:snist|ochutnat) neco (?:typickeho|mistniho)",
}
_read_first(_TYPICAL_FOOD, "local food")
_read_first(_BEFORE_THAT, "before that")
#: a gathering point, in the languages whose word rules miss it ("Samling vid Slussen kl 10", "verzamelen op de
#: Dam"): where one meets
_GATHERING = {"sv": r"samling (?:vid|på|i)|samlingsplats(?:en)? (?:är|blir)?", "nl": r"verzamelen (?:op|bij|in|aan)",
              "pl": r"miejsce zbiorki(?: to)?:?", "cs": r"misto srazu(?: je)?:?",
              "da": r"mødested(?:et)? (?:er|bliver)?|samles (?:ved|på|i)",
              "no": r"møtested(?:et)? (?:er|blir)?|samles (?:ved|på|i)"}
_read_first(_GATHERING, "meet at")
#: a meal, and a good one, in the languages read ("un bon repas", "uma boa refeição", "un buon pasto", "en god
#: måltid", "hyvä ateria", "een goede maaltijd", "eine ordentliche Mahlzeit"): a restaurant
_MEAL = {"fr": r"(?:bon |vrai )?repas", "pt": r"(?:boa )?refeição|(?:boas )?refeições", "it": r"(?:buon )?pasto|pasti",
         "ca": r"(?:bon )?àpats?", "sv": r"(?:god |ordentlig )?måltid(?:er)?", "fi": r"(?:hyvä |kunnon )?ateria(?:n|a)?",
         "nl": r"(?:goede |lekkere |echte )?maaltijd(?:en)?",
         "de": r"(?:gute |ordentliche |richtige |warme )?mahlzeit(?:en)?",
         "pl": r"(?:dobry |porzadny |cieply )?posil(?:ek|ku)", "cs": r"(?:dobre |poradne |teple )?jidlo",
         "da": r"(?:et )?(?:godt |ordentligt |rigtigt |varmt )?måltid",
         "no": r"(?:et )?(?:godt |ordentlig |skikkelig |varmt )?måltid"}
_read_first(_MEAL, "good meal")
#: the meals said short in French chat ("musée + déj", "p'tit déj"): lunch, breakfast
PHRASES["fr"] = [(r"\bp'?tit[- ]d[ée]j\b", "breakfast"), (r"\bd[ée]j\b(?!')", "lunch")] + PHRASES["fr"]
#: meals said with a verb or a noun the word rules miss ("acabar cenando", "dinem tots junts", "se najíst", "illalla
#: syödä hyvin", "eine Einkehr", "Galerie, Mittag, Park", "zu Mittag hätten wir gern Fisch", "on mange d'abord")
for _lang, _said in {
        "es": [(r"\b(?:cenando|cenaremos)\b", "dinner"), (r"\b(?:almorzando|almorzaremos)\b", "lunch"),
               (r"\bcomer(?:me|nos)\b", "eat")],
        "ca": [(r"\b(?:dinem|dinarem|dinant)\b", "lunch"), (r"\bperfumeri(?:a|es)\b", "perfumery")],
        "cs": [(r"\b(?:se )?(?:najíst|najist)\b", "eat out"), (r"\b(?:se )?(?:navečeřet|naveceret)\b", "dinner"),
               (r"\b(?:se )?(?:naobědvat|naobedvat)\b", "lunch")],
        "fi": [(r"\bsyödä (?:hyvin|kunnolla|hyvää)\b", "eat out")],
        "de": [(r"\beinkehr\b", "good meal"), (r"(?<=[,–—•;:] )mittag(?=\s*(?:[,–—•;.]|$))", "lunch"),
               (r"\bzu mittag (?=(?:hätten|möchten|wollen|würden|hätte|möchte|will|würde) (?:wir|ich) gern\b)", "lunch ")],
        "fr": [(r"\bon mange (?=d'abord\b|ensuite\b|après\b|ensemble\b|quelque part\b|et\b|puis\b)", "eat out "),
               (r"\b(?:ensuite|puis|après) on mange(?=\s*[,.;])", "then eat out")],
        "pt": [(r"\bpizzarias?\b", "pizzeria")]}.items():
    PHRASES[_lang] = _said + PHRASES[_lang]
#: a meal of one's work, with clients or colleagues, in the languages read ("cena di lavoro", "Dinner mit Kunden",
#: "dîner d'affaires", "cena de trabajo", "jantar de negócios"): an appointment, no place to find for it
_read_first({"it": r"pranzo di lavoro|pranzo con (?:i )?clienti",
             "de": r"mittagessen mit (?:den )?(?:kunden|kollegen)|geschäftsmittagessen",
             "fr": r"déjeuner d'affaires|déjeuner (?:avec (?:des|les|mes) )?clients|déjeuner de travail",
             "es": r"comida de (?:trabajo|negocios)|almuerzo de (?:trabajo|negocios)|comida con (?:los )?clientes",
             "pt": r"almoço de (?:negócios|trabalho)|almoço com (?:os )?clientes"}, "business lunch")
_read_first({"it": r"cena di lavoro|cena con (?:i )?clienti|cena aziendale",
             "de": r"(?:dinner|abendessen) mit (?:den )?(?:kunden|kollegen)|geschäftsessen|arbeitsessen|firmenessen",
             "fr": r"dîner d'affaires|dîner (?:avec (?:des|les|mes) )?clients|dîner de travail",
             "es": r"cena de (?:trabajo|negocios|empresa)|cena con (?:los )?clientes",
             "pt": r"jantar de (?:negócios|trabalho|empresa)|jantar com (?:os )?clientes"}, "business dinner")
#: an hour written with "u" for "uur" in Dutch ("vanaf 10u", "16u30"): the clock time
PHRASES["nl"] = [(r"\b(\d{1,2})u(\d{2})\b", r"\1:\2"), (r"\b(\d{1,2})u\b", r"\1:00")] + PHRASES["nl"]
#: "no later than" a clock time, in the languages whose word rules read its words apart ("nicht später als 23:00
#: zurück", "retour pas plus tard que 23h", "non più tardi delle 23:00"): the deadline
_NO_LATER_THAN = {"de": r"(?:nicht|nie) später als", "fr": r"pas plus tard qu(?:e|')", "it": r"non più tardi (?:delle|dell')",
                  "sv": r"inte senare än", "nl": r"niet later dan", "es": r"no más tarde de(?: las)?",
                  "pt": r"não mais tarde (?:que|do que|das)(?: as| às)?", "pl": r"nie pozniej niz(?: o| do| na)?",
                  "cs": r"ne pozdeji nez(?: v| ve)?|nejpozdeji(?: v| ve| do)?",
                  "da": r"ikke senere end(?: kl\.?| klokken)?",
                  "no": r"ikke senere enn(?: kl\.?| klokka| klokken)?"}
_read_first(_NO_LATER_THAN, "by", r"(?=\s*\d)")
for _lang, _words in _COUNTS.items():
    PHRASES[_lang] = PHRASES[_lang] + _KINDS.get(_lang, []) + [
        (r"\b(?:" + w + r")\b(?=\s+[^\W\d_]{3,})(?!\s+(?:" + UNITS + r")\b)", en)
        for w, en in zip(_words.split(), _EN_COUNTS)]
_SPELT = {"da": nordic, "no": nordic}  # Danish and Norwegian words typed without "æ", "ø", "å" too
_COMPILED = {lang: [(re.compile(_SPELT.get(lang, str)(loose(p)), re.IGNORECASE), r) for p, r in rules]
             for lang, rules in PHRASES.items()}
_VEHICLE_WORD = nordic_keys({w: en for table in (_VEHICLES_DA_NO, _VEHICLES) for en, words in table.items()
                             for w in words.split("|")})

#: "one and a half hours" and "N hours and a half": (hours words, a half after, a half before, 1.5 as one word)
_HALF = {
    "de": (r"stunden?", None, r"(?:ein)?einhalb|anderthalb", r"anderthalb|eineinhalb"),
    "fr": (r"heures?", r"et demie?", None, None),
    "es": (r"horas?", r"y media", None, None),
    "pt": (r"horas?", r"e meia", None, None),
    "it": (r"ore|ora", r"e mezz[ao]", None, None),
    "ca": (r"hores?|hora", r"i mitja", None, None),
    "sv": (r"timmar|timme", None, r"och en halv", None),
    "fi": (r"tuntia|tunti", None, r"ja puoli", r"puolitoista"),
    "nl": (r"uur", None, r"en een half|eneenhalf|ëneenhalf|ënhalf|enhalf", r"anderhalf"),
    "pl": (r"godzin[aeyi]?", r"i pol", r"i pol", r"poltorej|poltora"),
    "cs": (r"hodin[auy]?", r"a pul", r"a pul", r"puldruhe|puldruha"),
    "da": (r"timer?", None, r"og en halv|en halv", r"halvanden"),
    "no": (r"timer?", None, r"og en halv|og ein halv", r"halvannen|halvannan"),
}
_COUNT = {"de": "ein|eine zwei drei vier fünf", "fr": "une deux trois quatre cinq",
          "es": "una dos tres cuatro cinco", "pt": "uma duas três quatro cinco",
          "it": "un' due tre quattro cinque", "ca": "una dues tres quatre cinc",
          "sv": "en två tre fyra fem", "fi": "yksi kaksi kolme neljä viisi", "nl": "een twee drie vier vijf",
          "pl": "jedna|jedne|jeden dwie|dwa trzy cztery piec", "cs": "jednu|jedna|jeden dve|dva tri ctyri pet",
          "da": "en|et to tre fire fem", "no": "en|ei|ett to tre fire fem"}


def _counts(words: str):
    """The count words of :data:`_COUNT` as a pattern (digits too) and the value of a match (``None``: one)."""
    values = {w: n for n, ws in enumerate(words.split(), 1) for w in ws.split("|")}  # "ein|eine": one
    num = "|".join(re.escape(w) for w in values) + r"|\d"
    return num, lambda w: 1 if w is None else values.get(w.lower()) or int(w)  # "hora y media": one


def _half_hours(t: str, lang: str) -> str:
    """Durations with a half hour as minutes ("dos horas y media" -> "150 minutes")."""
    hours, after, before, whole = _HALF[lang]
    num, value = _counts(_COUNT[lang])
    if whole:
        t = re.sub(r"\b(?:" + whole + r")\s+(?:" + hours + r")\b", "90 minutes", t, flags=re.IGNORECASE)
    if after:
        t = re.sub(r"(?<![\w'])(?:(" + num + r")\s*)?(?:" + hours + r")\s+" + after + r"\b",
                   lambda m: f"{value(m.group(1)) * 60 + 30} minutes", t, flags=re.IGNORECASE)
    if before:
        t = re.sub(r"\b(" + num + r")\s*(?:" + before + r")\s+(?:" + hours + r")\b",
                   lambda m: f"{value(m.group(1)) * 60 + 30} minutes", t, flags=re.IGNORECASE)
    return t


#: a quarter hour after the hours ("una hora i quart", "un'ora e un quarto", "tunti ja vartti", "an hour and a
#: quarter") and three quarters of an hour alone; the count words are those of :data:`_COUNT`
_QUARTER = {
    "en": (r"hours?|hrs?", r"and a quarter", r"three quarters of an hour|three-quarters of an hour", r"and three quarters"),
    "de": (r"stunden?", r"und eine viertelstunde|und ein viertel", r"(?:eine )?dreiviertelstunde|drei viertel stunden?|dreiviertel stunden?",
           r"und drei viertel|und eine dreiviertelstunde"),
    "fr": (r"heures?", r"et quart|et un quart", r"trois quarts d'heure", r"et trois quarts"),
    "es": (r"horas?", r"y cuarto|y un cuarto", r"tres cuartos de hora", r"y tres cuartos"),
    "pt": (r"horas?", r"e um quarto|e quinze", r"três quartos de hora|tres quartos de hora", r"e três quartos|e tres quartos"),
    "it": (r"ore|ora", r"e un quarto|e quindici", r"tre quarti d'ora", r"e tre quarti"),
    "ca": (r"hores?|hora", r"i quart|i un quart", r"tres quarts d'hora", r"i tres quarts"),
    "sv": (r"timmar|timme", r"och en kvart", r"tre kvart", r"och tre kvart"),
    "fi": (r"tuntia|tunti", r"ja vartti|ja varttitunti", r"kolme varttia", r"ja kolme varttia"),
    "nl": (r"uur", r"en een kwartier|en een kwart", r"drie kwartier", r"en drie kwartier"),
    "pl": (r"godzin[aeyi]?", r"i kwadrans", r"trzy kwadranse", r"i trzy kwadranse"),
    "cs": (r"hodin[auy]?", r"a ctvrt", r"tri ctvrte hodiny|tri ctvrti hodiny", r"a tri ctvrte|a tri ctvrti"),
    "da": (r"timer?", r"og et kvarter|og en kvart", r"tre kvarter", r"og tre kvarter"),
    "no": (r"timer?", r"og et kvarter|og en kvart", r"tre kvarter", r"og tre kvarter"),
}
_COUNT_EN = "one|an|a two three four five"
#: words before a clock time ("à deux heures et quart" is 14:15, not a duration)
_CLOCK_BEFORE = re.compile(r"(?i)\b(?:à|a las|a la|a les|às|as|alle|um|at|by|until|till|kl\.?|klockan|klokken|klokka|"
                           r"klo|kello|om|vers|"
                           r"avant|jusqu'à|hasta|até|fino alle|tot|dès|from|desde|dalle|ab|bis|before|after)\s+(?:\w+\s+)?$")


def quarter_hours(t: str, lang: str) -> str:
    """Durations with a quarter hour as minutes ("una hora i quart" -> "75 minutes",
    "due ore e tre quarti" -> "165 minutes", "tre quarti d'ora" -> "45 minutes")."""
    if lang not in _QUARTER:
        return t
    hours, after, three, after3 = _QUARTER[lang]
    num, value = _counts(_COUNT_EN if lang == "en" else _COUNT[lang])

    def minutes(m: re.Match) -> str:  # "à dix heures et quart", "um zwei Stunden ...": a clock time stays
        if _CLOCK_BEFORE.search(m.string[max(0, m.start() - 14):m.start()]):
            return m.group(0)
        return f"{value(m.group(1)) * 60 + (45 if m.group(2) else 15)} minutes"

    t = re.sub(r"(?<![\w'])(?:(" + num + r")\s*)?(?:" + hours + r")\s+(?:(" + after3 + r")|" + after + r")\b", minutes,
               t, flags=re.IGNORECASE)
    return re.sub(r"\b(?:" + three + r")\b", "45 minutes", t, flags=re.IGNORECASE)


def rewrite(text: str, lang: str) -> str:
    """``text`` with the phrase rules of ``lang`` applied (vehicles named in English)."""
    if lang not in _COMPILED:
        return text
    t = _half_hours(text, lang)
    for pat, repl in _COMPILED[lang]:
        t = pat.sub(repl, t)
    return re.sub(r"\bmy (\w+) leaves from\b", lambda m: f"my {_VEHICLE_WORD.get(m.group(1).lower(), 'train')} "
                  "leaves from", t)
