"""What the study scripts beside this file share: the instances to study (files
or an `nco bench` suite, with their reference costs) and writing rows as CSV."""

import csv

import nco
from nco import bench, bks


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
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
