"""Choosing encryption at set-up: a new, still empty SQLite database is made again, encrypted.

At first run the database already exists (opening it made the tables), but nothing is in it
yet: no staff account, no person. Encrypting then needs no copying of data; the empty file is
removed and a new encrypted one is made in its place with the chosen key.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db import cipher
from models.db import connection as dbmod
from models.people.person import Person
from models.staff.staff import Staff

F_KEY = QT_TRANSLATE_NOOP("Codes", "Database key")
F_KEY_AGAIN = QT_TRANSLATE_NOOP("Codes", "Database key again")
MIN_KEY_LENGTH = cipher.MIN_KEY_LENGTH
MSG_KEY_SHORT = QT_TRANSLATE_NOOP(
    "Errors", "The key of the database must have at least {minimum} characters.")
MSG_KEYS_DIFFER = QT_TRANSLATE_NOOP("Errors", "The two keys are not the same.")
MSG_NOT_NEW = QT_TRANSLATE_NOOP(
    "Errors", "Only a new, empty SQLite database can be encrypted at set-up.")


def check_key(key: str, again: str) -> None:
    """Raise :class:`ValidationError` at the field unless ``key`` is usable and typed twice."""
    if len(key) < MIN_KEY_LENGTH:
        raise ValidationError(MSG_KEY_SHORT, field=F_KEY, minimum=MIN_KEY_LENGTH)
    if key != again:
        raise ValidationError(MSG_KEYS_DIFFER, field=F_KEY_AGAIN)


def encrypt_new_database(key: str, again: str) -> dbmod.DatabaseTarget:
    """Replace the bound new, empty SQLite database by an encrypted one; returns its target
    (now bound). Refused for anything that holds data or is not a plain SQLite file."""
    from models.db.schema import open_database
    check_key(key, again)
    target = dbmod.bound_target()
    if (target is None or target.kind != "sqlite" or target.key
            or Staff.select().exists() or Person.select().exists()):
        raise ValidationError(MSG_NOT_NEW, field=F_KEY)
    path = Path(target.location)
    dbmod.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    encrypted = replace(target, key=key)
    open_database(encrypted)
    return encrypted
