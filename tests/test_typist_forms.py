"""Issue 12, forms for a fast typist: each fault reproduced with the keys a desk presses.

Sidebar-opened intake, a blank form after Ctrl+N or Buang draf, choice lists that never open
on a space nor jump on a first letter but filter as one types, and a wheel that scrolls the
page instead of changing an unfocused field."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from models.admin.facility_admin import FacilityInput, save_facility
from models.people.person import Person
from ui import i18n
from ui.main_window import MainWindow
from ui.session import SESSION
from ui.widgets.choice_field import filter_list

FACILITY = FacilityInput(name_lines=("BADAN NARKOTIKA NASIONAL", "BNN KOTA UJI"), code="BNNK-UJI",
                         kind="bnn_clinic", city="Bandung", capacity=5)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, db, staff, tmp_path):
    """A main window signed in as the intake desk, in Indonesian."""
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


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def fill_adult_identity(qtbot, wizard, window) -> None:
    """Name, then the NIK (which offers birth date and sex), from the keyboard."""
    wizard.person.full_name.setFocus()
    type_here(qtbot, "Budi Santoso")
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.person.nik
    type_here(qtbot, "3273051708950007")


def test_intake_opened_from_the_sidebar_saves(qtbot, window):
    """Fault 1: Pendaftaran from the sidebar (Ctrl+3) left Pembiayaan empty."""
    key(qtbot, window, Qt.Key.Key_3, CTRL)
    wizard = window.page("intake").wizard
    assert wizard.arrival.funding.count() > 0
    fill_adult_identity(qtbot, wizard, window)
    wizard.person.marital.setCurrentIndex(wizard.person.marital.findData("single"))
    wizard.person.education.setCurrentIndex(wizard.person.education.findData("sma"))
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.arrival.service
    type_here(qtbot, "jalan")
    key(qtbot, window, Qt.Key.Key_Return)
    assert wizard.arrival.service.currentData() == "outpatient"
    wizard.save()
    assert wizard.result is not None, wizard.message.text()


@pytest.mark.parametrize("how", ["ctrl_n_after_save", "discard_draft"])
def test_a_blank_form_keeps_nothing_of_the_previous_person(qtbot, window, how, monkeypatch):
    """Fault 2: sex and birth date of the previous person stayed after Ctrl+N / Buang draf."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    fill_adult_identity(qtbot, wizard, window)
    assert wizard.person.birth_date.text() == "17-08-1995"
    if how == "discard_draft":
        wizard.keep_draft()
        from ui.intake import wizard as wizard_module
        monkeypatch.setattr(wizard_module, "confirm_discard", lambda parent: True,
                            raising=False)
        wizard.discard_button.click()
    else:
        wizard.person.marital.setCurrentIndex(1)
        wizard.person.education.setCurrentIndex(1)
        wizard.arrival.service.setCurrentIndex(1)
        wizard.save()
        assert wizard.result is not None, wizard.message.text()
        key(qtbot, window, Qt.Key.Key_N, CTRL)
    person = wizard.person
    assert person.full_name.text() == "" and person.nik.text() == ""
    assert person.birth_date.text() == ""
    assert person.sex.currentData() == ""


