"""The demo's PTRM: a methadone programme over the last two years of the demo, written after
the rest of it.

A share of the demo's clients (at most :data:`MAX_CLIENTS`) start methadone on a day of the
two years: titration from 20-30 mg by 5-10 mg every few days to a stable dose, later
changes, missed days (a run of three or more is followed by a doctor's review), stays in
hospital, weekend take-home doses for stable clients (returned on Monday), and some who stop.
The stock is received in batches of 5 mg/ml solution before it runs short and counted every
evening; now and then the count differs by a few mg and the reason is written. Same seed,
same rows.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import peewee

from models.demo.writer import BulkWriter
from models.rumatan.tables import (
    Absence,
    Dose,
    DoseOrder,
    DoseReview,
    StockBatch,
    StockCount,
    StockMove,
    TakeHome,
)

MAX_CLIENTS = 300
SHARE = 3  # one client in SHARE starts methadone (up to MAX_CLIENTS)
DAYS = 730
BATCH_MG = 150_000  # 30 litres of 5 mg/ml
UNIT_UG = 5_000
P_MISS, P_HOSPITAL, P_STOP = 0.035, 0.0015, 0.0025
COUNT_REASONS = ("Sisa pada gelas takar", "Tumpah sedikit saat menakar",
                 "Pembulatan takaran pompa")


def _tuple(model: type[peewee.Model], values: dict) -> tuple:
    return tuple(values[f.name] for f in model._meta.sorted_fields)


class _Plan:
    """One client's course: a dict of day -> ordered dose (mg), and the orders."""

    def __init__(self, rng: random.Random, start: int, end: int) -> None:
        self.start = start
        self.target = rng.choice((50, 60, 70, 80, 90, 100, 120))
        self.dose = rng.choice((20, 25, 30))
        self.next_change = start + rng.randint(3, 4)
        self.stop = end + 1
        self.take_home_ok = rng.random() < 0.45


