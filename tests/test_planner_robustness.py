"""The offline parser on classes of phrasing rather than single sentences: which time is the start,
clock times in words and digits in every language, names with a place noun after them, Finnish and
Swedish endings, shops named by what they sell, meal verbs and drinks, order in lists, numbered
lists and references ("before that", "after both"), end places, Dutch, and names in lower case."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.errors import InputError
from nco.planner import tagschema
from nco.planner.offline.lang import detect, normalise
from nco.planner.parse import parse_offline

TODAY = dt.date(2025, 6, 12)


def _req(text: str):
    return parse_offline(text, today=TODAY).request


def _kinds(req) -> list[str]:
    return [t.tag or t.category for t in req.tasks]


def _order(req) -> set[tuple[int, int]]:
    return {(d.before, d.after) for d in req.dependencies}


# ------------------------------------------------------------------ which time is the start
@pytest.mark.parametrize("text, start, deadline", [
    ("Concert at the Philharmonie at 8pm. Before it a pizza and a beer. Setting off from Sendlinger Tor at 6:15pm.",
     "18:15", None),
    ("A 7pm yoga class at a gym, then a kebab. Starting from Goetheplatz at 6:30pm, home by 10.", "18:30", "22:00"),
    ("hi, getting off the bus at Isartor about 9am. bakery then a museum. back by 1", "09:00", "13:00"),
    ("Landing at the airport bus stop in Freising at 10:40, then a cafe. Done by noon.", "10:40", "12:00"),
])
def test_the_start_is_the_time_said_with_a_start_cue(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


# ------------------------------------------------------------------ clock times
@pytest.mark.parametrize("text, start, end", [
    ("From Isartor at twenty past nine: a museum. Back by quarter to three.", "09:20", "14:45"),
    ("Begin at Isartor, ten to eleven in the morning: a bakery. Done by five thirty.", "10:50", "17:30"),
    ("Starting 14h30 at Isartor: a gallery, then a cafe. Done by 17h.", "14:30", "17:00"),
    ("Jag är på Stortorget 13.15 och vill fika. Klar senast kl 16.", "13:15", "16:00"),
    ("Från Stortorget kl 8.30: frukost och ett apotek. Slut kl 11.", "08:30", "11:00"),
    ("Ich fange um Viertel nach zehn am Isartor an. Ein Museum. Um halb eins zurück.", "10:15", "12:30"),
    ("On commence place Bellecour à quatorze heures trente. Un musée. Retour à 17h.", "14:30", "17:00"),
    ("Salimos de la Plaza Mayor sobre las 10 y media; una farmacia. Volvemos a las dos menos diez de la tarde.",
     "10:30", "13:50"),
    ("Surto de la plaça Reial a les 10 i quart. Una farmàcia. Torno a les 12.", "10:15", "12:00"),
    ("So I'm at Odeonsplatz around 10ish and I'd love a coffee. Gotta be back by 2.", "10:00", "14:00"),
])
def test_clock_times_in_words_and_digits(text, start, end):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, end)


def test_a_dot_in_a_price_or_a_duration_is_no_time():
    assert "12.50" in normalise("Sono in Piazza Navona, budget 12.50 euro per il pranzo", "it")
    assert "150 minutes" in normalise("From Isartor at 10.15, 2.5 hours", "en")
    assert "90 minutes" in normalise("apteekki, lounas, pankki. rautatieasemalta klo 11.45, max 1,5h", "fi")


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, lang, start", [
    ("Från Göteborgs centrala kl 9: ett museum.", "sv", "Göteborgs centrala"),
    ("Vi ses vid Sankt Johannes kyrka klockan 11. Först lunch.", "sv", "Sankt Johannes kyrka"),
    ("Lähden Stureplanilta kello 10. Museo.", "fi", "Stureplan"),
    ("Lähden Plaza de Españalta kello 10. Museo.", "fi", "Plaza de España"),
    ("Lähden Rautatientorilta kello 10. Museo.", "fi", "Rautatientori"),
    ("Wir starten um 10 Uhr am Bahnhof Pasing. Ein Museum.", "de", "Bahnhof Pasing"),
    ("Vi börjar vid Slussen kvart över tio. Ett museum.", "sv", "Slussen"),
    ("Partimos às duas e meia da tarde do Rossio. Um museu.", "pt", "Rossio"),
    ("Partenza alle 15 da Piazza Navona: una chiesa.", "it", "Piazza Navona"),
])
def test_start_places_in_every_language(text, lang, start):
    assert detect(text) == lang
    assert _req(text).start_place == start


@pytest.mark.parametrize("text, start", [
    ("ich bin ab 14 uhr am sendlinger tor, will in ein museum. um 18 uhr zurück", "sendlinger tor"),
    ("meet u at odeonsplatz 2pm, coffee then a museum, done by 5", "odeonsplatz"),
    ("Leaving the hotel on Karlsplatz at 9. A museum.", "Karlsplatz"),
    ("Meeting point: St Anne's Church, 10:15am. A florist, then brunch.", "St Anne's Church"),
])
def test_start_places_in_informal_writing(text, start):
    assert _req(text).start_place == start


@pytest.mark.parametrize("text, end", [
    ("From Isartor at 9: a museum, then lunch. gotta be at Pasing station by 2", "Pasing station"),
    ("Leaving Erding at 8am, a bakery. Need to be in Freising by 1pm.", "Freising"),
    ("Je commence à la place Bellecour à 10h. Un musée. Je dois finir à la gare Part-Dieu avant 14h.",
     "gare Part-Dieu"),
    ("Parto da Piazza Navona alle 9. Un museo. Devo arrivare a Trastevere entro le 17.", "Trastevere"),
    ("Ich starte um 9 am Odeonsplatz. Museum, dann Mittagessen. Um 14 Uhr muss ich am Isartor sein.", "Isartor"),
    ("From Odeonsplatz at 9: museum, then lunch. We end the day at Isartor around 4.", "Isartor"),
])
def test_end_places(text, end):
    assert _req(text).end_place == end


# ------------------------------------------------------------------ kinds of place
@pytest.mark.parametrize("word, lang, tag", [
    ("Parfümladen", "de", "shop=perfumery"), ("Spielzeuggeschäft", "de", "shop=toys"),
    ("knivbutik", "sv", "shop=knives"), ("tebutik", "sv", "shop=tea"), ("blomsteraffär", "sv", "shop=florist"),
    ("kirjakaupassa", "fi", "shop=books"), ("speelgoedwinkel", "nl", "shop=toys"),
    ("bottle shop", "en", "shop=alcohol"), ("ski shop", "en", "shop=ski"),
    ("tienda de ropa", "es", "shop=clothes"), ("negozio di giocattoli", "it", "shop=toys"),
    ("taller mecánico", "es", "shop=car_repair"), ("exchange money", "en", "amenity=bureau_de_change"),
])
def test_shops_named_by_what_they_sell(word, lang, tag):
    assert tagschema.lookup(word, tuple({"en", lang} & set(tagschema.LANGS))) == tag


def test_goods_are_single_words():
    assert tagschema.goods_tag("jouets a") is None
    assert tagschema.goods_tag("jouets") == "shop=toys"


@pytest.mark.parametrize("text, kinds", [
    ("Ab 10 Uhr am Isartor: Optiker, Blumenladen, Metzger und ein Schuhgeschäft. Zwei Stunden.",
     ["shop=optician", "shop=florist", "shop=butcher", "shop"]),
    ("Vanaf de Dam om 10 uur: een opticien, een bloemenwinkel, een slager en een schoenenwinkel. Twee uur.",
     ["shop=optician", "shop=florist", "shop=butcher", "shop"]),
    ("Kauppatorilta kello 10: optikko, kukkakauppa ja kenkäkauppa. Kaksi tuntia.",
     ["shop=optician", "shop=florist", "shop"]),
    ("From Isartor at 10: grab some flowers, pick up my glasses, buy a toy and get cash. 2 hours.",
     ["shop=florist", "shop=optician", "shop=toys", "bank"]),
    ("Je pars de la place Bellecour à 10h. Je veux acheter des bijoux. Deux heures.", ["shop"]),
])
def test_kinds_in_lists(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Olen Senaatintorilla kello 12. Haluan käydä kirjastossa ja kahvilassa, sitten illalliselle. Kello 18 asti.",
     ["library", "cafe", "restaurant"]),
    ("Parto da Piazza Navona alle 10. Vorrei visitare un museo, poi pranzare verso mezzogiorno. Ho tre ore.",
     ["museum", "restaurant"]),
    ("Sóc a la plaça Reial a les 18. Vull una cervesa en un pub i sopar. Fins a les 23.", ["bar", "restaurant"]),
    ("Salgo de la Plaza Mayor a las 19. Una copa en un bar y cenar. Hasta las 23.", ["bar", "restaurant"]),
    ("From Isartor at 8: a flat white, then a museum. Back by 11.", ["cafe", "museum"]),
])
def test_meals_and_drinks_in_every_language(text, kinds):
    assert _kinds(_req(text)) == kinds


# ------------------------------------------------------------------ order
@pytest.mark.parametrize("text, order", [
    ("Isartor, 2pm: get cash at a bank, buy bread at a bakery, then a coffee. Back by 4.", {(0, 2), (1, 2)}),
    ("From Isartor at 11: a phone shop (mine broke), a bookshop, then lunch. 2 hours.", {(0, 2), (1, 2)}),
    ("Opera at the Nationaltheater at 7pm; before the opera I'd like dinner and a drink at a bar. From Isartor at 4pm.",
     {(1, 0), (2, 0)}),
    ("Dinner at 8pm, before that a walk in a park and a church. Start 5pm from Isartor.", {(1, 0), (2, 0)}),
    ("A toy museum then the city museum, from Isartor at 10; lunch after both; back by 3 pm.",
     {(0, 1), (1, 2)}),
    ("From Isartor at 10, museum -> lunch -> park, back 4pm", {(0, 1), (1, 2)}),
    ("Plan:\n1) start Isartor 9:00\n2) bakery\n3) church\n4) lunch\nend by 13:00", {(0, 1), (1, 2)}),
    ("Plan:\n- start Isartor 9:00\n- bakery\n- church\n- lunch\nend by 13:00", set()),
    # "last" said after the visit named again, or with nothing after it in its sentence
    ("From Isartor at 10: a bakery, a pharmacy and a bookshop. The bookshop finally, the books are heavy. Back by 1.",
     {(0, 2), (1, 2)}),
    ("Ab Isartor um 10: ein Museum, eine Apotheke und ein Kino. Das Kino als Letztes. Um 18 Uhr zurück.",
     {(0, 2), (1, 2)}),
    ("Från Isartor klockan 10: ett apotek, en bokhandel och en mataffär. Mataffären sist, annars blir maten varm. "
     "Tillbaka klockan 13.", {(0, 2), (1, 2)}),
    ("From Isartor at 2pm: a bank, a bookshop and a pharmacy. Finally, a beer garden. Back by 6.",
     {(0, 3), (1, 3), (2, 3)}),
    # "first" before the visit named again
    ("Von Isartor um 10: ein Optiker, eine Bank und eine Drogerie. Zuerst der Optiker, der Rest egal. Um 12 zurück.",
     {(0, 1), (0, 2)}),
    ("Départ d'Isartor à 9h. Les enfants veulent une aire de jeux, moi un bon brunch. D'abord le brunch, j'ai faim. "
     "Retour à 13h.", {(1, 0)}),
    # a part of the day a word or two before its visit
    ("Salgo de Isartor a las 10. Primero un museo, luego comer, y por la tarde mirar una librería. Hasta las 18.",
     {(0, 1), (1, 2)}),
    # a clock time a few words before its visit
    ("Ab Isartor um 9:30. Um 10 wollen wir in eine Kirche, um 12:30 Mittagessen und danach ins Deutsche Museum. "
     "Um 17 Uhr zurück.", {(0, 1), (1, 2)}),
    # "antes" alone is "before that"
    ("Salgo de Isartor a las 18. Quiero cenar en un restaurante, y antes comprar un libro en una librería. "
     "Hasta las 21.", {(1, 0)}),
    ("Saio do Isartor às 10. Vou a uma farmácia e antes passo numa padaria. Volto às 12.", {(1, 0)}),
])
def test_order_in_lists_and_references(text, order):
    assert _order(_req(text)) == order


@pytest.mark.parametrize("text", [
    "Départ de la place Bellecour à 11h. Le café après la boulangerie, la boulangerie après la pharmacie et la "
    "pharmacie après le café.",
    "Från Stortorget klockan 10. Museet efter kyrkan, kyrkan efter kaféet och kaféet efter museet.",
    "Vanaf de Dam om 10 uur. Het museum na de kerk, de kerk na de bakker en de bakker na het museum.",
])
def test_circular_orders_are_refused_in_every_language(text):
    with pytest.raises(InputError, match="circular"):
        _req(text)


# ------------------------------------------------------------------ Dutch
def test_dutch_is_read():
    text = "Ik begin om 10 uur op de Dam. Eerst een museum, daarna lunch in een restaurant. Om 15 uur terug."
    assert detect(text) == "nl"
    req = _req(text)
    assert (req.start_place, req.start_time, req.deadline) == ("Dam", "10:00", "15:00")
    assert _kinds(req) == ["museum", "restaurant"] and _order(req) == {(0, 1)}


def test_dutch_half_hours_and_durations():
    req = _req("We vertrekken om half drie vanaf de Dam. Een ijsje en daarna een park. We hebben anderhalf uur.")
    assert (req.start_time, req.time_limit_min) == ("14:30", 90)


def test_a_language_still_unknown_is_one_clear_line():
    with pytest.raises(InputError) as err:
        _req("Tízkor kezdek a főtéren, aztán múzeum és ebéd egy étteremben, kettőkor vissza.")
    assert "\n" not in str(err.value) and "language" in str(err.value)


@pytest.mark.parametrize("text, start, time", [
    ("Olen Ateneumin edessä puoli kolmelta. Haluan käydä kirjakaupassa. Aikaa on tunti.", "Ateneum", "14:30"),
    ("Aloitan kello kahdelta Stockmannin luona. Ensin kahvila, sitten museo.", "Stockmann", "14:00"),
    ("Lähden Hyde Parkista kello 9. Museo.", "Hyde Park", "09:00"),
    ("Rendez-vous place Bellecour à 14h30. D'abord un café, ensuite un musée.", "place Bellecour", "14:30"),
    ("we're off the train at Pasing at 1pm!! ice cream and a toy shop, back on the train by 4:30", "Pasing", "13:00"),
    ("Me and my sister, Leopoldstraße, 4:45 in the afternoon. A bookshop, then a bar.", "Leopoldstraße", "16:45"),
])
def test_start_in_postpositions_and_informal_openings(text, start, time):
    req = _req(text)
    assert (req.start_place, req.start_time) == (start, time)


@pytest.mark.parametrize("text, deadline", [
    ("Siamo in Piazza Navona alle 16. Un gelato. Dobbiamo essere al Pantheon per le 18.", "18:00"),
    ("Je pars de la place Bellecour à 14h. Un musée. Il faut que je sois rentré pour 18h.", "18:00"),
])
def test_by_a_time_in_other_languages(text, deadline):
    assert _req(text).deadline == deadline


@pytest.mark.parametrize("text, start_place", [
    ("Entre las 10 y las 14 desde la Plaza Mayor: tantos museos como sea posible.", "Plaza Mayor"),
    ("Dalle 10 alle 14 da Piazza Navona: più chiese possibili.", "Piazza Navona"),
    ("De 10h à 14h depuis la place Bellecour : le plus de musées possible.", "place Bellecour"),
    ("Klockan 10-14 från Stortorget: så många kyrkor som möjligt.", "Stortorget"),
    ("Kello 10-14 Kauppatorilta: mahdollisimman monta museota.", "Kauppatori"),
    ("Van 10 tot 14 uur vanaf de Dam: zoveel mogelijk musea.", "Dam"),
    ("Isartor 10:00–13:00. bakery, church, museum.", "Isartor"),
])
def test_spans_of_the_day_in_every_language(text, start_place):
    req = _req(text)
    assert (req.start_place, req.start_time, req.deadline) == (start_place, "10:00", req.deadline)
    assert req.deadline in ("13:00", "14:00") and len(req.tasks) >= 1


def test_british_half_five_and_ranges_that_are_no_times():
    assert _req("From Isartor at 10. A museum and a cafe. Back by half five.").deadline == "17:30"
    assert "3-4 people" in normalise("From Isartor at 10, 3-4 people, a museum", "en")


@pytest.mark.parametrize("text, order", [
    ("From Isartor at 10: a butcher and a florist, whichever first, and after both a coffee. Back by 1.",
     {(0, 2), (1, 2)}),
    ("From Isartor at 10: two bakeries and a bookshop in any order, and a park at the very end. Till 1pm.",
     {(0, 3), (1, 3), (2, 3)}),
    ("From Isartor at 10: a museum, then lunch, then the park. Back by 4.", {(0, 1), (1, 2)}),
])
def test_any_order_and_the_end_in_other_words(text, order):
    assert _order(_req(text)) == order


def test_a_kind_said_again_with_the_is_the_same_visit():
    with pytest.raises(InputError, match="circular"):
        _req("From Isartor at 6pm: a drink, dinner, then the opera. The drink must be after dinner and dinner "
             "after the opera.")
    req = _req("From Isartor at 6pm: a drink, then dinner. The drink should be quick.")
    assert _kinds(req) == ["bar", "restaurant"]


# ------------------------------------------------------------------ times said loosely
@pytest.mark.parametrize("text, start, deadline", [
    ("Wij beginnen om 9.30 uur bij de Dam. Eerst een bakker, daarna een museum. Om 12.15 uur klaar.", "09:30", "12:15"),
    ("Sono in piazza Navona alle 10. Un museo, poi una gelateria. Torno entro le 17 e 45.", "10:00", "17:45"),
    ("Estoy en la plaza Mayor a las 9 y 20. Una librería y luego comer. Vuelvo a las 13 y 30.", "09:20", "13:30"),
    ("Estou na praça do Comércio às 14 e 15. Um museu e depois um café. Volto às 17 e 40.", "14:15", "17:40"),
    ("Sendlinger Tor, 3ish. A bakery and a bookshop. Done by sixish.", "15:00", "18:00"),
    ("from Isartor at noonish: a museum and a bar. back by 4ish", "12:00", "16:00"),
])
def test_minutes_after_and_times_with_ish(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)
    assert len(req.tasks) == 2


@pytest.mark.parametrize("text, start, deadline", [
    ("At Odeonsplatz by 9. A bakery, then a museum. Back by 1.", "09:00", "13:00"),
    ("meeting my sister at Isartor around 6pm. dinner then a bar.", "18:00", None),
    ("Seeing a friend at Gärtnerplatz at 4. Ice cream first, then a bookshop. Home by 7.", "16:00", "19:00"),
])
def test_a_time_right_after_the_start_place_is_the_start(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text", [
    "Sono in piazza Navona alle 10. Un museo, poi il parco giochi. Torno entro le 13.",
    "Estamos en la plaza Mayor a las 10. Un museo y luego un parque infantil. Volvemos a las 13.",
    "Nous sommes place Bellecour à 10h. Un musée, puis une aire de jeux. Retour pour 13h.",
    "Estamos na praça do Comércio às 10h. Um museu e depois um parque infantil. Até às 13h.",
    "Som a la plaça Reial a les 10. Un museu i després un parc infantil. Fins a les 13.",
])
def test_playgrounds_in_every_language_are_no_parks(text):
    assert _kinds(_req(text)) == ["museum", "playground"]


# ------------------------------------------------------------------ where one will be, must be, goes back to
@pytest.mark.parametrize("text, end", [
    ("Salgo de la Puerta del Sol a las 10. Un museo y luego comer. Hay que estar en la plaza Mayor a las 14.",
     "plaza Mayor"),
    ("Saio do Rossio às 10h. Um museu e depois almoço. É preciso estar no Cais do Sodré às 14h.", "Cais do Sodré"),
    ("Je pars de la place Bellecour à 10h. Un musée puis déjeuner. Il faut être à la gare Part-Dieu à 14h.",
     "gare Part-Dieu"),
    ("Parto da piazza Navona alle 10. Un museo e poi pranzo. Bisogna essere a Termini per le 14.", "Termini"),
    ("Surto de la plaça Reial a les 10. Un museu i després dinar. Cal ser a la plaça de Catalunya a les 14.",
     "plaça de Catalunya"),
    ("Vi börjar vid Stortorget klockan 10. Museum och sedan lunch. Klockan 14 måste jag vara vid stationen.",
     "stationen"),
    ("Lähden Kauppatorilta kello 10. Ensin museo ja sitten lounas. Kello 14 täytyy olla Senaatintorilla.",
     "Senaatintori"),
    ("Je suis place Bellecour à 10h. Un musée puis déjeuner. Je dois être à la gare à 14h.", "gare"),
])
def test_impersonal_and_inverted_end_phrases_and_generic_end_places(text, end):
    req = _req(text)
    assert (req.end_place, req.deadline, _kinds(req)) == (end, "14:00", ["museum", "restaurant"])


@pytest.mark.parametrize("text, start", [
    ("Vou estar na praça do Comércio às 10h. Um museu e depois almoço.", "praça do Comércio"),
    ("Estaré en la plaza Mayor a las 10. Un museo y luego comer.", "plaza Mayor"),
    ("Je serai au Café de la Paix à 10h. Un musée puis déjeuner.", "Café de la Paix"),
    ("Sarò al Caffè Greco alle 10. Un museo e poi pranzo.", "Caffè Greco"),
    ("Partenza dalla stazione di Santa Maria Novella alle 10. Un museo e poi pranzo.",
     "stazione di Santa Maria Novella"),
    ("Salida de la plaza Mayor a las 10. Un museo y luego comer.", "plaza Mayor"),
    ("On part de la gare routière à 10h. Un musée puis déjeuner.", "gare routière"),
])
def test_future_tense_departures_and_names_that_begin_with_a_kind(text, start):
    req = _req(text)
    assert (req.start_place, req.start_time, _kinds(req)) == (start, "10:00", ["museum", "restaurant"])


@pytest.mark.parametrize("text", [
    "Je pars du Jardin des Plantes à 10h. Un musée puis déjeuner. Retour au Jardin des Plantes pour 14h.",
    "Salgo del Parque del Retiro a las 10. Un museo y luego comer. Vuelvo al Parque del Retiro a las 14.",
    "Saio do Jardim da Estrela às 10h. Um museu e depois almoço. Volto ao Jardim da Estrela às 14h.",
    "Parto dal Parco Sempione alle 10. Un museo e poi pranzo. Torno al Parco Sempione per le 14.",
])
def test_going_back_to_a_start_named_after_a_kind(text):
    req = _req(text)
    assert req.end_place in (None, req.start_place)
    assert (req.deadline, _kinds(req)) == ("14:00", ["museum", "restaurant"])


def test_back_to_the_station_one_started_from_is_no_end_place_of_its_own():
    req = _req("Começo na estação de Sintra às 10h. Um museu e almoço, e voltar à estação até às 14h.")
    assert req.end_place in (None, req.start_place) and req.deadline == "14:00"


# ------------------------------------------------------------------ places without a cue, "be there by", "before it"
@pytest.mark.parametrize("text, start, time", [
    ("quarter past ten, Marienplatz. a bakery and then a museum.", "Marienplatz", "10:15"),
    ("9am, Odeonsplatz. coffee then a museum", "Odeonsplatz", "09:00"),
    ("Saturday plan:\n- start: Isartor, 10am\n- a museum\n- lunch", "Isartor", "10:00"),
])
def test_a_start_place_named_after_a_time_or_a_start_label(text, start, time):
    req = _req(text)
    assert (req.start_place, req.start_time) == (start, time)


def test_the_place_one_heads_to_and_must_be_at_by_a_time_is_the_end():
    req = _req("From Karlsplatz at 2pm: a bookshop and a cafe, then walk over to Isartor, have to be there by 5.")
    assert (req.end_place, req.deadline, _kinds(req)) == ("Isartor", "17:00", ["bookshop", "cafe"])


@pytest.mark.parametrize("text, kinds, order", [
    ("At the Opéra Bastille at 8pm, a glass of wine before it. Starting from Place de la Bastille at 6pm.",
     ["theatre", "bar"], {(1, 0)}),
    ("From Isartor at 10: the museum, and lunch after it.", ["museum", "restaurant"], {(0, 1)}),
    ("From Isartor at 6pm: dinner, then a bar. Bar has to be after dinner.", ["restaurant", "bar"], {(0, 1)}),
])
def test_a_visit_ordered_against_it_or_named_again_without_article(text, kinds, order):
    req = _req(text)
    assert (_kinds(req), _order(req)) == (kinds, order)


@pytest.mark.parametrize("text, kind", [
    ("Parto da piazza Navona alle 8. Una panetteria per la colazione e poi un museo.", "bakery"),
    ("Salgo de la plaza Mayor a las 8. Una panadería para desayunar y luego un museo.", "bakery"),
    ("Saio do Rossio às 8h. Uma pastelaria para o pequeno-almoço e depois um museu.", "bakery"),
    ("Je pars de la place Bellecour à 8h. Une boulangerie pour le petit-déjeuner, puis un musée.", "bakery"),
    ("Ab 8 Uhr am Isartor. Eine Bäckerei zum Frühstück, dann ein Museum.", "bakery"),
    ("From Isartor at 8: a bakery for breakfast, then a museum.", "bakery"),
])
def test_a_place_for_a_meal_is_one_visit_in_every_language(text, kind):
    assert _kinds(_req(text)) == [kind, "museum"]


@pytest.mark.parametrize("text, minutes", [
    ("Sóc a la plaça Reial a les 10. Una farmàcia i una fleca. Tinc una hora.", 60),
    ("Sono in piazza Navona alle 10. Una farmacia e una panetteria. Ho un'ora.", 60),
    ("Sono in piazza Navona alle 10. Una farmacia e una panetteria. Ho mezz'ora.", 30),
])
def test_one_hour_said_in_catalan_and_italian(text, minutes):
    assert _req(text).time_limit_min == minutes


@pytest.mark.parametrize("text, kinds", [
    ("From Isartor at 9. A bakery, then a Bookshop... I mean, a bookshop nearby, and then lunch.",
     ["bakery", "bookshop", "restaurant"]),
    ("Parto da piazza Navona alle 9. Un forno, poi un Museo... cioè, un museo qualsiasi, e poi pranzo.",
     ["bakery", "museum", "restaurant"]),
    ("Salgo de la plaza Mayor a las 9. Una panadería, luego una Librería... o sea, una librería cualquiera.",
     ["bakery", "bookshop"]),
])
def test_a_kind_corrected_with_another_article_is_one_visit(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("phrase, tag", [
    ("outdoor gear shop", "shop=outdoor"), ("camping equipment store", "shop=outdoor"), ("ski gear shop", "shop=ski"),
])
def test_shops_named_by_goods_and_a_generic_word(phrase, tag):
    assert tagschema.lookup(phrase) == tag


@pytest.mark.parametrize("text, end", [
    ("From Odeonsplatz at 10: a museum, then lunch. Isartor by 3.", "Isartor"),
    ("From Odeonsplatz at 10: a museum, then lunch. End: Isartor, 3pm.", "Isartor"),
    ("Da piazza Navona alle 10: un museo, poi pranzo. Trastevere entro le 15.", "Trastevere"),
    ("Depuis la place Bellecour à 10h : un musée, puis déjeuner. À 15h à l'Hôtel de Ville.", "Hôtel de Ville"),
])
def test_end_places_said_without_a_verb(text, end):
    req = _req(text)
    assert (req.end_place, req.deadline, _kinds(req)) == (end, "15:00", ["museum", "restaurant"])


def test_home_by_a_time_is_no_end_place():
    req = _req("From Odeonsplatz at 10: a museum. Home by 3.")
    assert (req.end_place, req.deadline) == (None, "15:00")


@pytest.mark.parametrize("text, start, deadline", [
    ("From Isartor at 4: a bar then dinner till half 9", "16:00", "21:30"),
    ("Dès 16h30 à la place Bellecour. Un bar puis dîner. Retour vers 21h.", "16:30", "21:00"),
    ("Desde las cinco menos cuarto en la plaza Mayor. Un bar y luego cenar. Vuelvo sobre las nueve.", "16:45", "21:00"),
])
def test_more_ways_to_say_the_start_and_the_end(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)
    assert req.start_place in ("Isartor", "place Bellecour", "plaza Mayor")


@pytest.mark.parametrize("text", [
    "Depuis la place Bellecour à 17h : un bar, un dîner, puis le théâtre. Le bar doit être après le dîner et le dîner "
    "après le théâtre.",
    "Desde la plaza Mayor a las 17: un bar, una cena y luego el teatro. El bar tiene que ser después de la cena y la "
    "cena después del teatro.",
    "Da piazza Navona alle 17: un bar, la cena, poi il teatro. Il bar deve essere dopo la cena e la cena dopo il teatro.",
    "Do Rossio às 17h: um bar, o jantar e depois o teatro. O bar tem de ser depois do jantar e o jantar depois do teatro.",
])
def test_a_kind_said_again_with_a_definite_article_of_any_language_is_the_same_visit(text):
    with pytest.raises(InputError, match="circular"):
        _req(text)


def test_a_kind_said_again_keeps_one_visit_when_the_order_is_consistent():
    req = _req("Depuis la place Bellecour à 10h : un musée, puis le déjeuner. Le musée doit être avant le déjeuner.")
    assert (_kinds(req), _order(req)) == (["museum", "restaurant"], {(0, 1)})


@pytest.mark.parametrize("text, start, time", [
    ("Llegamos a la estación de Atocha a las nueve y media. Primero un café y luego el museo.", "estación de Atocha",
     "09:30"),
    ("Chegamos à estação do Rossio às 10 e meia. Um café, depois um museu.", "estação do Rossio", "10:30"),
    ("Arriviamo alla stazione Termini alle 9 e un quarto. Prima un caffè, poi un museo.", "stazione Termini", "09:15"),
    ("Arribem a l'estació de Sants a les 10. Primer un cafè i després un museu.", "estació de Sants", "10:00"),
    ("Vi kommer till Centralstationen kvart över nio. Först kaffe, sedan ett museum.", "Centralstationen", "09:15"),
    ("We komen om kwart over negen aan op het Centraal Station. Eerst koffie, dan een museum.", "Centraal Station",
     "09:15"),
    ("Nous arrivons à la gare de Lyon à 9h. D'abord un café, ensuite un musée.", "gare de Lyon", "09:00"),
])
def test_arriving_somewhere_in_every_language_is_the_start(text, start, time):
    req = _req(text)
    assert (req.start_place, req.start_time, _kinds(req)) == (start, time, ["cafe", "museum"])


def test_back_at_the_quay_one_landed_at():
    req = _req("we land at Circular Quay around 11!! a museum, then lunch, need to be back at the quay by 3")
    assert (req.end_place in (None, "Circular Quay"), _kinds(req)) == (True, ["museum", "restaurant"])


@pytest.mark.parametrize("text, minutes", [
    ("Vanaf de Dam om 10 uur. Een museum en een café. We hebben ongeveer twee uur.", 120),
    ("Je pars de la place Bellecour à 10h. Un musée et un café. J'ai environ 2h.", 120),
    ("Je pars de la place Bellecour à 10h. Un musée et un café. J'ai 2h30.", 150),
    ("Salgo de la plaza Mayor a las 10. Un museo y un café. Tenemos 3h.", 180),
    ("Vi börjar vid Stortorget kl 10. Ett museum och ett kafé. Vi har ungefär två timmar.", 120),
    ("From Isartor approx 10am, a museum and a cafe, approx 2 hours", 120),
])
def test_durations_said_roughly_or_written_with_h(text, minutes):
    req = _req(text)
    assert (req.start_time, req.deadline, req.time_limit_min) == ("10:00", None, minutes)
    assert _kinds(req) == ["museum", "cafe"]


def test_german_time_until_is_no_end_place():
    req = _req("Ich starte um 10 am Isartor. Ein Museum und ein Café. Zeit bis 13 Uhr.")
    assert (req.end_place, req.deadline) == (None, "13:00")


@pytest.mark.parametrize("text, kind", [
    ("Saio do Rossio às 10h. Quero ir a uma confeitaria.", "bakery"),
    ("Saio do Rossio às 10h. Quero ver um mirante.", "viewpoint"),
    ("Je pars de la place Bellecour à 10h. Je veux voir la cathédrale.", "church"),
    ("Je pars de la place Bellecour à 10h. Une salle de sport, c'est tout.", "leisure=fitness_centre"),
    ("Ich starte um 10 am Isartor. Ich will in den Dom.", "church"),
    ("Ich starte um 10 am Isartor. Ich brauche einen Geldautomaten.", "bank"),
    ("Salgo de la plaza Mayor a las 10. Necesito un cajero.", "bank"),
    ("Vi börjar vid Stortorget kl 10. Vi vill gå till ett badhus.", "leisure=swimming_pool"),
    ("Lähden Kauppatorilta kello 10. Haluan käydä kirkossa.", "church"),
    ("Lähden Kauppatorilta kello 10. Haluan käydä apteekissa.", "pharmacy"),
    ("Lähden Kauppatorilta kello 10. Haluan käydä kuntosalilla.", "leisure=fitness_centre"),
    ("Vanaf de Dam om 10 uur. Ik wil naar een kathedraal.", "church"),
    ("Surto de la plaça Reial a les 10. Vull anar a un caixer.", "bank"),
])
def test_kinds_of_place_the_word_tables_lacked(text, kind):
    assert _kinds(_req(text)) == [kind]


def test_a_name_before_dom_stays_a_name():
    assert _req("Ich starte um 10 am Kölner Dom. Ein Café.").start_place == "Kölner Dom"


@pytest.mark.parametrize("text, deadline", [
    ("Ik ben om 10 uur bij de Dam, een museum en dan lunch, om 2 uur terug.", "14:00"),
    ("Ich bin um 10 am Marienplatz. Ein Museum und dann Mittagessen, um 14 Uhr zurück.", "14:00"),
    ("From Isartor at 10: a museum, then lunch at 1pm. Back by 3pm.", "15:00"),
])
def test_a_return_said_after_its_time_makes_it_the_deadline(text, deadline):
    assert _req(text).deadline == deadline


def test_finnish_hours_from_now():
    assert _req("Lähden Kauppatorilta kello 14. Museo. Pitää olla takaisin 3 tunnin päästä.").time_limit_min == 180


@pytest.mark.parametrize("text", [
    "Salgo de la plaza Mayor a las 18. Un museo. Tengo que estar de vuelta a las 16.",
    "Saio do Rossio às 18h. Um museu. Tenho de estar de volta às 16h.",
    "Parto da piazza Navona alle 18. Un museo. Devo rientrare alle 16.",
    "Ich starte um 18 Uhr am Isartor. Ein Museum. Ich muss um 16 Uhr zurück sein.",
    "Vi börjar vid Stortorget kl 18. Ett museum. Vi måste vara tillbaka kl 16.",
    "Vanaf de Dam om 18 uur. Een museum. Om 16 uur moet ik terug zijn.",
    "Surto de la plaça Reial a les 18. Un museu. He de ser de tornada a les 16.",
    "Lähden Kauppatorilta kello 18. Museo. Kello 16 pitää olla takaisin.",
])
def test_an_end_before_the_start_is_refused_in_every_language(text):
    with pytest.raises(InputError, match="contradictory times"):
        _req(text)


# ------------------------------------------------------------------ chat style: names in lower case without a cue
@pytest.mark.parametrize("text, start", [
    ("lindenhof 10am, a bakery then a museum, done by 1", "lindenhof"),  # a name before a time opens the prompt
    ("today: brunnen square at 2pm, cafe and bookshop, 2 hours", "brunnen square"),  # after a label
    ("plan for sunday\n- saltmarket road 9am\n- bakery\n- a park\ndone by noon", "saltmarket road"),  # a list item
    ("cheguei em rua das flores às 10, quero um café e um museu, tenho 2 horas", "rua das flores"),
    ("siamo a piazza nuova verso le 11, vorremmo un gelato e poi un museo, fino alle 14", "piazza nuova"),
    ("dispo à partir de 15h au quai vert, je veux une librairie et une glace, j'ai 2h", "quai vert"),
    ("we're at 10 at the old mill square, coffee then a church, back by 12", "old mill square"),
    ("rdv place des tilleuls 10h, boulangerie puis pharmacie, fini avant midi", "place des tilleuls"),
    ("we zijn om half 4 bij de lindeplein, koffie en daarna een kerk. om 6 uur klaar", "lindeplein"),
    ("wir sind um 10 im stadtgarten park, danach ein spielplatz, 3 stunden zeit", "stadtgarten park"),
    ("at linden central station approx 4pm, need a pharmacy and a bakery, back in 2 hrs", "linden central station"),
])
def test_a_start_place_written_in_lower_case(text, start):
    assert _req(text).start_place == start


def test_an_end_place_written_in_lower_case():
    req = _req("from tallberg square at 9, a cafe then a museum, need to be at oak lane market by 12")
    assert (req.start_place, req.end_place, req.deadline) == ("tallberg square", "oak lane market", "12:00")


# ------------------------------------------------------------------ chat spellings in every language
@pytest.mark.parametrize("text, start, end, deadline, limit, kinds", [
    ("bin ab 10 am lindenplatz, erst ne apotheke dann n buchladen, hab ca 3 std",
     "lindenplatz", None, None, 180, ["pharmacy", "bookshop"]),
    ("jsuis à la place verte vers 11h, jveux une boulangerie et un musée, jdois rentrer pour 14h",
     "place verte", None, "14:00", None, ["bakery", "museum"]),
    ("oon asemalla klo 10, haluun museoon ja sit kahvilaan, takas klo 13", None, None, "13:00", None,
     ["museum", "cafe"]),
    ("vi e vid stortorget kl 9, vill ha frukost o sen ett museum, ska va vid slottet kl 12",
     "stortorget", "slottet", "12:00", None, ["cafe", "museum"]),
    ("to na praça nova às 10, quero ir a uma padaria e depois a uma igreja, tenho que tar em são lázaro às 13",
     "praça nova", "são lázaro", "13:00", None, ["bakery", "church"]),
])
def test_chat_spellings_are_written_out(text, start, end, deadline, limit, kinds):
    req = _req(text)
    if start:
        assert req.start_place == start
    assert (req.end_place if end else None, req.deadline, req.time_limit_min) == (end, deadline, limit)
    assert [t.category for t in req.tasks] == kinds


@pytest.mark.parametrize("text, order", [
    ("lindenhof at like 5, bar > dinner > cinema, back by 11", {(0, 1), (1, 2)}),
    ("from Rosenhof at 9: pharmacy + bakery, then coffee, back by 11", {(0, 2), (1, 2)}),
    ("at Rosenhof at 2pm, museum n then a cafe, 2 hrs tops", {(0, 1)}),
])
def test_chat_symbols_between_visits(text, order):
    assert _order(_req(text)) == order


# ------------------------------------------------------------------ words typed without accents, outings, mixed languages
@pytest.mark.parametrize("text, kinds, order", [
    ("estoy en la plaza mayor a las 10, quiero ver un museo y despues tomar un cafe, tengo 2 horas",
     ["museum", "cafe"], {(0, 1)}),
    ("vou estar na rua nova às 15h, quero umas lojas e depois jantar, até às 21h", ["shop", "restaurant"], {(0, 1)}),
    ("estoy en la plaza mayor a las 10, quiero ir de compras y luego comer, tengo 3 horas",
     ["shop", "restaurant"], {(0, 1)}),
    ("am Lindenplatz ab 19 uhr, erst essen gehen dann in ne bar, bis 23 uhr", ["restaurant", "bar"], {(0, 1)}),
    ("Sind ab 15 uhr am Lindenplatz, wollen in ein museum und vorher was trinken, bis 19 uhr",
     ["museum", "bar"], {(1, 0)}),
    ("to na praça nova às 10, quero ir no mercado e numa padaria, tenho 2 horas", ["market", "bakery"], set()),
])
def test_chat_kinds_and_order(text, kinds, order):
    req = _req(text)
    assert ([t.category for t in req.tasks], _order(req)) == (kinds, order)


def test_a_verb_that_opens_the_prompt_is_no_start_place():
    assert _req("Sind ab 15 uhr am Lindenplatz, wollen in ein museum, bis 19 uhr").start_place == "Lindenplatz"


@pytest.mark.parametrize("text, start, end, deadline, limit", [
    ("je suis à la place verte à 14h, une librairie et un café, faut que je rentre dans 2h",
     "place verte", None, None, 120),
    ("start am lindenplatz um 10, first a bakery, dann ein museum, back by 1", "lindenplatz", None, "13:00", None),
    ("partiamo da piazza nuova alle 9. chiesa e poi pranzo, dobbiamo essere ad arcobaleno entro le 13",
     "piazza nuova", "arcobaleno", "13:00", None),
    ("we'll be at Rosenhof at 5, a drink then dinner, we gotta be down at the old harbour pier by 10",
     "Rosenhof", "old harbour pier", "22:00", None),
])
def test_chat_times_and_end_places(text, start, end, deadline, limit):
    req = _req(text)
    end_place = None if req.end_place == req.start_place else req.end_place
    assert (req.start_place, end_place, req.deadline, req.time_limit_min) == (start, end, deadline, limit)


def test_a_time_already_done_before_the_start_is_refused_in_chat_german():
    with pytest.raises(InputError, match="contradictory times"):
        _req("treffen uns um 19 uhr am lindenplatz, essen und dann bar, müssen aber um 18 uhr schon fertig sein")


# ------------------------------------------------------------------ typos, arrivals, Finnish names in lower case
@pytest.mark.parametrize("text, kinds", [
    ("hey at linden station from 9, bakery then the park then a suppermarket, back by 12",
     ["bakery", "park", "supermarket"]),
    ("at Rosenhof at 2pm, a musuem and a galery, then a restaurnt, done by 7", ["museum", "gallery", "restaurant"]),
    ("landing at linden central station approx 4pm, need a pharmacy and a bakery, back in 2 hrs",
     ["pharmacy", "bakery"]),
])
def test_typos_and_arrivals_are_no_other_kinds(text, kinds):
    assert [t.category for t in _req(text).tasks] == kinds


def test_fuzzy_kinds_leave_names_and_short_words_alone():
    from nco.planner.offline.chat import fix_typos
    assert fix_typos("Parkes point musuem") == "Parkes point museum"


@pytest.mark.parametrize("text, start", [
    ("oon lindenplatzilla klo 10, ensin leipomoon sitten puistoon, aikaa kaks tuntia", "lindenplatz"),
    ("olen tervasaarilla klo 9, haluun kahville", "tervasaari"),
])
def test_finnish_lower_case_name_with_an_ending(text, start):
    assert _req(text).start_place == start


@pytest.mark.parametrize("text, kinds", [
    ("from Rosenhof at 3pm, a museum and then some cake at a bakery, back by 6", ["museum", "bakery"]),
    ("from Rosenhof at 3pm, a gallery, then a drink at a cafe, back by 6", ["gallery", "cafe"]),
])
def test_food_named_with_the_place_it_is_had_at_is_one_visit(text, kinds):
    assert [t.category for t in _req(text).tasks] == kinds


@pytest.mark.parametrize("text, deadline", [
    ("oon lindenplatzilla klo 9, haluun kahville, takas pitää olla puolen päivän aikaan", "12:00"),
    ("olen Lindenplatzilla klo 10, haluan museoon, takaisin pitää olla kello 13", "13:00"),
])
def test_finnish_back_by(text, deadline):
    assert _req(text).deadline == deadline


@pytest.mark.parametrize("text, kinds", [
    ("estoy en la plaza mayor a las 10, quiero ir a una farmaica y luego a una panaderia, tengo 2 horas",
     ["pharmacy", "bakery"]),
    ("bin um 10 am Lindenplatz, erst Apoteke dann Buchhandlug, bis 13 uhr", ["pharmacy", "bookshop"]),
    ("sono in piazza nuova alle 10, una farmacai e poi una chiesa, fino alle 13", ["pharmacy", "church"]),
    ("je suis à la place verte à 10h, une boulangrie puis une pharmacei, jusqu'à 13h", ["bakery", "pharmacy"]),
])
def test_typos_in_kind_words_of_every_language(text, kinds):
    assert [t.category for t in _req(text).tasks] == kinds


def test_typo_matching_keeps_whole_words_of_the_rules():
    assert [t.category for t in _req("Desde Plaza Roja a las 9: desayuno, luego un museo. Hasta las 12.").tasks] == \
        ["cafe", "museum"]
