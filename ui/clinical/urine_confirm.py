"""The confirmation of a positive urine screen, under the recorded test: a laboratory's
report (its name, the date, the result) or the client's own admission of use. Until then
the test is shown as awaiting confirmation; a confirmed positive in aftercare restarts the
abstinence date (models/care/urine.py)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from models.care.urine import (
    CONFIRM_METHODS,
    CONFIRM_RESULTS,
    F_CONFIRM_RESULT,
    F_CONFIRMED_ON,
    F_LAB,
    F_METHOD,
    STATUSES,
    UrineTestRecord,
    confirm_urine_test,
)
from reports.dates import short_date
from ui.clients.person_form import line, retranslate_combo
from ui.clinical.answers import choice_combo, combo_value
from ui.clinical.asi_sections import wrapping_form
from ui.clinical.urine_panel import FLAG_COLOR
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label


def status_text(record: UrineTestRecord) -> str:
    """The test's status in a sentence: pending, or how and when it was confirmed."""
    label = QCoreApplication.translate("Codes", dict(STATUSES).get(record.status, ""))
    if record.status not in ("confirmed", "not_confirmed"):
        return label
    how = (record.confirm_lab if record.confirm_method == "lab" else
           QCoreApplication.translate("Codes", dict(CONFIRM_METHODS)["admission"]))
    on = short_date(record.confirmed_on)
    return QCoreApplication.translate("UrineDialog", "{status}: {how}, {date} (recorded by "
                                      "{name}).").format(status=label, how=how, date=on,
                                                         name=record.confirmed_by_name)


class ConfirmationBox(QWidget):
    """The status of a recorded positive test and, while it is pending, its confirmation.

    Signals:
        confirmed(int): the confirmation of this test id was recorded.
    """

    confirmed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urine_confirmation")
        self.test_id: int | None = None
        self.status = plain_label("", self, wrap=True)
        self.status.setObjectName("urine_status")
        self.form = wrapping_form(self)
        self.method = choice_combo(CONFIRM_METHODS, "confirm_method", self.form)
        self.lab = line("confirm_lab", self.form)
        self.confirmed_on = DateField(F_CONFIRMED_ON, self.form)
        self.confirmed_on.setObjectName("confirmed_on")
        self.result = choice_combo(CONFIRM_RESULTS, "confirm_result", self.form)
        self.form.add_row(F_METHOD, self.method, required=True)
        self.form.add_row(F_LAB, self.lab)
        self.form.add_row(F_CONFIRMED_ON, self.confirmed_on, required=True)
        self.form.add_row(F_CONFIRM_RESULT, self.result, required=True)
        self.button = QPushButton(self)
        self.button.setObjectName("record_confirmation")
        self.button.clicked.connect(self.record)
        self.message = error_label(self)
        self.method.currentIndexChanged.connect(self._method_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def show_record(self, record: UrineTestRecord, can_confirm: bool) -> None:
        self.test_id = record.id
        self.setVisible(record.any_positive)
        self.status.setText(status_text(record))
        pending = record.status == "pending"
        self.status.setStyleSheet(f"color: {FLAG_COLOR}; font-weight: bold;" if pending
                                  else "font-weight: bold;")
        self.form.setVisible(pending and can_confirm)
        self.button.setVisible(pending and can_confirm)
        if pending and self.confirmed_on.date_or_none() is None:
            self.confirmed_on.set_date(dt.date.today())

    def _method_changed(self) -> None:
        admission = combo_value(self.method) == "admission"
        self.lab.setEnabled(not admission)
        if admission:
            self.result.setCurrentIndex(self.result.findData("positive"))

    def record(self) -> bool:
        staff, test_id = SESSION.staff, self.test_id
        if staff is None or test_id is None:
            return False
        self.form.clear_errors()
        self.message.hide()
        try:
            confirm_urine_test(staff, test_id, combo_value(self.method),
                               combo_value(self.result), self.confirmed_on.date(),
                               lab=self.lab.text())
        except Exception as exc:  # noqa: BLE001 - shown at its field; input kept
            show_failure(exc, self.message, forms=[self.form])
            return False
        self.confirmed.emit(test_id)
        return True

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        retranslate_combo(self.method)
        retranslate_combo(self.result)
        self.confirmed_on.retranslate_ui()
        self.button.setText(QCoreApplication.translate("UrineDialog", "Record the confirmation"))
