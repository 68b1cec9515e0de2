"""The printed papers as a reader sees them: their text, their QR, copies, hostile and long
input, and batches. Text is read back from the PDF; positions from pdfium's text layer."""
from __future__ import annotations

import io
import socket

import pytest
from pypdf import PdfReader

from models.care.assessment import save_assessment, sign_assessment
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
from models.documents.skhpn import receipt_of
from models.documents.verification import VALID, verify_text
from models.intake import intake
from models.seals import signing
from reports.card import CARD_H, CARD_W
from reports.certificate import render_certificates
from reports.dates import long_date
from reports.holder import PrintOptions
from reports.letterhead import MM, rupiah
from reports.render import render_document
from reports.seal_reader import seals_in_metadata
from tests import doc_world as w
from tests.qr_seals import seals_in_images

ASI_GRID = {d: {"severity": s, "trouble": 2, "need": 3} for d, s in (
    ("medical", 2), ("employment", 5), ("drugs", 8), ("legal", 4), ("family", 6),
    ("psychiatric", 3))}


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


def issue_everything(staff, name: str, address: str) -> dict[str, Document]:
    """One paper of every kind for one person, through the desk operations."""
    person = w.applicant(staff, name, address)
    docs = {"SKHPN": w.skhpn(staff, person)}
    docs["KWT"] = receipt_of(docs["SKHPN"])  # the kuitansi of the paid fee
    running = w.client_episode(staff, person, complete=False)
    docs["SKR"] = issue_rehab_statement(staff["intake"], running, "Syarat sekolah <b>&")
    done = w.client_episode(staff, w.applicant(staff, name + " II", address, n=2))
    docs["KLD"] = issue_kartu(staff["intake"], done)
    docs["SKS"] = issue_completion_letter(staff["intake"], done)
    docs["RUJ"] = issue_referral(staff["intake"], done, "RSJ Provinsi <Jawa Barat>",
                                 "Perlu penanganan psikiatri & observasi", "Stabil.")
    consent = intake.record_consent(staff["intake"], done, "disclosure", w.TODAY - 5 * w.DAY,
                                    name, "Kepala SMA Negeri 1", "Izin sekolah",
                                    w.TODAY + 90 * w.DAY)
    docs["PST"] = issue_consent(staff["intake"], consent)
    saved = save_assessment(staff["counselor"], person, running, "asi", w.TODAY - 150 * w.DAY,
                            {"grid": ASI_GRID}, diagnosis_code="F15.2",
                            treatment_plan=["counselling"])
    sign_assessment(staff["counselor"], saved.assessment_id, saved.version)
    docs["ASM"] = issue_assessment_summary(staff["counselor"], saved.assessment_id)
    docs["SRT"] = issue_certificates(staff["intake"], w.TODAY - 30 * w.DAY, w.TODAY)[0]
    return {kind: Document.get_by_id(i) for kind, i in docs.items()}


@pytest.fixture
def papers(staff):
    w.facility_and_doctor(staff)
    return issue_everything(staff, "Budi Santoso", "Jl. Merdeka No. 1")


def pdf_of(doc: Document, **options) -> bytes:
    return render_document(doc.payload, qr_text(doc.payload, doc.signature),
                           PrintOptions(invariant=True, **options))


