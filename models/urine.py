"""Urine rapid tests: the six-parameter panel plus what a facility adds.

A positive screen is flagged (``any_positive``) for confirmation by a designated lab. A
positive screen of a client in aftercare is a relapse: it resets the plan's abstinence date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from peewee import (AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField,
                    TextField)

from models import audit
from models import validation as v
from models.aftercare import AftercarePlan
from models.db import BaseModel, write_transaction
from models.episode import Episode, person_and_episode
from models.errors import QT_TRANSLATE_NOOP as T
from models.errors import NotFound, ValidationError
from models.facility import get_setting
from models.person import Person
from models.rights import Action, Area, require
from models.staff import Staff

PANEL = (
    ("AMP", T("Codes", "Amphetamine")),
    ("MET", T("Codes", "Methamphetamine")),
    ("THC", T("Codes", "Cannabis")),
    ("COC", T("Codes", "Cocaine")),
    ("MOP", T("Codes", "Morphine / opiates")),
    ("BZO", T("Codes", "Benzodiazepines")),
)
RESULTS = (
    ("negative", T("Codes", "Negative")),
    ("positive", T("Codes", "Positive")),
    ("invalid", T("Codes", "Invalid")),
)
PURPOSES = (
    ("program", T("Codes", "During a program")),
    ("aftercare", T("Codes", "Aftercare")),
    ("skhpn", T("Codes", "SKHPN examination")),
    ("assessment", T("Codes", "Assessment")),
)


class UrineTest(BaseModel):
    """One specimen and its panel. ``any_positive`` flags it for lab confirmation."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="urine_tests", on_delete="RESTRICT")
    episode = ForeignKeyField(Episode, null=True, backref="urine_tests", on_delete="RESTRICT")
    specimen_code = CharField(max_length=32, unique=True)
    collected_at = DateTimeField(index=True)
    supervised = BooleanField(default=True)
    kit = CharField(max_length=100, default="")
    lot = CharField(max_length=64, default="")
    examiner = ForeignKeyField(Staff, on_delete="RESTRICT")
    purpose = CharField(max_length=16, choices=PURPOSES, index=True)
    any_positive = BooleanField(default=False, index=True)
    confirmation = CharField(max_length=16, default="")  # lab confirmation result, when back
    note = TextField(default="")
    recorded_at = DateTimeField(default=dt.datetime.now)


class UrineResult(BaseModel):
    """One parameter's result in a urine test."""

    id = AutoField()
    test = ForeignKeyField(UrineTest, backref="results", on_delete="CASCADE")
    parameter = CharField(max_length=16)
    result = CharField(max_length=8, choices=RESULTS)

    class Meta:
        indexes = ((("test", "parameter"), True),)


# --- operations ---------------------------------------------------------------------------

F_SPECIMEN = T("Codes", "Specimen code")
F_COLLECTED = T("Codes", "Collected at")
F_KIT = T("Codes", "Test kit")
F_LOT = T("Codes", "Lot number")
F_PURPOSE = T("Codes", "Purpose of the test")
F_RESULT = T("Codes", "Result")
F_NOTE = T("Codes", "Note")
F_REPORTED = T("Codes", "Date reported")

MSG_GONE = T("Errors", "This urine test does not exist.")
MSG_SPECIMEN_USED = T("Errors", "Specimen code {code} is already recorded. Check the label.")
MSG_MISSING = T("Errors", "Enter the result of {parameter}.")
MSG_UNKNOWN = T("Errors", "{parameter} is not on this facility's urine panel.")
MSG_FUTURE = T("Errors", "{field} cannot be in the future.")


@dataclass(frozen=True)
class UrineTestRecord:
    """One test with its results in panel order."""

    id: int
    person_id: int
    episode_id: int | None
    specimen_code: str
    collected_at: dt.datetime
    supervised: bool
    kit: str
    lot: str
    examiner_id: int
    examiner_name: str
    purpose: str
    any_positive: bool
    confirmation: str
    note: str
    results: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class UrineTestSummary:
    id: int
    episode_id: int | None
    specimen_code: str
    collected_at: dt.datetime
    purpose: str
    any_positive: bool


def panel_parameters() -> list[str]:
    """The facility's panel: the six standard parameters, then its extra ones (a setting)."""
    params = [code for code, _label in PANEL]
    for extra in get_setting("urine_extra_parameters") or []:
        code = str(extra).strip().upper()[:16]  # the width of UrineResult.parameter
        if code and code not in params:
            params.append(code)
    return params


def clean_results(results: Mapping[str, str]) -> dict[str, str]:
    """Every panel parameter's result, no other; parameter codes are matched in upper case."""
    given = {str(k).strip().upper(): value for k, value in results.items()}
    params = panel_parameters()
    for parameter in given:
        if parameter not in params:
            raise ValidationError(MSG_UNKNOWN, field=F_RESULT, parameter=parameter[:16])
    out = {}
    for parameter in params:
        if given.get(parameter) is None:
            raise ValidationError(MSG_MISSING, field=F_RESULT, parameter=parameter)
        out[parameter] = v.choice(given[parameter], F_RESULT, RESULTS)
    return out


