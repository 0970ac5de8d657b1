"""The environments a policy decodes in, and the bridge to :class:`nco.Instance`.

The matrix environments live in :mod:`nco.envs`; this module only picks the
one for a problem and size, batches instances into its input TensorDict
(:func:`nco.data.samplers.instances_to_tensordict`) and turns decoded
actions into routes.  rl4co's ``ATSPEnv`` (``cost_matrix`` only) stands in
for ATSP when :mod:`nco.envs` is not installed.
"""

from __future__ import annotations

import importlib

import numpy as np

from nco.errors import InputError

#: problem -> (module in nco.envs, environment class)
ENV_CLASSES = {"atsp": ("atsp", "ATSPEnv"), "acvrp": ("acvrp", "ACVRPEnv"), "acvrptw": ("acvrptw", "ACVRPTWEnv")}


def _env_module(problem: str):
    """The :mod:`nco.envs` module of ``problem``, or ``None`` when not installed."""
    name = f"nco.envs.{ENV_CLASSES[problem][0]}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            return None
        raise


def make_env(problem: str, n_nodes: int, device: str = "cpu"):
    """An rl4co environment for ``problem`` on instances of ``n_nodes`` nodes (depot included)."""
    mod = _env_module(problem)
    if mod is not None and hasattr(mod, ENV_CLASSES[problem][1]):
        cls = getattr(mod, ENV_CLASSES[problem][1])
        n = n_nodes if problem == "atsp" else n_nodes - 1
        return cls(generator_params={"num_loc": n}, device=device)
    if problem == "atsp":
        from rl4co.envs import ATSPEnv

        return ATSPEnv(generator_params={"num_loc": n_nodes}, device=device)
    raise InputError(f"no environment for {problem!r}: nco.envs is not available")


def to_tensordict(instances, problem: str):
    """Batch instances of one size into the environments' input TensorDict."""
    from nco.data.samplers import instances_to_tensordict

    td = instances_to_tensordict(list(instances))
    if problem == "atsp" and "cost_matrix" not in td.keys():
        td["cost_matrix"] = td["distance_matrix"].clone()
    return td


def actions_to_routes(actions: np.ndarray, problem: str) -> list[list[int]]:
    """Routes of client ids ``1..n`` from one action sequence.

    ATSP actions are a permutation of the nodes (the tour is rotated to start
    at node 0); VRP actions are node ids where ``0`` is a return to the depot.
    """
    mod = _env_module(problem)
    if mod is None and problem == "acvrptw":
        mod = _env_module("acvrp")
    if mod is not None and hasattr(mod, "actions_to_routes"):
        return mod.actions_to_routes(np.asarray(actions)[None])[0]
    a = [int(v) for v in np.asarray(actions).reshape(-1)]
    if problem == "atsp":
        if 0 not in a:
            raise InputError("an ATSP tour must contain node 0")
        k = a.index(0)
        return [a[k + 1:] + a[:k]]
    routes, cur = [], []
    for v in a:
        if v == 0:
            if cur:
                routes.append(cur)
            cur = []
        else:
            cur.append(v)
    if cur:
        routes.append(cur)
    return routes
