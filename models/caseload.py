"""The work lists of the home page (Beranda) and where each item's work is done.

Each list is a :class:`Source`: a function ``fetch(actor, today, limit, counselor_id)``
returning a :class:`models.dashboard.Section`, the right that shows it, and the record tab
an item opens on. With ``counselor_id`` a list holds only that counselor's caseload (the
episodes whose counselor of record they are); lists of the member's own drafts are theirs
already. Adding a list (unsigned examinations, appointments, risk flags) is one function
and one line in :data:`SOURCES` (and a :class:`ui.home.day_panel.SectionSpec` to show it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from peewee import fn

from models import dashboard as d
from models.assessment import Assessment
from models.db import database, is_sqlite
from models.episode import Episode
from models.person import Person
from models.rights import Action, Area, require
from models.staff import Staff
from models.urine import UrineTest

Fetch = Callable[[Staff, dt.date, int, "int | None"], d.Section]


def _rumatan_held(actor: Staff, today: dt.date, limit: int, _c: int | None) -> d.Section:
    """Rumatan clients whose next dose waits for a doctor's review (not a caseload list)."""
    from models.rumatan_window import held_today
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
