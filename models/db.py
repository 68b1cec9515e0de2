"""The database connection: one proxy bound at start-up to SQLite or PostgreSQL.

SQLite (the embedded default) is opened with WAL, foreign keys, ``synchronous=full``, a
busy timeout and ``BEGIN IMMEDIATE`` for every transaction, so two writers queue instead
of failing half-way. PostgreSQL serves facilities with several desks.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping
from urllib.parse import urlsplit

import peewee
from peewee import DatabaseProxy, Model

from models.errors import (MSG_CANNOT_CONNECT, MSG_DAMAGED, MSG_NOT_PULIH, DatabaseProblem)

database = DatabaseProxy()

BUSY_TIMEOUT_S = 30
SQLITE_HEADER = b"SQLite format 3\x00"
#: A table that every Pulih database has from its first schema version on.
MARKER_TABLE = "schema_migration"


class BaseModel(Model):
    """Base of every table; bound to :data:`database`."""

    class Meta:
        database = database
        legacy_table_names = False


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the data lives: an SQLite file or a PostgreSQL URL."""

    kind: str  # "sqlite" or "postgres"
    location: str  # a file path or a URL

    def describe(self) -> str:
        """A short text for a status bar: the file, or the server without the password."""
        if self.kind == "sqlite":
            return self.location
        parts = urlsplit(self.location)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        return f"postgresql://{parts.username + '@' if parts.username else ''}{host}{port}{parts.path}"


def default_sqlite_path(env: Mapping[str, str] = os.environ) -> Path:
    """The per-user data folder of the platform, as Qt's AppLocalDataLocation would give."""
    home = Path(env.get("HOME") or Path.home())
    if sys.platform.startswith("win"):
        base = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local") / "Pulih"
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support" / "Pulih"
    else:
        base = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share") / "pulih"
    return base / "pulih.sqlite3"


def resolve_target(db_path: str | None = None, database_url: str | None = None,
                   env: Mapping[str, str] = os.environ) -> DatabaseTarget:
    """Command-line options win over ``PULIH_DB`` / ``PULIH_DATABASE_URL``, then the default."""
    if database_url:
        return DatabaseTarget("postgres", database_url)
    if db_path:
        return DatabaseTarget("sqlite", str(Path(db_path).expanduser()))
    if env.get("PULIH_DATABASE_URL"):
        return DatabaseTarget("postgres", env["PULIH_DATABASE_URL"])
    if env.get("PULIH_DB"):
        return DatabaseTarget("sqlite", str(Path(env["PULIH_DB"]).expanduser()))
    return DatabaseTarget("sqlite", str(default_sqlite_path(env)))


def probe_sqlite_file(path: Path) -> bool:
    """Say whether ``path`` holds a Pulih database, reading it only.

    Returns False when there is no file yet (a new database may be made there). Raises
    :class:`DatabaseProblem` for anything else that is not a healthy Pulih database; the
    file is opened read-only, so it stays byte-for-byte as it was.
    """
    if not path.exists():
        return False
    if path.is_dir():
        raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseProblem(MSG_DAMAGED, path=str(path), detail=exc.strerror or str(exc))
    if header != SQLITE_HEADER:
        raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (MARKER_TABLE,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(MSG_DAMAGED, path=str(path), detail=str(exc))
    if not found:
        raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
    return True


def sqlite_database(path: str, *, read_only: bool = False) -> peewee.SqliteDatabase:
    """An SQLite connection set up the way every Pulih desk uses it."""
    if read_only:
        return peewee.SqliteDatabase(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
            pragmas={"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_S * 1000,
                     "query_only": 1})
    return peewee.SqliteDatabase(
        path, timeout=BUSY_TIMEOUT_S, lock_type="IMMEDIATE",
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "full",
            "busy_timeout": BUSY_TIMEOUT_S * 1000,
            "cache_size": -32000,  # 32 MB page cache
            "temp_store": "memory",
        })


def postgres_database(url: str) -> peewee.PostgresqlDatabase:
    """A PostgreSQL connection from a ``postgresql://`` URL, through psycopg 3."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise DatabaseProblem(MSG_CANNOT_CONNECT, detail=f"unknown scheme {parts.scheme!r}")
    name = parts.path.lstrip("/") or "pulih"
    params: dict[str, object] = {"host": parts.hostname or "localhost",
                                 "port": parts.port or 5432}
    if parts.username:
        params["user"] = parts.username
    if parts.password:
        params["password"] = parts.password
    return peewee.PostgresqlDatabase(name, prefer_psycopg3=True,
                                     connect_timeout=10, **params)


def connect(target: DatabaseTarget, *, read_only: bool = False) -> peewee.Database:
    """Make the database object for ``target``, bind the proxy to it and connect."""
    if target.kind == "sqlite":
        path = Path(target.location)
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        db: peewee.Database = sqlite_database(str(path), read_only=read_only)
    else:
        db = postgres_database(target.location)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        database.initialize(None)
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseProblem(MSG_CANNOT_CONNECT, detail=detail) from exc
    return db


def close() -> None:
    """Close the bound connection, if any, letting SQLite refresh its planner statistics."""
    if database.obj is not None and not database.obj.is_closed():
        if is_sqlite():
            try:
                database.execute_sql("PRAGMA optimize")
            except peewee.DatabaseError:
                pass  # read-only or damaged: closing matters more than statistics
        database.obj.close()


def is_sqlite() -> bool:
    """True when the proxy is bound to SQLite."""
    return isinstance(database.obj, peewee.SqliteDatabase)


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite); nests as a savepoint."""
    with database.atomic():
        yield
