"""The medicine stock: each open batch's balance and the day's movements, with receiving,
witnessed waste and the day's count (reconciliation) against the ledger."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.rumatan.stock import BatchLine, day_lines, receive, reconcile, waste
from models.rumatan.tables import MEDICINES, UNITS, mg_text, ug
from models.staff.staff import Staff
from reports.dates import short_date
from ui.rumatan.small_form import SmallForm
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.tables import read_only_table

COLUMNS = 11
WIDTHS = (90, 135, 90, 95, 100, 95, 85, 125, 110, 80)


def _signed(diff: int) -> str:
    return ("+" if diff > 0 else "-" if diff < 0 else "") + mg_text(abs(diff))


class StockPanel(QWidget):
    """The day's stock table and its three acts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.today()
        self.heading = QLabel(self)
        self.heading.setObjectName("stock_heading")
        self.table = read_only_table(self, "stock_table", COLUMNS, widths=WIDTHS)
        self.receive_button = QPushButton(self)
        self.receive_button.setObjectName("stock_receive")
        self.waste_button = QPushButton(self)
        self.waste_button.setObjectName("stock_waste")
        self.count_button = QPushButton(self)
        self.count_button.setObjectName("stock_count")
        buttons = QHBoxLayout()
        for b in (self.receive_button, self.waste_button, self.count_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._lines: list[BatchLine] = []
        self.receive_button.clicked.connect(self._receive)
        self.waste_button.clicked.connect(self._waste)
        self.count_button.clicked.connect(self._count)
        self.retranslate_ui()

    def refresh(self) -> None:
        actor = SESSION.staff
        if actor is None:
            return
        self.day = dt.date.today()  # an open window follows the calendar
        try:
            self._lines = day_lines(actor, self.day)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
            return
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            cells = (line.batch_no,
                     QCoreApplication.translate("Codes", dict(MEDICINES)[line.medicine]),
                     short_date(line.expires_on),
                     mg_text(line.received_ug), mg_text(line.dispensed_ug),
                     mg_text(line.wasted_ug), mg_text(line.balance_ug),
                     "" if line.counted_ug is None else mg_text(line.expected_ug),
                     "" if line.counted_ug is None else mg_text(line.counted_ug),
                     "" if line.counted_ug is None else _signed(line.counted_ug
                                                                 - line.expected_ug),
                     line.reason)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= col <= 9:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        uncounted = sum(1 for line in self._lines if line.counted_ug is None)
        self.heading.setText(self.tr("Stock on {day} (movements of the day): {n} open "
                                     "batches, {todo} not yet counted today").format(
            day=short_date(self.day), n=len(self._lines), todo=uncounted))

    def _selected(self) -> BatchLine | None:
        row = self.table.currentRow()
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def _receive(self) -> None:
        form = SmallForm(self, "receive_form", self.tr("Stock received"),
                         self.tr("A new bottle or batch. Methadone: its strength in mg per ml; "
                                 "buprenorphine: mg per tablet."),
                         lambda v: receive(SESSION.staff, v["medicine"], v["batch"],
                                           ug(v["unit"]), ug(v["mg"]), self.day))
        form.add_choice("medicine", self.tr("Medicine"),
                        [(code, QCoreApplication.translate("Codes", text))
                         for code, text in MEDICINES])
        form.add_text("batch", self.tr("Batch number"))
        form.add_mg("unit", self.tr("Strength (mg per ml or tablet)"), 5.0, 100.0)
        form.add_mg("mg", self.tr("Amount received (mg)"), 0.0, 1_000_000.0)
        form.accepted.connect(self.refresh)
        form.open()

    def _waste(self) -> None:
        line = self._selected()
        if line is None:
            self.heading.setText(self.tr("Select the batch first."))
            return
        others = [(s.id, s.full_name) for s in Staff.select(Staff.id, Staff.full_name)
                  .where(Staff.active, Staff.id != SESSION.staff.id).order_by(Staff.full_name)]
        form = SmallForm(self, "waste_form", self.tr("Medicine wasted"),
                         self.tr("Batch {batch}: what was spilled or destroyed, seen by a "
                                 "witness.").format(batch=line.batch_no),
                         lambda v: waste(SESSION.staff, line.id, ug(v["mg"]), v["witness"],
                                         v["reason"], self.day))
        form.add_mg("mg", self.tr("Amount wasted (mg)"), 0.0, float(line.balance_ug) / 1000)
        form.add_choice("witness", self.tr("Witness"), others)
        form.add_text("reason", self.tr("Reason"))
        form.accepted.connect(self.refresh)
        form.open()

    def _count(self) -> None:
        line = self._selected()
        if line is None:
            self.heading.setText(self.tr("Select the batch first."))
            return
        unit = QCoreApplication.translate("Codes", UNITS[line.medicine])
        form = SmallForm(self, "count_form", self.tr("Count of the day"),
                         self.tr("Batch {batch}: the ledger expects {mg} mg ({units} {unit}). "
                                 "Count what is on the shelf; a difference needs its "
                                 "reason.").format(batch=line.batch_no,
                                                   mg=mg_text(line.balance_ug),
                                                   units=mg_text(line.balance_ug * 1000
                                                                 // line.unit_ug),
                                                   unit=unit),
                         lambda v: reconcile(SESSION.staff, line.id, self.day, ug(v["mg"]),
                                             v["reason"]))
        form.add_mg("mg", self.tr("Counted (mg)"), float(line.balance_ug) / 1000, 1_000_000.0)
        form.add_text("reason", self.tr("Reason for a difference"))
        form.accepted.connect(self.refresh)
        form.open()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Batch"), self.tr("Medicine"), self.tr("Expires"),
            self.tr("Received (mg)"), self.tr("Dispensed (mg)"),
            self.tr("Wasted (mg)"), self.tr("Balance (mg)"),
            self.tr("By the ledger (mg)"), self.tr("Counted (mg)"),
            self.tr("Difference (mg)"), self.tr("Reason for a difference")])
        self.receive_button.setText(self.tr("Stock received..."))
        self.waste_button.setText(self.tr("Wasted (with witness)..."))
        self.count_button.setText(self.tr("Count of the day..."))
        self.refresh()
