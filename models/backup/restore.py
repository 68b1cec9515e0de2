"""Putting a checked backup in place of the SQLite database in use, so that the live database
can never be lost on the way.

Order of work (:func:`restore_sqlite`):

1. the backup is checked completely (:mod:`models.backup.restore_check`); another facility's
   backup or a plain backup into an encrypted installation needs the admin's explicit
   choice;
2. :func:`stage`: free space beside the database is checked, the backup is copied (in steps,
   with progress and cancel) into a temporary file on the database's own file system,
   flushed to disk and checked again. Until here the database in use is only read;
3. :func:`swap_in`: the database is taken exclusively (no other program may have it open),
   its WAL checkpointed into it, it is kept as a safety copy under another name (a hard link:
   no space needed, nothing copied) and the checked file is renamed over it in one atomic
   step. Any ``-wal``/``-shm`` of the old file is removed before the rename while the lock
   holds, so no stale WAL can ever be replayed over the restored file.

On any failure before the rename the database in use stays where and as it was, and the
temporary file and its journal are removed.
"""
from __future__ import annotations

import datetime as dt
import errno
import gc
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.backup.backup import (
    KEEP_SAFETY,
    MSG_BACKUP_RUNNING,
    MSG_IN_USE,
    SQLITE_SUFFIX,
    STAMP,
    BackupError,
    backup_running,
    clean_staged,
    copy_sqlite,
)
from models.backup.restore_check import (
    BackupReport,
    RestoreRefused,
    check_database_file,
    inspect_backup,
)
from models.core.cancel import Cancelled, CancelToken, check_cancel, interrupt_on
from models.core.errors import QT_TRANSLATE_NOOP
from models.db import cipher
from models.db import connection as dbmod

C = "Errors"
MSG_NO_SPACE = QT_TRANSLATE_NOOP(
    C, "There is not enough free space on the disk of the database ({folder}) to restore "
    "this backup: {need} MB are needed, {free} MB are free. Nothing was changed; free some "
    "space on that disk and restore again.")
MSG_FULL_DURING = QT_TRANSLATE_NOOP(
    C, "The disk of the database ({folder}) became full while the backup was being copied. "
    "Nothing was changed: the database in use is as it was. Free some space on that disk and "
    "restore again.")
MSG_COPY_FAILED = QT_TRANSLATE_NOOP(
    C, "The backup could not be copied beside the database ({detail}). Nothing was changed: "
    "the database in use is as it was.")
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    C, "The backup {path} belongs to another facility ({found}; this database is {current}). "
    "Nothing was restored. Restore it only if you mean to replace this facility's data with "
    "it, and confirm that explicitly.")
MSG_PLAIN_INTO_ENCRYPTED = QT_TRANSLATE_NOOP(
    C, "The backup {path} is not encrypted, but this database is. Nothing was restored. "
    "Restore it only with the choice to encrypt it with the key in use.")

#: Free space kept beyond the copy itself (SQLite's journal, the file system's own needs).
MARGIN = 1024 * 1024
STAGED_SUFFIX = "restoring.part"


def staged_path(live: Path) -> Path:
    """Where the checked copy waits before it is renamed over ``live``."""
    return live.with_name(f"{live.name}.{os.getpid()}.{STAGED_SUFFIX}")


def remove_with_journal(path: Path) -> None:
    """Remove ``path`` and whatever SQLite may have left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if sys.platform.startswith("win"):
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    text = str(exc).lower()
    return "disk is full" in text or "no space" in text


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f}"


def check_space(folder: Path, need: int) -> None:
    """Refuse (nothing changed) unless ``folder``'s disk has ``need`` bytes and the margin."""
    free = shutil.disk_usage(folder).free
    need += need // 50
    if free < need + MARGIN:
        raise BackupError(MSG_NO_SPACE, folder=str(folder), need=_mb(need + MARGIN),
                          free=_mb(free))


