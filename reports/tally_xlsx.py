"""The monthly report and the BNBA list as XLSX workbooks (openpyxl).

One sheet per topic, then the annual targets and the definitions. Labels come translated in
the payload (Indonesian for the ministries); numbers are stored as numbers (a hidden small
count as the text "<5"), percentages as fractions in a percent format, money with thousands
separators. Each sheet has its header row frozen and repeated on every printed page, and is
set up for A4, one page wide. A month still open says SEMENTARA under the title and in
the printed page header of every sheet; the first sheet and the targets end with the
signature block (acknowledged by the head of the facility, with NIP).
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reports.dates import long_date_or_text
from reports.letterhead import nip_text
from reports.spreadsheet_cells import put
from reports.tally_progress import Progress, report

WIDTHS = (42, 44, 16, 24, 14, 12)
FORBIDDEN = set('[]:*?/\\')


def _sheet_title(title: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("-" if ch in FORBIDDEN else ch for ch in title).strip() or "Sheet"
    name, n = clean[:31], 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = clean[:31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _print_setup(ws: Any, header_row: int, landscape: bool, page_text: str) -> None:
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = page_text.replace("{page}", "&P")


def _heading(ws: Any, payload: dict[str, Any], lines: Sequence[str]) -> int:
    """Facility name, then ``lines``; returns the next free row."""
    from openpyxl.styles import Font
    names = payload.get("facility", {}).get("name_lines") or []
    row = 1
    if names:
        put(ws, row, 1, names[-1]).font = Font(bold=True, size=12)
        row += 1
    mark = payload["texts"]["provisional_mark"] if payload.get("provisional") else None
    for index, line in enumerate(lines):
        if index == 1 and mark:  # under the title: these figures may still change
            put(ws, row, 1, mark).font = Font(bold=True, size=14, color="CC0000")
            row += 1
        put(ws, row, 1, line).font = Font(bold=index == 0,
                                                           italic=index > 0, size=11)
        row += 1
    return row + 1


def _header(ws: Any, row: int, titles: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    fill = PatternFill("solid", fgColor="D9E2F3")
    edge = Side(style="thin", color="808080")
    for column, title in enumerate(titles, 1):
        cell = put(ws, row, column, title)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = Border(bottom=edge, top=edge)
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="left" if column <= 2 else "center")


def _number(ws: Any, row: int, column: int, value: Any, unit: str = "count") -> None:
    from openpyxl.styles import Alignment
    cell = put(ws, row, column, value)
    if isinstance(value, (int, float)):
        cell.number_format = "#,##0"
    else:
        cell.alignment = Alignment(horizontal="right")


def _percent(ws: Any, row: int, column: int, value: float | None) -> None:
    if value is None:
        return
    cell = put(ws, row, column, value / 100)
    cell.number_format = "0.0%"


def render_tally_xlsx(payload: dict[str, Any], progress: Progress = None) -> bytes:
    """The monthly report as an XLSX file's bytes; ``progress`` may cancel (see
    :mod:`reports.tally_progress`)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    texts = payload["texts"]
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the sheet a new workbook starts with (wb.active)
    used: set[str] = set()
    total_steps = len(payload["sheets"]) + 2
    lines = [f"{texts['title']} \u2013 {payload['period_label']}", payload["status"]]
    if payload.get("suppressed"):
        lines.append(texts["suppressed"])
    columns = [texts["indicator"], texts["item"], f"{texts['month']}\n{payload['period_label']}",
               f"{texts['ytd']}\n{payload['ytd_label']}", texts["target"], texts["achievement"]]
    for step, sheet in enumerate(payload["sheets"]):
        report(progress, step, total_steps)
        first_sheet = step == 0
        ws = wb.create_sheet(_sheet_title(sheet["title"], used))
        row = _heading(ws, payload, [f"{sheet['title']} \u2013 {payload['period_label']}"]
                       + lines[1:])
        header = row
        _header(ws, header, columns)
        row += 1
        for block in sheet["blocks"]:
            put(ws, row, 1, block["label"]).font = Font(bold=True)
            put(ws, row, 2, texts["total"]).font = Font(bold=True)
            _number(ws, row, 3, block["month"], block["unit"])
            _number(ws, row, 4, block["ytd"], block["unit"])
            if block["target"] is not None:
                _number(ws, row, 5, block["target"])
                _percent(ws, row, 6, block["achievement"])
            for column in (3, 4):
                ws.cell(row=row, column=column).font = Font(bold=True)
            row += 1
            for item in block["rows"]:
                put(ws, row, 2, item["label"])
                _number(ws, row, 3, item["month"], block["unit"])
                _number(ws, row, 4, item["ytd"], block["unit"])
                row += 1
            row += 1
        if first_sheet:
            _signature(ws, row + 1, payload)
        _finish(ws, header, texts["page"], WIDTHS, landscape=False)
    report(progress, len(payload["sheets"]), total_steps)
    ws = wb.create_sheet(_sheet_title(texts["targets"], used))
    header = _heading(ws, payload, [f"{texts['targets']} \u2013 {payload['ytd_label']}",
                                    payload["status"]])
    _header(ws, header, [texts["indicator"], texts["ytd"], texts["target"],
                         texts["achievement"]])
    for row, item in enumerate(payload["targets"], header + 1):
        put(ws, row, 1, item["label"])
        _number(ws, row, 2, item["ytd"])
        _number(ws, row, 3, item["target"])
        _percent(ws, row, 4, item["achievement"])
    _signature(ws, header + len(payload["targets"]) + 2, payload)
    _finish(ws, header, texts["page"], (46, 20, 16, 14), landscape=False)
    report(progress, len(payload["sheets"]) + 1, total_steps)
    ws = wb.create_sheet(_sheet_title(texts["definitions"], used))
    header = _heading(ws, payload, [texts["definitions"], payload["status"], payload["made"]])
    _header(ws, header, [texts["indicator"], texts["definitions"]])
    row = header + 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for rule in payload["rules"]:
        put(ws, row, 1, texts["rules"]).alignment = wrap
        put(ws, row, 2, rule).alignment = wrap
        row += 1
    for item in payload["definitions"]:
        put(ws, row, 1, item["label"]).alignment = wrap
        put(ws, row, 2, item["text"]).alignment = wrap
        row += 1
    _finish(ws, header, texts["page"], (36, 90), landscape=False)
    if payload.get("audit_checkpoint"):
        _checkpoint_sheet(wb, payload, used)
    _mark_provisional(wb, payload)
    report(progress, total_steps, total_steps)
    return _save(wb)


