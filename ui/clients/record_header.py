"""The summary header of a record: who this person is now, at a glance.

The photo (when one was captured), the current episode and program phase with its days,
the next aftercare follow-up, and the active flags as a banner, each with *Clear...* for
those with the right; *Add flag...* (Ctrl+Shift+F) puts a new one. The rights, the audit and
the restricted mark itself live in models/people/flags.py.

Signals:
    RecordHeader.flags_changed(int): a flag was set or cleared on the person (id).
"""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.desk.record_summary import RecordSummary, record_summary
from models.documents.photo import view_photo
from models.intake.episode import SERVICE_TYPES, STATUSES
from models.people.flags import KIND_AREAS, KINDS, RESTRICTED, Flag, clear_flag, set_flag
from models.staff.rights import Action, has_right
from reports.dates import clock, short_date
from ui.session import SESSION
from ui.widgets.dialog_buttons import ok_cancel
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

PHOTO_SIZE = (72, 96)
#: Banner colours per kind: background, border (legible in light and dark themes' text).
COLOURS = {"clinical": ("#fdecea", "#c62828"), "legal": ("#fff4e0", "#b26a00"),
           "administrative": ("#e8f0fe", "#1a56b0"), RESTRICTED: ("#ede7f6", "#5e35b1")}


def codes(text: str) -> str:
    return QCoreApplication.translate("Codes", text)


