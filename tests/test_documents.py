"""The document register as a desk uses it: numbers, the SKHPN flow, letters, reprints,
voiding, rights and the audit trail; two desks issuing at once never share a number."""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp

import pytest

from models.admin.facility_admin import set_setting
from models.care.urine import UrineTest
from models.core.errors import NotFound, PermissionDenied, ValidationError
from models.db import connection as dbmod
from models.documents.document import Document, qr_text
from models.documents.issue import reprint, search_register, void_document
from models.documents.letters import (
    issue_certificates,
    issue_completion_letter,
    issue_kartu,
    issue_referral,
    issue_rehab_statement,
)
from models.documents.numbering import check_template, format_number, set_number_template
from models.documents.skhpn import (
    SkhpnExam,
    open_application,
    open_applications,
    receipt_of,
    record_exam,
)
from models.documents.verification import VALID, VOIDED, verify_text
from models.safety.audit import AuditEvent
from models.seals import signing
from models.staff.staff import Staff
from tests import doc_world as w

ROMAN_DATE = dt.date(2025, 7, 14)


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    return staff


def actions(*names: str) -> list[str]:
    return [a for (a,) in AuditEvent.select(AuditEvent.action)
            .where(AuditEvent.action.in_(names)).order_by(AuditEvent.id).tuples()]


# --- numbering -----------------------------------------------------------------------------

def test_number_templates_of_the_offices():
    assert format_number("{kind}/{seq:04d}/{month_roman}/{year}/{facility}", "SKHPN", 123,
                         ROMAN_DATE, "BNNK-JU") == "SKHPN/0123/VII/2025/BNNK-JU"
    assert format_number("R/{seq}/{month_roman}/Ka/Rh.00.00/{year}/{facility}", "SKR", 41,
                         dt.date(2019, 8, 1), "BNNP-NTB") == "R/41/VIII/Ka/Rh.00.00/2019/BNNP-NTB"
    for bad in ("{kind}/{seq}", "{seq}/{month}", "{seq}/{year}/{nik}", "{seq}|{year}",
                "{seq:q}/{year}", ""):
        with pytest.raises(ValidationError):
            check_template(bad)


def test_one_sequence_per_kind_per_year_and_a_kind_can_have_its_own_template(world):
    person = w.applicant(world)
    episode = w.client_episode(world, person, complete=False)
    first = Document.get_by_id(issue_kartu(world["intake"], episode))
    second = Document.get_by_id(issue_kartu(world["intake"], episode, reason="Kartu hilang"))
    other_kind = Document.get_by_id(issue_rehab_statement(world["intake"], episode))
    year, month = w.TODAY.year, ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                                 "X", "XI", "XII"][w.TODAY.month]
    assert first.number == f"KLD/0001/{month}/{year}/BNNK-SM"
    assert second.number == f"KLD/0002/{month}/{year}/BNNK-SM"
    assert other_kind.number == f"SKR/0001/{month}/{year}/BNNK-SM"
    next_year = Document.get_by_id(issue_kartu(world["intake"], episode, reason="Diperpanjang",
                                               today=dt.date(year + 1, 1, 2)))
    assert next_year.number == f"KLD/0001/I/{year + 1}/BNNK-SM"
    with pytest.raises(PermissionDenied):
        set_number_template(world["intake"], "SKR", "R/{seq}/{year}")
    set_number_template(world["admin"], "SKR",
                        "R/{seq}/{month_roman}/Ka/Rh.00.00/{year}/{facility}")
    assert Document.get_by_id(issue_rehab_statement(world["intake"], episode,
                                                     reason="Untuk sekolah")).number == \
        f"R/2/{month}/Ka/Rh.00.00/{year}/BNNK-SM"
    # a template that would repeat an earlier number is refused at issue, number given back
    issue_kartu(world["intake"], episode, reason="Kartu rusak")  # KLD/0003
    set_number_template(world["admin"], "SKR", "KLD/{seq:04d}/{month_roman}/{year}/{facility}")
    with pytest.raises(ValidationError, match="was issued before"):
        issue_rehab_statement(world["intake"], episode, reason="Untuk kantor")
    set_number_template(world["admin"], "SKR", None)
    assert Document.get_by_id(issue_rehab_statement(world["intake"], episode,
                                                     reason="Untuk kantor")).number == \
        f"SKR/0003/{month}/{year}/BNNK-SM"
    assert "number_template.set" in actions("number_template.set")


def desk(target_kind: str, location: str, episode_id: int, count: int, queue) -> None:
    """One desk: issues ``count`` cards and reports the numbers it was given."""
    from models.db.connection import DatabaseTarget
    from models.db.schema import open_database
    try:
        open_database(DatabaseTarget(target_kind, location))
        actor = Staff.get(Staff.username == "intake")
        numbers = [Document.get_by_id(issue_kartu(actor, episode_id, reason="Uji beban")).number
                   for _ in range(count)]
        dbmod.close()
        queue.put(numbers)
    except Exception as exc:  # noqa: BLE001 - reported: the parent fails at once, not waiting
        queue.put(f"desk failed: {exc!r}")


