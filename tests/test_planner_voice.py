"""The offline parser on requests typed short or dictated: a time budget written as a list item ("1h30",
"2 h") or as hours "free" in each language read.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline

TODAY = dt.date(2025, 6, 12)


def _req(text: str):
    return parse_offline(text, today=TODAY).request


def _kinds(req) -> list[str]:
    return [t.tag or t.category for t in req.tasks]


@pytest.mark.parametrize("text, limit", [
    ("Musée puis boulangerie, 1h30, depuis la place Bellecour", 90),
    ("Mercado e depois farmácia, 2h, a partir da Rua Augusta", 120),
    ("Museo, luego librería, 3 h, desde la Plaza Mayor", 180),
    ("Kahvila, sitten apteekki, 1 h, lähtö Kauppatorilta", 60),
    ("Biblioteca poi farmacia, 2h15, da Piazza Verdi", 135),
])
def test_a_few_hours_alone_in_a_list_are_the_time_one_has(text, limit):
    req = _req(text)
    assert (req.start_time, req.time_limit_min, req.deadline) == (None, limit, None)


@pytest.mark.parametrize("text, start", [
    ("Départ place Bellecour, 10h, musée puis café", "10:00"),
    ("Start: Plaza Mayor, 16h30, un museo y un café", "16:30"),
])
def test_an_hour_of_the_day_alone_in_a_list_stays_a_clock_time(text, start):
    req = _req(text)
    assert (req.start_time, req.time_limit_min) == (start, None)


@pytest.mark.parametrize("text, limit", [
    ("Tres horas libres desde la Plaza Mayor a partir de las 10: un museo y luego un café.", 180),
    ("Zwei Stunden frei ab 14 Uhr am Odeonsplatz: ein Museum und ein Café.", 120),
    ("Tenho duas horas livres a partir das 15h no Largo do Carmo: um museu e um café.", 120),
    ("Tinc dues hores lliures des de la Plaça Reial a les 10: un museu i un cafè.", 120),
    ("Ho tre ore libere dalle 10 da Piazza Verdi: un museo e un caffè.", 180),
])
def test_hours_free_in_each_language_are_the_time_limit(text, limit):
    assert _req(text).time_limit_min == limit


@pytest.mark.parametrize("text, start, deadline", [
    # the quarters of the hour to come (German "viertel", Catalan "quarts")
    ("ich bin um viertel neun am karlsplatz und will in ein museum und um halb zwölf zurück sein", "08:15", "11:30"),
    ("surto de la plaça major a un quart de deu vull un museu i tornar abans de les dotze", "09:15", "12:00"),
    ("surto de la plaça major a dos quarts de nou vull un museu i un cafè fins a les onze", "08:30", "11:00"),
    ("surto de la plaça major a tres quarts de deu vull un museu i un cafè fins a les onze", "09:45", "11:00"),
    # noon and midnight with the minutes of an hour
    ("je pars de la place Bellecour à 9h pour un musée et un café, retour pour midi et quart", "09:00", "12:15"),
    ("saio da praça da sé às 9h quero um museu e um café tenho que estar de volta ao meio-dia e meia", "09:00", "12:30"),
    ("salgo de la plaza mayor a las 9 quiero un museo y un café y vuelvo antes del mediodía y media", "09:00", "12:30"),
    ("parto da piazza verdi alle 9 voglio un museo e un caffè torno per mezzogiorno e mezzo", "09:00", "12:30"),
    # Finnish hours with the ending of "until"
    ("lähden kauppatorilta kello yhdeksän haluan museoon ja kahvilaan olen vapaa kahteentoista asti", "09:00", "12:00"),
    ("lähden kauppatorilta kello yhdeksän haluan museoon ja kahvilaan kolmeen mennessä", "09:00", "15:00"),
])
def test_clock_times_said_in_words(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text, end, deadline", [
    ("ok so I'm at union square at nine I want a museum then a bakery at noon I need to be at the ferry building",
     "ferry building", "12:00"),
    ("ich bin um neun am sendlinger tor will ins museum und in eine bäckerei um zwölf muss ich am stachus sein",
     "stachus", "12:00"),
    ("We beginnen om negen uur bij het Centraal Station. Eerst een museum, dan een bakker, en om twaalf uur "
     "willen we bij de Westerkerk zijn.", "Westerkerk", "12:00"),
])
def test_a_time_said_before_where_one_must_be_is_the_deadline(text, end, deadline):
    req = _req(text)
    assert (req.end_place, req.deadline) == (end, deadline)


@pytest.mark.parametrize("text, start, deadline", [
    ("Got the afternoon free, 1 till 5. Start at Union Square: a museum and a cafe.", "13:00", "17:00"),
    ("We're available 9 to 12, from Union Square: a bakery and a park.", "09:00", "12:00"),
])
def test_two_bare_hours_after_free_are_the_span_of_the_trip(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_a_count_between_two_numbers_is_no_span():
    req = _req("From Union Square at 10, I'd like to see 2 to 3 museums.")
    assert (req.start_time, req.deadline) == ("10:00", None)


@pytest.mark.parametrize("text, start, end", [
    ("tô saindo da praça da sé às nove quero um museu e um café tenho que tá no parque da cidade meio-dia",
     "praça da sé", "parque da cidade"),
    ("ich komm um neun am bahnhof süd an will ein museum und ein café um zwölf muss ich am alten markt sein",
     "bahnhof süd", "alten markt"),
    ("je pars de la place carnot à 9h un musée et un café il faut que je sois boulevard gambetta à midi",
     "place carnot", "boulevard gambetta"),
    ("surto de la plaça major a les 9 vull un museu he de ser a l'estació nacional d'autobusos a les 12",
     "plaça major", "estació nacional d'autobusos"),
])
def test_place_names_said_in_lower_case_are_kept_whole(text, start, end):
    req = _req(text)
    assert (req.start_place, req.end_place) == (start, end)
    assert _kinds(req) == ["museum", "cafe"][:len(req.tasks)] and req.tasks


def test_a_name_with_an_abbreviation_is_not_read_as_a_visit():
    req = _req("We beginnen om tien uur bij de Stiftskirche St. Peter. Eerst een bakker, daarna een museum.")
    assert (req.start_place, _kinds(req)) == ("Stiftskirche St Peter", ["bakery", "museum"])


@pytest.mark.parametrize("text, kinds", [
    # drinks in the plural, renting bikes, children a visit is for
    ("Salgo de la Plaza Mayor a las 6, quiero ver un museo y tomar unas copas.", ["museum", "bar"]),
    ("Je pars de la place Carnot à 18h pour un musée et prendre des verres.", ["museum", "bar"]),
    ("Je pars de la place Carnot à 10h, louer des vélos puis un café.", ["amenity=bicycle_rental", "cafe"]),
    ("Salgo de la Plaza Mayor a las 10, alquilar bicis y luego un café.", ["amenity=bicycle_rental", "cafe"]),
    ("Ab 10 Uhr vom Odeonsplatz: Fahrräder leihen, dann ein Café.", ["amenity=bicycle_rental", "cafe"]),
    ("We beginnen om 10 uur bij de Dam, eerst fietsen huren, dan een café.", ["amenity=bicycle_rental", "cafe"]),
    ("From Union Square at 10: rent bikes, then a cafe.", ["amenity=bicycle_rental", "cafe"]),
    ("Station Vélib puis un café, 1h, depuis la place Carnot", ["amenity=bicycle_rental", "cafe"]),
    ("Départ place Carnot à 15h : une aire de jeux pour les enfants et un café.", ["playground", "cafe"]),
    ("From Union Square at 3pm: a playground for the children and a cafe.", ["playground", "cafe"]),
    # kinds the word rules lacked
    ("Ab 13 Uhr am Domplatz: ein Museum, danach ein Würstelstand.", ["museum", "fast_food"]),
    ("Ab 10 Uhr am Domplatz: eine Kirche und mittags irgendwo einkehren.", ["church", "restaurant"]),
    ("Ab 10 Uhr am Domplatz: erst im Café einkehren, dann eine Kirche.", ["cafe", "church"]),
    ("Bäckerei, dann Post, 30 Min, ab Domplatz", ["bakery", "amenity=post_office"]),
    ("shop then bakery, 1h, from Union Square", ["shop", "bakery"]),
    ("From Union Square at 10: a shop and a bakery.", ["shop", "bakery"]),
    ("From Union Square at 6pm: dinner, then a movie theater.", ["restaurant", "cinema"]),
    ("Lähden Kauppatorilta klo 18 ja haluan käydä elokuvissa ja ravintolassa.", ["cinema", "restaurant"]),
    ("Jag börjar vid Slussen kl 10. Bageriet först, sedan ett museum.", ["bakery", "museum"]),
])
def test_kinds_said_in_each_language(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Je pars de la place Carnot à 10h et je veux faire un maximum de musées, puis un café.", ["museum", "cafe"]),
    ("Saio da Praça da Sé às 10h e quero passar no máximo de igrejas possível, depois um café.", ["church", "cafe"]),
    ("Començo a la Plaça Reial a les 10. Vull veure tantes esglésies com pugui i després un cafè.", ["church", "cafe"]),
    ("Salgo de la Plaza Mayor a las 10, quiero ver tantos museos como pueda y luego un café.", ["museum", "cafe"]),
    ("Jag börjar vid Slussen kl 10. Så många barer som möjligt, sedan en restaurang.", ["bar", "restaurant"]),
])
def test_as_many_as_one_can_in_each_language(text, kinds):
    req = _req(text)
    assert _kinds(req) == kinds and [t.maximize for t in req.tasks] == [True, False]


@pytest.mark.parametrize("text", [
    "Començo a la Plaça Reial a les 10. Vull un museu, una església i acabar amb un sopar.",
    "Salgo de la Plaza Mayor a las 10, quiero un museo y una iglesia y terminar con una cena.",
    "Saio da Praça da Sé às 10h, quero um museu e uma igreja e acabar com um jantar.",
    "Je pars de la place Carnot à 10h, un musée et une église, et finir par un dîner.",
    "Parto da Piazza Verdi alle 10, un museo e una chiesa, e finire con una cena.",
    "Jag börjar vid Slussen kl 10, ett museum och en kyrka, och avsluta med middag.",
    "We beginnen om 10 uur bij de Dam, een museum en een kerk, en eindigen met een diner.",
    "Salgo de la Plaza Mayor a las 10, quiero un museo y una iglesia, y cenar al final.",
    "Saio da Praça da Sé às 10h, quero um museu e uma igreja, e jantar no final.",
    "Parto da Piazza Verdi alle 10, un museo e una chiesa, e cenare alla fine.",
])
def test_ending_with_a_visit_puts_it_last(text):
    req = _req(text)
    assert _kinds(req) == ["museum", "church", "restaurant"]
    assert {(d.before, d.after) for d in req.dependencies} == {(0, 2), (1, 2)}


def test_before_a_meal_with_an_adjective_orders_the_visits():
    req = _req("From Union Square at 2pm, as many parks as I can before a late lunch.")
    assert _kinds(req) == ["park", "restaurant"] and [(d.before, d.after) for d in req.dependencies] == [(0, 1)]


@pytest.mark.parametrize("text, start", [
    ("Lähtöpaikka Kauppatori klo 10, museo ja kahvila.", "Kauppatori"),
    ("Punto de partida Plaza Mayor a las 10, un museo y un café.", "Plaza Mayor"),
    ("Ausgangspunkt Marienplatz um 10 Uhr, ein Museum und ein Café.", "Marienplatz"),
    ("Vertrekpunt Dam om 10 uur, een museum en een café.", "Dam"),
    ("Jag har två timmar från kl 14, börjar vid Sankt Göran. Så många kaféer som möjligt.", "Sankt Göran"),
    ("Wir haben Zeit von 13 bis 17 Uhr, Start Hohe Straße. Ein Museum und ein Café.", "Hohe Straße"),
])
def test_a_starting_point_named_without_a_preposition(text, start):
    assert _req(text).start_place == start


def test_a_circular_order_said_in_finnish_is_refused():
    with pytest.raises(InputError, match="circular"):
        _req("Lähtöpaikka Kauppatori klo 10. Museo ennen kahvilaa, kahvila ennen kirkkoa ja kirkko ennen museota.")


@pytest.mark.parametrize("text, end, deadline", [
    ("Saio da Praça da Sé às 10h, quero um museu e um café e acabar no Jardim da Estrela até às 18h.",
     "Jardim da Estrela", "18:00"),
    ("Surto de la Plaça Reial a les 10, vull un museu i un cafè, i acabar a Montjuïc abans de les 18 h.",
     "Montjuïc", "18:00"),
    ("Départ place Carnot à 10h, un musée puis un café. Fin au Jardin des Plantes à 13h.", "Jardin des Plantes", "13:00"),
    ("Salgo de la Plaza Mayor a las 10, un museo y un café. Llegada a Atocha antes de las 14.", "Atocha", "14:00"),
    ("Von Freising nach Erding: Start 9 Uhr, ein Museum und ein Café. Ankunft in Erding spätestens 13 Uhr.",
     "Erding", "13:00"),
    ("Jag börjar vid Slussen kl 10, ett museum och ett kafé, och sluta vid Odenplan senast 15.", "Odenplan", "15:00"),
    ("Lähden Kauppatorilta klo 10 ja haluan museoon ja kahvilaan. Päivä päättyy Kiasmaan klo 15.", "Kiasma", "15:00"),
    ("Lähden Kauppatorilta klo 10 ja haluan museoon ja kahvilaan, lopetan Ateneumiin klo 15.", "Ateneum", "15:00"),
    ("From Union Square at 10, a museum then a cafe, and wrap up at Madison Square by 3pm.", "Madison Square", "15:00"),
    ("Start am Odeonsplatz um 10: ein Museum, ein Café. Bis halb eins wollen wir am Stachus sein.", "Stachus", "12:30"),
])
def test_ending_at_a_place_in_each_language(text, end, deadline):
    req = _req(text)
    assert (req.end_place, req.deadline) == (end, deadline)


@pytest.mark.parametrize("text, start, start_time", [
    ("Je pars d'Ordino à 9h, un musée puis un café.", "Ordino", "09:00"),
    ("Got three hours, starting 9:30 on Mill Road: a bakery, then a museum.", "Mill Road", "09:30"),
])
def test_start_places_after_an_elision_or_a_time(text, start, start_time):
    req = _req(text)
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, kinds, start_time", [
    ("Je pars de la place Carnot à 10h et je vais à une boulangerie puis à une église.", ["bakery", "church"], "10:00"),
    ("Jag börjar vid Slussen kl 10 och vill gå till ett galleri och en bokhandel.", ["gallery", "bookshop"], "10:00"),
])
def test_the_article_one_before_a_noun_is_no_clock_time(text, kinds, start_time):
    req = _req(text)
    assert (_kinds(req), req.start_time, req.deadline) == (kinds, start_time, None)


@pytest.mark.parametrize("text, start", [
    ("Estamos en Sevilla, salimos de la Plaza Nueva a las diez. Un museo y un café.", "Plaza Nueva"),
    ("Siamo a Firenze e partiamo da Piazza della Signoria alle 10. Un museo e un caffè.", "Piazza della Signoria"),
    ("Wir sind in Wien und starten um 10 Uhr am Stephansplatz. Ein Museum und ein Café.", "Stephansplatz"),
    ("We're in Lisbon, leaving from Rossio at 10: a museum and a cafe.", "Rossio"),
])
def test_the_city_one_is_in_gives_way_to_the_place_one_leaves_from(text, start):
    assert _req(text).start_place == start


def test_being_at_a_place_is_the_start_when_no_other_is_left_from():
    assert _req("I'm at Union Square at 10, from there a museum and a cafe.").start_place == "Union Square"
