"""The doctor's part of the SKHPN: the queue of open applications, then the examination
(DAST-10 interview, the urine panel, physical finding, conclusion), which issues the
certificate in one act (models.documents.skhpn.record_exam) and opens its preview."""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.care.urine import F_COLLECTED, F_KIT, F_LOT, F_RESULT, F_SPECIMEN
from models.core.errors import PulihError
from models.desk.drafts import discard_draft
from models.documents.document import SKHPN_PURPOSES
from models.documents.photo import view_photo
from models.documents.skhpn import (
    F_CONCLUSION,
    F_FINDING,
    ExamInput,
    OpenApplication,
    UrineSample,
    applicant_status,
    cancel_application,
    open_applications,
    receipt_of,
    record_exam,
)
from models.intake.episode import STATUSES
from models.staff.rights import Action, Area, has_right
from reports.dates import short_stamp
from reports.letterhead import rupiah
from ui.clients.person_form import line
from ui.clinical.answers import note_box
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.urine_panel import UrinePanel
from ui.common.papers import original_pdf
from ui.documents.conclusion_box import ConclusionBox
from ui.documents.dast_widget import DastWidget
from ui.documents.exam_drafts import DRAFT_KIND, ExamDrafts
from ui.documents.printing import busy, open_preview
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

C = "SkhpnExam"
F_BLOOD_PRESSURE = QT_TRANSLATE_NOOP("Codes", "Blood pressure")
F_PULSE = QT_TRANSLATE_NOOP("Codes", "Pulse")
F_SUPERVISED = QT_TRANSLATE_NOOP("Codes", "Supervised collection")
QUEUE_HEADERS = (QT_TRANSLATE_NOOP(C, "Applicant"), QT_TRANSLATE_NOOP(C, "Registered"),
                 QT_TRANSLATE_NOOP(C, "Purpose"), QT_TRANSLATE_NOOP(C, "Fee"))
#: The vitals as the certificate prints them (short Indonesian names: data on the paper).
VITAL_KEYS = {"TD": F_BLOOD_PRESSURE, "Nadi": F_PULSE}


