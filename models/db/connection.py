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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import peewee
from peewee import DatabaseProxy, Model

from models.core.errors import (
    MSG_CANNOT_CONNECT,
    MSG_DAMAGED,
    MSG_NEWER,
    MSG_NOT_PULIH,
    QT_TRANSLATE_NOOP,
    DatabaseProblem,
)
from models.core.redaction import redact, remember_secret
from models.db import cipher
from models.db import problems as db_errors

database = DatabaseProxy()
_bound_target: DatabaseTarget | None = None

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
    "and start Pulih with --database-url postgresql://user@server/pulih, with the password "
    "in a pgpass file or PGPASSWORD (see the README, 'several desks').")


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
        user = parts.username + "@" if parts.username else ""
        return f"postgresql://{user}{host}{port}{parts.path}"


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
    # ctypes.windll exists on Windows only, where this runs; the stubs of other systems lack it.
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


def probe_sqlite_file(path: Path, key: str | None = None, known: int | None = None,
                      *, integrity: bool = True) -> bool:
    """Say whether ``path`` holds a Pulih database, reading it only.

    Returns False when there is no file yet (a new database may be made there). Raises
    :class:`DatabaseProblem` for anything else that is not a healthy Pulih database this
    program may open: an encrypted one without ``key``, a wrong key, one made by a newer
    Pulih (schema above ``known``), a damaged one, and one that cannot be read or written
    (a full disk, a read-only file or folder, no permission, locked), each with its own
    message. The file is opened read-only, so it stays byte-for-byte as it was.
    ``integrity=False`` leaves out SQLite's quick check, which reads the whole file (the
    desktop runs it in the background once the window shows: see ui/integrity_check.py).
    """
    try:
        if not path.exists():
            return False
    except OSError as exc:  # a folder on the way that this user may not enter
        raise db_errors.diagnose_file(path, exc) from exc
    if path.is_dir():
        raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise db_errors.diagnose_file(path, exc) from exc
    if header != SQLITE_HEADER:
        if not cipher.looks_encrypted(path):
            raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
        if not key:
            raise DatabaseProblem(cipher.MSG_ENCRYPTED, path=str(path))
        try:
            cipher.check_key(path, key)
        except cipher.DATABASE_ERRORS as exc:  # locked, unreadable: not a wrong key
            raise db_errors.diagnose_file(path, exc) from exc
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=BUSY_TIMEOUT_S)
        try:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (MARKER_TABLE,)).fetchone()
            version = _schema_version(conn) if found else 0
            rows = (conn.execute("PRAGMA quick_check").fetchall() if found and integrity
                    else [("ok",)])
        finally:
            conn.close()
    except cipher.DATABASE_ERRORS as exc:
        raise db_errors.diagnose_file(path, exc) from exc
    if not found:
        raise DatabaseProblem(MSG_NOT_PULIH, path=str(path))
    if known is not None and version > known:
        raise DatabaseProblem(MSG_NEWER, found=version, known=known)
    if not rows or rows[0][0] != "ok":
        raise DatabaseProblem(MSG_DAMAGED, path=str(path),
                              detail="; ".join(str(r[0]) for r in rows[:3]))
    return True


def refuse_unwritable(path: Path) -> None:
    """Raise :class:`DatabaseProblem` when the existing database ``path`` could be read but
    not written: a read-only folder (SQLite makes its journals there) or file, or a full
    disk. Checked before the file is opened for writing, so each gets its own message
    rather than a driver's "disk I/O error" taken for damage."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        raise DatabaseProblem(db_errors.MSG_OPEN_READ_ONLY_FOLDER, path=str(path),
                              folder=str(folder))
    if not os.access(path, os.W_OK):
        raise DatabaseProblem(db_errors.MSG_OPEN_READ_ONLY_FILE, path=str(path))
    room = db_errors.free_bytes(folder)
    if room is not None and room < db_errors.FULL_BELOW:
        raise DatabaseProblem(db_errors.MSG_OPEN_DISK_FULL, path=str(path))


def _schema_version(conn: Any) -> int:
    """The newest applied migration's number, read through a plain DB-API connection."""
    names = conn.execute(f'SELECT name FROM "{MARKER_TABLE}"').fetchall()
    numbers = [int(str(n[0]).split("_", 1)[0]) for n in names if str(n[0])[:1].isdigit()]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    return max([*numbers, int(user_version or 0)])


def quick_check(path: Path, key: str | None = None) -> str | None:
    """SQLite's quick integrity check of the file, through a read-only connection, so a
    damaged file is found before anything could write to it. None when sound."""
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except cipher.DATABASE_ERRORS + (DatabaseProblem,) as exc:
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


