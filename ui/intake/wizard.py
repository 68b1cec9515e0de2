"""The intake wizard: identity, arrival, substances, consent, then one save.

Everything typed is kept as a draft in the database a moment after each change (and when
the window locks or closes), so a crash, a lock or a closed window loses nothing. While the
identity is typed, people already on file who may be the same person are listed beside the
form, with a way to open them instead of registering a duplicate.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.age import is_minor
from models.core.errors import PulihError
from models.desk.drafts import discard_draft, load_draft, save_draft
from models.intake import intake as ik
from models.intake.flow import IntakeResult, register_intake
from models.people.registry import (
    REASON_LABELS,
    LikelyDuplicate,
    PersonInput,
    duplicate_candidates,
    view_person,
)
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date, short_stamp
from ui.clients.person_form import PersonForm
from ui.i18n import translate
from ui.intake.duplicate_dialog import DuplicateDialog
from ui.intake.episode_form import (
    ArrivalForm,
    ConsentForm,
    SubstancesForm,
    restore_state,
    widget_state,
)
from ui.intake.intake_problems import intake_problems
from ui.session import SESSION
from ui.widgets.error_summary import ErrorSummary
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, keep_room, plain_label, show_error

#: fields in which Enter means "the default button" (a list or a button keeps its own Enter)
ENTER_FIELDS = (QLineEdit, QComboBox, QCheckBox, QAbstractSpinBox)
SUBSTANCE_FIELDS = (ik.F_SUBSTANCE, ik.F_ROUTE, ik.F_DAYS, ik.F_YEARS, ik.F_AGE_FIRST,
                    ik.F_PATTERN, ik.F_OVERDOSES)
DRAFT_KIND = "intake"
DRAFT_PAUSE_MS = 1500
STEPS = (QT_TRANSLATE_NOOP("IntakeWizard", "1. Identity"),
         QT_TRANSLATE_NOOP("IntakeWizard", "2. Arrival and referral"),
         QT_TRANSLATE_NOOP("IntakeWizard", "3. Substances"),
         QT_TRANSLATE_NOOP("IntakeWizard", "4. Consent and admission"))
STATUS_TEXT = {
    "screening": QT_TRANSLATE_NOOP("IntakeWizard", "in screening"),
    "in_program": QT_TRANSLATE_NOOP("IntakeWizard", "admitted to the program"),
    "waiting": QT_TRANSLATE_NOOP("IntakeWizard",
                                 "on the waiting list: every place in the program is taken"),
}


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing away what was typed; Enter or Escape keeps it."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("IntakeWizard", "Discard draft"),
                      translate("IntakeWizard", "Throw away everything typed for this "
                                "registration? This cannot be undone."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("confirm_discard")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class IntakeWizard(QWidget):
    """A new registration, for a new person or (``for_person``) one already on file.

    Signals:
        open_person(int): show this person's record (a duplicate candidate, or the person
            just registered).
        saved(int, int): person id and episode id of a completed intake.
    """

    open_person = Signal(int)
    saved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: int | None = None  # registering a new episode for this person
        self.result: IntakeResult | None = None
        self._restoring = False
        self._started = False
        self._different_from: tuple[int, ...] = ()  # decided: not the same person
        self._existing_birth: dt.date | None = None
        self.duplicate_dialog: QDialog | None = None

        self.step_list = QListWidget(self)
        self.step_list.setObjectName("intake_steps")
        self.step_list.setFixedWidth(210)
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for _ in STEPS:
            QListWidgetItem("", self.step_list)
        self.person = PersonForm(self)
        self.person_summary = plain_label("", self, wrap=True)
        self.person_summary.setObjectName("existing_person")
        self.arrival = ArrivalForm(self)
        self.substances = SubstancesForm(self)
        self.consent = ConsentForm(self)

        identity = QWidget(self)
        identity_layout = QHBoxLayout(identity)
        identity_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.person_summary)
        left.addWidget(_scrolled(self.person, self), 1)
        identity_layout.addLayout(left, 3)
        self.duplicates_box = QFrame(self)
        self.duplicates_box.setObjectName("duplicates_box")
        self.duplicates_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicates_title = plain_label("", self.duplicates_box, wrap=True)
        self.duplicates = QListWidget(self.duplicates_box)
        self.duplicates.setObjectName("duplicate_list")
        self.duplicates.setWordWrap(True)
        self.duplicates.itemActivated.connect(self._open_duplicate)
        self.open_duplicate = QPushButton(qta.icon("mdi6.folder-account"), "",
                                          self.duplicates_box)
        self.open_duplicate.setObjectName("open_duplicate")
        self.open_duplicate.clicked.connect(
            lambda: self.duplicates.currentItem() and self._open_duplicate(
                self.duplicates.currentItem()))
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(self.duplicates_title)
        box.addWidget(self.duplicates, 1)
        box.addWidget(self.open_duplicate)
        self.duplicates_box.hide()
        identity_layout.addWidget(self.duplicates_box, 2)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(identity)
        self.steps.addWidget(_scrolled(self.arrival, self))
        self.steps.addWidget(_scrolled(self.substances, self))
        self.steps.addWidget(_scrolled(self.consent, self))
        self.step_list.currentRowChanged.connect(self.steps.setCurrentIndex)
        self.summary = ErrorSummary(self)  # beside the steps: showing it moves no field
        self.summary.setFixedWidth(self.step_list.width())

        self.rights_note = error_label(self)
        self.rights_note.setObjectName("rights_note")
        self.draft_note = plain_label("", self, wrap=True)
        self.draft_note.setObjectName("draft_note")
        keep_room(self.draft_note)
        self.discard_button = QPushButton(qta.icon("mdi6.delete-outline"), "", self)
        self.discard_button.setObjectName("discard_draft")
        self.discard_button.clicked.connect(self.discard)
        policy = self.discard_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the banner coming and going moves nothing
        self.discard_button.setSizePolicy(policy)
        self.message = error_label(self)
        self.message.setObjectName("intake_message")
        keep_room(self.message)
        self.done_note = plain_label("", self, wrap=True)
        self.done_note.setObjectName("intake_done")
        self.back_button = QPushButton(qta.icon("mdi6.chevron-left"), "", self)
        self.back_button.setObjectName("step_back")
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(qta.icon("mdi6.chevron-right"), "", self)
        self.next_button.setObjectName("step_next")
        self.next_button.clicked.connect(lambda: self.go(self.steps.currentIndex() + 1))
        self.save_button = QPushButton(qta.icon("mdi6.content-save-check"), "", self)
        self.save_button.setObjectName("save_intake")
        self.save_button.clicked.connect(self.save)
        self.open_saved = QPushButton(qta.icon("mdi6.folder-account"), "", self)
        self.open_saved.setObjectName("open_saved")
        self.open_saved.clicked.connect(
            lambda: self.result and self.open_person.emit(self.result.person_id))
        self.open_saved.hide()

        top = QHBoxLayout()
        top.addWidget(self.draft_note, 1)
        top.addWidget(self.discard_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_saved)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.rights_note)
        right.addLayout(top)
        right.addWidget(self.steps, 1)
        right.addWidget(self.message)
        right.addWidget(self.done_note)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        side.addWidget(self.step_list, 1)
        side.addWidget(self.summary, 2)
        layout.addLayout(side)
        layout.addLayout(right, 1)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        for form in (self.person, self.arrival, self.substances, self.consent):
            form.edited.connect(self._edited)
        self.person.identity_changed.connect(self.find_duplicates)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self.go(
            self.steps.currentIndex() + 1))
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.go(
            self.steps.currentIndex() - 1))
        self.retranslate_ui()
        self.go(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter presses the button drawn as default, as in every dialog: Next, and on the
        last step Save (a field that uses Enter itself, such as the address, keeps it)."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and self.result is None
                and isinstance(QApplication.focusWidget(), ENTER_FIELDS)):
            if self.next_button.isVisible() and self.next_button.isEnabled():
                self.next_button.click()
            elif self.save_button.isEnabled():
                self.save_button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- starting ----------------------------------------------------------------------

    def start(self, person_id: int | None = None) -> None:
        """Begin an intake (for a new person, or ``person_id``); a kept draft comes back.

        Switching to another person first keeps what was typed for the current one.
        """
        person_id = person_id or None
        if self._started and (person_id != self.person_id or self.result is not None):
            if self.result is None and self.has_unsaved_input():
                self.keep_draft()
            self._reset_forms()
        self._started = True
        self.person_id = person_id
        self.result = None
        self.arrival.load_funding()
        self.person.setVisible(self.person_id is None)
        self.person_summary.setVisible(self.person_id is not None)
        if self.person_id is not None and SESSION.staff is not None:
            record = view_person(SESSION.staff, self.person_id)
            data = record.data
            self._existing_birth = data.birth_date
            self.person_summary.setText(self.tr(
                "New episode for {name} ({reg_no}), born {born}.").format(
                name=data.full_name, reg_no=record.reg_no,
                born=short_date(data.birth_date, "-")))
        self._set_done(False)
        self._say_rights()
        self.restore_draft()
        self.go(0 if self.person_id is None else 1)

    def may_save(self) -> bool:
        """Whether the signed-in role may save this intake (models/ decides again)."""
        staff = SESSION.staff
        if staff is None:
            return False
        needs = [(Area.EPISODE, Action.INPUT)]
        if self.person_id is None:
            needs.append((Area.IDENTITY, Action.INPUT))
        return all(has_right(staff, area, action) for area, action in needs)

    def _say_rights(self) -> None:
        """A role that may not save says so when the form opens, not after it is filled."""
        allowed = self.may_save()
        self.rights_note.setVisible(not allowed)
        self.rights_note.setText("" if allowed else self.tr(
            "Your role may not register a new person: ask the intake desk, or open the "
            "person's record in Klien to add a new episode there."
            if self.person_id is None else
            "Your role may not register an episode: ask the intake desk."))
        self.save_button.setEnabled(allowed and self.result is None)

    def _subject(self) -> str:
        return str(self.person_id or "")

    def state(self) -> dict[str, Any]:
        return {"person": self.person.state() if self.person_id is None else {},
                "arrival": widget_state(self.arrival.inputs()),
                "substances": widget_state(self.substances.inputs()),
                "consent": widget_state(self.consent.inputs()),
                "step": self.steps.currentIndex()}

    def restore_draft(self) -> bool:
        """Put back the signed-in member's draft for this intake, if one was kept."""
        self.draft_note.setText("")
        self.discard_button.hide()
        if SESSION.staff is None:
            return False
        draft = load_draft(SESSION.staff, DRAFT_KIND, self._subject())
        if draft is None:
            return False
        payload = draft.payload
        self._restoring = True
        try:
            if self.person_id is None:
                self.person.restore(payload.get("person", {}))
            restore_state(self.arrival.inputs(), payload.get("arrival", {}))
            restore_state(self.substances.inputs(), payload.get("substances", {}))
            restore_state(self.consent.inputs(), payload.get("consent", {}))
        finally:
            self._restoring = False
        self.draft_note.setText(self.tr("Restored what was typed before, kept at {time}.").format(
            time=short_stamp(draft.updated_at)))
        self.discard_button.show()
        self.go(int(payload.get("step", 0)))
        self.find_duplicates()
        return True

    # --- drafts ------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._restoring and self.result is None:
            self._draft_timer.start()

    def keep_draft(self) -> None:
        """Save what is typed now as the member's draft (also called on lock and close)."""
        self._draft_timer.stop()
        if SESSION.staff is None or self.result is not None:
            return
        try:
            save_draft(SESSION.staff, DRAFT_KIND, self.state(), self._subject())
        except Exception as exc:  # noqa: BLE001 - the form keeps the text either way
            show_failure(exc, self.message)
            return
        self.draft_note.setText(self.tr("Draft kept automatically."))
        self.discard_button.show()

    def has_unsaved_input(self) -> bool:
        return self._draft_timer.isActive()

    def discard(self) -> None:
        """Throw the typed input away and start empty, after asking (No is the default)."""
        if not confirm_discard(self):
            return
        if SESSION.staff is not None:
            discard_draft(SESSION.staff, DRAFT_KIND, self._subject())
        self._reset_forms()
        self._started = False
        self.start(self.person_id)

    def _reset_forms(self) -> None:
        self._different_from = ()
        self.summary.show_problems([])  # the last attempt's problems are not this person's
        for form in (self.person.form, self.arrival.form, self.consent.form):
            form.clear_errors()
        show_error(self.message, "")
        show_error(self.substances.error, "")
        self._restoring = True
        try:
            self.person.set_value(PersonInput(full_name="", sex=""))
            self.person.nik.clear()
            for form in (self.arrival, self.substances, self.consent):
                fresh = type(form)()
                restore_state(form.inputs(), widget_state(fresh.inputs()))
                fresh.deleteLater()
        finally:
            self._restoring = False
        self.duplicates.clear()
        self.duplicates_box.hide()

    # --- duplicates ---------------------------------------------------------------------

    def find_duplicates(self) -> None:
        """List people on file who may be the one being typed."""
        if self.person_id is not None or SESSION.staff is None:
            self.duplicates_box.hide()
            return
        form = self.person
        try:
            found = duplicate_candidates(
                SESSION.staff, nik=form.nik.text(), full_name=form.full_name.text(),
                birth_date=form.birth_date.date_or_none(), phone=form.phone.text())
        except Exception as exc:  # a hint, never a stop
            if not expected(exc):
                raise
            found = []
        self.duplicates.clear()
        for candidate in found:
            reasons = ", ".join(translate("Codes", REASON_LABELS[r]) for r in candidate.reasons)
            born = short_date(candidate.birth_date, "-")
            item = QListWidgetItem(f"{candidate.full_name}\n{candidate.reg_no} \u00b7 {born}\n"
                                   f"{reasons}", self.duplicates)
            item.setData(Qt.ItemDataRole.UserRole, candidate.person_id)
        self.duplicates_box.setVisible(bool(found))
        self.duplicates_title.setText(self.tr(
            "Possibly already registered (%n):", "", len(found)))
        if found:
            self.duplicates.setCurrentRow(0)

    def _open_duplicate(self, item: QListWidgetItem) -> None:
        self.keep_draft()
        self.open_person.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- steps and saving ---------------------------------------------------------------

    def go(self, step: int) -> None:
        first = 0 if self.person_id is None else 1
        step = max(first, min(len(STEPS) - 1, step))
        self.step_list.setCurrentRow(step)
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            enabled = row >= first
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if enabled
                          else Qt.ItemFlag.NoItemFlags)
        last = step == len(STEPS) - 1
        self.back_button.setEnabled(step > first)
        self.next_button.setVisible(not last)
        self.next_button.setDefault(not last)
        self.save_button.setDefault(last)
        if step == 3:
            self._check_minor()
        focus = {0: self.person.full_name, 1: self.arrival.reported_on,
                 2: self.substances.rows[0]["substance"], 3: self.consent.consent}[step]
        if self.isVisible() and self.result is None:
            focus.setFocus(Qt.FocusReason.TabFocusReason)

    def existing_birth(self) -> dt.date | None:
        """The birth date of the person on file (a new episode for them)."""
        return self._existing_birth

    def _check_minor(self) -> None:
        """Tell the consent step whether a guardian signs (the one age rule of models/)."""
        born = (self.person.birth_date.date_or_none() if self.person_id is None
                else self._existing_birth)
        reported = self.arrival.reported_on.date_or_none() or dt.date.today()
        reporter = (self.arrival.reporter_name.text()
                    if self.arrival.reporter.currentData() == "parent_guardian" else "")
        self.consent.set_minor(is_minor(born, reported), reporter)

    def _step_of(self, field: str | None) -> tuple[int, Any] | None:
        for step, form in ((0, self.person.form), (1, self.arrival.form), (3, self.consent.form)):
            if field in form.rows:
                return step, form
        return None

    def save(self) -> None:
        """Register person, episode, consent and admission in one transaction."""
        if SESSION.staff is None or self.result is not None:
            return
        for form in (self.person.form, self.arrival.form, self.consent.form):
            form.clear_errors()
        show_error(self.message, "")
        show_error(self.substances.error, "")
        self.summary.show_problems([])
        self.person.check_nik_now()  # the live NIK message stays beside the new ones
        problems = intake_problems(self)  # every problem at once, not one per Save
        if problems:
            self._show_problems(problems)
            return
        try:
            episode = self.arrival.value(self.substances.value())
            person = self.person.value() if self.person_id is None else None
            result = register_intake(
                SESSION.staff, episode, person=person, person_id=self.person_id,
                consent=self.consent.consent_value(), admit_on=self.consent.admit_on(),
                override_nik=self.person.override_nik(),
                override_reason=self.person.override_reason(),
                different_from=self._different_from)
        except LikelyDuplicate as exc:
            self._ask_duplicate(exc, person)
            return
        except Exception as exc:  # shown at its field, every input kept
            if not expected(exc):
                raise
            self._show_save_error(exc)
            return
        self.result = result
        self._draft_timer.stop()
        discard_draft(SESSION.staff, DRAFT_KIND, self._subject())
        self._set_done(True)
        self.saved.emit(result.person_id, result.episode_id)

    def _ask_duplicate(self, exc: LikelyDuplicate, typed: PersonInput | None) -> None:
        """Show the likely duplicate side by side; open it, or confirm another person."""
        details = {}
        for candidate in exc.candidates:
            try:
                details[candidate.person_id] = view_person(SESSION.staff,
                                                           candidate.person_id).data
            except Exception as err:  # the name and number still show
                if not expected(err):
                    raise
        dialog = DuplicateDialog(typed or self.person.value(), exc.candidates, details, self)
        self.duplicate_dialog = dialog

        def decided(result: int) -> None:
            self.duplicate_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                self.person.full_name.setFocus()
                return
            if dialog.chosen_person is not None:
                self.keep_draft()
                self.open_person.emit(dialog.chosen_person)
            elif dialog.different:
                self._different_from = tuple(sorted(set(self._different_from) | set(exc.ids)))
                self.save()

        dialog.finished.connect(decided)
        dialog.open()

    def _show_save_error(self, exc: Exception) -> None:
        self._show_problems([exc])

    def _show_problems(self, problems: list[Exception]) -> None:
        """Each problem at its field, all of them in the summary; the first one focused."""
        lines = []
        seen: set[str] = set()
        problems = sorted(problems, key=self._order)  # in the order of the steps and fields
        for exc in problems:
            key = exc.field if isinstance(exc, PulihError) and exc.field else repr(exc)
            if key in seen:
                continue  # one message per field (a bad date is not also "missing")
            seen.add(key)
            go = self._place(exc)
            step = 1 + self._step_index(exc)
            lines.append((self.tr("Step {step}: {message}").format(
                step=step, message=describe(exc)), go))
        self.summary.show_problems(lines if len(lines) > 1 else [])
        if lines:
            lines[0][1]()

    def _order(self, exc: Exception) -> tuple[int, int]:
        found = self._step_of(exc.field) if isinstance(exc, PulihError) else None
        if found is None:
            return self._step_index(exc), 0
        return found[0], list(found[1].rows).index(exc.field)

    def _step_index(self, exc: Exception) -> int:
        found = self._step_of(exc.field) if isinstance(exc, PulihError) else None
        if found is not None:
            return found[0]
        if isinstance(exc, PulihError) and exc.field in SUBSTANCE_FIELDS:
            return 2
        return self.steps.currentIndex()

    def _place(self, exc: Exception):
        """Show ``exc`` where it belongs; returns how to go there (step and focus)."""
        found = self._step_of(exc.field) if isinstance(exc, PulihError) else None
        if found is not None:
            step, form = found
            form.show_error(exc)
            row = form.rows[exc.field]
            return lambda: (self.go(step), row.widget.setFocus(Qt.FocusReason.OtherFocusReason))
        if isinstance(exc, PulihError) and exc.field in SUBSTANCE_FIELDS:
            show_error(self.substances.error, describe(exc))
            return lambda: self.go(2)
        show_error(self.message, describe(exc))
        return lambda: None

    def _set_done(self, done: bool) -> None:
        for widget in (self.steps, self.step_list, self.back_button, self.next_button,
                       self.save_button):
            widget.setEnabled(not done)
        self.open_saved.setVisible(done)
        self.done_note.setVisible(done)
        if done and self.result is not None and SESSION.staff is not None:
            record = view_person(SESSION.staff, self.result.person_id)
            self.done_note.setText(self.tr(
                "Saved: {name}, registration number {reg_no}; the episode is {status}. Press "
                "Ctrl+N for the next person.").format(
                name=record.data.full_name, reg_no=record.reg_no,
                status=translate("IntakeWizard", STATUS_TEXT[self.result.status])))
            self.draft_note.setText("")
            self.discard_button.hide()
            self.open_saved.setFocus()
        elif not done:
            self.go(self.steps.currentIndex())

    def new_intake(self) -> None:
        """Start empty for the next person (after a save)."""
        self.start(None)

    def retranslate_ui(self) -> None:
        for row, text in enumerate(STEPS):
            self.step_list.item(row).setText(translate("IntakeWizard", text))
        self.person.retranslate_ui()
        self.arrival.retranslate_ui()
        self.substances.retranslate_ui()
        self.consent.retranslate_ui()
        self.open_duplicate.setText(self.tr("Open this record instead"))
        self.discard_button.setText(self.tr("Discard draft"))
        self.back_button.setText(self.tr("&Back"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.save_button.setText(self.tr("&Save registration"))
        self.save_button.setToolTip(self.tr("Save everything at once (Ctrl+Enter)"))
        self.open_saved.setText(self.tr("&Open the record"))
        if self._started:
            self._say_rights()
        if self.duplicates.count():
            self.find_duplicates()
