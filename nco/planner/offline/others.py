"""Sentences about someone else's day: their clock times are not the trip's.

"My sister's ferry gets in at 2 and she'll find us later. I start at Ribeira at
10 ...", "Meine Frau landet um acht, aber die holt ihre Schwester ab. Ich fang
um viertel nach neun ... an", "Mon mari prend le train de 16h, moi je reste":
a sentence whose subject is a relative, a friend or a colleague ("my wife",
"meine Oma", "mon mari", "minha filha", "mamma", "vaimoni") and which says a
clock time tells when *they* do something.  When the rest of the prompt says
a clock time in a sentence of the writer's own ("I start", "je commence"),
such a sentence is blanked before the later stages, so that neither its time
nor its place is read as the trip's start or end.  A sentence whose first clause has the
writer in it ("my sister and I", "we", "my daughter picks me up") is the trip's and is kept.
"""

from __future__ import annotations

import re

from nco.planner.offline.times import find_times


#: people one writes about, with the possessive, in the languages read (Finnish by its suffix -ni)
_PEOPLE = {
    "en": r"(?:my|our) (?:wife|husband|partner|sister|brother|mum|mom|mother|dad|father|son|daughter|kids|children|"
          r"friend|girlfriend|boyfriend|boss|colleague|grandma|grandmother|grandpa|granddad|grandfather|aunt|uncle|"
          r"cousin|parents|niece|nephew|flatmate|roommate|neighbour|neighbor)(?:'s)?",
    "de": r"(?:meine?|unsere?) (?:frau|mann|partner(?:in)?|schwester|bruder|mama|mutter|papa|vater|sohn|tochter|kinder|"
          r"freund(?:in)?|chef(?:in)?|kolleg(?:e|in)|oma|opa|tante|onkel|cousine?|eltern|nachbar(?:in)?)",
    "fr": r"(?:ma|mon|mes|notre|nos) (?:femme|mari|conjoint|compagne|compagnon|s(?:œ|oe)ur|frère|mère|maman|père|papa|"
          r"fils|fille|enfants|ami|amie|copain|copine|patron|patronne|collègue|grand-mère|grand-père|mamie|papi|"
          r"tante|oncle|cousin|cousine|parents|voisin|voisine)",
    "es": r"(?:mi|mis|nuestr[ao]s?) (?:mujer|esposa|esposo|marido|pareja|hermana|hermano|madre|mamá|padre|papá|hijo|"
          r"hija|hijos|amigo|amiga|novio|novia|jefe|jefa|compañer[oa]|abuela|abuelo|tía|tío|prim[oa]|padres|"
          r"vecin[oa])",
    "pt": r"(?:(?:a|o|os|as) )?(?:minha|meu|meus|minhas|nossa|nosso) (?:mulher|esposa|marido|parceir[oa]|irmã|irmão|"
          r"mãe|pai|filho|filha|filhos|amigo|amiga|namorad[oa]|chefe|colega|avó|avô|tia|tio|prim[oa]|pais|vizinh[oa])",
    "it": r"(?:(?:la|il|i|le) )?(?:mia|mio|miei|mie|nostra|nostro) (?:moglie|marito|compagn[ao]|sorella|fratello|madre|"
          r"mamma|padre|papà|figlio|figlia|figli|amico|amica|ragazz[oa]|capo|collega|nonna|nonno|zia|zio|cugin[oa]|"
          r"genitori|vicin[oa])",
    "ca": r"(?:la meva|el meu|els meus|les meves) (?:dona|marit|parella|germana|germà|mare|pare|fill|filla|fills|amic|"
          r"amiga|cap|col·lega|àvia|avi|tia|oncle|cosí|cosina|pares|veí|veïna)",
    "sv": r"(?:(?:min|mitt|mina|vår) )?(?:fru|sambo|syster|bror|mamma|mor|pappa|far|son|dotter|vän|kompis|flickvän|"
          r"pojkvän|chef|kollega|mormor|farmor|morfar|farfar|moster|faster|kusin|föräldrar|granne)",
    "fi": r"(?:vaimo|miehe|sisko|velje|äiti|isä|poika|tyttäre|lapse|ystävä|kaveri|pomo|kollega|mummo|isoäiti|"
          r"vanhempa)ni",
    "nl": r"(?:mijn|onze?) (?:vrouw|man|partner|zus|broer|moeder|mama|vader|papa|zoon|dochter|kinderen|vriend|"
          r"vriendin|baas|collega|oma|opa|tante|oom|neef|nicht|ouders|buurman|buurvrouw)",
    # Polish and Czech as the rules leave them, without diacritics ("moja żona", "mój mąż", "moje sestra", "manžel")
    "pl": r"(?:(?:moja|moj|moje|moi|nasza|nasz|nasze|nasi) )?(?:zona|maz|partner|partnerka|siostra|brat|mama|matka|"
          r"tata|ojciec|syn|corka|dzieci|przyjaciel|przyjaciolka|kolega|kolezanka|szef|szefowa|babcia|dziadek|"
          r"ciocia|wujek|kuzyn|kuzynka|rodzice|sasiad|sasiadka|tesciowa|tesc|wnuczka|wnuk)",
    "cs": r"(?:(?:moje|muj|moji|nase|nas|nasi) )?(?:zena|manzel|manzelka|partner|partnerka|sestra|bratr|mama|maminka|"
          r"matka|tata|otec|syn|dcera|deti|kamarad|kamaradka|pritel|pritelkyne|kolega|kolegyne|sef|sefova|babicka|"
          r"deda|dedecek|teta|stryc|stejda|bratranec|sestrenice|rodice|soused|sousedka|vnuk|vnucka)",
    "da": r"(?:(?:min|mit|mine|vores) )?(?:kone|mand|kæreste|søster|bror|mor|far|søn|datter|børn|ven|veninde|"
          r"chef|kollega|mormor|farmor|morfar|farfar|moster|faster|onkel|fætter|kusine|forældre|nabo)",
    "no": r"(?:(?:min|mitt|mine|vår|våre) )?(?:kone|mann|kjæreste|samboer|søster|bror|mor|far|sønn|datter|barna|venn|"
          r"venninne|sjef|kollega|mormor|farmor|morfar|farfar|tante|onkel|fetter|kusine|foreldre|nabo)",
}
#: the writer, in the languages read (the earlier stages write many a first-person start as "i start")
_ME = r"(?:i|i'm|i'll|i've|me|we|us|let's|ich|mich|mir|wir|uns|je|j'|moi|nous|yo|nosotros|eu|nós|io|noi|jag|mig|" \
      r"själv|vi|minä|ik|wij|mij|jo|nosaltres|jeg|meg|oss)"
