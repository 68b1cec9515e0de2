"""Giving rumatan doses: the observed dose, take-home doses, split, vomited and replacement
doses. At most one regular dose per client per day.

The rule is checked here with a sentence (who gave the day's dose, when), and the unique
index on (person, day, slot) of ``dose`` keeps it when two desks or two processes write at
the same moment: the second insert fails and is told the same way.
"""
from __future__ import annotations

import datetime as dt

import peewee

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.db.connection import write_transaction
from models.facility.facility import get_setting
from models.people.person import Person
from models.rumatan.orders import MSG_NO_ORDER, order_in_force
from models.rumatan.rules import MSG_HOLD, missed_states
from models.rumatan.stock import batch_for, move
from models.rumatan.tables import (
    ABSENCES,
    DISPENSED,
    DOSE_KINDS,
    METHADONE,
    OBSERVED,
    REGULAR,
    REPLACEMENT,
    SLOT_OF,
    SPLIT,
    TAKE_HOME,
    Absence,
    Dose,
    DoseOrder,
    StockBatch,
    TakeHome,
    mg_text,
)
from models.safety import audit
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff, verify_password

F_DOSE = T("Codes", "Dose (mg)")
F_BATCH = T("Codes", "Batch")
F_TAKE_HOME = T("Codes", "Take-home doses")
F_REASON = T("Codes", "Reason")
F_RETURNED = T("Codes", "Returned")
MSG_ALREADY = T(
    "Errors", "{name} already received today's dose ({kind}, {time}, given by {staff}). "
    "At most one dose per client per day.")
MSG_ALREADY_RACE = T(
    "Errors", "{name} already received today's dose: another desk recorded it a moment ago. "
    "At most one dose per client per day.")
MSG_NO_STOCK = T("Errors", "No open batch of this medicine holds {amount} mg. Record the "
                 "stock received first.")
MSG_WRONG_MEDICINE = T("Errors", "Batch {batch} is not the ordered medicine.")
MSG_TAKE_HOME_LIMIT = T("Errors", "The order allows at most {limit} take-home doses.")
MSG_ABSENT = T("Errors", "{name} is recorded as {where} on this day. Confirm that the client "
               "is here before giving the dose.")
MSG_SPLIT_PART = T("Errors", "The first part of a split dose must be less than the daily dose "
                   "({daily} mg).")
MSG_NO_FIRST_PART = T("Errors", "There is no first part of a split dose today to complete.")
MSG_NOT_VOMITED = T("Errors", "A replacement is given only for today's observed dose marked "
                    "as vomited.")
MSG_APPROVER = T("Errors", "The replacement needs the approval of a doctor who may order "
                 "doses: their user name and password.")
MSG_REPLACE_MORE = T("Errors", "A replacement cannot be more than the daily dose ({daily} mg).")
MSG_RETURN_RANGE = T("Errors", "{field} must be between 0 and {count}.")
MSG_FUTURE_DOSE = T("Errors", "A dose is recorded on the day it is given, not for a later "
                    "day (doses for later days are take-home doses).")


class SafetyWarning(ValidationError):
    """A dose that needs the nurse's confirmation first (the client is recorded absent)."""


def _name(person_id: int) -> str:
    name = Person.select(Person.full_name).where(Person.id == person_id).scalar()
    if name is None:
        raise NotFound(T("Errors", "That client does not exist."))
    return str(name)


def _refuse_second(person_id: int, day: dt.date, slot: str, name: str) -> None:
    row = (Dose.select(Dose.kind, Dose.given_at, Staff.full_name)
           .join(Staff, on=(Dose.given_by == Staff.id))
           .where(Dose.person == person_id, Dose.day == day, Dose.slot == slot)
           .tuples().first())
    if row is not None:
        kind, at, staff = row
        kind_text = dict(DOSE_KINDS)[kind]
        raise ConflictError(MSG_ALREADY, name=name, kind=kind_text,
                            time=_time_text(at), staff=staff)


