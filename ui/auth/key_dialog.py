"""At start-up, an encrypted database and no key (or a wrong one): ask for its key.

The key is never stored by Pulih; it lives in the person's head or on a USB stick
(``--db-key-file``). A wrong key changes nothing, so the dialog simply asks again.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import PulihError
from models.db.connection import DatabaseTarget
from ui import i18n
from ui.widgets.field_form import plain_label


class KeyDialog(QDialog):
    """The passphrase of an encrypted database, typed (hidden) before sign-in."""

    def __init__(self, target: DatabaseTarget, error: PulihError,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_dialog")
        self.target = target
        self.error = error
        self.message = plain_label("", self, wrap=True)
        self.message.setObjectName("key_message")
        self.key = QLineEdit(self)
        self.key.setObjectName("db_key")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setMaxLength(1024)
        self.key_label = plain_label("", self)
        self.key_label.setBuddy(self.key)
        form = QFormLayout()
        form.addRow(self.key_label, self.key)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept_if_typed)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Encrypted database"))
        self.message.setText(i18n.error_text(self.error) + "\n\n" + self.tr("Database: {where}")
                             .format(where=self.target.describe()))
        self.key_label.setText(self.tr("&Key of the database:"))

    def _accept_if_typed(self) -> None:
        if self.key.text():
            self.accept()

    def value(self) -> str:
        """The typed key."""
        return self.key.text()


def ask_key(target: DatabaseTarget, error: PulihError) -> str | None:
    """Ask for the key of the encrypted database ``target``; None when cancelled."""
    dialog = KeyDialog(target, error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()
