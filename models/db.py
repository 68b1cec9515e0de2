"""The database connection: one proxy bound at start-up to SQLite or PostgreSQL.

SQLite (the embedded default) is opened with WAL, foreign keys, ``synchronous=full``, a
busy timeout and ``BEGIN IMMEDIATE`` for every transaction, so two writers queue instead
of failing half-way. PostgreSQL serves facilities with several desks.
"""
from __future__ import annotations

import contextlib
import ntpath
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping
from urllib.parse import urlsplit

import peewee
from peewee import DatabaseProxy, Model

from models import cipher
from models.errors import (MSG_CANNOT_CONNECT, MSG_DAMAGED, MSG_NOT_PULIH, QT_TRANSLATE_NOOP,
                           DatabaseProblem)

database = DatabaseProxy()
_bound_target: "DatabaseTarget | None" = None

BUSY_TIMEOUT_S = 30
SQLITE_HEADER = b"SQLite format 3\x00"
#: A table that every Pulih database has from its first schema version on.
MARKER_TABLE = "schema_migration"
#: File systems that reach another computer; SQLite's locking does not work across them.
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smbfs", "smb3", "smb2", "ncpfs", "afs",
                        "9p", "ceph", "glusterfs", "fuse.sshfs", "fuse.glusterfs",
                        "fuse.smbnetfs", "davfs", "fuse.davfs2", "lustre", "gpfs"})
DRIVE_REMOTE = 4  # what Windows' GetDriveTypeW answers for a mapped network drive
MSG_NETWORK = QT_TRANSLATE_NOOP(
    "Errors", "The database {path} is on a network share ({kind}). Pulih does not keep its "
    "SQLite file on a network share: two desks writing over the network damage it. Keep the "
    "file on this computer's own disk, or, for several desks, set up a PostgreSQL server "
    "and start Pulih with --database-url postgresql://user:password@server/pulih (see the "
    "README, 'several desks').")


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
    #: SQLCipher passphrase of an encrypted SQLite file (or of a new one to encrypt)
    key: str | None = field(default=None, repr=False, compare=False)

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
                   env: Mapping[str, str] = os.environ, key_file: str | None = None
                   ) -> DatabaseTarget:
    """Command-line options win over ``PULIH_DB`` / ``PULIH_DATABASE_URL``, then the default.

    An SQLite file's key comes from ``key_file`` (``--db-key-file``), else ``PULIH_DB_KEY``.
    """
    target = _where(db_path, database_url, env)
    if target.kind != "sqlite":
        return target
    key = cipher.read_key_file(key_file) if key_file else env.get("PULIH_DB_KEY") or None
    return replace(target, key=key)


def _where(db_path: str | None, database_url: str | None, env: Mapping[str, str]
           ) -> DatabaseTarget:
    if database_url:
        return DatabaseTarget("postgres", database_url)
    if db_path:
        return DatabaseTarget("sqlite", str(Path(db_path).expanduser()))
    if env.get("PULIH_DATABASE_URL"):
        return DatabaseTarget("postgres", env["PULIH_DATABASE_URL"])
    if env.get("PULIH_DB"):
        return DatabaseTarget("sqlite", str(Path(env["PULIH_DB"]).expanduser()))
    return DatabaseTarget("sqlite", str(default_sqlite_path(env)))


def _mount_of(path: str, mounts_text: str) -> tuple[str, str] | None:
    """The (mount point, file system type) in /proc/mounts that holds ``path``."""
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes blanks in mount points as octal (\040)
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fields[2])
    return best


