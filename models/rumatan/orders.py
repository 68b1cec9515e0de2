"""Rumatan dose orders, doctors' reviews and absences: what the doctor decides.

Ordering is the *correct* right on dispensing (doctors); nurses and pharmacists hold view
and input (give doses, keep the stock). A change of the daily dose by more than the
facility's setting ``rumatan_change_percent`` is refused unless confirmed with a reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.facility.facility import get_setting
from models.people.person import Person
from models.rumatan.tables import (
    ABSENCES,
    BUPRENORPHINE,
    MEDICINES,
    Absence,
    DoseOrder,
    DoseReview,
    mg_text,
)
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_MEDICINE = T("Codes", "Medicine")
F_DAILY = T("Codes", "Daily dose (mg)")
F_START = T("Codes", "Start date")
F_END = T("Codes", "End date")
F_TAKE_HOME = T("Codes", "Take-home days allowed")
F_QT = T("Codes", "QT-prolonging co-medication")
F_NOTES = T("Codes", "Notes")
F_REASON = T("Codes", "Reason for the change")
F_ABSENCE = T("Codes", "Where the client is")
F_FROM = T("Codes", "From")
F_UNTIL = T("Codes", "Until")
MSG_DOSE_RANGE = T("Errors", "{field} must be more than 0 and at most {limit} mg.")
MSG_TAKE_HOME_RANGE = T("Errors", "{field} must be between 0 and 14.")
MSG_BIG_CHANGE = T(
    "Errors", "The daily dose changes from {old} mg to {new} mg ({percent}%), more than the "
    "{limit}% the facility allows without a confirmation. Confirm the change and give its "
    "reason.")
MSG_START_RANGE = T("Errors", "{field} must be within a year of today.")
MSG_NO_ORDER = T("Errors", "This client has no dose order in force today. A doctor must "
                 "order the dose first.")
#: Upper bounds a typing slip cannot pass (methadone rarely above 200 mg; buprenorphine 32).
MAX_MG = {"methadone": 400, BUPRENORPHINE: 32}


@dataclass(frozen=True)
class OrderInput:
    """What the doctor fills in."""

    medicine: str
    daily_ug: int
    start_on: dt.date
    end_on: dt.date | None = None
    take_home_days: int = 0
    pregnant: bool = False
    qt_risk: str = ""
    notes: str = ""


class BigChange(ValidationError):
    """The daily dose changes by more than the setting's percentage: needs a confirmation."""


def order_in_force(person_id: int, day: dt.date) -> DoseOrder | None:
    """The newest order whose dates cover ``day``."""
    return (DoseOrder.select()
            .where(DoseOrder.person == person_id, DoseOrder.start_on <= day,
                   (DoseOrder.end_on.is_null()) | (DoseOrder.end_on >= day))
            .order_by(DoseOrder.start_on.desc(), DoseOrder.id.desc()).first())


def last_order(person_id: int) -> DoseOrder | None:
    return (DoseOrder.select().where(DoseOrder.person == person_id)
            .order_by(DoseOrder.start_on.desc(), DoseOrder.id.desc()).first())


