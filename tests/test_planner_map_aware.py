"""The planner reads names with the map: the start is the first phrase the extract knows, a place
named without its kind becomes a visit when the extract knows it, in every language read.  The
sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import planner_kinds

from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city, named_visits

TODAY = dt.date(2025, 6, 12)


@pytest.fixture(scope="module")
def porto():
    return load_planner_city("porto")


@pytest.fixture(scope="module")
def helsinki():
    return load_planner_city("helsinki")


def test_the_map_knows_whole_names_not_first_names_or_kind_words(porto):
    known = knows(porto)
    assert known("Trindade") and known("Praça da Batalha")
    assert not known("Joana")       # a person: fuzzily close to a shop "Joanna" only
    assert not known("Hotel")       # a kind word, part of many names


def test_a_person_addressed_first_is_no_start_when_the_map_is_asked(porto):
    text = "Joana, amanhã encontramo-nos na Praça da Batalha ao meio-dia? Primeiro um café, depois uma livraria."
    assert parse_offline(text, today=TODAY).request.start_place == "Joana"  # the text alone cannot tell
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert req.start_place == "Praça da Batalha"
    assert req.start_time == "12:00"
    assert [t.category for t in req.tasks] == ["cafe", "bookshop"]


def test_a_longer_name_said_first_holds_the_start_the_map_knows_only_in_part(porto):
    text = ("Estou na estação da Trindade do Porto às 9h. Um museu e depois almoço. "
            "Regresso à estação da Trindade às 15h.")
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert req.start_time == "09:00"


@pytest.mark.parametrize("text", [
    "Huomenna klo 10 Rautatientorilta. Ensin Ateneum, sitten lounas.",
    "Morgen um 10 ab Rautatientori: zuerst Ateneum, dann Mittagessen.",
    "Tomorrow at 10 from Rautatientori: Ateneum first, then lunch.",
])
def test_a_museum_named_without_its_kind_is_a_visit_in_each_language(helsinki, text):
    pr = parse_offline(text, today=TODAY, known_place=knows(helsinki))
    req, notes = named_visits(helsinki, pr)
    assert [t.category for t in req.tasks] == ["museum", "restaurant"]
    assert req.tasks[0].name == "Ateneum"
    assert any("Ateneum" in n and "museum" in n for n in notes)


def test_a_word_that_is_only_part_of_a_name_is_no_visit(helsinki):
    pr = parse_offline("Huomenna klo 10 Rautatientorilta. Ensin Kiasma, sitten Esplanadi ja lounas.",
                       today=TODAY, known_place=knows(helsinki))
    req, _notes = named_visits(helsinki, pr)
    kinds = [t.category for t in req.tasks]
    assert kinds[0] == "museum" and kinds[-1] == "restaurant"
    assert all(t.name != "K-Market Esplanadi" for t in req.tasks)


def test_a_start_phrase_with_words_around_its_name_starts_at_the_name_the_map_knows(porto):
    text = "Domingo de manhã: saída da Cordoaria às 10, um museu, depois um jardim e almoço. Tenho até às duas."
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert req.start_place == "Cordoaria"
    assert [t.category for t in req.tasks] == ["museum", "park", "restaurant"]


def test_a_start_the_map_does_not_know_is_the_name_inside_it_the_map_knows():
    # "Schnupp i Bindlach" is no name the extract has; "Schnupp" is, and the town after it is not the start
    text = ("Vi bor på Schnupp i Bindlach. På lördag går vi från hotellet kl 10 och vill se "
            "Schloss Neudrossenfeld. Tillbaka på hotellet kl 14.")
    req = parse_offline(text, today=TODAY, known_place=knows(load_planner_city("bayreuth_north"))).request
    assert req.start_place == "Schnupp"
    assert (req.start_time, req.deadline) == ("10:00", "14:00")


@pytest.mark.parametrize("city, text, start", [
    ("paris", "Rendez-vous à 19h place de la République, on dîne chez Georges ou au Flunch, puis un square. "
              "Retour 22h.", "place de la République"),
    ("porto", "Meet at 10am Praça da Batalha, then a museum and lunch at Majestic. Back by 2.", "Praça da Batalha"),
])
def test_a_square_said_right_after_the_time_one_meets_is_the_start(city, text, start):
    req = parse_offline(text, today=TODAY, known_place=knows(load_planner_city(city))).request
    assert req.start_place == start


def test_the_words_of_a_start_name_the_map_knows_in_part_are_no_visit(porto):
    text = "we zijn om half 4 bij de bolhão markt, willen koffie en daarna een kerk zien. om 6 uur weer terug"
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert [t.category for t in req.tasks] == ["cafe", "church"]


def _kinds_read(city, text):
    """The kinds (and names) of the visits read from ``text``, with the map and without it."""
    pr = parse_offline(text, today=TODAY, known_place=knows(city))
    req = named_visits(city, pr)[0] if pr.named else pr.request
    alone = parse_offline(text, today=TODAY).request
    return [(t.tag or t.category, t.name) for t in req.tasks], [t.tag or t.category for t in alone.tasks]


@pytest.mark.parametrize("city, text, want, alone", [
    ("harrisburg", "Sunday from Paxtang at 11am: brunch at Colonial Park Diner, then a pharmacy. Home by 2pm.",
     [("restaurant", "Colonial Park Diner"), ("pharmacy", None)], ["cafe", "park", "pharmacy"]),
    ("harrisburg", "Friday 6pm from Paxtang: dinner at Olive Garden, then a movie. Back by 11.",
     [("restaurant", "Olive Garden"), ("cinema", None)], ["restaurant", "park", "cinema"]),
    ("andorra", "Demà a les 11 des de la Plaça Guillemó: la Casa de la Vall i després un cafè.",
     [("sight", "Casa de la Vall"), ("cafe", None)], ["natural=valley", "cafe"]),
])
def test_a_kind_word_inside_a_name_the_map_knows_is_not_a_visit_of_its_own(city, text, want, alone):
    got, text_only = _kinds_read(load_planner_city(city), text)
    assert got == want
    assert text_only == alone  # the text alone cannot tell the Diner's "Park" from a park


def test_a_street_the_map_knows_is_no_visit_to_its_kind_word():
    got, text_only = _kinds_read(load_planner_city("new_york"),
                                 "From Abingdon Square at 9am: coffee on Bank Street, then a bookshop. Done by noon.")
    assert got == [("cafe", None), ("bookshop", None)]
    assert text_only == ["cafe", "bank", "bookshop"]


def test_names_without_a_kind_word_become_visits_of_the_kind_the_map_gives():
    got, _ = _kinds_read(load_planner_city("paris"), "Samedi 11h depuis la place de la République : déjeuner au "
                         "marché des Enfants Rouges, puis l'atelier Brancusi.")
    assert got == [("market", "Marché des Enfants Rouges"), ("museum", "Atelier Brancusi (Brancusi's Studio)")]
    sydney = load_planner_city("sydney")
    pr = parse_offline("Saturday 7pm from Sydenham station: Pizza Madre, then Camelot Lounge. Home by 11.",
                       today=TODAY, known_place=knows(sydney))
    assert [(t.category, t.name) for t in pr.request.tasks] == [("restaurant", "Pizza Madre"), ("bar", "Camelot Lounge")]
    assert [(d.before, d.after) for d in pr.request.dependencies] == [(0, 1)]


def test_a_named_place_refused_the_city_itself_and_a_place_named_as_where_one_is_are_no_visits(porto):
    got, _ = _kinds_read(load_planner_city("new_york"),
                         "From Abingdon Square at 9am: the Stonewall Inn? no, skip that. Just coffee and a bookshop.")
    assert got == [("cafe", None), ("bookshop", None)]
    got, _ = _kinds_read(porto, "Porto, sábado. Saio da Trindade às 10h: uma livraria e depois almoço. Até às 14h.")
    assert got == [("bookshop", None), ("restaurant", None)]  # a landmark is named "Porto."
    got, _ = _kinds_read(porto, "Saio da Trindade às 10h, o hotel fica perto da Livraria Lello: um café e um museu.")
    assert [k for k, _ in got] == ["cafe", "museum"]


def test_a_place_the_map_knows_gives_a_visit_its_name_and_a_market_hosts_a_meal():
    got, _ = _kinds_read(load_planner_city("munich"),
                         "Ab Marienplatz um 10: Frauenkirche, dann Mittagessen im Hofbräuhaus, danach Deutsches Museum.")
    assert got == [("church", "Frauenkirche"), ("restaurant", "Hofbräuhaus (Hofbräuhaus am Platzl)"),
                   ("museum", "Deutsches Museum")]
    got, _ = _kinds_read(load_planner_city("helsinki"), "From Kamppi at 10am: lunch at the market, then a sauna.")
    assert [k for k, _ in got] == ["market", "leisure=sauna"]


@pytest.mark.parametrize("city, text, start, kinds", [
    ("sydney", "tillman park -> cafe -> bakery. from 4pm, 1h", "Tillman Park", ["cafe", "bakery"]),
    ("monaco", "dim 10h place du casino → musée, glacier. 3h max", "Place du Casino", ["museum", "ice_cream"]),
])
def test_the_place_before_the_first_arrow_of_a_note_is_the_start_when_the_map_knows_it(city, text, start, kinds):
    known = knows(load_planner_city(city))
    req = parse_offline(text, today=TODAY, known_place=known).request
    assert req.start_place == start
    assert [t.tag or t.category for t in req.tasks] == kinds
    assert parse_offline(text, today=TODAY).request.start_place != start  # the text alone cannot tell


def test_a_place_named_in_brackets_after_its_kind_is_that_visit():
    got, _ = _kinds_read(load_planner_city("harrisburg"),
                         "Ab 10 Uhr vom Paxtang: ein Supermarkt (Giant), dann eine Apotheke. Bis 13 Uhr.")
    assert got == [("supermarket", "Giant"), ("pharmacy", None)]


def test_finnish_names_with_case_endings_are_read_with_the_map(helsinki):
    text = ("Huomenna lähden klo 10 Hakaniemestä. Haluan ensin käydä Ateneumissa, sitten lounaalle. "
            "Takaisin klo 15.")
    req = parse_offline(text, today=TODAY, known_place=knows(helsinki)).request
    assert req.start_place == "Hakaniemi"
    assert [(t.category, t.name) for t in req.tasks] == [("museum", "Ateneum"), ("restaurant", None)]
    req = parse_offline("Lauantaina klo 12 Kiasman edestä: kahvila ja kirjasto. Aikaa kolme tuntia.",
                        today=TODAY, known_place=knows(helsinki)).request
    assert req.start_place == "Kiasma" and [t.category for t in req.tasks] == ["cafe", "library"]


def test_a_chain_named_in_a_list_is_a_visit_of_its_kind_and_a_word_opening_the_prompt_is_not():
    got, _ = _kinds_read(load_planner_city("bayreuth_north"),
                         "Neudrossenfeld, 9 Uhr: Apotheke, Edeka und dann zum Bäcker. Bis 11.")
    assert got == [("pharmacy", None), ("supermarket", "Edeka"), ("bakery", None)]
    got, _ = _kinds_read(load_planner_city("harrisburg"),
                         "Saturday from Paxtang at 9am: the bank, then a Starbucks stop. Back by noon.")
    assert got == [("bank", None), ("cafe", "Starbucks")]
    got, _ = _kinds_read(load_planner_city("munich"), "Pick up tickets at the theatre box office, then a museum. "
                                                      "Start at Odeonsplatz 10am, 3 hours.")
    assert [k for k, _ in got] == ["theatre", "museum"]


def test_names_written_in_lower_case_are_visits_when_a_place_carries_them_whole():
    sydney = load_planner_city("sydney")
    req = parse_offline("sat 7pm from sydenham station → pizza madre → camelot lounge. home by 11",
                        today=TODAY, known_place=knows(sydney)).request
    assert [(t.category, t.name) for t in req.tasks] == [("restaurant", "Pizza Madre"), ("bar", "Camelot Lounge")]
    got, _ = _kinds_read(load_planner_city("andorra"),
                         "Starting at Plaça del Poble at 9:30am. Breakfast, then a sports shop. Back by noon.")
    assert [k for k, _ in got] == ["cafe", "shop=sports"]  # a kind, whatever shop carries the words as its name


@pytest.mark.parametrize("city, text, want", [
    # the bike-share station "Palais princier" stands at the palace: the palace is meant
    ("monaco", "Demain à 9h depuis la place d'Armes : le Palais Princier, puis un glacier. Jusqu'à midi.",
     [("sight", "Palais Princier de Monaco (Prince's Palace of Monaco)"), ("ice_cream", None)]),
    ("monaco", "Tomorrow 9am from Place d'Armes: Palais Princier first, then an ice cream. Until noon.",
     [("sight", "Palais Princier de Monaco (Prince's Palace of Monaco)"), ("ice_cream", None)]),
])
def test_a_station_named_after_a_landmark_is_the_landmark(city, text, want):
    got, _ = _kinds_read(load_planner_city(city), text)
    assert got == want


def test_a_bike_station_said_by_the_name_of_its_kind_is_a_bike_rental():
    got, _ = _kinds_read(load_planner_city("new_york"),
                         "Tomorrow 9am from Abingdon Square: we rent Citi Bike bikes, then coffee. Back by noon.")
    assert got[0] == ("amenity=bicycle_rental", "citi bike")



def test_a_street_that_bike_share_stations_are_named_after_is_no_chain_of_bike_rentals():
    got, _ = _kinds_read(load_planner_city("paris"), "Saturday 10am from Place de la République: coffee, "
                                                     "then a stroll to Oberkampf and a museum. Until 2pm.")
    assert [k for k, _ in got] == ["cafe", "museum"]


@pytest.mark.parametrize("city, text, want", [
    # "TAG Heuer" begins with an acronym, "Oma's Köstlichkeiten" with a possessive: neither is the word said
    ("munich", "Samstag ab 10 Uhr am Odeonsplatz. Ich soll den Tag planen: ein Museum und danach ein Café.",
     ["museum", "cafe"]),
    ("munich", "Morgen ab 10 Uhr vom Marienplatz: erst ein Museum, dann Kaffee und Kuchen bei der Oma. Bis 15 Uhr.",
     ["museum", "cafe"]),
    # a shop's first word said of a thing ("a Moomin book") is no visit to the shop
    ("helsinki", "From Kamppi at 10am: a bookshop to find a Moomin book, then lunch. Back by 2pm.",
     ["bookshop", "restaurant"]),
])
def test_an_everyday_word_that_begins_a_shops_name_is_no_visit_to_it(city, text, want):
    assert planner_kinds(text, city) == want


def test_a_name_with_an_ampersand_the_map_holds_whole_is_one_visit():
    got, _ = _kinds_read(load_planner_city("harrisburg"),
                         "From Paxtang at 4pm: a Wine & Spirits for drinks, then Giant for buns. Back by 6pm.")
    assert got == [("shop=alcohol", "Wine & Spirits"), ("supermarket", "Giant")]
    got, _ = _kinds_read(load_planner_city("baltimore"), "From Fells Point at 1pm: Barnes & Noble, then ice cream.")
    assert got == [("bookshop", "Barnes & Noble"), ("ice_cream", None)]


def test_a_shop_the_map_names_without_its_trade_is_a_shop():
    assert planner_kinds("Samedi 14h depuis la station Rambuteau : un tour chez Paul & Joe, puis un supermarché. "
                         "Jusqu'à 17h.", "paris") == ["shop", "supermarket"]


def test_a_word_that_begins_a_streets_name_is_a_place_name_not_a_chain():
    # Penbrook Avenue and Penbrook Park: "in Penbrook" says where one is, no park to visit
    assert planner_kinds("Visiting family in Penbrook. Tomorrow from Penbrook Park at 1pm: a library, then a "
                         "coffee. Back by 5pm.", "harrisburg") == ["library", "cafe"]


@pytest.fixture(scope="module")
def munich():
    return load_planner_city("munich")


def test_names_the_map_holds_whole_are_found_in_the_text(porto):
    text = "Saímos do Campo 24 de Agosto às 10h para uma farmácia."
    spans = knows(porto).names_in(text)
    assert [text[a:b] for a, b in spans] == ["Campo 24 de Agosto"]
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert (req.start_place, req.start_time) == ("Campo 24 de Agosto", "10:00")  # the 24 is no clock time


@pytest.mark.parametrize("city, text, end", [
    ("helsinki", "Lähden Rautatientorilta klo 10: kirjakauppa ja kahvila. Klo 13 pitää olla Kauppatori.", "Kauppatori"),
    ("munich", "Um 10 Uhr am Odeonsplatz los: Apotheke und Bäckerei. Um 13 Uhr treffen wir uns am Sendlinger Tor.",
     "Sendlinger Tor"),
])
def test_a_place_the_map_knows_said_with_the_deadline_is_the_end(helsinki, munich, city, text, end):
    city = {"helsinki": helsinki, "munich": munich}[city]
    req = parse_offline(text, today=TODAY, known_place=knows(city)).request
    assert (req.end_place, req.deadline) == (end, "13:00")
    assert [t.category for t in req.tasks] == (["bookshop", "cafe"] if end == "Kauppatori" else ["pharmacy", "bakery"])


def test_the_town_one_left_said_again_with_the_deadline_is_no_other_end():
    city = load_planner_city("bayreuth_north")
    text = "Ab 10 Uhr vom Bahnhof Bindlach: Bäckerei und Apotheke. Um 12 Uhr wieder in Bindlach."
    req = parse_offline(text, today=TODAY, known_place=knows(city)).request
    assert (req.start_place, req.end_place, req.deadline) == ("Bahnhof Bindlach", None, "12:00")
