"""What this database trusts: key states, voided numbers, and the signed lists that carry
them between facilities.

:func:`trust_bundle` builds the PULIH-TRUST1 bundle (see :mod:`models.seals.seal_check`) that
:func:`models.seals.seal_check.check_seal` decides by: every key in the store with its retired /
revoked dates, this facility's voided numbers and those imported from other facilities.
An export (:func:`export_keys`) carries this facility's own keys as key lines plus one line
holding the signed bundle of its own key states and voided numbers; an import
(:func:`import_keys`) checks that bundle's signature against the exporting facility's key
(in the same export or already known) and applies its revocations and voided numbers.
No void reasons and no personal data travel.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from peewee import AutoField, CharField, DateField, DateTimeField

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.documents.document import Document
from models.facility.facility import facility
from models.safety import audit
from models.seals.seal_check import BUNDLE_FORMAT, bundle_signature_ok, canonical_json, sign_bundle
from models.seals.signing import (
    KEY_FORMAT,
    MSG_BAD_KEY_TEXT,
    SigningKey,
    desk_key,
    key_line,
    list_keys,
    parse_key_line,
    register_public_key,
)
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_KEY_DATE = T("Codes", "Date from which the key is no longer trusted")
F_KEY_REASON = T("Codes", "Reason")
MSG_KEY_GONE = T("Errors", "There is no key {key_id} in the key store.")
MSG_KEY_REASON = T("Errors", "Write why the key is retired or revoked (at least 5 characters).")
MSG_ALREADY_RETIRED = T("Errors", "Key {key_id} was already retired on {date}.")
MSG_ALREADY_REVOKED = T("Errors", "Key {key_id} was already revoked from {date}; a revocation "
                        "can only be moved to an earlier date.")
MSG_OWN_CODE = T("Errors", "This import claims to come from this facility ({code}). Keys of "
                 "this facility are made by its own desks and are never imported; the file "
                 "was refused and nothing was changed.")
MSG_BAD_BUNDLE = T("Errors", "The signed list of revoked keys and voided numbers in this "
                   "import cannot be trusted ({detail}); nothing was changed.")
MSG_TOO_BIG = T("Errors", "This file is too large to be a key export.")

REASON_LIMIT = 300
IMPORT_LIMIT = 4_000_000  # characters; a real export is a few kilobytes per thousand voids


class ForeignVoid(BaseModel):
    """A number another facility voided, learnt from its signed export."""

    id = AutoField()
    facility_code = CharField(max_length=32)
    number = CharField(max_length=64)
    voided_at = DateField()
    imported_at = DateTimeField(default=dt.datetime.now)

    class Meta:
        table_name = "foreign_void"
        indexes = ((("facility_code", "number"), True),)


def _iso(day: dt.date | dt.datetime | None) -> str | None:
    if day is None:
        return None
    return (day.date() if isinstance(day, dt.datetime) else day).isoformat()


def own_codes() -> set[str]:
    """The facility codes this database signs as (its profile and its own desks' keys)."""
    codes = {c for (c,) in SigningKey.select(SigningKey.facility_code)
             .where(SigningKey.own).distinct().tuples()}
    fac = facility()
    if fac is not None and fac.code:
        codes.add(fac.code)
    return codes


def _key_entry(k: SigningKey) -> dict[str, Any]:
    return {"key_id": k.key_id, "facility_code": k.facility_code,
            "facility_name": k.facility_name, "public_key": k.public_key,
            "retired_at": _iso(k.retired_at), "revoked_at": _iso(k.revoked_at),
            "reason": k.reason or ""}


def _own_voided() -> list[dict[str, str]]:
    fac = facility()
    default = fac.code if fac is not None else ""
    rows = []
    from models.documents.void_trail import voided_ids, voids_in_trail
    # a void cleared from the column behind Pulih's back stays: the trail remembers it
    query = (Document.select(Document.id, Document.number, Document.voided_at,
                             Document.payload)
             .where(Document.voided_at.is_null(False) | Document.id.in_(voided_ids()))
             .order_by(Document.id))
    for doc in query:
        seal = doc.payload.get("seal") if isinstance(doc.payload, dict) else None
        code = (seal or {}).get("facility") or default
        when = doc.voided_at or voids_in_trail(doc.id)[doc.id][0]
        rows.append({"facility_code": code, "number": doc.number,
                     "voided_at": _iso(when) or ""})
    return rows


def trust_bundle(*, own_only: bool = False, now: dt.datetime | None = None) -> dict[str, Any]:
    """The PULIH-TRUST1 bundle of this database: what its verifiers trust (``own_only``:
    only this facility's keys and voids, what an export speaks for)."""
    keys = SigningKey.select().order_by(SigningKey.id)
    if own_only:
        keys = keys.where(SigningKey.own)
    else:  # an imported key claiming this facility's code (taken in before imports refused
        # it) never speaks for this facility
        keys = keys.where(SigningKey.own | SigningKey.facility_code.not_in(list(own_codes())))
    voided = _own_voided()
    if not own_only:
        voided += [{"facility_code": f.facility_code, "number": f.number,
                    "voided_at": _iso(f.voided_at) or ""}
                   for f in ForeignVoid.select().order_by(ForeignVoid.id)]
    fac = facility()
    return {"format": BUNDLE_FORMAT,
            "made_at": (now or dt.datetime.now()).replace(microsecond=0).isoformat(),
            "facility_code": fac.code if fac is not None else "",
            "keys": [_key_entry(k) for k in keys], "voided": voided}


# --- retiring and revoking -------------------------------------------------------------------

def _state_change(actor: Staff, key_id: str, on: dt.date, reason: str) -> tuple[SigningKey, str]:
    require(actor, Area.ADMIN, Action.INPUT)
    reason = v.text(reason, F_KEY_REASON, limit=REASON_LIMIT, required=True)
    if len(reason) < 5:
        raise ValidationError(MSG_KEY_REASON, field=F_KEY_REASON)
    if not isinstance(on, dt.date):
        raise ValidationError(MSG_KEY_REASON, field=F_KEY_DATE)
    key = SigningKey.get_or_none(SigningKey.key_id == (key_id or "").strip())
    if key is None:
        raise NotFound(MSG_KEY_GONE, key_id=(key_id or "")[:32])
    return key, reason


def retire_key(actor: Staff, key_id: str, on: dt.date, reason: str) -> None:
    """Take a key out of use: papers dated after ``on`` are refused (audited). A desk whose
    key is retired makes a new one for its next paper."""
    with write_transaction():
        key, reason = _state_change(actor, key_id, on, reason)
        if key.retired_at is not None:
            raise ValidationError(MSG_ALREADY_RETIRED, key_id=key.key_id,
                                  date=key.retired_at.isoformat())
        SigningKey.update(retired_at=on, reason=reason).where(SigningKey.id == key.id).execute()
        audit.record(actor, "signing_key.retire", "signing_key", key.id, key_id=key.key_id,
                     on=on.isoformat(), reason=reason)


def revoke_key(actor: Staff, key_id: str, on: dt.date, reason: str) -> None:
    """Stop trusting a key (stolen, lost): papers dated on or after ``on`` are refused as
    DICABUT (audited). A revocation can be moved earlier, never later or undone."""
    with write_transaction():
        key, reason = _state_change(actor, key_id, on, reason)
        if key.revoked_at is not None and key.revoked_at <= on:
            raise ValidationError(MSG_ALREADY_REVOKED, key_id=key.key_id,
                                  date=key.revoked_at.isoformat())
        SigningKey.update(revoked_at=on, reason=reason).where(SigningKey.id == key.id).execute()
        audit.record(actor, "signing_key.revoke", "signing_key", key.id, key_id=key.key_id,
                     on=on.isoformat(), reason=reason)


# --- export and import -------------------------------------------------------------------------

def export_keys(actor: Staff) -> str:
    """This facility's public keys, one line each, then one line with the signed bundle of
    its key states and voided numbers (signed by this desk's key; audited)."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    with write_transaction():
        fac = facility()
        signed = None
        has_keys = SigningKey.select().where(SigningKey.own).exists()
        if fac is not None and has_keys:  # a facility without papers has nothing to say
            name_line = (fac.name_lines or [fac.code])[-1]
            key_id, private = desk_key(actor, fac.code, name_line)
            bundle = trust_bundle(own_only=True)
            signed = sign_bundle(private, key_id, bundle)
        keys = list_keys(actor, own=True)
        audit.record(actor, "signing_key.export", "signing_key", None, count=len(keys),
                     voided=len(signed["bundle"]["voided"]) if signed else 0)
    text = "".join(key_line(k) + "\n" for k in keys)
    if signed is not None:
        text += json.dumps(signed, ensure_ascii=False, separators=(",", ":")) + "\n"
    return text


def _parse_signed(line: str) -> dict[str, Any]:
    try:
        signed = json.loads(line)
    except ValueError:
        raise ValidationError(MSG_BAD_BUNDLE, detail="JSON") from None
    bundle = signed.get("bundle") if isinstance(signed, dict) else None
    if (not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT
            or not isinstance(bundle.get("facility_code"), str)
            or not isinstance(bundle.get("keys"), list)
            or not isinstance(bundle.get("voided"), list)
            or not isinstance(signed.get("signed_by"), str)):
        raise ValidationError(MSG_BAD_BUNDLE, detail="format")
    return signed


def _day(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(MSG_BAD_BUNDLE, detail="date") from None


def _apply_bundle(actor: Staff, signed: dict[str, Any], lines: dict[str, tuple]) -> dict:
    bundle = signed["bundle"]
    code = bundle["facility_code"]
    signer = signed["signed_by"]
    known = SigningKey.get_or_none(SigningKey.key_id == signer)
    if known is not None:
        public, signer_code, revoked = known.public_key, known.facility_code, known.revoked_at
    elif signer in lines:
        public, signer_code, revoked = lines[signer][1], lines[signer][0], None
    else:
        raise ValidationError(MSG_BAD_BUNDLE, detail="unknown signing key")
    if signer_code != code or revoked is not None:
        raise ValidationError(MSG_BAD_BUNDLE, detail="key of another facility or revoked")
    if not bundle_signature_ok(signed, public):
        raise ValidationError(MSG_BAD_BUNDLE, detail="signature")
    changed = {"keys": 0, "voided": 0}
    for entry in bundle["keys"]:
        if not isinstance(entry, dict) or entry.get("facility_code") != code:
            continue  # a facility speaks only for its own keys
        retired, revoked = _day(entry.get("retired_at")), _day(entry.get("revoked_at"))
        row = SigningKey.get_or_none(SigningKey.key_id == str(entry.get("key_id")))
        if row is None:
            # a list only changes the state of keys already trusted: a new key comes in
            # only as a key line the admin imports (a stolen key could otherwise sign in
            # a successor that outlives its own revocation)
            continue
        if row.own or row.facility_code != code:
            continue
        update: dict[Any, Any] = {}
        if retired and (row.retired_at is None or retired < row.retired_at):
            update[SigningKey.retired_at] = retired
        if revoked and (row.revoked_at is None or revoked < row.revoked_at):
            update[SigningKey.revoked_at] = revoked
        if update:
            update[SigningKey.reason] = str(entry.get("reason") or "")[:REASON_LIMIT]
            SigningKey.update(update).where(SigningKey.id == row.id).execute()
            changed["keys"] += 1
    for entry in bundle["voided"]:
        if not isinstance(entry, dict) or entry.get("facility_code") != code:
            continue
        number = str(entry.get("number") or "")[:64]
        day = _day(entry.get("voided_at"))
        if not number or day is None:
            continue
        exists = ForeignVoid.select().where((ForeignVoid.facility_code == code)
                                            & (ForeignVoid.number == number)).exists()
        if not exists:
            ForeignVoid.create(facility_code=code, number=number, voided_at=day)
            changed["voided"] += 1
    audit.record(actor, "signing_key.trust_import", "signing_key", None, facility=code,
                 signed_by=signer, made_at=str(bundle.get("made_at") or "")[:32], **changed)
    return changed


def import_keys(actor: Staff, text: str) -> list[str]:
    """Add another facility's public keys and apply its signed list of key states and
    voided numbers; returns the new key ids. A key or list claiming this facility's own
    code refuses the whole import. Only an admin imports: keys decide what is genuine."""
    require(actor, Area.ADMIN, Action.INPUT)
    if len(text or "") > IMPORT_LIMIT:
        raise ValidationError(MSG_TOO_BIG)
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        raise ValidationError(MSG_BAD_KEY_TEXT, detail="empty")
    key_lines = [parse_key_line(line) for line in lines if not line.startswith("{")]
    signed = [_parse_signed(line) for line in lines if line.startswith("{")]
    added: list[str] = []
    with write_transaction():
        mine = own_codes()
        for code, _key_id, _raw, _name in key_lines:
            if code in mine:
                raise ValidationError(MSG_OWN_CODE, code=code)
        for one in signed:
            if one["bundle"]["facility_code"] in mine:
                raise ValidationError(MSG_OWN_CODE, code=one["bundle"]["facility_code"])
        from models.seals.seal_check import b64
        by_id = {key_id: (code, b64(raw)) for code, key_id, raw, _name in key_lines}
        for code, key_id, raw, name in key_lines:
            if SigningKey.select().where(SigningKey.key_id == key_id).exists():
                continue
            register_public_key(actor, key_id, code, name, raw, own=False)
            added.append(key_id)
        for one in signed:
            _apply_bundle(actor, one, by_id)
    return added


__all__ = ["ForeignVoid", "KEY_FORMAT", "canonical_json", "export_keys", "import_keys",
           "own_codes", "retire_key", "revoke_key", "trust_bundle"]