def test_space_never_opens_a_choice_list_nor_eats_the_typing(qtbot, window):
    """Fault 7: a space opened the list and swallowed what followed."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    person = window.page("intake").wizard.person
    person.sex.setFocus()
    key(qtbot, window, Qt.Key.Key_Space)
    assert person.sex.view().isVisible() is False
    assert person.sex.currentData() == ""
    key(qtbot, window, Qt.Key.Key_Tab)  # on to the date of birth: typing lands there
    assert QApplication.focusWidget() is person.birth_date
    type_here(qtbot, "01-02-2000")
    assert person.birth_date.text() == "01-02-2000"


def test_typing_filters_instead_of_jumping_to_the_first_letter(qtbot, window):
    """Fault 7: "S1" selected "SD"; now the typed text filters and Enter takes the match."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    person = window.page("intake").wizard.person
    education = person.education
    education.setFocus()
    before = education.currentData()
    type_here(qtbot, "S")
    assert education.currentData() == before  # nothing chosen by a first letter
    listing = filter_list(education)
    assert listing is not None and listing.isVisible()
    type_here(qtbot, "MA")
    labels = [listing.item(r).text() for r in range(listing.count())]
    assert labels == ["SMA / SLTA / sederajat"] or all("sma" in x.casefold() for x in labels)
    key(qtbot, window, Qt.Key.Key_Return)
    assert education.currentData() == "sma"
    assert not listing.isVisible()
    # "tinggi" matches inside the label ("Perguruan tinggi"), Tab takes it and moves on
    type_here(qtbot, "tinggi")
    key(qtbot, window, Qt.Key.Key_Tab)
    assert education.currentData() == "university"
    assert QApplication.focusWidget() is not education


def test_a_plain_qcombobox_anywhere_behaves_the_same(qtbot, window):
    """The behaviour is the program's, not only the intake's: a plain QComboBox too."""
    combo = QComboBox(window)
    combo.addItems(["Semua", "Tidak terindikasi", "Terindikasi"])
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo, "T")
    assert combo.currentIndex() == 0  # "T" no longer picks "Tidak terindikasi"
    qtbot.keyClicks(combo, "erindikasi")
    listing = filter_list(combo)
    assert [listing.item(r).text() for r in range(listing.count())] == [
        "Terindikasi", "Tidak terindikasi"]  # the label starting with the typed text first
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentText() == "Tidak terindikasi"
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert not combo.view().isVisible()


def _wheel(widget, down: bool = True) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_and_never_changes_an_unfocused_choice(qtbot, window):
    """Fault 7: scrolling a long form with the wheel changed the list under the pointer."""
    window.resize(1024, 640)
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    person = wizard.person
    person.full_name.setFocus()
    education = person.education
    before = education.currentIndex()
    area = person.parentWidget().parentWidget()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the form is longer than the window
    start = bar.value()
    _wheel(education)
    assert education.currentIndex() == before
    assert not education.hasFocus()
    assert bar.value() > start  # the page moved instead
    spin = wizard.substances.rows[0]["days"]
    value = spin.value()
    _wheel(spin)
    assert spin.value() == value


def _identity_by_keys(qtbot, window, wizard, name: str, birth: str) -> None:
    wizard.person.full_name.setFocus()
    type_here(qtbot, name)
    wizard.person.id_type.setFocus()
    type_here(qtbot, "tidak ada")
    key(qtbot, window, Qt.Key.Key_Return)
    wizard.person.no_id_reason.setFocus()
    type_here(qtbot, "belum punya KTP")
    wizard.person.sex.setFocus()
    type_here(qtbot, "laki")
    key(qtbot, window, Qt.Key.Key_Return)
    wizard.person.birth_date.setFocus()
    type_here(qtbot, birth)
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.arrival.service
    type_here(qtbot, "jalan")
    key(qtbot, window, Qt.Key.Key_Return)
    assert wizard.arrival.service.currentData() == "outpatient"


def test_a_likely_duplicate_needs_a_decision_and_it_is_audited(qtbot, window, staff):
    """Fault 3 / deliver 3: "Budi Santosa" was saved beside "Budi Santoso" without a question."""
    from models.people.registry import PersonInput, register_person
    from models.safety.audit import AuditEvent
    existing = register_person(staff["intake"], PersonInput(
        full_name="Budi Santoso", sex="L", birth_date=dt.date(1990, 3, 4),
        id_type="none", no_id_reason="-"))
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    _identity_by_keys(qtbot, window, wizard, "Budi Santosa", "04-03-1990")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert wizard.result is None  # not saved without a decision
    dialog = wizard.duplicate_dialog
    assert dialog is not None and dialog.isVisible()
    labels = [lbl.text() for lbl in dialog.findChildren(QLabel)]
    assert "Budi Santosa" in labels and "Budi Santoso" in labels  # side by side
    assert dialog.focusWidget() is dialog.open_button  # Enter opens the record on file
    qtbot.keyClick(dialog.different_button, Qt.Key.Key_Space)  # the explicit decision
    assert wizard.result is not None, wizard.message.text()
    decided = AuditEvent.get(AuditEvent.action == "person.not_duplicate")
    assert decided.detail == {"other_person": existing}
    assert decided.person_id == wizard.result.person_id


