"""The PULIH2 seal and the one pure function that decides what a seal is worth.

No database access here: :func:`check_seal` takes the seal text and a trust bundle (the
keys, their states and the voided numbers a verifier trusts; see
``models.seals.signing.trust_bundle`` for how the database builds it) and returns a frozen
:class:`SealVerdict`. The phone verifier page (reports/verifier_page.py, JavaScript)
implements the same rules over the same bundle; tests compare the two.

Seal text (one line)::

    PULIH2|<number>|<kind>|<date>|<status>|<facility>|<valid_until>|N:<nh>|B:<bh>|I:<ih>|D:<digest>|K:<key_id>|S:<signature>

- ``h(tag, value)``: the first 12 characters, upper-case hex, of SHA-256 over UTF-8 of
  ``tag + "\\n" + number + "\\n" + value``; nh = h("N", normalise_name(name)),
  bh = h("B", ISO birth date), ih = h("I", identity number upper-cased, only A-Z0-9 kept).
  A paper with no holder has N:, B:, I: empty; a holder without identity number has I: empty.
- digest: base64url (no padding) of the first 18 bytes of SHA-256 over the canonical JSON
  (sort_keys, ensure_ascii=False, separators (",", ":"), UTF-8) of the frozen payload
  without its "seal" key.
- signature: base64url (no padding) Ed25519 over the UTF-8 bytes before ``|S:``.
- With a verification address the QR holds ``<address>#<seal percent-encoded>``: a text
  holding "#" is read from after the first "#" and percent-decoded (a "%" not followed by
  two hex digits makes it malformed, as JavaScript's decodeURIComponent throws).

Shape rules (anything else is "malformed"): PULIH2 has 13 fields, PULIH1 9; number, kind,
facility non-empty; date a real ISO date (yyyy-mm-dd); valid_until empty or one; nh, bh, ih
(PULIH1 H) empty or 12 upper-case hex; D 24 base64url characters; K 16 upper-case hex; S
base64url of 64 bytes, strict (re-encodes to itself).

Verdicts, in this order: malformed; unknown_key; forged/"signature" (key of another
facility code, or a bad signature); revoked/"key" (date >= revoked_at, or date >
retired_at); revoked/"voided" ((facility, number) in the bundle's voided list); forged with
reason "printed" when text read off the paper (``printed``) differs from the seal (field
"number", "status", "name", "birth_date", "identity", PULIH1 "holder"); unchecked when the
seal names a holder and the name or birth date was not given; forged with reason "holder"
(field "name" / "birth_date", PULIH1 "holder") when they do not match; otherwise valid. A
seal without a holder (N: and B: empty) skips the holder steps. A valid_until before
``today`` sets note "expired" beside the verdict.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SEAL1 = "PULIH1"
SEAL2 = "PULIH2"
BUNDLE_FORMAT = "PULIH-TRUST1"
SEP = "|"
HASH_CHARS = 12
DIGEST_BYTES = 18

MALFORMED, UNKNOWN_KEY, FORGED, REVOKED, UNCHECKED, VALID = (
    "malformed", "unknown_key", "forged", "revoked", "unchecked", "valid")
EXPIRED = "expired"

_HEX12 = re.compile(r"^(?:[0-9A-F]{12})?$")
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_B64 = re.compile(r"^[A-Za-z0-9_-]*$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_FIELD_OK = re.compile(r"^[^|\r\n]*$")


class MalformedSeal(ValueError):
    """The text is not a Pulih seal (or was damaged beyond parsing)."""


# --- pieces shared by both formats ---------------------------------------------------------

def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64url: a text that does not re-encode to itself is refused."""
    if not _B64.fullmatch(text):
        raise MalformedSeal("base64")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise MalformedSeal("base64") from None
    if b64(data) != text:
        raise MalformedSeal("base64")
    return data


