"""The planner reads prompts said aloud to a phone and sent as the transcript: no commas, a correction said in
the same breath ("in ein Theater nein Quatsch in ein Kino"), a name that runs into the next words ("at the
Hotel Rival I'm heading out"), times in words with "about" ("umas nove e meia"), the evening said once
("heute Abend ... um acht"), the way from one place to another ("from X to Y").  The sentences are written
for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_request as _request

from nco.planner.offline.clock import word_times
from nco.planner.offline.lang import normalise
from nco.planner.offline.text import drop_corrections
from nco.planner.offline.times import find_times


def _end(req):
    return req.end_place if req.end_place != req.start_place else None


def test_a_named_place_in_a_list_of_errands_is_a_visit_not_the_start():
    text = "Je dois passer à la pharmacie et au Marché de la Condamine avant midi. Je pars à 9h."
    req = _request(text, "monaco")
    assert (req.start_place, req.start_time, req.deadline) == (None, "09:00", "12:00")
    assert planner_kinds(text, "monaco") == ["pharmacy", "market"]


@pytest.mark.parametrize("text, lang, said", [
    ("j'ai une pause de 1h30 à partir de 12h", "fr", "90 minutes"),
    ("ich habe eine Pause von 2h ab 12 Uhr", "de", "120 minutes"),
    ("une pause de 45 minutes", "fr", "of 45 minutes"),
])
def test_the_length_of_a_break_is_a_duration_not_a_clock_time(text, lang, said):
    assert said in normalise(text, lang)


def test_a_range_after_a_noun_stays_a_range():
    assert "09:00" in normalise("un créneau de 9h à 11h", "fr")


def test_a_break_of_hours_starting_at_a_time_is_the_time_one_has():
    req = _request("J'ai une pause de 1h30 à partir de 12h. Je pars de Marienplatz, un café et une pharmacie.",
                   "munich")
    assert (req.start_place, req.start_time, req.time_limit_min) == ("Marienplatz", "12:00", 90)


def test_a_name_typed_without_its_article_is_given_the_map_s_capitals():
    text = "tomorrow i start at washington square park at 10, then the high line, back by 2"
    assert planner_kinds(text, "new_york") == ["park"]


@pytest.mark.parametrize("city, text, start", [
    ("stockholm", "Hi we are at the Hotel Rival I'm heading out at 10 to a bakery and a park and back by noon",
     "Rival"),  # the map's name of the hotel
    ("baltimore", "So I'll be at the Admiral Fell Inn Sunday leaving at ten for a museum and back by two",
     "Admiral Fell Inn"),
    ("porto", "Starting at the Dom Luis I bridge at 4pm, a viewpoint and then dinner, back by 10pm",
     "Dom Luis I bridge"),  # the Roman numeral stays in the name
])
def test_a_name_said_without_punctuation_ends_before_the_next_words(city, text, start):
    assert _request(text, city).start_place == start


@pytest.mark.parametrize("text, kept", [
    ("Ich möchte in ein Theater nein Quatsch in ein Kino gehen", "Ich möchte in ein Kino gehen"),
    ("then to the museum no wait to the gallery", "then to the gallery"),
    ("Käyn jäätelöllä tai ei kun kahvilla", "Käyn kahvilla"),
])
def test_a_correction_said_in_one_breath_keeps_what_replaces_it(text, kept):
    assert drop_corrections(text) == kept


def test_a_kind_taken_back_in_the_same_run_of_speech_is_no_visit():
    text = ("Demain on part du Larvotto à 10h on veut voir un musée puis aller à la plage non pas la plage plutôt "
            "un parc et retour à 14h")
    assert planner_kinds(text, "monaco") == ["museum", "park"]


def test_a_kind_said_twice_without_a_no_between_stays_a_visit():
    # "Drop" opens the name of a café, not a word that takes the coffee back
    text = "It's 2pm and I'm at Mariatorget. Some coffee (Drop Coffee is great) and a gallery, back by 6."
    assert planner_kinds(text, "stockholm")[0] == "cafe"


@pytest.mark.parametrize("text, said", [
    ("vou sair umas nove e meia e quero ir", "umas 9:30"),
    ("saio umas dez e quinze e vou ao museu", "umas 10:15"),
    ("tenho umas duas e meia", "tenho umas duas e meia"),  # about two and a half hours, no clock time
])
def test_about_and_an_hour_with_its_minutes_is_a_clock_time(text, said):
    assert said in word_times(text, "pt")


@pytest.mark.parametrize("city, text, start, end", [
    ("krems", "Heute Abend ab dem Dreifaltigkeitsplatz um acht so viele Bars wie möglich und um halb zwölf fertig",
     "20:00", "23:30"),
    ("krems", "tonight from the Dreifaltigkeitsplatz at 8, a bar and a restaurant, done by 11:30", "20:00", "23:30"),
    ("sydney", "leaving Wicks Park at 9, a bakery and wine for tonight, back by 11", "09:00", "11:00"),
])
def test_the_evening_said_with_the_start_puts_its_hours_in_the_evening(city, text, start, end):
    req = _request(text, city)
    assert (req.start_time, req.deadline) == (start, end)


@pytest.mark.parametrize("text, minutes", [
    ("we want to leave at 9 go to a hardware store", 540),
    ("leave at ten um and then a bakery", 600),
])
def test_a_bare_hour_said_before_the_next_verb_is_a_clock_time(text, minutes):
    assert [t[2] for t in find_times(text)] == [minutes]


def test_hours_one_has_after_the_time_they_start_are_the_time_limit():
    req = _request("Ich hab ab fünf Uhr nachmittags noch zwei Stunden, mit den Kindern auf den Spielplatz", "krems")
    assert (req.start_time, req.time_limit_min) == ("17:00", 120)


@pytest.mark.parametrize("city, text, start, end, kinds", [
    pytest.param("munich", "Plan me a walk from Marienplatz to the Hofgarten at 10 with a coffee on the way. I have an "
                 "hour.", "Marienplatz", "Hofgarten", ["cafe"], marks=pytest.mark.xfail(strict=True, reason=(
                     "the learned reading of end places as last retrained reads 'to the Hofgarten' beside a time "
                     "limit as no end (0.36); it passes or fails as each retraining leaves it"))),
    ("stockholm", "Hur går jag från Mariatorget till Repslagarparken om jag vill köpa blommor på vägen",
     "Mariatorget", "Repslagarparken", ["shop=florist"]),
    ("campo_grande", "Monta um passeio do Parque do Sóter até o Parque Estadual do Prosa, saio às três da tarde",
     "Parque do Sóter", "Parque Estadual do Prosa", []),
])
def test_the_way_from_one_place_to_another_starts_and_ends_there(city, text, start, end, kinds):
    req = _request(text, city)
    assert (req.start_place, _end(req)) == (start, end)
    if kinds:
        assert planner_kinds(text, city) == kinds


def test_a_way_there_and_back_ends_at_its_start():
    req = _request("A walk from Marienplatz to the Hofgarten at 10, a coffee on the way, back by 12", "munich")
    assert _end(req) is None


@pytest.mark.parametrize("text, said", [
    ("Retour au Larvotto pour dix-sept heures", "by 17:00"),
    ("on a du temps pour deux heures", "two hours"),  # for two hours: no clock time
])
def test_pour_and_an_afternoon_hour_is_a_deadline(text, said):
    assert said in normalise(text, "fr")


def test_a_visit_taken_back_with_no_actually_is_no_visit():
    text = "Départ de République à 9h. Je veux louer un Vélib non en fait je marche. Un square et retour à 11h."
    assert planner_kinds(text, "paris") == ["park"]


@pytest.mark.parametrize("city, text, kinds", [
    ("baltimore", "Salgo de Butchers Hill a las once por un par de iglesias y luego comer, vuelvo a las dos",
     ["church", "church", "restaurant"]),
    ("harrisburg", "Salgo de Paxtang a las cinco quiero cenar algo rápido y pasar por el banco, vuelvo a las siete",
     ["fast_food", "bank"]),
])
def test_a_pair_is_two_visits_and_a_quick_dinner_is_one(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_walking_in_french_is_no_market():
    assert "market" not in normalise("non en fait je marche jusqu'au square", "fr")
    assert "market" in normalise("on passe au marche acheter des fruits", "fr")


@pytest.mark.parametrize("city, text, start", [
    ("krems", "Man sagt ich soll nicht in den Schnitzelpalast gehen. Also vom Bahnhof aus zur Bank, eine Stunde",
     "Bahnhof"),
    ("krems", "morgen 9:00 vom bhf weg, zuerst zur post, dann mittagessen, um 12 zurück", "Bahnhof"),
])
def test_the_start_is_not_a_place_refused_and_bhf_is_the_station(city, text, start):
    assert _request(text, city).start_place == start


@pytest.mark.parametrize("text, lang, said", [
    ("saio da praça às oito e quarenta e cinco", "pt", "8:45"),
    ("a las ocho y cuarenta y cinco", "es", "8:45"),
    ("um acht Uhr fünfundvierzig", "de", "8:45"),
    ("at eight thirty-five", "en", "8:35"),
    ("alle nove e quaranta", "it", "9:40"),
])
def test_minutes_said_in_words_after_the_hour(text, lang, said):
    assert said in word_times(text, lang)


@pytest.mark.parametrize("city, text, kinds", [
    # "Okay" opens the sentence; a chain of supermarkets is called so
    ("krems", "Okay also Plan für Samstag. Start Wachauer Park um neun. Ich will schwimmen im Hallenbad danach "
     "zum Bäcker. Um zwölf zurück", ["leisure=swimming_pool", "bakery"]),
    ("sydney", "Estoy en Marrickville Metro a las once y quiero ir a un parque con juegos o sea un parque infantil "
     "y después almorzar. Tengo dos horas", ["playground", "restaurant"]),
    ("porto", "Saio de São Bento às dez e meia quero ir à Livraria Lello e a seguir almoçar ali pelos Clérigos. "
     "Às três tenho de estar de volta a São Bento", ["bookshop", "restaurant"]),
])
def test_spoken_openings_restatements_and_activities_at_their_place(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, order", [
    ("andorra", "Estoy en el Parc Central a las diez, quiero ver el museo Carmen Thyssen y luego una tienda de ropa y "
     "después de las compras comer algo rápido. Tengo hasta las dos", [(0, 1), (1, 2)]),
    ("stockholm", "I'm heading out from Mariatorget at 9:45 and back by half twelve. A bakery, a park and on the way "
     "back grab a few groceries at a supermarket", [(0, 2), (1, 2)]),
])
def test_after_the_shopping_and_on_the_way_back_order_the_visits(city, text, order):
    assert sorted((d.before, d.after) for d in _request(text, city).dependencies) == order


def test_where_one_stays_and_a_range_of_hours_said_in_swedish():
    req = _request("Jag bor på Hotel Rival och på lördag från ett till fem vill jag se så många gallerier som möjligt",
                   "stockholm")
    assert (req.start_place, req.start_time, req.deadline) == ("Rival", "13:00", "17:00")


@pytest.mark.parametrize("city, text, kinds", [
    # "vom Alten Peter": the church (a whole name once declined back), and its tower is one visit with it
    ("munich", "Ab dem Marienplatz um zehn. Erst ins Stadtmuseum dann rauf auf den Turm vom Alten Peter. Um eins "
     "bin ich fertig.", ["museum", "viewpoint"]),
    ("munich", "Ab dem Marienplatz um zehn. Erst ins Stadtmuseum, dann zum Alten Peter. Um eins bin ich fertig.",
     ["museum", "church"]),
    # somewhere on a place: where the meal is, no visit of its own
    ("monaco", "Je pars de la gare de Monaco à 9h, le musée océanographique et ensuite déjeuner quelque part sur le "
     "Rocher. Retour à 15h", ["museum", "restaurant"]),
])
def test_a_place_said_as_part_of_or_around_another(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_somewhere_something_to_eat_stays_a_meal():
    assert "somewhere" not in normalise("und irgendwo was essen", "de")


@pytest.mark.parametrize("city, text, start, end, limit, kinds", [
    ("stockholm", "imorn kl 10 från mariatorget: fika, sen en bokhandel o lunch nånstans. ska va hemma 13",
     "10:00", "13:00", None, ["cafe", "bookshop", "restaurant"]),
    ("helsinki", "lauantaina mahd. monta kirjakauppaa, lähtö stockmannilta klo 12, aikaa n. 3h + kahvit jossain "
     "välissä",
     "12:00", None, 180, ["bookshop*", "cafe"]),
])
def test_short_forms_typed_in_swedish_and_finnish(city, text, start, end, limit, kinds):
    req = _request(text, city)
    assert (req.start_time, req.deadline, req.time_limit_min) == (start, end, limit)
    assert [(t.tag or t.category) + ("*" if t.maximize else "") for t in req.tasks] == kinds


def test_a_french_school_grade_is_no_clock_time():
    assert "4:00" not in normalise("avec 24 élèves de 4e. Départ 9h de la place", "fr")


def test_the_building_of_a_part_one_goes_up_is_no_start():
    req = _request("Wir treffen uns um halb zehn am Marienplatz. Die Jungs wollen auf den Turm vom Alten Peter, "
                   "dann essen wir. Um drei zurück am Marienplatz.", "munich")
    assert req.start_place == "Marienplatz"


def test_finnish_hours_from_onwards():
    req = _request("Huomenna kahdesta eteenpäin meillä on neljä tuntia aikaa, niin monta galleriaa kuin ehtii",
                   "helsinki")
    assert (req.start_time, req.time_limit_min) == ("14:00", 240)


#: clock times said aloud in the ten languages read, and the time each is
SPOKEN_TIMES = [
    ("en", "leave at half past nine", "09:30"),
    ("en", "back by quarter to five", "16:45"),
    ("en", "start at nine thirty", "09:30"),
    ("en", "at two in the afternoon", "14:00"),
    ("en", "back by six p.m.", "18:00"),
    ("en", "leaving at ten fifteen", "10:15"),
    ("en", "back by twelve noon", "12:00"),
    ("en", "we start at ten o'clock", "10:00"),
    ("de", "um viertel nach neun los", "09:15"),
    ("de", "so gegen elf", "11:00"),
    ("de", "um vierzehn Uhr", "14:00"),
    ("de", "bis siebzehn Uhr", "17:00"),
    ("de", "um zwölf Uhr mittags", "12:00"),
    ("de", "um drei Uhr nachmittags", "15:00"),
    ("de", "ab halb drei", "14:30"),
    ("fr", "à dix heures moins le quart", "09:45"),
    ("fr", "vers midi", "12:00"),
    ("fr", "à quatorze heures trente", "14:30"),
    ("fr", "jusqu'à dix-huit heures", "18:00"),
    ("fr", "à deux heures de l'après-midi", "14:00"),
    ("fr", "vers onze heures", "11:00"),
    ("es", "a eso de las once", "11:00"),
    ("es", "hasta las seis de la tarde", "18:00"),
    ("es", "sobre las diez", "10:00"),
    ("es", "a las diez y pico", "10:00"),
    ("es", "desde las nueve", "09:00"),
    ("pt", "por volta das dez", "10:00"),
    ("pt", "lá para as onze", "11:00"),
    ("pt", "ao meio-dia", "12:00"),
    ("pt", "até às seis da tarde", "18:00"),
    ("pt", "a partir das nove", "09:00"),
    ("it", "verso le dieci", "10:00"),
    ("it", "entro le sei", "18:00"),
    ("it", "alle quattordici e trenta", "14:30"),
    ("it", "a mezzogiorno", "12:00"),
    ("it", "dalle nove", "09:00"),
    ("sv", "vid elva", "11:00"),
    ("sv", "till klockan fem", "17:00"),
    ("sv", "runt tolv", "12:00"),
    ("sv", "kvart över nio", "09:15"),
    ("sv", "klockan två på eftermiddagen", "14:00"),
    ("fi", "kymmeneltä", "10:00"),
    ("fi", "kahdelta", "14:00"),
    ("fi", "neljään asti", "16:00"),
    ("fi", "puoli kahdelta", "13:30"),
    ("fi", "kahdesta eteenpäin", "14:00"),
    ("fi", "kello kolmeen mennessä", "15:00"),
    ("nl", "om half tien", "09:30"),
    ("nl", "om tien uur", "10:00"),
    ("nl", "tot vijf uur", "17:00"),
    ("ca", "a les deu", "10:00"),
    ("ca", "fins a les sis", "18:00"),
    ("ca", "cap a les onze", "11:00"),
]


@pytest.mark.parametrize("lang, text, said", SPOKEN_TIMES)
def test_a_clock_time_said_aloud_is_read(lang, text, said):
    minutes = int(said[:2]) * 60 + int(said[3:])
    assert [t[2] for t in find_times(normalise(text, lang).lower())][:1] == [minutes]