def _reset_abstinence(actor: Staff, episode: Episode, positive_on: dt.date) -> None:
    """A positive screen in aftercare: abstinence starts again from the test date."""
    plan = AftercarePlan.get_or_none((AftercarePlan.episode == episode.id)
                                     & AftercarePlan.closed_on.is_null())
    if plan is None or positive_on < plan.started_on:
        return
    if plan.abstinence_since is not None and positive_on <= plan.abstinence_since:
        return
    AftercarePlan.update(abstinence_since=positive_on).where(
        AftercarePlan.id == plan.id).execute()
    audit.record(actor, "aftercare.relapse", "aftercare_plan", plan.id,
                 person_id=episode.person_id, source="urine_test",
                 previous=str(plan.abstinence_since) if plan.abstinence_since else None,
                 abstinence_since=str(positive_on))


def record_urine_test(actor: Staff, person_id: int, episode_id: int | None,
                      specimen_code: str, collected_at: dt.datetime, supervised: bool,
                      kit: str, lot: str, purpose: str, results: Mapping[str, str], *,
                      note: str = "", now: dt.datetime | None = None) -> int:
    """Record a rapid test with every parameter of the facility's panel; returns its id.

    ``results`` maps a parameter code (AMP, MET, THC, COC, MOP, BZO and the facility's
    extras) to "negative", "positive" or "invalid". The actor is the examiner.
    """
    require(actor, Area.LAB, Action.INPUT)
    now = now or dt.datetime.now()
    code = v.text(specimen_code, F_SPECIMEN, limit=32, required=True)
    if not isinstance(collected_at, dt.datetime):
        raise ValidationError(v.MSG_REQUIRED, field=F_COLLECTED)
    if collected_at > now:
        raise ValidationError(MSG_FUTURE, field=F_COLLECTED)
    v.past_date(collected_at.date(), F_COLLECTED, today=now.date())
    values = {"specimen_code": code, "collected_at": collected_at.replace(microsecond=0),
              "supervised": bool(supervised), "kit": v.text(kit, F_KIT, limit=100),
              "lot": v.text(lot, F_LOT, limit=64),
              "purpose": v.choice(purpose, F_PURPOSE, PURPOSES),
              "note": v.text(note, F_NOTE, limit=2000, multiline=True)}
    clean = clean_results(results)
    any_positive = "positive" in clean.values()
    with write_transaction():
        episode = person_and_episode(person_id, episode_id)
        if episode is not None:
            v.not_before(collected_at.date(), F_COLLECTED, episode.reported_on, F_REPORTED)
        if UrineTest.select().where(UrineTest.specimen_code == code).exists():
            raise ValidationError(MSG_SPECIMEN_USED, field=F_SPECIMEN, code=code)
        test = UrineTest.create(person=person_id, episode=episode_id, examiner=actor.id,
                                any_positive=any_positive, **values)
        UrineResult.insert_many([{"test": test.id, "parameter": p, "result": r}
                                 for p, r in clean.items()]).execute()
        audit.record(actor, "urine.create", "urine_test", test.id, person_id=person_id,
                     purpose=values["purpose"], any_positive=any_positive)
        if any_positive and episode is not None:
            _reset_abstinence(actor, episode, collected_at.date())
    return test.id


def view_urine_test(actor: Staff, test_id: int) -> UrineTestRecord:
    """Open one test with its results (audited)."""
    require(actor, Area.LAB, Action.VIEW)
    test = UrineTest.get_or_none(UrineTest.id == test_id)
    if test is None:
        raise NotFound(MSG_GONE)
    order = {p: i for i, p in enumerate(panel_parameters())}
    results = sorted(((r.parameter, r.result) for r in test.results),
                     key=lambda pr: (order.get(pr[0], len(order)), pr[0]))
    with write_transaction():
        audit.record(actor, "urine.view", "urine_test", test_id, person_id=test.person_id)
    return UrineTestRecord(test.id, test.person_id, test.episode_id, test.specimen_code,
                           test.collected_at, test.supervised, test.kit, test.lot,
                           test.examiner_id, test.examiner.full_name, test.purpose,
                           test.any_positive, test.confirmation, test.note, tuple(results))


def list_urine_tests(actor: Staff, person_id: int) -> list[UrineTestSummary]:
    """A person's tests, newest first (audited on their trail)."""
    require(actor, Area.LAB, Action.VIEW)
    query = (UrineTest.select(UrineTest.id, UrineTest.episode, UrineTest.specimen_code,
                              UrineTest.collected_at, UrineTest.purpose, UrineTest.any_positive)
             .where(UrineTest.person == person_id)
             .order_by(UrineTest.collected_at.desc(), UrineTest.id.desc()))
    result = [UrineTestSummary(*row) for row in query.tuples()]
    with write_transaction():
        audit.record(actor, "urine.list", "person", person_id, person_id=person_id,
                     count=len(result))
    return result
