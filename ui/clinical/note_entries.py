"""The entry per participant of a group session: for each person on the roster, present or
absent, and a short text of their own (what they brought, how they took part), signed with
the note and shown on that person's record only."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from models.care.notes import RosterEntry
from ui.widgets.field_form import plain_label


class ParticipantEntries(QWidget):
    """A row per roster episode: the name, a "present" box and the person's entry.

    Text typed for a person is kept while the roster changes around them.

    Signals:
        changed(): an entry or a presence changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participant_entries")
        self.hint = plain_label("", self, wrap=True)
        self.rows_box = QWidget(self)
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.rows_box)
        self.names: dict[int, QLabel] = {}
        self.present: dict[int, QCheckBox] = {}
        self.texts: dict[int, QPlainTextEdit] = {}
        self._read_only = False
        self.retranslate_ui()

    def set_roster(self, roster: list[tuple[int, str]]) -> None:
        """Show a row for each (episode id, name), keeping what was typed for those kept."""
        kept = {eid: (self.present[eid].isChecked(), self.texts[eid].toPlainText())
                for eid in self.texts}
        for widgets in (self.names, self.present, self.texts):
            for widget in widgets.values():
                widget.hide()  # at once: deleteLater waits for the event loop
                self.grid.removeWidget(widget)
                widget.deleteLater()
            widgets.clear()
        for row, (episode_id, name) in enumerate(roster):
            label = plain_label(name, self.rows_box, wrap=True)
            present = QCheckBox(self.rows_box)
            present.setObjectName(f"present_{episode_id}")
            present.setChecked(kept.get(episode_id, (True, ""))[0])
            text = QPlainTextEdit(self.rows_box)
            text.setObjectName(f"entry_{episode_id}")
            text.setTabChangesFocus(True)
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            text.setPlainText(kept.get(episode_id, (True, ""))[1])
            text.setReadOnly(self._read_only)
            present.setEnabled(not self._read_only)
            present.toggled.connect(lambda on, t=text: t.setEnabled(on))
            present.toggled.connect(self.changed)
            text.textChanged.connect(self.changed)
            text.setEnabled(present.isChecked())
            label.setBuddy(text)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(present, row, 1)
            self.grid.addWidget(text, row, 2)
            self.names[episode_id], self.present[episode_id] = label, present
            self.texts[episode_id] = text
        self.grid.setColumnStretch(2, 1)
        self.retranslate_ui()

    def fill(self, roster: tuple[RosterEntry, ...]) -> None:
        """Show a saved note's roster with the entries the viewer may read."""
        self.set_roster([(r.episode_id, r.full_name) for r in roster])
        for entry in roster:
            self.present[entry.episode_id].setChecked(entry.present)
            self.texts[entry.episode_id].setPlainText(entry.entry)

    def show_only(self, episode_ids: set[int]) -> None:
        """Show the rows of these episodes only (a reader sees their own client's entry)."""
        for eid in self.texts:
            for widget in (self.names[eid], self.present[eid], self.texts[eid]):
                widget.setVisible(eid in episode_ids)

    def entries(self) -> tuple[dict[int, str], list[int]]:
        """The entries of those present, and the episodes marked absent."""
        present = {eid: self.texts[eid].toPlainText() for eid, box in self.present.items()
                   if box.isChecked()}
        absent = [eid for eid, box in self.present.items() if not box.isChecked()]
        return present, absent

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for eid, text in self.texts.items():
            text.setReadOnly(read_only)
            self.present[eid].setEnabled(not read_only)

    def retranslate_ui(self) -> None:
        self.hint.setText(QCoreApplication.translate(
            "NoteDialog", "A short entry for each participant present: it is signed with "
            "the note and shown on that person's record only."))
        for box in self.present.values():
            box.setText(QCoreApplication.translate("NoteDialog", "Present"))
