"""One result per parameter of the facility's urine panel (the six standard parameters and the
extra ones the facility added), with "needs lab confirmation" beside every positive one.

Used by the urine test form and by the urine screen section of the ASI-based form.
"""
from __future__ import annotations

from collections.abc import Mapping

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from models.care.urine import PANEL, RESULTS, panel_parameters
from ui.clients.person_form import retranslate_combo
from ui.clinical.answers import choice_combo, combo_value, set_combo
from ui.widgets.field_form import ERROR_COLOR, plain_label

FLAG_COLOR = ERROR_COLOR


class ConfirmationFlag(QWidget):
    """A red "Positive: needs lab confirmation" sign with an icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation_flag")
        icon = QLabel(self)
        icon.setPixmap(qta.icon("mdi6.flask-outline", color=FLAG_COLOR).pixmap(16, 16))
        self.text = plain_label("", self, wrap=True)
        self.text.setStyleSheet(f"color: {FLAG_COLOR}; font-weight: bold;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.text.setText(self.tr("Positive: needs lab confirmation"))


class UrinePanel(QWidget):
    """A combo box per parameter (first item "-": not read yet).

    Signals:
        changed(): a result changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urine_panel")
        self.parameters = panel_parameters()
        self._names = dict(PANEL)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.flags: dict[str, ConfirmationFlag] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, code in enumerate(self.parameters):
            label = plain_label("", self)
            combo = choice_combo(RESULTS, f"result_{code}", self)
            combo.currentIndexChanged.connect(self._update)
            label.setBuddy(combo)
            flag = ConfirmationFlag(self)
            flag.hide()
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(flag, row, 2)
            self.combos[code], self.labels[code], self.flags[code] = combo, label, flag
        grid.setColumnStretch(2, 1)
        self.retranslate_ui()

    def results(self) -> dict[str, str]:
        """The results read so far, by parameter code."""
        return {code: combo_value(c) for code, c in self.combos.items() if combo_value(c)}

    def set_results(self, results: Mapping[str, str]) -> None:
        for code, combo in self.combos.items():
            set_combo(combo, results.get(code))

    def any_positive(self) -> bool:
        return "positive" in self.results().values()

    def _update(self) -> None:
        for code, combo in self.combos.items():
            self.flags[code].setVisible(combo_value(combo) == "positive")
        self.changed.emit()

    def retranslate_ui(self) -> None:
        for code, label in self.labels.items():
            name = self._names.get(code)
            label.setText(f"{code} ({QCoreApplication.translate('Codes', name)})" if name
                          else code)
            retranslate_combo(self.combos[code])
            self.flags[code].retranslate_ui()
