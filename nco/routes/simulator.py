"""A driver-choice simulator on real candidate routes, and choice data sets.

No public record of drivers' route choices is reachable offline, so CCN is
trained on choices simulated among real candidates of the bundled cities.
The simulator is a random-utility model with the effects the route-choice
literature reports, each a named parameter of :class:`DriverPopulation`:

* **heterogeneous tastes**: every choice is made by a new driver whose
  weights on travel time, length, turns and traffic signals are log-normal
  and whose liking for main roads (primary/secondary/trunk share) is normal;
* **context**: in rush hour (7-9:30, 16-19 h on weekdays) signals cost more
  and time on main roads is perceived as congested; at night drivers prefer
  main roads; drivers *familiar* with the area mind turns less and take
  side streets, unfamiliar ones mind turns (left turns most) and stay on main
  roads;
* **comparison effects**: (a) *relative regret* on the segments where two
  routes differ, as in random regret minimisation (Chorus, 2010): route
  ``i`` is disliked by ``rho * softplus(kappa * log(T_i' / T_j'))`` summed
  over the others ``j``, where ``T_i'`` and ``T_j'`` are the times of the
  parts of ``i`` and ``j`` that differ, so a 1-minute loss on a 2-minute
  detour weighs more than on a 20-minute one; the same regret, with the
  driver's turn and signal weights, on the difference in turns and in
  traffic signals of the differing segments; (b) *path size* (Ben-Akiva and
  Bierlaire, 1999): routes sharing much of their length with others are
  valued less, ``theta * ln PS_i`` with ``PS_i = 1 / (1 + sum_j shared_ij)``;
* **noise**: i.i.d. Gumbel errors of scale ``noise``; the driver picks the
  route of highest utility.

Everything reads the three feature levels of :mod:`nco.routes.features`, so
the same code scores any candidate set.  The systematic utility (tastes
known, no noise) is the ceiling a ranker can reach; its split by feature field
(:func:`field_utilities`) is the reference for the explanation check.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

import nco.roads
from nco import fsio
from nco.errors import InputError
from nco.geo import haversine
from nco.npzsafe import load_npz
from nco.progress import tqdm
from nco.routes.alternatives import alternatives
from nco.routes.features import COMPARISON_FIELDS, FIELDS, ROUTE_FIELDS, SCENE_FIELDS, feature_arrays
from nco.routes.graph import graph_index

_R = {name: i for i, (name, _) in enumerate(ROUTE_FIELDS)}
_C = {name: i for i, (name, _) in enumerate(COMPARISON_FIELDS)}
_S = {name: i for i, name in enumerate(SCENE_FIELDS)}


@dataclass
class DriverPopulation:
    """Parameters of the simulated drivers (utility in minutes-equivalent).

    Log-normal weights are given by their median and the standard deviation
    of their logarithm.
    """

    time_median: float = 0.5          # per minute of travel
    time_sigma: float = 0.3
    length_median: float = 0.2        # per km (fuel, wear)
    length_sigma: float = 0.6
    turn_median: float = 0.3          # per turn at a junction
    turn_sigma: float = 0.5
    left_extra: float = 0.6           # a left turn counts 1 + left_extra turns
    signal_median: float = 0.2        # per traffic signal
    signal_sigma: float = 0.5
    main_road_mean: float = 1.0       # per unit share of main roads, unfamiliar drivers
    main_road_sd: float = 0.5
    familiar_main_road_shift: float = -0.9
    familiar_turn_factor: float = 0.5
    unfamiliar_turn_factor: float = 1.4
    peak_signal_factor: float = 2.0
    peak_congestion: float = 0.35     # extra perceived time share on main roads in rush hour
    night_main_road_shift: float = 0.5
    regret_median: float = 1.0        # rho
    regret_sigma: float = 0.4
    regret_kappa: float = 5.0
    regret_turns: float = 1.0         # regret on turns of the differing segments (x the driver's turn weight)
    regret_signals: float = 1.0       # same for traffic signals
    path_size_theta: float = 1.5
    noise: float = 0.5                # Gumbel scale

    def __post_init__(self):
        for name, value in asdict(self).items():
            if not np.isfinite(value):
                raise ValueError(f"DriverPopulation.{name} must be finite, got {value}")
        for name in ("time_median", "length_median", "turn_median", "signal_median", "regret_median", "noise"):
            if getattr(self, name) < 0:
                raise ValueError(f"DriverPopulation.{name} must be non-negative, got {getattr(self, name)}")


@dataclass
class Driver:
    """One driver's hidden tastes."""

    time: float
    length: float
    turn: float
    signal: float
    main_road: float
    regret: float


