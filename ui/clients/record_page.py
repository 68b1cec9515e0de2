"""A client's record: identity (editable, with conflict detection), family contacts,
episodes on a timeline, the clinical lists and who has seen or changed the record."""
from __future__ import annotations

import datetime as dt
from dataclasses import fields

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.age import age_on
from models.core.errors import ConflictError
from models.desk.client_list import ACTION_LABELS, access_history, episodes_of
from models.intake.episode import REFERRAL_ROUTES, SERVICE_TYPES, STATUSES, SUBSTANCES
from models.people import registry as reg
from models.people.person import SEXES
from models.people.registry import PersonInput, PersonRecord, update_person, view_person
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date, short_stamp
from ui.clients.contacts_tab import ContactsTab
from ui.clients.list_tab import Column, ListTab, code_text
from ui.clients.person_form import PersonForm
from ui.clients.record_header import RecordHeader
from ui.clinical.assessments_tab import AssessmentsTab
from ui.clinical.notes_tab import NotesTab
from ui.clinical.urine_tab import UrineTab
from ui.documents.letters_menu import LettersButton
from ui.program.aftercare_tab import AftercareTab
from ui.program.program_tab import ProgramTab
from ui.rumatan.dose_chart import DoseChartTab
from ui.session import SESSION
from ui.widgets.errors import describe, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

C = "ClientRecord"
# PersonInput field -> its label as models/ marks it (context "Codes").
FIELD_LABELS = {
    "full_name": reg.F_NAME, "alias": reg.F_ALIAS, "sex": reg.F_SEX,
    "birth_date": reg.F_BIRTH_DATE, "birth_place": reg.F_BIRTH_PLACE, "nik": reg.F_NIK,
    "id_type": reg.F_ID_TYPE, "id_number": reg.F_ID_NUMBER, "no_id_reason": reg.F_NO_ID_REASON,
    "kk_number": reg.F_KK, "religion": reg.F_RELIGION, "marital_status": reg.F_MARITAL,
    "education": reg.F_EDUCATION, "occupation": reg.F_OCCUPATION, "address": reg.F_ADDRESS,
    "rt_rw": reg.F_RT_RW, "village": reg.F_VILLAGE, "district": reg.F_DISTRICT,
    "regency": reg.F_REGENCY, "province_code": reg.F_PROVINCE, "phone": reg.F_PHONE,
    "blood_type": reg.F_BLOOD, "nationality": reg.F_NATIONALITY,
}


def _age(born: dt.date | None, today: dt.date) -> int | None:
    return age_on(born, today)  # the one age function (tallies and the minor rule too)


