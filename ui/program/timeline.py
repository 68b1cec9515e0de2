"""Where a client stands in the template: the phases as steps, and the history of moves."""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.care.enrollment import EnrollmentRecord
from models.care.program import MOVE_KINDS
from models.desk.course import PhaseLine
from reports.dates import short_date
from ui.widgets.field_form import ERROR_COLOR, plain_label
from ui.widgets.tables import read_only_table

ICON_PX = 18


def days_in_phase(record: EnrollmentRecord, today: dt.date) -> int | None:
    """Days since the client entered the current phase (None once the program ended)."""
    if record.phase_since is None or record.ended_on is not None:
        return None
    return (today - record.phase_since).days


class PhaseTimeline(QWidget):
    """The template's phases (done, current, still to come) and every move made, the
    undone ones greyed.

    Attributes:
        steps: one row per phase of the template.
        history: one row per move, oldest first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[PhaseLine] = []
        self._record: EnrollmentRecord | None = None
        self._names: dict[int, str] = {}
        self._today = dt.date.today()
        self.steps_title = plain_label("", self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("phase_steps")
        self.steps.setIconSize(QSize(ICON_PX, ICON_PX))
        self.steps.setUniformItemSizes(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_title = plain_label("", self)
        self.history = read_only_table(self, "phase_history", 6,
                                       widths=(100, 200, 170, 170, 140), single=False)
        for title in (self.steps_title, self.history_title):
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history, 1)
        self.retranslate_ui()

    @property
    def phases(self) -> list[PhaseLine]:
        """The phases of the template shown, in order."""
        return self._phases

    def show_course(self, phases: list[PhaseLine], record: EnrollmentRecord,
                    names: dict[int, str], today: dt.date | None = None) -> None:
        """Show ``record`` against its template's ``phases``; ``names`` are staff names."""
        self._phases, self._record, self._names = phases, record, names
        self._today = today or dt.date.today()
        self._fill()

    def _fill(self) -> None:
        record = self._record
        if record is None:
            return
        entered: dict[int, dt.date] = {}
        for move in record.moves:
            if not move.undone:
                entered[move.to_phase_id] = move.moved_on
        current_seq = next((p.seq for p in self._phases if p.id == record.current_phase_id), 0)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        self.steps.clear()
        for phase in self._phases:
            target = (self.tr("target %n day(s)", "", phase.target_days)
                      if phase.target_days else self.tr("no target duration"))
            current = phase.id == record.current_phase_id
            if current and record.ended_on is None:
                icon, color = "mdi6.record-circle", highlight
                days = days_in_phase(record, self._today) or 0
                # the day it entered is day 1, never "day 0"
                state = self.tr("now, since {date}: day {days}").format(
                    date=short_date(record.phase_since), days=days + 1)
                if phase.target_days and days > phase.target_days:
                    icon, color = "mdi6.alert-circle", ERROR_COLOR
                    state += " \u2013 " + self.tr("overdue by %n day(s)", "",
                                              days - phase.target_days)
            elif phase.id in entered and (phase.seq < current_seq or current
                                         or record.ended_on is not None):
                icon, color = "mdi6.check-circle", "#2e7d32"
                state = self.tr("entered {date}").format(date=short_date(entered[phase.id]))
            else:
                icon, color = "mdi6.circle-outline", "gray"
                state = self.tr("not yet")
            item = QListWidgetItem(qta.icon(icon, color=color),
                                   f"{phase.seq}. {phase.name} \u00b7 {target} \u00b7 {state}",
                                   self.steps)
            item.setData(Qt.ItemDataRole.UserRole, phase.id)
            if current and record.ended_on is None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        row_height = max(self.steps.sizeHintForRow(0), ICON_PX + 6) if self._phases else 20
        self.steps.setFixedHeight(row_height * max(len(self._phases), 1)
                                  + 2 * self.steps.frameWidth() + 4)
        self._fill_history()

    def _fill_history(self) -> None:
        record = self._record
        assert record is not None
        names = {p.id: p.name for p in self._phases}
        kinds = dict(MOVE_KINDS)
        moves = record.moves
        self.history.setRowCount(len(moves))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        for row, move in enumerate(moves):
            kind = (self.tr("Start of the program") if move.kind == "start"
                    else QCoreApplication.translate("Codes", kinds.get(move.kind, move.kind)))
            if move.undone:
                kind = self.tr("{kind} (undone)").format(kind=kind)
            note = " \u2013 ".join(t for t in (move.note, move.reason and self.tr(
                "Reason: {reason}").format(reason=move.reason)) if t)
            cells = (short_date(move.moved_on), kind,
                     names.get(move.from_phase_id, "") if move.from_phase_id else "",
                     names.get(move.to_phase_id, ""), self._names.get(move.staff_id, ""), note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if move.undone:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(grey)
                self.history.setItem(row, column, item)

    def retranslate_ui(self) -> None:
        self.steps_title.setText(self.tr("Phases of the program"))
        self.history_title.setText(self.tr("Phase history"))
        self.history.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Move"), self.tr("From"), self.tr("To"), self.tr("By"),
            self.tr("Note")])
        self._fill()
