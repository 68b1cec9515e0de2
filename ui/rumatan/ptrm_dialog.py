"""The monthly PTRM summary in the Laporan page: a button beside the month picker opens the
figures of the chosen month with their written definitions, exported as CSV or XLSX."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.facility.facility import facility
from models.rumatan.summary import FIGURES, PtrmSummary, export_summary, month_summary
from models.staff.rights import Action, Area, has_right
from reports.dates import month_year, short_date
from ui.i18n import language
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import show_failure


def _value_text(key: str, value: float) -> str:
    if key == "average_mg":
        return f"{value:.1f}".replace(".", ",")
    return str(int(value))


class PtrmButton(QPushButton):
    """Opens the summary of the month ``selected()`` returns (year, month)."""

    def __init__(self, parent: QWidget, selected: Callable[[], tuple[int, int]]) -> None:
        super().__init__(parent)
        self.setObjectName("ptrm_summary")
        self._selected = selected
        self.clicked.connect(self.open_summary)
        self.retranslate_ui()

    def open_summary(self) -> PtrmDialog | None:
        year, month = self._selected()
        try:
            summary = month_summary(SESSION.staff, year, month)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
            return None
        dialog = PtrmDialog(self.window(), summary)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("PTRM summary..."))
        self.setToolTip(self.tr("The month's rumatan (methadone) figures with definitions"))


class PtrmDialog(QDialog):
    """The figures, their definitions, and the exports."""

    def __init__(self, parent: QWidget | None, summary: PtrmSummary) -> None:
        super().__init__(parent)
        self.setObjectName("ptrm_dialog")
        self.summary = summary
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(FIGURES) + 2, 3, self)
        self.table.setObjectName("ptrm_table")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 90)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3)
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("ptrm_csv")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("ptrm_xlsx")
        self.close_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.close_button.clicked.connect(self.accept)
        # the right export_summary checks: the one the summary itself needs
        allowed = SESSION.staff is not None and has_right(SESSION.staff, Area.REPORT,
                                                          Action.VIEW)
        self.csv_button.setEnabled(allowed)
        self.xlsx_button.setEnabled(allowed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(980, 560)
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, str, str]]:
        """(label, value, definition) in the current language, retention included."""
        word = QCoreApplication.translate
        out = [(word("Indicators", label), _value_text(key, self.summary.values[key]),
                word("Indicators", definition)) for key, label, definition in FIGURES]
        for months in (6, 12):
            rate = self.summary.retention(months)
            out.append((self.tr("Retention at {n} months (%)").format(n=months),
                        "" if rate is None else f"{rate:.1f}".replace(".", ","),
                        self.tr("Of the clients who started {n} months earlier, the share "
                                "still in therapy.").format(n=months)))
        return out

    def payload(self) -> dict[str, Any]:
        fac = facility()
        return {"facility": " ".join(fac.name_lines[-1:]) if fac else "",
                "month": self._month_text(),
                "definitions_version": self.summary.definitions_version,
                "headings": {"facility": self.tr("Facility"), "month": self.tr("Month"),
                             "version": self.tr("Definitions version"),
                             "figure": self.tr("Figure"), "value": self.tr("Value"),
                             "definition": self.tr("Definition")},
                "figures": [(label, number, definition) for (label, _text, definition), number
                            in zip(self.rows(), self._numbers())]}

    def _numbers(self) -> list[float | int | None]:
        """The values as numbers (a spreadsheet sums them), in the order of :meth:`rows`."""
        values = self.summary.values
        out: list[float | int | None] = [values[key] if key == "average_mg" else
                                         int(values[key]) for key, _l, _d in FIGURES]
        return out + [self.summary.retention(6), self.summary.retention(12)]

    def _month_text(self) -> str:
        return month_year(self.summary.year, self.summary.month, language())

    def export(self, kind: str, path: str | None = None) -> str:
        """Write the summary as ``kind`` ("csv" or "xlsx"); asks where unless ``path``."""
        from reports.ptrm_summary import render_ptrm_csv, render_ptrm_xlsx
        from reports.tally_progress import write_file
        if path is None:
            name = f"ptrm-{self.summary.year:04d}-{self.summary.month:02d}.{kind}"
            start = str(Path(file_dialogs.documents_folder()) / name)
            path, _ = file_dialogs.save_file_name(self, self.tr("Save the PTRM summary"),
                                                  start, f"*.{kind}")
            if not path:
                return ""
        try:
            # checks the right and records the export; the figures are the ones shown
            self.summary = export_summary(SESSION.staff, self.summary.year, self.summary.month,
                                          kind, summary=self.summary)
            data = (render_ptrm_csv if kind == "csv" else render_ptrm_xlsx)(self.payload())
            write_file(path, data)  # whole or not at all: a full disk keeps the old file
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
            return ""
        return path

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("PTRM summary"))
        self.heading.setText(self.tr(
            "Rumatan (PTRM) summary of {month}, counted on {day}; definitions version "
            "{version}.").format(month=self._month_text(),
                                 day=short_date(self.summary.counted_on),
                                 version=self.summary.definitions_version))
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value"),
                                              self.tr("Definition")])
        for row, (label, value, definition) in enumerate(self.rows()):
            for col, text in enumerate((label, value, definition)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.csv_button.setText(self.tr("Export CSV..."))
        self.xlsx_button.setText(self.tr("Export XLSX..."))
        self.close_button.setText(self.tr("Close"))
