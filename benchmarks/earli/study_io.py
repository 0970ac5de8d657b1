"""What the study scripts beside this file share: the instances to study (files
or an `nco bench` suite, with their reference costs), writing rows as CSV
(atomically), and route conversions for PyVRP solutions written with public
APIs only."""

import csv

import numpy as np

import nco
from nco import bench, bks, fsio


def add_instance_arguments(ap):
    """``files`` (positional), ``--suite`` and ``--filter``."""
    ap.add_argument("files", nargs="*")
    ap.add_argument("--suite", default=None, help="instances of an `nco bench` suite instead of files")
    ap.add_argument("--filter", default=None, help="with --suite: regular expression on instance names")


def instances(args):
    """(instance, reference cost or None): the suite's (best-known cost or the
    test set's reference) or each file's best-known cost."""
    if args.suite:
        suite = bench.load_suite(args.suite)
        yield from bench.suite_instances(bench.instance_files(suite, filter=args.filter), suite)
        return
    for inst in map(nco.read, args.files):
        rec = bks.for_instance(inst)
        yield inst, None if rec is None else rec.cost


def write_rows(path, rows):
    """Write ``rows`` (dicts with the same keys) as a CSV, atomically."""
    with fsio.atomic_open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def client_routes(sol):
    """PyVRP client indices (0..n-1) per non-empty route of a PyVRP solution."""
    return [[a.idx for a in r if a.is_client()] for r in sol.routes()]


def node_routes(routes):
    """PyVRP client indices ``0..n-1`` as node ids ``1..n`` (empty routes left out)."""
    return [[int(c) + 1 for c in r] for r in routes if len(r)]


def valid_client_routes(routes, n, fleet):
    """Routes of node ids ``1..n`` as PyVRP client indices that form a PyVRP
    solution: unknown ids and repeated visits dropped, the two shortest
    routes joined while there are more routes than vehicles; ``None`` when
    nothing is left."""
    seen, out = set(), []
    for r in routes:
        kept = [int(v) - 1 for v in r if 0 <= int(v) - 1 < n and int(v) - 1 not in seen]
        seen.update(kept)
        if kept:
            out.append(kept)
    while len(out) > fleet:
        out.sort(key=len)
        out = [out[0] + out[1]] + out[2:]
    return out or None


def broken_pairs(a, b, n):
    """Prins' broken-pairs distance in ``[0, 1]`` between two solutions given
    as client-index routes (:func:`client_routes`) over ``n`` clients."""
    def links(routes):
        succ, pred = np.zeros(n + 1, dtype=np.int64), np.zeros(n + 1, dtype=np.int64)
        for r in routes:
            nodes = np.asarray(r, dtype=np.int64) + 1
            succ[nodes[:-1]] = nodes[1:]
            pred[nodes[1:]] = nodes[:-1]
        return succ[1:], pred[1:]

    (sa, pa), (sb, pb) = links(a), links(b)
    broken = ((sa != sb) & (sa != pb)).sum() + ((pa == 0) & (pb != 0) & (sb != 0)).sum()
    return float(broken / max(1, n))
