"""Word lists and patterns of the offline parser (English; other languages are
rewritten into these words first, :mod:`nco.planner.offline.lang`)."""

from __future__ import annotations

import re

from nco.planner.tagschema import unaccented

#: Polish and Czech: read as typed without their diacritics, names put back in their base form
#: (:mod:`nco.planner.offline.slavic`)
SLAVIC = ("pl", "cs")

NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
              "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
              "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3}

#: phrase -> (category, cuisine, duration override in minutes)
LEXICON: list[tuple[str, str, str | None, int | None]] = []


def _lex(category: str, words: str, cuisine: str | None = None, duration: int | None = None) -> None:
    for w in words.split("|"):
        LEXICON.append((w, category, cuisine, duration))


_lex("museum", "museum|museums|exhibition|exhibitions|exhibit|exhibits")
_lex("gallery", "art gallery|art galleries|gallery|galleries|some art|modern art|paintings")
_lex("sight", "sightseeing|sights|sight|landmark|landmarks|monument|monuments|attraction|attractions|"
     "castle|palace|historic site|historic sites|old town|memorial|city gate|famous building")
#: the sights of a town in the languages read ("un maximum de curiosités", "le curiosità", "alte Gedenksteine")
_lex("sight", "curiosités|curiosité|curiosità|curiosidades|gedenkstein|gedenksteine|gedenksteinen|nähtävyys|"
     "nähtävyyksiä|nähtävyydet")
#: the palace of the town, said with its article ("puis le palais")
_lex("sight", "le palais")
#: the start line or a bend of a racing circuit, as the earlier stages leave it
_lex("sight", "start line")
_lex("viewpoint", "viewpoint|viewpoints|lookout|scenic view|nice view|panorama|view over the city|views")
#: the local words for a viewpoint that travellers keep in any language ("as many miradouros as possible")
_lex("viewpoint", "miradouro|miradouros|miradoiro|miradoiros|mirante|mirantes|mirador|miradors|miradores")
#: a tower said with no name, climbed for the view ("a church tower", "a bell tower"; a named one is its place)
_lex("viewpoint", "a tower|a church tower|a bell tower|a clock tower|some tower")
_lex("church", "church|churches|cathedral|chapel|basilica|igreja|église|kirche|kirkko|kyrka|duomo|iglesia|cappella|"
     "capilla|capela|chapelle|kapelle|kapell|kapel")
_lex("park", "park|parks|garden|gardens|green space|somewhere green|green area|botanical garden|garten|jardim|"
     "jardin|jardins|giardino|puisto|parque|parchi|a walk|a stroll")
_lex("playground", "playground|playgrounds|spielplatz|spielplätze")
#: the Brazilian word for a playground ("parquinho com as crianças")
_lex("playground", "parquinho|parquinhos")
_lex("restaurant", "restaurant|restaurants|lunch|dinner|supper|a meal|proper meal|eat out|eatery|bistro|trattoria|"
     "somewhere to eat|place to eat|bite to eat")
_lex("restaurant", "lunch", duration=60)
_lex("restaurant", "dinner|supper", duration=90)
_lex("fast_food", "fast food|fast-food|burger joint|kebab|quick bite|takeaway|snack bar|döner|doner|falafel|"
     "hot dog|hot dogs|street food|cheap food|cheap eats|a snack|snacks|a sandwich|sandwiches|fries|a bite|"
     "something to eat|sur le pouce|sul pouce|something cheap to eat|something cheap")
#: a snack in Portuguese ("depois um lanche")
_lex("fast_food", "a lanche|um lanche|a lanchinho|um lanchinho")
_lex("restaurant", "dumplings|noodles|a salad|tapas|pho|seafood|steak")
#: food said as what one wants, not bought ("we want food", "first some food", "grab food")
_lex("restaurant", "want food|wants food|grab food|grab some food|food first|proper food|good food|real food")
#: food said with when or where it is had ("food somewhere in the middle", "food at some point")
_lex("restaurant", "food somewhere|food at some point|food in between|food in the middle|food on the way")
#: a meal said with what it is like, a table booked, dining, a curry ("a nice meal", "a table for two", "dine
#: somewhere", "feed the kids")
#: a meal as Australians say it ("a proper feed", "I need a feed somewhere")
_lex("restaurant", "a feed|a proper feed|a good feed|a decent feed|a big feed|a quick feed|a cheap feed")
_lex("restaurant", "nice meal|good meal|hearty meal|sit-down meal|big meal|light meal|cheap meal|table for two|"
     "a table for|dine|dine out|dining|fine dining|curry|curries|feed the kids|feed the children")
_lex("cafe", "smoothie|smoothies|fresh juice|milkshake|milkshakes|crepe|crepes|crêpe|crêpes|waffle|waffles|churros")
_lex("bar", "live music|karaoke|a glass of wine|a cocktail bar")
_lex("park", "a picnic|picnic")
#: small parks and green squares, in the languages read ("een parkje", "in een plantsoen", "i giardinetti", "uma
#: pracinha", "a leafy square")
_lex("park", "parkje|parkjes|plantsoen|plantsoenen|giardinetto|giardinetti|parchetto|parchetti|pracinha|pracinhas|"
     "parquecito|parquecitos|plazoleta|grünanlage|grünfläche|parkanlage|jardinet|puistikko|skwer|skweru|parčík|"
     "leafy square|green square|shady square")
_lex("cafe", "cafe|café|cafes|cafés|coffee|coffees|espresso|cappuccino|latte|coffee shops|coffee shop|cup of tea|"
     "tea room|coffee place|coffee places|coffee spot|coffee spots|"
     "tea house|teahouse|afternoon tea|coffee break|cake|tea|cinnamon bun|cinnamon buns|cinnamon roll|cinnamon rolls|"
     "takeaway coffee|takeaway coffees|take-away coffee|coffee to go|coffees to go|caffetteria|caffetterie|cafeterías")
_lex("cafe", "breakfast|brunch", duration=45)
_lex("cafe", "flat white|flat whites|cortado|macchiato|americano|mocha|chai latte|hot chocolate|cuppa|"
     "morning tea|brekkie|fika|babycino|babycinos|babyccino|cafezinho|cafezinhos")
#: a bagel, had at a café as breakfast or with a coffee ("grab bagels", "a bagel from Bagel and More")
_lex("cafe", "bagel|bagels")
_lex("ice_cream", "ice cream|ice-cream|gelato|gelateria|water ice")
_lex("bakery", "bakery|bakeries|pastry|pastries|croissant|croissants|pastry shop|fresh bread|donut|donuts|doughnut|"
     "doughnuts")
_lex("ice_cream", "dessert|desserts")
#: something sweet, in the languages read ("was Süßes", "algo dulce"), and the Austrian word for cake ("eine
#: Mehlspeise"): a café, as cake is
_lex("cafe", "something sweet|a sweet treat|sweet treats|süßes|süsses|algo dulce|algo doce|qualcosa di dolce|"
     "quelque chose de sucré|något sött|iets zoets|jotain makeaa|mehlspeise|mehlspeisen|mehlspeis")
#: the sweet pastries known by their own name ("cannoli", "un pastel de nata"): a bakery, where they are sold
_lex("bakery", "cannoli|cannolo|pastel de nata|pastéis de nata|pasteis de nata|pastelaria|pastelarias")
_lex("bar", "bar|bars|pub|pubs|beer|beers|a drink|the drink|drinks|cocktail|cocktails|pint|beer garden|biergarten|"
     "biertuin|wine bar|glass of wine|brewery|breweries")
#: clothes said as what is wanted ("un vêtement vintage", "un peu de fripe"), not shirts taken to the cleaner
_lex("shop", "vêtement|vêtements|fripe|fripes|a new shirt")
_lex("shop", "shopping|shops|souvenir|souvenirs|clothes|boutique|boutiques|gift shop|gifts|fashion store|"
     "clothing store|department store|shoe shop|jewellery|jewelry|outlet|outlets|outletu|outlety")
_lex("bookshop", "bookshop|bookshops|bookstore|bookstores|book store|book shop|books|livraria|librairie|"
     "buchhandlung|kirjakauppa|libreria")
_lex("supermarket", "supermarket|groceries|grocery store|grocery|convenience store|food shopping|súper|weekly shop|"
     "food shop|grocery shop|big shop")
_lex("pharmacy", "pharmacy|chemist|drugstore|medicine|apotheke")
_lex("bank", "atm|cash machine|cashpoint|bank|withdraw money|get cash|some cash")
#: cash said by what one does ("withdraw cash", "take out some money")
_lex("bank", "withdraw cash|withdraw some cash|take out money|take out some money|take out cash|get cash out")
#: medicines bought, a prescription picked up ("pick up a prescription", "buy some painkillers")
_lex("pharmacy", "prescription|my prescription|painkillers|medicines|medication")
#: ducks fed in a park ("feed the ducks")
_lex("park", "feed the ducks|feed ducks")
_lex("theatre", "theatre|theater|opera|opéra|ópera|opera house|play at|concert hall|concert|the show|a show|flamenco show|fado show|"
     "broadway show|musical|ballet")
_lex("cinema", "cinema|movie|movies|film screening|movie theater|movie theaters|movie theatre|movie house")
#: the everyday words for the cinema in the languages read ("al cine", "au ciné", "ins Kino", "leffaan", "kinoon")
_lex("cinema", "cine|ciné|cines|kino|kinos|leffa")
#: a film seen, said with its article ("see a film", "catch a film")
_lex("cinema", "a film")
_lex("library", "library|libraries|biblioteca|bibliothèque|bibliothek")
_lex("market", "market|markets|marketplace|farmers market|food market|flea market")
#: the covered market hall of the languages read ("in die Markthalle", "kauppahalli", "Saluhallen")
_lex("market", "markthalle|markthallen|markthal|kauppahalli|kauppahalliin|saluhall|saluhallen")
#: the covered market, in the other languages read ("en markedshall", "torvehallerne", "un mercato coperto", "um
#: mercado coberto", "un marché couvert", "hala targowa", "tržnice")
_lex("market", "markedshall|markedshallen|markedshaller|torvehal|torvehallen|torvehallerne|mercato coperto|"
     "mercado coberto|mercado cubierto|marché couvert|hala targowa|hali targowej|tržnice|trznice")
#: the lending library in German ("in die Bücherei"), the church in Dutch ("kerk, lunch, park")
_lex("library", "bücherei|büchereien|stadtbücherei")
_lex("church", "kerk|kerkje")
#: a wine bar, said in one word ("ein Weinlokal", "so viele Weinbars", "en vinbar"), a snack bar ("een snackbar",
#: "zum Imbiss"), a drink in Brazil ("um drinque"), a palace ("el palacio", "il palazzo")
_lex("bar", "weinbar|weinbars|weinlokal|weinlokale|weinstube|vinbar|vinbaren|viinibaari|wijnbar|drinque|drinques")
_lex("fast_food", "snackbar|snackbars|imbiss|imbissbude|frituur")
_lex("sight", "palacio|palazzo|palácio|palast")
#: everyday words for a coffee, a pub, an eating house and a snack bar in the cities read ("um cimbalino", "in a
#: Boazn", "uma tasquinha", "grilliin", "a carryout", "la fleca", "de bieb")
_lex("cafe", "cimbalino|cimbalinos")
_lex("bar", "kneipe|kneipen|boazn|beisl|beisln|krog|krogen|hospoda|hospody|hospodu|"
     "knajpa|knajpy|knajpę|knajpie|bärs")
