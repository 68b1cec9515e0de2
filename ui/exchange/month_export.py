"""Laporan > National systems: a closed month as DHIS2 JSON or CSV, ADX, or a signed package.

Refused for a month that is not closed (models/ says so, in a sentence shown on the page).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.session import SESSION
from ui.widgets import file_dialogs

C = "NationalExport"
#: kind -> (menu text, file filter, suffix)
KINDS: dict[str, tuple[str, str, str]] = {
    "dhis2_json": (QT_TRANSLATE_NOOP(C, "DHIS2 data value set (.json)"), "JSON (*.json)",
                   ".json"),
    "dhis2_csv": (QT_TRANSLATE_NOOP(C, "DHIS2 data value set, CSV (.csv)"), "CSV (*.csv)",
                  ".csv"),
    "adx": (QT_TRANSLATE_NOOP(C, "IHE ADX (.xml)"), "XML (*.xml)", ".xml"),
    "package": (QT_TRANSLATE_NOOP(C, "Signed package for the province (.zip)"),
                "Zip (*.zip)", ".zip"),
}
MSG_SAVED = QT_TRANSLATE_NOOP(C, "Saved {path} (mapping {mapping}).")


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def export_national(parent, kind: str, year: int, month: int,
                    report_error: Callable[[BaseException], None],
                    report_done: Callable[[str], None]) -> None:
    """Ask where to save, then write ``kind`` of the closed month ``year``-``month``."""
    from ui.common import national_export
    if SESSION.staff is None:
        return
    _label, file_filter, suffix = KINDS[kind]
    name = f"pulih-{year:04d}-{month:02d}-{kind.replace('_', '-')}{suffix}"
    path, _ = file_dialogs.save_file_name(parent, tr("Save for the national systems"), name,
                                          file_filter)
    if not path:
        return
    try:
        written = national_export.export_national(SESSION.staff, year, month, kind, path)
    except Exception as exc:  # noqa: BLE001 - the page decides what it can tell
        report_error(exc)
        return
    report_done(tr(MSG_SAVED).format(path=path, mapping=written.mapping_version))
