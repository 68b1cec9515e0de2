"""The signed QR: what it says, that any change to it is caught, and where the keys live."""
from __future__ import annotations

import os
import stat

import pytest

from models.core.errors import PermissionDenied, ValidationError
from models.documents import trust
from models.documents.document import Document, qr_text
from models.documents.verification import (
    FORGED,
    MALFORMED,
    UNCHECKED,
    UNKNOWN_KEY,
    VALID,
    verify_text,
)
from models.seals import signing
from models.seals.seal_check import birth_hash, identity_hash, name_hash, parse_any
from models.seals.signing import SigningKey, holder_hash
from tests import doc_world as w


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    folder = tmp_path / "keys"
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def issued(staff):
    """An SKHPN issued through the desk flow: (document, its QR text)."""
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    return doc, qr_text(doc.payload, doc.signature)


def test_the_qr_text_says_what_the_paper_says_and_not_who_holds_it(issued):
    doc, text = issued
    assert "\n" not in text and len(text) < 300  # one line: a USB scanner types it whole
    seal, signature = parse_any(text)
    assert seal.format == "PULIH2"
    assert (seal.number, seal.kind, seal.date, seal.status, seal.facility) == (
        doc.number, "SKHPN", doc.issued_at.date().isoformat(), "TIDAK TERINDIKASI", "BNNK-SM")
    assert seal.key_id == doc.key_id and signature == doc.signature
    assert "Budi" not in text and "1990" not in text and "B1234561" not in text
    assert seal.name_hash == name_hash(doc.number, "Budi Santoso")
    assert seal.birth_hash == birth_hash(doc.number, "1990-01-02")
    assert seal.identity_hash == identity_hash(doc.number, "b-1234561")
    assert verify_text(text).status == UNCHECKED  # never ASLI without the holder
    assert verify_text(text, "Budi Santoso", "1990-01-02").status == VALID


def test_the_holder_hash_forgives_spacing_and_case_but_not_another_person(issued):
    doc, text = issued
    assert verify_text(text, "  budi   SANTOSO ", "1990-01-02").holder_matches is True
    assert verify_text(text, "Budi Santosa", "1990-01-02").holder_matches is False
    assert verify_text(text, "Budi Santoso", "1990-01-03").holder_matches is False
    # salted with the number: one person's papers cannot be linked by their hashes
    assert name_hash("A/1", "Budi") != name_hash("A/2", "Budi")
    assert holder_hash("A/1", "Budi Santoso", "1990-01-02") != holder_hash(
        "A/2", "Budi Santoso", "1990-01-02")


def test_every_single_character_change_is_caught(issued):
    from models.documents.trust import trust_bundle
    _doc, text = issued
    bundle = trust_bundle()
    holder = ("Budi Santoso", "1990-01-02")

    def status(changed: str) -> str:
        return verify_text(changed, *holder, bundle=bundle).status

    assert status(text) == VALID
    statuses = set()
    for i, original in enumerate(text):
        for replacement in {"0", "A", "a", "|", " ", "Z", "-"} - {original}:
            changed = text[:i] + replacement + text[i + 1:]
            assert status(changed) != VALID, (i, replacement, changed)
            statuses.add(status(changed))
        # a deleted or doubled character is a change too
        assert status(text[:i] + text[i + 1:]) != VALID
        assert status(text[:i] + original + text[i:]) != VALID
    assert {FORGED, UNKNOWN_KEY, MALFORMED} <= statuses


def test_the_last_signature_character_cannot_hide_a_change(issued):
    # 64 bytes of signature leave 4 spare bits in the last base64 character; a character
    # differing only there must not pass as the same signature.
    _doc, text = issued
    last = text[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for other in alphabet:
        if other != last:
            assert verify_text(text[:-1] + other, "Budi Santoso", "1990-01-02").status != VALID


def test_a_seal_signed_by_another_key_is_forged_or_unknown(issued, staff):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    _doc, text = issued
    seal, _sig = parse_any(text)
    stranger = Ed25519PrivateKey.generate()
    assert verify_text(seal.text(signing.sign(stranger, seal))).status == FORGED
    import dataclasses
    renamed = dataclasses.replace(seal, key_id=signing.key_id_of(signing.public_raw(stranger)))
    assert verify_text(renamed.text(signing.sign(stranger, renamed))).status == UNKNOWN_KEY


def test_other_facilities_keys_are_exported_and_imported(issued, staff, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.seals.signing import KEY_FORMAT, Seal, b64, key_id_of, public_raw, seal_text, sign
    own = trust.export_keys(staff["admin"])
    assert own.startswith(KEY_FORMAT + "|BNNK-SM|") and own.count("\n") == 2
    # another facility's paper: unknown here until its exported key is imported
    other = Ed25519PrivateKey.generate()
    raw = public_raw(other)
    seal = Seal("SKHPN/0009/I/2026/BNNP-NTB", "SKHPN", "2026-01-05", "TIDAK TERINDIKASI",
                "BNNP-NTB", "ABCDEF012345", key_id_of(raw))
    text = seal_text(seal, sign(other, seal))
    assert verify_text(text).status == UNKNOWN_KEY
    line = f"{KEY_FORMAT}|BNNP-NTB|{key_id_of(raw)}|{b64(raw)}|BNNP Nusa Tenggara Barat\n"
    with pytest.raises(PermissionDenied):
        trust.import_keys(staff["intake"], line)
    tampered = line.replace(b64(raw), b64(bytes(31) + b"\x01"))
    with pytest.raises(ValidationError):
        trust.import_keys(staff["admin"], tampered)
    assert trust.import_keys(staff["admin"], line) == [key_id_of(raw)]
    result = verify_text(text, "ABC", "2000-01-01")  # PULIH1: H is not this holder
    assert (result.status, result.field) == (FORGED, "holder")
    result = verify_text(text)
    assert (result.status, result.facility_name, result.own) == (
        UNCHECKED, "BNNP Nusa Tenggara Barat", False)
    # a paper claiming to come from another facility under this key is forged
    lying = Seal(seal.number, "SKHPN", seal.date, seal.status, "BNNK-SM", seal.holder,
                 seal.key_id)
    assert verify_text(seal_text(lying, sign(other, lying))).status == FORGED


def test_the_private_key_lives_in_the_desk_folder_never_in_the_database(issued, key_dir, db):
    doc, _text = issued
    files = list(key_dir.iterdir())
    assert [f.name for f in files] == [f"{doc.key_id}.pem"]
    if os.name == "posix":
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    pem = files[0].read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    secret_b64 = pem.split(b"-----")[2].strip().decode()
    row = SigningKey.get(SigningKey.key_id == doc.key_id)
    assert row.own and len(row.public_key) == 43
    if db.kind == "sqlite":  # the whole database file holds no trace of the private key
        from models.db import connection as dbmod
        dbmod.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert secret_b64.encode() not in open(db.location, "rb").read()


def test_a_desk_without_the_key_file_makes_a_new_key_and_old_papers_still_verify(
        issued, staff, key_dir):
    doc, text = issued
    for f in key_dir.iterdir():
        f.unlink()  # the PC was replaced; only the database came along
    second = Document.get_by_id(w.skhpn(staff, w.applicant(staff, "Dewi Lestari", n=2),
                                        specimen="U-0002"))
    assert second.key_id != doc.key_id
    assert verify_text(text, "Budi Santoso", "1990-01-02").status == VALID
    assert verify_text(qr_text(second.payload, second.signature), "Dewi Lestari",
                       "1990-01-02").status == VALID
    assert SigningKey.select().where(SigningKey.own).count() == 2
