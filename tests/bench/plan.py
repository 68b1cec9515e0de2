"""Every benchmark, and the arguments it runs with at a given scale.

``python -m tests.bench`` runs them at :data:`REFERENCE` (a demo of 100,000 clients, the
figures quoted in issues); ``tests/test_bench_smoke.py`` runs each at :data:`SMOKE` (a demo
of a few dozen clients, one or two rounds), so a benchmark that no longer runs fails the
suite instead of the day someone needs its figures. A new ``tests/bench/bench_*.py`` takes a
``main(argv)`` and gets its line in :data:`BENCHMARKS`; the smoke test fails until it has one.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
SMALL_FACILITY = 2_000  # clients of the small demo start-up is compared with


@dataclass(frozen=True)
class Scale:
    """How big a run is.

    Attributes:
        clients: the demo facility's clients; the database benchmarks run on it.
        rounds: timings of each quick figure (a lookup, a keystroke, a page shown).
        runs: timings of each slow figure (a process started, a backup, a month counted, a
            PDF drawn); None leaves each benchmark its own number (5 to 100).
        share: the part of its reference size each figure over many items takes:
            certificates in a batch, packages, rows of a client list, the clients of a
            facility a benchmark builds for itself, the PDF bomb, the window's idle floor.
    """

    clients: int
    rounds: int
    runs: int | None
    share: float

    def part(self, reference: int) -> int:
        """``reference`` items at this scale's share, at least one."""
        return max(1, round(reference * self.share))


REFERENCE = Scale(clients=100_000, rounds=300, runs=None, share=1.0)
SMOKE = Scale(clients=40, rounds=2, runs=1, share=0.01)


class Files:
    """The folder a run keeps its databases in; hands out the demo databases, building each
    the first time a benchmark asks for it (one already there is used as it is)."""

    def __init__(self, folder: Path, scale: Scale) -> None:
        self.folder = folder
        self.scale = scale

    def demo(self) -> str:
        """The demo facility of ``scale.clients`` clients (what bench_demo builds)."""
        return self._built(self.folder / "demo.sqlite3", self.scale.clients)

    def small(self) -> str | None:
        """A small facility's demo to compare with, or None when the demo is small itself."""
        if self.scale.clients <= SMALL_FACILITY:
            return None
        return self._built(self.folder / "small" / "demo.sqlite3", SMALL_FACILITY)

    @staticmethod
    def _built(path: Path, clients: int) -> str:
        if not path.exists():
            from models.db import connection as dbmod
            from models.db.connection import resolve_target
            from models.db.schema import open_database
            from models.demo.demo import build_demo
            from tests.bench.bench_demo import END
            path.parent.mkdir(parents=True, exist_ok=True)
            open_database(resolve_target(str(path)))
            try:
                build_demo(clients, 1, end_date=END)
            finally:
                dbmod.close()
        return str(path)


def _runs(scale: Scale) -> list[str]:
    return [] if scale.runs is None else ["--runs", str(scale.runs)]


def _rounds(scale: Scale) -> list[str]:
    return [] if scale.runs is None else ["--rounds", str(scale.runs)]


def _startup(scale: Scale, files: Files) -> list[str]:
    dbs = [db for db in (files.small(), files.demo()) if db is not None]
    return [arg for db in dbs for arg in ("--db", db)] + _runs(scale)


Arguments = Callable[[Scale, Files], list[str]]

#: Each benchmark's arguments, in the order a full run takes them (the ones that write to
#: the demo database last).
BENCHMARKS: dict[str, Arguments] = {
    "bench_demo": lambda s, f: ["--clients", str(s.clients), "--dir", str(f.folder)],
    "bench_lookup": lambda s, f: ["--db", f.demo(), "--rounds", str(s.rounds)],
    "bench_registry": lambda s, f: ["--db", f.demo(), "--rounds", str(s.rounds)],
    "bench_startup": _startup,
    "bench_tally": lambda s, f: ["--db", f.demo(), *_rounds(s)],
    "bench_dashboard": lambda s, f: ["--db", f.demo(), "--rounds", str(s.rounds)],
    "bench_report_stall": lambda s, f: ["--db", f.demo(), *_rounds(s)],
    "bench_appointments": lambda s, f: ["--db", f.demo(), *_rounds(s)],
    "bench_exchange": lambda s, f: ["--db", f.demo(), "--packages", str(s.part(50)),
                                    "--import-rows", str(s.part(20_000)),
                                    "--share", f"{s.share:g}", *_rounds(s)],
    "bench_rumatan": lambda s, f: ["--clients", str(s.part(300)),
                                   "--rounds", str(min(s.rounds, 300))],
    "bench_documents": lambda s, f: ["--batch", str(s.part(500)), *_rounds(s)],
    "bench_skhpn_photo": lambda s, f: _rounds(s),
    "bench_verify": lambda s, f: ["--bomb-mb", str(s.part(2048)), *_rounds(s)],
    "bench_backup": lambda s, f: ["--db", f.demo(), "--idle", f"{3 * s.share:g}", "--restore",
                                  *_runs(s)],
}


def discovered() -> list[str]:
    """The benchmark modules in tests/bench/ (``bench_*.py``), by name."""
    return sorted(path.stem for path in BENCH_DIR.glob("bench_*.py"))


def unplanned() -> list[str]:
    """Benchmark modules without a line in :data:`BENCHMARKS`."""
    return [name for name in discovered() if name not in BENCHMARKS]


def arguments(name: str, scale: Scale, folder: Path) -> list[str]:
    """The arguments ``name`` runs with at ``scale``, its demo databases built in ``folder``."""
    return BENCHMARKS[name](scale, Files(folder, scale))


def run(name: str, scale: Scale, folder: Path) -> None:
    """Run one benchmark in this process; it prints its figures beside their floors."""
    module = importlib.import_module(f"tests.bench.{name}")
    module.main(arguments(name, scale, folder))


def scaled(base: Scale, **changes: object) -> Scale:
    """``base`` with the given fields changed (None leaves a field as it is)."""
    return replace(base, **{k: v for k, v in changes.items() if v is not None})