@pytest.mark.slow
def test_two_desks_issuing_500_documents_each_never_share_a_number(world, db):
    episode = w.client_episode(world, w.applicant(world), complete=False)
    issue_kartu(world["intake"], episode)  # the desk key exists before the desks start
    dbmod.close()
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=desk, args=(db.kind, db.location, episode, 500, queue))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert all(isinstance(r, list) for r in results), results
    numbers = results[0] + results[1]
    assert len(numbers) == 1000 and len(set(numbers)) == 1000
    from models.db.schema import open_database
    open_database(db)
    seqs = sorted(s for (s,) in Document.select(Document.seq).where(Document.kind == "KLD")
                  .tuples())
    assert seqs == list(range(1, 1002))  # no gaps, no repeats


# --- the SKHPN desk flow ----------------------------------------------------------------------

def test_skhpn_flow_freezes_what_was_examined_and_signs_it(world):
    person = w.applicant(world)
    exam = open_application(world["intake"], person, "job", "Melamar kerja di PT Maju Jaya")
    assert [a.exam_id for a in open_applications(world["doctor"])] == [exam]
    with pytest.raises(PermissionDenied):  # the desk takes applications, doctors examine
        record_exam(world["intake"], exam, exam_input())
    with pytest.raises(PermissionDenied):
        record_exam(world["counselor"], exam, exam_input())
    doc_id = record_exam(world["doctor"], exam, exam_input(THC="positive"),)
    doc = Document.get_by_id(doc_id)
    p = doc.payload
    assert (doc.kind, doc.result, doc.purpose, doc.fee, doc.person_id) == (
        "SKHPN", "indicated", "job", 290_000, person)
    assert p["person"]["name"] == "Budi Santoso" and p["person"]["id_number"] == "B1234561"
    assert p["methods"]["interview"] == {"instrument": "DAST-10", "score": 0, "band": "none"}
    assert p["methods"]["urine"]["THC"] == "positive" and p["methods"]["physical"]
    assert p["doctor"]["sip"] == w.SIP and p["head"]["nip"] == "197303152000031002"
    assert p["facility"]["name_lines"][-1] == "Badan Narkotika Nasional Kota Sukamaju"
    assert p["seal"]["status"] == "TERINDIKASI"
    assert verify_text(qr_text(p, doc.signature), "Budi Santoso", "1990-01-02").status == VALID
    assert UrineTest.get(UrineTest.person == person).any_positive
    row = SkhpnExam.get_by_id(exam)
    assert (row.state, row.document_id, row.conclusion) == ("issued", doc_id, "indicated")
    with pytest.raises(ValidationError):  # examined once
        record_exam(world["doctor"], exam, exam_input())
    assert actions("skhpn.open", "skhpn.examine", "document.issue", "signing_key.create") == [
        "skhpn.open", "signing_key.create", "document.issue", "document.issue",  # + kuitansi
        "skhpn.examine"]


def exam_input(**positives: str):
    from models.documents.skhpn import ExamInput, UrineSample
    return ExamInput(w.DAST_NONE, UrineSample(
        "U-77", dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1),
        w.PANEL | positives), "Dalam batas normal",
        "indicated" if positives else "not_indicated")


def test_the_fee_is_a_setting_and_an_sktm_waives_it(world):
    set_setting(world["admin"], "skhpn_fee", 300_000)
    paid = open_application(world["intake"], w.applicant(world), "school")
    free = open_application(world["intake"], w.applicant(world, "Dewi", n=2), "job",
                            sktm_number="400.12/77/Kel.Sukajadi/2025")
    assert SkhpnExam.get_by_id(paid).fee == 300_000
    waived = SkhpnExam.get_by_id(free)
    assert (waived.fee, waived.sktm_number) == (0, "400.12/77/Kel.Sukajadi/2025")


def test_a_doctor_without_a_sip_cannot_sign_and_nothing_is_half_written(world):
    Staff.update(sip="").where(Staff.id == world["doctor"].id).execute()
    doctor = Staff.get_by_id(world["doctor"].id)
    exam = open_application(world["intake"], w.applicant(world), "job")
    with pytest.raises(ValidationError, match="SIP"):
        record_exam(doctor, exam, exam_input())
    assert UrineTest.select().count() == 0 and Document.select().count() == 0
    # a failure after the number was taken gives the number back
    Staff.update(sip=w.SIP).where(Staff.id == doctor.id).execute()
    from models.documents.skhpn import ExamInput, UrineSample
    bad = ExamInput(w.DAST_NONE, UrineSample("U-1", dt.datetime.now(), {"AMP": "negative"}),
                    "Normal", "not_indicated")
    with pytest.raises(ValidationError):
        record_exam(Staff.get_by_id(doctor.id), exam, bad)
    doc = Document.get_by_id(record_exam(Staff.get_by_id(doctor.id), exam, exam_input()))
    assert doc.seq == 1 and SkhpnExam.get_by_id(exam).state == "issued"


# --- letters ---------------------------------------------------------------------------------

