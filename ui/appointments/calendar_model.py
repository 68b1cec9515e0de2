"""The item model of the calendar: the appointments of a day or a week, one row each.

It holds the rows of the period shown (a counselor's week is some dozens, the facility's day
some hundreds) as plain :class:`models.appointments.lists.CalendarRow` values; ``data()``
never touches the database.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from models.appointments.appointment import KINDS, STATUSES
from models.appointments.lists import CalendarRow
from reports.dates import clock, day_name
from ui.i18n import language
from ui.widgets.table_model import DisplayRole, ListRowsModel, ToolTipRole

C = "Calendar"
COLUMNS = (("time", QT_TRANSLATE_NOOP("Calendar", "Time")),
           ("length", QT_TRANSLATE_NOOP("Calendar", "Length")),
           ("kind", QT_TRANSLATE_NOOP("Calendar", "Kind")),
           ("client", QT_TRANSLATE_NOOP("Calendar", "Client")),
           ("staff", QT_TRANSLATE_NOOP("Calendar", "Staff")),
           ("place", QT_TRANSLATE_NOOP("Calendar", "Place")),
           ("status", QT_TRANSLATE_NOOP("Calendar", "Status")))
#: Status colours that also differ in lightness (read by the colour-blind too).
STATUS_COLOURS = {"attended": "#1b5e20", "missed": "#b71c1c", "cancelled": "#757575"}


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _codes(text: str) -> str:
    return QCoreApplication.translate("Codes", text)


def day_label(day: dt.date) -> str:
    """``Sen 7/12``: the calendar's compact day (weekday in the interface's language)."""
    return f"{day_name(day, language(), short=True)} {day.day}/{day.month}"


class CalendarModel(ListRowsModel[CalendarRow]):
    """Appointments of the period shown, in time order. ``Qt.UserRole``: the appointment id.

    Attributes:
        week: whether the period is a week (the time column then names the day).
    """

    CONTEXT = C
    COLUMNS = COLUMNS
    ROLES = frozenset({DisplayRole, ToolTipRole, Qt.ItemDataRole.ForegroundRole})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.week = False
        self._kinds = dict(KINDS)
        self._statuses = dict(STATUSES)

    def set_rows(self, rows: Iterable[CalendarRow], *, week: bool) -> None:
        self.week = week
        super().set_rows(rows)

    def row_id(self, row: CalendarRow) -> int:
        return row.id

    def role_data(self, row: CalendarRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[row.status])) \
                if key == "status" and row.status in STATUS_COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole and key == "client" and row.kind == "group":
            return QCoreApplication.translate(
                "Calendar", "Enter shows the roster and marks attendance for all at once.")
        return None

    def text(self, item: CalendarRow, key: str) -> str:
        if key == "time":
            time = clock(item.starts_at)
            return f"{day_label(item.starts_at.date())}  {time}" if self.week else time
        if key == "length":
            return QCoreApplication.translate("Calendar", "{n} min").format(n=item.minutes)
        if key == "kind":
            kind = _codes(self._kinds.get(item.kind, item.kind))
            return f"{kind} ({item.series_seq})" if item.series_seq else kind
        if key == "client":
            if item.kind == "group":
                return QCoreApplication.translate("Calendar", "{n} participants").format(
                    n=item.participants)
            return item.client
        if key == "staff":
            return item.staff_name
        if key == "place":
            return item.place
        status = _codes(self._statuses.get(item.status, item.status))
        return status + (" \u21b7" if item.moved_from else "")
