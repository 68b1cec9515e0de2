"""Discharge (terminasi): the coded reason, its TEDS mapping, and social-rehab outcomes.

:func:`discharge_episode` is the discharge step; :func:`correct_discharge` (correction
right, old and new values audited) is the only other way the discharge date, reason and
outcomes change.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

from models.care.aftercare import AftercarePlan, create_plan
from models.care.program import Enrollment
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.facility.facility import get_setting
from models.intake.episode import Episode, get_episode
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

#: code, label, TEDS discharge code (1 completed ... 7 other).
REASONS: tuple[tuple[str, str, int], ...] = (
    ("completed", T("Codes", "Completed"), 1),
    ("dropped_out", T("Codes", "Left against advice / dropped out"), 2),
    ("absconded", T("Codes", "Absconded"), 2),
    ("terminated", T("Codes", "Terminated by the facility (rule breach)"), 3),
    ("transferred", T("Codes", "Referred / transferred"), 4),
    ("incarcerated", T("Codes", "Arrested or imprisoned"), 5),
    ("died", T("Codes", "Died"), 6),
    ("other", T("Codes", "Other"), 7),
)
TEDS = {code: teds for code, _label, teds in REASONS}


class Discharge(BaseModel):
    """The end of an episode's program; written only by the discharge step."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="discharge", unique=True, on_delete="RESTRICT")
    discharged_on = DateField(index=True)
    reason = CharField(max_length=16, choices=[(c, label) for c, label, _ in REASONS],
                       index=True)
    teds_code = SmallIntegerField()
    outcome_recovered = BooleanField(null=True)
    outcome_skilled = BooleanField(null=True)
    outcome_independent = BooleanField(null=True)
    referred_to = CharField(max_length=200, default="")
    note = TextField(default="")
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    recorded_at = DateTimeField(default=dt.datetime.now)


# --- operations ---------------------------------------------------------------------------

F_DISCHARGED = T("Codes", "Discharge date")
F_REASON = T("Codes", "Reason for discharge")
F_REFERRED_TO = T("Codes", "Referred to")
F_NOTE = T("Codes", "Note")
F_WHY = T("Codes", "Reason for the correction")
F_ADMITTED = T("Codes", "Admission date")
F_LAST_MOVE = T("Codes", "the last phase move")
F_AFTERCARE = T("Codes", "Aftercare start date")

MSG_GONE = T("Errors", "This discharge does not exist.")
MSG_TWICE = T("Errors", "Episode {episode_no} was already discharged on {date}. Correct that "
              "discharge instead.")
MSG_NOT_ADMITTED = T("Errors", "Episode {episode_no} was never admitted: only a client in a "
                     "program can be discharged.")
MSG_DIED_AFTERCARE = T("Errors", "The client died: there is no aftercare to plan.")
MSG_EARLY_COMPLETION = T("Errors", "The client is in {phase}, before the program's last phase "
                         "({final}). Recording \"Completed\" now needs a confirmation with the "
                         "reason the program counts as completed.")
F_EARLY_REASON = T("Codes", "Reason the program counts as completed early")


@dataclass(frozen=True)
class DischargeInput:
    """What the discharge form holds; outcomes are None when not assessed."""

    discharged_on: dt.date
    reason: str
    outcome_recovered: bool | None = None
    outcome_skilled: bool | None = None
    outcome_independent: bool | None = None
    referred_to: str = ""
    note: str = ""


def clean_discharge(data: DischargeInput, today: dt.date | None = None) -> dict:
    """Validated column values, with the TEDS code of the reason."""
    reason = v.choice(data.reason, F_REASON, [(c, label) for c, label, _ in REASONS])
    out = {
        "discharged_on": v.past_date(data.discharged_on, F_DISCHARGED, today=today,
                                     required=True),
        "reason": reason, "teds_code": TEDS[reason],
        "outcome_recovered": None if data.outcome_recovered is None
        else bool(data.outcome_recovered),
        "outcome_skilled": None if data.outcome_skilled is None else bool(data.outcome_skilled),
        "outcome_independent": None if data.outcome_independent is None
        else bool(data.outcome_independent),
        "referred_to": v.text(data.referred_to, F_REFERRED_TO, limit=200,
                              required=reason == "transferred"),
        "note": v.text(data.note, F_NOTE, limit=4000, multiline=True),
    }
    return out


def _check_dates(episode: Episode, discharged_on: dt.date) -> None:
    v.not_before(discharged_on, F_DISCHARGED, episode.admitted_on, F_ADMITTED)
    last_move = (Enrollment.select(Enrollment.phase_since)
                 .where(Enrollment.episode == episode.id)
                 .order_by(Enrollment.phase_since.desc()).scalar())
    v.not_before(discharged_on, F_DISCHARGED, last_move, F_LAST_MOVE)


def early_completion_phase(episode_id: int) -> tuple[str, str] | None:
    """(current phase, last program phase) names when "completed" would come early, else None.

    A template's final phase is aftercare, which starts with the discharge: the program is
    complete in that phase or in the one that leads forward into it (e.g. re-entry).
    """
    from models.care.program import Phase, PhaseTransition
    enrollment = (Enrollment.select().where((Enrollment.episode == episode_id)
                                            & Enrollment.ended_on.is_null()).first())
    if enrollment is None or enrollment.current_phase_id is None:
        return None
    current = Phase.get_by_id(enrollment.current_phase_id)
    finals = [p.id for p in Phase.select(Phase.id).where(
        (Phase.template == enrollment.template_id) & (Phase.is_final == True))]  # noqa: E712
    if current.is_final or not finals:
        return None
    last = list(Phase.select(Phase.id, Phase.name)
                .join(PhaseTransition, on=(PhaseTransition.from_phase == Phase.id))
                .where((PhaseTransition.template == enrollment.template_id)
                       & (PhaseTransition.kind == "forward")
                       & PhaseTransition.to_phase.in_(finals))
                .order_by(Phase.seq))
    if any(p.id == current.id for p in last):
        return None
    return current.name, ", ".join(p.name for p in last)


