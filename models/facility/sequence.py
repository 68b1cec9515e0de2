"""Numbers people see (registration, document numbers): one counter per kind per year.

The counter row is incremented with a single ``UPDATE ... RETURNING`` inside the caller's
write transaction. On SQLite that transaction began IMMEDIATE, so no other desk can be in
between; on PostgreSQL the UPDATE takes the row lock until commit. Either way two desks
can never be handed the same number, and a rolled-back transaction gives its number back.
"""
from __future__ import annotations

from peewee import AutoField, CharField, IntegerField

from models.db.connection import BaseModel, database


class NumberSequence(BaseModel):
    """The last number handed out for ``kind`` in ``year``."""

    id = AutoField()
    kind = CharField(max_length=32)
    year = IntegerField()
    last_value = IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "year"), True),)


def next_value(kind: str, year: int) -> int:
    """Take the next number of ``kind`` for ``year``; call inside a write transaction."""
    table = NumberSequence._meta.table_name
    param = database.obj.param
    database.execute_sql(
        f'INSERT INTO "{table}" ("kind", "year", "last_value") VALUES ({param}, {param}, 0) '
        f'ON CONFLICT ("kind", "year") DO NOTHING', (kind, year))
    cursor = database.execute_sql(
        f'UPDATE "{table}" SET "last_value" = "last_value" + 1 '
        f'WHERE "kind" = {param} AND "year" = {param} RETURNING "last_value"', (kind, year))
    return int(cursor.fetchone()[0])
