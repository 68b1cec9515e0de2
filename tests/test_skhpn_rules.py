"""The SKHPN as issue 10 asks for it: a conclusion that follows the evidence or says why not,
the identity it needs, its validity period, the applicant's photo, the receipt of a paid fee,
an SKTM waiver kept off the paper, the purpose written once, and applicants who are people
rather than rehab clients."""
from __future__ import annotations

import base64
import datetime as dt
import io
import itertools

import pytest
from dateutil.relativedelta import relativedelta
from pypdf import PdfReader

from models.admin.facility_admin import set_setting
from models.core.errors import ValidationError
from models.desk.client_list import clients_only, episodes_of, recent_ids
from models.desk.overview import facility_overview
from models.documents.document import Document
from models.documents.photo import PersonPhoto, prepare_photo, save_photo
from models.documents.skhpn import (
    ExamInput,
    SkhpnExam,
    UrineSample,
    open_application,
    receipt_of,
    record_exam,
)
from models.documents.skhpn_rule import INDICATED, NOT_INDICATED, propose_conclusion
from models.people.person import Person
from models.people.registry import PersonInput, register_person
from models.safety.audit import AuditEvent
from models.seals import signing
from reports.holder import PrintOptions
from reports.render import render_document
from tests import doc_world as w
from tests.consent import consented

#: DAST-10 answers scoring 4 ("moderate"): items 1, 2, 4 and 5 answered yes, item 3 yes.
DAST_FOUR = {f"q{i}": "no" for i in range(1, 11)} | {"q1": "yes", "q2": "yes", "q3": "yes",
                                                      "q4": "yes", "q5": "yes"}
SKTM = "400.12/77/Kel.Sukajadi/2025"


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    return staff


SPECIMENS = itertools.count(1)


def exam(dast=w.DAST_NONE, conclusion="not_indicated", reason="", confirmed=None,
         **results) -> ExamInput:
    return ExamInput(dast, UrineSample(
        f"U-{next(SPECIMENS)}", dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1),
        w.PANEL | results), "Pupil midriasis, gelisah", conclusion, override_reason=reason,
        override_confirmed=bool(reason) if confirmed is None else confirmed)


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def printed(doc_id: int) -> str:
    doc = Document.get_by_id(doc_id)
    return pdf_text(render_document(doc.payload, "PULIH-TEST", PrintOptions(invariant=True)))


# --- fault 1: TIDAK TERINDIKASI beside AMP and MET positive and DAST-10 = 4 -----------------

def test_the_rule_proposes_from_every_parameter_and_the_dast_band():
    assert propose_conclusion(w.PANEL, "none") == NOT_INDICATED
    assert propose_conclusion(w.PANEL, "low") == NOT_INDICATED
    assert propose_conclusion(w.PANEL, "moderate") == INDICATED
    assert propose_conclusion(w.PANEL | {"BZO": "positive"}, "none") == INDICATED
    assert propose_conclusion(w.PANEL | {"K2": "positive"}, "none") == INDICATED  # extra one


def test_a_contradicting_conclusion_is_refused_without_a_clinical_reason(world):
    person = w.applicant(world)
    app = open_application(world["intake"], person, "job", "Melamar kerja di PT Maju Jaya")
    with pytest.raises(ValidationError, match="propose") as err:
        record_exam(world["doctor"], app, exam(DAST_FOUR, AMP="positive", MET="positive"))
    assert "AMP, MET positif" in err.value.english() and "DAST-10 = 4" in err.value.english()
    assert Document.select().count() == 0 and SkhpnExam.get_by_id(app).state == "open"
    with pytest.raises(ValidationError):  # a reason of two words is not a reason
        record_exam(world["doctor"], app, exam(DAST_FOUR, reason="ok", AMP="positive"))
    with pytest.raises(ValidationError, match="confirm"):  # a reason, but not confirmed
        record_exam(world["doctor"], app, exam(
            DAST_FOUR, reason="AMP/MET positif: obat flu dengan resep", confirmed=False,
            AMP="positive", MET="positive"))
    assert Document.select().count() == 0


def test_the_extra_parameter_and_dast_alone_also_need_the_reason(world):
    set_setting(world["admin"], "urine_extra_parameters", ["K2"])
    app = open_application(world["intake"], w.applicant(world), "job")
    with pytest.raises(ValidationError, match="propose"):
        record_exam(world["doctor"], app, exam(K2="positive"))
    with pytest.raises(ValidationError, match="propose"):
        record_exam(world["doctor"], app, exam(DAST_FOUR, K2="negative"))
    with pytest.raises(ValidationError, match="propose"):  # the other way round too
        record_exam(world["doctor"], app, exam(conclusion="indicated", K2="negative"))


