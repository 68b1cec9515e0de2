"""Lookup by exact NIK and by name prefix, through models/, beside raw sqlite3.

    python -m tests.bench.bench_lookup --db demo.sqlite3 [--rounds 300]

Needs a demo database (``python main.py demo --clients 100000 --db demo.sqlite3``). Each
figure is the time for one lookup that returns the rows a result list shows; the floor is
the same query written by hand against the same file with the sqlite3 module.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Callable

from tests.bench.report import print_table


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args(argv)

    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.people.person import Person
    from models.people.search import hits, search_ids
    from models.staff.staff import Staff

    open_database(resolve_target(args.db))
    actor = Staff.get(Staff.role == "intake")
    rng = random.Random(7)
    count = Person.select().count()
    niks = [n for (n,) in Person.select(Person.nik).where(Person.nik.is_null(False))
            .order_by(Person.id).tuples()]
    nik_sample = [rng.choice(niks) for _ in range(args.rounds)]
    first_names = [n.split()[0][:4].lower() for (n,) in
                   Person.select(Person.full_name).order_by(Person.id).limit(5000).tuples()]
    prefixes = [rng.choice(first_names) for _ in range(args.rounds)]

    raw = sqlite3.connect(args.db)
    cols = "id, reg_no, full_name, sex, birth_date"

    def rounds(fn: Callable[[str], object], keys: list[str]) -> list[float]:
        it = iter(keys)
        return timed(lambda: fn(next(it)), len(keys))

    results = []
    ours = rounds(lambda k: hits(search_ids(actor, k)), nik_sample)
    floor = rounds(lambda k: raw.execute(
        f"SELECT {cols} FROM person WHERE nik = ?", (k,)).fetchall(), nik_sample)
    results.append(("NIK exact", ours, floor))
    ours = rounds(lambda k: hits(search_ids(actor, k, limit=50)), prefixes)
    floor = rounds(lambda k: raw.execute(
        f"SELECT {cols} FROM person WHERE id IN (SELECT rowid FROM person_fts "
        f"WHERE person_fts MATCH ? ORDER BY rank LIMIT 50)", (f'"{k}"*',)).fetchall(), prefixes)
    results.append(("name prefix (4 letters)", ours, floor))
    raw.close()
    dbmod.close()

    rows = []
    for name, ours, floor in results:
        (om, op), (fm, fp) = summary(ours), summary(floor)
        rows.append((name, om, op, fm, fp, om / fm if fm else float("nan")))
    print(f"Lookups at {count:,} persons, {args.rounds} rounds each (ms)")
    print_table(("lookup", "median", "p95", "floor median", "floor p95", "ratio"), rows)
    return rows


if __name__ == "__main__":
    main()
