"""Two bare hours joined by "till" or "to" after being free, a day or a mark ("Tomorrow 9 till 1:", "I'm free 4 to
6:30"): the trip's start and end, in the afternoon when the first hour is early and the second later than it; not
"10 to 1" (also "ten to one", 12:50).  Numbers listed in brackets or after "aged" ("the kids (3 and 6)") are ages,
not clock times.  A start said with leaving work, between 1 and 8 and not in the morning, is in the afternoon.
The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request


@pytest.mark.parametrize("text, start, deadline", [
    ("We're at Washington Square. Tomorrow 9 till 1: the High Line and a bagel.", "09:00", "13:00"),
    ("Staying near Washington Square. I'm free 4 to 6:30 tomorrow: a diner and a park.", "16:00", "18:30"),
    ("From Washington Square, Saturday 11 to 3: a church and lunch.", "11:00", "15:00"),
    ("From Washington Square, Saturday 1 till 5: a church and a coffee.", "13:00", "17:00"),
])
def test_two_bare_hours_joined_are_the_start_and_the_end(text, start, deadline):
    req = planner_request(text, "new_york")
    assert (req.start_time, req.deadline) == (start, deadline)


def test_ten_to_one_is_not_read_as_a_range():
    assert planner_request("From Washington Square, 10 to 1: a church.", "new_york").start_time != "10:00"


@pytest.mark.parametrize("text, start", [
    ("Met de kinderen (3 en 6) in Parijs. Zaterdag om half tien vertrekken we vanaf Place de la République: eerst "
     "een speeltuin. Om 12 uur zijn we terug.", "09:30"),
    ("With the kids (4 and 7) from Place de la République at 9: a playground, then lunch. Back by 12.", "09:00"),
    ("With our kids aged 4 and 7, from Place de la République at 9: a playground. Back by 12.", "09:00"),
])
def test_ages_in_brackets_are_no_clock_times(text, start):
    assert planner_request(text, "paris").start_time == start


@pytest.mark.parametrize("text, city, start, deadline", [
    ("leaving work at 6 from Spring Street. a pharmacy and a slice. meeting friends at the Stonewall Inn at 8",
     "new_york", "18:00", "20:00"),
    ("Mañana salgo del trabajo a las 5:30 en Christopher Street: unas zapatillas y una cerveza. A las 8 y media "
     "tengo que estar en Penn Station.", "new_york", "17:30", "20:30"),
])
def test_leaving_work_is_in_the_afternoon(text, city, start, deadline):
    req = planner_request(text, city)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_leaving_work_in_the_morning_stays_in_the_morning():
    text = "Night shift: leaving work at 6am from Spring Street. a coffee and a bagel. home by 8"
    assert planner_request(text, "new_york").start_time == "06:00"
