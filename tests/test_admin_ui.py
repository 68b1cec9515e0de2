"""The Admin page driven as an admin would: staff accounts, merges and their undo, the
facility profile, settings; and a member without the admin right, refused in words."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from models.admin.merge import list_merges, merge_persons
from models.admin.staff_admin import list_staff
from models.core.errors import AuthenticationError
from models.facility.facility import facility, get_setting
from models.intake import intake
from models.intake.episode import Episode
from models.people import registry
from models.people.person import Person
from models.safety import accounts
from models.staff.rights import Action, Area, has_right
from models.staff.staff import Staff
from tests.conftest import SAMPLE_PERSON
from ui import i18n
from ui.admin.admin_page import AdminPage
from ui.admin.merge_dialog import MergeDialog
from ui.admin.merges_panel import MergeTableModel
from ui.admin.staff_dialogs import NewStaffDialog, ResetPasswordDialog
from ui.admin.staff_model import StaffTableModel
from ui.session import SESSION
from ui.widgets import file_dialogs

TODAY = dt.date.today()
EPISODE = intake.EpisodeInput(service_type="outpatient", reported_on=TODAY)
DENIED_VIEW = ("Anda tidak memiliki hak untuk melihat administrasi. "
               "Silakan hubungi admin fasilitas.")


@pytest.fixture
def page(qtbot, staff):
    """The Admin page, shown, in Indonesian, with ``who`` signed in (admin by default)."""
    made: list[AdminPage] = []

    def make(who: str = "admin") -> AdminPage:
        i18n.install("id")
        SESSION.sign_in(staff[who])
        admin_page = AdminPage()
        qtbot.addWidget(admin_page)
        admin_page.resize(1100, 720)
        admin_page.show()
        qtbot.waitExposed(admin_page)
        admin_page.activateWindow()
        qtbot.waitUntil(admin_page.isActiveWindow)
        made.append(admin_page)
        return admin_page

    yield make
    SESSION.sign_out()
    i18n.install("id")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_and_tab(qtbot, *texts: str) -> None:
    """Type each text into the focused input, pressing Tab after each."""
    for text in texts:
        if text:
            qtbot.keyClicks(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def open_dialog(qtbot, parent: QWidget, button_name: str, kind: type) -> QWidget:
    """Click ``button_name`` and return the dialog it opens, active and ready for keys."""
    from PySide6.QtWidgets import QPushButton
    qtbot.mouseClick(parent.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)
    dialog = parent.findChild(kind)
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def click(qtbot, widget) -> None:
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- staff -------------------------------------------------------------------------------

def test_admin_creates_a_counselor_with_the_keyboard(qtbot, page):
    admin_page = page()
    panel = admin_page.staff_panel
    assert panel.model.rowCount() == 4
    dialog = open_dialog(qtbot, panel, "new_staff", NewStaffDialog)
    assert dialog.windowTitle() == "Anggota staf baru"
    assert focused() is dialog.username_edit
    type_and_tab(qtbot, "Konselor.Dua", "Rina Kartika Sari, S.Psi")
    qtbot.keyClicks(focused(), "K")  # the role list: "Konselor"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_and_tab(qtbot, "rahasia-rina-1", "rahasia-rina-1", "Konselor adiksi", "")
    qtbot.keyClicks(focused(), "SIP-KONS-2025")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    member = Staff.get(Staff.username == "konselor.dua")
    assert (member.full_name, member.role, member.position, member.sip) == (
        "Rina Kartika Sari, S.Psi", "counselor", "Konselor adiksi", "SIP-KONS-2025")
    assert accounts.authenticate("konselor.dua", "rahasia-rina-1").id == member.id
    assert panel.model.rowCount() == 5
    assert panel.current_member().id == member.id
    assert panel.info_label.text() == (
        "Akun konselor.dua dibuat untuk Rina Kartika Sari, S.Psi.")
    assert has_right(member, Area.NOTES, Action.CORRECT)


def test_a_wrong_second_password_is_shown_at_the_field_and_nothing_is_lost(qtbot, page):
    panel = page().staff_panel
    dialog = open_dialog(qtbot, panel, "new_staff", NewStaffDialog)
    type_and_tab(qtbot, "bidan.ani")
    qtbot.keyClicks(focused(), "Ani <b>Wulandari</b> ")
    # A sign from the input method, not one key press (an emoji beyond the BMP is refused:
    # papers cannot print it, see models/core/glyphs.py).
    focused().insert("✓")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_and_tab(qtbot, "", "kata-sandi-ani-1")
    qtbot.keyClicks(focused(), "kata-sandi-ani-2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert dialog.isVisible()
    error = dialog.form.rows["Repeat password"].error
    assert error.isVisible()
    assert error.text() == "Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali."
    assert focused() is dialog.repeat_edit
    assert dialog.username_edit.text() == "bidan.ani"
    assert dialog.full_name_edit.text() == "Ani <b>Wulandari</b> ✓"
    assert dialog.password_edit.text() == "kata-sandi-ani-1"
    assert not Staff.select().where(Staff.username == "bidan.ani").exists()

    # The repeat is selected: typing replaces it. Now models/ refuses a taken user name.
    qtbot.keyClicks(focused(), "kata-sandi-ani-1")
    dialog.username_edit.setFocus()
    dialog.username_edit.selectAll()
    qtbot.keyClicks(focused(), "intake")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not error.isVisible()
    username_error = dialog.form.rows["User name"].error
    assert username_error.text().startswith("Nama pengguna intake sudah dipakai.")
    assert focused() is dialog.username_edit
    assert dialog.full_name_edit.text() == "Ani <b>Wulandari</b> ✓"

    dialog.username_edit.selectAll()
    qtbot.keyClicks(focused(), "bidan.ani")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert Staff.get(Staff.username == "bidan.ani").full_name == "Ani <b>Wulandari</b> ✓"
    assert panel.name_label.text() == "Ani <b>Wulandari</b> ✓"
    assert panel.name_label.textFormat() == Qt.TextFormat.PlainText


def test_deactivating_stops_sign_in_and_reactivating_restores_it(qtbot, page, staff):
    panel = page().staff_panel
    panel.select_member("doctor")
    assert panel.active_button.text() == "Nonaktifkan"
    click(qtbot, panel.active_button)
    assert not Staff.get_by_id(staff["doctor"].id).active
    assert panel.status_label.text() == "Nonaktif"
    row = panel.model.row_of(staff["doctor"].id)
    assert panel.model.index(row, 3).data() == "Nonaktif"
    assert row == panel.model.rowCount() - 1  # deactivated accounts go last
    with pytest.raises(AuthenticationError):
        accounts.authenticate("doctor", "doctor-password-1")

    assert panel.active_button.text() == "Aktifkan kembali"
    click(qtbot, panel.active_button)
    assert Staff.get_by_id(staff["doctor"].id).active
    assert accounts.authenticate("doctor", "doctor-password-1").id == staff["doctor"].id

    panel.select_member("admin")  # one's own account cannot be deactivated
    assert not panel.active_button.isEnabled()


def test_admin_resets_a_password(qtbot, page, staff):
    panel = page().staff_panel
    panel.select_member("counselor")
    dialog = open_dialog(qtbot, panel, "reset_password", ResetPasswordDialog)
    assert "Konselor Adiksi" in dialog.intro_label.text()
    type_and_tab(qtbot, "pendek")
    qtbot.keyClicks(focused(), "pendek")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.form.rows["Password"].error.text() == (
        "Kata sandi harus terdiri dari paling sedikit 10 karakter.")
    dialog.password_edit.setText("")
    dialog.repeat_edit.setText("")
    dialog.password_edit.setFocus()
    type_and_tab(qtbot, "sandi-baru-konselor")
    qtbot.keyClicks(focused(), "sandi-baru-konselor")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert panel.info_label.text() == "Kata sandi baru sudah ditetapkan untuk Konselor Adiksi."
    assert accounts.authenticate("counselor", "sandi-baru-konselor").id == staff["counselor"].id
    with pytest.raises(AuthenticationError):
        accounts.authenticate("counselor", "counselor-password-1")


def test_admin_unlocks_a_waiting_account(qtbot, page, staff):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("intake", "salah-terus")
    panel = page().staff_panel
    panel.select_member("intake")
    assert panel.status_label.text().startswith("Menunggu sampai ")
    click(qtbot, panel.unlock_button)
    assert panel.status_label.text() == "Aktif"
    assert panel.info_label.text() == "Petugas Pendaftaran dapat masuk lagi."
    assert not panel.unlock_button.isEnabled()
    assert accounts.authenticate("intake", "intake-password-1").id == staff["intake"].id


def test_admin_changes_a_role_and_single_rights(qtbot, page, staff):
    panel = page().staff_panel
    panel.select_member("counselor")
    panel.role_combo.setFocus()
    qtbot.keyClicks(panel.role_combo, "D")  # "Dokter"
    click(qtbot, panel.role_button)
    assert Staff.get_by_id(staff["counselor"].id).role == "doctor"
    assert panel.info_label.text() == "Konselor Adiksi sekarang: Dokter."
    assert panel.right_boxes[(Area.LAB, "correct")].isChecked()

    click(qtbot, panel.right_boxes[(Area.REPORT, "view")])
    click(qtbot, panel.right_boxes[(Area.LAB, "correct")])
    click(qtbot, panel.save_rights_button)
    member = staff["counselor"]
    assert has_right(member, Area.REPORT, Action.VIEW)
    assert not has_right(member, Area.LAB, Action.CORRECT)
    assert has_right(member, Area.LAB, Action.INPUT)
    assert panel.info_label.text() == "Hak Konselor Adiksi sudah disimpan."

    panel.select_member("admin")  # nobody takes away their own admin rights by mistake
    assert not panel.role_group.isEnabled()
    assert not panel.right_boxes[(Area.ADMIN, "correct")].isEnabled()


# --- merges ------------------------------------------------------------------------------

def duplicate(staff, **changes) -> int:
    """The same woman registered again without her KTP, her name spelt differently."""
    values = dict(full_name="Sitti Rachmawati", id_type="none", nik="",
                  no_id_reason="KTP tertinggal", phone="")
    values.update(changes)
    # the desk decided (wrongly, as the merge later shows) that this is another person
    on_file = tuple(pid for (pid,) in Person.select(Person.id).tuples())
    return registry.register_person(staff["intake"], dataclasses.replace(SAMPLE_PERSON, **values),
                                    different_from=on_file)


def choose_in(qtbot, picker, text: str, person_id: int) -> None:
    """Type ``text`` in the picker's search box, Enter, then arrow down to ``person_id``."""
    picker.search_edit.setFocus()
    qtbot.keyClicks(picker.search_edit, text)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert focused() is picker.results
    for _ in range(picker.results.count()):
        if picker.results.currentItem().data(Qt.ItemDataRole.UserRole) == person_id:
            break
        qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.person_id == person_id