_lex("restaurant", "tasca|tascas|tasquinha|tasquinhas|tasco")
_lex("fast_food", "carryout|carry-out|grilli|grilliin|grillille|grillillä|chippy|lanchonete|lanchonetes")
_lex("bakery", "fleca|padoca")
_lex("library", "bieb|bibbi")
#: shopping, said with the Finnish word for "to the shops" ("ostoksille kauppaan"): read as "shopping"
SHOPPING_WORDS = ("ostoksille", "ostoksilla")
_lex("shop", "|".join(SHOPPING_WORDS))
#: meals and kinds shortened in a note ("musée → déj. → boutiques", "boulangerie, pharm.")
_lex("restaurant", "déj.")
_lex("pharmacy", "pharm.")

#: kinds of place outside the 22 categories, said the local way in the languages read (after their cue words
#: became English), where the tagging schema lacks the word or gives it to another kind: phrase -> OSM tag
LOCAL_KINDS: dict[str, str] = {}


def _kind(tag: str, words: str) -> None:
    """Each of ``words`` names a place of kind ``tag``; so does each written without its accents, as the Polish and
    Czech readers and people on a phone write it ("wyplacic pieniadze")."""
    for w in words.split("|"):
        LOCAL_KINDS[w] = tag
        LOCAL_KINDS.setdefault(unaccented(w), tag)


#: a tasting of port, in the languages read ("a port tasting", "eine Portweinprobe", "une dégustation de porto"): at
#: a lodge that sells it, a shop of wine (a wine tasting is the schema's winery)
_kind("shop=wine", "port tasting|port wine tasting|portweinprobe|portweinverkostung|dégustation de porto|"
      "degustação de vinho do porto|prova de vinho do porto|cata de oporto|degustazione di porto|"
      "portvinsprovning|portviininmaistajaiset|portproeverij|taste port|tasting port|portwein probieren|"
      "portwein verkosten|goûter du porto|goûter le porto|déguster du porto|déguster un porto|provar vinho do porto|"
      "provar o vinho do porto|provar porto|probar oporto|probar el oporto|bodega de oporto|assaggiare il porto")

#: mending and copying: the workshop is the visit ("die Fahrradwerkstatt", "somewhere to fix my phone screen",
#: "tirar uma cópia das chaves", "the cobbler", "suutarille")
_kind("shop=bicycle", "fahrradwerkstatt|fahrradladen|radladen|fahrradgeschäft|bike repair shop|cykelverkstad|"
      "cykelverkstaden|cykelaffär|cykelaffären|pyöräkorjaamo|fietsenmaker|fietsenwinkel|vélociste|réparateur de vélos|"
      "réparer mon vélo|réparer le vélo|taller de bicicletas|taller de bicis|oficina de bicicletas|ciclofficina")
_kind("shop=mobile_phone", "handyshop|handyladen|handygeschäft|handy-shop|handyreparatur|phone repair|phone repair shop|"
      "fix my phone|repair my phone|phone screen|puhelin korjaukseen|puhelinkorjaamo|puhelinliike|mobilbutik|"
      "mobilreparation|telefoonwinkel|réparer mon téléphone|arreglar el móvil|arreglar mi móvil|consertar o telemóvel|"
      "consertar o celular|riparare il telefono|riparare il cellulare")
_kind("craft=key_cutter", "key cutting|keys cut|keys copied|copy of my keys|copy of the keys|cópia das chaves|"
      "cópia da chave|cópias das chaves|copia de las llaves|copia de la llave|double des clés|doubles des clés|"
      "copia delle chiavi|copia della chiave|nyckelkopiering|sleutels bijmaken|"
      "sleutelmaker")
_kind("craft=shoemaker", "cobbler|cobblers|shoe repairer|shoe repair|shoes repaired|shoes fixed|schoenmaker")
_kind("shop=stationery", "stationer|stationers|stationery|schreibwaren|schreibwarengeschäft")
_kind("shop=hardware", "järnhandel|järnhandeln|ijzerwinkel|ijzerhandel")
_kind("shop=pet", "zoofachhandlung|zoofachgeschäft|zooladen|dierenwinkel|djuraffär|djuraffären|tienda de mascotas|"
      "negozio di animali")
_kind("shop=hairdresser", "kampaamo|parturi|parturi-kampaamo|frisörsalong")
#: an antiquarian bookshop, in the languages read ("ein Antiquariat", "un bouquiniste", "um alfarrabista"), and goods
#: that name their shop: sneakers ("des baskets"), a cologne ("una colònia", "agua de colonia")
_kind("shop=books", "antiquariat|antikvariat|antikvariát|antiquariaat|bouquiniste|alfarrabista|libreria antiquaria|"
      "librería de viejo")
_kind("shop=shoes", "des baskets|une paire de baskets|nouvelles baskets")
_kind("shop=perfumery", "colònia|una colonia|agua de colonia|eau de cologne")
#: a haircut said as what is done ("cortar o cabelo", "get my hair cut", "me couper les cheveux", "Haare schneiden")
_kind("shop=hairdresser", "hair cut|hair done|cortar o cabelo|cortar el pelo|cortarme el pelo|couper les cheveux|"
      "tagliare i capelli|tagliarmi i capelli|haare schneiden|klippa mig|klippa håret|hiukset leikattua|"
      "haar laten knippen")
#: a charger for one's phone, bought at a phone shop ("un cargador de móvil", "ein Handyladekabel")
_kind("shop=mobile_phone", "cargador de móvil|cargador del móvil|carregador do telemóvel|carregador de celular|"
      "chargeur de téléphone|caricabatterie del telefono|handyladekabel|handyladegerät|ladekabel|"
      "laddare till mobilen|puhelimen laturi")
#: films and photos taken to be developed, a service the schema lacks ("filmrullar för framkallning", "hämta
#: framkallade bilder", "Fotos entwickeln lassen", "revelar as fotos")
_kind("shop=photo_development", "framkallning|framkallade bilder|framkalla bilder|framkalla film|film developed|"
      "film developing|photo developing|fotos entwickeln|film entwickeln|développer mes photos|développement photo|"
      "revelar fotos|revelar las fotos|revelar as fotos|sviluppare le foto|valokuvien kehitys")
_kind("shop=beauty", "kosmetikstudio|kosmetiksalon|schönheitssalon|nagelstudio|beauty salon|nail salon|salon de beauté|"
      "institut de beauté|salón de belleza|salão de beleza|centro estetico|skönhetssalong|kauneushoitola|"
      "schoonheidssalon|nagelsalon|nail bar|nails done|kosmetyczka|kosmetyczki|manicure|manicura|manucure|maniküre|"
      "manikyr|manikyyri|manikúra|pedicure|pedicura|pédicure|pediküre|pedikyr|kynsihuolto|kynsihuoltoon")
_kind("shop=tyres", "reifenhändler|reifenhandel|reifendienst|tyre shop|tire shop|gommista|däckfirma|rengasliike")
_kind("shop=copyshop", "kopiergeschäft|kopierladen|copisteria|copistería|reprografia|reprographie|copy centre|"
      "copy center|print shop")
_kind("leisure=swimming_pool", "hallenbad|freibad|uimahalli|simhall|simhallen|badhus|badhuset")
_kind("leisure=sports_centre", "sportcentret|sportcentrum|sportzentrum|centre sportif|polideportivo|"
      "centro desportivo|centro sportivo|urheilukeskus")
_kind("tourism=picnic_site", "rastplatz|picnic site|picnic area|picknickplatz|aire de pique-nique")
#: a picnic place said as a spot ("a picnic spot with tables")
_kind("tourism=picnic_site", "picnic spot|picnic spots|picnic areas|picnic sites")
#: the newsagent, with its shop's "'s" too ("at the newsagent's")
_kind("shop=newsagent", "newsagent|newsagents|newsagent's")
#: a toilet said in the singular or as public ones, which the schema lists only among its terms ("find public
#: toilets", "the loo")
_kind("amenity=toilets", "public toilet|public toilets|a toilet|the toilet|the loo|a loo")
#: water for one's bottle, said by what one does ("refill my water bottle")
_kind("amenity=drinking_water", "refill my water bottle|refill our water bottles|refill my bottle|refill our bottles|"
      "fill up my water bottle|fill my water bottle|top up my water bottle")
#: a bike hired, said by the bike ("a rental bike", "rent a bicycle", "hire a bicycle")
_kind("amenity=bicycle_rental", "rental bike|rental bikes|rent a bicycle|rent bicycles|hire a bicycle|city bike|"
      "city bikes")
#: a letter or card posted ("send a letter", "mail some postcards")
_kind("amenity=post_office", "send a letter|post a letter|mail a letter|send a postcard|send postcards|post postcards|"
      "mail postcards|send some postcards|mail some postcards")
_kind("amenity=car_wash", "lavare la macchina|lavare l'auto|lavar el coche|lavar o carro|laver la voiture|auto waschen|"
      "tvätta bilen|wash the car|car washed|autowäsche|waschstraße|waschanlage|autowasstraat|lavage auto|"
      "autolavaggio|autolavado|lava-jato|lava jato|biltvätt|biltvätten|autopesula|myjnia|myjni|myjnię|myjnie|"
      "wasstraat|autowasserette|car wash|carwash|bilvask|bilvasken|lavage de la voiture|lavage de voiture")
_kind("amenity=bicycle_rental", "leihfahrrad|leihrad|leihräder|leihfahrräder|loueur de vélos|location de vélos|"
      "location de vélo|alquiler de bicis|alquiler de bicicletas|aluguel de bicicletas|aluguer de bicicletas|"
      "noleggio bici|noleggio biciclette|cykeluthyrning|pyörävuokraamo|fietsverhuur|rent an e-bike|rent a bike|"
      "hire a bike|e-bike rental|hyra cykel|hyra cyklar|hyra stadscyklar|stadscyklar|stadscykel|lånecykel|bycykel|"
      "kaupunkipyörä|kaupunkipyörät|louer un vélo|vélo en libre-service|alquilar una bici|alquilar bicis|"
      "alugar uma bicicleta|noleggiare una bici|fiets huren|rad leihen|fahrrad leihen|wypożyczyć rower|půjčit kolo")
