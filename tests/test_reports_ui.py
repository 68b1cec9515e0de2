"""The Laporan page: figures of a month, exports in the background (and cancelled), closing."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.intake.intake import EpisodeInput, admit, open_episode
from models.people.registry import PersonInput, register_person
from models.tallies.close import TallyClose
from tests.consent import consented
from ui import i18n
from ui.reports.reports_page import ReportsPage
from ui.session import SESSION

LAST_MONTH = dt.date.today().replace(day=1) - dt.timedelta(days=1)


@pytest.fixture
def page(qtbot, db, staff):
    i18n.install("id")
    for n, service in enumerate(("outpatient", "inpatient", "outpatient")):
        person = register_person(staff["intake"], PersonInput(
            full_name=f"Klien {n}", sex="L", id_type="none", no_id_reason="-",
            birth_date=dt.date(1990, 1, 1)))
        episode = open_episode(staff["intake"], person, EpisodeInput(
            service_type=service, reported_on=LAST_MONTH.replace(day=2)))
        consented(staff["intake"], episode)
        admit(staff["intake"], episode, LAST_MONTH.replace(day=3))
    SESSION.sign_in(staff["admin"])
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.payload is not None and not widget.is_computing(),
                    timeout=20_000)  # counted on a worker thread
    yield widget
    SESSION.sign_out()


def block_values(page: ReportsPage, indicator: str) -> tuple[str, str]:
    for top in range(page.tree.topLevelItemCount()):
        topic = page.tree.topLevelItem(top)
        for row in range(topic.childCount()):
            item = topic.child(row)
            if item.data(0, 0x0100) == indicator:
                return item.text(1), item.text(2)
    raise AssertionError(indicator)


def test_last_month_is_shown_with_new_clients(page):
    assert page.selected() == (LAST_MONTH.year, LAST_MONTH.month)
    assert page.payload is not None
    assert block_values(page, "new_clients")[0] == "3"
    assert "sementara" in page.status.text()  # not closed yet


def test_xlsx_export_runs_in_the_background_and_opens(qtbot, page, tmp_path):
    path = tmp_path / "laporan.xlsx"
    page.start_export("xlsx", str(path))
    qtbot.waitUntil(lambda: not page.is_exporting(), timeout=20_000)
    assert page.message.text() == ""
    workbook = load_workbook(path)
    assert len(workbook.sheetnames) >= 5
    numbers = [c.value for ws in workbook for row in ws.iter_rows() for c in row
               if isinstance(c.value, int)]
    assert 3 in numbers  # counts are stored as numbers, not text


def test_a_cancelled_export_writes_nothing(qtbot, page, tmp_path):
    path = tmp_path / "laporan.pdf"
    page.start_export("pdf", str(path))
    page._worker.cancel()
    qtbot.waitUntil(lambda: not page.is_exporting(), timeout=20_000)
    assert not path.exists()
    assert "dibatalkan" in page.message.text()


def test_closing_the_month_freezes_it(qtbot, page):
    """Issue 17 fault 9: closing a month asks first; Enter or Escape on the box keeps it open."""
    assert page.close_button.isVisible()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        page.close_button.click()
        box = page.confirm_box
        assert box.isVisible() and "Tutup" in box.text()
        qtbot.keyClick(box, key)
        qtbot.waitUntil(lambda box=box: not box.isVisible())
        assert TallyClose.select().count() == 0
    page.close_button.click()
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not page.is_computing(), timeout=20_000)
    assert TallyClose.select().count() == 1
    assert "ditutup" in page.status.text()
    assert page.close_button.text().startswith("Buka kembali")


def test_intake_desk_is_refused_in_words(qtbot, db, staff):
    i18n.install("id")
    SESSION.sign_in(staff["intake"])
    try:
        widget = ReportsPage()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: "hak" in widget.message.text(), timeout=20_000)
        assert widget.payload is None
        assert not widget.close_button.isVisible()
    finally:
        SESSION.sign_out()
