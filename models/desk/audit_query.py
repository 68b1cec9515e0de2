"""Reading the audit trail for the admin's audit screen: filter, then fetch pages of rows.

Each filter runs on an indexed column (person, staff, action, time), newest first; the
screen keeps the ids and asks for the rows it paints.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN

from models.desk.audit_words import detail_facts
from models.people.person import Person
from models.safety.audit import AuditEvent
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

#: The most ids one filter returns; the screen says when there were more.
MAX_IDS = 200_000


@dataclass(frozen=True)
class AuditFilter:
    """What the audit screen filters on; None means any."""

    person_id: int | None = None
    staff_id: int | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    """One event as the audit screen shows it."""

    event_id: int
    at: dt.datetime
    staff_name: str
    action: str
    table_name: str
    record_id: int | None
    person_id: int | None
    person_name: str
    detail: str  # the raw detail (JSON), for a check by hand; screens show ``facts``
    facts: tuple = ()  # (label, value, value is a marked text): models/desk/audit_words.py


def audit_ids(actor: Staff, flt: AuditFilter) -> list[int]:
    """Ids of the events that match ``flt``, newest first (at most :data:`MAX_IDS` + 1, so
    the caller can tell there were more). Admins only."""
    require(actor, Area.ADMIN, Action.VIEW)
    query = AuditEvent.select(AuditEvent.id)
    if flt.person_id is not None:
        query = query.where(AuditEvent.person_id == flt.person_id)
    if flt.staff_id is not None:
        query = query.where(AuditEvent.staff == flt.staff_id)
    if flt.action:
        query = query.where(AuditEvent.action == flt.action)
    if flt.date_from is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEvent.at < end)
    query = query.order_by(AuditEvent.id.desc()).limit(MAX_IDS + 1)
    return [event_id for (event_id,) in query.tuples().iterator()]


def audit_rows(actor: Staff, ids: list[int]) -> list[AuditRow]:
    """The rows of these events (any order; the caller places them by id)."""
    require(actor, Area.ADMIN, Action.VIEW)
    if not ids:
        return []
    query = (AuditEvent.select(AuditEvent.id, AuditEvent.at, Staff.full_name, AuditEvent.action,
                               AuditEvent.table_name, AuditEvent.record_id,
                               AuditEvent.person_id, Person.full_name, AuditEvent.detail)
             .join(Staff, join_type=JOIN.LEFT_OUTER, on=AuditEvent.staff == Staff.id)
             .switch(AuditEvent)
             .join(Person, join_type=JOIN.LEFT_OUTER, on=AuditEvent.person_id == Person.id)
             .where(AuditEvent.id.in_(ids)).tuples())
    rows = []
    for (event_id, at, staff_name, action, table, record_id, person_id, person_name,
         detail) in query:
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else ""
        rows.append(AuditRow(event_id, at, staff_name or "", action, table, record_id,
                             person_id, person_name or "", text,
                             tuple(detail_facts(detail if isinstance(detail, dict) else None))))
    return rows


def audit_actions(actor: Staff) -> list[str]:
    """The distinct actions in the trail, for the action filter (read from the index)."""
    require(actor, Area.ADMIN, Action.VIEW)
    query = AuditEvent.select(AuditEvent.action).distinct().order_by(AuditEvent.action)
    return [action for (action,) in query.tuples()]


def find_person(actor: Staff, text: str) -> int | None:
    """The person whose registration number or NIK is ``text`` (as typed), if any."""
    require(actor, Area.ADMIN, Action.VIEW)
    from models.people.search import search_text
    text = search_text(text)[:32]
    if not text:
        return None
    return (Person.select(Person.id)
            .where((Person.reg_no == text) | (Person.nik == text.replace(" ", "")))
            .order_by(Person.id).limit(1).scalar())
