"""Staff look after their own accounts (issue 12, fault 13): a member changes their own
password with the current one; an admin corrects a member's name, position, NIP and SIP
with an audit entry, and papers already issued keep what they printed. Fault 12's staff
panel: the rights grid is whole at 1024 px."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox

from models.core.errors import AuthenticationError
from models.documents.issue import view_document
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.staff.staff import Staff
from tests import doc_world
from tests.test_admin_ui import focused, open_dialog, page  # noqa: F401 - the fixture
from ui import i18n
from ui.admin.staff_dialogs import StaffDetailsDialog
from ui.auth.own_password import OwnPasswordDialog
from ui.main_window import MainWindow
from ui.session import SESSION

SHOTS = os.environ.get("RECORD_I_SHOTS")


@pytest.fixture
def window(qtbot, db, staff, tmp_path):
    i18n.install("id")
    win = MainWindow(db, language="id",
                     settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.sign_in(staff["counselor"])
    yield win
    win.close()
    SESSION.sign_out()


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action))


def test_a_member_changes_their_own_password_by_keys(qtbot, window, staff):
    seen: dict = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["tries"] = seen.get("tries", 0) + 1
        if not isinstance(dialog, OwnPasswordDialog) or focused() is not dialog.current_edit:
            if seen["tries"] < 250:
                QTimer.singleShot(20, fill)  # not shown and focused yet (a loaded machine)
                return
            seen["exc"] = AssertionError(f"dialog {dialog!r} never took the focus: {focused()!r}")
            if dialog is not None:
                dialog.reject()
            return
        try:
            type_into(dialog)
        except BaseException as exc:  # noqa: BLE001 - never leave the modal dialog open (a hang)
            seen["exc"] = exc
            dialog.reject()

    def type_into(dialog: OwnPasswordDialog) -> None:
        qtbot.keyClicks(focused(), "bukan-sandi-saya")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "sandi-baru-konselor-7")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "sandi-baru-konselor-7")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        # A wrong current password: said at its field, the new one kept, focus back there.
        error = dialog.form.rows["Current password"].error
        seen["error"] = error.text()
        seen["kept"] = dialog.new_edit.text()
        seen["focus"] = focused() is dialog.current_edit
        if SHOTS:
            QApplication.processEvents()
            dialog.grab().save(os.path.join(SHOTS, "own_password_error.png"))
        qtbot.keyClicks(focused(), "counselor-password-1")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    QTimer.singleShot(50, fill)
    changed = window.change_own_password()
    if "exc" in seen:
        raise seen["exc"]
    assert changed
    assert seen["error"].startswith("Ini bukan kata sandi Anda saat ini.")
    assert seen["kept"] == "sandi-baru-konselor-7" and seen["focus"]
    assert accounts.authenticate("counselor", "sandi-baru-konselor-7").id == staff["counselor"].id
    with pytest.raises(AuthenticationError):
        accounts.authenticate("counselor", "counselor-password-1")
    assert len(events("staff.change_password")) == 1
    assert len(events("staff.change_password_refused")) == 1
    assert window.password_action.text() == "Ubah kata &sandi saya..."


def test_admin_corrects_staff_details_and_issued_papers_keep_theirs(qtbot, page, staff):  # noqa: F811
    doctor = doc_world.facility_and_doctor(staff)
    document_id = doc_world.skhpn(staff, doc_world.applicant(staff))
    admin_page = page()
    panel = admin_page.staff_panel
    panel.select_member("doctor")
    dialog = open_dialog(qtbot, panel, "correct_details", StaffDetailsDialog)
    assert dialog.full_name_edit.text() == "Dokter Pemeriksa"
    dialog.full_name_edit.setFocus()
    dialog.full_name_edit.selectAll()
    qtbot.keyClicks(focused(), "dr. Ratna Dewi Pemeriksa")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    focused().selectAll()
    qtbot.keyClicks(focused(), "12345")  # a NIP has 18 digits: refused at its field
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.rows["NIP"].error.text() == "NIP terdiri dari 18 angka."
    focused().selectAll()
    qtbot.keyClicks(focused(), "198702142012122099")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    member = Staff.get_by_id(doctor.id)
    assert (member.full_name, member.nip) == ("dr. Ratna Dewi Pemeriksa", "198702142012122099")
    (event,) = events("staff.correct")
    assert event.detail["full_name"] == {"old": "Dokter Pemeriksa",
                                         "new": "dr. Ratna Dewi Pemeriksa"}
    assert event.detail["nip"]["old"] == "198702142012122002"
    assert "position" not in event.detail  # unchanged fields are not claimed as changed
    assert "dr. Ratna Dewi Pemeriksa" in panel.name_label.text()
    # The SKHPN issued before still names the doctor as printed then.
    printed = view_document(staff["admin"], document_id).payload["doctor"]
    assert printed["name"] == "Dokter Pemeriksa" and printed["nip"] == "198702142012122002"


def test_only_an_admin_corrects_staff_details(staff):
    from models.admin.staff_admin import StaffDetails, correct_staff_details
    from models.core.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        correct_staff_details(staff["intake"], staff["doctor"].id, StaffDetails("Siapa Saja"))
    assert not correct_staff_details(staff["admin"], staff["doctor"].id,
                                     StaffDetails("Dokter Pemeriksa"))  # nothing changed
    assert not events("staff.correct")


def test_the_rights_panel_is_whole_at_1024_pixels(qtbot, page):  # noqa: F811
    admin_page = page()
    admin_page.resize(1024, 640)
    panel = admin_page.staff_panel
    panel.select_member("doctor")
    QApplication.processEvents()
    viewport = panel.details.viewport()
    seen = QRect(0, 0, viewport.width(), viewport.height())
    for widget in (*panel.findChildren(QCheckBox), panel.role_button):
        if not widget.isVisible():
            continue
        corner = widget.mapTo(viewport, widget.rect().bottomRight())
        assert corner.x() <= seen.right(), widget.objectName()
    if SHOTS:
        admin_page.grab().save(os.path.join(SHOTS, "staff_panel_1024.png"))


def whole(label, dialog) -> bool:
    """The label's text fits its box (no line cut off) and the box lies inside the dialog."""
    corner = label.mapTo(dialog, label.rect().bottomRight())
    return (label.height() >= label.heightForWidth(label.width())
            and dialog.rect().contains(corner))


def test_the_staff_dialogs_show_their_password_errors_whole(qtbot, page):  # noqa: F811
    from tests.test_admin_ui import type_and_tab
    from ui.admin.staff_dialogs import NewStaffDialog, ResetPasswordDialog
    panel = page().staff_panel
    panel.select_member("doctor")
    dialog = open_dialog(qtbot, panel, "reset_password", ResetPasswordDialog)
    type_and_tab(qtbot, "pendek")
    qtbot.keyClicks(focused(), "pendek")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    QApplication.processEvents()
    error = dialog.form.rows["Password"].error
    assert error.isVisible() and error.text().startswith("Kata sandi harus terdiri")
    assert whole(error, dialog)
    dialog.reject()
    dialog = open_dialog(qtbot, panel, "new_staff", NewStaffDialog)
    type_and_tab(qtbot, "bidan.ani", "Ani Wulandari", "", "kata-sandi-ani-1")
    qtbot.keyClicks(focused(), "kata-sandi-ani-2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    QApplication.processEvents()
    error = dialog.form.rows["Repeat password"].error
    assert error.isVisible() and whole(error, dialog)
    assert whole(dialog.hint_label, dialog)
