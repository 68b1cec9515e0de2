"""DAST-10, the screening interview (often for SKHPN applicants), with its total and band
shown as the ten yes/no questions are answered."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from models.care.assessment import AssessmentRecord
from models.care.scoring import DAST_BANDS, DAST_ITEMS, YES_NO, evaluate_dast10
from ui.clients.person_form import retranslate_combo
from ui.clinical.answers import choice_combo, combo_value, set_combo
from ui.clinical.assessment_dialog import AssessmentDialog
from ui.widgets.field_form import plain_label

#: The questions as asked (about the last 12 months); the short item names are models'.
QUESTIONS = {
    "q1": T("Codes", "1. Have you used drugs other than those required for medical reasons?"),
    "q2": T("Codes", "2. Do you use more than one drug at a time?"),
    "q3": T("Codes", "3. Are you always able to stop using drugs when you want to?"),
    "q4": T("Codes", "4. Have you had blackouts or flashbacks as a result of drug use?"),
    "q5": T("Codes", "5. Do you ever feel bad or guilty about your drug use?"),
    "q6": T("Codes", "6. Does your spouse (or parents) ever complain about your involvement "
            "with drugs?"),
    "q7": T("Codes", "7. Have you neglected your family because of your use of drugs?"),
    "q8": T("Codes", "8. Have you engaged in illegal activities in order to obtain drugs?"),
    "q9": T("Codes", "9. Have you ever experienced withdrawal symptoms (felt sick) when you "
            "stopped taking drugs?"),
    "q10": T("Codes", "10. Have you had medical problems as a result of your drug use (for "
             "example memory loss, hepatitis, convulsions, bleeding)?"),
}
INTRO = T("Codes", "These questions are about the last 12 months, and about drugs other than "
          "alcohol and tobacco. Item 3 scores a point on \u201cNo\u201d; every other item on "
          "\u201cYes\u201d.")


class DastDialog(AssessmentDialog):
    """The ten DAST-10 items, total and band."""

    kind = "dast10"

    def build(self) -> None:
        self.intro = plain_label("", self.content, wrap=True)
        self.content_layout.addWidget(self.intro)
        holder = QWidget(self.content)
        form = QFormLayout(holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, Any] = {}
        self.items: dict[str, QComboBox] = {}
        for key, _short in DAST_ITEMS:
            combo = choice_combo(YES_NO, f"dast_{key}", holder)
            combo.currentIndexChanged.connect(self.rescore)
            label = plain_label("", holder, wrap=True)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.labels[key], self.items[key] = label, combo
        self.content_layout.addWidget(holder)
        self.result = plain_label("", self.content, wrap=True)
        self.result.setObjectName("dast_result")
        self.content_layout.addWidget(self.result)
        self.content_layout.addStretch(1)

    def answers(self) -> dict[str, Any] | None:
        return {key: combo_value(c) for key, c in self.items.items() if combo_value(c)}

    def rescore(self) -> None:
        evaluation = evaluate_dast10(self.answers() or {})
        if evaluation.complete:
            band = {code: label for code, label, _low, _high in DAST_BANDS}[evaluation.level]
            self.result.setText(self.tr("Total {total} of 10: {band}").format(
                total=evaluation.total, band=QCoreApplication.translate("Codes", band)))
            self.result.setStyleSheet("font-weight: bold;")
        else:
            self.result.setText(self.tr("Answered {done} of 10.").format(
                done=10 - len(evaluation.missing)))
            self.result.setStyleSheet("")

    def set_answers(self, record: AssessmentRecord) -> None:
        for key, combo in self.items.items():
            set_combo(combo, record.answers.get(key))
        self.rescore()

    def missing_text(self, item: str) -> str:
        return QCoreApplication.translate("Codes", dict(DAST_ITEMS).get(item, item))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "items"):
            return
        self.intro.setText(QCoreApplication.translate("Codes", INTRO))
        for key, label in self.labels.items():
            label.setText(QCoreApplication.translate("Codes", QUESTIONS[key]))
            retranslate_combo(self.items[key])
        self.rescore()
