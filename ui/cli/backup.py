"""``python main.py backup [--out DIR]`` and ``python main.py restore FILE``.

A backup goes to ``--out`` or the facility's backup folder (setting ``backup_folder``, else
``backups`` beside the database), is checked after it is written and the folder is rotated.
A restore works even when the current database is damaged and cannot be opened: the backup
is checked first and the current data kept as a safety copy. Both are recorded in the audit
trail. Exit codes: 0 done, 1 refused (nothing changed), 2 no database or a damaged one.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from models.db import connection as dbmod
from reports.dates import short_stamp
from ui.cli.commands import MSG_NO_FILE, _target, fail, say, tr

C = "Cli"
MSG_BACKED_UP = QT_TRANSLATE_NOOP(C, "Backup written and checked: {path} ({size:.1f} MB).")
MSG_ROTATED = QT_TRANSLATE_NOOP(C, "Old backups removed by rotation: {count}.")
MSG_NO_BACKUP = QT_TRANSLATE_NOOP(C, "There is no backup file at {path}.")
MSG_RESTORED = QT_TRANSLATE_NOOP(C, "Restored {backup} into {where}. The database in use "
                                 "before was kept as {safety}.")
MSG_RESTORED_NEW = QT_TRANSLATE_NOOP(C, "Restored {backup} into {where}.")
MSG_SIDE = QT_TRANSLATE_NOOP(
    C, "  {side}: facility {code}, {people} people, {episodes} episodes, {documents} "
    "documents, newest entry {when}.")
SIDE_BACKUP = QT_TRANSLATE_NOOP(C, "Restored")
SIDE_BEFORE = QT_TRANSLATE_NOOP(C, "Replaced")
MSG_ENCRYPTED = QT_TRANSLATE_NOOP(
    C, "The database {where} is now encrypted with the new key; it was checked before it "
    "replaced the old file.")
MSG_OLD_WIPED = QT_TRANSLATE_NOOP(
    C, "The old file was overwritten with zeros and removed (on a flash disk or SSD an "
    "overwrite cannot promise that no old block survives inside the device).")
MSG_OLD_KEPT = QT_TRANSLATE_NOOP(C, "The old file was kept as {path}, as asked: keep it safe "
                                 "or delete it.")
MSG_OLD_BACKUPS = QT_TRANSLATE_NOOP(
    C, "Backups made before stay as they were (plain or under the old key): make a new "
    "backup now, and keep the old ones safe or delete them.")


def cmd_backup(args: argparse.Namespace) -> int:
    """Make one verified backup now."""
    from models.admin.backup_jobs import backup_now
    from models.backup.backup import list_backups
    from models.db.schema import open_database
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False)
    try:
        out = getattr(args, "out", None)
        folder = Path(out).expanduser() if out else None
        before = {b.path for b in list_backups(folder)} if folder else None
        made = backup_now(None, target, folder)
        if folder is None:
            from models.admin.backup_jobs import backup_folder
            folder = backup_folder(target)
    finally:
        dbmod.close()
    say(MSG_BACKED_UP, path=str(made.path), size=made.size / 1e6)
    if before is not None:
        gone = len(before - {b.path for b in list_backups(folder)})
        if gone:
            say(MSG_ROTATED, count=gone)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore one backup over the database (checked first, old data kept)."""
    from models.admin.backup_jobs import restore_database
    from models.backup.backup import KEEP_SAFETY
    source = Path(args.file).expanduser()
    if not source.is_file():
        return fail(MSG_NO_BACKUP, 2, path=str(source))
    target = _target(args)
    keep = getattr(args, "keep_safety", None)
    try:
        result = restore_database(None, target, source,
                                  other_facility=getattr(args, "other_facility", False),
                                  encrypt_plain=getattr(args, "encrypt_plain", False),
                                  keep_safety=max(0, keep) if keep is not None
                                  else KEEP_SAFETY)
    finally:
        dbmod.close()
    report = result.report
    if report is not None:
        sides = [(SIDE_BACKUP, report.backup)]
        if report.current is not None:
            sides.append((SIDE_BEFORE, report.current))
        for side, data in sides:
            say(MSG_SIDE, side=tr(side), code=data.facility_code or "-", people=data.people,
                episodes=data.episodes, documents=data.documents,
                when=short_stamp(data.newest_event, empty="-"))
    if result.safety_copy:
        say(MSG_RESTORED, backup=str(source), where=target.describe(),
            safety=str(result.safety_copy))
    else:
        say(MSG_RESTORED_NEW, backup=str(source), where=target.describe())
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain SQLite database, or give an encrypted one a new key (checked copy
    first, swapped in atomically); the old file is wiped unless --keep-old."""
    from models.admin.encryption import reencrypt_file, reopen
    from models.db import cipher
    from models.db.schema import open_database
    target = _target(args)
    path = Path(target.location)
    if target.kind != "sqlite" or not path.exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    new_key = cipher.read_key_file(args.new_key_file)
    cipher.check_new_key(new_key)
    open_database(target, create=False)  # refuses a damaged file or a wrong key
    dbmod.close()
    old_key = None if cipher.is_plain(path) else target.key
    kept, wiped = reencrypt_file(path, old_key, new_key, keep_old=args.keep_old)
    try:  # opened with the new key, the act recorded by models/ as the window records it
        reopen(None, target, new_key, kept, wiped, encrypting=old_key is None)
    finally:
        dbmod.close()
    say(MSG_ENCRYPTED, where=target.describe())
    if kept:
        say(MSG_OLD_KEPT, path=str(kept))
    elif wiped:
        say(MSG_OLD_WIPED)
    say(MSG_OLD_BACKUPS)
    return 0
