"""The pure PULIH2 checker (models.seals.seal_check): every rule of the shared spec, in order, with
no database. The phone verifier page is tested against this same function."""
from __future__ import annotations

import datetime as dt
import hashlib
import urllib.parse

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from models.seals import seal_check as sc
from models.seals.signing import Seal, key_id_of, public_raw, sign

KEY = Ed25519PrivateKey.generate()
RAW = public_raw(KEY)
KID = key_id_of(RAW)
NUMBER = "SKHPN/0123/VII/2025/BNNK-JU"
HOLDER = {"name": "Siti Rahmawati", "birth_date": "1995-08-17", "identity": "3273-0557-0895-0003"}
PAYLOAD = {"number": NUMBER, "kind": "SKHPN", "person": {"name": "Siti Rahmawati"}}


def bundle(**key_state) -> dict:
    entry = {"key_id": KID, "facility_code": "BNNK-JU", "facility_name": "BNNK Jakarta Utara",
             "public_key": sc.b64(RAW), "retired_at": None, "revoked_at": None, "reason": ""}
    entry.update(key_state)
    return {"format": sc.BUNDLE_FORMAT, "made_at": "2025-07-20T10:00:00",
            "facility_code": "BNNK-JU", "keys": [entry], "voided": []}


def sealed(date: str = "2025-07-14", status: str = "TIDAK TERINDIKASI", facility: str = "BNNK-JU",
           valid_until: str = "2025-10-14", holder: dict | None = HOLDER,
           key=KEY, kid: str = KID) -> str:
    seal = sc.make_seal2(NUMBER, "SKHPN", date, status, facility, valid_until, holder,
                         sc.payload_digest(PAYLOAD), kid)
    return seal.text(sc.b64(key.sign(seal.signed_text().encode("utf-8"))))


def check(text: str, trust: dict | None = None, name: str | None = "SITI  rahmawati",
          born: str | None = "1995-08-17", **kw) -> sc.SealVerdict:
    return sc.check_seal(text, trust or bundle(), name, born, today=dt.date(2025, 8, 1), **kw)


def test_the_fields_and_hashes_are_as_the_spec_writes_them():
    text = sealed()
    seal, signature = sc.parse_any(text)
    def h(tag: str, value: str) -> str:
        return hashlib.sha256(f"{tag}\n{NUMBER}\n{value}".encode()).hexdigest()[:12].upper()
    assert seal.name_hash == h("N", "SITI RAHMAWATI")
    assert seal.birth_hash == h("B", "1995-08-17")
    assert seal.identity_hash == h("I", "3273055708950003")
    assert text.startswith(f"PULIH2|{NUMBER}|SKHPN|2025-07-14|TIDAK TERINDIKASI|BNNK-JU|"
                           "2025-10-14|N:")
    assert len(seal.digest) == 24 and text.split("|S:")[0] == seal.signed_text()
    assert sc.normalise_name("  Sïti\u00a0 rahma-wati ") == "SITI RAHMA WATI"
    no_holder = sc.parse_any(sealed(holder=None))[0]
    assert (no_holder.name_hash, no_holder.birth_hash, no_holder.identity_hash) == ("", "", "")


