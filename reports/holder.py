"""The holder's identity as papers print it, and the common start of every renderer."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reports.dates import long_date
from reports.labels_id import ID_TYPES, SEX, label
from reports.letterhead import Letterhead, Marks


def birth_text(person: dict[str, Any]) -> str:
    """Place and date of birth, only what is known: ``Sukamaju, 2 Januari 1990``,
    ``2 Januari 1990`` or ``Sukamaju`` ("" when neither is known)."""
    place = (person.get("birth_place") or "").strip()
    date = long_date(person.get("birth_date")) if person.get("birth_date") else ""
    return ", ".join(part for part in (place, date) if part)


def identity_rows(person: dict[str, Any], *, occupation: bool = True,
                  address: bool = True) -> list[tuple[str, str]]:
    """Name, identity number, sex, place and date of birth, occupation, address; a fact
    that is not known is left out rather than printed as "-"."""
    id_type = person.get("id_type") or ("nik" if person.get("nik") else "none")
    number = person.get("nik") or person.get("id_number") or ""
    rows = [("Nama", person.get("name", ""))]
    if number:
        rows.append((label(ID_TYPES, id_type), number))
    rows.append(("Jenis kelamin", label(SEX, person.get("sex"))))
    born = birth_text(person)
    if born:  # one label whatever is known, so verify reads the row back (paper_text)
        rows.append(("Tempat, tanggal lahir", born))
    if occupation and person.get("occupation"):
        rows.append(("Pekerjaan", person["occupation"]))
    if address and (person.get("address") or "").strip():
        rows.append(("Alamat", person["address"]))
    return rows


@dataclass(frozen=True)
class PrintOptions:
    """How to print a frozen payload.

    Attributes:
        copy: a reprint, marked SALINAN.
        voided: the register says it was voided: marked DIBATALKAN.
        logo: the facility's logo (PNG or JPEG bytes), or None.
        invariant: identical bytes for identical input (tests, reprint comparisons).
    """

    copy: bool = False
    voided: bool = False
    logo: bytes | None = None
    invariant: bool = False


def page_setup(payload: dict[str, Any], options: PrintOptions) -> tuple[Letterhead, Marks, str]:
    """The letterhead, page marks and author of a payload."""
    facility = payload.get("facility") or {}
    letterhead = Letterhead.from_payload(facility, options.logo)
    marks = Marks(payload.get("number", ""), options.copy, options.voided)
    author = " ".join(facility.get("name_lines") or [])[-200:]
    return letterhead, marks, author
