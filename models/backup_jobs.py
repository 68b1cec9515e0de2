"""Backups as the desk and the command line ask for them: by hand, automatic, restore.

Backing up and restoring by hand take the admin right; the automatic backup (on exit and
once a day) runs for the facility, by its settings ``backup_folder`` and ``backup_auto``.
Each act is recorded in the audit trail of the database it concerns.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Callable

from models import audit, cipher
from models import db as dbmod
from models.backup import (BackupInfo, RestoreResult, default_folder, list_backups,
                           make_backup, newest_good_backup, restore, rotate)
from models.db import DatabaseTarget, write_transaction
from models.errors import PulihError
from models.facility import get_setting
from models.rights import Action, Area, require
from models.staff import Staff


def backup_folder(target: DatabaseTarget) -> Path:
    """The folder backups go to: the facility's setting, else the default beside the data."""
    chosen = str(get_setting("backup_folder") or "").strip()
    return Path(chosen).expanduser() if chosen else default_folder(target)


def automatic_enabled() -> bool:
    """Whether the facility wants automatic backups (on exit and daily)."""
    return bool(get_setting("backup_auto"))


def backups(actor: Staff, target: DatabaseTarget) -> list[BackupInfo]:
    """The backups in the facility's backup folder, newest first (admins)."""
    require(actor, Area.ADMIN, Action.VIEW)
    return list_backups(backup_folder(target))


def _backup(actor: Staff | None, target: DatabaseTarget, folder: Path, reason: str,
            progress: Callable[[int, int], None] | None) -> BackupInfo:
    keep_daily, keep_monthly = get_setting("backup_keep_daily"), get_setting("backup_keep_monthly")
    made = make_backup(target, folder, progress=progress)
    removed = rotate(folder, keep_daily, keep_monthly)
    with write_transaction():
        audit.record(actor, "backup.create", "database", None, file=made.path.name,
                     folder=str(folder), reason=reason, size=made.size,
                     rotated=[p.name for p in removed])
    return made


def backup_now(actor: Staff | None, target: DatabaseTarget, folder: Path | None = None,
               progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Make a verified backup now, then rotate the folder.

    ``actor`` None is the command line run by whoever may read the database file (a
    backup holds nothing the file does not); a staff member needs the admin right.
    """
    if actor is not None:
        require(actor, Area.ADMIN, Action.INPUT)
    return _backup(actor, target, folder or backup_folder(target), "manual", progress)


def automatic_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """True when the folder holds no backup made today."""
    today = (now or dt.datetime.now()).date()
    return not any(b.made_at.date() == today for b in list_backups(folder))


def run_automatic(target: DatabaseTarget, reason: str, now: dt.datetime | None = None,
                  progress: Callable[[int, int], None] | None = None) -> BackupInfo | None:
    """The automatic backup: ``reason`` "exit" always backs up, "daily" only when no backup
    was made today. None when automatic backups are off or not due."""
    if not automatic_enabled():
        return None
    folder = backup_folder(target)
    if reason != "exit" and not automatic_due(folder, now):
        return None
    return _backup(None, target, folder, reason, progress)


def restore_database(actor: Staff | None, target: DatabaseTarget, backup: Path
                     ) -> RestoreResult:
    """Restore ``backup`` over the database of ``target`` (open or, when it cannot be
    opened, closed).

    A staff member's right is checked on the open database; it is then closed, the backup restored
    (checked first, the current data kept as a safety copy) and opened again, and the
    restore recorded in the restored database's audit trail. If anything fails the
    database that was in use is opened again as it was.
    """
    from models.schema import open_database
    was_open = dbmod.database.obj is not None and not dbmod.database.obj.is_closed()
    if actor is not None:
        require(actor, Area.ADMIN, Action.CORRECT)
    actor_id = actor.id if actor is not None else None
    dbmod.close()
    try:
        result = restore(target, backup)
    except BaseException:
        if was_open:  # the database in use was not touched: carry on with it
            open_database(target)
        raise
    open_database(target)
    restored_actor = Staff.get_or_none(Staff.id == actor_id) if actor_id else None
    with write_transaction():
        audit.record(restored_actor, "backup.restore", "database", None, file=backup.name,
                     safety_copy=str(result.safety_copy) if result.safety_copy else None)
    return result


def rescue_backup(target: DatabaseTarget) -> BackupInfo | None:
    """For an SQLite database that cannot be opened: the newest backup that passes its
    check, in the folder its settings name (read without opening it for writing, when it
    can still be read) or in the default folder."""
    if target.kind != "sqlite":
        return None
    folders = [default_folder(target)]
    try:
        conn = cipher.raw_connect(Path(target.location), target.key, read_only=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backup_folder'").fetchone()
        finally:
            conn.close()
        chosen = json.loads(row[0]) if row else ""
        if isinstance(chosen, str) and chosen.strip():
            folders.insert(0, Path(chosen.strip()).expanduser())
    except (*cipher.DRIVER_ERRORS, PulihError, ValueError, OSError):
        pass  # the damage may reach the settings: the default folder is still searched
    found = [b for b in (newest_good_backup(folder, key=target.key) for folder in folders)
             if b is not None]
    return max(found, key=lambda b: b.made_at, default=None)
