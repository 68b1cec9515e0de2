"""The monthly PTRM summary as CSV and XLSX: the facility, the month, the definitions
version, then one row per figure with its definition. Plain data in (rows of label, value,
definition already translated), bytes out; every text cell is formula-safe."""
from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reports.spreadsheet_cells import csv_bytes, put


def _rows(payload: dict[str, Any]) -> list[list[Any]]:
    head = payload["headings"]
    rows: list[list[Any]] = [[head["facility"], payload["facility"]],
                             [head["month"], payload["month"]],
                             [head["version"], payload["definitions_version"]], [],
                             [head["figure"], head["value"], head["definition"]]]
    rows += [[label, value, definition] for label, value, definition in payload["figures"]]
    return rows


def render_ptrm_csv(payload: dict[str, Any]) -> bytes:
    return csv_bytes(_rows(payload))


def render_ptrm_xlsx(payload: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.worksheets[0]  # a new workbook's one sheet (wb.active, typed as optional)
    ws.title = "PTRM"
    rows: Sequence[list[Any]] = _rows(payload)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            cell = put(ws, r, c, value)
            if r == 5:
                cell.font = Font(bold=True)
            if c == 3:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 90
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
