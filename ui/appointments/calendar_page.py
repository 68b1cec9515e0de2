"""The Jadwal page: a staff member's (or the facility's) day or week of appointments.

Keyboard first: Up/Down move through the appointments, Left/Right (or Page Up/Down) go to
the previous/next day or week, Home goes to today, Enter opens (a group session's roster,
else the client's record), Ctrl+N books, Ctrl+M moves, Delete cancels. The buttons do the
same for the mouse.
"""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.appointments.appointment import KINDS, attend, cancel, mark_missed
from models.appointments.lists import CalendarRow, calendar, staff_choices
from ui.appointments.calendar_model import CalendarModel, day_label
from ui.appointments.missed_panel import run_missed_job
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import set_up_table

#: Keys the page takes even where the window has a shortcut of its own (Ctrl+N = intake).
PAGE_KEYS = (QKeySequence("Ctrl+N"), QKeySequence("Ctrl+M"))


class CalendarPage(QWidget):
    """Day or week of appointments for one staff member or the whole facility.

    Signals:
        open_person(int): the client's record should open; the person id.
        open_record(int, str): the record should open on a tab (the session notes after a
            session was marked attended); person id and tab name.
    """

    open_person = Signal(int)
    open_record = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointments")
        self.day = dt.date.today()
        self.week = False
        self._job_day: dt.date | None = None
        self.prev_button = QPushButton(qta.icon("mdi6.chevron-left"), "", self)
        self.prev_button.setObjectName("calendar_prev")
        self.next_button = QPushButton(qta.icon("mdi6.chevron-right"), "", self)
        self.next_button.setObjectName("calendar_next")
        self.today_button = QPushButton(self)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("calendar_period")
        self.mode = QComboBox(self)
        self.mode.setObjectName("calendar_mode")
        self.mode.addItems(["", ""])
        self.staff = QComboBox(self)
        self.staff.setObjectName("calendar_staff")
        self.kind = QComboBox(self)
        self.kind.setObjectName("calendar_kind")
        self.kind.addItem("", "")
        for code, _label in KINDS:
            self.kind.addItem("", code)
        self.model = CalendarModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, "calendar_table", widths=(120, 70, 200, 220, 170, 110))
        self.table.activated.connect(lambda _index: self.open_current())
        self.empty = plain_label("", self, wrap=True)
        self.empty.setObjectName("calendar_empty")
        self.message = error_label(self)
        self.message.setObjectName("calendar_message")
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, icon, slot in (("book", "mdi6.calendar-plus", self.book),
                                ("move", "mdi6.calendar-arrow-right", self.move_current),
                                ("attend", "mdi6.check", self.attend_current),
                                ("missed", "mdi6.account-off", self.miss_current),
                                ("cancel", "mdi6.close", self.cancel_current),
                                ("remind", "mdi6.message-text-outline", self.remind_current),
                                ("ics", "mdi6.calendar-export", self.export_ics)):
            button = QPushButton(qta.icon(icon), "", self)
            button.setObjectName(f"calendar_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        # After a session is marked attended: its note is one key away.
        self.note_button = QPushButton(qta.icon("mdi6.note-edit"), "", self)
        self.note_button.setObjectName("calendar_note")
        self.note_button.hide()
        self.note_button.clicked.connect(self.write_note)
        self._note_for: int | None = None
        actions.addWidget(self.note_button)
        top = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.mode)
        top.addWidget(self.staff)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._fill_staff()
        self.staff.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate_ui()
        for child in (self.table, self.staff, self.kind, self.mode, *self.buttons.values(),
                      self.prev_button, self.next_button, self.today_button):
            child.installEventFilter(self)  # Ctrl+N / Ctrl+M wherever the focus is

    # --- period and filters -------------------------------------------------------------

    def _fill_staff(self) -> None:
        self.staff.addItem("", None)
        if SESSION.staff is None:
            return
        try:
            for sid, name, _role in staff_choices(SESSION.staff):
                self.staff.addItem(name, sid)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        mine = self.staff.findData(SESSION.staff.id)
        self.staff.setCurrentIndex(mine if mine >= 0 else 0)

    def first_day(self) -> dt.date:
        return self.day - dt.timedelta(days=self.day.weekday()) if self.week else self.day

    def step(self, direction: int) -> None:
        self.day += dt.timedelta(days=7 * direction if self.week else direction)
        self.reload()

    def go_today(self) -> None:
        self.day = dt.date.today()
        self.reload()

    def _mode_changed(self, index: int) -> None:
        self.week = index == 1
        self.reload()

    def set_view(self, *, week: bool, staff_id: int | None, day: dt.date | None = None) -> None:
        """Show a week or a day of one staff member (None: the facility)."""
        if day is not None:
            self.day = day
        self.staff.blockSignals(True)
        self.staff.setCurrentIndex(max(0, self.staff.findData(staff_id)))
        self.staff.blockSignals(False)
        if self.mode.currentIndex() != int(week):
            self.mode.setCurrentIndex(int(week))  # reloads
        else:
            self.reload()

    def reload(self, keep: int | None = None) -> None:
        """Read the period again; keep the current appointment (or ``keep``) selected."""
        actor = SESSION.staff
        if actor is None:
            return
        current = self.current()
        keep = keep if keep is not None else (current.id if current else None)
        if self._job_day != dt.date.today():
            self._job_day = dt.date.today()
            run_missed_job()
        try:
            kinds = [self.kind.currentData()] if self.kind.currentData() else []
            rows = calendar(actor, self.first_day(), 7 if self.week else 1,
                            staff_id=self.staff.currentData(), kinds=kinds)
        except Exception as exc:  # noqa: BLE001 - shown above the buttons
            show_failure(exc, self.message)
            return
        show_error(self.message, "")
        self.model.set_rows(rows, week=self.week)
        row = self.model.row_of(keep) if keep is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._show_period(len(rows))

    def _show_period(self, count: int) -> None:
        first = self.first_day()
        if self.week:
            last = first + dt.timedelta(days=6)
            text = self.tr("Week {first} \u2013 {last}").format(
                first=day_label(first), last=f"{day_label(last)}/{last.year}")
        else:
            text = f"{day_label(first)}/{first.year}"
            if first == dt.date.today():
                text = self.tr("Today, {day}").format(day=text)
        self.period_label.setText(text)
        self.empty.setVisible(count == 0)
        self.empty.setText(self.tr("No appointments in this period. Ctrl+N books one; "
                                   "Left and Right go to the previous or next period."))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.reload()
        self.table.setFocus()

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            ours = any(QKeySequence(event.keyCombination()) == k for k in PAGE_KEYS)
            if ours and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # ours, not the window's (Ctrl+N there starts an intake)
                return True
            if event.type() == QEvent.Type.KeyPress and (ours or watched is self.table):
                return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if ctrl and key == Qt.Key.Key_N:
            self.book()
        elif ctrl and key == Qt.Key.Key_M:
            self.move_current()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.step(1)
        elif key == Qt.Key.Key_Home:
            self.go_today()
        elif key == Qt.Key.Key_Delete:
            self.cancel_current()
        else:
            return False
        return True

    # --- acts ----------------------------------------------------------------------------

    def current(self) -> CalendarRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _run(self, function, *args, **kwargs) -> bool:
        try:
            function(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - shown; nothing changed
            show_failure(exc, self.message)
            return False
        show_error(self.message, "")
        return True

    def open_current(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.kind == "group":
            from ui.appointments.roster_dialog import RosterDialog
            if RosterDialog(row, self).exec():
                self.reload()
        elif row.person_id:
            self.open_person.emit(row.person_id)

    def book(self) -> None:
        from ui.appointments.book_dialog import BookDialog
        dialog = BookDialog(self.day, self.staff.currentData(), parent=self)
        if dialog.exec() and dialog.saved_ids:
            self.reload(keep=dialog.saved_ids[0])

    def move_current(self) -> None:
        row = self.current()
        if row is None:
            return
        from ui.appointments.book_dialog import BookDialog
        dialog = BookDialog(row.starts_at.date(), row.staff_id, moving=row, parent=self)
        if dialog.exec() and dialog.saved_ids:
            self.reload(keep=dialog.saved_ids[0])

    def attend_current(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.kind == "group":
            self.open_current()
        elif self._run(attend, SESSION.staff, row.id, version=row.version):
            self.reload()
            if row.kind == "individual" and row.person_id:
                self._note_for = row.person_id
                self.note_button.setText(self.tr("Write the session note of {name}").format(
                    name=row.client))
                self.note_button.show()
                self.note_button.setFocus()

    def write_note(self) -> None:
        """Open the client's record on the session notes (after marking attended)."""
        if self._note_for is not None:
            self.note_button.hide()
            self.open_record.emit(self._note_for, "notes")
            self._note_for = None

    def miss_current(self) -> None:
        row = self.current()
        if row is not None and self._run(mark_missed, SESSION.staff, row.id,
                                         version=row.version):
            self.reload()

    def cancel_current(self) -> None:
        row = self.current()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel the appointment"),
                                          self.tr("Why is it cancelled?"))
        if ok and self._run(cancel, SESSION.staff, row.id, reason, version=row.version):
            self.reload()

    def remind_current(self) -> None:
        row = self.current()
        if row is None or row.person_id is None:
            show_error(self.message, self.tr("Choose one client's appointment first."))
            return
        from ui.appointments.reminder_dialog import ReminderDialog
        ReminderDialog(row, self).exec()

    def export_ics(self) -> None:
        staff_id = self.staff.currentData()
        if staff_id is None:
            show_error(self.message, self.tr("Choose a staff member: the calendar file is "
                                             "for one person's own calendar."))
            return
        from models.appointments.reminders import ics_items
        from reports.appointment_ics import IcsEvent, render_ics
        from ui.widgets.file_dialogs import documents_folder, save_file_name
        path, _filter = save_file_name(self, self.tr("Save the calendar file"),
                                       f"{documents_folder()}/jadwal.ics",
                                       self.tr("Calendar (*.ics)"))
        if not path:
            return
        kinds = dict(KINDS)

        def write() -> None:
            from PySide6.QtCore import QCoreApplication

            from models.appointments.reminders import forbidden_word
            items = ics_items(SESSION.staff, staff_id, self.first_day(), 7 if self.week else 1)

            def summary(kind: str, initials: str) -> str:
                label = QCoreApplication.translate("Codes", kinds.get(kind, kind))
                if forbidden_word(label) is not None:  # e.g. a urine test names the purpose
                    label = self.tr("Appointment")
                return " ".join(filter(None, (label, initials)))
            data = render_ics([IcsEvent(i.uid, i.starts_at, i.minutes,
                                        summary(i.kind, i.initials), i.place, i.cancelled)
                               for i in items])
            from reports.tally_progress import write_file
            write_file(path, data)
        if self._run(write):
            self.message.setText(self.tr("Saved: {path}").format(path=path))

    def retranslate_ui(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.prev_button.setToolTip(self.tr("Previous (Left)"))
        self.next_button.setToolTip(self.tr("Next (Right)"))
        self.mode.setItemText(0, self.tr("Day"))
        self.mode.setItemText(1, self.tr("Week"))
        self.staff.setItemText(0, self.tr("Whole facility"))
        self.kind.setItemText(0, self.tr("All kinds"))
        from PySide6.QtCore import QCoreApplication
        for n, (_code, label) in enumerate(KINDS, start=1):
            self.kind.setItemText(n, QCoreApplication.translate("Codes", label))
        for key, text in (("book", self.tr("New (Ctrl+N)")), ("move", self.tr("Move (Ctrl+M)")),
                          ("attend", self.tr("Attended")), ("missed", self.tr("Did not come")),
                          ("cancel", self.tr("Cancel (Del)")), ("remind", self.tr("Remind...")),
                          ("ics", self.tr("Calendar file"))):
            self.buttons[key].setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if SESSION.staff is not None:
            self._show_period(self.model.rowCount())