def test_merge_two_records_and_undo_it(qtbot, page, staff, person_id):
    other = duplicate(staff)
    episode = intake.open_episode(staff["intake"], other, EPISODE)
    merges = page().merges_panel
    merges.parentWidget().parentWidget().setCurrentWidget(merges)
    assert merges.empty_label.isVisible()
    dialog = open_dialog(qtbot, merges, "new_merge", MergeDialog)

    choose_in(qtbot, dialog.pickers["a"], "3273055708950003", person_id)
    choose_in(qtbot, dialog.pickers["b"], "sitti rachmawati", other)
    assert dialog.values[("a", "full_name")].text() == "Siti Rahmawati"
    assert dialog.values[("b", "full_name")].text() == "Sitti Rachmawati"
    assert dialog.values[("b", "episodes")].text() == "1 (1 skrining)"
    assert dialog.values[("a", "full_name")].font().bold()  # the names differ
    assert not dialog.values[("a", "sex")].font().bold()
    assert dialog.pickers["a"].keep_radio.isChecked()  # registered first
    click(qtbot, dialog.continue_button)

    assert dialog.confirm_title.text() == (
        f"Sitti Rachmawati (R-{Person.get_by_id(other).reg_no[2:]}) akan digabungkan ke "
        f"Siti Rahmawati (R-{Person.get_by_id(person_id).reg_no[2:]}).")
    assert dialog.confirm_moves.text() == "Yang pindah ke data yang dipertahankan: Episode " \
        "layanan: 1."
    assert focused() is dialog.merge_button
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert Person.get_by_id(other).merged_into_id == person_id
    assert Episode.get_by_id(episode).person_id == person_id
    assert merges.model.rowCount() == 1
    row = merges.current_merge()
    assert (row.survivor_id, row.merged_id) == (person_id, other)
    assert merges.model.index(0, 5).data() == "Berlaku"

    click(qtbot, merges.undo_button)
    box = merges.findChild(QMessageBox, "undo_confirm")
    assert box is not None and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    assert Person.get_by_id(other).merged_into_id is None
    assert Episode.get_by_id(episode).person_id == other
    assert merges.model.index(0, 5).data().startswith("Dibatalkan ")
    assert not merges.undo_button.isEnabled()
    assert merges.info_label.text() == (
        "Sitti Rachmawati dan Siti Rahmawati kembali menjadi data terpisah.")


