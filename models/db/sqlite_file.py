"""An SQLite file as a whole: is it a sound Pulih database, and a consistent copy of it.

Below backups and the schema alike: the schema copies the file aside before a migration, a
backup copies it into the backup folder, a restore checks and stages one.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from models.core.cancel import CancelToken, check_cancel
from models.db import cipher
from models.db import connection as dbmod

#: Pages per step of a copy: about 4 MB, a progress report every few tens of milliseconds.
STEP_PAGES = 1024


def fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def sqlite_problem(path: Path, key: str | None = None) -> str | None:
    """None when ``path`` is a sound SQLite file holding a Pulih database (encrypted with
    ``key``, or plain); else what is wrong. The file is opened read-only and left as it
    is."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(dbmod.SQLITE_HEADER)) != dbmod.SQLITE_HEADER and not (
                    key and cipher.looks_encrypted(path)):
                return "not an SQLite file"
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        conn = cipher.raw_connect(path, key, read_only=True, timeout=dbmod.BUSY_TIMEOUT_S)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if not rows or rows[0][0] != "ok":
                return "; ".join(str(r[0]) for r in rows[:3])
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (dbmod.MARKER_TABLE,)).fetchone()
            if not found:
                return "no Pulih tables"
        finally:
            conn.close()
    except cipher.DATABASE_ERRORS as exc:
        if key and "not a database" in str(exc):
            return "the key does not open it"
        return str(exc)
    return None


def copy_sqlite(source: Path, dest: Path, progress: Callable[[int, int], None] | None = None,
                *, key: str | None = None, cancel: CancelToken | None = None) -> None:
    """Copy the database at ``source`` into a new single file ``dest`` (no WAL) through the
    online backup API, while other connections may keep writing. The copy of an encrypted
    database is encrypted with the same ``key``.

    The copy goes in steps of :data:`STEP_PAGES` pages, reporting pages copied of the total
    to ``progress`` and stopping (:class:`Cancelled`) when ``cancel`` is set; the caller
    removes ``dest`` then. All steps read one snapshot: the source connection holds one read
    transaction throughout, so in WAL mode the desks keep writing and the copy never
    restarts.
    """
    encrypted = cipher.uses_cipher(source, key)
    src = cipher.raw_connect(source, key, timeout=dbmod.BUSY_TIMEOUT_S, cipher=encrypted)
    try:
        dst = cipher.raw_connect(dest, key, cipher=encrypted)
        try:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def step(_status: int, remaining: int, total: int) -> None:
                check_cancel(cancel)
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=STEP_PAGES, progress=step)
            src.execute("COMMIT")
            # A backup is one self-contained file, ready for a USB stick.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(dest)