def _signature(ws: Any, row: int, payload: dict[str, Any]) -> None:
    """The signature block from ``row`` down: the head of the facility on the left (column
    A), the place, date and the one who prepared it on the right (column D)."""
    from openpyxl.styles import Font
    sign, texts = payload.get("signature") or {}, payload["texts"]
    place = sign.get("place", "")
    date = long_date_or_text(sign.get("date"))
    put(ws, row, 4, f"{place}, {date}" if place else date)
    put(ws, row + 1, 1, texts["acknowledged"])
    put(ws, row + 2, 1, sign.get("head_position", ""))
    put(ws, row + 1, 4, texts["prepared"])
    put(ws, row + 6, 1, sign.get("head_name", "")).font = Font(bold=True, underline="single")
    put(ws, row + 6, 4, sign.get("prepared_by", "")).font = Font(bold=True, underline="single")
    if sign.get("head_nip"):
        put(ws, row + 7, 1, f"NIP. {nip_text(sign['head_nip'])}")


def _mark_provisional(wb: Any, payload: dict[str, Any]) -> None:
    """Every sheet of an open month prints SEMENTARA in red at the top of each page."""
    if not payload.get("provisional"):
        return
    for ws in wb.worksheets:
        ws.oddHeader.center.text = payload["texts"]["provisional_mark"]
        ws.oddHeader.center.font = "Arial,Bold"
        ws.oddHeader.center.size = 14
        ws.oddHeader.center.color = "CC0000"


def _checkpoint_sheet(wb: Any, payload: dict[str, Any], used: set[str]) -> None:
    """The signed audit checkpoint of a closed month: its line of text in cell A4."""
    from openpyxl.styles import Alignment, Font
    texts = payload["texts"]
    ws = wb.create_sheet(_sheet_title(texts["checkpoint"], used))
    put(ws, 1, 1, texts["checkpoint"]).font = Font(bold=True, size=12)
    put(ws, 2, 1, texts["checkpoint_note"]).alignment = Alignment(wrap_text=True)
    put(ws, 4, 1, payload["audit_checkpoint"]).font = Font(name="Courier New", size=8)
    ws.column_dimensions["A"].width = 120
    ws.row_dimensions[2].height = 30


def _finish(ws: Any, header: int, page_text: str, widths: Sequence[int],
            landscape: bool) -> None:
    from openpyxl.utils import get_column_letter
    for column, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[header].height = 32
    _print_setup(ws, header, landscape, page_text)


def _save(wb: Any) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def render_bnba_xlsx(payload: dict[str, Any], progress: Progress = None) -> bytes:
    """The BNBA list as an XLSX file's bytes: one sheet, dates as dates, NIK as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws = wb.worksheets[0]  # a new workbook's one sheet (wb.active, typed as optional)
    ws.title = _sheet_title(payload["month"], set())
    row = 1
    put(ws, row, 1, f"{payload['title']} \u2013 {payload['period_label']}"
            ).font = Font(bold=True, size=12)
    put(ws, row + 1, 1, payload["notice"]).font = Font(italic=True,
                                                                       color="A00000")
    header = row + 3
    _header(ws, header, payload["columns"])
    kinds, rows = payload["kinds"], payload["rows"]
    total = len(rows)
    for index, values in enumerate(rows):
        if not index % 500:
            report(progress, index, total)
        excel_row = header + 1 + index
        for column, (value, kind) in enumerate(zip(values, kinds), 1):
            cell = put(ws, excel_row, column, value)
            if kind == "date" and value is not None:
                cell.number_format = "DD/MM/YYYY"
            elif kind == "text":
                cell.number_format = "@"  # a NIK must stay 16 digits, not become 3.27E+15
    report(progress, total, total)
    widths = (6, 28, 19, 11, 12, 6, 34, 9, 16, 16, 18, 16, 22, 20, 22, 12, 12, 10)
    _finish(ws, header, "{page}", widths[:len(payload["columns"])], landscape=True)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(kinds))}{header + max(total, 1)}"
    return _save(wb)
