"""Every benchmark in one run, on a freshly built demo facility.

    python -m tests.bench [NAME ...] [--clients 100000] [--rounds 300] [--runs N]
                          [--share 1.0] [--smoke] [--dir DIR] [--build-only]

Builds the demo (timed beside a raw ``executemany`` floor, see bench_demo), then runs every
other benchmark of tests/bench/ on that same file or on data of its own, in the order of
tests/bench/plan.py; NAMEs (e.g. ``bench_lookup``) run only those, on the demo already in
``--dir`` if there is one. Each figure is printed beside its floor. ``--smoke`` starts from
the tiny scale the test suite uses (tests/test_bench_smoke.py) instead of the reference one;
the other options change one knob of either. Run it two or three times on a shared machine
and quote the medians.

Opening the demo database may upgrade its schema, and some benchmarks write to it (audit
events, a backup, a closed month): keep a copy of a demo you want to reuse. The desk keys
the benchmarks make go to ``DIR/keys`` unless ``PULIH_KEY_DIR`` says otherwise.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from tests.bench import plan


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all): {', '.join(plan.BENCHMARKS)}")
    parser.add_argument("--smoke", action="store_true",
                        help=f"start from the smoke test's scale ({plan.SMOKE})")
    parser.add_argument("--clients", type=int, help="clients of the demo facility")
    parser.add_argument("--rounds", type=int, help="timings of each quick figure")
    parser.add_argument("--runs", type=int, help="timings of each slow figure")
    parser.add_argument("--share", type=float,
                        help="share of the reference size of figures over many items")
    parser.add_argument("--dir", type=Path, help="keep the database files here")
    parser.add_argument("--build-only", action="store_true",
                        help="build the demo databases the benchmarks need, time nothing")
    args = parser.parse_args(argv)
    missing = plan.unplanned()
    if missing:
        parser.error(f"no line in tests/bench/plan.py BENCHMARKS for: {', '.join(missing)}")
    unknown = [name for name in args.names if name not in plan.BENCHMARKS]
    if unknown:
        parser.error(f"no such benchmark: {', '.join(unknown)}")
    scale = plan.scaled(plan.SMOKE if args.smoke else plan.REFERENCE, clients=args.clients,
                        rounds=args.rounds, runs=args.runs, share=args.share)
    names = args.names or list(plan.BENCHMARKS)
    with tempfile.TemporaryDirectory(prefix="pulih-bench-") as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("PULIH_KEY_DIR", str(folder / "keys"))
        for number, name in enumerate(names):
            if args.build_only:
                plan.arguments(name, scale, folder)
                continue
            if number:
                print()
            print(f"## {name}", flush=True)
            plan.run(name, scale, folder)
            sys.stdout.flush()


if __name__ == "__main__":
    main()
