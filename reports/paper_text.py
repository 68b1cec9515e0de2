"""Reading back what a Pulih paper prints: the holder's identity rows and the SKHPN result,
from the text layer of its PDF pages, to compare with what the seal signed.

The identity block is the table of :func:`reports.holder.identity_rows` (``Nama : ...``,
``NIK : ...`` or another identity label, ``Tempat, tanggal lahir : <place>, 2 Januari
1990``); the SKHPN result is the upper-case phrase after ``Kesimpulan:``. A value that wraps
continues on the following lines until the next ``label : value`` row.
"""
from __future__ import annotations

import datetime as dt
import re

from reports.labels_id import ID_TYPES
from reports.letterhead import MONTHS

_ROW = re.compile(r"^\s*([^:\n]{1,40}?)\s+:\s?(.*)$")
_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$")
_RESULT = re.compile(r"Kesimpulan:.*?\b(TIDAK\s+TERINDIKASI|TERINDIKASI)\b", re.S)
_NUMBER = re.compile(r"^\s*Nomor\s*:\s*(\S+)\s*$", re.M)
_ID_LABELS = set(ID_TYPES.values())


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _rows(lines: list[str]) -> list[tuple[str, str]]:
    """``label : value`` rows in order, wrapped values joined with a space."""
    rows: list[tuple[str, str]] = []
    open_row = False
    for line in lines:
        match = _ROW.match(line)
        if match:
            rows.append((match.group(1).strip(), match.group(2).strip()))
            open_row = True
        elif open_row and rows and line.strip():
            label, value = rows[-1]
            if label in ("Nama", "Tempat, tanggal lahir") or label in _ID_LABELS:
                rows[-1] = (label, f"{value} {line.strip()}".strip())
            open_row = label in ("Nama",) or label in _ID_LABELS
        else:
            open_row = False
    return rows


def birth_date_of(text: str) -> str:
    """``Sukamaju, 2 Januari 1990`` -> ``1990-01-02``; "" when there is no readable date."""
    match = _DATE.search(text.strip())
    if not match or match.group(2) not in MONTHS:
        return ""
    try:
        day = dt.date(int(match.group(3)), MONTHS.index(match.group(2)) + 1,
                      int(match.group(1)))
    except ValueError:
        return ""
    return day.isoformat()


def printed_fields(text: str, kind: str = "") -> dict[str, str]:
    """What the paper says, as far as it can be found: keys ``number``, ``name``,
    ``birth_date``, ``identity`` (and ``status`` for an SKHPN). A key is present when the
    paper has the line, with "" when the line is there but says nothing usable; missing
    when the paper has no such line."""
    lines = _lines(text)
    found: dict[str, str] = {}
    number = _NUMBER.search("\n".join(lines))
    if number:
        found["number"] = number.group(1)
    rows = _rows(lines)
    for index, (label, value) in enumerate(rows):
        if label == "Nama" and "name" not in found:
            found["name"] = value
            following = rows[index + 1] if index + 1 < len(rows) else None
            if following is not None and following[0] in _ID_LABELS:
                found["identity"] = "" if following[1] in ("", "-") else following[1]
        elif label == "Tempat, tanggal lahir" and "birth_date" not in found:
            found["birth_date"] = birth_date_of(value)
    if kind == "SKHPN":
        result = _RESULT.search("\n".join(lines))
        found["status"] = " ".join(result.group(1).split()) if result else ""
    return found