def test_enter_on_the_duplicate_opens_the_record_on_file(qtbot, window, staff):
    from models.people.registry import PersonInput, register_person
    existing = register_person(staff["intake"], PersonInput(
        full_name="Budi Santoso", sex="L", birth_date=dt.date(1990, 3, 4),
        id_type="none", no_id_reason="-"))
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    _identity_by_keys(qtbot, window, wizard, "Budi Santosa", "04-03-1990")
    wizard.save()
    with qtbot.waitSignal(wizard.open_person) as opened:
        qtbot.keyClick(wizard.duplicate_dialog.open_button, Qt.Key.Key_Return)
    assert opened.args == [existing]
    assert Person.select().count() == 1


def test_nik_mismatch_lists_every_problem_in_four_digit_years_and_asks_why(qtbot, window):
    """Fault 10: only the first mismatch, a 2-digit year, and an override with no reason."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    person = wizard.person
    person.birth_date.setFocus()
    type_here(qtbot, "18-08-1995")
    person.sex.setFocus()
    type_here(qtbot, "perempuan")
    key(qtbot, window, Qt.Key.Key_Return)
    person.nik.setFocus()
    type_here(qtbot, "3273051708950007")
    message = person.form.rows["NIK"].error.text()
    assert "17-08-1995" in message and "18-08-1995" in message  # four-digit years
    assert "laki-laki" in message  # the sex problem too, not only the first
    assert person.province.currentData() == "32"  # taken from the NIK
    person.full_name.setFocus()
    type_here(qtbot, "Rina")
    person.marital.setCurrentIndex(1)
    person.education.setCurrentIndex(1)
    wizard.arrival.service.setCurrentIndex(1)
    person.nik_override.setFocus()
    key(qtbot, window, Qt.Key.Key_Space)
    assert person.nik_override_reason.isVisible()
    wizard.save()
    assert wizard.result is None
    assert "alasan" in person.form.rows["NIK"].error.text() or \
        "mengapa" in person.form.rows["NIK"].error.text()
    person.nik_override_reason.setFocus()
    type_here(qtbot, "KTP dicetak begitu")
    wizard.save()
    assert wizard.result is not None, person.form.rows["NIK"].error.text()


def test_no_silent_defaults_for_marital_status_education_and_route(qtbot, window):
    """Fault 10: Belum kawin, SMA/SLTA and route Oral were saved without being chosen."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    assert wizard.person.marital.currentData() == ""
    assert wizard.person.education.currentData() == ""
    assert wizard.substances.rows[0]["route"].currentData() == ""
    _identity_by_keys(qtbot, window, wizard, "Sari", "01-01-1990")
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    substance = wizard.substances.rows[0]["substance"]
    assert QApplication.focusWidget() is substance
    type_here(qtbot, "ganja")
    key(qtbot, window, Qt.Key.Key_Return)
    wizard.save()
    assert wizard.result is None
    assert wizard.substances.error.text() == "Pilih Cara pakai." or \
        "Pilih" in wizard.substances.error.text()
    route = wizard.substances.rows[0]["route"]
    route.setFocus()
    type_here(qtbot, "hirup")
    key(qtbot, window, Qt.Key.Key_Return)
    wizard.save()
    assert wizard.result is not None, wizard.substances.error.text()
    saved = Person.get_by_id(wizard.result.person_id)
    assert saved.marital_status == "" and saved.education == ""  # unknown, not guessed