#: food shops of one kind ("talho, peixaria e uma frutaria", "zum Fleischhauer")
_kind("shop=greengrocer", "frutaria|frutarias|gemüseladen|gemüsehändler|groenteboer|grönsakshandel|vihanneskauppa")
_kind("shop=butcher", "fleischhauer|fleischhauerei|slakteri|slaktare|slagerij|slager|lihakauppa")
#: second-hand and charity shops ("loppis", "une boutique d'occasion", "une boutique solidaire")
_kind("shop=second_hand", "loppis|loppisar|loppisen|kirppis|boutique d'occasion|magasin d'occasion|dépôt-vente|"
      "tienda de segunda mano|loja de segunda mão|negozio dell'usato|mercatino dell'usato|tweedehandswinkel|"
      "kringloopwinkel|kringloop|brocante|brechó|brechós")
_kind("shop=charity", "boutique solidaire|magasin solidaire|tienda solidaria|loja solidária|negozio solidale")
_kind("shop=department_store", "grandes almacenes|gran almacén|grand magasin|grands magasins|grandi magazzini|"
      "kaufhaus|warenhaus|varuhus|varuhuset|tavaratalo|warenhuis|tienda por departamentos|loja de departamentos")
_kind("shop=alcohol", "state store|off-licence|off licence|bottle shop")
#: errands said by what is done or bought, in every language read, each one visit to where it is done
#: ("nostaa rahaa", "veksle penger", "poster un colis", "eine Flasche Wein", "oddać rower do naprawy")
_kind("amenity=atm", "nostaa rahaa|nostan rahaa|nostamaan rahaa|nostoautomaatti|nostoautomaatista|pankkiautomaatti|"
      "pankkiautomaatista|hæve penge|hæveautomat|hæveautomaten|ta ut penger|minibank|minibanken|ta ut pengar|"
      "bankomat|bankomatu|bankomatem|vybrat peníze|wypłacić pieniądze|wypłacić gotówkę|geld pinnen|pinautomaat|"
      "geldautomaat|cash machine|cashpoint|retirer des euros|retirer de l'argent|retirer du liquide|retirer des sous|"
      "levantar dinheiro|sacar dinheiro|sacar dinero|sacar efectivo|geld abheben|bargeld holen|prelevare contanti|"
      "prelevare dei soldi|treure diners|get some cash|get cash|withdraw money|withdraw cash")
_kind("amenity=bureau_de_change", "veksle penger|veksle penge|vekslekontor|växla pengar|kantor|kantorze|směnárna|"
      "směnárnu|směnárně|vyměnit peníze|wymienić pieniądze|rahanvaihto|vaihtaa rahaa|geld wisselen|casa de câmbio|"
      "casa de cambio|casa de canvi|bureau de change|change dollars|change some dollars|change pounds|"
      "change some pounds|wechselstube|geld wechseln|cambio valuta|cambiare i soldi|cambiar dinero|cambiar dólares|"
      "trocar dinheiro|trocar libras|trocar dólares|changer de l'argent|changer des dollars|växla|valuutanvaihto|"
      "vaihtaa euroja|wisselkantoor|vekslingskontor|wymiana walut|wymienić złotówki|wymienić walutę")
_kind("shop=chemist", "drogist|droguería|drogerie|drogerii|drogeria|drogerię|drogeriemarkt|drogeriemarkts|"
      "drogeriet|drogaria|droguerie")
_kind("shop=pet", "shop zoologiczny|shopu zoologicznego|tierbedarf|tierhandlung|zoohandlung|eläinkauppa|eläinkauppaan|"
      "eläinkaupasta|lemmikkikauppa|dyrehandel|dyrehandlen|dyrebutikk|dyrebutikken|sklep zoologiczny|"
      "sklepu zoologicznego|zoologický obchod|chovatelské potřeby|animalerie|loja de animais|pet shop|"
      "negozio per animali|botiga d'animals")
_kind("amenity=charging_station", "charging point|charging station|charge the car|charge my car|ladesäule|"
      "ladestation|borne de recharge|punto de recarga|ponto de carregamento|colonnina di ricarica|laddstation|"
      "latausasema|laadpaal|ladestander|ladestasjon|stacja ładowania|nabíjecí stanice")
_kind("amenity=fuel", "tankkaamaan|tankata|tankkaus|zatankować|natankovat|tanke bilen|tanke op|fylle bensin|"
      "faire le plein|abastecer o carro|abastecer|fare il pieno|fer benzina|tanka bilen|tanken")
_kind("amenity=post_office", "poster un colis|envoyer un colis|ein paket aufgeben|paket aufgeben|"
      "paket abgeben|enviar un paquete|mandar un paquete|enviar uma encomenda|spedire un pacco|enviar un paquet|"
      "nadać paczkę|wysłać paczkę|poslat balík|podat balík|skicka ett paket|pakketje versturen|pakket versturen|"
      "sende en pakke|sende pakke|paketti postiin|pakettiautomaatti|pakettiautomaattiin|pakettiautomaatista|"
      "poster a colis|envoyer a colis|"
      "parcel locker|post a parcel|send a parcel|posthuset|postkontoret|postkantoor|poczta|poczcie|poczty")
_kind("shop=alcohol", "flasche wein|eine flasche wein|fles wijn|een fles wijn|bottle of wine|a bottle of wine|"
      "botella de vino|garrafa de vinho|bottiglia di vino|ampolla de vi|flaska vin|flaske vin|pullo viiniä|"
      "butelka wina|butelkę wina|láhev vína|lahev vina|bottle-o|bottle o|beer store|liquor store|"
      "flasche portwein|eine flasche portwein|fles port|een fles port|"
      "garrafa de vinho do porto|bouteille de porto|une bouteille de porto|botella de oporto|bottiglia di porto")
_kind("shop=mobile_phone", "obchod s mobily|obchodě s mobily|mobilbutikk|mobilbutikken|mobilbutik|salon komórkowy|"
      "salonu komórkowego|karte sim|kartę sim|karta sim|sim kartu|sim-kort|sim-kortti|tarjeta sim|cartão sim|carte sim")
_kind("shop=outdoor", "friluftsbutikk|friluftsbutik|friluftsbutikken|friluftsbutiken|outdoor shop|outdoorladen|"
      "retkeilykauppa|sklep turystyczny|outdoorový obchod")
_kind("shop=bicycle", "rower to naprawy|rower do naprawy|naprawić rower|serwis rowerowy|opravit kolo|cykelværksted|"
      "sykkelverksted|"
      "sykkelbutikk|cykelhandler|pyöräliike|fix my bike|bike shop")
_kind("shop=hairdresser", "frisør|frisøren|fryzjer|fryzjera|kadeřník|kadeřnictví|klippe meg|klippe mig|"
      "haare machen|kapper|kapsalon|coiffeur|coiffeuse|peluquería|cabeleireiro|parrucchiere|perruqueria|haarschnitt|"
      "klipning|klippe håret|ostrzyc się|ostříhat|stříhání|corte de pelo|corte de cabelo|taglio di capelli|"
      "coupe de cheveux|tall de cabell|knipbeurt|hiustenleikkuu")
_kind("shop=hearing_aids", "kuulolaiteliike|kuulolaiteliikkeeseen|hörgeräteakustiker|hörgeräte|hearing aid|"
      "hearing aids|audioprothésiste|audífonos|aparelho auditivo|apparecchio acustico|hörapparat|hoortoestel")
_kind("shop=toys", "legetøjsbutik|leketøysbutikk|sklep z zabawkami|hračkářství|speelgoedwinkel|lelukauppa|"
      "magasin de jouets|juguetería|loja de brinquedos|negozio di giocattoli|botiga de joguines|leksaksaffär")
_kind("shop=copyshop", "imprimer ma carte|imprimer mon billet|imprimer les billets|tickets printen|"
      "print my boarding pass|print the tickets|imprimir la tarjeta|imprimir o bilhete|stampare il biglietto")
_kind("amenity=drinking_water", "remplir la gourde|remplir ma gourde|fontaine wallace|fill my bottle|"
      "wasserflasche auffüllen|llenar la botella|encher a garrafa")
_kind("shop=butcher", "masarni|masarnia|masarnię|řeznictví|řezník|slagter|slakter|carnicería|talho|macelleria|"
      "boucherie|carnisseria|metzgerei|metzger")
_kind("amenity=veterinary", "tierarzt|tierärztin|tierarztpraxis|vétérinaire|veterinario|veterinário|veterinari|"
      "veterinär|eläinlääkäri|dierenarts|dyrlæge|dyrlege|weterynarz|veterinář")
_kind("shop=optician", "opticien|optiker|óptica|óptico|ottico|òptica|optikko|optikolle|opticien|optyk|oční optika")
#: errands and activities said by what one does, the place they need the visit ("have my hair trimmed", "take out
#: some money", "make a few photocopies", "have a spare key made", "fill up the tank", "play tennis", "go ice
#: skating", "rent a kayak", "get inked", "let the dog off the lead"), in the languages read too ("die Arbeit
#: ausdrucken und binden lassen", "einen Schlüssel nachmachen", "Passfotos", "une couturière pour l'ourlet", "la
#: salle de sport", "wymiana oleju, tankowanie i myjnia")
_kind("shop=hairdresser", "haircut|hair trimmed|hair cut short")
_kind("shop=copyshop", "print some documents|print documents|print out some documents|photocopies|photocopy|"
      "make copies|make some copies|ausdrucken lassen|binden lassen|drucken lassen|copyshop|imprimir e encadernar|"
      "encadernação|encadernar|faire imprimer|reliure|fotocopias|fotocòpies|fotocópias|fotocopie|kopiera|tulosteet|"
      "printen en inbinden")
_kind("shop=photo", "passfotos|passfoto|passbilder|passbild|passport photo|passport photos|photos d'identité|"
      "photo d'identité|fotos de carnet|fotos tipo passe|fototessera|fototessere|passfoton|passikuva|passikuvat|"
      "pasfoto's|pasfoto|zdjęcia do paszportu|zdjęcie do dowodu|fotky na pas")
_kind("shop=laundry", "wash our clothes|wash my clothes|do some laundry|do the laundry|laundry")
_kind("craft=key_cutter", "key cut|spare key|spare keys|copy of a key|key copied|schlüssel nachmachen|"
      "schlüssel nachmachen lassen|nachschlüssel|zweitschlüssel|faire un double|cerrajero|cerrajería|chaveiro|"
      "nyckel kopierad|avaimen teetto")
_kind("craft=tailor", "couturière|couturier|retouches|ourlet|änderungsschneiderei|änderungsschneider|schneiderei|"
      "sastre|arreglos de ropa|costureira|arranjos de costura|sarta|sartoria|skräddare|skräddaren|räätäli|"
      "räätälille|räätälillä|krawiec|krawcowa|krejčí|kleermaker|skrædder|skredder")