def sample_driver(pop: DriverPopulation, rng: np.random.Generator) -> Driver:
    """Draw a driver's tastes from the population."""
    ln = lambda med, sd: float(med * math.exp(sd * rng.standard_normal()))  # noqa: E731
    return Driver(
        time=ln(pop.time_median, pop.time_sigma),
        length=ln(pop.length_median, pop.length_sigma),
        turn=ln(pop.turn_median, pop.turn_sigma),
        signal=ln(pop.signal_median, pop.signal_sigma),
        main_road=float(pop.main_road_mean + pop.main_road_sd * rng.standard_normal()),
        regret=ln(pop.regret_median, pop.regret_sigma),
    )


def field_utilities(route: np.ndarray, scene: np.ndarray, comp: np.ndarray, driver: Driver,
                    pop: DriverPopulation) -> np.ndarray:
    """The systematic utility of each route split by feature field (N x len(FIELDS)).

    Summing over fields gives the utility; the difference of two rows says
    how much each field favours one route over the other.
    """
    familiar = scene[_S["familiar"]] > 0.5
    peak = scene[_S["peak"]] > 0.5
    night = scene[_S["night"]] > 0.5
    t = route[:, _R["travel_time_min"]]
    main = route[:, _R["share_motorway"]] + route[:, _R["share_primary"]] + route[:, _R["share_secondary"]]
    n = len(route)
    out = np.zeros((n, len(FIELDS)))
    cong = pop.peak_congestion if peak else 0.0
    ltr = comp[:, :, _C["log_time_ratio"]]
    off = ~np.eye(n, dtype=bool)
    regret = (np.logaddexp(0.0, pop.regret_kappa * ltr) * off).sum(axis=1) - math.log(2.0) * (n - 1)
    out[:, FIELDS.index("time")] = -driver.time * t * (1.0 + cong * main) - driver.regret * regret
    out[:, FIELDS.index("length")] = -driver.length * route[:, _R["length_km"]]
    turn_w = driver.turn * (pop.familiar_turn_factor if familiar else pop.unfamiliar_turn_factor)
    left_w = 0.0 if familiar else pop.left_extra
    out[:, FIELDS.index("turns")] = -turn_w * (route[:, _R["turns"]] + left_w * route[:, _R["left_turns"]])
    sig_w = driver.signal * (pop.peak_signal_factor if peak else 1.0)
    out[:, FIELDS.index("signals")] = -sig_w * route[:, _R["signals"]]
    for fld, col, w in (("turns", "dturns", pop.regret_turns * turn_w / max(pop.turn_median, 1e-9)),
                        ("signals", "dsignals", pop.regret_signals * sig_w / max(pop.signal_median, 1e-9))):
        if w > 0:
            d = comp[:, :, _C[col]]
            r = (np.logaddexp(0.0, w * d) * off).sum(axis=1) - math.log(2.0) * (n - 1)
            out[:, FIELDS.index(fld)] -= driver.regret * r
    pref = driver.main_road + (pop.familiar_main_road_shift if familiar else 0.0) + (pop.night_main_road_shift if night else 0.0)
    out[:, FIELDS.index("road_class")] = pref * main
    shared = (comp[:, :, _C["shared_fraction"]] * off).sum(axis=1)
    out[:, FIELDS.index("overlap")] = -pop.path_size_theta * np.log1p(shared)
    return out


