"""Fault injection for restore and backup: a nearly full disk (a small tmpfs), a read-only
folder, a backup or restore killed mid-copy, backups carrying planted triggers, tables or
views, another facility's backup, a newer schema, a plain backup into an encrypted
installation. In every case the live database stays where and as it was, and nothing half
written is left behind."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.admin.backup_jobs import backup_now, restore_database
from models.admin.facility_admin import save_facility
from models.backup.backup import BackupError, list_backups
from models.core.errors import DatabaseProblem
from models.core.nik import make_nik
from models.db import cipher
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget
from models.db.schema import open_database
from models.people.person import Person
from models.people.registry import register_person
from tests import needs
from tests.conftest import SAMPLE_PERSON
from tests.doc_world import FACILITY

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


def person(n: int):
    born = SAMPLE_PERSON.birth_date - dt.timedelta(days=n)  # one look-alike per day
    nik = make_nik("32", 73, 5, born, "P", 6000 + n)
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Pulih {n}", birth_date=born,
                               nik=nik, phone="")


def names() -> set[str]:
    return {n for (n,) in Person.select(Person.full_name).tuples()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if p.name.endswith((".part", "-journal")) or ".restoring" in p.name)


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB tmpfs, unmounted afterwards (needs root)."""
    needs.root()
    point = tmp_path / "small"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        needs.missing(f"cannot mount a tmpfs: {done.stderr.strip()}")
    yield point
    dbmod.close()
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill(folder: Path, leave: int) -> Path:
    """Fill ``folder``'s file system until about ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    import shutil
    free = shutil.disk_usage(folder).free
    with open(filler, "ab") as fh:
        chunk = b"\0" * 65536
        todo = max(0, free - leave)
        while todo > 0:
            try:
                fh.write(chunk[:min(len(chunk), todo)])
                fh.flush()
            except OSError:
                break
            todo -= len(chunk)
    return filler


def open_on(path: Path, template: Path) -> DatabaseTarget:
    import shutil
    shutil.copyfile(template, path)
    target = DatabaseTarget("sqlite", str(path))
    open_database(target)
    return target


def test_restore_on_a_nearly_full_disk_never_loses_the_live_database(
        db, staff, tmp_path, small_disk, sqlite_template, monkeypatch):
    """Restores tried with 0.2 to 3 MB free beside the database, with and without the
    free-space check (another program may fill the disk during the copy): each time the
    live database is where it was and opens with its data, or the backup is in place."""
    dbmod.close()
    from models.safety import accounts
    live = small_disk / "pulih.sqlite3"
    target = open_on(live, sqlite_template)
    admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    intake = accounts.create_staff(admin, "intake", "Petugas", "intake", "intake-password-1")
    for n in range(30):
        register_person(intake, person(n))
    made = backup_now(admin, target, tmp_path / "usb")
    register_person(intake, person(99))
    expected_live = names()
    from models.backup import restore as restore_mod
    tried, intact, restored = 0, 0, 0
    full_after_swap: list[int] = []
    for precheck in (True, False):
        if not precheck:
            monkeypatch.setattr(restore_mod, "check_space", lambda folder, need: None)
        for leave in (200_000, 600_000, 1_000_000, 1_500_000, 2_200_000, 3_000_000):
            filler = fill(small_disk, leave)
            tried += 1
            try:
                restore_database(admin, target, made.path)
                restored += 1
                assert "Klien Pulih 99" not in names() and len(names()) == 30
            except BackupError as exc:
                assert "full" in exc.english() or "free space" in exc.english(), exc.english()
                assert names() == expected_live
            except DatabaseProblem as exc:
                # Swapped in, but the disk filled up so far that the restored database
                # cannot be opened for writing (its WAL needs room): it is said plainly,
                # and the file in place is the backup, whole.
                assert "is full" in exc.english() and "not damaged" in exc.english()
                with sqlite3.connect(f"{live.as_uri()}?mode=ro", uri=True) as conn:
                    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 30
                conn.close()
                restored += 1
                full_after_swap.append(leave)
            assert live.exists() and dbmod.quick_check(live) is None
            intact += 1
            assert leftovers(small_disk) == [], leftovers(small_disk)
            filler.unlink()
            for kept in small_disk.glob("pulih.before-restore-*"):
                kept.unlink()
            if restored:  # put the newer data back for the next round
                dbmod.close()
                open_database(target)
                if dbmod.database.obj is None or dbmod.database.obj.is_closed():
                    open_database(target)
                register_person(intake, person(99 + tried))
                expected_live = names()
    print(f"\nnearly full disk: {tried} restores tried, live database intact in {intact}, "
          f"{restored} completed ({len(full_after_swap)} of them then too full to open)")
    assert intact == tried == 12 and restored < tried


def test_a_full_backup_folder_is_named_as_the_cause(db, staff, small_disk):
    for n in range(20):
        register_person(staff["intake"], person(n))
    fill(small_disk, 100_000)
    with pytest.raises(BackupError) as err:
        backup_now(staff["admin"], db, small_disk)
    text = err.value.english()
    assert "is full" in text and "database itself is fine" in text
    assert leftovers(small_disk) == [] and list_backups(small_disk) == []


def test_a_damaged_database_is_named_as_the_cause_not_the_stick(db, staff, tmp_path):
    for n in range(40):
        register_person(staff["intake"], person(n))
    dbmod.close()
    path = Path(db.location)
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # a failing disk under the database
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    with pytest.raises(BackupError) as err:
        from models.backup.backup import backup_sqlite_to
        backup_sqlite_to(path, tmp_path / "usb")
    text = err.value.english()
    assert "database itself could not be read" in text and "another USB stick" not in text
    assert leftovers(tmp_path / "usb") == []
    path.unlink()
    open_database(db)


def test_a_read_only_folder_refuses_backup_and_restore_without_changes(db, staff, tmp_path,
                                                                       small_disk):
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(BackupError) as err:
        backup_now(staff["admin"], db, small_disk)
    assert "cannot be used" in err.value.english()
    register_person(staff["intake"], person(2))
    dbmod.close()
    read_only_live = small_disk / "pulih.sqlite3"
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    import shutil
    shutil.copyfile(db.location, read_only_live)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    before = read_only_live.read_bytes()
    from models.backup.backup import restore
    with pytest.raises((BackupError, OSError)):
        restore(DatabaseTarget("sqlite", str(read_only_live)), made.path)
    assert read_only_live.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["pulih.sqlite3"]
    open_database(db)


KILLED_BACKUP = """
import sys, time
import models.backup.backup as b
from pathlib import Path
import models.db.sqlite_file as sf
sf.STEP_PAGES = 2
def slow(done, total):
    print("copying", done, total, flush=True)
    time.sleep(0.05)
