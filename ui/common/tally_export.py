"""A month's report (or its by-name BNBA list) exported to a file: the Laporan page and
``main.py tally`` both go through here.

Exporting is two steps. :func:`prepare_tally_export` reads the figures and records the export
in the audit trail (models/); :meth:`PreparedExport.render_bytes` draws the file (reports/:
plain data in, bytes out, no database), which the Laporan page runs on a worker thread with
progress and cancel. :func:`export_tally` does both and writes the file whole or not at all.
Files that leave the facility are always in Indonesian (:func:`indonesian`), whatever the
interface language.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.staff.staff import Staff
from reports.tally_progress import Progress
from ui import i18n

Translate = Callable[[str, str], str]
C = "Cli"
#: what can be exported; "_semicolon": CSV with semicolons and a decimal comma (Excel set to
#: Indonesian)
KINDS = ("xlsx", "csv", "csv_semicolon", "pdf", "bnba_xlsx", "bnba_csv", "bnba_csv_semicolon")
MSG_FORMAT = QT_TRANSLATE_NOOP(C, "The file name must end in .xlsx, .csv or .pdf (the format "
                               "follows it): {path}")
MSG_BNBA_FORMAT = QT_TRANSLATE_NOOP(C, "The BNBA list is exported as .xlsx or .csv.")


class ExportFormatError(ValidationError):
    """A file name whose suffix is no export format (its text is marked in "Cli")."""

    context = C


def indonesian() -> Translate:
    """A translate(context, text) that always gives Bahasa Indonesia (official papers)."""
    translator = QTranslator()
    translator.load(str(i18n.I18N_DIR / "pulih_id.qm"))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined] # keep it alive
    return translate


def kind_for_file(path: str | Path, *, bnba: bool = False, semicolon: bool = False) -> str:
    """The export kind a file name asks for (its suffix); raises ExportFormatError for a
    suffix that is no export format, or a BNBA list asked for as PDF."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".csv", ".pdf"):
        raise ExportFormatError(MSG_FORMAT, path=str(path))
    if bnba and suffix == ".pdf":
        raise ExportFormatError(MSG_BNBA_FORMAT)
    kind = ("bnba_" if bnba else "") + suffix[1:]
    return kind + "_semicolon" if semicolon and suffix == ".csv" else kind


def is_bnba(kind: str) -> bool:
    return kind.startswith("bnba_")


def _renderer(kind: str) -> tuple[Callable[..., bytes], dict[str, Any]]:
    """The renderer of ``kind`` and its options."""
    fmt = kind.removeprefix("bnba_")
    if fmt == "xlsx":
        from reports.tally_xlsx import render_bnba_xlsx, render_tally_xlsx
        return (render_bnba_xlsx if is_bnba(kind) else render_tally_xlsx), {}
    if fmt == "pdf":
        from reports.tally_pdf import render_tally_pdf
        return render_tally_pdf, {}
    from reports.tally_csv import render_bnba_csv, render_tally_csv
    return ((render_bnba_csv if is_bnba(kind) else render_tally_csv),
            {"semicolon": fmt == "csv_semicolon"})


@dataclass(frozen=True)
class PreparedExport:
    """An export read and audited, ready to draw.

    Attributes:
        kind: one of :data:`KINDS`.
        payload: the renderer's plain data (all text already in Indonesian).
        render: the renderer, called as ``render(payload, progress=..., **options)``.
        options: the renderer's options (the CSV separator).
        period: the month as people say it ("Maret 2026"), in the interface language.
        rows: the number of clients of a BNBA list; None for the report.
    """

    kind: str
    payload: dict[str, Any]
    render: Callable[..., bytes]
    options: dict[str, Any] = field(default_factory=dict)
    period: str = ""
    rows: int | None = None

    def render_bytes(self, progress: Progress = None) -> bytes:
        return self.render(self.payload, progress=progress, **self.options)


def prepare_tally_export(actor: Staff, year: int, month: int, kind: str, *,
                         suppress: bool = False, report: Any = None) -> PreparedExport:
    """Read the month and record the export (rights checked by models/); nothing is drawn.

    ``suppress``: counts from 1 to 4 shown as "<5" (not for BNBA, which names people).
    ``report``: the month's report already counted for the screen, so it is not counted
    twice.
    """
    from models.tallies.export import export_month, period_label
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    papers = indonesian()
    fmt = kind.removeprefix("bnba_").split("_")[0]
    if is_bnba(kind):
        from models.tallies.bnba import bnba_export
        payload = bnba_export(actor, year, month, fmt, papers)
        rows: int | None = len(payload["rows"])
    else:
        payload = export_month(actor, year, month, fmt, papers, suppress=suppress,
                               report=report)
        rows = None
    render, options = _renderer(kind)
    return PreparedExport(kind, payload, render, options,
                          period_label(year, month, i18n.translate), rows)


def closing_line(prepared: PreparedExport) -> str:
    """Whether the exported month was closed (by whom, when) or still open; "" for BNBA."""
    from models.tallies.export import TEXTS
    if prepared.rows is not None:
        return ""
    closed = prepared.payload.get("closed")
    return (i18n.translate("Indicators", TEXTS["closed"]).format(**closed) if closed
            else i18n.translate("Indicators", TEXTS["open"]))


def export_tally(actor: Staff, year: int, month: int, kind: str, out: str | Path, *,
                 suppress: bool = False) -> PreparedExport:
    """Prepare, draw and write ``out`` whole or not at all: ``main.py tally``'s use case."""
    from reports.tally_progress import write_file
    prepared = prepare_tally_export(actor, year, month, kind, suppress=suppress)
    write_file(Path(out), prepared.render_bytes())
    return prepared
