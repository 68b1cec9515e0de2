"""The "Program" tab of a client's record: enrolment, the current phase (overdue flagged),
moves and undo, the phase history, and the discharge (with its correction)."""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.care.discharge import REASONS
from models.care.enrollment import EnrollmentRecord, view_enrollment
from models.desk.course import (
    DischargeRecord,
    EpisodeCourse,
    discharge_of,
    staff_names,
    template_name,
    template_phases,
)
from models.intake.admission import counselor_of
from models.staff.rights import Action, Area, has_right
from models.staff.staff import Staff
from reports.dates import short_date
from ui.appointments.sessions_label import SessionsLabel
from ui.program.admission_box import AdmissionBox
from ui.program.course_events import COURSE
from ui.program.course_tab import CourseTab
from ui.program.discharge_dialog import DischargeDialog, teds_text
from ui.program.episode_choice import EpisodeChoice
from ui.program.move_panel import MovePanel
from ui.program.timeline import PhaseTimeline, days_in_phase
from ui.program.yes_no import yes_no_text
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import ERROR_COLOR, error_label, plain_label, show_error


class ProgramTab(CourseTab):
    """A person's program: loaded when the tab is shown, again after every change.

    Attributes:
        record: the enrolment shown, or None.
        discharge: the discharge of the episode shown, or None.
        dialog: the discharge dialog while it is open.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("program_tab")
        self.record: EnrollmentRecord | None = None
        self.discharge: DischargeRecord | None = None
        self.dialog: DischargeDialog | None = None
        self.template_editor = None

        self.episodes = EpisodeChoice(self)
        self.episodes.chosen.connect(lambda _id: self._show_episode())
        self.templates_button = QPushButton(qta.icon("mdi6.file-tree"), "", self)
        self.templates_button.setObjectName("edit_templates")
        self.templates_button.clicked.connect(self.open_template_editor)
        self.message = error_label(self)
        self.message.setObjectName("program_message")
        self.state = plain_label("", self, wrap=True)
        self.state.setObjectName("program_state")
        # The counselor of record of the episode shown, and the change (with a reason).
        self.counselor = (None, "")
        self.counselor_label = plain_label("", self, wrap=True)
        self.counselor_label.setObjectName("counselor_of_record_text")
        self.counselor_button = QPushButton(qta.icon("mdi6.account-switch"), "", self)
        self.counselor_button.setObjectName("change_counselor")
        self.counselor_button.clicked.connect(self.open_counselor_dialog)
        self.counselor_dialog = None

        # The admission step and program start: shown while the episode is in no program.
        self.enrol_box = AdmissionBox(self)
        self.enrol_box.done.connect(self._changed)
        self.enrol_form = self.enrol_box.form
        self.template = self.enrol_box.template
        self.started_on = self.enrol_box.started_on
        self.enrol_button = self.enrol_box.enrol_button
        self.enrol_message = self.enrol_box.message

        # The enrolment shown: heading, phase and overdue flag, moves, history, discharge.
        self.title = plain_label("", self, wrap=True)
        self.title.setObjectName("program_title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.phase_label = plain_label("", self, wrap=True)
        self.phase_label.setObjectName("current_phase")
        self.overdue_label = error_label(self)
        self.overdue_label.setObjectName("overdue_flag")
        self.overdue_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.sessions_label = SessionsLabel(self)  # sessions done against the series planned
        self.moves = MovePanel(self)
        self.moves.moved.connect(self._changed)
        self.timeline = PhaseTimeline(self)
        self.discharge_button = QPushButton(qta.icon("mdi6.flag-checkered"), "", self)
        self.discharge_button.setObjectName("discharge")
        self.discharge_button.clicked.connect(self.open_discharge)
        self.discharge_box = QGroupBox(self)
        self.discharge_box.setObjectName("discharge_box")
        self.discharge_text = plain_label("", self.discharge_box, wrap=True)
        self.discharge_text.setObjectName("discharge_text")
        self.discharge_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correct_button = QPushButton(qta.icon("mdi6.pencil"), "", self.discharge_box)
        self.correct_button.setObjectName("correct_discharge")
        self.correct_button.clicked.connect(self.open_discharge)
        box = QVBoxLayout(self.discharge_box)
        box.addWidget(self.discharge_text)
        box.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignLeft)

        content = QWidget(self)
        column = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self.episodes, 1)
        top.addWidget(self.templates_button)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(self.state)
        counselor_row = QHBoxLayout()
        counselor_row.addWidget(self.counselor_label, 1)
        counselor_row.addWidget(self.counselor_button)
        column.addLayout(counselor_row)
        column.addWidget(self.enrol_box)
        column.addWidget(self.title)
        column.addWidget(self.phase_label)
        column.addWidget(self.overdue_label)
        column.addWidget(self.sessions_label)
        column.addWidget(self.discharge_box)
        column.addWidget(self.moves)
        column.addWidget(self.discharge_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.timeline)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("program_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_parts(None)
        self.retranslate_ui()

    # --- loading ------------------------------------------------------------------------

    def _prepare(self, staff: Staff) -> None:
        self.templates_button.setVisible(has_right(staff, Area.ADMIN, Action.CORRECT))

    def _show_episode(self) -> None:
        course, staff = self.episodes.current(), SESSION.staff
        self.record, self.discharge = None, None
        if course is None or staff is None:
            self._show_parts(None)
            return
        try:
            self.counselor = counselor_of(staff, course.episode_id)
            if course.enrollment_id is not None:
                self.record = view_enrollment(staff, course.enrollment_id)
                phases = template_phases(staff, self.record.template_id)
                names = staff_names(staff, {m.staff_id for m in self.record.moves})
                self.timeline.show_course(phases, self.record, names)
                self.moves.show_record(self.record)
                self.title.setText(template_name(staff, self.record.template_id))
            if course.discharge_id is not None:
                self.discharge = discharge_of(staff, course.episode_id)
            if self.record is None and course.status in ("screening", "waiting", "in_program"):
                self.enrol_box.show_course(course)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
        self._show_parts(course)
        self.sessions_label.show_episode(course.episode_id if self.record is not None else None)

    def _show_parts(self, course: EpisodeCourse | None) -> None:
        record, ended = self.record, self.record is not None and self.record.ended_on
        enrollable = (course is not None and record is None
                      and course.status in ("screening", "waiting", "in_program"))
        self.enrol_box.setVisible(enrollable)
        for widget in (self.title, self.phase_label, self.timeline):
            widget.setVisible(record is not None)
        self.moves.setVisible(record is not None and not ended)
        self.discharge_button.setVisible(record is not None and not ended
                                         and course is not None and course.status == "in_program")
        self.discharge_box.setVisible(self.discharge is not None)
        open_episode = course is not None and course.status in (
            "screening", "waiting", "in_program", "aftercare")
        self.counselor_label.setVisible(course is not None)
        self.counselor_button.setVisible(open_episode and self.counselor[0] is not None)
        self._texts(course)

    # --- acts ---------------------------------------------------------------------------

    def enrol(self) -> bool:
        """The admission step's "Start the program" (see :class:`AdmissionBox`)."""
        return self.enrol_box.enrol()

    def open_discharge(self) -> DischargeDialog | None:
        """The discharge dialog (a correction once discharged), opened window-modal."""
        course = self.episodes.current()
        if course is None:
            return None
        self.dialog = DischargeDialog(course.episode_id, course.service_type == "social",
                                      self.discharge, self)
        self.dialog.accepted.connect(self._changed)
        self.dialog.open()
        return self.dialog

    def open_counselor_dialog(self) -> None:
        course = self.episodes.current()
        if course is None:
            return
        from ui.program.counselor_dialogs import EpisodeCounselorDialog
        self.counselor_dialog = EpisodeCounselorDialog(course.episode_id, self.counselor, self)
        self.counselor_dialog.accepted.connect(self._changed)
        self.counselor_dialog.finished.connect(self.counselor_dialog.deleteLater)
        self.counselor_dialog.open()

    def open_template_editor(self) -> None:
        from ui.program.template_editor import TemplateEditor  # admins only, built on demand
        self.template_editor = TemplateEditor(self)
        self.template_editor.finished.connect(lambda _r: self._changed())
        self.template_editor.open()

    def _changed(self) -> None:
        if self._person_id is not None:
            COURSE.changed.emit(self._person_id)

    # --- texts --------------------------------------------------------------------------

    def _texts(self, course: EpisodeCourse | None = None) -> None:
        course = course or self.episodes.current()
        record = self.record
        state = ""
        if course is None:
            state = self.tr("This person has no episode of care yet. Register an episode at "
                            "intake first.") if self._loaded_for is not None else ""
        elif record is None and not self.enrol_box.isVisibleTo(self):
            state = self.tr("This episode was never in a program.")
        elif record is None:
            state = self.tr("This episode is not in a program yet. Choose the program and the "
                            "date it starts.")
        self.state.setText(state)
        self.state.setVisible(bool(state))
        self.counselor_label.setText(self.tr("Counselor of record: {name}").format(
            name=self.counselor[1]) if self.counselor[0] is not None
            else self.tr("No counselor of record yet: one is chosen at admission."))
        show_error(self.overdue_label, "")
        if record is not None:
            if record.ended_on is not None:
                self.phase_label.setText(self.tr("The program ended on {date} with the "
                                                 "discharge; last phase: {phase}.").format(
                    date=short_date(record.ended_on), phase=record.current_phase_name))
            else:
                days = days_in_phase(record, dt.date.today()) or 0
                target = next((p.target_days for p in self.timeline.phases
                               if p.id == record.current_phase_id), None)
                text = self.tr("Current phase: {phase}, since {date} ({days}).").format(
                    phase=record.current_phase_name, date=short_date(record.phase_since),
                    days=self.tr("day %n", "", days + 1))  # the day it entered is day 1
                if target:
                    text += " " + self.tr("Target: %n day(s).", "", target)
                self.phase_label.setText(text)
                if target and days > target:
                    show_error(self.overdue_label, self.tr(
                        "Overdue: this phase has run %n day(s) past its target.", "",
                        days - target))
        self._discharge_texts()

    def _discharge_texts(self) -> None:
        d = self.discharge
        if d is None:
            self.discharge_text.setText("")
            return
        reasons = {code: label for code, label, _ in REASONS}
        lines = [self.tr("Discharged on {date}: {reason} ({teds}).").format(
            date=short_date(d.discharged_on),
            reason=QCoreApplication.translate("Codes", reasons.get(d.reason, d.reason)),
            teds=teds_text(d.reason))]
        if any(v is not None for v in (d.outcome_recovered, d.outcome_skilled,
                                       d.outcome_independent)):
            lines.append(self.tr("Recovered: {a} \u00b7 Skilled: {b} \u00b7 Independent: {c}")
                         .format(a=yes_no_text(d.outcome_recovered),
                                 b=yes_no_text(d.outcome_skilled),
                                 c=yes_no_text(d.outcome_independent)))
        if d.referred_to:
            lines.append(self.tr("Referred to: {place}").format(place=d.referred_to))
        if d.note:
            lines.append(d.note)
        lines.append(self.tr("Recorded by {name}.").format(name=d.staff_name))
        self.discharge_text.setText("\n".join(lines))

    def retranslate_ui(self) -> None:
        self.templates_button.setText(self.tr("Program templates"))
        self.templates_button.setToolTip(self.tr(
            "Phases, target durations and allowed moves of the programs (admins)"))
        self.enrol_box.retranslate_ui()
        self.sessions_label.retranslate_ui()
        self.discharge_button.setText(self.tr("&Discharge\u2026"))
        self.counselor_button.setText(self.tr("Change the counselor\u2026"))
        self.discharge_box.setTitle(self.tr("Discharge"))
        self.correct_button.setText(self.tr("Correct the discharge\u2026"))
        self.episodes.retranslate_ui()
        self.moves.retranslate_ui()
        self.timeline.retranslate_ui()
        self._texts()