def simulate_choice(route, scene, comp, pop: DriverPopulation, rng: np.random.Generator):
    """One driver's choice among a candidate set.

    Returns
    -------
    choice : int
        Index of the chosen route.
    utility : numpy.ndarray
        Systematic utility of every route (tastes known, no noise).
    fields : numpy.ndarray
        The utility split by field (N x len(FIELDS)).
    """
    driver = sample_driver(pop, rng)
    fu = field_utilities(route, scene, comp, driver, pop)
    v = fu.sum(axis=1)
    eps = rng.gumbel(0.0, pop.noise, size=len(v)) if pop.noise > 0 else np.zeros(len(v))
    return int(np.argmax(v + eps)), v, fu


# -- choice data ------------------------------------------------------------------
@dataclass
class ChoiceData:
    """Choice situations padded to a common number of candidates.

    The same container holds simulated and real logged choices: give it the
    three feature levels of each situation and the index of the chosen route
    (:meth:`from_lists`).  ``utility`` and ``field_utility`` exist only for
    simulated data.
    """

    route: np.ndarray        # (M, N, F_r)
    scene: np.ndarray        # (M, F_s)
    comp: np.ndarray         # (M, N, N, F_c)
    mask: np.ndarray         # (M, N) True where a candidate exists
    choice: np.ndarray       # (M,)
    group: np.ndarray        # (M,) city or source label
    utility: np.ndarray | None = None        # (M, N)
    field_utility: np.ndarray | None = None  # (M, N, len(FIELDS))
    meta: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.choice)

    @classmethod
    def from_lists(cls, routes, scenes, comps, choices, groups=None, utilities=None, field_utilities=None, meta=None):
        """Pad per-situation arrays (each situation may have its own N).

        Parameters
        ----------
        routes : list of (N_m, F_r) arrays
        scenes : list of (F_s,) arrays
        comps : list of (N_m, N_m, F_c) arrays
        choices : list of int
            Index of the chosen route in each situation.
        groups : list of str, optional
            A label per situation (city, region, day).
        """
        m = len(routes)
        if not (m == len(scenes) == len(comps) == len(choices)) or m == 0:
            raise InputError("routes, scenes, comps and choices must be non-empty lists of the same length")
        n = max(len(r) for r in routes)
        fr, fs, fc = np.shape(routes[0])[1], np.shape(scenes[0])[0], np.shape(comps[0])[2]
        R = np.zeros((m, n, fr), np.float32)
        S = np.zeros((m, fs), np.float32)
        C = np.zeros((m, n, n, fc), np.float32)
        M = np.zeros((m, n), bool)
        U = None if utilities is None else np.full((m, n), -np.inf, np.float32)
        FU = None if field_utilities is None else np.zeros((m, n, np.shape(field_utilities[0])[1]), np.float32)
        for i, (r, s, c, ch) in enumerate(zip(routes, scenes, comps, choices)):
            k = len(r)
            if np.shape(c) != (k, k, fc) or np.shape(r)[1] != fr or np.shape(s) != (fs,):
                raise InputError(f"situation {i}: shapes {np.shape(r)}, {np.shape(s)}, {np.shape(c)} do not fit "
                                 f"(N x {fr}, {fs}, N x N x {fc})")
            if not 0 <= int(ch) < k:
                raise InputError(f"situation {i}: choice {ch} is not one of its {k} candidates")
            R[i, :k], S[i], C[i, :k, :k], M[i, :k] = r, s, c, True
            if U is not None:
                U[i, :k] = utilities[i]
            if FU is not None:
                FU[i, :k] = field_utilities[i]
        g = np.array(groups if groups is not None else [""] * m)
        return cls(R, S, C, M, np.asarray(choices, np.int64), g, U, FU, dict(meta or {}))

    def subset(self, keep) -> "ChoiceData":
        """The situations selected by a boolean mask or index array."""
        pick = lambda a: None if a is None else a[keep]  # noqa: E731
        return ChoiceData(self.route[keep], self.scene[keep], self.comp[keep], self.mask[keep], self.choice[keep],
                          self.group[keep], pick(self.utility), pick(self.field_utility), dict(self.meta))

    @staticmethod
    def concat(parts: list["ChoiceData"]) -> "ChoiceData":
        """Join data sets, padding to the largest candidate count."""
        n = max(p.route.shape[1] for p in parts)

        def pad(a, axes, value=0):
            if a is None:
                return None
            width = [(0, 0)] * a.ndim
            for ax in axes:
                width[ax] = (0, n - a.shape[ax])
            return np.pad(a, width, constant_values=value)

        has_u = all(p.utility is not None for p in parts)
        return ChoiceData(
            np.concatenate([pad(p.route, [1]) for p in parts]),
            np.concatenate([p.scene for p in parts]),
            np.concatenate([pad(p.comp, [1, 2]) for p in parts]),
            np.concatenate([pad(p.mask, [1], False) for p in parts]),
            np.concatenate([p.choice for p in parts]),
            np.concatenate([p.group for p in parts]),
            np.concatenate([pad(p.utility, [1], -np.inf) for p in parts]) if has_u else None,
            np.concatenate([pad(p.field_utility, [1]) for p in parts]) if has_u else None,
            dict(parts[0].meta),
        )

    def save(self, path) -> None:
        """Write to a ``.npz`` file (atomically: a killed writer leaves no half file)."""
        arrays = {k: v for k, v in dict(route=self.route, scene=self.scene, comp=self.comp, mask=self.mask,
                                         choice=self.choice, group=self.group, utility=self.utility,
                                         field_utility=self.field_utility).items() if v is not None}
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with fsio.atomic_path(path) as tmp:
            np.savez_compressed(tmp, **arrays)

    @classmethod
    def load(cls, path) -> "ChoiceData":
        """Read a file written by :meth:`save`.

        Headers are checked before data (numbers where numbers belong, a
        boolean mask, text labels, at most :data:`MAX_CHOICE_ELEMENTS`
        elements) and the arrays must fit together.

        Raises
        ------
        InputError
            One line naming the file and what is wrong.
        """
        optional = {"utility", "field_utility"}
        z = load_npz(path, CHOICE_ARRAYS, MAX_CHOICE_ELEMENTS, required=CHOICE_ARRAYS.keys() - optional,
                     what="choice data")
        _check_choice_shapes(z, path)
        f32 = {k: z[k].astype(np.float32, copy=False) for k in ("route", "scene", "comp")}
        return cls(**f32, mask=z["mask"], choice=z["choice"].astype(np.int64, copy=False), group=z["group"],
                   utility=z.get("utility"), field_utility=z.get("field_utility"))


