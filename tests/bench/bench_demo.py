"""Build time of the demo facility, beside the floor: the same rows written by raw sqlite3.

    python -m tests.bench.bench_demo [--clients 100000] [--seed 1] [--end 2025-06-30]
                                     [--dir DIR] [--tables]

(``python tests/bench/bench_demo.py ...`` from the project folder works too.)

1. ``models.demo.demo.build_demo`` fills a new SQLite file, as ``python main.py demo`` does:
   planning, row generation and writing. Its time is the build.
2. The floor: an empty database whose schema is copied statement by statement from the
   demo file (tables, indexes, the FTS5 table and its triggers), opened the way a desk opens
   one (WAL, foreign keys on, ``synchronous=full``). Every row of every table the build
   wrote is read back from the demo file beforehand, then inserted with ``executemany``,
   table by table in dependency order, one transaction per 60,000 rows. No Python-side
   generation, no peewee: what it costs SQLite to store these rows.

The ratio build / floor says what generating the data costs on top of storing it. Files go
to a temporary folder unless ``--dir`` is given (then they are kept).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a plain script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.report import print_table

CHUNK = 60_000
END = dt.date(2025, 6, 30)  # the demo's last day: fixed, so runs compare


def desk_connection(path: Path) -> sqlite3.Connection:
    """A raw connection with the pragmas of models.db.connection.sqlite_database."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    for pragma in ("journal_mode=wal", "foreign_keys=1", "synchronous=full",
                   "busy_timeout=30000", "cache_size=-32000", "temp_store=memory"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def copy_schema(source: Path, target: Path) -> None:
    """Create in ``target`` every table, index and trigger of ``source``.

    FTS5 shadow tables are left out: creating the virtual table makes them.
    """
    src = sqlite3.connect(source)
    try:
        objects = src.execute("SELECT type, name, sql FROM sqlite_master "
                              "WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    finally:
        src.close()
    virtual = [name for kind, name, sql in objects
               if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")]
    order = {"table": 0, "index": 1, "trigger": 2}
    conn = desk_connection(target)
    try:
        for kind, name, sql in sorted(objects, key=lambda o: order.get(o[0], 3)):
            if kind == "table" and any(name.startswith(v + "_") for v in virtual):
                continue
            if name.startswith("sqlite_"):  # planner statistics (ANALYZE), made by SQLite
                continue
            if kind in order:
                conn.execute(sql)
    finally:
        conn.close()


def start_audit_chain(dst: sqlite3.Connection, src: sqlite3.Connection) -> float:
    """Write the audit chain's head as it starts, before any event (the database's guards
    take a head only on an empty trail, at the genesis hash); seconds taken."""
    from models.safety.audit import GENESIS
    (gaps_until,) = src.execute("SELECT gaps_until FROM audit_head").fetchone()
    started = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    dst.execute("INSERT INTO audit_head (id, last_hash, events, last_id, gaps_until) "
                "VALUES (1, ?, 0, 0, ?)", (GENESIS, gaps_until))
    dst.execute("COMMIT")
    return time.perf_counter() - started


def end_audit_chain(dst: sqlite3.Connection, src: sqlite3.Connection) -> tuple[int, float]:
    """Move the head forward to the newest event, as the build's last write does (the guards
    take only that move); rows and seconds."""
    last_hash, events, last_id = src.execute(
        "SELECT last_hash, events, last_id FROM audit_head").fetchone()
    started = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    dst.execute("UPDATE audit_head SET last_hash = ?, events = ?, last_id = ? WHERE id = 1",
                (last_hash, events, last_id))
    dst.execute("COMMIT")
    return 1, time.perf_counter() - started


def floor(source: Path, target: Path, tables: list[str]) -> dict[str, tuple[int, float]]:
    """Insert every row of ``tables`` of ``source`` into ``target``; rows and seconds each.

    The audit trail goes in as its guards (migration 0009) let anything in: the head at the
    genesis hash first, the events in id order (each the next link), then the head moved to
    the newest event.
    """
    copy_schema(source, target)
    src = sqlite3.connect(source)
    dst = desk_connection(target)
    result: dict[str, tuple[int, float]] = {}
    try:
        chained = "audit_head" in tables
        head_s = start_audit_chain(dst, src) if chained else 0.0
        for table in tables:
            if table == "audit_head":
                continue  # its one row is written around the events
            rows = src.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()  # untimed
            if not rows:
                result[table] = (0, 0.0)
                continue
            marks = ", ".join("?" * len(rows[0]))
            sql = f'INSERT INTO "{table}" VALUES ({marks})'
            started = time.perf_counter()
            for i in range(0, len(rows), CHUNK):
                dst.execute("BEGIN IMMEDIATE")
                dst.executemany(sql, rows[i:i + CHUNK])
                dst.execute("COMMIT")
            result[table] = (len(rows), time.perf_counter() - started)
            del rows
        if chained:
            rows_done, seconds = end_audit_chain(dst, src)
            result["audit_head"] = (rows_done, head_s + seconds)
        started = time.perf_counter()
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the build checkpoints too
        result["(checkpoint)"] = (0, time.perf_counter() - started)
    finally:
        src.close()
        dst.close()
    return result


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--end", type=dt.date.fromisoformat, default=END,
                        help="last day of the demo (fixed, so runs compare)")
    parser.add_argument("--dir", type=Path, help="keep the two database files here")
    parser.add_argument("--tables", action="store_true", help="also print rows and floor per table")
    args = parser.parse_args(argv)

    from models.admin.tables import ALL_MODELS
    from models.db import connection as dbmod
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.demo.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="pulih-bench-") as scratch:
        folder = args.dir or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        demo_path, floor_path = folder / "demo.sqlite3", folder / "floor.sqlite3"
        for path in (demo_path, floor_path):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)

        open_database(resolve_target(str(demo_path)))
        try:
            started = time.perf_counter()
            summary = build_demo(args.clients, args.seed, end_date=args.end)
            build_s = time.perf_counter() - started
        finally:
            dbmod.close()
        demo_mb = os.path.getsize(demo_path) / 1e6

        tables = [model._meta.table_name for model in ALL_MODELS]
        per_table = floor(demo_path, floor_path, tables)
        floor_s = sum(seconds for _rows, seconds in per_table.values())
        floor_mb = os.path.getsize(floor_path) / 1e6

    total = summary.total_rows
    results = [
        (f"build_demo, {args.clients:,} clients", f"{total:,}", build_s, f"{total / build_s:,.0f}"),
        ("floor: sqlite3 executemany, same rows", f"{total:,}", floor_s,
         f"{total / floor_s:,.0f}"),
        ("ratio build / floor", "", build_s / floor_s, ""),
    ]
    print_table(("what", "rows", "seconds", "rows/s"), results)
    print(f"\ndemo database file: {demo_mb:,.0f} MB (floor file: {floor_mb:,.0f} MB)")
    if args.tables:
        print()
        print_table(("table", "rows", "floor seconds"),
                    [(name, f"{rows:,}", seconds) for name, (rows, seconds) in
                     sorted(per_table.items(), key=lambda item: -item[1][1])])
    return results


if __name__ == "__main__":
    main()
