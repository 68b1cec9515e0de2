"""Inputs of the clinical forms that can stay unanswered, and how they are read back.

A spin box always holds a number, but "not asked yet" and "0 days" differ on an assessment,
so counts are line edits that may be empty; choices are coded combo boxes whose first item
("-") means unanswered. Each input is read as a plain value for the JSON of an assessment.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from models.core import validation as v
from models.core.errors import ValidationError
from models.intake.intake import MSG_RANGE
from ui.clients.person_form import code_combo, set_code

BLANK: tuple[tuple[str, str], ...] = (("", "-"),)


class NumberField(QLineEdit):
    """A whole number from ``low`` to ``high``, or nothing."""

    def __init__(self, name: str, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.low, self.high = low, high
        self.setValidator(QIntValidator(low, high, self))
        self.setMaxLength(len(str(high)) + 1)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * (len(str(high)) + 4)))

    def value(self, field: str) -> int | None:
        """The number; a :class:`ValidationError` at ``field`` when out of range."""
        text = self.text().strip()
        if not text:
            return None
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or not self.low <= number <= self.high:
            raise ValidationError(MSG_RANGE, field=field, low=self.low, high=self.high)
        return number

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


def choice_combo(choices: tuple[tuple[str, str], ...], name: str,
                 parent: QWidget | None = None) -> QComboBox:
    """A coded combo box whose first item, "-", is the empty answer.

    It may shrink below its longest label (the list still shows it whole), so that a
    form stays usable in a narrow window.
    """
    combo = code_combo(BLANK + tuple(choices), name, parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)
    return combo


def combo_value(combo: QComboBox) -> str:
    return combo.currentData() or ""


def set_combo(combo: QComboBox, code: Any) -> None:
    """Select ``code`` (the blank item for None or an unknown code)."""
    combo.setCurrentIndex(0)
    if code not in (None, ""):
        set_code(combo, str(code))


def text_value(widget: QLineEdit | QPlainTextEdit, field: str, limit: int = 2000) -> str:
    """The trimmed text, checked as models/ checks text (length, control characters)."""
    if isinstance(widget, QPlainTextEdit):
        return v.text(widget.toPlainText(), field, limit=limit, multiline=True)
    return v.text(widget.text(), field, limit=limit)


def note_box(name: str, parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    """A short multi-line text whose Tab moves on (so a form stays keyboard-driven)."""
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make every input under ``root`` read-only (text stays selectable) or editable."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setReadOnly(read_only)
        elif isinstance(widget, (QComboBox, QCheckBox, QTimeEdit)):
            widget.setEnabled(not read_only)
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            widget.setEnabled(not read_only)
