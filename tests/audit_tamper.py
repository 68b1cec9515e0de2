"""Tampering with the audit trail as someone holding the database file would: every guard
trigger off (SQLite: dropped; PostgreSQL: disabled), then any SQL, then the rewrite of a whole
chain with every hash recomputed by the published algorithm."""
from __future__ import annotations

from models.db import connection as dbmod
from models.safety.audit import GENESIS, AuditEvent, canonical_at, chain_hash

TABLES = ("audit_event", "audit_head")


def tamper(*statements: str, params: tuple = ()) -> None:
    """Run SQL with every trigger on the audit tables off."""
    sqlite = dbmod.is_sqlite()
    with dbmod.database.atomic():
        if sqlite:
            names = dbmod.database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                "('audit_event', 'audit_head')").fetchall()
            for (name,) in names:
                dbmod.database.execute_sql(f'DROP TRIGGER "{name}"')
        else:
            for table in TABLES:
                dbmod.database.execute_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        for sql in statements:
            dbmod.database.execute_sql(sql.replace("?", dbmod.database.obj.param), params)
        if not sqlite:
            for table in TABLES:
                dbmod.database.execute_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")


def rewrite_chain(renumber: bool = True) -> int:
    """Relink every event from the first (ids 1..n when ``renumber``), recomputing each hash,
    and move the head to the new end: a rewrite no link check can see. Returns the count."""
    rows = list(AuditEvent.select().order_by(AuditEvent.id).tuples())
    columns = [f.column_name for f in AuditEvent._meta.sorted_fields]
    prev, statements, params = GENESIS, [], []
    for number, row in enumerate(rows, 1):
        values = dict(zip(columns, row))
        detail = AuditEvent.detail.db_value(values["detail"])
        own = chain_hash(prev, canonical_at(values["at"]), values["staff_id"], values["action"],
                         values["table_name"], values["record_id"], values["person_id"],
                         detail)
        new_id = number if renumber else values["id"]
        statements.append((values["id"], new_id, prev, own))
        prev = own
    sql = []
    for old, new, link, own in statements:
        sql.append(f"UPDATE audit_event SET id = {-new}, prev_hash = '{link}', "
                   f"row_hash = '{own}' WHERE id = {old}")
    sql.append("UPDATE audit_event SET id = -id WHERE id < 0")
    last = statements[-1][1] if statements else 0
    sql.append(f"UPDATE audit_head SET last_hash = '{prev}', events = {len(rows)}, "
               f"last_id = {last} WHERE id = 1")
    tamper(*sql, params=params)
    return len(rows)
