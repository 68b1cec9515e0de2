"""Issue 10, points 2 and 4: a seal over the whole paper, and keys that can be retired and
revoked. Each test reproduces a fault of the PULIH1 seal and key store."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.core.errors import PermissionDenied, ValidationError
from models.db import connection as dbmod
from models.db.schema import open_database
from models.documents import trust
from models.documents.document import Document, qr_text
from models.documents.issue import void_document
from models.seals import signing
from reports.holder import PrintOptions
from reports.render import render_document
from tests import doc_world as w

ROOT = Path(__file__).resolve().parent.parent
POSITIVE = {**w.PANEL, "AMP": "positive", "MET": "positive"}
BUDI = ("Budi Santoso", "1990-01-02")


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    folder = tmp_path / "keys"
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(folder))
    return folder


def run_verify(db, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en"}
    where = ["--db", db.location] if db.kind == "sqlite" else ["--database-url", db.location]
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", *args, *where],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def forged_pdf(doc: Document, path: Path, **changes) -> Path:
    """The genuine QR and metadata of ``doc`` around a payload changed by ``changes``
    (what a PDF editor does to the printed text)."""
    payload = copy.deepcopy(doc.payload)
    for key, value in changes.items():
        if key == "person":
            payload["person"].update(value)
        else:
            payload[key] = value
    path.write_bytes(render_document(payload, qr_text(doc.payload, doc.signature),
                                     PrintOptions()))
    return path


def verify_closed(db, *args: str) -> subprocess.CompletedProcess:
    """Run the command with the test's connection closed, then reopen it."""
    dbmod.close()
    try:
        return run_verify(db, *args)
    finally:
        open_database(db)


# --- point 2: the printed paper is compared with the seal ------------------------------------

def test_a_paper_printed_with_another_persons_identity_is_forged_naming_the_field(
        staff, db, tmp_path):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(render_document(doc.payload, qr_text(doc.payload, doc.signature),
                                        PrintOptions()))
    fake = forged_pdf(doc, tmp_path / "fake.pdf", person={
        "name": "Dewi Lestari", "id_number": "C7654321", "birth_date": "1994-03-09"})
    result = verify_closed(db, str(genuine), "--name", BUDI[0], "--birth-date", BUDI[1])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "GENUINE" in result.stdout
    for holder in (BUDI, ("Dewi Lestari", "1994-03-09"), None):
        args = ["--name", holder[0], "--birth-date", holder[1]] if holder else []
        result = verify_closed(db, str(fake), *args)
        assert result.returncode == 1, (holder, result.stdout)
        assert "FORGED" in result.stdout and "holder's name printed" in result.stdout
        assert "GENUINE" not in result.stdout
    # only the birth date changed: still forged, naming the date
    born = forged_pdf(doc, tmp_path / "born.pdf", person={"birth_date": "1991-01-02"})
    result = verify_closed(db, str(born), "--name", BUDI[0], "--birth-date", BUDI[1])
    assert result.returncode == 1 and "date of birth printed" in result.stdout
    ident = forged_pdf(doc, tmp_path / "id.pdf", person={"id_number": "B9999999"})
    result = verify_closed(db, str(ident), "--name", BUDI[0], "--birth-date", BUDI[1])
    assert result.returncode == 1 and "identity number (NIK) printed" in result.stdout


def test_a_paper_whose_printed_result_was_flipped_is_forged(staff, db, tmp_path):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff), urine=POSITIVE,
                                     conclusion="indicated"))
    assert doc.payload["seal"]["status"] == "TERINDIKASI"
    flipped = forged_pdf(doc, tmp_path / "flipped.pdf", result="not_indicated")
    result = verify_closed(db, str(flipped), "--name", BUDI[0], "--birth-date", BUDI[1])
    assert result.returncode == 1, result.stdout
    assert "FORGED" in result.stdout and "result printed" in result.stdout


def test_without_the_holder_the_answer_is_never_genuine(staff, db):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    text = qr_text(doc.payload, doc.signature)
    result = verify_closed(db, text)
    assert result.returncode == 3, result.stdout
    assert "HOLDER NOT CHECKED" in result.stdout and "GENUINE" not in result.stdout
    result = verify_closed(db, text, "--name", "Budi Santosa", "--birth-date", BUDI[1])
    assert result.returncode == 1 and "NOT THE HOLDER" in result.stdout
    assert "holder's name you gave" in result.stdout
    result = verify_closed(db, text, "--name", BUDI[0], "--birth-date", "02-01-1990")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_the_void_reason_is_not_shown_without_sign_in(staff, db):
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    void_document(staff["admin"], doc.id, "Nama pemohon salah ketik")
    result = verify_closed(db, qr_text(doc.payload, doc.signature), "--name", BUDI[0],
                           "--birth-date", BUDI[1])
    assert result.returncode == 1 and "REVOKED" in result.stdout
    assert "salah ketik" not in result.stdout


