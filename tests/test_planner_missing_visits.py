"""The planner plans every visit a request asks for: a monument the map holds without a kind of place
("die Historische Brücke"), ...  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

from nco.planner.plan import knows, load_planner_city

from conftest import planner_kinds


def test_a_monument_the_map_holds_without_a_kind_is_a_sight():
    assert knows(load_planner_city("bayreuth_north")).visit("Historische Brücke")[0] == ("sight",)
    assert planner_kinds("Ab 10 Uhr vom Marktplatz: erst zum Burgstall Fürstenau, dann ein Café. Bis 12.",
                  "bayreuth_north") == ["sight", "cafe"]
