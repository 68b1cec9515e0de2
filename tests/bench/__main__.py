"""Every benchmark in one run, on a freshly built demo facility.

    python -m tests.bench [--clients 100000] [--rounds 300] [--dir DIR]

Builds the demo (timed beside a raw ``executemany`` floor, see bench_demo), then times
lookups on that same file (see bench_lookup). Each figure is printed beside its floor.
Run it two or three times on a shared machine and quote the medians.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tests.bench import (bench_appointments, bench_dashboard, bench_demo, bench_exchange,
                         bench_lookup, bench_registry, bench_report_stall, bench_rumatan,
                         bench_startup,
                         bench_tally)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--dir", type=Path, help="keep the database files here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bench_demo.main(["--clients", str(args.clients), "--dir", str(folder)])
        print()
        bench_lookup.main(["--db", str(folder / "demo.sqlite3"), "--rounds", str(args.rounds)])
        print()
        bench_registry.main(["--db", str(folder / "demo.sqlite3"), "--rounds", str(args.rounds)])
        print()
        # Start-up beside a small facility's: flat figures show it does not grow with the file.
        small = folder / "small"
        small.mkdir(exist_ok=True)
        if not (small / "demo.sqlite3").exists():
            from models.db import connection as dbmod
            from models.demo.demo import build_demo
            from models.db.schema import open_database
            open_database(dbmod.resolve_target(str(small / "demo.sqlite3")))
            build_demo(2000, 1)
            dbmod.close()
        bench_startup.main(["--db", str(small / "demo.sqlite3"),
                            "--db", str(folder / "demo.sqlite3")])
        print()
        bench_tally.main(["--db", str(folder / "demo.sqlite3")])
        print()
        bench_dashboard.main(["--db", str(folder / "demo.sqlite3"), "--rounds", str(args.rounds)])
        print()
        bench_report_stall.main(["--db", str(folder / "demo.sqlite3")])
        print()
        bench_appointments.main(["--db", str(folder / "demo.sqlite3")])
        print()
        bench_exchange.main(["--db", str(folder / "demo.sqlite3"), "--packages", "50",
                             "--import-rows", "20000"])
        print()
        bench_rumatan.main(["--rounds", str(min(args.rounds, 300))])  # its own 300 clients


if __name__ == "__main__":
    main()
