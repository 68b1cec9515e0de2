"""Change your own password, proving the current one (File menu of the main window)."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from models.core.errors import AuthenticationError
from models.safety import accounts
from ui.admin.staff_dialogs import F_REPEAT, password_edit
from ui.session import SESSION
from ui.widgets.dialog_buttons import column, ok_cancel
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

F_CURRENT = QT_TRANSLATE_NOOP("Codes", "Current password")
F_NEW = QT_TRANSLATE_NOOP("Codes", "New password")


class OwnPasswordDialog(QDialog):
    """The signed-in member types the current password and the new one twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_password_dialog")
        self.setWindowIcon(qta.icon("mdi6.form-textbox-password"))
        self.intro_label = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.current_edit = password_edit("current_password", self)
        self.new_edit = password_edit("new_password", self)
        self.repeat_edit = password_edit("repeat_password", self)
        self.form.add_row(F_CURRENT, self.current_edit, required=True)
        self.form.add_row(F_NEW, self.new_edit, required=True)
        self.form.add_row(F_REPEAT, self.repeat_edit, required=True)
        self.error_label = error_label(self)
        self.error_label.setObjectName("dialog_error")
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.content-save", self.save)
        column(self, self.intro_label, self.form, self.error_label, self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.current_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        name = SESSION.staff.full_name if SESSION.staff is not None else ""
        self.intro_label.setText(self.tr(
            "{name}: type your current password, then the new one twice (at least {count} "
            "characters). It counts from your next sign-in.").format(
                name=name, count=accounts.MIN_PASSWORD))
        self.form.retranslate_ui()
        self.ok_button.setText(self.tr("Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        """Change the password; a wrong current one or a mismatch is said at its field."""
        self.form.clear_errors()
        show_error(self.error_label, "")
        if SESSION.staff is None:
            return
        if self.new_edit.text() != self.repeat_edit.text():
            self.form.set_field_message(F_REPEAT, self.tr(
                "The two passwords differ. Type the same password twice."))
            self.repeat_edit.setFocus()
            self.repeat_edit.selectAll()
            return
        try:
            accounts.change_own_password(SESSION.staff, self.current_edit.text(),
                                         self.new_edit.text())
        except AuthenticationError:
            self.form.set_field_message(F_CURRENT, self.tr(
                "This is not your current password. Type the one you signed in with."))
            self.current_edit.setFocus()
            self.current_edit.selectAll()
            return
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label, forms=[self.form])
            return
        self.accept()
