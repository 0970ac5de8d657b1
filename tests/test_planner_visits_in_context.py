"""The planner tells a visit from a kind word said for something else (goods named with the shop they are
bought at, a refusal in the language's own words, where someone works, lives or parks, a meal at someone's
home, a trade said of oneself) and reads order words said after a visit ("at the very end", "to round off",
"before that").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest
from conftest import PROMPT_DAY, planner_kinds

from nco.planner.parse import parse_offline

TODAY = PROMPT_DAY
_kinds = planner_kinds


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the town hall at 9am. A museum, then protein and oat milk from the supermarket. Done by noon.",
     ["museum", "supermarket"]),
    ("From the main square at 8. Grab a bottle of water at the supermarket, then a long walk in a park. Two hours.",
     ["supermarket", "park"]),
    ("Saio da praça às 10h. Quero deixar os lençóis numa lavandaria e depois tomar um café. Volto às 12h.",
     ["shop=laundry", "cafe"]),
    ("Saio da praça às 10h, passo num supermercado comprar água e fruta e depois um museu. Volto às 13h.",
     ["supermarket", "museum"]),
])
def test_goods_named_with_their_shop_are_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Jag börjar vid Stortorget kl 10. Först ett museum, sedan en fika. Inte kyrkan, den har jag sett. Klart kl 13.",
     ["museum", "cafe"]),
    ("Start um 9 Uhr am Rathausplatz. Erst in die Apotheke, dann in den Supermarkt. Zum Bäcker muss ich heute nicht. "
     "Fertig um 11 Uhr.", ["pharmacy", "supermarket"]),
    ("Départ à 14h de la place Carrée. Un musée puis un café. Pas question d'aller au casino ce soir. Retour à 17h.",
     ["museum", "cafe"]),
])
def test_a_kind_refused_in_the_languages_own_words_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


def test_a_place_to_avoid_is_no_visit():
    text = "Starting at Abingdon Square at 10am. A bookshop and then a café. Avoid the High Line, it is packed. Back by 1pm."
    assert _kinds(text, "new_york") == ["bookshop", "cafe"]


def test_a_district_where_a_meal_happens_is_no_visit():
    text = "Starting at Fells Point at 10am. A café first, then lunch somewhere in Federal Hill. Done by 3pm."
    assert _kinds(text, "baltimore") == ["cafe", "restaurant"]


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the harbour at 9am. A pharmacy, then the bank branch to order a new card. Done by 11.",
     ["pharmacy", "bank"]),
    ("From the station at 2pm. A coffee, then the library branch nearby to return two novels. Back by 4pm.",
     ["cafe", "library"]),
])
def test_a_word_one_letter_from_a_kind_is_no_misspelt_kind(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start um 10 Uhr am Rathausplatz. Erst ins Museum, danach über den Markt bummeln. Um 14 Uhr fertig.",
     ["museum", "market"]),
])
def test_shopping_said_after_the_market_it_is_done_at_is_one_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the square at 9. A pharmacy and a bakery. My wife works at the hospital, so we meet later. Back by noon.",
     ["pharmacy", "bakery"]),
    ("Start um 10 am Rathaus. Erst in die Apotheke, dann zum Bäcker. Meine Frau arbeitet im Krankenhaus. Fertig um 12.",
     ["pharmacy", "bakery"]),
    ("Salgo de la plaza a las 10. Yo trabajo todo el día en el hospital. Paso por la farmacia y un museo. "
     "Vuelvo a las 13.", ["pharmacy", "museum"]),
    ("Saio da praça às 10h. Eu estou a trabalhar no hospital até às 18h. Passa na farmácia e num museu. Volta às 13h.",
     ["pharmacy", "museum"]),
])
def test_where_someone_works_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the square at 9. A pharmacy and a bakery. I'm stuck at the cinema all day. Back by noon.",
     ["pharmacy", "bakery"]),
    ("Départ de la gare à 10h. Une pharmacie et une boulangerie. Moi je suis au musée toute la journée, "
     "inutile de passer. Retour à midi.", ["pharmacy", "bakery"]),
    ("Start um 10 am Rathaus. Erst in die Apotheke, dann zum Bäcker. Ich bin im Museum bis 18 Uhr, also komm ja "
     "nicht vorbei. Fertig um 12.", ["pharmacy", "bakery"]),
    ("Surto de la plaça a les 10. Una farmàcia i una fleca. Jo treballo tot el dia a la biblioteca, no cal que hi "
     "vinguis. Torno a les 12.", ["pharmacy", "bakery"]),
])
def test_where_someone_spends_the_day_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Saio da praça às 10h. O carro ficou no parque da cidade. Passa na farmácia e num museu. Volta às 13h.",
     ["pharmacy", "museum"]),
    ("Start um 10 am Rathaus. Erst in die Apotheke, dann zum Bäcker. Ich park übrigens am Markt. Fertig um 12.",
     ["pharmacy", "bakery"]),
    ("Starting at the square at 9. A pharmacy and a bakery, then a museum. Back by noon to grab the car before the "
     "car park shuts.", ["pharmacy", "bakery", "museum"]),
    ("Jag börjar vid torget kl 13. Ett apotek och en bokhandel. Cykeln står vid kyrkan, så jag måste vara tillbaka "
     "där 16.", ["pharmacy", "bookshop"]),
])
def test_where_a_car_is_parked_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start um 10 am Rathaus. Erst in einen Comicladen, dann zum Bäcker. Fertig um 12.", ["bookshop", "bakery"]),
    ("Söndag 11.00 Stortorget\n– en kyrka\n– seriebutik\n– fika\n3 timmar totalt", ["church", "bookshop", "cafe"]),
    ("Starting at the square at 10. A comic store, then a café. Back by noon.", ["bookshop", "cafe"]),
])
def test_a_comic_shop_is_a_bookshop(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Hi! American family living near the river. We start at the square at 10am: a bakery and a pharmacy. "
     "Back by 2pm.", ["bakery", "pharmacy"]),
    ("Soy estudiante mexicano. Salgo de la plaza a las 10: una farmacia y un museo. Vuelvo a las 13.",
     ["pharmacy", "museum"]),
])
def test_a_nationality_said_of_people_is_no_meal(text, kinds):
    assert _kinds(text) == kinds


def _order(text: str) -> tuple[list[str], set[tuple[int, int]]]:
    """The kinds of the visits read from ``text`` and their order as (before, after) pairs."""
    req = parse_offline(text, today=TODAY).request
    return [t.tag or t.category for t in req.tasks], {(d.before, d.after) for d in req.dependencies}


@pytest.mark.parametrize("text, kinds, order", [
    ("Starting at the square at 10. A museum, a pharmacy, and an ice cream shop at the very end as a treat. "
     "Back by 2.", ["museum", "pharmacy", "ice_cream"], {(0, 2), (1, 2)}),
    ("Départ de la gare à 9h : un musée, une pharmacie et la boulangerie tout à la fin pour avoir du pain chaud. "
     "Retour à midi.", ["museum", "pharmacy", "bakery"], {(0, 2), (1, 2)}),
    ("Vi börjar vid torget kl 10. Ett museum, ett apotek och bageriet allra sist så brödet är varmt. Hemma kl 13.",
     ["museum", "pharmacy", "bakery"], {(0, 2), (1, 2)}),
    ("Sortim de la plaça a les 10. Volem un museu, després una farmàcia, i abans de tot una fleca. Tornem a la 1.",
     ["museum", "pharmacy", "bakery"], {(0, 1), (2, 0)}),
    ("Salimos de la plaza a las 10: un museo, luego una farmacia y antes de todo una panadería. Volvemos a las 13.",
     ["museum", "pharmacy", "bakery"], {(0, 1), (2, 0)}),
    ("Starting at the square at 10. A cafe at the end of the street, then a museum. Back by 2.",
     ["cafe", "museum"], {(0, 1)}),
])
def test_first_and_last_said_after_the_visit(text, kinds, order):
    assert _order(text) == (kinds, order)


@pytest.mark.parametrize("text, kinds", [
    ("Start at the square at 9: a cafe and a supermarket. Home by 11 (we live three blocks from the gym).",
     ["cafe", "supermarket"]),
    # passes or fails with the learned readings as each retraining leaves it
    pytest.param("Start um 9 am Markt: ein Café und ein Supermarkt. Um 11 zu Hause, ich wohne direkt neben der "
                 "Kirche.", ["market", "cafe", "supermarket"],
                 marks=pytest.mark.xfail(strict=True, reason="the learned reading of visits as last retrained reads "
                                         "the market one starts at as said in passing (0.49)")),
    ("Départ de la place à 9h : un café et un supermarché. Retour à 11h, j'habite à deux minutes du parc.",
     ["cafe", "supermarket"]),
    ("Saio da praça às 9: um café e um supermercado. Volto às 11, moro perto da igreja.", ["cafe", "supermarket"]),
    ("Jag börjar vid torget kl 9: ett kafé och en mataffär. Hemma kl 11, jag bor nära kyrkan.",
     ["cafe", "supermarket"]),
])
def test_a_place_one_lives_near_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the old bridge at 9am. I want to see as many miradouros as I can, then a cafe. Done by noon.",
     ["viewpoint", "cafe"]),
    ("Départ du pont à 9h : un café, puis un miradouro pour la vue. Fin à midi.", ["cafe", "viewpoint"]),
    ("Start um 9 an der Brücke: ein Café, dann zu einem Mirador. Fertig um 12.", ["cafe", "viewpoint"]),
])
def test_a_viewpoint_named_by_its_local_word(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at the square at 10: a museum and a bookshop. Then lunch at my grandma's at 1.", ["museum", "bookshop"]),
    ("Départ de la place à 10h : un musée et une librairie. À 13h déjeuner chez ma grand-mère.",
     ["museum", "bookshop"]),
    ("Saímos da praça às 10: um museu e uma livraria. Às 13h almoço na casa da minha avó.", ["museum", "bookshop"]),
    ("Parto dalla piazza alle 10: un museo e una libreria. Alle 13 pranzo dalla nonna.", ["museum", "bookshop"]),
    ("Vi börjar vid torget kl 10: ett museum och en bokhandel. Kl 13 lunch hos mormor.", ["museum", "bookshop"]),
    ("We start at the square at 10: a museum and a bookshop, then dinner at home by 6.", ["museum", "bookshop"]),
])
def test_a_meal_at_home_or_at_someones_home_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("We start at the hotel at 2: a museum and a bookshop. Back at the hotel by 6 because we have dinner booked "
     "there.", ["museum", "bookshop"]),
    ("Leaving the station at 9 for a bakery and a museum, back at the guesthouse by 1 cause we've got lunch "
     "reservations there.", ["bakery", "museum"]),
    ("Vi börjar vid hotellet kl 14: ett museum och en bokhandel. Tillbaka vid hotellet kl 18 eftersom vi har middag "
     "där.", ["museum", "bookshop"]),
])
def test_a_meal_one_has_where_the_trip_ends_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds, order", [
    ("On part de la place à 15h : un musée, une église, une pharmacie, et pour finir un bar.",
     ["museum", "church", "pharmacy", "bar"], {(0, 3), (1, 3), (2, 3)}),
    ("Vi börjar vid torget kl 10. Ett museum, en bokhandel och sist ett kafé.",
     ["museum", "bookshop", "cafe"], {(0, 2), (1, 2)}),
    ("Start at 9 at the square: a museum, a bakery, a bookshop and finally a pub. Done by 2.",
     ["museum", "bakery", "bookshop", "bar"], {(0, 3), (1, 3), (2, 3)}),
    ("Start at 9: first a church, then a playground, and finally lunch. Done by 2.",
     ["church", "playground", "restaurant"], {(0, 1), (1, 2)}),
])
def test_finally_puts_only_the_visit_after_it_last(text, kinds, order):
    assert _order(text) == (kinds, order)


def test_finally_after_a_sequence_keeps_its_order():
    text = "Start at 9 at the square. First a museum, then lunch, a gallery in the afternoon and finally a café."
    assert _order(text) == (["museum", "restaurant", "gallery", "cafe"], {(0, 1), (1, 2), (2, 3)})


@pytest.mark.parametrize("text, kinds", [
    ("Saio da praça às 15: uma galeria, uma livraria e para fechar uma cerveja num bar.",
     ["gallery", "bookshop", "bar"]),
    ("Parto dalla piazza alle 15: una galleria, una libreria e per chiudere una birra in un bar.",
     ["gallery", "bookshop", "bar"]),
    ("Jag börjar vid torget kl 15: ett galleri, en bokhandel och som avslutning en öl på en bar.",
     ["gallery", "bookshop", "bar"]),
    ("Start at the square at 3: a gallery, a bookshop and to round things off a beer at a bar.",
     ["gallery", "bookshop", "bar"]),
])
def test_to_round_off_puts_the_visit_last(text, kinds):
    assert _order(text) == (kinds, {(0, 2), (1, 2)})


@pytest.mark.parametrize("text", [
    "We beginnen om 10 uur op het plein. We willen lunchen in een restaurant en daarvoor nog over een markt slenteren.",
    "Wir starten um 10 am Platz. Wir wollen in ein Restaurant und vorher noch über einen Markt bummeln.",
    "Vi börjar kl 10 vid torget. Vi vill äta lunch på en restaurang och innan dess gå på en marknad.",
    "Saímos às 10 da praça. Queremos almoçar num restaurante e antes disso passear num mercado.",
    "On part à 10h de la place. On veut déjeuner au restaurant et avant ça flâner dans un marché.",
])
def test_before_that_in_the_languages_read(text):
    assert _order(text) == (["restaurant", "market"], {(1, 0)})


@pytest.mark.parametrize("text, kinds", [
    ("Photographe amateur, je pars de la place à 7h : un café, puis une boulangerie. Fin à 10h.", ["cafe", "bakery"]),
    ("I'm a keen photographer. Starting at the square at 7: a cafe, then a bakery. Done by 10.", ["cafe", "bakery"]),
    ("Sou fotógrafo amador. Saio da praça às 7: um café e uma padaria. Volto às 10.", ["cafe", "bakery"]),
])
def test_a_trade_said_of_oneself_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at the square at 3: a museum, a church and later a bar. Back by 7.", ["museum", "church", "bar"]),
    ("On part de la place à 15h : un musée, une église et plus tard un bar. Retour à 19h.",
     ["museum", "church", "bar"]),
])
def test_later_after_a_plain_list_puts_only_the_visit_after_it_last(text, kinds):
    assert _order(text) == (kinds, {(0, 2), (1, 2)})


@pytest.mark.parametrize("text, kinds", [
    ("Départ de la place à 10h : un café tout à la fin de la rue, puis un musée. Fin à midi.", ["cafe", "museum"]),
    ("Start um 10 am Markt: ein Café ganz am Ende der Straße, dann ein Museum. Fertig um 12.",
     ["market", "cafe", "museum"]),
])
def test_the_very_end_of_a_street_is_no_order(text, kinds):
    assert _order(text) == (kinds, {(len(kinds) - 2, len(kinds) - 1)})


@pytest.mark.parametrize("text, kinds", [
    ("Start um 10 am Rathausplatz. Wir wollen so viele Brunnen wie möglich sehen und ein Eis essen. Um 13 Uhr zurück.",
     ["amenity=fountain", "ice_cream"]),
    ("Salimos de la plaza a las 10. Queremos ver las fuentes y tomar un helado. Volvemos a las 13.",
     ["amenity=fountain", "ice_cream"]),
    ("Partenza dalla piazza alle 10. Vogliamo vedere le fontane e prendere un gelato. Ritorno alle 13.",
     ["amenity=fountain", "ice_cream"]),
    ("Start um 10 am Rathausplatz. Erst die Flasche am Trinkbrunnen auffüllen, dann ein Eis. Um 13 Uhr zurück.",
     ["amenity=drinking_water", "ice_cream"]),
])
def test_a_fountain_said_plainly_is_one_to_look_at(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Salimos de la plaza a las 10. Queremos ver un museo y comer. Terminamos en el balneario a las 16:00, que "
     "tenemos entrada para el spa.", ["museum", "restaurant"]),
    ("Saio da praça às 10h. Um museu e um almoço. Acabo no teatro às 16h, já tenho os bilhetes.",
     ["museum", "restaurant"]),
    ("Partenza dalla piazza alle 10. Un museo e poi la biglietteria del teatro. Ritorno alle 13.",
     ["museum", "shop=ticket", "theatre"]),
])
def test_a_ticket_one_holds_is_no_ticket_shop(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Départ de la gare à 10h. Un musée et un déjeuner. Retour à la gare pour 16h, on a réservé une table.",
     ["museum", "restaurant"]),
    ("Départ de la place à 9h : une boulangerie puis le musée, que nous avons réservé. Fin à midi.",
     ["bakery", "museum"]),
])
def test_a_booking_is_no_bank(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Lähden asemalta klo 12. Haluan käydä apteekissa ja syödä sushia. Takaisin klo 15.",
     ["pharmacy", "restaurant"]),
    ("Lähden asemalta klo 18. Ensin museo, sitten syödään pizzaa. Takaisin klo 21.", ["museum", "restaurant"]),
])
def test_a_dish_said_in_the_finnish_partitive_is_a_meal(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at the square at 11. A museum, plus a crab cake lunch somewhere. Back by 4.", ["museum", "restaurant"]),
    ("Start at the square at 9. A gallery and then a pastry breakfast by the river. Back by noon.",
     ["gallery", "cafe"]),
])
def test_a_snack_said_before_a_meal_is_what_is_eaten_at_it(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, city, kinds", [
    ("Jag utgår från Katarina kyrka kl 10. Först ett apotek, sedan en bokhandel. Klockan 12 vill jag vara tillbaka "
     "vid kyrkan.", None, ["pharmacy", "bookshop"]),
    ("Starting at Federal Hill Park at 9. The bank, then a pharmacy. Must be done by noon when my sister arrives at "
     "the park.", "baltimore", ["bank", "pharmacy"]),
    ("Starting at Federal Hill Park at 8. A coffee, then the post office. Home by 10, we live right by the hill park.",
     "baltimore", ["cafe", "amenity=post_office"]),
])
def test_the_start_said_by_its_kind_where_the_trip_ends_is_no_visit(text, city, kinds):
    assert _kinds(text, city) == kinds


def test_the_starts_kind_word_after_its_name_is_no_visit():
    text = "My son drops me at the Penn Station library at 10 and picks me up there at 1. A bank and a bakery."
    assert _kinds(text) == ["bank", "bakery"]


@pytest.mark.parametrize("text, kinds", [
    ("Saio da praça às 10h. Primeiro um parque infantil para os miúdos gastarem energia, depois um gelado. Volto às 12h.",
     ["playground", "ice_cream"]),
    ("Summer holidays with a bored teenager. Leaving the square at 2pm: a bookshop, then ice cream. Back by 5.",
     ["bookshop", "ice_cream"]),
    ("Starting at the station at 6pm. A pharmacy, then pizza because nobody is cooking tonight. Home by 8.",
     ["pharmacy", "restaurant"]),
])
def test_a_search_word_said_with_the_word_it_goes_with_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Ab 14 Uhr vom Rathausplatz: erst zur Post, Briefmarken holen, danach ein Museum. Zurück um 17 Uhr.",
     ["amenity=post_office", "museum"]),
    ("Ab 9 Uhr vom Bahnhof: zur Post, Briefmarken für die Karten kaufen, und dann in ein Café. Zurück um 11 Uhr.",
     ["amenity=post_office", "cafe"]),
])
def test_goods_with_the_verb_of_buying_last_are_bought_at_the_visit_before(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the harbour at 9am. A museum, then a cinnamon roll at a bakery or a café. Back by noon.",
     ["museum", "bakery"]),
])
def test_an_alternative_said_after_a_visits_place_is_the_same_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Starting at the harbour at 9am. A gallery, then a Finnish cinnamon bun. Back by noon.", ["gallery", "cafe"]),
    ("Starting at the station at 10am. A museum, then a Danish pastry. Back by 1pm.", ["museum", "bakery"]),
])
def test_a_cuisine_said_of_a_drink_or_a_snack_is_no_meal(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Leaving the station at 9. A museum and a bookshop, I have to be home by 1pm for lunch.", ["museum", "bookshop"]),
    ("Ab 14 Uhr vom Rathausplatz: ein Museum und ein Park. Um 18 Uhr wollen wir zum Abendessen zurück sein.",
     ["museum", "park"]),
    ("Leaving the station at 11. A museum, then lunch at a bistro. Done by 3pm.", ["museum", "restaurant"]),
])
def test_a_meal_one_is_back_for_when_the_trip_ends_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


def test_a_name_asked_of_the_map_does_not_end_in_a_particle():
    text = "Pasamos el domingo en Andorra de paseo. Empezamos en la Plaça Rebés a las 10: una farmacia y una perfumería. " \
           "Volvemos a las 14h."
    assert _kinds(text, "andorra") == ["pharmacy", "shop=perfumery"]


@pytest.mark.parametrize("text, kinds", [
    ("Départ de la gare à 9h. Acheter alcool et cigarettes au supermarché, puis un musée. Retour à 12h.",
     ["supermarket", "museum"]),
    ("Starting at the station at 9. Buy shampoo and razors at the supermarket, then a museum. Back by noon.",
     ["supermarket", "museum"]),
])
def test_goods_listed_after_a_word_of_buying_then_the_shop_are_bought_there(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Ab 9 vom Bahnhof: Mittagessen auf dem Markt, dann ins Museum. Bis 15 Uhr.", ["market", "museum"]),
    ("Vanaf 9 uur vanaf het station: lunch op de markt, dan een museum. Om 15 uur terug.", ["market", "museum"]),
    ("Ab 15 Uhr vom Bahnhof: Kaffee und Strudel in einer Konditorei, dann ein Museum. Bis 18 Uhr.",
     ["bakery", "museum"]),
    ("Ab 15 Uhr vom Bahnhof: erst in der Eisdiele was trinken, dann ins Museum. Bis 18 Uhr.",
     ["ice_cream", "museum"]),
    ("From the station at 4pm: a supermarket for tomorrow's snacks, and a pub. Back by 8.", ["supermarket", "bar"]),
])
def test_a_meal_or_a_drink_said_with_where_it_is_had_is_one_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Dalla stazione alle 12: pranzo veloce, anche un kebab va bene, poi un museo. Fino alle 15.",
     ["restaurant", "museum"]),
    ("From the station at 12: quick lunch, maybe a burger, then a museum. Back at 3.", ["restaurant", "museum"]),
    # no word of choice: two stops
    ("From the station at 12: lunch, a kebab, then a museum. Back at 3.", ["restaurant", "fast_food", "museum"]),
])
def test_food_offered_as_a_choice_after_a_meal_is_that_meal(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Ab 10 am Bahnhof: einen Geldautomaten, weil die nur bar zahlen, dann ein Museum. Bis 14 Uhr.",
     ["bank", "museum"]),
    ("Ab 10 am Bahnhof: eine Bar, dann ein Museum. Bis 14 Uhr.", ["bar", "museum"]),
])
def test_paying_cash_in_german_is_no_bar(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From the station at 11: a phone shop, then I'd love a sauna but apparently none is close, so skip it - "
     "just a park and a bar. Back by 4.", ["shop=mobile_phone", "park", "bar"]),
    ("From the station at 6pm: a bookshop and dinner. No pubs please, I've had enough beer this week. Back by 9.",
     ["bookshop", "restaurant"]),
    ("From the station at 6pm: a bookshop, then please don't take me past the cathedral again. Back by 9.",
     ["bookshop"]),
    ("Sortim de la plaça a les 10. Prou botigues! Volem veure una església i dinar en un restaurant. Tornem a les 14.",
     ["church", "restaurant"]),
])
def test_a_kind_one_has_had_enough_of_or_drops_is_no_visit(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From the station at 1pm: lunch, then a record shop for Finnish jazz vinyl. Back by 4.",
     ["restaurant", "shop=music"]),
    ("From the station at 1pm: Finnish food, then a record shop. Back by 4.", ["restaurant", "shop=music"]),
])
def test_a_nationality_said_of_music_or_design_is_no_meal(text, kinds):
    assert _kinds(text) == kinds
