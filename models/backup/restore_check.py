"""Checking a backup completely before it may replace the database in use.

A backup file is whatever is on the USB stick: it may be damaged, made by a newer Pulih, of
another facility, plain where the installation is encrypted, or carry objects an attacker
with the file planted (a trigger that makes a counselor admin, a hidden table copying every
new person). :func:`inspect_backup` reads it only (a read-only connection), runs SQLite's full
integrity check, reads its schema version from the migrations it lists, and compares every
object in its ``sqlite_master`` (tables, indexes, triggers, views) with those of a fresh
database of that same version, built by running this program's own migrations on an empty
in-memory database. It also summarises both sides (facility, counts, newest event), so the
person can see what will replace what.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee
from playhouse.migrations import Migration, Runner

from models.backup.backup import MSG_NOT_A_BACKUP, BackupError
from models.core.cancel import CancelToken, check_cancel, interrupt_on
from models.core.errors import QT_TRANSLATE_NOOP, PulihError
from models.db import cipher
from models.db import connection as dbmod

C = "Errors"
MSG_BACKUP_NEWER = QT_TRANSLATE_NOOP(
    C, "The backup {path} was made by a newer version of Pulih (schema {found}, this program "
    "knows up to {known}). Nothing was restored; install the newer Pulih first.")
MSG_FOREIGN_OBJECTS = QT_TRANSLATE_NOOP(
    C, "The backup {path} holds database objects that Pulih never makes ({detail}). It may "
    "have been tampered with. Nothing was restored; use another backup and keep this file "
    "for whoever looks into it.")
MSG_BACKUP_ENCRYPTED = QT_TRANSLATE_NOOP(
    C, "The backup {path} is encrypted and the key in use does not open it. Nothing was "
    "restored; start Pulih with that backup's key, or choose another backup.")
#: Objects SQLite itself makes and keeps up to date (statistics, AUTOINCREMENT counters).
SQLITE_OWN = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                        "sqlite_stat4"})


class RestoreRefused(BackupError):
    """The backup may not replace the database in use; nothing was changed."""


@dataclass(frozen=True)
class DataSummary:
    """What one database holds, for the person to compare before a restore."""

    facility_code: str
    facility_name: str
    people: int
    episodes: int
    documents: int
    version: int
    newest_event: dt.datetime | None
    encrypted: bool


@dataclass(frozen=True)
class BackupReport:
    """A backup that passed every check, and what it would replace.

    Attributes:
        foreign: the backup is of another facility than the database in use.
        plain_into_encrypted: the backup is plain while the installation is encrypted.
    """

    path: Path
    backup: DataSummary
    current: DataSummary | None
    foreign: bool
    plain_into_encrypted: bool


def migration_names() -> list[str]:
    """The names of this program's migrations, in order."""
    return [m.name for m in Migration.load_directory(str(Path(dbmod.__file__).with_name(
        "migrations")))]


def _normal_sql(sql: str | None) -> str:
    return " ".join((sql or "").replace('"', "").replace("`", "").lower().split())


def schema_objects(conn: Any) -> set[tuple[str, str, str, str]]:
    """Every object in ``sqlite_master``: (type, name, table, normalised SQL)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(str(t), str(n), str(tb), _normal_sql(s)) for t, n, tb, s in rows
            if not (t == "table" and n in SQLITE_OWN)}


@functools.lru_cache(maxsize=8)
def reference_objects(applied: tuple[str, ...]) -> frozenset[tuple[str, str, str, str]]:
    """The objects of a fresh database with exactly the migrations ``applied`` (built once
    per process by running the migrations on an empty in-memory database)."""
    fresh = peewee.SqliteDatabase(":memory:")
    fresh.connect()
    try:
        runner = Runner(fresh, str(Path(dbmod.__file__).with_name("migrations")),
                        table_name=dbmod.MARKER_TABLE)
        runner.History.create_table()
        for migration in runner.migrations():
            if migration.name in applied:  # exactly these, as the backup lists them
                runner._run(migration.name, migration.load(), "up")
        return frozenset(schema_objects(fresh.connection()))
    finally:
        fresh.close()


def _differences(found: set[tuple[str, str, str, str]],
                 expected: frozenset[tuple[str, str, str, str]]) -> list[str]:
    """What differs, as short English phrases naming the objects."""
    names_expected = {(t, n) for t, n, _tb, _s in expected}
    names_found = {(t, n) for t, n, _tb, _s in found}
    out = [f"extra {t} {n}" for t, n in sorted(names_found - names_expected)]
    out += [f"missing {t} {n}" for t, n in sorted(names_expected - names_found)]
    changed = {(t, n) for t, n, _tb, _s in found ^ expected} & names_found & names_expected
    out += [f"changed {t} {n}" for t, n in sorted(changed)]
    return out


def _table_exists(conn: Any, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                        (name,)).fetchone() is not None


def _count(conn: Any, table: str) -> int:
    if not _table_exists(conn, table):
        return 0
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def summarise(conn: Any, version: int, encrypted: bool) -> DataSummary:
    """Facility, counts and newest event of the database on ``conn``."""
    code, name = "", ""
    if _table_exists(conn, "facility"):
        row = conn.execute("SELECT code, name_lines FROM facility ORDER BY id LIMIT 1").fetchone()
        if row:
            import json
            code = str(row[0] or "")
            try:
                lines = json.loads(row[1] or "[]")
            except ValueError:
                lines = []
            name = str(lines[-1]) if isinstance(lines, list) and lines else ""
    newest = None
    if _table_exists(conn, "audit_event"):
        value = conn.execute("SELECT max(at) FROM audit_event").fetchone()[0]
        if value:
            try:
                newest = dt.datetime.fromisoformat(str(value))
            except ValueError:
                newest = None
    return DataSummary(code, name, _count(conn, "person"), _count(conn, "episode"),
                       _count(conn, "document"), version, newest, encrypted)


def applied_migrations(conn: Any, path: Path) -> tuple[str, ...]:
    """The migrations the database on ``conn`` lists, checked against this program's."""
    names = [str(r[0]) for r in conn.execute(
        f'SELECT name FROM "{dbmod.MARKER_TABLE}" ORDER BY name').fetchall()]
    known = migration_names()
    unknown = [n for n in names if n not in known]
    if unknown:
        newest = max((int(n.split("_", 1)[0]) for n in unknown if n[:1].isdigit()), default=0)
        known_version = max((int(n.split("_", 1)[0]) for n in known), default=0)
        if newest > known_version:
            raise RestoreRefused(MSG_BACKUP_NEWER, path=str(path), found=newest,
                                 known=known_version)
        raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(path),
                             detail="unknown migration " + unknown[0][:60])
    return tuple(names)


