"""DAST-10 as a compact part of the SKHPN examination: the ten questions with a yes/no each,
the total and band shown as they are answered (scored by models.care.scoring).

The clinical record's DAST-10 is a whole assessment dialog (episode, drafts, signing); the
SKHPN exam records its interview through models.documents.skhpn.record_exam instead, so only the
questions (ui.clinical.dast_form.QUESTIONS) are shared.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from models.care.scoring import DAST_BANDS, DAST_ITEMS, YES_NO, Evaluation, evaluate_dast10
from ui.clients.person_form import retranslate_combo
from ui.clinical.answers import choice_combo, combo_value, set_combo
from ui.clinical.dast_form import INTRO, QUESTIONS
from ui.widgets.field_form import error_label, plain_label

BAND_LABELS = {code: label for code, label, _low, _high in DAST_BANDS}


class DastWidget(QWidget):
    """Ten yes/no answers, the running total and the band.

    Signals:
        changed(): an answer changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dast_widget")
        self.intro = plain_label("", self, wrap=True)
        # The question takes the width, the answer a narrow column beside it.
        form = QGridLayout()
        form.setColumnStretch(0, 1)
        self.labels: dict[str, QLabel] = {}
        self.items: dict[str, QComboBox] = {}
        for row, (key, _short) in enumerate(DAST_ITEMS):
            combo = choice_combo(YES_NO, f"dast_{key}", self)
            combo.setMinimumContentsLength(7)  # "Tidak" or "No" shows whole
            combo.currentIndexChanged.connect(self._rescore)
            label = plain_label("", self, wrap=True)
            label.setBuddy(combo)
            form.addWidget(label, row, 0)
            form.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
            self.labels[key], self.items[key] = label, combo
        self.result = plain_label("", self, wrap=True)
        self.result.setObjectName("dast_total")
        self.error = error_label(self)
        self.error.setObjectName("dast_error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.setFocusProxy(self.items["q1"])
        self.retranslate_ui()

    def answers(self) -> dict[str, str]:
        """The answers given so far, by item."""
        return {key: combo_value(c) for key, c in self.items.items() if combo_value(c)}

    def set_answers(self, answers: Mapping[str, str]) -> None:
        for key, combo in self.items.items():
            set_combo(combo, answers.get(key))
        self._rescore()

    def evaluation(self) -> Evaluation:
        return evaluate_dast10(self.answers())

    def item_of(self, field: str | None) -> str | None:
        """The item whose label (as models/ names it in an error) is ``field``."""
        return next((key for key, label in DAST_ITEMS if label == field), None)

    def _rescore(self) -> None:
        evaluation = self.evaluation()
        if evaluation.complete:
            band = QCoreApplication.translate("Codes", BAND_LABELS[evaluation.level])
            self.result.setText(self.tr("Total {total} of 10: {band}").format(
                total=evaluation.total, band=band))
            self.result.setStyleSheet("font-weight: bold;")
        else:
            self.result.setText(self.tr("Answered {done} of 10.").format(
                done=10 - len(evaluation.missing)))
            self.result.setStyleSheet("")
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.intro.setText(QCoreApplication.translate("Codes", INTRO))
        for key, label in self.labels.items():
            label.setText(QCoreApplication.translate("Codes", QUESTIONS[key]))
            retranslate_combo(self.items[key])
        self._rescore()
