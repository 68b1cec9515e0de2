"""The SKHPN desk flow: an application with its fee, then the doctor's examination, which
issues the certificate.

1. The intake desk opens an application for a registered person (who need not be a
   client): purpose, and the fee (the ``skhpn_fee`` setting, Rp 290.000 by default) or its
   waiver on a certificate of poverty (SKTM number).
2. The examining doctor records the DAST-10 interview (scored by :mod:`models.care.scoring`),
   the urine panel (:mod:`models.care.urine`), the physical finding and the conclusion. In the
   same transaction the SKHPN is numbered, its content frozen and its seal signed. The
   conclusion follows the rule of :mod:`models.documents.skhpn_rule`, or carries the doctor's
   clinical reason for differing. A paid fee gets its numbered receipt (kuitansi, kind
   ``KWT``) in the same act; an SKTM waiver is recorded in the register but never printed
   on the certificate (it would tell an employer that the applicant is poor).

Before an SKHPN is issued the applicant's birthplace, birth date, address and identity
number (NIK or passport) must be on record: the refusal names what is missing. The
certificate is valid for the ``skhpn_valid_months`` setting (3 months by default); the
date is frozen in the payload as ``payload["valid_until"]`` (ISO date), which the seal
carries. The applicant's current photo (:mod:`models.documents.photo`) is frozen into the payload.

Applicants are people, not rehab clients: a walk-in registered at this desk gets a number
of the applicant series (``P-<year>-<seq>``, see :func:`models.people.registry.register_person`),
and :mod:`models.desk.client_list` keeps people with applications and no episode out of the
client list and the counts.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta
from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.care import scoring
from models.care.assessment import Assessment, save_assessment, sign_assessment
from models.care.urine import UrineTest, panel_parameters, record_urine_test
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.documents import skhpn_rule
from models.documents.document import SKHPN_PURPOSES, SKHPN_RESULTS, SKHPN_SEAL_STATUS, Document
from models.documents.issue import issue, live_person, staff_block
from models.documents.photo import photo_block
from models.facility.facility import get_setting
from models.intake.episode import Episode
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

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
MSG_MISSING_IDENTITY = T("Errors", "An SKHPN needs the applicant's {fields}. Complete the "
                         "identity record first (from their identity card).")
F_BIRTH_PLACE = T("Codes", "place of birth")
F_BIRTH_DATE = T("Codes", "date of birth")
F_ADDRESS = T("Codes", "address")
F_ID_NUMBER = T("Codes", "identity number (NIK or passport)")
RECEIPT_FOR = "Pembayaran PNBP pemeriksaan narkotika untuk Surat Keterangan Hasil " \
              "Pemeriksaan Narkotika (SKHPN) nomor {number}"
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
    proposed = CharField(max_length=16, default="")  # what the results proposed
    override_reason = CharField(max_length=200, default="")  # why the conclusion differs
    receipt = ForeignKeyField(Document, null=True, backref="+", on_delete="RESTRICT")


@dataclass(frozen=True)
class UrineSample:
    """The urine panel as the doctor records it (see
    :func:`models.care.urine.record_urine_test`)."""

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
    #: the doctor's clinical reason, required when the conclusion differs from the proposal
    override_reason: str = ""
    #: the doctor's explicit confirmation of a conclusion that differs from the proposal
    override_confirmed: bool = False


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


def missing_identity(person: Person) -> list[str]:
    """What an SKHPN needs of the holder and the record lacks (field labels, untranslated)."""
    missing = []
    if not (person.birth_place or "").strip():
        missing.append(F_BIRTH_PLACE)
    if person.birth_date is None:
        missing.append(F_BIRTH_DATE)
    if not (person.address or "").strip():
        missing.append(F_ADDRESS)
    if not ((person.nik or "").strip() or (person.id_type == "passport"
                                             and (person.id_number or "").strip())):
        missing.append(F_ID_NUMBER)
    return missing


def _check_identity(person: Person) -> None:
    missing = missing_identity(person)
    if missing:
        raise ValidationError(MSG_MISSING_IDENTITY, fields=missing)


def valid_until(on: dt.date) -> dt.date:
    """The last day an SKHPN issued ``on`` is valid (the ``skhpn_valid_months`` setting)."""
    return on + relativedelta(months=int(get_setting("skhpn_valid_months"))) - dt.timedelta(1)


def record_exam(actor: Staff, exam_id: int, data: ExamInput,
                today: dt.date | None = None) -> int:
    """Record the examination and issue the SKHPN; returns the document's id.

    Only staff with the lab and assessment input rights (the doctors) examine, and the
    certificate carries their SIP. The conclusion must follow :mod:`models.documents.skhpn_rule` or
    carry a clinical reason. Everything (DAST-10, urine test, physical exam, the
    certificate, its receipt for a paid fee, the audit) is written in one transaction: all
    or nothing.
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
        _check_identity(person)
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
        proposed, reason = skhpn_rule.check_conclusion(
            conclusion, results, dast_eval.level, dast_eval.total, data.override_reason,
            data.override_confirmed)
        content: dict[str, Any] = {
            "examined_on": today.isoformat(),
            "methods": {"interview": {"instrument": "DAST-10", "score": dast_eval.total,
                                      "band": dast_eval.level},
                        "urine": results, "urine_specimen": u.specimen_code,
                        "physical": finding, "vitals": vitals},
            "result": conclusion, "purpose": exam.purpose, "purpose_detail": exam.purpose_detail,
            "doctor": staff_block(actor), "valid_until": valid_until(today).isoformat(),
        }
        if reason:
            content["clinical_note"] = reason
        photo = photo_block(person.id)
        if photo is not None:
            content["photo"] = photo
        doc = issue(actor, "SKHPN", person=person, episode_id=None, content=content,
                    status=SKHPN_SEAL_STATUS[conclusion], on=today, purpose=exam.purpose,
                    result=conclusion, fee=exam.fee, fee_waived=exam.sktm_number)
        receipt_id = _issue_receipt(actor, exam, person, doc.number, today) \
            if exam.fee > 0 and not exam.sktm_number else None
        SkhpnExam.update(state="issued", examined_by=actor.id,
                         examined_at=dt.datetime.now().replace(microsecond=0),
                         dast=dast.assessment_id, physical=physical.assessment_id,
                         urine=urine_id, finding=finding, conclusion=conclusion,
                         proposed=proposed, override_reason=reason, receipt=receipt_id,
                         document=doc.id).where(SkhpnExam.id == exam_id).execute()
        audit.record(actor, "skhpn.examine", "skhpn_exam", exam_id, person_id=person.id,
                     conclusion=conclusion, proposed=proposed, override_reason=reason,
                     number=doc.number)
    return doc.id