#: where the first clause of a sentence ends
_CLAUSE_END = re.compile(r"[,.:]|\b(?:and|but|aber|mais|mas|pero|men|ma|maar|mutta|però)\b")
_SELF = re.compile(r"(?<![\w'])" + _ME + r"(?![\w'])")
#: where a sentence's subject stands: its start, after a word of linking
_OPENING = r"(?:^|[.!?;\n]\s*)(?:(?:so|and|also|btw|oh|und|et|alors|y|pues|e|então|och|ja|en|i)\s+)?"


def blank_others(text: str, lang: str) -> tuple[str, list[str]]:
    """``text`` with the sentences about someone else's day that say a clock time blanked, when the rest
    of the prompt says one of its own, and a note for each."""
    low = text.lower()
    people = _PEOPLE.get(lang, _PEOPLE["en"])
    found = []
    for m in re.finditer(_OPENING + "(" + people + r")\b", low):
        a = m.start(1)
        end = re.search(r"[.!?;\n]", low[a:])
        b = a + end.start() if end else len(low)
        first = low[a:m.end(1) + _CLAUSE_END.search(low[m.end(1):b] + ".").start()]  # "my sister's ferry ... at 2", "and"
        if find_times(first) and not _SELF.search(first):
            found.append((a, b))
    if not found or not any(find_times(s) and _SELF.search(s) for s in _sentences(low, found)):
        return text, []
    notes = [f"'{text[a:b].strip()}' is about someone else's day, so its times are not the trip's" for a, b in found]
    for a, b in found:
        text = text[:a] + " " * (b - a) + text[b:]
    return text, notes


def _sentences(low: str, skip: list[tuple[int, int]]) -> list[str]:
    """The sentences of ``low`` outside the spans ``skip``."""
    rest = "".join("." if any(a <= i < b for a, b in skip) else c for i, c in enumerate(low))
    return re.split(r"[.!?;\n]", rest)
