"""Backups a person can see, and that do not run for nothing: the exit backup is skipped when
nothing changed (at any desk), a folder on the database's own disk is warned about and kept
small, every failure (daily too) is shown with its cause, a backup can be cancelled and
leaves nothing behind."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.admin.backup_jobs import backup_now, run_automatic
from models.admin.facility_admin import set_setting
from models.backup.backup import default_folder, list_backups
from models.backup.status import overview
from models.core.nik import make_nik
from models.db import connection as dbmod
from models.db.connection import write_transaction
from models.desk.drafts import save_draft
from models.people.registry import register_person
from models.safety import audit
from models.safety.accounts import authenticate
from tests import needs
from tests.conftest import SAMPLE_PERSON
from ui import i18n
from ui.session import SESSION


def person(n: int):
    born = SAMPLE_PERSON.birth_date - dt.timedelta(days=n)  # one look-alike per day
    nik = make_nik("32", 73, 5, born, "P", 9000 + n)
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Terlihat {n}", birth_date=born,
                               nik=nik, phone="")


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_exit_backup_is_skipped_when_nothing_changed(db, staff, tmp_path):
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "usb"))
    person_id = register_person(staff["intake"], person(1))
    assert run_automatic(db, "exit") is not None  # something changed since no backup
    # Only looking: a sign-in, a record opened. Nothing a backup holds differs.
    authenticate("counselor", "counselor-password-1")
    with write_transaction():
        audit.record(staff["counselor"], "person.view", "person", person_id,
                     person_id=person_id)
    assert run_automatic(db, "exit") is None
    assert len(list_backups(tmp_path / "usb")) == 1

    def other_desk() -> None:  # another connection, as another desk or process would be
        register_person(staff["intake"], person(2))
        dbmod.database.obj.close()

    writer = threading.Thread(target=other_desk)
    writer.start()
    writer.join()
    assert run_automatic(db, "exit") is not None
    assert run_automatic(db, "exit") is None
    save_draft(staff["intake"], "intake", {"full_name": "Setengah Diisi"})
    assert run_automatic(db, "exit") is not None  # a draft is work too


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_folder_on_the_database_disk_is_warned_about_and_kept_small(db, staff, tmp_path):
    folder = default_folder(db)
    for n in range(4):
        register_person(staff["intake"], person(10 + n))
        backup_now(staff["admin"], db)
    info = overview(db, folder)
    assert info.same_disk and info.keep == 2
    assert info.count == 2 and len(list_backups(folder)) == 2
    assert info.newest is not None and info.failure is None

    needs.root()
    stick = tmp_path / "stick"
    stick.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(stick)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        needs.missing(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        backup_now(staff["admin"], db, stick)
        other = overview(db, stick)
        assert not other.same_disk and other.keep is None
    finally:
        subprocess.run(["umount", "-l", str(stick)], capture_output=True)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_every_failure_is_shown_with_its_cause(qtbot, db, staff, tmp_path):
    from ui.admin.admin_page import AdminPage
    from ui.admin.auto_backup import AutoBackup
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    set_setting(staff["admin"], "backup_folder", str(blocked / "usb"))
    register_person(staff["intake"], person(1))
    SESSION.sign_in(staff["admin"])
    page = AdminPage()
    qtbot.addWidget(page)
    auto = AutoBackup(db, page)
    auto.run_daily()
    qtbot.waitUntil(lambda: auto.failure_box is not None and auto.failure_box.isVisible())
    text = auto.failure_box.text()
    assert "tidak dibuat" in text and str(blocked / "usb") in text
    auto.failure_box.close()
    auto.timer.stop()
    panel = page.backup_panel
    panel.refresh()
    assert panel.failure_label.isVisibleTo(page) or not page.isVisible()
    assert "tidak dibuat" in panel.failure_label.text()
    assert str(blocked / "usb") in panel.failure_label.text()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_backup_cancelled_in_the_tab_leaves_nothing(qtbot, db, staff, tmp_path,
                                                    monkeypatch):
    from models.db import sqlite_file as copy_mod  # the copy loop checks for cancel
    from ui.admin.admin_page import AdminPage
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "usb"))
    register_person(staff["intake"], person(1))
    real = copy_mod.check_cancel

    def held(cancel):  # the copy waits at its first step until Cancel is pressed
        cancel.wait(10)
        real(cancel)

    monkeypatch.setattr(copy_mod, "check_cancel", held)
    SESSION.sign_in(staff["admin"])
    page = AdminPage()
    qtbot.addWidget(page)
    page.show()
    panel = page.backup_panel
    page.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.progress is not None and panel.progress.isVisible()
    assert not panel.backup_button.isEnabled()
    from PySide6.QtWidgets import QPushButton
    cancel_button = panel.progress.findChild(QPushButton)
    assert cancel_button.text() == "Batal"
    cancel_button.click()
    qtbot.waitUntil(lambda: panel.progress is None)
    assert "Dihentikan" in panel.error_label.text()
    assert list((tmp_path / "usb").iterdir()) == []
    assert panel.backup_button.isEnabled()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_another_facilitys_backup_needs_the_tick_in_the_tab(qtbot, db, staff, tmp_path):
    import sqlite3

    from PySide6.QtWidgets import QCheckBox, QPushButton

    from models.admin.facility_admin import save_facility
    from models.people.person import Person
    from tests.doc_world import FACILITY
    from ui.admin.admin_page import AdminPage
    save_facility(staff["admin"], FACILITY)
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "usb"))
    register_person(staff["intake"], person(1))
    made = backup_now(staff["admin"], db)
    with sqlite3.connect(made.path) as conn:
        conn.execute("UPDATE facility SET code = 'BNNP-LAIN'")
    conn.close()
    register_person(staff["intake"], person(2))
    SESSION.sign_in(staff["admin"])
    page = AdminPage()
    qtbot.addWidget(page)
    page.show()
    panel = page.backup_panel
    page.tabs.setCurrentWidget(panel)
    panel.refresh()
    panel.table.selectRow(0)
    panel.ask_restore()
    # the backup is checked in the background first (on PostgreSQL: restored into a scratch
    # database and compared with a freshly migrated one): seconds on a loaded machine
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(),
                    timeout=60_000)
    box = panel.confirm_box
    yes = box.findChild(QPushButton, "restore_yes")
    tick = box.findChild(QCheckBox, "restore_other_facility")
    assert tick.isVisible() and "BNNP-LAIN" in tick.text() and not yes.isEnabled()
    tick.setChecked(True)
    assert yes.isEnabled()
    yes.click()
    qtbot.waitUntil(lambda: panel.done_box is not None and panel.done_box.isVisible(),
                    timeout=60_000)
    assert Person.select().count() == 1
    panel.done_box.close()


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_on_postgres_the_exit_backup_is_skipped_and_the_tab_restores(qtbot, db, staff,
                                                                     tmp_path):
    from PySide6.QtWidgets import QPushButton

    from models.people.person import Person
    from ui.admin.admin_page import AdminPage
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "dumps"))
    register_person(staff["intake"], person(1))
    made = run_automatic(db, "exit")
    assert made is not None and made.kind == "postgres"
    authenticate("counselor", "counselor-password-1")
    assert run_automatic(db, "exit") is None
    register_person(staff["intake"], person(2))
    SESSION.sign_in(staff["admin"])
    page = AdminPage()
    qtbot.addWidget(page)
    page.show()
    panel = page.backup_panel
    page.tabs.setCurrentWidget(panel)
    panel.refresh()
    panel.table.selectRow(0)
    panel.ask_restore()
    # the backup is checked in the background first (on PostgreSQL: restored into a scratch
    # database and compared with a freshly migrated one): seconds on a loaded machine
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(),
                    timeout=60_000)
    panel.confirm_box.findChild(QPushButton, "restore_yes").click()
    qtbot.waitUntil(lambda: panel.done_box is not None and panel.done_box.isVisible(),
                    timeout=60_000)
    assert {n for (n,) in Person.select(Person.full_name).tuples()} == {"Klien Terlihat 1"}
    panel.done_box.close()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_exit_backup_runs_off_the_window_thread_and_is_instant_when_unchanged(
        qtbot, db, staff, tmp_path):
    import time

    from ui.admin.auto_backup import AutoBackup
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "usb"))
    register_person(staff["intake"], person(1))
    auto = AutoBackup(db)
    auto.timer.stop()
    main_thread = threading.get_ident()
    threads: list[int] = []
    from models.backup import backup as backup_mod
    real = backup_mod.copy_sqlite

    def watched(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    backup_mod.copy_sqlite = watched
    try:
        auto.on_exit()
    finally:
        backup_mod.copy_sqlite = real
    assert len(list_backups(tmp_path / "usb")) == 1
    assert threads and main_thread not in threads
    started = time.perf_counter()
    AutoBackup(db).on_exit()
    assert time.perf_counter() - started < 1.0
    assert len(list_backups(tmp_path / "usb")) == 1  # nothing changed: none made