class SkhpnExamPanel(ExamDrafts, QWidget):
    """The queue and the examination form.

    Signals:
        issued(int): an SKHPN was issued (its document id).
    """

    issued = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.applications: list[OpenApplication] = []
        self._shown: int | None = None  # the application whose examination is in the form
        self.queue = read_only_table(self, "skhpn_queue", len(QUEUE_HEADERS),
                                     widths=(None, 130, 200, 150), stretch=0)
        self.queue.setFixedHeight(self.fontMetrics().height() * 9)
        self.queue.currentCellChanged.connect(lambda *_a: self._show_applicant())
        self.refresh_button = QPushButton(qta.icon("mdi6.refresh"), "", self)
        self.refresh_button.setObjectName("refresh_queue")
        self.refresh_button.clicked.connect(self.load)
        self.cancel_button = QPushButton(qta.icon("mdi6.close-circle-outline"), "", self)
        self.cancel_button.setObjectName("cancel_application")
        self.cancel_button.clicked.connect(self.cancel_current)
        self.queue_note = plain_label("", self, wrap=True)
        self.queue_note.setObjectName("queue_note")

        body = QWidget(self)
        self.heading = plain_label("", body, wrap=True)
        self.heading.setObjectName("exam_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.photo = QLabel(body)  # the applicant's photo: is this the person on the card?
        self.photo.setObjectName("exam_photo")
        self.photo.setFixedSize(75, 100)
        self.photo.hide()
        self.draft_note = plain_label("", body, wrap=True)
        self.draft_note.setObjectName("exam_draft_note")
        self.status_note = plain_label("", body, wrap=True)
        self.status_note.setObjectName("applicant_status")
        self.status_note.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.status_note.hide()
        self.dast_box = QGroupBox(body)
        self.dast = DastWidget(self.dast_box)
        QVBoxLayout(self.dast_box).addWidget(self.dast)
        self.urine_box = QGroupBox(body)
        self.urine_form = wrapping_form(self.urine_box)
        self.specimen = line("skhpn_specimen", self.urine_box)
        when = QWidget(self.urine_box)
        self.collected_on = DateField(F_COLLECTED, when)
        self.collected_on.setObjectName("skhpn_collected_on")
        self.collected_time = QTimeEdit(when)
        self.collected_time.setObjectName("skhpn_collected_time")
        self.collected_time.setDisplayFormat("HH:mm")
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.collected_on, 2)
        row.addWidget(self.collected_time, 1)
        when.setFocusProxy(self.collected_on)
        self.supervised = QCheckBox(self.urine_box)
        self.supervised.setObjectName("skhpn_supervised")
        self.supervised.setChecked(True)
        self.kit = line("skhpn_kit", self.urine_box)
        self.lot = line("skhpn_lot", self.urine_box)
        self.panel = UrinePanel(self.urine_box)
        for label, widget, required in ((F_SPECIMEN, self.specimen, True),
                                        (F_COLLECTED, when, True),
                                        (F_SUPERVISED, self.supervised, False),
                                        (F_KIT, self.kit, False), (F_LOT, self.lot, False),
                                        (F_RESULT, self.panel, True)):
            self.urine_form.add_row(label, widget, required=required)
        QVBoxLayout(self.urine_box).addWidget(self.urine_form)
        self.exam_box = QGroupBox(body)
        self.exam_form = wrapping_form(self.exam_box)
        self.vitals = {key: line(f"vital_{key.lower()}", self.exam_box) for key in VITAL_KEYS}
        self.finding = note_box("skhpn_finding", self.exam_box)
        self.conclusion = ConclusionBox(self.exam_box)
        self.dast.changed.connect(self._propose)
        self.panel.changed.connect(self._propose)
        for key, label in VITAL_KEYS.items():
            self.exam_form.add_row(label, self.vitals[key])
        self.exam_form.add_row(F_FINDING, self.finding, required=True)
        self.exam_form.add_row(F_CONCLUSION, self.conclusion, required=True)
        QVBoxLayout(self.exam_box).addWidget(self.exam_form)
        self.issue_button = QPushButton(qta.icon("mdi6.file-certificate"), "", body)
        self.issue_button.setObjectName("issue_skhpn")
        self.issue_button.clicked.connect(self.issue)
        self.message = error_label(body)
        self.message.setObjectName("exam_message")
        self.rights_note = plain_label("", body, wrap=True)
        self.rights_note.setObjectName("rights_note")
        self.rights_note.hide()
        inner = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.photo)
        inner.addLayout(top)
        inner.addWidget(self.status_note)
        inner.addWidget(self.draft_note)
        for widget in (self.dast_box, self.urine_box, self.exam_box, self.message,
                       self.rights_note):
            inner.addWidget(widget)
        issue_row = QHBoxLayout()
        issue_row.addStretch(1)
        issue_row.addWidget(self.issue_button)
        inner.addLayout(issue_row)
        inner.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.body = body

        queue_buttons = QHBoxLayout()
        queue_buttons.addWidget(self.queue_note, 1)
        queue_buttons.addWidget(self.refresh_button)
        queue_buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.queue)
        layout.addLayout(queue_buttons)
        layout.addWidget(self.scroll, 1)
        self._reset_form()
        self.retranslate_ui()

    # --- the queue ---------------------------------------------------------------------

    def load(self) -> None:
        """Read the applications waiting for the examination (oldest first)."""
        if SESSION.staff is None:
            return
        current = self.current_exam_id()
        try:
            self.applications = open_applications(SESSION.staff)
        except Exception as exc:
            if not expected(exc):
                raise
            self.applications = []
            self.queue_note.setText(describe(exc))
        self._fill()
        rows = [a.exam_id for a in self.applications]
        self.queue.setCurrentCell(rows.index(current) if current in rows else
                                  (0 if rows else -1), 0)
        self._show_applicant()

    def _fill(self) -> None:
        translate = QCoreApplication.translate
        purposes = dict(SKHPN_PURPOSES)
        self.queue.setRowCount(len(self.applications))
        for r, app in enumerate(self.applications):
            fee = (self.tr("waived (SKTM)") if app.sktm_number else rupiah(app.fee))
            for c, text in enumerate((app.name, short_stamp(app.registered_at),
                                      translate("Codes", purposes.get(app.purpose, app.purpose)),
                                      fee)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.queue.setItem(r, c, item)
        self.queue_note.setText(self.tr("%n applicant(s) waiting.", "", len(self.applications))
                                if self.applications else self.tr("Nobody is waiting."))

    def current_application(self) -> OpenApplication | None:
        row = self.queue.currentRow()
        return self.applications[row] if 0 <= row < len(self.applications) else None

    def current_exam_id(self) -> int | None:
        app = self.current_application()
        return app.exam_id if app is not None else None

    def _show_applicant(self) -> None:
        app = self.current_application()
        exam_id = app.exam_id if app is not None else None
        if exam_id != self._shown:  # another applicant: keep the first one's input aside
            self.keep_draft()
            self._reset_form()
            self._shown = exam_id
            self.restore_draft()
        self.body.setEnabled(app is not None)
        self.cancel_button.setEnabled(app is not None)
        if app is None:
            self.status_note.hide()
            self.photo.hide()
            self.heading.setText(self.tr("Choose an applicant from the queue."))
            return
        self.heading.setText(self.tr("Examination of {name}").format(name=app.name))
        self._show_status(app.exam_id)
        self._show_photo(app.person_id)
        staff = SESSION.staff
        doctor = staff is not None and has_right(staff, Area.LAB, Action.INPUT)
        self.issue_button.setEnabled(doctor)  # a convenience: models/ refuses it anyway
        self.rights_note.setVisible(not doctor)

    def _show_photo(self, person_id: int) -> None:
        """The applicant's photo beside the name (viewing it is audited), if there is one."""
        try:
            jpeg = view_photo(SESSION.staff, person_id)
        except Exception as exc:  # no photo shown; the exam goes on
            if not expected(exc):
                raise
            jpeg = None
        image = QImage.fromData(QByteArray(jpeg)) if jpeg else QImage()
        self.photo.setVisible(not image.isNull())
        if not image.isNull():
            self.photo.setPixmap(QPixmap.fromImage(image).scaled(
                self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _show_status(self, exam_id: int) -> None:
        """Say when the applicant is an active rehab client, and what identity is missing."""
        lines = []
        try:
            status = applicant_status(SESSION.staff, exam_id)
        except Exception as exc:  # said in the note; the form stays usable
            if not expected(exc):
                raise
            lines.append(describe(exc))
        else:
            if status.episode_no:
                lines.append(self.tr("This applicant is an active rehab client: episode "
                                     "{episode} ({status}).").format(
                    episode=status.episode_no, status=QCoreApplication.translate(
                        "Codes", dict(STATUSES).get(status.episode_status, ""))))
            if status.missing:
                lines.append(self.tr("The certificate cannot be issued before the identity "
                                     "record has: {fields}.").format(fields=", ".join(
                                         QCoreApplication.translate("Codes", f)
                                         for f in status.missing)))
        self.status_note.setText("\n".join(lines))
        self.status_note.setVisible(bool(lines))

    def _propose(self) -> None:
        """The conclusion the results propose, as they are entered."""
        self.conclusion.set_results(self.panel.results(), self.dast.evaluation(),
                                    self.panel.parameters)

    def cancel_current(self) -> None:
        app = self.current_application()
        if app is None or SESSION.staff is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the application"),
                          self.tr("Cancel the SKHPN application of {name}? It leaves the "
                                  "queue.").format(name=app.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirm_cancel_application")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._cancel(app.exam_id))
        box.open()

    def _cancel(self, exam_id: int) -> None:
        try:
            cancel_application(SESSION.staff, exam_id)
            discard_draft(SESSION.staff, DRAFT_KIND, str(exam_id))
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self.load()

    # --- the examination ---------------------------------------------------------------

    def _reset_form(self) -> None:
        self.dast.set_answers({})
        self.panel.set_results({})
        for edit in (self.specimen, self.kit, self.lot, *self.vitals.values()):
            edit.clear()
        self.finding.clear()
        self.conclusion.clear()
        now = dt.datetime.now()
        self.collected_on.set_date(now.date())
        self.collected_time.setTime(QTime(now.hour, now.minute))

    def exam_input(self) -> ExamInput:
        """What the doctor entered, as models/ takes it (a bad date raises at its field)."""
        day = self.collected_on.date()
        time = self.collected_time.time()
        collected = dt.datetime.combine(day, dt.time(time.hour(), time.minute())) if day \
            else None
        vitals = {key: edit.text().strip() for key, edit in self.vitals.items()
                  if edit.text().strip()}
        return ExamInput(
            dast_answers=self.dast.answers(),
            urine=UrineSample(self.specimen.text(), collected,  # type: ignore[arg-type]
                              self.panel.results(), kit=self.kit.text(), lot=self.lot.text(),
                              supervised=self.supervised.isChecked()),
            finding=self.finding.toPlainText(), conclusion=self.conclusion.conclusion(),
            vitals=vitals, override_reason=self.conclusion.override_reason(),
            override_confirmed=self.conclusion.differs() and self.conclusion.confirm.isChecked())

    def issue(self) -> int | None:
        """Record the examination and issue the SKHPN, then show it for printing."""
        app = self.current_application()
        staff = SESSION.staff
        if app is None or staff is None:
            return None
        for form in (self.urine_form, self.exam_form):
            form.clear_errors()
        show_error(self.dast.error, "")
        show_error(self.message, "")
        if self.conclusion.differs() and not self.conclusion.confirm.isChecked():
            show_error(self.message, self.tr(
                "The conclusion differs from what the results propose: tick the confirmation "
                "and write the clinical reason, or choose the proposed conclusion."))
            self.conclusion.confirm.setFocus()
            return None
        try:
            document_id = record_exam(staff, app.exam_id, self.exam_input())
        except Exception as exc:  # shown at its field, every input kept
            if not expected(exc):
                raise
            self._show_error(exc)
            return None
        discard_draft(staff, DRAFT_KIND, str(app.exam_id))
        self._reset_form()
        self.load()
        self.issued.emit(document_id)
        try:
            record, pdf = busy(original_pdf, staff, document_id)
        except Exception as exc:  # noqa: BLE001 - issued; it can be printed from the register
            show_failure(exc, self.message)
            return document_id
        open_preview(self, pdf, record.number, record.number, document_id=document_id)
        self._preview_receipt(staff, document_id)
        return document_id

    def _preview_receipt(self, staff, document_id: int) -> None:
        """The kuitansi issued with the certificate for a paid fee, ready to print."""
        try:
            receipt_id = receipt_of(document_id)
            if receipt_id is None:
                return
            record, pdf = busy(original_pdf, staff, receipt_id)
        except Exception as exc:  # noqa: BLE001 - issued; it can be printed from the register
            show_failure(exc, self.message)
            return
        open_preview(self, pdf, record.number, record.number)

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, PulihError):
            if self.dast.item_of(exc.field) is not None:
                show_error(self.dast.error, describe(exc))
                self.dast.items[self.dast.item_of(exc.field)].setFocus()
                return
            if self.urine_form.show_error(exc) or self.exam_form.show_error(exc):
                return
        show_error(self.message, describe(exc))

    def retranslate_ui(self) -> None:
        self.queue.setHorizontalHeaderLabels(
            [QCoreApplication.translate(C, text) for text in QUEUE_HEADERS])
        self.refresh_button.setText(self.tr("Refresh"))
        self.cancel_button.setText(self.tr("Cancel the application..."))
        self.dast_box.setTitle(self.tr("1. Screening interview (DAST-10)"))
        self.urine_box.setTitle(self.tr("2. Urine rapid test"))
        self.exam_box.setTitle(self.tr("3. Physical examination and conclusion"))
        self.issue_button.setText(self.tr("&Issue the SKHPN"))
        self.rights_note.setText(self.tr("Only the examining doctor records the examination "
                                         "and issues the SKHPN."))
        self.supervised.setText(self.tr("Collected under supervision"))
        self.dast.retranslate_ui()
        self.urine_form.retranslate_ui()
        self.exam_form.retranslate_ui()
        self.collected_on.retranslate_ui()
        self.panel.retranslate_ui()
        self.conclusion.retranslate_ui()
        if self.applications:
            self._fill()
        self._show_applicant()
