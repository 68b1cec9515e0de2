"""Attacks on a paper's PDF with a PDF editor that keep the genuine text layer (and QR) while
the page shows something else: the text compared with the seal is then not what a reader
sees. Each must be refused as altered, never ASLI; genuine papers must not be."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from models.db import connection as dbmod
from models.db.schema import open_database
from models.documents.document import Document, qr_text
from models.documents.verification import VALID
from models.seals import signing
from reports.holder import PrintOptions
from reports.pdf_probe import read_pdf
from reports.render import render_document
from tests import doc_world as w
from ui.common.paper_check import check_pdf

ROOT = Path(__file__).resolve().parent.parent
POSITIVE = {**w.PANEL, "AMP": "positive", "MET": "positive"}
BUDI = ("Budi Santoso", "1990-01-02")
A4 = (595.27, 841.89)


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


def genuine_pdf(doc: Document, path: Path, options: PrintOptions | None = None) -> Path:
    path.write_bytes(render_document(doc.payload, qr_text(doc.payload, doc.signature),
                                     options or PrintOptions()))
    return path


def box_of(path: Path, text: str) -> tuple[float, float, float, float]:
    """Where ``text`` is printed on the first page (left, bottom, right, top)."""
    page = pdfium.PdfDocument(str(path))[0]
    found = page.get_textpage().search(text, match_whole_word=True)
    index, count = found.get_next()
    first, last = page.get_textpage().get_charbox(index), page.get_textpage().get_charbox(
        index + count - 1)
    return first[0], first[1], last[2], last[3]


def paint_over(genuine: Path, out: Path, old: str, new: str) -> Path:
    """A white box over ``old`` and ``new`` written on it, merged onto the genuine page: the
    page shows ``new``, the text layer still holds ``old`` first."""
    left, bottom, right, top = box_of(genuine, old)
    overlay = io.BytesIO()
    pen = canvas.Canvas(overlay, pagesize=A4)
    pen.setFillColorRGB(1, 1, 1)
    pen.rect(left - 1, bottom - 2, right - left + 60, top - bottom + 4, stroke=0, fill=1)
    pen.setFillColorRGB(0, 0, 0)
    pen.setFont("Helvetica-Bold" if old.isupper() else "Helvetica", 10)
    pen.drawString(left, bottom + 0.5, new)
    pen.save()
    writer = PdfWriter(clone_from=str(genuine))
    writer.pages[0].merge_page(PdfReader(overlay).pages[0])
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def picture_of(path: Path, old: str, new: str) -> bytes:
    """The first page as a picture (PNG) with ``old`` painted over by ``new``."""
    from PIL import ImageDraw
    scale = 200 / 72
    page = pdfium.PdfDocument(str(path))[0]
    image = page.render(scale=scale).to_pil()
    left, bottom, right, top = box_of(path, old)
    height = page.get_size()[1]
    draw = ImageDraw.Draw(image)
    draw.rectangle(((left - 1) * scale, (height - top - 2) * scale,
                    (right + 60) * scale, (height - bottom + 2) * scale), fill="white")
    draw.text((left * scale, (height - top) * scale), new, fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def with_picture(genuine: Path, out: Path, picture: bytes, *, under: bool) -> Path:
    """The genuine page with a full-page picture drawn over it (``under`` False) or under a
    copy of its text made invisible (render mode 3: what OCR tools add to a scan)."""
    layer = io.BytesIO()
    pen = canvas.Canvas(layer, pagesize=A4)
    from reportlab.lib.utils import ImageReader
    pen.drawImage(ImageReader(io.BytesIO(picture)), 0, 0, *A4)
    pen.save()
    writer = PdfWriter(clone_from=str(genuine))
    page = writer.pages[0]
    if under:
        contents = page.get_contents()
        contents.set_data(contents.get_data().replace(b"BT\n", b"BT 3 Tr\n")
                          .replace(b"BT ", b"BT 3 Tr "))
        page.replace_contents(contents)
    page.merge_page(PdfReader(layer).pages[0], over=not under)
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def test_a_genuine_paper_has_no_hidden_text_plain_copy_or_voided(staff, tmp_path):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    logo = io.BytesIO()
    from PIL import Image
    Image.new("RGB", (200, 120), (30, 80, 140)).save(logo, "PNG")
    for number, options in enumerate((PrintOptions(), PrintOptions(copy=True, logo=logo.getvalue()),
                                      PrintOptions(voided=True))):
        scan = read_pdf(genuine_pdf(doc, tmp_path / f"{number}.pdf", options))
        assert scan.hidden == [""] * len(scan.page_texts), (options, scan.hidden)
    checked = check_pdf(tmp_path / "0.pdf", *BUDI)
    assert [r.status for r in checked.results] == [VALID] and not checked.hidden


def test_a_name_painted_over_with_a_white_box_is_not_genuine(staff, tmp_path):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    fake = paint_over(genuine_pdf(doc, tmp_path / "genuine.pdf"), tmp_path / "fake.pdf",
                      "Budi Santoso", "Dewi Lestari")
    checked = check_pdf(fake, *BUDI)
    assert checked.hidden == "covered"
    # a digit of the birth date changed the same way
    born = paint_over(genuine_pdf(doc, tmp_path / "genuine.pdf"), tmp_path / "born.pdf",
                      "1990", "1999")
    assert check_pdf(born, *BUDI).hidden == "covered"


def test_a_page_pictured_over_or_under_invisible_genuine_text_is_not_genuine(staff, tmp_path):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    genuine = genuine_pdf(doc, tmp_path / "genuine.pdf")
    picture = picture_of(genuine, "Budi Santoso", "Dewi Lestari")
    over = with_picture(genuine, tmp_path / "over.pdf", picture, under=False)
    under = with_picture(genuine, tmp_path / "under.pdf", picture, under=True)
    assert check_pdf(over, *BUDI).hidden == "covered"
    checked = check_pdf(under, *BUDI)
    assert checked.hidden == "unpainted"
    assert checked.results and not checked.text_unread  # the QR still reads


def test_the_command_says_forged_for_a_result_painted_over(staff, db, tmp_path):
    """The worst case: the holder's own paper says TERINDIKASI; 'TIDAK TERINDIKASI' painted
    over it keeps the text layer (and the seal) saying TERINDIKASI, and the holder's real name
    and birth date match, so every other check passes."""
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff), urine=POSITIVE,
                                     conclusion="indicated"))
    assert doc.payload["seal"]["status"] == "TERINDIKASI"
    genuine = genuine_pdf(doc, tmp_path / "genuine.pdf")
    fake = paint_over(genuine, tmp_path / "flipped.pdf", "TERINDIKASI", "TIDAK TERINDIKASI")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en"}
    where = ["--db", db.location] if db.kind == "sqlite" else ["--database-url", db.location]
    dbmod.close()
    try:
        runs = [subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", str(path),
                                "--name", BUDI[0], "--birth-date", BUDI[1], *where],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                               stdin=subprocess.DEVNULL) for path in (genuine, fake)]
    finally:
        open_database(db)
    assert runs[0].returncode == 0, runs[0].stdout + runs[0].stderr
    assert runs[1].returncode == 1, runs[1].stdout + runs[1].stderr
    assert "cannot be seen on the page" in runs[1].stdout
    assert "FORGED" in runs[1].stdout



def test_a_void_cleared_with_raw_sql_still_verifies_as_voided(staff, db):
    """UPDATE document SET voided_at = NULL (raw sqlite3 on a copy of the file) made a
    voided paper ASLI again and dropped it from the exported list of voided numbers; the
    audit trail's void event (hash-chained) keeps it voided."""
    from models.documents.issue import void_document
    from models.documents.trust import trust_bundle
    from models.documents.verification import REVOKED, verify_text
    w.facility_and_doctor(staff)
    doc_id = w.skhpn(staff, w.applicant(staff))
    doc = Document.get_by_id(doc_id)
    text = qr_text(doc.payload, doc.signature)
    void_document(staff["doctor"], doc_id, "Salah tulis hasil")
    assert verify_text(text, *BUDI).status == REVOKED
    dbmod.database.execute_sql("UPDATE document SET voided_at = NULL, void_reason = '', "
                               f"voided_by_id = NULL WHERE id = {int(doc_id)}")
    assert Document.get_by_id(doc_id).voided_at is None
    found = verify_text(text, *BUDI)
    assert (found.status, found.reason) == (REVOKED, "voided")
    assert found.voided_at is not None and found.void_reason == "Salah tulis hasil"
    exported = trust_bundle(own_only=True)["voided"]
    assert [v["number"] for v in exported] == [doc.number]