def test_the_verdicts_in_their_order():
    text = sealed()
    assert check(text).verdict == sc.VALID
    assert check("PULIH2|x").verdict == sc.MALFORMED
    assert check(text.replace("|S:", "|S:!")).verdict == sc.MALFORMED
    other = Ed25519PrivateKey.generate()
    stranger = sealed(key=other, kid=key_id_of(public_raw(other)))
    assert check(stranger).verdict == sc.UNKNOWN_KEY
    assert (check(sealed(key=other)).verdict, check(sealed(key=other)).field) == (
        sc.FORGED, "signature")
    assert check(sealed(facility="BNNP-JB")).field == "signature"  # key of another facility
    # revoked on the paper's day, retired the day before: refused; retired that day: valid
    assert (check(text, bundle(revoked_at="2025-07-14")).verdict,
            check(text, bundle(revoked_at="2025-07-14")).reason) == (sc.REVOKED, "key")
    assert check(text, bundle(revoked_at="2025-07-15")).verdict == sc.VALID
    assert check(text, bundle(retired_at="2025-07-13")).verdict == sc.REVOKED
    assert check(text, bundle(retired_at="2025-07-14")).verdict == sc.VALID
    voided = bundle()
    voided["voided"] = [{"facility_code": "BNNK-JU", "number": NUMBER, "voided_at": "2025-07-20"}]
    assert (check(text, voided).verdict, check(text, voided).reason) == (sc.REVOKED, "voided")
    # voided and wrong holder: revoked comes first
    assert check(text, voided, name="Someone Else").verdict == sc.REVOKED
    assert check(text, name=None).verdict == sc.UNCHECKED
    assert check(text, born=None).verdict == sc.UNCHECKED
    assert check(text, name="Siti Rahmawani").field == "name"
    assert check(text, born="1995-08-18").field == "birth_date"
    assert check(sealed(holder=None), name=None).verdict == sc.VALID  # no holder to ask for


def test_what_the_paper_prints_is_compared_with_the_seal():
    text = sealed()
    printed = {"number": NUMBER, "status": "tidak  terindikasi", "name": "Siti Rahmawati",
               "birth_date": "1995-08-17", "identity": "3273055708950003"}
    assert check(text, printed=printed).verdict == sc.VALID
    for key, value in (("status", "TERINDIKASI"), ("name", "Dewi Lestari"),
                       ("birth_date", "1994-03-09"), ("identity", "3273055708950004"),
                       ("number", "SKHPN/0124/VII/2025/BNNK-JU"), ("identity", "")):
        found = check(text, printed={**printed, key: value})
        assert (found.verdict, found.field, found.reason) == (sc.FORGED, key, "printed"), key
    # the paper's text is checked even when the holder was not given
    assert check(text, name=None, printed={**printed, "name": "X"}).verdict == sc.FORGED


def test_the_address_form_and_the_validity_note():
    text = sealed()
    url = "https://verifikasi.example.go.id/pulih.html#" + urllib.parse.quote(
        text, safe="-_.!~*'()")
    assert check(url).verdict == sc.VALID
    assert check(url.replace("%7C", "%7", 1)).verdict == sc.MALFORMED
    assert check(text).note == ""
    assert sc.check_seal(text, bundle(), "Siti Rahmawati", "1995-08-17",
                         today=dt.date(2025, 10, 15)).note == sc.EXPIRED


def test_pulih1_papers_still_check_with_their_holder_hash():
    seal = Seal(NUMBER, "SKHPN", "2025-07-14", "TIDAK TERINDIKASI", "BNNK-JU",
                sc.holder_hash1(NUMBER, "Siti Rahmawati", "1995-08-17"), KID)
    text = f"{seal.signed_text()}|S:{sign(KEY, seal)}"
    assert check(text).verdict == sc.VALID
    assert check(text, name=None).verdict == sc.UNCHECKED
    assert (check(text, name="Siti Rahmawani").field) == "holder"


def test_a_signed_bundle_verifies_and_any_change_breaks_it():
    signed = sc.sign_bundle(KEY, KID, bundle())
    assert sc.bundle_signature_ok(signed, sc.b64(RAW))
    changed = {**signed, "bundle": {**signed["bundle"], "voided": [{"number": "X"}]}}
    assert not sc.bundle_signature_ok(changed, sc.b64(RAW))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_no_text_crashes_the_checker_or_passes(text):
    found = check(text)
    assert found.verdict in (sc.MALFORMED, sc.UNKNOWN_KEY, sc.FORGED)


@pytest.mark.parametrize("position", range(0, 240, 7))
def test_a_change_anywhere_in_the_seal_is_caught(position):
    text = sealed()
    replacement = "0" if text[position] != "0" else "1"
    assert check(text[:position] + replacement + text[position + 1:]).verdict != sc.VALID
