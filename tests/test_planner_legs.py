import datetime

import pytest

import nco
from nco import InputError


@pytest.fixture(scope="module")
def plan():
    return nco.plan_trip("From Marienplatz at 10 a museum, then lunch somewhere Italian, back by 4. We drive.",
                         city="munich", today=datetime.date(2026, 6, 3))


def test_leg_alternatives_are_ranked_by_ccn(plan):
    assert plan.city.mode == "drive" and len(plan.itinerary) == 2
    leg = max(range(len(plan.itinerary)), key=lambda i: plan.itinerary[i].travel_min)
    cands, ranking = plan.leg_alternatives(leg)
    assert len(ranking.scores) == len(cands) >= 1
    first = list(cands["nodes"].iloc[0])
    # every candidate joins the same two points of the road network
    assert all(list(n)[0] == first[0] and list(n)[-1] == first[-1] for n in cands["nodes"])
    assert 0 <= ranking.best < len(cands)


def test_leg_index_is_checked(plan):
    with pytest.raises(InputError, match="leg must be in 0..2"):
        plan.leg_alternatives(5)
