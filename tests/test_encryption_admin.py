"""Encryption you can manage: change the key, encrypt a plain database later (a checked copy
first, swapped in atomically, the old file wiped unless kept), and a minimum key length on
every path that makes an encrypted file."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.admin.encryption import change_key, encrypt_database
from models.core.errors import DatabaseProblem, PermissionDenied, ValidationError
from models.core.nik import make_nik
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from models.db.schema import open_database
from models.people.person import Person
from models.people.registry import register_person
from tests.conftest import SAMPLE_PERSON

ROOT = Path(__file__).resolve().parent.parent
KEY = "kunci panti sukamaju 2026"
NEW_KEY = "kunci baru yang lebih panjang"
pytestmark = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


def person(n: int):
    born = SAMPLE_PERSON.birth_date - dt.timedelta(days=n)  # one look-alike per day
    nik = make_nik("32", 73, 5, born, "P", 8000 + n)
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Rahasia {n}", birth_date=born,
                               nik=nik, phone="")


def test_a_plain_database_is_encrypted_later_and_the_plain_file_wiped(db, staff):
    for n in range(5):
        register_person(staff["intake"], person(n))
    path = Path(db.location)
    assert cipher.is_plain(path)
    with pytest.raises(PermissionDenied):
        encrypt_database(staff["counselor"], db, KEY, KEY)
    with pytest.raises(ValidationError) as err:
        encrypt_database(staff["admin"], db, "pendek", "pendek")
    assert "at least 12" in err.value.english()
    result = encrypt_database(staff["admin"], db, KEY, KEY)
    assert result.kept_old is None and result.wiped_old
    assert not cipher.is_plain(path) and b"Klien Rahasia" not in path.read_bytes()
    assert list(path.parent.glob("pulih.before-*")) == []  # nothing plain left beside it
    assert Person.select().count() == 5  # open again, encrypted, with the data
    dbmod.close()
    with pytest.raises(DatabaseProblem):
        open_database(db)  # without the key it does not open
    open_database(result.target)
    assert Person.select().count() == 5


def test_the_plain_file_is_kept_when_the_admin_asks(db, staff):
    register_person(staff["intake"], person(1))
    result = encrypt_database(staff["admin"], db, KEY, KEY, keep_plain=True)
    assert result.kept_old is not None and cipher.is_plain(result.kept_old)
    assert "before-encryption" in result.kept_old.name


def test_the_key_is_changed_and_the_old_key_opens_nothing(db, staff):
    register_person(staff["intake"], person(1))
    encrypted = encrypt_database(staff["admin"], db, KEY, KEY).target
    with pytest.raises(ValidationError) as err:
        change_key(staff["admin"], encrypted, KEY, KEY)
    assert "key in use" in err.value.english()
    with pytest.raises(ValidationError):
        change_key(staff["admin"], encrypted, NEW_KEY, NEW_KEY + "x")
    result = change_key(staff["admin"], encrypted, NEW_KEY, NEW_KEY)
    assert Person.select().count() == 1
    dbmod.close()
    with pytest.raises(DatabaseProblem) as err:
        open_database(dataclasses.replace(encrypted, key=KEY))
    assert "key" in err.value.english()
    open_database(result.target)
    assert Person.select().count() == 1


def run(*args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en", **env_extra}
    if "PULIH_DB_KEY" not in env_extra:
        env.pop("PULIH_DB_KEY", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_short_key_makes_no_encrypted_file_on_any_path(db, tmp_path):
    short = "rahasia1"  # 8 characters
    with pytest.raises(DatabaseProblem) as err:
        open_database(DatabaseTarget("sqlite", str(tmp_path / "new.sqlite3"), key=short))
    assert "at least 12 characters" in err.value.english()
    assert not (tmp_path / "new.sqlite3").exists()
    result = run("demo", "--encrypt", "--clients", "3", "--db", str(tmp_path / "demo.sqlite3"),
                 PULIH_DB_KEY=short)
    assert result.returncode == 2 and "at least 12 characters" in result.stderr
    assert not (tmp_path / "demo.sqlite3").exists()
    key_file = tmp_path / "key.txt"
    key_file.write_text(short + "\n", encoding="utf-8")
    result = run("demo", "--encrypt", "--clients", "3", "--db", str(tmp_path / "demo.sqlite3"),
                 "--db-key-file", str(key_file))
    assert result.returncode == 2 and "at least 12 characters" in result.stderr
    from models.admin.encrypted_setup import check_key
    with pytest.raises(ValidationError):
        check_key("sebelas1234", "sebelas1234")  # 11 characters: the set-up dialog refuses


def test_the_encrypt_command_encrypts_then_changes_the_key(db, staff, tmp_path):
    register_person(staff["intake"], person(1))
    dbmod.close()
    first, second = tmp_path / "first.key", tmp_path / "second.key"
    first.write_text(KEY + "\n", encoding="utf-8")
    second.write_text(NEW_KEY + "\n", encoding="utf-8")
    result = run("encrypt", "--db", db.location, "--new-key-file", str(first))
    assert result.returncode == 0, result.stderr
    assert "now encrypted" in result.stdout and "overwritten with zeros" in result.stdout
    assert not cipher.is_plain(Path(db.location))
    result = run("encrypt", "--db", db.location, "--new-key-file", str(second),
                 "--keep-old", PULIH_DB_KEY=KEY)
    assert result.returncode == 0, result.stderr
    assert "kept as" in result.stdout
    assert run("check", "--db", db.location, PULIH_DB_KEY=NEW_KEY).returncode == 0
    assert run("check", "--db", db.location, PULIH_DB_KEY=KEY).returncode != 0
    open_database(dataclasses.replace(db, key=NEW_KEY))


def test_the_admin_encrypts_from_the_backups_tab_and_then_changes_the_key(qtbot, db, staff):
    from ui import i18n
    from ui.admin.encryption_dialog import EncryptionDialog
    from ui.session import SESSION
    i18n.install("id")
    register_person(staff["intake"], person(1))
    SESSION.sign_in(staff["admin"])
    try:
        dialog = EncryptionDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Enkripsi basis data"
        dialog.key.setText("pendek")
        dialog.again.setText("pendek")
        dialog.ok_button.click()
        assert "minimal 12 karakter" in dialog.error.text()
        assert dialog.key.text() == "pendek"  # what was typed stays
        dialog.key.setText(KEY)
        dialog.again.setText(KEY)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=60_000)
        assert "terenkripsi dengan kunci baru" in dialog.result_box.text()
        assert not cipher.is_plain(Path(db.location)) and Person.select().count() == 1
        dialog.result_box.close()
        again = EncryptionDialog()
        qtbot.addWidget(again)
        assert again.windowTitle() == "Ganti kunci basis data"
        again.key.setText(NEW_KEY)
        again.again.setText(NEW_KEY)
        again.ok_button.click()
        qtbot.waitUntil(lambda: again.result_box is not None, timeout=60_000)
        assert dbmod.bound_target().key == NEW_KEY and Person.select().count() == 1
        again.result_box.close()
    finally:
        SESSION.sign_out()
