"""The one benchmark runner: grid order, CSV columns, resume, markdown."""

import csv

import pytest

from nco import InputError
from nco.benchrun import (
    KEY,
    Cell,
    RunFile,
    command_line,
    grid,
    markdown_table,
    parse_value,
    read_rows,
    run_grid,
    write_markdown,
)

COLUMNS = [*KEY, "cost"]


def _cell_fn(calls):
    def run(cell: Cell) -> dict:
        calls.append((cell.instance, cell.method, cell.budget, cell.seed))
        return {"instance": cell.instance, "method": cell.method, "budget": cell.budget, "seed": cell.seed,
                "cost": cell.data * 10 + cell.budget + cell.seed}
    return run


def test_grid_order_is_instance_method_budget_seed():
    cells = list(grid([("a", 1), ("b", 2)], ["m", "n"], [1, 2], [0, 1]))
    assert len(cells) == 2 * 2 * 2 * 2
    assert [(c.instance, c.method, c.budget, c.seed) for c in cells[:5]] == [
        ("a", "m", 1.0, 0), ("a", "m", 1.0, 1), ("a", "m", 2.0, 0), ("a", "m", 2.0, 1), ("a", "n", 1.0, 0)]
    assert cells[8].instance == "b" and cells[8].data == 2
    assert Cell("a", "m", 1.0, 0, data=1) == Cell("a", "m", 1.0, 0, data=2)  # data is not the identity


def test_rows_are_written_with_the_columns_and_a_rerun_skips_done_cells(tmp_path):
    path = tmp_path / "runs.csv"
    calls = []
    rows = run_grid(grid([("a", 1), ("b", 2)], ["m"], [1.0], [0, 1]), _cell_fn(calls), RunFile(path, COLUMNS),
                    progress=False)
    assert [r["cost"] for r in rows] == [11.0, 12.0, 21.0, 22.0]
    with path.open(newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    assert len(read_rows(path)) == 4
    # without --resume or --force the results are refused, and left as they are
    with pytest.raises(InputError, match="--resume"):
        RunFile(path, COLUMNS)
    # resume: only the new budget runs; the rows of done cells come back from the CSV
    calls.clear()
    again = run_grid(grid([("a", 1), ("b", 2)], ["m"], [1.0, 2.0], [0, 1]), _cell_fn(calls),
                     RunFile(path, COLUMNS, resume=True), progress=False)
    assert calls == [("a", "m", 2.0, 0), ("a", "m", 2.0, 1), ("b", "m", 2.0, 0), ("b", "m", 2.0, 1)]
    assert [r["cost"] for r in again] == [11.0, 12.0, 12.0, 13.0, 21.0, 22.0, 22.0, 23.0]
    on_disk = read_rows(path)
    assert len(on_disk) == 8 and on_disk[:4] == [r for r in again if r["budget"] == 1.0]
    # force: the file is replaced and every cell runs again
    calls.clear()
    run_grid(grid([("a", 1)], ["m"], [1.0], [0]), _cell_fn(calls), RunFile(path, COLUMNS, force=True),
             progress=False)
    assert calls == [("a", "m", 1.0, 0)]
    assert read_rows(path) == [{"instance": "a", "method": "m", "budget": 1.0, "seed": 0, "cost": 11.0}]

def test_cells_with_several_rows_and_a_key_of_other_columns(tmp_path):
    path = tmp_path / "cities.csv"

    def queries(cell):
        return [{"city": cell.instance, "query": q, "ms": 1.5} for q in range(3)]

    first = run_grid(grid(["x", "y"], ["alt"], [5], [0]), queries,
                     RunFile(path, key={"instance": "city"}), progress=False)
    assert len(first) == 6
    assert read_rows(path)[0] == {"city": "x", "query": 0, "ms": 1.5}
    called = []
    again = run_grid(grid(["x", "y", "z"], ["alt"], [5], [0]), lambda c: called.append(c) or queries(c),
                     RunFile(path, key={"instance": "city"}, resume=True), progress=False)
    assert [c.instance for c in called] == ["z"] and len(again) == 9


def test_markdown_table_and_regenerate_line(tmp_path):
    rows = [{"method": "a", "gap": 1.5}, {"method": "b", "gap": None, "note": "x"}]
    md = markdown_table(rows, title="Gaps")
    assert md.splitlines() == ["### Gaps", "", "| method | gap | note |", "|---|---|---|", "| a | 1.5 |  |",
                               "| b |  | x |"]
    cmd = command_line("nco bench", ["--suite", "atsp", "--filter", "br17|ftv35", "--resume"])
    assert cmd == "nco bench --suite atsp --filter 'br17|ftv35'"
    path = write_markdown(tmp_path / "t.md", md, command=cmd)
    assert path.read_text().endswith(f"| b |  | x |\n\nRegenerate: `{cmd}`\n")


def test_parse_value():
    assert [parse_value(t) for t in ("True", "False", "3", "2.5", "X-n101")] == [True, False, 3, 2.5, "X-n101"]
