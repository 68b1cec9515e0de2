"""The waiting list: who queues for a place, worked from the top (admit, or take off)."""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.intake.admission import all_places
from models.intake.episode import SERVICE_TYPES
from models.intake.intake import WaitingRow, admit, waiting_list, withdraw_waiting
from reports.dates import short_date
from ui.clients.list_tab import code_text
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

F_ON = QT_TRANSLATE_NOOP("Codes", "Date")


class WaitingPanel(QWidget):
    """The queue, with the census against capacity above it.

    Signals:
        open_person(int): open this person's record.
    """

    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WaitingRow] = []
        self.census = plain_label("", self, wrap=True)
        self.census.setObjectName("census")
        self.table = read_only_table(self, "waiting_table", 4, widths=(150, None, 190, 140),
                                     stretch=1)
        self.table.itemActivated.connect(lambda item: self._open_row(item.row()))
        self.on_date = DateField(F_ON, self)
        self.on_date.setObjectName("waiting_date")
        self.on_date.set_date(dt.date.today())
        self.note = QLineEdit(self)
        self.note.setObjectName("waiting_note")
        self.admit_button = QPushButton(qta.icon("mdi6.account-check"), "", self)
        self.admit_button.setObjectName("admit_waiting")
        self.admit_button.clicked.connect(self.admit_selected)
        self.withdraw_button = QPushButton(qta.icon("mdi6.account-remove"), "", self)
        self.withdraw_button.setObjectName("withdraw_waiting")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.message = error_label(self)
        actions = QHBoxLayout()
        self.date_label = plain_label("", self)
        actions.addWidget(self.date_label)
        actions.addWidget(self.on_date)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.admit_button)
        actions.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.census)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.retranslate_ui()

    def refresh(self) -> None:
        if SESSION.staff is None:
            return
        show_error(self.message, "")
        try:
            self.rows = waiting_list(SESSION.staff)
            places = all_places()
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        # Places are counted per service type (a full inpatient unit queues no outpatient).
        label = code_text(dict(SERVICE_TYPES))
        parts = [self.tr("{service}: {taken} of {capacity} places taken").format(
            service=label(p.service), taken=p.taken, capacity=p.capacity) if p.capacity
            else self.tr("{service}: {taken} (no limit)").format(
            service=label(p.service), taken=p.taken) for p in places if p.taken or p.capacity]
        self.census.setText("; ".join(parts + [self.tr("%n waiting.", "", len(self.rows))]))
        services = code_text(dict(SERVICE_TYPES))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            days = (dt.date.today() - row.added_on).days
            for c, text in enumerate((short_date(row.added_on), row.full_name,
                                      services(row.service_type),
                                      self.tr("%n day(s)", "", days))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)

    def _selected(self) -> WaitingRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_person.emit(self.rows[row].person_id)

    def admit_selected(self) -> None:
        # The note is also the reason for admitting someone ahead of those waiting longer.
        self._act(lambda row, on: admit(SESSION.staff, row.episode_id, on,
                                        skip_reason=self.note.text()))

    def withdraw_selected(self) -> None:
        self._act(lambda row, on: withdraw_waiting(SESSION.staff, row.episode_id, on,
                                                   self.note.text()))

    def _act(self, act) -> None:
        row = self._selected()
        if row is None or SESSION.staff is None:
            return
        show_error(self.message, "")
        try:
            result = act(row, self.on_date.date() or dt.date.today())
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        if result == "waiting":
            show_error(self.message, self.tr("Every place is still taken; the person stays on "
                                             "the waiting list."))
            return
        self.note.clear()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Waiting since"), self.tr("Name"),
                                              self.tr("Service"), self.tr("Waiting")])
        self.date_label.setText(self.tr("Date:"))
        self.note.setPlaceholderText(self.tr(
            "Reason (for taking off the list, or for admitting ahead of others)"))
        self.admit_button.setText(self.tr("&Admit"))
        self.withdraw_button.setText(self.tr("&Take off the list"))
        self.on_date.retranslate_ui()
        if self.isVisible():
            self.refresh()