def export_encrypted(source: Path, source_key: str | None, dest: Path, key: str,
                     cancel: CancelToken | None = None) -> None:
    """Write the SQLite file ``source`` (plain, or encrypted with ``source_key``) into the new
    file ``dest`` encrypted with ``key``, through SQLCipher's ``sqlcipher_export``."""
    from sqlcipher3 import dbapi2 as sqlcipher
    conn = sqlcipher.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True,
                             isolation_level=None)
    try:
        if source_key:
            cipher.apply_key(conn, source_key)
        interrupt_on(conn, cancel)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(dest), key))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def stage(report: BackupReport, live: Path, key: str | None, *, encrypt: bool = False,
          progress: Callable[[int, int], None] | None = None,
          cancel: CancelToken | None = None) -> Path:
    """Copy the checked backup of ``report`` beside ``live``, flush it and check it again;
    returns the staged file. ``encrypt``: a plain backup is encrypted with ``key`` on the
    way. The database in use is not touched; on failure nothing is left behind."""
    folder = live.parent
    staged = staged_path(live)
    clean_staged(live)  # what a killed restore or encryption left
    remove_with_journal(staged)
    try:
        check_space(folder, report.path.stat().st_size)
        if encrypt and key:
            export_encrypted(report.path, None, staged, key, cancel)
        else:
            copy_sqlite(report.path, staged, progress, key=key if report.backup.encrypted
                        else None, cancel=cancel)
        with open(staged, "rb") as fh:
            os.fsync(fh.fileno())
        check_cancel(cancel)
        Path(f"{staged}-journal").unlink(missing_ok=True)
        check_database_file(staged, key if (encrypt or report.backup.encrypted) else None,
                            cancel)
    except BaseException as exc:
        remove_with_journal(staged)
        if isinstance(exc, (Cancelled, RestoreRefused, BackupError)):
            raise
        if _disk_full(exc):
            raise BackupError(MSG_FULL_DURING, folder=str(folder)) from exc
        if isinstance(exc, (OSError, *cipher.DRIVER_ERRORS)):
            raise BackupError(MSG_COPY_FAILED, detail=str(exc)[:200]) from exc
        raise
    return staged


def safety_name(live: Path, now: dt.datetime) -> Path:
    """The name the replaced database is kept under."""
    base = live.with_name(f"{live.stem}.before-restore-{now.strftime(STAMP)}{SQLITE_SUFFIX}")
    path, counter = base, 1
    while path.exists():
        counter += 1
        path = base.with_name(f"{base.stem}-{counter}{SQLITE_SUFFIX}")
    return path


def _in_use() -> BackupError:
    """Why the database cannot be taken: this process's backup, or another program."""
    return BackupError(MSG_BACKUP_RUNNING if backup_running() else MSG_IN_USE)


def _take_exclusive(live: Path, key: str | None) -> Any | None:
    """A connection holding ``live`` exclusively, its WAL checkpointed into it and gone;
    None when the file is damaged (it is then only renamed, never written)."""
    # Connections this process dropped (e.g. in a finished worker thread, or kept alive by
    # a reference cycle) would hold the file until collected: close them first.
    gc.collect()
    problem = dbmod.quick_check(live, key)
    if problem is not None:
        if "locked" in problem.lower() or "busy" in problem.lower():
            raise _in_use()  # busy, not damaged: never moved aside
        return None
    try:
        conn = cipher.raw_connect(live, key, timeout=0)
    except cipher.DRIVER_ERRORS:
        return None
    try:
        conn.isolation_level = None
        mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        if mode != "delete":
            raise _in_use()
        conn.execute("BEGIN EXCLUSIVE")
    except cipher.OPERATIONAL_ERRORS as exc:
        conn.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise _in_use() from exc
        return None
    except BaseException:
        conn.close()
        raise
    return conn


