"""The table of staff accounts on the Staff tab."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from models.admin.staff_admin import StaffRow
from models.staff.staff import ROLES
from reports.dates import clock
from ui.widgets.table_model import DisplayRole, ListRowsModel, ToolTipRole

ROLE_LABELS = dict(ROLES)
C = "StaffTableModel"


class StaffTableModel(ListRowsModel[StaffRow]):
    """Staff accounts, one per row: name, user name, role, status (position: in the details).

    A facility has tens of staff, not thousands, so the model holds every row it was given.
    ``Qt.UserRole`` of any cell is the member's id.
    """

    CONTEXT = C
    COLUMNS = (("name", QT_TRANSLATE_NOOP(C, "Name")),
               ("username", QT_TRANSLATE_NOOP(C, "User name")),
               ("role", QT_TRANSLATE_NOOP(C, "Role")),
               ("status", QT_TRANSLATE_NOOP(C, "Status")))
    ID_ROLE = Qt.ItemDataRole.UserRole
    ROLES = frozenset({DisplayRole, ToolTipRole, Qt.ItemDataRole.ForegroundRole})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._now = dt.datetime.now()

    def set_rows(self, rows: Iterable[StaffRow], now: dt.datetime | None = None) -> None:
        """Show ``rows`` (from :func:`models.admin.staff_admin.list_staff`)."""
        self._now = now or dt.datetime.now()
        super().set_rows(rows)

    def row_id(self, row: StaffRow) -> int:
        return row.id

    def role_data(self, row: StaffRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.active else QBrush(QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return super().role_data(row, key, role)

    def status_text(self, row: StaffRow) -> str:
        """Active, deactivated, or waiting after failed sign-ins (with until when)."""
        translate = QCoreApplication.translate
        if not row.active:
            return translate("StaffTableModel", "Deactivated")
        if row.waiting(self._now):
            return translate("StaffTableModel", "Waiting until {time}").format(
                time=clock(row.locked_until))
        return translate("StaffTableModel", "Active")

    def text(self, row: StaffRow, key: str) -> str:
        if key == "name":
            return row.full_name
        if key == "username":
            return row.username
        if key == "role":
            return QCoreApplication.translate("Codes", ROLE_LABELS.get(row.role, row.role))
        return self.status_text(row)
