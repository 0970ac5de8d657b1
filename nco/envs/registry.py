"""The environments by problem, :func:`make_env` and :func:`random_rollout`
(importing this module imports torch, tensordict and rl4co)."""

from __future__ import annotations

import torch
from tensordict.tensordict import TensorDict

import nco.progress  # noqa: F401  (first: rl4co.envs then finds tqdm.auto imported without its notebook warning)
from nco.envs.acvrp import ACVRPEnv
from nco.envs.acvrptw import ACVRPTWEnv
from nco.envs.atsp import ATSPEnv
from nco.envs.generator import CityGenerator
from nco.errors import InputError

#: problem -> environment class
ENVS = {"atsp": ATSPEnv, "acvrp": ACVRPEnv, "acvrptw": ACVRPTWEnv}
_ENVS = ENVS  # former name


def make_env(problem: str, num_loc: int = 50, cities=None, loc_distribution: str = "uniform",
             seed: int | None = None, **kwargs):
    """An environment for ``problem`` (``atsp``, ``acvrp``, ``acvrptw``) with
    a :class:`CityGenerator` over ``cities`` (default: the bundled training
    cities)."""

    if problem not in ENVS:
        raise InputError(f"problem must be one of {tuple(ENVS)}, got {problem!r}")
    gen = CityGenerator(problem, num_loc=num_loc, cities=cities, loc_distribution=loc_distribution, seed=seed)
    return ENVS[problem](generator=gen, **kwargs)


def random_rollout(env, td: TensorDict, generator: torch.Generator | None = None, max_steps: int | None = None):
    """Play uniformly random allowed actions until every episode is done.

    Parameters
    ----------
    env
        An environment of this package (or any rl4co routing env).
    td
        A reset TensorDict (it is modified in place).
    generator
        Optional torch random generator.
    max_steps
        Safety bound on the number of steps (default: 4 x the number of nodes).

    Returns
    -------
    actions, reward
        ``actions`` (B, T) and the reward of :meth:`get_reward`.
    """
    n1 = td["action_mask"].shape[-1]
    limit = max_steps or 4 * n1 + 4
    actions = []
    done = torch.zeros(td.batch_size, dtype=torch.bool, device=td.device)
    for _ in range(limit):
        mask = td["action_mask"].float()
        a = torch.multinomial(mask, 1, generator=generator).squeeze(-1)
        td.set("action", a)
        td = env.step(td)["next"]
        actions.append(a)
        done = td["done"].reshape(td.batch_size)
        if done.all():
            break
    else:
        raise RuntimeError(f"rollout did not finish within {limit} steps")
    acts = torch.stack(actions, dim=1)
    return acts, env.get_reward(td, acts)
