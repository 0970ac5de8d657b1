"""The real-city dataset: city matrices, instance samplers and test sets.

- :mod:`nco.data.cities`: build RRNCO-style city files (``{City}/{City}_data.npz``
  with ``distance`` in km, ``duration`` in minutes and ``points`` as
  latitude/longitude) from OpenStreetMap, load a folder of them unchanged,
  and the train/test split by city.
- :mod:`nco.data.samplers`: ATSP / ACVRP / ACVRPTW instances drawn from city
  matrices with RRNCO's distributions, as :class:`nco.Instance` objects or
  batched TensorDicts.
- :mod:`nco.data.testsets`: the fixed test sets with PyVRP reference costs.

City matrices derive from OpenStreetMap data, (c) OpenStreetMap contributors
(ODbL).
"""

from __future__ import annotations

from nco.data.cities import (
    CityMatrix,
    build_city,
    city_matrices,
    load_cities,
    load_city,
    load_split,
    write_city,
)
from nco.data.samplers import (
    capacity_for,
    sample_acvrp,
    sample_acvrptw,
    sample_atsp,
    sample_instances,
    sample_tensordict,
)
from nco.data.testsets import build_testsets, load_testset

__all__ = [
    "CityMatrix",
    "build_city",
    "build_testsets",
    "capacity_for",
    "city_matrices",
    "load_cities",
    "load_city",
    "load_split",
    "load_testset",
    "sample_acvrp",
    "sample_acvrptw",
    "sample_atsp",
    "sample_instances",
    "sample_tensordict",
    "write_city",
]
