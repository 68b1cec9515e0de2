"""Issue 12, fault 9: consistent keys at the desk. Ctrl+F finds a client from an open
record, Enter adds a family contact, Buang draf asks first, and Ctrl+L says it was locked
on request (not "after a while without use")."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.admin.facility_admin import save_facility
from models.desk.drafts import load_draft
from models.people.person import FamilyContact
from tests.test_typist_forms import FACILITY
from ui import i18n
from ui.main_window import MainWindow
from ui.session import SESSION

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, db, staff, tmp_path):
    i18n.install("id")
    save_facility(staff["admin"], FACILITY)
    win = MainWindow(db, language="id",
                     settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.sign_in(staff["intake"])
    yield win
    win.close()
    SESSION.sign_out()


def test_ctrl_f_from_an_open_record_goes_to_the_search(qtbot, window, person_id):
    window.open_person(person_id)
    clients = window.page("clients")
    assert clients.stack.currentWidget() is clients.record
    clients.record.setFocus()
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_F, CTRL)
    assert clients.stack.currentWidget() is clients.search
    assert QApplication.focusWidget() is clients.search.search
    # during a correction Ctrl+F keeps the edit and says what to do (was: nothing at all)
    window.open_person(person_id)
    clients.record.start_edit()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)
    assert clients.stack.currentWidget() is clients.record
    assert "Ctrl+F" in clients.record.message.text() and clients.record.message.isVisible()


def test_enter_in_the_contact_form_adds_the_contact(qtbot, window, person_id):
    window.open_person(person_id)
    record = window.page("clients").record
    contacts = record.contacts
    record.tabs.setCurrentWidget(contacts)
    contacts.name.setFocus()
    qtbot.keyClicks(contacts.name, "Hasan")
    qtbot.keyClick(contacts.name, Qt.Key.Key_Return)
    assert [c.name for c in FamilyContact.select()] == ["Hasan"]


def test_discard_draft_asks_first(qtbot, window, monkeypatch):
    window.start_intake(0)
    wizard = window.page("intake").wizard
    qtbot.keyClicks(wizard.person.full_name, "Rina")
    wizard.keep_draft()
    answers = []

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox), box
            answers.append(box.text())
            box.button(button).click()
        QTimer.singleShot(0, click)

    answer(QMessageBox.StandardButton.No)
    wizard.discard_button.click()
    assert answers and wizard.person.full_name.text() == "Rina"  # kept: the answer was no
    assert load_draft(SESSION.staff, "intake") is not None
    answer(QMessageBox.StandardButton.Yes)
    wizard.discard_button.click()
    assert wizard.person.full_name.text() == ""
    assert load_draft(SESSION.staff, "intake") is None


def test_ctrl_l_says_locked_on_request(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, CTRL)
    assert SESSION.locked
    text = window.lock_overlay.form.explanation.text()
    assert "tidak digunakan" not in text and "dikunci" in text


def _people(staff, n: int, nik_base: str = "3273051708") -> list[int]:
    import datetime as dt

    from models.people.registry import PersonInput, register_person
    ids = []
    for k in range(n):
        ids.append(register_person(staff["intake"], PersonInput(
            full_name=f"Warga {k}", sex="L", birth_date=dt.date(1995, 8, 17),
            nik=f"{nik_base}95{k + 1:04d}", phone=f"0812{k:08d}")))
    return ids


def test_nik_and_phone_prefixes_of_three_digits_find_people(qtbot, window, staff):
    """Fault 11: "327" and "081" found nothing."""
    import datetime as dt

    from models.people.registry import PersonInput, register_person
    for name, nik, phone in (("Ani", "3273055708950001", "081211112222"),
                             ("Bayu", "3273051708950002", "021733334444"),
                             ("Citra", "3173055708950003", "081355556666")):
        register_person(staff["intake"], PersonInput(
            full_name=name, sex="P" if name != "Bayu" else "L", birth_date=dt.date(1995, 8, 17),
            nik=nik, phone=phone))
    window.find_client()
    panel = window.page("clients").search

    def names():
        return sorted(panel.model.data(panel.model.index(r, 1))
                      for r in range(panel.model.rowCount()))
    for typed, expected in (("327", ["Ani", "Bayu"]), ("081", ["Ani", "Citra"]),
                            ("+62 812", ["Ani"])):
        panel.search.clear()
        qtbot.keyClicks(panel.search, typed)
        qtbot.waitUntil(lambda expected=expected: names() == expected)


def test_skhpn_applicant_search_picks_nobody_lists_newest_first_and_says_when_cut(
        qtbot, window, staff, monkeypatch):
    """Fault 11: the first hit was auto-selected, oldest first, silently cut at 200."""
    from ui.documents import skhpn_desk
    from ui.documents.skhpn_desk import SkhpnDesk
    ids = _people(staff, 5)
    desk = SkhpnDesk()
    qtbot.addWidget(desk)
    desk.show()
    desk.search.setFocus()
    qtbot.keyClicks(desk.search, "Warga")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.model.rowCount() == 5
    assert desk.person_id is None and not desk.table.selectionModel().hasSelection()
    first = desk.model.row_of(0)
    assert first.person_id == max(ids)  # the newest registration first
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)  # one key into the list, then it is picked
    assert desk.focusWidget() is desk.table and desk.person_id == max(ids)
    monkeypatch.setattr(skhpn_desk, "SEARCH_LIMIT", 3)
    desk.run_search()
    assert desk.model.rowCount() == 3
    assert "lebih dari 3" in desk.count_label.text() and "persempit" in desk.count_label.text()


def test_admin_and_laporan_are_shown_only_to_roles_that_may_use_them(qtbot, window, staff):
    """Fault 12 (part): Admin and Laporan were shown to every role, with a "no rights"
    sentence inside."""
    def shown(key):
        from ui.main_window import NAV_ENTRIES
        row = [e.key for e in NAV_ENTRIES].index(key)
        return not window.nav.item(row).isHidden() and window.page_actions[row].isVisible()
    assert not shown("admin") and not shown("reports") and shown("intake")  # intake desk
    window.open_page("admin")
    assert window.page("admin") is None  # not even by its shortcut
    window.lock()
    window.lock_overlay.form.username.setText("admin")
    window.lock_overlay.form.password.setText("admin-password-1")
    window.lock_overlay.form.try_sign_in()
    assert shown("admin") and shown("reports")


def test_a_role_that_may_not_register_is_told_when_the_form_opens(qtbot, window, staff):
    """Fault 8 (part): a counselor filled a whole intake and learned at saving."""
    window.lock()
    window.lock_overlay.form.username.setText("counselor")
    window.lock_overlay.form.password.setText("counselor-password-1")
    window.lock_overlay.form.try_sign_in()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    assert wizard.rights_note.isVisible() and "Klien" in wizard.rights_note.text()
    assert not wizard.save_button.isEnabled()


def test_enter_presses_the_default_button_of_the_intake(qtbot, window):
    """Fault 9 / deliver 2: Enter did nothing in the intake; it presses Next, then Save."""
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    qtbot.keyClicks(wizard.person.full_name, "Rina")
    qtbot.keyClick(wizard.person.full_name, Qt.Key.Key_Return)
    assert wizard.steps.currentIndex() == 1
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.steps.currentIndex() == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Save: refused, listed
    assert wizard.result is None and wizard.summary.isVisible()


def test_escape_empties_the_client_search(qtbot, window, person_id):
    window.find_client()
    panel = window.page("clients").search
    qtbot.keyClicks(panel.search, "siti")
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""


def test_an_skhpn_applicant_like_someone_on_file_needs_the_same_decision(qtbot, window, staff):
    """Deliver 3 on every path: the SKHPN desk too; Enter takes the record on file."""
    import datetime as dt

    from models.people.registry import PersonInput, register_person
    from ui.clients.person_form import set_code
    from ui.documents.skhpn_desk import ApplicantDialog
    existing = register_person(staff["intake"], PersonInput(
        full_name="Yoga Pratama", sex="L", birth_date=dt.date(1999, 5, 6), id_type="none",
        no_id_reason="-"))
    dialog = ApplicantDialog()
    qtbot.addWidget(dialog)
    dialog.person.full_name.setText("Yoga Pratma")
    set_code(dialog.person.sex, "L")
    dialog.person.birth_date.setText("06-05-1999")
    set_code(dialog.person.id_type, "none")
    dialog.person.no_id_reason.setText("-")
    dialog.save()
    assert dialog.person_id is None and dialog.duplicate_dialog is not None
    qtbot.keyClick(dialog.duplicate_dialog.open_button, Qt.Key.Key_Return)
    assert dialog.person_id == existing  # the record on file is the applicant


def test_a_record_says_before_editing_that_the_role_may_not_correct_it(qtbot, window, person_id):
    """Deliver 2: a form a role may not save says so when it opens."""
    window.lock()
    window.lock_overlay.form.username.setText("counselor")
    window.lock_overlay.form.password.setText("counselor-password-1")
    window.lock_overlay.form.try_sign_in()
    window.open_person(person_id)
    record = window.page("clients").record
    assert not record.edit_button.isEnabled() and "admin" in record.edit_button.toolTip()
    record.tabs.setCurrentWidget(record.contacts)
    assert not record.contacts.add_button.isEnabled()
    assert record.contacts.message.isVisible()