def text_of(pdf: bytes) -> str:
    """The PDF's text with line breaks and runs of spaces made single spaces."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def test_money_the_indonesian_way():
    assert rupiah(290_000) == "Rp 290.000"


EXPECTED = {
    "SKHPN": ["SURAT KETERANGAN HASIL PEMERIKSAAN NARKOTIKA", "Budi Santoso", "No. Paspor",
              "B1234561", "Laki-laki", "Sukamaju, 2 Januari 1990", "DAST-10", "Metamfetamin",
              "Negatif", "TIDAK TERINDIKASI", "Melamar pekerjaan di PT Maju Jaya",
              "berlaku sampai dengan", "SIP. 446/0123/SIP-DU/DPMPTSP/2023",
              "NIP. 19730315 200003 1 002",
              "Dokter Pemeriksa"],
    "KWT": ["KUITANSI", "Telah terima dari", "Budi Santoso", "Rp 290.000",
            "Dua ratus sembilan puluh ribu rupiah", "PNBP", "Yang menerima,",
            "Petugas Pendaftaran"],
    "SKR": ["SURAT KETERANGAN SEDANG MENJALANI REHABILITASI", "BNN – Rawat Jalan",
            "Syarat sekolah <b>&"],
    "KLD": ["KARTU LAPOR DIRI", "Budi Santoso II", "Pas foto", "Berlaku s.d.",
            "Gunting pada tanda potong", "Jenis kelamin", "Laki-laki", "2 Januari 1990"],
    "SKS": ["SURAT KETERANGAN SELESAI REHABILITASI", "telah menyelesaikan program",
            "dinilai pulih"],
    "RUJ": ["Nomor", "Sifat", "Rahasia", "Lampiran", "Perihal", "Kepada Yth.",
            "RSJ Provinsi <Jawa Barat>", "psikiatri & observasi", "Tembusan"],
    "PST": ["PERSETUJUAN PENGUNGKAPAN INFORMASI", "Kepala SMA Negeri 1", "Izin sekolah",
            "Yang menyatakan"],
    "ASM": ["RINGKASAN HASIL ASESMEN", "Penggunaan napza", "F15.2 Sindrom ketergantungan",
            "Konseling"],
    "SRT": ["SERTIFIKAT", "diberikan kepada", "Budi Santoso II", "BNN – Rawat Jalan"],
}


def test_every_document_says_what_its_kind_must_say(papers):
    for kind, doc in papers.items():
        text = text_of(pdf_of(doc))
        assert "BADAN NARKOTIKA NASIONAL KOTA SUKAMAJU" in text, kind
        assert doc.number in text, kind
        if kind != "KLD":
            assert f"Sukamaju, {long_date(w.TODAY)}" in text, kind
        for phrase in EXPECTED[kind]:
            assert phrase in text, (kind, phrase)
        assert "SALINAN" not in text


def test_reprints_are_byte_identical_copies_marked_salinan(papers):
    for kind, doc in papers.items():
        first = pdf_of(doc, copy=True)
        again = pdf_of(Document.get_by_id(doc.id), copy=True)
        assert first == again, kind
        assert first != pdf_of(doc)
        assert "SALINAN" in text_of(first), kind
        assert "DIBATALKAN" in text_of(pdf_of(doc, copy=True, voided=True)), kind


def test_the_printed_qr_decodes_to_the_seal_and_verifies(papers):
    for kind, doc in papers.items():
        pdf = pdf_of(doc)
        expected = qr_text(doc.payload, doc.signature)
        assert seals_in_images(pdf) == [expected], kind
        assert seals_in_metadata(pdf) == [expected], kind
        holder = doc.payload["person"]
        assert verify_text(expected, holder["name"], holder["birth_date"]).status == VALID


def block_network(monkeypatch) -> list:
    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_names_and_addresses_are_data_never_markup(staff, monkeypatch):
    w.facility_and_doctor(staff)
    hostile_address = 'Jl. <i>Anggrek</i> & Melati <img src="https://example.com/a.png"/>'
    docs = issue_everything(staff, w.HOSTILE_NAME, hostile_address)
    attempts = block_network(monkeypatch)
    for kind, doc in docs.items():
        text = text_of(pdf_of(doc, copy=True))
        assert "Siti <b>Rahma</b> & Co <img" in text, kind
        assert 'src="http://127.0.0.1:9/x.png"/> &amp;' in text, kind
        if kind not in ("KLD", "SRT", "KWT"):  # the card, certificate, receipt: no address
            assert "Jl. <i>Anggrek</i> & Melati" in text.replace("  ", " "), kind
    assert attempts == []


def char_boxes(pdf: bytes):
    """(page, width, height, [(left, bottom, right, top, char)]) per page, via pdfium."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            boxes = [(*textpage.get_charbox(i), textpage.get_text_range(i, 1))
                     for i in range(textpage.count_chars())]
            yield index, width, height, [b for b in boxes if b[4].strip()]
    finally:
        document.close()


