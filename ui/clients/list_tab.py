"""A read-only list inside a client's record (episodes, assessments, notes, history ...).

Each tab names a loader (a models/ function taking the staff member and the person id) and
its columns; it loads the first time it is shown for a person, and shows a refusal from
models/ (a missing right) as a sentence in place of the list.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout, QWidget

from ui.session import SESSION
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import plain_label
from ui.widgets.tables import read_only_table


@dataclass(frozen=True)
class Column:
    """One column: its header (English, in ``context``) and how to show a row's value."""

    header: str
    show: Callable[[Any], str]
    stretch: bool = False


def code_text(labels: dict[str, str]) -> Callable[[str], str]:
    """Show a code through its translated label (context "Codes")."""
    return lambda code: QCoreApplication.translate("Codes", labels.get(code, code)) if code else ""


class ListTab(QWidget):
    """A table filled by ``loader(staff, person_id)``; each row object shown by ``columns``."""

    def __init__(self, context: str, loader: Callable[[Any, int], list], columns: list[Column],
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loader = loader
        self._columns = columns
        self._empty_text = empty_text
        self._person_id: int | None = None
        self._loaded_for: int | None = None
        self.rows: list[Any] = []
        self.message = plain_label("", self, wrap=True)
        self.message.setObjectName("list_message")
        self.table = read_only_table(self, "list_table", len(columns), stretch=None,
                                     single=False)
        header = self.table.horizontalHeader()
        for column, spec in enumerate(columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if spec.stretch
                                        else QHeaderView.ResizeMode.Interactive)
            if not spec.stretch:
                self.table.setColumnWidth(column, 140)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def set_person(self, person_id: int) -> None:
        """Show this person's list (loaded when the tab is next shown)."""
        self._person_id = person_id
        self._loaded_for = None
        if self.isVisible():
            self.load()

    def load(self) -> None:
        if self._person_id is None or SESSION.staff is None:
            return
        self._loaded_for = self._person_id
        try:
            self.rows = list(self._loader(SESSION.staff, self._person_id))
        except Exception as exc:  # a refusal is shown in place of the list
            if not expected(exc):
                raise
            self.rows = []
            self.table.setRowCount(0)
            self.table.hide()
            self.message.setText(describe(exc))
            self.message.show()
            return
        self._fill()

    def _fill(self) -> None:
        self.table.show()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, spec in enumerate(self._columns):
                item = QTableWidgetItem(spec.show(row))
                item.setToolTip(item.text())
                self.table.setItem(r, c, item)
        self.message.setText(QCoreApplication.translate(self._context, self._empty_text)
                             if not self.rows else "")
        self.message.setVisible(not self.rows)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._loaded_for != self._person_id:
            self.load()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(self._context, c.header) for c in self._columns])
        if self._loaded_for is not None and self.table.isVisibleTo(self):
            self._fill()