def swap_in(live: Path, staged: Path, key: str | None, now: dt.datetime | None = None
            ) -> Path | None:
    """Rename the checked ``staged`` file over the (closed) database ``live`` in one step,
    keeping the old one as a safety copy (returned; None when there was none)."""
    if not live.exists():
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(staged, live)
        fsync_folder(live.parent)
        return None
    safety = safety_name(live, now or dt.datetime.now())
    holder = _take_exclusive(live, key)
    damaged = holder is None
    if holder is not None and sys.platform.startswith("win"):
        # Windows cannot rename over a file another handle holds open: let go of the lock
        # (the WAL is already checkpointed into the file and gone) just before the swap.
        holder.execute("ROLLBACK")
        holder.close()
        holder = None
    moved: list[tuple[Path, Path]] = []
    try:
        try:
            os.link(live, safety)
            linked = True
        except OSError:
            linked = False  # a file system without hard links (FAT): renamed below
        if damaged:  # its WAL or journal is part of what a rescuer needs
            for suffix in ("-wal", "-shm", "-journal"):
                source = Path(f"{live}{suffix}")
                if source.exists():
                    os.replace(source, Path(f"{safety}{suffix}"))
                    moved.append((Path(f"{safety}{suffix}"), source))
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        if not linked:
            os.replace(live, safety)
        try:
            os.replace(staged, live)
        except BaseException:
            if not linked:
                os.replace(safety, live)
            raise
    except BaseException:
        if linked_safety_exists(safety, live):
            safety.unlink(missing_ok=True)
        for kept, source in moved:
            os.replace(kept, source)
        raise
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()
    fsync_folder(live.parent)
    return safety


def linked_safety_exists(safety: Path, live: Path) -> bool:
    """True when ``safety`` is a second name of the file still at ``live`` (so removing it
    loses nothing)."""
    try:
        return os.path.samefile(safety, live)
    except OSError:
        return False


def restore_sqlite(live: Path, backup: Path, *, key: str | None = None,
                   now: dt.datetime | None = None, other_facility: bool = False,
                   encrypt_plain: bool = False,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: CancelToken | None = None, keep_safety: int = KEEP_SAFETY
                   ) -> tuple[BackupReport, Path | None]:
    """Check, stage and swap ``backup`` in for the closed database at ``live``; returns the
    report and the safety copy. Only the newest ``keep_safety`` safety copies are kept."""
    report = inspect_backup(backup, dbmod.DatabaseTarget("sqlite", str(live), key), cancel)
    refuse_without_choice(report, other_facility, encrypt_plain)
    staged = stage(report, live, key, encrypt=report.plain_into_encrypted, progress=progress,
                   cancel=cancel)
    try:
        safety = swap_in(live, staged, key, now)
    except BaseException:
        remove_with_journal(staged)
        raise
    prune_safety(live, keep_safety)
    return report, safety


def prune_safety(live: Path, keep: int = KEEP_SAFETY) -> list[Path]:
    """Remove all but the newest ``keep`` safety copies (``<name>.before-restore-*``) of the
    database ``live``, with whatever SQLite left beside them."""
    prefix = f"{live.stem}.before-restore-"
    try:
        found = [p for p in live.parent.iterdir()
                 if p.name.startswith(prefix) and p.name.endswith(SQLITE_SUFFIX)]
    except OSError:
        return []

    def made(path: Path) -> tuple[str, int]:  # "<stamp>" or "<stamp>-<n>"
        rest = path.name[len(prefix):-len(SQLITE_SUFFIX)]
        stamp, counter = rest[:15], rest[16:]
        return stamp, int(counter) if counter.isdigit() else 1
    found.sort(key=made, reverse=True)
    gone = found[max(keep, 0):]
    for path in gone:
        remove_with_journal(path)
    return gone


def refuse_without_choice(report: BackupReport, other_facility: bool,
                          encrypt_plain: bool) -> None:
    """Raise unless the admin chose explicitly what this backup needs."""
    if report.foreign and not other_facility:
        raise RestoreRefused(MSG_FOREIGN, path=str(report.path),
                             found=report.backup.facility_code,
                             current=report.current.facility_code if report.current else "")
    if report.plain_into_encrypted and not encrypt_plain:
        raise RestoreRefused(MSG_PLAIN_INTO_ENCRYPTED, path=str(report.path))
