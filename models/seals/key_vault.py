"""Desk private keys encrypted at rest.

A desk's Ed25519 private key lives in a PEM file of its own (see :mod:`models.seals.signing`),
now encrypted with a random wrapping secret (PKCS#8 with the best encryption the
``cryptography`` library offers). The secret is a row of the database (``desk_key_secret``,
one per key id), so neither the key file alone (a copied key folder, a stolen laptop
profile) nor a copy of the database alone can sign; with SQLCipher the secret is encrypted
at rest with the rest of the database. The ``keyring`` library was not used: on the headless
Linux desks and servers Pulih runs on it has no backend (no Secret Service on D-Bus), and
on Windows it would tie the key to one Windows account's credential store while the key
file itself is already per user.

An old unencrypted PEM file is re-written encrypted the first time it is used.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from peewee import AutoField, CharField

from models.db.connection import BaseModel

ENCRYPTED_MARK = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"


class DeskKeySecret(BaseModel):
    """The wrapping secret of one desk's private key file."""

    id = AutoField()
    key_id = CharField(max_length=16, unique=True)
    secret = CharField(max_length=64)

    class Meta:
        table_name = "desk_key_secret"


def _secret(key_id: str, create: bool) -> bytes | None:
    row = DeskKeySecret.get_or_none(DeskKeySecret.key_id == key_id)
    if row is not None:
        return row.secret.encode("ascii")
    if not create:
        return None
    value = secrets.token_urlsafe(32)
    DeskKeySecret.create(key_id=key_id, secret=value)
    return value.encode("ascii")


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(ENCRYPTED_MARK)) == ENCRYPTED_MARK
    except OSError:
        return False


def write_private(path: Path, key_id: str, key: Any, *, replace: bool = False) -> None:
    """Write ``key`` encrypted into ``path`` (mode 0600); call inside a write transaction
    (the secret row is created with it)."""
    from cryptography.hazmat.primitives import serialization
    secret = _secret(key_id, create=True)
    assert secret is not None
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(secret))
    path.parent.mkdir(parents=True, exist_ok=True)
    target = path.with_name(path.name + ".part") if replace else path
    if replace and target.exists():
        target.unlink()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    if replace:
        os.replace(target, path)


def read_private(path: Path, key_id: str) -> Any | None:
    """The private key in ``path``, or None when it cannot be opened here (no file, no
    secret in this database, damaged). An unencrypted file is re-written encrypted."""
    from cryptography.hazmat.primitives import serialization
    try:
        data = path.read_bytes()
    except OSError:
        return None
    encrypted = data.startswith(ENCRYPTED_MARK)
    secret = _secret(key_id, create=False) if encrypted else None
    if encrypted and secret is None:
        return None
    try:
        key = serialization.load_pem_private_key(data, password=secret)
    except (ValueError, TypeError):
        return None
    if not encrypted:
        try:
            write_private(path, key_id, key, replace=True)
        except OSError:
            pass  # a read-only key folder: keep signing; the next desk start tries again
    return key
