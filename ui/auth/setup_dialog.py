"""First run on a new database: the facility's letterhead profile and the first admin."""
from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.admin import encrypted_setup as enc
from models.admin import facility_admin as fa
from models.admin.facility_admin import FacilityInput
from models.admin.setup import set_up_facility
from models.core.errors import ValidationError
from models.db import connection as dbmod
from models.facility.facility import FACILITY_KINDS
from models.safety import accounts as acc
from models.staff.staff import Staff
from ui.clients.person_form import PROVINCE_CHOICES, code_combo, line, retranslate_combo
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

F_PASSWORD_AGAIN = QT_TRANSLATE_NOOP("Codes", "Password again")
F_LOGO = QT_TRANSLATE_NOOP("Codes", "Logo")
MSG_PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same.")


class FacilityForm(QWidget):
    """The facility profile: what the letterhead and the letters print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm(self)
        self.name_lines = QPlainTextEdit(self)
        self.name_lines.setObjectName("name_lines")
        self.name_lines.setTabChangesFocus(True)
        self.name_lines.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.code = line("facility_code", self)
        self.kind = code_combo(FACILITY_KINDS, "facility_kind", self)
        self.address = line("facility_address", self)
        self.city = line("facility_city", self)
        self.province = code_combo(PROVINCE_CHOICES, "facility_province", self)
        self.phone = line("facility_phone", self)
        self.email = line("facility_email", self)
        self.website = line("facility_website", self)
        self.head_name = line("head_name", self)
        self.head_position = line("head_position", self)
        self.head_nip = line("head_nip", self)
        self.logo_button = QPushButton(qta.icon("mdi6.image"), "", self)
        self.logo_button.setObjectName("choose_logo")
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo: bytes | None = None
        f = self.form
        f.add_row(fa.F_NAME_LINES, self.name_lines, required=True)
        f.add_row(fa.F_CODE, self.code, required=True)
        f.add_row(fa.F_KIND, self.kind)
        f.add_row(fa.F_ADDRESS, self.address)
        f.add_row(fa.F_CITY, self.city)
        f.add_row(QT_TRANSLATE_NOOP("Codes", "Province"), self.province)
        f.add_row(fa.F_PHONE, self.phone)
        f.add_row(fa.F_EMAIL, self.email)
        f.add_row(fa.F_WEBSITE, self.website)
        f.add_row(fa.F_HEAD, self.head_name)
        f.add_row(fa.F_HEAD_POSITION, self.head_position)
        f.add_row(fa.F_HEAD_NIP, self.head_nip)
        f.add_row(F_LOGO, self.logo_button)
        f.chain_tab_order()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

    def choose_logo(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.logo = Path(path).read_bytes()
        except OSError as exc:
            self.form.set_field_message(F_LOGO, describe(exc))
            return
        self.logo_button.setText(Path(path).name)

    def value(self) -> FacilityInput:
        return FacilityInput(
            name_lines=tuple(self.name_lines.toPlainText().splitlines()),
            code=self.code.text(), kind=self.kind.currentData(), address=self.address.text(),
            city=self.city.text(), province_code=self.province.currentData() or "",
            phone=self.phone.text(), email=self.email.text(), website=self.website.text(),
            head_name=self.head_name.text(), head_position=self.head_position.text(),
            head_nip=self.head_nip.text(), logo=self.logo)

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        retranslate_combo(self.kind)
        self.name_lines.setPlaceholderText(self.tr(
            "One line each, as on the letterhead, e.g.\nBADAN NARKOTIKA NASIONAL REPUBLIK "
            "INDONESIA\nBADAN NARKOTIKA NASIONAL KOTA ..."))
        if self.logo is None:
            self.logo_button.setText(self.tr("Choose a PNG or JPEG file..."))


class SetupDialog(QDialog):
    """Shown once, on a database with no staff account; ``admin`` is set on accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_dialog")
        self.admin: Staff | None = None
        self.intro = plain_label("", self, wrap=True)
        self.facility = FacilityForm(self)
        self.facility_box = QGroupBox(self)
        QVBoxLayout(self.facility_box).addWidget(self.facility)
        self.admin_form = FieldForm(self)
        self.username = line("admin_username", self)
        self.full_name = line("admin_full_name", self)
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self)
        self.password_again.setObjectName("admin_password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.position = line("admin_position", self)
        self.nip = line("admin_nip", self)
        a = self.admin_form
        a.add_row(acc.F_USERNAME, self.username, required=True)
        a.add_row(acc.F_FULL_NAME, self.full_name, required=True)
        a.add_row(acc.F_PASSWORD, self.password, required=True)
        a.add_row(F_PASSWORD_AGAIN, self.password_again, required=True)
        a.add_row(acc.F_POSITION, self.position)
        a.add_row(acc.F_NIP, self.nip)
        a.chain_tab_order()
        QWidget.setTabOrder(self.facility.logo_button, self.username)
        self.admin_box = QGroupBox(self)
        QVBoxLayout(self.admin_box).addWidget(self.admin_form)
        self._build_encryption()
        self.message = error_label(self)
        self.message.setObjectName("setup_message")
        self.save_button = QPushButton(qta.icon("mdi6.check"), "", self)
        self.save_button.setObjectName("finish_setup")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self.intro)
        body.addWidget(self.facility_box)
        body.addWidget(self.admin_box)
        body.addWidget(self.encryption_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(720, 760)
        self.retranslate_ui()
        self.facility.name_lines.setFocus()

    def _build_encryption(self) -> None:
        """Encryption at rest, offered only for a new SQLite file that has no key yet."""
        self.encryption_box = QGroupBox(self)
        self.encrypt = QCheckBox(self)
        self.encrypt.setObjectName("encrypt_database")
        self.encryption_note = plain_label("", self, wrap=True)
        self.key_form = FieldForm(self)
        self.db_key = QLineEdit(self)
        self.db_key.setObjectName("db_key")
        self.db_key_again = QLineEdit(self)
        self.db_key_again.setObjectName("db_key_again")
        for edit in (self.db_key, self.db_key_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(1024)
            edit.setEnabled(False)
            self.encrypt.toggled.connect(edit.setEnabled)
        self.key_form.add_row(enc.F_KEY, self.db_key)
        self.key_form.add_row(enc.F_KEY_AGAIN, self.db_key_again)
        box = QVBoxLayout(self.encryption_box)
        box.addWidget(self.encrypt)
        box.addWidget(self.encryption_note)
        box.addWidget(self.key_form)
        target = dbmod.bound_target()
        self.offer_encryption = (target is not None and target.kind == "sqlite"
                                 and not target.key)
        self.encryption_box.setVisible(self.offer_encryption)
        QWidget.setTabOrder(self.nip, self.encrypt)
        QWidget.setTabOrder(self.encrypt, self.db_key)
        QWidget.setTabOrder(self.db_key, self.db_key_again)

    def _encrypt_if_chosen(self) -> None:
        """Make the new database again, encrypted, when the box is ticked (once)."""
        if not (self.encrypt.isChecked() and self.offer_encryption):
            return
        enc.encrypt_new_database(self.db_key.text(), self.db_key_again.text())
        self.encrypt.setEnabled(False)
        self.db_key.setEnabled(False)
        self.db_key_again.setEnabled(False)
        self.offer_encryption = False
        self.encryption_box.setVisible(False)

    def finish(self) -> None:
        self.facility.form.clear_errors()
        self.admin_form.clear_errors()
        self.key_form.clear_errors()
        show_error(self.message, "")
        try:
            if self.password.text() != self.password_again.text():
                raise ValidationError(MSG_PASSWORDS_DIFFER, field=F_PASSWORD_AGAIN)
            if self.encrypt.isChecked() and self.offer_encryption:
                enc.check_key(self.db_key.text(), self.db_key_again.text())
            from models.admin.facility_admin import clean_facility
            clean_facility(self.facility.value())  # a mistake here must not half-encrypt
            self._encrypt_if_chosen()
            self.admin = set_up_facility(
                self.facility.value(), self.username.text(), self.full_name.text(),
                self.password.text(), self.position.text(), self.nip.text())
        except Exception as exc:  # noqa: BLE001 - shown at the field, input kept
            show_failure(exc, self.message,
                         forms=[self.facility.form, self.admin_form, self.key_form])
            return
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pulih: first-time set-up"))
        self.intro.setText(self.tr(
            "This database is new. Enter the facility's profile (it is printed on the "
            "letterhead of every letter) and create the first admin account. Everything can "
            "be changed later under Admin."))
        self.facility_box.setTitle(self.tr("Facility"))
        self.admin_box.setTitle(self.tr("First admin account"))
        self.encryption_box.setTitle(self.tr("Encryption"))
        self.encrypt.setText(self.tr("&Encrypt the database"))
        self.encryption_note.setText(self.tr(
            "An encrypted database cannot be read without its key, not even from a stolen "
            "disk or a lost backup stick. Pulih asks for the key at every start. Keep the key "
            "safe (for example written down in the head's safe): without it, nobody can "
            "recover the data."))
        self.key_form.retranslate_ui()
        self.facility.retranslate_ui()
        self.admin_form.retranslate_ui()
        self.save_button.setText(self.tr("&Save and start"))
        self.cancel_button.setText(self.tr("Cancel"))
