"""Managing encryption at rest after set-up: change the key, or encrypt a plain database.

Both write a new encrypted copy with SQLCipher's ``sqlcipher_export`` beside the database,
flush it, check it completely (integrity, Pulih's own schema objects, the same counts as the
original) and only then swap it in atomically (:func:`models.backup.restore.swap_in`). The old file,
plain or under the old key, is kept only when the admin asks; otherwise it is overwritten
with zeros and removed. On a flash disk (SSD, USB stick) an overwrite cannot promise that
no old block survives inside the device: the message says so.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from models.backup.backup import clean_staged
from models.backup.restore import (
    check_space,
    export_encrypted,
    fsync_folder,
    remove_with_journal,
    swap_in,
)
from models.backup.restore_check import check_database_file
from models.core.cancel import CancelToken, check_cancel
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget, write_transaction
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

C = "Errors"
F_NEW_KEY = QT_TRANSLATE_NOOP("Codes", "New database key")
F_NEW_KEY_AGAIN = QT_TRANSLATE_NOOP("Codes", "New database key again")
MSG_KEYS_DIFFER = QT_TRANSLATE_NOOP("Errors", "The two keys are not the same.")
MSG_SAME_KEY = QT_TRANSLATE_NOOP("Errors", "The new key is the key in use. Choose another.")
MSG_NOT_SQLITE = QT_TRANSLATE_NOOP(
    C, "Encryption at rest is for an SQLite database; a PostgreSQL server encrypts its disk "
    "itself.")
MSG_ALREADY = QT_TRANSLATE_NOOP(C, "The database is already encrypted. Change its key instead.")
MSG_NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    C, "The database is not encrypted; encrypt it first.")
MSG_COPY_DIFFERS = QT_TRANSLATE_NOOP(
    C, "The encrypted copy did not match the database ({detail}); it was removed and nothing "
    "was changed.")
STAGED_SUFFIX = "encrypting.part"
WIPE_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class EncryptionResult:
    """What a key change or encryption did: the new target and the old file if kept."""

    target: DatabaseTarget
    kept_old: Path | None
    wiped_old: bool


def check_new_key(key: str, again: str, old: str | None = None) -> None:
    """Raise :class:`ValidationError` at the field unless ``key`` is long enough, typed twice
    alike and not the key in use."""
    if len(key) < cipher.MIN_KEY_LENGTH:
        raise ValidationError(cipher.MSG_KEY_TOO_SHORT, field=F_NEW_KEY,
                              minimum=cipher.MIN_KEY_LENGTH, length=len(key))
    if key != again:
        raise ValidationError(MSG_KEYS_DIFFER, field=F_NEW_KEY_AGAIN)
    if old is not None and key == old:
        raise ValidationError(MSG_SAME_KEY, field=F_NEW_KEY)


def wipe(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush it, and remove it (and its journal files)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            zeros = b"\0" * WIPE_CHUNK
            for offset in range(0, size, WIPE_CHUNK):
                fh.write(zeros[:min(WIPE_CHUNK, size - offset)])
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass  # removing it still matters
    remove_with_journal(path)


def reencrypt_file(path: Path, old_key: str | None, new_key: str, *, keep_old: bool = False,
                   now: dt.datetime | None = None, cancel: CancelToken | None = None
                   ) -> tuple[Path | None, bool]:
    """Rewrite the closed SQLite database ``path`` (plain when ``old_key`` is None)
    encrypted with ``new_key``, checked before it replaces the original. Returns the old
    file's new name when kept, and whether it was wiped."""
    _applied, before = check_database_file(path, old_key, cancel)
    staged = path.with_name(f"{path.name}.{os.getpid()}.{STAGED_SUFFIX}")
    clean_staged(path)
    remove_with_journal(staged)
    try:
        check_space(path.parent, path.stat().st_size)
        export_encrypted(path, old_key, staged, new_key, cancel)
        with open(staged, "rb") as fh:
            os.fsync(fh.fileno())
        _applied, after = check_database_file(staged, new_key, cancel)
        if (after.people, after.episodes, after.documents, after.facility_code) != (
                before.people, before.episodes, before.documents, before.facility_code):
            raise cipher.sqlcipher.DatabaseError("different counts")
        check_cancel(cancel)
        old = swap_in(path, staged, old_key, now)
    except BaseException as exc:
        remove_with_journal(staged)
        if isinstance(exc, cipher.DRIVER_ERRORS):
            check_cancel(cancel)
            from models.backup.backup import BackupError
            raise BackupError(MSG_COPY_DIFFERS, detail=str(exc)[:200]) from exc
        raise
    fsync_folder(path.parent)
    if old is None:
        return None, False
    if keep_old:
        kept = old.with_name(old.name.replace(".before-restore-", ".before-encryption-"))
        os.replace(old, kept)
        return kept, False
    wipe(old)
    return None, True


