"""The doctor's own physical examination: vital signs, a finding per body system and the
overall finding, saved and signed by the doctor alone (no counselor's ratings needed).

The ASI-based form fills its physical section from the doctor's latest signed exam
(:func:`latest_signed_exam`)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from models.care.assessment import AssessmentRecord, AssessmentSummary
from models.care.physical_exam import F_FINDING, missing_label
from models.core.errors import PulihError
from ui.clinical.answers import note_box, text_value
from ui.clinical.asi_grids import PhysicalExam
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.assessment_dialog import AssessmentDialog


class PhysicalDialog(AssessmentDialog):
    """Vital signs, body systems and the overall finding of one examination."""

    kind = "physical"

    def build(self) -> None:
        self.exam = PhysicalExam(self.content)
        self.register_form(self.exam.form)
        self.content_layout.addWidget(self.exam)
        self.summary_form = wrapping_form(self.content)
        self.finding: QPlainTextEdit = note_box("physical.finding", self.summary_form, lines=3)
        self.summary_form.add_row(F_FINDING, self.finding, required=True)
        self.register_form(self.summary_form)
        self.content_layout.addWidget(self.summary_form)
        self.content_layout.addStretch(1)

    def answers(self) -> dict[str, Any] | None:
        try:
            values = self.exam.values()
            values.setdefault("systems", {})  # the full form: every system is asked
            finding = text_value(self.finding, F_FINDING, 500)
        except PulihError as exc:
            self.show_problem(exc)
            return None
        if finding:
            values["finding"] = finding
        return values

    def set_answers(self, record: AssessmentRecord) -> None:
        self.exam.set_values(record.answers)
        self.finding.setPlainText(str(record.answers.get("finding") or ""))

    def missing_text(self, item: str) -> str:
        return QCoreApplication.translate("Codes", missing_label(item))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if hasattr(self, "summary_form"):
            self.summary_form.retranslate_ui()


def latest_signed_exam(summaries: list[AssessmentSummary],
                       episode_id: int | None) -> AssessmentSummary | None:
    """The newest signed physical exam among ``summaries`` (newest first), of ``episode_id``
    when one is given and it has one."""
    exams = [s for s in summaries if s.kind == "physical" and s.state == "signed"]
    same = [s for s in exams if episode_id is not None and s.episode_id == episode_id]
    return (same or exams or [None])[0]