def check_database_file(path: Path, key: str | None, cancel: CancelToken | None = None
                        ) -> tuple[tuple[str, ...], DataSummary]:
    """Check the SQLite file ``path`` completely (read only): a sound Pulih database whose
    objects are exactly those of its schema version. Returns its migrations and summary;
    raises :class:`RestoreRefused` (or :class:`Cancelled`)."""
    encrypted = not cipher.is_plain(path)
    if encrypted and not key:
        raise RestoreRefused(MSG_BACKUP_ENCRYPTED, path=str(path))
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=dbmod.BUSY_TIMEOUT_S,
                                  cipher=encrypted)
    except cipher.DRIVER_ERRORS + (OSError,) as exc:
        raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(path), detail=str(exc)[:200]) from exc
    try:
        interrupt_on(conn, cancel)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        except cipher.DATABASE_ERRORS as exc:
            check_cancel(cancel)
            if encrypted and "not a database" in str(exc):
                raise RestoreRefused(MSG_BACKUP_ENCRYPTED, path=str(path)) from exc
            raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(path), detail=str(exc)[:200]) \
                from exc
        check_cancel(cancel)
        if not rows or rows[0][0] != "ok":
            raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(path),
                                 detail="; ".join(str(r[0]) for r in rows[:3])[:200])
        if not _table_exists(conn, dbmod.MARKER_TABLE):
            raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(path), detail="no Pulih tables")
        applied = applied_migrations(conn, path)
        problems = _differences(schema_objects(conn), reference_objects(applied))
        if problems:
            raise RestoreRefused(MSG_FOREIGN_OBJECTS, path=str(path),
                                 detail=", ".join(problems[:4])[:300])
        version = max((int(n.split("_", 1)[0]) for n in applied), default=0)
        return applied, summarise(conn, version, encrypted)
    except cipher.DRIVER_ERRORS as exc:  # sqlite3.Error among them
        check_cancel(cancel)
        raise RestoreRefused(MSG_NOT_A_BACKUP, path=str(path), detail=str(exc)[:200]) from exc
    finally:
        conn.close()


def current_summary(path: Path, key: str | None) -> DataSummary | None:
    """What the database in use holds (read only); None when there is none or it cannot be
    read (a damaged database is replaced without comparing)."""
    if not path.exists():
        return None
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=dbmod.BUSY_TIMEOUT_S)
        try:
            if not _table_exists(conn, dbmod.MARKER_TABLE):
                return None
            names = [str(r[0]) for r in conn.execute(
                f'SELECT name FROM "{dbmod.MARKER_TABLE}"').fetchall()]
            version = max((int(n.split("_", 1)[0]) for n in names if n[:1].isdigit()),
                          default=0)
            return summarise(conn, version, bool(key) and not cipher.is_plain(path))
        finally:
            conn.close()
    except cipher.DRIVER_ERRORS + (PulihError, OSError):
        return None


def inspect_backup(backup: Path, target: dbmod.DatabaseTarget,
                   cancel: CancelToken | None = None) -> BackupReport:
    """Check ``backup`` completely against the SQLite database of ``target``; raises
    :class:`RestoreRefused` for anything that may not be restored at all."""
    live = Path(target.location)
    _applied, summary = check_database_file(backup, target.key, cancel)
    current = current_summary(live, target.key)
    foreign = bool(current and current.facility_code and summary.facility_code
                   and current.facility_code != summary.facility_code)
    installation_encrypted = bool(target.key) and (current is None or current.encrypted)
    return BackupReport(backup, summary, current, foreign,
                        installation_encrypted and not summary.encrypted)
