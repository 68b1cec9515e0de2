"""A register that means what it says: printing a letter the episode already has gives a
copy of it (the same number) unless a new original is asked for with a reason; the doctor
who signed an SKHPN may void it, and nobody else without the right; a Kartu Lapor Diri
only for a wajib-lapor episode with a signed assessment; a completion letter only after a
completed discharge; the intake desk's referral letter carries no diagnosis."""
from __future__ import annotations

import pytest

from models.core.errors import PermissionDenied, ValidationError
from models.documents.document import Document
from models.documents.issue import void_document
from models.documents.letters import (
    issue_completion_letter,
    issue_kartu,
    issue_referral,
    issue_rehab_statement,
)
from models.documents.rules import issued_original, letter_refusal, void_refusal
from models.intake.intake import EpisodeInput, open_episode
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.seals import signing
from models.staff.staff import Staff
from tests import doc_world as w


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    return staff


def test_a_letter_already_issued_is_not_issued_again_without_a_reason(world):
    episode = w.client_episode(world, w.applicant(world), complete=False)
    first = Document.get_by_id(issue_kartu(world["intake"], episode))
    assert issued_original("KLD", episode) == first.number
    with pytest.raises(ValidationError) as refused:
        issue_kartu(world["intake"], episode)
    assert first.number in refused.value.english() and "copy" in refused.value.english()
    with pytest.raises(ValidationError, match="at least 5"):
        issue_kartu(world["intake"], episode, reason="x")
    assert Document.select().where(Document.kind == "KLD").count() == 1
    second = Document.get_by_id(issue_kartu(world["intake"], episode, reason="Kartu hilang"))
    assert second.number != first.number and issued_original("KLD", episode) == second.number
    event = AuditEvent.get(AuditEvent.action == "document.reissue")
    assert (event.record_id, event.detail["beside"], event.detail["reason"]) == (
        second.id, first.number, "Kartu hilang")
    # a voided original no longer stands in the way
    void_document(world["admin"], second.id, "Diganti kartu baru")
    void_document(world["admin"], first.id, "Diganti kartu baru")
    assert issued_original("KLD", episode) is None
    issue_kartu(world["intake"], episode)


def other_doctor(world) -> Staff:
    member = accounts.create_staff(world["admin"], "dokter2", "dr. Lain", "doctor",
                                   "doctor-password-2")
    Staff.update(sip="446/9/SIP", nip="198001012010011001").where(
        Staff.id == member.id).execute()
    return Staff.get_by_id(member.id)


def test_the_doctor_who_signed_an_skhpn_may_void_it_and_others_may_not(world):
    doc = w.skhpn(world, w.applicant(world))
    doctor, second = world["doctor"], other_doctor(world)
    assert void_refusal(doctor, doc) is None and void_refusal(world["admin"], doc) is None
    assert void_refusal(second, doc) is not None and void_refusal(world["intake"], doc) is not None
    assert "signed certificate" in void_refusal(second, doc).english()
    with pytest.raises(PermissionDenied):  # before any reason is read
        void_document(second, doc, "")
    void_document(doctor, doc, "Salah ketik tanggal lahir")
    assert Document.get_by_id(doc).voided_by_id == doctor.id
    assert "already voided" in void_refusal(doctor, doc).english()
    # the doctor's own right covers only the certificates they signed, not other papers
    episode = w.client_episode(world, w.applicant(world, "Dewi", n=2), complete=False)
    card = issue_kartu(world["intake"], episode)
    assert void_refusal(doctor, card) is not None
    assert void_refusal(world["intake"], card) is not None
    with pytest.raises(PermissionDenied):
        void_document(doctor, card, "Bukan kartunya")


