"""The monthly report and the BNBA list as CSV: UTF-8 with a byte-order mark.

The BOM makes Excel read the file as UTF-8 instead of the Windows code page. The default is
comma-separated with a dot as the decimal mark (RFC 4180); ``semicolon=True`` gives what an
Excel set to an Indonesian locale opens in columns: semicolons between fields and a comma as
the decimal mark. Whole numbers are written without thousands separators in both, so that
they are read back as numbers.

The monthly report opens with three rows of two fields, the facility, the period and its
status (closed, or SEMENTARA: provisional), and a blank row before the table's header: a
paper printed from the file still says whose figures they are and whether they are final.
Plain rows rather than "#" comment lines, which Excel shows as data anyway.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reports.spreadsheet_cells import BOM, csv_bytes
from reports.tally_progress import Progress, report

__all__ = ["BOM", "render_bnba_csv", "render_tally_csv"]


def _number(value: Any, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", decimal)
    return str(value)


def _write(rows: Iterable[list[Any]], semicolon: bool) -> bytes:
    """Every field neutralised against formula injection (reports/spreadsheet_cells.py)."""
    return csv_bytes(rows, ";" if semicolon else ",")


def render_tally_csv(payload: dict[str, Any], semicolon: bool = False,
                     progress: Progress = None) -> bytes:
    """One row per indicator total and per breakdown item, under one header row:
    group, indicator, breakdown, this month, year to date, annual target, achievement (%)."""
    texts = payload["texts"]
    decimal = "," if semicolon else "."
    rows = _preamble(payload) + [[texts["topic"], texts["indicator"], texts["item"],
             f"{texts['month']} ({payload['period_label']})",
             f"{texts['ytd']} ({payload['ytd_label']})", texts["target"],
             f"{texts['achievement']} (%)"]]
    sheets = payload["sheets"]
    for step, sheet in enumerate(sheets):
        report(progress, step, len(sheets))
        for block in sheet["blocks"]:
            rows.append([sheet["title"], block["label"], texts["total"],
                         _number(block["month"], decimal), _number(block["ytd"], decimal),
                         _number(block["target"], decimal),
                         _number(block["achievement"], decimal)])
            for item in block["rows"]:
                rows.append([sheet["title"], block["label"], item["label"],
                             _number(item["month"], decimal), _number(item["ytd"], decimal),
                             "", ""])
    if payload.get("audit_checkpoint"):  # a closed month: the signed audit checkpoint last
        rows.append([texts["checkpoint"], payload["audit_checkpoint"]])
    report(progress, len(sheets), len(sheets))
    return _write(rows, semicolon)


def facility_text(payload: dict[str, Any]) -> str:
    """The facility's name (the last letterhead line) and code: "BNN Kota X (BNNK-X)"."""
    facility = payload.get("facility") or {}
    names = facility.get("name_lines") or []
    name = names[-1] if names else ""
    code = facility.get("code") or ""
    return f"{name} ({code})" if name and code else name or code


def _preamble(payload: dict[str, Any]) -> list[list[Any]]:
    texts = payload["texts"]
    return [[texts["facility"], facility_text(payload)],
            [texts["period"], payload["period_label"]],
            [texts["status_label"], texts["provisional_mark"], payload["status"]]
            if payload.get("provisional") else [texts["status_label"], payload["status"]], []]


def render_bnba_csv(payload: dict[str, Any], semicolon: bool = False,
                    progress: Progress = None) -> bytes:
    """The BNBA list: the facility, the month and what the list is (confidential), a blank
    row, a header row, then one row per client; dates as YYYY-MM-DD."""
    texts = payload.get("texts") or {}
    rows = [[texts.get("facility", ""), payload.get("facility_text", "")],
            [texts.get("period", ""), payload.get("period_label", "")],
            [texts.get("status_label", ""), payload.get("notice", "")], []] \
        if texts else []
    rows.append(list(payload["columns"]))
    total = len(payload["rows"])
    for index, values in enumerate(payload["rows"]):
        if not index % 1000:
            report(progress, index, total)
        rows.append(list(values))
    report(progress, total, total)
    return _write(rows, semicolon)
