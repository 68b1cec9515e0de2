"""The discharge step (terminasi), and the correction of a recorded discharge.

The coded reason shows its TEDS code as it is picked; social rehabilitation also records
whether the client recovered, gained skills and lives independently. A recorded discharge
changes only through :func:`models.care.discharge.correct_discharge`, with a reason, audited.
"""
from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from models.care import discharge as dc
from models.care.discharge import REASONS, TEDS, DischargeInput, early_completion_phase
from models.desk.course import DischargeRecord
from ui.clients.person_form import code_combo, retranslate_combo, set_code
from ui.program.yes_no import set_yes_no, yes_no_combo, yes_no_value
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.dialog_buttons import column, ok_cancel
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, keep_room, plain_label, show_error

C = "DischargeDialog"
#: The TEDS discharge codes and what each means (TEDS-D "reason for discharge").
TEDS_LABELS = {
    1: QT_TRANSLATE_NOOP(C, "treatment completed"),
    2: QT_TRANSLATE_NOOP(C, "dropped out of treatment"),
    3: QT_TRANSLATE_NOOP(C, "terminated by the facility"),
    4: QT_TRANSLATE_NOOP(C, "transferred to another program or facility"),
    5: QT_TRANSLATE_NOOP(C, "incarcerated"),
    6: QT_TRANSLATE_NOOP(C, "death"),
    7: QT_TRANSLATE_NOOP(C, "other"),
}
TEDS_FORMAT = QT_TRANSLATE_NOOP(C, "TEDS {code} – {meaning}")
F_RECOVERED = QT_TRANSLATE_NOOP("Codes", "Recovered")
F_SKILLED = QT_TRANSLATE_NOOP("Codes", "Skilled")
F_INDEPENDENT = QT_TRANSLATE_NOOP("Codes", "Independent")
F_AFTERCARE_NOW = QT_TRANSLATE_NOOP("Codes", "Aftercare")


def teds_text(reason: str) -> str:
    """"TEDS 2 – dropped out of treatment" for a reason code, in the current language."""
    code = TEDS.get(reason)
    if code is None:
        return ""
    return QCoreApplication.translate(C, TEDS_FORMAT).format(
        code=code, meaning=QCoreApplication.translate(C, TEDS_LABELS[code]))


