"""Backups of the database and restoring one, verified at every step.

An SQLite database is copied through SQLite's online backup API (a consistent snapshot while
desks keep working; never a copy of the live file), written under a temporary name, checked
with ``PRAGMA integrity_check`` and only then given its final name, so a folder never holds a
half-written backup under a backup's name. Old backups are rotated: the newest of each of the
last N days and of each of the last M months stay. PostgreSQL goes through ``pg_dump`` /
``pg_restore`` (:mod:`models.backup_pg`).

Restoring verifies the chosen backup first, keeps the current database as a safety copy,
removes stale ``-wal``/``-shm`` files and puts the backup in place; the caller closes the
database before and opens it again after.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from models import cipher
from models import db as dbmod
from models.db import DatabaseTarget
from models.errors import QT_TRANSLATE_NOOP, PulihError

C = "Errors"
PREFIX = "pulih-"
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"
STAMP = "%Y%m%d-%H%M%S"
#: The newest backups kept whatever their day, besides the daily and monthly ones.
KEEP_LATEST = 3
NAME_RE = re.compile(r"^pulih-(\d{8}-\d{6})(?:-(\d+))?\.(sqlite3|pgdump)$")

MSG_FOLDER = QT_TRANSLATE_NOOP(
    C, "The backup folder {folder} cannot be used ({detail}). Plug in the USB stick or choose "
    "another folder.")
MSG_BACKUP_BAD = QT_TRANSLATE_NOOP(
    C, "The backup just written to {path} failed its check ({detail}) and was removed. The "
    "database itself is unchanged; try again, or use another USB stick.")
MSG_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    C, "{path} is not a usable Pulih backup ({detail}). Nothing was restored; choose another "
    "backup.")
MSG_IN_USE = QT_TRANSLATE_NOOP(
    C, "The database is still open in another Pulih window or program. Close Pulih "
    "everywhere else on this computer, then restore again. Nothing was changed.")
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
    safety_copy: Path | None


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
        raise BackupError(MSG_FOLDER, folder=str(folder), detail=exc.strerror or str(exc))


def _fsync(path: Path) -> None:
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
                *, key: str | None = None) -> None:
    """Copy the database at ``source`` into a new single file ``dest`` (no WAL) through the
    online backup API, while other connections may keep writing. The copy of an encrypted
    database is encrypted with the same ``key``."""
    encrypted = cipher.uses_cipher(source, key)
    src = cipher.raw_connect(source, key, timeout=dbmod.BUSY_TIMEOUT_S, cipher=encrypted)
    try:
        dst = cipher.raw_connect(dest, key, cipher=encrypted)
        try:
            # One step: a single read transaction, which in WAL mode never blocks the
            # desks' writes and sees one consistent snapshot. Copying in smaller steps
            # would restart after every write another desk makes, and under steady
            # writing might never finish.
            src.backup(dst, pages=-1, progress=(
                (lambda _status, remaining, total: progress(total - remaining, total))
                if progress else None))
            # A backup is one self-contained file, ready for a USB stick.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(dest)


def backup_sqlite_to(source: Path, folder: Path, *, now: dt.datetime | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     key: str | None = None) -> BackupInfo:
    """Write, check and name one backup of the SQLite database ``source`` into ``folder``."""
    _prepare_folder(folder)
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    final = _backup_name(folder, made_at, SQLITE_SUFFIX)
    partial = final.with_name(final.name + ".part")
    try:
        copy_sqlite(source, partial, progress, key=key)
        problem = sqlite_problem(partial, key)
    except (OSError, *cipher.DRIVER_ERRORS) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BackupError(MSG_FOLDER, folder=str(folder), detail=exc.strerror or str(exc))
        raise BackupError(MSG_BACKUP_BAD, path=str(final), detail=str(exc))
    if problem:
        partial.unlink(missing_ok=True)
        raise BackupError(MSG_BACKUP_BAD, path=str(final), detail=problem)
    os.replace(partial, final)
    return BackupInfo(final, made_at, final.stat().st_size, "sqlite")


def make_backup(target: DatabaseTarget, folder: Path, *, now: dt.datetime | None = None,
                progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """One verified backup of ``target`` in ``folder`` (SQLite or PostgreSQL)."""
    if target.kind == "sqlite":
        return backup_sqlite_to(Path(target.location), folder, now=now, progress=progress,
                                key=target.key)
    from models.backup_pg import dump
    _prepare_folder(folder)
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    final = _backup_name(folder, made_at, PG_SUFFIX)
    dump(target.location, final)
    return BackupInfo(final, made_at, final.stat().st_size, "postgres")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (only files named as Pulih names them)."""
    found = []
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
        found.append(BackupInfo(path, made_at, path.stat().st_size, kind))
    found.sort(key=lambda b: (b.made_at, int(NAME_RE.match(b.path.name).group(2) or 1)),
               reverse=True)
    return found


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


