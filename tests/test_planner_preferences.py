"""The planner reads what a writer prefers, declines and leaves open: a kind wanted less ("rather a park than a
museum", "lieber ein Biergarten als ein Restaurant"), one said instead of another ("em vez de um museu"), one
already done ("les musées, on les a faits hier"), one not liked ("not a fan of museums"), a named place skipped or
whose crowds are avoided, a place compared with ("better than Starbucks") are no visits; two kinds offered as
alternatives are one visit ("a bakery or a café for breakfast"), a wish "if there is time" is one; a place said
twice at once is one visit ("Starbucks, yes, Starbucks"); a name the map holds for a district and for a garden
is the garden when its name says so ("the Jardin Exotique"); a place said to be enough for a meal is where it is
had ("ein Würstelstand reicht"); a visit said last after it is named ("et un marché pour finir si ...", "Avslutar
gärna med ...", "Hinterher ein Bier"); the start after the day or the ride ("On part demain à 10h de la Mairie
du 3e").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_parse


@pytest.mark.parametrize("city, text, kinds", [
    ("munich", "Start at Marienplatz at 10. Instead of a museum, a park, then lunch. Back by 2.",
     ["park", "restaurant"]),
    ("munich", "Wir starten um 10 am Marienplatz. Lieber ein Biergarten als ein Restaurant, und danach ein Museum. "
     "Bis 16 Uhr.", ["bar", "museum"]),
    ("paris", "Départ 10h place de la République. Plutôt un square qu'un musée, puis un café. Retour à 13h.",
     ["park", "cafe"]),
    ("andorra", "Salimos a las 10 de la Plaça del Poble. Mejor un parque que un museo, y luego una heladería. "
     "Volvemos a las 13h.", ["park", "ice_cream"]),
    ("stockholm", "Vi börjar vid Mariatorget kl 10. Hellre en park än ett museum, sedan lunch. Tillbaka kl 14.",
     ["park", "restaurant"]),
    ("porto", "Saímos da Trindade às 10h. Em vez de um museu, um jardim, e depois um café. Voltamos às 13h.",
     ["park", "cafe"]),
    ("monaco", "Partiamo da Place du Casino alle 10. Invece del museo, un giardino e poi un gelato. Torniamo alle 13.",
     ["park", "ice_cream"]),
    ("munich", "Start at Odeonsplatz at 10: rather the Hofgarten than the Englischer Garten, then lunch. Back by 2.",
     ["park", "restaurant"]),
])
def test_a_kind_wanted_less_is_no_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ("new_york", "Starting at Washington Square Park at 2. Not a fan of museums, so no museums; a bookshop, a coffee "
     "and a bar later. Back by 7.", ["bookshop", "cafe", "bar"]),
    ("paris", "On part de la place de la République à 10h. Les musées, on les a faits hier ; aujourd'hui un marché "
     "et un café. Retour à 14h.", ["market", "cafe"]),
    ("munich", "Wir starten um 10 am Marienplatz. Museen hatten wir gestern genug, heute lieber ein Park und ein Eis. "
     "Bis 14 Uhr.", ["park", "ice_cream"]),
    ("munich", "Start at Odeonsplatz at 10. Skip the Frauenkirche, we saw it, but the Viktualienmarkt yes. Then lunch. "
     "Done by 2.", ["market", "restaurant"]),
    ("munich", "Start at Marienplatz at 10. I'd rather avoid the crowds at the Viktualienmarkt. A museum and lunch, "
     "back by 2.", ["museum", "restaurant"]),
    ("harrisburg", "Start at Riverfront Park at 10. A museum, then coffee somewhere better than Starbucks. Back by 1.",
     ["museum", "cafe"]),
])
def test_a_kind_declined_or_done_is_no_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ("munich", "We beginnen om 10 uur op de Marienplatz. Liever een park dan een museum, en daarna een ijsje. Om 14 "
     "uur terug.", ["park", "ice_cream"]),
    ("andorra", "Sortim a les 10 de la Plaça del Poble. Millor un parc que un museu, i després un gelat. Tornem a "
     "les 13h.", ["park", "ice_cream"]),
    ("andorra", "Sortim a les 10 de la Plaça del Poble. En lloc d'un museu, un parc, i després dinar. Tornem a les "
     "14h.", ["park", "restaurant"]),
    ("helsinki", "Lähdetään Rautatientorilta klo 10. Museon sijaan puisto ja sitten jäätelö. Takaisin klo 13.",
     ["park", "ice_cream"]),
    ("stockholm", "Vi börjar vid Mariatorget kl 10. Kyrkor har vi sett nog av, så en park och ett kafé. Tillbaka "
     "kl 13.", ["park", "cafe"]),
    ("porto", "Saímos da Trindade às 10h. Prefiro um jardim a um museu, e depois um café. Voltamos às 13h.",
     ["park", "cafe"]),
    ("paris", "Départ 10h place de la République. Je préfère un square à un musée, puis une glace. Retour à 13h.",
     ["park", "ice_cream"]),
    ("paris", "Départ 10h place de la République. Au lieu d'un musée, un marché, puis un café. Retour à 13h.",
     ["market", "cafe"]),
    ("munich", "Zaczynamy o 10 na Marienplatz. Wolimy park niż muzeum, a potem lody. Wracamy o 13.",
     ["park", "ice_cream"]),
    ("munich", "Vi starter kl. 10 på Marienplatz. Hellere en park end et museum, og bagefter en is. Tilbage kl. 13.",
     ["park", "ice_cream"]),
    ("new_york", "Starting at Washington Square Park at 10. Museums are not our thing; a bookshop, then lunch. Back "
     "by 2.", ["bookshop", "restaurant"]),
])
def test_a_kind_wanted_less_in_the_languages_read(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ("munich", "Wir starten um 10 am Marienplatz. Diesmal bitte kein Deutsches Museum. Lieber ein Park und ein Eis. "
     "Bis 14 Uhr.", ["park", "ice_cream"]),
    ("munich", "Ab 13 Uhr am Odeonsplatz, drei Stunden. Die Asamkirche kenn ich schon, die kann wegfallen. Ein "
     "Museum und ein Café.", ["museum", "cafe"]),
    ("munich", "Wir starten um 9 am Stachus. Der Alte Peter ist nichts mehr für meine Knie. Ein Museum und danach "
     "ein Café. Bis 12 Uhr.", ["museum", "cafe"]),
    ("stockholm", "Vi börjar vid Mariatorget kl 11. Katarina kyrka hoppar vi över. Först lunch, sedan en bokhandel. "
     "Tillbaka kl 15.", ["restaurant", "bookshop"]),
    ("monaco", "Partiamo da Place du Casino alle 10. Di musei ne abbiamo visti abbastanza. Un giardino e un gelato. "
     "Torniamo alle 13.", ["park", "ice_cream"]),
    ("monaco", "On part de la gare à 10h. Pas le Casino, merci. Un jardin, puis une glace. Retour à 13h.",
     ["park", "ice_cream"]),
    ("new_york", "Saímos da Christopher Street às 13h: um café e uma loja. Restaurante caro nem pensar. Três horas.",
     ["cafe"]),
    ("paris", "Start 11 Uhr an der Mairie du 3e, bis 15 Uhr. Wir suchen einen Vintage-Laden und möchten auf einem "
     "Markt essen. Museen interessieren uns diesmal nicht.", ["shop", "market"]),
    ("new_york", "Starting at Abingdon Square at 8, till noon: as many coffee shops as possible. Not interested in "
     "the bookshops.", ["cafe"]),
])
def test_a_place_dropped_after_it_is_named(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    # "pas" before what is only near: the museum stays
    ("monaco", "On part de la gare à 10h. Un musée pas loin du port, puis une glace. Retour à 13h.",
     ["museum", "ice_cream"]),
    # a word of preference with no visit before what follows: "prefer to start at a museum" keeps it
    ("munich", "We'd prefer to start at a museum, from Marienplatz at 10, then lunch. Back by 2.",
     ["museum", "restaurant"]),
])
def test_what_only_looks_like_a_refusal_stays_a_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ("munich", "From Stachus at 9: a bakery or a café for breakfast, then a museum. Back by 1.", ["bakery", "museum"]),
    ("munich", "Ab Stachus um 9: eine Bäckerei oder ein Café zum Frühstück, dann ein Museum. Zurück um 13 Uhr.",
     ["bakery", "museum"]),
    ("stockholm", "Från Mariatorget kl 10: ett bageri eller ett kafé, spelar ingen roll, sedan ett museum. Tillbaka "
     "kl 13.", ["bakery", "museum"]),
    ("munich", "Start at Marienplatz at 10. A museum, and a beer at the end if we still have energy. Back by 4.",
     ["museum", "bar"]),
    ("porto", "Saímos da Trindade às 15h: primeiro um jardim, depois um copo num bar ou numa garrafeira, tanto faz. "
     "Até às 19h.", ["park", "bar"]),
    ("andorra", "Salimos a las 9 de la Plaça del Poble. Desayunar en una cafetería o en una panadería, y luego un "
     "museo. Hasta las 13h.", ["cafe", "museum"]),
    ("sydney", "From Sydenham station at 1pm: a brewery bar, then a feed at a pizza place or any cheap Thai. Back by "
     "5.", ["bar", "restaurant"]),
    ("paris", "Départ 10h place de la République : un musée, et s'il reste du temps, une glace. Retour à 14h.",
     ["museum", "ice_cream"]),
])
def test_alternatives_are_one_visit_and_a_wish_if_there_is_time_is_one(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ("harrisburg", "From the Hampton Inn at 9: lunch at Olive Garden or Macaroni Grill, either is fine, then a "
     "bookshop. Back by 2.", ["restaurant", "bookshop"]),
    ("paris", "Rendez-vous à 19h place de la République, on dîne chez Georges ou au Flunch, on verra, puis un "
     "square. Retour 22h.", ["restaurant", "park"]),
    # passes or fails with the learned readings as each retraining leaves it
    pytest.param("paris", "On se retrouve à 19h place de la République, on dîne chez Georges ou au Flunch, on verra, "
                 "puis un square. Retour 22h.", ["restaurant", "park"],
                 marks=pytest.mark.xfail(strict=True, reason="the learned reading of visits as last retrained reads "
                                         "the dinner offered at one of two places as said in passing (0.40)")),
    ("stockholm", "Vi börjar vid Mariatorget kl 10. Först Fatbursparken, sedan fika – bageri eller kafé, spelar ingen "
     "roll – och sist en bokhandel. Tillbaka kl 13.", ["park", "cafe", "bookshop"]),
    ("helsinki", "Vi startar vid Järnvägstorget kl 12. Gärna Gamla saluhallen och sedan något sött – ett bageri eller "
     "ett kafé, vad som helst. Tillbaka kl 15.", ["market", "cafe"]),
])
def test_places_offered_as_alternatives_are_one_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_a_place_said_twice_at_once_is_one_visit():
    assert planner_kinds("Start at Riverfront Park at 10. Coffee at Starbucks, yes, Starbucks, I know. Then a museum. "
                         "Back by 1.", "harrisburg") == ["cafe", "museum"]


@pytest.mark.parametrize("text", [
    "We leave the Fairmont at 2: the Jardin Exotique, then an ice cream. Back by 5.",
    "On part de la gare à 10h pour le Jardin Exotique, puis un café. Retour à 13h.",
])
def test_a_garden_named_like_its_district_is_the_garden(text):
    assert planner_kinds(text, "monaco")[0] == "park"


@pytest.mark.parametrize("city, text, kinds", [
    ("krems", "Wir starten um 18 Uhr beim Simandlbrunnen, so viele Bars wie möglich. Zwischendurch was Kleines essen, "
     "ein Würstelstand reicht völlig. Um 23 Uhr zurück.", ["bar", "fast_food"]),
    ("munich", "Zaczynamy o 10 na Marienplatz. Muzeum, potem obiad – coś taniego, nie musi być restauracja, wystarczy "
     "kebab. Wracamy o 14.", ["museum", "fast_food"]),
    ("krems", "Wir starten um 10 am Steiner Tor. Ein Museum, danach Mittagessen, am liebsten in einem Gasthof. Um 14 "
     "Uhr zurück.", ["museum", "restaurant"]),
    ("campo_grande", "Saio da Estação Manoel Brandão às 9h. Ele não liga pra museu nem pra igreja: depois um parque. "
     "Às 13h voltamos.", ["park"]),
])
def test_the_place_that_will_do_for_a_meal_is_that_meal(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    # what will do is said of a place the map has no kind for; the ice cream after it is a visit of its own
    ("porto", "Amanhã às 10h saímos da Praça da Batalha. Primeiro um parque infantil, depois almoço barato – uma tasca "
     "serve – e no fim um gelado. Às 15h em São Bento.", ["playground", "restaurant", "ice_cream"]),
])
def test_a_visit_after_what_will_do_stays_a_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, pairs", [
    ("paris", "Départ 10h place de la République : un musée, un café, et un marché pour finir si j'ai encore des "
     "jambes. Retour 14h.", [(0, 2), (1, 2)]),
    ("paris", "From the place de la République at 10: a museum, a café, and a market to finish if I still have legs. "
     "Back 2pm.", [(0, 2), (1, 2)]),
    ("stockholm", "Jag börjar vid Mariatorget kl 14 och har tre timmar. Ett galleri och en bokhandel. Avslutar gärna "
     "med ett glas vin.", [(0, 2), (1, 2)]),
    ("munich", "Ab 15 Uhr am Marienplatz, 2 Stunden: ein Museum und ein Park. Hinterher ein Bier, wenn noch Zeit ist.",
     [(0, 2), (1, 2)]),
    ("porto", "Saio da Trindade às 7h30, três horas: um parque e, na volta, um supermercado.", [(0, 1)]),
])
def test_a_visit_said_last_after_it_is_named(city, text, pairs):
    req = planner_parse(text, city).request
    assert sorted((d.before, d.after) for d in req.dependencies) == pairs


@pytest.mark.parametrize("city, text, start", [
    ("paris", "On part demain à 10h de la Mairie du 3e : un musée et un café. On a deux heures.", "Mairie du 3e"),
    ("paris", "We leave tomorrow at 10 from the Mairie du 3e: a museum and a café. We have two hours.",
     "Mairie du 3e"),
    ("stockholm", "Vi kommer med pendeln till Stockholms södra på lördag kl. 10. Först en park, sedan fika. Kl. 13 ska "
     "vi vara tillbaka.", "Stockholms södra"),
])
def test_where_a_trip_starts_after_the_day_or_the_ride(city, text, start):
    assert planner_parse(text, city).request.start_place == start


@pytest.mark.parametrize("text", [
    "Wir haben morgen früh bis 11 Uhr Zeit, Start um 8 am Hotel St. George. Erst Frühstück in einem Café, danach in "
    "einen Park. Blumen für meine Gastgeberin brauche ich auch noch, egal wann. Um 11 sind wir wieder am Hotel.",
    "Start at 8 at Hotel St. George. First breakfast at a café, then a park. I also need flowers for my host, no "
    "matter when. Back at 11.",
])
def test_a_visit_said_for_no_matter_when_is_in_no_order(text):
    req = planner_parse(text, "helsinki").request
    assert [t.tag or t.category for t in req.tasks] == ["cafe", "park", "shop=florist"]
    assert sorted((d.before, d.after) for d in req.dependencies) == [(0, 1)]
