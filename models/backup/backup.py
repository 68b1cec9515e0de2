"""Backups of the database and restoring one, verified at every step.

An SQLite database is copied through SQLite's online backup API (a consistent snapshot while
desks keep working; never a copy of the live file), written under a temporary name, checked
with ``PRAGMA integrity_check`` and only then given its final name, so a folder never holds a
half-written backup under a backup's name. Old backups are rotated: the newest of each of the
last N days and of each of the last M months stay. PostgreSQL goes through ``pg_dump`` /
``pg_restore`` (:mod:`models.backup.postgres`).

Restoring is :mod:`models.backup.restore` (checked completely, staged beside the database, swapped
in atomically); the caller closes the database before and opens it again after.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.core.cancel import CancelToken
from models.core.errors import QT_TRANSLATE_NOOP, PulihError
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from models.db.sqlite_file import copy_sqlite, sqlite_problem

C = "Errors"
PREFIX = "pulih-"
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"
#: Safety copies of the replaced database kept after a restore (both engines), unless the
#: admin says otherwise (``restore --keep-safety N``).
KEEP_SAFETY = 2
STAMP = "%Y%m%d-%H%M%S"
#: The newest backups kept whatever their day, besides the daily and monthly ones.
KEEP_LATEST = 3
NAME_RE = re.compile(r"^pulih-(\d{8}-\d{6})(?:-(\d+))?\.(sqlite3|pgdump)$")
#: A half-written backup: ``<final name>.<writer's pid>.part`` (older runs: no pid).
PART_RE = re.compile(r"^pulih-\d{8}-\d{6}(?:-\d+)?\.(?:sqlite3|pgdump)(?:\.(\d+))?\.part$")
#: A restore's or encryption's copy beside the database: ``<name>.<pid>.<work>.part``.
STAGED_RE = re.compile(r"^(.+)\.(\d+)\.(?:restoring|encrypting)\.part$")
#: A ``.part`` file without a writer's pid counts as left over when untouched this long.
STALE_PART_S = 3600
#: Free space a backup folder keeps beyond the copy.
SPACE_MARGIN = 4 * 1024 * 1024

MSG_FOLDER = QT_TRANSLATE_NOOP(
    C, "The backup folder {folder} cannot be used ({detail}). Plug in the USB stick or choose "
    "another folder.")
MSG_BACKUP_BAD = QT_TRANSLATE_NOOP(
    C, "The backup just written to {path} failed its check ({detail}) and was removed. The "
    "database itself is unchanged; try again, or use another USB stick.")
MSG_FOLDER_FULL = QT_TRANSLATE_NOOP(
    C, "The backup folder {folder} is full ({free} MB free). The database itself is fine. "
    "Delete old backups there, or choose a USB stick or another disk with more space.")
MSG_SOURCE_BAD = QT_TRANSLATE_NOOP(
    C, "The backup was not made because the database itself could not be read ({detail}). "
    "The backup folder is not the cause: do not change the USB stick. Close Pulih and start "
    "it again; if this message comes back, run python main.py check --full and keep the "
    "last good backup safe.")
MSG_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    C, "{path} is not a usable Pulih backup ({detail}). Nothing was restored; choose another "
    "backup.")
MSG_IN_USE = QT_TRANSLATE_NOOP(
    C, "The database is still open in another Pulih window or program. Close Pulih "
    "everywhere else on this computer, then restore again. Nothing was changed.")
MSG_BACKUP_RUNNING = QT_TRANSLATE_NOOP(
    C, "A backup of the database is being made right now. Nothing was changed; restore again "
    "when the backup has finished (usually within a few minutes).")
MSG_WRONG_KIND = QT_TRANSLATE_NOOP(
    C, "{path} is a backup of another kind of database than the one in use. Nothing was "
    "restored.")


class BackupError(PulihError):
    """A backup could not be made, checked or restored; the database is unchanged."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a backup folder."""

    path: Path
    made_at: dt.datetime
    size: int
    kind: str  # "sqlite" or "postgres"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place and where the old database was kept."""

    restored: Path
    #: the replaced database: a file beside it (SQLite) or a database's name (PostgreSQL)
    safety_copy: Path | str | None
    #: what was checked: both sides' facility and counts
    report: Any = None


def default_folder(target: DatabaseTarget) -> Path:
    """Where backups go when no folder is set: ``backups`` beside an SQLite file, or in the
    per-user data folder for PostgreSQL."""
    if target.kind == "sqlite":
        return Path(target.location).resolve().parent / "backups"
    return dbmod.default_sqlite_path().parent / "backups"


