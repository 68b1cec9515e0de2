"""Every benchmark of tests/bench/ runs, on a tiny demo with a round or two, and prints its
figures beside their floors: a benchmark that no longer runs (a renamed function, a guard its
floor trips over) fails here, not on the day someone needs its figures. Speed is not checked.

The modules are found by name (``tests/bench/bench_*.py``), so a new benchmark is a new case
here; it runs the way ``python -m tests.bench NAME --smoke`` runs it, with the arguments of
its line in tests/bench/plan.py, in a process of its own.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench import plan

ROOT = Path(__file__).resolve().parents[1]
RUN_TIMEOUT_S = 240  # a hang fails the case; the slowest takes about 10 s on 2 cores
NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")
RULE = re.compile(r"\|(-+\|)+")


def _environment(home: Path) -> dict[str, str]:
    """The run's environment: offscreen, settings and data of its own, and none of the
    person's database or key settings (the runner puts keys beside the demo)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PULIH_DB", "PULIH_DATABASE_URL", "PULIH_KEY_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    return env


def _runner(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.bench", "--smoke", *map(str, args)],
                          cwd=ROOT, env=_environment(home), capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S)


def tables(text: str) -> list[list[list[str]]]:
    """The Markdown tables tests/bench/report.py printed in ``text``: each a list of rows
    of cells, the header first."""
    lines = text.splitlines() + [""]

    def cells(line: str) -> list[str]:
        return [cell.strip() for cell in line.strip("|").split(" | ")]

    found: list[list[list[str]]] = []
    for i, line in enumerate(lines):
        if line.startswith("| ") and RULE.fullmatch(lines[i + 1]):
            found.append([cells(line)])  # a header: its rule follows
        elif line.startswith("| ") and found and not RULE.fullmatch(lines[i + 1]) \
                and (lines[i - 1].startswith("| ") or RULE.fullmatch(lines[i - 1])):
            found[-1].append(cells(line))
    return found


def test_tables_are_read_as_printed(capsys):
    from tests.bench.report import print_table
    print("a heading")
    print_table(("what", "ms", "floor ms"), [("one lookup", 1.5, 0.25), ("two", 3, "")])
    print_table(("next", "n"), [("right after", 1)])
    print("a closing line")
    print_table(("empty",), [])
    assert tables(capsys.readouterr().out) == [
        [["what", "ms", "floor ms"], ["one lookup", "1.50", "0.25"], ["two", "3", ""]],
        [["next", "n"], ["right after", "1"]],
        [["empty"]]]


def test_every_benchmark_has_its_line_in_the_plan():
    assert plan.discovered(), "no tests/bench/bench_*.py found"
    assert plan.unplanned() == [], "give each a line in tests/bench/plan.py BENCHMARKS"
    assert set(plan.BENCHMARKS) <= set(plan.discovered()), "a line for a module that is gone"


@pytest.fixture(scope="session")
def smoke_demo(tmp_path_factory) -> Path:
    """The tiny demo the benchmarks run on, built once per test process."""
    home = tmp_path_factory.mktemp("bench-demo")
    done = _runner("--build-only", "--dir", home / "files", home=home)
    assert done.returncode == 0, done.stderr[-4000:]
    return home / "files"


@pytest.mark.slow
@pytest.mark.parametrize("name", plan.discovered())
def test_benchmark_runs_and_prints_its_figures(name, smoke_demo, tmp_path):
    if name not in plan.BENCHMARKS:
        pytest.fail(f"{name} has no line in tests/bench/plan.py BENCHMARKS")
    folder = tmp_path / "files"
    shutil.copytree(smoke_demo, folder)  # a copy of its own: some benchmarks write to it
    done = _runner(name, "--dir", folder, home=tmp_path)
    assert done.returncode == 0, f"{name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    printed = tables(done.stdout)
    assert printed, f"{name} printed no table of figures:\n{done.stdout[-2000:]}"
    for header, *rows in printed:
        assert rows, f"{name} printed a table without figures: {header}"
        for row in rows:
            assert len(row) == len(header), f"{name}: a row out of its table: {row}"
            assert row[0], f"{name}: a figure without a name: {row}"
            assert any(NUMBER.match(cell) for cell in row[1:]), \
                f"{name}: a figure without a number: {row}"
        text = " ".join(" ".join(row) for row in [header, *rows]).lower()
        assert "floor" in text, f"{name}: a table of figures without their floor: {header}"