_kind("craft=shoemaker", "resoled|resole my shoes|resole my boots|boots repaired|shoes mended")
_kind("amenity=fuel", "fill up the car|fill up the tank|fill the tank|fill up with petrol|refuel|fill up|fuel up|"
      "tankowanie|zatankuję|tankovat|gasóleo|gasolina|meter gasolina|echar gasóleo|faire le plein|le plein")
#: a snack eaten on the go that names its stand ("a slice of pizza", "eine Leberkässemmel")
_kind("amenity=fast_food", "a slice of pizza|a pizza slice|grab a slice|leberkässemmel|leberkäsesemmel|leberkässemmeln")
#: drinks fetched by the crate ("Getränke holen"): the drinks shop
_kind("shop=beverages", "getränke holen|getränke kaufen|getränke besorgen|getränkekisten")
_kind("shop=car_repair", "oil change|oil check|ölwechsel|vidange|cambio de aceite|troca de óleo|cambio dell'olio|"
      "oljebyte|öljynvaihto|wymiana oleju|výměna oleje|olie verversen|autowerkstatt|kfz-werkstatt|garagiste|"
      "taller mecánico|oficina mecânica|meccanico|bilverkstad|autokorjaamo|mechanik|mechanika|autoservis")
_kind("leisure=fitness_centre", "yoga|yoga class|a workout|work out|salle de sport|salle de gym|gimnàs|gimnasio|"
      "ginásio|academia de ginástica|fitnessstudio|fitnesscenter|gym session|kuntosali|kuntosalille|siłownia|"
      "siłowni|posilovna|posilovnu|sportschool|treningssenter|pilates|pilatespass|yogastunde|yogastund|"
      "clase de yoga|cours de yoga|aula de ioga|lezione di yoga|yogapass|joogatunti")
_kind("leisure=pitch", "tennis|a game of tennis|tennis court")
_kind("leisure=miniature_golf", "minigolf|crazy golf")
_kind("leisure=ice_rink", "ice skating|ice-skating|skating rink")
_kind("amenity=boat_rental", "kayak|kayaks|canoe|canoes|kayaking|canoeing|rent a boat|hire a boat|pedal boat|"
      "pedal boats|pedalo|pedalos")
_kind("shop=massage", "back massage|foot massage|massage|massagem|masaje|massaggio|hieronta|hierontaan|masáž|masaż|"
      "massasje")
_kind("shop=florist", "bunch of flowers|a bunch of flowers")
_kind("shop=tattoo", "get inked|a tattoo")
_kind("leisure=dog_park", "let the dog off the lead|let the dog off the leash|let the dog run|let the dog run free|"
      "let our dog run")
_kind("shop=garden_centre", "garden centre|garden center|garden centres|garden centers")
#: needs said instead of the place that meets them, in the languages read ("my phone is dying, I need a charger",
#: "die Kinder haben Hunger", "käteinen loppu", "on n'a plus de couches"): phrase -> the kind planned; and per phrase
#: the kinds of place that meet the need (:data:`NEED_MET`): a visit of one of them said in the same prompt is the one
#: that meets it ("out of cash, so the bank first"), and the need is then no visit of its own
NEED_MET: dict[str, frozenset[str]] = {}
_EATING = frozenset({"restaurant", "fast_food", "cafe", "bakery", "market", "ice_cream"})


def _need(tag: str, met_by: frozenset[str], words: str) -> None:
    """Each of ``words`` is a need planned as a place of kind ``tag``, met by a visit of a kind of ``met_by``."""
    _kind(tag, words)
    for w in words.split("|"):
        NEED_MET[w] = NEED_MET[unaccented(w)] = met_by


_need("amenity=bank", frozenset({"bank"}),
      "cash|some cash|bargeld|kleingeld|contanti|käteinen|käteistä|käteistä rahaa|kontanter|kontanterna|gotówka|"
      "gotówki|gotówkę|hotovost|hotovosti|du liquide|en liquide|espèces|efectivo|dinheiro vivo|numerário|efectiu|"
      "contant geld|contanten")
_need("shop=electronics", frozenset({"shop=mobile_phone", "shop=electronics", "shop=telecommunication"}),
      "charger|phone charger|charging cable|power bank|powerbank|chargeur|cargador|carregador|caricabatterie|"
      "caricatore|ladegerät|laddare|laddsladd|laturi|latauskaapeli|oplader|ładowarka|ładowarkę|ładowarki|nabíječka|"
      "nabíječku")
_need("amenity=restaurant", _EATING,
      "starving|hungry|famished|peckish|hunger|hungrig|hungrige|faim|affamé|affamés|"
      "hambre|hambrientos|hambriento|fome|esfomeado|esfomeados|fame|affamato|affamati|hungriga|sulten|sultne|nälkä|"
      "nälkäinen|nälkäisiä|honger|głodny|głodna|głodni|głodne|hladový|hladoví|hladová|tinc gana|tenim gana")
_need("shop=supermarket", frozenset({"supermarket", "pharmacy", "shop=chemist", "shop=baby_goods",
                                     "shop=convenience"}),
      "nappies|nappy|diapers|diaper|baby wipes|baby formula|formula milk|windeln|couches|pañales|fraldas|pannolini|"
      "blöjor|vaipat|vaippoja|vaippa|luiers|pieluchy|pieluszki|plenky|bleer|bolquers")
_need("amenity=pharmacy", frozenset({"pharmacy", "shop=chemist"}),
      "plasters|band-aids|band-aid|bandaids|blister|blisters|pflaster|blasenpflaster|pansements|tiritas|curitas|pensos|"
      "cerotti|plåster|laastari|laastaria|laastareita|pleisters|plastry|plastrów|náplast|náplasti|sunburn|"
      "sonnenbrand|coup de soleil|headache|kopfschmerzen|mal de tête|dolor de cabeza|dor de cabeça|mal di testa|"
      "huvudvärk|päänsärky|hoofdpijn|ból głowy|bolest hlavy|fever|fieber|fièvre|fiebre|febre|febbre|kuume|koorts|"
      "gorączka|horečka")
_need("shop=books", frozenset({"bookshop", "library", "shop=kiosk", "shop=newsagent"}),
      "something to read|reading material|lesefutter|etwas zu lesen|was zu lesen|de quoi lire|quelque chose à lire|"
      "algo para leer|algo que leer|algo para ler|qualcosa da leggere|något att läsa|jotain luettavaa|luettavaa|"
      "iets te lezen|iets om te lezen|coś do czytania|něco ke čtení|noget at læse|noe å lese|alguna cosa per llegir")
_need("shop=supermarket", frozenset({"supermarket", "market", "shop=convenience"}),
      "fridge|kühlschrank|frigo|nevera|frigorífico|geladeira|kylskåp|kylskåpet|jääkaappi|koelkast|lodówka|lednice|"
      "køleskab|køleskabet|kjøleskap|kjøleskapet")
_need("shop=optician", frozenset({"shop=optician"}),
      "my glasses|new glasses|sunglasses|reading glasses|eyeglasses|brille|sonnenbrille|lunettes|gafas|óculos|occhiali|"
      "glasögon|glasögonen|silmälasit|aurinkolasit|bril|zonnebril|okulary|brýle|briller|solbriller")
_need("shop=bicycle", frozenset({"shop=bicycle"}),
      "flat bike tyre|flat bike tire|bike has a flat|flat on my bike|platten am fahrrad|lekke band|lekke fietsband|"
      "rengas puhki|pyörän rengas|crevaison du vélo|pinchazo en la bici|furo na bicicleta|foratura della bici|"
      "punktering på cykeln|punktering på sykkelen|punktering på cyklen")
_need("amenity=cafe", frozenset({"cafe", "bakery"}),
      "caffeine|koffein|caféine|cafeína|caffeina|kofeiini|cafeïne|kofeina")

#: everyday and colloquial words of the places of the cities read, in their own languages ("beim Späti", "in a Boazn",
#: "uma tasquinha", "the servo", "la fleca", "frissan", "de bieb")
_kind("shop=convenience", "späti|spätkauf|spätis|mercearia|minimercado|épicerie|alimentari|colmado")
_kind("shop=deli", "épicerie fine|épiceries fines")
_kind("shop=wine", "garrafeira|enoteca|vinoteca|caviste|vinothek|vinothèque")
_kind("shop=tobacco", "tabacaria|estanc|tobak|tobakk")
_kind("amenity=fuel", "servo|tanke|huoltoasema|bensinstation|benzinestation")
_kind("shop=hairdresser", "frissan|frisören|frisör|frisørsalon")

#: words that name a visit only as an item of a list of errands ("Post, Apotheke", "Dom, Markt, Café", "apotek,
#: bank, blommor"): the post office, the cathedral, flowers bought
LIST_ITEM_KINDS = {"post": "amenity=post_office", "poste": "amenity=post_office",
                   "dom": "amenity=place_of_worship",
                   # goods said alone as an errand, for whom they are ("des clopes pour mon père, un parfum pour
                   # ma mère")
                   **dict.fromkeys(("perfume", "perfumes", "a perfume", "parfum", "a parfum", "parfums", "des parfums",
                                    "profumo", "parfym"), "shop=perfumery"),
                   **dict.fromkeys(("clopes", "des clopes", "tabac", "du tabac", "tabaco", "cigarettes",
                                    "des cigarettes", "zigaretten", "sigarette", "cigarrillos"), "shop=tobacco"),
                   **dict.fromkeys(("flowers", "blumen", "blommor", "blomster", "fleurs", "flores", "fiori", "kukkia",
                                    "kukat", "bloemen"), "shop=florist")}
LIST_ITEM_RE = re.compile(r"(?:(?<=^)|(?<=[,;:.•→–—-] )|(?<=\band )|(?<=\n)|(?<=\bneed )|(?<=\bfirst ))(" +
                          "|".join(LIST_ITEM_KINDS) + r")(?=[ \t]*(?:\([^()\n]{1,40}\)\s*)?"
                          r"(?:[,;.•→–—!]|\s+[-–—•]\s|\n|$|\band\b)|"
                          # who they are for ("blommor till mormor,", "Blumen fürs Grab und ...")
                          r"\s+(?:for|für|fürs|till|til|voor|pour|para|pra|per|dla|pro)\s+[\w'’]+(?:\s+[\w'’]+)?"
                          r"[ \t]*(?:[,;.•→–—!]|\n|$|\band\b))")

