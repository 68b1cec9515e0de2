"""Assessments: the Indonesian ASI-based form, WHO ASSIST v3.1, DAST-10, physical exam, TAT.

Answers are kept as a JSON document per instrument; the figures that tallies and screens
filter on (date, kind, total, risk, diagnosis) have columns of their own, and per-domain or
per-substance scores are rows of :class:`AssessmentScore`.

Operations: :func:`save_assessment` keeps a draft (scored by :mod:`models.care.scoring` on
every save), :func:`sign_assessment` locks it, :func:`view_assessment` and
:func:`list_assessments` read (audited). Corrections of a signed assessment are addenda
(:mod:`models.care.addenda`). Physical examinations fall under the lab right, every other kind
under the assessment right.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from models.care import scoring
from models.care.diagnosis import check_icd10
from models.care.scoring import ASI_DOMAINS  # noqa: F401 - the grid's domains, kept importable here
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ConflictError, NotFound, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, write_transaction
from models.intake.episode import Episode, person_and_episode
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

KINDS = (
    ("asi", T("Codes", "ASI-based assessment")),
    ("assist", T("Codes", "WHO ASSIST v3.1")),
    ("dast10", T("Codes", "DAST-10")),
    ("physical", T("Codes", "Physical examination")),
    ("tat", T("Codes", "Integrated assessment (TAT)")),
)
TREATMENT_PLANS = (
    ("further_assessment", T("Codes", "Further assessment")),
    ("psych_evaluation", T("Codes", "Psychological evaluation")),
    ("detox", T("Codes", "Detoxification")),
    ("motivational", T("Codes", "Motivational interviewing")),
    ("brief_intervention", T("Codes", "Brief intervention")),
    ("maintenance", T("Codes", "Maintenance therapy")),
    ("inpatient", T("Codes", "Inpatient rehabilitation")),
    ("counselling", T("Codes", "Counselling")),
    ("other", T("Codes", "Other")),
)
STATES = (("draft", T("Codes", "Draft")), ("signed", T("Codes", "Signed")))


class Assessment(BaseModel):
    """One instrument filled for one person (in an episode, or as an SKHPN applicant).

    A signed assessment is locked; corrections are :class:`Addendum` rows.
    """

    id = AutoField()
    person = ForeignKeyField(Person, backref="assessments", on_delete="RESTRICT")
    episode = ForeignKeyField(Episode, null=True, backref="assessments", on_delete="RESTRICT")
    kind = CharField(max_length=16, choices=KINDS, index=True)
    assessed_on = DateField(index=True)
    staff = ForeignKeyField(Staff, backref="assessments", on_delete="RESTRICT")
    state = CharField(max_length=8, choices=STATES, default="draft", index=True)
    signed_at = DateTimeField(null=True)
    answers = JSONTextField(default=dict)
    total_score = IntegerField(null=True)
    risk_level = CharField(max_length=16, default="")
    diagnosis_code = CharField(max_length=8, default="", index=True)  # e.g. F15.2
    treatment_plan = JSONTextField(default=list)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("person", "assessed_on"), False),)


class AssessmentScore(BaseModel):
    """A score inside an assessment: an ASI domain, or an ASSIST substance."""

    id = AutoField()
    assessment = ForeignKeyField(Assessment, backref="scores", on_delete="CASCADE")
    item = CharField(max_length=32)  # domain or substance code
    score = SmallIntegerField(null=True)  # interviewer severity 0-9, or ASSIST score
    client_trouble = SmallIntegerField(null=True)  # ASI: client's own 0-4
    client_need = SmallIntegerField(null=True)  # ASI: client's own 0-4
    level = CharField(max_length=16, default="")  # ASSIST risk: low/moderate/high

    class Meta:
        indexes = ((("assessment", "item"), True),)


class Addendum(BaseModel):
    """A correction or addition to a signed assessment or note: who, when, what."""

    id = AutoField()
    target_kind = CharField(max_length=16)  # "assessment" or "note"
    target_id = IntegerField()
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    written_at = DateTimeField(default=dt.datetime.now)
    text = TextField()

    class Meta:
        indexes = ((("target_kind", "target_id"), False),)


# --- operations ---------------------------------------------------------------------------

F_KIND = T("Codes", "Kind of assessment")
F_ASSESSED_ON = T("Codes", "Date of assessment")
F_PLAN = T("Codes", "Treatment plan")
F_ANSWERS = T("Codes", "Answers")
F_REPORTED = T("Codes", "Date reported")

MSG_GONE = T("Errors", "This assessment does not exist.")
MSG_LOCKED = T("Errors", "This assessment was signed on {date} and is locked. "
               "Add an addendum to correct it.")
MSG_INCOMPLETE = T("Errors", "The assessment cannot be signed yet; still unanswered: {missing}.")
MSG_NOT_ASSESSOR = T("Errors", "Only {name}, who made this assessment, can sign it.")
MSG_FIXED = T("Errors", "The kind and the person of an assessment cannot change; "
              "start a new assessment instead.")
MSG_CONFLICT = T("Errors", "Another desk changed this assessment since you opened it. "
                 "Your input is kept; review their change and save again.")
MSG_TOO_BIG = T("Errors", "The answers of this form are too large to save.")
MSG_TWICE = T("Errors", "{value} is chosen twice in {field}.")
ANSWERS_LIMIT = 200_000  # characters of JSON; a full ASI form is a few kilobytes


def area_of(kind: str) -> Area:
    """The rights area of an assessment kind: physical exams are lab work."""
    return Area.LAB if kind == "physical" else Area.ASSESSMENT


@dataclass(frozen=True)
class SavedAssessment:
    """The result of saving a draft: what a form shows after "Save".

    ``missing`` lists what must still be answered before the draft can be signed.
    """

    assessment_id: int
    version: int
    complete: bool
    total_score: int | None
    risk_level: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ScoreRecord:
    item: str
    score: int | None
    level: str
    client_trouble: int | None
    client_need: int | None


@dataclass(frozen=True)
class AddendumRecord:
    """A correction or addition written after signing: who, when, what."""

    id: int
    staff_id: int
    staff_name: str
    written_at: dt.datetime
    text: str


@dataclass(frozen=True)
class AssessmentRecord:
    """One assessment as a screen or a summary letter needs it (no ORM object)."""

    id: int
    person_id: int
    episode_id: int | None
    kind: str
    assessed_on: dt.date
    staff_id: int
    staff_name: str
    state: str
    signed_at: dt.datetime | None
    answers: dict[str, Any]
    total_score: int | None
    risk_level: str
    diagnosis_code: str
    treatment_plan: tuple[str, ...]
    version: int
    scores: tuple[ScoreRecord, ...]
    addenda: tuple[AddendumRecord, ...]


@dataclass(frozen=True)
class AssessmentSummary:
    """A line of a client's list of assessments."""

    id: int
    episode_id: int | None
    kind: str
    assessed_on: dt.date
    state: str
    total_score: int | None
    risk_level: str
    diagnosis_code: str
    staff_name: str


