"""Checking a document's QR text against this database: the trust bundle it builds (keys,
key states, voided numbers) decided by :func:`models.seals.seal_check.check_seal`.

Needs no sign-in: nothing personal is read. For this facility's own papers the register
adds two things a phone cannot know: the void reason (shown only to a signed-in member)
and the digest of the frozen payload (a seal whose register entry says something else is
forged).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models.documents.document import Document
from models.seals.seal_check import (
    EXPIRED,
    FORGED,
    MALFORMED,
    REVOKED,
    SEAL2,
    UNCHECKED,
    UNKNOWN_KEY,
    VALID,
    check_seal,
    payload_digest,
)

VOIDED = REVOKED  # the verdict of a voided number or a revoked key: DICABUT
__all__ = ["EXPIRED", "FORGED", "MALFORMED", "REVOKED", "UNCHECKED", "UNKNOWN_KEY", "VALID",
           "VOIDED", "Verification", "verify_text"]


@dataclass(frozen=True)
class Verification:
    """What a check found.

    Attributes:
        status: valid, unchecked, forged, revoked, unknown_key or malformed.
        field: what differs for forged ("signature", "name", "birth_date", "identity",
            "status", "number", "holder", "register").
        reason: for revoked "key" or "voided"; for forged "printed" or "holder".
        seal: the parsed fields (None when the text is not a seal at all).
        facility_name: the name registered with the signing key.
        own: the key is one of this facility's own.
        voided_at, void_reason: from this facility's register, for a voided paper.
        key_revoked_at, key_retired_at, key_reason: the signing key's state (ISO dates).
        note: "expired" when the paper's validity period has ended.
        holder_matches: None when the holder was not checked, else whether it matched.
    """

    status: str
    seal: Any = None
    facility_name: str = ""
    own: bool = False
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    holder_matches: bool | None = None
    field: str = ""
    reason: str = ""
    note: str = ""
    key_revoked_at: str = ""
    key_retired_at: str = ""
    key_reason: str = ""


def verify_text(text: str, name: str | None = None,
                birth_date: str | dt.date | None = None,
                printed: Mapping[str, str] | None = None, *, today: dt.date | None = None,
                bundle: Mapping[str, Any] | None = None) -> Verification:
    """Check a QR text against this database's trust bundle (built unless given)."""
    from models.documents.trust import trust_bundle
    from models.seals.signing import SigningKey
    if bundle is None:
        bundle = trust_bundle()
    found = check_seal(text, bundle, name, birth_date, printed, today)
    seal, status, field = found.seal, found.verdict, found.field
    if seal is None or found.key is None:
        return Verification(status, seal)
    own = bool(SigningKey.select(SigningKey.own).where(SigningKey.key_id == seal.key_id)
               .scalar())
    voided_at, void_reason = None, ""
    found_reason = ""
    doc = None
    if own:
        doc = (Document.select(Document.id, Document.voided_at, Document.void_reason,
                               Document.payload, Document.signature)
               .where(Document.number == seal.number).first())
        if doc is not None and doc.voided_at is not None:
            voided_at, void_reason = doc.voided_at, doc.void_reason
        elif doc is not None:  # the column cleared behind Pulih's back: the trail remembers
            from models.documents.void_trail import voids_in_trail
            trail = voids_in_trail(doc.id).get(doc.id)
            if trail is not None:
                voided_at, void_reason = trail
                if status in (VALID, UNCHECKED):
                    status, found_reason, field = REVOKED, "voided", ""
    if status in (VALID, UNCHECKED) and doc is not None and seal.format == SEAL2:
        stored = doc.payload.get("seal") if isinstance(doc.payload, dict) else None
        if (payload_digest(doc.payload) != seal.digest or not stored
                or stored.get("digest") != seal.digest):
            status, field = FORGED, "register"
    matches: bool | None = None
    if status == VALID and name:
        matches = True
    elif status == FORGED and found.reason == "holder":
        matches = False
    key = found.key
    reason = found_reason or found.reason
    return Verification(status, seal, found.facility_name, own, voided_at, void_reason,
                        matches, field, reason, found.note,
                        str(key.get("revoked_at") or ""), str(key.get("retired_at") or ""),
                        str(key.get("reason") or ""))