#: cuisine words -> OSM cuisine value; alone they mean a restaurant
CUISINES = {
    "italian": "italian", "pizza": "pizza", "pizzeria": "pizza", "sushi": "sushi", "japanese": "japanese",
    "ramen": "ramen", "chinese": "chinese", "indian": "indian", "thai": "thai", "asian": "asian",
    "mexican": "mexican", "french": "french", "greek": "greek", "turkish": "turkish",
    "vietnamese": "vietnamese", "german": "german", "bavarian": "bavarian", "regional": "regional",
    "local": "regional", "portuguese": "portuguese", "spanish": "spanish", "tapas": "tapas",
    "seafood": "seafood", "fish": "fish", "steak": "steak_house", "steakhouse": "steak_house",
    "burger": "burger", "burgers": "burger", "korean": "korean", "lebanese": "lebanese",
    "austrian": "austrian", "finnish": "finnish", "nordic": "nordic", "vegetarian": "vegetarian",
    "vegan": "vegan", "american": "american", "mediterranean": "mediterranean", "french-style": "french",
    # Finnish says what one eats in the partitive ("syödä sushia", "pizzaa", "hampurilaista")
    "sushia": "sushi", "pizzaa": "pizza", "ramenia": "ramen", "hampurilaista": "burger", "hampurilaisia": "burger",
    "pihviä": "steak_house",
    "burgeri": "burger", "burgeria": "burger", "hamburguesa": "burger", "hamburguesas": "burger",
    "hamburgueses": "burger", "hambúrguer": "burger", "hamburger": "burger", "hamburgers": "burger",
    # what one eats said in the other languages ("een restaurant met iets vegetarisch", "un ristorante vegano")
    "vegetarisch": "vegetarian", "vegetarische": "vegetarian", "vegetariano": "vegetarian",
    "vegetariana": "vegetarian", "végétarien": "vegetarian", "végétarienne": "vegetarian", "vegetarisk": "vegetarian",
    "vegetariskt": "vegetarian", "vegano": "vegan", "vegana": "vegan", "végane": "vegan",
    "vegansk": "vegan", "veganistisch": "vegan", "vegaani": "vegan",
}
#: cuisines eaten as fast food: said on their own, they mean a fast-food place ("grab a burger", "un burger")
FAST_FOOD_CUISINES = {"burger"}

PREF_CUES = {
    "distance": r"walking short|short walk|short walks|not too far|nearby|close by|close together|close to each other|"
                r"minimal walking|minimi[sz]e walking|little walking|not much walking|less walking|walk much|"
                r"walk too much|walk a lot|tired feet|long walks|shortest|short distances|not far|compact|"
                r"easy on the feet|nearest|close to one another|little travel|short trips?",
    "quality": r"\bbest\b|\btop\b|famous|highly rated|well[- ]known|must[- ]see|popular|renowned|iconic|"
               r"high quality|top[- ]rated|good ones|really good|great ones|worth it|notable|important",
    "completion": r"as many as possible|all of them|make sure|everything|don't skip|do not skip|fit (?:it )?all|"
                  r"must do all|every one|all the tasks|all of it|all (?:three|four|five) ",
}

ACTIVITY = re.compile(
    r"\b(see|visit|check out|grab|have|get|eat|drink|stroll|explore|go to|stop at|stop by|pop into|browse|buy|"
    r"relax|admire|enjoy|try|taste|hit|look at|wander|sit|find)\b")

STOPWORDS_EN = set(["a", "an", "the", "and", "or", "but", "then", "to", "at", "by", "in", "on", "of", "for", "from", "with", "without", "into", "after", "before", "i", "we", "me", "my", "our", "you", "your", "it", "is", "are", "be", "am", "was", "will", "would", "like", "want", "wish", "love", "need", "must", "should", "could", "can", "have", "has", "do", "does", "go", "going", "get", "some", "any", "this", "that", "there", "here", "back", "start", "starting", "begin", "end", "finish", "until", "till", "about", "around", "hours", "hour", "minutes", "minute", "min", "time", "day", "morning", "afternoon", "evening", "tonight", "today", "tomorrow", "next", "please", "also", "want'd", "i'd", "i'm", "we'd", "let's", "lets", "visit", "see", "walk", "eat", "lunch", "dinner", "coffee", "museum", "park", "place", "places", "near", "quick", "short", "long", "first", "after", "later", "afterwards", "somewhere", "good", "nice", "trip", "plan", "route", "tour", "by", "up", "down", "out", "not", "no", "too", "much", "very", "just", "only", "so", "if", "when", "where", "what", "how", "who", "which", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "half", "quarter", "am", "pm", "noon", "o'clock", "more", "most", "less", "least", "all", "every", "each", "other", "another", "again", "around", "towards", "head", "heading", "take", "spend", "stay", "stop", "drink"])


def _lexicon_regex():
    """One pattern for every lexicon phrase, longest first."""
    words = sorted({w for w, *_ in LEXICON}, key=len, reverse=True)
    # a word before "shop" names the goods of a shop ("tea shop", "souvenir shop"), found in the tagging schema
    # a church is the last part of a hyphened name ("die Maria-Magdalena-Kirche", "St.-Peter-Kirche")
    return re.compile(r"(?<!\w)(?:(?<!-)|(?=(?:church|chapel|cathedral)(?![\w-])))("
                      + "|".join(re.escape(w) for w in words) + r")(?![\w-])(?!\s+(?:shop|store)s?\b)")


LEX_RE = _lexicon_regex()
#: one pattern for every phrase of :data:`LOCAL_KINDS`, longest first
LOCAL_KIND_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(LOCAL_KINDS, key=len, reverse=True))
                           + r")(?![\w-])")
LEX_MAP = {}
for _w, _c, _cu, _d in LEXICON:
    LEX_MAP[_w] = (_c, _cu, _d if _d is not None else LEX_MAP.get(_w, (None, None, None))[2])
CUISINE_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, CUISINES), key=len, reverse=True)) + r")(?![\w-])")

HOUR_WORDS = {k: v for k, v in NUM_WORDS.items() if isinstance(v, int) and 1 <= v <= 12 and " " not in k
               and k not in ("a", "an", "few", "several")}
_HW = "|".join(sorted(HOUR_WORDS, key=len, reverse=True))
#: the hour words, as one alternation of a pattern ("one|two|...|twelve")
HOUR_WORD_ALT = _HW
#: "there", in the languages read (each reader adds the forms it needs)
THERE_WORDS = r"there|là|allí|ahí|lá|lì|dort|där|siellä"
#: "until", in the languages read as the rules leave them ("free until dinner", "bis sie schließen", "suljettuun asti")
UNTIL_WORDS = r"until|till|tills|bis|jusqu'à|jusqu'au|hasta|fino a|até|fins que|asti"
#: "as many as possible" without its kind, said after it ("viewpoints, as many as possible", "wine bars (as
#: many as we can manage)", "alla seriebutikerna (så många som går)") or before it ("so viele wie möglich Läden")
AS_MANY_BARE = re.compile(
    r"\b(?:as many as (?:possible|you can|we can|i can|time allows)|så många som (?:möjligt|går|hinns|vi hinner)|"
    r"so viele wie (?:möglich|(?:es )?geht)|möglichst viele|autant que possible|le plus possible|tant que possible|"
    r"tod[oa]s l[oa]s que (?:pueda|podamos|se pueda)|lo más posible|cuant[oa]s más,? mejor|o máximo possível|"
    r"quant[oa]s? mais,? melhor|il più possibile|quant[ie] più (?:possibile|puoi|riesci)|quant[oa]s (?:conseguires|"
    r"puderes|conseguir|puder)|zoveel mogelijk|mahdollisimman monta|tant com sigui possible|el màxim possible|"
    r"o máximo que (?:conseguir|puder|der|consiga)|tant[ea]s? com (?:pugui|puguem|sigui possible)|as many as (?:we|"
    r"you|i) can \w+|niin monta kuin (?:ehtii|ehdin|ehdimme|ehditään|mahdollista)|"
    r"tant[oa]s como (?:pueda|podamos|puedas|sea posible)|max possible)(?!\w)")

#: "as many ... as possible" around its kind, in the languages read (after their cue words became English):
#: an opening word, the kinds, a closing word ("più chiese possibile", "le plus de jardins et de parcs possible",
#: "as many viewpoints (miradouros) as possible", "so viele Bars und Pubs wie möglich"; "passear pelo máximo de
#: parques possível", read as "pelas many")
AS_MANY_OPEN = re.compile(
    r"\b(?:(?:(?:pel)?as many|quanti più|più|le plus de|autant de|n?o máximo de|"
    r"(?:o )?maior n[úu]mero(?: possível)? de|tant[oae]s|el máximo de|so viele|so viel|så många|niin monta|"
    r"niin moneen|todas las|"
    r"todos los|totes les|tots els|tutti i|tutte le|tous les|toutes les|todos os|todas as)\s+|(?:le plus|"
    r"autant|el màxim) d'(?=\w))")
AS_MANY_CLOSE = re.compile(
    r"\b(?:as (?:possible|poss|you can|we can|i can|time allows)|possibil[ei]|possible|possível|posible|wie möglich|"
    r"wie (?:es )?geht|wie (?:du|ihr|wir|ich) (?:schaffst|schafft|schaffen|schaffe|verträgst|kannst|könnt|können|"
    r"kann)|som möjligt|som går|como (?:sea posible|pueda|podamos)|(?:que|com) (?:puder|pueda|podamos|"
    r"puguem|pugui|puguis|conseguir|der|posso|podemos)|quanto (?:der|puder|possível|conseguir)|"
    r"(?:che )?(?:riesco|riesci|riusciamo|posso|possiamo)|que (?:je peux|nous pouvons|on peut|"
    r"je pourrai)|kuin (?:ehtii|ehdin|ehdimme|ehditään|mahdollista))\b")
#: an opening word that needs no closing one ("möglichst viele Denkmäler", "un maximum de parcs")
AS_MANY_ALONE = re.compile(
    r"\b(?:möglichst viele|un maximum de|un max de|la mayor cantidad (?:posible )?de|"
    r"mahdollisimman (?:monta|moneen|monessa|moniin|monissa|monelle)|"
    r"zoveel mogelijk|maggior numero possibile di|"
    r"maior n[úu]mero possível de|mayor número posible de)\s+")


def as_many_said(low: str, a: int, b: int) -> bool:
    """Whether "as many as possible" is said in ``low[a:b]``, by the words the tasks stage reads it from."""
    return any(pat.search(low, a, b) for pat in (AS_MANY_OPEN, AS_MANY_ALONE, AS_MANY_BARE))


#: an amount of time for a meal ("got an hour for lunch from 12:30", "30 minutes for my lunch"): the meal break, when
#: the trip happens (the times stage reads its clock time as the start, the tasks stage the meal as no visit)
TIME_FOR_A_MEAL = r"\b(?:an?|one|two|half an|\d+)\s+(?:hours?|minutes?|mins?)\s+for\s+(?:my\s+|our\s+)?"
#: what stands between the end of a clock time and the visit said after it: the clock's mark and up to three short
#: words ("at 18 a drink", "a las 11 el museo", "um 11 ins Museum"), not a word of purpose ("à 19h30 pour l'apéritif":
#: why one is at the end then)
TIME_TO_VISIT = (r"\s*(?:h|uhr|o'clock|am|pm)?\s*(?:(?:the|a|an|some|el|la|le|les|los|las|il|lo|l'|un|una|une|um|uma|o|"
                 r"os|as|der|die|das|den|dem|ein|eine|einen|zum|zur|ins|im|in|de|het|een|en|ett|et|we|on|nous|vi|wir|"
                 r"have|eat|get|go|to)\s+){0,3}")

