"""WHO ASSIST v3.1 with its score worked out as the questions are answered.

One box per substance a-j; ticking it is Q1 ("used in your life"). Q2 "never" skips Q3-Q5
for that substance (they are cleared and disabled), Q5 is not asked for tobacco, and Q8
(injecting) stands apart. Scores and risk levels come from models.care.scoring, the same
functions that score the saved assessment, so the screen and the record never disagree.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from models.care.assessment import AssessmentRecord
from models.care.scoring import (
    ASSIST_QUESTIONS,
    ASSIST_SUBSTANCES,
    FREQUENCIES,
    RISK_LEVELS,
    YES_NO_WHEN,
    evaluate_assist,
)
from models.core.errors import PulihError
from ui.clients.person_form import retranslate_combo
from ui.clinical.answers import choice_combo, combo_value, set_combo
from ui.clinical.assessment_dialog import AssessmentDialog, item_label
from ui.widgets.field_form import plain_label

RISK_COLORS = {"low": "#1b5e20", "moderate": "#8a5300", "high": "#b3261e"}
FREQUENCY_QUESTIONS = ("q2", "q3", "q4", "q5")
SKIPPED_BY_NEVER = ("q3", "q4", "q5")


def question_name(question: str) -> str:
    """"Q3" in English, "P3" (pertanyaan) in Indonesian, as the question labels say."""
    return QCoreApplication.translate("AssistDialog", "Q{number}").format(number=question[1:])


class SubstanceBox(QGroupBox):
    """Q2-Q7 of one substance; checked means used in life (Q1)."""

    def __init__(self, substance: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.substance = substance
        self.setObjectName(f"assist_{substance}")
        self.setCheckable(True)
        # The questions show only for a substance ever used, which keeps the form short.
        self.questions = QWidget(self)
        self.form = QFormLayout(self.questions)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, Any] = {}
        self.combos: dict[str, QComboBox] = {}
        for q in ("q2", "q3", "q4", "q5", "q6", "q7"):
            if q == "q5" and substance == "tobacco":
                continue  # not asked for tobacco
            choices = FREQUENCIES if q in FREQUENCY_QUESTIONS else YES_NO_WHEN
            combo = choice_combo(choices, f"{substance}.{q}", self.questions)
            label = plain_label("", self.questions)
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.labels[q], self.combos[q] = label, combo
        self.result = plain_label("", self.questions, wrap=True)
        self.result.setObjectName(f"{substance}_result")
        self.form.addRow(self.result)
        box = QVBoxLayout(self)
        box.addWidget(self.questions)
        self.combos["q2"].currentIndexChanged.connect(self.apply_skips)
        self.toggled.connect(self.questions.setVisible)
        self.setChecked(False)
        self.questions.hide()

    def apply_skips(self) -> None:
        """Q2 "never" skips Q3-Q5: cleared and disabled while it stands."""
        never = combo_value(self.combos["q2"]) == "never"
        for q in SKIPPED_BY_NEVER:
            combo = self.combos.get(q)
            if combo is None:
                continue
            if never:
                combo.setCurrentIndex(0)
            combo.setEnabled(not never)

    def answers(self) -> dict[str, str]:
        return {q: combo_value(c) for q, c in self.combos.items() if combo_value(c)}

    def set_answers(self, answers: dict[str, str] | None) -> None:
        self.setChecked(answers is not None)
        for q, combo in self.combos.items():
            set_combo(combo, (answers or {}).get(q))
        self.apply_skips()

    def show_result(self, score: int | None, level: str, missing: list[str]) -> None:
        if not self.isChecked():
            self.result.setText("")
        elif score is not None:
            self.result.setText(self.tr("Score {score}: {risk}").format(
                score=score, risk=item_label(RISK_LEVELS, level)))
            self.result.setStyleSheet(f"color: {RISK_COLORS[level]}; font-weight: bold;")
        else:
            self.result.setText(self.tr("Still to answer: {questions}").format(
                questions=", ".join(question_name(q) for q in missing)))
            self.result.setStyleSheet("")

    def retranslate_ui(self) -> None:
        self.setTitle(item_label(ASSIST_SUBSTANCES, self.substance))
        self.setToolTip(self.tr("Tick when the client has ever used it (Q1)"))
        for q, label in self.labels.items():
            label.setText(QCoreApplication.translate("Codes", ASSIST_QUESTIONS[q]))
            retranslate_combo(self.combos[q])


class AssistDialog(AssessmentDialog):
    """The ASSIST v3.1 interview with live scoring."""

    kind = "assist"

    def build(self) -> None:
        self.intro = plain_label("", self.content, wrap=True)
        self.content_layout.addWidget(self.intro)
        self.boxes: dict[str, SubstanceBox] = {}
        for substance, _label in ASSIST_SUBSTANCES:
            box = SubstanceBox(substance, self.content)
            box.toggled.connect(self.rescore)
            for combo in box.combos.values():
                combo.currentIndexChanged.connect(self.rescore)
            self.content_layout.addWidget(box)
            self.boxes[substance] = box
        q8_box = QWidget(self.content)
        q8_form = QFormLayout(q8_box)
        q8_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.q8 = choice_combo(YES_NO_WHEN, "q8", q8_box)
        self.q8.currentIndexChanged.connect(self.rescore)
        self.q8_label = plain_label("", q8_box, wrap=True)
        self.q8_label.setBuddy(self.q8)
        q8_form.addRow(self.q8_label, self.q8)
        self.content_layout.addWidget(q8_box)
        self.overall = plain_label("", self.content, wrap=True)
        self.overall.setObjectName("assist_overall")
        self.content_layout.addWidget(self.overall)
        self.content_layout.addStretch(1)
        self.rescore()

    def answers(self) -> dict[str, Any] | None:
        answers: dict[str, Any] = {"substances": {
            s: box.answers() for s, box in self.boxes.items() if box.isChecked()}}
        if combo_value(self.q8):
            answers["q8"] = combo_value(self.q8)
        return answers

    def rescore(self) -> None:
        """Score every ticked substance with models.care.scoring as it stands."""
        answers = self.answers() or {}
        try:
            evaluation = evaluate_assist(answers)
        except PulihError as exc:  # cannot happen with these combo boxes; say so if it does
            self.overall.setText(str(exc))
            return
        scored = {i.item: i for i in evaluation.items}
        for substance, box in self.boxes.items():
            item = scored.get(substance)
            missing = [m.split(" ", 1)[1] for m in evaluation.missing
                       if m.startswith(substance + " ")]
            box.show_result(item.score if item else None, item.level if item else "", missing)
        if evaluation.complete:
            worst = [i for i in evaluation.items if i.item != "injecting"]
            if worst:
                self.overall.setText(self.tr("Highest score {score}: {risk}. Injecting (Q8): "
                                             "{q8}.").format(
                    score=evaluation.total, risk=item_label(RISK_LEVELS, evaluation.level),
                    q8=item_label(YES_NO_WHEN, answers.get("q8", ""))))
            else:
                self.overall.setText(self.tr("No substance used in life: low risk."))
        else:
            self.overall.setText(self.tr("{count} answers still missing.").format(
                count=len(evaluation.missing)))

    def set_answers(self, record: AssessmentRecord) -> None:
        substances = record.answers.get("substances") or {}
        for substance, box in self.boxes.items():
            box.set_answers(substances.get(substance))
        set_combo(self.q8, record.answers.get("q8"))
        self.rescore()

    def missing_text(self, item: str) -> str:
        if item == "q8":
            return QCoreApplication.translate("Codes", ASSIST_QUESTIONS["q8"])
        substance, _sep, question = item.partition(" ")
        return f"{item_label(ASSIST_SUBSTANCES, substance)} {question_name(question)}"

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        QT_TRANSLATE_NOOP("AssistDialog", "Q{number}")  # read by question_name()
        if not hasattr(self, "boxes"):
            return
        self.intro.setText(self.tr(
            "Tick each substance the client has ever used (Q1), then ask Q2 to Q7 about "
            "it. Q2 \u201cnever\u201d skips Q3 to Q5; Q5 is not asked for tobacco."))
        for box in self.boxes.values():
            box.retranslate_ui()
        self.q8_label.setText(QCoreApplication.translate("Codes", ASSIST_QUESTIONS["q8"]))
        retranslate_combo(self.q8)
        self.rescore()
