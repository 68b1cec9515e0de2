"""Honest diagnoses when a database cannot be opened or written (issue 11, fault 2).

A full disk, a read-only file or folder, no permission, a lock held by another program, a
newer schema: each has its own message, none of them is called "damaged" (which offers a
restore), and refusing a file never writes to it. Cases that need a small full disk mount
a tmpfs (root only, through tests/needs.py); cases about permissions run the open in a
subprocess as user "nobody" when the tests run as root (root may write anything).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from models.core.errors import MSG_DAMAGED, MSG_NEWER, DatabaseProblem
from models.db import connection as dbmod
from models.db import problems as db_errors
from models.db.connection import resolve_target
from models.db.schema import open_database
from models.safety import accounts
from tests import needs

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _plain_copy(template: Path, dest: Path) -> Path:
    """A copy of the migrated template in rollback-journal mode (as a backup file is)."""
    shutil.copyfile(template, dest)
    conn = sqlite3.connect(dest)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return dest


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs mounted in tmp_path (root only)."""
    needs.root()
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs",
                           str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        needs.missing(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    dbmod.close()
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    """Write into ``folder`` until its disk is full."""
    with open(folder / "filler", "wb", buffering=0) as fh:
        for size in (1 << 16, 4096, 512):
            try:
                while True:
                    fh.write(b"x" * size)
            except OSError:
                pass


def test_refusing_a_newer_schema_changes_no_byte_of_the_file(sqlite_template, tmp_path):
    folder = tmp_path / "newer"
    folder.mkdir()
    path = _plain_copy(sqlite_template, folder / "pulih.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migration (name, applied) VALUES "
                 "('0099_from_the_future', '2030-01-01 00:00:00')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = _digest(folder)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve_target(str(path)))
    assert caught.value.text == MSG_NEWER
    assert caught.value.params["found"] == 99
    assert _digest(folder) == before  # same files, same bytes: no WAL, no header change


def test_a_healthy_database_on_a_full_disk_is_said_to_be_on_a_full_disk(qapp, small_disk):
    path = small_disk / "pulih.sqlite3"
    open_database(resolve_target(str(path)))
    accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    dbmod.close()
    _fill(small_disk)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve_target(str(path)))
    assert caught.value.text == db_errors.MSG_OPEN_DISK_FULL
    from PySide6.QtWidgets import QMessageBox

    from ui.admin.backup_offer import add_backup_offer
    box = QMessageBox()
    assert add_backup_offer(box, caught.value, resolve_target(str(path))) is None  # no restore
    assert not [b for b in box.buttons() if b.objectName() == "restore_backup"]
    (small_disk / "filler").unlink()
    open_database(resolve_target(str(path)))  # with room again it opens, data intact
    assert accounts.authenticate("admin", "admin-password-1").username == "admin"


def test_disk_full_during_a_save_is_shown_as_disk_full_not_cannot_rollback(small_disk):
    path = small_disk / "pulih.sqlite3"
    open_database(resolve_target(str(path)))
    admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    _fill(small_disk)
    with pytest.raises(Exception) as caught:
        for n in range(200):  # the WAL has some room left: save until it is used up
            accounts.create_staff(admin, f"petugas{n}", "Petugas Pendaftaran " * 8,
                                  "intake", "intake-password-1")
    assert "cannot rollback" not in str(caught.value)
    problem = db_errors.database_problem(caught.value)
    assert problem is not None and problem.text == db_errors.MSG_DISK_FULL


def _open_as_nobody(path: Path) -> str:
    """Open ``path`` as another user (nobody, when root); the message text it gets."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from models.db.schema import open_database\n"
            "from models.db.connection import resolve_target\n"
            "from models.core.errors import PulihError\n"
            "try:\n"
            f"    open_database(resolve_target({str(path)!r}))\n"
            "    print('OPENED')\n"
            "except PulihError as e:\n"
            "    print(e.text)\n")
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        command = [needs.tool("setpriv", "util-linux"), f"--reuid={NOBODY}",
                   f"--regid={NOBODY}", "--clear-groups", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd="/")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def shared_folder(sqlite_template):
    """A folder other users may enter, holding a healthy database (WAL mode, no -wal)."""
    folder = Path(tempfile.mkdtemp(prefix="pulih-diag-", dir="/tmp"))
    path = folder / "pulih.sqlite3"
    shutil.copyfile(sqlite_template, path)
    os.chmod(folder, 0o755)
    os.chmod(path, 0o644)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
        os.chown(folder, NOBODY, NOBODY)
    yield path
    os.chmod(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_database_in_a_read_only_folder_is_not_called_damaged(shared_folder):
    os.chmod(shared_folder.parent, 0o555)
    assert _open_as_nobody(shared_folder) == db_errors.MSG_OPEN_READ_ONLY_FOLDER


def test_a_read_only_file_is_not_a_server_that_cannot_be_reached(shared_folder):
    os.chmod(shared_folder, 0o444)
    assert _open_as_nobody(shared_folder) == db_errors.MSG_OPEN_READ_ONLY_FILE


def test_a_file_this_user_may_not_read_is_permission_denied(shared_folder):
    if os.geteuid() == 0:
        os.chown(shared_folder, 0, 0)
    os.chmod(shared_folder, 0o600)
    if os.geteuid() != 0:
        os.chmod(shared_folder, 0o000)
    assert _open_as_nobody(shared_folder) == db_errors.MSG_OPEN_PERMISSION


def test_a_database_locked_by_another_program_says_so(sqlite_template, tmp_path, monkeypatch):
    path = _plain_copy(sqlite_template, tmp_path / "pulih.sqlite3")
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as caught:
            open_database(resolve_target(str(path)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.text == db_errors.MSG_OPEN_LOCKED


def test_a_damaged_file_is_still_called_damaged(sqlite_template, tmp_path):
    path = _plain_copy(sqlite_template, tmp_path / "pulih.sqlite3")
    data = bytearray(path.read_bytes())
    page = 4096
    for at in range(page * 2, min(len(data), page * 6)):
        data[at] = 0x5A  # garbage over a few b-tree pages
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve_target(str(path)))
    assert caught.value.text == MSG_DAMAGED


def test_diagnoses_from_driver_codes_alone(tmp_path):
    """The mapping itself, with a folder that has room: each code its own message."""
    path = tmp_path / "pulih.sqlite3"
    path.write_bytes(b"")
    room = {"free": lambda _f: 1 << 30}

    def err(code: int) -> sqlite3.OperationalError:
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc
    assert db_errors.diagnose_file(path, err(11), **room).text == MSG_DAMAGED
    assert db_errors.diagnose_file(path, err(5), **room).text == db_errors.MSG_OPEN_LOCKED
    assert db_errors.diagnose_file(path, err(13), **room).text == db_errors.MSG_OPEN_DISK_FULL
    assert db_errors.diagnose_file(path, err(10), **room).text == db_errors.MSG_OPEN_UNREADABLE
    assert db_errors.diagnose_file(path, err(10), free=lambda _f: 1000).text \
        == db_errors.MSG_OPEN_DISK_FULL