def clean_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-safe copy of ``answers`` (a dict of plain values), refused when too large."""
    if not isinstance(answers, Mapping):
        raise ValidationError(scoring.MSG_NOT_FORM, field=F_ANSWERS)
    try:
        encoded = json.dumps(answers, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise ValidationError(scoring.MSG_NOT_FORM, field=F_ANSWERS) from None
    if len(encoded) > ANSWERS_LIMIT:
        raise ValidationError(MSG_TOO_BIG, field=F_ANSWERS)
    return json.loads(encoded)


def clean_plan(plan: Sequence[str]) -> list[str]:
    """Treatment plan codes of :data:`TREATMENT_PLANS`, each at most once, in the order given."""
    out: list[str] = []
    for code in plan:
        v.choice(code, F_PLAN, TREATMENT_PLANS)
        if code in out:
            raise ValidationError(MSG_TWICE, field=F_PLAN, value=code)
        out.append(code)
    return out


def _locked_error(row: Assessment) -> ValidationError:
    return ValidationError(MSG_LOCKED, date=row.signed_at.date() if row.signed_at else "")


def _score_rows(assessment_id: int, evaluation: scoring.Evaluation | None) -> None:
    """Rewrite the score rows: one per item already complete (a substance, a domain)."""
    AssessmentScore.delete().where(AssessmentScore.assessment == assessment_id).execute()
    if evaluation is not None and evaluation.items:
        AssessmentScore.insert_many([
            {"assessment": assessment_id, "item": i.item, "score": i.score, "level": i.level,
             "client_trouble": i.client_trouble, "client_need": i.client_need}
            for i in evaluation.items]).execute()


def save_assessment(actor: Staff, person_id: int, episode_id: int | None, kind: str,
                    assessed_on: dt.date, answers: Mapping[str, Any], *,
                    diagnosis_code: str = "", treatment_plan: Sequence[str] = (),
                    assessment_id: int | None = None, expected_version: int | None = None,
                    today: dt.date | None = None) -> SavedAssessment:
    """Create a draft (``assessment_id`` None) or save over one, scoring it as it stands.

    A draft may be half-filled: answers given must be valid, and the scores are written
    once the instrument is complete. Saving over a draft needs the ``expected_version``
    that was read; another desk's newer save raises :class:`ConflictError` and writes
    nothing. A signed assessment is locked.
    """
    require(actor, area_of(kind), Action.INPUT)
    kind = v.choice(kind, F_KIND, KINDS)
    assessed_on = v.past_date(assessed_on, F_ASSESSED_ON, today=today, required=True)
    clean = clean_answers(answers)
    evaluation = scoring.evaluate(kind, clean)
    complete = evaluation is None or evaluation.complete
    total_score = evaluation.total if evaluation is not None else None
    risk_level = evaluation.level if evaluation is not None else ""
    values = {
        "person": person_id, "episode": episode_id, "kind": kind, "assessed_on": assessed_on,
        "answers": clean,
        "total_score": total_score, "risk_level": risk_level,
        "diagnosis_code": check_icd10(diagnosis_code) if diagnosis_code else "",
        "treatment_plan": clean_plan(treatment_plan),
    }
    if assessment_id is not None and expected_version is None:
        raise ValueError("expected_version is needed to save over a draft")
    with write_transaction():
        episode = person_and_episode(person_id, episode_id)
        if episode is not None:
            v.not_before(assessed_on, F_ASSESSED_ON, episode.reported_on, F_REPORTED)
        if assessment_id is None:
            row = Assessment.create(staff=actor.id, state="draft", **values)
            version = 1
            audit.record(actor, "assessment.create", "assessment", row.id, person_id=person_id,
                         kind=kind)
        else:
            current = Assessment.get_or_none(Assessment.id == assessment_id)
            if current is None:
                raise NotFound(MSG_GONE)
            if current.state == "signed":
                raise _locked_error(current)
            if current.kind != kind or current.person_id != person_id:
                raise ValidationError(MSG_FIXED, field=F_KIND)
            changed = sorted(k for k, val in values.items()
                             if k not in ("person", "episode") and getattr(current, k) != val)
            if current.episode_id != episode_id:
                changed.append("episode")
            rows = (Assessment.update(version=Assessment.version + 1, **values)
                    .where((Assessment.id == assessment_id)
                           & (Assessment.version == expected_version)
                           & (Assessment.state == "draft"))
                    .execute())
            if rows == 0:
                raise ConflictError(MSG_CONFLICT)
            # expected_version is not None: saving over a draft without it was refused above
            row, version = current, int(expected_version) + 1  # type: ignore[arg-type]
            audit.record(actor, "assessment.update", "assessment", row.id, person_id=person_id,
                         kind=kind, fields=changed)
        _score_rows(row.id, evaluation)
    return SavedAssessment(row.id, version, complete, total_score, risk_level,
                           evaluation.missing if evaluation else ())


def _load(actor: Staff, assessment_id: int, action: Action) -> Assessment:
    """The assessment, after checking the right of its kind's area."""
    kind = Assessment.select(Assessment.kind).where(Assessment.id == assessment_id).scalar()
    require(actor, area_of(kind or "asi"), action)
    row = Assessment.get_or_none(Assessment.id == assessment_id)
    if row is None:
        raise NotFound(MSG_GONE)
    return row


