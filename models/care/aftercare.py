"""Aftercare (pascarehabilitasi): plan, scheduled follow-ups, contacts, relapse, outcomes.

A plan starts after the discharge: its first day is the day after the discharge at the
earliest, and its follow-ups are scheduled from that first day, so a contact on the day of
the discharge itself is never taken for the first monthly follow-up. A contact keeps the
nearest open follow-up; a relapse (a contact marked so, or a confirmed positive urine test,
see :mod:`models.care.urine`) restarts abstinence from the day of the use, a use on the plan's
first day included; closing the plan records the reintegration outcomes and closes the episode.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    SmallIntegerField,
    TextField,
)

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.facility.facility import SETTINGS, get_setting
from models.intake.episode import Episode, get_episode
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

CONTACT_TYPES = (
    ("home_visit", T("Codes", "Home visit")),
    ("phone", T("Codes", "Phone")),
    ("group", T("Codes", "Group meeting")),
    ("urine_test", T("Codes", "Urine test")),
    ("vocational", T("Codes", "Vocational training")),
)


class AftercarePlan(BaseModel):
    """Aftercare of one episode; ``abstinence_since`` resets on a relapse."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="aftercare", unique=True, on_delete="RESTRICT")
    started_on = DateField(index=True)
    interval_months = SmallIntegerField(default=1)
    followups = SmallIntegerField(default=6)
    abstinence_since = DateField(null=True)
    outcome_work = BooleanField(null=True)
    outcome_school = BooleanField(null=True)
    outcome_family = BooleanField(null=True)
    closed_on = DateField(null=True)
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")


class AftercareContact(BaseModel):
    """A follow-up contact made."""

    id = AutoField()
    plan = ForeignKeyField(AftercarePlan, backref="contacts", on_delete="CASCADE")
    contact_type = CharField(max_length=16, choices=CONTACT_TYPES)
    contacted_on = DateField(index=True)
    outcome = TextField(default="")
    relapse = BooleanField(default=False)
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    recorded_at = DateTimeField(default=dt.datetime.now)


class FollowUp(BaseModel):
    """A scheduled follow-up date; ``contact`` is set when it was kept."""

    id = AutoField()
    plan = ForeignKeyField(AftercarePlan, backref="schedule", on_delete="CASCADE")
    due_on = DateField(index=True)
    contact = ForeignKeyField(AftercareContact, null=True, on_delete="SET NULL")


# --- operations ---------------------------------------------------------------------------

F_STARTED = T("Codes", "Aftercare start date")
F_INTERVAL = T("Codes", "Months between follow-ups")
F_FOLLOWUPS = T("Codes", "Number of follow-ups")
F_CONTACT_TYPE = T("Codes", "Kind of contact")
F_CONTACTED = T("Codes", "Date of contact")
F_OUTCOME = T("Codes", "Outcome")
F_CLOSED = T("Codes", "Date aftercare ended")
F_DISCHARGED = T("Codes", "Discharge date")

MSG_GONE = T("Errors", "This aftercare plan does not exist.")
MSG_NOT_DISCHARGED = T("Errors", "Aftercare starts after the discharge: discharge episode "
                       "{episode_no} first.")
MSG_HAS_PLAN = T("Errors", "Episode {episode_no} already has an aftercare plan.")
MSG_DIED = T("Errors", "The client died: there is no aftercare to plan.")
MSG_CLOSED = T("Errors", "This aftercare ended on {date}: nothing more can be recorded.")
MSG_RANGE = T("Errors", "{field} must be between {low} and {high}.")


@dataclass(frozen=True)
class MissedFollowUp:
    """A scheduled follow-up whose date has passed without a contact."""

    followup_id: int
    plan_id: int
    episode_id: int
    person_id: int
    full_name: str
    due_on: dt.date
    days_late: int


@dataclass(frozen=True)
class ContactRecord:
    id: int
    contact_type: str
    contacted_on: dt.date
    outcome: str
    relapse: bool
    staff_id: int
    addenda: tuple = ()  # AddendumRecord: corrections and notes added later, oldest first


