"""Decoded actions as routes of client ids, for :func:`nco.check`.

>>> from nco.envs.actions import actions_to_routes
>>> actions_to_routes([3, 0, 1, 2], "atsp")
[[1, 2, 3]]
>>> actions_to_routes([[1, 2, 0, 3, 0]], "acvrp")
[[[1, 2], [3]]]
"""

from __future__ import annotations

import numpy as np

from nco.errors import InputError

#: Slack of the capacity test (loads are fractions of the capacity in float32).
CAP_EPS = 1e-5
#: Slack of the time-window tests (float32 clocks).
TIME_EPS = 1e-5


def actions_to_routes(actions, problem: str):
    """Routes of client ids ``1..n`` from decoded actions.

    Parameters
    ----------
    actions
        One action sequence (1-D) or a batch of them (2-D); an array, a list
        or a tensor.
    problem
        ``"atsp"``: each sequence is a tour over all nodes, rotated to start
        after node 0 (the depot) and returned as one route.  Otherwise
        (``"acvrp"``, ``"acvrptw"``) node ``0`` is a return to the depot and
        splits the routes.

    Returns
    -------
    list
        The routes of one sequence, or a list of routes per batch row.

    Raises
    ------
    InputError
        When an ATSP tour does not contain node 0.
    """
    a = np.asarray(actions.cpu() if hasattr(actions, "cpu") else actions)
    split = _tour_routes if problem == "atsp" else _depot_routes
    rows = [split([int(x) for x in row]) for row in (a.reshape(1, -1) if a.ndim <= 1 else a)]
    return rows[0] if a.ndim <= 1 else rows


def _tour_routes(tour: list[int]) -> list[list[int]]:
    if 0 not in tour:
        raise InputError("an ATSP tour must contain node 0")
    k = tour.index(0)
    return [tour[k + 1:] + tour[:k]]


def _depot_routes(seq: list[int]) -> list[list[int]]:
    routes, cur = [], []
    for v in seq:
        if v == 0:
            if cur:
                routes.append(cur)
            cur = []
        else:
            cur.append(v)
    if cur:
        routes.append(cur)
    return routes
