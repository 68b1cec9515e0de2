"""A month's export as the Laporan page and ``main.py tally`` both make it
(ui/common/tally_export.py): the format a file name asks for, and the same kinds drawn by
the same renderers whichever side asks."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from models.core.errors import PermissionDenied
from models.safety.audit import AuditEvent
from reports.tally_csv import BOM
from ui.common.tally_export import (
    ExportFormatError,
    closing_line,
    export_tally,
    kind_for_file,
    prepare_tally_export,
)


@pytest.mark.parametrize("name, bnba, semicolon, kind", [
    ("laporan.xlsx", False, False, "xlsx"), ("LAPORAN.PDF", False, False, "pdf"),
    ("laporan.csv", False, False, "csv"), ("laporan.csv", False, True, "csv_semicolon"),
    ("laporan.xlsx", False, True, "xlsx"), ("bnba.xlsx", True, False, "bnba_xlsx"),
    ("bnba.csv", True, True, "bnba_csv_semicolon"),
])
def test_the_file_name_chooses_the_format(name, bnba, semicolon, kind):
    assert kind_for_file(name, bnba=bnba, semicolon=semicolon) == kind


@pytest.mark.parametrize("name, bnba", [("laporan.docx", False), ("laporan", False),
                                        ("bnba.pdf", True)])
def test_a_name_that_is_no_export_format_is_refused(name, bnba):
    with pytest.raises(ExportFormatError):
        kind_for_file(name, bnba=bnba)


def test_the_report_and_the_bnba_are_written_and_audited(staff, tmp_path):
    today = dt.date.today()
    out = tmp_path / "laporan.xlsx"
    report = export_tally(staff["admin"], today.year, today.month, "xlsx", out, suppress=True)
    assert report.rows is None and load_workbook(out).sheetnames[0] == "Klien"
    assert closing_line(report)  # the month is open, and the line says so
    listed = export_tally(staff["admin"], today.year, today.month, "bnba_csv_semicolon",
                          tmp_path / "bnba.csv")
    assert listed.rows == 0 and closing_line(listed) == ""
    data = (tmp_path / "bnba.csv").read_bytes()
    assert data.startswith(BOM.encode("utf-8")) and b";" in data.splitlines()[0]
    with pytest.raises(PermissionDenied):
        prepare_tally_export(staff["intake"], today.year, today.month, "bnba_xlsx")
    events = [(a, d["format"]) for a, d in AuditEvent.select(AuditEvent.action, AuditEvent.detail)
              .where(AuditEvent.action.in_(("tally.export", "bnba.export")))
              .order_by(AuditEvent.id).tuples()]
    assert events == [("tally.export", "xlsx"), ("bnba.export", "csv")]
