"""Stacker-crane ATSP instances, structured like TSPLIB's rbg set.

A crane serves a rack of ``cols x rows`` slots from a few input/output
points at its foot.  Half of the jobs store a load (pick it up at an I/O
point, put it into a slot), the other half retrieve one (from a slot to an
I/O point).  Going from job ``i`` to job ``j`` costs the crane's travel time
from where ``i`` ends to where ``j`` starts, with the horizontal and the
vertical drive running at once (Chebyshev distance, the vertical drive
twice as slow).  A retrieval followed by a storage at the same I/O point
costs nothing, so many arcs are zero, as in rbg.  Node 0 is the crane at
rest on the first I/O point.

    python docs/results/atsp-heldout/make_crane.py data/bench/atsp/crane
"""

import sys
from pathlib import Path

import numpy as np

from nco.instance import Instance
from nco.io import write_vrplib

SIZES = [(200, 1), (300, 2), (400, 3), (450, 4)]  # (jobs, seed)


def crane(n_jobs: int, seed: int, cols: int = 30, rows: int = 10, io_points: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    io = np.stack([np.arange(io_points) * (cols // io_points), np.zeros(io_points, int)], axis=1)
    slot = np.stack([rng.integers(0, cols, n_jobs), rng.integers(1, rows + 1, n_jobs)], axis=1)
    port = io[rng.integers(0, io_points, n_jobs)]
    store = rng.random(n_jobs) < 0.5
    start = np.where(store[:, None], port, slot)
    end = np.where(store[:, None], slot, port)
    start = np.vstack([io[:1], start])  # node 0: the crane at rest
    end = np.vstack([io[:1], end])
    dx = np.abs(end[:, None, 0] - start[None, :, 0])
    dy = np.abs(end[:, None, 1] - start[None, :, 1])
    d = np.maximum(dx, 2 * dy)
    np.fill_diagonal(d, 0)
    return d


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for n_jobs, seed in SIZES:
        d = crane(n_jobs, seed)
        inst = Instance(distance=d, name=f"crane{n_jobs + 1}", problem="atsp", num_vehicles=1)
        write_vrplib(folder / f"crane{n_jobs + 1}.atsp", inst)


if __name__ == "__main__":
    main(sys.argv[1])
