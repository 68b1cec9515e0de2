"""Issuing the letters of an episode of care: Kartu Lapor Diri, the rehabilitation
statements, completion certificates (one by one or as a batch for a period), referral
letters, consents and the assessment summary.

Each function checks the actor's rights and the facts the paper states (the rules of
:mod:`models.documents.rules`: a Kartu Lapor Diri needs a wajib-lapor episode with a signed
assessment, a completion letter a completed discharge), freezes what the paper says and
hands it to :func:`models.documents.issue.issue`. A letter already issued for the episode
is printed again as a copy; a second original needs a reason, which is audited.

Clinical content needs the right to view assessments. The intake desk may not see
assessments, so its referral letter leaves the working diagnosis out (the receiving
facility gets it from the clinician); refusing the referral would stop an administrative
letter the desk arranges every day, and a letter with a diagnosis would show the desk what
it may not see. The assessment summary, which is nothing but clinical content, is refused.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta

from models.care.assessment import Assessment, AssessmentScore
from models.care.discharge import Discharge
from models.care.program import Enrollment, ProgramTemplate
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.documents.document import SEAL_STATUS, Document
from models.documents.issue import issue, live_person, staff_block
from models.documents.rules import check_episode_letter, check_new_original
from models.facility.facility import get_setting
from models.intake.episode import Consent, Episode, get_episode
from models.people.guardians import consent_guardian
from models.safety import audit
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

F_PURPOSE = T("Codes", "Purpose of the letter")
F_REFER_TO = T("Codes", "Referred to")
F_REFER_ADDRESS = T("Codes", "Address of the receiving facility")
F_REASON = T("Codes", "Reason for referral")
F_SUMMARY = T("Codes", "Summary")
F_PERIOD = T("Codes", "Period")
MSG_CONSENT_GONE = T("Errors", "This consent does not exist.")
MSG_NOT_SIGNED_ASI = T("Errors", "Only a signed ASI-based assessment has a summary to print.")
MSG_PERIOD = T("Errors", "The period ends before it starts.")
MSG_ASSESSMENT_GONE = T("Errors", "This assessment does not exist.")


def _program(episode: Episode) -> dict[str, Any]:
    """The episode's program: template name, service type, admission and discharge."""
    name = (ProgramTemplate.select(ProgramTemplate.name)
            .join(Enrollment, on=(Enrollment.template == ProgramTemplate.id))
            .where(Enrollment.episode == episode.id)
            .order_by(Enrollment.started_on.desc(), Enrollment.id.desc()).scalar())
    return {"episode_no": episode.episode_no, "program": name or "",
            "service_type": episode.service_type,
            "since": episode.admitted_on.isoformat() if episode.admitted_on else ""}


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _issue_letter(actor: Staff, kind: str, episode: Episode, reason: str, *,
                  consent_id: int | None = None, **kwargs: Any) -> int:
    """Issue ``kind`` for the episode (inside a write transaction): a second valid original
    needs ``reason``, recorded with the number it stands beside. Returns the document id.

    The episode row is locked first (PostgreSQL), so two desks printing the same letter at
    once give one original and one copy, not two originals."""
    get_episode(episode.id, lock=True)
    reason, replaced = check_new_original(kind, episode.id, reason, consent_id)
    doc = issue(actor, kind, person=live_person(episode.person_id), episode_id=episode.id,
                **kwargs)
    if replaced is not None:
        audit.record(actor, "document.reissue", "document", doc.id,
                     person_id=episode.person_id, number=doc.number, beside=replaced,
                     reason=reason)
    return doc.id