def test_a_reasoned_override_is_recorded_audited_and_printed_on_one_line(world):
    app = open_application(world["intake"], w.applicant(world), "job")
    reason = "BZO positif: diazepam 5 mg dengan resep dokter yang ditunjukkan"
    doc_id = record_exam(world["doctor"], app, exam(reason=reason, BZO="positive"))
    row = SkhpnExam.get_by_id(app)
    assert (row.conclusion, row.proposed, row.override_reason) == (
        "not_indicated", "indicated", reason)
    detail = (AuditEvent.select(AuditEvent.detail)
              .where(AuditEvent.action == "skhpn.examine").scalar())
    assert reason in str(detail)
    assert Document.get_by_id(doc_id).payload["clinical_note"] == reason
    assert f"Pertimbangan klinis dokter pemeriksa: {reason}." in printed(doc_id)


def test_a_conclusion_that_follows_the_results_needs_no_reason(world):
    app = open_application(world["intake"], w.applicant(world), "job")
    doc_id = record_exam(world["doctor"], app, exam(DAST_FOUR, "indicated", AMP="positive"))
    assert SkhpnExam.get_by_id(app).override_reason == ""
    assert "Pertimbangan klinis" not in printed(doc_id)


# --- identity needed, validity period -------------------------------------------------------

def test_birthplace_birth_date_address_and_identity_number_are_required(world):
    person = register_person(world["intake"], PersonInput(
        full_name="Andi Wijaya", sex="L", id_type="none", no_id_reason="Hilang"))
    app = open_application(world["intake"], person, "job")
    with pytest.raises(ValidationError) as err:
        record_exam(world["doctor"], app, exam())
    for missing in ("place of birth", "date of birth", "address", "identity number"):
        assert missing in err.value.english()
    assert Document.select().count() == 0


def test_the_validity_period_is_a_setting_printed_and_in_the_payload(world):
    today = dt.date(2026, 3, 10)
    app = open_application(world["intake"], w.applicant(world), "job")
    doc = Document.get_by_id(record_exam(world["doctor"], app, exam(), today=today))
    assert doc.payload["valid_until"] == "2026-06-09"
    assert "berlaku sampai dengan 9 Juni 2026" in printed(doc.id)
    set_setting(world["admin"], "skhpn_valid_months", 6)
    app = open_application(world["intake"], w.applicant(world, "Dewi", n=2), "job")
    doc = Document.get_by_id(record_exam(world["doctor"], app, exam(), today=today))
    assert doc.payload["valid_until"] == (today + relativedelta(months=6)
                                          - dt.timedelta(1)).isoformat()


# --- fee: receipt, SKTM, purpose ------------------------------------------------------------

def test_a_paid_fee_gets_its_own_numbered_receipt(world):
    app = open_application(world["intake"], w.applicant(world), "job", "Melamar kerja")
    doc_id = record_exam(world["doctor"], app, exam())
    receipt = Document.get_by_id(receipt_of(doc_id))
    skhpn = Document.get_by_id(doc_id)
    assert receipt.kind == "KWT" and receipt.number.startswith("KWT/0001/")
    assert receipt.seq == 1 and skhpn.seq == 1  # a series of its own
    assert receipt.payload["amount"] == 290_000 and receipt.person_id == skhpn.person_id
    assert receipt.payload["received_by"]["name"] == world["intake"].full_name
    text = printed(receipt.id)
    assert "KUITANSI" in text and "Rp 290.000" in text
    assert "dua ratus sembilan puluh ribu rupiah" in text.lower()
    assert "Budi Santoso" in text and skhpn.number in text


def test_an_sktm_waiver_is_recorded_but_not_printed_and_has_no_receipt(world):
    app = open_application(world["intake"], w.applicant(world), "job", sktm_number=SKTM)
    doc_id = record_exam(world["doctor"], app, exam())
    doc = Document.get_by_id(doc_id)
    assert doc.fee_waived == SKTM and receipt_of(doc_id) is None  # kept in the register
    assert SKTM not in str(doc.payload)
    text = printed(doc_id)
    assert SKTM not in text and "SKTM" not in text and "dibebaskan" not in text


def test_the_purpose_is_written_once(world):
    app = open_application(world["intake"], w.applicant(world), "job",
                           "Persyaratan melamar pekerjaan di PT Maju Jaya")
    text = printed(record_exam(world["doctor"], app, exam()))
    assert "keperluan: Persyaratan melamar pekerjaan di PT Maju Jaya." in text
    assert "Melamar pekerjaan:" not in text
    app = open_application(world["intake"], w.applicant(world, "Dewi", n=2), "school")
    assert "keperluan: Pendidikan / sekolah" in printed(record_exam(world["doctor"], app, exam()))