def _windows_drive_type(root: str) -> int:
    import ctypes
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_share(path: str, *, platform: str = sys.platform, mounts_text: str | None = None,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """What kind of network share ``path`` is on ("UNC path", "network drive X:", "nfs4
    mount at /mnt/x"), or None for a local disk. ``mounts_text`` and ``drive_type`` stand in
    for /proc/mounts and Windows' GetDriveTypeW in tests."""
    if platform.startswith("win"):
        if path.startswith(("\\\\", "//")):
            return "UNC path"
        drive = ntpath.splitdrive(path)[0]
        if len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            if kind == DRIVE_REMOTE:
                return f"network drive {drive.upper()}"
        return None
    if path.startswith("//"):
        return "UNC path"
    if mounts_text is None:
        if not platform.startswith("linux"):
            return None
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    found = _mount_of(os.path.realpath(path), mounts_text)
    if found and (found[1] in NETWORK_FS or found[1].startswith(("nfs", "cifs", "smb"))):
        return f"{found[1]} mount at {found[0]}"
    return None


def refuse_network_share(path: Path, **probe: Any) -> None:
    """Raise :class:`DatabaseProblem` when ``path`` is on a network share."""
    kind = network_share(str(path), **probe)
    if kind:
        raise DatabaseProblem(MSG_NETWORK, path=str(path), kind=kind)


def probe_sqlite_file(path: Path, key: str | None = None) -> bool:
    """Say whether ``path`` holds a Pulih database, reading it only.

    Returns False when there is no file yet (a new database may be made there). Raises
    :class:`DatabaseProblem` for anything else that is not a healthy Pulih database, for
    an encrypted one without ``key`` and for a wrong key; the file is opened read-only,
    so it stays byte-for-byte as it was.
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
        if not cipher.looks_encrypted(path):
            raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
        if not key:
            raise DatabaseProblem(cipher.MSG_ENCRYPTED, path=str(path))
        cipher.check_key(path, key)
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=BUSY_TIMEOUT_S)
        try:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (MARKER_TABLE,)).fetchone()
        finally:
            conn.close()
    except cipher.DATABASE_ERRORS as exc:
        raise DatabaseProblem(MSG_DAMAGED, path=str(path), detail=str(exc))
    if not found:
        raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
    problem = quick_check(path, key)
    if problem:
        raise DatabaseProblem(MSG_DAMAGED, path=str(path), detail=problem)
    return True


def quick_check(path: Path, key: str | None = None) -> str | None:
    """SQLite's quick integrity check of the file, through a read-only connection, so a
    damaged file is found before anything could write to it. None when sound."""
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except (*cipher.DATABASE_ERRORS, DatabaseProblem) as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


def sqlite_database(path: str, *, read_only: bool = False, key: str | None = None
                    ) -> peewee.SqliteDatabase:
    """An SQLite connection set up the way every Pulih desk uses it; through SQLCipher
    when the file is encrypted (or new, with a ``key`` to encrypt it)."""
    encrypted = cipher.uses_cipher(Path(path), key)
    make: Callable[..., peewee.SqliteDatabase] = (
        (lambda *a, **kw: cipher.CipherDatabase(*a, key=key or "", **kw)) if encrypted
        else peewee.SqliteDatabase)
    if read_only:
        return make(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
            pragmas={"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_S * 1000,
                     "query_only": 1})
    return make(
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
        refuse_network_share(path)
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        db: peewee.Database = sqlite_database(str(path), read_only=read_only, key=target.key)
    else:
        db = postgres_database(target.location)
    global _bound_target
    database.initialize(db)
    _bound_target = target
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        database.initialize(None)
        _bound_target = None
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseProblem(MSG_CANNOT_CONNECT, detail=detail) from exc
    return db


def bound_target() -> DatabaseTarget | None:
    """Where the bound database lives (for backups), or None before any connect."""
    return _bound_target


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


#: Key of the PostgreSQL advisory lock that write transactions take (any fixed number).
WRITE_LOCK_KEY = 0x50554C49  # "PULI"


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite); nests as a savepoint.

    On PostgreSQL the outermost one takes a transaction-wide advisory lock, so writers queue
    one after the other as they do on SQLite. Every act appends to the one audit chain and
    takes number-sequence rows; without one order of taking them, two desks could each hold
    what the other waits for (a deadlock), and one would see an error.
    """
    outermost = database.transaction_depth() == 0
    with database.atomic():
        if outermost and not is_sqlite():
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        yield
