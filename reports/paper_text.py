"""Reading back what a Pulih paper prints: the holder's identity rows and the SKHPN result,
from the text layer of its PDF pages, to compare with what the seal signed.

The identity block is the table of :func:`reports.holder.identity_rows` (``Nama : ...``,
``NIK : ...`` or another identity label, ``Tempat, tanggal lahir : <place>, 2 Januari
1990``); the SKHPN result is the upper-case phrase after ``Kesimpulan:``. A value that wraps
continues on the following lines until the next ``label : value`` row.
"""
from __future__ import annotations

import re

from reports.dates import LONG_DATE, parse_long_date
from reports.labels_id import ID_TYPES

_ROW = re.compile(r"^\s*([^:\n]{1,40}?)\s+:\s?(.*)$")
_RESULT = re.compile(r"Kesimpulan:\s*pada\s+saat\s+pemeriksaan,\s*yang\s+bersangkutan\s+"
                     r"(TIDAK\s+TERINDIKASI|TERINDIKASI)\b")
_NUMBER = re.compile(r"^\s*Nomor\s*:\s*(\S+)\s*$", re.M)
_ID_LABELS = set(ID_TYPES.values())
_IDENTITY_KEYS = ("number", "name", "birth_date", "identity")
#: what each kind's paper prints of its seal, so a missing line is a difference too
PRINTED_KEYS = {
    "SKHPN": _IDENTITY_KEYS + ("status",),
    "SKR": _IDENTITY_KEYS, "SKS": _IDENTITY_KEYS, "RUJ": _IDENTITY_KEYS,
    "PST": _IDENTITY_KEYS, "ASM": _IDENTITY_KEYS, "KLD": _IDENTITY_KEYS,
    "KWT": ("number", "name"), "SRT": ("number", "name"),
}
_CARD_STOP = ("Lahir ", "Jenis kelamin", "Alamat", "Tanggal lapor", "Berlaku")


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
            wraps = label in ("Nama", "Telah terima dari") or label in _ID_LABELS or (
                label == "Tempat, tanggal lahir" and not LONG_DATE.search(value))
            if wraps:
                rows[-1] = (label, f"{value} {line.strip()}".strip())
            open_row = wraps
        else:
            open_row = False
    return rows


def birth_date_of(text: str) -> str:
    """``Sukamaju, 2 Januari 1990`` -> ``1990-01-02``; "" when there is no readable date."""
    day = parse_long_date(text)
    return "" if day is None else day.isoformat()


def _card_fields(lines: list[str]) -> dict[str, str]:
    """The Kartu Lapor Diri: ``Label value`` lines without a colon."""
    found: dict[str, str] = {}
    stops = _CARD_STOP + tuple(f"{label} " for label in _ID_LABELS)
    for index, line in enumerate(lines):
        text = line.strip()
        if text.startswith("Nomor ") and "number" not in found and "Halaman" not in text:
            found["number"] = text[len("Nomor "):].strip()
        elif text.startswith("Nama ") and "name" not in found:
            parts = [text[len("Nama "):].strip()]
            for following in lines[index + 1:]:
                if not following.strip() or following.strip().startswith(stops):
                    break
                parts.append(following.strip())
            found["name"] = " ".join(parts)
            nxt = lines[index + len(parts)].strip() if index + len(parts) < len(lines) else ""
            for label in _ID_LABELS:
                if nxt.startswith(label + " "):
                    value = nxt[len(label) + 1:].strip()
                    found["identity"] = "" if value == "-" else value
        elif text.startswith("Lahir ") and "birth_date" not in found:
            found["birth_date"] = birth_date_of(text)
    return found


def _named_after(lines: list[str], label: str) -> str | None:
    """The value of ``label : value`` (the receipt) or the line after ``label`` (the
    certificate), or None."""
    for index, line in enumerate(lines):
        text = line.strip()
        if text.startswith(label):
            rest = text[len(label):].strip()
            if rest.startswith(":"):
                return rest[1:].strip()
            if not rest and index + 1 < len(lines):
                return lines[index + 1].strip()
    return None


def printed_fields(text: str, kind: str = "") -> dict[str, str]:
    """What the paper says, as far as it can be found: keys ``number``, ``name``,
    ``birth_date``, ``identity`` (and ``status`` for an SKHPN). A key is present when the
    paper has the line, with "" when the line is there but says nothing usable; missing
    when the paper has no such line."""
    lines = _lines(text)
    if kind == "KLD":
        return _card_fields(lines)
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
    if kind in ("KWT", "SRT"):
        payer = [value for label, value in rows if label == "Telah terima dari"]
        name = payer[0] if kind == "KWT" and payer else _named_after(
            lines, "Telah terima dari" if kind == "KWT" else "diberikan kepada")
        if name is not None:
            found["name"] = name
    if kind == "SKHPN":
        result = _RESULT.search("\n".join(lines))
        found["status"] = " ".join(result.group(1).split()) if result else ""
    return found
