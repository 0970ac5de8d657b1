"""The prompt benchmark: its size and coverage, the offline parser's accuracy on it, the bench command."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.planner.bench import FIELDS, field_scores, load_prompts, main
from nco.planner.parse import parse_offline
from nco.planner.request import CATEGORIES


@pytest.fixture(scope="module")
def prompts():
    return load_prompts()


def test_benchmark_coverage(prompts):
    assert len(prompts) >= 150
    assert len({p["city"] for p in prompts}) >= 4
    assert sum(p["kind"] in ("hand", "heldout") for p in prompts) >= 40
    assert len({p["prompt"] for p in prompts}) == len(prompts)
    for p in prompts:
        e = p["expected"]
        assert set(e) == {"categories", "cuisines", "start_place", "end_place", "date", "start_time", "deadline",
                          "time_limit_min", "dependencies"}
        assert all(c in CATEGORIES for c in e["categories"]) and len(e["cuisines"]) == len(e["categories"])
        assert all(0 <= a < len(e["categories"]) and 0 <= b < len(e["categories"]) for a, b in e["dependencies"])


def test_offline_parser_accuracy_per_field(prompts):
    hits = {f: 0 for f in FIELDS}
    for p in prompts:
        req = parse_offline(p["prompt"], today=dt.date.fromisoformat(p["today"])).request
        for f, ok in field_scores(req, p["expected"]).items():
            hits[f] += ok
    acc = {f: hits[f] / len(prompts) for f in FIELDS}
    for f in ("categories", "start_time", "end", "dependencies"):
        assert acc[f] >= 0.95, acc


@pytest.mark.slow
def test_bench_command_writes_results(tmp_path):
    assert main(["--out", str(tmp_path), "--city", "munich", "--limit", "4"]) == 0
    text = (tmp_path / "summary.md").read_text()
    assert "parser accuracy" in text and "MSGS" in text
    assert (tmp_path / "prompts.csv").read_text().count("\n") == 5
