"""A clinical list inside a client's record with the actions beside it: a
:class:`~ui.clients.list_tab.ListTab` (which shows a refusal from models/ as a sentence in
place of the list) plus a row of buttons, and the form each action opens as a dialog.

Buttons a member has no right to use are hidden as a convenience; models/ refuses the act
whatever the screen shows.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from models.staff.rights import Action, Area, has_right
from ui.clients.list_tab import Column, ListTab
from ui.session import SESSION


class ClinicalTab(ListTab):
    """A list with action buttons; subclasses add buttons with :meth:`add_button`.

    Attributes:
        dialog: the form opened last (kept so it is not garbage collected, and for tests).

    Signals:
        changed(int): something was saved for this person (the person id).
    """

    changed = Signal(int)

    def __init__(self, context: str, loader: Callable[[Any, int], list], columns: list[Column],
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(context, loader, columns, empty_text, parent)
        self.dialog: QDialog | None = None
        self.bar = QHBoxLayout()
        self.layout().insertLayout(0, self.bar)
        self._buttons: list[tuple[QPushButton, Area, Action, bool]] = []
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self.update_buttons)

    def add_button(self, name: str, icon: Any, area: Area, action: Action,
                   slot: Callable[[], None], needs_row: bool = False) -> QPushButton:
        """A button shown to members holding ``action`` on ``area``."""
        button = QPushButton(icon, "", self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        self._buttons.append((button, area, action, needs_row))
        return button

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def open_selected(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def load(self) -> None:
        super().load()
        self.update_buttons()

    def update_buttons(self) -> None:
        staff = SESSION.staff
        refused = not self.table.isVisibleTo(self)
        chosen = self.selected() is not None
        for button, area, action, needs_row in self._buttons:
            allowed = staff is not None and not refused and has_right(staff, area, action)
            button.setVisible(allowed)
            button.setEnabled(chosen or not needs_row)

    def show_dialog(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` (window-modal); the list reloads after each save."""
        self.dialog = dialog
        person_id = self._person_id
        if hasattr(dialog, "saved"):
            dialog.saved.connect(lambda _id: self._after_save(person_id))
        dialog.open()
        return dialog

    def _after_save(self, person_id: int | None) -> None:
        self.load()
        if person_id is not None:
            self.changed.emit(person_id)
