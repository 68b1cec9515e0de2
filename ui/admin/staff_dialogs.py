"""Dialogs of the Staff tab: a new staff member, and a new password set by an admin."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from models.safety import accounts
from models.staff.staff import ROLES
from ui.session import SESSION
from ui.widgets.dialog_buttons import column, ok_cancel
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

F_REPEAT = QT_TRANSLATE_NOOP("Codes", "Repeat password")
F_SIP = QT_TRANSLATE_NOOP("Codes", "SIP (doctor's licence)")


def password_edit(name: str, parent: QWidget) -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


def line_edit(name: str, parent: QWidget, limit: int) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    # A little above the model's limit, so an over-long paste gets the model's clear
    # message instead of being cut silently.
    edit.setMaxLength(limit + 50)
    return edit


class NewStaffDialog(QDialog):
    """Create a staff account: user name, full name, role, password twice, position, NIP, SIP.

    Attributes:
        created_id: the new member's id once created, else None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_staff_dialog")
        self.setWindowIcon(qta.icon("mdi6.account-plus"))
        self.created_id: int | None = None
        self.form = FieldForm(self)
        self.username_edit = line_edit("username", self, 64)
        self.full_name_edit = line_edit("full_name", self, 200)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role")
        for code, _label in ROLES:
            self.role_combo.addItem("", code)
        self.role_combo.setCurrentIndex(self.role_combo.findData("intake"))
        self.password_edit = password_edit("password", self)
        self.repeat_edit = password_edit("repeat_password", self)
        self.position_edit = line_edit("position", self, 200)
        self.nip_edit = line_edit("nip", self, 40)
        self.sip_edit = line_edit("sip", self, 100)
        self.form.add_row(accounts.F_USERNAME, self.username_edit, required=True)
        self.form.add_row(accounts.F_FULL_NAME, self.full_name_edit, required=True)
        self.form.add_row(accounts.F_ROLE, self.role_combo, required=True)
        self.form.add_row(accounts.F_PASSWORD, self.password_edit, required=True)
        self.form.add_row(F_REPEAT, self.repeat_edit, required=True)
        self.form.add_row(accounts.F_POSITION, self.position_edit)
        self.form.add_row(accounts.F_NIP, self.nip_edit)
        self.form.add_row(F_SIP, self.sip_edit)
        self.hint_label = plain_label("", self, wrap=True)
        self.error_label = error_label(self)
        self.error_label.setObjectName("dialog_error")
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.account-plus", self.create)
        column(self, self.form, self.hint_label, self.error_label, self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New staff member"))
        self.form.retranslate_ui()
        for i, (_code, label) in enumerate(ROLES):
            self.role_combo.setItemText(i, QCoreApplication.translate("Codes", label))
        self.hint_label.setText(self.tr(
            "The password needs at least {count} characters. Give it to the new member in "
            "person; they can change it after signing in.").format(count=accounts.MIN_PASSWORD))
        self.ok_button.setText(self.tr("Create account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def create(self) -> None:
        """Create the account; on an error, say so at the field and keep every input."""
        self.form.clear_errors()
        show_error(self.error_label, "")
        if self.password_edit.text() != self.repeat_edit.text():
            self.form.set_field_message(F_REPEAT, self.tr(
                "The two passwords differ. Type the same password twice."))
            self.repeat_edit.setFocus()
            self.repeat_edit.selectAll()
            return
        try:
            staff = accounts.create_staff(
                SESSION.staff, self.username_edit.text(), self.full_name_edit.text(),
                self.role_combo.currentData(), self.password_edit.text(),
                self.position_edit.text(), self.nip_edit.text(), self.sip_edit.text())
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label, forms=[self.form])
            return
        self.created_id = staff.id
        self.accept()


class ResetPasswordDialog(QDialog):
    """An admin sets a new password for a member (which also lifts a lockout)."""

    def __init__(self, staff_id: int, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reset_password_dialog")
        self.setWindowIcon(qta.icon("mdi6.lock-reset"))
        self._staff_id = staff_id
        self._full_name = full_name
        self.intro_label = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.password_edit = password_edit("new_password", self)
        self.repeat_edit = password_edit("repeat_password", self)
        self.form.add_row(accounts.F_PASSWORD, self.password_edit, required=True)
        self.form.add_row(F_REPEAT, self.repeat_edit, required=True)
        self.error_label = error_label(self)
        self.error_label.setObjectName("dialog_error")
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.lock-reset", self.save)
        column(self, self.intro_label, self.form, self.error_label, self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.intro_label.setText(self.tr(
            "New password for {name}. The account can sign in with it at once; any wait after "
            "failed sign-ins ends.").format(name=self._full_name))
        self.form.retranslate_ui()
        self.ok_button.setText(self.tr("Set password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        self.form.clear_errors()
        show_error(self.error_label, "")
        if self.password_edit.text() != self.repeat_edit.text():
            self.form.set_field_message(F_REPEAT, self.tr(
                "The two passwords differ. Type the same password twice."))
            self.repeat_edit.setFocus()
            self.repeat_edit.selectAll()
            return
        try:
            accounts.reset_password(SESSION.staff, self._staff_id, self.password_edit.text())
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label, forms=[self.form])
            return
        self.accept()


class StaffDetailsDialog(QDialog):
    """An admin corrects what papers print of a member: name, position, NIP, SIP.

    Papers already issued keep what they printed (their content is frozen when issued).
    """

    def __init__(self, member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_details_dialog")
        self.setWindowIcon(qta.icon("mdi6.account-edit"))
        self._staff_id = member.id
        self.changed = False
        self.intro_label = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        self.full_name_edit = line_edit("full_name", self, 200)
        self.position_edit = line_edit("position", self, 200)
        self.nip_edit = line_edit("nip", self, 40)
        self.sip_edit = line_edit("sip", self, 100)
        for edit, value in ((self.full_name_edit, member.full_name),
                            (self.position_edit, member.position), (self.nip_edit, member.nip),
                            (self.sip_edit, member.sip)):
            edit.setText(value or "")
        self.form.add_row(accounts.F_FULL_NAME, self.full_name_edit, required=True)
        self.form.add_row(accounts.F_POSITION, self.position_edit)
        self.form.add_row(accounts.F_NIP, self.nip_edit)
        self.form.add_row(F_SIP, self.sip_edit)
        self.error_label = error_label(self)
        self.error_label.setObjectName("dialog_error")
        self.buttons, self.ok_button = ok_cancel(self, "mdi6.content-save", self.save)
        column(self, self.intro_label, self.form, self.error_label, self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Correct staff details"))
        self.intro_label.setText(self.tr(
            "These details are printed under signatures on new papers. Papers already issued "
            "keep what they printed. The correction is kept in the audit trail."))
        self.form.retranslate_ui()
        self.ok_button.setText(self.tr("Save correction"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        from models.admin.staff_admin import StaffDetails, correct_staff_details
        self.form.clear_errors()
        show_error(self.error_label, "")
        try:
            self.changed = correct_staff_details(SESSION.staff, self._staff_id, StaffDetails(
                self.full_name_edit.text(), self.position_edit.text(), self.nip_edit.text(),
                self.sip_edit.text()))
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label, forms=[self.form])
            return
        self.accept()