def test_a_refused_merge_is_explained_and_the_choice_kept(qtbot, page, staff, person_id):
    other = duplicate(staff)
    intake.open_episode(staff["intake"], person_id, EPISODE)
    intake.open_episode(staff["intake"], other, EPISODE)
    page()
    dialog = MergeDialog(None, person_id, other)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    radio = dialog.pickers["b"].keep_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    click(qtbot, dialog.continue_button)
    assert dialog.confirm_title.text().startswith("Siti Rahmawati (R-")  # B is kept now
    click(qtbot, dialog.merge_button)
    assert dialog.isVisible()
    assert dialog.confirm_error.text() == (
        "Kedua orang masih memiliki episode yang terbuka; tutup salah satunya sebelum "
        "menggabungkan (episode yang masih skrining atau di daftar tunggu: \"Tidak "
        "melanjutkan...\" di tab Program).")
    assert Person.get_by_id(person_id).merged_into_id is None
    click(qtbot, dialog.back_button)
    assert dialog.pickers["b"].keep_radio.isChecked()
    assert dialog.sides["a"].person_id == person_id


def test_undo_waits_for_a_later_merge(qtbot, page, staff, person_id):
    second, third = duplicate(staff), duplicate(staff, full_name="Siti R.")
    merge_persons(staff["admin"], person_id, second)
    merge_persons(staff["admin"], person_id, third)
    merges = page().merges_panel
    merges.parentWidget().parentWidget().setCurrentWidget(merges)
    merges.table.selectRow(1)
    assert not merges.undo_button.isEnabled()
    assert merges.model.index(1, 5).data() == (
        "Berlaku; penggabungan yang lebih baru harus dibatalkan dulu")
    merges.table.selectRow(0)
    assert merges.undo_button.isEnabled()