#: The arrays of a choice-data file: name -> (dtype kinds, dimensions).
CHOICE_ARRAYS = {"route": ("f", 3), "scene": ("f", 2), "comp": ("f", 4), "mask": ("b", 2), "choice": ("iu", 1),
                 "group": ("U", 1), "utility": ("f", 2), "field_utility": ("f", 3)}

#: The most elements of a choice-data file (all arrays together; a city's
#: 1,200 simulated situations hold about 2 million).
MAX_CHOICE_ELEMENTS = 20_000_000


def _check_choice_shapes(z: dict, path) -> None:
    """Refuse arrays of a choice-data file that do not fit together."""
    for k, (_, ndim) in CHOICE_ARRAYS.items():
        if k in z and z[k].ndim != ndim:
            raise InputError(f"choice data: {k} has shape {z[k].shape}, expected {ndim} dimensions", path=str(path))
    m, n = z["mask"].shape
    want = {"route": (m, n), "scene": (m,), "comp": (m, n, n), "choice": (m,), "group": (m,), "utility": (m, n),
            "field_utility": (m, n, len(FIELDS))}
    for k, lead in want.items():
        if k in z and z[k].shape[:len(lead)] != lead:
            raise InputError(f"choice data: {k} has shape {z[k].shape}, which does not fit mask {z['mask'].shape}",
                             path=str(path))
    ch = z["choice"]
    if m and (ch.min() < 0 or ch.max() >= n or not z["mask"][np.arange(m), ch].all()):
        raise InputError("choice data: a choice is not one of its situation's candidates", path=str(path))


def resimulate(data: ChoiceData, pop: DriverPopulation | None = None, seed: int = 0) -> ChoiceData:
    """New drivers' choices on the candidate sets and contexts of ``data``."""
    pop = pop or DriverPopulation()
    rng = np.random.default_rng(seed)
    choice = np.zeros(len(data), np.int64)
    util = np.full(data.mask.shape, -np.inf, np.float32)
    fu = np.zeros((*data.mask.shape, len(FIELDS)), np.float32)
    for m in range(len(data)):
        k = int(data.mask[m].sum())
        choice[m], util[m, :k], fu[m, :k] = simulate_choice(data.route[m, :k], data.scene[m], data.comp[m, :k, :k], pop, rng)
    return ChoiceData(data.route, data.scene, data.comp, data.mask, choice, data.group, util, fu,
                      {**data.meta, "population": asdict(pop)})


