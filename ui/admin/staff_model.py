"""The table of staff accounts on the Staff tab."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from models.staff.staff import ROLES
from models.admin.staff_admin import StaffRow

ROLE_LABELS = dict(ROLES)
Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    """Staff accounts, one per row: name, user name, role, status (position: in the details).

    A facility has tens of staff, not thousands, so the model holds every row it was given.
    ``Qt.UserRole`` of any cell is the member's id.
    """

    COLUMNS = ("name", "username", "role", "status")
    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []
        self._now = dt.datetime.now()

    def set_rows(self, rows: list[StaffRow], now: dt.datetime | None = None) -> None:
        """Show ``rows`` (from :func:`models.admin.staff_admin.list_staff`)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or dt.datetime.now()
        self.endResetModel()

    def row_of(self, staff_id: int) -> int:
        """The row of ``staff_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def staff_row(self, row: int) -> StaffRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Texts of roles, statuses and headers follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(self.COLUMNS):
            return None
        translate = QCoreApplication.translate
        return (translate("StaffTableModel", "Name"), translate("StaffTableModel", "User name"),
                translate("StaffTableModel", "Role"),
                translate("StaffTableModel", "Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        return None

    def status_text(self, row: StaffRow) -> str:
        """Active, deactivated, or waiting after failed sign-ins (with until when)."""
        translate = QCoreApplication.translate
        if not row.active:
            return translate("StaffTableModel", "Deactivated")
        if row.waiting(self._now):
            return translate("StaffTableModel", "Waiting until {time}").format(
                time=row.locked_until.strftime("%H:%M"))
        return translate("StaffTableModel", "Active")

    def _text(self, row: StaffRow, column: str) -> str:
        if column == "name":
            return row.full_name
        if column == "username":
            return row.username
        if column == "role":
            return QCoreApplication.translate("Codes", ROLE_LABELS.get(row.role, row.role))
        return self.status_text(row)
