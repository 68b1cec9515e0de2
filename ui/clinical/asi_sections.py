"""The question sections of the Indonesian ASI-based form ("Formulir Asesmen Wajib Lapor dan
Rehabilitasi Medis"): demographics, medical status, employment and support, the drug-use
questions beside the grid, legal status, family and social relations, psychiatric status.

Each section is declared once as a list of :class:`Question` s; :class:`QuestionSection`
builds its inputs and reads them back as the section's part of ``Assessment.answers``, e.g.
``{"medical": {"hospitalised": 2, "chronic": "no"}}``. Unanswered questions are left out.
Labels are English texts in context "Codes", so an error lands under its question.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from models.care.scoring import YES_NO
from ui.clients.person_form import retranslate_combo
from ui.clinical.answers import (
    NumberField,
    choice_combo,
    combo_value,
    note_box,
    set_combo,
    text_value,
)
from ui.widgets.field_form import FieldForm


@dataclass(frozen=True)
class Question:
    """One question: ``kind`` is "number" (``low``-``high``), "choice" or "note"."""

    key: str
    label: str
    kind: str
    low: int = 0
    high: int = 0
    choices: tuple[tuple[str, str], ...] = ()


def number(key: str, label: str, high: int = 30, low: int = 0) -> Question:
    return Question(key, label, "number", low, high)


def yes_no(key: str, label: str) -> Question:
    return Question(key, label, "choice", choices=YES_NO)


def choice(key: str, label: str, choices: tuple[tuple[str, str], ...]) -> Question:
    return Question(key, label, "choice", choices=choices)


def note(key: str, label: str) -> Question:
    return Question(key, label, "note")


LIVING = (
    ("partner_children", T("Codes", "With partner and children")),
    ("partner", T("Codes", "With partner alone")),
    ("children", T("Codes", "With children alone")),
    ("parents", T("Codes", "With parents")),
    ("family", T("Codes", "With other family")),
    ("friends", T("Codes", "With friends")),
    ("alone", T("Codes", "Alone")),
    ("controlled", T("Codes", "Controlled environment")),
    ("unstable", T("Codes", "No stable arrangement")),
)
TEST_RESULTS = (
    ("never", T("Codes", "Never tested")),
    ("negative", T("Codes", "Tested, negative")),
    ("positive", T("Codes", "Tested, positive")),
    ("unknown", T("Codes", "Tested, result not known")),
)
EMPLOYMENT_PATTERNS = (
    ("full_time", T("Codes", "Full time")),
    ("part_time", T("Codes", "Part time")),
    ("irregular", T("Codes", "Irregular / day labour")),
    ("student", T("Codes", "Student")),
    ("homemaker", T("Codes", "Homemaker")),
    ("retired", T("Codes", "Retired or disabled")),
    ("unemployed", T("Codes", "Unemployed")),
    ("controlled", T("Codes", "In a controlled environment")),
)
FREE_TIME = (
    ("family", T("Codes", "Family")),
    ("friends", T("Codes", "Friends")),
    ("alone", T("Codes", "Alone")),
)
MONEY = 999_999_999  # rupiah: the most a count of money may be

SECTIONS: tuple[tuple[str, str, tuple[Question, ...]], ...] = (
    ("demographics", T("Codes", "Demographics"), (
        choice("interview", T("Codes", "Kind of interview"),
               (("face", T("Codes", "Face to face")), ("phone", T("Codes", "By phone")))),
        choice("living", T("Codes", "Usual living arrangement (last 3 years)"), LIVING),
        yes_no("lives_with_user", T("Codes", "Lives with someone who uses alcohol or drugs")),
        number("controlled_days", T("Codes", "Days in a controlled environment in the last 30 "
                                    "(prison, hospital, rehabilitation)")),
        note("notes", T("Codes", "Notes")),
    )),
    ("medical", T("Codes", "Medical status"), (
        number("hospitalised", T("Codes", "Times hospitalised for medical problems in life"),
               99),
        yes_no("chronic", T("Codes", "Chronic medical problem that interferes with daily life")),
        yes_no("medication", T("Codes", "Takes prescribed medication for a physical problem")),
        choice("hiv_test", T("Codes", "HIV test"), TEST_RESULTS),
        choice("hepatitis_test", T("Codes", "Hepatitis C test"), TEST_RESULTS),
        number("problem_days", T("Codes", "Days with medical problems in the last 30")),
        note("notes", T("Codes", "Notes")),
    )),
    ("employment", T("Codes", "Employment / support"), (
        number("school_years", T("Codes", "Years of schooling completed"), 25),
        yes_no("skill", T("Codes", "Has a trade or skill")),
        choice("pattern", T("Codes", "Usual employment pattern (last 3 years)"),
               EMPLOYMENT_PATTERNS),
        number("paid_days", T("Codes", "Days paid for working in the last 30")),
        number("income", T("Codes", "Income from work in the last 30 days (Rp)"), MONEY),
        yes_no("supported", T("Codes", "Someone contributes to the client's support")),
        number("problem_days", T("Codes", "Days with employment problems in the last 30")),
        note("notes", T("Codes", "Notes")),
    )),
    ("drug_use", T("Codes", "Drug use"), (
        number("overdoses", T("Codes", "Overdoses in life"), 99),
        number("treatments", T("Codes", "Times treated for alcohol or drug use in life"), 99),
        number("spent", T("Codes", "Money spent on alcohol and drugs in the last 30 days (Rp)"),
               MONEY),
        number("problem_days", T("Codes", "Days with alcohol or drug problems in the last 30")),
        note("notes", T("Codes", "Notes")),
    )),
    ("legal", T("Codes", "Legal status"), (
        yes_no("justice_referral", T("Codes", "Admission prompted by the police, prosecutor "
                                     "or court")),
        yes_no("probation", T("Codes", "On probation or parole")),
        number("drug_charges", T("Codes", "Times charged with drug offences in life"), 99),
        number("other_charges", T("Codes", "Times charged with other offences in life"), 99),
        number("convictions", T("Codes", "Times convicted in life"), 99),
        number("detention_months", T("Codes", "Months in prison or detention in life"), 999),
        yes_no("pending", T("Codes", "Awaiting charges, trial or sentence now")),
        number("illegal_days", T("Codes", "Days of illegal activity for profit in the last 30")),
        note("notes", T("Codes", "Notes")),
    )),
    ("family", T("Codes", "Family / social"), (
        choice("free_time", T("Codes", "Spends most free time with"), FREE_TIME),
        yes_no("close_friend", T("Codes", "Has a close friend")),
        yes_no("family_users", T("Codes", "Family members with alcohol or drug problems")),
        yes_no("abused", T("Codes", "Ever abused emotionally, physically or sexually")),
        number("family_conflict_days",
               T("Codes", "Days of serious conflict with family in the last 30")),
        number("other_conflict_days",
               T("Codes", "Days of serious conflict with other people in the last 30")),
        note("notes", T("Codes", "Notes")),
    )),
    ("psychiatric", T("Codes", "Psychiatric status"), (
        number("treated", T("Codes", "Times treated for psychological or emotional problems "
                            "in life"), 99),
        yes_no("depression", T("Codes", "Serious depression in the last 30 days")),
        yes_no("anxiety", T("Codes", "Serious anxiety or tension in the last 30 days")),
        yes_no("hallucinations", T("Codes", "Hallucinations in the last 30 days")),
        yes_no("concentration", T("Codes", "Trouble understanding, concentrating or "
                                  "remembering in the last 30 days")),
        yes_no("violence", T("Codes", "Trouble controlling violent behaviour in the last 30 "
                             "days")),
        yes_no("suicidal_thoughts", T("Codes", "Serious thoughts of suicide in the last 30 "
                                      "days")),
        yes_no("suicide_attempt", T("Codes", "Attempted suicide in the last 30 days")),
        yes_no("psych_medication", T("Codes", "Prescribed medication for a psychological "
                                     "problem in the last 30 days")),
        number("problem_days", T("Codes", "Days with psychological or emotional problems in "
                                 "the last 30")),
        note("notes", T("Codes", "Notes")),
    )),
)


def wrapping_form(parent: QWidget | None = None) -> FieldForm:
    """A :class:`FieldForm` whose long labels go above their input in a narrow window."""
    form = FieldForm(parent)
    form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class QuestionSection(QWidget):
    """The inputs of one section's questions, read as ``{key: value}``."""

    def __init__(self, key: str, questions: tuple[Question, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.questions = questions
        self.form = wrapping_form(self)
        self.inputs: dict[str, QWidget] = {}
        for q in questions:
            name = f"{key}.{q.key}"
            if q.kind == "number":
                widget: QWidget = NumberField(name, q.low, q.high, self)
            elif q.kind == "choice":
                widget = choice_combo(q.choices, name, self)
            else:
                widget = note_box(name, self)
            self.inputs[q.key] = widget
            self.form.add_row(q.label, widget)
        self.form.chain_tab_order()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def values(self) -> dict[str, Any]:
        """The answered questions; a :class:`ValidationError` at a question out of range."""
        out: dict[str, Any] = {}
        for q in self.questions:
            widget = self.inputs[q.key]
            if isinstance(widget, NumberField):
                value: Any = widget.value(q.label)
            elif isinstance(widget, QComboBox):
                value = combo_value(widget)
            else:
                value = text_value(widget, q.label)  # type: ignore[arg-type]
            if value not in (None, ""):
                out[q.key] = value
        return out

    def set_values(self, values: dict[str, Any] | None) -> None:
        values = values or {}
        for q in self.questions:
            widget = self.inputs[q.key]
            value = values.get(q.key)
            if isinstance(widget, NumberField):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                set_combo(widget, value)
            else:
                widget.setPlainText(str(value or ""))  # type: ignore[attr-defined]

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        for widget in self.inputs.values():
            if isinstance(widget, QComboBox):
                retranslate_combo(widget)