TIME_RE = re.compile(
    r"(?P<noon>\bnoon\b|\bmidday\b|\bmidnight\b)"
    r"|(?P<half>\bhalf past (?P<hh>\d{1,2}|" + _HW + r"))\b"
    r"|(?P<q>\bquarter (?P<qd>past|to) (?P<qh>\d{1,2}|" + _HW + r"))\b"
    r"|(?<![\d:.,])(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ap>[ap]\.m\.?|[ap]m)(?![a-z])"
    r"|(?<![\d:.,])(?P<h24>\d{1,2})[:h](?P<m24>\d{2})(?![\d])(?!\s*(?:hours?|hrs?|minutes?|mins?)\b)"
    r"|(?P<ocl>\d{1,2}|" + _HW + r")\s*o'?clock"
    # a bare hour, then a word or mark that closes it ("at 10 (not going in)" too); not a number listed after another
    # in brackets or after "aged" ("the kids (3 and 6)": their ages)
    r"|(?<!\(\d )(?<!\(\d\d )(?<!aged \d )(?<!ages \d )"
    r"\b(?:at|by|until|till|around|from|before|after|between|and|to|leave|leaving|start|starting|depart|"
    r"departing) (?P<bare>\d{1,2}|" + _HW + r")"
    # a word of a chat after an hour in digits ("home by 8 tho", "by 6 lol"; not "banned from one lol")
    r"(?=(?<=\d)\s*(?:though|tho|lol|haha|ok|okay|max|tops)\b|"
    r"\s*(?:$|[,;!?()]|[.:](?!\d)|and\b|to\b|until\b|then\b|in the\b|"
    r"in\b(?!\s+(?:total|a row|all|advance|time|case|\d))|tomorrow\b|today\b|on\b|this\b|from\b|for\b|with\b|i\b|we\b|at\b|near\b|outside\b|[-–—]|want\b|wanna\b|gonna\b|need\b|have\b|gotta\b|"
    r"got\b|will\b|would\b|going\b|maybe\b|ish\b|or so\b|my\b|our\b|you\b|a\b|an\b|the\b|"
    # a reason or a word of insistence after the hour ("back by 1 so we can go", "by 5 because", "at 4 sharp")
    r"so\b|because\b|cause\b|cos\b|bc\b|since\b|but\b|sharp\b|latest\b|please\b|pls\b|before\b|when\b|"
    r"after (?:my|our|the|work|school|class)\b|"
    # said aloud with no comma, the next verb or filler ("leave at 9 go to a hardware store", "at ten um")
    r"(?:go|get|grab|head|walk|visit|see|do|start|meet|take|pick|catch|hit|check|stop|buy|eat|um+|uh+|er+|tonight)\b))"
)
#: parts of the day built on the word for midday or dinner ("eftermiddag", "förmiddagen", "Nachmittag",
#: "namiddag"): a time, not a meal
DAY_PART_COMPOUND = re.compile(r"(?:efter|för|nach|vor|na|voor)(?:middag|mittag)\w*$")
DAYPART_RE = re.compile(r"^\s*(in the (morning|afternoon|evening)|tonight|this (morning|afternoon|evening))")

_NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(map(re.escape, NUM_WORDS), key=len, reverse=True)) + r")"
DUR_RE = re.compile(
    r"(?P<hd>half a day|half-day|half day)"
    r"|(?P<hh>half an? hour|half-hour|a half hour)"
    r"|(?P<qh>(?:a )?quarter of an hour|quarter-hour|quarter hour)"
    r"|(?P<hm>\d+)\s*h\s*(?P<hmm>\d{2})\b"
    # an amount that opens its word ("ich fahr", "im Jahr": no "a hr")
    # a word for a number needs a space before its unit ("Ah, a bakery" is no hour)
    r"|(?<![^\W\d_])(?P<n>" + _NUM + r")(?P<andhalf>\s+and\s+a\s+half)?(?:(?<=\d)[\s-]*|[\s-]+)"
    # "three free hours"
    r"(?:(?<=\s)(?:free|spare|whole|full|good|solid)\s+)?(?P<u>hours?|hrs?|h|minutes?|mins?|min)\b"
    r"(?P<andhalf2>\s+and\s+a\s+half)?"
)
LIMIT_BEFORE = re.compile(
    r"(\bhave\b|\bhas\b|\bgot\b|\bwithin\b|\bonly\b|\bin total\b|\bmax(imum)?\b|\bat most\b|\bup to\b|\bno more than\b|"
    r"\blimit\b|\bbudget\b|\binto\b|\bjust\b|\bless than\b|\bunder\b|\bspare\b|\bleft\b|\btrip of\b|\bin\b|\bfree\b|"
    r"\bthere for\b|\btotal of\b|\blast(s)?\b|\bhere for\b|\bavailable\b)\W*"
    r"(?:(?:from|after|since)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?\s+)?"  # "ich hab ab 17 Uhr noch zwei Stunden"
    r"(?:about |around |roughly |only |just |a good |"
    r"a total of |maybe |approximately |the next |only about |like )?$")
#: words after an amount of hours that make it a time budget, not a clock time ("3h max", "2h30 en total")
BUDGET_WORDS = (r"(?:max(?:imum)?|maxi|tops|total|in total|en total|au total|en tout|insgesamt|no total|in tutto|"
                r"totalt|yhteensä)\b")
LIMIT_AFTER = re.compile(
    r"^\W*(in total|total|to spare|free|max|tops|trip|tour|outing|window|available|of free time|budget|"
    r"altogether|overall|in the city|off|layover|stopover|before (?:my|our|the) (?:train|flight|bus)|"
    r"starting (?:at|from|around)(?=\s+\d))\b")

#: a means of transport, in the languages read (the earlier stages write some in English), with the words for the
#: ride back ("el de vuelta")
VEHICLES = (r"(?:train|trains|ferry|flight|bus|boat|ship|plane|coach|tram|metro|métro|subway|water taxi|tgv|ouigo|"
             r"ice(?!\s+(?:cream|skating|rink|hockey|bar|café|cafe))|"
             r"tramway|tranvía|tranvia|tunnelbanan|tunnelbana|spårvagn|ratikka|ratikkaan|raitiovaunu|metroa|"
             r"eurostar|intercidades|alfa pendular|s-bahn|u-bahn|bahn|regionale|zug|anschluss|flug|"
             r"flieger|fähre|schiff|vol|avion|car|navette|correspondance|connexion|tren|vuelo|autobús|autobus|avión|"
             r"barco|ferri|comboio|trem|vaixell|avió|flyg|voo|autocarro|ônibus|onibus|avião|barca|treno|volo|aereo|pullman|traghetto|nave|"
             r"corriera|tåg|tåget|nattåget|flyget|bussen|buss|båten|båt|färjan|färja|pendeln|pendeltåget|juna|junan|"
             r"bussi|laiva|lento|lautta|trein|vlucht|veerboot|boot|connection|conexión|conexão|coincidenza|anslutning|"
             r"aansluiting|flixbus|amtrak|greyhound|megabus|bateau|el de vuelta|el de tornada|o de volta|quello di ritorno|"
             r"celui du retour|the one back|airport bus|flygbussen|flybus|uber|lyft|taxi|cab|"
             r"(?:nacht|regional|pendel|fern|schnell|inter|flughafen|shuttle|reise|linien|stadt|mini)"
             r"(?:zug|züge|bus|busse|fähre|schiff))")


#: the generic words for a shop in the languages read, folded ("Laden", "butik", "winkel", "kauppa", "tienda"): a kind
#: whose name holds one is a shop; a compound that ends in one is a shop of the goods before it ("Spielwarenladen")
SHOP_WORDS = ("shop", "store", "butik", "affar", "laden", "geschaft", "winkeltje", "winkel", "kauppa", "liike", "zaak",
              "handel", "tienda", "loja", "boutique", "negozio", "botiga", "magasin", "butikk")

THEN_RE = re.compile(r"\b(then|and then|after that|afterwards|afterward|followed by|next|later|after which|"
                      r"once (?:that's|that is|i'm|we're) done|from there|and finally|finally|lastly|später|"
                      r"más tarde|plus tard|mais tarde|più tardi|senare|myöhemmin)\b")
FIRST_RE = re.compile(r"\b(start(?:ing)? (?:off )?with|begin(?:ning)? with|first of all|to start|first)\b")
#: a place in the order said with a verb of obligation before it ("has to be first", "must come the very last")
MUST_BE = r"(?:has to|must|should|needs to|will)\s+(?:be|come)\s+(?:the\s+)?"
LAST_RE = re.compile(r"\b(end(?:ing)? (?:the day |up )?with|finish(?:ing)? (?:the day |off )?with|to finish|"
                      r"at the (?:very )?end|to end|wrap up with|round off with|last of all|"
                      # the leg home closes the day ("and groceries on the way home.", "on the way home a bakery")
                      r"on (?:the|my|our) way (?:home|back)(?=\s*(?:[.;!?]|$)|"
                      r",?\s+(?!(?:to|from|at|by|in|is|was|and|or)\b)(?=\w))|"
                      # "finally" after the visit, as the clause ends ("et un marché pour finir si j'ai le
                      # temps"), or before a comma ("pour finir, un resto sympa")
                      r"finally(?=\s*(?:[.;!?,]|$|,?\s*(?:if|si|wenn|falls|jos|hvis)\b)))\b")
#: a word of "last" said right after a visit in the languages read, as the earlier stages leave them ("il bar per
#: ultimo", "la compra al final", "das Kino als Letztes")
LAST_AFTER_WORDS = (r"per ultimo|al final|por último|por ultimo|por fim|en dernier|zuletzt|als letztes|til sidst|"
                    r"til slutt|viimeisenä|als laatste")
REF_RE = re.compile(r"\b(after|before|following)\s+(?:(?:the|my|our|a|an|some|having|visiting|eating|that|"
                     r"seeing|doing|going to the|going to|we have|i have|i've had|we've had)\s+){0,2}"
                     r"(?:(?:early|late|quick|short|light|long|big|nice|little)\s+)?$|"
                     # "bevor ich in den Hofgarten geh" rewritten: "before ich in the Hofgarten"
                     r"\b(?P<sub>before|after)\s+(?:ich|wir|je|on|nous|io|noi|yo|eu|jag|vi|ik|i|we)\s+(?:[^\W\d_]+\s+){0,2}?"
                     r"(?:in|to|at|into|au|à|a|al|na|no|em|på|naar|op)\s+(?:the\s+)?$")