# --- photo -------------------------------------------------------------------------------------

def picture(fmt: str = "PNG", size=(640, 480)) -> bytes:
    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 90)).save(out, fmt)
    return out.getvalue()


def test_a_photo_is_checked_reencoded_and_printed_on_the_skhpn_and_the_card(world):
    person = w.applicant(world)
    with pytest.raises(ValidationError, match="not a JPEG or PNG"):
        save_photo(world["intake"], person, b"GIF89a" + b"\0" * 100)
    with pytest.raises(ValidationError, match="not a JPEG or PNG"):
        save_photo(world["intake"], person, b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(ValidationError, match="too small"):
        save_photo(world["intake"], person, picture(size=(40, 40)))
    save_photo(world["intake"], person, picture())
    photo = PersonPhoto.get(PersonPhoto.person == person)
    assert bytes(photo.image)[:3] == b"\xff\xd8\xff" and (photo.width, photo.height) == (300, 400)
    app = open_application(world["intake"], person, "job")
    doc = Document.get_by_id(record_exam(world["doctor"], app, exam()))
    assert doc.payload["photo"]["sha256"] == photo.sha256
    with_photo = render_document(doc.payload, "Q", PrintOptions(invariant=True))
    bare = dict(doc.payload)
    del bare["photo"]
    without = render_document(bare, "Q", PrintOptions(invariant=True))
    assert b"/Subtype /Image" in with_photo and b"/Subtype /Image" not in without
    card = render_document({**bare, "kind": "KLD", "photo": doc.payload["photo"]}, "Q",
                           PrintOptions(invariant=True))
    assert b"/Subtype /Image" in card


def test_a_decompression_bomb_is_refused_before_it_is_decoded():
    from PIL import Image
    out = io.BytesIO()
    Image.new("1", (9000, 9000)).save(out, "PNG")  # 81 megapixels in a few kilobytes
    with pytest.raises(ValidationError, match="too many pixels"):
        prepare_photo(out.getvalue())


# --- fault 8: applicants are not rehab clients ------------------------------------------------

def test_walk_in_applicants_get_no_rehab_number_and_are_not_clients(world):
    client = w.applicant(world, "Rina Marlina", n=5)
    w.client_episode(world, client, complete=False)
    walk_in = register_person(world["intake"], PersonInput(
        full_name="Yoga Pratama", sex="L", birth_date=dt.date(1999, 5, 6), id_type="passport",
        id_number="C7654321", birth_place="Sukamaju", address="Jl. Melati 3"), applicant=True)
    reg_no = Person.get_by_id(walk_in).reg_no
    assert reg_no.startswith("P-") and not reg_no.startswith("R-")
    from models.people.search import search_ids
    assert search_ids(world["intake"], reg_no.lower()) == [walk_in]  # found by its number
    record_exam(world["doctor"], open_application(world["intake"], walk_in, "job"), exam())
    assert walk_in not in recent_ids(world["intake"])
    assert walk_in in recent_ids(world["intake"], applicants=True)
    assert clients_only([walk_in, client]) == [client]
    assert facility_overview().persons == 1
    # the applicant later becomes a client: the same record, a client number, both histories
    w.client_episode(world, walk_in, complete=False)
    person = Person.get_by_id(walk_in)
    assert person.reg_no.startswith("R-") and Person.select().count() == 2
    assert walk_in in recent_ids(world["intake"]) and facility_overview().persons == 2
    assert len(episodes_of(world["intake"], walk_in)) == 1
    assert Document.select().where((Document.person == walk_in)
                                   & (Document.kind == "SKHPN")).count() == 1
    assert (AuditEvent.select().where((AuditEvent.action == "person.renumber")
                                      & (AuditEvent.person_id == walk_in)).count() == 1)


def test_an_applicant_registered_the_old_way_stops_counting_as_a_client(world):
    old = w.applicant(world)  # an R- number, as walk-ins got before
    record_exam(world["doctor"], open_application(world["intake"], old, "job"), exam())
    assert old not in recent_ids(world["intake"]) and facility_overview().persons == 0
    assert Person.get_by_id(old).reg_no.startswith("R-")  # loses nothing


def test_an_applicant_with_only_a_certificate_row_is_not_a_client_either(world):
    old = w.applicant(world)  # as demo databases before version 8: a document, no exam row
    doc_id = w.skhpn(world, old)
    SkhpnExam.update(document=None, receipt=None).execute()
    SkhpnExam.delete().execute()
    assert Document.get_by_id(doc_id).person_id == old
    assert old not in recent_ids(world["intake"]) and facility_overview().persons == 0


def test_a_long_name_a_photo_a_note_and_a_long_purpose_stay_on_one_page(world):
    person = w.applicant(world, w.LONG_NAME, w.LONG_ADDRESS)
    save_photo(world["intake"], person, picture())
    app = open_application(world["intake"], person, "job",
                           "Persyaratan melamar pekerjaan sebagai staf administrasi keuangan "
                           "di PT Maju Jaya Sejahtera Abadi cabang Kota Sukamaju")
    doc = Document.get_by_id(record_exam(world["doctor"], app, exam(
        reason="BZO positif: diazepam 5 mg dengan resep dokter yang ditunjukkan",
        BZO="positive")))
    pdf = render_document(doc.payload, "Q", PrintOptions(invariant=True))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_the_photo_is_in_no_export(world):
    from models.intake import intake
    from models.tallies.bnba import bnba_export
    from models.tallies.export import export_month
    from reports.tally_csv import render_bnba_csv, render_tally_csv
    from ui.common.tally_export import indonesian
    person = w.applicant(world)
    save_photo(world["intake"], person, picture())
    photo = PersonPhoto.get(PersonPhoto.person == person)
    record_exam(world["doctor"], open_application(world["intake"], person, "job"), exam())
    today = dt.date.today()
    episode = intake.open_episode(world["intake"], person, intake.EpisodeInput(
        service_type="outpatient", reported_on=today))
    consented(world["intake"], episode)
    intake.admit(world["intake"], episode, today)
    bnba = bnba_export(world["admin"], today.year, today.month, "csv", indonesian())
    assert [row[1] for row in bnba["rows"]] == ["Budi Santoso"]  # the person is listed
    tally = export_month(world["admin"], today.year, today.month, "csv", indonesian())
    jpeg = bytes(photo.image)
    for data in (render_bnba_csv(bnba), render_tally_csv(tally), repr(bnba).encode(),
                 repr(tally).encode()):
        data = data if isinstance(data, bytes) else data.encode()
        assert photo.sha256.encode() not in data and jpeg[:64] not in data
        assert base64.b64encode(jpeg)[:64] not in data


def test_migration_8_fills_the_proposal_of_examinations_issued_before_it(world):
    import importlib.util

    from models.db import connection as dbmod
    from models.db.schema import MIGRATIONS_DIR
    spec = importlib.util.spec_from_file_location(
        "m0008", MIGRATIONS_DIR / "0008_skhpn_applicants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plain = open_application(world["intake"], w.applicant(world), "job")
    record_exam(world["doctor"], plain, exam())
    odd = open_application(world["intake"], w.applicant(world, "Dewi", n=2), "job")
    record_exam(world["doctor"], odd, exam(DAST_FOUR, reason="Riwayat lama, kini abstinen"))
    for app, expected in ((plain, "not_indicated"), (odd, "indicated")):
        row = SkhpnExam.get_by_id(app)
        assert module._proposal(dbmod.database.obj, row.dast_id, row.urine_id) == expected


def test_an_skhpn_with_a_photo_and_a_long_name_reads_back_genuine_from_its_pdf(world,
                                                                                tmp_path):
    from models.documents.document import qr_text
    from models.documents.verification import VALID
    from ui.common.paper_check import check_pdf
    person = w.applicant(world, w.LONG_NAME, w.LONG_ADDRESS)
    save_photo(world["intake"], person, picture())
    doc = Document.get_by_id(record_exam(world["doctor"], open_application(
        world["intake"], person, "job", "Melamar kerja"), exam(
        reason="BZO positif: diazepam 5 mg dengan resep dokter yang ditunjukkan",
        BZO="positive")))
    for document in (doc, Document.get_by_id(receipt_of(doc.id))):
        path = tmp_path / f"{document.kind}.pdf"
        path.write_bytes(render_document(document.payload,
                                         qr_text(document.payload, document.signature),
                                         PrintOptions()))
        checked = check_pdf(path, w.LONG_NAME, "1990-01-02")
        assert [(r.status, r.field) for r in checked.results] == [(VALID, "")], document.kind


def test_amounts_in_indonesian_words():
    from reports.receipt import terbilang
    assert terbilang(290_000) == "dua ratus sembilan puluh ribu"
    assert [terbilang(n) for n in (0, 1, 11, 12, 19, 21, 100, 115, 1000, 1500)] == [
        "nol", "satu", "sebelas", "dua belas", "sembilan belas", "dua puluh satu", "seratus",
        "seratus lima belas", "seribu", "seribu lima ratus"]
    assert terbilang(1_100_000) == "satu juta seratus ribu"
    assert terbilang(10_000_000) == "sepuluh juta"
    assert terbilang(2_001_011_000) == "dua miliar satu juta sebelas ribu"
