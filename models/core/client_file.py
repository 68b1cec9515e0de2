"""Reading a facility's existing client list: XLSX or CSV as Indonesian Excel writes it.

CSV comes comma- or semicolon-separated (Excel in an Indonesian locale uses the semicolon),
in UTF-8 (with or without a byte-order mark) or the Windows code page; the separator is
taken from the header line. XLSX is read with openpyxl (first sheet, values only). Every
cell arrives as text; dates are read by :func:`parse_date` in the usual Indonesian forms.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError

T = QT_TRANSLATE_NOOP
F_FILE = T("Exchange", "Client list file")
MSG_UNREADABLE = T("Errors", "The client list cannot be read: {detail}. Save it from the "
                   "spreadsheet as .xlsx or .csv and choose it again.")
MSG_EMPTY = T("Errors", "The client list has no rows under its header line.")
MAX_ROWS = 200_000
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "may": 5,
}
_NUMERIC = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_WORDS = re.compile(r"(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.]+(\d{2,4})")


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # 95 -> 1995, 05 -> 2005 (never a birth year in the future)
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date written as 17-08-1995, 17/08/1995, 17.08.95, 1995-08-17, 17 Agustus 1995 or
    17-Agu-1995 (day first, as Indonesia writes it); None when empty; ValueError when it is
    none of these or not a real day."""
    today = today or dt.date.today()
    raw = " ".join(str(text or "").split())
    if not raw:
        return None
    raw = raw.split(" 00:00")[0]  # a datetime Excel wrote as text
    match = _NUMERIC.fullmatch(raw)
    if match:
        a, b, c = match.groups()
        if len(a) == 4:
            return dt.date(int(a), int(b), int(c))
        return dt.date(_year(c, today), int(b), int(a))
    match = _WORDS.fullmatch(raw)
    if match:
        day, name, year = match.groups()
        month = MONTHS.get(name.lower())
        if month is None:
            raise ValueError(f"unknown month {name!r}")
        return dt.date(_year(year, today), month, int(day))
    raise ValueError(f"not a date: {raw[:30]!r}")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a NIK or phone Excel stored as a number
    return str(value).strip()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(MSG_UNREADABLE, field=F_FILE, detail="unknown text encoding")


def read_table(file_name: str, data: bytes) -> tuple[list[str], list[list[str]]]:
    """The header line and the rows of a client list (every cell as text)."""
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        rows = _read_xlsx(data)
    else:
        text = _decode(data)
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        try:
            rows = [[c.strip() for c in row]
                    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        except csv.Error as exc:
            raise ValidationError(MSG_UNREADABLE, field=F_FILE, detail=str(exc)) from None
    rows = [row for row in rows if any(cell for cell in row)]
    if len(rows) < 2:
        raise ValidationError(MSG_EMPTY, field=F_FILE)
    if len(rows) > MAX_ROWS + 1:
        raise ValidationError(MSG_UNREADABLE, field=F_FILE, detail=f"more than {MAX_ROWS} rows")
    header = [" ".join(h.split()) for h in rows[0]]
    width = len(header)
    return header, [(row + [""] * width)[:width] for row in rows[1:]]


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise ValidationError(MSG_UNREADABLE, field=F_FILE,
                              detail=type(exc).__name__) from None
    try:
        ws = wb.worksheets[0]
        return [[_cell(value) for value in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