def normalise_name(name: str) -> str:
    """Upper-case letters and digits, single spaces, accents dropped."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(ch if ch.isalnum() else " " for ch in text.upper())
    return " ".join(text.split())


def normalise_identity(value: str) -> str:
    """An identity number as hashed: upper case, only A-Z and 0-9."""
    return re.sub(r"[^A-Z0-9]", "", (value or "").upper())


def iso_date(value: str | dt.date | None) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return (value or "").strip()


def field_hash(tag: str, number: str, value: str) -> str:
    digest = hashlib.sha256(f"{tag}\n{number}\n{value}".encode())
    return digest.hexdigest()[:HASH_CHARS].upper()


def name_hash(number: str, name: str) -> str:
    return field_hash("N", number, normalise_name(name))


def birth_hash(number: str, born: str | dt.date | None) -> str:
    return field_hash("B", number, iso_date(born))


def identity_hash(number: str, identity: str) -> str:
    return field_hash("I", number, normalise_identity(identity))


def holder_hash1(number: str, name: str, born: str | dt.date | None) -> str:
    """PULIH1's hash of name and birth date together."""
    digest = hashlib.sha256(f"{number}\n{normalise_name(name)}\n{iso_date(born)}".encode())
    return digest.hexdigest()[:HASH_CHARS].upper()


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def payload_digest(payload: Mapping[str, Any]) -> str:
    """The D: field: what the paper prints, bound into the signature."""
    body = {k: v for k, v in payload.items() if k != "seal"}
    return b64(hashlib.sha256(canonical_json(body)).digest()[:DIGEST_BYTES])


def check_field(value: str) -> str:
    """A seal field must not contain the separator or a line break."""
    if not _FIELD_OK.match(value):
        raise ValueError(f"seal field {value!r} contains '|' or a line break")
    return value


def _real_date(text: str) -> bool:
    if not _ISO.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- the two seal shapes ---------------------------------------------------------------------

@dataclass(frozen=True)
class Seal2:
    """The signed fields of a PULIH2 QR, in printed order."""

    number: str
    kind: str
    date: str
    status: str
    facility: str
    valid_until: str
    name_hash: str
    birth_hash: str
    identity_hash: str
    digest: str
    key_id: str

    format = SEAL2

    def signed_text(self) -> str:
        return SEP.join((SEAL2, self.number, self.kind, self.date, self.status, self.facility,
                         self.valid_until, f"N:{self.name_hash}", f"B:{self.birth_hash}",
                         f"I:{self.identity_hash}", f"D:{self.digest}", f"K:{self.key_id}"))

    def text(self, signature: str) -> str:
        return f"{self.signed_text()}{SEP}S:{signature}"

    @property
    def has_holder(self) -> bool:
        return bool(self.name_hash or self.birth_hash)

    def as_dict(self) -> dict[str, str]:
        return {"format": SEAL2, "number": self.number, "kind": self.kind, "date": self.date,
                "status": self.status, "facility": self.facility,
                "valid_until": self.valid_until, "name_hash": self.name_hash,
                "birth_hash": self.birth_hash, "identity_hash": self.identity_hash,
                "digest": self.digest, "key_id": self.key_id}


def make_seal2(number: str, kind: str, date: str, status: str, facility: str,
               valid_until: str, holder: Mapping[str, str] | None, digest: str,
               key_id: str) -> Seal2:
    """A PULIH2 seal; ``holder`` has "name", "birth_date" and "identity" (may be empty)."""
    for value in (number, kind, date, status, facility, valid_until):
        check_field(value)
    nh = bh = ih = ""
    if holder is not None:
        nh = name_hash(number, holder.get("name", ""))
        bh = birth_hash(number, holder.get("birth_date", ""))
        ident = normalise_identity(holder.get("identity", ""))
        ih = field_hash("I", number, ident) if ident else ""
    return Seal2(number, kind, date, status, facility, valid_until, nh, bh, ih, digest, key_id)


def seal_from_dict(data: Mapping[str, str]) -> Any:
    """A stored ``payload["seal"]`` back as its seal object (PULIH1 dicts have no format)."""
    if data.get("format") == SEAL2:
        fields = {k: v for k, v in data.items() if k != "format"}
        return Seal2(**fields)
    from models.seals.signing import Seal
    return Seal(**{k: v for k, v in data.items() if k != "format"})


