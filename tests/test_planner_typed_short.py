"""Messages typed in a hurry: English shorthand is English ("arvo errands: ... leaving X stn ~3:30, home b4 5"),
not a language the parser does not read; the words of place names typed short are written out before the map is
asked ("Pç. da Batalha", "Hospital Sto. António", "Av. dos Aliados", "Sheridan Sq", "Sydenham stn").  The sentences
are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request
from nco.errors import InputError
from nco.planner.offline.chat import place_abbreviations
from nco.planner.offline.lang import detect


@pytest.mark.parametrize("text", [
    "arvo errands: bank, Woolies, chemist. leaving Marrickville stn ~2:30, home b4 4",
    "bday gift run: Kmart (card/balloons) + bakery (cake). leaving ~1:30, party at 3 at Tillman Park",
])
def test_english_shorthand_is_english(text):
    assert detect(text) == "en"


def test_a_language_not_read_is_still_refused():
    with pytest.raises(InputError, match="does not look like English"):
        detect("holnap reggel a múzeumba megyek, utána kávézó és könyvesbolt, délután haza")


@pytest.mark.parametrize("text, out", [
    ("saio 9h da Pç. da Batalha", "saio 9h da Praça da Batalha"),
    ("saio do Hospital Sto. António 17h30", "saio do Hospital Santo António 17h30"),
    ("ca. 16h an der Av. dos Aliados", "ca. 16h an der Avenida dos Aliados"),
    ("départ Av. Meritxell 15h", "départ Avenue Meritxell 15h"),
    ("45 min @ Sheridan Sq: coffee", "45 min @ Sheridan Square: coffee"),
    ("leaving Sydenham stn ~3:30", "leaving Sydenham station ~3:30"),
    ("a sta. per strada", "a sta. per strada"),
])
def test_place_words_typed_short_are_written_out(text, out):
    assert place_abbreviations(text) == out


@pytest.mark.parametrize("text, city, start", [
    ("Sáb. de manhã: mercado → padaria → casa até às 11h. Saio 9h da Pç. da Batalha", "porto", "Praça da Batalha"),
    ("arvo errands: bank, Woolies. leaving Sydenham stn ~3:30, home b4 5", "sydney", "Sydenham station"),
])
def test_a_start_typed_short_is_found(text, city, start):
    assert planner_request(text, city).start_place == start
