"""Staff accounts, their roles and the rights the facility head grants them."""
from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from peewee import AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from models.core.errors import QT_TRANSLATE_NOOP
from models.db.connection import BaseModel

ROLES: tuple[tuple[str, str], ...] = (
    ("admin", QT_TRANSLATE_NOOP("Codes", "Facility admin")),
    ("intake", QT_TRANSLATE_NOOP("Codes", "Intake desk")),
    ("counselor", QT_TRANSLATE_NOOP("Codes", "Counselor")),
    ("doctor", QT_TRANSLATE_NOOP("Codes", "Doctor")),
    ("nurse", QT_TRANSLATE_NOOP("Codes", "Nurse")),
    ("pharmacist", QT_TRANSLATE_NOOP("Codes", "Pharmacist")),
)

# OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1,
                         hash_len=32, salt_len=16)


class Staff(BaseModel):
    """A person who signs in. Every act in Pulih is done by exactly one of them."""

    id = AutoField()
    username = CharField(max_length=64, unique=True)
    full_name = CharField(max_length=200)
    role = CharField(max_length=16, choices=ROLES, index=True)
    position = CharField(max_length=200, default="")
    nip = CharField(max_length=18, default="")
    sip = CharField(max_length=100, default="")  # doctor's practice licence
    password_hash = CharField(max_length=255)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    lockouts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    created_at = DateTimeField(default=dt.datetime.now)

    def __str__(self) -> str:
        return f"{self.full_name} ({self.username})"


class StaffRight(BaseModel):
    """What one staff member may do in one area (Permenkes 24/2022: input, correction, view)."""

    id = AutoField()
    staff = ForeignKeyField(Staff, backref="rights", on_delete="CASCADE")
    area = CharField(max_length=32)
    can_view = BooleanField(default=False)
    can_input = BooleanField(default=False)
    can_correct = BooleanField(default=False)

    class Meta:
        indexes = ((("staff", "area"), True),)


def hash_password(password: str) -> str:
    """An argon2id hash with its own salt and parameters."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches; never raises for a wrong or malformed hash."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True
