"""A group session's roster: every participant ticked present or not, saved at once."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.appointments.appointment import mark_roster
from models.appointments.lists import CalendarRow, roster
from reports.dates import short_stamp
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label


class RosterDialog(QDialog):
    """Attendance of a group session: Space ticks, Enter saves."""

    def __init__(self, row: CalendarRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_dialog")
        self.row = row
        self.hint = plain_label("", self, wrap=True)
        self.list = QListWidget(self)
        self.list.setObjectName("roster_list")
        self.list.setUniformItemSizes(True)
        for line in roster(SESSION.staff, row.id):
            item = QListWidgetItem(line.full_name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, line.episode_id)
            item.setCheckState(Qt.CheckState.Unchecked if line.status == "missed"
                               else Qt.CheckState.Checked)
        self.list.setCurrentRow(0)
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(420, 420)

    def present(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            mark_roster(SESSION.staff, self.row.id, self.present(), today=dt.date.today())
        except Exception as exc:  # noqa: BLE001 - shown; the ticks stay
            show_failure(exc, self.message)
            return
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Group session {time}: attendance").format(
            time=short_stamp(self.row.starts_at)))
        self.hint.setText(self.tr("Untick who did not come (Space ticks or unticks), then "
                                  "save: everyone is marked at once."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save attendance"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