# --- facility profile and settings -------------------------------------------------------

def test_facility_profile_is_saved_and_a_bad_email_shown_at_its_field(qtbot, page, tmp_path,
                                                                      monkeypatch):
    admin_page = page()
    panel = admin_page.facility_panel
    admin_page.tabs.setCurrentWidget(panel)
    assert panel.info_label.text() == "Fasilitas belum memiliki profil. Isi lalu simpan."
    panel.line_edits[0].setFocus()
    type_and_tab(qtbot, "BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                 "BADAN NARKOTIKA NASIONAL KOTA MALANG", "KLINIK PRATAMA BNNK MALANG", "",
                 "bnnk-mlg")
    panel.email_edit.setFocus()
    qtbot.keyClicks(panel.email_edit, "klinik bnnk malang")
    logo = tmp_path / "logo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(logo))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(logo), ""))
    click(qtbot, panel.logo_button)
    assert not panel.logo_preview.pixmap().isNull()
    click(qtbot, panel.save_button)

    assert facility() is None
    assert panel.form.rows["E-mail"].error.text() == (
        "klinik bnnk malang bukan alamat email yang benar.")
    assert focused() is panel.email_edit
    assert panel.line_edits[2].text() == "KLINIK PRATAMA BNNK MALANG"

    panel.email_edit.selectAll()
    qtbot.keyClicks(panel.email_edit, "klinik@bnnk-malang.example")
    click(qtbot, panel.save_button)
    profile = facility()
    assert profile.name_lines == ["BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                                  "BADAN NARKOTIKA NASIONAL KOTA MALANG",
                                  "KLINIK PRATAMA BNNK MALANG"]
    assert profile.code == "BNNK-MLG"  # places are settings per service type (issue 17)
    assert bytes(profile.logo) == logo.read_bytes()
    assert panel.info_label.text() == "Profil fasilitas sudah disimpan."
    assert panel.code_edit.text() == "BNNK-MLG"


def test_unsaved_profile_edits_survive_switching_tabs(qtbot, page):
    admin_page = page()
    panel = admin_page.facility_panel
    admin_page.tabs.setCurrentWidget(panel)
    panel.line_edits[0].setFocus()
    qtbot.keyClicks(panel.line_edits[0], "DINAS SOSIAL")
    admin_page.tabs.setCurrentIndex(0)
    admin_page.hide()
    admin_page.show()
    admin_page.tabs.setCurrentWidget(panel)
    assert panel.line_edits[0].text() == "DINAS SOSIAL"