@dataclass(frozen=True)
class AftercareRecord:
    """A plan with its schedule (due date, kept contact id or None) and its contacts."""

    id: int
    episode_id: int
    started_on: dt.date
    interval_months: int
    abstinence_since: dt.date | None
    closed_on: dt.date | None
    outcome_work: bool | None
    outcome_school: bool | None
    outcome_family: bool | None
    schedule: tuple[tuple[int, dt.date, int | None], ...]
    contacts: tuple[ContactRecord, ...]


def first_day(started_on: dt.date, discharged_on: dt.date | None) -> dt.date:
    """The first day of aftercare: the start date, but never the discharge day or before."""
    if discharged_on is not None and started_on <= discharged_on:
        return discharged_on + dt.timedelta(days=1)
    return started_on


def followup_dates(started_on: dt.date, interval_months: int, count: int) -> list[dt.date]:
    """Due dates, each counted from the start date (not chained from the one before).

    A plan started on 31 January with monthly follow-ups is due on 28 (or 29) February,
    31 March, 30 April ...: one follow-up in each month, never a month skipped, which a
    plain monthly rrule would do for months without a 31st.
    """
    return [started_on + relativedelta(months=k * interval_months) for k in range(1, count + 1)]


def _setting_int(value: int | None, key: str, field: str) -> int:
    spec = SETTINGS[key]
    if value is None:
        value = get_setting(key)
    # An int setting's spec has both bounds.
    if isinstance(value, bool) or not isinstance(value, int) or not (
            spec.minimum <= value <= spec.maximum):  # type: ignore[operator]
        raise ValidationError(MSG_RANGE, field=field, low=spec.minimum, high=spec.maximum)
    return value


def create_plan(actor: Staff, episode: Episode, started_on: dt.date, interval_months: int,
                followups: int) -> AftercarePlan:
    """Write a plan and its schedule for a discharged episode; call inside the transaction
    of the act (start_aftercare, or a discharge straight into aftercare)."""
    if episode.discharged_on is None:
        raise ValidationError(MSG_NOT_DISCHARGED, episode_no=episode.episode_no)
    if AftercarePlan.select().where(AftercarePlan.episode == episode.id).exists():
        raise ValidationError(MSG_HAS_PLAN, episode_no=episode.episode_no)
    v.not_before(started_on, F_STARTED, episode.discharged_on, F_DISCHARGED)
    first = first_day(started_on, episode.discharged_on)
    plan = AftercarePlan.create(episode=episode.id, started_on=started_on,
                                interval_months=interval_months, followups=followups,
                                abstinence_since=first, staff=actor.id)
    FollowUp.insert_many([{"plan": plan.id, "due_on": due}
                          for due in followup_dates(first, interval_months, followups)]
                         ).execute()
    Episode.update(status="aftercare", updated_at=dt.datetime.now(),
                   version=Episode.version + 1).where(Episode.id == episode.id).execute()
    audit.record(actor, "aftercare.start", "aftercare_plan", plan.id,
                 person_id=episode.person_id, interval_months=interval_months,
                 followups=followups)
    return plan


def start_aftercare(actor: Staff, episode_id: int, started_on: dt.date,
                    interval_months: int | None = None, followups: int | None = None, *,
                    today: dt.date | None = None) -> int:
    """Start aftercare for a discharged episode; returns the plan id.

    The schedule follows the facility's settings unless given; abstinence counts from the
    start date. The episode's status becomes "aftercare".
    """
    from models.care.discharge import Discharge  # discharge imports this module for create_plan

    require(actor, Area.PROGRAM, Action.INPUT)
    started_on = v.past_date(started_on, F_STARTED, today=today, required=True)
    interval = _setting_int(interval_months, "aftercare_interval_months", F_INTERVAL)
    count = _setting_int(followups, "aftercare_followups", F_FOLLOWUPS)
    with write_transaction():
        episode = get_episode(episode_id, lock=True)
        reason = Discharge.select(Discharge.reason).where(Discharge.episode == episode_id).scalar()
        if reason == "died":
            raise ValidationError(MSG_DIED)
        plan = create_plan(actor, episode, started_on, interval, count)
    return plan.id