def median_driver(pop: DriverPopulation) -> Driver:
    """The driver with the population's median tastes."""
    return Driver(time=pop.time_median, length=pop.length_median, turn=pop.turn_median, signal=pop.signal_median,
                  main_road=pop.main_road_mean, regret=pop.regret_median)


def population_utility(data: ChoiceData, pop: DriverPopulation | None = None) -> np.ndarray:
    """Utility (M, N) of the median driver: the best any ranker can do without
    knowing each driver's own tastes, if it knew the simulator's form exactly."""
    pop = pop or DriverPopulation()
    drv = median_driver(pop)
    out = np.full(data.mask.shape, -np.inf)
    for m in range(len(data)):
        k = int(data.mask[m].sum())
        out[m, :k] = field_utilities(data.route[m, :k], data.scene[m], data.comp[m, :k, :k], drv, pop).sum(1)
    return out


def random_context(rng: np.random.Generator) -> dict:
    """A trip context: hour weighted towards the day, weekday, familiarity (40 % familiar)."""
    hour = float(rng.choice(24, p=_HOUR_P)) + float(rng.uniform(0, 1))
    return {"hour": min(hour, 23.99), "familiar": bool(rng.uniform() < 0.4), "weekday": int(rng.integers(0, 7))}


_HOUR_W = np.array([1, 1, 1, 1, 1, 2, 4, 8, 9, 7, 5, 5, 6, 5, 5, 6, 8, 9, 8, 6, 4, 3, 2, 1], float)
_HOUR_P = _HOUR_W / _HOUR_W.sum()


def random_od(G, rng: np.random.Generator, min_km: float = 0.5, max_km: float = 3.0, tries: int = 200):
    """A random origin-destination node pair whose straight-line distance is in range."""

    idx = graph_index(G)
    for _ in range(tries):
        a, b = rng.integers(0, idx.n, size=2)
        d = haversine(idx.x[a], idx.y[a], idx.x[b], idx.y[b]) / 1000.0
        if a != b and min_km <= d <= max_km:
            return idx.nodes[a], idx.nodes[b]
    a, b = rng.choice(idx.n, size=2, replace=False)
    return idx.nodes[a], idx.nodes[b]


def simulate_city(city: str, n_sets: int, choices_per_set: int = 2, k: int = 5, seed: int = 0,
                  pop: DriverPopulation | None = None, progress: bool = True) -> ChoiceData:
    """Simulated choices among real candidates of a bundled city.

    Draws ``n_sets`` random origin-destination pairs (0.5 to 3 km apart),
    builds up to ``k`` candidates with :func:`nco.routes.alternatives`, keeps
    sets with at least two, and lets ``choices_per_set`` drivers in random
    contexts choose among them.
    """

    pop = pop or DriverPopulation()
    rng = np.random.default_rng(seed)
    G = nco.roads.load(city)
    R, S, C, CH, GR, U, FU = [], [], [], [], [], [], []
    it = range(n_sets)
    if progress:
        it = tqdm(it, desc=f"choices {city}", unit="set")
    for _ in it:
        o, t = random_od(G, rng)
        try:
            cands = alternatives(G, o, t, k=k)
        except InputError:
            continue
        if len(cands) < 2:
            continue
        for _ in range(choices_per_set):
            ctx = random_context(rng)
            r, s, c = feature_arrays(cands, ctx)
            ch, v, fu = simulate_choice(r, s, c, pop, rng)
            R.append(r), S.append(s), C.append(c), CH.append(ch), GR.append(city), U.append(v), FU.append(fu)
    if not R:
        raise InputError(f"{city}: no origin-destination pair gave two or more candidate routes")
    return ChoiceData.from_lists(R, S, C, CH, GR, U, FU, meta={"population": asdict(pop)})