def issue_kartu(actor: Staff, episode_id: int, today: dt.date | None = None,
                reason: str = "") -> int:
    """The Kartu Lapor Diri of a wajib-lapor episode with a signed assessment, valid for
    the ``kartu_valid_months`` setting; ``reason`` for a second original. Returns the
    document id."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    on = _today(today)
    valid_until = on + relativedelta(months=int(get_setting("kartu_valid_months")))
    with write_transaction():
        episode = get_episode(episode_id)
        check_episode_letter("KLD", episode)
        person = live_person(episode.person_id)
        content = {"episode_no": episode.episode_no,
                   "reported_on": episode.reported_on.isoformat(),
                   "valid_until": valid_until.isoformat()}
        from models.documents.photo import photo_block
        photo = photo_block(person.id)  # the card carries the holder's current photo
        if photo is not None:
            content["photo"] = photo
        return _issue_letter(actor, "KLD", episode, reason, content=content,
                             status=f"{SEAL_STATUS['KLD']} SD {valid_until.isoformat()}", on=on)


def issue_rehab_statement(actor: Staff, episode_id: int, purpose_text: str = "",
                          today: dt.date | None = None, reason: str = "") -> int:
    """Surat keterangan sedang menjalani rehabilitasi: in a program since the admission."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    purpose_text = v.text(purpose_text, F_PURPOSE, limit=300, printed=True)
    on = _today(today)
    with write_transaction():
        episode = get_episode(episode_id)
        check_episode_letter("SKR", episode)
        content = {**_program(episode), "purpose_text": purpose_text}
        return _issue_letter(actor, "SKR", episode, reason, content=content,
                             status=SEAL_STATUS["SKR"], on=on, purpose="statement")


def _completion(episode: Episode) -> dict[str, Any]:
    check_episode_letter("SKS", episode)
    discharge = Discharge.get(Discharge.episode == episode.id)
    program = _program(episode)
    return {**program, "from": program["since"] or episode.reported_on.isoformat(),
            "to": discharge.discharged_on.isoformat(), "outcome": "completed",
            "recovered": discharge.outcome_recovered, "skilled": discharge.outcome_skilled,
            "independent": discharge.outcome_independent}


def issue_completion_letter(actor: Staff, episode_id: int, today: dt.date | None = None,
                            reason: str = "") -> int:
    """Surat keterangan selesai rehabilitasi for an episode whose program was completed."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    on = _today(today)
    with write_transaction():
        episode = get_episode(episode_id)
        return _issue_letter(actor, "SKS", episode, reason, content=_completion(episode),
                             status=SEAL_STATUS["SKS"], on=on)


def issue_certificates(actor: Staff, date_from: dt.date, date_to: dt.date,
                       today: dt.date | None = None) -> list[int]:
    """Landscape certificates for everyone who completed a program between the two dates
    (discharge dates, inclusive) and has no certificate for that episode yet. One
    transaction: the batch is issued whole or not at all. Returns the new document ids in
    discharge order."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    if date_to < date_from:
        raise ValidationError(MSG_PERIOD, field=F_PERIOD)
    on = _today(today)
    already = Document.select(Document.episode).where(
        (Document.kind == "SRT") & Document.voided_at.is_null())
    episodes = (Episode.select().join(Discharge)
                .where((Discharge.reason == "completed")
                       & (Discharge.discharged_on >= date_from)
                       & (Discharge.discharged_on <= date_to)
                       & Episode.id.not_in(already))
                .order_by(Discharge.discharged_on, Episode.id))
    ids = []
    with write_transaction():
        for episode in episodes:
            person = live_person(episode.person_id)
            doc = issue(actor, "SRT", person=person, episode_id=episode.id,
                        content=_completion(episode), status=SEAL_STATUS["SRT"], on=on)
            ids.append(doc.id)
    return ids


def referral_shows_diagnosis(actor: Staff) -> bool:
    """Whether ``actor``'s referral letters carry the working diagnosis (only for those
    who may view assessments)."""
    return has_right(actor, Area.ASSESSMENT, Action.VIEW)


