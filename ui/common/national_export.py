"""A closed month for the national systems: a DHIS2 data value set (JSON or CSV), IHE ADX,
or the signed package for the province. Laporan > National systems and ``main.py exchange``
both write through here; models/ refuses a month that is not closed and audits the export.

What is reported back (the mapping, the number of values) is read from the very payload that
was written, never asked of the database again: another desk may load a new mapping
meanwhile.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.staff.staff import Staff

C = "Cli"
KINDS = ("dhis2_json", "dhis2_csv", "adx", "package")
SUFFIXES = {"dhis2_json": ".json", "dhis2_csv": ".csv", "adx": ".xml", "package": ".zip"}
MSG_FORMAT = QT_TRANSLATE_NOOP(C, "The file name must end in .json or .csv (DHIS2), .xml "
                               "(ADX) or .zip (signed package): {path}")


class NationalFormatError(ValidationError):
    """A file name whose suffix is no national format (its text is marked in "Cli")."""

    context = C


@dataclass(frozen=True)
class NationalExport:
    """What was written.

    Attributes:
        kind: one of :data:`KINDS`.
        period: the month, "YYYY-MM".
        mapping_version: the code mapping the written payload was made with.
        values: the number of data values written.
    """

    kind: str
    period: str
    mapping_version: str
    values: int


def kind_for_file(path: str | Path) -> str:
    """The national format a file name asks for; raises NationalFormatError."""
    suffix = Path(path).suffix.lower()
    for kind, known in SUFFIXES.items():
        if suffix == known:
            return kind
    raise NationalFormatError(MSG_FORMAT, path=str(path))


def export_national(actor: Staff, year: int, month: int, kind: str,
                    out: str | Path) -> NationalExport:
    """Write ``kind`` of the closed month ``year``-``month`` to ``out``, whole or not at all."""
    from models.tallies.exchange_package import build_package, closed_month_payload
    from reports import exchange_formats as fmt
    from reports.tally_progress import write_file
    if kind not in KINDS:
        raise ValueError(f"unknown national format {kind!r}")
    written: list[Mapping[str, Any]] = []
    if kind == "package":
        def package_files(payload: Mapping[str, Any]) -> dict[str, bytes]:
            written.append(payload)
            return fmt.render_package_files(payload)

        data = build_package(actor, year, month, package_files)
    else:
        payload, _report = closed_month_payload(actor, year, month)
        written.append(payload)
        render = {"dhis2_json": fmt.render_dhis2_json, "dhis2_csv": fmt.render_dhis2_csv,
                  "adx": fmt.render_adx}[kind]
        data = render(payload)
    write_file(Path(out), data)
    payload = written[0]
    return NationalExport(kind, f"{year:04d}-{month:02d}", str(payload["mapping_version"]),
                          len(payload["values"]))
