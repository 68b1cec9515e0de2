"""The work lists of the home page (Beranda) and where each item's work is done.

Each list is a :class:`Source`: a function ``fetch(actor, today, limit, counselor_id)``
returning a :class:`models.desk.dashboard.Section`, the right that shows it, and the record tab
an item opens on. With ``counselor_id`` a list holds only that counselor's caseload (the
episodes whose counselor of record they are); lists of the member's own drafts are theirs
already. Adding a list (unsigned examinations, appointments, risk flags) is one function
and one line in :data:`SOURCES` (and a :class:`ui.home.day_panel.SectionSpec` to show it).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from models.care.assessment import Assessment
from models.care.urine import UrineTest
from models.db.connection import database, is_sqlite
from models.desk import dashboard as d
from models.facility.facility import get_setting
from models.intake.episode import Episode
from models.people.flags import RESTRICTED, PersonFlag
from models.people.person import Person
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

Fetch = Callable[[Staff, dt.date, int, "int | None"], d.Section]


def _rumatan_held(actor: Staff, today: dt.date, limit: int, _c: int | None) -> d.Section:
    """Rumatan clients whose next dose waits for a doctor's review (not a caseload list)."""
    from models.rumatan.window import held_today
    held = held_today(actor, today)
    return d.Section(tuple(held[:limit]), len(held))


@dataclass(frozen=True)
class Source:
    """One list of the home page.

    Attributes:
        key: stable name (the screen's section and its object names).
        area, action: the right that shows it.
        tab: the record tab an item opens on ("program", "aftercare", "notes",
            "assessments", "urine", or "" for the identity page).
        fetch: the list, cut to a caseload when given a counselor id.
    """

    key: str
    area: Area
    action: Action
    tab: str
    fetch: Fetch


@dataclass(frozen=True)
class AssessmentLine:
    """An assessment of the member's still in draft."""

    assessment_id: int
    kind: str
    person_id: int
    full_name: str
    assessed_on: dt.date


def unsigned_assessments(actor: Staff, limit: int = d.LIMIT) -> d.Section:
    """The member's own assessments of every kind still in draft, newest first."""
    require(actor, Area.ASSESSMENT, Action.VIEW)
    # Drafts are few (none at all in a signed-up facility), a member's assessments many.
    # SQLite's statistics see one state everywhere and would scan the table (200 ms at
    # 100,000 clients), so the state index is named; PostgreSQL finds it by itself.
    if is_sqlite():
        ids = [row[0] for row in database.execute_sql(
            "SELECT id FROM assessment INDEXED BY assessment_state "
            "WHERE state = ? AND staff_id = ?", ("draft", actor.id)).fetchall()]
    else:
        ids = [i for (i,) in Assessment.select(Assessment.id).where(
            (Assessment.state == "draft") & (Assessment.staff == actor.id)).tuples()]
    if not ids:
        return d.Section((), 0)
    rows = (Assessment.select(Assessment.id, Assessment.kind, Person.id, Person.full_name,
                              Assessment.assessed_on)
            .join(Person).where(Assessment.id.in_(ids))
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).limit(limit).tuples())
    return d.Section(tuple(AssessmentLine(*row) for row in rows), len(ids))


@dataclass(frozen=True)
class UrineLine:
    """A client's positive screen still awaiting its confirmation (lab or admission)."""

    test_id: int
    person_id: int
    full_name: str
    collected_on: dt.date


