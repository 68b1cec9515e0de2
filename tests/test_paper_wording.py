"""The wording of the papers, each item of the list in issue 10 point 10 (those not about
the SKHPN's fee, purpose and validity): DAST-10 band said once, only what is known about a
birth or an address, the NIP with its spaces, the service type not repeated, the referral
dated once with no copy to the issuing office itself, a Kartu Lapor Diri that says who its
holder is, no "episode" on a paper that leaves the facility; and names in any script the
embedded font draws come out as typed."""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from models.care.assessment import Assessment
from models.documents.document import Document, qr_text
from models.documents.letters import (
    issue_assessment_summary,
    issue_certificates,
    issue_completion_letter,
    issue_consent,
    issue_kartu,
    issue_referral,
    issue_rehab_statement,
)
from models.intake.intake import record_consent
from models.people.registry import register_person
from models.seals import signing
from reports.dates import long_date
from reports.holder import PrintOptions
from reports.letterhead import nip_text
from reports.render import render_document
from tests import doc_world as w


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    return staff


def text_of(document_id: int) -> str:
    doc = Document.get_by_id(document_id)
    pdf = render_document(doc.payload, qr_text(doc.payload, doc.signature),
                          PrintOptions(invariant=True))
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_dast_band_is_said_once(world):
    text = text_of(w.skhpn(world, w.applicant(world)))
    assert "skor 0 (tidak ada masalah)" in text
    assert "tingkat masalah tidak ada masalah" not in text


def test_only_what_is_known_of_a_birth_or_an_address_is_printed(world):
    person = register_person(world["intake"], w.person_input(full_name="Dewi Lestari"))
    episode = w.client_episode(world, person, complete=False)
    text = text_of(issue_rehab_statement(world["intake"], episode))
    assert "Tempat, tanggal lahir : 4 Maret 1992" in text
    assert "-, 4 Maret 1992" not in text and "Alamat" not in text
    assert not re.search(r": -( |$)", text)  # no fact printed as a bare dash


def test_a_paper_without_a_birthplace_or_address_still_verifies_genuine(world, tmp_path):
    from ui.common.paper_check import check_pdf
    person = register_person(world["intake"], w.person_input(full_name="Dewi Lestari"))
    episode = w.client_episode(world, person, complete=False)
    for document_id in (issue_rehab_statement(world["intake"], episode),
                        issue_kartu(world["intake"], episode)):
        doc = Document.get_by_id(document_id)
        path = tmp_path / f"{doc.kind}.pdf"
        path.write_bytes(render_document(doc.payload, qr_text(doc.payload, doc.signature)))
        [result] = check_pdf(path, "Dewi Lestari", "1992-03-04").results
        assert result.status == "valid", (doc.kind, result.field, result.reason)


def test_the_nip_is_printed_with_its_standard_spaces(world):
    assert nip_text("197805122003121002") == "19780512 200312 1 002"
    assert nip_text("19780512 200312 1 002") == "19780512 200312 1 002"
    assert nip_text("12345") == "12345"
    episode = w.client_episode(world, w.applicant(world), complete=False)
    text = text_of(issue_rehab_statement(world["intake"], episode))
    assert "NIP. 19730315 200003 1 002" in text and "197303152000031002" not in text
    card = text_of(issue_kartu(world["intake"], episode))
    assert "NIP. 19730315 200003 1 002" in card


def test_the_rehabilitation_letter_names_the_service_once(world):
    episode = w.client_episode(world, w.applicant(world), complete=False)
    text = text_of(issue_rehab_statement(world["intake"], episode))
    assert "Rawat Jalan" in text and "(rawat jalan)" not in text


def test_the_referral_is_dated_once_and_copies_no_one_to_its_own_office(world):
    episode = w.client_episode(world, w.applicant(world))
    text = text_of(issue_referral(world["intake"], episode, "RSJ Provinsi Jawa Barat",
                                  "Perlu penanganan psikiatri"))
    assert text.count(long_date(w.TODAY)) == 1
    tembusan = text[text.index("Tembusan"):]
    assert "Sukamaju" not in tembusan and "sebagai laporan" not in tembusan
    assert "Yang bersangkutan" in tembusan and "Arsip" in tembusan


def test_the_kartu_lapor_diri_says_who_its_holder_is(world):
    episode = w.client_episode(world, w.applicant(world), complete=False)
    text = text_of(issue_kartu(world["intake"], episode))
    for fact in ("Lahir", "Sukamaju, 2 Januari 1990", "Jenis kelamin", "Laki-laki", "Alamat",
                 "Jl. Merdeka No. 1"):
        assert fact in text, fact


def test_no_paper_that_leaves_the_facility_says_episode(world):
    person = w.applicant(world)
    running = w.client_episode(world, person, complete=False)
    consent = record_consent(world["intake"], running, "disclosure", w.TODAY, "Budi Santoso",
                             recipient="Puskesmas Sukajadi", purpose="Lanjutan terapi",
                             valid_until=w.TODAY + 90 * w.DAY)
    done = w.client_episode(world, w.applicant(world, "Dewi Lestari", n=2))
    papers = [issue_kartu(world["intake"], running),
              issue_rehab_statement(world["intake"], running),
              issue_consent(world["intake"], consent),
              issue_completion_letter(world["intake"], done),
              issue_referral(world["intake"], done, "RSJ", "Perlu penanganan psikiatri"),
              *issue_certificates(world["intake"], w.TODAY - 30 * w.DAY, w.TODAY),
              issue_assessment_summary(world["counselor"], Assessment.get(
                  Assessment.episode == done).id)]
    for paper in papers:
        text = text_of(paper)
        assert "episode" not in text.lower(), Document.get_by_id(paper).kind


@pytest.mark.parametrize("name", ["Ní Luh Putu Ayu Śrī Wédaswari", "Ἀλέξανδρος Παπαδόπουλος",
                                  "Владимир Иванов", "Nguyễn Thị Minh Khai"])
def test_a_name_the_font_draws_prints_exactly_as_typed(world, name):
    episode = w.client_episode(world, w.applicant(world, name), complete=False)
    assert name in text_of(issue_kartu(world["intake"], episode))
    assert name in text_of(issue_rehab_statement(world["intake"], episode))


def _drawable_letters() -> list[str]:
    import unicodedata

    from models.core import glyphs
    return [chr(c) for c in sorted(glyphs.drawable())
            if unicodedata.category(chr(c)) in ("Lu", "Ll")
            and glyphs.undrawable(chr(c)) is None
            and unicodedata.normalize("NFC", chr(c)) == chr(c)]


def test_any_accepted_name_prints_exactly_as_typed():
    """Hypothesis over names made of letters the font draws: the paper's text holds the
    name as typed (no box, no reordering), word for word."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from models.core import validation
    letters = _drawable_letters()
    word = st.text(st.sampled_from(letters), min_size=1, max_size=12)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(words=st.lists(word, min_size=1, max_size=4))
    def check(words):
        name = validation.text(" ".join(words), "Nama", limit=200, required=True, printed=True)
        payload = {"kind": "SKR", "number": "SKR/0001/I/2026/X", "date": "2026-01-02",
                   "place": "Sukamaju", "facility": {"name_lines": ["Klinik Uji"]},
                   "head": {"name": "Kepala", "position": "Kepala"},
                   "person": {"name": name, "sex": "L", "birth_date": "1990-01-02"},
                   "program": "Rawat Jalan", "since": "2025-12-01"}
        pdf = render_document(payload, "", PrintOptions(invariant=True))
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        flat = "".join(text.split())
        assert "".join(name.split()) in flat

    check()
