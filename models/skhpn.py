"""The SKHPN desk flow: an application with its fee, then the doctor's examination, which
issues the certificate.

1. The intake desk opens an application for a registered person (who need not be a
   client): purpose, and the fee (the ``skhpn_fee`` setting, Rp 290.000 by default) or its
   waiver on a certificate of poverty (SKTM number).
2. The examining doctor records the DAST-10 interview (scored by :mod:`models.scoring`),
   the urine panel (:mod:`models.urine`), the physical finding and the conclusion. In the
   same transaction the SKHPN is numbered, its content frozen and its seal signed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models import audit, scoring
from models import validation as v
from models.assessment import Assessment, save_assessment, sign_assessment
from models.db import BaseModel, write_transaction
from models.document import (SKHPN_PURPOSES, SKHPN_RESULTS, SKHPN_SEAL_STATUS, Document)
from models.documents_issue import issue, live_person, staff_block
from models.errors import QT_TRANSLATE_NOOP as T
from models.errors import NotFound, ValidationError
from models.facility import get_setting
from models.person import Person
from models.rights import Action, Area, require
from models.staff import Staff
from models.urine import UrineTest, panel_parameters, record_urine_test

STATES = (("open", T("Codes", "Waiting for the examination")),
          ("issued", T("Codes", "Certificate issued")),
          ("cancelled", T("Codes", "Cancelled")))

F_PURPOSE = T("Codes", "Purpose of the certificate")
F_PURPOSE_DETAIL = T("Codes", "Purpose (details)")
F_SKTM = T("Codes", "SKTM number (fee waived)")
F_FINDING = T("Codes", "Physical examination finding")
F_CONCLUSION = T("Codes", "Conclusion")
MSG_GONE = T("Errors", "This SKHPN application does not exist.")
MSG_NOT_OPEN = T("Errors", "This SKHPN application is already {state}.")
MSG_NO_SIP = T("Errors", "Your practice licence (SIP) is not recorded. An SKHPN carries the "
               "examining doctor's SIP: ask the facility admin to add it to your account.")


class SkhpnExam(BaseModel):
    """One SKHPN application and, once examined, its results and certificate."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="skhpn_exams", on_delete="RESTRICT")
    state = CharField(max_length=16, choices=STATES, default="open", index=True)
    registered_by = ForeignKeyField(Staff, on_delete="RESTRICT")
    registered_at = DateTimeField(default=dt.datetime.now, index=True)
    purpose = CharField(max_length=32, choices=SKHPN_PURPOSES)
    purpose_detail = CharField(max_length=300, default="")
    fee = IntegerField(default=0)
    sktm_number = CharField(max_length=200, default="")
    examined_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    examined_at = DateTimeField(null=True)
    dast = ForeignKeyField(Assessment, null=True, on_delete="RESTRICT")
    physical = ForeignKeyField(Assessment, null=True, on_delete="RESTRICT")
    urine = ForeignKeyField(UrineTest, null=True, on_delete="RESTRICT")
    finding = TextField(default="")
    conclusion = CharField(max_length=16, default="")
    document = ForeignKeyField(Document, null=True, on_delete="RESTRICT")


@dataclass(frozen=True)
class UrineSample:
    """The urine panel as the doctor records it (see :func:`models.urine.record_urine_test`)."""

    specimen_code: str
    collected_at: dt.datetime
    results: Mapping[str, str]
    kit: str = ""
    lot: str = ""
    supervised: bool = True


@dataclass(frozen=True)
class ExamInput:
    """The doctor's examination of an applicant."""

    dast_answers: Mapping[str, str]
    urine: UrineSample
    finding: str
    conclusion: str  # "not_indicated" or "indicated"
    vitals: Mapping[str, Any] = field(default_factory=dict)  # e.g. {"bp": "120/80"}


def open_application(actor: Staff, person_id: int, purpose: str, purpose_detail: str = "",
                     sktm_number: str = "") -> int:
    """The desk takes an application: purpose, and the fee or its SKTM waiver. Returns its id."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    purpose = v.choice(purpose, F_PURPOSE, SKHPN_PURPOSES)
    detail = v.text(purpose_detail, F_PURPOSE_DETAIL, limit=300)
    sktm = v.text(sktm_number, F_SKTM, limit=200)
    fee = 0 if sktm else int(get_setting("skhpn_fee"))
    with write_transaction():
        live_person(person_id)
        exam = SkhpnExam.create(person=person_id, registered_by=actor.id, purpose=purpose,
                                purpose_detail=detail, fee=fee, sktm_number=sktm,
                                registered_at=dt.datetime.now().replace(microsecond=0))
        audit.record(actor, "skhpn.open", "skhpn_exam", exam.id, person_id=person_id,
                     purpose=purpose, fee=fee, waived=bool(sktm))
    return exam.id


def cancel_application(actor: Staff, exam_id: int) -> None:
    """Withdraw an application that was not examined yet."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    with write_transaction():
        exam = _open_exam(exam_id)
        SkhpnExam.update(state="cancelled").where(SkhpnExam.id == exam_id).execute()
        audit.record(actor, "skhpn.cancel", "skhpn_exam", exam_id, person_id=exam.person_id)


