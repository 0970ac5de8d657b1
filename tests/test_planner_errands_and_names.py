"""The planner reads names joined to other words, the city said in another language, kinds said the way people say
them and times that are no times: "X a kostel sv. Y" is two places; a place called by the first part of a dashed
name ("Caldea" of "Caldea-Inuu"); a second name that shares a word with the first is its own place; the city itself
in any language is no start; "three free hours" is a budget; two of a kind "in" a name are where they are, not at
a place of that name; a place others recommended "but" is no visit; an ordinal street is no clock time; a shop open
"24 hours" has no visit length.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_request


@pytest.mark.parametrize("city, text, kinds", [
    ("krems", "Vyrážíme v 9:00 od nádraží, chceme vidět Gozzoburg a kostel sv. Víta, pak oběd.",
     ["sight", "church", "restaurant"]),
    ("krems", "Start at the station at 9: the Gozzoburg and church of St. Vitus, then lunch.",
     ["sight", "church", "restaurant"]),
    ("andorra", "Sortim a les 16 de la plaça del Poble: primer Caldea i després sopar.",
     ["leisure=sauna", "restaurant"]),
    ("bayreuth_north", "Wir starten um 10 am Marktplatz und wollen zu Arena Outlet und Schiesser Outlet, dann Kaffee.",
     ["shop", "shop", "cafe"]),
    ("porto", "Saio da Trindade às 15h. Quero visitar dois alfarrabistas na Baixa e voltar às 18h.",
     ["bookshop", "bookshop"]),
    ("helsinki", "Lähden Rautatientorilta kello 12. Kaksi antikvariaattia ja sitten lounas.",
     ["bookshop", "bookshop", "restaurant"]),
    ("andorra", "Arribem a les 10 a Escaldes. Ens han recomanat Caldea, però preferim un parc i un cafè.",
     ["park", "cafe"]),
    ("monaco", "From Place d'Armes at 10: I'm not paying for the Oceanographic Museum, so two churches and a café.",
     ["church", "church", "cafe"]),
])
def test_names_said_with_other_words(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at the hotel at 8, a coffee place with a terrace, then the pharmacy.", ["cafe", "pharmacy"]),
    ("Pub crawl from 7pm, as many pubs as we can, food somewhere in between.", ["bar", "restaurant"]),
    ("Wir starten um 10 am Bahnhof. Zwei Galerien, danach Mittagessen. Shoppen will er heute nicht.",
     ["gallery", "gallery", "restaurant"]),
    ("Ein Museum will er nicht verpassen, dann Mittagessen. Start um 10 am Bahnhof.", ["museum", "restaurant"]),
    ("Lähden asemalta klo 9. Ensin museo, kahvit sen jälkeen.", ["museum", "cafe"]),
])
def test_kinds_said_as_people_say_them(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("city, text", [
    ("munich", "Domani ho quattro ore libere a Monaco di Baviera, dalle 10. Una chiesa e poi un gelato."),
    ("munich", "Tomorrow I have four free hours in München from 10: a church, then ice cream."),
    ("porto", "Dia de sol no Porto! Quero um museu e um gelado a partir das 10h."),
])
def test_the_city_itself_is_no_start(city, text):
    r = planner_request(text, city)
    assert r.start_place is None and r.start_time == "10:00"


@pytest.mark.parametrize("text, start, limit", [
    ("I have three free hours from 9: a museum and a café.", "09:00", 180),
    ("We have 2 spare hours at 14:00 for a park and a bakery.", "14:00", 120),
])
def test_free_hours_are_the_time_limit(text, start, limit):
    r = planner_request(text)
    assert (r.start_time, r.time_limit_min) == (start, limit)


def test_depart_demain_is_no_start_place():
    r = planner_request("Départ demain à 10h, un musée puis un café. Retour à 13h.")
    assert (r.start_place, r.start_time, r.deadline) == (None, "10:00", "13:00")


def test_an_ordinal_street_is_no_clock_time():
    r = planner_request("Salgo a las 10 de Union Square. Un café y una farmacia. Tengo que estar en 42nd Street a las "
                        "15:00.")
    assert (r.start_time, r.deadline, r.end_place) == ("10:00", "15:00", "42nd Street")


def test_a_shop_open_all_day_has_no_visit_length():
    r = planner_request("From the station at 9: a bakery, then the 24-hour pharmacy, back by 11.")
    assert [t.category for t in r.tasks] == ["bakery", "pharmacy"]
    assert all(t.duration_min <= 60 for t in r.tasks)


@pytest.mark.parametrize("text, kind", [
    ("Lähden asemalta klo 9. Ensin nostan rahaa automaatista, sitten lounas. Takaisin klo 11.", "bank"),
    ("Jeg går fra stationen kl. 9. Først veksle penge, så frokost. Tilbage kl. 11.", "amenity=bureau_de_change"),
    ("Ik vertrek om 9 uur van het station. Eerst naar de drogist, dan lunchen. Om 11 uur terug.", "shop=chemist"),
    ("Jeg går fra stasjonen kl. 9. Først en dyrebutikk, så lunsj. Tilbake kl. 11.", "shop=pet"),
    ("Wychodzę z dworca o 9. Najpierw sklep zoologiczny, potem obiad. Wracam o 11.", "shop=pet"),
    ("Ich starte um 9 am Bahnhof. Zuerst das Auto an einer Ladesäule laden, dann Mittagessen. Zurück um 11.",
     "amenity=charging_station"),
    ("Je pars de la gare à 9h. D'abord poster un colis, puis déjeuner. Retour à 11h.", "amenity=post_office"),
    ("Ik vertrek om 9 uur van het station. Eerst een fles wijn kopen, dan lunchen. Om 11 uur terug.", "shop=alcohol"),
    ("Vyrážím z nádraží v 9. Nejdřív koupit SIM kartu v obchodě s mobily, pak oběd. Zpátky v 11.",
     "shop=mobile_phone"),
    ("Wychodzę z dworca o 9. Najpierw oddać rower do naprawy, potem obiad. Wracam o 11.", "shop=bicycle"),
    ("Wychodze z dworca o 9. Najpierw wyplacic pieniadze, potem obiad. Wracam o 11.", "bank"),
])
def test_errands_said_by_what_is_done(text, kind):
    assert planner_kinds(text) == [kind, "restaurant"]


def test_a_kind_the_map_lacks_goes_to_its_trade():
    kinds = planner_kinds("Samstag ab 9 Uhr vom Gärtnerplatz: erst einen Schlüssel nachmachen lassen, dann Geld "
                          "wechseln. Um 12 zurück.", "munich")
    assert kinds == ["shop=locksmith", "bank"]


@pytest.mark.parametrize("text, durations", [
    ("Start at 9 from the station. A coffee, max 20 minutes, then the museum. Back by 1.", [20, 90]),
    ("Morgen ab 9:30 am Marienplatz. Erst die Kirche (mit Anstehen ca. 40 Minuten), dann Mittagessen. Um 17 Uhr am "
     "Stachus.", [40, 60]),
    ("Partimos às 9h da estação. Primeiro um pequeno-almoço numa pastelaria, 20 minutos chegam, depois um museu. "
     "Voltamos às 13h.", [20, 90]),
])
def test_a_length_said_after_a_visit_is_its_own(text, durations):
    r = planner_request(text)
    assert [t.duration_min for t in r.tasks] == durations and r.time_limit_min is None


def test_a_total_at_most_is_the_time_limit():
    r = planner_request("Start at 9 from the station: a museum and a coffee, max 45 minutes in total.")
    assert r.time_limit_min == 45


@pytest.mark.parametrize("text, deadline, pairs", [
    pytest.param("Partenza dalla stazione alle 14:30. Un gelato, poi il museo; alle 18 aperitivo in un bar e alle 20 "
                 "cena. Alle 22:30 dobbiamo essere di nuovo in stazione.", "22:30", {(2, 3)},
                 marks=pytest.mark.xfail(strict=True, reason="the learned reading of visits, trained again with the "
                                         "sets 88, 90 and 92, reads the bar of the aperitivo as said in passing "
                                         "(0.47)")),
    ("Ab 10 Uhr am Bahnhof. Um 11 ins Museum, um 13 Uhr Mittagessen und um 15 Uhr in den Park. Um 17 Uhr zurück.",
     "17:00", {(0, 1), (1, 2)}),
])
def test_a_visit_said_after_its_clock_time(text, deadline, pairs):
    r = planner_request(text)
    assert r.deadline == deadline
    assert {(d.before, d.after) for d in r.dependencies} >= pairs


@pytest.mark.parametrize("text, deadline", [
    ("Jag går från Mariatorget kl 11. Fika först, och vid tre vill jag sitta i en park och läsa. Kl 17 ska jag vara "
     "tillbaka vid Mariatorget.", "17:00"),
    ("Start at 10 from the station. At 12 a museum, then lunch. I must be back at the station by 4pm.", "16:00"),
])
def test_a_clock_time_before_the_one_said_as_the_end_is_no_deadline(text, deadline):
    assert planner_request(text).deadline == deadline


def test_a_length_in_brackets_is_never_the_time_one_has():
    r = planner_request("Ich hab von 8:30 bis 11 Zeit: zuerst ein Termin (dauert 10 Minuten), dann Drogerie und "
                        "Bäcker.")
    assert (r.start_time, r.deadline, r.time_limit_min) == ("08:30", "11:00", None)


@pytest.mark.parametrize("text, kinds", [
    ("Vi är tre barn och två vuxna och börjar vid stationen kl 13. Först ett kafé, sedan kyrkan. Hemma kl 16.",
     ["cafe", "church"]),
    ("Je pars de la gare à 9h : retirer des euros, puis un café. Retour à 11h.", ["bank", "cafe"]),
    ("Ab 17 Uhr vom Hotel: zuerst ein Haarschnitt, dann ein Restaurant. Um 20 Uhr zurück.",
     ["shop=hairdresser", "restaurant"]),
])
def test_words_that_look_like_kinds(text, kinds):
    assert planner_kinds(text) == kinds


def test_a_day_is_no_start_place():
    r = planner_request("sábado 15h, um museu e depois uma cerveja. tenho 2h30")
    assert (r.start_place, r.start_time, r.time_limit_min) == (None, "15:00", 150)


def test_a_name_after_a_kind_word_is_not_the_place_named_before():
    kinds = planner_kinds("Départ 8h30 de la place d'Armes : d'abord la boulangerie de la Condamine, ensuite la "
                          "pharmacie, et enfin le marché de la Condamine. Retour à 10h.", "monaco")
    assert kinds == ["bakery", "pharmacy", "market"]


def test_a_visit_said_in_a_part_of_the_day_is_ordered_by_it():
    r = planner_request("Ab 10 Uhr vom Bahnhof. Um 11 ins Museum, dann Mittagessen, und am Nachmittag Kaffee und "
                        "Kuchen. Um 17 Uhr zurück.")
    assert [t.category for t in r.tasks] == ["museum", "restaurant", "cafe"]
    assert (r.tasks[2].earliest, r.tasks[2].latest) == ("12:00", "17:59")
    assert {(d.before, d.after) for d in r.dependencies} == {(0, 1), (1, 2)}  # lunch is had before the afternoon


def test_the_part_of_the_day_of_the_whole_trip_is_no_visits():
    r = planner_request("This afternoon I have two hours from the station: a museum and a coffee.")
    assert all(t.earliest is None for t in r.tasks)
