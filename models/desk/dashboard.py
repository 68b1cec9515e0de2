"""The day at a glance (Beranda): follow-ups due, overdue phases, census against capacity,
the waiting list, today's SKHPN applicants and the signed-in member's unsigned notes.

Each section is one function that checks its own right; :func:`load_dashboard` calls those
the member holds and leaves the others out (None). Lists are cut at ``limit`` rows, with the
full count beside them, so the cost does not grow with the size of the facility: every
query filters on an indexed column (``follow_up.due_on``, ``enrollment.phase_since``,
``episode.status``, ``waiting_list_entry.state``, ``skhpn_exam.registered_at``,
``note.author_id``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, Cast, Expression, ModelSelect, Value, fn

from models.care.aftercare import AftercarePlan, FollowUp
from models.care.notes import Note, NoteAttendance
from models.care.program import Enrollment, Phase, ProgramTemplate
from models.db.connection import is_sqlite
from models.documents.skhpn import SkhpnExam
from models.intake.admission import all_places
from models.intake.episode import Episode, WaitingListEntry
from models.people.person import Person
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

LIMIT = 50


@dataclass(frozen=True)
class FollowUpLine:
    """A scheduled aftercare follow-up: due today, or missed (due earlier, no contact)."""

    followup_id: int
    plan_id: int
    person_id: int
    full_name: str
    due_on: dt.date
    kept: bool


@dataclass(frozen=True)
class OverdueLine:
    """A client whose current phase has run past its target duration."""

    enrollment_id: int
    person_id: int
    full_name: str
    template_name: str
    phase_name: str
    phase_since: dt.date
    target_days: int
    days_in_phase: int


@dataclass(frozen=True)
class WaitingLine:
    episode_id: int
    person_id: int
    full_name: str
    service_type: str
    added_on: dt.date


@dataclass(frozen=True)
class SkhpnLine:
    """An SKHPN application registered today, waiting or done."""

    exam_id: int
    person_id: int
    full_name: str
    registered_at: dt.datetime
    purpose: str
    state: str


@dataclass(frozen=True)
class NoteLine:
    """A note of the signed-in member not signed yet; a group note names its first attendee
    (by name) and how many there were."""

    note_id: int
    kind: str
    person_id: int | None
    full_name: str
    session_on: dt.date
    topic: str
    attendees: int


@dataclass(frozen=True)
class Section:
    """Up to ``limit`` rows of a list and how many there are in all."""

    rows: tuple[Any, ...]
    total: int


@dataclass(frozen=True)
class Census:
    """Clients in a program now, per service type (every type, zeros included), against the
    places of each service type (0: no limit set); ``capacity`` is their sum."""

    by_service: tuple[tuple[str, int], ...]
    capacity: int
    capacities: tuple[tuple[str, int], ...] = ()

    @property
    def total(self) -> int:
        return sum(count for _code, count in self.by_service)


@dataclass(frozen=True)
class Dashboard:
    """What the home page shows: ``sections`` maps a source's key (:data:`SOURCES`) to its
    rows, or to None when the member lacks its right; ``mine`` says whether client lists
    were cut to the member's own caseload (episodes whose counselor of record they are).
    A section also reads as an attribute (``dashboard.overdue``)."""

    today: dt.date
    census: Census | None
    sections: Mapping[str, Section | None]
    mine: bool = False

    def __getattr__(self, name: str) -> Section | None:
        sections = self.__dict__.get("sections")
        if sections is not None and name in sections:
            return sections[name]
        raise AttributeError(name)


def _mine(counselor_id: int | None) -> Any:
    """The condition "in this counselor's caseload" (always true without one)."""
    return True if counselor_id is None else (Episode.counselor == counselor_id)


def _followup_rows(where: Expression, counselor_id: int | None = None) -> ModelSelect:
    return (FollowUp.select(FollowUp.id, AftercarePlan.id, Person.id, Person.full_name,
                            FollowUp.due_on, FollowUp.contact.is_null(False))
            .join(AftercarePlan).join(Episode).join(Person)
            .where(AftercarePlan.closed_on.is_null() & where & _mine(counselor_id)))


def followups_today(actor: Staff, today: dt.date, limit: int = LIMIT,
                    counselor_id: int | None = None) -> Section:
    """Follow-ups of open aftercare plans due ``today``, kept or not, by name (of one
    counselor's caseload when ``counselor_id`` is given)."""
    require(actor, Area.PROGRAM, Action.VIEW)
    query = _followup_rows(FollowUp.due_on == today, counselor_id)
    rows = query.order_by(Person.full_name, FollowUp.id).limit(limit).tuples()
    return Section(tuple(FollowUpLine(followup_id, plan_id, person_id, name, due_on, bool(kept))
                         for followup_id, plan_id, person_id, name, due_on, kept in rows),
                   query.count())


def followups_missed(actor: Staff, today: dt.date, limit: int = LIMIT,
                     counselor_id: int | None = None) -> Section:
    """Follow-ups of open plans due before ``today`` with no contact, latest first.

    Most follow-ups ever scheduled have no contact (closed plans keep theirs), so the index
    on ``contact_id`` is kept out of both plans (``+ 0``): the list walks ``due_on``
    backwards and stops at ``limit``; the count starts from the open plans.
    """
    require(actor, Area.PROGRAM, Action.VIEW)
    no_contact = (FollowUp.contact + 0).is_null()
    rows = (_followup_rows((FollowUp.due_on < today) & no_contact, counselor_id)
            .order_by(FollowUp.due_on.desc(), Person.full_name).limit(limit).tuples())
    open_plans = AftercarePlan.select(AftercarePlan.id).where(AftercarePlan.closed_on.is_null())
    if counselor_id is not None:
        open_plans = (AftercarePlan.select(AftercarePlan.id).join(Episode)
                      .where(AftercarePlan.closed_on.is_null()
                             & (Episode.counselor == counselor_id)))
    total = (FollowUp.select(fn.COUNT(FollowUp.id))
             .where(FollowUp.plan.in_(open_plans) & (FollowUp.due_on < today) & no_contact)
             .scalar())
    return Section(tuple(FollowUpLine(followup_id, plan_id, person_id, name, due_on, False)
                         for followup_id, plan_id, person_id, name, due_on, _kept in rows),
                   int(total or 0))


def _days_in_phase(today: dt.date) -> Expression:
    if is_sqlite():
        return Cast(fn.julianday(Value(today.isoformat())) - fn.julianday(Enrollment.phase_since),
                    "INTEGER")
    return Cast(Value(today), "date") - Enrollment.phase_since


def overdue(actor: Staff, today: dt.date, limit: int = LIMIT,
            counselor_id: int | None = None) -> Section:
    """Running enrolments past their phase's target days, longest over first."""
    require(actor, Area.PROGRAM, Action.VIEW)
    days = _days_in_phase(today)
    where = (Enrollment.ended_on.is_null() & Phase.target_days.is_null(False)
             & (days > Phase.target_days) & _mine(counselor_id))
    total = (Enrollment.select(fn.COUNT(Enrollment.id))
             .join(Phase, on=(Enrollment.current_phase == Phase.id))
             .switch(Enrollment).join(Episode).where(where).scalar())
    rows = (Enrollment
            .select(Enrollment.id, Person.id, Person.full_name, ProgramTemplate.name,
                    Phase.name, Enrollment.phase_since, Phase.target_days, days)
            .join(Phase, on=(Enrollment.current_phase == Phase.id))
            .switch(Enrollment).join(ProgramTemplate)
            .switch(Enrollment).join(Episode).join(Person)
            .where(where)
            .order_by((days - Phase.target_days).desc(), Person.full_name)
            .limit(limit).tuples())
    return Section(tuple(OverdueLine(enrollment_id, person_id, name, template, phase, since,
                                     target, int(days_in))
                         for enrollment_id, person_id, name, template, phase, since, target,
                         days_in in rows), int(total or 0))


def census(actor: Staff) -> Census:
    """Episodes in a program per service type, against the places of each service type."""
    require(actor, Area.PROGRAM, Action.VIEW)
    places = all_places()
    return Census(tuple((p.service, p.taken) for p in places),
                  sum(p.capacity for p in places),
                  tuple((p.service, p.capacity) for p in places))


def waiting(actor: Staff, limit: int = LIMIT) -> Section:
    """Who waits for a place, in the order places are given (priority, then longest)."""
    require(actor, Area.EPISODE, Action.VIEW)
    query = (WaitingListEntry
             .select(Episode.id, Person.id, Person.full_name, Episode.service_type,
                     WaitingListEntry.added_on)
             .join(Episode).join(Person)
             .where(WaitingListEntry.state == "waiting"))
    rows = query.order_by(WaitingListEntry.priority.desc(), WaitingListEntry.added_on,
                          WaitingListEntry.id).limit(limit).tuples()
    total = (WaitingListEntry.select(fn.COUNT(WaitingListEntry.id))
             .where(WaitingListEntry.state == "waiting").scalar())
    return Section(tuple(WaitingLine(*r) for r in rows), int(total or 0))


def skhpn_today(actor: Staff, today: dt.date, limit: int = LIMIT) -> Section:
    """SKHPN applications registered today, in the order they came."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    start = dt.datetime.combine(today, dt.time())
    query = (SkhpnExam.select(SkhpnExam.id, Person.id, Person.full_name,
                              SkhpnExam.registered_at, SkhpnExam.purpose, SkhpnExam.state)
             .join(Person)
             .where((SkhpnExam.registered_at >= start)
                    & (SkhpnExam.registered_at < start + dt.timedelta(days=1))))
    rows = query.order_by(SkhpnExam.registered_at, SkhpnExam.id).limit(limit).tuples()
    return Section(tuple(SkhpnLine(*r) for r in rows), query.count())


def unsigned_notes(actor: Staff, limit: int = LIMIT) -> Section:
    """The member's own notes still in draft (only the author can sign), newest first."""
    require(actor, Area.NOTES, Action.VIEW)
    # Drafts are few, a member's notes many: "+ 0" keeps SQLite on the state index (its
    # statistics know only that there are two states, not that drafts are rare).
    where = ((Note.author + 0) == actor.id) & (Note.state == "draft")
    rows = list(Note.select(Note.id, Note.kind, Person.id, Person.full_name, Note.session_on,
                            Note.topic)
                .join(Episode, JOIN.LEFT_OUTER, on=(Note.episode == Episode.id))
                .join(Person, JOIN.LEFT_OUTER, on=(Episode.person == Person.id))
                .where(where).order_by(Note.session_on.desc(), Note.id.desc())
                .limit(limit).tuples())
    groups = [r[0] for r in rows if r[2] is None]
    first: dict[int, tuple[int, str]] = {}
    sizes: dict[int, int] = {}
    if groups:
        for note_id, person_id, name in (
                NoteAttendance.select(NoteAttendance.note, Person.id, Person.full_name)
                .join(Episode).join(Person).where(NoteAttendance.note.in_(groups))
                .order_by(NoteAttendance.note, Person.full_name, Person.id).tuples()):
            first.setdefault(note_id, (person_id, name))
            sizes[note_id] = sizes.get(note_id, 0) + 1
    lines = []
    for note_id, kind, person_id, name, session_on, topic in rows:
        if person_id is None:
            person_id, name = first.get(note_id, (None, ""))
        lines.append(NoteLine(note_id, kind, person_id, name or "", session_on, topic,
                              sizes.get(note_id, 1)))
    total = Note.select(fn.COUNT(Note.id)).where(where).scalar()
    return Section(tuple(lines), int(total or 0))


def load_dashboard(actor: Staff, today: dt.date | None = None, limit: int = LIMIT, *,
                   mine: bool = False) -> Dashboard:
    """Every section the member has the right to see, as of ``today``; with ``mine``, the
    client lists cut to the member's own caseload (models/desk/caseload.py holds the sources)."""
    from models.desk.caseload import SOURCES
    today = today or dt.date.today()
    counselor_id = actor.id if mine else None
    sections = {source.key: (source.fetch(actor, today, limit, counselor_id)
                             if has_right(actor, source.area, source.action) else None)
                for source in SOURCES}
    return Dashboard(today=today,
                     census=census(actor) if has_right(actor, Area.PROGRAM, Action.VIEW)
                     else None, sections=sections, mine=mine)
