"""The Session notes tab of a client's record: individual and group notes (a group note shows
in every attendee's record), a search within the client's notes, and the note actions."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QWidget

from models.care.assessment import STATES
from models.care.notes import NOTE_KINDS, NoteSummary, list_notes
from models.staff.rights import Action, Area
from reports.dates import short_date
from ui.clients.list_tab import Column, code_text
from ui.clients.person_form import line
from ui.clinical.clinical_tab import ClinicalTab
from ui.clinical.note_form import NoteDialog
from ui.session import SESSION

C = "ClinicalTabs"


class NotesTab(ClinicalTab):
    """A client's session notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(C, self._notes, [
            Column(QT_TRANSLATE_NOOP(C, "Date"), lambda n: short_date(n.session_on)),
            Column(QT_TRANSLATE_NOOP(C, "Kind"), lambda n: code_text(dict(NOTE_KINDS))(n.kind)),
            Column(QT_TRANSLATE_NOOP(C, "State"), lambda n: code_text(dict(STATES))(n.state)),
            Column(QT_TRANSLATE_NOOP(C, "Topic"), lambda n: n.topic, stretch=True),
            Column(QT_TRANSLATE_NOOP(C, "By"), lambda n: n.author_name),
        ], QT_TRANSLATE_NOOP(C, "No session notes yet."), parent)
        self.search = line("note_search", self)
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.load)
        self.layout().insertWidget(1, self.search)
        self.new_button = self.add_button("new_note", qta.icon("mdi6.note-edit"), Area.NOTES,
                                          Action.INPUT, lambda: self.new("individual"))
        self.new_group = self.add_button("new_group_note", qta.icon("mdi6.account-group"),
                                         Area.NOTES, Action.INPUT, lambda: self.new("group"))
        self.open_button = self.add_button("open_note", qta.icon("mdi6.folder-open"),
                                           Area.NOTES, Action.VIEW, self.open_selected,
                                           needs_row=True)
        self.sign_button = self.add_button("sign_note", qta.icon("mdi6.draw-pen"), Area.NOTES,
                                           Action.INPUT, self.sign_selected, needs_row=True)
        self.addendum_button = self.add_button("note_addendum", qta.icon("mdi6.note-plus"),
                                               Area.NOTES, Action.CORRECT,
                                               self.addendum_selected, needs_row=True)
        self.bar.addStretch(1)
        self.retranslate_ui()

    def _notes(self, staff, person_id: int) -> list[NoteSummary]:
        return list_notes(staff, person_id, contains=self.search.text())

    def _fill(self) -> None:
        super()._fill()
        if not self.rows and self.search.text().strip():
            self.message.setText(self.tr("No note of this client contains this text."))

    def set_person(self, person_id: int) -> None:
        if person_id != self._person_id:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        super().set_person(person_id)

    def new(self, kind: str) -> NoteDialog | None:
        if self._person_id is None:
            return None
        dialog = NoteDialog(self._person_id, kind, parent=self)
        self.show_dialog(dialog)
        return dialog

    def _open(self, summary: NoteSummary | None) -> NoteDialog | None:
        if summary is None or self._person_id is None:
            return None
        dialog = NoteDialog(self._person_id, summary.kind, summary.id, parent=self)
        self.show_dialog(dialog)
        return dialog

    def open_selected(self) -> None:
        self._open(self.selected())

    def sign_selected(self) -> None:
        dialog = self._open(self.selected())
        if dialog is not None:
            dialog.ask_sign()

    def addendum_selected(self) -> None:
        dialog = self._open(self.selected())
        if dialog is not None and dialog.addenda.text.isVisible():
            dialog.addenda.text.setFocus()

    def update_buttons(self) -> None:
        super().update_buttons()
        self.search.setVisible(self.table.isVisibleTo(self) or bool(self.search.text()))
        chosen = self.selected()
        if chosen is not None:
            mine = chosen.author_name == (SESSION.staff.full_name if SESSION.staff else "")
            self.sign_button.setEnabled(chosen.state == "draft" and mine)
            self.addendum_button.setEnabled(chosen.state == "signed")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "addendum_button"):
            return
        self.search.setPlaceholderText(self.tr("Search in this client's notes"))
        self.new_button.setText(self.tr("New note"))
        self.new_group.setText(self.tr("New group note"))
        self.open_button.setText(self.tr("Open"))
        self.sign_button.setText(self.tr("Sign"))
        self.addendum_button.setText(self.tr("Addendum"))
