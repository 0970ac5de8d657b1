"""Requests dictated aloud: a clock time said in words and corrected at once, with no mark after the new one ("um
drei äh nein halb vier müssen wir", "a las diez no a las diez y media tengo", "klockan tio nej elva först", "at
quarter to eight no make it eight gym"), is the new time when the new one is said with its own cue, in several
words, after "make it" or before "first"; a count corrected ("um zwei, nein, drei Museen") is no time.  A place
corrected by its cue word said again pairs with the cue's last time before ("a las tres voy a la iglesia no perdón a
la oficina de correos": the church is taken back, the start stays at three).  A greeting that opens a dictated
prompt without a mark ("hei vi er på ...") is no visit; a sound of hesitation is dropped ("od hotelu ehm Admiral Fell
Inn").  The sentences are written for these tests; none is taken
from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request
from nco.planner.offline.text import drop_corrections


@pytest.mark.parametrize("text, city, start", [
    ("also wir starten am Marienplatz um drei äh nein halb vier müssen noch zur Apotheke und um sechs sind wir daheim",
     "munich", "15:30"),
    ("mañana salgo de la Plaça del Poble a las diez no a las diez y media tengo que ir a la farmacia y a las doce "
     "vuelvo", "andorra", "10:30"),
    ("okej imorgon från Mariatorget klockan tio nej elva först apoteket sen ett kafé klockan ett ska jag vara hemma",
     "stockholm", "11:00"),
    ("leaving Washington Square at quarter to eight no make it eight gym then coffee home by ten thirty",
     "new_york", "08:00"),
    ("morgen vanaf de Place du Casino om half elf nee om elf uur eerst een museum en om vijf uur terug", "monaco",
     "11:00"),
    ("Bahnhof halb neun äh nein Viertel vor neun Bank Apotheke und um zehn beim Zahnarzt", "krems", "08:45"),
])
def test_a_time_corrected_aloud_is_the_new_one(text, city, start):
    assert planner_request(text, city).start_time == start


def test_a_count_corrected_aloud_stays_a_count():
    text = "wir sind um zwei, nein, drei Museen wollen wir sehen"
    assert drop_corrections(text) == text


def test_a_place_corrected_aloud_pairs_with_the_last_cue_before_it():
    req = planner_request("mañana salgo de Washington Square a las tres voy a la iglesia no perdón a la oficina de "
                          "correos y al supermercado y a las cinco tengo que estar en casa", "new_york")
    assert (req.start_time, req.deadline) == ("15:00", "17:00")
    assert "church" not in [t.category for t in req.tasks]


@pytest.mark.parametrize("text, city", [
    ("hei vi er på Mariatorget klokka ni og skal innom en bokhandel og så hjem klokka elleve", "stockholm"),
    ("hei vi starter ved Hakaniemi klokka ett ser på en kirke og så tilbake klokka fire", "helsinki"),
])
def test_a_greeting_said_aloud_is_no_visit(text, city):
    req = planner_request(text, city)
    assert all(t.tag != "natural=heath" for t in req.tasks) and req.tasks


def test_a_filler_inside_a_place_said_aloud_is_dropped():
    req = planner_request("tak zítra v devět od hotelu ehm Admiral Fell Inn chceme muzeum a kavárnu a ve dvanáct "
                          "musíme být zpátky", "baltimore")
    assert req.start_place == "Admiral Fell Inn"
