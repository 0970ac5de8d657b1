"""The planner reads what a kind word does in its sentence: the last part of a compound names a kind,
a meal can name a time of day, a kind can be what a visit is for, a word in brackets can name the visit
before it, and the start is a spot in the city rather than the city.  The sentences are written for these
tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest
from conftest import PROMPT_DAY, planner_kinds

from nco.errors import InputError
from nco.planner.offline.lang import compound_kind, normalise
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city, named_visits

TODAY = PROMPT_DAY
_kinds = planner_kinds


@pytest.mark.parametrize("word, lang, kind", [
    ("Stadtbibliothek", "de", "library"),
    ("Domkyrkan", "sv", "church"),
    ("stadsbiblioteket", "sv", "library"),
    ("Kansallismuseo", "fi", "museum"),
    ("Hofgarten", "en", "leisure=garden"),     # a German name in an English prompt
    ("Frauenkirche", "it", "church"),
])
def test_the_last_part_of_a_compound_names_its_kind(word, lang, kind):
    assert compound_kind(word, lang) == kind


@pytest.mark.parametrize("word, lang", [
    ("Harrisburg", "de"),          # towns are named after castles
    ("Göteborg", "sv"),
    ("Föreställningen", "sv"),     # a show holds no scaffolder's "ställning"
    ("genitori", "it"),            # a word of a language that does not compound, in lower case
    ("Schwiegermutter", "de"),
])
def test_a_word_that_only_ends_like_a_kind_names_none(word, lang):
    assert compound_kind(word, lang) is None


def test_a_compound_landmark_is_a_visit_in_a_swedish_prompt():
    text = "Vi börjar vid Stortorget kl 10. Först Stadsmuseet, sedan lunch och till sist ett kafé. Klart kl 14."
    assert _kinds(text) == ["museum", "restaurant", "cafe"]


@pytest.mark.parametrize("text, kinds", [
    ("Mittagspause ab 12:15 am Rathausplatz, eine Stunde: Geld abheben, dann eine Apotheke.", ["bank", "pharmacy"]),
    ("Pause déjeuner à partir de 12h30 depuis la place Carrée : retirer de l'argent puis une pharmacie. 1h.",
     ["bank", "pharmacy"]),
    ("Errands on my lunch break from 12 at Union Square, one hour: a bank and a bookshop.", ["bank", "bookshop"]),
])
def test_a_lunch_break_is_a_time_of_day_not_a_meal(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From Union Square at 9am: the bank, then a hardware store for a new garden hose. Back by noon.",
     ["bank", "shop=hardware"]),
    ("From Union Square at 4pm: a supermarket for the barbecue, then a bakery. Back by 6pm.",
     ["supermarket", "bakery"]),
])
def test_what_a_visit_is_for_is_no_visit_of_its_own(text, kinds):
    assert _kinds(text) == kinds


def test_a_kind_said_in_brackets_after_a_visit_is_that_visit():
    text = "Ab 14 Uhr vom Rathausplatz: ins Spielzeuggeschäft (Modellbau), danach ein Café. Bis 17 Uhr zurück."
    assert _kinds(text) == ["shop=toys", "cafe"]
    text = "Ab 10 Uhr vom Rathausplatz: Frühstück (oder ein frühes Mittagessen), dann eine Buchhandlung. Bis 13 Uhr."
    assert len(_kinds(text)) == 2


def test_a_name_in_brackets_after_a_kind_gives_the_visit_its_kind():
    text = "Partenza alle 10 da Fontvieille: il giardino zoologico (Jardin Animalier), poi un gelato. Entro le 13."
    assert _kinds(text, "monaco") == ["tourism=zoo", "ice_cream"]


def test_shopping_then_the_shops_it_means_is_those_shops():
    text = ("Empezamos a las 11 en la Plaza Mayor. Ir de tiendas, sobre todo una perfumería y una tienda de "
            "deportes, y comer algo. Volvemos a las 17h.")
    assert _kinds(text) == ["shop=perfumery", "shop=sports", "restaurant"]


def test_coffee_and_cake_at_a_bakery_is_one_visit_there():
    text = "Start um 14 Uhr am Rathausplatz: erst ein Museum, dann Kaffee und Kuchen beim Bäcker. Bis 17 Uhr."
    assert _kinds(text) == ["museum", "bakery"]


def test_the_start_kind_said_as_the_end_is_no_visit():
    text = "Start Mittwoch 10 Uhr am Penbrook Park. Ich möchte einen Kaffee und eine Apotheke. Bis 13 Uhr zurück am Park."
    assert _kinds(text, "harrisburg") == ["cafe", "pharmacy"]


def test_as_many_as_we_can_after_its_kind_maximizes_it():
    req = parse_offline("From Central Station at 2pm: a pub crawl, as many pubs as we can hit, then dinner. "
                        "Back by 10pm.", today=TODAY).request
    assert [(t.category, t.maximize) for t in req.tasks] == [("bar", True), ("restaurant", False)]


@pytest.mark.parametrize("text, lang, want", [
    ("Départ à 7h30 de la rue Oberkampf.", "fr", "07:30"),      # 24-hour clock: the morning
    ("Partenza ore 10 da Fontvieille.", "it", "10:00"),
    ("République 16h, supermarché. 2h", "fr", "120 minutes"),    # hours alone after a full stop: a budget
    ("Pause longue (1h30) depuis le port.", "fr", "90 minutes"),
    ("max 1,5h", "fi", "90 minutes"),
])
def test_clock_times_and_budgets_written_with_h(text, lang, want):
    assert want in normalise(text, lang)


def test_a_morning_start_written_with_h_stays_in_the_morning():
    req = parse_offline("Sortie dimanche à 7h30 depuis la rue Oberkampf : une boulangerie puis un marché. Fini à 9h.",
                        today=TODAY).request
    assert (req.start_time, req.deadline) == ("07:30", "09:00")


@pytest.mark.parametrize("text, start", [
    ("Je suis à Munich pour un salon. J'ai l'après-midi libre à partir de 14h, je pars de l'Odeonsplatz. "
     "Une librairie puis un café. Retour vers 18h.", "Odeonsplatz"),
    ("Sono a Monaco per lavoro. Domani sono libero dalle 15, parto da Place du Casino. Un museo e un bar. "
     "Alle 20 di nuovo in Place du Casino.", "Place du Casino"),
])
def test_the_start_is_the_spot_not_the_city_one_is_in(text, start):
    city = "munich" if "Munich" in text else "monaco"
    assert parse_offline(text, today=TODAY, known_place=knows(load_planner_city(city))).request.start_place == start


def test_the_city_named_after_a_word_of_where_is_no_visit():
    assert "sight" not in _kinds("In Paris for a conference at the Centre Pompidou, free from 12:30 to 14:00: "
                                 "a museum and lunch.", "paris")[:1]
    assert knows(load_planner_city("paris")).visit("In Paris") is None


@pytest.mark.parametrize("text, lang", [
    ("Morgen Geld abheben und eine Apotheke.", "de"),
    ("Demain retirer de l'argent et une pharmacie.", "fr"),
    ("Mañana sacar dinero y una farmacia.", "es"),
    ("Imorgon ta ut pengar och ett apotek.", "sv"),
])
def test_taking_out_cash_is_a_cash_machine_in_each_language(text, lang):
    assert "get cash" in normalise(text, lang)


def test_french_pas_d_refuses_a_kind():
    text = "Départ 10h du Port Hercule. Un jardin et un café. Pas d'églises, merci. Fini à 13h."
    assert _kinds(text) == ["park", "cafe"]


@pytest.mark.parametrize("text", [
    "Start um 19 Uhr am Mariatorget. Erst Abendessen, dann eine Bar. Um 22:30 will ich zurück im Hotel sein.",
    "Landgang ab 13 Uhr am Port Hercule: ein Café und ein Eis. Um 18 Uhr müssen wir wieder am Schiff sein.",
    "Sortim de la Plaça Guillemó a les 16h: una pastisseria i la biblioteca. A les 19h a la mateixa plaça.",
])
def test_the_hotel_the_ship_or_the_same_square_as_the_end_is_back_at_the_start(text):
    req = parse_offline(text, today=TODAY).request
    assert req.end_place in (None, req.start_place)


def test_a_named_hotel_stays_an_end_of_its_own():
    req = parse_offline("We arrive at Kamppi at 6 in the evening: dinner, then a bar. We must be at Hotel Kämp by 10.",
                        today=TODAY).request
    assert (req.start_place, req.end_place) == ("Kamppi", "Hotel Kämp")


@pytest.mark.parametrize("text, kind", [
    ("Je voudrais voir le plus d'églises possible. Départ de la place Carrée à 9h, retour à 17h.", "church"),
    ("Queremos recorrer todas las perfumerías que podamos. Empezamos a las 10 en la Plaza Mayor, volvemos a las 19h.",
     "shop=perfumery"),
    ("Lähtö Oodilta klo 11, haluan kiertää niin monta galleriaa kuin ehtii. Takaisin klo 16.", "gallery"),
    ("Parto alle 17 da Piazza Navona e vorrei vedere il maggior numero possibile di chiese. Un'ora e mezza.", "church"),
])
def test_as_many_as_possible_in_more_ways_and_plurals(text, kind):
    req = parse_offline(text, today=TODAY).request
    assert [(t.tag or t.category, t.maximize) for t in req.tasks] == [(kind, True)]


def test_a_lunch_break_somewhere_in_the_plan_is_still_lunch():
    text = "Départ de la place Carrée à 9h : une église, une pause déjeuner quelque part, puis un musée. Retour à 17h."
    assert _kinds(text) == ["church", "restaurant", "museum"]


def test_the_start_kind_where_one_lives_is_no_visit():
    text = ("Errands tomorrow starting from Patterson Park at 8: the post office and a pharmacy. "
            "Back home by 10:30, I live right on the park.")
    assert _kinds(text, "baltimore") == ["amenity=post_office", "pharmacy"]


def test_a_bench_or_a_kindergarten_is_no_visit():
    text = ("She starts at Union Square at 10am with the kids from kindergarten: a library, then a bench in a park. "
            "Back by 1pm.")
    assert _kinds(text) == ["library", "park"]


def test_shops_of_a_kind_said_in_the_plural_are_that_kind():
    req = parse_offline("From the Hôtel de Paris at 11am: as many watch boutiques as possible, then lunch. Back by 3pm.",
                        today=TODAY).request
    assert [(t.tag or t.category, t.maximize) for t in req.tasks] == [("shop=watches", True), ("restaurant", False)]


@pytest.mark.parametrize("text, start, deadline", [
    # "Mittag essen" is lunch, not a deadline at noon
    ("Wir starten um 10 Uhr am Marienplatz, wollen in die Frauenkirche und irgendwann Mittag essen. "
     "Um 15 Uhr müssen wir wieder am Marienplatz sein.", "10:00", "15:00"),
    # the earlier of two deadlines: the boat leaves at 17, so back by 16
    ("Vi börjar vid Salutorget kl. 9.30 och båten går 17.00, så vi vill vara tillbaka vid Salutorget senast 16.00. "
     "Vi vill se en kyrka och äta lunch.", "09:30", "16:00"),
    # an age is no clock time
    ("Demain on part de Jackson Square à 9h30 avec notre fils de 5 ans. Une aire de jeux et une pharmacie. "
     "Retour à Jackson Square à 12h.", "09:30", "12:00"),
    # a morning walk at 7:30 is in the morning
    ("Taking the dog out this morning, leaving Canton Waterfront Park at 7:30: the dog park and a coffee. "
     "Home by 9:30.", "07:30", "09:30"),
    # "la una del migdia" is one in the afternoon
    ("Sortim de la plaça del Poble a les deu. Una farmàcia i dinar. Hem de ser a Escaldes a la una del migdia.",
     "10:00", "13:00"),
])
def test_clock_times_said_around_meals_ages_and_days(text, start, deadline):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text, lang", [
    ("A las 18h he quedado con mi hermana en Caldea.", "es"),
    ("Depois da visita encontro meu marido no Parque das Nações às 17h30.", "pt"),
    ("Jag ska träffa min syster vid Maria Magdalena kyrka kl 15.", "sv"),
    ("Ensuite je retrouve une amie au Centre Pompidou à 11h.", "fr"),
])
def test_meeting_someone_somewhere_is_where_one_must_be(text, lang):
    assert "i must meet" in normalise(text, lang)


def test_meeting_someone_at_the_end_is_the_end_place():
    req = parse_offline("Utgår från Södra station kl 13 och vill hinna med apoteket. Jag ska träffa min syster vid "
                        "Maria Magdalena kyrka kl 15.", today=TODAY).request
    assert (req.start_place, req.end_place, req.deadline) == ("Södra station", "Maria Magdalena kyrka", "15:00")


def test_a_circular_order_of_named_places_of_one_kind_is_refused():
    text = ("Starting at Fells Point at 11 tomorrow: the Shot Tower has to come before the Jewish Museum, the Jewish "
            "Museum before lunch in Little Italy, and lunch before the Shot Tower. Back in Fells Point by 4.")
    with pytest.raises(InputError, match="circular"):
        parse_offline(text, today=TODAY, known_place=knows(load_planner_city("baltimore")))


def test_two_named_museums_in_order_are_two_visits():
    text = "Starting at Fells Point at 11: the Shot Tower before the Jewish Museum, then lunch. Back by 4."
    req = parse_offline(text, today=TODAY, known_place=knows(load_planner_city("baltimore"))).request
    assert [t.name for t in req.tasks][:2] == ["Shot Tower", "Jewish Museum of Maryland"]
    assert (0, 1) in {(d.before, d.after) for d in req.dependencies}


@pytest.mark.parametrize("text, start", [
    ("Nous partons de notre hôtel, Praça da Liberdade, demain à 14h30. Un café et une librairie. Retour vers 18h.",
     "Praça da Liberdade"),
    ("Demain je pars de chez moi rue de Bretagne à 19h : courses puis dîner. Rentrée pour 21h30.", "rue de Bretagne"),
    ("Start 9 Uhr daheim am Schloßplatz. Ich brauch Semmeln vom Bäcker. Um 11 wieder daheim.", "Schloßplatz"),
    ("Je pars de la Casa de la Vall à 15h. Une pâtisserie, puis une église. Jusqu'à 19h.", "Casa de la Vall"),
])
def test_leaving_from_home_or_a_hotel_starts_where_it_is(text, start):
    assert parse_offline(text, today=TODAY).request.start_place == start


def test_finishing_by_a_time_at_a_place_is_the_end():
    req = parse_offline("Partiamo alle 9 da Sendlinger Tor. Un parco giochi e un gelato. Dobbiamo finire entro le 15 "
                        "al Viktualienmarkt.", today=TODAY).request
    assert (req.start_time, req.deadline, req.end_place) == ("09:00", "15:00", "Viktualienmarkt")


def test_a_shop_named_by_what_it_sells_and_a_dinner_the_trip_ends_for():
    req = parse_offline("I'm staying at the Hotel Bayerischer Hof and can leave at 1:30pm, need to be back at the hotel "
                        "by 5:45 for a client dinner. An art gallery, a coffee somewhere nice and a shop that sells good "
                        "loose-leaf tea.", today=TODAY).request
    assert [t.tag or t.category for t in req.tasks] == ["gallery", "cafe", "shop=tea"]


def test_a_meal_the_start_is_named_for_stays_a_visit():
    req = parse_offline("Rendez-vous au Port Hercule à 19h pour dîner, puis un bar. Retour avant minuit.",
                        today=TODAY).request
    assert [t.category for t in req.tasks] == ["restaurant", "bar"]


def test_a_place_said_again_by_a_word_of_its_name_is_the_same_visit():
    text = ("Amanhã saio dos Aliados às 10h. Quero ir à Livraria Lello antes da Torre dos Clérigos, mas a Torre tem de ser "
            "antes do Mercado do Bolhão, e o Bolhão antes da Lello. Volto até às 13h.")
    with pytest.raises(InputError, match="circular"):
        parse_offline(text, today=TODAY, known_place=knows(load_planner_city("porto")))


def test_before_said_with_a_clause_refers_to_the_visit():
    text = ("Start 11 Uhr Odeonsplatz. Der Hofgarten muss vor dem Biergarten kommen, der Biergarten vor dem Museum, und "
            "das Museum will ich machen bevor ich in den Hofgarten geh. Zeit bis 18 Uhr.")
    with pytest.raises(InputError, match="circular"):
        parse_offline(text, today=TODAY, known_place=knows(load_planner_city("munich")))


@pytest.mark.parametrize("text, why", [
    ("Night class ends at 10pm tomorrow, I'll leave from Union Square right after. Dinner and a drink at a bar, back "
     "at my car by 12:30am.", "past midnight"),
    ("Ich möchte morgen um 14 Uhr in Harsdorf losgehen, kurz in die Kirche und dann im Gasthof einkehren, und um halb "
     "zwei wieder am Bahnhof sein.", "contradictory times"),
])
def test_times_that_cannot_hold_are_refused(text, why):
    with pytest.raises(InputError, match=why):
        parse_offline(text, today=TODAY)


def test_the_end_of_a_class_is_the_start():
    req = parse_offline("My shift is over at 3, then from Union Square: a bookshop and a cafe. Back by 6.",
                        today=TODAY).request
    assert (req.start_time, req.deadline) == ("15:00", "18:00")


def test_a_kind_in_an_aside_about_a_visit_is_no_visit():
    text = ("Mañana a las 10 y media salgo de la Plaza Mayor. Quiero pasar por un banco, por una tienda de licores "
            "(llevo vino a una cena) y por un parque. Tengo que estar en casa a las 2.")
    assert _kinds(text) == ["bank", "shop=alcohol", "park"]
    assert _kinds("From Union Square at 10am: a museum (and a café after), then a bookshop. Back by 2pm.") == \
        ["museum", "cafe", "bookshop"]


@pytest.mark.parametrize("text, start, end", [
    ("A gente sai do Parque das Nações Indígenas às 16h, vai no Museu Dom Bosco e depois janta num restaurante, e às "
     "20h tem que estar de volta no Parque das Nações.", "Parque das Nações Indígenas", None),
    ("Saída às 17h da Avenida Afonso Pena. Quero passar num parque e no fim parar num supermercado pra ele comprar o "
     "jantar. Tempo total: 2 horas.", "Avenida Afonso Pena", None),
])
def test_portuguese_starts_and_a_return_said_shorter(text, start, end):
    req = parse_offline(text, today=TODAY).request
    assert req.start_place == start and req.end_place in (end, start)


def test_dinner_bought_at_a_supermarket_is_no_meal_out():
    text = "Saída às 17h da Avenida Afonso Pena: um parque e no fim um supermercado pra ele comprar o jantar. Até 19h."
    assert _kinds(text) == ["park", "supermarket"]


def test_clothes_shops_in_the_plural_in_swedish():
    req = parse_offline("Jag börjar vid Hornsgatan klockan ett och går till så många små klädbutiker som möjligt, "
                        "sen fika. Tre timmar totalt.", today=TODAY).request
    assert [(t.tag or t.category, t.maximize) for t in req.tasks] == [("shop", True), ("cafe", False)]


def test_two_names_joined_by_and_and_an_abbreviated_saint_are_both_read():
    text = ("I'll lock my bike at the train station around 2pm. Want to see the Gozzoburg and the Pfarrkirche St. Veit, "
            "then coffee. Back at the station by 6.")
    req = parse_offline(text, today=TODAY, known_place=knows(load_planner_city("krems"))).request
    assert [(t.category, t.name) for t in req.tasks] == [("sight", "Gozzoburg"), ("church", "Pfarrkirche St. Veit"),
                                                         ("cafe", None)]


def test_a_finnish_start_said_again_in_another_case_is_no_visit():
    text = ("lähtö Oodilta klo 11, haluan kiertää gallerioita, välissä kahvit ja lounas. pitää olla takaisin Oodilla "
            "klo 16")
    req = parse_offline(text, today=TODAY, known_place=knows(load_planner_city("helsinki"))).request
    assert "library" not in [t.category for t in req.tasks]


def test_finnish_meeting_someone_at_a_place_is_the_end():
    req = parse_offline("Lähden huomenna Rautatientorilta klo 12. Pitää käydä postissa ja apteekissa. Olen "
                        "Kauppatorilla klo 13.30 tapaamassa kaveria.", today=TODAY).request
    assert (req.start_place, req.end_place, req.deadline) == ("Rautatientori", "Kauppatori", "13:30")
    assert [t.tag or t.category for t in req.tasks] == ["amenity=post_office", "pharmacy"]


@pytest.mark.parametrize("text, kinds", [
    ("Taking the dog out, leaving Union Square at 9: the dog park, a coffee and a bagel, then the pet store. "
     "Home by 11.", ["leisure=dog_park", "cafe", "shop=pet"]),
    ("From Union Square at 9: a playground, then do the weekly shop at a supermarket. Home by 11:30.",
     ["playground", "supermarket"]),
    ("De la gare Part-Dieu à 9h : une pharmacie, une boulangerie et un café. J'ai deux heures.",
     ["pharmacy", "bakery", "cafe"]),
    ("From the Hampton Inn at 10: as many music stores as I can (Guitar Center, Menchey, whatever else), then a "
     "bakery. Back by 3.", ["shop=music", "bakery"]),
])
def test_one_stop_for_a_coffee_and_a_snack_and_examples_of_as_many(text, kinds):
    assert _kinds(text) == kinds


def test_a_dinner_one_must_be_back_at_the_start_for_is_no_visit_in_italian():
    text = ("Domani sono libero dalle 15, parto da Place du Casino. Vorrei vedere un museo e prendere un aperitivo in un "
            "bar. Alle 20:30 devo essere di nuovo in Place du Casino per una cena di lavoro.")
    assert _kinds(text) == ["museum", "bar"]


@pytest.mark.parametrize("text, start", [
    ("Aamulenkki: lähtö Senaatintorilta 7.15. Ensin lemmikkikauppa, sitten puisto. Aikaa on puolitoista tuntia.",
     "07:15"),
    ("Passejada de primera hora des del Parc Central, a les 7:45: una fleca i una farmàcia. Una hora i mitja.", "07:45"),
    ("Morgen um 7:30 ab Marienplatz: Bäcker und Apotheke. Bis 9 Uhr.", "07:30"),
])
def test_a_time_typed_with_minutes_in_a_24_hour_language_is_in_the_morning(text, start):
    assert parse_offline(text, today=TODAY).request.start_time == start


def test_coffee_and_cake_in_a_cafe_is_one_visit_and_finnish_ei_refuses():
    assert _kinds("Start um 13:30 am Odeonsplatz: erst ins Museum und zum Schluss Kaffee und Kuchen in einem Café. "
                  "Bis 17 Uhr.") == ["museum", "cafe"]
    assert _kinds("Lähtö Senaatintorilta klo 10. Ensin apteekki, sitten kahvila. Ei Vanhaan kauppahalliin. "
                  "Takaisin klo 12.") == ["pharmacy", "cafe"]


@pytest.mark.parametrize("text, start, end", [
    ("Caminhada antes do trampo. Começo no Parque das Nações Indígenas às 5h45 e quero passar por um parque. Tenho que "
     "terminar até 7h30.", "05:45", "07:30"),
    ("Am 4. Advent gehe ich um 10:30 von Harsdorf aus zuerst in die Kirche und danach zum Mittagessen. Um eins möcht "
     "ich wieder daheim sein.", "10:30", "13:00"),
])
def test_an_early_hour_with_minutes_and_a_day_of_the_month_are_read_right(text, start, end):
    req = parse_offline(text, today=TODAY).request
    assert (req.start_time, req.deadline) == (start, end)


def test_a_kind_then_its_name_after_a_comma_is_one_visit():
    text = ("Partiamo dal Dreifaltigkeitsplatz alle 16. Vogliamo cenare in una pizzeria e poi andare al cinema, al "
            "Cinemaplexx. Entro le 22:30 di nuovo in hotel.")
    assert _kinds(text, "krems") == ["restaurant", "cinema"]


def test_finishing_a_session_somewhere_starts_there_and_an_early_deadline_after_it_stays_early():
    req = parse_offline("Finishing my session at Anytime Fitness at 6:30am. Then coffee at a café and a supermarket. "
                        "I need to be home by 7:45.", today=TODAY).request
    assert (req.start_place, req.start_time, req.deadline) == ("Anytime Fitness", "06:30", "07:45")


@pytest.mark.parametrize("text, deadline", [
    ("From Union Square at 10am: a museum and lunch. Back by 4.", "16:00"),
    ("From Union Square at 8am: a bakery and a pharmacy. Back by 7.", "19:00"),
])
def test_an_ambiguous_deadline_before_a_morning_start_is_in_the_afternoon(text, deadline):
    assert parse_offline(text, today=TODAY).request.deadline == deadline


def test_a_french_prompt_starting_at_a_square_named_in_english():
    req = parse_offline("Demain on part d'Abingdon Square à midi. Une pharmacie puis un café. Il faut que j'aie fini "
                        "à 16h.", today=TODAY).request
    assert (req.start_place, req.start_time) == ("Abingdon Square", "12:00")
    assert [t.category for t in req.tasks] == ["pharmacy", "cafe"]


def test_the_city_own_name_is_known_whatever_the_map_was_asked_before():
    city = load_planner_city("munich")
    assert knows(city).is_own("Munich")  # asked first
    known = knows(city)
    known.match("Marienplatz")
    assert known.is_own("Munich") and known.chain("Munich") is None


def test_a_circle_of_named_places_of_one_kind_is_refused():
    # two parks joined by "before" in one clause stay two visits, so the circle is seen
    text = ("From Marienplatz at 10: the Residenz before the Hofgarten, the Hofgarten before the Alter Botanischer "
            "Garten, and the Alter Botanischer Garten before the Residenz. Done by 3.")
    with pytest.raises(InputError, match="circular"):
        _kinds(text, "munich")


@pytest.mark.parametrize("text, kinds", [
    ("Start at Marienplatz at 9. A bakery, then one more church to light a candle for grandma, the Asamkirche if "
     "it is open. Back by 11.", ["bakery", "church"]),
    ("Start at Marienplatz at 9. Ein Park, tipo il Hofgarten, und ein Café. Back by 11.", ["park", "cafe"]),
])
def test_a_kind_then_the_place_of_it_meant_later_in_the_sentence_is_one_visit(text, kinds):
    assert _kinds(text, "munich") == kinds


@pytest.mark.parametrize("text, kinds, order", [
    ("Start at Marienplatz at 9: a florist and a bakery. Florist last please, so the flowers stay fresh. "
     "Back by 11.", ["shop=florist", "bakery"], [(1, 0)]),
    ("Start at Marienplatz at 2pm: a park, a cinema and a burger. Cinema has to be last. Back by 9.",
     ["park", "cinema", "fast_food"], [(0, 1), (2, 1)]),
])
def test_a_bare_kind_said_again_with_last_is_the_visit_said_before_and_comes_last(text, kinds, order):
    req = parse_offline(text, today=TODAY).request
    assert [t.tag or t.category for t in req.tasks] == kinds
    assert sorted((d.before, d.after) for d in req.dependencies) == order


def test_last_as_an_adjective_orders_nothing():
    req = parse_offline("Start at Marienplatz at 9: a museum on my last day, and a bakery. Back by 1.",
                        today=TODAY).request
    assert [t.category for t in req.tasks] == ["museum", "bakery"] and not req.dependencies


@pytest.mark.parametrize("text, kinds", [
    ("Start at Marienplatz at 10. I have a concert tonight, so first new strings at a music shop, then lunch. "
     "Back by 1.", ["shop=music", "restaurant"]),
    ("Start at Wicks Park at 4pm: a bakery and a bar, and we finish at the Red Rattler, there is a show at 7:30pm.",
     ["bakery", "bar"]),
    # an event planned; passes or fails with the learned readings as each retraining leaves it
    pytest.param("Dinner at 6pm from Châtelet, then the opera at 8pm.", ["restaurant", "theatre"],
                 marks=pytest.mark.xfail(strict=True, reason="the learned reading of visits as last retrained reads "
                                         "the dinner that opens the prompt as said in passing (0.50)")),
])
def test_an_event_one_has_or_that_starts_where_the_trip_ends_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("city, text", [
    ("stockholm", "Vi börjar vid Stockholms södra kl 9. Ett kafé och en park. Tillbaka vid stationen senast 11."),
])
def test_back_at_the_station_after_starting_at_one_ends_at_the_start(city, text):
    pr = parse_offline(text, today=TODAY, known_place=knows(load_planner_city(city)))
    assert pr.request.end_place in (None, pr.request.start_place) and pr.request.start_place


@pytest.mark.parametrize("city, text, start", [
    ("munich", "Beginn Max-Joseph-Platz um 13 Uhr: ein Café und eine Apotheke. Um 16 Uhr fertig.", "Max-Joseph-Platz"),
    ("monaco", "Partir du Larvotto à 10h, une pharmacie puis un café. Fini à midi.", "Larvotto"),
])
def test_a_word_that_opens_the_start_is_no_part_of_its_name(city, text, start):
    pr = parse_offline(text, today=TODAY, known_place=knows(load_planner_city(city)))
    assert pr.request.start_place == start


def test_a_search_word_of_a_kind_said_of_whom_one_is_with_is_no_visit():
    req = parse_offline("On part de la place Carrée à 10h avec les enfants : un musée, puis une glace. Fini à midi.",
                        today=TODAY)
    assert [t.category for t in req.request.tasks] == ["museum", "ice_cream"]
    assert any("'enfants'" in n for n in req.notes)


@pytest.mark.parametrize("city, text, start, kinds", [
    ("munich", "Siamo a Monaco per il congresso. Partiamo da Odeonsplatz alle 15: una chiesa e un gelato. Fino alle 18.",
     "Odeonsplatz", ["church", "ice_cream"]),
    ("andorra", "Salut ! On est en vacances pour une semaine à Andorre avec des amis. Départ de Caldea à 11h : un "
     "musée et un restaurant. Retour pour 15h.", "Caldea", ["museum", "restaurant"]),
])
def test_where_one_leaves_from_is_the_start_over_where_one_is(city, text, start, kinds):
    c = load_planner_city(city)
    pr = parse_offline(text, today=TODAY, known_place=knows(c))
    req = named_visits(c, pr)[0] if pr.named else pr.request
    assert req.start_place == start and [t.tag or t.category for t in req.tasks] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at Union Square at 6pm: grab a burger, then a bar. Back by 10pm.", ["fast_food", "bar"]),
    ("Saio da Ribeira às 18h. Quero um hambúrguer e depois um bar. Volto às 22h.", ["fast_food", "bar"]),
    ("Start at Union Square at 6pm: a burger restaurant, then a bar. Back by 10pm.", ["restaurant", "bar"]),
])
def test_a_burger_said_on_its_own_is_fast_food(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Surto de la Plaça Rebés a les 18h. Vull anar al cine i després a un bar. Torno a les 22h.", ["cinema", "bar"]),
    ("Je pars de Châtelet à 18h. Je veux aller au ciné puis dans un bar. Retour à 22h.", ["cinema", "bar"]),
    ("Lähden Kauppatorilta klo 18. Ensin leffaan, sitten baariin. Takaisin klo 22.", ["cinema", "bar"]),
])
def test_the_everyday_word_for_the_cinema_is_a_cinema(text, kinds):
    assert _kinds(text) == kinds


def test_a_finnish_kind_word_with_a_case_ending_at_the_start_of_a_sentence_is_a_visit():
    text = "Lähden Kauppatorilta klo 9. Kirjastoon ensin. Apteekista haen lääkkeet, sitten kahvila. Takaisin klo 12."
    assert _kinds(text, "helsinki") == ["library", "pharmacy", "cafe"]


@pytest.mark.parametrize("text, kinds", [
    ("Start at Marienplatz at 9am: as many cemeteries as possible, then a cafe. Back by noon.",
     ["amenity=grave_yard", "cafe"]),
    ("Start at Union Square at 9am: a laundrette, then a bakery. Back by noon.", ["shop=laundry", "bakery"]),
    ("Départ de Châtelet à 10h : un magasin de cigares, puis un horloger. Retour à 13h.",
     ["shop=tobacco", "shop=watches"]),
    ("Surto de la Plaça Rebés a les 9. Passo per correus i després una farmàcia. Torno a les 11.",
     ["amenity=post_office", "pharmacy"]),
    ("Vi börjar vid Stortorget kl 10. Först en friluftsbutik, sedan lunch. Klart kl 13.",
     ["shop=outdoor", "restaurant"]),
    ("Ab 14 Uhr vom Marienplatz: in die Eisenhandlung, dann ein Café. Bis 16 Uhr.", ["shop=hardware", "cafe"]),
])
def test_a_kind_said_with_a_word_of_its_own_or_by_its_goods(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Départ de Châtelet à 9h : passer à la Poste, puis une boulangerie. Retour à 11h.",
     ["amenity=post_office", "bakery"]),
    ("Salgo de la Plaça Rebés a las 11. Una bodega de vinos y luego un restaurante. Vuelvo a las 14.",
     ["shop=wine", "restaurant"]),
])
def test_a_kind_said_with_the_everyday_name_of_its_place(text, kinds):
    assert _kinds(text) == kinds


def test_asking_whether_there_is_a_kind_nearby_is_no_refusal():
    text = "Ab 14 Uhr vom Marienplatz: Kaffee trinken, gibt's da nicht einen Buchladen in der Nähe? Bis 16 Uhr."
    assert _kinds(text) == ["cafe", "bookshop"]


def test_the_spoken_finnish_first_orders_the_visit():
    text = "Lähden Kauppatorilta klo 12. Kirjasto ja kahvila, kahvila ekana. Takaisin klo 15."
    req = parse_offline(text, today=TODAY).request
    assert [t.category for t in req.tasks] == ["library", "cafe"]
    assert [(d.before, d.after) for d in req.dependencies] == [(1, 0)]


@pytest.mark.parametrize("text, kinds", [
    ("Start at Union Square at 2pm: the library, flowers for grandma, then a cafe. Back by 4pm.",
     ["library", "shop=florist", "cafe"]),
    ("Ab 14 Uhr vom Marienplatz: Kirche, Apotheke, Blumen für die Oma. Bis 16 Uhr.",
     ["church", "pharmacy", "shop=florist"]),
])
def test_goods_said_with_the_one_they_are_for_are_bought_at_their_shop(text, kinds):
    assert _kinds(text) == kinds


def test_a_buying_verb_with_a_pronoun_joined_to_it_buys_the_goods():
    text = "Salgo de la Plaça Rebés a las 13:00. Me gustaría pasar por una farmacia y comprarme algo de ropa. Vuelvo a las 15."
    assert _kinds(text) == ["pharmacy", "shop"]


@pytest.mark.parametrize("text, kinds", [
    # the everyday words of a shop that the tagging schema gives to a rarer kind
    ("Salgo de la Plaza Mayor a las 10. Quiero ir a una tienda de electrónica y comprar zapatos. Tengo 2 horas.",
     ["shop=electronics", "shop"]),
    ("Salgo de la Plaza Mayor a las 10: una panadería y después buscar regalos. Tengo 2 horas.",
     ["bakery", "shop"]),
    ("Leaving Union Square at 9: a vet appointment for the cat, then a bakery. Back by 11.",
     ["amenity=veterinary", "bakery"]),
    ("Ab 10 Uhr vom Rathausplatz: zum Paketshop und danach zum Bäcker. Um 12 zurück.",
     ["amenity=post_office", "bakery"]),
    ("Saio da Praça da Sé às 8h, quero tomar um café e depois passar na rodoviária. Tenho 2 horas.",
     ["cafe", "amenity=bus_station"]),
    ("Je pars de la place Carrée à 14h : une friperie, puis une fontaine d'eau potable. Retour à 16h.",
     ["shop", "amenity=drinking_water"]),
    ("Vi börjar vid Stortorget kl 13. Först secondhandbutiken, sedan ett kafé. Klart kl 15.",
     ["shop=second_hand", "cafe"]),
])
def test_a_shop_is_read_by_its_everyday_word(text, kinds):
    assert _kinds(text) == kinds


def test_shops_in_the_plural_of_some_goods_are_that_kind_of_shop():
    text = "Empezamos en la Plaza Mayor a las 10. Queremos mirar tiendas de deporte y comer. Tenemos 3 horas."
    assert _kinds(text) == ["shop=sports", "restaurant"]


def test_a_part_of_the_day_built_on_a_meal_word_is_no_meal():
    text = "Ledig eftermiddag från Stortorget kl 14: en bokhandel och en park. Har två timmar."
    assert _kinds(text) == ["bookshop", "park"]


@pytest.mark.parametrize("text, kinds", [
    ("From Union Square at 5pm: a bakery, then grab a six-pack of beer at the drinks shop. Back by 7.",
     ["bakery", "shop=beverages"]),
    ("From Union Square at 9: return my brother's books at the library, then a coffee. Back by 11.",
     ["library", "cafe"]),
    ("From Union Square at 9: drop the books back at the library, then a bookshop. Back by 11.",
     ["library", "bookshop"]),
])
def test_goods_bought_or_brought_back_name_no_visit_of_their_own(text, kinds):
    assert _kinds(text) == kinds


def test_a_cafe_gone_to_for_coffee_and_cake_is_one_visit():
    text = "Ab 14 Uhr vom Rathausplatz: erst ins Museum, dann ins Café auf Kaffee und Kuchen. Um 17 Uhr zurück."
    assert _kinds(text) == ["museum", "cafe"]


@pytest.mark.parametrize("text, kinds", [
    ("Ab 10 Uhr vom Rathausplatz: eine Kirche, dann auf dem Markt essen. Um 15 Uhr zurück.", ["church", "market"]),
    ("Vi börjar vid Stortorget kl 10. Lunch först på marknaden, sedan ett museum. Klart kl 14.", ["market", "museum"]),
    ("From Union Square at 10: lunch first at the market, then a museum. Back by 2pm.", ["market", "museum"]),
])
def test_a_meal_at_a_market_is_one_visit_there(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Parto da Piazza Duomo alle 10: una chiesa e poi mangiare qualcosa di tipico. Torno alle 15.",
    "Salgo de la Plaza Mayor a las 10: una iglesia y después comer algo típico. Vuelvo a las 15.",
    "Je pars de la place Carrée à 10h : une église, puis manger un plat typique. Retour à 15h.",
])
def test_something_typical_to_eat_is_a_meal(text):
    assert _kinds(text) == ["church", "restaurant"]


def test_something_bought_to_take_away_is_no_fast_food():
    text = "Salimos de la Plaza Mayor a las 11. Queremos ver la catedral y comprar vino para llevar. Volvemos a las 14."
    assert _kinds(text) == ["church", "shop=wine"]


def test_spoken_finnish_names_a_shop_and_the_first_visit_said_again():
    text = "Lähden Kauppatorilta klo 15. Pitäis syödä burgeri, käydä kirjakaupas ja sit leffaan. Ekana burgeri. Takaisin klo 21."
    req = parse_offline(text, today=TODAY).request
    assert [t.tag or t.category for t in req.tasks] == ["fast_food", "bookshop", "cinema"]


@pytest.mark.parametrize("text", [
    "Vi börjar vid Stortorget kl 10: ett museum och ett bageri. Hemma till lunch kl 13.",
    "Départ de la place Carrée à 10h : un musée et une boulangerie, je rentre déjeuner à 13h.",
    "Ab 10 Uhr vom Rathausplatz: ein Museum und eine Bäckerei. Um 13 Uhr gibts daheim Mittagessen.",
    "Starting at Union Square at 10: a museum and a bakery, home for lunch at 1pm.",
    "Saio da Praça do Comércio às 10: um museu e uma padaria, às 13h tenho almoço de família.",
])
def test_a_meal_at_home_or_with_the_family_is_no_visit(text):
    assert _kinds(text) == ["museum", "bakery"]


@pytest.mark.parametrize("text, kind", [
    ("Dissabte surto de la plaça Major a les 10 i vull veure tantes esglésies antigues com pugui. Torno a les 14.",
     "church"),
    ("Saio da Praça do Comércio às 10, quero visitar quantos parques der. Volto às 14h.", "park"),
])
def test_as_many_as_there_is_time_for_in_more_languages(text, kind):
    req = parse_offline(text, today=TODAY).request
    assert [(t.tag or t.category, t.maximize) for t in req.tasks] == [(kind, True)]


@pytest.mark.parametrize("text, kinds", [
    ("From Union Square at 10: a bottle of white, then get my bike fixed. Back by 1pm.", ["shop=alcohol", "shop=bicycle"]),
    ("Départ de la place Carrée à 10h : acheter du tabac et une bouteille de vodka. Retour à 12h.",
     ["shop=tobacco", "shop=alcohol"]),
    ("Ab 10 Uhr vom Rathausplatz: brauch Blumen für meine Mutter und dann eine Apotheke. Um 12 Uhr zurück.",
     ["shop=florist", "pharmacy"]),
    ("Flowers for my husband, then a bakery. Starting at Union Square at 10, back by noon.", ["shop=florist", "bakery"]),
    ("Surto de la plaça Major a les 10: comprar pa i després la farmàcia. Torno a les 12.", ["bakery", "pharmacy"]),
    ("Lähden Kauppatorilta klo 10: apteekki ja kaupasta ruokaa. Takaisin klo 12.", ["pharmacy", "supermarket"]),
])
def test_goods_name_the_shop_they_are_bought_at(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From Union Square at 7pm: dinner, then a club. Done by 11pm.", ["restaurant", "amenity=nightclub"]),
    ("Starting at Union Square at 10 with the kids: a playground and a babycino. Back by noon.", ["playground", "cafe"]),
    ("Saio da Praça do Comércio às 10: um museu e depois um cafezinho. Volto às 12h.", ["museum", "cafe"]),
    ("Vi börjar vid Stortorget kl 10: ett museum och sen serietidningsbutiken. Klart kl 12.", ["museum", "bookshop"]),
    ("Lähden Kauppatorilta klo 10: museo ja antikvariaatti. Takaisin klo 12.", ["museum", "bookshop"]),
])
def test_everyday_words_for_a_kind(text, kinds):
    assert _kinds(text) == kinds


def test_water_ice_is_ice_cream():
    text = "From Union Square at 11: a museum, then water ice and a park. Back by 3pm."
    assert _kinds(text) == ["museum", "ice_cream", "park"]


@pytest.mark.parametrize("text, kinds", [
    # goods named by two nouns, then where they are bought: the shop only
    ("From Union Square at 2pm: buy a phone charger at an electronics store, then a bakery. Back by 5.",
     ["shop=electronics", "bakery"]),
    # goods said with a word of needing them, or by the bunch
    ("From the station at 9: I need flowers for the grave, then the butcher. Back by 12.",
     ["shop=florist", "shop=butcher"]),
    ("Ab 9 Uhr vom Bahnhof. Ich brauch Blumen fürs Grab, dann zur Fleischerei. Um 12 zurück.",
     ["shop=florist", "shop=butcher"]),
    ("Från Centralstationen kl 10: en bukett blommor och ett bageri. Hemma kl 12.", ["shop=florist", "bakery"]),
    # a place of its own, needed, is that place ("I need gas" is a filling station)
    ("From the hotel at 8: I need gas, then a coffee. Back by 9:30.", ["amenity=fuel", "cafe"]),
])
def test_goods_said_without_a_word_of_buying(text, kinds):
    assert _kinds(text) == kinds


def test_a_drink_somewhere_of_a_cuisine_is_one_visit():
    text = "From Union Square at 2pm: a museum, then a beer somewhere proper Bavarian. Back by 6."
    assert _kinds(text) == ["museum", "bar"]


def test_a_viewpoint_of_a_named_place_is_one_visit():
    assert _kinds("Depuis la place d'Armes à 10h : le musée, puis le point de vue du fort Antoine. Retour pour midi.",
                  "monaco") == ["museum", "sight"]


@pytest.mark.parametrize("text, kinds", [
    ("Vanaf het station om 9 uur: bakker voor ontbijt, dan een museum. Om 12 uur terug.", ["bakery", "museum"]),
    ("Vanaf het station om 9 uur: een museum voor lunch, dan een park. Om 15 uur terug.",
     ["museum", "restaurant", "park"]),
])
def test_dutch_voor_after_a_food_shop_is_for(text, kinds):
    assert _kinds(text) == kinds
