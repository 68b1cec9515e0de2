"""Urine rapid tests: the six-parameter panel plus what a facility adds.

A positive screen is presumptive (``any_positive``): it waits for confirmation, either by a
laboratory (its name, the date of its report, its result) or by the client's own admission
of use (:func:`confirm_urine_test`). Only a confirmed positive of a client in aftercare is a
relapse: it restarts the plan's abstinence date (:func:`models.care.aftercare.restart_abstinence`);
a positive screen the laboratory did not confirm changes nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
    fn,
)

from models.care.aftercare import AftercarePlan, restart_abstinence
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.facility.facility import get_setting
from models.intake.episode import Episode, person_and_episode
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

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
CONFIRM_METHODS = (
    ("lab", T("Codes", "Laboratory confirmation")),
    ("admission", T("Codes", "Client's own admission of use")),
)
CONFIRM_RESULTS = (
    ("positive", T("Codes", "Confirmed positive")),
    ("negative", T("Codes", "Not confirmed (negative)")),
)
#: What a test's result is, once its confirmation is taken into account.
STATUSES = (
    ("negative", T("Codes", "Negative")),
    ("invalid", T("Codes", "Invalid")),
    ("pending", T("Codes", "Positive screen: awaiting confirmation")),
    ("confirmed", T("Codes", "Positive, confirmed")),
    ("not_confirmed", T("Codes", "Positive screen, not confirmed by the laboratory")),
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
    confirmation = CharField(max_length=16, default="")  # "positive"/"negative" once confirmed
    note = TextField(default="")
    recorded_at = DateTimeField(default=dt.datetime.now)
    confirm_method = CharField(max_length=16, default="")  # "lab" or "admission"
    confirm_lab = CharField(max_length=100, default="")
    confirmed_on = DateField(null=True)  # the lab's report, or the day the client admitted use
    confirmed_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT",
                                   backref="urine_confirmations")
    confirmed_at = DateTimeField(null=True)

    @property
    def status(self) -> str:
        return test_status(self.any_positive, self.confirmation, False)

    class Meta:
        # positive screens awaiting confirmation, oldest first (models/desk/caseload.py)
        indexes = ((("any_positive", "confirmation", "collected_at"), False),)


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
F_METHOD = T("Codes", "Confirmed by")
F_LAB = T("Codes", "Laboratory")
F_CONFIRMED_ON = T("Codes", "Date of confirmation")
F_CONFIRM_RESULT = T("Codes", "Confirmation result")

MSG_GONE = T("Errors", "This urine test does not exist.")
MSG_SPECIMEN_USED = T("Errors", "Specimen code {code} is already recorded. Check the label.")
MSG_MISSING = T("Errors", "Enter the result of {parameter}.")
MSG_UNKNOWN = T("Errors", "{parameter} is not on this facility's urine panel.")
MSG_FUTURE = T("Errors", "{field} cannot be in the future.")
MSG_NOTHING_TO_CONFIRM = T("Errors", "This test has no positive parameter: there is nothing "
                           "to confirm.")
MSG_CONFIRMED = T("Errors", "This test was already confirmed on {date}.")
MSG_ADMISSION_NEGATIVE = T("Errors", "An admission of use confirms a positive: choose "
                           "\"Confirmed positive\" or record the laboratory's result.")


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
    status: str = "negative"
    confirm_method: str = ""
    confirm_lab: str = ""
    confirmed_on: dt.date | None = None
    confirmed_by_name: str = ""


@dataclass(frozen=True)
class UrineTestSummary:
    id: int
    episode_id: int | None
    specimen_code: str
    collected_at: dt.datetime
    purpose: str
    any_positive: bool
    status: str = "negative"


def test_status(any_positive: bool, confirmation: str, any_invalid: bool) -> str:
    """One of :data:`STATUSES`: a positive screen is pending until its confirmation."""
    if any_positive:
        return {"positive": "confirmed", "negative": "not_confirmed"}.get(confirmation,
                                                                          "pending")
    return "invalid" if any_invalid else "negative"


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


def _relapse(actor: Staff, test: UrineTest) -> None:
    """A confirmed positive of a client in aftercare restarts their abstinence."""
    if test.episode_id is None:
        return
    plan = AftercarePlan.get_or_none((AftercarePlan.episode == test.episode_id)
                                     & AftercarePlan.closed_on.is_null())
    if plan is not None:
        restart_abstinence(actor, plan, test.collected_at.date(), "urine_test",
                           person_id=test.person_id, test_id=test.id)


def record_urine_test(actor: Staff, person_id: int, episode_id: int | None,
                      specimen_code: str, collected_at: dt.datetime, supervised: bool,
                      kit: str, lot: str, purpose: str, results: Mapping[str, str], *,
                      note: str = "", now: dt.datetime | None = None) -> int:
    """Record a rapid test with every parameter of the facility's panel; returns its id.

    ``results`` maps a parameter code (AMP, MET, THC, COC, MOP, BZO and the facility's
    extras) to "negative", "positive" or "invalid". The actor is the examiner. A positive
    screen is presumptive: it changes no abstinence date until it is confirmed.
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
    return test.id