def _time_text(at: object) -> str:
    if isinstance(at, dt.datetime):
        return at.strftime("%H.%M")
    return str(at)[11:16].replace(":", ".")


def _insert(name: str, **fields: object) -> Dose:
    """The insert the unique index guards; a second regular dose becomes a ConflictError
    (the transaction is then rolled back whole, so no savepoint is needed)."""
    try:
        return Dose.create(**fields)
    except peewee.IntegrityError as exc:
        raise ConflictError(MSG_ALREADY_RACE, name=name) from exc


def _dosed_lately(person_id: int, day: dt.date, limit: int) -> bool:
    """Whether a regular dose in the ``limit`` days before ``day`` rules a hold out (fewer
    days than the limit lie between; reviews and absences only shorten a run)."""
    since = day - dt.timedelta(days=limit)
    return (Dose.select(Dose.id).where(Dose.person == person_id, Dose.slot == REGULAR,
                                       Dose.day >= since, Dose.day < day).exists())


def absence_on(person_id: int, day: dt.date) -> Absence | None:
    return (Absence.select().where(Absence.person == person_id, Absence.from_on <= day,
                                   (Absence.until_on.is_null()) | (Absence.until_on >= day))
            .order_by(Absence.from_on.desc()).first())


def record_dose(actor: Staff, person_id: int, *, day: dt.date | None = None,
                batch_id: int | None = None, take_home: int = 0,
                amount_ug: int | None = None, split_reason: str = "",
                confirm_absence: bool = False) -> int:
    """The day's observed dose (and ``take_home`` doses for the days after it); returns the
    observed dose's id. ``amount_ug`` less than the daily dose starts a split dose (with
    ``split_reason``); its second part is :func:`complete_split`."""
    require(actor, Area.DISPENSING, Action.INPUT)
    day = day or dt.date.today()
    if day > dt.date.today():
        raise ValidationError(MSG_FUTURE_DOSE)
    with write_transaction():
        name = _name(person_id)
        order = order_in_force(person_id, day)
        if order is None:
            raise ValidationError(MSG_NO_ORDER)
        _refuse_second(person_id, day, REGULAR, name)
        limit = int(get_setting("rumatan_missed_days"))
        if not _dosed_lately(person_id, day, limit):
            state = missed_states([person_id], day, limit)[person_id]
            if state.held:
                raise ValidationError(MSG_HOLD, name=name, days=state.missed, limit=limit)
        away = absence_on(person_id, day)
        if away is not None and not confirm_absence:
            raise SafetyWarning(MSG_ABSENT, name=name, where=dict(ABSENCES)[away.kind])
        amount = order.daily_ug if amount_ug is None else int(amount_ug)
        reason = ""
        if amount != order.daily_ug:
            if not 0 < amount < order.daily_ug:
                raise ValidationError(MSG_SPLIT_PART, field=F_DOSE,
                                      daily=mg_text(order.daily_ug))
            reason = v.text(split_reason, F_REASON, limit=500, required=True)
        if not 0 <= take_home <= order.take_home_days:
            raise ValidationError(MSG_TAKE_HOME_LIMIT, field=F_TAKE_HOME,
                                  limit=order.take_home_days)
        total = amount + take_home * order.daily_ug
        batch_id = _batch(order.medicine, total, batch_id)
        now = dt.datetime.now()
        dose = _insert(name, person=person_id, order=order.id, day=day, slot=REGULAR,
                       kind=OBSERVED, amount_ug=amount, given_at=now, given_by=actor.id,
                       batch=batch_id, reason=reason)
        move(actor, batch_id, DISPENSED, -amount, day, dose_id=dose.id)
        if take_home:
            _take_home(actor, person_id, name, order, day, take_home, batch_id, now)
        audit.record(actor, "rumatan.dose", "dose", dose.id, person_id=person_id,
                     mg=mg_text(amount), take_home=take_home or None,
                     split=bool(reason) or None, absent=away.kind if away else None)
    return dose.id


