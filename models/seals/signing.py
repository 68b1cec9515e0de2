"""Signed seals: the Ed25519 keys of a facility and the short text its QR codes carry.

New papers carry PULIH2 seals (per-field holder hashes, a digest of the whole frozen
payload, a validity date); the format, the trust bundle and the one pure verdict function
``check_seal`` are specified and implemented in :mod:`models.seals.seal_check` (shared with the
JavaScript verifier page). PULIH1, described below, is still accepted for papers already
issued.

A seal is one line that any phone's QR reader shows as text::

    PULIH1|SKHPN/0123/VII/2025/BNNK-JU|SKHPN|2025-07-14|TIDAK TERINDIKASI|BNNK-JU|
        H:3F9A2C1B7D2E|K:1A2B3C4D5E6F7A8B|S:<signature>

(one line; broken here after a ``|`` to fit the page)

that is: format, document number, kind, date, result or status, facility code, a short hash
of the holder's name and birth date (salted with the number, so two papers of one person
cannot be linked and the name is not in the code), the key id and an Ed25519 signature over
exactly the bytes before ``|S:``. One line (no line breaks) so that a USB scanner typing
into a field does not press Enter half-way.

Where the private key lives: in a file of its own, ``<key id>.pem``, in the desk's per-user
data folder (``keys/`` beside the default database, or ``PULIH_KEY_DIR``), readable by that
user only; never in the database. The file is encrypted with a random secret that is kept
in the database (:mod:`models.seals.key_vault`), so the file alone cannot sign either. The
database and its backups travel (to the server, to a USB stick, to a restore on another
PC); a key inside them would let anyone holding a copy print "genuine" papers forever.
Keys can be retired or revoked (:mod:`models.documents.trust`). Each desk therefore makes its
own key pair on first use and registers only the public half in the shared database, under the
facility. Losing a desk's key file costs nothing but a new key id: the public halves stay in the
database, so every paper ever issued still verifies.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.db.connection import BaseModel, default_sqlite_path
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

SEAL_FORMAT = "PULIH1"
KEY_FORMAT = "PULIH-KEY1"
SEP = "|"
KEY_DIR_ENV = "PULIH_KEY_DIR"
HOLDER_CHARS = 12  # 48 bits of the holder hash: enough to tell holders apart on paper
_FIELD_OK = re.compile(r"^[^|\r\n]*$")

MSG_BAD_KEY_TEXT = T("Errors", "This is not a Pulih public key: {detail}.")


class SigningKey(BaseModel):
    """A public key that seals are checked against: this facility's own desks' keys and
    keys imported from other facilities. Private halves are never stored here."""

    id = AutoField()
    key_id = CharField(max_length=16, unique=True)
    facility_code = CharField(max_length=32)
    facility_name = CharField(max_length=300, default="")
    public_key = CharField(max_length=64)  # raw 32 bytes, base64url without padding
    own = BooleanField(default=False, index=True)
    added_at = DateTimeField(default=dt.datetime.now)
    added_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    #: papers dated after this day are refused (the key was taken out of use)
    retired_at = DateField(null=True)
    #: papers dated on or after this day are refused (the key is no longer trusted)
    revoked_at = DateField(null=True)
    reason = TextField(default="")


@dataclass(frozen=True)
class Seal:
    """The signed fields of a document's QR, in the order they are printed."""

    number: str
    kind: str
    date: str  # ISO date of issue
    status: str
    facility: str
    holder: str
    key_id: str

    format = SEAL_FORMAT

    def signed_text(self) -> str:
        """Exactly the bytes the signature covers."""
        return SEP.join((SEAL_FORMAT, self.number, self.kind, self.date, self.status,
                         self.facility, f"H:{self.holder}", f"K:{self.key_id}"))

    def as_dict(self) -> dict[str, str]:
        return {"number": self.number, "kind": self.kind, "date": self.date,
                "status": self.status, "facility": self.facility, "holder": self.holder,
                "key_id": self.key_id}


from models.seals.seal_check import MalformedSeal  # noqa: E402 - one class for both formats


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64url: a text that does not re-encode to itself is refused, so no two
    texts decode to the same bytes (a changed padding bit would otherwise pass)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise MalformedSeal("base64")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise MalformedSeal("base64") from None
    if b64(data) != text:
        raise MalformedSeal("base64")
    return data


def normalise_name(name: str) -> str:
    """Upper-case letters and digits, single spaces, accents dropped: the name as read aloud
    from the paper, so "Siti  Rahmawati" and "SITI RAHMAWATI" hash alike."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(ch if ch.isalnum() else " " for ch in text.upper())
    return " ".join(text.split())


def holder_hash(number: str, name: str, birth_date: str | dt.date | None) -> str:
    """A short hash of the holder's name and birth date, salted with the document number."""
    born = birth_date.isoformat() if isinstance(birth_date, dt.date) else (birth_date or "")
    digest = hashlib.sha256(f"{number}\n{normalise_name(name)}\n{born}".encode())
    return digest.hexdigest()[:HOLDER_CHARS].upper()


def key_id_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16].upper()


def seal_text(seal: Any, signature: str) -> str:
    """The whole QR text: the signed fields and the signature (PULIH1 or PULIH2)."""
    return f"{seal.signed_text()}{SEP}S:{signature}"


def check_field(value: str) -> str:
    """A seal field must not contain the separator or a line break."""
    if not _FIELD_OK.match(value):
        raise ValueError(f"seal field {value!r} contains '|' or a line break")
    return value


# --- keys ---------------------------------------------------------------------------------

