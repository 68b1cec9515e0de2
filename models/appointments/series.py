"""Session series from a program: the sessions an outpatient enrolment offers to book.

Each template says how many sessions its enrolment offers and how many days apart
(``series_sessions`` / ``series_every_days``, set per template by the admin; outpatient
templates start with 8 weekly sessions). :func:`propose_series` lays them out from a first
date; the counselor adjusts the times and books them with :func:`book_series`, in one
transaction, each session refused on a conflict unless it carries a reason.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from models.appointments.appointment import Appointment, book, require_schedule, require_view
from models.care.enrollment import Enrollment
from models.care.program import ProgramTemplate
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.db.connection import write_transaction
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

MAX_SESSIONS = 52
MSG_SERIES_RANGE = T("Errors", "A series has between 0 and {high} sessions, 1 to 60 days "
                     "apart.")
MSG_NO_SERIES = T("Errors", "This program offers no session series: set one for its "
                  "template in Admin first.")


@dataclass(frozen=True)
class SeriesPlan:
    """What a template offers: ``sessions`` sessions every ``every_days`` days."""

    template_id: int
    sessions: int
    every_days: int


@dataclass(frozen=True)
class SeriesProgress:
    """Sessions of an episode's series: attended, missed, still booked, and the plan."""

    planned: int
    attended: int
    missed: int
    booked: int


def series_plan(template_id: int) -> SeriesPlan:
    row = ProgramTemplate.get_by_id(template_id)
    return SeriesPlan(row.id, row.series_sessions, row.series_every_days)


def set_series_plan(actor: Staff, template_id: int, sessions: int, every_days: int) -> None:
    """The admin's setting of a template's series."""
    require(actor, Area.ADMIN, Action.CORRECT)
    if not (0 <= sessions <= MAX_SESSIONS and 1 <= every_days <= 60):
        raise ValidationError(MSG_SERIES_RANGE, high=MAX_SESSIONS)
    with write_transaction():
        ProgramTemplate.update(series_sessions=sessions, series_every_days=every_days).where(
            ProgramTemplate.id == template_id).execute()
        audit.record(actor, "template.series", "program_template", template_id,
                     sessions=sessions, every_days=every_days)


def propose_series(template_id: int, first: dt.datetime) -> list[dt.datetime]:
    """The start times of the series the template offers, from ``first`` on."""
    plan = series_plan(template_id)
    if plan.sessions <= 0:
        raise ValidationError(MSG_NO_SERIES)
    step = dt.timedelta(days=plan.every_days)
    return [first + i * step for i in range(plan.sessions)]


def book_series(actor: Staff, episode_id: int, staff_id: int, starts: Sequence[dt.datetime],
                minutes: int, *, kind: str = "individual", place: str = "",
                reasons: dict[int, str] | None = None,
                today: dt.date | None = None) -> list[int]:
    """Book the (adjusted) series for an episode; all sessions or none. ``reasons`` maps a
    session's index to the reason for booking it over a conflict."""
    require_schedule(actor)
    if not 1 <= len(starts) <= MAX_SESSIONS:
        raise ValidationError(MSG_SERIES_RANGE, high=MAX_SESSIONS)
    reasons = reasons or {}
    ids: list[int] = []
    with write_transaction():
        for seq, start in enumerate(starts, start=1):
            series = (ids[0] if ids else 0, seq)
            ids.append(book(actor, kind, staff_id, start, minutes, episode_id=episode_id,
                            place=place, conflict_reason=reasons.get(seq - 1, ""),
                            today=today, series=series))
    return ids


def series_progress(actor: Staff, episode_id: int) -> SeriesProgress:
    """Sessions done against the plan, for the program tab: the plan is the template's
    series of the episode's enrolment (or the sessions booked, if more)."""
    require_view(actor)
    rows = (Appointment.select(Appointment.status)
            .where(Appointment.episode == episode_id, Appointment.series_id.is_null(False))
            .tuples())
    counts: dict[str, int] = {}
    for (status,) in rows:
        counts[status] = counts.get(status, 0) + 1
    planned = (ProgramTemplate.select(ProgramTemplate.series_sessions)
               .join(Enrollment, on=(Enrollment.template == ProgramTemplate.id))
               .where(Enrollment.episode == episode_id)
               .order_by(Enrollment.id.desc()).scalar()) or 0
    live = counts.get("attended", 0) + counts.get("missed", 0) + counts.get("scheduled", 0)
    return SeriesProgress(max(planned, live), counts.get("attended", 0),
                          counts.get("missed", 0), counts.get("scheduled", 0))


def series_offer(actor: Staff, episode_id: int) -> SeriesPlan | None:
    """The series the episode's running enrolment offers, or None (no enrolment, or its
    template offers none)."""
    require_view(actor)
    template_id = (Enrollment.select(Enrollment.template)
                   .where(Enrollment.episode == episode_id, Enrollment.ended_on.is_null())
                   .order_by(Enrollment.id.desc()).scalar())
    if template_id is None:
        return None
    plan = series_plan(template_id)
    return plan if plan.sessions > 0 else None
