"""Hypothesis over sequences of doses, missed days, reviews, waste and counts: the batch
balance never goes negative and always equals its ledger, a client never has two regular
doses on a day, and the missed-dose hold is applied exactly when a plain recount says so."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from models.core.errors import ConflictError, ValidationError
from models.rumatan.dispense import MSG_NO_STOCK, record_dose
from models.rumatan.orders import OrderInput, order_dose, review
from models.rumatan.rules import MSG_HOLD
from models.rumatan.stock import MSG_NOT_ENOUGH, reconcile, waste
from models.rumatan.tables import (
    METHADONE,
    REGULAR,
    Absence,
    Dose,
    DoseOrder,
    DoseReview,
    StockBatch,
    StockCount,
    StockMove,
    TakeHome,
    ug,
)
from tests.rumatan_world import TODAY, make_ptrm

LIMIT = 3  # the setting's default
DAILY = 60
OPS = st.one_of(
    st.tuples(st.just("advance"), st.integers(1, 4)),
    st.tuples(st.just("dose"), st.integers(0, 2)),
    st.tuples(st.just("advance"), st.integers(1, 2)),
    st.tuples(st.just("dose"), st.just(0)),
    st.tuples(st.just("review"), st.just(0)),
    st.tuples(st.just("waste"), st.integers(1, 200)),
    st.tuples(st.just("count"), st.integers(-30, 30)),
    st.tuples(st.just("order"), st.integers(20, 120)),
)


def _reset():
    for table in (StockMove, StockCount, Dose, TakeHome, DoseReview, Absence, DoseOrder,
                  StockBatch):
        table.delete().execute()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stock=st.integers(0, 800), ops=st.lists(OPS, min_size=4, max_size=40))
@example(stock=800, ops=[("advance", 4), ("dose", 0), ("review", 0), ("dose", 1), ("dose", 0)])
@example(stock=800, ops=[("dose", 0), ("advance", 4), ("dose", 0), ("advance", 3), ("dose", 0)])
def test_sequences_keep_the_ledger_and_the_missed_dose_rule(db, staff, stock, ops, request):
    if not hasattr(request, "_ptrm"):
        request._ptrm = make_ptrm(staff, clients=1)
    w = request._ptrm
    _reset()
    start = TODAY - dt.timedelta(days=60)
    batch = StockBatch.create(medicine=METHADONE, batch_no="H-1", unit_ug=ug(5),
                              received_on=start, balance_ug=ug(stock))
    pid = w.clients[0]
    order_dose(w.doctor, pid, OrderInput(METHADONE, ug(DAILY), start, take_home_days=2))
    day, balance, dosed, reviews, counted = start, ug(stock), set(), [], set()
    daily = DAILY
    for op, arg in ops:
        if op == "advance":
            day = min(TODAY, day + dt.timedelta(days=arg))
        elif op == "dose":
            last = max([d for d in dosed if d < day] + [r for r in reviews if r <= day],
                       default=None)
            first = start if last is None else max(start, last + dt.timedelta(days=1))
            missed = max(0, (day - first).days)
            total = ug(daily) * (1 + arg)
            try:
                record_dose(w.nurse, pid, day=day, take_home=arg)
                outcome = "given"
            except ConflictError:
                outcome = "twice"
            except ValidationError as exc:
                outcome = {MSG_HOLD: "held"}.get(exc.text, exc.text)
            if day in dosed:
                expected = "twice"
            elif missed >= LIMIT:
                expected = "held"
            elif any(day + dt.timedelta(days=i) in dosed for i in range(1, arg + 1)):
                expected = "twice"
            elif balance < total:
                expected = MSG_NO_STOCK
            else:
                expected = "given"
            assert outcome == expected, (op, arg, day, missed)
            event(f"dose: {outcome[:20]}")
            if outcome == "given":
                dosed.update(day + dt.timedelta(days=i) for i in range(arg + 1))
                balance -= total
        elif op == "order":
            order_dose(w.doctor, pid, OrderInput(METHADONE, ug(arg), day, take_home_days=2),
                       confirmed=True, reason="Titrasi")
            daily = arg
        elif op == "review":
            review(w.doctor, pid, "Ditinjau", day=day)
            reviews.append(day)
        elif op == "waste":
            try:
                waste(w.nurse, batch.id, ug(arg), w.pharmacist.id, "Tumpah", day=day)
                assert balance >= ug(arg)
                balance -= ug(arg)
            except ValidationError as exc:
                assert exc.text == MSG_NOT_ENOUGH and balance < ug(arg)
        elif op == "count":
            counted_ug = balance + ug(arg)
            if counted_ug < 0 or day in counted:
                continue
            reconcile(w.pharmacist, batch.id, day, counted_ug, "Selisih takaran" if arg else "")
            counted.add(day)
            balance = counted_ug
        now = StockBatch.get_by_id(batch.id).balance_ug
        assert now == balance and now >= 0
        ledger = sum(m for (m,) in StockMove.select(StockMove.amount_ug)
                     .where(StockMove.batch == batch.id).tuples())
        assert ledger == now - ug(stock)
    given = sum(a for (a,) in Dose.select(Dose.amount_ug).where(Dose.person == pid).tuples())
    assert given == -sum(a for (a,) in StockMove.select(StockMove.amount_ug).where(
        StockMove.kind == "dispensed").tuples())
    days = [d for (d,) in Dose.select(Dose.day).where(Dose.person == pid,
                                                       Dose.slot == REGULAR).tuples()]
    assert len(days) == len(set(days)) == len(dosed)
