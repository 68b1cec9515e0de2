"""The Backups tab driven by an admin, and the start-up offer of the newest good backup."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from models.admin.backup_jobs import backup_now
from models.admin.facility_admin import set_setting
from models.backup.backup import default_folder, list_backups
from models.core.errors import DatabaseProblem
from models.core.nik import make_nik
from models.db import connection as dbmod
from models.db.schema import open_database
from models.people.person import Person
from models.people.registry import register_person
from tests.conftest import SAMPLE_PERSON
from tests.test_backup import corrupt
from ui import i18n
from ui.admin.admin_page import AdminPage
from ui.app import show_startup_error
from ui.session import SESSION


def person(n: int):
    born = SAMPLE_PERSON.birth_date - dt.timedelta(days=n)  # one look-alike per day
    nik = make_nik("32", 73, 5, born, "P", 7000 + n)
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Layar {n}", birth_date=born,
                               nik=nik, phone="")


@pytest.fixture(autouse=True)
def indonesian():
    i18n.install("id")
    yield
    SESSION.sign_out()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_admin_backs_up_and_restores_from_the_backups_tab(qtbot, db, staff, tmp_path):
    register_person(staff["intake"], person(1))
    set_setting(staff["admin"], "backup_folder", str(tmp_path / "usb"))
    SESSION.sign_in(staff["admin"])
    page = AdminPage()
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitExposed(page)
    panel = page.backup_panel
    page.tabs.setCurrentWidget(panel)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Cadangan"
    assert panel.folder_edit.text() == str(tmp_path / "usb")
    assert panel.table.rowCount() == 0

    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert "diperiksa" in panel.info_label.text()
    assert "diperiksa" in panel.status_label.text()  # newest good backup, checked
    page.grab().save(str(tmp_path / "backups_tab.png"))

    register_person(staff["intake"], person(2))  # after the backup: the restore drops it
    panel.table.selectRow(0)
    panel.ask_restore()
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible())
    box = panel.confirm_box
    words = box.findChild(QLabel, "restore_explained").text()
    assert "salinan pengaman" in words and "Pulih kemudian ditutup" in words
    box.reject()
    assert Person.select().count() == 2  # cancelled: nothing happened

    panel.ask_restore()
    qtbot.waitUntil(lambda: panel.confirm_box is not box and panel.confirm_box.isVisible())
    panel.confirm_box.findChild(QPushButton, "restore_yes").click()
    qtbot.waitUntil(lambda: panel.done_box is not None and panel.done_box.isVisible(),
                    timeout=10_000)
    assert {n for (n,) in Person.select(Person.full_name).tuples()} == {"Klien Layar 1"}
    panel.done_box.close()


def test_a_counselor_sees_a_refusal_in_the_backups_tab(qtbot, db, staff):
    SESSION.sign_in(staff["counselor"])
    page = AdminPage()
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.backup_panel)
    assert "tidak memiliki hak" in page.backup_panel.error_label.text()
    assert not page.backup_panel.backup_button.isEnabled()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_startup_offers_the_newest_good_backup_of_a_damaged_database(qtbot, db, staff):
    register_person(staff["intake"], person(1))
    good = backup_now(staff["admin"], db, default_folder(db))
    newer = backup_now(staff["admin"], db, default_folder(db))  # made later, then damaged
    corrupt(newer.path)
    dbmod.close()
    corrupt(Path(db.location))
    with pytest.raises(DatabaseProblem) as err:
        open_database(db)

    seen: dict[str, str] = {}

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() not in ("startup_error", "backup_offer_result"):
            QTimer.singleShot(20, click_restore)
            return
        seen[box.objectName()] = box.text() + "\n" + box.informativeText()
        if box.objectName() == "startup_error":
            box.findChild(QPushButton, "restore_backup").click()
            QTimer.singleShot(20, click_restore)
        else:
            box.accept()

    QTimer.singleShot(0, click_restore)
    assert show_startup_error(err.value, db) is True
    assert "rusak" in seen["startup_error"] and good.path.name in seen["startup_error"]
    assert "dipulihkan" in seen["backup_offer_result"]
    open_database(db)
    assert Person.select().count() == 1
    assert len(list_backups(default_folder(db))) == 2
