"""What the database drivers raise, as messages a desk can act on.

SQLite and PostgreSQL report a locked database, a full disk or a read-only file through
their own exception classes; screens and commands ask here for the matching
:class:`~models.core.errors.DatabaseProblem`, so no layer above models/ handles driver errors.

A driver's words are not enough to tell a full disk from a read-only folder or a damaged
file (SQLite says "disk I/O error" or "unable to open database file" for all of them), so
:func:`diagnose_file` also looks at the file and its folder: free space, write and read
permission. "Damaged" is said only when SQLite read the file and found its content wrong.
"""
from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import peewee

from models.core.errors import MSG_DAMAGED, MSG_LOCKED, QT_TRANSLATE_NOOP, DatabaseProblem
from models.db import cipher

C = "Errors"
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    C, "The disk is full, so nothing was saved. What you typed is still here: free some "
    "space (or ask the admin), then save again.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    C, "The database cannot be written (the file or its folder is read-only), so nothing was "
    "saved. What you typed is still here; ask the admin to check the file's permissions.")
MSG_DATABASE = QT_TRANSLATE_NOOP(
    C, "The database refused the change ({detail}). Nothing was saved; what you typed is "
    "still here.")
MSG_PG_BUSY = QT_TRANSLATE_NOOP(
    C, "Another desk is saving at this moment, so this was not saved yet. What you typed is "
    "still here: wait a few seconds, then save again.")
MSG_OPEN_DISK_FULL = QT_TRANSLATE_NOOP(
    C, "The disk that holds the database {path} is full. The database is not damaged and was "
    "not changed: free some space on that disk (or ask the admin), then start Pulih again. "
    "Do not restore a backup.")
MSG_OPEN_READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    C, "The database file {path} is read-only, so Pulih cannot save in it. The database is "
    "not damaged and was not changed: ask the admin to make the file writable for this "
    "user, then start Pulih again.")
MSG_OPEN_READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    C, "The folder {folder} that holds the database is read-only (Pulih keeps its journal "
    "files beside the database). The database is not damaged and was not changed: ask the "
    "admin to make the folder writable for this user, then start Pulih again.")
MSG_OPEN_PERMISSION = QT_TRANSLATE_NOOP(
    C, "This computer user may not open the database {path} (permission denied). The "
    "database was not changed: ask the admin to give this user access to the file and its "
    "folder.")
MSG_OPEN_LOCKED = QT_TRANSLATE_NOOP(
    C, "The database {path} is locked by another program (another Pulih window, a backup or "
    "a database tool). Close that program, then start Pulih again. Nothing was changed.")
MSG_OPEN_UNREADABLE = QT_TRANSLATE_NOOP(
    C, "The database {path} cannot be read right now ({detail}). That does not mean it is "
    "damaged, and it was not changed: check that the disk or USB stick is connected and "
    "working, then start Pulih again.")

# SQLite's primary result codes (sqlite3.h)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26
#: Free bytes below which a disk counts as full (SQLite needs room for its journal).
FULL_BELOW = 256 * 1024


def _driver_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [peewee.DatabaseError, *cipher.DATABASE_ERRORS]
    try:
        import psycopg
        errors.append(psycopg.Error)
    except ImportError:  # PostgreSQL support not installed: SQLite only
        pass
    return tuple(errors)


def first_line(exc: BaseException) -> str:
    """The first line of an error's text (or its class name when it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (through peewee's wrapper), if any."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            break
        code = getattr(seen, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
        seen = seen.__cause__ or seen.__context__
    return None


def _pg_lock_timeout(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return False
        if getattr(seen, "sqlstate", None) == "55P03":  # lock_not_available
            return True
        seen = seen.__cause__ or seen.__context__
    return "lock timeout" in str(exc).lower()


def free_bytes(folder: Path) -> int | None:
    """Bytes this user may still write in ``folder``'s file system (None if unknown)."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    return stat.f_bavail * stat.f_frsize


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def diagnose_file(path: Path, exc: BaseException | None = None,
                  free: Callable[[Path], int | None] = free_bytes) -> DatabaseProblem:
    """What keeps the SQLite file ``path`` from opening, from the error SQLite (or the
    system) gave and from the state of the file and its folder. Never "damaged" unless
    SQLite read the file and said its content is wrong."""
    code = sqlite_code(exc) if exc is not None else None
    detail = first_line(exc) if exc is not None else ""
    where = {"path": str(path)}
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseProblem(MSG_DAMAGED, detail=detail, **where)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseProblem(MSG_OPEN_LOCKED, **where)
    os_errno = exc.errno if isinstance(exc, OSError) else None
    folder = path.parent
    room = free(folder)
    if code == SQLITE_FULL or os_errno == errno.ENOSPC or (room is not None
                                                          and room < FULL_BELOW):
        return DatabaseProblem(MSG_OPEN_DISK_FULL, **where)
    if os_errno in (errno.EACCES, errno.EPERM) or code in (SQLITE_PERM, SQLITE_AUTH) or (
            path.exists() and not os.access(path, os.R_OK)):
        return DatabaseProblem(MSG_OPEN_PERMISSION, **where)
    if folder.exists() and not _writable(folder):
        return DatabaseProblem(MSG_OPEN_READ_ONLY_FOLDER, folder=str(folder), **where)
    if path.exists() and not _writable(path) or code == SQLITE_READONLY \
            or os_errno == errno.EROFS:
        return DatabaseProblem(MSG_OPEN_READ_ONLY_FILE, **where)
    return DatabaseProblem(MSG_OPEN_UNREADABLE, detail=detail or "?", **where)


def original_error(exc: BaseException) -> BaseException:
    """The error that caused ``exc`` when ``exc`` is only the failed rollback after it.

    When a commit fails (a full disk, say), SQLite has already rolled the transaction back,
    and peewee's own ROLLBACK then fails with "cannot rollback - no transaction is active",
    hiding the real cause."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            break
        if "cannot rollback" not in str(seen):
            return seen
        seen = seen.__context__
    return exc


def database_problem(exc: BaseException) -> DatabaseProblem | None:
    """The problem ``exc`` stands for, or None when it is not a database driver's error."""
    if not isinstance(exc, _driver_errors()):
        return None
    exc = original_error(exc)
    text = first_line(exc)
    lowered = text.lower()
    code = sqlite_code(exc)
    if _pg_lock_timeout(exc):
        return DatabaseProblem(MSG_PG_BUSY)
    if code == SQLITE_FULL or "full" in lowered or "no space" in lowered:
        return DatabaseProblem(MSG_DISK_FULL)
    if code == SQLITE_READONLY or "readonly" in lowered or "read-only" in lowered \
            or "read only" in lowered:
        return DatabaseProblem(MSG_READ_ONLY)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in lowered or "busy" in lowered:
        return DatabaseProblem(MSG_LOCKED)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        found = _bound_file_problem()
        if found is not None:
            return found
    return DatabaseProblem(MSG_DATABASE, detail=text[:200])


def _bound_file_problem() -> DatabaseProblem | None:
    """For an I/O error during a save: a full disk or read-only file, seen on the file."""
    from models.db import connection as dbmod
    target = dbmod.bound_target()
    if target is None or target.kind != "sqlite":
        return None
    found = diagnose_file(Path(target.location))
    if found.text == MSG_OPEN_DISK_FULL:
        return DatabaseProblem(MSG_DISK_FULL)
    if found.text in (MSG_OPEN_READ_ONLY_FILE, MSG_OPEN_READ_ONLY_FOLDER):
        return DatabaseProblem(MSG_READ_ONLY)
    return None
