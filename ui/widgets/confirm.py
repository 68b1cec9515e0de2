"""A question before an act that cannot be taken back: a window-modal box that does not block.

The "No" button is the default, so Enter on an unread box does nothing irreversible; Escape
also keeps things as they are.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, name: str, title: str, text: str, yes_text: str, no_text: str,
        on_yes: Callable[[], object]) -> QMessageBox:
    """Open the question ``text``; ``on_yes`` runs only when the person picks ``yes_text``.

    Returns the box (named ``name`` for tests), already open.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.No).setText(no_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    # The result code of a message box is the button, not QDialog.Accepted: ask which.
    box.buttonClicked.connect(
        lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
        and on_yes())
    box.finished.connect(box.deleteLater)
    box.open()
    return box
