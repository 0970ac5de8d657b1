"""The planner reads the times of messages dictated on the move: a time said and taken back for another ("at
9:30 no wait 9:45", "à deux heures, non attends plutôt deux heures et quart"), an hour said with its part of the
day and no cue ("Praça X oito da manhã"), spoken Finnish hours, "no later than" in several languages, and an end
said with the place one must be at.  The sentences are written for these tests; none is taken from a prompt
set."""

from __future__ import annotations

import pytest

from nco.planner.parse import parse_offline

from conftest import PROMPT_DAY


def _times(text: str) -> tuple[str | None, str | None]:
    """The start time and the deadline read from ``text``."""
    request = parse_offline(text, today=PROMPT_DAY).request
    return request.start_time, request.deadline


@pytest.mark.parametrize("text, start, deadline", [
    ("Leaving the Old Library at 10:30 no wait 10:45, a bakery, then a park, back by 12:30", "10:45", "12:30"),
    ("start at the Town Hall at 3, no wait make it quarter past, a cafe and a bookshop, back by 6", "15:15", "18:00"),
    ("Rendez-vous place du Marché à trois heures, non attends plutôt trois heures et quart, un musée puis un café, "
     "fini à six heures", "15:15", "18:00"),
    ("Place du Marché, quatre heures de l'aprem non quatre heures et demie plutôt, un parc puis une boulangerie, "
     "retour à six heures", "16:30", "18:00"),
    ("Start am Marktplatz um 10 nee wacht 10:30, eine Bäckerei und dann ein Café, um 12 zurück", "10:30", "12:00"),
])
def test_time_taken_back(text, start, deadline):
    assert _times(text) == (start, deadline)


@pytest.mark.parametrize("text, start, deadline", [
    ("Praça da Sé oito da manhã, uma padaria e depois uma farmácia, até às dez", "08:00", "10:00"),
    ("Plaça Major sis de la tarda, un bar i sopar, fins les deu", "18:00", "22:00"),
    ("Stortorget nio på förmiddagen, ett bageri och sen ett apotek, hem till elva", "09:00", "11:00"),
    ("Praça da Sé, quatro e quinze, um museu e um teatro, até às sete", "16:15", "19:00"),
    ("Estou na Praça da Sé umas dez, uma farmácia e um café, até ao meio dia", "10:00", "12:00"),
    ("Partiamo da Piazza Navona alle dieci, un museo e poi pranzo, fino all'una.", "10:00", "13:00"),
])
def test_hour_said_without_cue(text, start, deadline):
    assert _times(text) == (start, deadline)


@pytest.mark.parametrize("text, start, deadline", [
    ("Quero visitar umas três lojas e um café, saio da Praça da Sé às dez.", "10:00", None),
    ("Saio da Praça da Sé às dez, tenho umas duas horas, um museu e um café.", "10:00", None),
    ("Saio da Praça da Sé às dez, fico lá umas duas, três horas, um museu e um café.", "10:00", None),
])
def test_about_before_an_amount_is_no_time(text, start, deadline):
    assert _times(text) == (start, deadline)


def test_list_taken_back_and_said_again():
    text = ("from the Old Library at 10, a pharmacy, a bank and the post office, no wait I went to the bank "
            "yesterday, just pharmacy and post office then, back by 12")
    assert [t.tag or t.category for t in parse_offline(text, today=PROMPT_DAY).request.tasks] == \
        ["pharmacy", "amenity=post_office"]


@pytest.mark.parametrize("text, start, deadline", [
    ("Kauppatorilta lähdetään puol kolme, sit kahvilaan ja baariin, aikaa kaksi tuntia", "14:30", None),
    ("Lähden Kauppatorilta puoli yhdeksältä, leipomo ja sit apteekki, ja kympiltä pitää olla asemalla",
     "08:30", "10:00"),
])
def test_spoken_finnish_hours(text, start, deadline):
    assert _times(text) == (start, deadline)


@pytest.mark.parametrize("text", [
    "Wir starten um sieben abends am Marktplatz, essen gehen und dann in eine Kneipe, nicht später als elf zurück.",
    "On part de la place du Marché à sept heures du soir, un restaurant puis un bar, retour pas plus tard que onze "
    "heures.",
    "Partiamo da Piazza Navona alle sette di sera, un ristorante e un bar, di ritorno non più tardi delle undici.",
    "Vi går från Stortorget klockan sju på kvällen, en restaurang och en bar, tillbaka inte senare än elva.",
    "We vertrekken om zeven uur 's avonds vanaf de Grote Markt, een restaurant en een bar, terug niet later dan elf "
    "uur.",
])
def test_no_later_than(text):
    assert _times(text) == ("19:00", "23:00")


@pytest.mark.parametrize("text, start, deadline", [
    ("From Union Square at 5pm, a bookshop, then dinner, meet at the Blue Lantern at 8", "17:00", "20:00"),
    ("Ab Marktplatz um neun, ein Café und dann zur Apotheke, um elf am Rathaus", "09:00", "11:00"),
])
def test_end_said_with_its_place(text, start, deadline):
    assert _times(text) == (start, deadline)
