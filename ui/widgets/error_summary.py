"""The list of every problem a save found, each one a way to its field.

Shown beside a form (not above it, so nothing moves): Enter or a click on a line takes the
person to that field. It never replaces the message under each field; it adds the overview
that a form showing "only one error at a time" lacked.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.widgets.field_form import ERROR_COLOR, plain_label

GoTo = Callable[[], None]


class _ProblemList(QListWidget):
    """A list whose Enter goes to the line's field and stops there (not on to the form's
    default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class ErrorSummary(QFrame):
    """A titled list of problems; activating a line calls its ``go`` function.

    Attributes:
        list: the problems, one line each.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label("", self, wrap=True)
        self.title.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.list = _ProblemList(self)
        self.list.setObjectName("error_summary_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._targets: list[GoTo] = []
        self.hide()

    def show_problems(self, problems: list[tuple[str, GoTo]]) -> None:
        """List ``problems`` (text, go-to function); an empty list hides the summary."""
        self.list.clear()
        self._targets = [go for _text, go in problems]
        for row, (text, _go) in enumerate(problems):
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row)
        self.title.setText(self.tr("%n thing(s) to fix before saving:", "", len(problems)))
        self.setVisible(bool(problems))
        if problems:
            self.list.setCurrentRow(0)

    def _go(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, int) and 0 <= row < len(self._targets):
            self._targets[row]()
