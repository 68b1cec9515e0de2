"""Drafts: what a desk has typed but not saved yet, kept in the database as it is typed.

A crash, a lock or a closed window loses nothing: the screen saves its fields here every
few seconds and offers them back next time. A draft belongs to the staff member who typed
it; nobody else reads it, and it is deleted when the real record is saved.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, write_transaction
from models.staff.staff import Staff

MAX_DRAFT_CHARS = 200_000
MSG_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "This draft is too large to keep ({size} characters).")


class Draft(BaseModel):
    """Unsaved input of one screen (``kind``) about one subject (``subject``, '' for new)."""

    id = AutoField()
    staff = ForeignKeyField(Staff, backref="drafts", on_delete="CASCADE")
    kind = CharField(max_length=32)
    subject = CharField(max_length=32, default="")
    payload = JSONTextField()
    updated_at = DateTimeField(default=dt.datetime.now)

    class Meta:
        indexes = ((("staff", "kind", "subject"), True),)


@dataclass(frozen=True)
class DraftRecord:
    kind: str
    subject: str
    payload: dict[str, Any]
    updated_at: dt.datetime


def save_draft(actor: Staff, kind: str, payload: dict[str, Any], subject: str = "") -> None:
    """Keep (or replace) the actor's draft of ``kind`` about ``subject``."""
    size = len(Draft.payload.db_value(payload) or "")  # None only for a None payload
    if size > MAX_DRAFT_CHARS:
        raise ValidationError(MSG_TOO_BIG, size=size)
    now = dt.datetime.now()
    with write_transaction():
        (Draft.insert(staff=actor.id, kind=kind, subject=subject, payload=payload, updated_at=now)
         .on_conflict(conflict_target=[Draft.staff, Draft.kind, Draft.subject],
                      update={Draft.payload: payload, Draft.updated_at: now})
         .execute())


def load_draft(actor: Staff, kind: str, subject: str = "") -> DraftRecord | None:
    """The actor's own draft, if there is one."""
    row = Draft.get_or_none((Draft.staff == actor.id) & (Draft.kind == kind)
                            & (Draft.subject == subject))
    if row is None:
        return None
    return DraftRecord(row.kind, row.subject, row.payload, row.updated_at)


def discard_draft(actor: Staff, kind: str, subject: str = "") -> None:
    """Forget the draft (after the record was saved, or when the desk throws it away)."""
    with write_transaction():
        Draft.delete().where((Draft.staff == actor.id) & (Draft.kind == kind)
                             & (Draft.subject == subject)).execute()
