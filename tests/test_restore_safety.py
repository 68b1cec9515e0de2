"""Restore on SQLite: only the newest safety copies are kept, and a restore refused because
this program is making a backup says so (not "open elsewhere")."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from models.admin.backup_jobs import backup_now, restore_database
from models.backup.backup import KEEP_SAFETY, BackupError
from models.db import connection as dbmod
from models.people.registry import register_person
from tests.test_restore_faults import names, person


def kept_copies(live: Path) -> list[str]:
    return sorted(p.name for p in live.parent.glob("pulih.before-restore-*.sqlite3"))


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_only_the_newest_two_safety_copies_are_kept(db, staff, tmp_path):
    live = Path(db.location)
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    results = [restore_database(staff["admin"], db, made.path) for _ in range(3)]
    assert KEEP_SAFETY == 2
    assert kept_copies(live) == sorted(str(r.safety_copy.name) for r in results[-2:])
    assert not Path(f"{results[0].safety_copy}-wal").exists()
    restore_database(staff["admin"], db, made.path, keep_safety=5)
    assert len(kept_copies(live)) == 3  # the admin chose to keep more: nothing removed


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_restore_during_the_daily_backup_says_a_backup_is_running(db, staff, tmp_path):
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db, tmp_path / "usb")
    register_person(staff["intake"], person(2))
    copying, release = threading.Event(), threading.Event()

    def slow(_done: int, _total: int) -> None:
        copying.set()
        release.wait(10)

    def daily() -> None:  # as ui/admin/background_job.py runs it: own connection closed
        try:
            backup_now(None, db, tmp_path / "daily", slow)
        finally:
            dbmod.database.obj.close()

    worker = threading.Thread(target=daily)
    worker.start()
    try:
        assert copying.wait(10)
        with pytest.raises(BackupError) as err:
            restore_database(staff["admin"], db, made.path)
    finally:
        release.set()
        worker.join(10)
    text = err.value.english()
    assert "backup of the database is being made" in text and "open" not in text
    assert len(names()) == 2
    restore_database(staff["admin"], db, made.path)  # once it has finished: restored
    assert len(names()) == 1
