"""Times and places of what one is busy with before the trip: something said to end at a time as a sentence opens
is when the trip starts, not its deadline; a verb after a word typed before a time is no part of a place name; a
meeting point said with the first time of the prompt is the start.  The sentences are written for these tests; none
is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request as _read


def test_something_that_ends_at_a_time_starts_the_trip():
    r = _read("Our family brunch at Schloss Neudrossenfeld ends at 11. My train back leaves Harsdorf at 16:30. "
              "A viewpoint and a beer in a pub.", "bayreuth_north")
    assert (r.start_time, r.deadline) == ("11:00", "16:30")


def test_the_trip_itself_ending_is_its_deadline():
    r = _read("From Harsdorf at 10. The walk ends at 3pm. A viewpoint and a beer in a pub.", "bayreuth_north")
    assert (r.start_time, r.deadline) == ("10:00", "15:00")


def test_a_verb_after_the_first_word_is_no_place_name():
    r = _read("Rehearsal ends at noon at the Church of the Village, and I'm due back there at 6. "
              "In between: lunch and the pharmacy.", "new_york")
    assert r.start_place == "Church of the Village"


def test_meeting_up_at_the_first_time_said_is_the_start():
    r = _read("Hallo! Morgen um 10 treffen wir uns am Marienplatz. Zuerst der Viktualienmarkt, dann ein Eis. "
              "Um 14 Uhr müssen wir am Sendlinger Tor sein.", "munich")
    assert (r.start_place, r.start_time, r.deadline) == \
        ("Marienplatz", "10:00", "14:00")


def test_something_that_ends_with_no_word_before_the_time():
    r = _read("Skolan slutar 11.40 idag och träningen är kl. 15. Först lunch, sen Fatbursparken.", "stockholm")
    assert (r.start_time, r.deadline) == ("11:40", "15:00")


@pytest.mark.parametrize("text", [
    "Tomorrow from Sheridan Square at 10. A coffee and a bookshop. Done by 3 so I can nap before the show.",
    "Tomorrow from Sheridan Square at 2pm: a coffee and a bookshop. We have three hours before the musical.",
])
def test_the_event_the_trip_ends_before_is_no_visit(text):
    from conftest import planner_kinds
    assert planner_kinds(text, "new_york") == ["cafe", "bookshop"]


def test_what_ends_said_after_a_comma_is_when_the_trip_starts():
    req = _read("We're in town for a conference at the Marriott, sessions end at 5:30. Crab cakes for dinner "
                "in Fells Point, then a bar. Back at the Marriott by 11.", "baltimore")
    assert (req.start_time, req.deadline) == ("17:30", "23:00")
