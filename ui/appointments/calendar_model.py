"""The item model of the calendar: the appointments of a day or a week, one row each.

It holds the rows of the period shown (a counselor's week is some dozens, the facility's day
some hundreds) as plain :class:`models.appointments.lists.CalendarRow` values; ``data()``
never touches the database.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP)
from PySide6.QtGui import QBrush, QColor

from models.appointments.appointment import KINDS, STATUSES
from models.appointments.lists import CalendarRow

C = "Calendar"
Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("Calendar", "Time"), QT_TRANSLATE_NOOP("Calendar", "Length"),
           QT_TRANSLATE_NOOP("Calendar", "Kind"), QT_TRANSLATE_NOOP("Calendar", "Client"),
           QT_TRANSLATE_NOOP("Calendar", "Staff"), QT_TRANSLATE_NOOP("Calendar", "Place"),
           QT_TRANSLATE_NOOP("Calendar", "Status"))
DAY_NAMES = (QT_TRANSLATE_NOOP("Calendar", "Mon"), QT_TRANSLATE_NOOP("Calendar", "Tue"),
             QT_TRANSLATE_NOOP("Calendar", "Wed"), QT_TRANSLATE_NOOP("Calendar", "Thu"),
             QT_TRANSLATE_NOOP("Calendar", "Fri"), QT_TRANSLATE_NOOP("Calendar", "Sat"),
             QT_TRANSLATE_NOOP("Calendar", "Sun"))
#: Status colours that also differ in lightness (read by the colour-blind too).
STATUS_COLOURS = {"attended": "#1b5e20", "missed": "#b71c1c", "cancelled": "#757575"}


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _codes(text: str) -> str:
    return QCoreApplication.translate("Codes", text)


def day_label(day: dt.date) -> str:
    """``Sen 7/12`` (the weekday translated)."""
    return f"{_t(DAY_NAMES[day.weekday()])} {day.day}/{day.month}"


class CalendarModel(QAbstractTableModel):
    """Appointments of the period shown, in time order.

    Attributes:
        week: whether the period is a week (the time column then names the day).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CalendarRow] = []
        self.week = False
        self._kinds = dict(KINDS)
        self._statuses = dict(STATUSES)

    def set_rows(self, rows: Sequence[CalendarRow], *, week: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.week = week
        self.endResetModel()

    def row_at(self, row: int) -> CalendarRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, appointment_id: int) -> int:
        for n, item in enumerate(self._rows):
            if item.id == appointment_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return _t(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and item.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[item.status]))
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and item.kind == "group":
            return QCoreApplication.translate(
                "Calendar", "Enter shows the roster and marks attendance for all at once.")
        return None

    def _text(self, item: CalendarRow, col: int) -> str:
        if col == 0:
            time = f"{item.starts_at:%H.%M}"
            return f"{day_label(item.starts_at.date())}  {time}" if self.week else time
        if col == 1:
            return QCoreApplication.translate("Calendar", "{n} min").format(n=item.minutes)
        if col == 2:
            kind = _codes(self._kinds.get(item.kind, item.kind))
            return f"{kind} ({item.series_seq})" if item.series_seq else kind
        if col == 3:
            if item.kind == "group":
                return QCoreApplication.translate("Calendar", "{n} participants").format(
                    n=item.participants)
            return item.client
        if col == 4:
            return item.staff_name
        if col == 5:
            return item.place
        status = _codes(self._statuses.get(item.status, item.status))
        return status + (" \u21b7" if item.moved_from else "")
