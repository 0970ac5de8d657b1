"""Requests pasted from notes, calendars, forms and tables (:mod:`nco.planner.offline.forms`): a checklist's ticked
items are done, a form's labels in the languages read say the start, the time, the end and the stops, a table's
columns say the same, and a calendar's free slot is the trip between two commitments.  The sentences are written for
these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_request
from nco.planner.gazetteer import fold
from nco.planner.offline.forms import LABELS, form_language, read_form


def test_plain_sentences_are_left_alone():
    text = "Start at Marienplatz at 10, a museum and lunch, back by 4."
    assert read_form(text) == (text, text)


def test_a_checklist_drops_what_is_ticked_off_and_keeps_the_rest():
    read, said = read_form("Saturday\n- [ ] pharmacy\n- [x] bakery (done)\n- [ ] post office\nfrom Marienplatz at 9")
    assert "bakery" not in read and "pharmacy, post office." in read
    assert "bakery" not in said


def test_a_line_of_choices_keeps_the_ticked_ones():
    read, _ = read_form("Start: Marienplatz\nInterests: [x] museums [ ] sauna [x] coffee")
    assert read == "Starting from Marienplatz. museums, coffee."


@pytest.mark.parametrize("label, role", [
    ("Startpunkt", "start"), ("Punto de partida", "start"), ("Lähtöpaikka", "start"), ("Miejsce startu", "start"),
    ("Hora de salida", "time"), ("Uhrzeit", "time"), ("Rientro", "end"), ("Must leave by", "end"),
    ("Duración", "duration"), ("Durée", "duration"), ("Tappe", "stops"), ("Paradas", "stops"), ("Nom", "drop"),
])
def test_form_labels_in_the_languages_read(label, role):
    assert LABELS[fold(label)] == role


def test_the_words_written_for_a_form_are_no_evidence_of_its_language():
    read, said = read_form("Punto de partida: Plaça del Poble\nHora: 10:00\nParadas: farmacia, panadería")
    assert read.startswith("Starting from Plaça del Poble. Starting at 10:00.")
    assert "Starting" not in said and "Punto de partida" in said


def test_a_form_in_spanish_is_planned():
    req = planner_request("Punto de partida: Plaça del Poble\nHora de salida: 10:00\nDuración: 3 horas\n"
                          "Paradas: una farmacia y el supermercado", "andorra")
    assert (req.start_place, req.start_time, req.time_limit_min) == ("Plaça del Poble", "10:00", 180)
    assert [t.category for t in req.tasks] == ["pharmacy", "supermarket"]


def test_a_form_in_german_with_a_span_of_time():
    req = planner_request("Startpunkt: Marienplatz\nZeit: 10–13 Uhr\nProgramm: Museum, Mittagessen", "munich")
    assert (req.start_place, req.start_time, req.deadline) == ("Marienplatz", "10:00", "13:00")


def test_a_table_with_its_columns_named():
    req = planner_request("Time | From | Stops\n14:00 | Place d'Armes | pharmacy, a bakery\n", "monaco")
    assert (req.start_place, req.start_time) == ("Place d'Armes", "14:00")
    assert [t.category for t in req.tasks] == ["pharmacy", "bakery"]


def test_a_calendar_plans_the_free_slot_between_two_commitments():
    text = ("Mon 3 March\n09:00–12:00  seminar, Hotel Bayerischer Hof\n12:00–15:00  free: lunch, a bookshop\n"
            "15:00  meeting at Odeonsplatz")
    req = planner_request(text, "munich")
    assert (req.start_place, req.start_time, req.deadline, req.end_place) == (
        "Hotel Bayerischer Hof", "12:00", "15:00", "Odeonsplatz")
    assert planner_kinds(text, "munich") == ["restaurant", "bookshop"]


def test_a_numbered_list_keeps_its_order():
    req = planner_request("Sunday from Marienplatz at 10:\n1. a museum\n2. lunch\n3. a park\nback by 5", "munich")
    assert [(d.before, d.after) for d in req.dependencies] == [(0, 1), (1, 2)]


def test_a_heading_and_the_start_on_the_next_line():
    req = planner_request("Dimanche\n10h Place de la République\n– une boulangerie\n– un musée\nfin 15h", "paris")
    assert (req.start_place, req.start_time, req.deadline) == ("Place de la République", "10:00", "15:00")


@pytest.mark.parametrize("text, lang", [
    ("Punto de partida: Plaça del Poble. Hora de salida: 10:00. Paradas: farmacia, supermercado.", "es"),
    ("Lähtöpaikka: Stockholms södra. Aika: 9.30–11.30. Tehtävät: teekauppa, leipomo.", "fi"),
    ("Start: Marienplatz. Temps: 2 h.", None),
])
def test_the_language_of_a_form_told_by_its_labels(text, lang):
    assert form_language(text) == lang


def test_a_form_of_labels_and_kinds_only_is_read_in_its_language():
    req = planner_request("Punto de partida: Plaça del Poble\nHora de salida: 10:00\nDuración: 3 horas\n"
                          "Paradas: farmacia, supermercado", "andorra")
    assert (req.start_place, req.start_time, req.time_limit_min) == ("Plaça del Poble", "10:00", 180)
    assert [t.category for t in req.tasks] == ["pharmacy", "supermarket"]


@pytest.mark.parametrize("text, start, deadline", [
    ("to do sat\n[ ] Weis\n[ ] Rite Aid\nleave 10, back by 1", "10:00", "13:00"),
    ("Saturday: the library, then a cafe. start 9, home by 12", "09:00", "12:00"),
])
def test_a_bare_hour_after_leave_or_start_is_the_start(text, start, deadline):
    req = planner_request(text, "harrisburg")
    assert (req.start_time, req.deadline) == (start, deadline)
