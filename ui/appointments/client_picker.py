"""Choosing the client of an appointment (or the participants of a group session) from the
open episodes: screening, waiting list, in a program or in aftercare."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.appointments.lists import BookableClient, bookable_clients
from models.intake.episode import STATUSES
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class ClientPicker(QDialog):
    """Type a name, Down into the list, Space ticks (several for a group), Enter takes.

    Attributes:
        chosen: (episode id or None, name, person id) of the ticked clients (or the current
            one) after OK.
    """

    def __init__(self, group: bool, parent: QWidget | None = None, *,
                 applicants: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("client_picker")
        self.group = group
        self.applicants = applicants  # an SKHPN examination: any person, by person
        self.chosen: list[tuple[int | None, str, int]] = []
        self._found: list[BookableClient] = []
        self.hint = plain_label("", self, wrap=True)
        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.list = QListWidget(self)
        self.list.setObjectName("picker_list")
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(lambda _item: self._accept())
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(520, 460)

    def load(self) -> None:
        """List the open episodes whose name matches what was typed."""
        if SESSION.staff is None:
            return
        ticked = set(self._ticked())
        try:
            self._found = bookable_clients(SESSION.staff, self.search.text(),
                                           applicants=self.applicants)
        except Exception as exc:  # noqa: BLE001 - shown under the list
            show_failure(exc, self.message)
            return
        show_error(self.message, "")
        statuses = dict(STATUSES)
        self.list.clear()
        for client in self._found:
            status = QCoreApplication.translate("Codes", statuses.get(client.status, ""))
            item = QListWidgetItem(f"{client.full_name} \u00b7 {client.reg_no} \u00b7 {status}",
                                   self.list)
            item.setData(Qt.ItemDataRole.UserRole, client.person_id if self.applicants
                         else client.episode_id)
            if self.group:
                item.setCheckState(Qt.CheckState.Checked if client.episode_id in ticked
                                   else Qt.CheckState.Unchecked)
        if self._found:
            self.list.setCurrentRow(0)
        elif len(self.search.text().strip()) >= 2:
            show_error(self.message, self.tr("No open episode matches this name."))

    def _ticked(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _accept(self) -> None:
        keys = {(c.person_id if self.applicants else c.episode_id): c for c in self._found}
        ids = self._ticked() if self.group else []
        if not ids and self.list.currentItem() is not None:
            ids = [self.list.currentItem().data(Qt.ItemDataRole.UserRole)]
        if not ids:
            show_error(self.message, self.tr("Type a name and choose the client."))
            return
        self.chosen = [(keys[k].episode_id, keys[k].full_name, keys[k].person_id)
                       for k in ids if k in keys]
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Choose the client"))
        self.hint.setText(self.tr("Type at least two letters of the name. Clients in "
                                  "screening, on the waiting list, in a program or in "
                                  "aftercare are listed.") + (" " + self.tr(
            "Tick every participant (Space).") if self.group else ""))
        self.search.setPlaceholderText(self.tr("Name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