def test_messages_appearing_move_no_field_and_a_fixed_field_loses_its_error(qtbot, window):
    """Fault 8: fields jumped 16-37 px when hints, errors or the draft banner appeared, and
    errors stayed after the fix; an impossible date was called a format error."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    person = wizard.person
    watched = (person.sex, person.birth_date, person.education, wizard.save_button,
               wizard.steps)
    QApplication.processEvents()
    before = [w.mapTo(window, QPoint(0, 0)) for w in watched]
    wizard.save()  # errors under several fields, and the message line
    person.nik.setFocus()
    type_here(qtbot, "32730517089")  # the live "11 of 16 digits" hint
    wizard.keep_draft()  # the draft banner and its button
    QApplication.processEvents()
    after = [w.mapTo(window, QPoint(0, 0)) for w in watched]
    assert after == before
    error = person.form.rows["Full name"].error
    assert error.isVisible()
    person.full_name.setFocus()
    type_here(qtbot, "A")
    assert not error.isVisible()  # fixed: the message goes at once


def test_every_problem_is_listed_and_each_line_leads_to_its_field(qtbot, window):
    """Fault 8: only one error was shown at a time."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    person = wizard.person
    person.birth_date.setFocus()
    type_here(qtbot, "31-02-1990")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    summary = wizard.summary
    assert summary.isVisible()
    lines = [summary.list.item(r).text() for r in range(summary.list.count())]
    assert any("Nama lengkap" in t for t in lines)       # step 1: the name
    assert any("31-02-1990" in t for t in lines)         # step 1: the impossible date
    assert any("Jenis layanan" in t for t in lines)      # step 2: the service type
    for form, field in ((person.form, "Full name"),):
        assert form.rows[field].error.isVisible()
    assert person.form.rows["Date of birth"].error.isVisible()
    service_line = next(r for r, t in enumerate(lines) if "Jenis layanan" in t)
    summary.list.setFocus()
    summary.list.setCurrentRow(service_line)
    key(qtbot, window, Qt.Key.Key_Return)
    assert wizard.steps.currentIndex() == 1
    assert QApplication.focusWidget() is wizard.arrival.service
    assert wizard.result is None


def test_the_item_starting_with_what_was_typed_comes_first(qtbot, window):
    """"kawi" must not take "Belum kawin" when "Kawin" was meant."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    marital = window.page("intake").wizard.person.marital
    marital.setFocus()
    type_here(qtbot, "kawi")
    key(qtbot, window, Qt.Key.Key_Return)
    assert marital.currentData() == "married"


def test_a_new_form_shows_no_problems_of_the_last_attempt(qtbot, window):
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert wizard.summary.isVisible()
    lines = [wizard.summary.list.item(r).text() for r in range(wizard.summary.list.count())]
    assert "Nama lengkap" in lines[0]  # in the order of the form
    wizard.person.full_name.setFocus()
    type_here(qtbot, "X")
    wizard._reset_forms()
    assert not wizard.summary.isVisible()
    assert not wizard.person.form.rows["Sex"].error.isVisible()


def test_a_message_in_the_move_panel_does_not_move_its_buttons(qtbot, staff):
    """Fault 8: Pindahkan jumped when a message appeared."""
    from ui.program.move_panel import MovePanel
    SESSION.sign_in(staff["counselor"])
    try:
        panel = MovePanel()
        qtbot.addWidget(panel)
        panel.show()
        QApplication.processEvents()
        panel.resize(700, panel.sizeHint().height())  # a panel with no room to spare
        QApplication.processEvents()
        before = panel.move_button.mapTo(panel, QPoint(0, 0))
        panel._record = object()  # a record is open; no phase chosen
        assert panel.move() is False and panel.message.isVisible()
        QApplication.processEvents()
        assert panel.move_button.mapTo(panel, QPoint(0, 0)) == before
    finally:
        SESSION.sign_out()
