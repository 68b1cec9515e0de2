"""The mapping to national-system codes (Admin > Pertukaran data): which codes each indicator
goes out under, the version in force, and loading a province's mapping file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.tallies.exchange_mapping import CodeMap, current_mapping, load_mapping
from models.tallies.indicators import BY_ID, INDICATORS
from ui.i18n import translate
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table


class MappingPanel(QWidget):
    """The mapping in force as a table, with load / save / back-to-Pulih's-own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_panel")
        self.mapping: CodeMap | None = None
        self.heading = plain_label("", self, wrap=True)
        self.heading.setObjectName("mapping_heading")
        self.heading.setMinimumHeight(3 * self.heading.fontMetrics().lineSpacing())
        self.message = error_label(self)
        self.table = read_only_table(self, "mapping_table", 5, stretch=0, single=False)
        header = self.table.horizontalHeader()
        for column, width in ((1, 230), (2, 250), (3, 190), (4, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.load_button = QPushButton(self)
        self.load_button.setObjectName("mapping_load")
        self.load_button.clicked.connect(self.load_file)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("mapping_save")
        self.save_button.clicked.connect(self.save_file)
        self.default_button = QPushButton(self)
        self.default_button.setObjectName("mapping_default")
        self.default_button.clicked.connect(self.back_to_default)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def refresh(self) -> None:
        show_error(self.message, "")
        try:
            self.mapping = current_mapping()
        except Exception as exc:  # noqa: BLE001 - a stored mapping a newer Pulih refuses
            show_failure(exc, self.message)
            return
        self._fill()

    def _fill(self) -> None:
        mapping = self.mapping
        if mapping is None:
            return
        self.heading.setText(self.tr(
            "Mapping in force: {version}. Data set {data_set}; organisation unit {org_unit}. "
            "Exports to DHIS2 and ADX use these codes; a province can load its own "
            "mapping file (the format is in docs/exchange-mapping.md).").format(
            version=mapping.version, data_set=mapping.data_set,
            org_unit=self.tr("the facility code") if mapping.org_unit == "{facility}"
            else mapping.org_unit))
        rows = [(ind.id, mapping.indicators[ind.id]) for ind in INDICATORS
                if ind.id in mapping.indicators]  # in the report's order
        self.table.setRowCount(len(rows))
        for row, (ind_id, spec) in enumerate(rows):
            label = translate("Indicators", BY_ID[ind_id].label) if ind_id in BY_ID else ind_id
            options = spec.get("options") or {}
            cells = (label, spec.get("total") or "\u2014", spec.get("breakdown") or "\u2014",
                     spec.get("category") or "\u2014",
                     " + ".join(part for part in (str(len(options)) if options else "",
                                                  spec.get("option_pattern") or "") if part)
                     if spec.get("breakdown") else "\u2014")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def load_file(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("Load a mapping file"), "",
                                              self.tr("Mapping (*.json)"))
        if path:
            self.load_path(path)

    def load_path(self, path: str) -> None:
        show_error(self.message, "")
        try:
            text = Path(path).read_text(encoding="utf-8")
            self.mapping = load_mapping(SESSION.staff, text)
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self.message, self.tr("The file cannot be read: {detail}").format(
                detail=getattr(exc, "strerror", None) or exc))
            return
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self._fill()

    def save_file(self) -> None:
        if self.mapping is None:
            return
        path, _ = file_dialogs.save_file_name(self, self.tr("Save the mapping"),
                                              f"pemetaan-{self.mapping.version}.json",
                                              self.tr("Mapping (*.json)"))
        if path:
            from reports.tally_progress import write_file
            try:
                write_file(path, self.mapping.text.encode("utf-8"))
            except OSError as exc:
                show_error(self.message, self.tr("The file cannot be written: {detail}")
                           .format(detail=exc.strerror or exc))

    def back_to_default(self) -> None:
        show_error(self.message, "")
        try:
            self.mapping = load_mapping(SESSION.staff, None)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self._fill()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Data element (total)"),
            self.tr("Data element (breakdown)"), self.tr("Category (ADX)"),
            self.tr("Options")])
        self.load_button.setText(self.tr("Load mapping file..."))
        self.save_button.setText(self.tr("Save as file..."))
        self.default_button.setText(self.tr("Back to Pulih's own codes"))
        self._fill()
