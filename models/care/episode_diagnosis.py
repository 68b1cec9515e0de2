"""Several working diagnoses per episode (ICD-10 F10-F19), exactly one of them primary.

A doctor (or whoever holds the assessment input right) records a diagnosis with its date;
the first one of an episode becomes its primary diagnosis, and another can be made primary
later. A diagnosis given in error is withdrawn, never deleted: its row keeps who withdrew it
and when. Every change is audited on the client's trail.
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
    ModelSelect,
    TextField,
)

from models.care.diagnosis import F_DIAGNOSIS, check_icd10
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.intake.episode import Episode, get_episode
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff


class EpisodeDiagnosis(BaseModel):
    """One working diagnosis of an episode; ``removed_at`` set when withdrawn."""

    id = AutoField()
    episode = ForeignKeyField(Episode, backref="diagnoses", on_delete="RESTRICT")
    code = CharField(max_length=8)
    is_primary = BooleanField(default=False)
    diagnosed_on = DateField()
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    note = TextField(default="")
    recorded_at = DateTimeField(default=dt.datetime.now)
    removed_at = DateTimeField(null=True)
    removed_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT",
                                 backref="removed_diagnoses")

    class Meta:
        table_name = "episode_diagnosis"
        indexes = ((("episode", "code"), False),)


F_DIAGNOSED_ON = T("Codes", "Date of diagnosis")
F_NOTE = T("Codes", "Note")
F_REPORTED = T("Codes", "Date reported")
MSG_GONE = T("Errors", "This diagnosis does not exist or was withdrawn.")
MSG_SAME = T("Errors", "{code} is already a diagnosis of this episode.")


@dataclass(frozen=True)
class DiagnosisRecord:
    id: int
    code: str
    is_primary: bool
    diagnosed_on: dt.date
    staff_name: str
    note: str


def _active(episode_id: int) -> ModelSelect:
    return EpisodeDiagnosis.select().where((EpisodeDiagnosis.episode == episode_id)
                                           & EpisodeDiagnosis.removed_at.is_null())


def add_diagnosis(actor: Staff, episode_id: int, code: str, diagnosed_on: dt.date, *,
                  primary: bool = False, note: str = "", today: dt.date | None = None) -> int:
    """Record a diagnosis of an episode; the episode's first one (or ``primary``) becomes
    its primary diagnosis. Returns its id."""
    require(actor, Area.ASSESSMENT, Action.INPUT)
    if not str(code or "").strip():
        raise ValidationError(v.MSG_CHOOSE, field=F_DIAGNOSIS)
    code = check_icd10(code)
    diagnosed_on = v.past_date(diagnosed_on, F_DIAGNOSED_ON, today=today, required=True)
    note = v.text(note, F_NOTE, limit=1000, multiline=True)
    with write_transaction():
        episode = get_episode(episode_id, lock=True)
        v.not_before(diagnosed_on, F_DIAGNOSED_ON, episode.reported_on, F_REPORTED)
        if _active(episode_id).where(EpisodeDiagnosis.code == code).exists():
            raise ValidationError(MSG_SAME, field=F_DIAGNOSIS, code=code)
        first = not _active(episode_id).exists()
        if primary and not first:
            EpisodeDiagnosis.update(is_primary=False).where(
                (EpisodeDiagnosis.episode == episode_id) & EpisodeDiagnosis.is_primary).execute()
        row = EpisodeDiagnosis.create(episode=episode_id, code=code, is_primary=first or primary,
                                      diagnosed_on=diagnosed_on, staff=actor.id, note=note,
                                      recorded_at=dt.datetime.now().replace(microsecond=0))
        audit.record(actor, "diagnosis.add", "episode", episode_id,
                     person_id=episode.person_id, code=code, primary=row.is_primary)
    return row.id


def record_from_assessment(actor: Staff, episode_id: int, code: str,
                           diagnosed_on: dt.date) -> None:
    """The diagnosis of an assessment just signed, added to its episode unless there; call
    inside the signing's transaction (the signer's right was checked there)."""
    if _active(episode_id).where(EpisodeDiagnosis.code == code).exists():
        return
    first = not _active(episode_id).exists()
    EpisodeDiagnosis.create(episode=episode_id, code=code, is_primary=first,
                            diagnosed_on=diagnosed_on, staff=actor.id,
                            recorded_at=dt.datetime.now().replace(microsecond=0))
    person_id = Episode.select(Episode.person).where(Episode.id == episode_id).scalar()
    audit.record(actor, "diagnosis.add", "episode", episode_id, person_id=person_id,
                 code=code, primary=first, source="assessment")


def _load(diagnosis_id: int) -> EpisodeDiagnosis:
    row = EpisodeDiagnosis.get_or_none((EpisodeDiagnosis.id == diagnosis_id)
                                       & EpisodeDiagnosis.removed_at.is_null())
    if row is None:
        raise NotFound(MSG_GONE)
    return row


def make_primary(actor: Staff, diagnosis_id: int) -> None:
    """Make a diagnosis the episode's primary one (the others become secondary)."""
    require(actor, Area.ASSESSMENT, Action.INPUT)
    with write_transaction():
        row = _load(diagnosis_id)
        EpisodeDiagnosis.update(is_primary=EpisodeDiagnosis.id == diagnosis_id).where(
            (EpisodeDiagnosis.episode == row.episode_id)
            & EpisodeDiagnosis.removed_at.is_null()).execute()
        audit.record(actor, "diagnosis.primary", "episode", row.episode_id,
                     person_id=row.episode.person_id, code=row.code)


def withdraw_diagnosis(actor: Staff, diagnosis_id: int) -> None:
    """Withdraw a diagnosis given in error (kept, marked withdrawn); when it was primary,
    the oldest remaining one becomes primary."""
    require(actor, Area.ASSESSMENT, Action.CORRECT)
    with write_transaction():
        row = _load(diagnosis_id)
        EpisodeDiagnosis.update(removed_at=dt.datetime.now().replace(microsecond=0),
                                removed_by=actor.id, is_primary=False).where(
            EpisodeDiagnosis.id == diagnosis_id).execute()
        if row.is_primary:
            heir = (_active(row.episode_id)
                    .order_by(EpisodeDiagnosis.diagnosed_on, EpisodeDiagnosis.id).first())
            if heir is not None:
                EpisodeDiagnosis.update(is_primary=True).where(
                    EpisodeDiagnosis.id == heir.id).execute()
        audit.record(actor, "diagnosis.withdraw", "episode", row.episode_id,
                     person_id=row.episode.person_id, code=row.code)


def episode_diagnoses(actor: Staff, episode_id: int) -> list[DiagnosisRecord]:
    """An episode's diagnoses in force, the primary first (audited on the client's trail)."""
    require(actor, Area.ASSESSMENT, Action.VIEW)
    person_id = Episode.select(Episode.person).where(Episode.id == episode_id).scalar()
    if person_id is None:
        raise NotFound(MSG_GONE)
    query = (_active(episode_id).join(Staff, on=(EpisodeDiagnosis.staff == Staff.id))
             .select(EpisodeDiagnosis.id, EpisodeDiagnosis.code, EpisodeDiagnosis.is_primary,
                     EpisodeDiagnosis.diagnosed_on, Staff.full_name, EpisodeDiagnosis.note)
             .order_by(EpisodeDiagnosis.is_primary.desc(), EpisodeDiagnosis.diagnosed_on,
                       EpisodeDiagnosis.id))
    result = [DiagnosisRecord(*row) for row in query.tuples()]
    with write_transaction():
        audit.record(actor, "diagnosis.list", "episode", episode_id, person_id=person_id,
                     count=len(result))
    return result
