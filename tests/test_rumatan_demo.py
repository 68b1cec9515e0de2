"""The demo's PTRM: the monthly summary recounted in plain Python from the raw rows, the
ledgers adding up, and the missed-dose rule kept by the demo's own history."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from dateutil.relativedelta import relativedelta

from models.db import connection as dbmod
from models.db.connection import resolve_target
from models.db.schema import open_database
from models.demo.demo import build_demo
from models.rumatan.summary import FIGURES, month_summary
from models.rumatan.tables import Absence, Dose, DoseOrder, DoseReview, StockBatch, StockMove
from models.staff.staff import Staff

END = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("ptrm") / "demo.sqlite3"
    open_database(resolve_target(str(path)))
    build_demo(240, 11, end_date=END)
    yield
    dbmod.close()


def _d(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def recount(first: dt.date, last: dt.date, today: dt.date) -> dict[str, float]:
    """Every figure from the definitions, by walking the rows one by one."""
    orders = defaultdict(list)
    for pid, start, end in DoseOrder.select(DoseOrder.person, DoseOrder.start_on,
                                            DoseOrder.end_on).tuples():
        start, end = _d(start), _d(end) if end else None
        if end is not None and end < start:
            continue
        orders[pid].append((start, end))

    def in_force(pid, day):
        return any(s <= day and (e is None or day <= e) for s, e in orders[pid])

    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    active = {pid for pid in orders if any(in_force(pid, d) for d in days)}
    first_start = {pid: min(s for s, _ in spans) for pid, spans in orders.items()}
    stopped = {pid for pid, spans in orders.items() if all(e is not None for _, e in spans)
               and first <= max(e for _, e in spans) <= last}
    regular = [(pid, _d(day), kind, ug) for pid, day, kind, ug, slot in
               Dose.select(Dose.person, Dose.day, Dose.kind, Dose.amount_ug, Dose.slot).tuples()
               if slot == "regular"]
    month = [r for r in regular if first <= r[1] <= last]
    given = {(pid, day) for pid, day, _k, _u in month}
    away = defaultdict(list)
    for pid, a, b in Absence.select(Absence.person, Absence.from_on, Absence.until_on).tuples():
        away[pid].append((_d(a), _d(b) if b else None))
    missed = 0
    for pid in active:
        for d in days:
            if d >= today:
                break
            if in_force(pid, d) and (pid, d) not in given and not any(
                    a <= d and (b is None or d <= b) for a, b in away[pid]):
                missed += 1
    values = {"active": len(active),
              "new": sum(1 for pid in active if first <= first_start[pid] <= last),
              "stopped": len(stopped),
              "average_mg": round(sum(u for *_x, u in month) / len(month) / 1000, 1)
              if month else 0.0,
              "observed": sum(1 for r in month if r[2] == "observed"),
              "take_home": sum(1 for r in month if r[2] == "take_home"),
              "missed": missed}
    on_day = min(last, today)
    for months in (6, 12):
        c_first = first - relativedelta(months=months)
        c_last = c_first + relativedelta(months=1) - dt.timedelta(days=1)
        cohort = [pid for pid, s in first_start.items() if c_first <= s <= c_last]
        values[f"cohort_{months}"] = len(cohort)
        values[f"retained_{months}"] = sum(1 for pid in cohort if in_force(pid, on_day))
    return values


@pytest.mark.parametrize("month", [(2024, 1), (2024, 12), (2025, 3), (2025, 6)])
def test_the_monthly_summary_recounts_in_plain_python(demo, month):
    admin = Staff.get(Staff.username == "admin")
    year, m = month
    today = END + dt.timedelta(days=1) if month != (2025, 6) else dt.date(2025, 6, 20)
    summary = month_summary(admin, year, m, today=today)
    first = dt.date(year, m, 1)
    assert summary.values == recount(first, first + relativedelta(months=1)
                                     - dt.timedelta(days=1), today)
    assert summary.definitions_version == 2 and set(summary.values) == {f[0] for f in FIGURES}
    assert summary.values["active"] >= 5 and summary.values["observed"] > 100
    assert summary.values["missed"] > 0 and summary.values["take_home"] > 0


def test_the_demo_keeps_the_ledgers_and_the_rules(demo):
    for batch_id, balance in StockBatch.select(StockBatch.id, StockBatch.balance_ug).tuples():
        moves = sum(a for (a,) in StockMove.select(StockMove.amount_ug)
                    .where(StockMove.batch == batch_id).tuples())
        assert balance == moves and balance >= 0
    reviews = defaultdict(set)
    for pid, day in DoseReview.select(DoseReview.person, DoseReview.reviewed_on).tuples():
        reviews[pid].add(_d(day))
    away = defaultdict(list)
    for pid, a, b in Absence.select(Absence.person, Absence.from_on, Absence.until_on).tuples():
        away[pid].append((_d(a), _d(b)))
    by_person = defaultdict(list)
    for pid, day in (Dose.select(Dose.person, Dose.day).where(Dose.slot == "regular")
                     .order_by(Dose.person, Dose.day).tuples()):
        by_person[pid].append(_d(day))
    held_doses = 0
    for pid, days in by_person.items():
        for before, after in zip(days, days[1:]):
            gap = [before + dt.timedelta(days=i) for i in range(1, (after - before).days)]
            missed = [d for d in gap if not any(a <= d <= b for a, b in away[pid])]
            if len(missed) >= 3:
                held_doses += 1
                assert any(missed[-1] < r <= after for r in reviews[pid]), (pid, after)
    assert held_doses > 0
