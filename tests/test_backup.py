"""Backups and restore: made while desks write, checked, rotated, restored with a safety copy;
the start-up check that never writes to a damaged file; no SQLite file on a network share."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from main import main
from models.admin.backup_jobs import backup_now, rescue_backup, restore_database, run_automatic
from models.admin.facility_admin import set_setting
from models.backup.backup import (
    BackupError,
    BackupInfo,
    list_backups,
    restore,
    rotate,
    sqlite_problem,
    to_keep,
)
from models.core.errors import DatabaseProblem, PermissionDenied
from models.core.nik import make_nik
from models.db import connection as dbmod
from models.db.connection import network_share, resolve_target
from models.db.schema import open_database
from models.people.person import Person
from models.people.registry import register_person
from tests.conftest import SAMPLE_PERSON


def person(n: int):
    born = SAMPLE_PERSON.birth_date - dt.timedelta(days=n)  # one look-alike per day
    nik = make_nik("32", 73, 5, born, "P", 5000 + n)
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Cadangan {n}", birth_date=born,
                               nik=nik, phone="")


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)


# --- backups ---------------------------------------------------------------------------


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_backup_taken_while_another_desk_writes_is_whole_and_checked(db, staff, tmp_path):
    stop = threading.Event()
    written: list[int] = []

    def other_desk() -> None:
        from models.staff.staff import Staff
        actor = Staff.get(Staff.username == "intake")
        n = 0
        while not stop.is_set() and n < 400:
            written.append(register_person(actor, person(n)))
            n += 1
        dbmod.database.obj.close()

    writer = threading.Thread(target=other_desk)
    writer.start()
    try:
        while len(written) < 20:
            threading.Event().wait(0.01)
        made = backup_now(staff["admin"], db, tmp_path / "usb")
    finally:
        stop.set()
        writer.join()
    assert made.path.parent == tmp_path / "usb" and made.path.suffix == ".sqlite3"
    assert sqlite_problem(made.path) is None
    assert not list((tmp_path / "usb").glob("*.part"))
    with sqlite3.connect(made.path) as copy:  # a snapshot: whole registrations only
        people = copy.execute("SELECT count(*) FROM person").fetchone()[0]
        events = copy.execute("SELECT count(*) FROM audit_event WHERE action='person.create'"
                              ).fetchone()[0]
        mode = copy.execute("PRAGMA journal_mode").fetchone()[0]
    assert people >= 20 and people == events
    assert mode == "delete"  # one self-contained file for the USB stick


def test_backup_needs_the_admin_right(db, staff, tmp_path):
    with pytest.raises(PermissionDenied):
        backup_now(staff["counselor"], db, tmp_path / "usb")
    assert not (tmp_path / "usb").exists()


def test_rotation_keeps_the_newest_of_each_day_and_month(tmp_path):
    made = []
    start = dt.datetime(2025, 1, 1, 9, 0)
    for day in range(0, 120, 1):  # four months, two backups a day
        for hour in (9, 17):
            when = start + dt.timedelta(days=day, hours=hour - 9)
            path = tmp_path / f"pulih-{when:%Y%m%d-%H%M%S}.sqlite3"
            path.write_bytes(b"x")
            made.append(BackupInfo(path, when, 1, "sqlite"))
    (tmp_path / "notes.txt").write_text("not a backup")
    removed = rotate(tmp_path, keep_daily=7, keep_monthly=3)
    left = sorted(b.made_at for b in list_backups(tmp_path))
    last = start + dt.timedelta(days=119, hours=8)
    daily = [last - dt.timedelta(days=d) for d in range(7)]
    assert set(daily) <= set(left)
    assert last.replace(hour=9) in left  # the three newest stay, whatever their day
    monthly = {(b.year, b.month) for b in left if b not in daily and b != last.replace(hour=9)}
    assert monthly == {(2025, 2), (2025, 3)}  # April's newest is already a daily one
    assert len(left) == 10 and len(removed) == 240 - 10
    assert (tmp_path / "notes.txt").exists()  # only Pulih's own files are ever deleted
    assert to_keep(made[:1], 1, 0) == {made[0].path}
    assert to_keep(made, 1, 0) == {b.path for b in made[-3:]}


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_automatic_backup_daily_once_and_on_exit_when_something_changed(db, staff, tmp_path):
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "auto"))
    first = run_automatic(db, "daily")
    assert first is not None
    assert run_automatic(db, "daily") is None  # one a day
    register_person(staff["intake"], person(1))
    last = run_automatic(db, "exit")
    assert last is not None
    assert [b.path for b in list_backups(tmp_path / "auto")] == [last.path, first.path]
    set_setting(staff["admin"], "backup_auto", 0)
    assert run_automatic(db, "exit") is None


def test_a_missing_usb_stick_is_said_plainly(db, staff, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    with pytest.raises(BackupError) as err:
        backup_now(staff["admin"], db, blocked / "backups")
    assert "cannot be used" in err.value.english()


# --- restore ---------------------------------------------------------------------------


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_restore_puts_the_backup_back_and_keeps_the_current_data(db, staff, tmp_path):
    intake = staff["intake"]
    register_person(intake, person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    register_person(intake, person(2))
    result = restore_database(staff["admin"], db, made.path)
    assert {n for (n,) in Person.select(Person.full_name).tuples()} == {"Klien Cadangan 1"}
    from models.safety.audit import AuditEvent
    assert AuditEvent.select().where(AuditEvent.action == "backup.restore").count() == 1
    dbmod.close()
    with sqlite3.connect(result.safety_copy) as kept:
        assert kept.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    open_database(db)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_restore_refuses_a_damaged_backup_and_changes_nothing(db, staff, tmp_path):
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    corrupt(made.path)
    register_person(staff["intake"], person(2))
    with pytest.raises(BackupError) as err:
        restore_database(staff["admin"], db, made.path)
    assert "not a usable Pulih backup" in err.value.english()
    assert Person.select().count() == 2  # the database in use is open again, unchanged


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_restore_refuses_while_another_program_has_the_database_open(db, staff, tmp_path):
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    dbmod.close()
    other = sqlite3.connect(db.location)
    other.execute("SELECT count(*) FROM person").fetchone()
    try:
        with pytest.raises(BackupError) as err:
            restore(db, made.path)
        assert "still open" in err.value.english()
    finally:
        other.close()
    open_database(db)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_damaged_database_is_never_written_and_cli_restores_the_backup(db, staff, tmp_path,
                                                                       capsys, qapp):
    register_person(staff["intake"], person(1))
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "usb"))
    dbmod.close()
    assert main(["backup", "--db", db.location, "--lang", "en"]) == 0
    assert "Backup written and checked" in capsys.readouterr().out
    path = Path(db.location)
    corrupt(path)
    damaged = path.read_bytes()
    with pytest.raises(DatabaseProblem) as err:
        open_database(db)
    assert "damaged" in err.value.english()
    assert path.read_bytes() == damaged  # not a byte written, nothing to replay
    wal = Path(db.location + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    found = rescue_backup(db)  # the folder named in the damaged file's own settings
    assert found is not None and found.path.parent == tmp_path / "usb"
    assert main(["restore", str(found.path), "--db", db.location, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore" in out
    open_database(db)
    assert {n for (n,) in Person.select(Person.full_name).tuples()} == {"Klien Cadangan 1"}
    kept = list(path.parent.glob("pulih.before-restore-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the damaged file, aside


def test_cli_messages_are_indonesian(tmp_path, capsys, qapp):
    assert main(["restore", str(tmp_path / "nope.sqlite3"), "--db",
                 str(tmp_path / "x.sqlite3")]) == 2
    assert "Tidak ada berkas cadangan" in capsys.readouterr().err


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_postgres_backup_through_pg_dump_and_restore(db, staff, tmp_path, monkeypatch):
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path)
    assert made.kind == "postgres" and made.path.suffix == ".pgdump"
    register_person(staff["intake"], person(2))
    result = restore_database(staff["admin"], db, made.path)
    assert {n for (n,) in Person.select(Person.full_name).tuples()} == {"Klien Cadangan 1"}
    # the replaced database was renamed aside (models/backup/restore_postgres.py,
    # tests/test_restore_pg.py)
    assert isinstance(result.safety_copy, str) and "_before_restore_" in result.safety_copy
    from models.backup.restore_postgres import server_of
    with server_of(db.location).admin() as conn:
        conn.execute(f'DROP DATABASE "{result.safety_copy}" WITH (FORCE)')
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(BackupError) as err:
        backup_now(staff["admin"], db, tmp_path)
    assert "pg_dump is not installed" in err.value.english()


# --- network shares --------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
nas:/export/pulih /mnt/nas nfs4 rw,relatime,vers=4.2 0 0
//server/data /media/kantor\\040data cifs rw,vers=3.0 0 0
/dev/sdb1 /media/usb vfat rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/home/desk/.local/share/pulih/pulih.sqlite3", None),
    ("/media/usb/pulih.sqlite3", None),
    ("/mnt/nas/pulih.sqlite3", "nfs4 mount at /mnt/nas"),
    ("/media/kantor data/pulih/pulih.sqlite3", "cifs mount at /media/kantor data"),
])
def test_linux_network_mounts_are_recognised(path, kind):
    assert network_share(path, platform="linux", mounts_text=MOUNTS) == kind


@pytest.mark.parametrize("path, kind", [
    ("\\\\server\\share\\pulih.sqlite3", "UNC path"),
    ("Z:\\pulih\\pulih.sqlite3", "network drive Z:"),
    ("C:\\Users\\desk\\pulih.sqlite3", None),
])
def test_windows_unc_paths_and_mapped_drives_are_recognised(path, kind):
    drive_types = {"Z:\\": 4, "C:\\": 3}
    assert network_share(path, platform="win32",
                         drive_type=lambda root: drive_types[root.upper()]) == kind


def test_a_database_on_a_network_share_is_refused_with_the_way_forward(tmp_path, monkeypatch):
    real = dbmod.network_share
    mounts = f"/dev/sda1 / ext4 rw 0 0\nnas:/x {tmp_path} nfs rw 0 0\n"
    monkeypatch.setattr(dbmod, "network_share",
                        lambda path, **kw: real(path, platform="linux", mounts_text=mounts))
    with pytest.raises(DatabaseProblem) as err:
        open_database(resolve_target(str(tmp_path / "pulih.sqlite3")))
    text = err.value.english()
    assert "network share (nfs mount" in text and "PostgreSQL" in text
    assert not (tmp_path / "pulih.sqlite3").exists()
    assert os.listdir(tmp_path) == []
