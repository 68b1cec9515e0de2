"""Schema version 6: the tamper-evident audit trail.

Each event gets ``prev_hash`` and ``row_hash`` (a hash chain, see models/safety/audit.py), the
``audit_head`` row keeps the end of the chain, and the database itself refuses to change or
delete an event: triggers on SQLite and PostgreSQL. Events written before this version are
chained here, in the order of their ids, so the check covers them from now on.
"""
import datetime as dt
import hashlib
from typing import Any

from peewee import *
from peewee import SqliteDatabase

# --- frozen copy of the chain's hash as of this version (models/safety/audit.py holds the
# live one; a migration never imports live code that may move or change) ---

GENESIS = "0" * 64


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


# --- end of the frozen copy ---

SQLITE_GUARDS = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit events cannot be changed');
    END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit events cannot be deleted');
    END""",
    """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN
        SELECT RAISE(ABORT, 'the end of the audit chain cannot be deleted');
    END""",
]
POSTGRES_GUARDS = [
    """CREATE FUNCTION pulih_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit events cannot be changed or deleted';
    END $$""",
    """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION pulih_audit_append_only()""",
    """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        FOR EACH ROW EXECUTE FUNCTION pulih_audit_append_only()""",
]
SQLITE_DOWN = ["DROP TRIGGER audit_head_no_delete", "DROP TRIGGER audit_event_no_delete",
               "DROP TRIGGER audit_event_no_update"]
POSTGRES_DOWN = ["DROP TRIGGER audit_head_no_delete ON audit_head",
                 "DROP TRIGGER audit_event_append_only ON audit_event",
                 "DROP FUNCTION pulih_audit_append_only()"]
CHUNK = 5000


def _chain_existing(db):
    """Link the events already there, oldest id first; returns (last hash, count)."""
    param = db.param
    prev, count, last_id = GENESIS, 0, 0
    while True:
        rows = db.execute_sql(
            "SELECT id, at, staff_id, action, table_name, record_id, person_id, detail "
            f"FROM audit_event WHERE id > {param} ORDER BY id LIMIT {CHUNK}",
            (last_id,)).fetchall()
        if not rows:
            return prev, count
        updates = []
        for event_id, at, staff_id, action, table, record_id, person_id, detail in rows:
            own = chain_hash(prev, canonical_at(at), staff_id, action, table, record_id,
                             person_id, detail)
            updates.append((prev, own, event_id))
            prev = own
        db.cursor().executemany(
            f"UPDATE audit_event SET prev_hash = {param}, row_hash = {param} WHERE id = {param}",
            updates)
        count += len(rows)
        last_id = rows[-1][0]


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('audit_event', 'prev_hash', CharField(max_length=64, default='')),
        migrator.add_column('audit_event', 'row_hash', CharField(max_length=64, default='')),
    )

    class AuditHead(Model):
        id = IntegerField(primary_key=True)
        last_hash = CharField(max_length=64)
        events = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'audit_head'
    db.create_tables([AuditHead])
    last, count = _chain_existing(db)
    AuditHead.insert(id=1, last_hash=last, events=count).execute()
    for sql in (SQLITE_GUARDS if isinstance(db, SqliteDatabase) else POSTGRES_GUARDS):
        db.execute_sql(sql)


def down(migrator, db):
    for sql in (SQLITE_DOWN if isinstance(db, SqliteDatabase) else POSTGRES_DOWN):
        db.execute_sql(sql)
    migrator.migrate(migrator.drop_table('audit_head'),
                     migrator.drop_column('audit_event', 'row_hash'),
                     migrator.drop_column('audit_event', 'prev_hash'))
