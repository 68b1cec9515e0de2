"""The dispensing window driven by keys: find by number (a scanned card) or name, F2 gives
the dose, never twice; flags asked about first (No is the default); a held client shows
the rule. Screenshots go to RUMATAN_SHOTS when set."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.people.person import Person
from models.rumatan.orders import OrderInput, order_dose
from models.rumatan.stock import reconcile
from models.rumatan.tables import METHADONE, REGULAR, Dose, ug
from tests.rumatan_world import TODAY, add_people, make_ptrm
from ui import i18n
from ui.rumatan.rumatan_page import RumatanPage
from ui.session import SESSION

SHOTS = os.environ.get("RUMATAN_SHOTS")


def _shot(widget, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _doses(pid):
    return Dose.select().where(Dose.person == pid, Dose.day == TODAY,
                               Dose.slot == REGULAR).count()


@pytest.fixture
def window(qtbot, staff):
    i18n.install("id")
    w = make_ptrm(staff, clients=6, take_home_days=2)
    pregnant, held = add_people(2, prefix="Ibu Hamil")[0], add_people(1, prefix="Tono")[0]
    order_dose(w.doctor, pregnant, OrderInput(METHADONE, ug(45), TODAY, pregnant=True,
                                              qt_risk="Haloperidol"))
    order_dose(w.doctor, held, OrderInput(METHADONE, ug(80), TODAY - dt.timedelta(days=6)))
    SESSION.sign_in(w.nurse)
    page = RumatanPage()
    qtbot.addWidget(page)
    page.resize(1200, 640)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    yield page, w, pregnant, held
    SESSION.sign_out()


def test_scan_then_f2_gives_one_dose_and_never_a_second(qtbot, window):
    page, w, _pregnant, _held = window
    tab = page.window_tab
    target = w.clients[3]
    reg = Person.get_by_id(target).reg_no
    qtbot.waitUntil(lambda: tab.search.hasFocus())
    qtbot.keyClicks(tab.search, reg)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.selected_person() == target
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert _doses(target) == 1
    assert "60 mg (12 ml dari batch MTD-001)" in tab.status.text()
    assert "dicatat" in tab.status.text()
    assert tab.search.hasFocus() and tab.search.text() == ""  # ready for the next client
    tab._select_person(target)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert _doses(target) == 1
    assert not tab.give_button.isEnabled()
    # By name, down the list with the arrow, with take-home doses.
    qtbot.keyClicks(tab.search, "klien rumatan 00")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    picked = tab.selected_person()
    tab.take_home.setValue(2)
    qtbot.keyClick(tab.search, Qt.Key.Key_F2)
    assert _doses(picked) == 1
    assert Dose.select().where(Dose.person == picked, Dose.kind == "take_home").count() == 2
    _shot(page, "window")


def test_flags_are_asked_about_first_and_no_is_the_default(qtbot, window):
    page, w, pregnant, _held = window
    tab = page.window_tab
    qtbot.keyClicks(tab.search, "ibu hamil")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.selected_person() == pregnant
    assert "Hamil" in tab.detail.text() and "Haloperidol" in tab.detail.text()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    box = page.findChild(QMessageBox, "confirm_flags")
    qtbot.waitUntil(lambda: box.isVisible())
    _shot(box, "flags_check")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # No is the default
    assert _doses(pregnant) == 0
    tab.give_selected()
    box = [b for b in page.findChildren(QMessageBox, "confirm_flags") if b.isVisible()][0]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert _doses(pregnant) == 1


def test_a_held_client_shows_the_rule_and_gets_no_dose(qtbot, window):
    page, w, _pregnant, held = window
    tab = page.window_tab
    qtbot.keyClicks(tab.search, "tono")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.selected_person() == held
    assert "tinjauan dokter" in tab.model.data(tab.model.index(0, 4))
    assert "6 hari" in tab.detail.text() and "3" in tab.detail.text()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert _doses(held) == 0
    assert "dokter" in tab.status.text()
    _shot(page, "missed_dose_hold")


def test_stock_reconciliation_shows_the_difference(qtbot, window):
    page, w, _pregnant, _held = window
    page.tabs.setCurrentIndex(1)
    reconcile(w.pharmacist, w.batch, TODAY, ug(99_950), "Sisa di gelas takar")
    page.stock.refresh()
    table = page.stock.table
    assert table.item(0, 0).text() == "MTD-001"
    assert table.item(0, 7).text() == "100000" and table.item(0, 8).text() == "99950"
    assert table.item(0, 9).text() == "-50" and "gelas" in table.item(0, 10).text()
    _shot(page, "stock")
    QApplication.processEvents()


def test_dose_chart_on_the_record(qtbot, window):
    from models.rumatan.dispense import record_dose
    from models.safety import audit
    from ui.rumatan.dose_chart import DoseChartTab
    page, w, _pregnant, _held = window
    pid = add_people(1, prefix="Grafik")[0]
    order_dose(w.doctor, pid, OrderInput(METHADONE, ug(30), TODAY - dt.timedelta(days=40)))
    for back in range(40, 0, -1):
        day = TODAY - dt.timedelta(days=back)
        if back in (20, 19):
            continue  # two missed days
        if back == 10:
            order_dose(w.doctor, pid, OrderInput(METHADONE, ug(35), day))
        record_dose(w.nurse, pid, day=day)
    tab = DoseChartTab()
    qtbot.addWidget(tab)
    tab.resize(900, 420)
    tab.set_person(pid)
    tab.show()
    qtbot.waitExposed(tab)
    assert "38 dosis diberikan, 2 hari tidak datang" in tab.summary.text()
    assert audit.AuditEvent.select().where(audit.AuditEvent.action == "rumatan.chart_view",
                                           audit.AuditEvent.person_id == pid).count() == 1
    _shot(tab, "dose_chart")


def test_the_days_sheet_pdf(qtbot, window, tmp_path):
    from pypdf import PdfReader

    from models.facility.facility import Facility
    from models.rumatan.dispense import give_replacement, mark_vomited, record_dose
    from models.rumatan.stock import waste
    from models.safety import audit
    page, w, _pregnant, _held = window
    lines = {"name_lines": ["BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                            "KLINIK PRATAMA PULIH"], "address": "Jl. Contoh No. 1",
             "city": "Bandung"}
    if not Facility.update(**lines).where(Facility.id == 1).execute():
        Facility.create(id=1, code="RM01", kind="ipwl_puskesmas", **lines)
    record_dose(w.nurse, w.clients[0], take_home=2)
    mark_vomited(w.nurse, record_dose(w.nurse, w.clients[1]), "Muntah 5 menit")
    give_replacement(w.nurse, w.clients[1], ug(30), "Muntah", "doctor", "doctor-password-1")
    waste(w.nurse, w.batch, ug(5), w.pharmacist.id, "Gelas takar jatuh")
    path = page.window_tab.print_sheet(str(tmp_path / "lembar.pdf"))
    assert path
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert "LEMBAR PEMBERIAN DOSIS HARIAN" in text and "Perawat Rumatan" in text
    assert "(bawa pulang 2 hari)" in text and "disetujui Dokter Pemeriksa" in text
    # models/ hands over dates and times; the paper writes them the one way (reports.dates)
    import re
    assert re.search(r"untuk\s+\d{2}-\d{2}-\d{4}\s+\(bawa pulang 2 hari\)", text)
    assert re.search(r"dicetak\s+\d{2}-\d{2}-\d{4}\s+\d{2}\.\d{2}\)", text)
    assert re.search(r"\b\d{2}\.\d{2}\b", text.split("Keterangan", 1)[1])
    assert "Tidak datang hari ini" in text and "Tono 000" in text
    assert audit.AuditEvent.select().where(
        audit.AuditEvent.action == "rumatan.sheet_print").count() == 1
    if SHOTS:
        import shutil
        shutil.copy(path, os.path.join(SHOTS, "sheet.pdf"))


def test_ptrm_summary_in_laporan_with_definitions_and_exports(qtbot, window, tmp_path, staff):
    import csv

    from openpyxl import load_workbook

    from models.rumatan.dispense import record_dose
    from ui.rumatan.ptrm_dialog import PtrmButton
    page, w, _pregnant, _held = window
    for pid in w.clients[:4]:
        record_dose(w.nurse, pid)
    SESSION.sign_in(staff["admin"])
    button = PtrmButton(page, lambda: (TODAY.year, TODAY.month))
    dialog = button.open_summary()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    texts = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
             for r in range(dialog.table.rowCount())}
    assert texts["Klien aktif"] == "8" and texts["Dosis diminum di tempat"] == "4"
    assert "versi definisi 2" in dialog.heading.text()
    _shot(dialog, "ptrm_summary")
    path = dialog.export("csv", str(tmp_path / "ptrm.csv"))
    rows = list(csv.reader(open(path, encoding="utf-8-sig")))
    assert ["Klien aktif", "8"] == rows[5][:2] and "perintah dosis" in rows[5][2]
    path = dialog.export("xlsx", str(tmp_path / "ptrm.xlsx"))
    ws = load_workbook(path).active
    assert ws.cell(row=6, column=1).value == "Klien aktif" and ws.cell(row=6, column=2).value == 8


def test_a_doctor_orders_and_changes_a_dose_on_the_record(qtbot, window, staff):
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit

    from ui.rumatan.dose_chart import DoseChartTab
    page, w, _pregnant, _held = window
    pid = add_people(1, prefix="Baru")[0]
    SESSION.sign_in(w.doctor)
    tab = DoseChartTab()
    qtbot.addWidget(tab)
    tab.set_person(pid)
    assert "Belum ada resep dosis" in tab.summary.text() or tab.summary.text() == ""
    form = tab.order()
    form.findChild(QComboBox, "medicine").setCurrentIndex(1)
    form.findChild(QDoubleSpinBox, "mg").setValue(25)
    form.ok_button.click()
    assert DoseOrder_count(pid) == 1
    form = tab.order()
    form.findChild(QDoubleSpinBox, "mg").setValue(40)  # +60%
    form.ok_button.click()
    assert form.isVisible() and "25 mg menjadi 40 mg" in form.findChild(QLabel,
                                                                        "form_error").text()
    form.findChild(QCheckBox, "confirm").setChecked(True)
    form.findChild(QLineEdit, "reason").setText("Gejala putus zat berat")
    form.ok_button.click()
    assert not form.isVisible() and DoseOrder_count(pid) == 2
    SESSION.sign_in(w.nurse)
    tab.set_person(pid)
    assert not tab.order_button.isVisibleTo(tab)


def DoseOrder_count(pid):  # noqa: N802 - reads as the table's count
    from models.rumatan.tables import DoseOrder
    return DoseOrder.select().where(DoseOrder.person == pid).count()


def test_away_and_bottles_returned_from_the_window(qtbot, window):
    from PySide6.QtWidgets import QComboBox, QSpinBox

    from models.rumatan.dispense import record_dose
    from models.rumatan.tables import Absence, TakeHome
    page, w, _pregnant, _held = window
    tab = page.window_tab
    pid = w.clients[5]
    record_dose(w.nurse, pid, day=TODAY - dt.timedelta(days=1), take_home=2)
    tab.refresh(keep=pid)
    tab._select_person(pid)
    tab._returned()
    form = [c for c in tab.children() if c.objectName() == "return_form"][0]
    form.findChild(QSpinBox, "returned").setValue(1)
    form.ok_button.click()
    assert TakeHome.get(TakeHome.person == pid).returned == 1
    tab._away()
    form = [c for c in tab.children() if c.objectName() == "away_form"][0]
    combo = form.findChild(QComboBox, "kind")
    combo.setCurrentIndex(combo.findData("detained"))
    form.ok_button.click()
    assert Absence.get(Absence.person == pid).kind == "detained"
    assert "Ditahan" in tab.detail.text()


def test_beranda_lists_the_clients_waiting_for_a_review(qtbot, window):
    from models.desk.dashboard import load_dashboard
    from ui.home.day_panel import DayPanel
    page, w, _pregnant, held = window
    board = load_dashboard(w.nurse)
    lines = board.sections["rumatan_held"].rows
    assert [(h.person_id, h.missed) for h in lines] == [(held, 6)]
    panel = DayPanel()
    qtbot.addWidget(panel)
    panel.show_dashboard(board)
    box = panel.boxes["rumatan_held"]
    assert box.person_at(0) == held and box.table.item(0, 1).text() == "6 hari"
    assert load_dashboard(w.pharmacist).sections["rumatan_held"] is not None


def test_a_split_dose_from_the_window(qtbot, window):
    from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit
    page, w, _pregnant, _held = window
    tab = page.window_tab
    pid = w.clients[2]
    tab._select_person(pid)
    tab._split_first()
    form = [c for c in tab.children() if c.objectName() == "split_form"][0]
    form.findChild(QDoubleSpinBox, "mg").setValue(40)
    form.ok_button.click()
    assert form.isVisible()  # the reason is required
    form.findChild(QLineEdit, "reason").setText("Dosis pagi dan sore")
    form.ok_button.click()
    assert not form.isVisible()
    assert tab.split_button.isEnabled() and not tab.give_button.isEnabled()
    tab.split_button.click()
    amounts = sorted(d.amount_ug for d in Dose.select().where(Dose.person == pid))
    assert amounts == [ug(20), ug(40)]


def test_a_scanned_nik_or_paper_qr_finds_the_client(qtbot, window, staff):
    from models.documents.document import Document
    from models.people.person import Person
    from tests import doc_world
    page, w, _pregnant, _held = window
    tab = page.window_tab
    pid = w.clients[4]
    Person.update(nik="3273055708950004").where(Person.id == pid).execute()
    qtbot.keyClicks(tab.search, "3273055708950004")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.selected_person() == pid and tab.search.text() == ""
    qtbot.keyClicks(tab.search, "PULIH2|not-a-seal")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "Tidak ada klien" in tab.status.text()
    # The QR of a paper issued to the client (an SKHPN here) names them too.
    doc_world.facility_and_doctor(staff)
    holder = doc_world.applicant(staff)
    from models.documents.document import qr_text
    doc = Document.get_by_id(doc_world.skhpn(staff, holder))
    qr = qr_text(doc.payload, doc.signature)
    order_dose(staff["doctor"], holder, OrderInput(METHADONE, ug(30), TODAY))
    tab.refresh()
    from models.rumatan.window import scanned_person
    assert qr and scanned_person(qr) == holder, qr
    qtbot.keyClicks(tab.search, qr)
    assert tab.search.text() == qr  # the failed scan was selected, so this one replaced it
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.selected_person() == holder
