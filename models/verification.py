"""Checking a document's QR text: valid, forged, unknown key or voided.

Needs no personal data and no sign-in: the key store says whose key signed the seal, and
the register (when the paper is this facility's own) says whether it was voided. A person
holding the paper can also check that the holder hash matches the name and birth date
printed on it, without the QR ever carrying the name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.document import Document
from models.signing import (MalformedSeal, Seal, SigningKey, holder_hash, parse_seal,
                            signature_valid)

VALID, FORGED, UNKNOWN_KEY, VOIDED, MALFORMED = (
    "valid", "forged", "unknown_key", "voided", "malformed")


@dataclass(frozen=True)
class Verification:
    """What a check found.

    Attributes:
        status: one of valid, forged, unknown_key, voided, malformed.
        seal: the parsed fields (None when the text is not a seal at all).
        facility_name: the name registered with the signing key.
        own: the key is one of this facility's own.
        voided_at, void_reason: from the register, for a voided paper.
        holder_matches: None when no name was given, else whether it matches the hash.
    """

    status: str
    seal: Seal | None = None
    facility_name: str = ""
    own: bool = False
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    holder_matches: bool | None = None


def verify_text(text: str, name: str | None = None,
                birth_date: str | dt.date | None = None) -> Verification:
    """Check a QR text against the key store and, for own papers, the register."""
    try:
        seal, signature = parse_seal(text)
    except MalformedSeal:
        return Verification(MALFORMED)
    key = (SigningKey.select(SigningKey.public_key, SigningKey.facility_name, SigningKey.own,
                             SigningKey.facility_code)
           .where(SigningKey.key_id == seal.key_id).first())
    if key is None:
        return Verification(UNKNOWN_KEY, seal)
    matches = None
    if name is not None:
        matches = holder_hash(seal.number, name, birth_date) == seal.holder
    if key.facility_code != seal.facility or not signature_valid(key.public_key, seal,
                                                                  signature):
        return Verification(FORGED, seal, key.facility_name, key.own, holder_matches=matches)
    if key.own:
        doc = (Document.select(Document.voided_at, Document.void_reason)
               .where(Document.number == seal.number).first())
        if doc is not None and doc.voided_at is not None:
            return Verification(VOIDED, seal, key.facility_name, True, doc.voided_at,
                                doc.void_reason, matches)
    return Verification(VALID, seal, key.facility_name, key.own, holder_matches=matches)
