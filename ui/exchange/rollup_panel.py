"""The provincial roll-up (Admin > Pertukaran data): import facility packages, see a month by
facility and in total, who has not reported, and export the province's own package."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.tallies.indicators import BY_ID
from models.tallies.province import Rollup, build_province_package, is_provincial_office, rollup
from reports.dates import month_name, short_stamp
from ui.i18n import language, translate
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

#: The indicators shown as columns (the package holds them all).
COLUMNS = ("new_clients", "clients_served", "census_end", "discharges", "urine_tests",
           "skhpn_issued")


class RollupPanel(QWidget):
    """A month of the province: one row per facility that reported, and the total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollup_panel")
        self.roll: Rollup | None = None
        last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(last.year)
        self.month = QComboBox(self)
        for number in range(1, 13):
            self.month.addItem("", number)
        self.month.setCurrentIndex(last.month - 1)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("rollup_import")
        self.import_button.clicked.connect(self.choose_packages)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("rollup_export")
        self.export_button.clicked.connect(self.export_package)
        self.note = plain_label("", self, wrap=True)
        self.note.setObjectName("rollup_note")
        self.note.setMinimumHeight(3 * self.note.fontMetrics().lineSpacing())
        self.missing = plain_label("", self, wrap=True)
        self.missing.setObjectName("rollup_missing")
        self.message = error_label(self)
        self.result = plain_label("", self, wrap=True)
        self.result.setObjectName("rollup_result")
        self.result.setMinimumHeight(2 * self.result.fontMetrics().lineSpacing())
        self.table = read_only_table(self, "rollup_table", len(COLUMNS) + 2, stretch=None,
                                     single=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 330)
        for column in range(1, len(COLUMNS) + 2):  # a few dozen facilities at most
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 8)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        top = QHBoxLayout()
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        self.retranslate_ui()

    def selected(self) -> tuple[int, int]:
        return self.year.value(), int(self.month.currentData())

    def refresh(self) -> None:
        show_error(self.message, "")
        province = is_provincial_office()
        self.import_button.setEnabled(province)
        self.export_button.setEnabled(province)
        self.note.setText(self.tr(
            "Facilities send one signed package per month (Laporan > National systems > "
            "Signed package). Import their public keys first (Admin > Facility profile), "
            "then their packages: the same package twice changes nothing; a newer one "
            "replaces the older and is recorded in the audit trail.") if province else
            self.tr("This installation is not a provincial office. To roll up the packages "
                    "of several facilities, set \"Provincial office\" to 1 in Settings."))
        if SESSION.staff is None:
            return
        try:
            self.roll = rollup(SESSION.staff, *self.selected())
        except Exception as exc:
            if not expected(exc):
                raise
            show_error(self.message, describe(exc))
            return
        self._fill()

    def _fill(self) -> None:
        roll = self.roll
        if roll is None:
            return
        rows = [(f"{code}  {roll.names.get(code, '')}", tally,
                 short_stamp(roll.received[code]))
                for code, tally in roll.by_facility.items()]
        rows.append((self.tr("Province total ({count} facilities)").format(
            count=len(roll.by_facility)), roll.total, ""))
        self.table.setRowCount(len(rows))
        for row, (name, tally, made) in enumerate(rows):
            cells = [name] + [f"{tally.value(ind):,}".replace(",", ".")
                              if ind in tally.values else "\u2014" for ind in COLUMNS] + [made]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        if roll.missing:
            self.missing.setText(self.tr("Not reported for {period}: {names}").format(
                period=roll.period, names="; ".join(f"{code} {name}".strip()
                                                    for code, name in roll.missing)))
        else:
            self.missing.setText(self.tr("Every known facility has reported for {period}.")
                                 .format(period=roll.period))

    def choose_packages(self) -> None:
        dialog = file_dialogs.make_dialog(self, self.tr("Import facility packages"), "",
                                          self.tr("Pulih package (*.zip)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if dialog.exec():
            self.import_paths(dialog.selectedFiles())

    def import_paths(self, paths: list[str]) -> list[str]:
        """Import each file; returns (and shows) one line per file."""
        from ui.common.packages import import_packages

        def refused(exc: BaseException) -> str | None:
            return describe(exc) if expected(exc) else None

        outcomes = import_packages(SESSION.staff, paths, refused)
        lines = [outcome.line(outcome.path.name) for outcome in outcomes]
        self.refresh()
        self.result.setText("\n".join(lines))
        return lines

    def export_package(self) -> None:
        year, month = self.selected()
        path, _ = file_dialogs.save_file_name(
            self, self.tr("Save the province's package"), f"provinsi-{year:04d}-{month:02d}.zip",
            self.tr("Pulih package (*.zip)"))
        if not path:
            return
        from reports.exchange_formats import render_package_files
        from reports.tally_progress import write_file
        try:
            write_file(path, build_province_package(SESSION.staff, year, month,
                                                    render_package_files))
        except OSError as exc:
            show_error(self.message, self.tr("The file cannot be written: {detail}").format(
                detail=exc.strerror or exc))
        except Exception as exc:
            if not expected(exc):
                raise
            show_error(self.message, describe(exc))

    def retranslate_ui(self) -> None:
        for index in range(12):
            self.month.setItemText(index, month_name(index + 1, language()))
        self.show_button.setText(self.tr("Show"))
        self.import_button.setText(self.tr("Import packages..."))
        self.export_button.setText(self.tr("Export the province's package..."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Facility")] + [translate("Indicators", BY_ID[i].label) for i in COLUMNS]
            + [self.tr("Package made")])
        self._fill()
