"""The Rumatan page: the dispensing window and the medicine stock, as two tabs."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.rumatan.stock_panel import StockPanel
from ui.rumatan.window_tab import WindowTab


class RumatanPage(QWidget):
    """Built the first time the sidebar opens it; reads the day's list each time it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rumatan_tabs")
        self.window_tab = WindowTab(self.tabs)
        self.window_tab.setObjectName("window_tab")
        self.stock = StockPanel(self.tabs)
        self.stock.setObjectName("stock_tab")
        self.tabs.addTab(self.window_tab, "")
        self.tabs.addTab(self.stock, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.window_tab.dose_recorded.connect(lambda _pid: self.stock.refresh())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.retranslate_ui()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index == 0:
            self.window_tab.refresh()
            self.window_tab.search.setFocus()
        else:
            self.stock.refresh()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Dispensing window"))
        self.tabs.setTabText(1, self.tr("Medicine stock"))
        self.window_tab.retranslate_ui()
        self.stock.retranslate_ui()
