"""A small form dialog for the rumatan acts (vomited, replacement, waste, count, receive):
a few labelled inputs, a sentence for a refusal above the buttons, and nothing typed lost."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dialog_buttons import ok_cancel
from ui.widgets.errors import show_failure


class SmallForm(QDialog):
    """Fields added with :meth:`add_*`; OK calls ``on_ok(values)``, which raises a
    :class:`~models.core.errors.PulihError` to refuse (shown here, the dialog stays open).

    Signals: the usual ``accepted`` once ``on_ok`` went through.
    """

    def __init__(self, parent: QWidget | None, name: str, title: str, intro: str,
                 on_ok: Callable[[dict[str, Any]], object]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._on_ok = on_ok
        self._getters: dict[str, Callable[[], Any]] = {}
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("form_error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setMinimumHeight(self.fontMetrics().height() * 2)  # room kept for it
        buttons, self.ok_button = ok_cancel(self, "mdi6.check", self._ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def add_text(self, key: str, label: str, text: str = "", password: bool = False
                 ) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(key)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        self._getters[key] = edit.text
        return edit

    def add_mg(self, key: str, label: str, value: float = 0.0, maximum: float = 100000.0
               ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(key)
        spin.setDecimals(1)
        spin.setRange(0.0, maximum)
        spin.setValue(value)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel never changes it unasked
        self.form.addRow(label, spin)
        self._getters[key] = spin.value
        return spin

    def add_count(self, key: str, label: str, value: int, maximum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(key)
        spin.setRange(0, maximum)
        spin.setValue(value)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.form.addRow(label, spin)
        self._getters[key] = spin.value
        return spin

    def add_choice(self, key: str, label: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(key)
        combo.addItem("", None)
        for data, text in items:
            combo.addItem(text, data)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.form.addRow(label, combo)
        self._getters[key] = combo.currentData
        return combo

    def add_date(self, key: str, label: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(key)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.form.addRow(label, edit)
        self._getters[key] = lambda: edit.date().toPython()
        return edit

    def add_check(self, key: str, label: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setObjectName(key)
        box.setChecked(checked)
        self.form.addRow("", box)
        self._getters[key] = box.isChecked
        return box

    def values(self) -> dict[str, Any]:
        return {key: get() for key, get in self._getters.items()}

    def _ok(self) -> None:
        try:
            self._on_ok(self.values())
        except Exception as exc:  # noqa: BLE001 - a refusal is shown; what was typed stays
            show_failure(exc, self.error.setText)
            return
        self.accept()
