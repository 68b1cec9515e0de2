"""The Admin page: tabs for staff accounts, merges, the facility profile and settings.

Every tab reads its data when it comes into view and models/ checks the admin right on
every read and act, so a member without it sees a clear refusal in each tab.
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.admin.audit_panel import AuditPanel
from ui.admin.backup_panel import BackupPanel
from ui.admin.facility_panel import FacilityPanel
from ui.admin.merges_panel import MergesPanel
from ui.admin.settings_panel import SettingsPanel
from ui.admin.staff_panel import StaffPanel
from ui.exchange.exchange_tab import ExchangeTab
from ui.session import SESSION


class AdminPage(QWidget):
    """What a facility admin manages, one tab each.

    Attributes:
        tabs: the tab widget.
        staff_panel, merges_panel, facility_panel, settings_panel: the four tabs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_page")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("admin_tabs")
        self.tabs.setDocumentMode(True)
        self.staff_panel = StaffPanel(self.tabs)
        self.merges_panel = MergesPanel(self.tabs)
        self.facility_panel = FacilityPanel(self.tabs)
        self.settings_panel = SettingsPanel(self.tabs)
        self.backup_panel = BackupPanel(self.tabs)
        self.audit_panel = AuditPanel(self.tabs)
        self.exchange_tab = ExchangeTab(self.tabs)
        for panel, icon in ((self.staff_panel, "mdi6.account-group"),
                            (self.merges_panel, "mdi6.call-merge"),
                            (self.facility_panel, "mdi6.office-building"),
                            (self.settings_panel, "mdi6.tune-variant"),
                            (self.backup_panel, "mdi6.backup-restore"),
                            (self.audit_panel, "mdi6.shield-search"),
                            (self.exchange_tab, "mdi6.swap-horizontal")):
            self.tabs.addTab(panel, qta.icon(icon), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.retranslate_ui()
        SESSION.changed.connect(self._session_changed)

    def retranslate_ui(self) -> None:
        """Set every text in the current language, on every tab."""
        for index, text in enumerate((self.tr("Staff"), self.tr("Merges"),
                                      self.tr("Facility profile"), self.tr("Settings"),
                                      self.tr("Backups"), self.tr("Audit trail"),
                                      self.tr("Data exchange"))):
            self.tabs.setTabText(index, text)
        for panel in (self.staff_panel, self.merges_panel, self.facility_panel,
                      self.settings_panel, self.backup_panel, self.audit_panel,
                      self.exchange_tab):
            panel.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Read the open tab's data again whenever the page comes into view."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the data of the tab shown now (forms keep unsaved edits)."""
        panel = self.tabs.currentWidget()
        if panel is self.staff_panel:
            self.staff_panel.refresh()
        elif panel is self.merges_panel:
            self.merges_panel.refresh()
        elif panel is self.facility_panel:
            self.facility_panel.load()
        elif panel is self.settings_panel:
            self.settings_panel.load()
        elif panel is self.backup_panel:
            self.backup_panel.refresh()
        elif panel is self.audit_panel:
            self.audit_panel.refresh()
        elif panel is self.exchange_tab:
            self.exchange_tab.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    def _session_changed(self, _staff_id: int) -> None:
        if self.isVisible():
            self.refresh()