# --- point 4: keys ----------------------------------------------------------------------------

def test_a_revoked_or_retired_key_no_longer_makes_papers_that_verify(staff, db):
    from models.documents.trust import retire_key, revoke_key
    from models.documents.verification import REVOKED, VALID, verify_text
    w.facility_and_doctor(staff)
    first = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    text = qr_text(first.payload, first.signature)
    assert verify_text(text, *BUDI).status == VALID
    today = dt.date.today()
    with pytest.raises(PermissionDenied):
        revoke_key(staff["intake"], first.key_id, today, "Laptop dicuri")  # admins only
    revoke_key(staff["admin"], first.key_id, today, "Laptop meja depan dicuri")
    result = verify_text(text, *BUDI)  # dated on the revocation day: refused
    assert (result.status, result.reason) == (REVOKED, "key")
    # the desk does not sign with it again: the next paper has a new key and verifies
    second = Document.get_by_id(w.skhpn(staff, w.applicant(staff, "Dewi Lestari", n=2),
                                        specimen="U-2"))
    assert second.key_id != first.key_id
    assert verify_text(qr_text(second.payload, second.signature), "Dewi Lestari",
                       "1990-01-02").status == VALID
    # a retired key: papers up to the day stay valid, later ones (a stolen copy) are refused
    retire_key(staff["admin"], second.key_id, today - dt.timedelta(days=1), "Meja diganti")
    result = verify_text(qr_text(second.payload, second.signature), "Dewi Lestari",
                         "1990-01-02")
    assert (result.status, result.reason) == (REVOKED, "key")
    from models.safety.audit import AuditEvent
    actions = {e.action for e in AuditEvent.select()}
    assert {"signing_key.revoke", "signing_key.retire"} <= actions


def test_a_key_line_claiming_this_facilitys_own_code_is_refused(staff, db):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.documents.verification import VALID, verify_text
    from models.seals.seal_check import make_seal2
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    void_document(staff["admin"], doc.id, "Salah ketik nama pemohon")
    thief = Ed25519PrivateKey.generate()
    raw = signing.public_raw(thief)
    line = (f"{signing.KEY_FORMAT}|BNNK-SM|{signing.key_id_of(raw)}|{signing.b64(raw)}|"
            "BNN Kota Sukamaju\n")
    with pytest.raises(ValidationError, match="this facility"):
        trust.import_keys(staff["admin"], line)
    assert not signing.SigningKey.select().where(
        signing.SigningKey.key_id == signing.key_id_of(raw)).exists()
    # the voided number re-signed by that key does not pass as this facility's paper
    seal = make_seal2(doc.number, "SKHPN", doc.payload["date"], "TIDAK TERINDIKASI",
                      "BNNK-SM", "", {"name": BUDI[0], "birth_date": BUDI[1]},
                      doc.payload["seal"]["digest"], signing.key_id_of(raw))
    forged = seal.text(signing.b64(thief.sign(seal.signed_text().encode())))
    assert verify_text(forged, *BUDI).status != VALID


def test_a_key_imported_before_the_refusal_does_not_speak_for_this_facility(staff, db):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.documents.verification import UNKNOWN_KEY, verify_text
    from models.seals.seal_check import make_seal2
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    thief = Ed25519PrivateKey.generate()
    raw = signing.public_raw(thief)
    with dbmod.write_transaction():  # what an old version let an admin import
        signing.register_public_key(staff["admin"], signing.key_id_of(raw), "BNNK-SM",
                                    "BNN Kota Sukamaju", raw, own=False)
    seal = make_seal2("SKHPN/0999/I/2026/BNNK-SM", "SKHPN", "2026-01-05", "TIDAK TERINDIKASI",
                      "BNNK-SM", "", {"name": BUDI[0], "birth_date": BUDI[1]},
                      doc.payload["seal"]["digest"], signing.key_id_of(raw))
    forged = seal.text(signing.b64(thief.sign(seal.signed_text().encode())))
    assert verify_text(forged, *BUDI).status == UNKNOWN_KEY


