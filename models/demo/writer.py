"""Bulk writing for the demo generator: rows as tuples, ``executemany`` per table per chunk.

The generator assigns every id itself, so parents and children are written in one pass
without reading anything back. Rows wait in one list per table and go to the database in
the order of :data:`ALL_MODELS` (parents first), one transaction per chunk, through
the driver's own ``executemany``: on SQLite that binds one prepared statement per row with
no limit on variables, on PostgreSQL psycopg pipelines the rows.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee

from models.admin.tables import ALL_MODELS
from models.db.connection import BaseModel


def _columns(model: type[BaseModel]) -> list[str]:
    return [field.column_name for field in model._meta.sorted_fields]


class BulkWriter:
    """Row buffers per table, flushed with ``executemany`` in dependency order.

    Rows are tuples in the order of the model's fields (``Model._meta.sorted_fields``,
    which is the order they are declared in); values are already in the form the driver
    takes: :meth:`date` and :meth:`stamp` give text on SQLite (as peewee stores it) and
    ``date``/``datetime`` objects on PostgreSQL.

    Attributes:
        rows: the buffer of each model; append tuples to it directly.
        counts: rows written per model so far.
    """

    def __init__(self, db: peewee.Database) -> None:
        self.db = db
        self.sqlite = isinstance(db, peewee.SqliteDatabase)
        self.rows: dict[type[BaseModel], list[tuple]] = {model: [] for model in ALL_MODELS}
        self.counts: dict[type[BaseModel], int] = {model: 0 for model in ALL_MODELS}
        self._width = {model: len(_columns(model)) for model in ALL_MODELS}
        self._sql = {}
        for model in ALL_MODELS:
            columns = ", ".join(f'"{name}"' for name in _columns(model))
            marks = ", ".join([db.param] * self._width[model])
            self._sql[model] = (f'INSERT INTO "{model._meta.table_name}" ({columns}) '
                                f"VALUES ({marks})")
        self._dates: dict[int, Any] = {}
        self._clock: dict[int, str] = {}  # " HH:MM:SS" per second of the day, made once
        self._json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def pending(self) -> int:
        """Rows waiting in the buffers."""
        return sum(len(rows) for rows in self.rows.values())

    def flush(self) -> None:
        """Write every buffered row, parents first, in one transaction."""
        with self.db.atomic():
            cursor = self.db.cursor()
            for model in ALL_MODELS:
                rows = self.rows[model]
                if not rows:
                    continue
                if len(rows[0]) != self._width[model]:  # a cheap guard against a shifted tuple
                    raise ValueError(f"{model.__name__}: {len(rows[0])} values for "
                                     f"{self._width[model]} columns")
                cursor.executemany(self._sql[model], rows)
                self.counts[model] += len(rows)
                rows.clear()

    def finish(self) -> None:
        """Flush, then let the database continue where the generator left off.

        PostgreSQL's id sequences do not see explicit ids, so each is set past the largest
        id; SQLite takes max(id)+1 by itself. An SQLite file is checkpointed so that its
        size on disk is the size of the data.
        """
        self.flush()
        if self.sqlite:
            self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return
        with self.db.atomic():
            for model in ALL_MODELS:
                table = model._meta.table_name
                self.db.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'COALESCE((SELECT MAX("id") FROM "{table}"), 0) + 1, false)')

    def date(self, ordinal: int) -> Any:
        """A date given as its proleptic ordinal, in the driver's form."""
        value = self._dates.get(ordinal)
        if value is None:
            day = dt.date.fromordinal(ordinal)
            value = day.isoformat() if self.sqlite else day
            self._dates[ordinal] = value
        return value

    def stamp(self, ordinal: int, seconds: int) -> Any:
        """A date and time (``seconds`` after midnight), in the driver's form."""
        if self.sqlite:
            clock = self._clock.get(seconds)
            if clock is None:
                hours, rest = divmod(seconds, 3600)
                clock = self._clock[seconds] = f" {hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
            return self.date(ordinal) + clock
        hours, rest = divmod(seconds, 3600)
        day = dt.date.fromordinal(ordinal)
        return dt.datetime(day.year, day.month, day.day, hours, rest // 60, rest % 60)

    def json(self, value: Any) -> str:
        """JSON text exactly as :class:`models.core.fields.JSONTextField` writes it."""
        return self._json.encode(value)
