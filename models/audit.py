"""Audit events: who did what to which record, written in the same transaction as the act."""
from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField

from models.db import BaseModel
from models.fields import JSONTextField
from models.staff import Staff


class AuditEvent(BaseModel):
    """One audited act. ``person_id`` is kept as a plain number so the trail of a person
    survives a merge of their record into another."""

    id = AutoField()
    at = DateTimeField(default=dt.datetime.now, index=True)
    staff = ForeignKeyField(Staff, null=True, backref="audit_events", on_delete="RESTRICT")
    action = CharField(max_length=64, index=True)
    table_name = CharField(max_length=64)
    record_id = IntegerField(null=True)
    person_id = IntegerField(null=True, index=True)
    detail = JSONTextField(null=True)

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


def record(actor: Staff | None, action: str, table: str, record_id: int | None,
           person_id: int | None = None, **detail: Any) -> AuditEvent:
    """Write one audit event; call it inside the transaction of the act it records."""
    return AuditEvent.create(
        staff=actor.id if actor is not None else None, action=action, table_name=table,
        record_id=record_id, person_id=person_id, detail=detail or None)