def test_a_kartu_lapor_diri_needs_a_wajib_lapor_episode_with_a_signed_assessment(world):
    person = w.applicant(world)
    not_reported = w.client_episode(world, person, complete=False, wajib_lapor=False)
    refusal = letter_refusal(world["intake"], "KLD", not_reported)
    assert refusal is not None and "wajib lapor" in refusal.english()
    with pytest.raises(ValidationError, match="wajib lapor"):
        issue_kartu(world["intake"], not_reported)
    screening = open_episode(world["intake"], w.applicant(world, "Dewi", n=2), EpisodeInput(
        service_type="outpatient", reported_on=w.TODAY - 3 * w.DAY, wajib_lapor=True))
    with pytest.raises(ValidationError, match="signed assessment"):
        issue_kartu(world["intake"], screening)
    assert Document.select().where(Document.kind == "KLD").count() == 0
    ready = w.client_episode(world, w.applicant(world, "Rina", n=3), complete=False)
    assert letter_refusal(world["intake"], "KLD", ready) is None
    assert letter_refusal(world["counselor"], "KLD", ready) is None
    issue_kartu(world["intake"], ready)


def test_the_completion_letter_only_after_a_completed_discharge(world):
    running = w.client_episode(world, w.applicant(world), complete=False)
    refusal = letter_refusal(world["intake"], "SKS", running)
    assert refusal is not None and "has not ended yet" in refusal.english()
    with pytest.raises(ValidationError, match="has not ended yet"):
        issue_completion_letter(world["intake"], running)
    assert letter_refusal(world["intake"], "SKR", running) is None
    done = w.client_episode(world, w.applicant(world, "Dewi", n=2))
    assert letter_refusal(world["intake"], "SKS", done) is None
    assert "not in a program" in letter_refusal(world["intake"], "SKR", done).english()
    issue_completion_letter(world["intake"], done)
    with pytest.raises(ValidationError, match="not in a program"):
        issue_rehab_statement(world["intake"], done)


def test_the_intake_desk_gets_no_diagnosis_through_a_referral(world):
    episode = w.client_episode(world, w.applicant(world))
    from_desk = Document.get_by_id(issue_referral(world["intake"], episode, "RSJ Provinsi",
                                                  "Perlu penanganan psikiatri"))
    assert from_desk.payload["diagnosis"] == ""
    from reports.render import render_document
    text = pdf_text(render_document(from_desk.payload, ""))
    assert "F15" not in text and "diagnosis" not in text.lower()
    from_counselor = Document.get_by_id(issue_referral(world["counselor"], episode, "RSJ",
                                                       "Perlu penanganan psikiatri"))
    assert from_counselor.payload["diagnosis"] == "F15.2"
    assert "F15.2" in pdf_text(render_document(from_counselor.payload, ""))


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def test_papers_with_clinical_content_are_not_shown_to_the_intake_desk(world):
    from models.documents.issue import reprint, view_document
    from models.documents.letters import issue_assessment_summary
    person = w.applicant(world)
    episode = w.client_episode(world, person)
    referral = issue_referral(world["counselor"], episode, "RSJ", "Perlu penanganan psikiatri")
    from models.care.assessment import Assessment
    summary = issue_assessment_summary(world["counselor"],
                                       Assessment.get(Assessment.episode == episode).id)
    for document_id in (referral, summary):
        number = Document.get_by_id(document_id).number
        with pytest.raises(PermissionDenied, match="clinical content"):
            view_document(world["intake"], document_id)
        with pytest.raises(PermissionDenied, match="clinical content"):
            reprint(world["intake"], number)
        assert view_document(world["doctor"], document_id).number == number
        assert reprint(world["counselor"], number).reprints == 1
    # the desk's own referral (no diagnosis) it may open again
    own = issue_referral(world["intake"], episode, "RSJ", "Perlu penanganan psikiatri")
    assert view_document(world["intake"], own).payload["diagnosis"] == ""
    assert AuditEvent.select().where((AuditEvent.action == "document.reprint")
                                     & (AuditEvent.staff == world["intake"].id)).count() == 0
