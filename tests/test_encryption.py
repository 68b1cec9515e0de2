"""Encryption at rest (SQLCipher): no client's name or NIK in the file, its WAL or its
backups; a missing or wrong key fails closed with a clear message and changes nothing."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.backup.backup import BackupError, make_backup, restore, sqlite_problem
from models.core.errors import DatabaseProblem
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget, resolve_target
from models.db.schema import open_database
from models.demo.demo import build_demo
from models.people.person import Person

ROOT = Path(__file__).resolve().parent.parent
KEY = "kunci rahasia 'panti' 2026"
CLIENTS = 50
MARKER = "Rahmat Penanda Walfile"


@dataclass
class Built:
    """A demo database made in a test, with what was found in its raw bytes."""

    target: DatabaseTarget
    secrets: list[bytes]  # every client's full name and NIK, as stored (UTF-8)
    raw: dict[str, bytes]  # file, WAL (before and after a checkpoint), backup
    backup: Path


def build(tmp_path: Path, key: str | None) -> Built:
    target = DatabaseTarget("sqlite", str(tmp_path / "pulih.sqlite3"), key=key)
    open_database(target)
    raw: dict[str, bytes] = {}
    try:
        build_demo(CLIENTS, seed=7)
        # one more change after the demo's last checkpoint, so it sits in the WAL
        first = Person.select().order_by(Person.id).first()
        Person.update(full_name=MARKER).where(Person.id == first.id).execute()
        rows = Person.select(Person.full_name, Person.nik).tuples()
        secrets = [value.encode("utf-8") for row in rows for value in row if value]
        path = Path(target.location)
        raw["wal before checkpoint"] = Path(f"{path}-wal").read_bytes()
        dbmod.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        raw["file"] = path.read_bytes()
        raw["wal"] = Path(f"{path}-wal").read_bytes()
        backup = make_backup(target, tmp_path / "backups").path
        raw["backup"] = backup.read_bytes()
    finally:
        dbmod.close()
    return Built(target, secrets, raw, backup)


def found_in(built: Built) -> dict[str, int]:
    """How many names and NIKs occur in each raw file."""
    return {where: sum(secret in data for secret in built.secrets)
            for where, data in built.raw.items()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(tmp_path) -> Built:
    return build(tmp_path, KEY)


def test_no_name_or_nik_in_the_encrypted_file_its_wal_or_its_backup(encrypted):
    assert len(encrypted.secrets) > CLIENTS  # the names and the NIKs (most have one)
    assert all(len(data) > 4096 for data in encrypted.raw.values())
    assert found_in(encrypted) == {where: 0 for where in encrypted.raw}
    for data in encrypted.raw.values():
        assert b"SQLite format 3" not in data[:100]


def test_the_same_search_finds_names_in_an_unencrypted_database(tmp_path):
    plain = build(tmp_path, None)
    counts = found_in(plain)
    # the search itself works: every name and NIK is in the plain file and its backup
    assert counts["file"] == len(plain.secrets)
    assert counts["backup"] == len(plain.secrets)
    assert MARKER.encode() in plain.raw["wal before checkpoint"]


def test_a_wrong_key_fails_closed_and_changes_nothing(encrypted, tmp_path):
    path = Path(encrypted.target.location)
    before = digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseProblem) as caught:
        open_database(DatabaseTarget("sqlite", str(path), key="not the key"))
    assert caught.value.text == cipher.MSG_WRONG_KEY
    assert "the key is wrong" in caught.value.english()
    assert "Nothing was changed" in caught.value.english()
    assert dbmod.database.obj is None or dbmod.database.obj.is_closed()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_without_a_key_it_says_the_database_is_encrypted(encrypted, tmp_path):
    path = Path(encrypted.target.location)
    before = digest(path)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(DatabaseTarget("sqlite", str(path)), read_only=True)
    assert caught.value.text == cipher.MSG_ENCRYPTED
    assert "enter its key" in caught.value.english()
    assert digest(path) == before


def test_the_right_key_opens_it_and_the_data_is_there(encrypted):
    open_database(encrypted.target)
    try:
        assert Person.select().count() >= CLIENTS
        assert dbmod.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert dbmod.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        dbmod.close()


def run(*args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en", **env_extra}
    for name in ("PULIH_DB", "PULIH_DATABASE_URL"):
        env.pop(name, None)
    if "PULIH_DB_KEY" not in env_extra:
        env.pop("PULIH_DB_KEY", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_check_command_with_the_key_from_the_environment_or_a_key_file(encrypted, tmp_path):
    path = encrypted.target.location
    result = run("check", "--db", path, PULIH_DB_KEY=KEY)
    assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
    key_file = tmp_path / "usb" / "pulih.key"
    key_file.parent.mkdir()
    key_file.write_text(KEY + "\n", encoding="utf-8")
    result = run("check", "--db", path, "--db-key-file", str(key_file))
    assert result.returncode == 0, result.stderr
    result = run("check", "--db", path)
    assert result.returncode == 2
    assert "enter its key" in result.stderr and "Traceback" not in result.stderr
    result = run("check", "--db", path, PULIH_DB_KEY="wrong")
    assert result.returncode == 2
    assert "the key is wrong" in result.stderr and "Traceback" not in result.stderr
    result = run("check", "--db", path, "--db-key-file", str(tmp_path / "missing.key"))
    assert result.returncode == 2 and "cannot be read" in result.stderr


def test_demo_encrypt_needs_a_key_and_makes_an_encrypted_file(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = run("demo", "--encrypt", "--clients", "5", "--db", str(path))
    assert result.returncode == 2 and "--encrypt" in result.stderr
    assert not path.exists()
    result = run("demo", "--encrypt", "--clients", "5", "--db", str(path), PULIH_DB_KEY=KEY)
    assert result.returncode == 0, result.stderr
    assert not cipher.is_plain(path)
    assert run("check", "--db", str(path), PULIH_DB_KEY=KEY).returncode == 0


def test_restore_of_an_encrypted_backup(encrypted):
    target = encrypted.target
    open_database(target)
    try:
        count = Person.select().count()
        Person.update(full_name="Diubah Setelah Cadangan").execute()
    finally:
        dbmod.close()
    # a wrong key finds the backup unusable and restores nothing
    before = digest(Path(target.location))
    assert sqlite_problem(encrypted.backup, "not the key") == "the key does not open it"
    with pytest.raises(BackupError):
        restore(DatabaseTarget("sqlite", target.location, key="not the key"), encrypted.backup)
    assert digest(Path(target.location)) == before
    result = restore(target, encrypted.backup)
    assert result.safety_copy is not None and not cipher.is_plain(result.safety_copy)
    assert not cipher.is_plain(Path(target.location))
    data = Path(target.location).read_bytes()
    assert not any(secret in data for secret in encrypted.secrets)
    open_database(target)
    try:
        assert Person.select().count() == count
        assert Person.select().where(Person.full_name == MARKER).count() == 1
        assert not Person.select().where(Person.full_name == "Diubah Setelah Cadangan").exists()
    finally:
        dbmod.close()


def test_key_from_a_key_file_or_the_environment(tmp_path):
    key_file = tmp_path / "k.txt"
    key_file.write_text("from the stick\n", encoding="utf-8")
    env = {"PULIH_DB_KEY": "from env"}
    assert resolve_target(str(tmp_path / "a.db"), env=env).key == "from env"
    assert resolve_target(str(tmp_path / "a.db"), env=env, key_file=str(key_file)).key == \
        "from the stick"
    assert resolve_target(None, "postgresql://x@h/p", env=env).key is None
    assert "from env" not in repr(resolve_target(str(tmp_path / "a.db"), env=env))
    key_file.write_text("\n", encoding="utf-8")
    with pytest.raises(DatabaseProblem):
        resolve_target(str(tmp_path / "a.db"), env={}, key_file=str(key_file))