def sign_assessment(actor: Staff, assessment_id: int,
                    expected_version: int | None = None) -> dt.datetime:
    """Sign and lock a complete draft; only its assessor signs. Returns the signing time."""
    current = _load(actor, assessment_id, Action.INPUT)
    if current.state == "signed":
        raise _locked_error(current)
    if current.staff_id != actor.id:
        raise ValidationError(MSG_NOT_ASSESSOR, name=current.staff.full_name)
    evaluation = scoring.evaluate(current.kind, current.answers)
    if evaluation is not None and not evaluation.complete:
        raise ValidationError(MSG_INCOMPLETE, missing=", ".join(evaluation.missing))
    version = current.version if expected_version is None else expected_version
    now = dt.datetime.now().replace(microsecond=0)
    with write_transaction():
        rows = (Assessment.update(state="signed", signed_at=now,
                                  version=Assessment.version + 1)
                .where((Assessment.id == assessment_id) & (Assessment.version == version)
                       & (Assessment.state == "draft"))
                .execute())
        if rows == 0:
            raise ConflictError(MSG_CONFLICT)
        audit.record(actor, "assessment.sign", "assessment", assessment_id,
                     person_id=current.person_id, kind=current.kind)
        if current.diagnosis_code and current.episode_id is not None:
            # the signed working diagnosis joins the episode's diagnoses (the first one is
            # the primary one); a code already there stays as it is
            from models.care.episode_diagnosis import record_from_assessment
            record_from_assessment(actor, current.episode_id, current.diagnosis_code,
                                   current.assessed_on)
    return now