class FlagDialog(QDialog):
    """Asks for a new flag's kind and sentence, or a cleared flag's reason."""

    def __init__(self, kinds: list[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flag_dialog")
        self.kind = QComboBox(self)
        self.kind.setObjectName("flag_kind")
        for code, label in KINDS:
            if kinds and code in kinds:
                self.kind.addItem(codes(label), code)
        self.text = QLineEdit(self)
        self.text.setObjectName("flag_text")
        self.text.setMaxLength(300)
        self.message = error_label(self)
        form = QFormLayout()
        if kinds:
            form.addRow(self.tr("Kind"), self.kind)
            form.addRow(self.tr("What it says"), self.text)
            self.setWindowTitle(self.tr("Add a flag"))
        else:
            self.kind.hide()
            form.addRow(self.tr("Why is it cleared?"), self.text)
            self.setWindowTitle(self.tr("Clear the flag"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons, ok = ok_cancel(self, "mdi6.flag-checkered", self.accept)
        ok.setObjectName("flag_ok")
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.text.setFocus()


class RecordHeader(QFrame):
    """Photo, episode, phase, next follow-up and flags of the open record."""

    flags_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_header")
        self.summary: RecordSummary | None = None
        self.photo = QLabel(self)
        self.photo.setObjectName("record_photo")
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.photo.setFrameShape(QFrame.Shape.StyledPanel)
        self.episode = plain_label("", self, wrap=True)
        self.episode.setObjectName("record_episode")
        self.phase = plain_label("", self, wrap=True)
        self.phase.setObjectName("record_phase")
        self.followup = plain_label("", self, wrap=True)
        self.followup.setObjectName("record_followup")
        self.appointment = plain_label("", self, wrap=True)
        self.appointment.setObjectName("record_appointment")
        self.add_button = QPushButton(qta.icon("mdi6.flag-plus"), "", self)
        self.add_button.setObjectName("add_flag")
        self.add_button.clicked.connect(self.add_flag)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, activated=self.add_flag)
        self.message = error_label(self)
        self.message.setObjectName("header_message")
        self.banner = QVBoxLayout()
        self.banner.setSpacing(4)
        self.flag_rows: list[QFrame] = []

        lines = QVBoxLayout()
        lines.addWidget(self.episode)
        lines.addWidget(self.phase)
        lines.addWidget(self.followup)
        lines.addWidget(self.appointment)
        lines.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(lines, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.banner)
        layout.addWidget(self.message)
        self.retranslate_ui()

    # --- loading ------------------------------------------------------------------------

    def show_person(self, person_id: int) -> None:
        """Read and show the header of ``person_id`` (the photo view is audited)."""
        staff = SESSION.staff
        if staff is None:
            return
        self.summary = record_summary(staff, person_id)
        self._show_photo(staff, person_id)
        self._show_lines()
        self._show_flags()
        show_error(self.message, "")
        self.add_button.setVisible(bool(self._kinds_allowed()))

    def _show_photo(self, staff, person_id: int) -> None:
        self.photo.clear()
        self.photo.setText(self.tr("No photo"))
        if self.summary is None or not self.summary.has_photo:
            return
        jpeg = view_photo(staff, person_id)
        picture = QPixmap()
        if jpeg and picture.loadFromData(jpeg):
            self.photo.setPixmap(picture.scaled(
                *PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _show_lines(self) -> None:
        s = self.summary
        if s is None:
            return
        if s.restricted:
            for label in (self.episode, self.phase, self.followup, self.appointment):
                label.setText("")
            return
        if s.episode_no:
            self.episode.setText(self.tr("Episode {number}: {status}, {service}").format(
                number=s.episode_no, status=codes(dict(STATUSES).get(s.status, s.status)),
                service=codes(dict(SERVICE_TYPES).get(s.service_type, s.service_type))))
        else:
            self.episode.setText(self.tr("No episode of care yet."))
        if s.phase:
            self.phase.setText(self.tr("Phase {phase} since {date}: day {days}").format(
                phase=s.phase, date=short_date(s.phase_since), days=(s.days_in_phase or 0) + 1))
        else:
            self.phase.setText(self.tr("Not in a program phase."))
        if s.next_followup is None:
            self.followup.setText(self.tr("No follow-up planned."))
        elif s.next_followup < dt.date.today():
            self.followup.setText(self.tr("Follow-up overdue since {date}").format(
                date=short_date(s.next_followup)))
        else:
            self.followup.setText(self.tr("Next follow-up: {date}").format(
                date=short_date(s.next_followup)))
        if s.next_appointment is None:
            self.appointment.setText(self.tr("No appointment booked."))
        else:
            from models.appointments.appointment import KINDS as APPOINTMENT_KINDS
            self.appointment.setText(self.tr("Next appointment: {date} {time}, {kind} with "
                                             "{staff}").format(
                date=short_date(s.next_appointment.date()),
                time=clock(s.next_appointment),
                kind=codes(dict(APPOINTMENT_KINDS).get(s.appointment_kind,
                                                       s.appointment_kind)).lower(),
                staff=s.appointment_with))

    def _show_flags(self) -> None:
        for row in self.flag_rows:
            self.banner.removeWidget(row)
            row.deleteLater()
        self.flag_rows = []
        if self.summary is None:
            return
        for flag in self.summary.flags:
            self.flag_rows.append(self._flag_row(flag))
            self.banner.addWidget(self.flag_rows[-1])

    def _flag_row(self, flag: Flag) -> QFrame:
        row = QFrame(self)
        row.setObjectName(f"flag_{flag.kind}")
        background, border = COLOURS.get(flag.kind, COLOURS["administrative"])
        row.setStyleSheet(f"QFrame#{row.objectName()} {{ background: {background}; "
                          f"border: 1px solid {border}; border-radius: 3px; }} "
                          f"QLabel {{ color: #1d1d1d; }}")
        text = plain_label(self.tr("{kind}: {text} (set by {who}, {date})").format(
            kind=codes(dict(KINDS)[flag.kind]), text=flag.text, who=flag.set_by,
            date=short_date(flag.set_at.date())), row, wrap=True)
        text.setObjectName("flag_text")
        line = QHBoxLayout(row)
        line.setContentsMargins(8, 4, 8, 4)
        line.addWidget(text, 1)
        if flag.may_clear:
            clear = QPushButton(self.tr("Clear..."), row)
            clear.setObjectName("clear_flag")
            clear.clicked.connect(lambda _=False, f=flag.id: self.clear(f))
            line.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # --- acts ---------------------------------------------------------------------------

    def _kinds_allowed(self) -> list[str]:
        staff = SESSION.staff
        if staff is None:
            return []
        return [code for code, _ in KINDS if has_right(staff, KIND_AREAS[code], Action.INPUT)]

    def add_flag(self) -> bool:
        """Ask for a flag and set it; True when one was set."""
        if self.summary is None or SESSION.staff is None:
            return False
        kinds = self._kinds_allowed()
        if not kinds:
            return False
        dialog = FlagDialog(kinds, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                set_flag(SESSION.staff, self.summary.person_id, dialog.kind.currentData(),
                         dialog.text.text())
            except Exception as exc:  # noqa: BLE001 - shown in the dialog, input kept
                show_failure(exc, dialog.message)
                continue
            self._changed()
            return True
        return False

    def clear(self, flag_id: int) -> bool:
        """Ask why and clear the flag; True when cleared."""
        if self.summary is None or SESSION.staff is None:
            return False
        dialog = FlagDialog(None, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                clear_flag(SESSION.staff, flag_id, dialog.text.text())
            except Exception as exc:  # noqa: BLE001
                show_failure(exc, dialog.message)
                continue
            self._changed()
            return True
        return False

    def _changed(self) -> None:
        assert self.summary is not None
        person_id = self.summary.person_id
        self.show_person(person_id)
        self.flags_changed.emit(person_id)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add flag..."))
        self.add_button.setToolTip(self.tr("A clinical, legal or administrative warning on "
                                           "this record (Ctrl+Shift+F)"))
        if self.photo.pixmap() is None or self.photo.pixmap().isNull():
            self.photo.setText(self.tr("No photo"))
        if self.summary is not None:
            self._show_lines()
            self._show_flags()
