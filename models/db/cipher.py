"""Encryption at rest: SQLite files encrypted with SQLCipher (through ``sqlcipher3``).

A facility chooses encryption when its database is made, by giving a passphrase (a key
file on a USB stick, ``--db-key-file``, or ``PULIH_DB_KEY``). Whether an existing file is
encrypted is read from the file itself: a plain SQLite file starts with the SQLite header,
an SQLCipher file with random salt. So one set of functions opens both kinds, and a backup
of an encrypted database is encrypted with the same key.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from models.core.errors import QT_TRANSLATE_NOOP, DatabaseProblem

C = "Errors"
SQLITE_HEADER = b"SQLite format 3\x00"
#: Errors of either SQLite driver (the standard one and SQLCipher's).
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,
                                                   sqlcipher.OperationalError)

MSG_ENCRYPTED = QT_TRANSLATE_NOOP(
    C, "The file {path} is not a Pulih database that opens without a key. If it is an "
    "encrypted Pulih database, enter its key (or start Pulih with --db-key-file or "
    "PULIH_DB_KEY). It was not changed.")
MSG_WRONG_KEY = QT_TRANSLATE_NOOP(
    C, "The key does not open the encrypted database {path}: the key is wrong (or the file "
    "is not a Pulih database). Nothing was changed; enter the right key.")
MSG_KEY_FILE = QT_TRANSLATE_NOOP(
    C, "The key file {path} cannot be read ({detail}). Plug in the USB stick that holds it, "
    "or give the right file.")
MSG_EMPTY_KEY = QT_TRANSLATE_NOOP(C, "The key file {path} is empty.")
MSG_KEY_TOO_SHORT = QT_TRANSLATE_NOOP(
    C, "The key of an encrypted database must have at least {minimum} characters (the one "
    "given has {length}). Choose a longer passphrase, e.g. a few words; nothing was "
    "changed.")
#: The shortest passphrase Pulih encrypts a database with (set-up, demo --encrypt,
#: PULIH_DB_KEY or --db-key-file for a new file, encrypting later, changing the key).
MIN_KEY_LENGTH = 12


def check_new_key(key: str) -> None:
    """Raise :class:`DatabaseProblem` unless ``key`` is long enough to encrypt a database
    with. Opening a database encrypted earlier with a shorter key is still allowed."""
    if len(key) < MIN_KEY_LENGTH:
        raise DatabaseProblem(MSG_KEY_TOO_SHORT, minimum=MIN_KEY_LENGTH, length=len(key))


def read_key_file(path: str | Path) -> str:
    """The passphrase held in a key file (its first line, without the line end)."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DatabaseProblem(MSG_KEY_FILE, path=str(path), detail=detail) from exc
    key = text.splitlines()[0] if text.strip() else ""
    if not key:
        raise DatabaseProblem(MSG_EMPTY_KEY, path=str(path))
    return key


#: The database files this process has open through SQLite, and whether each is plain.
#: Their answers come from here: opening and closing such a file outside SQLite would drop
#: every POSIX lock the process holds on it (see :func:`register_live`).
_live: dict[str, bool] = {}


def _live_key(path: Path) -> str:
    return os.path.realpath(path)  # lstat/readlink only: the file itself is not opened


def register_live(path: Path, plain: bool) -> None:
    """Mark ``path`` as open through SQLite in this process (``plain``: not encrypted).

    On Linux and macOS, closing ANY descriptor of a file drops all POSIX locks the process
    holds on it, SQLite's included; a later outside open could then delete its WAL. So
    while a file is live, :func:`is_plain` and :func:`looks_encrypted` answer from here and
    never open it."""
    _live[_live_key(path)] = plain


def forget_live(path: Path) -> None:
    """``path`` is no longer open through SQLite in this process."""
    _live.pop(_live_key(path), None)


def is_plain(path: Path) -> bool:
    """True when ``path`` starts with the plain SQLite header (False when missing/empty)."""
    known = _live.get(_live_key(path))
    if known is not None:
        return known
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """True for a file that could be an SQLCipher database: no SQLite header, and a
    length of whole pages (a text file or a torn copy seldom has one)."""
    known = _live.get(_live_key(path))
    if known is not None:
        return not known
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and not is_plain(path)


def uses_cipher(path: Path, key: str | None) -> bool:
    """Whether ``path`` is (or, new, becomes) opened through SQLCipher: only with a key,
    and never for a file that already is plain SQLite."""
    if not key:
        return False
    try:
        empty = path.stat().st_size == 0
    except OSError:
        empty = True
    return empty or not is_plain(path)


def _quote(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def apply_key(conn: Any, key: str) -> None:
    """Give an SQLCipher connection its key, quietly (no log lines on a wrong key). A wrong
    key shows only at the first read: "file is not a database"."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(key)}")


def raw_connect(path: Path, key: str | None = None, *, read_only: bool = False,
                timeout: float = 30.0, cipher: bool | None = None) -> Any:
    """A DB-API connection to the SQLite file ``path``, through SQLCipher when the file is
    encrypted (or new and a key is given), else through the standard driver.
    ``cipher`` forces the choice (a backup's new file follows its source)."""
    if cipher is None:
        cipher = uses_cipher(path, key)
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if not cipher:
        return sqlite3.connect(target, uri=read_only, timeout=timeout)
    if not key:
        raise DatabaseProblem(MSG_ENCRYPTED, path=str(path))
    conn = sqlcipher.connect(target, uri=read_only, timeout=timeout)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def check_key(path: Path, key: str) -> None:
    """Raise :class:`DatabaseProblem` (wrong key) unless ``key`` opens the encrypted
    ``path``; reads only."""
    try:
        conn = raw_connect(path, key, read_only=True, cipher=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        if "not a database" in str(exc):
            raise DatabaseProblem(MSG_WRONG_KEY, path=str(path)) from exc
        raise


class CipherDatabase(peewee.SqliteDatabase):
    """peewee's SQLite database over SQLCipher: the key is given before anything else
    (the journal mode and other pragmas need a readable file)."""

    def __init__(self, database: str, *, key: str, **kwargs: Any) -> None:
        self._key = key
        super().__init__(database, **kwargs)

    def _connect(self) -> Any:
        conn = sqlcipher.connect(self.database, timeout=self._timeout, isolation_level=None,
                                 **self.connect_params)
        try:
            apply_key(conn, self._key)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn
