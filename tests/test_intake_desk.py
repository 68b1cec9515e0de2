"""The intake desk driven as a person would: first run, sign-in and lock, a full intake from
the keyboard, search, duplicates, bad input, drafts, the edit conflict, the waiting list."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt

from models.admin.facility_admin import FacilityInput, save_facility
from models.admin.setup import needs_setup
from models.desk.drafts import load_draft
from models.intake.episode import Episode, WaitingListEntry
from models.intake.intake import EpisodeInput, admit, open_episode
from models.people.person import Person
from models.people.registry import PersonInput, register_person, update_person, view_person
from models.safety import accounts
from models.staff.staff import Staff
from tests.conftest import SAMPLE_PERSON
from tests.consent import consented
from ui import i18n
from ui.auth.setup_dialog import SetupDialog
from ui.auth.sign_in import SignInDialog
from ui.clients.list_model import ClientListModel
from ui.main_window import MainWindow
from ui.session import SESSION

FACILITY = FacilityInput(name_lines=("BADAN NARKOTIKA NASIONAL", "BNN KOTA UJI"), code="BNNK-UJI",
                         kind="bnn_clinic", city="Bandung", capacity=1)


@pytest.fixture(autouse=True)
def indonesian(qapp):
    """Every test here reads the Indonesian texts a desk sees."""
    i18n.install("id")


@pytest.fixture
def window(qtbot, db, staff, tmp_path):
    """A main window signed in as the intake desk, in Indonesian."""
    i18n.install("id")
    save_facility(staff["admin"], FACILITY)
    win = MainWindow(db, language="id",
                     settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.sign_in(staff["intake"])
    yield win
    win.close()
    SESSION.sign_out()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_first_run_creates_facility_and_admin_from_the_keyboard(qtbot, db):
    assert needs_setup()
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.facility.name_lines, "BADAN NARKOTIKA NASIONAL")
    qtbot.keyClick(dialog.facility.name_lines, Qt.Key.Key_Tab)  # Tab leaves, not indents
    assert dialog.focusWidget() is dialog.facility.code
    qtbot.keyClicks(dialog.facility.code, "bnnk-uji")
    type_into(qtbot, dialog.username, "kepala")
    type_into(qtbot, dialog.full_name, "Kepala Klinik")
    type_into(qtbot, dialog.password, "rahasia-sekali-1")
    type_into(qtbot, dialog.password_again, "rahasia-sekali-2")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    error = dialog.admin_form.rows["Password again"].error
    assert error.isVisible() and error.text() == "Kedua kata sandi tidak sama."
    assert needs_setup()  # nothing written
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, "rahasia-sekali-1")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.admin is not None and dialog.admin.role == "admin"
    assert not needs_setup()
    assert accounts.authenticate("kepala", "rahasia-sekali-1").id == dialog.admin.id


def test_setup_with_a_bad_facility_code_creates_no_admin(qtbot, db):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.facility.name_lines.setPlainText("KLINIK")
    dialog.facility.code.setText("kode salah!")
    dialog.username.setText("kepala")
    dialog.full_name.setText("Kepala")
    dialog.password.setText("rahasia-sekali-1")
    dialog.password_again.setText("rahasia-sekali-1")
    dialog.finish()
    row = dialog.facility.form.rows["Facility code"]
    assert "BNNK-JU" in row.error.text()
    assert needs_setup()
    assert dialog.facility.code.text() == "kode salah!"  # typed input kept


def test_sign_in_same_message_then_the_account_waits(qtbot, staff):
    dialog = SignInDialog("BNN KOTA UJI")
    qtbot.addWidget(dialog)
    form = dialog.form
    form.username.setText("nobody")
    form.password.setText("whatever-1234")
    form.try_sign_in()
    unknown = form.message.text()
    form.username.setText("intake")
    for _ in range(4):
        form.password.setText("wrong-password")
        form.try_sign_in()
        assert form.message.text() == unknown == "Nama pengguna atau kata sandi salah."
        assert form.password.text() == ""  # a wrong password is not left in the box
    form.password.setText("wrong-password")
    form.try_sign_in()
    form.password.setText("intake-password-1")  # the right one, but the account waits now
    form.try_sign_in()
    assert "Coba lagi setelah" in form.message.text()
    assert dialog.staff is None
    accounts.unlock(staff["admin"], staff["intake"].id)
    form.password.setText("intake-password-1")
    form.try_sign_in()
    assert dialog.staff is not None and dialog.staff.username == "intake"


def test_full_intake_with_the_keyboard_alone(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page("intake")
    wizard = page.wizard
    assert window.focusWidget() is wizard.person.full_name
    qtbot.keyClicks(wizard.person.full_name, "Budi Santoso")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # alias
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # identity document
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # NIK
    assert window.focusWidget() is wizard.person.nik
    qtbot.keyClicks(wizard.person.nik, "3273051708950007")
    assert wizard.person.birth_date.text() == "17-08-1995"  # offered from the NIK
    assert wizard.person.sex.currentData() == "L"
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.steps.currentIndex() == 1
    assert window.focusWidget() is wizard.arrival.reported_on
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is wizard.arrival.service
    qtbot.keyClick(wizard.arrival.service, Qt.Key.Key_Down)  # rawat jalan
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    substance = wizard.substances.rows[0]["substance"]
    assert window.focusWidget() is substance
    qtbot.keyClick(substance, Qt.Key.Key_Down)  # methamphetamine
    qtbot.keyClick(substance, Qt.Key.Key_Tab)  # the route has no guessed default
    qtbot.keyClicks(window.focusWidget(), "hirup")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert wizard.substances.rows[0]["route"].currentData() == "smoked"
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is wizard.consent.consent
    qtbot.keyClick(wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.result is not None, wizard.message.text()
    person = Person.get_by_id(wizard.result.person_id)
    assert person.full_name == "Budi Santoso" and person.nik == "3273051708950007"
    episode = Episode.get_by_id(wizard.result.episode_id)
    assert episode.status == "screening" and episode.service_type == "outpatient"
    assert [s.substance for s in episode.substances] == ["methamphetamine"]
    assert "Budi Santoso" in wizard.done_note.text() and person.reg_no in wizard.done_note.text()
    assert load_draft(SESSION.staff, "intake") is None  # the draft is gone once saved


def test_bad_input_is_shown_at_the_field_and_nothing_typed_is_lost(qtbot, window):
    window.start_intake(0)
    wizard = window.page("intake").wizard
    form = wizard.person
    wizard.arrival.service.setCurrentIndex(1)
    wizard.save()  # empty name
    assert wizard.steps.currentIndex() == 0
    assert form.form.rows["Full name"].error.text() == "Silakan isi Nama lengkap."
    long_name = "A" * 10_000
    form.full_name.setText(long_name)
    form.sex.setCurrentIndex(1)
    form.nik.setText("3273053213950003")  # 32-13-95: no such date
    assert "bukan tanggal lahir" in form.form.rows["NIK"].error.text()
    wizard.save()
    assert form.form.rows["NIK"].error.isVisible()
    form.nik.setText("")
    form.id_type.setCurrentIndex(form.id_type.findData("none"))
    form.no_id_reason.setText("KTP hilang")
    wizard.save()
    assert "terlalu panjang" in form.form.rows["Full name"].error.text()
    assert form.full_name.text() == long_name  # all 10,000 characters still there
    form.full_name.setText("<b>Siti</b> & Rahmä")
    wizard.save()
    assert wizard.result is not None, wizard.message.text()
    assert Person.get_by_id(wizard.result.person_id).full_name == "<b>Siti</b> & Rahmä"
    assert wizard.done_note.textFormat() == Qt.TextFormat.PlainText


def test_impossible_birth_date_text_is_refused_at_its_field(qtbot, window):
    window.start_intake(0)
    wizard = window.page("intake").wizard
    wizard.person.full_name.setText("Andi")
    wizard.person.sex.setCurrentIndex(1)
    wizard.person.id_type.setCurrentIndex(wizard.person.id_type.findData("none"))
    wizard.person.no_id_reason.setText("belum punya KTP")
    wizard.person.birth_date.setText("31-02-1990")
    wizard.save()
    # an impossible day, not a format error (issue 12, fault 8)
    assert wizard.person.form.rows["Date of birth"].error.text() == (
        "Tanggal lahir: 31-02-1990 bukan tanggal yang ada; periksa hari dan bulannya.")
    assert wizard.result is None


def test_duplicate_candidates_appear_while_typing(qtbot, window, staff, person_id):
    window.start_intake(0)
    wizard = window.page("intake").wizard
    qtbot.keyClicks(wizard.person.nik, SAMPLE_PERSON.nik)
    qtbot.waitUntil(lambda: wizard.duplicates.count() == 1)
    assert wizard.duplicates_box.isVisible()
    assert "Siti Rahmawati" in wizard.duplicates.item(0).text()
    assert "NIK sama" in wizard.duplicates.item(0).text()
    with qtbot.waitSignal(wizard.open_person) as opened:
        wizard.open_duplicate.click()
    assert opened.args == [person_id]
    # The main window shows that record instead of registering the person twice.
    assert window.page("clients").record.record.id == person_id
    assert load_draft(staff["intake"], "intake") is not None  # what was typed is kept


def test_draft_survives_a_closed_window(qtbot, db, staff, tmp_path):
    i18n.install("id")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(db, language="id", settings=settings)
    qtbot.addWidget(first)
    first.sign_in(staff["intake"])
    first.start_intake(0)
    wizard = first.page("intake").wizard
    wizard.person.full_name.setText("Dewi Lestari")
    wizard.person.birth_date.setText("05-0")  # half-typed
    first.close()  # closing keeps the draft
    second = MainWindow(db, language="id", settings=settings)
    qtbot.addWidget(second)
    second.sign_in(staff["intake"])
    second.start_intake(0)
    again = second.page("intake").wizard
    assert again.person.full_name.text() == "Dewi Lestari"
    assert again.person.birth_date.text() == "05-0"
    assert again.draft_note.text().startswith("Isian sebelumnya dipulihkan")
    second.close()
    SESSION.sign_out()


def test_idle_lock_hides_data_and_keeps_what_was_typed(qtbot, window):
    window.start_intake(0)
    wizard = window.page("intake").wizard
    wizard.person.full_name.setText("Rina Marlina")
    window.idle.set_minutes(0.002)  # about 120 ms
    qtbot.waitUntil(lambda: SESSION.locked, timeout=3000)
    assert window.screens.currentWidget() is window.lock_overlay
    assert not window.content.isVisible()
    form = window.lock_overlay.form
    assert form.username.text() == "intake"
    form.password.setText("wrong-password")
    form.try_sign_in()
    assert SESSION.locked and form.message.isVisible()
    qtbot.keyClicks(form.password, "intake-password-1")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert not SESSION.locked
    assert window.screens.currentWidget() is window.content
    assert wizard.person.full_name.text() == "Rina Marlina"


def test_search_as_you_type_finds_name_variants_and_numbers(qtbot, window, staff):
    for name, nik in (("Muhammad Rizki", "3273051708950007"), ("Nurul Hidayah", ""),
                      ("Agus Salim", "")):
        register_person(staff["intake"], PersonInput(
            full_name=name, sex="L", id_type="nik" if nik else "none", nik=nik,
            no_id_reason="" if nik else "belum ada", phone="081234567890" if nik else ""))
    window.find_client()
    panel = window.page("clients").search
    assert window.focusWidget() is panel.search
    qtbot.keyClicks(panel.search, "muhamad rizki")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.data(panel.model.index(0, 1)) == "Muhammad Rizki"
    # A NIK's first digits (province and regency) find the person; the same digits from
    # inside the NIK do not. Each waits for the search its typing starts (the list still
    # holds the previous results until then).
    for typed, found in (("327305", ["Muhammad Rizki"]), ("273051", [])):
        panel.search.clear()
        with qtbot.waitSignal(panel.model.modelReset, timeout=3000):
            qtbot.keyClicks(panel.search, typed)
        assert [panel.model.data(panel.model.index(row, 1))
                for row in range(panel.model.rowCount())] == found, typed
    panel.search.clear()
    qtbot.keyClicks(panel.search, "0812 3456")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # one result: Enter opens it
    assert window.page("clients").stack.currentWidget() is window.page("clients").record
    assert window.page("clients").record.title.text() == "Muhammad Rizki"
    assert window.page("clients").record.title.textFormat() == Qt.TextFormat.PlainText


def test_client_list_model_is_a_valid_qt_model_and_sorts(qtmodeltester, qtbot, window, staff):
    ids = [register_person(staff["intake"], PersonInput(
        full_name=name, sex=sex, id_type="none", no_id_reason="-"))
        for name, sex in (("Citra", "P"), ("Adi", "L"), ("Bayu", "L"))]
    model = ClientListModel(lambda: staff["intake"])
    model.set_ids(ids)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Adi", "Bayu", "Citra"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Citra", "Bayu", "Adi"]
    qtmodeltester.check(model)


def test_status_column_shows_the_newest_episode(qtbot, window, staff, person_id):
    open_episode(staff["intake"], person_id, EpisodeInput(service_type="outpatient",
                                                          reported_on=dt.date.today()))
    model = ClientListModel(lambda: staff["intake"])
    model.set_ids([person_id])
    assert model.data(model.index(0, 5)) == "Skrining"


def test_second_desk_save_shows_the_conflict_and_keeps_input(qtbot, window, staff, person_id):
    clients = window.open_page("clients")
    clients.open_person(person_id)
    record = clients.record
    record.start_edit()
    record.form.phone.setText("0813 1111 2222")
    # Meanwhile another desk corrects the address and saves first.
    other = view_person(staff["admin"], person_id)
    update_person(staff["admin"], person_id, other.version,
                  PersonInput(**{**other.data.__dict__, "address": "Jl. Baru No. 1"}))
    assert not record.save()
    assert record.conflict.isVisible()
    text = record.conflict_text.text()
    assert "Meja lain" in text or "meja lain" in text
    assert "Jl. Baru No. 1" in text
    assert record.form.phone.text() == "0813 1111 2222"  # nothing typed is lost
    record.keep_mine.click()
    assert not record.conflict.isVisible()
    saved = Person.get_by_id(person_id)
    assert saved.phone == "081311112222"
    assert saved.address == SAMPLE_PERSON.address  # "mine" had seen theirs and kept the old


def test_program_full_puts_the_person_on_the_waiting_list(qtbot, window, staff):
    # One inpatient place: one client takes it.
    from models.admin.facility_admin import set_setting
    set_setting(staff["admin"], "capacity_inpatient", 1)
    first = register_person(staff["intake"], PersonInput(full_name="Eko", sex="L",
                                                         id_type="none", no_id_reason="-"))
    episode = open_episode(staff["intake"], first, EpisodeInput(
        service_type="inpatient", reported_on=dt.date.today()))
    consented(staff["intake"], episode)
    assert admit(staff["intake"], episode, dt.date.today()) == "in_program"
    window.start_intake(0)
    wizard = window.page("intake").wizard
    wizard.person.full_name.setText("Fajar")
    wizard.person.sex.setCurrentIndex(1)
    wizard.person.id_type.setCurrentIndex(wizard.person.id_type.findData("none"))
    wizard.person.no_id_reason.setText("belum punya")
    wizard.arrival.service.setCurrentIndex(2)
    wizard.consent.consent.setChecked(True)
    wizard.consent.signed_by.setText("Fajar")
    wizard.consent.admit.setChecked(True)
    wizard.save()
    assert wizard.result is not None and wizard.result.status == "waiting"
    assert "daftar tunggu" in wizard.done_note.text()
    panel = window.page("intake").waiting
    window.page("intake").tabs.setCurrentWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "Fajar"
    panel.admit_selected()  # still full
    assert "tetap dalam daftar tunggu" in panel.message.text()
    Episode.update(status="closed").where(Episode.id == episode).execute()
    panel.admit_selected()
    assert panel.table.rowCount() == 0
    assert WaitingListEntry.get(WaitingListEntry.episode == wizard.result.episode_id).state \
        == "admitted"


def test_language_switch_retranslates_the_intake_pages(qtbot, window):
    window.start_intake(0)
    wizard = window.page("intake").wizard
    assert wizard.save_button.text() == "&Simpan pendaftaran"
    window.set_language("en")
    assert wizard.save_button.text() == "&Save registration"
    assert wizard.person.form.rows["Full name"].label.text() == "Full name *"
    window.set_language("id")
    assert wizard.person.form.rows["Full name"].label.text() == "Nama lengkap *"


def test_another_member_unlocking_does_not_see_the_first_members_input(qtbot, window, staff):
    window.start_intake(0)
    window.page("intake").wizard.person.full_name.setText("Gita")
    window.lock()
    form = window.lock_overlay.form
    form.username.setText("counselor")
    form.password.setText("counselor-password-1")
    form.try_sign_in()
    assert SESSION.staff.username == "counselor"
    assert window.page("intake") is None  # pages of the first member were closed
    assert load_draft(Staff.get(Staff.username == "intake"), "intake").payload[
        "person"]["full_name"] == "Gita"


def test_record_lists_who_saw_or_changed_it(qtbot, window, staff, person_id):
    clients = window.open_page("clients")
    clients.open_person(person_id)
    history = clients.record.history
    clients.record.tabs.setCurrentWidget(history)
    assert history.table.isVisible(), history.message.text()
    actions = [history.table.item(r, 2).text() for r in range(history.table.rowCount())]
    names = {history.table.item(r, 1).text() for r in range(history.table.rowCount())}
    assert "membuka data" in actions and "mendaftarkan orang" in actions
    assert "Petugas Pendaftaran" in names


def test_qt_standard_buttons_speak_indonesian(qapp):
    from PySide6.QtWidgets import QMessageBox
    box = QMessageBox(QMessageBox.Icon.Question, "Pulih", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Batal"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"


def test_home_shows_the_day_of_whoever_signs_in_on_an_open_window(qtbot, db, staff, tmp_path):
    win = MainWindow(db, language="id",
                     settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    home = win.page("home")
    assert not home.day.isVisibleTo(home)  # nobody signed in: no names on the screen
    win.sign_in(staff["counselor"])
    assert home.day.isVisibleTo(home)
    win.close()
    SESSION.sign_out()
