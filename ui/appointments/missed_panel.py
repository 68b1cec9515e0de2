"""Beranda's lists of who did not come: "Tidak datang" and "Perlu dilacak".

Each line opens the client's record (Enter or double-click). Showing the lists first runs
the missed-visit job (appointments not marked by the end of their day become missed); the
job changes nothing when run again.
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.appointments.job import missed_job
from models.appointments.lists import MissedLine, TraceLine, missed, to_trace, trace_days
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date
from ui.session import SESSION
from ui.widgets.errors import expected, show_failure
from ui.widgets.field_form import error_label, show_error

log = logging.getLogger(__name__)


def run_missed_job(today: dt.date | None = None) -> None:
    """Mark yesterday's unmarked appointments missed; a database that refuses writes (read
    only, stopped after damage) still lets the lists show, so the failure is only logged."""
    try:
        missed_job(today)
    except Exception as exc:  # the lists still show; the error log has it
        if not expected(exc):
            raise
        log.warning("missed-visit job not run: %s", exc)


class ClientList(QListWidget):
    """A list of clients; Enter opens the current one."""

    open_person = Signal(int)  # person id

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id:
            self.open_person.emit(int(person_id))


class MissedPanel(QWidget):
    """The two lists side by side.

    Signals:
        open_person(int): a line was opened; the person's id.
    """

    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missed_panel")
        self.missed_box = QGroupBox(self)
        self.missed_box.setObjectName("missed_box")
        self.trace_box = QGroupBox(self)
        self.trace_box.setObjectName("trace_box")
        self.missed_list = ClientList("missed_list", self.missed_box)
        self.trace_list = ClientList("trace_list", self.trace_box)
        for box, lst in ((self.missed_box, self.missed_list), (self.trace_box, self.trace_list)):
            inner = QVBoxLayout(box)
            inner.addWidget(lst)
            lst.open_person.connect(self.open_person)
        self.message = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.missed_box, 1)
        row.addWidget(self.trace_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._missed: tuple[list[MissedLine], int] = ([], 0)
        self._trace: tuple[list[TraceLine], int] = ([], 0)
        self._job_day: dt.date | None = None
        self.retranslate_ui()

    def refresh(self, today: dt.date | None = None, counselor_id: int | None = None) -> None:
        """Run the missed-visit job (once a day) and read both lists again (only the
        caseload of ``counselor_id`` when given: Beranda's "Klien saya")."""
        actor = SESSION.staff
        if actor is None or not has_right(actor, Area.EPISODE, Action.VIEW):
            self.setVisible(False)
            return
        today = today or dt.date.today()
        if self._job_day != today:
            self._job_day = today
            run_missed_job(today)
        try:
            self._missed = missed(actor, today, counselor_id=counselor_id)
            self._trace = to_trace(actor, today, counselor_id=counselor_id)
        except Exception as exc:  # noqa: BLE001 - shown under the lists
            show_failure(exc, self.message)
            return
        show_error(self.message, "")
        self._fill()
        self.setVisible(True)

    def _fill(self) -> None:
        self.missed_list.clear()
        lines, total = self._missed
        for line in lines:
            if line.days_since_contact is None:
                since = self.tr("never attended")
            else:
                since = self.tr("last came {n} days ago").format(n=line.days_since_contact)
            text = self.tr("{name} \u00b7 missed {date} \u00b7 {since}").format(
                name=line.full_name, date=short_date(line.missed_on), since=since)
            item = QListWidgetItem(text, self.missed_list)
            item.setData(Qt.ItemDataRole.UserRole, line.person_id)
        self.missed_box.setTitle(self.tr("Did not come ({n})").format(n=total))
        self.trace_list.clear()
        lines_t, total_t = self._trace
        for line in lines_t:
            text = self.tr("{name} \u00b7 no session for {n} days").format(
                name=line.full_name, n=line.silent_days)
            item = QListWidgetItem(text, self.trace_list)
            item.setData(Qt.ItemDataRole.UserRole, line.person_id)
        self.trace_box.setTitle(self.tr("To trace ({n})").format(n=total_t))
        self.trace_box.setToolTip(self.tr("Outpatients with no attended session for {n} days "
                                          "(a setting in Admin).").format(n=trace_days()))
        for lst, count in ((self.missed_list, total), (self.trace_list, total_t)):
            if count > lst.count():
                more = QListWidgetItem(self.tr("... and {n} more").format(
                    n=count - lst.count()), lst)
                more.setFlags(Qt.ItemFlag.NoItemFlags)

    def retranslate_ui(self) -> None:
        self._fill()