def rotate(folder: Path, keep_daily: int, keep_monthly: int) -> list[Path]:
    """Delete the backups in ``folder`` that rotation does not keep; returns them."""
    backups = list_backups(folder)
    keep = to_keep(backups, keep_daily, keep_monthly)
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


def _alone(path: Path, key: str | None = None) -> bool:
    """True when no other connection has ``path`` open.

    Leaving WAL mode needs the only connection to the file, so trying it answers the
    question at once (no waiting) and checkpoints the WAL into the file on the way.
    """
    try:
        conn = cipher.raw_connect(path, key, timeout=0)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except cipher.OPERATIONAL_ERRORS as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            return False
        return True  # damaged: nobody can be using it, and it is moved aside as it is
    except cipher.DATABASE_ERRORS:
        return True
    return str(mode).lower() == "delete"


def _keep_aside(path: Path, now: dt.datetime, key: str | None = None) -> Path:
    """Keep the current database as a safety copy beside it, before it is replaced.

    A sound database is copied through the backup API (which takes in what its WAL
    holds); a damaged one is never written to, only moved aside with its WAL exactly as
    it is, for whoever tries to rescue it.
    """
    safety = path.with_name(f"{path.stem}.before-restore-{now.strftime(STAMP)}{SQLITE_SUFFIX}")
    if dbmod.quick_check(path, key) is None:
        if not _alone(path, key):
            raise BackupError(MSG_IN_USE)
        try:
            copy_sqlite(path, safety, key=key)
            if sqlite_problem(safety, key) is None:
                return safety
        except cipher.DRIVER_ERRORS:
            pass
        safety.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(safety) + suffix))
    return safety


def restore_sqlite(path: Path, backup: Path, *, now: dt.datetime | None = None,
                   key: str | None = None) -> RestoreResult:
    """Put ``backup`` in place of the (closed) database at ``path``.

    The backup is checked first; the current database is kept as a safety copy; stale
    ``-wal``/``-shm`` files, which would otherwise be replayed over the restored file, are
    removed. Nothing changes when the backup fails its check or another program has the
    database open. An encrypted backup is checked and copied with ``key``.
    """
    problem = sqlite_problem(backup, key)
    if problem:
        raise BackupError(MSG_NOT_A_BACKUP, path=str(backup), detail=problem)
    stamp = now or dt.datetime.now()
    safety = None
    if path.exists():
        safety = _keep_aside(path, stamp, key)
    incoming = path.with_name(path.name + ".restoring")
    copy_sqlite(backup, incoming, key=key)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(incoming, path)
    return RestoreResult(backup, safety)


def restore(target: DatabaseTarget, backup: Path, *, now: dt.datetime | None = None
            ) -> RestoreResult:
    """Restore ``backup`` into ``target``, which the caller has closed."""
    is_sqlite_backup = backup.suffix == SQLITE_SUFFIX
    if (target.kind == "sqlite") != is_sqlite_backup and backup.suffix in (SQLITE_SUFFIX,
                                                                           PG_SUFFIX):
        raise BackupError(MSG_WRONG_KIND, path=str(backup))
    if target.kind == "sqlite":
        return restore_sqlite(Path(target.location), backup, now=now, key=target.key)
    from models.backup_pg import restore_dump
    return restore_dump(target.location, backup, default_folder(target), now=now)
