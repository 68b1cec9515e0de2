"""Backups as the desk and the command line ask for them: by hand, automatic, restore.

Backing up and restoring by hand take the admin right; the automatic backup (on exit and
once a day) runs for the facility, by its settings ``backup_folder`` and ``backup_auto``.
Each act is recorded in the audit trail of the database it concerns.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from peewee import fn

from models.backup.backup import (
    KEEP_SAFETY,
    MSG_BACKUP_RUNNING,
    MSG_WRONG_KIND,
    PG_SUFFIX,
    BackupError,
    BackupInfo,
    RestoreResult,
    backup_running,
    default_folder,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
    rotate,
)
from models.backup.restore import (
    prune_safety,
    refuse_without_choice,
    remove_with_journal,
    stage,
    swap_in,
)
from models.backup.restore_check import BackupReport, inspect_backup
from models.core.cancel import Cancelled, CancelToken
from models.core.errors import PulihError
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget, write_transaction
from models.db.schema import open_database
from models.facility.facility import get_setting
from models.safety import audit
from models.safety.audit import AuditEvent
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff


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


#: Audit actions that read and change nothing a backup would hold differently: after only
#: these, the exit backup is skipped (they stay in the database and go into the next one).
READ_ONLY_ACTIONS = frozenset({
    "staff.signin", "backup.create", "note.search", "person.access_history",
    "program.roster", "bnba.export", "tally.export", "signing_key.export"})
READ_ONLY_SUFFIXES = (".view", ".list")


def after_backup_verified(target: DatabaseTarget, made: BackupInfo) -> None:
    """Called once for every backup that was written and passed its check, before rotation
    and before it is recorded: the one place for work that belongs beside a finished backup.
    Here: a signed checkpoint of the audit trail, beside the backup and in the folder's
    checkpoint file (models/seals/audit_checkpoint.py)."""
    from models.seals.audit_checkpoint import write_beside_backup
    write_beside_backup(made.path)


def _audit_upto(target: DatabaseTarget, made: BackupInfo) -> int | None:
    """The newest audit event id the backup holds (read from the backup itself)."""
    if made.kind != "sqlite":
        return None
    try:
        conn = cipher.raw_connect(made.path, target.key, read_only=True)
        try:
            return int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_event")
                       .fetchone()[0])
        finally:
            conn.close()
    except cipher.DRIVER_ERRORS + (PulihError,):
        return None


def _backup(actor: Staff | None, target: DatabaseTarget, folder: Path, reason: str,
            progress: Callable[[int, int], None] | None,
            cancel: CancelToken | None = None) -> BackupInfo:
    from models.backup.status import SAME_DISK_KEEP, record_failure, record_success, same_disk
    keep_daily, keep_monthly = get_setting("backup_keep_daily"), get_setting("backup_keep_monthly")
    upto = None
    if target.kind != "sqlite":
        upto = AuditEvent.select(fn.MAX(AuditEvent.id)).scalar() or 0
    try:
        made = make_backup(target, folder, progress=progress, cancel=cancel)
    except Cancelled:
        raise
    except Exception as exc:
        record_failure(target, reason, exc)
        raise
    after_backup_verified(target, made)
    if target.kind == "sqlite":
        upto = _audit_upto(target, made)
    limit = SAME_DISK_KEEP if same_disk(folder, target) else None
    removed = rotate(folder, keep_daily, keep_monthly, limit)
    with write_transaction():
        audit.record(actor, "backup.create", "database", None, file=made.path.name,
                     folder=str(folder), reason=reason, size=made.size,
                     rotated=[p.name for p in removed], audit_upto=upto)
    record_success(target, made)
    return made


def backup_now(actor: Staff | None, target: DatabaseTarget, folder: Path | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancel: CancelToken | None = None) -> BackupInfo:
    """Make a verified backup now, then rotate the folder.

    ``actor`` None is the command line run by whoever may read the database file (a
    backup holds nothing the file does not); a staff member needs the admin right.
    """
    if actor is not None:
        require(actor, Area.ADMIN, Action.INPUT)
    return _backup(actor, target, folder or backup_folder(target),
                   "manual" if actor is not None else "cli", progress, cancel)


def automatic_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """True when the folder holds no backup made today."""
    today = (now or dt.datetime.now()).date()
    return not any(b.made_at.date() == today for b in list_backups(folder))


def unchanged_since_backup(folder: Path) -> bool:
    """True when nothing a backup holds has changed since the newest backup in ``folder``
    that Pulih recorded (at any desk: every write is an audited act in the one trail).

    Only read-only acts (sign-ins, views, searches, exports) may follow that backup's last
    event, and no draft may be newer than it. Cheap on any size: an indexed range of the
    audit trail.
    """
    present = {b.path.name: b for b in list_backups(folder)}
    if not present:
        return False
    recent = (AuditEvent.select(AuditEvent.detail)
              .where(AuditEvent.action == "backup.create")
              .order_by(AuditEvent.id.desc()).limit(50).tuples())
    for (detail,) in recent:
        if not isinstance(detail, dict) or detail.get("folder") != str(folder):
            continue
        made = present.get(str(detail.get("file")))
        upto = detail.get("audit_upto")
        if made is None or not isinstance(upto, int):
            continue
        changes = AuditEvent.select().where(
            (AuditEvent.id > upto) & AuditEvent.action.not_in(sorted(READ_ONLY_ACTIONS)))
        for suffix in READ_ONLY_SUFFIXES:
            changes = changes.where(~AuditEvent.action.endswith(suffix))
        if changes.exists():
            return False
        from models.desk.drafts import Draft
        return not Draft.select().where(Draft.updated_at >= made.made_at).exists()
    return False


def run_automatic(target: DatabaseTarget, reason: str, now: dt.datetime | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: CancelToken | None = None) -> BackupInfo | None:
    """The automatic backup: ``reason`` "exit" backs up whenever something changed since the
    newest backup, "daily" when, besides, no backup was made today. None when automatic
    backups are off, not due, or nothing changed."""
    if not automatic_enabled():
        return None
    folder = backup_folder(target)
    if reason != "exit" and not automatic_due(folder, now):
        return None
    if unchanged_since_backup(folder):
        return None
    return _backup(None, target, folder, reason, progress, cancel)


def restore_database(actor: Staff | None, target: DatabaseTarget, backup: Path, *,
                     other_facility: bool = False, encrypt_plain: bool = False,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: CancelToken | None = None, now: dt.datetime | None = None,
                     keep_safety: int = KEEP_SAFETY) -> RestoreResult:
    """Restore ``backup`` over the database of ``target`` (open or, when it cannot be
    opened, closed); only the newest ``keep_safety`` safety copies are kept.

    A staff member's right is checked on the open database; it is then closed, the backup
    restored (checked completely first, see :mod:`models.backup.restore`; another facility's
    backup or a plain one into an encrypted installation only with the matching explicit
    choice; the current data kept as a safety copy) and opened again, and the restore
    recorded in the restored database's audit trail. If anything fails the database that
    was in use is opened again as it was.
    """
    if actor is not None:
        require(actor, Area.ADMIN, Action.CORRECT)
    was_open = dbmod.database.obj is not None and not dbmod.database.obj.is_closed()
    actor_id = actor.id if actor is not None else None
    dbmod.close()
    try:
        result = restore(target, backup, other_facility=other_facility,
                         encrypt_plain=encrypt_plain, progress=progress, cancel=cancel,
                         now=now, keep_safety=keep_safety)
    except BaseException:
        if was_open:  # the database in use was not touched: carry on with it
            open_database(target)
        raise
    return _reopened(target, backup, result, actor_id)


def _reopened(target: DatabaseTarget, backup: Path, result: RestoreResult,
              actor_id: int | None) -> RestoreResult:
    open_database(target)
    restored_actor = Staff.get_or_none(Staff.id == actor_id) if actor_id else None
    with write_transaction():
        audit.record(restored_actor, "backup.restore", "database", None, file=backup.name,
                     safety_copy=str(result.safety_copy) if result.safety_copy else None)
    from models.seals.audit_checkpoint import note_restore
    # the checkpoints of the trail just replaced are not a rewrite
    note_restore([backup_folder(target), backup.parent], restored_actor)
    return result


def check_restore(actor: Staff, target: DatabaseTarget, backup: Path,
                  cancel: CancelToken | None = None) -> BackupReport:
    """Check ``backup`` completely for a restore into ``target`` (admins; read only, may run
    in a worker thread)."""
    require(actor, Area.ADMIN, Action.CORRECT)
    if (target.kind == "sqlite") != (backup.suffix != PG_SUFFIX):
        raise BackupError(MSG_WRONG_KIND, path=str(backup))
    if target.kind != "sqlite":
        from models.backup.restore_postgres import inspect_pg
        return inspect_pg(target.location, backup, cancel)
    return inspect_backup(backup, target, cancel)


def stage_restore(report: BackupReport, target: DatabaseTarget, *, other_facility: bool,
                  encrypt_plain: bool, progress: Callable[[int, int], None] | None = None,
                  cancel: CancelToken | None = None) -> Path | str:
    """Copy and check the backup beside the database (the database keeps working; may run
    in a worker thread). The admin's choices must cover what the report says. On
    PostgreSQL the backup is restored and checked again in a scratch database of the
    server, whose name is returned."""
    refuse_without_choice(report, other_facility, encrypt_plain)
    if target.kind != "sqlite":
        from models.backup.restore_postgres import discard, stage_pg
        again, scratch = stage_pg(target.location, report.path, cancel)
        try:  # the file may have changed since it was checked
            refuse_without_choice(again, other_facility, encrypt_plain)
        except BaseException:
            discard(target.location, scratch)
            raise
        return scratch
    return stage(report, Path(target.location), target.key,
                 encrypt=report.plain_into_encrypted, progress=progress, cancel=cancel)


def finish_restore(actor: Staff, target: DatabaseTarget, report: BackupReport,
                   staged: Path | str, keep_safety: int = KEEP_SAFETY) -> RestoreResult:
    """Swap the staged copy in (window's thread, a moment): the database is closed, the
    copy renamed over it (PostgreSQL: the checked scratch database renamed into its place),
    the old one kept as a safety copy (only the newest ``keep_safety``), the database
    opened again and the restore audited. On failure the database in use is opened again
    as it was and the staged copy removed."""
    from models.backup.restore_postgres import discard, prune_safety_pg, swap_in_pg
    require(actor, Area.ADMIN, Action.CORRECT)
    actor_id = actor.id
    postgres = target.kind != "sqlite"
    try:
        if backup_running():
            raise BackupError(MSG_BACKUP_RUNNING)
        dbmod.close()
        if postgres:
            safety: Path | str | None = swap_in_pg(target.location, str(staged))
        else:
            safety = swap_in(Path(target.location), Path(staged), target.key)
    except BaseException:
        if postgres:
            discard(target.location, str(staged))
        else:
            remove_with_journal(Path(staged))
        open_database(target)
        raise
    if postgres:
        prune_safety_pg(target.location, keep_safety)
    else:
        prune_safety(Path(target.location), keep_safety)
    return _reopened(target, report.path, RestoreResult(report.path, safety), actor_id)


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
    except cipher.DRIVER_ERRORS + (PulihError, ValueError, OSError):
        pass  # the damage may reach the settings: the default folder is still searched
    found = [b for b in (newest_good_backup(folder, key=target.key) for folder in folders)
             if b is not None]
    return max(found, key=lambda b: b.made_at, default=None)