def issue_referral(actor: Staff, episode_id: int, to: str, reason: str, summary: str = "",
                   to_address: str = "", today: dt.date | None = None) -> int:
    """Surat rujukan to another facility, with the reason and a summary; the working
    diagnosis of the last signed assessment only when ``actor`` may view assessments.
    Each referral is its own letter (to another place, or later): no copy rule here."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    to = v.text(to, F_REFER_TO, limit=200, required=True, printed=True)
    to_address = v.text(to_address, F_REFER_ADDRESS, limit=300, multiline=True, printed=True)
    reason = v.text(reason, F_REASON, limit=1000, required=True, multiline=True, printed=True)
    summary = v.text(summary, F_SUMMARY, limit=3000, multiline=True, printed=True)
    on = _today(today)
    with write_transaction():
        episode = get_episode(episode_id)
        diagnosis = ""
        if referral_shows_diagnosis(actor):
            diagnosis = (Assessment.select(Assessment.diagnosis_code)
                         .where((Assessment.episode == episode.id)
                                & (Assessment.diagnosis_code != "")
                                & (Assessment.state == "signed"))
                         .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
                         .scalar()) or ""
        content = {**_program(episode), "to": to, "to_address": to_address, "reason": reason,
                   "summary": summary, "diagnosis": diagnosis}
        doc = issue(actor, "RUJ", person=live_person(episode.person_id), episode_id=episode.id,
                    content=content, status=SEAL_STATUS["RUJ"], on=on, purpose="referral")
    return doc.id


def issue_consent(actor: Staff, consent_id: int, today: dt.date | None = None,
                  reason: str = "") -> int:
    """The printed consent of a recorded consent: general, or disclosure to a named
    recipient for a purpose until a date."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    on = _today(today)
    with write_transaction():
        consent = Consent.get_or_none(Consent.id == consent_id)
        if consent is None:
            raise NotFound(MSG_CONSENT_GONE)
        episode = get_episode(consent.episode_id)
        content = {"consent_id": consent.id, "episode_no": episode.episode_no,
                   "consent_kind": consent.kind,
                   "signed_on": consent.signed_on.isoformat(),
                   "signed_by_name": consent.signed_by_name, "recipient": consent.recipient,
                   "purpose_text": consent.purpose,
                   "valid_until": consent.valid_until.isoformat() if consent.valid_until else ""}
        guardian = consent_guardian(episode.person_id, consent.signed_by_name)
        if guardian is not None:  # a minor's consent: the guardian who signed, and how related
            content["guardian"] = guardian
        status = SEAL_STATUS["PST"] + (" UMUM" if consent.kind == "general" else
                                       f" PENGUNGKAPAN SD {content['valid_until'] or '-'}")
        return _issue_letter(actor, "PST", episode, reason, consent_id=consent.id,
                             content=content, status=status, on=on, purpose=consent.kind)


def issue_assessment_summary(actor: Staff, assessment_id: int,
                             today: dt.date | None = None) -> int:
    """The summary of a signed ASI-based assessment: the six-domain grid, the working
    diagnosis and the treatment plan, signed by the assessor."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    require(actor, Area.ASSESSMENT, Action.VIEW)
    on = _today(today)
    with write_transaction():
        row = Assessment.get_or_none(Assessment.id == assessment_id)
        if row is None:
            raise NotFound(MSG_ASSESSMENT_GONE)
        if row.kind != "asi" or row.state != "signed":
            raise ValidationError(MSG_NOT_SIGNED_ASI)
        scores = {s.item: s for s in AssessmentScore.select().where(
            AssessmentScore.assessment == row.id)}
        from models.care.scoring import ASI_DOMAINS
        grid = [{"domain": code, "severity": scores[code].score if code in scores else None,
                 "trouble": scores[code].client_trouble if code in scores else None,
                 "need": scores[code].client_need if code in scores else None}
                for code, _label in ASI_DOMAINS]
        content = {"assessed_on": row.assessed_on.isoformat(),
                   "assessor": staff_block(row.staff), "grid": grid,
                   "diagnosis": row.diagnosis_code, "plan": list(row.treatment_plan or [])}
        if row.episode_id:
            content.update(_program(get_episode(row.episode_id)))
        doc = issue(actor, "ASM", person=live_person(row.person_id), episode_id=row.episode_id,
                    content=content, status=SEAL_STATUS["ASM"], on=on, purpose="assessment")
    return doc.id
