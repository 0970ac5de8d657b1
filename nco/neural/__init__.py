"""Neural policies for ATSP, ACVRP and ACVRPTW on real road matrices (RRNCO).

- :mod:`nco.neural.network`: the RRNCO network in plain torch;
  :mod:`nco.neural.model` wraps it as an rl4co constructive policy.
- :mod:`nco.neural.infer` and :mod:`nco.neural.decode`: decoding inputs and
  the lean decoder, torch only.
- :mod:`nco.neural.policy`: :func:`load_policy` and :class:`Policy`
  (``solve`` / ``sample`` on :class:`nco.Instance` objects).
- :mod:`nco.neural.train`: ``nco train`` (Hydra + Lightning, rl4co's POMO).
- :mod:`nco.neural.evaluate`: ``nco eval`` on the unseen-city test sets.
- :mod:`nco.neural.solve`: the ``neural`` method of :func:`nco.solve`.
"""

from __future__ import annotations

from nco.neural.policy import CHECKPOINT_DIR, Policy, load_checkpoint, load_policy

__all__ = ["CHECKPOINT_DIR", "Policy", "load_checkpoint", "load_policy"]
