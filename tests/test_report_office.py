"""Reports an office accepts (issue 17, fault 10): a signature block from the facility
profile ("Mengetahui, <head's position>", name, NIP) and a SEMENTARA mark on a month still
open, in the PDF and the XLSX; facility, period and status at the top of every CSV, in rows
Indonesian Excel opens as they are; one fixed colour per chart series, shared by the screen
and the PDF."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from models.admin.facility_admin import save_facility
from models.tallies.close import close_month
from models.tallies.export import export_month
from reports.tally_csv import render_tally_csv
from reports.tally_pdf import render_tally_pdf
from reports.tally_xlsx import render_tally_xlsx
from tests.doc_world import FACILITY
from ui.common.tally_export import indonesian

ID = indonesian()
NOW = dt.datetime(2025, 7, 3, 9, 0)
sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(
        io.BytesIO(data)).pages)


@pytest.fixture
def admin(staff):
    save_facility(staff["admin"], FACILITY)
    return staff["admin"]


@sqlite_only
def test_an_open_month_is_marked_sementara_and_signed_by_the_head(admin):
    payload = export_month(admin, 2025, 6, "pdf", ID, now=NOW)
    text = pdf_text(render_tally_pdf(payload, invariant=True))
    assert "SEMENTARA" in text
    assert "Mengetahui," in text and "Kepala BNN Kota Sukamaju" in text
    assert "Drs. Hendra Kusumawijaya, M.Si." in text
    assert "NIP. 19730315 200003 1 002" in text
    assert "Sukamaju, 3 Juli 2025" in text and "Admin Fasilitas" in text
    wb = load_workbook(io.BytesIO(render_tally_xlsx(payload)))
    for ws in wb.worksheets:
        values = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c]
        assert any(v.startswith("SEMENTARA") for v in values[:4]), ws.title
        assert "SEMENTARA" in ws.oddHeader.center.text
    first = wb.worksheets[0]
    cells = [str(c) for row in first.iter_rows(values_only=True) for c in row if c]
    assert "Mengetahui," in cells and "NIP. 19730315 200003 1 002" in cells


@sqlite_only
def test_a_closed_month_carries_no_sementara_mark(admin):
    close_month(admin, 2025, 5, now=NOW)
    payload = export_month(admin, 2025, 5, "pdf", ID, now=NOW)
    text = pdf_text(render_tally_pdf(payload, invariant=True))
    assert "SEMENTARA" not in text and "Mengetahui," in text
    wb = load_workbook(io.BytesIO(render_tally_xlsx(payload)))
    assert all("SEMENTARA" not in str(c) for ws in wb.worksheets
               for row in ws.iter_rows(values_only=True) for c in row if c)


@sqlite_only
@pytest.mark.parametrize("semicolon", [False, True])
def test_every_csv_says_facility_period_and_status_first(admin, semicolon):
    payload = export_month(admin, 2025, 6, "csv", ID, now=NOW)
    data = render_tally_csv(payload, semicolon=semicolon).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data), delimiter=";" if semicolon else ","))
    assert rows[0] == ["Fasilitas", "Badan Narkotika Nasional Kota Sukamaju (BNNK-SM)"]
    assert rows[1] == ["Periode", "Juni 2025"]
    assert rows[2][0] == "Status" and rows[2][1].startswith("SEMENTARA")
    assert rows[3] == []  # a blank row, then the table's own header
    assert rows[4][:3] == ["Kelompok", "Indikator", "Rincian"]
    # Every row has the table's column count or fewer: nothing Excel would split oddly.
    assert max(len(r) for r in rows) == len(rows[4])


def test_chart_colours_are_fixed_and_shared_by_screen_and_pdf():
    from reports import tally_pdf
    from reports.chart_colours import SERIES, series_colour
    assert series_colour(0) == SERIES[0] and series_colour(len(SERIES)) == SERIES[0]
    pdf = tally_pdf._colour(1)
    assert (round(pdf.red * 255), round(pdf.green * 255), round(pdf.blue * 255)) == \
        tuple(int(SERIES[1][i:i + 2], 16) for i in (1, 3, 5))


def test_laporan_page_hides_small_counts_the_moment_it_is_ticked(qtbot, staff, monkeypatch):
    """No second click on Tampilkan; every count column of every row follows the box; long
    labels keep a tooltip with the whole text; the screen's chart colours are the PDF's."""
    from PySide6.QtGui import QColor

    from models.intake.intake import EpisodeInput, admit, open_episode
    from models.people.registry import PersonInput, register_person
    from reports.chart_colours import series_colour
    from tests.consent import consented
    from tests.test_reports_ui import LAST_MONTH
    from ui import i18n
    from ui.reports.charts import short_label
    from ui.reports.reports_page import ReportsPage
    from ui.session import SESSION
    i18n.install("id")
    for n in range(3):
        person = register_person(staff["intake"], PersonInput(
            full_name=f"Klien {n}", sex="L", id_type="none", no_id_reason="-",
            birth_date=dt.date(1990, 1, 1)))
        episode = open_episode(staff["intake"], person, EpisodeInput(
            service_type="outpatient", reported_on=LAST_MONTH.replace(day=2)))
        consented(staff["intake"], episode)
        admit(staff["intake"], episode, LAST_MONTH.replace(day=3))
    SESSION.sign_in(staff["admin"])
    page = ReportsPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitUntil(lambda: page.payload is not None and not page.is_computing(),
                    timeout=20_000)
    try:
        def texts() -> list[str]:
            out = []
            for top in range(page.tree.topLevelItemCount()):
                topic = page.tree.topLevelItem(top)
                for row in range(topic.childCount()):
                    item = topic.child(row)
                    out += [item.text(c) for c in (1, 2)]
                    out += [item.child(k).text(c) for k in range(item.childCount())
                            for c in (1, 2)]
            return out
        assert "3" in texts()
        page.suppress.setChecked(True)  # no other click
        assert not any(t in ("1", "2", "3", "4") for t in texts())
        assert "<5" in texts()
        page.suppress.setChecked(False)
        assert "3" in texts()
        # Every row of the tree carries its whole label as a tooltip.
        topic = page.tree.topLevelItem(0)
        child = topic.child(1).child(0)
        assert child.toolTip(0).endswith(child.text(0)) and child.toolTip(0)
        long = "Amfetamin dan turunannya termasuk metamfetamin (sabu)"
        assert len(short_label(long)) == 28 and short_label(long).startswith("Amfetamin")
        bars = page.substances.chart().series()[0].barSets()[0]
        assert bars.color() == QColor(series_colour(0))
        from ui.reports.charts import month_labels
        assert month_labels(["Des 25", "Jan 26", "Feb 26"]) == ["Des<br>25", "Jan<br>26", "Feb"]
        lines = page.trend.chart().series()
        assert [s.color() for s in lines] == [QColor(series_colour(i)) for i in
                                             range(len(lines))]
    finally:
        SESSION.sign_out()
