"""Audit events: who did what to which record, written in the same transaction as the act.

The trail is a hash chain: every event stores the hash of the event before it
(``prev_hash``) and its own hash over its content and that link (``row_hash``); the
``audit_head`` row holds the newest hash, the newest id and the number of events, so events
cut off the end are missed too. Migration 0006 makes the database refuse to change or delete
events; migration 0009 refuses an insert that is not the next link (id = newest id + 1,
``prev_hash`` = newest hash) and a head that moves other than forward to the newest event.
:mod:`models.seals.audit_chain` checks the chain; :mod:`models.seals.audit_checkpoint` anchors
it outside the database.

Every way peewee inserts an event (``record``, ``AuditEvent.create``, ``insert``,
``insert_many``) goes through :class:`_ChainedInsert`, which takes the head, gives the new
events the next ids, links them and moves the head in the caller's transaction. Appending is
serialised: on SQLite the write transaction began IMMEDIATE; on PostgreSQL the head row is
locked. So two desks writing at once still make one unbroken chain with no gap in its ids.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

from peewee import (
    AutoField,
    CharField,
    Database,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    ModelInsert,
)

from models.core.fields import JSONTextField
from models.db.connection import BaseModel, database, is_sqlite
from models.staff.staff import Staff

GENESIS = "0" * 64
HEAD_ID = 1


def canonical_at(value: Any) -> str:
    """The time of an event as hashed: ``YYYY-MM-DD HH:MM:SS.ffffff`` whichever the driver
    gave (SQLite text with or without microseconds, a PostgreSQL datetime)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def chain_hash(prev: str, at: str, staff_id: int | None, action: str, table: str,
               record_id: int | None, person_id: int | None, detail: str | None) -> str:
    """The hash of one event: its content and the hash of the event before it. ``detail``
    is the JSON text as stored; free text only in the last place keeps the join unambiguous."""
    text = f"{prev}|{at}|{staff_id}|{action}|{table}|{record_id}|{person_id}|{detail}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _ChainedInsert(ModelInsert):
    """An insert into the audit trail that links each new event to the one before."""

    _insert: Any  # peewee's: the row (a dict) or the rows to insert
    _columns: Any  # peewee's: the fields of the rows, or None

    def _execute(self, db: Database) -> Any:  # peewee's signature
        rows, single = _rows_of(self._insert, self._columns)
        with db.atomic():
            lock_head()
            last_id, prev = tail()
            for row in rows:
                last_id = row["id"] = last_id + 1
                at = row.setdefault("at", dt.datetime.now())
                detail = AuditEvent.detail.db_value(row.get("detail"))
                row["prev_hash"] = prev
                prev = row["row_hash"] = chain_hash(
                    prev, canonical_at(at), _id(row.get("staff")), row["action"],
                    row["table_name"], _id(row.get("record_id")), _id(row.get("person_id")),
                    detail)
            self._insert, self._columns = (rows[0] if single else rows), None
            result = super()._execute(db)
            AuditHead.update(last_hash=prev, last_id=last_id,
                             events=AuditHead.events + (last_id - AuditHead.last_id)).where(
                AuditHead.id == HEAD_ID).execute()
        return result


def _id(value: Any) -> Any:
    return getattr(value, "id", value)


def _rows_of(insert: Any, columns: Any) -> tuple[list[dict[str, Any]], bool]:
    """The rows of an insert as dicts keyed by field name, and whether it was one row."""
    fields = AuditEvent._meta.combined

    def name(key: Any) -> str:
        return fields[key].name if isinstance(key, str) else key.name

    if isinstance(insert, Mapping):
        return [{name(k): v for k, v in insert.items()}], True
    if not isinstance(insert, Iterable) or hasattr(insert, "sql"):
        raise TypeError("audit events are inserted row by row, never from a query")
    rows = []
    default_columns = [f.name for f in AuditEvent._meta.sorted_fields[1:]]
    for row in insert:
        if isinstance(row, Mapping):
            rows.append({name(k): v for k, v in row.items()})
        else:
            names = [name(c) for c in columns] if columns else default_columns
            rows.append(dict(zip(names, row)))
    return rows, False


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
    prev_hash = CharField(max_length=64, default="")
    row_hash = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("table_name", "record_id"), False),)

    @classmethod
    def insert(cls, __data: Any = None, **insert: Any) -> ModelInsert:  # peewee's signature
        return _ChainedInsert(cls, cls._normalize_data(__data, insert))

    @classmethod
    def insert_many(cls, rows: Iterable[Any], fields: Any = None) -> ModelInsert:
        return _ChainedInsert(cls, insert=rows, columns=fields)

    @classmethod
    def insert_from(cls, query: Any, fields: Any) -> NoReturn:
        raise TypeError("audit events are inserted row by row, never from a query")


class AuditHead(BaseModel):
    """The end of the audit chain: the newest event's hash and id and how many events there
    are. Ids up to ``gaps_until`` (written before schema version 9) may have gaps; every
    later id is the one before + 1."""

    id = IntegerField(primary_key=True)
    last_hash = CharField(max_length=64)
    events = IntegerField(default=0)
    last_id = IntegerField(default=0)
    gaps_until = IntegerField(default=0)


def lock_head() -> str:
    """The newest hash of the chain, taking the head for the rest of the transaction (call
    inside one). Made on first use, e.g. after an empty database was truncated."""
    lock = "" if is_sqlite() else " FOR UPDATE"
    table = AuditHead._meta.table_name
    param = database.obj.param
    row = database.execute_sql(f'SELECT "last_hash" FROM "{table}" WHERE "id" = {param}{lock}',
                               (HEAD_ID,)).fetchone()
    if row is None:
        AuditHead.insert(id=HEAD_ID, last_hash=GENESIS, events=0).on_conflict_ignore().execute()
        row = database.execute_sql(
            f'SELECT "last_hash" FROM "{table}" WHERE "id" = {param}{lock}', (HEAD_ID,)
        ).fetchone()
    return str(row[0])


def tail() -> tuple[int, str]:
    """The id and hash of the newest event ((0, GENESIS) on an empty trail): what the next
    event links to. Call after :func:`lock_head`, inside the same transaction."""
    row = database.execute_sql(
        f'SELECT "id", "row_hash" FROM "{AuditEvent._meta.table_name}" '
        'ORDER BY "id" DESC LIMIT 1').fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def record(actor: Staff | None, action: str, table: str, record_id: int | None,
           person_id: int | None = None, **detail: Any) -> AuditEvent:
    """Write one audit event; call it inside the transaction of the act it records."""
    return AuditEvent.create(
        staff=actor.id if actor is not None else None, action=action, table_name=table,
        record_id=record_id, person_id=person_id, detail=detail or None)
