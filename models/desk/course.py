"""What the program and aftercare tabs of a client's record read: the person's episodes with
their enrolment, discharge and aftercare plan, a template's phases, the discharge of an
episode and the relapses of a plan.

The acts themselves live in :mod:`models.care.enrollment`, :mod:`models.care.discharge` and
:mod:`models.care.aftercare`; this module only reads, with the program view right.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from models.care.aftercare import AftercarePlan
from models.care.discharge import Discharge
from models.care.program import Enrollment, Phase, ProgramTemplate
from models.db.connection import write_transaction
from models.intake.episode import Episode
from models.people.flags import require_open
from models.safety import audit
from models.safety.audit import AuditEvent
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff


@dataclass(frozen=True)
class EpisodeCourse:
    """One episode of a person and where it stands in program, discharge and aftercare.

    Attributes:
        enrollment_id: the newest program enrolment of the episode, or None.
        template_id: that enrolment's template, or None.
        discharge_id: the discharge of the episode, or None while not discharged.
        plan_id: the aftercare plan, or None.
    """

    episode_id: int
    episode_no: str
    status: str
    service_type: str
    reported_on: dt.date
    admitted_on: dt.date | None
    discharged_on: dt.date | None
    enrollment_id: int | None
    template_id: int | None
    discharge_id: int | None
    plan_id: int | None


@dataclass(frozen=True)
class TemplateChoice:
    """A program a client can be enrolled in."""

    id: int
    name: str
    service_type: str


@dataclass(frozen=True)
class PhaseLine:
    """One phase of a template, in order."""

    id: int
    seq: int
    code: str
    name: str
    target_days: int | None
    is_first: bool
    is_final: bool
    requirements: str


@dataclass(frozen=True)
class DischargeRecord:
    """A recorded discharge as the program tab and the correction dialog show it."""

    id: int
    episode_id: int
    discharged_on: dt.date
    reason: str
    teds_code: int
    outcome_recovered: bool | None
    outcome_skilled: bool | None
    outcome_independent: bool | None
    referred_to: str
    note: str
    staff_name: str


@dataclass(frozen=True)
class Relapse:
    """A reset of a plan's abstinence date: by a contact marked relapse, or a positive
    urine screen (``source`` "contact" or "urine_test")."""

    on: dt.date
    source: str
    previous: dt.date | None
    recorded_at: dt.datetime
    staff_name: str


def course_of(actor: Staff, person_id: int) -> list[EpisodeCourse]:
    """A person's episodes, newest first, each with its enrolment, discharge and plan ids."""
    require(actor, Area.PROGRAM, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    episodes = list(Episode.select(Episode.id, Episode.episode_no, Episode.status,
                                   Episode.service_type, Episode.reported_on,
                                   Episode.admitted_on, Episode.discharged_on)
                    .where(Episode.person == person_id)
                    .order_by(Episode.reported_on.desc(), Episode.id.desc()).tuples())
    ids = [row[0] for row in episodes]
    if not ids:
        return []
    enrolments: dict[int, tuple[int, int]] = {}
    for enrolment_id, episode_id, template_id in (
            Enrollment.select(Enrollment.id, Enrollment.episode, Enrollment.template)
            .where(Enrollment.episode.in_(ids)).order_by(Enrollment.id).tuples()):
        enrolments[episode_id] = (enrolment_id, template_id)  # the newest one wins
    discharges = dict(Discharge.select(Discharge.episode, Discharge.id)
                      .where(Discharge.episode.in_(ids)).tuples())
    plans = dict(AftercarePlan.select(AftercarePlan.episode, AftercarePlan.id)
                 .where(AftercarePlan.episode.in_(ids)).tuples())
    courses = []
    for (episode_id, episode_no, status, service_type, reported_on, admitted_on,
         discharged_on) in episodes:
        enrollment_id, template_id = enrolments.get(episode_id, (None, None))
        courses.append(EpisodeCourse(episode_id, episode_no, status, service_type, reported_on,
                                     admitted_on, discharged_on, enrollment_id, template_id,
                                     discharges.get(episode_id), plans.get(episode_id)))
    return courses


def active_templates(actor: Staff) -> list[TemplateChoice]:
    """The programs offered now, by name."""
    require(actor, Area.PROGRAM, Action.VIEW)
    query = (ProgramTemplate.select(ProgramTemplate.id, ProgramTemplate.name,
                                    ProgramTemplate.service_type)
             .where(ProgramTemplate.active == True)  # noqa: E712
             .order_by(ProgramTemplate.name))
    return [TemplateChoice(*row) for row in query.tuples()]


def template_phases(actor: Staff, template_id: int) -> list[PhaseLine]:
    """The phases of a template in their order."""
    require(actor, Area.PROGRAM, Action.VIEW)
    query = (Phase.select(Phase.id, Phase.seq, Phase.code, Phase.name, Phase.target_days,
                          Phase.is_first, Phase.is_final, Phase.requirements)
             .where(Phase.template == template_id).order_by(Phase.seq))
    return [PhaseLine(*row) for row in query.tuples()]


def template_name(actor: Staff, template_id: int) -> str:
    require(actor, Area.PROGRAM, Action.VIEW)
    return ProgramTemplate.select(ProgramTemplate.name).where(
        ProgramTemplate.id == template_id).scalar() or ""


def staff_names(actor: Staff, ids: set[int] | list[int]) -> dict[int, str]:
    """Full names of the staff members who made the moves, contacts or discharges shown."""
    require(actor, Area.PROGRAM, Action.VIEW)
    wanted = sorted({int(i) for i in ids if i is not None})
    if not wanted:
        return {}
    return dict(Staff.select(Staff.id, Staff.full_name).where(Staff.id.in_(wanted)).tuples())


def discharge_of(actor: Staff, episode_id: int) -> DischargeRecord | None:
    """The discharge of an episode (audited as a view), or None before the discharge."""
    require(actor, Area.PROGRAM, Action.VIEW)
    row = (Discharge.select(Discharge, Staff.full_name).join(Staff)
           .where(Discharge.episode == episode_id).first())
    if row is None:
        return None
    with write_transaction():
        audit.record(actor, "discharge.view", "discharge", row.id,
                     person_id=Episode.get_by_id(episode_id).person_id)
    return DischargeRecord(row.id, episode_id, row.discharged_on, row.reason, row.teds_code,
                           row.outcome_recovered, row.outcome_skilled, row.outcome_independent,
                           row.referred_to, row.note, row.staff.full_name)


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def relapses_of(actor: Staff, plan_id: int) -> list[Relapse]:
    """Every reset of the plan's abstinence date, oldest first, from its audit trail (the
    one place where a reset by a urine test, which has no contact of its own, is kept)."""
    require(actor, Area.PROGRAM, Action.VIEW)
    query = (AuditEvent.select(AuditEvent.at, AuditEvent.detail, Staff.full_name)
             .join(Staff, on=(AuditEvent.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where((AuditEvent.table_name == "aftercare_plan")
                    & (AuditEvent.record_id == plan_id)
                    & (AuditEvent.action == "aftercare.relapse"))
             .order_by(AuditEvent.id).tuples())
    out = []
    for at, detail, name in query:
        detail = detail or {}
        on = _date(detail.get("abstinence_since"))
        if on is not None:
            out.append(Relapse(on, str(detail.get("source", "")),
                               _date(detail.get("previous")), at, name or ""))
    return out