def _open_exam(exam_id: int) -> SkhpnExam:
    exam = SkhpnExam.get_or_none(SkhpnExam.id == exam_id)
    if exam is None:
        raise NotFound(MSG_GONE)
    if exam.state != "open":
        raise ValidationError(MSG_NOT_OPEN, state=dict(STATES)[exam.state])
    return exam


def record_exam(actor: Staff, exam_id: int, data: ExamInput,
                today: dt.date | None = None) -> int:
    """Record the examination and issue the SKHPN; returns the document's id.

    Only staff with the lab and assessment input rights (the doctors) examine, and the
    certificate carries their SIP. Everything (DAST-10, urine test, physical exam, the
    certificate, the audit) is written in one transaction: all or nothing.
    """
    require(actor, Area.LAB, Action.INPUT)
    require(actor, Area.ASSESSMENT, Action.INPUT)
    require(actor, Area.DOCUMENT, Action.INPUT)
    today = today or dt.date.today()
    if not (actor.sip or "").strip():
        raise ValidationError(MSG_NO_SIP)
    conclusion = v.choice(data.conclusion, F_CONCLUSION, SKHPN_RESULTS)
    finding = v.text(data.finding, F_FINDING, limit=500, required=True, multiline=True)
    dast_eval = scoring.evaluate_dast10(data.dast_answers)
    if not dast_eval.complete:
        raise ValidationError(v.MSG_REQUIRED, field=dict(scoring.DAST_ITEMS)[dast_eval.missing[0]])
    vitals = {str(k)[:16]: v.text(val, F_FINDING, limit=40) for k, val in data.vitals.items()}
    with write_transaction():
        exam = _open_exam(exam_id)
        person = live_person(exam.person_id)
        dast = save_assessment(actor, person.id, None, "dast10", today, dict(data.dast_answers),
                               today=today)
        sign_assessment(actor, dast.assessment_id, dast.version)
        physical = save_assessment(actor, person.id, None, "physical", today,
                                   {"finding": finding, **vitals}, today=today)
        sign_assessment(actor, physical.assessment_id, physical.version)
        u = data.urine
        urine_id = record_urine_test(actor, person.id, None, u.specimen_code, u.collected_at,
                                     u.supervised, u.kit, u.lot, "skhpn", u.results)
        results = _urine_results(urine_id)
        content = {
            "examined_on": today.isoformat(),
            "methods": {"interview": {"instrument": "DAST-10", "score": dast_eval.total,
                                      "band": dast_eval.level},
                        "urine": results, "urine_specimen": u.specimen_code,
                        "physical": finding, "vitals": vitals},
            "result": conclusion, "purpose": exam.purpose, "purpose_detail": exam.purpose_detail,
            "doctor": staff_block(actor), "fee": exam.fee, "fee_waived": exam.sktm_number,
        }
        doc = issue(actor, "SKHPN", person=person, episode_id=None, content=content,
                    status=SKHPN_SEAL_STATUS[conclusion], on=today, purpose=exam.purpose,
                    result=conclusion, fee=exam.fee, fee_waived=exam.sktm_number)
        SkhpnExam.update(state="issued", examined_by=actor.id,
                         examined_at=dt.datetime.now().replace(microsecond=0),
                         dast=dast.assessment_id, physical=physical.assessment_id,
                         urine=urine_id, finding=finding, conclusion=conclusion,
                         document=doc.id).where(SkhpnExam.id == exam_id).execute()
        audit.record(actor, "skhpn.examine", "skhpn_exam", exam_id, person_id=person.id,
                     conclusion=conclusion, number=doc.number)
    return doc.id


def _urine_results(test_id: int) -> dict[str, str]:
    """The panel's results in the facility's panel order."""
    from models.urine import UrineResult
    order = {p: i for i, p in enumerate(panel_parameters())}
    rows = (UrineResult.select(UrineResult.parameter, UrineResult.result)
            .where(UrineResult.test == test_id).tuples())
    return dict(sorted(rows, key=lambda pr: (order.get(pr[0], len(order)), pr[0])))


@dataclass(frozen=True)
class OpenApplication:
    """An applicant waiting for the doctor."""

    exam_id: int
    person_id: int
    name: str
    registered_at: dt.datetime
    purpose: str
    fee: int
    sktm_number: str


def open_applications(actor: Staff) -> list[OpenApplication]:
    """Applications waiting for the examination, oldest first (the doctor's queue)."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    query = (SkhpnExam.select(SkhpnExam.id, SkhpnExam.person, Person.full_name,
                              SkhpnExam.registered_at, SkhpnExam.purpose, SkhpnExam.fee,
                              SkhpnExam.sktm_number)
             .join(Person).where(SkhpnExam.state == "open")
             .order_by(SkhpnExam.registered_at, SkhpnExam.id))
    return [OpenApplication(*row) for row in query.tuples()]