def test_the_verify_dialog_shows_a_painted_over_paper_in_red(qtbot, staff, db, tmp_path):
    from ui import i18n
    from ui.documents.verify_dialog import VerifyDialog
    i18n.install("id")
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    fake = paint_over(genuine_pdf(doc, tmp_path / "genuine.pdf"), tmp_path / "fake.pdf",
                      "Budi Santoso", "Dewi Lestari")
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.holder.setText(BUDI[0])
    dialog.holder_born.setText("02-01-1990")
    dialog.check_pdf(str(fake))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=30_000)
    assert dialog.status == "tampered" and "ASLI" not in dialog.headline.text()
    assert "tidak terlihat di halaman" in dialog.details.text()
    if os.environ.get("ATTACKX_SHOT"):
        dialog.grab().save(os.environ["ATTACKX_SHOT"])


def test_a_name_clipped_away_with_another_written_in_its_place_is_not_genuine(staff, tmp_path):
    """The genuine page drawn through a clip that leaves out the name, a new name written
    there: no box covers anything, yet the old name's glyphs leave no ink."""
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    genuine = genuine_pdf(doc, tmp_path / "genuine.pdf")
    left, bottom, right, top = box_of(genuine, "Budi Santoso")
    writer = PdfWriter(clone_from=str(genuine))
    page = writer.pages[0]
    contents = page.get_contents()
    clip = (f"q 0 0 {A4[0]} {A4[1]} re {left - 1:.2f} {bottom - 2:.2f} "
            f"{right - left + 60:.2f} {top - bottom + 4:.2f} re W* n\n").encode()
    contents.set_data(clip + contents.get_data() + b"\nQ")
    page.replace_contents(contents)
    overlay = io.BytesIO()
    pen = canvas.Canvas(overlay, pagesize=A4)
    pen.setFont("Helvetica", 10)
    pen.drawString(left, bottom + 0.5, "Dewi Lestari")
    pen.save()
    page.merge_page(PdfReader(overlay).pages[0])
    out = tmp_path / "clip.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    checked = check_pdf(out, *BUDI)
    assert checked.hidden == "no_ink" and checked.results