#: How long a PostgreSQL statement waits for a lock (another desk's save) before it gives
#: up with "another desk is saving"; the desk's input stays on screen.
PG_LOCK_TIMEOUT_MS = 10_000
#: Files SQLite keeps beside the database.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def postgres_database(url: str) -> peewee.PostgresqlDatabase:
    """A PostgreSQL connection from a ``postgresql://`` URL, through psycopg 3.

    Without a password in the URL, libpq finds it itself in ``PGPASSWORD``, the pgpass
    file (``~/.pgpass``, ``PGPASSFILE``) or a service file (``PGSERVICE``)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise DatabaseProblem(MSG_CANNOT_CONNECT, detail=f"unknown scheme {parts.scheme!r}")
    name = parts.path.lstrip("/") or "pulih"
    params: dict[str, object] = {"host": parts.hostname or "localhost",
                                 "port": parts.port or 5432}
    if parts.username:
        params["user"] = parts.username
    if parts.password:
        remember_secret(parts.password)
        params["password"] = parts.password
    return peewee.PostgresqlDatabase(name, prefer_psycopg3=True, connect_timeout=10,
                                     options=f"-c lock_timeout={int(PG_LOCK_TIMEOUT_MS)}",
                                     **params)


def make_private(path: Path) -> None:
    """Make the database file and the journals beside it readable by their owner only."""
    for name in ("", *SIDE_SUFFIXES):
        side = Path(str(path) + name)
        try:
            if side.exists() and side.stat().st_uid == os.getuid() \
                    and side.stat().st_mode & 0o077:
                side.chmod(0o600)
        except (OSError, AttributeError):  # not ours, read-only, or Windows (no getuid)
            pass


class WalWatch:
    """Notices when the -wal file of the open SQLite database vanishes or is replaced.

    While Pulih holds the database open, only SQLite may delete its -wal (at the last
    close). If it vanishes anyway (another process deleted it after this process's locks
    were lost), later writes would be invisible to every other process and could corrupt
    the file: the desk must stop writing and restart.
    """

    def __init__(self, path: Path) -> None:
        self.wal = Path(str(path) + "-wal")
        self.identity: tuple[int, int] | None = self._identity()
        self.lost = False

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.wal)  # a stat, never an open: see cipher.register_live
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def intact(self) -> bool:
        """False (and from then on always False) when the -wal seen earlier is gone."""
        if self.lost:
            return False
        now = self._identity()
        if self.identity is None:
            self.identity = now
        elif now != self.identity:
            self.lost = True
        return not self.lost


_wal_watch: WalWatch | None = None
MSG_WAL_LOST = QT_TRANSLATE_NOOP(
    "Errors", "Another program removed the database's journal file ({path}) while Pulih was "
    "running. To keep the data safe Pulih saves nothing more now: close Pulih and start it "
    "again (what was saved before is kept).")


_writes_stopped: DatabaseProblem | None = None


def stop_writes(problem: DatabaseProblem) -> None:
    """Refuse every later write to the bound database with ``problem`` (the integrity check
    that runs after the window shows found damage); reading goes on."""
    global _writes_stopped
    _writes_stopped = problem


def wal_intact() -> bool:
    """False once the open SQLite database's -wal has vanished (see :class:`WalWatch`)."""
    return _wal_watch is None or _wal_watch.intact()


def connect(target: DatabaseTarget, *, read_only: bool = False) -> peewee.Database:
    """Make the database object for ``target``, bind the proxy to it and connect."""
    global _bound_target, _wal_watch, _writes_stopped
    remember_secret(target.key)
    _writes_stopped = None
    plain = True
    if target.kind == "sqlite":
        path = Path(target.location)
        refuse_network_share(path)
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise db_errors.diagnose_file(path, exc) from exc
        plain = not cipher.uses_cipher(path, target.key)
        if not plain and _new_file(path):
            cipher.check_new_key(target.key or "")  # a new encrypted file: minimum length
        db: peewee.Database = sqlite_database(str(path), read_only=read_only, key=target.key)
    else:
        db = postgres_database(target.location)
    database.initialize(db)
    _bound_target = target
    try:
        db.connect(reuse_if_open=True)
    except (peewee.OperationalError, *cipher.DATABASE_ERRORS) as exc:
        database.initialize(None)
        _bound_target = None
        if target.kind == "sqlite":
            raise db_errors.diagnose_file(Path(target.location), exc) from exc
        detail = redact(db_errors.first_line(exc))
        raise DatabaseProblem(MSG_CANNOT_CONNECT, detail=detail) from exc
    if target.kind == "sqlite":
        path = Path(target.location)
        cipher.register_live(path, plain)
        if not read_only:
            make_private(path)
        _wal_watch = None if read_only else WalWatch(path)
    return db


def _new_file(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return True


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
    global _wal_watch
    _wal_watch = None
    if _bound_target is not None and _bound_target.kind == "sqlite":
        cipher.forget_live(Path(_bound_target.location))


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
    if outermost and _wal_watch is not None and not _wal_watch.intact():
        raise DatabaseProblem(MSG_WAL_LOST, path=str(_wal_watch.wal))
    if outermost and _writes_stopped is not None:
        raise _writes_stopped
    try:
        with database.atomic():
            if outermost and not is_sqlite():
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            yield
    except peewee.OperationalError as exc:
        # A failed COMMIT (a full disk) leaves no transaction, so the ROLLBACK after it
        # fails too; raise what really went wrong, not "cannot rollback".
        cause = db_errors.original_error(exc)
        if cause is exc:
            raise
        raise cause.with_traceback(cause.__traceback__) from None
