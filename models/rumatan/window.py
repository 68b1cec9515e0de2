"""The dispensing window's list: the clients due on a day, what each has had, what holds a
dose back, and the safety flags a nurse must see before giving one.

Built in a fixed number of queries whatever the number of clients (the window opens with
hundreds due); the opening of the list is audited once, as a view of personal data.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.db.connection import write_transaction
from models.facility.facility import get_setting
from models.people.flags import CLINICAL, PersonFlag
from models.people.person import Person
from models.rumatan.rules import missed_states
from models.rumatan.tables import (
    ABSENCES,
    REGULAR,
    REPLACEMENT,
    SPLIT,
    TAKE_HOME,
    Absence,
    Dose,
    DoseOrder,
    TakeHome,
)
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

DUE, GIVEN, TAKEN_HOME, HELD, ABSENT = "due", "given", "take_home", "held", "absent"
STATUSES = (
    (DUE, T("Codes", "Due")),
    (GIVEN, T("Codes", "Given")),
    (TAKEN_HOME, T("Codes", "Take-home dose")),
    (HELD, T("Codes", "Waits for the doctor's review")),
    (ABSENT, T("Codes", "Away")),
)
FLAG_PREGNANT = T("Codes", "Pregnant")
FLAG_QT = T("Codes", "QT-prolonging co-medication: {what}")
FLAG_ALERT = T("Codes", "Clinical alert: {what}")
FLAG_TAKE_HOME_OUT = T("Codes", "Has take-home doses until {day}")


@dataclass(frozen=True)
class DueRow:
    """One client in the day's list."""

    person_id: int
    reg_no: str
    name: str
    medicine: str
    daily_ug: int
    take_home_days: int
    status: str
    given_at: dt.datetime | None
    given_by: str
    given_ug: int
    missed: int
    dose_id: int | None
    extra: tuple[str, ...] = ()       # "split", "replacement" given on the day
    vomited: bool = False
    flags: tuple[tuple[str, dict], ...] = field(default=())  # (marked text, params)


def due_rows(actor: Staff, day: dt.date, *, audit_view: bool = True) -> list[DueRow]:
    """Every client with an order in force on ``day``, by name."""
    require(actor, Area.DISPENSING, Action.VIEW)
    orders: dict[int, DoseOrder] = {}
    for o in (DoseOrder.select(DoseOrder.id, DoseOrder.person, DoseOrder.medicine,
                               DoseOrder.daily_ug, DoseOrder.take_home_days,
                               DoseOrder.pregnant, DoseOrder.qt_risk, DoseOrder.start_on)
              .where(DoseOrder.start_on <= day,
                     (DoseOrder.end_on.is_null()) | (DoseOrder.end_on >= day))
              .order_by(DoseOrder.start_on.desc(), DoseOrder.id.desc())):
        orders.setdefault(o.person_id, o)
    ids = list(orders)
    if not ids:
        return []
    people = {pid: (reg, name) for pid, reg, name in Person.select(
        Person.id, Person.reg_no, Person.full_name).where(Person.id.in_(ids)).tuples()}
    doses: dict[int, list[tuple]] = defaultdict(list)
    for row in (Dose.select(Dose.person, Dose.id, Dose.slot, Dose.kind, Dose.given_at,
                            Staff.full_name, Dose.amount_ug, Dose.vomited_at)
                .join(Staff, on=(Dose.given_by == Staff.id))
                .where(Dose.day == day, Dose.person.in_(ids)).tuples()):
        doses[row[0]].append(row[1:])
    away = {pid: kind for pid, kind in Absence.select(Absence.person, Absence.kind).where(
        Absence.person.in_(ids), Absence.from_on <= day,
        (Absence.until_on.is_null()) | (Absence.until_on >= day)).tuples()}
    home_until: dict[int, dt.date] = {}
    for pid, last in (Dose.select(Dose.person, Dose.day)
                      .where(Dose.person.in_(ids), Dose.kind == TAKE_HOME, Dose.day >= day)
                      .tuples()):
        last = last if isinstance(last, dt.date) else dt.date.fromisoformat(str(last)[:10])
        if last > home_until.get(pid, dt.date.min):
            home_until[pid] = last
    alerts: dict[int, list[str]] = defaultdict(list)
    for pid, _kind, text in (PersonFlag.select(PersonFlag.person, PersonFlag.kind, PersonFlag.text)
                            .where(PersonFlag.person.in_(ids), PersonFlag.cleared_at.is_null(),
                                   PersonFlag.kind == CLINICAL).tuples()):
        alerts[pid].append(text)
    limit = int(get_setting("rumatan_missed_days"))
    states = missed_states(ids, day, limit)
    rows = [_row(pid, orders[pid], people[pid], doses.get(pid, []), away.get(pid),
                 home_until.get(pid), states[pid].missed, limit, alerts.get(pid, []))
            for pid in ids]
    rows.sort(key=lambda r: (r.name.casefold(), r.reg_no))
    if audit_view:
        with write_transaction():
            audit.record(actor, "rumatan.window_view", "dose", None, day=day.isoformat(),
                         clients=len(rows))
    return rows