#: "with" (and an article) right before a one-word name: the person one is with ("dinner with Rita", "com a Rita"),
#: though a café is called so
WITH_PERSON = re.compile(r"\b(?:with|com|con|mit|avec|met|med|amb)\s+(?:(?:a|o|la|le|el|die|der|den|dem)\s+)?$")
#: a kind refused before it is named: "no museums", "avoid the casino", and "not" in the languages that keep
#: their own word for it ("Inte Café X", "nicht ins Museum", "niet naar het museum", "prou botigues", "assez de
#: musées"); "pas question d'entrer au"
#: "gibt's da nicht einen Teeladen?" asks whether there is one, as "isn't there a tea shop?"
NEG_RE = re.compile(r"\b(no|not|avoid|skip|without|don't|do not|never|hate|hates|instead of|inte|prou|assez d[e']|ani|"
                    # "kein Deutsches Museum", "pas le Casino" (not "pas loin du parc"), "nobody wants a club"
                    r"kein|keine|keinen|keinem|keiner|pas(?! (?:loin|trop|très|mal|cher|encore|seulement)\b)|"
                    r"não liga(?:m)? para|não ligo para|não ligamos para|"
                    r"nobody wants|no one wants|niemand will|personne ne veut|nadie quiere|ninguém quer|nessuno vuole|"
                    r"ingen vill|kukaan ei halua|niemand wil|"
                    # "not interested in the outlet stores", "no time for churches"
                    r"not interested in|nicht interessiert an|pas intéressée? par|no time for|keine zeit für|"
                    r"pas le temps (?:de|pour)|no hay tiempo para|sem tempo para|ingen tid för|"
                    # not paying for it ("I'm not paying for the Oceanographic Museum")
                    r"not paying for|won't pay for|not going to pay for|not spending money on|"
                    # instead of it ("em vez de um museu", "invece del museo", "statt ins Museum")
                    r"em vez d[eoa]|ao invés d[eoa]|invece d[ei]\w*|au lieu d[eu']\w*|statt|anstatt|en lugar de\w*|"
                    r"en vez de\w*|i stället för|istället för|in plaats van|en lloc de\w*|en lloc d['’]\w*|"
                    r"(?:au|at the) lieu d['’]\w*|au lieu du|"
                    # hating a kind, in the languages read ("Die Kinder hassen Kirchen", "As crianças odeiam igrejas")
                    r"hassen|hasse|hasst|déteste|détestent|détestons|odio|odia|odian|odiamos|odeio|odeia|odeiam|"
                    r"odiamos|odiano|odiamo|odien|odiem|hatar|hatade|inhoan|inhoaa|inhoavat|inhoamme|haat|haten|"
                    r"(?<!gibt's da )(?<!gibt es da )(?<!gibt's )(?<!gibt es )nicht|niet)\b(?:\s+\w+){0,2}\s*$|"
                    r"\bpas question d[e']\s*(?:\w+\s+){0,3}$|"
                    # not liking a kind ("A los niños no les gustan las iglesias", "non ci piacciono i musei")
                    r"\b(?:no|não|non|no ens)\s+(?:\w+\s+)?(?:gusta|gustan|gosta|gostam|gostamos|piace|piacciono|"
                    r"agrada|agraden)\b(?:\s+\w+){0,2}\s*$|"
                    # not a fan of a kind ("not a fan of museums", "pas fan des musées", "kein Fan von Kirchen")
                    r"\b(?:not|no|pas|kein|keine|nem|non|inte|geen|ei)\s+(?:(?:a|an|un|une|ein|großer|grand|big|huge|"
                    r"great|really|really a|so|sou|soy|sono|um|uma|ole)\s+){0,2}(?:fan|fã|fanático|tifoso|fani)\s+"
                    r"(?:of|de|des|du|"
                    r"von|di|dei|delle|degli|av|van|das|dos|da|do)\s*(?:(?:the|la|le|les|los|las|il|i|der|die)\s+)?$|"
                    # "don't route me past the Hofbräuhaus", "I've had enough beer this week"
                    # anything but it, care with it, no need for it ("Anything but another church!", "tout sauf encore une
                    # église", "careful with bakeries", "Vorsicht bei Bäckereien", "cuidado con las panaderías", "no need
                    # for a supermarket", "pas besoin de supermarché", "no cal supermercat", "res d'esglésies")
                    r"\b(?:(?:anything|everything|alles|tout|cosa|tudo|tutto|allt|tahansa)\s*,?\s*(?:but|except|außer|"
                    r"nur nicht|sauf|menos|excepto|exceto|tranne|fuorché|menys|utom|paitsi|behalve)|careful with|beware of|"
                    r"vorsicht (?:bei|mit)|attention (?:at|aux|à|au)|cuidado (?:con|com|amb)|compte amb|attenzione at|"
                    r"attenzione (?:a|ai|alle|al|agli)|försiktigt? med|voorzichtig met|no need for|pas besoin de|"
                    r"no hace falta|não é preciso|non serve|no cal|res de|res d'|ik hou niet (?:zo |echt |erg )?van|"
                    r"gillar inte (?:riktigt |alls )?)\s*(?:\w+\s+){0,2}$|"
                    # the crowds avoided where it is ("I'd rather avoid the crowds at the Viktualienmarkt")
                    r"\bavoid\s+(?:the\s+)?(?:crowds?|queues?|lines?|tourists?|masses|rush)\s+(?:at|in|of|around)\s+"
                    r"(?:the\s+)?$|"
                    r"\b(?:don't|do not|never)\s+(?:take|route|send|bring|drag|walk|lead)\s+(?:me|us|them)\s+"
                    r"(?:past|to|through|by|into|via)\s+(?:the\s+)?$|\b(?:had|have had)\s+(?:enough|plenty)\s+(?:of\s+)?$")
#: a kind named, then refused at once ("Port wine tasting? no, skip that"), or named first and refused by the verb
#: after it ("zum Bäcker muss ich heute nicht", "bageriet behöver jag inte", "het museum hoeven we niet")
NEG_AFTER_RE = re.compile(r"^\W{0,3}(?:no|nope|nah)\b\W{0,3}(?:skip|forget|scratch|leave|not|never mind)\b|"
                          # "Restaurante caro nem pensar", "bares ni hablar"
                          r"^\s+(?:[^\W\d_]+\s+)?(?:(?:nem|without) pensar|ni hablar|ni pensarlo|ni de broma)\b|"
                          # said aloud: "louer un Vélib non en fait je marche", "a museum no actually a park"
                          r"^\W{0,3}(?:[^\W\d_]+\s+)?(?:non|no|nein|nee|não|nej)\s+(?:en fait|actually|eigentlich|"
                          r"na verdade|en realidad|in realtà|faktiskt)\b|"
                          # "a sauna but apparently none is close, so skip it"
                          r"^\s*,?\s*but\b[^.;!?]{0,40}\b(?:skip|forget|drop)\s+(?:it|that)\b|"
                          r"^\s+(?!(?:and|or|but|then|if|when|where|because|that|und|oder|aber|wenn|wo|weil|dass|och|"
                          r"eller|men|om|där|att|en|of|maar|als|waar|omdat|dat)\b)[^\W\d_]+\s+(?:ich|wir|man|jag|vi|ik|"
                          r"we|wij)\s+(?:[^\W\d_]+\s+){0,2}(?:nicht|inte|niet)\b|"
                          # ... and by someone else, at the end of the sentence ("Shoppen will sie diesmal nicht.")
                          r"^\s+(?:will|wollen|mag|mögen|möchte|möchten|vill|wil|willen)\s+"
                          r"(?:sie|er|han|hon|de|hij|ze)\s+"
                          r"(?:[^\W\d_]+\s+){0,2}(?:nicht|inte|niet)(?:\s+mehr)?\s*(?:[.;!?)]|$)|"
                          # "Museos no, por favor", "Gasolinera no hace falta", "musei? no grazie", a word between
                          # ("Almoçar fora não, que ...")
                          r"^(?:\s+[^\W\d_]+(?=\s+(?:não|nein|non|nej|niet)\W))?"
                          r"\W{0,3}(?:no|não|nao|nein|non|nej|ei|niet)\b\s*(?:[,.!;)]|$|(?:thanks|thank you|please|"
                          r"gracias|por favor|grazie|per favore|obrigad[oa]|merci|danke|bitte|tack|kiitos|hace falta|"
                          r"precisa|needed|necessary)\b)|"
                          # "eine Kneipe kommt heute nicht in Frage", "Kiasma itse ei kiinnosta", "is out of the question"
                          r"^\W{0,3}(?:(?:kommt|kommen|ist)\s+(?:heute\s+|diesmal\s+|gar\s+)?nicht in frage|"
                          r"(?:itse\s+)?ei kiinnosta|is out of the question|is not an option|isn't an option|"
                          r"no me interesa|ne m'intéresse pas|não me interessa|non mi interessa|"
                          r"interessieren (?:mich|uns) (?:\w+ )?nicht|"
                          r"nem[aá]me [cč]as|nemam cas|interessiert (?:mich|uns) "
                          r"nicht|intresserar (?:mig|oss) inte|"
                          # "Gli zoo non mi piacciono", "shopping malls bore me", "Köpcentrum tråkar ut mig", "een
                          # supermarkt is niet nodig", "ei tarvita", "inget snabbköp behövs"
                          r"(?:non|no|não)\s+(?:mi|ci|me|nos|m'|ens)\s*(?:piac\w+|gust\w+|agrad\w+)|"
                          r"(?:bore|bores)\s+(?:me|us)|tråkar ut|langweilen (?:mich|uns)|is niet nodig|ist nicht nötig|"
                          r"(?:ei|without) tarvita|behövs inte|"
                          # dropped after it is named ("die Frauenkirche kenn ich schon, die kann wegfallen", "der
                          # Alte Peter ist nichts mehr für unsere Knie", "Domkyrkan hoppar vi över", "di musei ne
                          # abbiamo visti abbastanza", "the Lello can go")
                          r"[^.;!?]{0,40}\b(?:kann|können) (?:\w+ )?(?:wegfallen|weg|entfallen|gestrichen werden)|"
                          r"(?:ist|sind) nichts (?:mehr )?für|"
                          r"(?:hoppar|skippar|struntar) (?:vi|jag) (?:över|i)?|"
                          # "Museen lassen wir diesmal weg", "le casino, évidemment, c'est non"
                          r"(?:lassen|lasse) (?:wir|ich) (?:\w+ )?weg\b|[^.;!?]{0,20}\bc'est non\b|"
                          # "Eis gibt's keins", "do kostela ani na procházku" (neither this nor that)
                          r"(?:gibt'?s|gibt es) (?:\w+ )?(?:keins|keine|keinen)\b|ani\b|"
                          r"(?:springer|hopper|dropper) (?:vi|jeg) (?:over)?|"
                          r"(?:ne )?(?:abbiamo|ho) (?:\w+ )?abbastanza|(?:en )?(?:avons|ai) (?:\w+ )?assez|"
                          r"can (?:go|be skipped|be dropped)|"
                          # "museon sijaan puisto", "museums are not our thing", "kyrkor har vi sett nog av"
                          r"sijaan|asemesta|(?:are|is)\s+not\s+(?:really\s+)?(?:our|my|his|her|their)\s+thing|"
                          r"(?:sind|ist)\s+nicht\s+(?:so\s+)?(?:unser|mein)\s+ding|"
                          r"(?:har|hatten|haben|hebben|have|had)\s+(?:vi|wir|we|jeg|jag|ik|wij)\s+(?:\w+\s+)?"
                          r"(?:nog|nok|genug|genoeg|enough)\b)\b")