def urine_pending(actor: Staff, limit: int = d.LIMIT,
                  counselor_id: int | None = None) -> d.Section:
    """Positive screens of clients not yet confirmed or ruled out, oldest first (the longer a
    confirmation waits, the more it matters); read along the index on (any_positive,
    confirmation, collected_at), so the list stops after ``limit`` rows."""
    require(actor, Area.LAB, Action.VIEW)
    where = ((UrineTest.any_positive == True) & (UrineTest.confirmation == "")  # noqa: E712
             & d._mine(counselor_id))
    query = (UrineTest.select(UrineTest.id, Person.id, Person.full_name, UrineTest.collected_at)
             .join(Episode, on=(UrineTest.episode == Episode.id))
             .switch(UrineTest).join(Person, on=(UrineTest.person == Person.id))
             .where(where))
    rows = query.order_by(UrineTest.collected_at, UrineTest.id).limit(limit).tuples()
    total = (UrineTest.select(fn.COUNT(UrineTest.id))
             .join(Episode, on=(UrineTest.episode == Episode.id)).where(where).scalar())
    return d.Section(tuple(UrineLine(t, p, name, at.date() if hasattr(at, "date") else at)
                           for t, p, name, at in rows), int(total or 0))


OPEN_STATUSES = ("in_program", "aftercare", "waiting", "screening")


def _restricted() -> Any:
    """SQL: the row's person carries an active restricted mark (index person, cleared_at)."""
    mark = PersonFlag.alias("mark")
    return fn.EXISTS(mark.select(mark.id).where(
        (mark.person == Person.id) & (mark.kind == RESTRICTED) & mark.cleared_at.is_null()))


def _hidden(actor: Staff, restricted: Any) -> bool:
    """Whether the person is restricted and ``actor`` lacks the right to see who it is."""
    return bool(restricted) and not has_right(actor, Area.RESTRICTED, Action.VIEW)


