"""``python main.py verifier-page --out DIR`` end to end: a real register's papers, the page
written from its database, and the page in Chromium judging the papers' own QR texts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.admin.facility_admin import set_setting
from models.db import connection as dbmod
from models.db.schema import open_database
from models.documents.document import Document, qr_text
from models.documents.issue import void_document
from models.safety.audit import AuditEvent
from models.seals import signing
from reports.verifier_page import FILE_NAME
from tests import doc_world as w
from tests.test_verifier_page import browser  # noqa: F401 - the Chromium fixture

ROOT = Path(__file__).resolve().parent.parent
ADDRESS = "https://verifikasi.bnnk-sukamaju.example/pulih.html"


def run(db, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en"}
    env.pop("PULIH_PASSWORD", None)
    where = ["--db", db.location] if db.kind == "sqlite" else ["--database-url", db.location]
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, *where], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def register(staff, db, tmp_path, monkeypatch):
    """A bare-seal SKHPN, one with the verification address, and a voided one."""
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))
    w.facility_and_doctor(staff)
    bare = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    set_setting(staff["admin"], "verification_address", ADDRESS)
    linked = Document.get_by_id(w.skhpn(staff, w.applicant(staff, "Dewi Lestari", n=2),
                                        specimen="U-2"))
    voided = Document.get_by_id(w.skhpn(staff, w.applicant(staff, "Rina Wati", n=3),
                                        specimen="U-3"))
    void_document(staff["doctor"], voided.id, "Salah tulis hasil pemeriksaan")
    papers = {d.number: qr_text(d.payload, d.signature) for d in (bare, linked, voided)}
    numbers = (bare.number, linked.number, voided.number)
    dbmod.close()
    yield numbers, papers
    open_database(db)


def test_the_command_writes_a_page_that_checks_this_registers_papers(register, db, tmp_path,
                                                                     browser):  # noqa: F811
    (bare, linked, voided), papers = register
    out = tmp_path / "site"
    result = run(db, "verifier-page", "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = out / FILE_NAME
    assert str(page) in result.stdout and ADDRESS in result.stdout
    html = page.read_text("utf-8")
    trust = json.loads(html.split('id="pulih-trust">', 1)[1].split("</script>", 1)[0])
    assert [v["number"] for v in trust["voided"]] == [voided]
    assert "Salah tulis" not in html  # no void reasons, no personal data
    for needle in ("Budi Santoso", "Dewi Lestari", "1990-01-02", "B1234561"):
        assert needle not in html
    assert papers[linked].startswith(ADDRESS + "#")
    browser.get(page.as_uri())
    answers = browser.execute_script(
        "const [papers, today] = arguments; const b = JSON.parse("
        "document.getElementById('pulih-trust').textContent);"
        "return papers.map(p => PulihCheck.check(p[0], b, p[1], '1990-01-02', today).verdict);",
        [[papers[bare], "Budi Santoso"], [papers[linked], "Dewi Lestari"],
         [papers[voided], "Rina Wati"], [papers[linked], "Budi Santoso"]], "2026-01-01")
    assert answers == ["valid", "valid", "revoked", "forged"]
    # The phone's way in: the QR's own address, pointed at the written file.
    browser.get(page.as_uri() + "#" + papers[linked].split("#", 1)[1])
    assert browser.find_element("id", "result").get_attribute("data-verdict") == "unchecked"
    open_database(db)
    try:
        assert AuditEvent.select().where(AuditEvent.action == "verifier_page.write").count() == 1
    finally:
        dbmod.close()


def test_the_command_without_a_database_says_so(tmp_path):
    class Missing:
        kind, location = "sqlite", str(tmp_path / "none.sqlite3")
    result = run(Missing, "verifier-page", "--out", str(tmp_path / "site"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()