def addenda_of(target_kind: str, target_id: int) -> tuple[AddendumRecord, ...]:
    """The addenda of a signed assessment or note, oldest first."""
    query = (Addendum.select(Addendum.id, Addendum.staff, Staff.full_name, Addendum.written_at,
                             Addendum.text)
             .join(Staff)
             .where((Addendum.target_kind == target_kind) & (Addendum.target_id == target_id))
             .order_by(Addendum.written_at, Addendum.id))
    return tuple(AddendumRecord(*row) for row in query.tuples())


def view_assessment(actor: Staff, assessment_id: int) -> AssessmentRecord:
    """Open one assessment with its scores and addenda; the view is audited."""
    row = _load(actor, assessment_id, Action.VIEW)
    scores = tuple(ScoreRecord(s.item, s.score, s.level, s.client_trouble, s.client_need)
                   for s in row.scores.order_by(AssessmentScore.id))
    with write_transaction():
        audit.record(actor, "assessment.view", "assessment", assessment_id,
                     person_id=row.person_id, kind=row.kind)
    return AssessmentRecord(
        row.id, row.person_id, row.episode_id, row.kind, row.assessed_on, row.staff_id,
        row.staff.full_name, row.state, row.signed_at, row.answers, row.total_score,
        row.risk_level, row.diagnosis_code, tuple(row.treatment_plan or ()), row.version,
        scores, addenda_of("assessment", row.id))


def list_assessments(actor: Staff, person_id: int) -> list[AssessmentSummary]:
    """A person's assessments, newest first, of the kinds the actor may view (audited)."""
    kinds = [code for code, _label in KINDS if has_right(actor, area_of(code), Action.VIEW)]
    if not kinds:
        require(actor, Area.ASSESSMENT, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    query = (Assessment.select(Assessment.id, Assessment.episode, Assessment.kind,
                               Assessment.assessed_on, Assessment.state,
                               Assessment.total_score, Assessment.risk_level,
                               Assessment.diagnosis_code, Staff.full_name)
             .join(Staff)
             .where((Assessment.person == person_id) & Assessment.kind.in_(kinds))
             .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()))
    result = [AssessmentSummary(*row) for row in query.tuples()]
    with write_transaction():
        audit.record(actor, "assessment.list", "person", person_id, person_id=person_id,
                     count=len(result))
    return result


def has_signed(episode_id: int, kind: str) -> bool:
    """Whether the episode has a signed assessment of ``kind`` (a phase requirement)."""
    return (Assessment.select(Assessment.id)
            .where((Assessment.episode == episode_id) & (Assessment.kind == kind)
                   & (Assessment.state == "signed"))
            .exists())