def unwrap(text: str) -> str:
    """The seal text out of a QR: plain, or ``<address>#<percent-encoded seal>``."""
    text = (text or "").strip()
    if "#" in text:
        fragment = text.split("#", 1)[1]
        if _BAD_PERCENT.search(fragment):
            raise MalformedSeal("percent")
        try:
            text = urllib.parse.unquote(fragment, errors="strict").strip()
        except UnicodeDecodeError:
            raise MalformedSeal("percent") from None
    return text


def parse_any(text: str) -> tuple[Any, str]:
    """``(seal, signature)`` of a PULIH1 or PULIH2 text; raises :class:`MalformedSeal`."""
    text = unwrap(text)
    parts = text.split(SEP)
    if parts[0] == SEAL2 and len(parts) == 13:
        labels = ("N:", "B:", "I:", "D:", "K:", "S:")
        if not all(parts[7 + i].startswith(label) for i, label in enumerate(labels)):
            raise MalformedSeal("labels")
        nh, bh, ih, digest, key_id, signature = (p[2:] for p in parts[7:])
        seal: Any = Seal2(parts[1], parts[2], parts[3], parts[4], parts[5], parts[6],
                          nh, bh, ih, digest, key_id)
        if not (_HEX12.match(nh) and _HEX12.match(bh) and _HEX12.match(ih)):
            raise MalformedSeal("hash")
        if len(digest) != 24 or len(unb64(digest)) != DIGEST_BYTES:
            raise MalformedSeal("digest")
        if seal.valid_until and not _real_date(seal.valid_until):
            raise MalformedSeal("valid_until")
    elif parts[0] == SEAL1 and len(parts) == 9:
        holder, key_id, signature = parts[6], parts[7], parts[8]
        if not (holder.startswith("H:") and key_id.startswith("K:")
                and signature.startswith("S:")):
            raise MalformedSeal("labels")
        from models.seals.signing import Seal
        seal = Seal(parts[1], parts[2], parts[3], parts[4], parts[5], holder[2:], key_id[2:])
        signature = signature[2:]
        if not _HEX12.match(seal.holder):
            raise MalformedSeal("hash")
    else:
        raise MalformedSeal("shape")
    if not (seal.number and seal.kind and seal.facility and _real_date(seal.date)):
        raise MalformedSeal("fields")
    if not _KEY_ID.match(seal.key_id) or len(unb64(signature)) != 64:
        raise MalformedSeal("key or signature")
    return seal, signature


