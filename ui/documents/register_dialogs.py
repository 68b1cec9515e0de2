"""The register's two acts that change it: voiding one document (with its reason) and
issuing the completion certificates of a period as one batch."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import validation as v
from models.core.errors import ValidationError
from models.documents.issue import F_VOID_REASON, void_document
from models.documents.letters import F_PERIOD, issue_certificates
from ui.clinical.answers import note_box
from ui.session import SESSION
from ui.widgets import errors
from ui.widgets.date_field import DateField
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

F_FROM = QT_TRANSLATE_NOOP("Codes", "From")
F_TO = QT_TRANSLATE_NOOP("Codes", "To")


class ActDialog(QDialog):
    """A small form with one button that does the act, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label("", self, wrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.explanation = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.message = error_label(self)
        self.message.setObjectName("dialog_message")
        self.buttons = QDialogButtonBox(self)
        self.act_button = QPushButton(self)
        self.act_button.setObjectName("act_button")
        self.buttons.addButton(self.act_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.act)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def act(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def attempt(self, function: Callable[[], object]) -> bool:
        """Run the act; an error is shown at its field (or below the form), input kept."""
        return errors.attempt(function, self.message, forms=[self.form])[0]

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        self.cancel_button.setText(self.tr("Cancel"))


class VoidDialog(ActDialog):
    """Void document ``number`` with a reason; the entry stays in the register.

    The void button stands on the left, apart from "Tutup" on the right, and the dialog
    is never dismissed by Enter: "Batalkan" (void) and "Batal" (cancel) read alike."""

    def __init__(self, document_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("void_dialog")
        self.document_id = document_id
        self.number = number
        self.reason = note_box("void_reason", self, lines=4)
        self.form.add_row(F_VOID_REASON, self.reason, required=True)
        self.act_button.setIcon(qta.icon("mdi6.file-cancel", color="#b3261e"))
        self.buttons.removeButton(self.act_button)
        self.act_button.setAutoDefault(False)
        self.act_button.clicked.connect(self.act)
        row = QHBoxLayout()
        row.addWidget(self.act_button)
        row.addStretch(1)
        self.layout().removeWidget(self.buttons)
        row.addWidget(self.buttons)
        self.layout().addLayout(row)
        self.retranslate_ui()
        self.reason.setFocus()

    def act(self) -> None:
        if SESSION.staff is None:
            return
        staff = SESSION.staff
        if self.attempt(lambda: void_document(staff, self.document_id,
                                              self.reason.toPlainText())):
            self.accept()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Void a document"))
        self.heading.setText(self.tr("Void document {number}").format(number=self.number))
        self.explanation.setText(self.tr(
            "A voided document stays in the register, and its QR code then checks as VOIDED "
            "here. This cannot be undone: issue a new document if one is still needed."))
        self.act_button.setText(self.tr("&Void the document"))
        self.cancel_button.setText(self.tr("Close"))


def last_month(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last day of the month before ``today``'s."""
    first_this = (today or dt.date.today()).replace(day=1)
    end = first_this - dt.timedelta(days=1)
    return end.replace(day=1), end


class CertificatesDialog(ActDialog):
    """Issue the landscape certificates of everyone who completed a program in a period.

    Attributes:
        document_ids: the certificates issued (after the dialog was accepted).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificates_dialog")
        self.document_ids: list[int] = []
        period = QWidget(self)
        self.date_from = DateField(F_FROM, period)
        self.date_from.setObjectName("period_from")
        self.date_to = DateField(F_TO, period)
        self.date_to.setObjectName("period_to")
        self.to_label = QLabel(period)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_from, 1)
        row.addWidget(self.to_label)
        row.addWidget(self.date_to, 1)
        period.setFocusProxy(self.date_from)
        self.form.add_row(F_PERIOD, period, required=True)
        start, end = last_month()
        self.date_from.set_date(start)
        self.date_to.set_date(end)
        self.act_button.setIcon(qta.icon("mdi6.certificate"))
        self.retranslate_ui()

    def act(self) -> None:
        if SESSION.staff is None:
            return
        staff = SESSION.staff
        found: list[int] = []

        def issue() -> None:
            start, end = self.date_from.date(), self.date_to.date()
            if start is None or end is None:
                raise ValidationError(v.MSG_REQUIRED, field=F_PERIOD)
            found.extend(issue_certificates(staff, start, end))

        if not self.attempt(issue):
            return
        if not found:
            show_error(self.message, self.tr(
                "Nobody completed a program in this period who does not have a certificate "
                "yet. Nothing was issued."))
            return
        self.document_ids = found
        self.accept()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Completion certificates"))
        self.heading.setText(self.tr("Certificates for everyone who completed a program"))
        self.explanation.setText(self.tr(
            "Issues one certificate (landscape) for each client whose program ended as "
            "completed in the period (discharge date), unless they already have one. All "
            "are issued together, then shown for printing."))
        self.to_label.setText(self.tr("to"))
        self.date_from.retranslate_ui()
        self.date_to.retranslate_ui()
        self.act_button.setText(self.tr("&Issue the certificates"))
