"""Picking the attendees of a group session from the clients now in a program."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.care.roster import ProgramClient, program_clients, running_programs
from ui.clients.person_form import line
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class RosterPicker(QDialog):
    """Tick the clients who attended; :attr:`chosen` holds them after OK.

    Attributes:
        chosen: the ticked clients, in list order.
    """

    def __init__(self, already: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_picker")
        self._already = already
        self.chosen: list[ProgramClient] = []
        self._clients: list[ProgramClient] = []
        self.program = QComboBox(self)
        self.program.setObjectName("roster_program")
        self.program.addItem("", 0)
        self.search = line("roster_search", self)
        self.list = QListWidget(self)
        self.list.setObjectName("roster_clients")
        self.list.setUniformItemSizes(True)
        self.message = error_label(self)
        self.message.setObjectName("roster_message")
        self.hint = plain_label("", self, wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(self._timer.start)
        filters = QHBoxLayout()
        filters.addWidget(self.program, 1)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if SESSION.staff is not None:
            try:
                for template_id, name in running_programs(SESSION.staff):
                    self.program.addItem(name, template_id)
            except Exception as exc:  # noqa: BLE001 - shown; the list stays empty
                show_failure(exc, self.message)
        self.program.currentIndexChanged.connect(self.load)
        self.retranslate_ui()
        self.resize(520, 480)
        self.load()

    def load(self) -> None:
        """List the clients of the chosen program whose name matches the search."""
        if SESSION.staff is None:
            return
        ticked = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked}
        try:
            self._clients = program_clients(SESSION.staff, self.program.currentData() or None,
                                            self.search.text())
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        show_error(self.message, "")
        self.list.clear()
        for client in self._clients:
            item = QListWidgetItem(f"{client.full_name} \u00b7 {client.reg_no} \u00b7 "
                                   f"{client.template_name} \u00b7 {client.phase_name}")
            item.setData(Qt.ItemDataRole.UserRole, client.episode_id)
            if client.episode_id in self._already:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setCheckState(Qt.CheckState.Checked if client.episode_id in ticked
                                   else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not self._clients:
            show_error(self.message, self.tr("No client in a program matches."))

    def tick(self, episode_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == episode_id:
                self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def _accept(self) -> None:
        by_episode = {c.episode_id: c for c in self._clients}
        self.chosen = [by_episode[self.list.item(i).data(Qt.ItemDataRole.UserRole)]
                       for i in range(self.list.count())
                       if self.list.item(i).checkState() == Qt.CheckState.Checked
                       and self.list.item(i).data(Qt.ItemDataRole.UserRole)
                       not in self._already]
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Attendees of the group session"))
        self.hint.setText(self.tr("Tick the clients who attended. Only clients now in a "
                                  "program are listed."))
        self.program.setItemText(0, self.tr("All programs"))
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add to the roster"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
