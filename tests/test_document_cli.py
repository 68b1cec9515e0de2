"""``python main.py document`` and ``python main.py verify`` as a desk or a checker runs them."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from models.db import connection as dbmod
from models.db.schema import open_database
from models.documents.document import Document, qr_text
from models.documents.issue import void_document
from models.safety.audit import AuditEvent
from models.seals import signing
from tests import doc_world as w

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def desk(staff, db, tmp_path, monkeypatch):
    """Two SKHPN in the register; the database closed so the commands can open it."""
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))
    w.facility_and_doctor(staff)
    first = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    second = Document.get_by_id(w.skhpn(staff, w.applicant(staff, "Dewi Lestari", n=2),
                                        specimen="U-2"))
    numbers = (first.number, second.number, qr_text(first.payload, first.signature),
               qr_text(second.payload, second.signature))
    dbmod.close()
    yield numbers
    open_database(db)


def run(db, *args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en"}
    env.pop("PULIH_PASSWORD", None)
    if password is not None:
        env["PULIH_PASSWORD"] = password
    where = ["--db", db.location] if db.kind == "sqlite" else ["--database-url", db.location]
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, *where], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_reprint_needs_a_signed_in_member_and_is_audited(desk, db, tmp_path):
    number = desk[0]
    out = tmp_path / "copy.pdf"
    result = run(db, "document", number, "--out", str(out))
    assert result.returncode == 2 and "--user" in result.stderr and not out.exists()
    result = run(db, "document", number, "--out", str(out), "--user", "intake",
                 password="wrong-password")
    assert result.returncode == 1 and "Traceback" not in result.stderr and not out.exists()
    result = run(db, "document", number, "--out", str(out), "--user", "intake",
                 password="intake-password-1")
    assert result.returncode == 0, result.stderr
    assert number in result.stdout and out.exists()
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "SALINAN" in text and "Budi Santoso" in text
    result = run(db, "document", "NO/SUCH/1", "--out", str(tmp_path / "x.pdf"), "--user",
                 "intake", password="intake-password-1")
    assert result.returncode == 1 and "NO/SUCH/1" in result.stderr
    open_database(db)
    try:
        event = AuditEvent.get(AuditEvent.action == "document.reprint")
        assert event.detail["number"] == number
    finally:
        dbmod.close()


def test_verify_a_pdf_and_a_typed_text(desk, db, tmp_path):
    number, _other, text, _other_text = desk
    out = tmp_path / "copy.pdf"
    assert run(db, "document", number, "--out", str(out), "--user", "intake",
               password="intake-password-1").returncode == 0
    result = run(db, "verify", str(out))
    assert result.returncode == 3, result.stdout + result.stderr  # holder not checked
    assert "HOLDER NOT CHECKED" in result.stdout and number in result.stdout
    result = run(db, "verify", str(out), "--name", "Budi Santoso", "--birth-date", "1990-01-02")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "GENUINE" in result.stdout and number in result.stdout
    result = run(db, "verify", text, "--name", "budi santoso", "--birth-date", "1990-01-02")
    assert result.returncode == 0 and "you gave match the paper" in result.stdout
    result = run(db, "verify", text, "--name", "Budi Santosa", "--birth-date", "1990-01-02")
    assert result.returncode == 1 and "NOT THE HOLDER" in result.stdout
    forged = text.replace("TIDAK TERINDIKASI", "TIDAK TERINDIKASl")
    result = run(db, "verify", forged)
    assert result.returncode == 1 and "FORGED" in result.stdout
    result = run(db, "verify", "hello world")
    assert result.returncode == 1 and "NOT READABLE" in result.stdout


def test_a_pdf_whose_data_disagrees_with_its_printed_qr_is_not_genuine(desk, db, tmp_path):
    number, _other, _text, other_text = desk
    out = tmp_path / "copy.pdf"
    assert run(db, "document", number, "--out", str(out), "--user", "intake",
               password="intake-password-1").returncode == 0
    writer = PdfWriter(clone_from=PdfReader(str(out)))
    writer.add_metadata({"/Keywords": other_text})  # a genuine seal of another paper
    buf = io.BytesIO()
    writer.write(buf)
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(buf.getvalue())
    result = run(db, "verify", str(altered))
    assert result.returncode == 1 and "differ" in result.stdout


def test_a_voided_paper_verifies_as_voided(desk, db, staff):
    number, _other, text, _t = desk
    open_database(db)
    try:
        void_document(staff["admin"], Document.get(Document.number == number).id,
                      "Nama pemohon salah ketik")
    finally:
        dbmod.close()
    result = run(db, "verify", text)
    assert result.returncode == 1 and "REVOKED" in result.stdout
    assert "Nama pemohon salah ketik" not in result.stdout  # no sign-in, no void reason
