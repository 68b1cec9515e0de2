"""Closing a month: a frozen snapshot of its report that every later export shows.

Closing stores the month's :class:`~models.tallies.report.MonthReport` as canonical JSON with
the definitions' version, a SHA-256 checksum, who closed it and when. From then on
:func:`month_report` gives the stored numbers, whatever is recorded or corrected later, and
checks the checksum each time (a snapshot changed outside Pulih is refused, not shown).
Reopening is an admin act with a written reason; the old snapshot stays in the table, marked
reopened, and the month may be closed again later.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, DatabaseProblem, NotFound, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, is_sqlite, write_transaction
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.indicators import DEFINITIONS_VERSION
from models.tallies.report import ClosedInfo, MonthReport, compute_month_report
from models.tallies.tally import Period

T = QT_TRANSLATE_NOOP
F_REASON = T("Indicators", "Reason for reopening")
MSG_NOT_OVER = T("Errors", "{month} is not over yet: a month can be closed from its last "
                 "day's end on.")
MSG_CLOSED = T("Errors", "{month} was already closed on {date} by {name}.")
MSG_NOT_CLOSED = T("Errors", "{month} is not closed.")
MSG_TAMPERED = T("Errors", "The closed tally of {month} does not match its checksum: it was "
                 "changed outside Pulih. Restore a backup, or reopen and close the month again.")


class TallyClose(BaseModel):
    """A closed month's snapshot. ``open_key`` ("2025-03") is set while the close stands and
    cleared by a reopening; being unique, it lets no month be closed twice at once."""

    id = AutoField()
    year = IntegerField()
    month = SmallIntegerField()
    open_key = CharField(max_length=7, null=True, unique=True)
    definitions_version = IntegerField()
    payload = JSONTextField()
    checksum = CharField(max_length=64)
    closed_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    closed_at = DateTimeField()
    reopened_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    reopened_at = DateTimeField(null=True)
    reopen_reason = TextField(default="")

    class Meta:
        indexes = ((("year", "month"), False),)


def canonical(payload: Any) -> str:
    """The JSON text the checksum is taken over (as JSONTextField stores it)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def checksum(payload: Any) -> str:
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()


def _month_key(year: int, month: int) -> str:
    Period.month(year, month)  # validates
    return f"{year:04d}-{month:02d}"


def _standing(key: str, lock: bool = False) -> TallyClose | None:
    query = TallyClose.select().where(TallyClose.open_key == key)
    if lock and not is_sqlite():
        query = query.for_update()
    return query.first()


def close_month(actor: Staff, year: int, month: int, now: dt.datetime | None = None
                ) -> ClosedInfo:
    """Freeze the month's report (report input right); refused before the month is over and
    for a month that is already closed."""
    require(actor, Area.REPORT, Action.INPUT)
    key = _month_key(year, month)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if now.date() <= Period.month(year, month).end:
        raise ValidationError(MSG_NOT_OVER, month=key)
    with write_transaction():
        earlier = _standing(key, lock=True)
        if earlier is not None:
            raise ValidationError(MSG_CLOSED, month=key, date=f"{earlier.closed_at:%Y-%m-%d}",
                                  name=earlier.closed_by.full_name)
        payload = compute_month_report(year, month).to_json()
        digest = checksum(payload)
        row = TallyClose.create(year=year, month=month, open_key=key,
                                definitions_version=DEFINITIONS_VERSION, payload=payload,
                                checksum=digest, closed_by=actor.id, closed_at=now)
        audit.record(actor, "tally.close", "tally_close", row.id, month=key, checksum=digest,
                     definitions_version=DEFINITIONS_VERSION)
    return ClosedInfo(now, actor.full_name, digest, DEFINITIONS_VERSION)


def reopen_month(actor: Staff, year: int, month: int, reason: str,
                 now: dt.datetime | None = None) -> None:
    """Reopen a closed month (admin correction right), with a reason; audited."""
    require(actor, Area.ADMIN, Action.CORRECT)
    key = _month_key(year, month)
    reason = v.text(reason, F_REASON, limit=1000, required=True, multiline=True)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with write_transaction():
        row = _standing(key, lock=True)
        if row is None:
            raise NotFound(MSG_NOT_CLOSED, month=key)
        TallyClose.update(open_key=None, reopened_by=actor.id, reopened_at=now,
                          reopen_reason=reason).where(TallyClose.id == row.id).execute()
        audit.record(actor, "tally.reopen", "tally_close", row.id, month=key, reason=reason,
                     checksum=row.checksum)


def closed_report(year: int, month: int) -> MonthReport | None:
    """The stored report of a closed month (checksum verified), or None when it is open."""
    key = _month_key(year, month)
    row = (TallyClose.select(TallyClose, Staff.full_name).join(Staff, on=TallyClose.closed_by)
           .where(TallyClose.open_key == key).objects().first())
    if row is None:
        return None
    if checksum(row.payload) != row.checksum:
        raise DatabaseProblem(MSG_TAMPERED, month=key)
    info = ClosedInfo(row.closed_at, row.full_name, row.checksum, row.definitions_version)
    return MonthReport.from_json(row.payload, info)


def month_report(actor: Staff, year: int, month: int) -> MonthReport:
    """The report of a month: its frozen snapshot once closed, else counted now."""
    require(actor, Area.REPORT, Action.VIEW)
    return closed_report(year, month) or compute_month_report(year, month)
