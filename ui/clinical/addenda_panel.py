"""The addenda of a signed assessment or note: who added what and when, and a box to add one.

A signed record is never edited; this panel is the only way to correct or add to it. The
right to add (correction right of the record's area) is checked by models/; the box is
hidden for a member without it only as a convenience.
"""
from __future__ import annotations

from collections.abc import Sequence

import qtawesome as qta
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from models.care.addenda import add_addendum
from models.care.assessment import AddendumRecord
from reports.dates import short_stamp
from ui.clinical.answers import note_box
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


class AddendaPanel(QGroupBox):
    """The list of addenda and the box for a new one.

    Signals:
        added(int): an addendum was saved (its id).
        edited(): the text of the new addendum changed.
    """

    added = Signal(int)
    edited = Signal()

    def __init__(self, target_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addenda")
        self._kind = target_kind
        self._target_id: int | None = None
        self._addenda: tuple[AddendumRecord, ...] = ()
        self.listing = plain_label("", self, wrap=True)
        self.listing.setObjectName("addenda_list")
        self.text = note_box("addendum_text", self, lines=3)
        self.text.textChanged.connect(self.edited)
        self.add_button = QPushButton(qta.icon("mdi6.note-plus"), "", self)
        self.add_button.setObjectName("add_addendum")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.message = error_label(self)
        self.message.setObjectName("addendum_message")
        self.prompt = plain_label("", self, wrap=True)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def show_addenda(self, target_id: int, addenda: Sequence[AddendumRecord],
                     can_add: bool) -> None:
        self._target_id = target_id
        self._addenda = tuple(addenda)
        for widget in (self.prompt, self.text, self.add_button):
            widget.setVisible(can_add)
        self._fill()

    def _fill(self) -> None:
        lines = [self.tr("Added by {name} on {when}:\n{text}").format(
            name=a.staff_name, when=short_stamp(a.written_at), text=a.text)
            for a in self._addenda]
        self.listing.setText("\n\n".join(lines) if lines else self.tr("No addenda yet."))

    def pending(self) -> bool:
        """Whether a new addendum has been typed but not added."""
        return bool(self.text.toPlainText().strip())

    def add(self) -> bool:
        if self._target_id is None or SESSION.staff is None:
            return False
        show_error(self.message, "")
        try:
            addendum_id = add_addendum(SESSION.staff, self._kind, self._target_id,
                                       self.text.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown here; the text stays in the box
            show_failure(exc, self.message)
            return False
        self.text.clear()
        self.added.emit(addendum_id)
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Addenda"))
        self.prompt.setText(self.tr("A signed record is locked. To correct or add to it, "
                                    "write an addendum: it shows who wrote it and when."))
        self.text.setPlaceholderText(self.tr("New addendum"))
        self.text.setAccessibleName(self.tr("New addendum"))
        self.add_button.setText(self.tr("Add addendum"))
        self._fill()