def order_dose(actor: Staff, person_id: int, data: OrderInput, *, confirmed: bool = False,
               reason: str = "") -> int:
    """Write a new order; the client's order still open at its start ends the day before."""
    require(actor, Area.DISPENSING, Action.CORRECT)
    if not Person.select().where(Person.id == person_id).exists():
        raise NotFound(T("Errors", "That client does not exist."))
    medicine = v.choice(data.medicine, F_MEDICINE, MEDICINES)
    limit = MAX_MG[medicine]
    if not 0 < data.daily_ug <= limit * 1000:
        raise ValidationError(MSG_DOSE_RANGE, field=F_DAILY, limit=limit)
    if data.start_on is None:
        raise ValidationError(v.MSG_REQUIRED, field=F_START)
    if abs((data.start_on - dt.date.today()).days) > 366:
        raise ValidationError(MSG_START_RANGE, field=F_START)
    if data.end_on is not None:
        v.not_before(data.end_on, F_END, data.start_on, F_START)
    if not 0 <= data.take_home_days <= 14:
        raise ValidationError(MSG_TAKE_HOME_RANGE, field=F_TAKE_HOME)
    qt_risk = v.text(data.qt_risk, F_QT, limit=300)
    notes = v.text(data.notes, F_NOTES, limit=2000, multiline=True)
    reason = v.text(reason, F_REASON, limit=1000, multiline=True)
    with write_transaction():
        previous = last_order(person_id)
        if previous is not None and previous.daily_ug:
            change = abs(data.daily_ug - previous.daily_ug) * 100 / previous.daily_ug
            allowed = int(get_setting("rumatan_change_percent"))
            if change > allowed and (not confirmed or not reason):
                raise BigChange(MSG_BIG_CHANGE, field=F_DAILY, old=mg_text(previous.daily_ug),
                                new=mg_text(data.daily_ug), percent=round(change),
                                limit=allowed)
        # Orders still covering the new start end the day before it.
        (DoseOrder.update(end_on=data.start_on - dt.timedelta(days=1))
         .where(DoseOrder.person == person_id, DoseOrder.start_on <= data.start_on,
                (DoseOrder.end_on.is_null()) | (DoseOrder.end_on >= data.start_on))
         .execute())
        order = DoseOrder.create(
            person=person_id, medicine=medicine, daily_ug=data.daily_ug,
            start_on=data.start_on, end_on=data.end_on, take_home_days=data.take_home_days,
            pregnant=bool(data.pregnant), qt_risk=qt_risk, notes=notes, change_reason=reason,
            ordered_by=actor.id, ordered_at=dt.datetime.now())
        audit.record(actor, "rumatan.order", "dose_order", order.id, person_id=person_id,
                     medicine=medicine, daily_mg=mg_text(data.daily_ug),
                     start_on=data.start_on.isoformat(), reason=reason or None)
    return order.id


def stop_orders(actor: Staff, person_id: int, last_day: dt.date, reason: str) -> None:
    """End the client's therapy after ``last_day`` (a doctor's decision, with its reason)."""
    require(actor, Area.DISPENSING, Action.CORRECT)
    reason = v.text(reason, T("Codes", "Reason for stopping"), limit=1000, required=True)
    with write_transaction():
        changed = (DoseOrder.update(end_on=last_day)
                   .where(DoseOrder.person == person_id,
                          (DoseOrder.end_on.is_null()) | (DoseOrder.end_on > last_day))
                   .execute())
        audit.record(actor, "rumatan.stop", "person", person_id, person_id=person_id,
                     last_day=last_day.isoformat(), reason=reason, orders=changed)


def review(actor: Staff, person_id: int, note: str, day: dt.date | None = None) -> int:
    """A doctor's review after missed doses; the next dose may be given again."""
    require(actor, Area.DISPENSING, Action.CORRECT)
    day = v.past_date(day or dt.date.today(), T("Codes", "Review date"), required=True)
    note = v.text(note, T("Codes", "Review note"), limit=2000, required=True, multiline=True)
    with write_transaction():
        row = DoseReview.create(person=person_id, reviewed_on=day, doctor=actor.id, note=note,
                                reviewed_at=dt.datetime.now())
        audit.record(actor, "rumatan.review", "dose_review", row.id, person_id=person_id)
    return row.id


def record_absence(actor: Staff, person_id: int, kind: str, from_on: dt.date,
                   until_on: dt.date | None, note: str = "") -> int:
    """The client is in hospital, detained or away from ``from_on`` (until ``until_on``)."""
    require(actor, Area.DISPENSING, Action.INPUT)
    kind = v.choice(kind, F_ABSENCE, ABSENCES)
    if from_on is None:
        raise ValidationError(v.MSG_REQUIRED, field=F_FROM)
    if until_on is not None:
        v.not_before(until_on, F_UNTIL, from_on, F_FROM)
    note = v.text(note, F_NOTES, limit=1000, multiline=True)
    with write_transaction():
        row = Absence.create(person=person_id, kind=kind, from_on=from_on, until_on=until_on,
                             note=note, recorded_by=actor.id, recorded_at=dt.datetime.now())
        audit.record(actor, "rumatan.absence", "rumatan_absence", row.id, person_id=person_id,
                     kind=kind)
    return row.id
