"""A session note: individual (one episode) or group (one note, a roster of attendees, shown
in every attendee's record). Write, save as draft, sign and lock; addenda afterwards."""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.care.notes import (
    F_BODY,
    F_ENTRY,
    F_ROSTER,
    F_SESSION_ON,
    F_TOPIC,
    NOTE_KINDS,
    NoteRecord,
    sign_note,
    update_note,
    view_note,
    write_entries,
    write_note,
)
from models.desk.client_list import client_rows
from models.staff.rights import Action, Area, has_right
from reports.dates import clock, short_stamp
from ui.clients.person_form import line
from ui.clinical.answers import set_read_only
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.episode_choice import F_EPISODE, EpisodeChoice
from ui.clinical.form_dialog import ClinicalDialog
from ui.clinical.note_entries import ParticipantEntries
from ui.clinical.roster_picker import RosterPicker
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure


class RosterList(QWidget):
    """The attendees of a group note, with buttons to add (from a program) and remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("roster")
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.add_button = QPushButton(qta.icon("mdi6.account-multiple-plus"), "", self)
        self.add_button.setObjectName("add_attendees")
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(qta.icon("mdi6.account-minus"), "", self)
        self.remove_button.setObjectName("remove_attendee")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.list)

    def episode_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def add(self, episode_id: int, text: str) -> None:
        if episode_id in self.episode_ids():
            return
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, episode_id)
        self.list.addItem(item)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)


class NoteDialog(ClinicalDialog):
    """A new note of ``kind`` ("individual" or "group"), or the saved note ``note_id``."""

    addendum_kind = "note"

    def __init__(self, person_id: int, kind: str = "individual", note_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(person_id, parent)
        self.kind = kind
        self.version: int | None = None
        self.form = wrapping_form(self.content)
        self.episode = EpisodeChoice(person_id, allow_none=False, parent=self.form)
        self.roster = RosterList(self.form)
        self.roster.add_button.clicked.connect(self.pick_attendees)
        self.session_on = DateField(F_SESSION_ON, self.form)
        self.session_on.setObjectName("session_on")
        self.session_on.set_date(dt.date.today())
        self.topic = line("topic", self.form)
        self.body = QPlainTextEdit(self.form)
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        if kind == "group":
            self.form.add_row(F_ROSTER, self.roster, required=True)
            self.episode.hide()
            default = self.episode.episode_id()
            if default is not None and note_id is None:
                self.roster.add(default, self._client_text(person_id))
        else:
            self.form.add_row(F_EPISODE, self.episode, required=True)
            self.roster.hide()
        self.form.add_row(F_SESSION_ON, self.session_on, required=True)
        self.form.add_row(F_TOPIC, self.topic)
        self.form.add_row(F_BODY, self.body, required=True)
        self.entries = ParticipantEntries(self.form)
        if kind == "group":
            self.form.add_row(F_ENTRY, self.entries, required=True)
            self.entries.changed.connect(self._changed)
        else:
            self.entries.hide()
        self.register_form(self.form)
        self.content_layout.addWidget(self.form, 1)
        self.watch(self.content)
        for signal in (self.roster.list.model().rowsInserted,
                       self.roster.list.model().rowsRemoved):
            signal.connect(self._changed)
            signal.connect(self._roster_changed)
        self._roster_changed()
        self.retranslate_ui()
        if SESSION.staff is not None and not has_right(SESSION.staff, Area.NOTES, Action.INPUT):
            self.save_button.hide()  # a convenience: models/ refuses it anyway
            self.sign_button.hide()
            self._lock_inputs()
        if note_id is not None:
            self.open_record(note_id)

    @staticmethod
    def _client_text(person_id: int) -> str:
        if SESSION.staff is None:
            return str(person_id)
        rows = client_rows(SESSION.staff, [person_id])
        return f"{rows[0].full_name} \u00b7 {rows[0].reg_no}" if rows else str(person_id)

    def _lock_inputs(self) -> None:
        set_read_only(self.content, True)
        self.roster.set_editable(False)
        self.entries.set_read_only(True)

    def _roster_changed(self, *_args: object) -> None:
        if self.kind == "group":
            self.entries.set_roster([
                (self.roster.list.item(i).data(Qt.ItemDataRole.UserRole),
                 self.roster.list.item(i).text().split(" \u00b7 ")[0])
                for i in range(self.roster.list.count())])

    def pick_attendees(self) -> None:
        picker = RosterPicker(set(self.roster.episode_ids()), self)
        picker.setObjectName("roster_picker")
        picker.accepted.connect(lambda: [
            self.roster.add(c.episode_id, f"{c.full_name} \u00b7 {c.reg_no}")
            for c in picker.chosen])
        picker.open()
        self.picker = picker

    # --- saving and signing --------------------------------------------------------------

    def save_draft(self) -> bool:
        if self.signed or SESSION.staff is None:
            return False
        staff = SESSION.staff

        def act() -> None:
            session_on = self.session_on.date()
            if self.record_id is None:
                self.record_id = write_note(
                    staff, self.kind, session_on, self.topic.text(),  # type: ignore[arg-type]
                    self.body.toPlainText(),
                    episode_id=self.episode.episode_id() if self.kind == "individual" else None,
                    roster=self.roster.episode_ids() if self.kind == "group" else ())
                self.version = 1
            else:
                assert self.version is not None
                self.version = update_note(
                    staff, self.record_id, self.version, session_on,  # type: ignore[arg-type]
                    self.topic.text(), self.body.toPlainText(),
                    roster=self.roster.episode_ids() if self.kind == "group" else None)
            if self.kind == "group":
                present, absent = self.entries.entries()
                self.version = write_entries(staff, self.record_id, self.version, present,
                                             absent)

        if not self.attempt(act):
            return False
        self.mark_clean()
        self.episode.setEnabled(False)  # an individual note stays with its episode
        self.set_state(self.tr("Draft saved at {time}; not signed yet.").format(
            time=clock(dt.datetime.now())))
        assert self.record_id is not None
        self.saved.emit(self.record_id)
        return True

    def sign(self) -> bool:
        if self.signed or SESSION.staff is None:
            return False
        if (self.dirty or self.record_id is None) and not self.save_draft():
            return False
        staff, note_id = SESSION.staff, self.record_id
        assert note_id is not None
        if not self.attempt(lambda: sign_note(staff, note_id, self.version)):
            return False
        self.open_record(note_id)
        self.saved.emit(note_id)
        return True

    # --- opening -------------------------------------------------------------------------

    def open_record(self, note_id: int) -> bool:
        if SESSION.staff is None:
            return False
        try:
            # Read from this client's record: their own entry, not the others'.
            record = view_note(SESSION.staff, note_id, person_id=self.person_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return False
        self._show(record)
        return True

    def _show(self, record: NoteRecord) -> None:
        self.record_id, self.version = record.id, record.version
        with self.loading():
            if record.episode_id is not None:
                self.episode.set_episode(record.episode_id)
            self.roster.list.clear()
            for entry in record.roster:
                self.roster.add(entry.episode_id, entry.full_name)
            self.session_on.set_date(record.session_on)
            self.topic.setText(record.topic)
            self.body.setPlainText(record.body)
            if self.kind == "group":
                self.entries.fill(record.roster)
                if record.state == "signed" or (SESSION.staff is not None
                                                and record.author_id != SESSION.staff.id):
                    self.entries.show_only({r.episode_id for r in record.roster
                                            if r.person_id == self.person_id})
        self.episode.setEnabled(False)
        if record.state == "signed":
            self._lock_inputs()
            stamp = short_stamp(record.signed_at)
            self.show_signed(self.tr("Signed by {name} on {when}. Locked: corrections are "
                                     "addenda.").format(name=record.author_name, when=stamp),
                             record.addenda,
                             has_right(SESSION.staff, Area.NOTES, Action.CORRECT)
                             if SESSION.staff else False)
        else:
            self.set_state(self.tr("Draft by {name}; not signed yet.").format(
                name=record.author_name))
            if SESSION.staff is None or record.author_id != SESSION.staff.id:
                self.sign_button.hide()

    def reload(self) -> None:
        if self.record_id is not None:
            self.open_record(self.record_id)

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        title = QCoreApplication.translate("Codes", dict(NOTE_KINDS)[self.kind])
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.episode.retranslate_ui()
        self.session_on.retranslate_ui()
        self.roster.add_button.setText(self.tr("Add attendees..."))
        self.roster.remove_button.setText(self.tr("Remove"))
        self.entries.retranslate_ui()