def _issue_receipt(actor: Staff, exam: SkhpnExam, person: Person, skhpn_number: str,
                   today: dt.date) -> int:
    """The kuitansi of a paid fee: its own number series (``KWT``), received by the desk
    member who took the application and the money."""
    desk = Staff.get_by_id(exam.registered_by_id)
    content = {"amount": exam.fee, "payer": person.full_name,
               "paid_for": RECEIPT_FOR.format(number=skhpn_number),
               "paid_on": exam.registered_at.date().isoformat(),
               "received_by": staff_block(desk), "skhpn_number": skhpn_number}
    receipt = issue(actor, "KWT", person=person, episode_id=None, content=content,
                    status="LUNAS", on=today, purpose=exam.purpose, fee=exam.fee)
    return receipt.id


def receipt_of(document_id: int) -> int | None:
    """The id of the receipt issued with the SKHPN ``document_id``, if its fee was paid."""
    return (SkhpnExam.select(SkhpnExam.receipt).where(SkhpnExam.document == document_id)
            .scalar())


def _urine_results(test_id: int) -> dict[str, str]:
    """The panel's results in the facility's panel order."""
    from models.care.urine import UrineResult
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


@dataclass(frozen=True)
class ApplicantStatus:
    """What the doctor should know about an applicant before examining.

    Attributes:
        episode_no: an open episode of rehab care ("" when none, or when the member may
            not see episodes): the applicant is an active rehab client.
        episode_status: that episode's status code.
        missing: identity fields the certificate needs and the record lacks (labels).
    """

    episode_no: str
    episode_status: str
    missing: tuple[str, ...]


def applicant_status(actor: Staff, exam_id: int) -> ApplicantStatus:
    """Whether the applicant of ``exam_id`` is an active rehab client, and what identity the
    certificate still needs."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    exam = SkhpnExam.get_or_none(SkhpnExam.id == exam_id)
    if exam is None:
        raise NotFound(MSG_GONE)
    person = live_person(exam.person_id)
    episode_no, status = "", ""
    if has_right(actor, Area.EPISODE, Action.VIEW):
        row = (Episode.select(Episode.episode_no, Episode.status)
               .where((Episode.person == person.id) & (Episode.status != "closed"))
               .order_by(Episode.reported_on.desc(), Episode.id.desc()).tuples().first())
        if row:
            episode_no, status = row
    return ApplicantStatus(episode_no, status, tuple(missing_identity(person)))


def identity_gaps(actor: Staff, person_id: int) -> tuple[str, ...]:
    """What the SKHPN needs of ``person_id``'s identity and the record lacks (labels), so
    the desk can complete it while the applicant is still there."""
    require(actor, Area.IDENTITY, Action.VIEW)
    return tuple(missing_identity(live_person(person_id)))
