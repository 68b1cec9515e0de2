"""The Indonesian ASI-based assessment form, one tab per section (Ctrl+PgDown / Ctrl+PgUp move
between them), ending with the summary grid, the diagnosis and the treatment plan.

Answers (``Assessment.answers``): one key per section (``demographics``, ``medical``,
``employment``, ``drug_use`` with its ``substances`` grid, ``legal``, ``family``,
``psychiatric``, ``physical``, ``urine``), the summary ``grid`` that models.care.scoring reads,
and ``plan_other`` / ``summary``. The diagnosis and plan have columns of their own.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.care.assessment import AssessmentRecord, list_assessments, view_assessment
from models.care.scoring import ASI_DOMAINS
from models.core.errors import PulihError
from reports.dates import short_date
from ui.clinical.asi_grids import F_DRUG_GRID, DrugUseGrid, PhysicalExam, SeverityGrid
from ui.clinical.asi_plan import DiagnosisAndPlan
from ui.clinical.asi_sections import SECTIONS, QuestionSection, wrapping_form
from ui.clinical.assessment_dialog import AssessmentDialog, item_label
from ui.clinical.form_dialog import first_input
from ui.clinical.physical_form import latest_signed_exam
from ui.clinical.urine_panel import UrinePanel
from ui.session import SESSION
from ui.widgets.errors import expected
from ui.widgets.field_form import FieldForm, plain_label

PHYSICAL = T("Codes", "Physical examination")
URINE = T("Codes", "Urine screen")
GRID = T("Codes", "Severity ratings")
PLAN = T("Codes", "Diagnosis and plan")
URINE_NOTE = T("Codes", "The rapid test read during the assessment. Record the full test, "
               "with specimen code and kit, on the Urine tests tab.")


def _page(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class _Section:
    """A tab of the form: its title, page, forms (for errors), reader and writer."""

    def __init__(self, key: str, title: str, widget: QWidget, forms: list[FieldForm],
                 read: Callable[[], Any], write: Callable[[Any], None],
                 retranslate: Callable[[], None]) -> None:
        self.key, self.title, self.widget, self.forms = key, title, widget, forms
        self.read, self.write, self.retranslate = read, write, retranslate


class AsiDialog(AssessmentDialog):
    """The ASI-based assessment (demographics to diagnosis and plan)."""

    kind = "asi"

    def build(self) -> None:
        self.tabs = QTabWidget(self.content)
        self.tabs.setObjectName("asi_sections")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.sections: list[_Section] = []
        for key, title, questions in SECTIONS:
            section = QuestionSection(key, questions)
            if key == "drug_use":
                self._add_drug_section(title, section)
                continue
            self._add(_Section(key, title, section, [section.form], section.values,
                               section.set_values, section.retranslate_ui))
        physical_page = QWidget()
        self.from_exam = QPushButton(physical_page)
        self.from_exam.setObjectName("physical_from_exam")
        self.from_exam.clicked.connect(self.fill_from_exam)
        self.from_exam_note = plain_label("", physical_page, wrap=True)
        self.physical = PhysicalExam(physical_page)
        box = QVBoxLayout(physical_page)
        box.addWidget(self.from_exam_note)
        box.addWidget(self.from_exam, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.physical, 1)
        self._add(_Section("physical", PHYSICAL, physical_page, [self.physical.form],
                           self.physical.values, self.physical.set_values,
                           self._retranslate_physical))
        urine_page = QWidget()
        self.urine = UrinePanel(urine_page)
        self.urine_note = plain_label("", urine_page, wrap=True)
        box = QVBoxLayout(urine_page)
        box.addWidget(self.urine_note)
        box.addWidget(self.urine)
        box.addStretch(1)
        self._add(_Section("urine", URINE, urine_page, [], self.urine.results,
                           lambda values: self.urine.set_results(values or {}),
                           self._retranslate_urine))
        self.grid = SeverityGrid()
        self._add(_Section("grid", GRID, self.grid, [], self.grid.values,
                           lambda values: self.grid.set_values(values or {}),
                           self.grid.retranslate_ui))
        self.plan = DiagnosisAndPlan()
        self._add(_Section("plan", PLAN, self.plan, [self.plan.form], lambda: None,
                           lambda _values: None, self.plan.retranslate_ui))
        self.content_layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.go_to_section(
            self.tabs.currentIndex() + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.go_to_section(
            self.tabs.currentIndex() - 1))
        # The form itself scrolls per tab, so the outer scroll area only holds it.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _add_drug_section(self, title: str, questions: QuestionSection) -> None:
        page = QWidget()
        self.drug_form = wrapping_form(page)
        self.drug_form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.drug_grid = DrugUseGrid(page)
        self.drug_form.add_row(F_DRUG_GRID, self.drug_grid)
        questions.setParent(page)
        box = QVBoxLayout(page)
        box.addWidget(self.drug_form)
        box.addWidget(questions)
        box.addStretch(1)

        def read() -> dict[str, Any]:
            values = questions.values()
            substances = self.drug_grid.values()
            if substances:
                values["substances"] = substances
            return values

        def write(values: Any) -> None:
            values = values or {}
            questions.set_values(values)
            self.drug_grid.set_values(values.get("substances") or {})

        def retranslate() -> None:
            self.drug_form.retranslate_ui()
            self.drug_grid.retranslate_ui()
            questions.retranslate_ui()

        self._add(_Section("drug_use", title, page, [self.drug_form, questions.form], read,
                           write, retranslate))

    def _add(self, section: _Section) -> None:
        index = len(self.sections)
        self.sections.append(section)
        self.tabs.addTab(_page(section.widget), "")
        for form in section.forms:
            self.register_form(form, lambda i=index: self.tabs.setCurrentIndex(i))

    def go_to_section(self, index: int) -> None:
        """Show section ``index`` and put the focus on its first input."""
        if not 0 <= index < self.tabs.count():
            return
        self.tabs.setCurrentIndex(index)
        first = first_input(self.sections[index].widget)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    # --- answers -------------------------------------------------------------------------

    def answers(self) -> dict[str, Any] | None:
        answers: dict[str, Any] = {}
        for section in self.sections:
            try:
                value = section.read()
            except PulihError as exc:
                self.show_problem(exc)
                return None
            if value:
                answers[section.key] = value
        try:
            answers.update(self.plan.extra_answers())
        except PulihError as exc:
            self.show_problem(exc)
            return None
        return answers

    def set_answers(self, record: AssessmentRecord) -> None:
        for section in self.sections:
            section.write(record.answers.get(section.key) or {})
        self.plan.plan_other.setText(str(record.answers.get("plan_other") or ""))
        self.plan.summary.setPlainText(str(record.answers.get("summary") or ""))
        self.plan.diagnosis.set_value(record.diagnosis_code)
        self.plan.plan.set_value(list(record.treatment_plan))

    def diagnosis_code(self) -> str:
        return self.plan.diagnosis.value()

    def treatment_plan(self) -> list[str]:
        return self.plan.plan.value()

    def missing_text(self, item: str) -> str:
        return self.tr("severity of {domain}").format(domain=item_label(ASI_DOMAINS, item))

    def fill_from_exam(self) -> bool:
        """Fill the physical section from the doctor's latest signed examination (of this
        episode when it has one); False, with a sentence, when there is none."""
        staff = SESSION.staff
        if staff is None or self.signed:
            return False
        try:
            chosen = latest_signed_exam(list_assessments(staff, self.person_id),
                                        self.episode.episode_id())
            if chosen is None:
                self.from_exam_note.setText(self.tr(
                    "No signed physical examination yet: the doctor records it with "
                    "\"New physical exam\" on the Assessments tab."))
                return False
            record = view_assessment(staff, chosen.id)
        except Exception as exc:  # e.g. no right to view lab work
            if not expected(exc):
                raise
            self.show_problem(exc)
            return False
        self.physical.set_values(record.answers)
        self.from_exam_note.setText(self.tr("Filled from the physical examination of {date} "
                                            "by {name}.").format(
            date=short_date(chosen.assessed_on), name=record.staff_name))
        return True

    def _retranslate_physical(self) -> None:
        self.physical.retranslate_ui()
        self.from_exam.setText(self.tr("Fill from the doctor's examination"))

    def _retranslate_urine(self) -> None:
        self.urine.retranslate_ui()
        self.urine_note.setText(QCoreApplication.translate("Codes", URINE_NOTE))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        for index, section in enumerate(self.sections):
            self.tabs.setTabText(index, QCoreApplication.translate("Codes", section.title))
            section.retranslate()
