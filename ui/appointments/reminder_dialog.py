"""Reminding a client of an appointment: the consent to be contacted, the neutral message
(WhatsApp link or SMS text the desk sends by hand), and the printed slip."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.appointments.lists import CalendarRow
from models.appointments.reminders import (
    CHANNELS,
    F_CONSENTED,
    MESSAGES,
    consent_in_force,
    prepare_reminder,
    record_consent,
    slip_payload,
)
from models.facility.facility import facility
from reports.dates import clock, day_name, long_date, short_date
from ui.i18n import language
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error


def message_fields(row: CalendarRow) -> dict[str, str]:
    """The values a reminder text is filled with, written as the appointment slip writes
    them (``Senin``, ``7 Desember 2025``, ``14.05``), in the interface's language."""
    profile = facility()
    lang = language()
    return {"day": day_name(row.starts_at, lang), "date": long_date(row.starts_at, lang),
            "time": clock(row.starts_at, "."),
            "place": row.place or "-", "phone": profile.phone if profile else ""}


def show_slip(parent: QWidget, appointment_id: int) -> None:
    """Render the slip of an appointment and show it in the document preview."""
    from reports.appointment_slip import SlipData, SlipVisit, render_slip
    from ui.documents.printing import open_preview
    payload = slip_payload(SESSION.staff, appointment_id)
    pdf = render_slip(SlipData(payload.holder, [SlipVisit(v.starts_at, v.minutes, v.place)
                                                for v in payload.visits], payload.phone))
    open_preview(parent, pdf, QCoreApplication.translate("Reminders", "Appointment slip"),
                 f"slip-{appointment_id}")


class ReminderDialog(QDialog):
    """Consent to be contacted and the reminder of one appointment."""

    def __init__(self, row: CalendarRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_dialog")
        self.row = row
        self.status = plain_label("", self, wrap=True)
        self.status.setObjectName("reminder_status")
        # consent
        self.consent_box = QGroupBox(self)
        self.channel = QComboBox(self)
        self.channel.setObjectName("consent_channel")
        for code, label in CHANNELS:
            self.channel.addItem(QCoreApplication.translate("Codes", label), code)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("consent_phone")
        self.consented = DateField(F_CONSENTED, self)
        self.consented.setObjectName("consent_date")
        self.consented.set_date(dt.date.today())
        self.name_purpose = QCheckBox(self)
        self.name_purpose.setObjectName("consent_name_purpose")
        self.save_consent = QPushButton(self)
        self.save_consent.setObjectName("consent_save")
        self.save_consent.clicked.connect(self._save_consent)
        form = QFormLayout(self.consent_box)
        self.consent_labels = [plain_label("", self) for _ in range(3)]
        form.addRow(self.consent_labels[0], self.channel)
        form.addRow(self.consent_labels[1], self.phone)
        form.addRow(self.consent_labels[2], self.consented)
        form.addRow(self.name_purpose)
        form.addRow(self.save_consent)
        # message
        self.template = QComboBox(self)
        self.template.setObjectName("reminder_template")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reminder_text")
        self.text.setReadOnly(True)
        self.whatsapp = QPushButton(self)
        self.whatsapp.setObjectName("reminder_whatsapp")
        self.whatsapp.clicked.connect(self._open_whatsapp)
        self.copy = QPushButton(self)
        self.copy.setObjectName("reminder_copy")
        self.copy.clicked.connect(self._copy)
        self.slip = QPushButton(self)
        self.slip.setObjectName("reminder_slip")
        self.slip.clicked.connect(lambda: self._guard(show_slip, self, self.row.id))
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.message = error_label(self)
        self.message.setObjectName("reminder_message")
        self.link = ""
        buttons = QHBoxLayout()
        for button in (self.whatsapp, self.copy, self.slip):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.template)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.template.currentIndexChanged.connect(self.refresh)
        self.retranslate_ui()
        self.resize(560, 480)

    def _guard(self, function, *args) -> bool:
        try:
            function(*args)
        except Exception as exc:  # noqa: BLE001 - shown; what was typed stays
            show_failure(exc, self.message)
            return False
        return True

    def _save_consent(self) -> None:
        show_error(self.message, "")
        if self._guard(lambda: record_consent(
                SESSION.staff, self.row.person_id, self.channel.currentData(),
                self.phone.text(), self.consented.date(),
                may_name_purpose=self.name_purpose.isChecked())):
            self.refresh()

    def refresh(self) -> None:
        """Show the consent in force and, with one, the message by its channel."""
        consent = consent_in_force(self.row.person_id)
        self.text.clear()
        self.link = ""
        ready = False
        if consent is None:
            self.status.setText(self.tr("{name} has not consented to be contacted. Record the "
                                        "consent below (ask the client first; they choose "
                                        "the channel).").format(name=self.row.client))
        else:
            channel = QCoreApplication.translate("Codes", dict(CHANNELS)[consent.channel])
            self.status.setText(self.tr("{name} consented on {date} to be reminded by "
                                        "{channel}{phone}.").format(
                name=self.row.client, date=short_date(consent.consented_on),
                channel=channel, phone=f" ({consent.phone})" if consent.phone else ""))
            if consent.channel != "slip":
                template = QCoreApplication.translate(
                    "Reminders", MESSAGES[max(0, self.template.currentIndex())])
                try:
                    reminder = prepare_reminder(SESSION.staff, self.row.id, template,
                                                message_fields(self.row))
                except Exception as exc:  # noqa: BLE001
                    show_failure(exc, self.message)
                else:
                    show_error(self.message, "")
                    self.text.setPlainText(reminder.text)
                    self.link = reminder.link
                    ready = True
        self.whatsapp.setEnabled(ready and bool(self.link))
        self.copy.setEnabled(ready)
        self.template.setEnabled(consent is not None and consent.channel != "slip")

    def _open_whatsapp(self) -> None:
        if self.link:
            QDesktopServices.openUrl(QUrl(self.link))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        show_error(self.message, "")
        self.status.setText(self.status.text() + "\n" + self.tr(
            "The text was copied: paste it into the SMS on the desk's phone."))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Remind the client"))
        self.consent_box.setTitle(self.tr("Consent to be contacted"))
        for label, text in zip(self.consent_labels, (self.tr("Channel"), self.tr("Phone number"),
                                                     self.tr("Consented on"))):
            label.setText(text)
        self.name_purpose.setText(self.tr("The client agrees that messages may name the "
                                          "program (usually left unticked)"))
        self.save_consent.setText(self.tr("Record the consent"))
        current = max(0, self.template.currentIndex())
        self.template.blockSignals(True)
        self.template.clear()
        for n in range(len(MESSAGES)):
            self.template.addItem(self.tr("Message {n}").format(n=n + 1))
        self.template.setCurrentIndex(current)
        self.template.blockSignals(False)
        self.whatsapp.setText(self.tr("Open WhatsApp"))
        self.copy.setText(self.tr("Copy SMS text"))
        self.slip.setText(self.tr("Print slip"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()