def test_settings_are_saved_within_their_bounds(qtbot, page):
    admin_page = page()
    panel = admin_page.settings_panel
    admin_page.tabs.setCurrentWidget(panel)
    idle = panel.rows["idle_lock_minutes"].widget
    assert idle.value() == 10 and (idle.minimum(), idle.maximum()) == (1, 240)
    idle.setFocus()
    idle.selectAll()
    qtbot.keyClicks(idle, "15")
    bands = panel.rows["age_bands"].widget
    bands.setFocus()
    bands.selectAll()
    qtbot.keyClicks(bands, "0, 18, dua puluh")
    click(qtbot, panel.save_button)

    assert get_setting("idle_lock_minutes") == 15
    assert get_setting("age_bands") == [0, 15, 20, 25, 30, 35, 40, 50, 60]
    assert panel.rows["age_bands"].error.text() == (
        "Tulis bilangan bulat yang dipisah koma, misalnya 0, 15, 20.")
    assert bands.text() == "0, 18, dua puluh"
    assert focused() is bands

    bands.selectAll()
    qtbot.keyClicks(bands, "0, 18, 26, 40")
    click(qtbot, panel.save_button)
    assert get_setting("age_bands") == [0, 18, 26, 40]
    assert panel.info_label.text() == "Pengaturan sudah disimpan."


# --- refusals, language, item models -----------------------------------------------------

def test_a_member_without_the_admin_right_is_refused_in_words(qtbot, page, staff, person_id):
    admin_page = page("intake")
    panel = admin_page.staff_panel
    assert panel.error_label.isVisible()
    assert panel.error_label.text() == DENIED_VIEW
    assert panel.model.rowCount() == 0 and not panel.new_button.isEnabled()
    assert panel.rights_group.isHidden() and not panel.reset_button.isVisible()

    admin_page.tabs.setCurrentWidget(admin_page.merges_panel)
    assert admin_page.merges_panel.error_label.text() == DENIED_VIEW

    facility_panel = admin_page.facility_panel
    admin_page.tabs.setCurrentWidget(facility_panel)
    facility_panel.line_edits[0].setText("KLINIK PRATAMA BNNK CONTOH")
    facility_panel.code_edit.setText("BNNK-CT")
    click(qtbot, facility_panel.save_button)
    assert facility_panel.error_label.text() == (
        "Anda tidak memiliki hak untuk mengisi administrasi. Silakan hubungi admin fasilitas.")
    assert facility_panel.line_edits[0].text() == "KLINIK PRATAMA BNNK CONTOH"
    assert facility() is None

    dialog = MergeDialog(None, person_id, duplicate(staff))
    qtbot.addWidget(dialog)
    assert dialog.pickers["a"].error_label.text() == DENIED_VIEW
    assert not dialog.continue_button.isEnabled()


def test_signing_out_empties_the_staff_list(qtbot, page):
    panel = page().staff_panel
    assert panel.model.rowCount() == 4
    SESSION.sign_out()
    assert panel.model.rowCount() == 0
    assert panel.rights_group.isHidden() and panel.name_label.text() == ""


def test_the_page_switches_language_without_restart(qtbot, page):
    admin_page = page()
    tabs = [admin_page.tabs.tabText(i) for i in range(4)]
    assert tabs == ["Staf", "Penggabungan", "Profil fasilitas", "Pengaturan"]
    panel = admin_page.staff_panel
    panel.select_member("doctor")
    i18n.install("en")
    admin_page.retranslate_ui()
    assert [admin_page.tabs.tabText(i) for i in range(4)] == [
        "Staff", "Merges", "Facility profile", "Settings"]
    assert panel.model.headerData(2, Qt.Orientation.Horizontal) == "Role"
    assert panel.model.index(panel.model.row_of(panel.current_member().id), 2).data() == "Doctor"
    assert panel.area_labels[Area.ADMIN].text() == "Administration"
    assert admin_page.settings_panel.rows["idle_lock_minutes"].label.text() == (
        "Minutes without input before the window locks")
    i18n.install("id")
    admin_page.retranslate_ui()
    assert panel.area_labels[Area.ADMIN].text() == "Administrasi"


def test_item_models_pass_the_model_tester(qtmodeltester, staff, person_id):
    staff_model = StaffTableModel()
    staff_model.set_rows(list_staff(staff["admin"]))
    qtmodeltester.check(staff_model)
    merge_persons(staff["admin"], person_id, duplicate(staff))
    merge_model = MergeTableModel()
    merge_model.set_rows(list_merges(staff["admin"]))
    assert merge_model.rowCount() == 1
    qtmodeltester.check(merge_model)
