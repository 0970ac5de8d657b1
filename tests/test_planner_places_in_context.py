"""The planner reads where and when a trip starts and ends from the way a sentence says it: the end said with
its time before its place, the destination named so, where one stays, leaves from, gets off or is picked up,
notes that open with a time and a place, times taken back, trains back.  The sentences are written for these
tests; none is taken from a prompt set."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.planner.parse import parse_offline

from conftest import planner_request as _request

TODAY = dt.date(2025, 6, 12)


@pytest.mark.parametrize("text, city, end, deadline", [
    ("On part de la place Léon Blum à 15h. Un musée puis une boulangerie. Fin à 18h place de la République.",
     "paris", "place de la République", "18:00"),
    ("Start 9 Uhr am Schloss Neudrossenfeld, dann in die Kirche. Ende um 15 Uhr in Harsdorf am Bahnhof.",
     "bayreuth_north", "Harsdorf", "15:00"),
    ("Empezamos a las 10 en la Avinguda Meritxell. Una farmacia y un museo. Final a las 14:00 en la Plaça Rebés.",
     "andorra", "Plaça Rebés", "14:00"),
    ("Vi börjar vid Mariatorget kl 10. Ett museum och en bokhandel. Slut kl 13 vid Stockholms södra.",
     "stockholm", "Stockholms södra", "13:00"),
    ("Começo na Praça da Batalha às 9h. Uma igreja e um museu. Fim às 12h na Ribeira.", "porto", "Ribeira", "12:00"),
])
def test_the_end_said_with_its_time_before_its_place(text, city, end, deadline):
    req = _request(text, city)
    assert (req.end_place, req.deadline) == (end, deadline)


@pytest.mark.parametrize("text, city, end", [
    ("Start um 9 Uhr am Bahnhof Ramsenthal. Erst eine Kirche, dann ein Museum. Ziel ist der Bahnhof Bindlach, "
     "spätestens 15 Uhr.", "bayreuth_north", "Bahnhof Bindlach"),
    ("Começo na Praça da Batalha às 9h. Uma igreja e um museu. Destino: a Ribeira, às 12h.", "porto", "Ribeira"),
])
def test_the_destination_named_so_is_the_end(text, city, end):
    assert _request(text, city).end_place == end


def test_a_goal_that_is_no_place_is_no_end():
    req = _request("Mein Ziel ist es, viele Kirchen zu sehen. Start um 9 Uhr am Bahnhof Ramsenthal.", "bayreuth_north")
    assert req.end_place is None


@pytest.mark.parametrize("text, city, start", [
    ("Wir wohnen nahe Place Pasdeloup. Morgen um neun ein Museum, dann eine Bäckerei. Bis halb eins.", "paris",
     "Place Pasdeloup"),
    ("Nous logeons près de la place Pasdeloup. Demain à 9h, un musée puis une boulangerie.", "paris",
     "place Pasdeloup"),
    ("Moro perto do Tillman Park. Amanhã às 15h quero tomar um café e ir a uma farmácia.", "sydney", "Tillman Park"),
    ("Aparcamos cerca de la Plaça Rebés y empezamos a las 10. Una farmacia y un museo.", "andorra", "Plaça Rebés"),
])
def test_where_one_stays_near_is_the_start(text, city, start):
    assert _request(text, city).start_place == start


def test_where_one_leaves_from_is_the_start_over_where_one_stays():
    text = ("Wir wohnen nahe Place Pasdeloup. Morgen starten wir um 9 Uhr von der Place de la République: "
            "ein Museum, dann eine Bäckerei.")
    assert _request(text, "paris").start_place == "Place de la République"


@pytest.mark.parametrize("text", [
    "Siamo in un albergo vicino a Place de la République. Alle 9:30 un museo, poi un caffè. Torniamo in albergo "
    "entro mezzogiorno.",
    "Aparcamos cerca de la Plaça Rebés y empezamos a las 10. Una farmacia y un museo. A las 14h volvemos al auto.",
])
def test_back_to_where_one_stays_is_back_at_the_start_whatever_letter_it_opens_with(text):
    req = _request(text, "paris" if "République" in text else "andorra")
    assert req.end_place == req.start_place


@pytest.mark.parametrize("text, start", [
    ("Mañana saldremos de la Plaza Mayor a las 10: un museo y un café.", "Plaza Mayor"),
    ("Partiremos do Largo do Carmo às 9h15: uma igreja e depois um café.", "Largo do Carmo"),
    ("Sal de la Plaza Mayor a las 11 y compra pan en una panadería.", "Plaza Mayor"),
    ("Demain je partirai de la place Carnot à 9h : une boulangerie puis une église.", "place Carnot"),
])
def test_leaving_said_in_the_future_or_as_an_imperative_names_the_start(text, start):
    assert parse_offline(text, today=TODAY).request.start_place == start


@pytest.mark.parametrize("text, start", [
    ("Samstag\n9.30 Marienplatz\n– Apotheke\n– ein Café\n– Buchhandlung\nzurück um 12", "Marienplatz"),
    ("domingo 📝\n- 10h Praça Nova\n- farmácia\n- um café\n- acabar às 13h", "Praça Nova"),
])
def test_a_note_that_opens_with_a_time_and_a_place_starts_there(text, start):
    assert parse_offline(text, today=TODAY).request.start_place == start


@pytest.mark.parametrize("text, start_time", [
    ("Saio da Praça Nova às nove, não, às dez. Uma farmácia e um café. Volto às 12h.", "10:00"),
    ("Start Marienplatz um 9, äh nein, halb zehn. Eine Apotheke und ein Café. Fertig um 12.", "09:30"),
])
def test_a_time_taken_back_in_words_or_after_a_filler_gives_way_to_the_next(text, start_time):
    assert parse_offline(text, today=TODAY).request.start_time == start_time


@pytest.mark.parametrize("text, deadline", [
    ("Leaving Penbrook Park at 10: the bank and a bakery. My wife wants me back by 1 so we can go out.", "13:00"),
    ("From Union Square at 9: a bakery and a pharmacy, back by 11 because of a call.", "11:00"),
])
def test_an_hour_alone_before_a_reason_is_a_clock_time(text, deadline):
    assert parse_offline(text, today=TODAY).request.deadline == deadline


def test_a_bus_back_home_leaving_from_the_start_ends_the_trip_there():
    req = parse_offline("I'm at Union Square at 10am and my bus back to Boston leaves from the same place at 3:30. "
                        "In between a museum and lunch somewhere.", today=TODAY).request
    assert (req.start_time, req.deadline, req.end_place in (None, req.start_place)) == ("10:00", "15:30", True)
    assert [t.category for t in req.tasks] == ["museum", "restaurant"]  # "the same place" is no tea shop ("thé")


@pytest.mark.parametrize("text, end", [
    ("On part de la place Carnot à 14h : une boulangerie et un musée. Je dois être à Latour-Maubourg à 17h.",
     "Latour-Maubourg"),
    ("Départ de la place Carnot à 9h, une pharmacie. Il faut être au Louvre à midi.", "Louvre"),
])
def test_a_name_that_begins_like_an_article_keeps_its_letters(text, end):
    assert parse_offline(text, today=TODAY).request.end_place == end


@pytest.mark.parametrize("text, start, start_time", [
    ("Départ 9h de la place Carnot, euh non, 9h30. Une boulangerie puis un musée.", "place Carnot", "09:30"),
    ("Start 10 Uhr am Marktplatz – nein, 10:30. Eine Apotheke und ein Café.", "Marktplatz", "10:30"),
])
def test_a_time_taken_back_after_the_place_gives_way_to_the_next(text, start, start_time):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, city, start, end", [
    ("Parto da Washington Square alle 10. Una farmacia e un caffè. Alle 13 devo essere alla fermata 14th Street.",
     "new_york", "Washington Square", "14th Street"),
    ("Saio da estação da Trindade às 10h. Uma farmácia e um café. Fim às 13h nos Aliados.",
     "porto", "Trindade", "Aliados"),
])
def test_a_stop_noun_in_lower_case_before_a_name_is_no_part_of_it(text, city, start, end):
    req = _request(text, city)
    assert (req.start_place, req.end_place) == (start, end)


@pytest.mark.parametrize("text, start, start_time", [
    ("Du kliver av vid Slussen ca 10. Ett apotek och ett kafé. Klar kl 13.", "Slussen", "10:00"),
    ("Vi går av på Odenplan ca 14. Först ett bageri, sedan en bokhandel.", "Odenplan", "14:00"),
])
def test_getting_off_somewhere_at_about_an_hour_starts_there(text, start, start_time):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, end", [
    ("Start um 10 Uhr am Odeonsplatz. Ein Museum und ein Café. Um 17 Uhr holt uns der Fahrdienst am Max-Joseph-Platz ab.",
     "Max-Joseph-Platz"),
    ("Beginn Odeonsplatz um 13 Uhr. Ein Café und eine Kirche. Abholung am Marienplatz um 16 Uhr.", "Marienplatz"),
    ("Start at Odeonsplatz at 10. A museum and a cafe. I'll pick her up at Marienplatz at 2pm.", "Marienplatz"),
    ("Salgo de Odeonsplatz a las 10. Un museo y un café. Te recojo en Marienplatz a las 14.", "Marienplatz"),
    ("Vi börjar vid Odeonsplatz kl 10. Ett museum och ett kafé. Jag hämtar dig vid Marienplatz kl 14.", "Marienplatz"),
])
def test_being_picked_up_somewhere_ends_the_trip_there(text, end):
    req = _request(text, "munich")
    assert (req.start_place, req.end_place) == ("Odeonsplatz", end)


@pytest.mark.parametrize("text, start, end", [
    ("Vi börjar vid Odeonsplatz kl 10. Ett museum. Vi ses på Marienplatz kl 13.", "Odeonsplatz", "Marienplatz"),
    ("Salimos de Odeonsplatz a las 10. Una panadería y un museo. Nos vemos en Marienplatz a las 13.", "Odeonsplatz",
     "Marienplatz"),
    ("Tu pars de Odeonsplatz à 10h. Passe à la boulangerie. On se retrouve à Marienplatz à midi et demi.", "Odeonsplatz",
     "Marienplatz"),
    ("Wir starten um 10 am Odeonsplatz. Ein Museum. Wir sehen uns am Marienplatz um 13 Uhr.", "Odeonsplatz",
     "Marienplatz"),
    ("Nos vemos en Marienplatz a la una. Comemos y vamos al museo.", "Marienplatz", None),
])
def test_seeing_each_other_somewhere_after_the_start_ends_the_trip_there(text, start, end):
    req = _request(text, "munich")
    assert (req.start_place, req.end_place) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("Today we are leaving The Jane at 10. Washington Square Park first, then a bookshop.", "The Jane"),
    ("Quiet morning. Leaving The Sequoia hotel at 9, two hours: Washington Square Park, then a bookshop.",
     "The Sequoia"),
])
def test_a_capitalised_the_before_a_name_the_map_knows_only_with_it_is_part_of_the_name(text, start):
    assert _request(text, "new_york").start_place == start


@pytest.mark.parametrize("text", [
    "Sonniger Vormittag in Neudrossenfeld ab 10:15 am Schloss: erst ein Café, dann die Kirche. 2 Stunden.",
    "Neudrossenfeld, 10 Uhr ab Schloss. Bäcker, Kirche. 2 Std.",
    "We logeren in Neudrossenfeld. Morgen om 10:00 vanaf het Schloss: eerst de bakker, daarna de kerk.",
])
def test_a_word_the_map_knows_only_with_the_town_named_is_that_place(text):
    assert _request(text, "bayreuth_north").start_place == "Schloss Neudrossenfeld"


@pytest.mark.parametrize("text, start, start_time", [
    ("heast, bin um 5 beim Donau Park. will ins Kino, aber davor no a Pizza.", "Donau Park", "17:00"),
    ("servus bin um 4 beim Riverside Park, will ins Kino und davor an Döner.", "Riverside Park", "16:00"),
])
def test_a_spoken_german_note_with_an_english_looking_name_is_read_as_german(text, start, start_time):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, start, start_time, deadline", [
    ("Day trip to the old town, the train gets in at 9:40. A museum and a bookshop. Train back at 4:15pm.",
     None, "09:40", "16:15"),
    ("Wir kommen um 9:45 mit dem Zug in Harsdorf an. Eine Bäckerei und die Kirche. Zug zurück um 14:00.",
     "Harsdorf", "09:45", "14:00"),
    ("Wir kommen mit dem Zug in Harsdorf an, 9:45. Eine Apotheke und die Kirche. Zug zurück um 14:00.",
     "Harsdorf", "09:45", "14:00"),
])
def test_arriving_by_train_starts_the_trip_and_the_train_back_ends_it(text, start, start_time, deadline):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.start_time, req.deadline) == (start, start_time, deadline)


@pytest.mark.parametrize("text, start_time", [
    ("Morning jog with the dog. Washington Square Park at 6:30. A coffee and a bakery. One hour.", "06:30"),
    ("Morning loop with the kids, Tompkins Square at 7. A bakery, then a playground. One hour.", "07:00"),
    ("Sunday morning errands: from the Marktplatz at 7, a bakery and a pharmacy. Two hours.", "07:00"),
])
def test_an_early_hour_of_an_outing_said_to_be_in_the_morning_is_in_the_morning(text, start_time):
    assert parse_offline(text, today=TODAY).request.start_time == start_time


@pytest.mark.parametrize("text, start, start_time", [
    ("Nach der Nachtschicht steige ich um 6:45 in Harsdorf aus dem Zug. Ein Bäcker und ein Supermarkt.", "Harsdorf",
     "06:45"),
    ("Morgen steigen wir um 10:15 in Bindlach aus. Eine Apotheke und ein Café. Bis 13 Uhr.", "Bindlach", "10:15"),
])
def test_getting_off_somewhere_said_with_the_german_separable_verb_starts_there(text, start, start_time):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, start_time, deadline", [
    ("Ich steige um 7:15 am Marktplatz aus dem Zug. Ein Kaffee und ein Supermarkt. Keine Bars bitte, es ist "
     "Viertel nach sieben. Maximal eine Stunde.", "07:15", None),
    ("On part de la place Carnot à 8h. Une boulangerie et une pharmacie. Pas de bar, il est seulement 8h du matin ! "
     "Une heure maximum.", "08:00", None),
    ("Empezamos en la Plaza Mayor a las 8. Una panadería y una farmacia. Nada de bares, que son las ocho de la "
     "mañana. Una hora como máximo.", "08:00", None),
    ("I'm at the station at 7:30. A coffee and a supermarket. No pubs please, it's only 7:30 in the morning. "
     "One hour max.", "07:30", None),
    ("It's 2pm now and I'm at the station. A museum and a café, back by 5.", "14:00", "17:00"),
])
def test_the_time_of_day_said_as_the_present_is_no_deadline_and_no_visit_time(text, start_time, deadline):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_time, req.deadline) == (start_time, deadline)
    assert all(t.earliest is None and t.latest is None for t in req.tasks)


@pytest.mark.parametrize("text, start_time, deadline, limit", [
    ("I live two minutes from the market square. Start there at 10, a bakery and a pharmacy, back by 12.",
     "10:00", "12:00", None),
    ("We're staying 5 minutes from the cathedral. From 10am: a bakery, a museum, lunch. Back by 2pm.",
     "10:00", "14:00", None),
    ("Our hotel is a 10 minute walk from the station. From 10am: a bakery and a museum. 3 hours.", "10:00", None, 180),
    ("Vivimos a 10 minutos de la estación. Salimos a las 10: una panadería y un museo. Tres horas.",
     "10:00", None, 180),
    ("Moramos a 5 minutos da estação. Saímos às 10: uma padaria e um museu. Duas horas.", "10:00", None, 120),
    ("We've got two hours from the town hall at 3pm. A bookshop and a café.", "15:00", None, 120),
])
def test_how_far_a_place_is_is_no_duration(text, start_time, deadline, limit):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_time, req.deadline, req.time_limit_min) == (start_time, deadline, limit)


@pytest.mark.parametrize("text, start, start_time", [
    ("Wir kommen um 11 Uhr aus dem Stadtmuseum. Eine Apotheke und ein Bäcker. Um halb eins zurück.", "Stadtmuseum",
     "11:00"),
    ("Ich komme um 15 Uhr aus der Berufsschule Mitte. Eine Bank und eine Bibliothek. Um 17 Uhr zurück.",
     "Berufsschule Mitte", "15:00"),
])
def test_coming_out_of_a_place_at_a_time_said_in_german_starts_there(text, start, start_time):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, start", [
    ("Nach der Schule um 13 Uhr am Schillergymnasium los. Eine Buchhandlung und ein Bäcker. Um 15 Uhr zurück am "
     "Gymnasium.", "Schillergymnasium"),
    ("Wir kommen um 9 Uhr aus dem Kreisklinikum. Ein Supermarkt und ein Café. Um 11 zurück beim Klinikum.",
     "Kreisklinikum"),
])
def test_the_end_said_by_the_head_of_the_start_s_compound_name_is_the_start(text, start):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_place, req.end_place) == (start, start)


@pytest.mark.parametrize("text, city, start, end, deadline", [
    ("Starting at Marienplatz at 10am. A museum and a bakery. Meet me at Odeonsplatz by 1pm.", "munich",
     "Marienplatz", "Odeonsplatz", "13:00"),
    ("I'm at the Viktualienmarkt at 9am. I want a bookshop and a cafe. Meeting my sister at Gärtnerplatz at noon.",
     "munich", "Viktualienmarkt", "Gärtnerplatz", "12:00"),
    ("Start um 10 Uhr am Marienplatz. Erst ein Museum, dann ein Café. Treffen uns um 14 Uhr am Sendlinger Tor.",
     "munich", "Marienplatz", "Sendlinger Tor", "14:00"),
    ("Saio da Praça da Batalha às 10h. Uma igreja e uma padaria. A gente se encontra na Ribeira às 13h.", "porto",
     "Praça da Batalha", "Ribeira", "13:00"),
    ("Je pars de la place de la République à 9h. Une boulangerie et un musée. Rendez-vous à 12h au Centre Pompidou.",
     "paris", "place de la République", "Centre Pompidou", "12:00"),
    ("Lähde Kauppatorilta kello 10: kahvila ja kirjakauppa. Nähdään Hakaniemen torilla kahdelta.", "helsinki",
     "Kauppatori", "Hakaniemen tori", "14:00"),
])
def test_meeting_someone_after_the_start_is_named_is_where_the_trip_ends(text, city, start, end, deadline):
    req = _request(text, city)
    assert (req.start_place, req.end_place, req.deadline) == (start, end, deadline)


def test_a_name_closed_by_a_quotation_mark_ends_there():
    req = _request("„Start um 10 Uhr am Marienplatz, dann ein Museum. Treffen uns um 13 Uhr am Odeonsplatz.“", "munich")
    assert req.end_place == "Odeonsplatz"


@pytest.mark.parametrize("text, city, end, deadline", [
    ("Start at Marienplatz at 10am: a bookshop, then a cafe. By 1pm at Odeonsplatz.", "munich", "Odeonsplatz", "13:00"),
    ("Wir starten um 9 Uhr am Sendlinger Tor. Ein Museum und eine Apotheke, spätestens um 12 Uhr am Odeonsplatz.",
     "munich", "Odeonsplatz", "12:00"),
    ("Je pars du Square Jules Ferry à 14h, un musée puis une librairie, avant 17h, place Pasdeloup.", "paris",
     "place Pasdeloup", "17:00"),
])
def test_a_deadline_that_opens_a_clause_then_a_place_names_the_end(text, city, end, deadline):
    req = _request(text, city)
    assert (req.end_place, req.deadline) == (end, deadline)


def test_a_visit_with_its_time_and_name_is_no_end():
    req = _request("Start at Marienplatz at 10am. Lunch by 1pm at Café Luitpold, then a museum.", "munich")
    assert req.end_place is None


@pytest.mark.parametrize("text, city, end, deadline", [
    ("On part du Square Jules Ferry à 14h. Une librairie et un café. Il faut être Place Pasdeloup à 17h.", "paris",
     "Place Pasdeloup", "17:00"),
    ("Saio da Ribeira às 9h. Uma padaria e uma farmácia. Às 11h quero estar na Praça da Batalha.", "porto",
     "Praça da Batalha", "11:00"),
    ("Surto de la Plaça Rebés a les 10. Una farmàcia i un forn de pa. He d'arribar a la Casa de la Vall a les 13h.",
     "andorra", "Casa de la Vall", "13:00"),
])
def test_having_or_wanting_to_be_at_a_place_names_the_end(text, city, end, deadline):
    req = _request(text, city)
    assert (req.end_place, req.deadline) == (end, deadline)


def test_hours_said_in_total_in_swedish_are_the_time_limit():
    req = _request("Lördag kl 11 vid Mariatorget – ett museum – ett kafé – en bokhandel 2 timmar totalt", "stockholm")
    assert req.time_limit_min == 120


def test_a_name_after_an_elided_article_keeps_its_kind_word():
    req = _request("Je pars de l'Église Saint-Eustache à 10h, puis un musée et une librairie.", "paris")
    assert (req.start_place, [t.category for t in req.tasks]) == ("Église Saint-Eustache", ["museum", "bookshop"])


def test_leaving_from_a_place_said_in_dutch_after_the_time_starts_there():
    req = _request("We vertrekken om 13 uur van het station. Eerst een bakker, dan een boekwinkel.", "krems")
    assert (req.start_place, req.start_time) == ("the station", "13:00")


def test_where_one_wants_to_end_said_in_dutch_with_the_verb_last_is_the_end():
    req = _request("We vertrekken om 10 uur vanaf de Hoher Markt. Eerst een bakker, dan een museum. We willen om 13.00 "
                   "bij de Gozzoburg eindigen.", "krems")
    assert (req.end_place, req.deadline, [t.category for t in req.tasks]) == ("Gozzoburg", "13:00", ["bakery", "museum"])


def test_a_verb_that_holds_an_a_and_hr_is_no_hour():
    req = _request("Ich fahr um 10 Uhr vom Bahnhof Krems los, zur Apotheke und in eine Bäckerei. Um 12 Uhr bin ich "
                   "wieder am Bahnhof.", "krems")
    assert (req.deadline, req.time_limit_min) == ("12:00", None)


def test_an_hour_with_a_remark_in_brackets_after_it_is_a_time():
    req = _request("Starting at the Hoher Markt at 9 (early, I know). A bakery and a bookshop, done by 11.", "krems")
    assert (req.start_time, req.deadline) == ("09:00", "11:00")


def test_a_time_before_having_to_be_somewhere_said_without_its_subject_is_the_end():
    req = _request("Treffpunkt Mariatorget um 10 Uhr: erst in ein Café, dann in die Kirche, und um 13 Uhr müssen wir "
                   "am Stockholms södra sein.", "stockholm")
    assert (req.end_place, req.deadline) == ("Stockholms södra", "13:00")


@pytest.mark.parametrize("text, city, end, deadline", [
    ("Starting at Odeonsplatz at 2pm. A museum, then end up at a beer garden near the Chinesischer Turm around 7.",
     "munich", "Chinesischer Turm", "19:00"),
    ("From Hoher Markt at 3pm, a bookshop and a bakery, and ending up at a cafe in Stein by 6.", "krems", "Stein",
     "18:00"),
])
def test_ending_up_at_a_kind_of_place_in_a_named_one_ends_there(text, city, end, deadline):
    req = _request(text, city)
    assert (req.end_place, req.deadline, req.tasks[-1].category in ("bar", "cafe")) == (end, deadline, True)


def test_being_back_for_a_meal_at_a_time_ends_the_trip_then():
    req = _request("Jag går från Mariatorget klockan tio, en bokhandel och ett apotek. Tillbaka vid torget till middag, "
                   "kl 18.", "stockholm")
    assert (req.start_time, req.deadline) == ("10:00", "18:00")



@pytest.mark.parametrize("text, city, end, deadline, kinds", [
    ("Concert at the Red Rattler at 9pm. Before that, from Wicks Park at 6pm: a bakery, then a bar.", "sydney",
     "Red Rattler", "21:00", ["bakery", "bar"]),
    ("Tenho consulta às 17h na Praça da Batalha. Antes disso, uma farmácia e uma livraria, saio da Trindade às 15h.",
     "porto", "Praça da Batalha", "17:00", ["pharmacy", "bookshop"]),
    ("Vi börjar vid Mariatorget kl 14 och vill hinna ett apotek och ett bageri innan konserten på Medborgarplatsen kl 18.",
     "stockholm", "Medborgarplatsen", "18:00", ["pharmacy", "bakery"]),
])
def test_an_appointment_the_visits_come_before_is_the_end(text, city, end, deadline, kinds):
    req = _request(text, city)
    assert (req.end_place, req.deadline) == (end, deadline)
    assert [t.category for t in req.tasks] == kinds  # the concert hall and the clinic are no visits


@pytest.mark.parametrize("text, start, kinds", [
    ("Dimanche, départ du square Beaumarchais à 10h : une boulangerie puis un musée, retour pour midi.",
     "square Beaumarchais", ["bakery", "museum"]),
    ("Samedi on part du square Jules Ferry vers 15h, une librairie et un café, je rentre pour 18h.",
     "square Jules Ferry", ["bookshop", "cafe"]),
])
def test_a_french_square_said_in_lower_case_before_its_name_is_the_start(text, start, kinds):
    req = _request(text, "paris")
    assert (req.start_place, [t.tag or t.category for t in req.tasks]) == (start, kinds)


def test_a_street_written_with_st_after_its_name_is_read_whole():
    assert _request("Starting at Christopher St at 9am: a bakery and a bookshop, back by noon.",
                    "new_york").start_place == "Christopher St"


@pytest.mark.parametrize("text, start, kinds", [
    ("Getting off at Christopher St at 10am. A coffee, then a quick stop at Duane Reade, and lunch. Done by 1pm.",
     "Christopher St", ["cafe", "pharmacy", "restaurant"]),
    ("I'm in Greenwich Village at 2pm. Want a bookshop, then socks at Duane Reade and a coffee. Back by 5.",
     "Greenwich Village", ["bookshop", "pharmacy", "cafe"]),
])
def test_a_shop_said_after_at_is_a_visit_when_a_start_cue_names_another_place(text, start, kinds):
    req = _request(text, "new_york")
    assert (req.start_place, [t.tag or t.category for t in req.tasks]) == (start, kinds)


@pytest.mark.parametrize("text, city, start", [
    ("Je sors de la place Léon Blum à 15h, une boulangerie puis un café, retour pour 18h.", "paris", "place Léon Blum"),
    ("Demain je sors du Port Hercule à 10h : une pharmacie et un musée, je rentre pour midi.", "monaco", "Port Hercule"),
    ("Demain une librairie et du pain. Je sors du bureau à 18h, place Léon Blum, retour pour 20h.", "paris",
     "place Léon Blum"),
])
def test_coming_out_of_a_place_said_in_french_is_the_start(text, city, start):
    assert _request(text, city).start_place == start


def test_a_kind_of_place_then_the_name_of_the_one_meant_starts_at_the_name():
    req = _request("We start from the garden of Place des Vosges at 2pm, a bookshop and a cafe, back by 5pm.", "paris")
    assert (req.start_place, [t.category for t in req.tasks]) == ("Place des Vosges", ["bookshop", "cafe"])


def test_the_station_of_the_town_is_the_station_not_the_town():
    assert _request("Arriviamo alla stazione di Monaco alle 11, un museo e un gelato, ritorno alle 15.",
                    "monaco").start_place == "stazione di Monaco"


def test_off_work_at_a_time_said_in_german_names_the_start():
    req = _request("Feierabend um 17 Uhr beim Bahnhof. Zuerst zur Apotheke, dann ein Bier im Schloss Neudrossenfeld. "
                   "Um 21 Uhr daheim.", "bayreuth_north")
    assert (req.start_place, req.start_time) == ("Bahnhof", "17:00")


def test_a_thing_said_with_the_shop_it_comes_from_gives_way_to_where_one_leaves():
    req = _request("Saturday jobs: a birthday cake from Marrickville Metro, a book and a swim. Leaving Tillman Park at "
                   "2pm, home by 4.", "sydney")
    assert (req.start_place, req.start_time) == ("Tillman Park", "14:00")


def test_a_walk_from_a_place_still_starts_there():
    assert _request("A walk from Tillman Park at 10am to a cafe and a bakery, back by noon.",
                    "sydney").start_place == "Tillman Park"


def test_a_verb_after_a_name_written_before_a_time_is_no_part_of_it():
    req = _request("Die Messe im Bayerischen Hof ist um 14 Uhr aus, dann ein Café und eine Buchhandlung, zwei Stunden.",
                   "munich")
    assert (req.start_place, req.start_time) == ("Bayerischer Hof", "14:00")  # the name as the map knows it


def test_a_town_written_in_lower_case_after_the_time_one_is_free_from_is_the_start():
    req = _request("heute ab 14 uhr in harsdorf: apotheke, dann ein bier, um 17 uhr am Schloss Neudrossenfeld.",
                   "bayreuth_north")
    assert (req.start_place, req.start_time) == ("harsdorf", "14:00")
