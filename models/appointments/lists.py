"""Lists of appointments: a staff member's (or the facility's) days, and who did not come.

Read-only queries returning plain rows for the calendar page and Beranda. Every list reads an
index range (``starts_at``, ``(staff, starts_at)``, ``(status, starts_at)``), never every row.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import fn

from models.appointments.appointment import AppointmentAttendee, require_view
from models.db.connection import database, write_transaction
from models.facility.facility import get_setting
from models.people.person import Person
from models.safety import audit
from models.staff.staff import Staff

#: How far back "Tidak datang" looks for missed appointments.
MISSED_WINDOW_DAYS = 30
LIST_LIMIT = 50
DEFAULT_TRACE_DAYS = 21


@dataclass(frozen=True)
class CalendarRow:
    """One appointment as the calendar shows it (``client`` is empty for a group, which
    shows ``participants`` instead)."""

    id: int
    kind: str
    status: str
    starts_at: dt.datetime
    minutes: int
    place: str
    staff_id: int
    staff_name: str
    person_id: int | None
    client: str
    participants: int
    moved_from: int | None
    series_seq: int | None
    version: int


def _dt(value: str | dt.datetime) -> dt.datetime:
    if isinstance(value, str):  # SQLite gives text, PostgreSQL a datetime
        return dt.datetime.fromisoformat(value)
    return value


def _day(value: str | dt.date) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value


def calendar(actor: Staff, first: dt.date, days: int, *, staff_id: int | None = None,
             kinds: Sequence[str] = (), show_closed: bool = True) -> list[CalendarRow]:
    """The appointments from ``first`` for ``days`` days, of one staff member or (None) the
    whole facility, in time order; ``kinds`` filters by kind; rescheduled ones are left out
    (their replacement is shown)."""
    require_view(actor)
    start = dt.datetime.combine(first, dt.time.min)
    end = start + dt.timedelta(days=days)
    # Written out rather than built with the query builder: the page reads hundreds of rows
    # and peewee's date-time conversion (strptime per row) cost more than the query.
    p = database.obj.param
    sql = ("SELECT a.id, a.kind, a.status, a.starts_at, a.minutes, a.place, a.staff_id, "
           "s.full_name, a.person_id, pe.full_name, a.moved_from_id, a.series_seq, a.version "
           "FROM appointment a JOIN staff s ON s.id = a.staff_id "
           "LEFT JOIN person pe ON pe.id = a.person_id "
           f"WHERE a.starts_at >= {p} AND a.starts_at < {p} AND a.status <> 'rescheduled'")
    params: list = [start, end]
    if staff_id is not None:
        sql += f" AND a.staff_id = {p}"
        params.append(staff_id)
    if kinds:
        sql += f" AND a.kind IN ({', '.join([p] * len(kinds))})"
        params.extend(kinds)
    if not show_closed:
        sql += " AND a.status <> 'cancelled'"
    rows = database.execute_sql(sql + " ORDER BY a.starts_at, a.id", params).fetchall()
    groups = [r[0] for r in rows if r[1] == "group"]
    sizes: dict[int, int] = {}
    if groups:
        sizes = dict(AppointmentAttendee.select(AppointmentAttendee.appointment,
                                                fn.COUNT(AppointmentAttendee.id))
                     .where(AppointmentAttendee.appointment.in_(groups))
                     .group_by(AppointmentAttendee.appointment).tuples())
    return [CalendarRow(r[0], r[1], r[2], _dt(r[3]), r[4], r[5], r[6], r[7], r[8], r[9] or "",
                        sizes.get(r[0], 0), r[10], r[11], r[12]) for r in rows]


@dataclass(frozen=True)
class RosterLine:
    episode_id: int
    person_id: int
    full_name: str
    status: str


def roster(actor: Staff, appointment_id: int) -> list[RosterLine]:
    """The participants of a group session, by name."""
    require_view(actor)
    t = AppointmentAttendee
    lines = [RosterLine(*r) for r in
             t.select(t.episode, t.person, Person.full_name, t.status)
             .join(Person, on=(Person.id == t.person))
             .where(t.appointment == appointment_id).order_by(Person.full_name).tuples()]
    with write_transaction():  # names of clients together: audited like the program roster
        audit.record(actor, "appointment.roster", "appointment", appointment_id,
                     count=len(lines))
    return lines


@dataclass(frozen=True)
class MissedLine:
    """A client whose latest appointment was missed ("Tidak datang")."""

    person_id: int
    full_name: str
    missed_on: dt.date
    appointment_id: int
    last_contact: dt.date | None
    days_since_contact: int | None


def missed(actor: Staff, today: dt.date | None = None, limit: int = LIST_LIMIT, *,
           counselor_id: int | None = None) -> tuple[list[MissedLine], int]:
    """Clients who missed an appointment in the last :data:`MISSED_WINDOW_DAYS` days and
    have not attended one since; newest first, with the days since their last attended
    appointment; only the caseload of ``counselor_id`` when given. Returns (lines, how
    many in all)."""
    require_view(actor)
    today = today or dt.date.today()
    since = dt.datetime.combine(today - dt.timedelta(days=MISSED_WINDOW_DAYS), dt.time.min)
    p = database.obj.param
    body = (
        "FROM appointment a WHERE a.status = 'missed' AND a.person_id IS NOT NULL "
        f"AND a.starts_at >= {p} AND NOT EXISTS (SELECT 1 FROM appointment b "
        "WHERE b.person_id = a.person_id AND b.status = 'attended' "
        "AND b.starts_at > a.starts_at) AND NOT EXISTS (SELECT 1 FROM appointment c "
        "WHERE c.person_id = a.person_id AND c.status = 'missed' AND c.starts_at > a.starts_at)")
    params: tuple = (since,)
    if counselor_id is not None:
        body += f" AND a.episode_id IN (SELECT k.id FROM episode k WHERE k.counselor_id = {p})"
        params += (counselor_id,)
    # One pass finds them all (the count); names and last contacts only for the lines shown.
    found = database.execute_sql(
        f"SELECT a.person_id, a.starts_at, a.id {body} ORDER BY a.starts_at DESC, a.id DESC",
        params).fetchall()
    shown = found[:limit]
    names, last_seen = _names_and_last_contacts([r[0] for r in shown])
    lines = []
    for person_id, starts, aid in shown:
        last_day = last_seen.get(person_id)
        lines.append(MissedLine(person_id, names.get(person_id, ""), _day(starts), aid,
                                last_day, (today - last_day).days if last_day else None))
    return lines, len(found)


def _names_and_last_contacts(person_ids: list[int]) -> tuple[dict[int, str],
                                                              dict[int, dt.date]]:
    if not person_ids:
        return {}, {}
    p = database.obj.param
    marks = ", ".join([p] * len(person_ids))
    names = dict(database.execute_sql(
        f"SELECT id, full_name FROM person WHERE id IN ({marks})", person_ids).fetchall())
    last = {pid: _day(at) for pid, at in database.execute_sql(
        f"SELECT person_id, MAX(starts_at) FROM appointment WHERE person_id IN ({marks}) "
        "AND status = 'attended' GROUP BY person_id", person_ids).fetchall() if at}
    return names, last


@dataclass(frozen=True)
class TraceLine:
    """An outpatient client with no attended session for too long ("Perlu dilacak")."""

    person_id: int
    episode_id: int
    full_name: str
    last_attended: dt.date | None
    silent_days: int


def trace_days() -> int:
    """The setting: days without an attended session before an outpatient is traced."""
    try:
        return int(get_setting("appointment_trace_days"))
    except KeyError:
        return DEFAULT_TRACE_DAYS


def to_trace(actor: Staff, today: dt.date | None = None, limit: int = LIST_LIMIT,
             days: int | None = None, *,
             counselor_id: int | None = None) -> tuple[list[TraceLine], int]:
    """Episodes in an outpatient program whose last attended appointment (or admission,
    when none) is more than ``days`` (the setting) ago; the longest silent first; only
    the caseload of ``counselor_id`` when given."""
    require_view(actor)
    today = today or dt.date.today()
    days = trace_days() if days is None else days
    cutoff = today - dt.timedelta(days=days)
    cutoff_at = dt.datetime.combine(cutoff, dt.time.min)
    p = database.obj.param
    # One pass: each running outpatient episode with its last attended appointment; the
    # silent ones are kept, the longest silent first (never attended before the others).
    sql = ("SELECT e.id, e.person_id, e.admitted_on, (SELECT MAX(a.starts_at) FROM appointment a "
           "WHERE a.episode_id = e.id AND a.status = 'attended') FROM episode e "
           "WHERE e.status = 'in_program' AND e.service_type = 'outpatient' "
           f"AND e.admitted_on < {p}")
    params: tuple = (cutoff,)
    if counselor_id is not None:
        sql += f" AND e.counselor_id = {p}"
        params += (counselor_id,)
    silent = []
    for episode_id, person_id, admitted, last_at in database.execute_sql(sql, params):
        last_at = _dt(last_at) if last_at else None
        if last_at is None or last_at < cutoff_at:
            silent.append((last_at is not None, last_at or dt.datetime.min, _day(admitted),
                           episode_id, person_id))
    silent.sort()
    shown = silent[:limit]
    names, _last = _names_and_last_contacts([])
    if shown:
        marks = ", ".join([p] * len(shown))
        names = dict(database.execute_sql(
            f"SELECT id, full_name FROM person WHERE id IN ({marks})",
            [r[4] for r in shown]).fetchall())
    lines = []
    for attended, last_at, admitted, episode_id, person_id in shown:
        last_day = last_at.date() if attended else None
        since = last_day or admitted
        lines.append(TraceLine(person_id, episode_id, names.get(person_id, ""), last_day,
                               (today - since).days))
    return lines, len(silent)


def staff_choices(actor: Staff) -> list[tuple[int, str, str]]:
    """The active staff members one can book with: (id, name, role), by name."""
    require_view(actor)
    return list(Staff.select(Staff.id, Staff.full_name, Staff.role)
                .where(Staff.active).order_by(Staff.full_name).tuples())


@dataclass(frozen=True)
class BookableClient:
    """An open episode one can book for: screening, waiting, in a program or in aftercare."""

    episode_id: int | None  # None: an SKHPN applicant, booked by person
    person_id: int
    full_name: str
    reg_no: str
    status: str


def bookable_clients(actor: Staff, contains: str, limit: int = 100, *,
                     applicants: bool = False) -> list[BookableClient]:
    """Open episodes whose person's name contains ``contains`` (case and spacing do not
    matter), by name; at least two letters are needed (no list of everyone). With
    ``applicants`` (an SKHPN examination) every person matching is listed, by person."""
    from models.care.roster import F_SEARCH
    from models.core import validation as v
    from models.core.names import name_key
    from models.intake.episode import Episode
    require_view(actor)
    needle = name_key(v.text(contains, F_SEARCH, limit=200))
    if len(needle) < 2:
        return []
    if applicants:
        people = (Person.select(Person.id, Person.full_name, Person.reg_no)
                  .where(Person.merged_into.is_null(), Person.name_key.contains(needle))
                  .order_by(Person.full_name, Person.id).limit(max(1, min(limit, 500)))
                  .tuples())
        found = [BookableClient(None, pid, name, reg, "") for pid, name, reg in people]
        with write_transaction():
            audit.record(actor, "appointment.client_search", "person", None, count=len(found))
        return found
    rows = (Episode.select(Episode.id, Person.id, Person.full_name, Person.reg_no,
                           Episode.status)
            .join(Person, on=(Episode.person == Person.id))
            .where(Episode.status.in_(("screening", "waiting", "in_program", "aftercare")),
                   Episode.not_continued_on.is_null(), Person.merged_into.is_null(),
                   Person.name_key.contains(needle))
            .order_by(Person.full_name, Episode.id).limit(max(1, min(limit, 500))).tuples())
    found = [BookableClient(*row) for row in rows]
    with write_transaction():
        audit.record(actor, "appointment.client_search", "episode", None, count=len(found))
    return found
