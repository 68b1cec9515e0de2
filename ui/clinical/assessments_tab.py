"""The Assessments tab of a client's record: the list, and new ASI / ASSIST / DAST-10,
open, sign and addendum."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from models.care.assessment import KINDS, STATES, AssessmentSummary, list_assessments
from models.care.scoring import DAST_BANDS, RISK_LEVELS
from models.staff.rights import Action, Area
from reports.dates import short_date
from ui.clients.list_tab import Column, code_text
from ui.clinical.asi_form import AsiDialog
from ui.clinical.assessment_dialog import AssessmentDialog
from ui.clinical.assist_form import AssistDialog
from ui.clinical.clinical_tab import ClinicalTab
from ui.clinical.dast_form import DastDialog
from ui.clinical.diagnoses_dialog import DiagnosesDialog
from ui.clinical.physical_form import PhysicalDialog

C = "ClinicalTabs"
DIALOGS: dict[str, type[AssessmentDialog]] = {"asi": AsiDialog, "assist": AssistDialog,
                                              "dast10": DastDialog, "physical": PhysicalDialog}
#: Each instrument's own words for its levels: ASSIST's "moderate" risk is not DAST-10's
#: "moderate" band (the codes are the same, the labels are not).
LEVELS = {"dast10": {code: label for code, label, _lo, _hi in DAST_BANDS}}


def _result(a: AssessmentSummary) -> str:
    if a.total_score is None:
        return ""
    level = code_text(LEVELS.get(a.kind, dict(RISK_LEVELS)))(a.risk_level)
    return f"{a.total_score} \u00b7 {level}" if level else str(a.total_score)


class AssessmentsTab(ClinicalTab):
    """A client's assessments with the actions of the assessment desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(C, list_assessments, [
            Column(QT_TRANSLATE_NOOP(C, "Date"), lambda a: short_date(a.assessed_on)),
            Column(QT_TRANSLATE_NOOP(C, "Instrument"), lambda a: code_text(dict(KINDS))(a.kind)),
            Column(QT_TRANSLATE_NOOP(C, "State"), lambda a: code_text(dict(STATES))(a.state)),
            Column(QT_TRANSLATE_NOOP(C, "Score"), _result),
            Column(QT_TRANSLATE_NOOP(C, "Diagnosis"), lambda a: a.diagnosis_code),
            Column(QT_TRANSLATE_NOOP(C, "By"), lambda a: a.staff_name, stretch=True),
        ], QT_TRANSLATE_NOOP(C, "No assessments yet."), parent)
        self.new_asi = self.add_button("new_asi", qta.icon("mdi6.clipboard-text"),
                                       Area.ASSESSMENT, Action.INPUT, lambda: self.new("asi"))
        self.new_assist = self.add_button("new_assist", qta.icon("mdi6.clipboard-list"),
                                          Area.ASSESSMENT, Action.INPUT,
                                          lambda: self.new("assist"))
        self.new_dast = self.add_button("new_dast10", qta.icon("mdi6.clipboard-check"),
                                        Area.ASSESSMENT, Action.INPUT,
                                        lambda: self.new("dast10"))
        self.new_physical = self.add_button("new_physical", qta.icon("mdi6.stethoscope"),
                                            Area.LAB, Action.INPUT,
                                            lambda: self.new("physical"))
        self.diagnoses_button = self.add_button("episode_diagnoses",
                                                qta.icon("mdi6.clipboard-pulse"),
                                                Area.ASSESSMENT, Action.VIEW,
                                                self.open_diagnoses)
        self.open_button = self.add_button("open_assessment", qta.icon("mdi6.folder-open"),
                                           Area.ASSESSMENT, Action.VIEW, self.open_selected,
                                           needs_row=True)
        self.sign_button = self.add_button("sign_assessment", qta.icon("mdi6.draw-pen"),
                                           Area.ASSESSMENT, Action.INPUT, self.sign_selected,
                                           needs_row=True)
        self.addendum_button = self.add_button("assessment_addendum",
                                               qta.icon("mdi6.note-plus"), Area.ASSESSMENT,
                                               Action.CORRECT, self.addendum_selected,
                                               needs_row=True)
        self.bar.addStretch(1)
        self.retranslate_ui()

    def new(self, kind: str) -> AssessmentDialog | None:
        if self._person_id is None:
            return None
        dialog = DIALOGS[kind](self._person_id, parent=self)
        self.show_dialog(dialog)
        return dialog

    def _open(self, summary: AssessmentSummary | None) -> AssessmentDialog | None:
        if summary is None or self._person_id is None or summary.kind not in DIALOGS:
            return None
        dialog = DIALOGS[summary.kind](self._person_id, summary.id, parent=self)
        self.show_dialog(dialog)
        return dialog

    def open_selected(self) -> None:
        self._open(self.selected())

    def open_diagnoses(self) -> DiagnosesDialog | None:
        """The episode's diagnoses: several, one primary."""
        if self._person_id is None:
            return None
        dialog = DiagnosesDialog(self._person_id, parent=self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def sign_selected(self) -> None:
        """Open the draft with the signing question asked."""
        dialog = self._open(self.selected())
        if dialog is not None:
            dialog.ask_sign()

    def addendum_selected(self) -> None:
        dialog = self._open(self.selected())
        if dialog is not None and dialog.addenda.text.isVisible():
            dialog.addenda.text.setFocus()

    def update_buttons(self) -> None:
        super().update_buttons()
        chosen = self.selected()
        if chosen is not None:
            self.sign_button.setEnabled(chosen.state == "draft" and chosen.kind in DIALOGS)
            self.addendum_button.setEnabled(chosen.state == "signed"
                                            and chosen.kind in DIALOGS)
            self.open_button.setEnabled(chosen.kind in DIALOGS)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "addendum_button"):
            return
        self.new_asi.setText(self.tr("New ASI"))
        self.new_asi.setToolTip(QCoreApplication.translate("Codes", "ASI-based assessment"))
        self.new_assist.setText(self.tr("New ASSIST"))
        self.new_dast.setText(self.tr("New DAST-10"))
        self.new_physical.setText(self.tr("New physical exam"))
        self.diagnoses_button.setText(self.tr("Diagnoses..."))
        self.open_button.setText(self.tr("Open"))
        self.sign_button.setText(self.tr("Sign"))
        self.addendum_button.setText(self.tr("Addendum"))