def build_rumatan(db: peewee.Database, end_day: dt.date, seed: int) -> int:
    """Write the demo's PTRM; returns the number of doses."""
    rng = random.Random(seed * 104_729 + 17)
    writer = BulkWriter(db)
    end = end_day.toordinal()
    first = end - DAYS + 1
    people = [r[0] for r in db.execute_sql(
        "SELECT DISTINCT person_id FROM episode WHERE admitted_on IS NOT NULL "
        "ORDER BY person_id").fetchall()]
    rng.shuffle(people)
    people = sorted(people[:min(MAX_CLIENTS, len(people) // SHARE)])
    staff = dict(db.execute_sql("SELECT role, MIN(id) FROM staff WHERE active GROUP BY role")
                 .fetchall())
    doctor = staff.get("doctor")
    nurses = [r[0] for r in db.execute_sql(
        "SELECT id FROM staff WHERE role IN ('nurse', 'pharmacist') AND active ORDER BY id")
        .fetchall()] or [doctor]
    if not people or doctor is None:
        return 0
    ids: dict[type, int] = defaultdict(int)

    def new_id(model: type) -> int:
        ids[model] += 1
        return ids[model]

    plans = {pid: _Plan(rng, rng.randint(first, end - 20), end) for pid in people}
    open_order: dict[int, dict] = {}
    last_dose: dict[int, int] = {}
    away_until: dict[int, int] = {}
    missing: dict[int, int] = {}
    batch: dict = {}
    batch_no = 0
    doses = 0

    def receive(day: int) -> None:
        nonlocal batch_no
        batch_no += 1
        b = {"id": new_id(StockBatch), "medicine": "methadone",
             "batch_no": f"MTD-{dt.date.fromordinal(day):%y%m}-{batch_no:03d}",
             "unit_ug": UNIT_UG, "received_on": writer.date(day),
             "expires_on": writer.date(day + 540), "balance_ug": 0, "closed": False}
        batch.clear()
        batch.update(b, balance=BATCH_MG * 1000, rows=[])
        writer.rows[StockMove].append(_tuple(StockMove, {
            "id": new_id(StockMove), "batch": b["id"], "kind": "received",
            "amount_ug": BATCH_MG * 1000, "day": writer.date(day),
            "at": writer.stamp(day, 27_000), "staff": nurses[-1], "witness": None,
            "dose": None, "reason": ""}))
        batches.append(b)

    batches: list[dict] = []
    closing: list[tuple[dict, int]] = []

    def give(pid: int, day: int, kind: str, mg: int, nurse: int, at: int,
             take_home: int | None = None) -> None:
        nonlocal doses
        if batch["balance"] < mg * 1000:
            closing.append((dict(batch), batch["balance"]))
            receive(day)
        dose_id = new_id(Dose)
        writer.rows[Dose].append(_tuple(Dose, {
            "id": dose_id, "person": pid, "order": open_order[pid]["id"],
            "day": writer.date(day if kind == "observed" else day + 1), "slot": "regular",
            "kind": kind, "amount_ug": mg * 1000, "given_at": writer.stamp(day, at),
            "given_by": nurse, "batch": batch["id"], "take_home": take_home,
            "approved_by": None, "reason": "", "vomited_at": None, "vomit_note": ""}))
        writer.rows[StockMove].append(_tuple(StockMove, {
            "id": new_id(StockMove), "batch": batch["id"], "kind": "dispensed",
            "amount_ug": -mg * 1000, "day": writer.date(day), "at": writer.stamp(day, at),
            "staff": nurse, "witness": None, "dose": dose_id, "reason": ""}))
        batch["balance"] -= mg * 1000
        doses += 1

    def order(pid: int, day: int, mg: int, reason: str = "") -> None:
        previous = open_order.get(pid)
        if previous is not None:
            previous["end_on"] = writer.date(day - 1)
        row = {"id": new_id(DoseOrder), "person": pid, "medicine": "methadone",
               "daily_ug": mg * 1000, "start_on": writer.date(day), "end_on": None,
               "take_home_days": 1 if plans[pid].take_home_ok and mg >= 40 else 0,
               "pregnant": False, "qt_risk": "", "notes": "", "change_reason": reason,
               "ordered_by": doctor, "ordered_at": writer.stamp(day, 28_800)}
        orders.append(row)
        open_order[pid] = row

    orders: list[dict] = []
    receive(first)
    for day in range(first, end + 1):
        weekday = dt.date.fromordinal(day).weekday()
        nurse = nurses[day % len(nurses)]
        at = 27_000
        for pid in people:
            plan = plans[pid]
            if day < plan.start or day > plan.stop:
                continue
            if day == plan.start:
                order(pid, day, plan.dose)
            elif day == plan.stop:
                open_order[pid]["end_on"] = writer.date(day - 1)
                continue
            if rng.random() < P_STOP and day - plan.start > 30 and day < end - 10:
                plan.stop = day + 1
            if away_until.get(pid, 0) >= day:
                continue
            if last_dose.get(pid, 0) >= day:  # a take-home dose covers today
                continue
            if rng.random() < P_HOSPITAL:
                until = day + rng.randint(3, 10)
                away_until[pid] = until
                writer.rows[Absence].append(_tuple(Absence, {
                    "id": new_id(Absence), "person": pid, "kind": "hospital",
                    "from_on": writer.date(day), "until_on": writer.date(until),
                    "note": "Rawat inap RSUD", "recorded_by": nurse,
                    "recorded_at": writer.stamp(day, 30_000)}))
                last_dose[pid] = until
                continue
            if missing.get(pid, 0) or rng.random() < P_MISS:
                run = missing.get(pid) or rng.choice((1, 1, 1, 2, 2, 3, 4, 5))
                missing[pid] = run - 1
                continue
            gap = day - max(last_dose.get(pid, plan.start - 1), plan.start - 1) - 1
            if gap >= 3:
                writer.rows[DoseReview].append(_tuple(DoseReview, {
                    "id": new_id(DoseReview), "person": pid, "reviewed_on": writer.date(day),
                    "doctor": doctor, "note": f"Tidak datang {gap} hari; dosis dilanjutkan.",
                    "reviewed_at": writer.stamp(day, at - 300)}))
            if day >= plan.next_change and plan.dose < plan.target:
                plan.dose = min(plan.target, plan.dose + rng.choice((5, 5, 10)))
                plan.next_change = day + rng.randint(3, 5)
                order(pid, day, plan.dose)
            elif day >= plan.next_change and rng.random() < 0.004:
                plan.dose = max(30, plan.dose + rng.choice((-10, -5, 5, 10)))
                order(pid, day, plan.dose, "Penyesuaian dosis setelah evaluasi")
            at += rng.randint(20, 90)
            give(pid, day, "observed", plan.dose, nurse, at)
            last_dose[pid] = day
            home = open_order[pid]["take_home_days"]
            if (home and weekday == 5 and day - plan.start > 90 and day < end
                    and day + 1 < plan.stop):
                handed = new_id(TakeHome)
                writer.rows[TakeHome].append(_tuple(TakeHome, {
                    "id": handed, "person": pid, "given_on": writer.date(day), "count": 1,
                    "given_by": nurse, "returned": 1 if day + 2 <= end else None,
                    "returned_on": writer.date(day + 2) if day + 2 <= end else None,
                    "returned_by": nurse if day + 2 <= end else None, "note": ""}))
                give(pid, day, "take_home", plan.dose, nurse, at + 5, handed)
                last_dose[pid] = day + 1
        # The evening count of the open batch.
        expected = batch["balance"]
        counted = expected
        reason = ""
        if rng.random() < 0.03:
            counted = max(0, expected - rng.choice((1, 2, 3, 5)) * 1000)
            reason = rng.choice(COUNT_REASONS)
        writer.rows[StockCount].append(_tuple(StockCount, {
            "id": new_id(StockCount), "batch": batch["id"], "day": writer.date(day),
            "expected_ug": expected, "counted_ug": counted, "reason": reason,
            "counted_by": nurses[-1], "counted_at": writer.stamp(day, 61_200)}))
        if counted != expected:
            writer.rows[StockMove].append(_tuple(StockMove, {
                "id": new_id(StockMove), "batch": batch["id"], "kind": "adjusted",
                "amount_ug": counted - expected, "day": writer.date(day),
                "at": writer.stamp(day, 61_200), "staff": nurses[-1], "witness": None,
                "dose": None, "reason": reason}))
            batch["balance"] = counted
    for b, balance in closing:
        b["balance"] = balance
    final = {b_id: 0 for b_id in (b["id"] for b in batches)}
    for b in batches:
        final[b["id"]] = 0
    for b, balance in closing:
        final[b["id"]] = balance
    final[batch["id"]] = batch["balance"]
    for b in batches:
        b["balance_ug"] = final[b["id"]]
        b["closed"] = b["id"] != batch["id"]
        writer.rows[StockBatch].insert(0, _tuple(StockBatch, b))
    for row in orders:
        writer.rows[DoseOrder].append(_tuple(DoseOrder, row))
    writer.finish()
    return doses
