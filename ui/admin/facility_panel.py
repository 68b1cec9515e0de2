"""The Facility profile tab: letterhead lines, code, address, head of facility, logo.

Places are counted per service type and set on the Settings tab (``capacity_<service>``).

Saved with :func:`models.admin.facility_admin.save_facility`, which checks the right and every
value; an error appears under its field and nothing typed is lost. What was typed but not
saved survives switching tabs: the form is read again only while it holds no edits.
"""
from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.admin import facility_admin as fa
from models.core.errors import PulihError
from models.core.nik import PROVINCES
from models.facility.facility import FACILITY_KINDS, facility
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error

F_PROVINCE = QT_TRANSLATE_NOOP("Codes", "Province")
F_LOGO = QT_TRANSLATE_NOOP("Codes", "Logo")
NAME_LINES = 4
LOGO_PX = 72
LOGO_MAX_BYTES = 2 * 1024 * 1024


class FacilityPanel(QWidget):
    """Form for the facility profile that every letter's letterhead is printed from.

    Attributes:
        form: the :class:`FieldForm` holding every input.
        dirty: True while the form holds edits that were not saved.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facility_panel")
        self.dirty = False
        self._logo: bytes | None = None
        self._loading = False

        self.intro_label = plain_label("", self, wrap=True)
        self.form = FieldForm(self)
        lines = QWidget(self.form)
        lines_box = QVBoxLayout(lines)
        lines_box.setContentsMargins(0, 0, 0, 0)
        lines_box.setSpacing(4)
        self.line_edits: list[QLineEdit] = []
        for i in range(NAME_LINES):
            edit = self._line(f"name_line_{i + 1}", 120)
            lines_box.addWidget(edit)
            self.line_edits.append(edit)
        lines.setObjectName("name_lines")
        self.code_edit = self._line("code", 32)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        for code, _label in FACILITY_KINDS:
            self.kind_combo.addItem("", code)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.address_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.city_edit = self._line("city", 100)
        self.province_combo = QComboBox(self)
        self.province_combo.setObjectName("province")
        self.province_combo.addItem("", "")
        for code, name in sorted(PROVINCES.items(), key=lambda item: item[1]):
            self.province_combo.addItem(name, code)
        self.phone_edit = self._line("phone", 64)
        self.email_edit = self._line("email", 200)
        self.website_edit = self._line("website", 200)
        self.head_edit = self._line("head_name", 200)
        self.head_position_edit = self._line("head_position", 200)
        self.head_nip_edit = self._line("head_nip", 40)
        self.logo_widget = self._build_logo()

        for source, widget, required in (
                (fa.F_NAME_LINES, lines, True), (fa.F_CODE, self.code_edit, True),
                (fa.F_KIND, self.kind_combo, True), (fa.F_ADDRESS, self.address_edit, False),
                (fa.F_CITY, self.city_edit, False), (F_PROVINCE, self.province_combo, False),
                (fa.F_PHONE, self.phone_edit, False), (fa.F_EMAIL, self.email_edit, False),
                (fa.F_WEBSITE, self.website_edit, False), (fa.F_HEAD, self.head_edit, False),
                (fa.F_HEAD_POSITION, self.head_position_edit, False),
                (fa.F_HEAD_NIP, self.head_nip_edit, False),
                (F_LOGO, self.logo_widget, False)):
            self.form.add_row(source, widget, required=required)
        name_row = self.form.rows[fa.F_NAME_LINES]
        name_row.widget = self.line_edits[0]  # an error about the lines focuses line 1
        name_row.label.setBuddy(self.line_edits[0])

        self.error_label = error_label(self)
        self.error_label.setObjectName("facility_error")
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("facility_info")
        self.save_button = QPushButton(qta.icon("mdi6.content-save"), "", self)
        self.save_button.setObjectName("save_facility")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(qta.icon("mdi6.restore"), "", self)
        self.revert_button.setObjectName("revert_facility")
        self.revert_button.clicked.connect(lambda: self.load(force=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.intro_label)
        column.addWidget(self.form)
        column.addWidget(self.error_label)
        column.addWidget(self.info_label)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for edit in (*self.line_edits, self.code_edit, self.city_edit, self.phone_edit,
                     self.email_edit, self.website_edit, self.head_edit,
                     self.head_position_edit, self.head_nip_edit):
            edit.textEdited.connect(self._edited)
        self.address_edit.textChanged.connect(self._edited)
        self.kind_combo.currentIndexChanged.connect(self._edited)
        self.province_combo.currentIndexChanged.connect(self._edited)
        self.retranslate_ui()

    def _line(self, name: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(limit + 50)  # an over-long paste gets the model's message
        return edit

    def _build_logo(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("logo")
        self.logo_preview = QLabel(box)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PX, LOGO_PX)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.logo_button = QPushButton(qta.icon("mdi6.image-plus"), "", box)
        self.logo_button.setObjectName("choose_logo")
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(qta.icon("mdi6.image-remove"), "", box)
        self.logo_remove.setObjectName("remove_logo")
        self.logo_remove.clicked.connect(lambda: self._set_logo(None, edited=True))
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_preview)
        layout.addWidget(self.logo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.logo_remove, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        return box

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro_label.setText(self.tr(
            "Every letter and certificate is printed on this letterhead. The name lines go "
            "from the ministry or parent body down to the facility itself."))
        self.form.retranslate_ui()
        hints = (self.tr("Line 1, e.g. BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA"),
                 self.tr("Line 2 (optional)"), self.tr("Line 3 (optional)"),
                 self.tr("Line 4 (optional)"))
        for edit, hint in zip(self.line_edits, hints):
            edit.setPlaceholderText(hint)
        self.code_edit.setPlaceholderText(self.tr("e.g. BNNK-JU (used in document numbers)"))
        for i, (_code, label) in enumerate(FACILITY_KINDS):
            self.kind_combo.setItemText(i, QCoreApplication.translate("Codes", label))
        self.province_combo.setItemText(0, self.tr("(not chosen)"))
        self.head_nip_edit.setPlaceholderText(self.tr("18 digits"))
        self.logo_button.setText(self.tr("Choose file…"))
        self.logo_remove.setText(self.tr("Remove"))
        self.logo_preview.setToolTip(self.tr("PNG or JPEG, at most 2 MB"))
        if self._logo is None:
            self.logo_preview.setText(self.tr("No logo"))
        self.save_button.setText(self.tr("Save profile"))
        self.revert_button.setText(self.tr("Undo my edits"))

    # --- reading and writing -----------------------------------------------------------

    def load(self, force: bool = False) -> None:
        """Fill the form from the database, unless it holds unsaved edits (or ``force``)."""
        if self.dirty and not force:
            return
        self.form.clear_errors()
        show_error(self.error_label, "")
        self.info_label.clear()
        try:
            profile = facility()
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label)
            return
        self._loading = True
        try:
            lines = list(profile.name_lines) if profile else []
            for i, edit in enumerate(self.line_edits):
                edit.setText(lines[i] if i < len(lines) else "")
            self.code_edit.setText(profile.code if profile else "")
            kind = self.kind_combo.findData(profile.kind if profile else FACILITY_KINDS[0][0])
            self.kind_combo.setCurrentIndex(max(0, kind))
            self.address_edit.setPlainText(profile.address if profile else "")
            self.city_edit.setText(profile.city if profile else "")
            self.province_combo.setCurrentIndex(
                max(0, self.province_combo.findData(profile.province_code if profile else "")))
            for edit, attr in ((self.phone_edit, "phone"), (self.email_edit, "email"),
                               (self.website_edit, "website"), (self.head_edit, "head_name"),
                               (self.head_position_edit, "head_position"),
                               (self.head_nip_edit, "head_nip")):
                edit.setText(getattr(profile, attr) if profile else "")
            logo = profile.logo if profile else None
            self._set_logo(bytes(logo) if logo is not None else None, edited=False)
        finally:
            self._loading = False
        self.dirty = False
        if profile is None:
            self.info_label.setText(self.tr(
                "The facility has no profile yet. Fill it in and save it."))

    def typed(self) -> fa.FacilityInput:
        """The profile as typed now."""
        return fa.FacilityInput(
            name_lines=tuple(edit.text() for edit in self.line_edits),
            code=self.code_edit.text(), kind=self.kind_combo.currentData(),
            address=self.address_edit.toPlainText(), city=self.city_edit.text(),
            province_code=self.province_combo.currentData() or "",
            phone=self.phone_edit.text(), email=self.email_edit.text(),
            website=self.website_edit.text(), head_name=self.head_edit.text(),
            head_position=self.head_position_edit.text(),
            head_nip=self.head_nip_edit.text(), capacity=0,  # unused: places per service type
            logo=self._logo)

    def save(self) -> bool:
        """Save the profile; on an error, show it under its field and keep every input."""
        self.form.clear_errors()
        show_error(self.error_label, "")
        self.info_label.clear()
        try:
            fa.save_facility(SESSION.staff, self.typed())
        except Exception as exc:  # expected failures are shown, not raised
            if not expected(exc):
                raise
            if isinstance(exc, PulihError) and exc.text == fa.MSG_LOGO:
                self.form.set_field_message(F_LOGO, describe(exc))
            elif not (isinstance(exc, PulihError) and self.form.show_error(exc)):
                show_error(self.error_label, describe(exc))
            return False
        self.dirty = False
        self.load(force=True)
        self.info_label.setText(self.tr("Facility profile saved."))
        return True

    # --- logo ----------------------------------------------------------------------------

    def choose_logo(self) -> None:
        """Pick an image file for the letterhead's logo."""
        path, _filter = file_dialogs.open_file_name(
            self, self.tr("Choose the facility's logo"), "",
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> None:
        """Take the logo from ``path``; a file too big or unreadable is refused at the field."""
        self.form.set_field_message(F_LOGO, "")
        try:
            if path.stat().st_size > LOGO_MAX_BYTES:
                self.form.set_field_message(F_LOGO, QCoreApplication.translate(
                    "Errors", fa.MSG_LOGO))
                return
            data = path.read_bytes()
        except OSError as exc:
            self.form.set_field_message(F_LOGO, describe(exc))
            return
        self._set_logo(data, edited=True)

    def _set_logo(self, data: bytes | None, *, edited: bool) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(
                LOGO_PX - 6, LOGO_PX - 6, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if data is None
                                      else self.tr("Not an image"))
        self.logo_remove.setEnabled(data is not None)
        if edited:
            self._edited()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.info_label.clear()
