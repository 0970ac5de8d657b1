"""rl4co generator drawing ATSP / ACVRP / ACVRPTW instances from city matrices."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from rl4co.envs.common.utils import Generator

from nco.data.cities import CityMatrix, city_matrices, load_cities, load_split
from nco.data.samplers import MODES, PROBLEMS, arrays_to_tensordict, capacity_for, draw
from nco.errors import InputError


def resolve_cities(cities=None, folder=None) -> list[CityMatrix]:
    """City matrices from names, objects or a folder.

    Parameters
    ----------
    cities
        ``None`` (the training cities of the bundled split), a city name, a
        :class:`CityMatrix`, or a list/dict of those.  Names are bundled
        cities (built into the cache on first use) or, with ``folder``,
        city folders there.
    folder
        Optional RRNCO dataset folder (``{City}/{City}_data.npz``).
    """
    if cities is None:
        cities = load_split()["train"]
    if isinstance(cities, (str, CityMatrix)):
        cities = [cities]
    if isinstance(cities, dict):
        cities = list(cities.values())
    out = []
    names = [c for c in cities if isinstance(c, str)]
    loaded = load_cities(Path(folder), names) if (folder is not None and names) else {}
    for c in cities:
        if isinstance(c, CityMatrix):
            out.append(c)
        elif isinstance(c, str):
            out.append(loaded[c] if c in loaded else city_matrices(c))
        else:
            raise InputError(f"a city must be a name or a CityMatrix, got {type(c).__name__}")
    if not out:
        raise InputError("no cities given")
    return out


class CityGenerator(Generator):
    """Instances drawn from real-city matrices (see :mod:`nco.data.samplers`).

    Parameters
    ----------
    problem
        ``"atsp"``, ``"acvrp"`` or ``"acvrptw"``.
    num_loc
        Nodes (ATSP) or clients (VRPs) per instance.
    cities
        See :func:`resolve_cities`; loaded on first use.
    folder
        Optional RRNCO dataset folder for city names.
    loc_distribution
        ``"uniform"`` or ``"cluster"``.
    seed
        Seed of the generator's own random stream.
    """

    def __init__(self, problem: str = "acvrp", num_loc: int = 50, cities=None, folder=None,
                 loc_distribution: str = "uniform", seed: int | None = None, **kwargs):
        super().__init__(**kwargs)
        if problem not in PROBLEMS:
            raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
        if loc_distribution not in MODES:
            raise InputError(f"loc_distribution must be one of {MODES}, got {loc_distribution!r}")
        self.problem = problem
        self.num_loc = int(num_loc)
        self.loc_distribution = loc_distribution
        self.capacity = None if problem == "atsp" else capacity_for(self.num_loc)
        self.min_loc, self.max_loc = 0.0, 1.0
        self.min_dist, self.max_dist = 0.0, float("inf")
        self._cities_arg, self._folder = cities, folder
        self._cities: list[CityMatrix] | None = None
        self.rng = np.random.default_rng(seed)

    @property
    def cities(self) -> list[CityMatrix]:
        if self._cities is None:
            self._cities = [c.reachable() for c in resolve_cities(self._cities_arg, self._folder)]
        return self._cities

    def _generate(self, batch_size):
        b = int(np.prod(batch_size)) if len(batch_size) else 1
        data = draw(self.cities, self.problem, self.num_loc, b, mode=self.loc_distribution, seed=self.rng)
        td = arrays_to_tensordict(data, self.problem)
        return td.reshape(*batch_size) if len(batch_size) else td[0]