DEADLINE_CUES = {"by", "until", "till", "before", "latest", "back", "return", "returning", "finish", "finished",
                  "end", "ending", "done", "wrap", "home", "train", "flight", "bus", "meeting", "appointment",
                  "later", "must", "need", "deadline", "leave", "catch", "ends", "over", "tops", "to", "leaves",
                  "departs", "sails"}
START_CUES = {"start", "starting", "begin", "beginning", "from", "after", "out", "set", "head", "arrive",
               "arriving", "starts", "leaving", "depart", "departing", "between", "free", "available", "off",
               "since"}

PLACE_CUE_START = re.compile(
    r"\b(?:start(?:ing)?|begin(?:ning)?|set(?:ting)? off|depart(?:ing)?|leav(?:e|ing)|head(?:ing)? out|"
    r"i'?m|i am|we'?re|we are|staying|stay|(?:my |our |the )?(?:hotel|hostel|apartment|airbnb|flat)|(?<!must )(?<!need to )(?<!have to )(?<!has to )(?<!got to )"
    r"(?<!should )(?<!gotta )(?<!ought to )(?<!want to )(?<!wanna )(?<!needs to )be|"
    r"(?<!my )(?<!our )(?<!the )(?<!\dpm )(?<!\dam )(?<!\d\d )meet(?:ing)?|arriv(?:e|ing)|dock(?:s|ed|ing)?|pick(?:ing)? me up|"
    r"(?:the )?trip starts?|route starts?|coming|(?:get(?:ting)?|got) off|"
    r"(?:(?:get(?:ting)?|got|i'?m|we'?re|am|are) )?off (?:the |a |my )?(?:train|bus|tram|ferry|boat|metro|plane|"
    r"coach|cruise|ship))\s+(?:out\s+)?"
    r"(?:at|from|in|near|by|to|on|outside|in front of|opposite)\s+",
    re.IGNORECASE)
PLACE_CUE_FROM = re.compile(r"(?<![\w])(?:from|(?:starting|meeting) (?:point|place)(?: is)?:?|"
                            r"(?:start|starting|begin|meet(?:ing)?)\s*:)\s+", re.IGNORECASE)
PLACE_CUE_END = re.compile(
    r"\b(?:(?:end|finish|done)(?:ing)? (?:at|by|around) \d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)? (?:at|in)|(?<!train )(?<!bus )(?<!ferry )(?<!flight )(?<!boat )(?<!coach )(?<!plane )(?<!ride )back (?:at|to|in)|return(?:ing)? to|end(?:ing)? (?:up |the day |the trip |the tour |my day |our day )?(?:at|in)|finish(?:ing)? (?:at|in)|wrap(?:ping)? (?:up|things up|it up) (?:at|in)|"
    r"(?:must|need to|needs to|have to|has to|got to|gotta|should|want to) (?:be (?:(?:down|over|up|out) )?(?:at|in)|"
    r"leave from)|be at|"
    r"get to|make it to|(?<=[.!?] )at \d{1,2}:\d{2} at|"
    r"arrive at|arrive in|reach|done (?:at|in)|catch (?:a|my|the) (?:train|bus|flight|boat|ferry|ship|water taxi) "
    r"(?:at|from)|(?:train|ferry|bus|flight|ship|boat|coach|plane|water taxi)(?: back)?(?: to \w+)? (?:leaves|departs|goes|sails)"
    r"(?: (?:at|around) \d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)? from|(?:train|ferry|bus|flight|ship|boat|coach|plane) out of|"
    r"then (?:the|my|a) (?:train|bus|boat|ferry|ship|water taxi|coach|flight) (?:at \S+ )?from|"
    r"then (?:catch|take) (?:a|my|the) (?:train|bus|boat|ferry|ship|water taxi) (?:at|from)|"
    r"(?:must|need to|have to|has to|got to|should) meet (?:[a-z]+ ){0,3}?at|"
    r"(?:meeting|appointment|interview)(?: (?:is )?(?:at|around) \d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)? (?:at|in)|"
    r"(?:before|for|catch) (?:the|my|a|our) (?:train|bus|boat|ferry|flight|ship|coach) (?:at \d\S* )?(?:from|at))\s+",
    re.IGNORECASE)
#: a part of a building one goes up or into, said before the building's name ("the tower of St. Peter", "den Turm
#: vom Alten Peter", "the gardens of the Residenz", "le dôme des Invalides"): one visit, and no start
BUILDING_PARTS = (r"tower|turm|torre|tour|top|roof|rooftop|terrace|gardens?|garten|courtyard|crypt|dome|dôme|cupola|"
                  r"spire|steeple|cloisters?|treasury|schatzkammer|dach|gipfel|kuppel")
PARTICLES = {"de", "da", "do", "dos", "das", "der", "die", "am", "an", "of", "the", "la", "le", "del", "di",
              "von", "im", "i", "y", "du", "des", "e", "og", "och", "st", "st.", "and", "&", "-", "sur",
              "auf", "zum", "zur", "dem", "della", "dello", "delle", "dei", "degli", "dels"}


#: the days of the week, and today and tomorrow, in each language read other than English
DAYS = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag heute morgen",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche demain",
    "es": "lunes martes miércoles jueves viernes sábado domingo hoy mañana",
    "pt": "segunda terça quarta quinta sexta sábado domingo hoje amanhã",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica oggi domani",
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge avui demà",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai tänään huomenna",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag idag imorgon",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vandaag",
    "pl": "poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę dziś dzisiaj jutro",
    "cs": "pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli dnes zítra",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag idag imorgen",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag idag imorgen",
}


#: frequent function words per language (the detector counts them)
FUNCTION_WORDS = {
    "de": "und ich um uhr dann danach zuerst erst bis zurück möchte mit ein eine einen einem am vom zum zur nach noch "
          "habe ich morgen heute ab gegen stunden mein meine im ins fertig vor dem sein",
    "fr": "depuis mon notre part suis sommes au aux du des les possible ordre et je à puis ensuite d'abord avant après une un j'ai heures retour jusqu'à demain aujourd'hui vers "
          "avec pour commence pars départ déjeuner dîner",
    "es": "ruta terminar el cena estoy estamos sale del los mi como posible sea vuelvo orden y yo las luego después primero hasta quiero tengo horas una empiezo salgo desde comer cenar mañana hoy "
          "con para antes",
    "pt": "fim estou estamos parte meu volto das dos na no possível ordem e eu às até depois primeiro quero tenho horas uma um começo saio volto almoço jantar amanhã hoje "
          "com para antes",
    "it": "chiede chiedo sono siamo dalla dal alla il mio parte torno entro più possibile ordine piazza e io alle poi dopo prima fino voglio ho ore una un parto pranzo cena domani oggi con per",
    "ca": "des sóc estic surt meu torno abans les sigui possible ordre i jo les després primer fins vull tinc hores una un començo surto dinar sopar demà avui amb per "
          "volem anem comencem sortim tornem veure tantes tants som estem fem podem ens trobem hem marxar mitja",
    "fi": "kuin mahdollista olen junani lähtee ennen asti järjestyksessä ja minä klo kello sitten ensin jälkeen haluan minulla on tuntia tuntia lähden aloitan takaisin "
          "mennessä lounas",
    "sv": "kl mitt min går är så många som möjligt före ordning och jag klockan sedan först efter vill har timmar en ett börjar startar från vid tillbaka till "
          "klar lunch middag",
    "nl": "ik wij om uur dan daarna eerst tot terug wil wilt heb hebben een het van naar bij met voor na morgen "
          "vandaag vanaf graag nog moet moeten ben zijn op mijn onze volgorde uiterlijk",
    "pl": "jestem chcę chciałbym chciałabym mam potem później najpierw następnie wracam muszę godziny godzin godzinę "
          "zaczynam przy jutro się żeby jakiś jakieś jakiejś kolejności końcu około wpół zjeść zobaczyć kupić iść "
          "pójść potrzebuję obiad kolację śniadanie kawę",
    "cs": "jsem chci chtěl chtěla mám pak potom nejdřív nejdříve nakonec zpátky zpět musím hodiny hodin hodinu "
          "začínám zítra nějaký nějakou nějaké pořadí kolem půl jít zajít vidět koupit potřebuju potřebuji oběd "
          "večeři snídani kafe",
    "da": "kl en så ved jeg og ikke også efter bagefter derefter først tilbage klokken vil skal være spise købe "
          "frokost morgenmad aftensmad nogle noget mig hvad timer mødes vores færdig inden rækkefølge muligt hvor lidt "
          "besøge halvanden",
    "no": "kl en så ved jeg og ikke også etter etterpå deretter først tilbake klokka vil skal må være spise kjøpe "
          "lunsj frokost middag noen noe meg hva timer møtes vår ferdig innen rekkefølge mulig hvor litt gjerne "
          "besøke halvannen",
}
#: the forms of "we" and of the verbs of a plan said by a group, per language
_WE_WORDS = {
    "de": "wir wollen möchten starten beginnen gehen treffen uns unser unsere haben müssen sind",
    "fr": "nous voulons allons partons commençons sommes avons devons on",
    "es": "nosotros queremos vamos salimos empezamos tenemos debemos",
    "pt": "nós queremos vamos saímos começamos temos devemos",
    "it": "noi vogliamo andiamo partiamo cominciamo abbiamo dobbiamo",
    "ca": "nosaltres",
    "fi": "me haluamme lähdemme aloitamme meillä olemme",
    "sv": "vi vill ska går börjar startar träffas ses har måste",
    "nl": "we willen gaan beginnen vertrekken",
    "pl": "jesteśmy chcemy mamy musimy zaczynamy wracamy idziemy startujemy wychodzimy",
    "cs": "jsme chceme máme musíme začínáme vyrážíme jdeme půjdeme budeme",
    "da": "vi starter begynder mødes skal vil har",
    "no": "vi starter begynner møtes skal vil har",
}
#: the function words of each language, "we" forms included (Polish and Czech ones also as typed without
#: their diacritics: "chce", "musim")
FUNCTION_WORD_SETS = {lang: set(words.split()) | set(_WE_WORDS[lang].split()) for lang, words in FUNCTION_WORDS.items()}
for _lang in SLAVIC:
    FUNCTION_WORD_SETS[_lang] |= {unaccented(w) for w in FUNCTION_WORD_SETS[_lang]}
#: the function words of every language read (a name written in lower case ends before one)
ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORD_SETS.values())
