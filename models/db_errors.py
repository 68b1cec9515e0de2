"""What the database drivers raise, as messages a desk can act on.

SQLite and PostgreSQL report a locked database, a full disk or a read-only file through
their own exception classes; screens and commands ask here for the matching
:class:`~models.errors.DatabaseProblem`, so no layer above models/ handles driver errors.
"""
from __future__ import annotations

import peewee

from models import cipher
from models.errors import MSG_LOCKED, QT_TRANSLATE_NOOP, DatabaseProblem

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


def _driver_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [peewee.DatabaseError, *cipher.DATABASE_ERRORS]
    try:
        import psycopg
        errors.append(psycopg.Error)
    except ImportError:  # PostgreSQL support not installed: SQLite only
        pass
    return tuple(errors)


def database_problem(exc: BaseException) -> DatabaseProblem | None:
    """The problem ``exc`` stands for, or None when it is not a database driver's error."""
    if not isinstance(exc, _driver_errors()):
        return None
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "full" in lowered:
        return DatabaseProblem(MSG_DISK_FULL)
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return DatabaseProblem(MSG_READ_ONLY)
    if "locked" in lowered or "busy" in lowered:
        return DatabaseProblem(MSG_LOCKED)
    return DatabaseProblem(MSG_DATABASE, detail=text[:200])