def _early_completion(episode_id: int, reason: str, early_reason: str) -> str:
    if reason != "completed":
        return ""
    phases = early_completion_phase(episode_id)
    if phases is None:
        return ""
    why = v.text(early_reason, F_EARLY_REASON, limit=1000, multiline=True)
    if not why:
        raise ValidationError(MSG_EARLY_COMPLETION, field=F_EARLY_REASON, phase=phases[0],
                              final=phases[1])
    return why


def discharge_episode(actor: Staff, episode_id: int, discharged_on: dt.date, reason: str, *,
                      outcome_recovered: bool | None = None,
                      outcome_skilled: bool | None = None,
                      outcome_independent: bool | None = None, referred_to: str = "",
                      note: str = "", aftercare: bool = False,
                      today: dt.date | None = None, early_reason: str = "") -> int:
    """Discharge an admitted episode; returns the discharge id.

    Ends the program enrolment on the discharge date. With ``aftercare`` an aftercare plan
    (facility's default schedule) starts on the same day in the same transaction and the
    episode goes to "aftercare"; otherwise it is "closed" (``start_aftercare`` can follow).
    A second discharge of one episode is refused. "Completed" while the client is not in
    the program's final phase needs ``early_reason`` (the desk's confirmation; audited).
    """
    require(actor, Area.PROGRAM, Action.INPUT)
    values = clean_discharge(DischargeInput(discharged_on, reason, outcome_recovered,
                                            outcome_skilled, outcome_independent, referred_to,
                                            note), today)
    if aftercare and values["reason"] == "died":
        raise ValidationError(MSG_DIED_AFTERCARE)
    with write_transaction():
        episode = get_episode(episode_id, lock=True)
        earlier = Discharge.get_or_none(Discharge.episode == episode_id)
        if earlier is not None:
            raise ValidationError(MSG_TWICE, episode_no=episode.episode_no,
                                  date=earlier.discharged_on)
        if episode.status != "in_program" or episode.admitted_on is None:
            raise ValidationError(MSG_NOT_ADMITTED, episode_no=episode.episode_no)
        _check_dates(episode, values["discharged_on"])
        early = _early_completion(episode_id, values["reason"], early_reason)
        row = Discharge.create(episode=episode_id, staff=actor.id, **values)
        Episode.update(discharged_on=values["discharged_on"], status="closed",
                       updated_at=dt.datetime.now(), version=Episode.version + 1
                       ).where(Episode.id == episode_id).execute()
        Enrollment.update(ended_on=values["discharged_on"], version=Enrollment.version + 1
                          ).where((Enrollment.episode == episode_id)
                                  & Enrollment.ended_on.is_null()).execute()
        audit.record(actor, "episode.discharge", "discharge", row.id,
                     person_id=episode.person_id, reason=values["reason"],
                     teds_code=values["teds_code"], discharged_on=str(values["discharged_on"]),
                     **({"early_reason": early} if early else {}))
        if aftercare:
            create_plan(actor, get_episode(episode_id), values["discharged_on"],
                        int(get_setting("aftercare_interval_months")),
                        int(get_setting("aftercare_followups")))
    return row.id


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def correct_discharge(actor: Staff, discharge_id: int, data: DischargeInput, why: str, *,
                      today: dt.date | None = None) -> None:
    """Correct a recorded discharge (correction right); the old and new values of every
    changed field and the reason for the correction are audited.

    A new date moves the episode's discharge date and the enrolment's end with it; it must
    still follow the admission and the last phase move, and precede any aftercare start.
    """
    require(actor, Area.PROGRAM, Action.CORRECT)
    values = clean_discharge(data, today)
    why = v.text(why, F_WHY, limit=1000, required=True, multiline=True)
    with write_transaction():
        row = Discharge.get_or_none(Discharge.id == discharge_id)
        if row is None:
            raise NotFound(MSG_GONE)
        episode = get_episode(row.episode_id)
        _check_dates(episode, values["discharged_on"])
        plan = AftercarePlan.get_or_none(AftercarePlan.episode == episode.id)
        if plan is not None:
            if values["reason"] == "died":
                raise ValidationError(MSG_DIED_AFTERCARE)
            v.not_before(plan.started_on, F_AFTERCARE, values["discharged_on"], F_DISCHARGED)
        old = {k: getattr(row, k) for k in values}
        changed = sorted(k for k in values if old[k] != values[k])
        if not changed:
            return
        Discharge.update(**values).where(Discharge.id == discharge_id).execute()
        if "discharged_on" in changed:
            Episode.update(discharged_on=values["discharged_on"], updated_at=dt.datetime.now(),
                           version=Episode.version + 1).where(Episode.id == episode.id).execute()
            Enrollment.update(ended_on=values["discharged_on"]).where(
                (Enrollment.episode == episode.id)
                & (Enrollment.ended_on == old["discharged_on"])).execute()
        audit.record(actor, "discharge.correct", "discharge", discharge_id,
                     person_id=episode.person_id, why=why,
                     old={k: _jsonable(old[k]) for k in changed},
                     new={k: _jsonable(values[k]) for k in changed})