def measure(dose_id: int) -> tuple[str, str, str]:
    """(mg, ml or "" for tablets, batch number) of a dose: what the nurse pours."""
    row = (Dose.select(Dose.amount_ug, StockBatch.unit_ug, StockBatch.medicine,
                       StockBatch.batch_no)
           .join(StockBatch, on=(Dose.batch == StockBatch.id))
           .where(Dose.id == dose_id).tuples().first())
    if row is None:
        raise NotFound(T("Errors", "That dose is not on record."))
    amount, unit, medicine, batch_no = row
    return mg_text(amount), ml_text(amount, unit) if medicine == METHADONE else "", batch_no


def ml_text(amount_ug: int, unit_ug: int) -> str:
    """Millilitres of solution holding ``amount_ug`` at ``unit_ug`` per ml ('12', '12,5')."""
    return mg_text(amount_ug * 1000 // unit_ug)


def _batch(medicine: str, amount: int, batch_id: int | None) -> int:
    if batch_id is None:
        batch_id = batch_for(medicine, amount)
        if batch_id is None:
            raise ValidationError(MSG_NO_STOCK, field=F_BATCH, amount=mg_text(amount))
        return batch_id
    batch = StockBatch.get_or_none(StockBatch.id == batch_id)
    if batch is None or batch.medicine != medicine:
        raise ValidationError(MSG_WRONG_MEDICINE, field=F_BATCH,
                              batch=batch.batch_no if batch else batch_id)
    return batch_id


def _take_home(actor: Staff, person_id: int, name: str, order: DoseOrder, day: dt.date,
               count: int, batch_id: int, now: dt.datetime) -> None:
    """One regular dose row for each of the next ``count`` days (they are not missed and
    cannot be given a second time), booked out of the stock now."""
    handed = TakeHome.create(person=person_id, given_on=day, count=count, given_by=actor.id)
    for i in range(1, count + 1):
        later = day + dt.timedelta(days=i)
        dose = _insert(name, person=person_id, order=order.id, day=later, slot=REGULAR,
                       kind=TAKE_HOME, amount_ug=order.daily_ug, given_at=now,
                       given_by=actor.id, batch=batch_id, take_home=handed.id)
        move(actor, batch_id, DISPENSED, -order.daily_ug, day, dose_id=dose.id)


def complete_split(actor: Staff, person_id: int, day: dt.date | None = None) -> int:
    """The second part of today's split dose: the rest of the daily dose."""
    require(actor, Area.DISPENSING, Action.INPUT)
    day = day or dt.date.today()
    with write_transaction():
        name = _name(person_id)
        first = Dose.get_or_none(Dose.person == person_id, Dose.day == day,
                                 Dose.slot == REGULAR, Dose.kind == OBSERVED)
        if first is None or first.reason == "":
            raise ValidationError(MSG_NO_FIRST_PART)
        _refuse_second(person_id, day, SPLIT, name)
        order = first.order
        rest = order.daily_ug - first.amount_ug
        if rest <= 0:
            raise ValidationError(MSG_NO_FIRST_PART)
        batch_id = (first.batch_id if _has(first.batch_id, rest)
                    else _batch(order.medicine, rest, None))
        dose = _insert(name, person=person_id, order=order.id, day=day, slot=SLOT_OF[SPLIT],
                       kind=SPLIT, amount_ug=rest, given_at=dt.datetime.now(),
                       given_by=actor.id, batch=batch_id, reason=first.reason)
        move(actor, batch_id, DISPENSED, -rest, day, dose_id=dose.id)
        audit.record(actor, "rumatan.dose_split", "dose", dose.id, person_id=person_id,
                     mg=mg_text(rest))
    return dose.id


def _has(batch_id: int, amount: int) -> bool:
    return StockBatch.select().where(StockBatch.id == batch_id,
                                     StockBatch.balance_ug >= amount).exists()


def mark_vomited(actor: Staff, dose_id: int, note: str) -> None:
    """The client vomited the observed dose (the note says when and how much)."""
    require(actor, Area.DISPENSING, Action.INPUT)
    note = v.text(note, F_REASON, limit=500, required=True)
    with write_transaction():
        dose = Dose.get_or_none(Dose.id == dose_id)
        if dose is None or dose.kind != OBSERVED:
            raise ValidationError(MSG_NOT_VOMITED)
        Dose.update(vomited_at=dt.datetime.now(), vomit_note=note).where(
            Dose.id == dose_id).execute()
        audit.record(actor, "rumatan.vomited", "dose", dose_id, person_id=dose.person_id,
                     note=note)


def give_replacement(actor: Staff, person_id: int, amount_ug: int, reason: str,
                     approver_username: str, approver_password: str,
                     day: dt.date | None = None) -> int:
    """A replacement for today's vomited dose, approved by a doctor who signs it with their
    password at the desk (the nurse alone cannot)."""
    require(actor, Area.DISPENSING, Action.INPUT)
    day = day or dt.date.today()
    reason = v.text(reason, F_REASON, limit=500, required=True)
    approver = Staff.get_or_none(Staff.username == (approver_username or "").strip(),
                                 Staff.active)
    if (approver is None or not verify_password(approver.password_hash, approver_password or "")
            or not has_right(approver, Area.DISPENSING, Action.CORRECT)):
        raise PermissionDenied(MSG_APPROVER)
    with write_transaction():
        name = _name(person_id)
        first = Dose.get_or_none(Dose.person == person_id, Dose.day == day,
                                 Dose.slot == REGULAR, Dose.kind == OBSERVED)
        if first is None or first.vomited_at is None:
            raise ValidationError(MSG_NOT_VOMITED)
        _refuse_second(person_id, day, REPLACEMENT, name)
        order = first.order
        if not 0 < amount_ug <= order.daily_ug:
            raise ValidationError(MSG_REPLACE_MORE, field=F_DOSE, daily=mg_text(order.daily_ug))
        batch_id = _batch(order.medicine, amount_ug, None)
        dose = _insert(name, person=person_id, order=order.id, day=day, slot=REPLACEMENT,
                       kind=REPLACEMENT, amount_ug=amount_ug, given_at=dt.datetime.now(),
                       given_by=actor.id, batch=batch_id, approved_by=approver.id,
                       reason=reason)
        move(actor, batch_id, DISPENSED, -amount_ug, day, dose_id=dose.id)
        audit.record(actor, "rumatan.replacement", "dose", dose.id, person_id=person_id,
                     mg=mg_text(amount_ug), approved_by=approver.id, reason=reason)
    return dose.id


def return_take_home(actor: Staff, take_home_id: int, returned: int, note: str = "",
                     day: dt.date | None = None) -> None:
    """How many of the take-home bottles (or doses) came back."""
    require(actor, Area.DISPENSING, Action.INPUT)
    note = v.text(note, F_REASON, limit=500)
    with write_transaction():
        handed = TakeHome.get_or_none(TakeHome.id == take_home_id)
        if handed is None:
            raise NotFound(T("Errors", "Those take-home doses are not on record."))
        if returned is None or not 0 <= returned <= handed.count:
            raise ValidationError(MSG_RETURN_RANGE, field=F_RETURNED, count=handed.count)
        TakeHome.update(returned=returned, returned_on=day or dt.date.today(),
                        returned_by=actor.id, note=note).where(
            TakeHome.id == take_home_id).execute()
        audit.record(actor, "rumatan.take_home_return", "take_home", take_home_id,
                     person_id=handed.person_id, returned=returned, given=handed.count)
