"""The planner reads start and end places as people dictate them on the move: a name that opens the message
with its time after it, the corner of two streets, a place one is near, the place one goes to first, the
place one goes on to last at the deadline, a Finnish "pitää olla", the start said again by its kind, and
the home of someone one goes to.  The sentences are written for these tests; none is taken from a prompt
set."""

from __future__ import annotations

import pytest

from nco.planner.gazetteer import fold

from conftest import planner_request as _request



def _same(got: str | None, want: str | None) -> bool:
    return (fold(got) if got else None) == (fold(want) if want else None)


@pytest.mark.parametrize("text, city, start", [
    ("odeonsplatz so um zehn, bäcker und apotheke, bis zwölf", "munich", "Odeonsplatz"),
    ("ateneumista lähdetään puol yksitoista, sit kahville ja kirjakauppaan", "helsinki", "Ateneum"),
    ("plaça de la rotonda deu del matí una farmàcia i un cafè, fins les dotze", "andorra", "plaça de la rotonda"),
])
def test_a_name_that_opens_the_message_with_its_time(text, city, start):
    assert _same(_request(text, city).start_place, start)


@pytest.mark.parametrize("text, city, start", [
    ("corner of christopher and bleecker, 3pm, a bakery and a bookshop, back by 5", "new_york", "Christopher Street"),
    ("angle rue Charlot et rue de Bretagne, dix heures, une boulangerie et un café", "paris", "rue Charlot"),
    ("swedenborgsgatan hörnet sankt paulsgatan klockan elva, ett apotek och sen fika", "stockholm",
     "swedenborgsgatan"),
])
def test_the_corner_of_two_streets_is_the_start(text, city, start):
    assert _same(_request(text, city).start_place, start)


def test_a_place_one_is_near_with_its_time():
    req = _request("a bakery near the christopher street station at 9 then a bookshop, done by 11", "new_york")
    assert _same(req.start_place, "christopher street station")


def test_the_place_one_goes_to_first_is_the_start():
    req = _request("vou para aliados às dez, preciso de uma farmácia e uma padaria. tenho uma hora", "porto")
    assert _same(req.start_place, "aliados")


@pytest.mark.parametrize("text, end", [
    ("Ab 9 vom Marienplatz zur Bank und zur Apotheke, bis elf will ich dann im Hofbräuhaus sein", "Hofbräuhaus"),
    ("Start Odeonsplatz um zehn, eine Kirche und ein Café, mittag dann im Hofbräuhaus, um eins", "Hofbräuhaus"),
    ("from Odeonsplatz at 9, a bookshop and a bakery, at 11 at Marienplatz", "Marienplatz"),
    ("Ab Odeonsplatz um neun, Apotheke und Bäcker und dann zu ihm, der wohnt am Marienplatz, spätestens um elf",
     "Marienplatz"),
])
def test_the_place_one_goes_on_to_last(text, end):
    assert _same(_request(text, "munich").end_place, end)


def test_a_finnish_place_one_must_be_at_is_the_end():
    req = _request("lähden Kiasmasta kello 9, apteekki ja kahvila, kello 11 mun pitää olla Ateneumissa", "helsinki")
    assert _same(req.start_place, "Kiasma") and _same(req.end_place, "Ateneum")


def test_the_start_said_again_by_its_kind_is_no_new_end():
    req = _request("on commence au Viktualienmarkt à neuf heures, une pharmacie puis une boulangerie, retour au "
                   "marché à onze heures", "munich")
    assert _same(req.start_place, "Viktualienmarkt") and req.end_place in (None, req.start_place)
