"""Issuing the letters of an episode of care: Kartu Lapor Diri, the rehabilitation
statements, completion certificates (one by one or as a batch for a period), referral
letters, consents and the assessment summary.

Each function checks the actor's rights and the facts the paper states (a completion
letter needs a completed discharge), freezes what the paper says and hands it to
:func:`models.documents_issue.issue`. The intake desk issues letters; an assessment summary
also needs the right to view assessments.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta

from models import validation as v
from models.assessment import Assessment, AssessmentScore
from models.db import write_transaction
from models.discharge import Discharge
from models.document import SEAL_STATUS, Document
from models.documents_issue import issue, live_person, staff_block
from models.episode import Consent, Episode, get_episode
from models.errors import QT_TRANSLATE_NOOP as T
from models.errors import NotFound, ValidationError
from models.facility import get_setting
from models.program import Enrollment, ProgramTemplate
from models.rights import Action, Area, require
from models.staff import Staff

F_PURPOSE = T("Codes", "Purpose of the letter")
F_REFER_TO = T("Codes", "Referred to")
F_REFER_ADDRESS = T("Codes", "Address of the receiving facility")
F_REASON = T("Codes", "Reason for referral")
F_SUMMARY = T("Codes", "Summary")
F_PERIOD = T("Codes", "Period")
MSG_NOT_IN_PROGRAM = T("Errors", "Episode {episode_no} is not in a program now, so it cannot "
                       "be certified as in rehabilitation.")
MSG_NOT_COMPLETED = T("Errors", "Episode {episode_no} did not end with a completed program.")
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


def issue_kartu(actor: Staff, episode_id: int, today: dt.date | None = None) -> int:
    """The Kartu Lapor Diri of a reported episode, valid for the ``kartu_valid_months``
    setting. Returns the document id."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    on = _today(today)
    valid_until = on + relativedelta(months=int(get_setting("kartu_valid_months")))
    with write_transaction():
        episode = get_episode(episode_id)
        person = live_person(episode.person_id)
        content = {"episode_no": episode.episode_no,
                   "reported_on": episode.reported_on.isoformat(),
                   "valid_until": valid_until.isoformat()}
        from models.photo import photo_block
        photo = photo_block(person.id)  # the card carries the holder's current photo
        if photo is not None:
            content["photo"] = photo
        doc = issue(actor, "KLD", person=person, episode_id=episode.id, content=content,
                    status=f"{SEAL_STATUS['KLD']} SD {valid_until.isoformat()}", on=on)
    return doc.id


def issue_rehab_statement(actor: Staff, episode_id: int, purpose_text: str = "",
                          today: dt.date | None = None) -> int:
    """Surat keterangan sedang menjalani rehabilitasi: in a program since the admission."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    purpose_text = v.text(purpose_text, F_PURPOSE, limit=300)
    on = _today(today)
    with write_transaction():
        episode = get_episode(episode_id)
        if episode.status != "in_program" or episode.admitted_on is None:
            raise ValidationError(MSG_NOT_IN_PROGRAM, episode_no=episode.episode_no)
        person = live_person(episode.person_id)
        content = {**_program(episode), "purpose_text": purpose_text}
        doc = issue(actor, "SKR", person=person, episode_id=episode.id, content=content,
                    status=SEAL_STATUS["SKR"], on=on, purpose="statement")
    return doc.id


def _completion(episode: Episode) -> dict[str, Any]:
    discharge = Discharge.get_or_none(Discharge.episode == episode.id)
    if discharge is None or discharge.reason != "completed":
        raise ValidationError(MSG_NOT_COMPLETED, episode_no=episode.episode_no)
    program = _program(episode)
    return {**program, "from": program["since"] or episode.reported_on.isoformat(),
            "to": discharge.discharged_on.isoformat(), "outcome": "completed",
            "recovered": discharge.outcome_recovered, "skilled": discharge.outcome_skilled,
            "independent": discharge.outcome_independent}


def issue_completion_letter(actor: Staff, episode_id: int, today: dt.date | None = None) -> int:
    """Surat keterangan selesai rehabilitasi for an episode whose program was completed."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    on = _today(today)
    with write_transaction():
        episode = get_episode(episode_id)
        content = _completion(episode)
        doc = issue(actor, "SKS", person=live_person(episode.person_id), episode_id=episode.id,
                    content=content, status=SEAL_STATUS["SKS"], on=on)
    return doc.id


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


def issue_referral(actor: Staff, episode_id: int, to: str, reason: str, summary: str = "",
                   to_address: str = "", today: dt.date | None = None) -> int:
    """Surat rujukan to another facility, with the reason and a clinical summary."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    to = v.text(to, F_REFER_TO, limit=200, required=True)
    to_address = v.text(to_address, F_REFER_ADDRESS, limit=300, multiline=True)
    reason = v.text(reason, F_REASON, limit=1000, required=True, multiline=True)
    summary = v.text(summary, F_SUMMARY, limit=3000, multiline=True)
    on = _today(today)
    with write_transaction():
        episode = get_episode(episode_id)
        diagnosis = (Assessment.select(Assessment.diagnosis_code)
                     .where((Assessment.episode == episode.id) & (Assessment.diagnosis_code != "")
                            & (Assessment.state == "signed"))
                     .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).scalar())
        content = {**_program(episode), "to": to, "to_address": to_address, "reason": reason,
                   "summary": summary, "diagnosis": diagnosis or ""}
        doc = issue(actor, "RUJ", person=live_person(episode.person_id), episode_id=episode.id,
                    content=content, status=SEAL_STATUS["RUJ"], on=on, purpose="referral")
    return doc.id


def issue_consent(actor: Staff, consent_id: int, today: dt.date | None = None) -> int:
    """The printed consent of a recorded consent: general, or disclosure to a named
    recipient for a purpose until a date."""
    require(actor, Area.DOCUMENT, Action.INPUT)
    on = _today(today)
    with write_transaction():
        consent = Consent.get_or_none(Consent.id == consent_id)
        if consent is None:
            raise NotFound(MSG_CONSENT_GONE)
        episode = get_episode(consent.episode_id)
        content = {"episode_no": episode.episode_no, "consent_kind": consent.kind,
                   "signed_on": consent.signed_on.isoformat(),
                   "signed_by_name": consent.signed_by_name, "recipient": consent.recipient,
                   "purpose_text": consent.purpose,
                   "valid_until": consent.valid_until.isoformat() if consent.valid_until else ""}
        status = SEAL_STATUS["PST"] + (" UMUM" if consent.kind == "general" else
                                       f" PENGUNGKAPAN SD {content['valid_until'] or '-'}")
        doc = issue(actor, "PST", person=live_person(episode.person_id), episode_id=episode.id,
                    content=content, status=status, on=on, purpose=consent.kind)
    return doc.id


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
        from models.scoring import ASI_DOMAINS
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
