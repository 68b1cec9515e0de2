"""Rumatan: recording one dose (with its stock line and audit) beside a bare insert, and
opening the day's dispensing window with 300 clients due.

    python -m tests.bench.bench_rumatan [--clients 300] [--rounds 100] [--database-url URL]

Builds a fresh SQLite file (or uses an empty PostgreSQL database) with ``--clients`` clients
on methadone, each with 90 days of history (about one day in twenty missed), then times:

- ``record_dose``: the observed dose through models/ (rights, order, missed-day rule,
  absence, batch, the insert the unique index guards, the stock line and balance, the audit
  event), one client after another; the floor is a bare one-row INSERT and COMMIT into a
  scratch table on the same file (the same PRAGMAs), which no write can beat;
- the window: ``WindowTab.refresh()`` (the day's query, the missed-day counts, the audited
  view and the table model filled), offscreen.

Quote the medians of two or three runs on a quiet machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.report import print_table


def _median_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def _world(clients: int, today: dt.date):
    from models.rumatan.tables import METHADONE, Dose, DoseOrder, StockBatch, StockMove, ug
    from models.safety import accounts
    from models.staff.staff import Staff
    from tests.rumatan_world import add_people
    admin = accounts.create_first_admin("admin", "Admin Bench", "admin-password-1")
    doctor = accounts.create_staff(admin, "dokter", "Dokter Bench", "doctor", "doctor-pass-1")
    nurse = accounts.create_staff(admin, "perawat", "Perawat Bench", "nurse", "nurse-pass-1")
    people = add_people(clients)
    rng = random.Random(3)
    start = today - dt.timedelta(days=90)
    batch = StockBatch.create(medicine=METHADONE, batch_no="BENCH-1", unit_ug=ug(5),
                              received_on=start, balance_ug=ug(10_000_000))
    orders, doses = [], []
    for pid in people:
        orders.append({"person": pid, "medicine": METHADONE, "daily_ug": ug(60),
                       "start_on": start, "ordered_by": doctor.id,
                       "ordered_at": dt.datetime.combine(start, dt.time(8))})
    DoseOrder.insert_many(orders).execute()
    order_of = dict(DoseOrder.select(DoseOrder.person, DoseOrder.id).tuples())
    for pid in people:
        for back in range(90, 0, -1):
            if rng.random() < 0.05:
                continue
            day = today - dt.timedelta(days=back)
            doses.append({"person": pid, "order": order_of[pid], "day": day,
                          "slot": "regular", "kind": "observed", "amount_ug": ug(60),
                          "given_at": dt.datetime.combine(day, dt.time(8)),
                          "given_by": nurse.id, "batch": batch.id})
    for i in range(0, len(doses), 2000):
        Dose.insert_many(doses[i:i + 2000]).execute()
    StockMove.insert(batch=batch.id, kind="received", amount_ug=ug(10_000_000), day=start,
                     at=dt.datetime.combine(start, dt.time(7)), staff=nurse.id).execute()
    return Staff.get_by_id(nurse.id), people


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from models.db import connection as dbmod
    from models.db.connection import DatabaseTarget, resolve_target
    from models.db.schema import open_database
    from models.rumatan.dispense import record_dose

    today = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        target = (DatabaseTarget("postgres", args.database_url) if args.database_url
                  else resolve_target(str(Path(tmp) / "bench.sqlite3")))
        open_database(target)
        nurse, people = _world(args.clients, today)

        from PySide6.QtWidgets import QApplication

        from ui.rumatan.window_tab import WindowTab
        from ui.session import SESSION
        app = QApplication.instance() or QApplication([])
        SESSION.sign_in(nurse)
        tab = WindowTab()
        tab.refresh()  # warm the statement cache once
        window = []
        for _ in range(max(5, args.rounds // 5)):
            start = time.perf_counter()
            tab.refresh()
            window.append((time.perf_counter() - start) * 1000)
        due = tab.model.counts()[1]

        dose = []
        for pid in people[:args.rounds]:
            start = time.perf_counter()
            record_dose(nurse, pid)
            dose.append((time.perf_counter() - start) * 1000)

        floor = []
        db = dbmod.database
        db.execute_sql("CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, person_id INTEGER, "
                       "day DATE, slot VARCHAR(12), amount_ug BIGINT)")
        for i in range(args.rounds):
            start = time.perf_counter()
            with db.atomic():
                db.execute_sql("INSERT INTO bench_floor VALUES (" + ", ".join(
                    [db.obj.param] * 5) + ")", (i + 1, i, today, "regular", 60_000))
            floor.append((time.perf_counter() - start) * 1000)
        db.execute_sql("DROP TABLE bench_floor")
        SESSION.sign_out()
        tab.deleteLater()
        app.processEvents()
        dbmod.close()

    rows = [("record_dose (with stock line and audit)", *_median_p95(dose), "30"),
            ("bare one-row insert + commit (floor)", *_median_p95(floor), "-"),
            (f"open the window, {due} due", *_median_p95(window), "150")]
    print(f"Rumatan on {target.kind}: {args.clients} clients, 90 days of history")
    print_table(("measure", "median ms", "p95 ms", "aim ms"),
                [(name, f"{m:.1f}", f"{p:.1f}", aim) for name, m, p, aim in rows])
    return rows


if __name__ == "__main__":
    main()
