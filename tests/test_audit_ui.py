"""The Audit tab: an admin filters the trail by person, staff, action and date; the table
model passes Qt's model tester; a wrong filter is said at its field and kept as typed."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.core.nik import make_nik
from models.db import connection as dbmod
from models.people.person import Person
from models.people.registry import register_person
from models.safety import audit
from models.safety.audit import AuditEvent
from tests.conftest import SAMPLE_PERSON
from ui import i18n
from ui.admin.admin_page import AdminPage
from ui.session import SESSION


@pytest.fixture(autouse=True)
def indonesian():
    i18n.install("id")
    yield
    SESSION.sign_out()


@pytest.fixture
def page(qtbot, staff):
    SESSION.sign_in(staff["admin"])
    admin_page = AdminPage()
    qtbot.addWidget(admin_page)
    admin_page.resize(1100, 700)
    admin_page.show()
    qtbot.waitExposed(admin_page)
    admin_page.tabs.setCurrentWidget(admin_page.audit_panel)
    return admin_page


def column(panel, index: int) -> list[str]:
    model = panel.model
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def test_admin_filters_the_trail(qtbot, qtmodeltester, db, staff, page, tmp_path):
    intake = staff["intake"]
    first = register_person(intake, SAMPLE_PERSON)
    other = dataclasses.replace(SAMPLE_PERSON, full_name="Budi Santoso", sex="L",
                                nik=make_nik("32", 73, 5, SAMPLE_PERSON.birth_date, "L", 9),
                                phone="")
    second = register_person(intake, other)
    with dbmod.write_transaction():
        audit.record(staff["counselor"], "person.view", "person", second, second)
        AuditEvent.create(at=dt.datetime(2020, 5, 1, 9, 0), staff=staff["doctor"].id,
                          action="urine.create", table_name="urine_test", record_id=1,
                          person_id=first)
    panel = page.audit_panel
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Jejak audit"
    panel.refresh()
    total = AuditEvent.select().count()
    assert panel.model.rowCount() == total
    qtmodeltester.check(panel.model)

    reg_no = Person.get_by_id(second).reg_no
    panel.person_edit.clear()
    qtbot.keyClicks(panel.person_edit, reg_no)
    qtbot.keyClick(panel.person_edit, Qt.Key.Key_Return)
    assert column(panel, 2) == ["membuka data", "mendaftarkan orang"]  # words, not codes
    assert all("Budi Santoso" in text for text in column(panel, 4))

    panel.person_edit.clear()
    panel.staff_combo.setCurrentIndex(panel.staff_combo.findData(staff["counselor"].id))
    panel.apply_filter()
    assert column(panel, 2) == ["membuka data"]
    assert column(panel, 1) == ["Konselor Adiksi"]

    panel.staff_combo.setCurrentIndex(0)
    panel.action_combo.setCurrentIndex(panel.action_combo.findData("urine.create"))
    qtbot.keyClicks(panel.until_field, "31-12-2020")
    panel.apply_filter()
    assert column(panel, 2) == ["mencatat tes urine"]
    panel.action_combo.setCurrentIndex(0)
    qtbot.keyClicks(panel.from_field, "01-05-2020")
    panel.until_field.clear()
    qtbot.keyClicks(panel.until_field, "01-05-2020")
    panel.apply_filter()
    assert column(panel, 2) == ["mencatat tes urine"]
    assert column(panel, 3) == ["tes urine #1"]
    assert "1 peristiwa" in panel.count_label.text()
    page.grab().save(str(tmp_path / "audit_tab.png"))

    panel.from_field.clear()
    qtbot.keyClicks(panel.from_field, "31-02-2020")
    panel.apply_filter()
    assert "Dari" in panel.error_label.text()
    assert panel.from_field.text() == "31-02-2020"  # kept as typed
    assert column(panel, 2) == ["mencatat tes urine"]  # the last good result stays
    panel.from_field.clear()
    qtbot.keyClicks(panel.person_edit, "0000")
    panel.apply_filter()
    assert "tidak ada orang" in panel.error_label.text().lower()


def test_a_counselor_may_not_read_the_trail(qtbot, db, staff):
    SESSION.sign_in(staff["counselor"])
    admin_page = AdminPage()
    qtbot.addWidget(admin_page)
    admin_page.show()
    admin_page.tabs.setCurrentWidget(admin_page.audit_panel)
    assert "tidak memiliki hak" in admin_page.audit_panel.error_label.text()
    assert admin_page.audit_panel.model.rowCount() == 0


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_audit_tab_checks_the_trail_and_names_a_slipped_in_event(qtbot, db, staff, page,
                                                                     tmp_path, monkeypatch):
    from models.admin.facility_admin import set_setting
    from models.seals import signing
    from models.seals.audit_checkpoint import write_beside_backup
    from tests import doc_world as w
    from tests.audit_tamper import rewrite_chain, tamper
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))
    w.facility_and_doctor(staff)
    folder = tmp_path / "usb"
    folder.mkdir()
    set_setting(staff["admin"], "backup_folder", str(folder))
    write_beside_backup(folder / "pulih-20250714-093000.sqlite3")
    panel = page.audit_panel
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.check_button.isEnabled(), timeout=10_000)
    assert panel.check_label.text().startswith("Jejak audit utuh")
    assert "1 titik periksa" in panel.check_label.text() and panel.check_error.isHidden()
    page.grab().save(str(os.environ.get("AUDIT_G_SHOTS", tmp_path)) + "/audit_ok.png")
    first = AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id).scalar()
    tamper("UPDATE audit_event SET action = 'staff.delete' WHERE id = ?", params=(first + 1,))
    rewrite_chain(renumber=False)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.check_button.isEnabled(), timeout=10_000)
    assert panel.check_error.isVisible()
    assert "Ditulis ulang setelah titik periksa" in panel.check_error.text()
    page.grab().save(str(os.environ.get("AUDIT_G_SHOTS", tmp_path)) + "/audit_broken.png")