def test_a_voided_paper_verifies_as_revoked_at_another_facility(staff, db, tmp_path):
    """Facility X voids a paper and exports its keys; facility Y (another database)
    imports the export and then refuses the paper as DICABUT."""
    from models.admin.facility_admin import save_facility
    from models.documents.verification import REVOKED, UNKNOWN_KEY, VALID, verify_text
    from models.safety import accounts
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    text = qr_text(doc.payload, doc.signature)
    void_document(staff["admin"], doc.id, "Diterbitkan atas identitas yang salah")
    exported = trust.export_keys(staff["admin"])
    assert "identitas" not in exported and "Budi" not in exported  # no reasons, no names
    dbmod.close()
    other = dbmod.resolve_target(str(tmp_path / "y.sqlite3"))
    open_database(other)
    try:
        admin = accounts.create_first_admin("admin", "Admin Y", "admin-password-1")
        save_facility(admin, dataclasses.replace(w.FACILITY, code="BNNP-YY"))
        assert verify_text(text, *BUDI).status == UNKNOWN_KEY
        trust.import_keys(admin, exported)
        result = verify_text(text, *BUDI)
        assert (result.status, result.reason, result.void_reason) == (REVOKED, "voided", "")
        # an altered signed list is refused as a whole
        tampered = exported.replace('"voided":[{', '"voided":[{"x":1,')
        with pytest.raises(ValidationError):
            trust.import_keys(admin, tampered)
        # importing this facility's own export back is refused
        with dbmod.write_transaction():
            signing.desk_key(admin, "BNNP-YY", "BNNP YY")
        own = trust.export_keys(admin)
        with pytest.raises(ValidationError, match="this facility"):
            trust.import_keys(admin, own)
        assert verify_text(text, *BUDI).status != VALID
    finally:
        dbmod.close()
        open_database(db)


def test_the_desk_private_key_is_encrypted_at_rest(staff, db, key_dir):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.documents.verification import VALID, verify_text
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    pem = (key_dir / f"{doc.key_id}.pem").read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises((TypeError, ValueError)):
        serialization.load_pem_private_key(pem, password=None)
    # an old plain key file is re-written encrypted on first use, and keeps signing
    plain = Ed25519PrivateKey.generate()
    raw = signing.public_raw(plain)
    old_id = signing.key_id_of(raw)
    (key_dir / f"{old_id}.pem").write_bytes(plain.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    for f in key_dir.glob(f"{doc.key_id}.pem"):
        f.unlink()
    with dbmod.write_transaction():
        signing.register_public_key(staff["admin"], old_id, "BNNK-SM", "BNN Kota Sukamaju",
                                    raw, own=True)
    signing._loaded.clear()
    second = Document.get_by_id(w.skhpn(staff, w.applicant(staff, "Dewi Lestari", n=2),
                                        specimen="U-2"))
    assert second.key_id == old_id
    assert (key_dir / f"{old_id}.pem").read_bytes().startswith(b"-----BEGIN ENCRYPTED")
    assert verify_text(qr_text(second.payload, second.signature), "Dewi Lestari",
                       "1990-01-02").status == VALID


def test_a_signed_list_changes_key_states_but_never_brings_in_a_new_key(staff, db):
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.seals.seal_check import BUNDLE_FORMAT, sign_bundle
    w.facility_and_doctor(staff)
    stolen, successor = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    raw, raw2 = signing.public_raw(stolen), signing.public_raw(successor)
    kid, kid2 = signing.key_id_of(raw), signing.key_id_of(raw2)
    line = f"{signing.KEY_FORMAT}|BNNP-NTB|{kid}|{signing.b64(raw)}|BNNP NTB\n"
    trust.import_keys(staff["admin"], line)

    def entry(k: str, r: bytes, revoked: str | None) -> dict:
        return {"key_id": k, "facility_code": "BNNP-NTB", "facility_name": "BNNP NTB",
                "public_key": signing.b64(r), "retired_at": None, "revoked_at": revoked,
                "reason": ""}
    bundle = {"format": BUNDLE_FORMAT, "made_at": "2026-01-01T00:00:00",
              "facility_code": "BNNP-NTB", "keys": [entry(kid2, raw2, None),
                                                    entry(kid, raw, "2026-01-01")],
              "voided": [{"facility_code": "BNNK-SM", "number": "X/1", "voided_at": "2026-01-01"}]}
    trust.import_keys(staff["admin"], json.dumps(sign_bundle(stolen, kid, bundle)))
    assert not signing.SigningKey.select().where(signing.SigningKey.key_id == kid2).exists()
    row = signing.SigningKey.get(signing.SigningKey.key_id == kid)
    assert row.revoked_at == dt.date(2026, 1, 1)
    from models.documents.trust import ForeignVoid
    assert ForeignVoid.select().count() == 0  # a facility speaks only for its own numbers