class DischargeDialog(QDialog):
    """Discharge an episode, or (given ``existing``) correct its recorded discharge.

    Attributes:
        saved_id: the discharge id once saved, else None.
    """

    def __init__(self, episode_id: int, social: bool, existing: DischargeRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discharge_dialog")
        self.setWindowIcon(qta.icon("mdi6.flag-checkered"))
        self.episode_id = episode_id
        self.existing = existing
        self.saved_id: int | None = None
        self.form = FieldForm(self)
        # No reason is picked for the desk: "Completed" as a default was accepted unread.
        self.reason = code_combo((("", "-"),) + tuple((code, label) for code, label, _ in REASONS),
                                 "discharge_reason", self)
        self.reason.currentIndexChanged.connect(self._show_teds)
        self.early = early_completion_phase(episode_id) if existing is None else None
        self.early_reason = QLineEdit(self)
        self.early_reason.setObjectName("early_reason")
        self.early_note = error_label(self)
        self.early_note.setObjectName("early_note")
        keep_room(self.early_note)  # the note and message appearing never move the buttons
        self.teds = plain_label("", self)
        self.teds.setObjectName("teds_code")
        self.discharged_on = DateField(dc.F_DISCHARGED, self)
        self.discharged_on.setObjectName("discharged_on")
        self.recovered = yes_no_combo("outcome_recovered", self)
        self.skilled = yes_no_combo("outcome_skilled", self)
        self.independent = yes_no_combo("outcome_independent", self)
        self.referred_to = QLineEdit(self)
        self.referred_to.setObjectName("referred_to")
        self.note = QLineEdit(self)
        self.note.setObjectName("discharge_note")
        self.aftercare = QCheckBox(self)
        self.aftercare.setObjectName("start_aftercare")
        self.why = QLineEdit(self)
        self.why.setObjectName("correction_reason")
        self.form.add_row(dc.F_REASON, self.reason, required=True)
        self.form.add_row(dc.F_DISCHARGED, self.discharged_on, required=True)
        self.outcome_rows = [self.form.add_row(label, combo) for label, combo in (
            (F_RECOVERED, self.recovered), (F_SKILLED, self.skilled),
            (F_INDEPENDENT, self.independent))]
        self.form.add_row(dc.F_REFERRED_TO, self.referred_to)
        self.form.add_row(dc.F_NOTE, self.note)
        if existing is None:
            self.early_row = self.form.add_row(dc.F_EARLY_REASON, self.early_reason,
                                               required=True)
            self.form.add_row(F_AFTERCARE_NOW, self.aftercare)
            self.why.hide()  # only a correction asks why; unplaced, it would sit at 0,0
        else:
            self.form.add_row(dc.F_WHY, self.why, required=True)
            self.aftercare.hide()
            self.early_row = None
            self.early_reason.hide()
        self.form.layout_.insertRow(1, "", self.teds)
        for row in self.outcome_rows:  # social rehabilitation records these outcomes
            row.label.setVisible(social)
            row.widget.parentWidget().setVisible(social)
        self.intro = plain_label("", self, wrap=True)
        self.message = error_label(self)
        self.message.setObjectName("discharge_message")
        keep_room(self.message)
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.flag-checkered", self.save)
        column(self, self.intro, self.form, self.early_note, self.message, self.buttons)
        self.setMinimumWidth(520)
        if existing is not None:
            set_code(self.reason, existing.reason)
            self.discharged_on.set_date(existing.discharged_on)
            set_yes_no(self.recovered, existing.outcome_recovered)
            set_yes_no(self.skilled, existing.outcome_skilled)
            set_yes_no(self.independent, existing.outcome_independent)
            self.referred_to.setText(existing.referred_to)
            self.note.setText(existing.note)
        else:
            self.discharged_on.set_date(dt.date.today())
            self.aftercare.setChecked(True)
        self.retranslate_ui()

    def _show_teds(self) -> None:
        reason = self.reason.currentData() or ""
        self.teds.setText(teds_text(reason))
        # "Completed" before the program's last phase: say so, and ask for the reason.
        early = self.early is not None and reason == "completed"
        if self.early_row is not None:
            self.early_row.label.setVisible(early)
            self.early_reason.parentWidget().setVisible(early)
        show_error(self.early_note, self.tr(
            "{phase} is not the program's last phase ({final}). Record \"Completed\" only "
            "if the program really counts as completed, and say why.").format(
            phase=self.early[0], final=self.early[1]) if early else "")

    def value(self) -> DischargeInput:
        return DischargeInput(
            discharged_on=self.discharged_on.date(), reason=self.reason.currentData() or "",
            outcome_recovered=yes_no_value(self.recovered),
            outcome_skilled=yes_no_value(self.skilled),
            outcome_independent=yes_no_value(self.independent),
            referred_to=self.referred_to.text(), note=self.note.text())

    def save(self) -> bool:
        """Discharge (or correct); an error lands at its field and every input stays."""
        staff = SESSION.staff
        if staff is None:
            return False
        self.form.clear_errors()
        show_error(self.message, "")
        try:
            data = self.value()
            if self.existing is None:
                self.saved_id = dc.discharge_episode(
                    staff, self.episode_id, data.discharged_on, data.reason,
                    outcome_recovered=data.outcome_recovered,
                    outcome_skilled=data.outcome_skilled,
                    outcome_independent=data.outcome_independent,
                    referred_to=data.referred_to, note=data.note,
                    aftercare=self.aftercare.isChecked(),
                    early_reason=self.early_reason.text())
            else:
                dc.correct_discharge(staff, self.existing.id, data, self.why.text())
                self.saved_id = self.existing.id
        except Exception as exc:  # noqa: BLE001 - shown, input kept
            show_failure(exc, self.message, forms=[self.form])
            return False
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        correcting = self.existing is not None
        self.setWindowTitle(self.tr("Correct the discharge") if correcting
                            else self.tr("Discharge (terminasi)"))
        self.intro.setText(self.tr(
            "The discharge date, reason and outcomes change only here; the old and new values "
            "and your reason are recorded.") if correcting else self.tr(
            "Discharge ends the program on this date. With aftercare ticked, the aftercare plan "
            "starts the same day with the facility's follow-up schedule."))
        retranslate_combo(self.reason)
        for combo in (self.recovered, self.skilled, self.independent):
            retranslate_combo(combo)
        self.aftercare.setText(self.tr("Start aftercare on the discharge date"))
        self.ok_button.setText(self.tr("Save the correction") if correcting
                               else self.tr("Discharge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.discharged_on.retranslate_ui()
        self.form.retranslate_ui()
        self._show_teds()