def test_long_names_and_addresses_wrap_and_nothing_runs_off_the_page(staff):
    w.facility_and_doctor(staff)
    docs = issue_everything(staff, w.LONG_NAME, w.LONG_ADDRESS)
    for kind, doc in docs.items():
        pdf = pdf_of(doc)
        flat = text_of(pdf).replace(" ", "")
        assert w.LONG_NAME.replace(" ", "") in flat, kind
        if kind not in ("KLD", "SRT", "KWT"):
            assert w.LONG_ADDRESS.replace(" ", "") in flat, kind
        pages = list(char_boxes(pdf))
        if kind in ("SKHPN", "KLD", "SRT", "KWT"):
            assert len(pages) == 1, kind  # a certificate and a card stay on one page
        edge = 6 * MM
        for index, width, height, boxes in pages:
            assert boxes
            for left, bottom, right, top, ch in boxes:
                assert edge <= left and right <= width - edge, (kind, index, ch, left, right)
                assert edge <= bottom and top <= height - edge, (kind, index, ch, bottom, top)


def test_the_card_text_stays_inside_the_card(staff):
    w.facility_and_doctor(staff)
    doc = issue_everything(staff, w.LONG_NAME, w.LONG_ADDRESS)["KLD"]
    (_i, width, height, boxes), = char_boxes(pdf_of(doc))
    x0, y1 = (width - 2 * CARD_W) / 2, height - 25 * MM
    inside = [b for b in boxes if b[1] > y1 - CARD_H - 1]
    assert len(inside) > 100
    for left, _bottom, right, top, ch in inside:
        assert x0 <= left and right <= x0 + 2 * CARD_W and top <= y1, ch


def test_a_batch_of_certificates_has_one_page_each_on_every_core(staff):
    w.facility_and_doctor(staff)
    people = [w.applicant(staff, f"Klien Nomor {i}", n=i) for i in range(3)]
    for person in people:
        w.client_episode(staff, person)
    docs = [Document.get_by_id(i) for i in
            issue_certificates(staff["intake"], w.TODAY - 30 * w.DAY, w.TODAY)]
    items = [(d.payload, qr_text(d.payload, d.signature)) for d in docs] * 15  # 45 pages
    options = PrintOptions(invariant=True)
    single = render_certificates(items, options, workers=1)
    parallel = render_certificates(items, options, workers=2)
    for pdf in (single, parallel):
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 45
        texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
        assert [f"Klien Nomor {i % 3}" in t for i, t in enumerate(texts)] == [True] * 45
        assert all(docs[i % 3].number in t for i, t in enumerate(texts))
        assert len(seals_in_metadata(pdf)) == 45


def test_a_letter_longer_than_a_page_breaks_and_keeps_its_signature_whole(papers):
    doc = papers["RUJ"]
    payload = dict(doc.payload, summary=" ".join(["Klien stabil, masih cemas <sedang> & sulit "
                                                  "tidur pada malam hari."] * 150))
    pdf = render_document(payload, qr_text(doc.payload, doc.signature), PrintOptions())
    pages = [" ".join((p.extract_text() or "").split())
             for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 2
    assert all(doc.number in page for page in pages)  # every page's footer names the paper
    assert "Drs. Hendra Kusumawijaya" in pages[-1] and "NIP. 19730315 200003 1 002" in pages[-1]
    assert seals_in_images(pdf) == [qr_text(doc.payload, doc.signature)]