def _open_plan(plan_id: int) -> AftercarePlan:
    plan = AftercarePlan.get_or_none(AftercarePlan.id == plan_id)
    if plan is None:
        raise NotFound(MSG_GONE)
    if plan.closed_on is not None:
        raise ValidationError(MSG_CLOSED, date=plan.closed_on)
    return plan


def restart_abstinence(actor: Staff, plan: AftercarePlan, used_on: dt.date, source: str,
                       *, person_id: int, **detail: object) -> bool:
    """A relapse on ``used_on``: abstinence counts again from that day. Call inside the
    transaction of the act. A use before the plan's first day is not an aftercare relapse,
    one older than the latest relapse does not move the date back, and a use on the plan's
    first day (abstinence already counts from it) is recorded as the plan's first relapse;
    returns whether a relapse was recorded."""
    from models.safety.audit import AuditEvent  # the trail is where relapses are kept

    discharged_on = Episode.select(Episode.discharged_on).where(
        Episode.id == plan.episode_id).scalar()
    first = first_day(plan.started_on, discharged_on)
    if used_on < first:
        return False
    since = used_on
    current = AftercarePlan.select(AftercarePlan.abstinence_since).where(
        AftercarePlan.id == plan.id).scalar()
    if current is not None and since <= current:
        earlier = (AuditEvent.select(AuditEvent.id)
                   .where((AuditEvent.table_name == "aftercare_plan")
                          & (AuditEvent.record_id == plan.id)
                          & (AuditEvent.action == "aftercare.relapse")).exists())
        if not (since == current == first and not earlier):
            return False
    AftercarePlan.update(abstinence_since=since).where(AftercarePlan.id == plan.id).execute()
    audit.record(actor, "aftercare.relapse", "aftercare_plan", plan.id, person_id=person_id,
                 source=source, used_on=str(used_on),
                 previous=str(current) if current else None, abstinence_since=str(since),
                 **detail)
    return True


def record_contact(actor: Staff, plan_id: int, contact_type: str, contacted_on: dt.date,
                   outcome: str, relapse: bool = False, *,
                   today: dt.date | None = None) -> int:
    """Record a follow-up contact; returns its id.

    The contact keeps the open scheduled follow-up nearest to its date, if one is due
    within a month either side; a contact on the discharge day (or before) keeps none. A
    relapse restarts abstinence from its date.
    """
    require(actor, Area.PROGRAM, Action.INPUT)
    contact_type = v.choice(contact_type, F_CONTACT_TYPE, CONTACT_TYPES)
    contacted_on = v.past_date(contacted_on, F_CONTACTED, today=today, required=True)
    outcome = v.text(outcome, F_OUTCOME, limit=4000, multiline=True)
    with write_transaction():
        plan = _open_plan(plan_id)
        v.not_before(contacted_on, F_CONTACTED, plan.started_on, F_STARTED)
        contact = AftercareContact.create(plan=plan_id, contact_type=contact_type,
                                          contacted_on=contacted_on, outcome=outcome,
                                          relapse=bool(relapse), staff=actor.id)
        window = relativedelta(months=1)
        episode = Episode.get_by_id(plan.episode_id)
        candidates = list(FollowUp.select(FollowUp.id, FollowUp.due_on).where(
            (FollowUp.plan == plan_id) & FollowUp.contact.is_null()
            & FollowUp.due_on.between(contacted_on - window, contacted_on + window)))
        kept = None
        if candidates and contacted_on >= first_day(plan.started_on, episode.discharged_on):
            kept = min(candidates, key=lambda f: (abs((f.due_on - contacted_on).days), f.due_on))
            FollowUp.update(contact=contact.id).where(FollowUp.id == kept.id).execute()
        person_id = episode.person_id
        audit.record(actor, "aftercare.contact", "aftercare_plan", plan_id,
                     person_id=person_id, contact_id=contact.id, contact_type=contact_type,
                     followup_id=kept.id if kept else None, relapse=bool(relapse))
        if relapse:
            restart_abstinence(actor, plan, contacted_on, "contact", person_id=person_id,
                               contact_id=contact.id)
    return contact.id


