"""The admission step on the Program tab: the program (only those of the episode's service
type), its start date, the counselor of record, the consent, the places of the service and
the waiting-list order (with the reason for admitting ahead when someone waits first).

models/intake/admission.py checks all of it again when the program starts; this box shows where
things stand so nobody learns it from a refusal. A screening or waiting episode that will
not go on is closed here as "tidak melanjutkan".
"""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.care import enrollment as en
from models.desk.course import EpisodeCourse, active_templates
from models.intake import admission as ad
from models.intake.episode import CONSENT_KINDS, SERVICE_TYPES
from models.intake.intake import F_CONSENT_BY, record_consent
from reports.dates import short_date
from ui.clients.list_tab import code_text
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.dialog_buttons import column, ok_cancel
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

#: the row label, marked in context "Codes" with the consent kinds
F_CONSENT = dict(CONSENT_KINDS)["general"]


class AdmissionBox(QGroupBox):
    """Start a program for a screening, waiting or admitted episode.

    Signals:
        done(): a program started, or the episode was closed (the tab reloads).
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrol_box")
        self.course: EpisodeCourse | None = None
        self.outlook: ad.AdmissionOutlook | None = None
        self.close_dialog: NotContinuingDialog | None = None
        self.form = FieldForm(self)
        self.template = QComboBox(self)
        self.template.setObjectName("program_template")
        self.started_on = DateField(en.F_STARTED, self)
        self.started_on.setObjectName("program_started_on")
        self.counselor = QComboBox(self)
        self.counselor.setObjectName("counselor_of_record")
        self.consent = QCheckBox(self)
        self.consent.setObjectName("consent_signed")
        self.consent_by = QLineEdit(self)
        self.consent_by.setObjectName("consent_by")
        self.skip_reason = QLineEdit(self)
        self.skip_reason.setObjectName("skip_reason")
        self.form.add_row(en.F_TEMPLATE, self.template, required=True)
        self.form.add_row(en.F_STARTED, self.started_on, required=True)
        self.form.add_row(ad.F_COUNSELOR, self.counselor, required=True)
        self.consent_row = self.form.add_row(F_CONSENT, self.consent, required=True)
        self.consent_by_row = self.form.add_row(F_CONSENT_BY, self.consent_by, required=True)
        self.skip_row = self.form.add_row(ad.F_SKIP_REASON, self.skip_reason, required=True)
        self.places = plain_label("", self, wrap=True)
        self.places.setObjectName("admission_places")
        self.queue = plain_label("", self, wrap=True)
        self.queue.setObjectName("admission_queue")
        self.enrol_button = QPushButton(qta.icon("mdi6.sprout"), "", self)
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.not_continuing_button = QPushButton(qta.icon("mdi6.close-circle-outline"), "", self)
        self.not_continuing_button.setObjectName("not_continuing")
        self.not_continuing_button.clicked.connect(self.open_not_continuing)
        self.message = error_label(self)
        self.message.setObjectName("enrol_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_continuing_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.places)
        layout.addWidget(self.queue)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.started_on.editingFinished.connect(self._reload_outlook)
        self.retranslate_ui()

    # --- loading ------------------------------------------------------------------------

    def show_course(self, course: EpisodeCourse) -> None:
        """Fill the choices for this episode; what was typed for it stays."""
        staff = SESSION.staff
        if staff is None:
            return
        same = self.course is not None and self.course.episode_id == course.episode_id
        self.course = course
        keep = self.template.currentData() if same else None
        self.template.clear()
        for choice in active_templates(staff):
            if choice.service_type == course.service_type:  # a program must fit the service
                self.template.addItem(choice.name, choice.id)
        if keep is not None and self.template.findData(keep) >= 0:
            self.template.setCurrentIndex(self.template.findData(keep))
        if not self.started_on.text():
            self.started_on.set_date(dt.date.today())
        keep_counselor = self.counselor.currentData() if same else None
        self.counselor.clear()
        for staff_id, name in ad.counselors():
            self.counselor.addItem(name, staff_id)
        self._reload_outlook()
        wanted = keep_counselor or (self.outlook.counselor_id if self.outlook else None) or (
            staff.id if staff.role == "counselor" else None)
        if wanted is not None and self.counselor.findData(wanted) >= 0:
            self.counselor.setCurrentIndex(self.counselor.findData(wanted))
        if not same:
            self.consent.setChecked(False)
            self.consent_by.clear()
            self.skip_reason.clear()
        self.not_continuing_button.setVisible(course.status in ("screening", "waiting"))

    def _reload_outlook(self) -> None:
        staff, course = SESSION.staff, self.course
        if staff is None or course is None:
            return
        on = self.started_on.date_or_none() or dt.date.today()
        try:
            self.outlook = ad.admission_outlook(staff, course.episode_id, on)
        except Exception as exc:
            if not expected(exc):
                raise
            self.outlook = None
            show_error(self.message, describe(exc))
        self._texts()

    # --- acts ---------------------------------------------------------------------------

    def enrol(self) -> bool:
        """Record the consent if ticked, then start the program (models/ checks it all)."""
        course, staff = self.course, SESSION.staff
        if course is None or staff is None:
            return False
        self.form.clear_errors()
        show_error(self.message, "")
        try:
            template_id = self.template.currentData()
            if template_id is None:
                self.form.set_field_message(en.F_TEMPLATE, self.tr(
                    "Choose a program. Only programs for the episode's service type are "
                    "offered; ask the facility admin if none is."))
                return False
            started_on = self.started_on.date()
            admitting = course.status in ("screening", "waiting")
            if admitting and self.outlook is not None and not self.outlook.consent:
                if not self.consent.isChecked():
                    self.form.set_field_message(F_CONSENT, self.tr(
                        "Tick this once the client (or the parent or guardian of a minor) has "
                        "signed the general consent."))
                    return False
                record_consent(staff, course.episode_id, "general", started_on,
                               self.consent_by.text())
            counselor = self.counselor.currentData()
            en.enroll(staff, course.episode_id, int(template_id), started_on,
                      skip_reason=self.skip_reason.text(),
                      counselor_id=int(counselor) if counselor is not None else None)
        except Exception as exc:  # noqa: BLE001 - shown, input kept
            show_failure(exc, self.message, forms=[self.form])
            self._reload_outlook()
            return False
        self.skip_reason.clear()
        self.done.emit()
        return True

    def open_not_continuing(self) -> NotContinuingDialog | None:
        if self.course is None:
            return None
        self.close_dialog = NotContinuingDialog(self.course.episode_id, self)
        self.close_dialog.accepted.connect(self.done)
        self.close_dialog.open()
        return self.close_dialog

    # --- texts --------------------------------------------------------------------------

    def _texts(self) -> None:
        outlook, course = self.outlook, self.course
        admitting = course is not None and course.status in ("screening", "waiting")
        need_consent = admitting and outlook is not None and not outlook.consent
        for row in (self.consent_row, self.consent_by_row):
            row.label.setVisible(need_consent)
            row.widget.parentWidget().setVisible(need_consent)
        ahead = admitting and outlook is not None and outlook.ahead.count > 0
        self.skip_row.label.setVisible(ahead)
        self.skip_row.widget.parentWidget().setVisible(ahead)
        if outlook is None:
            self.places.setText("")
            self.queue.setText("")
            return
        locale = QLocale()
        service = code_text(dict(SERVICE_TYPES))(outlook.service)
        p = outlook.places
        if p.capacity:
            text = self.tr("{service}: {taken} of {capacity} places taken.").format(
                service=service, taken=locale.toString(p.taken),
                capacity=locale.toString(p.capacity))
            if p.full and admitting:
                text += " " + self.tr("Every place is taken: the program cannot start now. "
                                      "The intake desk puts the client on the waiting list.")
        else:
            text = self.tr("{service}: {taken} in a program (no limit set).").format(
                service=service, taken=locale.toString(p.taken))
        self.places.setText(text)
        a = outlook.ahead
        self.queue.setText(self.tr(
            "%n client(s) wait ahead for this service, first {name} (since {date}). Starting "
            "now admits this client ahead of them: say why.", "", a.count).format(
            name=a.first_name, date=short_date(a.first_since)) if ahead else "")
        self.queue.setVisible(ahead)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Admission and program start"))
        self.enrol_button.setText(self.tr("&Start the program"))
        self.not_continuing_button.setText(self.tr("Not continuing\u2026"))
        self.not_continuing_button.setToolTip(self.tr(
            "Close this episode: the client does not go on to admission"))
        self.consent.setText(self.tr("Signed on the start date"))
        self.started_on.retranslate_ui()
        self.form.retranslate_ui()
        self._texts()


class NotContinuingDialog(QDialog):
    """Close a screening or waiting episode as "tidak melanjutkan", with the date and why."""

    def __init__(self, episode_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("not_continuing_dialog")
        self.episode_id = episode_id
        self.form = FieldForm(self)
        self.closed_on = DateField(ad.F_NOT_CONTINUED_ON, self)
        self.closed_on.setObjectName("not_continued_on")
        self.closed_on.set_date(dt.date.today())
        self.reason = QLineEdit(self)
        self.reason.setObjectName("not_continued_reason")
        self.form.add_row(ad.F_NOT_CONTINUED_ON, self.closed_on, required=True)
        self.form.add_row(ad.F_NOT_CONTINUED_REASON, self.reason, required=True)
        self.intro = plain_label("", self, wrap=True)
        self.message = error_label(self)
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.close-circle-outline", self.save)
        column(self, self.intro, self.form, self.message, self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def save(self) -> bool:
        staff = SESSION.staff
        if staff is None:
            return False
        self.form.clear_errors()
        show_error(self.message, "")
        try:
            ad.close_not_continuing(staff, self.episode_id, self.closed_on.date(),
                                    self.reason.text())
        except Exception as exc:  # noqa: BLE001 - shown, input kept
            show_failure(exc, self.message, forms=[self.form])
            return False
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox
        self.setWindowTitle(self.tr("Not continuing (tidak melanjutkan)"))
        self.intro.setText(self.tr(
            "The episode is closed without admission: it leaves screening or the waiting list "
            "and counts in the monthly report as not continuing. A later visit opens a new "
            "episode."))
        self.ok_button.setText(self.tr("Close the episode"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.closed_on.retranslate_ui()
        self.form.retranslate_ui()