def _backup_name(folder: Path, now: dt.datetime, suffix: str) -> Path:
    """A new file name in ``folder``; two backups in one second get a counter."""
    base = f"{PREFIX}{now.strftime(STAMP)}"
    path = folder / f"{base}{suffix}"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{base}-{counter}{suffix}"
    return path


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".pulih-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise BackupError(MSG_FOLDER, folder=str(folder), detail=exc.strerror or str(exc)) \
            from exc


def partial_name(final: Path) -> Path:
    """The temporary name a backup is written under: with this process's id, so a later run
    can tell a killed writer's leftover from a backup still being written."""
    return final.with_name(f"{final.name}.{os.getpid()}.part")


def _writer_gone(path: Path, now: float, pid: str | None = None) -> bool:
    if pid is None:
        match = PART_RE.match(path.name)
        pid = match.group(1) if match else None
    if pid and not sys.platform.startswith("win"):
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except OSError:
            pass  # another user's process: alive
        return False
    try:
        return now - path.stat().st_mtime > STALE_PART_S
    except OSError:
        return False


def clean_partials(folder: Path) -> list[Path]:
    """Remove the half-written backups (``.part``) that a failed or killed run left in
    ``folder``; a backup still being written by a living process stays."""
    import time
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    now = time.time()
    for path in entries:
        if PART_RE.match(path.name) and _writer_gone(path, now):
            for suffix in ("", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            removed.append(path)
    return removed


def clean_staged(live: Path) -> list[Path]:
    """Remove the copies a killed restore or encryption left beside the database ``live``
    (``<name>.<pid>.restoring.part`` / ``.encrypting.part`` of a process that is gone)."""
    import time
    removed = []
    try:
        entries = list(live.parent.iterdir())
    except OSError:
        return []
    now = time.time()
    for path in entries:
        match = STAGED_RE.match(path.name)
        if match and match.group(1) == live.name and _writer_gone(path, now, match.group(2)):
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            removed.append(path)
    return removed


def _folder_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return "disk is full" in str(exc).lower()


def _why_failed(source: Path, folder: Path, final: Path, exc: BaseException | None,
                problem: str | None, key: str | None) -> BackupError:
    """The failure named by its real cause: the backup folder (full, missing, read-only),
    the database itself (unreadable or damaged) or the copy on the stick."""
    if exc is not None and _folder_full(exc):
        return BackupError(MSG_FOLDER_FULL, folder=str(folder),
                           free=f"{shutil.disk_usage(folder).free / 1e6:.1f}")
    if isinstance(exc, OSError):
        return BackupError(MSG_FOLDER, folder=str(folder), detail=exc.strerror or str(exc))
    source_problem = dbmod.quick_check(source, key)
    if source_problem is not None:
        return BackupError(MSG_SOURCE_BAD, detail=source_problem[:200])
    if exc is not None:
        try:
            _prepare_folder(folder)
        except BackupError as folder_error:
            return folder_error
        return BackupError(MSG_SOURCE_BAD, detail=str(exc)[:200])
    return BackupError(MSG_BACKUP_BAD, path=str(final), detail=problem or "")


def backup_sqlite_to(source: Path, folder: Path, *, now: dt.datetime | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     key: str | None = None, cancel: CancelToken | None = None) -> BackupInfo:
    """Write, check and name one backup of the SQLite database ``source`` into ``folder``.

    Leftovers of failed or killed runs are removed first; a backup that would not fit is
    refused before anything is written; on failure or cancel nothing is left behind."""
    _prepare_folder(folder)
    clean_partials(folder)
    clean_staged(source)
    try:
        need, free = source.stat().st_size, shutil.disk_usage(folder).free
    except OSError as exc:
        raise BackupError(MSG_SOURCE_BAD, detail=exc.strerror or str(exc)) from exc
    if free < need + SPACE_MARGIN:
        raise BackupError(MSG_FOLDER_FULL, folder=str(folder), free=f"{free / 1e6:.1f}")
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    final = _backup_name(folder, made_at, SQLITE_SUFFIX)
    partial = partial_name(final)
    problem = None
    try:
        copy_sqlite(source, partial, progress, key=key, cancel=cancel)
        problem = sqlite_problem(partial, key)
    except BaseException as exc:
        for suffix in ("", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        if isinstance(exc, (OSError, *cipher.DRIVER_ERRORS)):
            raise _why_failed(source, folder, final, exc, None, key) from exc
        raise
    if problem:
        partial.unlink(missing_ok=True)
        raise _why_failed(source, folder, final, None, problem, key)
    os.replace(partial, final)
    return BackupInfo(final, made_at, final.stat().st_size, "sqlite")


def make_backup(target: DatabaseTarget, folder: Path, *, now: dt.datetime | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancel: CancelToken | None = None) -> BackupInfo:
    """One verified backup of ``target`` in ``folder`` (SQLite or PostgreSQL)."""
    global _running
    with _running_lock:
        _running += 1
    try:
        return _make_backup(target, folder, now=now, progress=progress, cancel=cancel)
    finally:
        with _running_lock:
            _running -= 1


#: Backups being made by this process (a restore meanwhile is refused, saying why).
_running = 0
_running_lock = threading.Lock()


def backup_running() -> bool:
    """True while this process is making a backup (e.g. the daily one, in the background)."""
    return _running > 0


def _make_backup(target: DatabaseTarget, folder: Path, *, now: dt.datetime | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: CancelToken | None = None) -> BackupInfo:
    if target.kind == "sqlite":
        return backup_sqlite_to(Path(target.location), folder, now=now, progress=progress,
                                key=target.key, cancel=cancel)
    from models.backup.postgres import dump
    _prepare_folder(folder)
    clean_partials(folder)
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    final = _backup_name(folder, made_at, PG_SUFFIX)
    dump(target.location, final)
    return BackupInfo(final, made_at, final.stat().st_size, "postgres")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (only files named as Pulih names them)."""
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = NAME_RE.match(path.name)
        if not match or not path.is_file():
            continue
        made_at = dt.datetime.strptime(match.group(1), STAMP)
        kind = "sqlite" if match.group(3) == "sqlite3" else "postgres"
        info = BackupInfo(path, made_at, path.stat().st_size, kind)
        found.append((made_at, int(match.group(2) or 1), info))
    found.sort(key=lambda f: f[:2], reverse=True)
    return [info for _made_at, _seq, info in found]


def to_keep(backups: Iterable[BackupInfo], keep_daily: int, keep_monthly: int
            ) -> set[Path]:
    """The backups rotation keeps: the :data:`KEEP_LATEST` newest (a stick can fail
    after a backup was checked), the newest of each of the newest ``keep_daily`` days and
    the newest of each of the newest ``keep_monthly`` months."""
    days: dict[dt.date, BackupInfo] = {}
    months: dict[tuple[int, int], BackupInfo] = {}
    ordered = sorted(backups, key=lambda b: b.made_at, reverse=True)
    for backup in ordered:
        days.setdefault(backup.made_at.date(), backup)
        months.setdefault((backup.made_at.year, backup.made_at.month), backup)
    keep = {b.path for b in ordered[:KEEP_LATEST]}
    keep |= {b.path for _day, b in sorted(days.items(), reverse=True)[:keep_daily]}
    keep |= {b.path for _month, b in sorted(months.items(), reverse=True)[:keep_monthly]}
    return keep


def rotate(folder: Path, keep_daily: int, keep_monthly: int, limit: int | None = None
           ) -> list[Path]:
    """Delete the backups in ``folder`` that rotation does not keep; returns them. ``limit``
    caps how many stay at all (the newest)."""
    backups = list_backups(folder)
    keep = to_keep(backups, keep_daily, keep_monthly)
    if limit is not None:
        keep = {b.path for b in backups[:limit]}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def newest_good_backup(folder: Path, kind: str = "sqlite", key: str | None = None
                       ) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes its check (SQLite backups are checked,
    encrypted ones with ``key``)."""
    for backup in list_backups(folder):
        if backup.kind != kind:
            continue
        if kind != "sqlite" or sqlite_problem(backup.path, key) is None:
            return backup
    return None


def restore(target: DatabaseTarget, backup: Path, *, now: dt.datetime | None = None,
            other_facility: bool = False, encrypt_plain: bool = False,
            progress: Callable[[int, int], None] | None = None,
            cancel: CancelToken | None = None, keep_safety: int = KEEP_SAFETY) -> RestoreResult:
    """Restore ``backup`` into ``target``, which the caller has closed (see
    :mod:`models.backup.restore` and :mod:`models.backup.restore_postgres` for how the database in
    use is never lost on the way); only the newest ``keep_safety`` safety copies are kept."""
    if backup_running():
        raise BackupError(MSG_BACKUP_RUNNING)
    is_sqlite_backup = backup.suffix == SQLITE_SUFFIX
    if (target.kind == "sqlite") != is_sqlite_backup and backup.suffix in (SQLITE_SUFFIX,
                                                                           PG_SUFFIX):
        raise BackupError(MSG_WRONG_KIND, path=str(backup))
    if target.kind == "sqlite":
        from models.backup.restore import restore_sqlite
        report, safety = restore_sqlite(
            Path(target.location), backup, key=target.key, now=now,
            other_facility=other_facility, encrypt_plain=encrypt_plain, progress=progress,
            cancel=cancel, keep_safety=keep_safety)
        return RestoreResult(backup, safety, report)
    from models.backup.restore_postgres import restore_postgres
    report, kept = restore_postgres(target.location, backup, other_facility=other_facility,
                                    now=now, keep_safety=keep_safety, cancel=cancel)
    return RestoreResult(backup, kept, report)