def confirm_urine_test(actor: Staff, test_id: int, method: str, result: str,
                       confirmed_on: dt.date, *, lab: str = "",
                       today: dt.date | None = None) -> str:
    """Record the confirmation of a positive screen; returns the test's new status.

    ``method`` "lab": the laboratory's name, the date of its report and its result
    ("positive" or "negative"); "admission": the client admitted the use on
    ``confirmed_on`` (always "positive"). A confirmed positive of a client in aftercare
    restarts the abstinence date from the day the specimen was collected.
    """
    require(actor, Area.LAB, Action.INPUT)
    method = v.choice(method, F_METHOD, CONFIRM_METHODS)
    result = v.choice(result, F_CONFIRM_RESULT, CONFIRM_RESULTS)
    if method == "admission" and result != "positive":
        raise ValidationError(MSG_ADMISSION_NEGATIVE, field=F_CONFIRM_RESULT)
    lab = v.text(lab, F_LAB, limit=100, required=True) if method == "lab" else ""
    confirmed_on = v.past_date(confirmed_on, F_CONFIRMED_ON, today=today, required=True)
    with write_transaction():
        test = UrineTest.get_or_none(UrineTest.id == test_id)  # writers queue: no race
        if test is None:
            raise NotFound(MSG_GONE)
        if not test.any_positive:
            raise ValidationError(MSG_NOTHING_TO_CONFIRM)
        if test.confirmation:
            raise ValidationError(MSG_CONFIRMED, date=test.confirmed_on)
        v.not_before(confirmed_on, F_CONFIRMED_ON, test.collected_at.date(), F_COLLECTED)
        UrineTest.update(confirmation=result, confirm_method=method, confirm_lab=lab,
                         confirmed_on=confirmed_on, confirmed_by=actor.id,
                         confirmed_at=dt.datetime.now().replace(microsecond=0)).where(
            UrineTest.id == test_id).execute()
        audit.record(actor, "urine.confirm", "urine_test", test_id, person_id=test.person_id,
                     method=method, result=result, confirmed_on=str(confirmed_on))
        if result == "positive":
            _relapse(actor, test)
    return test_status(True, result, False)


def awaiting_confirmation(actor: Staff, person_id: int | None = None) -> list[UrineTestSummary]:
    """Positive screens still waiting for a confirmation, oldest first (of one person, or
    of everyone)."""
    require(actor, Area.LAB, Action.VIEW)
    where = UrineTest.any_positive & (UrineTest.confirmation == "")
    if person_id is not None:
        where &= UrineTest.person == person_id
    query = (UrineTest.select(UrineTest.id, UrineTest.episode, UrineTest.specimen_code,
                              UrineTest.collected_at, UrineTest.purpose, UrineTest.any_positive)
             .where(where).order_by(UrineTest.collected_at, UrineTest.id))
    return [UrineTestSummary(test_id, episode_id, code, collected_at, purpose, any_positive,
                             status="pending")
            for test_id, episode_id, code, collected_at, purpose, any_positive
            in query.tuples()]


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
    status = test_status(test.any_positive, test.confirmation,
                         any(r == "invalid" for _p, r in results))
    return UrineTestRecord(test.id, test.person_id, test.episode_id, test.specimen_code,
                           test.collected_at, test.supervised, test.kit, test.lot,
                           test.examiner_id, test.examiner.full_name, test.purpose,
                           test.any_positive, test.confirmation, test.note, tuple(results),
                           status, test.confirm_method, test.confirm_lab, test.confirmed_on,
                           test.confirmed_by.full_name if test.confirmed_by_id else "")


def list_urine_tests(actor: Staff, person_id: int) -> list[UrineTestSummary]:
    """A person's tests, newest first (audited on their trail)."""
    require(actor, Area.LAB, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    invalid = (UrineResult.select(UrineResult.id)
               .where((UrineResult.test == UrineTest.id) & (UrineResult.result == "invalid")))
    query = (UrineTest.select(UrineTest.id, UrineTest.episode, UrineTest.specimen_code,
                              UrineTest.collected_at, UrineTest.purpose, UrineTest.any_positive,
                              UrineTest.confirmation, fn.EXISTS(invalid))
             .where(UrineTest.person == person_id)
             .order_by(UrineTest.collected_at.desc(), UrineTest.id.desc()))
    result = [UrineTestSummary(test_id, episode_id, code, collected_at, purpose, any_positive,
                               status=test_status(any_positive, confirmation, bool(has_invalid)))
              for (test_id, episode_id, code, collected_at, purpose, any_positive, confirmation,
                   has_invalid) in query.tuples()]
    with write_transaction():
        audit.record(actor, "urine.list", "person", person_id, person_id=person_id,
                     count=len(result))
    return result