def test_letters_state_only_what_the_record_shows(world):
    person = w.applicant(world)
    running = w.client_episode(world, person, complete=False)
    with pytest.raises(ValidationError, match="has not ended yet"):
        issue_completion_letter(world["intake"], running)
    statement = Document.get_by_id(issue_rehab_statement(world["intake"], running, "Sekolah"))
    assert statement.payload["program"] == "BNN – Rawat Jalan"
    assert statement.payload["since"] == (w.TODAY - 190 * w.DAY).isoformat()
    other = w.client_episode(world, w.applicant(world, "Dewi", n=2))
    with pytest.raises(ValidationError, match="not in a program"):
        issue_rehab_statement(world["intake"], other)
    done = Document.get_by_id(issue_completion_letter(world["intake"], other))
    assert (done.payload["from"], done.payload["to"]) == (
        (w.TODAY - 190 * w.DAY).isoformat(), (w.TODAY - 10 * w.DAY).isoformat())
    referral = Document.get_by_id(issue_referral(world["intake"], other, "RSJ Provinsi",
                                                 "Perlu penanganan psikiatri"))
    assert referral.payload["to"] == "RSJ Provinsi"
    with pytest.raises(ValidationError):
        issue_referral(world["intake"], other, "", "alasan")


def test_certificates_for_everyone_who_completed_in_a_period_once(world):
    people = [w.applicant(world, f"Klien {i}", n=i) for i in range(3)]
    episodes = [w.client_episode(world, p, complete=i < 2) for i, p in enumerate(people)]
    ids = issue_certificates(world["intake"], w.TODAY - 30 * w.DAY, w.TODAY)
    assert [Document.get_by_id(i).episode_id for i in ids] == episodes[:2]
    assert issue_certificates(world["intake"], w.TODAY - 30 * w.DAY, w.TODAY) == []
    assert issue_certificates(world["intake"], w.TODAY - 90 * w.DAY, w.TODAY - 31 * w.DAY) == []
    with pytest.raises(ValidationError):
        issue_certificates(world["intake"], w.TODAY, w.TODAY - w.DAY)


# --- the register ------------------------------------------------------------------------------

def test_reprint_gives_the_frozen_content_even_after_the_profile_changed(world):
    doc = Document.get_by_id(w.skhpn(world, w.applicant(world)))
    from models.facility.facility import Facility
    Facility.update(head_name="Kepala Baru").execute()
    Staff.update(full_name="dr. Lain").where(Staff.id == world["doctor"].id).execute()
    copy = reprint(world["intake"], doc.number)
    assert copy.payload == doc.payload and copy.reprints == 1
    assert copy.payload["head"]["name"] == "Drs. Hendra Kusumawijaya, M.Si."
    assert copy.qr == qr_text(doc.payload, doc.signature)
    assert reprint(world["admin"], doc.number).reprints == 2
    assert actions("document.reprint") == ["document.reprint"] * 2
    with pytest.raises(NotFound):
        reprint(world["intake"], "NO/SUCH/NUMBER")


def test_voiding_needs_the_right_and_a_reason_and_shows_in_the_check(world):
    doc = Document.get_by_id(w.skhpn(world, w.applicant(world)))
    text = qr_text(doc.payload, doc.signature)
    with pytest.raises(PermissionDenied):
        void_document(world["intake"], doc.id, "Salah ketik nama")
    with pytest.raises(ValidationError):
        void_document(world["admin"], doc.id, "x")
    void_document(world["admin"], doc.id, "Salah ketik nama pemohon")
    result = verify_text(text)
    assert (result.status, result.void_reason) == (VOIDED, "Salah ketik nama pemohon")
    with pytest.raises(ValidationError, match="already voided"):
        void_document(world["admin"], doc.id, "Sekali lagi")
    assert reprint(world["intake"], doc.number).voided_at is not None
    event = AuditEvent.get(AuditEvent.action == "document.void")
    assert (event.staff_id, event.record_id, event.detail["reason"]) == (
        world["admin"].id, doc.id, "Salah ketik nama pemohon")


def test_register_search_and_filters(world):
    first = Document.get_by_id(w.skhpn(world, w.applicant(world)))
    episode = w.client_episode(world, w.applicant(world, "Dewi Lestari", n=2), complete=False)
    card = Document.get_by_id(issue_kartu(world["intake"], episode))
    void_document(world["admin"], card.id, "Kartu hilang, diganti")
    rows = search_register(world["intake"])
    receipt = Document.get_by_id(receipt_of(first.id))  # the kuitansi of the paid fee
    assert [r.number for r in rows] == [card.number, receipt.number, first.number]
    assert [r.number for r in search_register(world["intake"], text="dewi")] == [card.number]
    assert [r.number for r in search_register(world["intake"], text="SKHPN/")] == [first.number]
    assert [r.kind for r in search_register(world["intake"], kind="KLD")] == ["KLD"]
    assert [r.voided for r in search_register(world["intake"], voided=True)] == [True]
    assert search_register(world["intake"], date_to=w.TODAY - w.DAY) == []
    assert rows[2].person_name == "Budi Santoso" and rows[2].issued_by == "Dokter Pemeriksa"
