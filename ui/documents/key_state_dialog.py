"""Retiring or revoking a signing key: the date from which it is no longer trusted and why.

Retire: the key is taken out of use (a desk replaced); papers dated after the day stay
refused, those up to it stay valid. Revoke: the key is no longer trusted (a stolen or lost
laptop); papers dated on or after the day are refused as DICABUT. Both are checked and
audited in :mod:`models.documents.trust`; the desk makes a new key for its next paper.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from models.documents.trust import F_KEY_DATE, F_KEY_REASON, REASON_LIMIT, retire_key, revoke_key
from reports.dates import short_date
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.dialog_buttons import column, ok_cancel
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

C = "KeyStateDialog"


class KeyStateDialog(QDialog):
    """Ask for the date and the reason, then retire or revoke ``key_id``."""

    def __init__(self, key_id: str, revoke: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_state_dialog")
        self.key_id = key_id
        self.revoke = revoke
        self.intro = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.day = DateField(F_KEY_DATE, self)
        self.day.setObjectName("key_state_date")
        self.day.setText(short_date(dt.date.today()))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("key_state_reason")
        self.reason.setMaxLength(REASON_LIMIT + 50)
        self.form.add_row(F_KEY_DATE, self.day, required=True)
        self.form.add_row(F_KEY_REASON, self.reason, required=True)
        self.error = error_label(self)
        self.error.setObjectName("dialog_error")
        self.buttons, self.ok_button = ok_cancel(
            self, "mdi6.key-remove" if revoke else "mdi6.key-minus", self.save)
        self.ok_button.setObjectName("key_state_ok")
        column(self, self.intro, self.form, self.error, self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self.reason.setFocus()

    def save(self) -> None:
        """Retire or revoke; on an error say so and keep what was typed."""
        self.form.clear_errors()
        show_error(self.error, "")
        if SESSION.staff is None:
            return
        try:
            day = self.day.date()
            action = revoke_key if self.revoke else retire_key
            action(SESSION.staff, self.key_id, day, self.reason.text())
        except Exception as exc:  # noqa: BLE001 - shown, the input stays
            show_failure(exc, self.error, forms=[self.form])
            return
        self.accept()

    def retranslate_ui(self) -> None:
        if self.revoke:
            self.setWindowTitle(self.tr("Revoke key {key_id}").format(key_id=self.key_id))
            self.intro.setText(self.tr(
                "Revoke a key that may be in someone else's hands (a stolen or lost "
                "computer). Papers signed with it and dated on or after the date below are "
                "refused as REVOKED everywhere this list reaches; export the keys again and "
                "send them to the other facilities. This cannot be undone."))
            self.ok_button.setText(self.tr("Re&voke the key"))
        else:
            self.setWindowTitle(self.tr("Retire key {key_id}").format(key_id=self.key_id))
            self.intro.setText(self.tr(
                "Retire a key that is no longer used (a desk computer replaced). Papers "
                "dated up to the date below stay valid; later ones are refused. The desk "
                "makes a new key for its next paper."))
            self.ok_button.setText(self.tr("&Retire the key"))
        self.form.retranslate_ui()
        self.day.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
