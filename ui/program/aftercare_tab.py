"""The "Pascarehabilitasi" tab of a client's record: start a plan (schedule shown before it
is saved), record contacts, missed follow-ups flagged, relapses and the abstinence date,
and closing aftercare with the reintegration outcomes."""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.care import aftercare as ac
from models.care.aftercare import (
    CONTACT_TYPES,
    AftercareRecord,
    close_aftercare,
    first_day,
    followup_dates,
    record_contact,
    start_aftercare,
    view_aftercare,
)
from models.care.urine import awaiting_confirmation
from models.desk.course import EpisodeCourse, Relapse, relapses_of, staff_names
from models.facility.facility import SETTINGS, get_setting
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date
from ui.clients.list_tab import code_text
from ui.clients.person_form import code_combo, retranslate_combo
from ui.clinical.addenda_panel import AddendaPanel
from ui.program.course_events import COURSE
from ui.program.course_tab import CourseTab
from ui.program.episode_choice import EpisodeChoice
from ui.program.yes_no import yes_no_combo, yes_no_text, yes_no_value
from ui.session import SESSION
from ui.widgets.confirm import ask
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import ERROR_COLOR, FieldForm, error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

F_WORK = QT_TRANSLATE_NOOP("Codes", "Working")
F_SCHOOL = QT_TRANSLATE_NOOP("Codes", "In school")
F_FAMILY = QT_TRANSLATE_NOOP("Codes", "Back with the family")
F_RELAPSE = QT_TRANSLATE_NOOP("Codes", "Relapse")
OUTCOMES = (F_WORK, F_SCHOOL, F_FAMILY)


