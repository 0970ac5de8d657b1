"""Merge `nco bench` CSVs of one suite and write its table and curves.

usage: python benchmarks/earli/summarize.py SUITE OUT_DIR RUNS.csv...

Writes OUT_DIR/<suite>.csv (the runs, merged), OUT_DIR/<suite>.md
(nco.bench.summary_markdown) and OUT_DIR/<suite>.png
(nco.bench.plot_gap_vs_time).
"""

import csv
import sys
from pathlib import Path

from nco import bench, benchrun, fsio


def main(argv):
    suite_name, out, *paths = argv
    suite = bench.load_suite(suite_name)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    header, lines = None, []
    for p in paths:
        with open(p, newline="") as fh:
            rows = list(csv.reader(fh))
        if header is None:
            header = rows[0]
        elif rows[0] != header:
            raise SystemExit(f"{p}: columns differ from {paths[0]}")
        lines += rows[1:]
    merged = out / f"{suite.name}.csv"
    with fsio.atomic_open(merged, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(lines)
    runs = bench.read_runs(merged)
    md = bench.summary_markdown(runs, suite)
    benchrun.write_markdown(out / f"{suite.name}.md", md,
                            command=benchrun.command_line("python benchmarks/earli/summarize.py", argv))
    bench.plot_gap_vs_time(runs, suite, out / f"{suite.name}.png")
    print(md, end="")


if __name__ == "__main__":
    main(sys.argv[1:])
