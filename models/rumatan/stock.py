"""The medicine stock of a PTRM: a ledger per bottle or batch and the day's reconciliation.

Every movement is one ``stock_move`` row and one change of ``stock_batch.balance_ug`` in the
same transaction. The model refuses a movement that would take a balance below zero with a
sentence; the database's CHECK (balance_ug >= 0) refuses it whatever path writes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.rumatan.tables import (
    ADJUSTED,
    DISPENSED,
    MEDICINES,
    RECEIVED,
    WASTED,
    StockBatch,
    StockCount,
    StockMove,
    mg_text,
)
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_BATCH = T("Codes", "Batch number")
F_UNIT = T("Codes", "Strength (mg per ml or per tablet)")
F_AMOUNT = T("Codes", "Amount (mg)")
F_WITNESS = T("Codes", "Witness")
F_REASON = T("Codes", "Reason")
F_COUNTED = T("Codes", "Counted (mg)")
MSG_NOT_ENOUGH = T(
    "Errors", "Batch {batch} holds {balance} mg; {amount} mg cannot be taken from it. Use "
    "another batch or record the stock received first.")
MSG_NO_BATCH = T("Errors", "That batch does not exist.")
MSG_WITNESS_SELF = T("Errors", "The witness of wasted medicine must be another staff member.")
MSG_POSITIVE = T("Errors", "{field} must be more than 0.")
MSG_DIFFERENCE = T(
    "Errors", "The count ({counted} mg) differs from the ledger ({expected} mg) by {diff} mg. "
    "Write the reason for the difference.")
MSG_COUNTED_TWICE = T("Errors", "Batch {batch} was already reconciled on {day}.")
MSG_DUPLICATE_BATCH = T("Errors", "Batch {batch} of this medicine is already in the stock.")


def receive(actor: Staff, medicine: str, batch_no: str, unit_ug: int, amount_ug: int,
            day: dt.date, expires_on: dt.date | None = None) -> int:
    """A new bottle or batch received into the stock; returns its id."""
    require(actor, Area.DISPENSING, Action.INPUT)
    medicine = v.choice(medicine, T("Codes", "Medicine"), MEDICINES)
    batch_no = v.text(batch_no, F_BATCH, limit=64, required=True)
    if unit_ug <= 0:
        raise ValidationError(MSG_POSITIVE, field=F_UNIT)
    if amount_ug <= 0:
        raise ValidationError(MSG_POSITIVE, field=F_AMOUNT)
    with write_transaction():
        if StockBatch.select().where(StockBatch.medicine == medicine,
                                     StockBatch.batch_no == batch_no).exists():
            raise ValidationError(MSG_DUPLICATE_BATCH, field=F_BATCH, batch=batch_no)
        batch = StockBatch.create(medicine=medicine, batch_no=batch_no, unit_ug=unit_ug,
                                  received_on=day, expires_on=expires_on, balance_ug=0)
        move(actor, batch.id, RECEIVED, amount_ug, day)
        audit.record(actor, "rumatan.stock_received", "stock_batch", batch.id,
                     batch=batch_no, mg=mg_text(amount_ug))
    return batch.id


def move(actor: Staff, batch_id: int, kind: str, amount_ug: int, day: dt.date, *,
         witness_id: int | None = None, dose_id: int | None = None, reason: str = "") -> int:
    """One ledger line and its balance change; call inside a write transaction (the caller
    audits the act). ``amount_ug`` is signed: what goes out is negative."""
    batch = StockBatch.get_or_none(StockBatch.id == batch_id)
    if batch is None:
        raise NotFound(MSG_NO_BATCH)
    if batch.balance_ug + amount_ug < 0:
        raise ValidationError(MSG_NOT_ENOUGH, field=F_AMOUNT, batch=batch.batch_no,
                              balance=mg_text(batch.balance_ug), amount=mg_text(-amount_ug))
    try:  # no savepoint: a refusal rolls the caller's whole transaction back
        (StockBatch.update(balance_ug=StockBatch.balance_ug + amount_ug)
         .where(StockBatch.id == batch_id).execute())
    except peewee.IntegrityError as exc:  # the CHECK: another writer took it first
        raise ValidationError(MSG_NOT_ENOUGH, field=F_AMOUNT, batch=batch.batch_no,
                              balance=mg_text(batch.balance_ug),
                              amount=mg_text(-amount_ug)) from exc
    row = StockMove.create(batch=batch_id, kind=kind, amount_ug=amount_ug, day=day,
                           at=dt.datetime.now(), staff=actor.id, witness=witness_id,
                           dose=dose_id, reason=reason)
    return row.id


def waste(actor: Staff, batch_id: int, amount_ug: int, witness_id: int | None, reason: str,
          day: dt.date | None = None) -> int:
    """Medicine spilled, expired or destroyed, seen by a witness (another member)."""
    require(actor, Area.DISPENSING, Action.INPUT)
    if amount_ug <= 0:
        raise ValidationError(MSG_POSITIVE, field=F_AMOUNT)
    if witness_id is None:
        raise ValidationError(v.MSG_CHOOSE, field=F_WITNESS)
    if witness_id == actor.id:
        raise ValidationError(MSG_WITNESS_SELF, field=F_WITNESS)
    if not Staff.select().where(Staff.id == witness_id, Staff.active).exists():
        raise ValidationError(v.MSG_CHOOSE, field=F_WITNESS)
    reason = v.text(reason, F_REASON, limit=1000, required=True, multiline=True)
    day = day or dt.date.today()
    with write_transaction():
        move_id = move(actor, batch_id, WASTED, -amount_ug, day, witness_id=witness_id,
                       reason=reason)
        audit.record(actor, "rumatan.stock_wasted", "stock_move", move_id,
                     mg=mg_text(amount_ug), witness=witness_id, reason=reason)
    return move_id


@dataclass(frozen=True)
class BatchLine:
    """One batch as the stock panel and the reconciliation show it."""

    id: int
    medicine: str
    batch_no: str
    unit_ug: int
    expires_on: dt.date | None
    balance_ug: int
    received_ug: int   # on the day
    dispensed_ug: int  # on the day (positive)
    wasted_ug: int     # on the day (positive)
    counted_ug: int | None  # the day's count, once made
    expected_ug: int | None  # what the ledger said at the count
    reason: str


def day_lines(actor: Staff, day: dt.date) -> list[BatchLine]:
    """Every open batch with the day's movements and the day's count, if made."""
    require(actor, Area.DISPENSING, Action.VIEW)
    sums: dict[tuple[int, str], int] = {}
    for batch_id, kind, total in (StockMove.select(StockMove.batch, StockMove.kind,
                                                   peewee.fn.SUM(StockMove.amount_ug))
                                  .where(StockMove.day == day)
                                  .group_by(StockMove.batch, StockMove.kind).tuples()):
        sums[(batch_id, kind)] = int(total or 0)
    counts = {b: (c, e, r) for b, c, e, r in StockCount.select(
        StockCount.batch, StockCount.counted_ug, StockCount.expected_ug, StockCount.reason)
        .where(StockCount.day == day).tuples()}
    lines = []
    for b in (StockBatch.select().where(~StockBatch.closed)
              .order_by(StockBatch.medicine, StockBatch.expires_on, StockBatch.id)):
        counted, expected, reason = counts.get(b.id, (None, None, ""))
        lines.append(BatchLine(b.id, b.medicine, b.batch_no, b.unit_ug, b.expires_on,
                               b.balance_ug, sums.get((b.id, RECEIVED), 0),
                               -sums.get((b.id, DISPENSED), 0), -sums.get((b.id, WASTED), 0),
                               counted, expected, reason))
    return lines


def reconcile(actor: Staff, batch_id: int, day: dt.date, counted_ug: int,
              reason: str = "") -> int:
    """The day's count of a batch against its ledger; a difference needs a reason and is
    booked as an adjustment, so the ledger then agrees with the shelf."""
    require(actor, Area.DISPENSING, Action.INPUT)
    if counted_ug is None or counted_ug < 0:
        raise ValidationError(MSG_POSITIVE, field=F_COUNTED)
    reason = v.text(reason, F_REASON, limit=1000, multiline=True)
    with write_transaction():
        batch = StockBatch.get_or_none(StockBatch.id == batch_id)
        if batch is None:
            raise NotFound(MSG_NO_BATCH)
        if StockCount.select().where(StockCount.batch == batch_id,
                                     StockCount.day == day).exists():
            raise ValidationError(MSG_COUNTED_TWICE, field=F_COUNTED, batch=batch.batch_no,
                                  day=day.strftime("%d-%m-%Y"))
        expected = batch.balance_ug
        diff = counted_ug - expected
        if diff and not reason:
            raise ValidationError(MSG_DIFFERENCE, field=F_REASON, counted=mg_text(counted_ug),
                                  expected=mg_text(expected), diff=mg_text(abs(diff)))
        row = StockCount.create(batch=batch_id, day=day, expected_ug=expected,
                                counted_ug=counted_ug, reason=reason, counted_by=actor.id,
                                counted_at=dt.datetime.now())
        if diff:
            move(actor, batch_id, ADJUSTED, diff, day, reason=reason)
        audit.record(actor, "rumatan.stock_count", "stock_count", row.id,
                     expected=mg_text(expected), counted=mg_text(counted_ug),
                     reason=reason or None)
    return row.id


def batch_for(medicine: str, amount_ug: int) -> int | None:
    """The open batch a dose comes from by default: the earliest expiry that holds enough."""
    row = (StockBatch.select(StockBatch.id)
           .where(StockBatch.medicine == medicine, ~StockBatch.closed,
                  StockBatch.balance_ug >= amount_ug)
           .order_by(StockBatch.expires_on.asc(nulls="LAST"), StockBatch.id).first())
    return row.id if row else None
