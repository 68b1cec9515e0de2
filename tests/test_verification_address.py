"""The facility's verification address: validated, frozen into each new paper, and the QR
then holds <address>#<seal> that a phone's camera opens (issue 10, fault 3); without it the
QR holds the bare seal and the printed line says how to check it."""
from __future__ import annotations

import io

import pytest

from models.admin.facility_admin import set_setting
from models.core.errors import PermissionDenied, ValidationError
from models.core.verification_address import clean_address, wrap
from models.documents.document import Document, qr_text
from models.documents.issue import reprint
from models.facility.facility import get_setting
from models.seals import signing
from models.seals.seal_check import BUNDLE_FORMAT, check_seal, unwrap
from tests import doc_world as w

ADDRESS = "https://verifikasi.bnnk-sukamaju.example/pulih.html"


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    return staff


def bundle_of_store() -> dict:
    """The trust bundle of this database's key store (no retired/revoked keys here)."""
    keys = [{"key_id": k.key_id, "facility_code": k.facility_code,
             "facility_name": k.facility_name, "public_key": k.public_key,
             "retired_at": None, "revoked_at": None, "reason": ""}
            for k in signing.SigningKey.select()]
    return {"format": BUNDLE_FORMAT, "made_at": "2026-12-04T00:00:00",
            "facility_code": "BNNK-SM", "keys": keys, "voided": []}


@pytest.mark.parametrize("bad", [
    "http://verifikasi.example.go.id/pulih.html", "verifikasi.example.go.id/pulih.html",
    "https://verifikasi.example.go.id/pulih.html#x", "https://a:b@verifikasi.example.go.id/",
    "javascript:alert(1)", "https://localhost/pulih.html", "https://x.example/a b",
    "https://x.example:99999/", "file:///tmp/pulih.html", "https://" + "a" * 300 + ".id/"])
def test_a_verification_address_must_be_an_https_page(world, bad):
    with pytest.raises(ValidationError):
        set_setting(world["admin"], "verification_address", bad)
    assert get_setting("verification_address") == ""


def test_the_address_is_an_admin_setting_and_can_be_emptied(world):
    with pytest.raises(PermissionDenied):
        set_setting(world["intake"], "verification_address", ADDRESS)
    set_setting(world["admin"], "verification_address", f"  {ADDRESS} ")
    assert get_setting("verification_address") == ADDRESS
    set_setting(world["admin"], "verification_address", "")
    assert get_setting("verification_address") == ""
    assert clean_address("https://bnn.go.id") == "https://bnn.go.id"


def test_wrap_percent_encodes_like_encode_uri_component():
    seal = "PULIH2|SKHPN/0001/I/2026/BNNK-SM|SKHPN|2026-01-02|TIDAK TERINDIKASI|é~*'()!"
    wrapped = wrap(ADDRESS, seal)
    assert wrapped == (ADDRESS + "#PULIH2%7CSKHPN%2F0001%2FI%2F2026%2FBNNK-SM%7CSKHPN%7C"
                       "2026-01-02%7CTIDAK%20TERINDIKASI%7C%C3%A9~*'()!")
    assert unwrap(wrapped) == seal
    assert wrap("", seal) == seal


def test_new_papers_carry_the_address_in_their_qr_and_reprints_keep_it(world):
    person = w.applicant(world)
    before = Document.get_by_id(w.skhpn(world, person, specimen="U-0001"))
    bare = qr_text(before.payload, before.signature)
    assert bare.startswith("PULIH2|")  # fault 3: without an address, the seal as text
    set_setting(world["admin"], "verification_address", ADDRESS)
    doc = Document.get_by_id(w.skhpn(world, person, specimen="U-0002"))
    qr = qr_text(doc.payload, doc.signature)
    assert qr.startswith(ADDRESS + "#PULIH2%7C") and "|" not in qr and " " not in qr
    bundle = bundle_of_store()
    verdict = check_seal(qr, bundle, "Budi Santoso", "1990-01-02")
    assert verdict.verdict == "valid", verdict
    assert check_seal(qr, bundle).verdict == "unchecked"
    # The paper printed before the address was set keeps its bare seal, and the new one
    # keeps its address after the setting changes: both are frozen in the payload.
    set_setting(world["admin"], "verification_address", "https://lain.example/v.html")
    assert reprint(world["intake"], doc.number).qr == qr
    assert reprint(world["intake"], before.number).qr == bare


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages)


def test_the_printed_line_under_the_qr_says_how_to_check_it(world):
    from reports.render import render_document
    person = w.applicant(world)
    doc = Document.get_by_id(w.skhpn(world, person))
    text = " ".join(_pdf_text(render_document(doc.payload, qr_text(doc.payload,
                                                                     doc.signature))).split())
    # Before: "Pindai kode QR untuk memeriksa keaslian dokumen", which a phone camera
    # cannot do with a bare seal.
    assert "aplikasi Pulih" in text and "halaman pemeriksa" in text
    set_setting(world["admin"], "verification_address", ADDRESS)
    doc = Document.get_by_id(w.skhpn(world, person, specimen="U-0009"))
    text = " ".join(_pdf_text(render_document(doc.payload, qr_text(doc.payload,
                                                                     doc.signature))).split())
    assert "kamera ponsel" in text


def test_the_printed_qr_with_the_address_reads_back_and_verifies(world):
    from reports.render import render_document
    from tests.qr_seals import seals_in_images
    set_setting(world["admin"], "verification_address", ADDRESS)
    doc = Document.get_by_id(w.skhpn(world, w.applicant(world)))
    qr = qr_text(doc.payload, doc.signature)
    scanned = seals_in_images(render_document(doc.payload, qr), dpi=150)
    assert scanned == [qr]
    assert check_seal(scanned[0], bundle_of_store(), "BUDI SANTOSO",
                      "1990-01-02").verdict == "valid"
