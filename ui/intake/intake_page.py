"""The Pendaftaran page: the intake wizard and the waiting list."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.intake.waiting_panel import WaitingPanel
from ui.intake.wizard import IntakeWizard


class IntakePage(QWidget):
    """Two tabs: a new registration, and the waiting list.

    Signals:
        open_person(int): show this person's record.
    """

    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = IntakeWizard(self)
        self.wizard.setObjectName("intake_wizard")
        self.waiting = WaitingPanel(self)
        self.waiting.setObjectName("waiting_panel")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.wizard, qta.icon("mdi6.account-plus"), "")
        self.tabs.addTab(self.waiting, qta.icon("mdi6.timer-sand"), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.wizard.open_person.connect(self.open_person)
        self.waiting.open_person.connect(self.open_person)
        self._started = False
        self.retranslate_ui()

    def start(self, person_id: int | None = None) -> None:
        """Show the wizard for a new person or for ``person_id`` (a new episode).

        Typed input for the same person stays; a finished intake makes room for the next.
        """
        self.tabs.setCurrentWidget(self.wizard)
        wizard = self.wizard
        if (not self._started or wizard.result is not None
                or (person_id or None) != wizard.person_id):
            wizard.start(person_id)
            self._started = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Opened from the sidebar (not Ctrl+N): start the wizard all the same, so its lists
        (funding) are filled and a kept draft comes back."""
        super().showEvent(event)
        if not self._started:
            self.start(self.wizard.person_id)

    def keep_draft(self) -> None:
        if self._started:
            self.wizard.keep_draft()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("New registration"))
        self.tabs.setTabText(1, self.tr("Waiting list"))
        self.wizard.retranslate_ui()
        self.waiting.retranslate_ui()