class RecordPage(QWidget):
    """One person's record.

    Signals:
        back(): the desk wants the list again.
        new_episode(int): register a new episode for this person (id).
        changed(int): the person's identity was saved (id).
    """

    back = Signal()
    new_episode = Signal(int)
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PersonRecord | None = None
        self._editing = False
        self._base: PersonInput | None = None  # what the edit started from

        self.back_button = QPushButton(qta.icon("mdi6.arrow-left"), "", self)
        self.back_button.setObjectName("back_to_list")
        self.back_button.clicked.connect(self.back)
        self.title = plain_label("", self, wrap=True)
        self.title.setObjectName("record_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = plain_label("", self, wrap=True)
        self.subtitle.setObjectName("record_subtitle")
        self.episode_button = QPushButton(qta.icon("mdi6.clipboard-plus"), "", self)
        self.episode_button.setObjectName("new_episode")
        self.episode_button.clicked.connect(
            lambda: self.record and self.new_episode.emit(self.record.id))
        self.edit_button = QPushButton(qta.icon("mdi6.pencil"), "", self)
        self.edit_button.setObjectName("edit_identity")
        self.edit_button.clicked.connect(self.start_edit)
        self.save_button = QPushButton(qta.icon("mdi6.content-save"), "", self)
        self.save_button.setObjectName("save_identity")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_edit")
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.message = error_label(self)
        self.message.setObjectName("record_message")

        # The conflict banner: what the other desk changed, and the two ways forward.
        self.conflict = QFrame(self)
        self.conflict.setObjectName("conflict_banner")
        self.conflict.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_text = plain_label("", self.conflict, wrap=True)
        self.conflict_text.setObjectName("conflict_text")
        self.keep_mine = QPushButton(self.conflict)
        self.keep_mine.setObjectName("keep_mine")
        self.keep_mine.clicked.connect(self._keep_mine)
        self.take_theirs = QPushButton(self.conflict)
        self.take_theirs.setObjectName("take_theirs")
        self.take_theirs.clicked.connect(self._take_theirs)
        banner = QVBoxLayout(self.conflict)
        banner.addWidget(self.conflict_text)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.take_theirs)
        choices.addWidget(self.keep_mine)
        banner.addLayout(choices)
        self.conflict.hide()
        self._theirs: PersonRecord | None = None

        self.form = PersonForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("record_tabs")
        self.tabs.addTab(scroll, qta.icon("mdi6.card-account-details"), "")
        self.contacts = ContactsTab(self)
        self.contacts.added.connect(self._reload_contacts)
        self.tabs.addTab(self.contacts, qta.icon("mdi6.account-group"), "")
        self.episodes = ListTab(C, episodes_of, [
            Column(QT_TRANSLATE_NOOP(C, "Episode"), lambda e: e.episode_no),
            Column(QT_TRANSLATE_NOOP(C, "Reported"), lambda e: short_date(e.reported_on)),
            Column(QT_TRANSLATE_NOOP(C, "Status"), lambda e: code_text(dict(STATUSES))(e.status)),
            Column(QT_TRANSLATE_NOOP(C, "Service"),
                   lambda e: code_text(dict(SERVICE_TYPES))(e.service_type)),
            Column(QT_TRANSLATE_NOOP(C, "Admitted"), lambda e: short_date(e.admitted_on)),
            Column(QT_TRANSLATE_NOOP(C, "Discharged"), lambda e: short_date(e.discharged_on)),
            Column(QT_TRANSLATE_NOOP(C, "Referral"),
                   lambda e: code_text(dict(REFERRAL_ROUTES))(e.referral_route)),
            Column(QT_TRANSLATE_NOOP(C, "Primary substance"),
                   lambda e: code_text(dict(SUBSTANCES))(e.primary_substance), stretch=True),
        ], QT_TRANSLATE_NOOP(C, "No episodes of care yet."), self)
        self.tabs.addTab(self.episodes, qta.icon("mdi6.timeline-text"), "")
        self.assessments = AssessmentsTab(self)
        self.tabs.addTab(self.assessments, qta.icon("mdi6.clipboard-pulse"), "")
        self.notes = NotesTab(self)
        self.tabs.addTab(self.notes, qta.icon("mdi6.note-text"), "")
        self.urine = UrineTab(self)
        self.tabs.addTab(self.urine, qta.icon("mdi6.test-tube"), "")
        self.program = ProgramTab(self)
        self.tabs.addTab(self.program, qta.icon("mdi6.stairs-up"), "")
        self.aftercare = AftercareTab(self)
        self.tabs.addTab(self.aftercare, qta.icon("mdi6.account-heart"), "")
        self.history = ListTab(C, access_history, [
            Column(QT_TRANSLATE_NOOP(C, "When"), lambda h: short_stamp(h.at)),
            Column(QT_TRANSLATE_NOOP(C, "Staff"), lambda h: h.staff_name),
            Column(QT_TRANSLATE_NOOP(C, "What"), lambda h: code_text(ACTION_LABELS)(h.action),
                   stretch=True),
        ], QT_TRANSLATE_NOOP(C, "Nothing recorded yet."), self)
        self.tabs.addTab(self.history, qta.icon("mdi6.shield-account"), "")
        self._lists = (self.contacts, self.episodes, self.assessments, self.notes, self.urine,
                       self.program, self.aftercare, self.history)
        self.letters = LettersButton(self)  # the letters of the current episode
        self._lists += (self.letters,)
        self.doses = DoseChartTab(self)  # shown for clients with rumatan dose orders
        self.tabs.addTab(self.doses, qta.icon("mdi6.chart-line"), "")
        self._lists += (self.doses,)

        head = QHBoxLayout()
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.episode_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.letters, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.header = RecordHeader(self)  # photo, episode, phase, follow-up, flags
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self._back_unless_editing)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._set_editing(False)
        self.retranslate_ui()

    # --- loading ------------------------------------------------------------------------

    def say_finish_edit_first(self) -> None:
        """Ctrl+F during a correction: say what to do instead of doing nothing."""
        show_error(self.message, self.tr(
            "You are correcting this record: save or cancel the correction first, then press "
            "Ctrl+F to search."))

    def open_person(self, person_id: int, on_tab: str = "") -> bool:
        """Load the person (the view is audited); False, with a message, if refused.

        ``on_tab`` names the tab to show ("program", "aftercare", "notes", "assessments",
        "urine"...; "" or an unknown name: the first)."""
        staff = SESSION.staff
        if staff is None:
            return False
        try:
            record = view_person(staff, person_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return False
        self.header.show_person(person_id)
        for tab in self._lists:
            tab.set_person(person_id)
        self._show(record)
        target = getattr(self, on_tab, None) if on_tab else None
        if target is not None and self.tabs.indexOf(target) >= 0:
            self.tabs.setCurrentWidget(target)
        else:
            self.tabs.setCurrentIndex(0)
        return True

    def _show(self, record: PersonRecord) -> None:
        self.record = record
        self._theirs = None
        self.conflict.hide()
        show_error(self.message, "")
        self.form.form.clear_errors()
        self.form.set_value(record.data, record.nik_override)
        self.contacts.show_contacts(record.contacts)
        self._set_editing(False)
        self._show_heading()

    def _show_heading(self) -> None:
        if self.record is None:
            return
        data = self.record.data
        self.title.setText(data.full_name + (f" ({data.alias})" if data.alias else ""))
        parts = [self.record.reg_no]
        if data.nik:
            parts.append(f"NIK {data.nik}")
        parts.append(QCoreApplication.translate("Codes", dict(SEXES).get(data.sex, data.sex)))
        age = _age(data.birth_date, dt.date.today())
        if data.birth_date:
            parts.append(self.tr("born {date} ({age} years)").format(
                date=short_date(data.birth_date), age=age))
        if data.phone:
            parts.append(data.phone)
        self.subtitle.setText(" \u00b7 ".join(parts))

    # --- editing ------------------------------------------------------------------------

    def _set_editing(self, editing: bool) -> None:
        self._editing = editing
        # The form's own list of inputs, not findChildren(): walking Qt's internal children
        # (a combo box's view, a spin box's line edit) on every open crashed PySide6 6.12
        # after a few hundred records ("deallocating None").
        for widget in self.form.inputs():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editing)
            else:
                widget.setEnabled(editing)
        self.edit_button.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        # A role that may not correct identities is told before it starts, not at saving.
        allowed = SESSION.staff is not None and has_right(SESSION.staff, Area.IDENTITY,
                                                          Action.CORRECT)
        self.edit_button.setEnabled(allowed)
        self.edit_button.setToolTip("" if allowed else self.tr(
            "Your role may not correct identities; ask the intake desk or an admin."))

    def start_edit(self) -> None:
        if self.record is None:
            return
        self._base = self.record.data
        self._set_editing(True)
        self.tabs.setCurrentIndex(0)
        self.form.full_name.setFocus()

    def cancel_edit(self) -> None:
        if self.record is not None:
            self._show(self.record)

    def save(self, expected_version: int | None = None) -> bool:
        """Save the edited identity; a newer version from another desk shows the conflict."""
        if not self._editing or self.record is None or SESSION.staff is None:
            return False
        self.form.form.clear_errors()
        show_error(self.message, "")
        version = expected_version if isinstance(expected_version, int) else self.record.version
        try:
            data = self.form.value()
            update_person(SESSION.staff, self.record.id, version, data,
                          override_nik=self.form.override_nik(),
                          override_reason=self.form.override_reason())
        except ConflictError as exc:
            self._show_conflict(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - shown at the field; input kept
            show_failure(exc, self.message, forms=[self.form.form])
            return False
        self.open_person(self.record.id)
        self.changed.emit(self.record.id)
        return True

    def _show_conflict(self, exc: ConflictError) -> None:
        """Say what the other desk changed, field by field; keep what this desk typed."""
        assert self.record is not None and SESSION.staff is not None
        theirs = view_person(SESSION.staff, self.record.id)
        self._theirs = theirs
        base = self._base or self.record.data
        lines = [describe(exc)]

        def show(value: object) -> str:
            return short_date(value) if isinstance(value, dt.date) else str(value or "-")

        for f in fields(PersonInput):
            before, after = getattr(base, f.name), getattr(theirs.data, f.name)
            if before != after:
                label = QCoreApplication.translate("Codes", FIELD_LABELS.get(f.name, f.name))
                lines.append(self.tr("{field}: \u201c{before}\u201d \u2192 \u201c{after}\u201d "
                                     "(other desk)").format(field=label, before=show(before),
                                                            after=show(after)))
        self.conflict_text.setText("\n".join(lines))
        self.conflict.show()

    def _keep_mine(self) -> None:
        """Save this desk's input over the other desk's version, having seen it."""
        if self._theirs is not None and self.save(self._theirs.version):
            self.conflict.hide()

    def _take_theirs(self) -> None:
        """Drop this desk's edit and show the other desk's version."""
        if self._theirs is not None:
            self._show(self._theirs)

    def _reload_contacts(self) -> None:
        if self.record is not None and SESSION.staff is not None:
            self.record = view_person(SESSION.staff, self.record.id)
            self.contacts.show_contacts(self.record.contacts)

    def _back_unless_editing(self) -> None:
        if not self._editing:
            self.back.emit()

    @property
    def editing(self) -> bool:
        return self._editing

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Client list"))
        self.back_button.setToolTip(self.tr("Back to the client list (Alt+Left)"))
        self.episode_button.setText(self.tr("New episode"))
        self.edit_button.setText(self.tr("&Edit identity"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.keep_mine.setText(self.tr("Save my version over theirs"))
        self.take_theirs.setText(self.tr("Discard mine, show theirs"))
        for index, text in enumerate((self.tr("Identity"), self.tr("Family contacts"),
                                      self.tr("Episodes"), self.tr("Assessments"),
                                      self.tr("Session notes"), self.tr("Urine tests"),
                                      self.tr("Program"), self.tr("Aftercare"),
                                      self.tr("Who saw or changed this"))):
            self.tabs.setTabText(index, text)
        self.tabs.setTabText(self.tabs.indexOf(self.doses), self.tr("Rumatan doses"))
        self.form.retranslate_ui()
        for tab in self._lists:
            tab.retranslate_ui()
        self._show_heading()