def key_dir(env: dict[str, str] | None = None) -> Path:
    """The folder of this desk's private keys (per user; ``PULIH_KEY_DIR`` overrides)."""
    env = dict(os.environ) if env is None else env
    if env.get(KEY_DIR_ENV):
        return Path(env[KEY_DIR_ENV]).expanduser()
    return default_sqlite_path(env).parent / "keys"


_loaded: dict[tuple[str, str], Any] = {}


def _load_private(path: Path, public_b64: str) -> Any | None:
    """The private key in ``path`` when it is the half of ``public_b64``, else None.

    The file is encrypted with a secret kept in the database (:mod:`models.seals.key_vault`);
    an old plain file is re-written encrypted here."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.seals import key_vault
    cache_key = (str(path), public_b64)
    if cache_key in _loaded and key_vault.is_encrypted(path):
        return _loaded[cache_key]
    key = key_vault.read_private(path, path.stem)
    if not isinstance(key, Ed25519PrivateKey):
        return None
    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    if b64(raw) != public_b64:
        return None
    _loaded[cache_key] = key
    return key


def _write_private(folder: Path, key_id: str, key: Any) -> None:
    """Created encrypted and readable by this user only (on Windows the per-user folder
    is private); the wrapping secret goes into the database in the same transaction."""
    from models.seals import key_vault
    key_vault.write_private(folder / f"{key_id}.pem", key_id, key)


def public_raw(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def desk_key(actor: Staff | None, facility_code: str, facility_name: str,
             folder: Path | None = None) -> tuple[str, Any]:
    """This desk's signing key for the facility: ``(key id, private key)``.

    Uses an own key registered in the database whose private file is in ``folder``; when
    there is none (or every one was retired or revoked), makes a new pair, saves the private
    half there and registers the public half (audited). Call inside the write transaction of the
    act that signs.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    folder = folder or key_dir()
    own = (SigningKey.select(SigningKey.key_id, SigningKey.public_key)
           .where(SigningKey.own & (SigningKey.facility_code == facility_code)
                  & SigningKey.retired_at.is_null() & SigningKey.revoked_at.is_null())
           .order_by(SigningKey.id.desc()).tuples())
    for key_id, public_b64 in own:
        path = folder / f"{key_id}.pem"
        if path.exists():
            key = _load_private(path, public_b64)
            if key is not None:
                return key_id, key
    key = Ed25519PrivateKey.generate()
    raw = public_raw(key)
    key_id = key_id_of(raw)
    _write_private(folder, key_id, key)
    register_public_key(actor, key_id, facility_code, facility_name, raw, own=True)
    _loaded[(str(folder / f"{key_id}.pem"), b64(raw))] = key
    return key_id, key


def register_public_key(actor: Staff | None, key_id: str, facility_code: str,
                        facility_name: str, raw: bytes, *, own: bool) -> None:
    """Add a public key to the key store (inside the caller's transaction), audited."""
    SigningKey.create(key_id=key_id, facility_code=facility_code,
                      facility_name=facility_name[:300], public_key=b64(raw), own=own,
                      added_by=actor.id if actor is not None else None)
    audit.record(actor, "signing_key.create" if own else "signing_key.import", "signing_key",
                 None, key_id=key_id, facility=facility_code)


def sign(key: Any, seal: Seal) -> str:
    """The base64url signature of ``seal``'s signed text."""
    return b64(key.sign(seal.signed_text().encode("utf-8")))


# --- exchanging public keys between facilities --------------------------------------------

@dataclass(frozen=True)
class PublicKeyInfo:
    key_id: str
    facility_code: str
    facility_name: str
    public_key: str
    own: bool
    added_at: dt.datetime
    retired_at: dt.date | None = None
    revoked_at: dt.date | None = None
    reason: str = ""


def key_line(info: PublicKeyInfo) -> str:
    """One public key as one line of text (also what the key's QR holds)."""
    name = " ".join(info.facility_name.replace(SEP, " ").split())
    return SEP.join((KEY_FORMAT, info.facility_code, info.key_id, info.public_key, name))


def list_keys(actor: Staff, own: bool | None = None) -> list[PublicKeyInfo]:
    """The key store, own keys first."""
    require(actor, Area.DOCUMENT, Action.VIEW)
    query = SigningKey.select().order_by(SigningKey.own.desc(), SigningKey.id)
    if own is not None:
        query = query.where(SigningKey.own == own)
    return [PublicKeyInfo(k.key_id, k.facility_code, k.facility_name, k.public_key, k.own,
                          k.added_at, k.retired_at, k.revoked_at, k.reason or "")
            for k in query]


def parse_key_line(line: str) -> tuple[str, str, bytes, str]:
    """``(facility code, key id, raw public key, facility name)`` of one exported line."""
    parts = line.strip().split(SEP)
    if len(parts) != 5 or parts[0] != KEY_FORMAT:
        raise ValidationError(MSG_BAD_KEY_TEXT, detail="format")
    code, key_id, public_b64, name = parts[1], parts[2], parts[3], parts[4]
    try:
        raw = unb64(public_b64)
    except MalformedSeal:
        raise ValidationError(MSG_BAD_KEY_TEXT, detail="key") from None
    if len(raw) != 32:
        raise ValidationError(MSG_BAD_KEY_TEXT, detail="key length")
    if key_id_of(raw) != key_id:  # a typo or a tampered line
        raise ValidationError(MSG_BAD_KEY_TEXT, detail="key id does not match the key")
    if not code or len(code) > 32:
        raise ValidationError(MSG_BAD_KEY_TEXT, detail="facility code")
    return code, key_id, raw, name[:300]
