"""Reading a paper's PDF for ``verify``: every kind reads back as what it signed, and hostile
files are refused within bounded time and memory (the flate bomb is in tests/bench)."""
from __future__ import annotations

import os
import time

import pytest
from pypdf import PdfWriter

from models.documents.document import qr_text
from models.documents.verification import UNCHECKED, VALID
from models.seals import signing
from reports.holder import PrintOptions
from reports.paper_text import birth_date_of, printed_fields
from reports.pdf_probe import NOT_PDF, PAGE_TOO_BIG, TOO_BIG, TOO_MANY_PAGES, PdfRefused, read_pdf
from reports.render import render_document
from tests import doc_world as w
from ui.common.paper_check import check_pdf


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


def test_the_printed_identity_is_read_back_as_printed():
    text = ("Nomor: SKHPN/0001/XII/2026/BNNK-SM\r\nNama : Raden Ajeng Kartika Dewi Sekar\r\n"
            "Ayu Purnamasari\r\nNIK : 3273055708950003\r\nJenis kelamin : Perempuan\r\n"
            "Tempat, tanggal lahir : Bandung, Jawa Barat, 17 Agustus 1995\r\n"
            "Kesimpulan: pada saat pemeriksaan, yang bersangkutan TIDAK\r\nTERINDIKASI "
            "menggunakan narkotika.")
    assert printed_fields(text, "SKHPN") == {
        "number": "SKHPN/0001/XII/2026/BNNK-SM",
        "name": "Raden Ajeng Kartika Dewi Sekar Ayu Purnamasari",
        "identity": "3273055708950003", "birth_date": "1995-08-17",
        "status": "TIDAK TERINDIKASI"}
    assert birth_date_of("-, 31 Februari 1990") == "" and birth_date_of("x") == ""
    assert printed_fields("Nama : A\r\nNo. Paspor : -", "SKR") == {"name": "A", "identity": ""}
    card = "Nomor KLD/1\nNama Siti Aminah\nBinti Umar\nNIK 3273-0557\nLahir Bogor, 1 Mei 2001"
    assert printed_fields(card, "KLD") == {"number": "KLD/1", "name": "Siti Aminah Binti Umar",
                                           "identity": "3273-0557", "birth_date": "2001-05-01"}


def test_every_kind_of_paper_reads_back_genuine_from_its_pdf(staff, tmp_path):
    from tests.test_reports import issue_everything
    w.facility_and_doctor(staff)
    papers = issue_everything(staff, "Budi Santoso", "Jl. Merdeka No. 1")
    for kind, doc in papers.items():
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(render_document(doc.payload, qr_text(doc.payload, doc.signature),
                                         PrintOptions()))
        person = doc.payload.get("person") or {}
        checked = check_pdf(path, person.get("name"), person.get("birth_date"))
        assert not checked.tampered and not checked.text_unread, kind
        statuses = [(r.status, r.field) for r in checked.results]
        assert statuses == [(VALID, "")], (kind, statuses)
        unchecked = check_pdf(path, None, None)
        assert [r.status for r in unchecked.results] == [UNCHECKED], kind


def _timed_refusal(path) -> tuple[str, float]:
    started = time.perf_counter()
    with pytest.raises(PdfRefused) as refused:
        read_pdf(path)
    return refused.value.reason, time.perf_counter() - started


def test_hostile_files_are_refused_quickly(tmp_path):
    many = PdfWriter()
    for _ in range(3000):
        many.add_blank_page(595, 842)
    with open(tmp_path / "many.pdf", "wb") as fh:
        many.write(fh)
    huge = PdfWriter()
    huge.add_blank_page(200_000, 200_000)  # a page of 70 metres: 55 gigapixels at 300 dpi
    with open(tmp_path / "huge.pdf", "wb") as fh:
        huge.write(fh)
    (tmp_path / "not.pdf").write_bytes(b"MZ\x90\x00" + os.urandom(2000))
    with open(tmp_path / "giant.pdf", "wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(25 * 1024 * 1024)  # sparse: 25 MB without writing them
    expected = {"many.pdf": TOO_MANY_PAGES, "huge.pdf": PAGE_TOO_BIG, "not.pdf": NOT_PDF,
                "giant.pdf": TOO_BIG}
    for name, reason in expected.items():
        got, seconds = _timed_refusal(tmp_path / name)
        assert got == reason and seconds < 10, (name, got, seconds)


def test_the_command_says_why_a_file_was_not_read(staff, db, tmp_path):
    from tests.test_seal_faults import verify_closed
    huge = PdfWriter()
    huge.add_blank_page(200_000, 200_000)
    with open(tmp_path / "huge.pdf", "wb") as fh:
        huge.write(fh)
    result = verify_closed(db, str(tmp_path / "huge.pdf"))
    assert result.returncode == 2 and "far larger than any paper" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_paper_whose_qr_opens_the_verifier_page_reads_back_genuine(staff, tmp_path):
    from models.admin.facility_admin import set_setting
    from models.core.verification_address import SETTING_KEY
    from models.documents.document import Document
    w.facility_and_doctor(staff)
    set_setting(staff["admin"], SETTING_KEY, "https://verifikasi.example.go.id/pulih.html")
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    qr = qr_text(doc.payload, doc.signature)
    assert qr.startswith("https://verifikasi.example.go.id/pulih.html#PULIH2%7C")
    path = tmp_path / "skhpn.pdf"
    path.write_bytes(render_document(doc.payload, qr, PrintOptions()))
    checked = check_pdf(path, "Budi Santoso", "1990-01-02")
    assert not checked.tampered and checked.seals == [qr]
    assert [r.status for r in checked.results] == [VALID]