class AftercareTab(CourseTab):
    """A person's aftercare for the chosen episode, loaded when shown and after changes.

    Attributes:
        plan: the aftercare plan shown, or None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aftercare_tab")
        self.plan: AftercareRecord | None = None
        self._relapses: list[Relapse] = []
        self.today = dt.date.today()
        self.episodes = EpisodeChoice(self)
        self.episodes.chosen.connect(lambda _id: self._show_episode())
        self.message = error_label(self)
        self.message.setObjectName("aftercare_message")
        self.state = plain_label("", self, wrap=True)
        self.state.setObjectName("aftercare_state")

        # Starting a plan: the schedule is shown as it will be saved.
        self.start_box = QGroupBox(self)
        self.start_box.setObjectName("aftercare_start")
        self.start_form = FieldForm(self.start_box)
        self.started_on = DateField(ac.F_STARTED, self.start_box)
        self.started_on.setObjectName("aftercare_started_on")
        self.interval = self._spin("aftercare_interval_months", self.start_box)
        self.count = self._spin("aftercare_followups", self.start_box)
        self.start_form.add_row(ac.F_STARTED, self.started_on, required=True)
        self.start_form.add_row(ac.F_INTERVAL, self.interval)
        self.start_form.add_row(ac.F_FOLLOWUPS, self.count)
        self.preview = plain_label("", self.start_box, wrap=True)
        self.preview.setObjectName("schedule_preview")
        self.start_button = QPushButton(qta.icon("mdi6.calendar-heart"), "", self.start_box)
        self.start_button.setObjectName("start_aftercare")
        self.start_button.clicked.connect(self.start)
        for signal in (self.started_on.textChanged, self.interval.valueChanged,
                       self.count.valueChanged):
            signal.connect(self._preview)
        box = QVBoxLayout(self.start_box)
        box.addWidget(self.start_form)
        box.addWidget(self.preview)
        box.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)

        # A plan: abstinence, relapses, the schedule, contacts, and the two forms.
        self.abstinence = plain_label("", self, wrap=True)
        self.abstinence.setObjectName("abstinence")
        font = QFont(self.abstinence.font())
        font.setBold(True)
        self.abstinence.setFont(font)
        self.relapses = plain_label("", self, wrap=True)
        self.relapses.setObjectName("relapses")
        self.missed = error_label(self)
        self.missed.setObjectName("missed_followups")
        self.schedule_title = plain_label("", self)
        self.schedule = read_only_table(self, "followup_schedule", 2, widths=(130,), single=False)
        self.schedule.setMinimumHeight(150)
        self.contacts_title = plain_label("", self)
        self.contacts = read_only_table(self, "contacts", 5, widths=(130,) * 4, single=False)
        self.contacts.setMinimumHeight(150)
        self.contacts.itemSelectionChanged.connect(self._show_contact_addenda)
        # A recorded contact is corrected or annotated only by an addendum.
        self.contact_addenda = AddendaPanel("contact", self)
        self.contact_addenda.setObjectName("contact_addenda")
        self.contact_addenda.added.connect(lambda _id: self._show_episode())
        self.contact_addenda.hide()

        self.contact_box = QGroupBox(self)
        self.contact_box.setObjectName("contact_box")
        self.contact_form = FieldForm(self.contact_box)
        self.contact_type = code_combo(CONTACT_TYPES, "contact_type", self.contact_box)
        self.contacted_on = DateField(ac.F_CONTACTED, self.contact_box)
        self.contacted_on.setObjectName("contacted_on")
        self.outcome = QLineEdit(self.contact_box)
        self.outcome.setObjectName("contact_outcome")
        self.relapse = QCheckBox(self.contact_box)
        self.relapse.setObjectName("contact_relapse")
        self.contact_form.add_row(ac.F_CONTACT_TYPE, self.contact_type, required=True)
        self.contact_form.add_row(ac.F_CONTACTED, self.contacted_on, required=True)
        self.contact_form.add_row(ac.F_OUTCOME, self.outcome)
        self.contact_form.add_row(F_RELAPSE, self.relapse)
        self.contact_button = QPushButton(qta.icon("mdi6.phone-check"), "", self.contact_box)
        self.contact_button.setObjectName("record_contact")
        self.contact_button.clicked.connect(self.add_contact)
        self.contact_message = error_label(self.contact_box)
        box = QVBoxLayout(self.contact_box)
        box.addWidget(self.contact_form)
        box.addWidget(self.contact_message)
        box.addWidget(self.contact_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.close_box = QGroupBox(self)
        self.close_box.setObjectName("close_box")
        self.close_form = FieldForm(self.close_box)
        self.closed_on = DateField(ac.F_CLOSED, self.close_box)
        self.closed_on.setObjectName("aftercare_closed_on")
        self.outcome_combos = {label: yes_no_combo(f"outcome_{i}", self.close_box)
                               for i, label in enumerate(OUTCOMES)}
        self.close_form.add_row(ac.F_CLOSED, self.closed_on, required=True)
        for label, combo in self.outcome_combos.items():
            self.close_form.add_row(label, combo)
        self.close_button = QPushButton(qta.icon("mdi6.calendar-check"), "", self.close_box)
        self.close_button.setObjectName("close_aftercare")
        self.close_button.clicked.connect(self.ask_close)
        self.confirm_box = None
        self.close_message = error_label(self.close_box)
        box = QVBoxLayout(self.close_box)
        box.addWidget(self.close_form)
        box.addWidget(self.close_message)
        box.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.episodes)
        for widget in (self.message, self.state, self.start_box, self.abstinence, self.relapses,
                       self.missed, self.schedule_title, self.schedule, self.contacts_title,
                       self.contacts, self.contact_addenda, self.contact_box, self.close_box):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_parts(None)
        self.retranslate_ui()

    def _spin(self, key: str, parent: QWidget) -> QSpinBox:
        spec = SETTINGS[key]
        spin = QSpinBox(parent)
        spin.setObjectName(key)
        spin.setRange(int(spec.minimum or 1), int(spec.maximum or 99))
        return spin

    # --- loading ------------------------------------------------------------------------

    def _show_episode(self) -> None:
        course, staff = self.episodes.current(), SESSION.staff
        self.plan = None
        if course is not None and staff is not None:
            try:
                if course.plan_id is not None:
                    self.plan = view_aftercare(staff, course.plan_id)
                    self._fill_plan(staff)
                elif course.discharged_on is not None:
                    self.started_on.set_date(course.discharged_on)
                    self.interval.setValue(int(get_setting("aftercare_interval_months")))
                    self.count.setValue(int(get_setting("aftercare_followups")))
            except Exception as exc:  # noqa: BLE001
                show_failure(exc, self.message)
        self._show_parts(course)

    def _fill_plan(self, staff) -> None:
        plan = self.plan
        assert plan is not None
        names = staff_names(staff, {c.staff_id for c in plan.contacts})
        contacts = {c.id: c for c in plan.contacts}
        kinds = code_text(dict(CONTACT_TYPES))
        missed = 0
        self.schedule.setRowCount(len(plan.schedule))
        for row, (_id, due, contact_id) in enumerate(plan.schedule):
            colour = None
            if contact_id is not None and contact_id in contacts:
                kept = contacts[contact_id]
                state = self.tr("Kept on {date} ({kind})").format(
                    date=short_date(kept.contacted_on), kind=kinds(kept.contact_type))
            elif plan.closed_on is not None:
                state = self.tr("Not needed: aftercare ended")
            elif due < self.today:
                missed += 1
                state = self.tr("Missed: %n day(s) late", "", (self.today - due).days)
                colour = QColor(ERROR_COLOR)
            elif due == self.today:
                state = self.tr("Due today")
            else:
                state = self.tr("To come")
            for column, text in enumerate((short_date(due), state)):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.schedule.setItem(row, column, item)
        show_error(self.missed, self.tr("%n follow-up(s) missed: contact the client.", "",
                                        missed) if missed else "")
        self.contacts.setRowCount(len(plan.contacts))
        for row, contact in enumerate(plan.contacts):
            cells = (short_date(contact.contacted_on), kinds(contact.contact_type),
                     self.tr("relapse") if contact.relapse else "",
                     names.get(contact.staff_id, ""), contact.outcome)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.contacts.setItem(row, column, item)
            if contact.addenda:
                self.contacts.item(row, 4).setText(
                    self.tr("{outcome} (+%n addendum(s))", "", len(contact.addenda)).format(
                        outcome=contact.outcome).lstrip())
        self._relapses = relapses_of(staff, plan.id)
        # positive screens of this episode still waiting for their confirmation
        pending = awaiting_confirmation(staff, self._person_id) \
            if has_right(staff, Area.LAB, Action.VIEW) else []
        self._pending = [t.collected_at.date() for t in pending
                         if t.episode_id == plan.episode_id]
        self._plan_texts()
        self._show_contact_addenda()

    def _show_contact_addenda(self) -> None:
        """The addenda of the chosen contact, with the box to add one."""
        plan, staff = self.plan, SESSION.staff
        rows = self.contacts.selectionModel().selectedRows() if plan is not None else []
        if plan is None or staff is None or not rows or rows[0].row() >= len(plan.contacts):
            self.contact_addenda.hide()
            return
        contact = plan.contacts[rows[0].row()]
        self.contact_addenda.show_addenda(contact.id, contact.addenda,
                                          has_right(staff, Area.PROGRAM, Action.CORRECT))
        self.contact_addenda.show()

    def _show_parts(self, course: EpisodeCourse | None) -> None:
        plan = self.plan
        self.start_box.setVisible(course is not None and plan is None
                                  and course.discharge_id is not None)
        for widget in (self.abstinence, self.relapses, self.schedule_title, self.schedule,
                       self.contacts_title, self.contacts):
            widget.setVisible(plan is not None)
        self.missed.setVisible(plan is not None and bool(self.missed.text()))
        self.relapses.setVisible(plan is not None and bool(self.relapses.text()))
        open_plan = plan is not None and plan.closed_on is None
        self.contact_box.setVisible(open_plan)
        self.close_box.setVisible(open_plan)
        if open_plan and not self.contacted_on.text():
            self.contacted_on.set_date(self.today)
        if open_plan and not self.closed_on.text():
            self.closed_on.set_date(self.today)
        self._state_text(course)
        self._preview()

    # --- acts ---------------------------------------------------------------------------

    def _act(self, form: FieldForm, message, act) -> bool:
        form.clear_errors()
        show_error(message, "")
        if SESSION.staff is None:
            return False
        try:
            act(SESSION.staff)
        except Exception as exc:  # noqa: BLE001 - shown at its field, input kept
            show_failure(exc, message, forms=[form])
            return False
        if self._person_id is not None:
            COURSE.changed.emit(self._person_id)
        return True

    def start(self) -> bool:
        course = self.episodes.current()
        if course is None:
            return False
        return self._act(self.start_form, self.message, lambda staff: start_aftercare(
            staff, course.episode_id, self.started_on.date(), self.interval.value(),
            self.count.value()))

    def add_contact(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        done = self._act(self.contact_form, self.contact_message, lambda staff: record_contact(
            staff, plan.id, self.contact_type.currentData(), self.contacted_on.date(),
            self.outcome.text(), self.relapse.isChecked()))
        if done:
            self.outcome.clear()
            self.relapse.setChecked(False)
        return done

    def ask_close(self) -> None:
        """Ending aftercare cannot be taken back: ask first (the box does not block)."""
        if self.plan is None:
            return
        self.confirm_box = ask(
            self, "end_aftercare_confirm", self.tr("End aftercare"),
            self.tr("End this client's aftercare on {date}? Ending cannot be undone: no more "
                    "follow-ups or contacts can be recorded on this plan afterwards.").format(
                date=self.closed_on.text() or "-"),
            self.tr("End aftercare"), self.tr("Keep it running"), self.close_plan)

    def close_plan(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        work, school, family = (yes_no_value(self.outcome_combos[k]) for k in OUTCOMES)
        return self._act(self.close_form, self.close_message, lambda staff: close_aftercare(
            staff, plan.id, self.closed_on.date(), work, school, family))

    # --- texts --------------------------------------------------------------------------

    def _preview(self) -> None:
        start = self.started_on.date_or_none()
        if start is None:
            self.preview.setText(self.tr("Type the start date to see the follow-up dates."))
            return
        course = self.episodes.current()
        first = first_day(start, course.discharged_on if course is not None else None)
        dates = followup_dates(first, self.interval.value(), self.count.value())
        self.preview.setText(self.tr("Follow-ups on: {dates}").format(
            dates=", ".join(short_date(d) for d in dates)))

    def _state_text(self, course: EpisodeCourse | None) -> None:
        if course is None:
            text = (self.tr("This person has no episode of care yet.")
                    if self._loaded_for is not None else "")
        elif self.plan is not None:
            text = self.tr("Aftercare since {date}, a follow-up every %n month(s).", "",
                           self.plan.interval_months).format(date=short_date(self.plan.started_on))
            if self.plan.closed_on is not None:
                text += " " + self.tr("Ended on {date}. Working: {work} \u00b7 In school: "
                                      "{school} \u00b7 Back with the family: {family}").format(
                    date=short_date(self.plan.closed_on), work=yes_no_text(self.plan.outcome_work),
                    school=yes_no_text(self.plan.outcome_school),
                    family=yes_no_text(self.plan.outcome_family))
        elif course.discharge_id is None:
            text = self.tr("Aftercare starts after the discharge. Discharge this episode in the "
                           "Program tab first.")
        else:
            text = self.tr("Discharged on {date}. Start the aftercare plan: the follow-up dates "
                           "come from the facility's settings.").format(
                date=short_date(course.discharged_on))
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def _plan_texts(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if plan.abstinence_since is not None:
            self.abstinence.setText(self.tr("Abstinent since {date}: %n day(s).", "",
                                            (self.today - plan.abstinence_since).days)
                                    .format(date=short_date(plan.abstinence_since)))
        lines = []
        for relapse in self._relapses:
            source = (self.tr("a positive urine test") if relapse.source == "urine_test"
                      else self.tr("a contact marked relapse"))
            lines.append(self.tr("Relapse on {date} ({source}): abstinence counted again from "
                                 "that day.").format(date=short_date(relapse.on), source=source))
        for day in getattr(self, "_pending", []):
            lines.append(self.tr("Positive urine screen of {date} awaiting confirmation: the "
                                 "abstinence date changes only once a laboratory or the "
                                 "client's admission confirms it.").format(date=short_date(day)))
        self.relapses.setText("\n".join(lines))

    def retranslate_ui(self) -> None:
        self.start_box.setTitle(self.tr("Start aftercare"))
        self.start_button.setText(self.tr("&Start aftercare"))
        self.schedule_title.setText(self.tr("Follow-up schedule"))
        self.schedule.setHorizontalHeaderLabels([self.tr("Due"), self.tr("State")])
        self.contacts_title.setText(self.tr("Contacts"))
        self.contacts.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"),
                                                 self.tr("Relapse"), self.tr("By"),
                                                 self.tr("Outcome")])
        self.contact_box.setTitle(self.tr("Record a contact"))
        self.contact_button.setText(self.tr("&Record the contact"))
        self.relapse.setText(self.tr("The client relapsed (abstinence starts again)"))
        self.close_box.setTitle(self.tr("End aftercare"))
        self.close_button.setText(self.tr("&End aftercare"))
        retranslate_combo(self.contact_type)
        for combo in self.outcome_combos.values():
            retranslate_combo(combo)
        for field in (self.started_on, self.contacted_on, self.closed_on):
            field.retranslate_ui()
        for form in (self.start_form, self.contact_form, self.close_form):
            form.retranslate_ui()
        self.episodes.retranslate_ui()
        for title in (self.schedule_title, self.contacts_title):
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
        if self.plan is not None and SESSION.staff is not None:
            self._fill_plan(SESSION.staff)
        self._state_text(self.episodes.current())
        self._preview()