def signature_ok(public_b64: str, signed: bytes, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    try:
        public = Ed25519PublicKey.from_public_bytes(unb64(public_b64))
        public.verify(unb64(signature), signed)
    except (MalformedSeal, InvalidSignature, ValueError):
        return False
    return True


# --- the verdict -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SealVerdict:
    """What :func:`check_seal` found.

    Attributes:
        verdict: malformed, unknown_key, forged, revoked, unchecked or valid.
        field: for forged, what differs ("signature", "name", "birth_date", "identity",
            "status", "number", PULIH1 "holder"); "" otherwise.
        reason: for revoked "key" or "voided"; for forged "printed" (the paper's text
            differs from its seal) or "holder" (the person given is not the holder).
        seal: the parsed seal (None when malformed); ``seal.format`` says which.
        facility_name: the name registered with the signing key.
        note: "expired" when the validity period ended before today, else "".
        key: the bundle's key entry (None for malformed or unknown key).
    """

    verdict: str
    field: str = ""
    reason: str = ""
    seal: Any = None
    facility_name: str = ""
    note: str = ""
    key: Mapping[str, Any] | None = None


def _printed_mismatch(seal: Any, printed: Mapping[str, str]) -> str:
    """The first printed field that differs from the seal, or ""."""
    def given(key: str) -> str | None:
        value = printed.get(key)
        return None if value is None else str(value)

    number = given("number")
    if number is not None and number.strip() != seal.number:
        return "number"
    status = given("status")
    if status is not None and " ".join(status.upper().split()) != seal.status:
        return "status"
    name, born, ident = given("name"), given("birth_date"), given("identity")
    if seal.format == SEAL1:
        if name is not None and born is not None and seal.holder:
            if holder_hash1(seal.number, name, born) != seal.holder:
                return "holder"
        return ""
    if name is not None and name_hash(seal.number, name) != seal.name_hash:
        return "name"
    if born is not None and birth_hash(seal.number, born) != seal.birth_hash:
        return "birth_date"
    if ident is not None:
        wanted = identity_hash(seal.number, ident) if normalise_identity(ident) else ""
        if wanted != seal.identity_hash:
            return "identity"
    return ""


def check_seal(text: str, bundle: Mapping[str, Any], name: str | None = None,
               birth_date: str | dt.date | None = None,
               printed: Mapping[str, str] | None = None,
               today: dt.date | None = None) -> SealVerdict:
    """Decide what the seal ``text`` is worth against ``bundle`` (see the module docstring).

    ``name`` / ``birth_date``: the holder as written on their identity card, given by the
    person checking. ``printed``: what was read off the paper itself (keys number, status,
    name, birth_date, identity; any may be missing).
    """
    try:
        seal, signature = parse_any(text)
    except MalformedSeal:
        return SealVerdict(MALFORMED)
    key = next((k for k in bundle.get("keys", ()) if k.get("key_id") == seal.key_id), None)
    if key is None:
        return SealVerdict(UNKNOWN_KEY, seal=seal)
    fac_name = str(key.get("facility_name") or "")
    note = ""
    today_text = (today or dt.date.today()).isoformat()
    if getattr(seal, "valid_until", "") and seal.valid_until < today_text:
        note = EXPIRED

    def verdict(kind: str, field: str = "", reason: str = "") -> SealVerdict:
        return SealVerdict(kind, field, reason, seal, fac_name, note, key)

    if key.get("facility_code") != seal.facility or not signature_ok(
            str(key.get("public_key") or ""), seal.signed_text().encode("utf-8"), signature):
        return verdict(FORGED, "signature")
    revoked, retired = key.get("revoked_at"), key.get("retired_at")
    if (revoked and seal.date >= revoked) or (retired and seal.date > retired):
        return verdict(REVOKED, reason="key")
    for entry in bundle.get("voided", ()):
        if entry.get("facility_code") == seal.facility and entry.get("number") == seal.number:
            return verdict(REVOKED, reason="voided")
    if printed:
        field = _printed_mismatch(seal, printed)
        if field:
            return verdict(FORGED, field, "printed")
    has_holder = bool(seal.holder) if seal.format == SEAL1 else seal.has_holder
    if not has_holder:
        return verdict(VALID)
    name = (name or "").strip()
    born = iso_date(birth_date)
    if not name or not born:
        return verdict(UNCHECKED)
    if seal.format == SEAL1:
        if holder_hash1(seal.number, name, born) != seal.holder:
            return verdict(FORGED, "holder", "holder")
        return verdict(VALID)
    if name_hash(seal.number, name) != seal.name_hash:
        return verdict(FORGED, "name", "holder")
    if birth_hash(seal.number, born) != seal.birth_hash:
        return verdict(FORGED, "birth_date", "holder")
    return verdict(VALID)


# --- signed trust bundles ------------------------------------------------------------------

def sign_bundle(private_key: Any, key_id: str, bundle: Mapping[str, Any]) -> dict[str, Any]:
    """``{"bundle", "signed_by", "signature"}``: the form that travels between facilities."""
    return {"bundle": dict(bundle), "signed_by": key_id,
            "signature": b64(private_key.sign(canonical_json(bundle)))}


def bundle_signature_ok(signed: Mapping[str, Any], public_b64: str) -> bool:
    bundle = signed.get("bundle")
    if not isinstance(bundle, dict) or not isinstance(signed.get("signature"), str):
        return False
    return signature_ok(public_b64, canonical_json(bundle), signed["signature"])
