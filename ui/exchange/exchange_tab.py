"""Admin > Pertukaran data: the code mapping for national systems, the provincial roll-up and
the import of an existing client list, one sub-tab each (each built when first shown)."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.exchange.client_import_panel import ClientImportPanel
from ui.exchange.mapping_panel import MappingPanel
from ui.exchange.rollup_panel import RollupPanel


class ExchangeTab(QWidget):
    """Data in and out.

    Attributes:
        mapping_panel, rollup_panel, import_panel: the three sub-tabs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_tab")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        self.mapping_panel = MappingPanel(self.tabs)
        self.rollup_panel = RollupPanel(self.tabs)
        self.import_panel = ClientImportPanel(self.tabs)
        for panel in (self.mapping_panel, self.rollup_panel, self.import_panel):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def retranslate_ui(self) -> None:
        for index, text in enumerate((self.tr("Codes for national systems"),
                                      self.tr("Provincial roll-up"),
                                      self.tr("Import client list"))):
            self.tabs.setTabText(index, text)
        for panel in (self.mapping_panel, self.rollup_panel, self.import_panel):
            panel.retranslate_ui()