def _day(value: Any) -> dt.date | None:
    """A date from a datetime column read through an aggregate (SQLite gives text)."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date()


@dataclass(frozen=True)
class FlagLine:
    """An active clinical, legal or administrative flag on a client's record;
    ``restricted``: the person is restricted and the member may not see who it is
    (``full_name`` is then empty)."""

    flag_id: int
    person_id: int
    full_name: str
    kind: str
    text: str
    set_on: dt.date
    restricted: bool


def flagged_risks(actor: Staff, _today: dt.date, limit: int = d.LIMIT,
                  counselor_id: int | None = None) -> d.Section:
    """Active flags (not the restricted mark itself) on the records of clients with an open
    episode whose counselor of record is ``counselor_id`` (everyone's without one), newest
    first. A restricted person is listed unnamed to a member without the right to restricted
    records: the warning is the point, the identity is not theirs to see. Read along the
    indexes on episode (counselor_id, status) and person_flag (person_id, cleared_at)."""
    require(actor, Area.IDENTITY, Action.VIEW)
    where = PersonFlag.cleared_at.is_null() & (PersonFlag.kind != RESTRICTED)
    if counselor_id is not None:
        where &= PersonFlag.person.in_(Episode.select(Episode.person).where(
            (Episode.counselor == counselor_id) & Episode.status.in_(OPEN_STATUSES)))
    rows = (PersonFlag.select(PersonFlag.id, Person.id, Person.full_name, PersonFlag.kind,
                              PersonFlag.text, PersonFlag.set_at, _restricted())
            .join(Person, on=(PersonFlag.person == Person.id)).where(where)
            .order_by(PersonFlag.set_at.desc(), PersonFlag.id.desc()).limit(limit).tuples())
    total = PersonFlag.select(fn.COUNT(PersonFlag.id)).where(where).scalar()
    return d.Section(tuple(FlagLine(fid, pid, "" if _hidden(actor, mark) else name, kind,
                                    text, _day(at) or _today, _hidden(actor, mark))
                           for fid, pid, name, kind, text, at, mark in rows),
                     int(total or 0))


@dataclass(frozen=True)
class UrineDueLine:
    """A client in a program due a urine test; ``last_test`` None: none since admission;
    ``restricted`` as in :class:`FlagLine`."""

    episode_id: int
    person_id: int
    full_name: str
    admitted_on: dt.date
    last_test: dt.date | None
    restricted: bool


def urine_due(actor: Staff, today: dt.date, limit: int = d.LIMIT,
              counselor_id: int | None = None) -> d.Section:
    """Clients in a program (an open, admitted episode: status "in_program") of the
    counselor's caseload (everyone's without one) due a urine test.

    Rule, with N the setting ``urine_due_days`` (default 30): a client is due when admitted
    more than N days before ``today`` and no urine test of theirs was collected in the last
    N days (on or after ``today`` - N); so a client whose latest test is older than N days,
    or who has none since an admission older than N days. Longest without a test (or since
    admission) first. Read along the indexes on episode (counselor_id, status) or status and
    urine_test (person_id); a restricted person is unnamed to a member without the right.
    """
    require(actor, Area.LAB, Action.VIEW)
    cutoff = today - dt.timedelta(days=int(get_setting("urine_due_days")))
    since = dt.datetime.combine(cutoff, dt.time())
    recent = UrineTest.alias("recent")
    latest = UrineTest.alias("latest")
    last = (latest.select(fn.MAX(latest.collected_at))
            .where(latest.person == Episode.person))
    where = ((Episode.status == "in_program") & Episode.admitted_on.is_null(False)
             & (Episode.admitted_on < cutoff) & d._mine(counselor_id)
             & ~fn.EXISTS(recent.select(recent.id).where(
                 (recent.person == Episode.person) & (recent.collected_at >= since))))
    rows = (Episode.select(Episode.id, Person.id, Person.full_name, Episode.admitted_on,
                           last, _restricted())
            .join(Person, on=(Episode.person == Person.id)).where(where)
            .order_by(fn.COALESCE(last, Episode.admitted_on), Episode.id)
            .limit(limit).tuples())
    total = Episode.select(fn.COUNT(Episode.id)).where(where).scalar()
    return d.Section(tuple(UrineDueLine(eid, pid, "" if _hidden(actor, mark) else name,
                                        _day(admitted) or today, _day(tested),
                                        _hidden(actor, mark))
                           for eid, pid, name, admitted, tested, mark in rows),
                     int(total or 0))


def _waiting(actor: Staff, _today: dt.date, limit: int, _counselor: int | None) -> d.Section:
    return d.waiting(actor, limit)  # nobody's caseload yet: the same for everyone


def _skhpn(actor: Staff, today: dt.date, limit: int, _counselor: int | None) -> d.Section:
    return d.skhpn_today(actor, today, limit)


SOURCES: tuple[Source, ...] = (
    Source("followups_today", Area.PROGRAM, Action.VIEW, "aftercare",
           lambda a, t, n, c: d.followups_today(a, t, n, c)),
    Source("followups_missed", Area.PROGRAM, Action.VIEW, "aftercare",
           lambda a, t, n, c: d.followups_missed(a, t, n, c)),
    Source("overdue", Area.PROGRAM, Action.VIEW, "program",
           lambda a, t, n, c: d.overdue(a, t, n, c)),
    Source("waiting", Area.EPISODE, Action.VIEW, "program", _waiting),
    Source("skhpn_today", Area.DOCUMENT, Action.VIEW, "", _skhpn),
    Source("unsigned_notes", Area.NOTES, Action.VIEW, "notes",
           lambda a, _t, n, _c: d.unsigned_notes(a, n)),
    Source("unsigned_assessments", Area.ASSESSMENT, Action.VIEW, "assessments",
           lambda a, _t, n, _c: unsigned_assessments(a, n)),
    Source("urine_pending", Area.LAB, Action.VIEW, "urine",
           lambda a, _t, n, c: urine_pending(a, n, c)),
    Source("flagged_risks", Area.IDENTITY, Action.VIEW, "", flagged_risks),
    Source("urine_due", Area.LAB, Action.VIEW, "urine", urine_due),
    Source("rumatan_held", Area.DISPENSING, Action.VIEW, "doses", _rumatan_held),
)
TABS: dict[str, str] = {source.key: source.tab for source in SOURCES}


def caseload_size(actor: Staff) -> int:
    """Open episodes whose counselor of record the member is."""
    require(actor, Area.PROGRAM, Action.VIEW)
    return int(Episode.select(fn.COUNT(Episode.id)).where(
        (Episode.counselor == actor.id)
        & Episode.status.in_(("in_program", "aftercare", "waiting", "screening"))).scalar()
        or 0)
