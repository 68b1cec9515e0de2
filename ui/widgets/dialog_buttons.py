"""The OK / Cancel row of Pulih's form dialogs, and the column they are laid out in."""
from __future__ import annotations

from collections.abc import Callable

import qtawesome as qta
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget


def ok_cancel(dialog: QDialog, icon: str, on_ok: Callable[[], object]
              ) -> tuple[QDialogButtonBox, QPushButton]:
    """An OK / Cancel box whose OK runs ``on_ok`` (which accepts when the input is good) and
    whose Cancel rejects; returns the box and its OK button (the caller names it)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setIcon(qta.icon(icon))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


def column(dialog: QDialog, *widgets: QWidget) -> QVBoxLayout:
    """Lay ``widgets`` out top to bottom in ``dialog``."""
    layout = QVBoxLayout(dialog)
    for widget in widgets:
        layout.addWidget(widget)
    return layout
