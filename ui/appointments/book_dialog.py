"""Booking an appointment (or a series of sessions), and moving one.

The dialog keeps what was typed on every refusal. A conflict with another appointment of
the staff member is shown before saving, with the appointments it clashes with; booking
anyway needs a reason, which is kept with the appointment.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.appointments.appointment import F_STARTS, KINDS, AppointmentConflict, book, move
from models.appointments.lists import CalendarRow, staff_choices
from models.appointments.series import book_series, propose_series, series_offer
from models.core.errors import ValidationError
from models.core.validation import MSG_REQUIRED
from reports.dates import clock, short_stamp
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import describe, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


def _codes(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("Codes", text)


class BookDialog(QDialog):
    """Book one appointment or a series; or (``moving``) move one to another time.

    Attributes:
        saved_ids: the appointments made, after OK.
    """

    def __init__(self, day: dt.date, staff_id: int | None = None,
                 moving: CalendarRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("book_dialog")
        self.moving = moving
        self.saved_ids: list[int] = []
        self.episodes: list[tuple[int | None, str]] = []  # (episode id, client name)
        self.person_id: int | None = None  # an SKHPN applicant booked by person
        self.template_id: int | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("book_kind")
        for code, label in KINDS:
            self.kind.addItem(_codes(label), code)
        self.client_button = QPushButton(self)
        self.client_button.setObjectName("book_client_button")
        self.client_button.clicked.connect(self.pick_clients)
        self.client_label = plain_label("", self, wrap=True)
        self.client_label.setObjectName("book_client")
        self.staff = QComboBox(self)
        self.staff.setObjectName("book_staff")
        self.date = DateField(F_STARTS, self)
        self.date.setObjectName("book_date")
        self.date.set_date(day)
        self.time = QTimeEdit(QTime(9, 0), self)
        self.time.setObjectName("book_time")
        self.time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("book_minutes")
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.place = QLineEdit(self)
        self.place.setObjectName("book_place")
        self.series = QCheckBox(self)
        self.series.setObjectName("book_series")
        self.series.setVisible(False)
        self.series.toggled.connect(self._series_toggled)
        self.series_table = QTableWidget(0, 1, self)
        self.series_table.setObjectName("book_series_table")
        self.series_table.horizontalHeader().setStretchLastSection(True)
        self.series_table.horizontalHeader().setVisible(False)
        self.series_table.setVisible(False)
        self.clash_label = plain_label("", self, wrap=True)
        self.clash_label.setObjectName("book_clash")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("book_reason")
        self.clash_label.setVisible(False)
        self.reason.setVisible(False)
        self.message = error_label(self)
        self.message.setObjectName("book_message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_label, 1)
        client_row.addWidget(self.client_button)
        for key, widget in (("kind", self.kind), ("client", client_row), ("staff", self.staff),
                            ("date", self.date), ("time", self.time),
                            ("minutes", self.minutes), ("place", self.place)):
            label = QLabel(self)
            self.labels[key] = label
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.series)
        layout.addWidget(self.series_table, 1)
        layout.addWidget(self.clash_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fill_staff(staff_id)
        if moving is not None:
            self.kind.setCurrentIndex(self.kind.findData(moving.kind))
            self.kind.setEnabled(False)
            self.client_button.setEnabled(False)
            self.client_label.setText(moving.client)
            self.time.setTime(QTime(moving.starts_at.hour, moving.starts_at.minute))
            self.minutes.setValue(moving.minutes)
            self.place.setText(moving.place)
            self.staff.setCurrentIndex(max(0, self.staff.findData(moving.staff_id)))
        self.retranslate_ui()
        self.resize(520, 420)

    def _fill_staff(self, staff_id: int | None) -> None:
        if SESSION.staff is None:
            return
        for sid, name, _role in staff_choices(SESSION.staff):
            self.staff.addItem(name, sid)
        wanted = staff_id if staff_id is not None else SESSION.staff.id
        self.staff.setCurrentIndex(max(0, self.staff.findData(wanted)))

    # --- clients and series ------------------------------------------------------------

    def pick_clients(self) -> None:
        from ui.appointments.client_picker import ClientPicker
        picker = ClientPicker(self.kind.currentData() == "group", self,
                              applicants=self.kind.currentData() == "skhpn")
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.chosen:
            return
        self.set_clients(picker.chosen)

    def set_clients(self, episodes: list[tuple]) -> None:
        """The client (or, for a group session, the participants) of the booking: tuples of
        (episode id or None, name[, person id])."""
        if self.kind.currentData() != "group":
            episodes = episodes[:1]
        self.episodes = [(e[0], e[1]) for e in episodes]
        self.person_id = episodes[0][2] if episodes and len(episodes[0]) > 2 else None
        self.client_label.setText(", ".join(e[1] for e in episodes))
        plan = None
        if (len(episodes) == 1 and episodes[0][0] is not None and SESSION.staff is not None
                and self.moving is None):
            plan = series_offer(SESSION.staff, episodes[0][0])
        self.template_id = plan.template_id if plan else None
        self.series.setVisible(plan is not None)
        if plan is not None:
            self.series.setText(self.tr("Book the program's series: {n} sessions, every {d} "
                                        "days (adjust the times below)").format(
                n=plan.sessions, d=plan.every_days))
        else:
            self.series.setChecked(False)

    def _start(self, strict: bool = False) -> dt.datetime | None:
        day = self.date.date() if strict else self.date.date_or_none()
        if day is None:
            return None
        t = self.time.time()
        return dt.datetime.combine(day, dt.time(t.hour(), t.minute()))

    def _series_toggled(self, on: bool) -> None:
        self.series_table.setVisible(on)
        self.series_table.setRowCount(0)
        start = self._start()
        if not on or start is None or self.template_id is None:
            return
        for n, when in enumerate(propose_series(self.template_id, start)):
            self.series_table.insertRow(n)
            edit = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day),
                                           QTime(when.hour, when.minute)), self.series_table)
            edit.setDisplayFormat("dd-MM-yyyy HH:mm")
            edit.setObjectName(f"series_{n}")
            self.series_table.setCellWidget(n, 0, edit)
        self.series_table.setVerticalHeaderLabels(
            [self.tr("Session {n}").format(n=n + 1) for n in range(self.series_table.rowCount())])

    def series_times(self) -> list[dt.datetime]:
        times = []
        for n in range(self.series_table.rowCount()):
            value = self.series_table.cellWidget(n, 0).dateTime().toPython()
            times.append(value.replace(second=0, microsecond=0))
        return times

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        show_error(self.message, "")
        actor, staff_id = SESSION.staff, self.staff.currentData()
        reason = self.reason.text() if not self.reason.isHidden() else ""
        try:
            start = self._start(strict=True)
            if start is None:
                self.date.setFocus()
                raise ValidationError(MSG_REQUIRED, field=F_STARTS)
            if self.moving is not None:
                self.saved_ids = [move(actor, self.moving.id, start,
                                       minutes=self.minutes.value(), staff_id=staff_id,
                                       place=self.place.text(), conflict_reason=reason,
                                       version=self.moving.version)]
            elif self.series.isChecked() and self.episodes:
                times = self.series_times()
                self.saved_ids = book_series(
                    actor, self.episodes[0][0], staff_id, times, self.minutes.value(),
                    kind=self.kind.currentData(), place=self.place.text(),
                    reasons={n: reason for n in range(len(times))} if reason else None)
            else:
                kind = self.kind.currentData()
                group = kind == "group"
                self.saved_ids = [book(
                    actor, kind, staff_id, start, self.minutes.value(),
                    episode_id=None if group or not self.episodes else self.episodes[0][0],
                    roster=[e for e, _n in self.episodes] if group else (),
                    place=self.place.text(), conflict_reason=reason,
                    person_id=self.person_id if self.episodes and self.episodes[0][0] is None
                    else None)]
        except AppointmentConflict as exc:
            self._show_clashes(exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, nothing is lost
            show_failure(exc, self.message)
            return
        self.accept()

    def _show_clashes(self, exc: AppointmentConflict) -> None:
        lines = [describe(exc)]
        kinds = dict(KINDS)
        for clash in exc.clashes:
            end = clash.starts_at + dt.timedelta(minutes=clash.minutes)
            lines.append(f"\u2022 {short_stamp(clash.starts_at)}\u2013{clock(end)} "
                         f"{_codes(kinds.get(clash.kind, clash.kind))}")
        self.clash_label.setText("\n".join(lines))
        self.clash_label.setVisible(True)
        self.reason.setVisible(True)
        self.reason.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Move the appointment") if self.moving is not None
                            else self.tr("New appointment"))
        for key, text in (("kind", self.tr("Kind")), ("client", self.tr("Client")),
                          ("staff", self.tr("Staff member")), ("date", self.tr("Date")),
                          ("time", self.tr("Time")), ("minutes", self.tr("Length (minutes)")),
                          ("place", self.tr("Place"))):
            self.labels[key].setText(text)
        self.client_button.setText(self.tr("Choose..."))
        self.place.setPlaceholderText(self.tr("e.g. Room 2 (printed on the slip: do not "
                                              "name the program)"))
        self.reason.setPlaceholderText(self.tr("Reason to book at this time anyway"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Move") if self.moving is not None else self.tr("Book"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.client_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
