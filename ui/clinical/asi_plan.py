"""The end of the ASI-based form: the working diagnosis (ICD-10 F10-F19 with its fourth
character, picked as substance + state) and the treatment plan."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from models.care.assessment import F_PLAN, TREATMENT_PLANS
from models.care.diagnosis import DIAGNOSIS_STATES, DIAGNOSIS_SUBSTANCES, F_DIAGNOSIS
from ui.clients.person_form import line
from ui.clinical.answers import note_box, text_value
from ui.clinical.asi_sections import wrapping_form
from ui.widgets.field_form import plain_label

F_PLAN_OTHER = T("Codes", "Other plan, details")
F_SUMMARY = T("Codes", "Summary and recommendation")
NO_DIAGNOSIS = T("Codes", "- no diagnosis yet -")
NO_STATE = T("Codes", "- fourth character -")


class DiagnosisPicker(QWidget):
    """Substance (F10-F19) and fourth character; shows the code it makes, e.g. F15.2."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.substance = QComboBox(self)
        self.substance.setObjectName("diagnosis_substance")
        self.substance.addItem("", "")
        for code, _label in DIAGNOSIS_SUBSTANCES:
            self.substance.addItem("", code)
        self.state = QComboBox(self)
        self.state.setObjectName("diagnosis_state")
        self.state.addItem("", "")
        for digit, _label in DIAGNOSIS_STATES:
            self.state.addItem("", digit)
        self.code = plain_label("", self)
        self.code.setObjectName("diagnosis_code")
        self.substance.currentIndexChanged.connect(self._show_code)
        self.state.currentIndexChanged.connect(self._show_code)
        self.setFocusProxy(self.substance)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.substance, 2)
        row.addWidget(self.state, 2)
        row.addWidget(self.code)
        self.retranslate_ui()

    def value(self) -> str:
        """The code as picked: "" for none, "F15.2", or a half pick models/ will refuse."""
        substance, state = self.substance.currentData(), self.state.currentData()
        if not substance and not state:
            return ""
        return f"{substance or 'F1?'}.{state}" if state else substance

    def set_value(self, code: str) -> None:
        self.substance.setCurrentIndex(max(0, self.substance.findData(code[:3]))
                                       if code else 0)
        self.state.setCurrentIndex(max(0, self.state.findData(code[4:5])) if code else 0)

    def _show_code(self) -> None:
        code = self.value()
        self.code.setText(code if len(code) == 5 and "?" not in code else "")

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.substance.setItemText(0, tr("Codes", NO_DIAGNOSIS))
        for row, (code, label) in enumerate(DIAGNOSIS_SUBSTANCES, start=1):
            self.substance.setItemText(row, f"{code} {tr('Codes', label)}")
        self.state.setItemText(0, tr("Codes", NO_STATE))
        for row, (digit, label) in enumerate(DIAGNOSIS_STATES, start=1):
            self.state.setItemText(row, f".{digit} {tr('Codes', label)}")
        self._show_code()


class PlanChoice(QWidget):
    """A check box per treatment plan choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (code, _label) in enumerate(TREATMENT_PLANS):
            box = QCheckBox(self)
            box.setObjectName(f"plan_{code}")
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[code] = box
        self.setFocusProxy(self.boxes[TREATMENT_PLANS[0][0]])
        self.retranslate_ui()

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def retranslate_ui(self) -> None:
        for code, label in TREATMENT_PLANS:
            self.boxes[code].setText(QCoreApplication.translate("Codes", label))


class DiagnosisAndPlan(QWidget):
    """The last section: diagnosis, treatment plan, and the interviewer's summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = wrapping_form(self)
        self.diagnosis = DiagnosisPicker(self)
        self.plan = PlanChoice(self)
        self.plan_other = line("plan_other", self)
        self.summary = note_box("summary", self, lines=5)
        self.form.add_row(F_DIAGNOSIS, self.diagnosis)
        self.form.add_row(F_PLAN, self.plan)
        self.form.add_row(F_PLAN_OTHER, self.plan_other)
        self.form.add_row(F_SUMMARY, self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def extra_answers(self) -> dict[str, str]:
        """What this section adds to the answers beside the diagnosis and plan columns."""
        out = {}
        for key, widget, label in (("plan_other", self.plan_other, F_PLAN_OTHER),
                                   ("summary", self.summary, F_SUMMARY)):
            value = text_value(widget, label, 4000)
            if value:
                out[key] = value
        return out

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        self.diagnosis.retranslate_ui()
        self.plan.retranslate_ui()