def encrypt_database_file(path: Path, key: str, *, keep_plain: bool = False
                          ) -> tuple[Path | None, bool]:
    """Encrypt the closed plain SQLite database ``path`` with ``key``."""
    cipher.check_new_key(key)
    return reencrypt_file(path, None, key, keep_old=keep_plain)


def prepare(actor: Staff, target: DatabaseTarget, new_key: str, again: str,
            encrypting: bool) -> str | None:
    """Check the right, the state of the database and the new key; returns the key the file
    is encrypted with now (None: plain). Nothing is changed."""
    require(actor, Area.ADMIN, Action.CORRECT)
    if target.kind != "sqlite":
        raise ValidationError(MSG_NOT_SQLITE, field=F_NEW_KEY)
    path = Path(target.location)
    if encrypting and not cipher.is_plain(path):
        raise ValidationError(MSG_ALREADY, field=F_NEW_KEY)
    if not encrypting and (cipher.is_plain(path) or not target.key):
        raise ValidationError(MSG_NOT_ENCRYPTED, field=F_NEW_KEY)
    check_new_key(new_key, again, None if encrypting else target.key)
    return None if encrypting else target.key


def reopen(actor_id: int | None, target: DatabaseTarget, new_key: str, kept: Path | None,
           wiped: bool, encrypting: bool) -> EncryptionResult:
    """Open the re-encrypted database with ``new_key`` and record the act (``actor_id``
    None: ``main.py encrypt``, run by whoever holds the file and its key)."""
    from models.db.schema import open_database
    now_target = replace(target, key=new_key)
    open_database(now_target)
    with write_transaction():
        audit.record(Staff.get_by_id(actor_id) if actor_id is not None else None,
                     "database.encrypt" if encrypting else "database.change_key",
                     "database", None, kept_old=str(kept) if kept else None, wiped_old=wiped)
    return EncryptionResult(now_target, kept, wiped)


def _manage(actor: Staff, target: DatabaseTarget, new_key: str, again: str,
            keep_old: bool, encrypting: bool) -> EncryptionResult:
    old_key = prepare(actor, target, new_key, again, encrypting)
    from models.db.schema import open_database
    actor_id = actor.id
    dbmod.close()
    try:
        kept, wiped = reencrypt_file(Path(target.location), old_key, new_key,
                                     keep_old=keep_old)
    except BaseException:
        open_database(target)
        raise
    return reopen(actor_id, target, new_key, kept, wiped, encrypting)


def encrypt_database(actor: Staff, target: DatabaseTarget, key: str, again: str, *,
                     keep_plain: bool = False) -> EncryptionResult:
    """Encrypt the plain database in use with ``key`` (admins); it is opened again,
    encrypted. The plain file is kept only with ``keep_plain``."""
    return _manage(actor, target, key, again, keep_plain, encrypting=True)


def change_key(actor: Staff, target: DatabaseTarget, key: str, again: str, *,
               keep_old: bool = False) -> EncryptionResult:
    """Give the encrypted database in use a new key (admins); opened again with it."""
    return _manage(actor, target, key, again, keep_old, encrypting=False)