b.backup_sqlite_to(Path(sys.argv[1]), Path(sys.argv[2]), progress=slow)
"""

KILLED_RESTORE = """
import sys, time
import models.backup.backup as b
from pathlib import Path
from models.db.connection import DatabaseTarget
from models.core.errors import DatabaseProblem
import models.db.sqlite_file as sf
sf.STEP_PAGES = 2
def slow(done, total):
    print("copying", done, total, flush=True)
    time.sleep(0.05)
b.restore(DatabaseTarget("sqlite", sys.argv[1]), Path(sys.argv[2]), progress=slow)
"""


def kill_mid_copy(script: str, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("copying"), proc.stderr.read()
        proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)


def test_a_backup_killed_mid_copy_leaves_nothing_the_next_run_keeps(db, staff, tmp_path):
    for n in range(20):
        register_person(staff["intake"], person(n))
    usb = tmp_path / "usb"
    usb.mkdir()
    kill_mid_copy(KILLED_BACKUP, db.location, str(usb))
    assert [p.name for p in usb.iterdir() if p.name.endswith(".part")]  # what a kill leaves
    (usb / "pulih-20200101-000000.sqlite3.part").write_bytes(b"old run")  # an older kind
    os.utime(usb / "pulih-20200101-000000.sqlite3.part", (0, 0))
    assert dbmod.quick_check(Path(db.location)) is None and len(names()) == 20
    made = backup_now(staff["admin"], db, usb)
    assert sorted(p.name for p in usb.iterdir()) == [made.path.name]


def test_a_restore_killed_mid_copy_keeps_the_live_database(db, staff, tmp_path):
    for n in range(20):
        register_person(staff["intake"], person(n))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    register_person(staff["intake"], person(50))
    dbmod.close()
    kill_mid_copy(KILLED_RESTORE, db.location, str(made.path))
    live = Path(db.location)
    assert live.exists() and dbmod.quick_check(live) is None
    assert leftovers(live.parent)  # the killed copy, named with its dead writer's pid
    open_database(db)
    assert "Klien Pulih 50" in names()
    backup_now(staff["admin"], db, tmp_path / "usb")  # any later run clears it
    assert leftovers(live.parent) == []
    restore_database(staff["admin"], db, made.path)
    assert "Klien Pulih 50" not in names() and len(names()) == 20
    assert leftovers(live.parent) == []


def plant(backup: Path, *statements: str) -> None:
    with sqlite3.connect(backup) as conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()


PLANTED = {
    "trigger making a counselor admin": [
        "CREATE TRIGGER t_signin AFTER INSERT ON audit_event BEGIN "
        "UPDATE staff SET role = 'admin' WHERE role = 'counselor'; END"],
    "hidden table copying every new person": [
        "CREATE TABLE person_copy (full_name TEXT, nik TEXT)",
        "CREATE TRIGGER t_copy AFTER INSERT ON person BEGIN "
        "INSERT INTO person_copy VALUES (new.full_name, new.nik); END"],
    "view": ["CREATE VIEW all_niks AS SELECT nik FROM person"],
    "index": ["CREATE INDEX person_extra ON person (phone)"],
    "changed trigger": [
        "DROP TRIGGER audit_event_no_delete",
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN "
        "SELECT 1; END"],
}


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_backup_with_planted_objects_is_refused(db, staff, tmp_path, kind):
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    plant(made.path, *PLANTED[kind])
    register_person(staff["intake"], person(2))
    with pytest.raises(BackupError) as err:
        restore_database(staff["admin"], db, made.path)
    assert "objects that Pulih never makes" in err.value.english()
    assert names() == {"Klien Pulih 1", "Klien Pulih 2"}
    assert leftovers(tmp_path) == []


def test_a_newer_schema_backup_is_refused(db, staff, tmp_path):
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    plant(made.path, "INSERT INTO schema_migration (name, applied) "
                     "VALUES ('0099_future', '2030-01-01 00:00:00')")
    register_person(staff["intake"], person(2))
    with pytest.raises(BackupError) as err:
        restore_database(staff["admin"], db, made.path)
    assert "newer version of Pulih" in err.value.english()
    assert len(names()) == 2


def test_another_facilitys_backup_needs_an_explicit_confirmation(db, staff, tmp_path):
    save_facility(staff["admin"], FACILITY)
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    plant(made.path, "UPDATE facility SET code = 'BNNP-LAIN'")
    register_person(staff["intake"], person(2))
    with pytest.raises(BackupError) as err:
        restore_database(staff["admin"], db, made.path)
    assert "another facility" in err.value.english() and "BNNP-LAIN" in err.value.english()
    assert len(names()) == 2
    restore_database(staff["admin"], db, made.path, other_facility=True)
    assert names() == {"Klien Pulih 1"}


def test_a_plain_backup_into_an_encrypted_installation_needs_the_choice(db, staff, tmp_path):
    key = "kunci rahasia panti 2026"
    register_person(staff["intake"], person(1))
    plain_backup = backup_now(staff["admin"], db, tmp_path / "usb")
    dbmod.close()
    secret = DatabaseTarget("sqlite", str(tmp_path / "secret" / "pulih.sqlite3"), key=key)
    Path(secret.location).parent.mkdir()
    from models.admin.encryption import encrypt_database_file
    open_database(db)
    dbmod.close()
    import shutil
    shutil.copyfile(db.location, secret.location)
    encrypt_database_file(Path(secret.location), key, keep_plain=False)
    open_database(secret)
    register_person(staff["intake"], person(2))
    with pytest.raises(BackupError) as err:
        restore_database(staff["admin"], secret, plain_backup.path)
    assert "not encrypted" in err.value.english()
    assert len(names()) == 2 and not cipher.is_plain(Path(secret.location))
    restore_database(staff["admin"], secret, plain_backup.path, encrypt_plain=True)
    assert names() == {"Klien Pulih 1"}
    assert not cipher.is_plain(Path(secret.location))  # still encrypted at rest
    dbmod.close()
    open_database(db)


def test_a_cancelled_restore_leaves_nothing_and_changes_nothing(db, staff, tmp_path):
    import threading
    for n in range(10):
        register_person(staff["intake"], person(n))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    register_person(staff["intake"], person(77))
    stop = threading.Event()
    from models.core.cancel import Cancelled
    with pytest.raises(Cancelled):
        restore_database(staff["admin"], db, made.path,
                         progress=lambda done, total: stop.set(), cancel=stop)
    assert "Klien Pulih 77" in names() and leftovers(tmp_path) == []


def test_the_safety_copy_holds_the_replaced_data_whole_and_no_wal_is_left(db, staff, tmp_path):
    for n in range(5):
        register_person(staff["intake"], person(n))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    register_person(staff["intake"], person(60))  # sits in the live WAL
    live = Path(db.location)
    restore_database(staff["admin"], db, made.path)
    assert "Klien Pulih 60" not in names()
    kept = next(live.parent.glob("pulih.before-restore-*.sqlite3"))
    assert not Path(f"{kept}-wal").exists()  # the WAL was checkpointed into it first
    with sqlite3.connect(f"{kept.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 6
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_reprint_to_a_full_disk_leaves_no_file_and_is_not_counted(db, staff, tmp_path,
                                                                     small_disk, monkeypatch,
                                                                     capsys, qapp):
    from main import main
    from models.documents.document import Document
    from models.seals import signing
    from tests import doc_world as w
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    dbmod.close()
    fill(small_disk, 2000)
    out = small_disk / "salinan.pdf"
    monkeypatch.setenv("PULIH_PASSWORD", "intake-password-1")
    code = main(["document", doc.number, "--out", str(out), "--user", "intake",
                 "--db", db.location, "--lang", "en"])
    assert code == 1
    assert "no space left" in capsys.readouterr().err.lower()
    assert not out.exists()  # no 0-byte PDF
    assert [p.name for p in small_disk.iterdir()] == ["filler.bin"]
    open_database(db)
    assert Document.get_by_id(doc.id).reprints == 0  # not counted
    from models.safety.audit import AuditEvent
    assert not AuditEvent.select().where(AuditEvent.action == "document.reprint").exists()
    (small_disk / "filler.bin").unlink()
    dbmod.close()
    assert main(["document", doc.number, "--out", str(out), "--user", "intake",
                 "--db", db.location, "--lang", "en"]) == 0
    assert out.stat().st_size > 1000
    open_database(db)
    assert Document.get_by_id(doc.id).reprints == 1


def test_an_older_schema_backup_is_restored_and_upgraded(db, staff, tmp_path):
    import shutil
    old = tmp_path / "pulih-20250304-093000.sqlite3"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema_v1.sqlite3", old)
    restore_database(staff["admin"], db, old)
    from models.db.schema import current_version, known_version
    assert current_version() == known_version()
    assert Person.select().count() == 1


def test_the_restore_command_refuses_a_planted_trigger_in_indonesian(db, staff, tmp_path,
                                                                     capsys, qapp):
    from main import main
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    plant(made.path, *PLANTED["trigger making a counselor admin"])
    dbmod.close()
    assert main(["restore", str(made.path), "--db", db.location, "--lang", "id"]) == 1
    err = capsys.readouterr().err
    assert "objek basis data yang tidak pernah dibuat Pulih" in err and "t_signin" in err
    assert leftovers(tmp_path) == []
    open_database(db)
    assert names() == {"Klien Pulih 1"}


def test_without_hard_links_the_old_database_is_still_kept(db, staff, tmp_path, monkeypatch):
    """A FAT-formatted stick has no hard links: the old file is renamed aside instead."""
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    register_person(staff["intake"], person(2))

    def no_link(*_args, **_kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    result = restore_database(staff["admin"], db, made.path)
    assert names() == {"Klien Pulih 1"}
    with sqlite3.connect(f"{result.safety_copy.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    conn.close()
    assert leftovers(tmp_path) == []
