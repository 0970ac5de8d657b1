"""The planner reads where a trip starts and ends as people say it: a German name with its adjective declined
after "am" or "im", the start said again by its kind ("back at the subway", "terug bij de camping", "torno a
l'oficina"), a kind of place before the name one leaves from, a hotel the map knows by its name, the place
where the car waits, the hotel one is in, leaving said with an infinitive or with a German verb whose particle
comes last ("wir fahren um 10 in Bindlach los"), and the end said with "termina na", with the verb last ("muss
ich am Hauptbahnhof sein"), as where one goes on to ("before heading over to X") or as where the train home
leaves from ("tar tåget hem från X").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request as _request


def _end(req):
    """The end place, ``None`` when it is the start again."""
    return None if req.end_place in (None, req.start_place, "start") else req.end_place


@pytest.mark.parametrize("text, city, start", [
    ("Ab 11 Uhr vom Bayerischen Hof aus: ein Café und eine Buchhandlung, zwei Stunden.", "munich",
     "Bayerischer Hof"),
    ("Salimos del museo Lenbachhaus a las 15:00, queremos un café y una librería. Dos horas.", "munich",
     "Lenbachhaus"),
    ("Leaving the Hotel Rival at Mariatorget at 10: a bakery and a bookshop, back at the hotel by 12.", "stockholm",
     "Rival"),
    ("Je vais partir du Jardin Exotique à 14h, puis une boulangerie et une pharmacie. Deux heures.", "monaco",
     "Jardin Exotique"),
    ("Vi börjar i Vasaparken kl 10 och vill hinna ett kafé och en bokhandel. Två timmar.", "stockholm",
     "Vasaparken"),
    ("Chérie, tu pars de la gare à 9h, passe à la pharmacie puis à la poste. Moi je suis au bureau à Fontvieille "
     "tout le jour, on se voit ce soir.", "monaco", "gare"),
    ("Wir sind beruflich in München im Hotel Bayerischer Hof. Ab 18 Uhr frei, ein Restaurant und danach eine Bar.",
     "munich", "Hotel Bayerischer Hof"),
    ("Wir fahren um 10 Uhr in Bindlach los, dann zum Bäcker und in eine Apotheke. Zwei Stunden.", "bayreuth_north",
     "Bindlach"),
    ("Samstag laufen wir um 9 in Harsdorf los, erst ein Café, dann ein Spielplatz. Um 12 Uhr sind wir fertig.",
     "bayreuth_north", "Harsdorf"),
])
def test_the_start_as_people_say_it(text, city, start):
    assert _request(text, city).start_place == start


@pytest.mark.parametrize("text, city", [
    ("Sortim a les 10 del Parc Central: una fleca i una farmàcia. Tornem al parc en dues hores.", "andorra"),
    ("Start at the Christopher St–Sheridan Sq subway at 9, a coffee and a bank, then back at the subway by 11.",
     "new_york"),
    ("Wij kamperen bij Bindlach. Om 9 uur naar de bakker en de supermarkt, om 11 uur terug bij de camping.",
     "bayreuth_north"),
    ("Surto de l'oficina a la Plaça Guillemó a les 13:00: una farmàcia i un banc. Després torno a l'oficina.",
     "andorra"),
    ("Leaving the Hotel Rival at Mariatorget at 10: a bakery and a bookshop, back at the hotel by 12.", "stockholm"),
])
def test_the_start_said_again_by_its_kind_is_no_end_of_its_own(text, city):
    req = _request(text, city)
    assert req.start_place is not None and _end(req) is None


@pytest.mark.parametrize("text, city, start, end", [
    ("Empezamos a las 10 en la Plaça Guillemó: una panadería y una farmacia. Volvemos al coche en la Avinguda "
     "Meritxell a las 13h.", "andorra", "Plaça Guillemó", "Avinguda Meritxell"),
    ("Saímos da Praça Ary Coelho às 15h, um café e uma livraria, e a gente termina na Afonso Pena às 18h.",
     "campo_grande", "Praça Ary Coelho", "Afonso Pena"),
    ("Ab 10 Uhr vom Odeonsplatz: ein Café und eine Buchhandlung. Mein Zug fährt um 13 Uhr, also muss ich vorher "
     "am Hauptbahnhof sein.", "munich", "Odeonsplatz", "Hauptbahnhof"),
    ("Free from 3pm at Marienplatz: a bookshop and a coffee before heading over to the Viktualienmarkt.", "munich",
     "Marienplatz", "Viktualienmarkt"),
    pytest.param("Starting at Odeonsplatz at 10, I want a museum and lunch before going to the Hofbräuhaus.",
                 "munich", "Odeonsplatz", "Hofbräuhaus",
                 marks=pytest.mark.xfail(strict=True, reason="the learned reading of end places, trained again with "
                                         "the sets 94, 96 and 98, reads the place one goes to last as no end "
                                         "(0.46)")),
    ("Vi börjar på Medborgarplatsen kl 13, ett kafé och en bokhandel. Jag tar tåget hem från Stockholms central "
     "kl 17.", "stockholm", "Medborgarplatsen", "Stockholms central"),
])
def test_the_end_said_in_more_ways(text, city, start, end):
    req = _request(text, city)
    assert (req.start_place, _end(req)) == (start, end)