def missed_followups(actor: Staff, today: dt.date | None = None) -> list[MissedFollowUp]:
    """Follow-ups due before ``today`` with no contact, in plans still open; oldest first."""
    require(actor, Area.PROGRAM, Action.VIEW)
    today = today or dt.date.today()
    query = (FollowUp.select(FollowUp.id, AftercarePlan.id, Episode.id, Person.id,
                             Person.full_name, FollowUp.due_on)
             .join(AftercarePlan).join(Episode).join(Person)
             .where(FollowUp.contact.is_null() & (FollowUp.due_on < today)
                    & AftercarePlan.closed_on.is_null())
             .order_by(FollowUp.due_on, Person.full_name, FollowUp.id))
    return [MissedFollowUp(followup_id, plan_id, episode_id, person_id, full_name, due_on,
                           days_late=(today - due_on).days)
            for followup_id, plan_id, episode_id, person_id, full_name, due_on
            in query.tuples()]


def close_aftercare(actor: Staff, plan_id: int, closed_on: dt.date,
                    outcome_work: bool | None, outcome_school: bool | None,
                    outcome_family: bool | None, *, today: dt.date | None = None) -> None:
    """End aftercare with the reintegration outcomes (None: not known); closes the episode."""
    require(actor, Area.PROGRAM, Action.INPUT)
    closed_on = v.past_date(closed_on, F_CLOSED, today=today, required=True)
    outcomes = {k: None if val is None else bool(val) for k, val in (
        ("outcome_work", outcome_work), ("outcome_school", outcome_school),
        ("outcome_family", outcome_family))}
    with write_transaction():
        plan = _open_plan(plan_id)
        v.not_before(closed_on, F_CLOSED, plan.started_on, F_STARTED)
        AftercarePlan.update(closed_on=closed_on, **outcomes).where(
            AftercarePlan.id == plan_id).execute()
        episode = Episode.get_by_id(plan.episode_id)
        Episode.update(status="closed", updated_at=dt.datetime.now(),
                       version=Episode.version + 1).where(Episode.id == episode.id).execute()
        audit.record(actor, "aftercare.close", "aftercare_plan", plan_id,
                     person_id=episode.person_id, **outcomes)


def view_aftercare(actor: Staff, plan_id: int) -> AftercareRecord:
    """A plan with its schedule and contacts (audited)."""
    require(actor, Area.PROGRAM, Action.VIEW)
    plan = AftercarePlan.get_or_none(AftercarePlan.id == plan_id)
    if plan is None:
        raise NotFound(MSG_GONE)
    schedule = tuple(FollowUp.select(FollowUp.id, FollowUp.due_on, FollowUp.contact)
                     .where(FollowUp.plan == plan_id).order_by(FollowUp.due_on).tuples())
    from models.care.assessment import addenda_of  # assessment is heavier; only a view needs it

    contacts = tuple(ContactRecord(c.id, c.contact_type, c.contacted_on, c.outcome, c.relapse,
                                   c.staff_id, addenda_of("contact", c.id))
                     for c in plan.contacts.order_by(AftercareContact.contacted_on,
                                                     AftercareContact.id))
    with write_transaction():
        audit.record(actor, "aftercare.view", "aftercare_plan", plan_id,
                     person_id=plan.episode.person_id)
    return AftercareRecord(
        plan.id, plan.episode_id, plan.started_on, plan.interval_months, plan.abstinence_since,
        plan.closed_on, plan.outcome_work, plan.outcome_school, plan.outcome_family,
        schedule, contacts)
