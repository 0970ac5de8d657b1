"""The environments a policy decodes in, and the bridge to :class:`nco.Instance`.

The matrix environments live in :mod:`nco.envs`; this module only picks the
one for a problem and size (:func:`decoding_env`), batches instances into its
input TensorDict (:func:`nco.data.samplers.instances_to_tensordict`) and turns
decoded actions into routes (:func:`actions_to_routes`, defined in
:mod:`nco.envs.actions`).
"""

from __future__ import annotations

from nco.data.samplers import instances_to_tensordict
from nco.envs import make_env as make_city_env
from nco.envs.actions import actions_to_routes

__all__ = ["actions_to_routes", "decoding_env", "to_tensordict"]


def decoding_env(problem: str, n_nodes: int, device: str = "cpu"):
    """The environment that decodes instances of ``n_nodes`` nodes (depot included).

    This is :func:`nco.envs.make_env` for ``problem`` with the generator's
    ``num_loc`` derived from the number of nodes.
    """
    num_loc = n_nodes if problem == "atsp" else n_nodes - 1
    return make_city_env(problem, num_loc=num_loc, device=device)


#: Former name of :func:`decoding_env`.
make_env = decoding_env


def to_tensordict(instances, problem: str):
    """Batch instances of one size into the environments' input TensorDict."""

    td = instances_to_tensordict(list(instances))
    if problem == "atsp" and "cost_matrix" not in td.keys():
        td["cost_matrix"] = td["distance_matrix"].clone()
    return td