def _row(pid: int, order: DoseOrder, person: tuple[str, str], doses: list[tuple],
         away: str | None, home_until: dt.date | None, missed: int, limit: int,
         alerts: list[str]) -> DueRow:
    regular = next((d for d in doses if d[1] == REGULAR), None)
    extra = tuple(d[1] for d in doses if d[1] in (SPLIT, REPLACEMENT))
    flags: list[tuple[str, dict]] = []
    if order.pregnant:
        flags.append((FLAG_PREGNANT, {}))
    if order.qt_risk:
        flags.append((FLAG_QT, {"what": order.qt_risk}))
    flags.extend((FLAG_ALERT, {"what": text}) for text in alerts)
    if away:
        flags.append((dict(ABSENCES)[away], {}))
    if home_until is not None:
        flags.append((FLAG_TAKE_HOME_OUT, {"day": home_until.strftime("%d-%m-%Y")}))
    if regular is not None:
        status = TAKEN_HOME if regular[2] == TAKE_HOME else GIVEN
    elif missed >= limit:
        status = HELD
    elif away:
        status = ABSENT
    else:
        status = DUE
    return DueRow(pid, person[0], person[1], order.medicine, order.daily_ug,
                  order.take_home_days, status,
                  regular[3] if regular else None, regular[4] if regular else "",
                  regular[5] if regular else 0, missed,
                  regular[0] if regular else None, extra,
                  bool(regular and regular[6]), tuple(flags))


def scanned_person(text: str) -> int | None:
    """The person a scanned or typed card names: a registration number, a NIK, or the QR
    of a paper issued to them (its seal holds the document number); None if none does."""
    text = (text or "").strip()
    if not text or len(text) > 2000:
        return None
    found = (Person.select(Person.id).where((Person.reg_no == text) | (Person.nik == text))
             .scalar())
    if found is not None:
        return int(found)
    from models.documents.document import Document
    from models.seals.seal_check import parse_any
    try:
        seal, _signature = parse_any(text)
    except ValueError:  # MalformedSeal: not a paper's QR
        return None
    person = Document.select(Document.person).where(Document.number == seal.number).scalar()
    return int(person) if person is not None else None


def take_homes_out(actor: Staff, person_id: int) -> list[tuple[int, dt.date, int]]:
    """(id, given on, count) of take-home doses not yet counted back."""
    require(actor, Area.DISPENSING, Action.VIEW)
    return list(TakeHome.select(TakeHome.id, TakeHome.given_on, TakeHome.count)
                .where(TakeHome.person == person_id, TakeHome.returned.is_null())
                .order_by(TakeHome.given_on).tuples())


@dataclass(frozen=True)
class HeldLine:
    """A client whose next dose waits for a doctor's review (Beranda)."""

    person_id: int
    full_name: str
    missed: int


def held_today(actor: Staff, day: dt.date | None = None) -> list[HeldLine]:
    """Clients whose next dose waits for a doctor's review, most days missed first."""
    rows = due_rows(actor, day or dt.date.today(), audit_view=False)
    held = [HeldLine(r.person_id, r.name, r.missed) for r in rows if r.status == HELD]
    return sorted(held, key=lambda h: (-h.missed, h.full_name))
