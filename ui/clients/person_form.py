"""The identity form of a person, shared by the intake wizard and the client record.

It checks the NIK while it is typed (models.core.nik), offers the birth date and sex the NIK
encodes, shows a disagreement at the NIK field, and can hand its raw text to a draft and take
it back, so nothing typed is lost by a crash or a lock.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from models.core.errors import ValidationError
from models.core.nik import PROVINCES, Problem, check_nik
from models.people import registry as reg
from models.people.person import BLOOD_TYPES, EDUCATION, ID_TYPES, MARITAL, RELIGIONS, SEXES
from models.people.registry import PersonInput
from ui.i18n import error_text, translate
from ui.widgets.choice_field import ChoiceField
from ui.widgets.date_field import DateField
from ui.widgets.field_form import FieldForm, keep_room, plain_label

CODES = "Codes"
F_ESTIMATED = QT_TRANSLATE_NOOP("Codes", "Estimated")


def code_combo(choices: tuple[tuple[str, str], ...], name: str,
               parent: QWidget | None = None) -> QComboBox:
    """A combo box of coded choices; the codes are item data, the labels translated."""
    combo = ChoiceField(parent)
    combo.setObjectName(name)
    for code, label in choices:
        combo.addItem(label, code)
    combo.setProperty("choices", choices)
    return combo


def retranslate_combo(combo: QComboBox) -> None:
    for row, (_code, label) in enumerate(combo.property("choices")):
        combo.setItemText(row, translate(CODES, label))


def set_code(combo: QComboBox, code: str) -> None:
    row = combo.findData(code)
    if row >= 0:
        combo.setCurrentIndex(row)


def line(name: str, parent: QWidget | None = None) -> QLineEdit:
    """A named line edit. No length cap of its own: models/ says what is too long, instead
    of the field silently cutting what was pasted."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return edit


def _problem_text(problem: Problem) -> str:
    """A NIK problem in the current language, its values filled in."""
    return error_text(ValidationError(problem.text, **problem.params))


PROVINCE_CHOICES = (("", "-"),) + tuple(sorted(PROVINCES.items(), key=lambda kv: kv[1]))


class PersonForm(QWidget):
    """Identity, address and contact fields of one person.

    Signals:
        identity_changed(): a field that duplicate checks use (name, birth date, NIK, phone)
            changed; emitted once typing pauses.
        edited(): anything changed (drafts listen to this).
    """

    identity_changed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False  # fields being filled in from the NIK
        self.form = FieldForm(self)
        f = self.form
        self.full_name = line("full_name", self)
        self.alias = line("alias", self)
        self.sex = code_combo((("", "-"),) + SEXES, "sex", self)
        self.birth_place = line("birth_place", self)
        self.birth_date = DateField(reg.F_BIRTH_DATE, self)
        self.birth_date.setObjectName("birth_date")
        self.birth_estimated = QCheckBox(self)
        self.birth_estimated.setObjectName("birth_estimated")
        self.id_type = code_combo(ID_TYPES, "id_type", self)
        self.nik = line("nik", self)
        self.nik.setMaxLength(22)  # 16 digits and the spaces or dots people type between
        self.nik_hint = plain_label("", self, wrap=True)
        self.nik_hint.setObjectName("nik_hint")
        keep_room(self.nik_hint)
        self.nik_override = QCheckBox(self)
        self.nik_override.setObjectName("nik_override")
        self.nik_override.hide()
        self.nik_override_reason = line("nik_override_reason", self)
        self.nik_override_reason.hide()
        self.id_number = line("id_number", self)
        self.no_id_reason = line("no_id_reason", self)
        self.kk_number = line("kk_number", self)
        self.religion = code_combo(RELIGIONS, "religion", self)
        # No guessed default ("Belum kawin", "SMA"): blank until the person says.
        self.marital = code_combo((("", "-"),) + MARITAL, "marital_status", self)
        self.education = code_combo((("", "-"),) + EDUCATION, "education", self)
        self.occupation = line("occupation", self)
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.rt_rw = line("rt_rw", self)
        self.village = line("village", self)
        self.district = line("district", self)
        self.regency = line("regency", self)
        self.province = code_combo(PROVINCE_CHOICES, "province", self)
        self.phone = line("phone", self)
        self.blood_type = code_combo(BLOOD_TYPES, "blood_type", self)
        self.nationality = line("nationality", self)
        self.nationality.setText("IDN")

        nik_box = QWidget(self)
        nik_layout = QVBoxLayout(nik_box)
        nik_layout.setContentsMargins(0, 0, 0, 0)
        nik_layout.setSpacing(2)
        for widget in (self.nik, self.nik_hint, self.nik_override, self.nik_override_reason):
            nik_layout.addWidget(widget)
        self.nik.setProperty("row_widget", nik_box)

        f.add_row(reg.F_NAME, self.full_name, required=True)
        f.add_row(reg.F_ALIAS, self.alias)
        f.add_row(reg.F_ID_TYPE, self.id_type)
        self._nik_row = f.add_row(reg.F_NIK, nik_box)
        self._nik_row.widget = self.nik  # errors focus the line edit itself
        self._id_number_row = f.add_row(reg.F_ID_NUMBER, self.id_number)
        self._no_id_row = f.add_row(reg.F_NO_ID_REASON, self.no_id_reason)
        f.add_row(reg.F_SEX, self.sex, required=True)
        f.add_row(reg.F_BIRTH_DATE, self.birth_date)
        f.add_row(F_ESTIMATED, self.birth_estimated)
        f.add_row(reg.F_BIRTH_PLACE, self.birth_place)
        f.add_row(reg.F_KK, self.kk_number)
        f.add_row(reg.F_RELIGION, self.religion)
        f.add_row(reg.F_MARITAL, self.marital)
        f.add_row(reg.F_EDUCATION, self.education)
        f.add_row(reg.F_OCCUPATION, self.occupation)
        f.add_row(reg.F_ADDRESS, self.address)
        f.add_row(reg.F_RT_RW, self.rt_rw)
        f.add_row(reg.F_VILLAGE, self.village)
        f.add_row(reg.F_DISTRICT, self.district)
        f.add_row(reg.F_REGENCY, self.regency)
        f.add_row(reg.F_PROVINCE, self.province)
        f.add_row(reg.F_PHONE, self.phone)
        f.add_row(reg.F_BLOOD, self.blood_type)
        f.add_row(reg.F_NATIONALITY, self.nationality)
        f.chain_tab_order({self.nik: self.nik_override})
        QWidget.setTabOrder(self.nik_override, self.nik_override_reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.set_value(PersonInput(full_name="", sex=""))

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(300)
        self._pause.timeout.connect(self.identity_changed)
        for edit in (self.full_name, self.nik, self.phone, self.birth_date):
            edit.textChanged.connect(self._pause.start)
        self.nik.textChanged.connect(self.check_nik_now)
        self.birth_date.textChanged.connect(self.check_nik_now)
        self.sex.currentIndexChanged.connect(self.check_nik_now)
        self.province.currentIndexChanged.connect(self.check_nik_now)
        self.nik_override.toggled.connect(self._show_override_reason)
        self.id_type.currentIndexChanged.connect(self._show_id_fields)
        for widget in self.inputs():
            signal = (widget.currentIndexChanged if isinstance(widget, QComboBox)
                      else widget.toggled if isinstance(widget, QCheckBox)
                      else widget.textChanged)
            signal.connect(self.edited)
        self._show_id_fields()
        self.retranslate_ui()

    # --- values -------------------------------------------------------------------------

    def inputs(self) -> list[QWidget]:
        """Every input of the form, in the order shown."""
        return [self.full_name, self.alias, self.sex, self.birth_place, self.birth_date,
                self.birth_estimated, self.id_type, self.nik, self.nik_override,
                self.nik_override_reason, self.id_number,
                self.no_id_reason, self.kk_number, self.religion, self.marital, self.education,
                self.occupation, self.address, self.rt_rw, self.village, self.district,
                self.regency, self.province, self.phone, self.blood_type, self.nationality]

    def value(self) -> PersonInput:
        """What is typed, as models/ takes it (a bad date raises at its field)."""
        return self._value(self.birth_date.date())

    def _value(self, birth_date) -> PersonInput:
        return PersonInput(
            full_name=self.full_name.text(), sex=self.sex.currentData() or "",
            birth_date=birth_date, birth_date_estimated=self.birth_estimated.isChecked(),
            birth_place=self.birth_place.text(), alias=self.alias.text(),
            id_type=self.id_type.currentData(), nik=self.nik.text(),
            id_number=self.id_number.text(), no_id_reason=self.no_id_reason.text(),
            kk_number=self.kk_number.text(), religion=self.religion.currentData(),
            marital_status=self.marital.currentData(), education=self.education.currentData(),
            occupation=self.occupation.text(), address=self.address.toPlainText(),
            rt_rw=self.rt_rw.text(), village=self.village.text(), district=self.district.text(),
            regency=self.regency.text(), province_code=self.province.currentData() or "",
            phone=self.phone.text(), blood_type=self.blood_type.currentData() or "",
            nationality=self.nationality.text())

    def value_lenient(self) -> PersonInput:
        """:meth:`value`, with a birth date that is not (yet) a date read as none (its own
        field says what is wrong with it)."""
        return self._value(self.birth_date.date_or_none())

    def override_nik(self) -> bool:
        """The desk confirmed a NIK that disagrees with the birth date or sex (audited)."""
        return self.nik_override.isVisibleTo(self) and self.nik_override.isChecked()

    def override_reason(self) -> str:
        """Why the card really says what disagrees (required with the override)."""
        return self.nik_override_reason.text() if self.override_nik() else ""

    def _show_override_reason(self) -> None:
        show = self.nik_override.isChecked() and self.nik_override.isVisibleTo(self)
        self.nik_override_reason.setVisible(show)
        if show:
            self.nik_override_reason.setFocus()

    def set_value(self, data: PersonInput, nik_override: bool = False) -> None:
        # The NIK goes first: the birth date and sex set below must not be "offered" from
        # the previous person's NIK still in the field (a blank form kept their values).
        self.nik.setText(data.nik or "")
        self.full_name.setText(data.full_name)
        self.alias.setText(data.alias)
        set_code(self.sex, data.sex)
        self.birth_place.setText(data.birth_place)
        self.birth_date.set_date(data.birth_date)
        self.birth_estimated.setChecked(data.birth_date_estimated)
        set_code(self.id_type, data.id_type)
        self.nik.setText(data.nik or "")
        self.id_number.setText("" if data.id_type == "nik" else data.id_number)
        self.no_id_reason.setText(data.no_id_reason)
        self.kk_number.setText(data.kk_number)
        set_code(self.religion, data.religion)
        set_code(self.marital, data.marital_status)
        set_code(self.education, data.education)
        self.occupation.setText(data.occupation)
        self.address.setPlainText(data.address)
        self.rt_rw.setText(data.rt_rw)
        self.village.setText(data.village)
        self.district.setText(data.district)
        self.regency.setText(data.regency)
        set_code(self.province, data.province_code)
        self.phone.setText(data.phone)
        set_code(self.blood_type, data.blood_type)
        self.nationality.setText(data.nationality)
        self.nik_override.setChecked(nik_override)
        if not nik_override:
            self.nik_override_reason.clear()

    def state(self) -> dict[str, Any]:
        """Every field's raw content, for a draft (a half-typed date stays half-typed)."""
        out: dict[str, Any] = {}
        for widget in self.inputs():
            name = widget.objectName()
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def restore(self, state: dict[str, Any]) -> None:
        """Put back what :meth:`state` returned."""
        for widget in self.inputs():
            value = state.get(widget.objectName())
            if value is None:
                continue
            if isinstance(widget, QComboBox):
                set_code(widget, value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            else:
                widget.setText(str(value))

    # --- behaviour ----------------------------------------------------------------------

    def _show_id_fields(self) -> None:
        kind = self.id_type.currentData()
        for row, visible in ((self._nik_row, kind == "nik"),
                             (self._id_number_row, kind not in ("nik", "none")),
                             (self._no_id_row, kind == "none")):
            self.form.layout_.setRowVisible(row.label, visible)

    def check_nik_now(self) -> None:
        """Say at the field what the NIK tells, or every problem with it, as it is typed."""
        if self._filling:
            return  # the date, sex or province being filled in from the NIK: checked below
        raw = self.nik.text().strip()
        self.form.set_field_message(reg.F_NIK, "")
        if not raw:
            self.nik_hint.setText("")
            self._set_override_offered(False)
            return
        digits = sum(ch.isdigit() for ch in raw)
        if digits < 16:
            self.nik_hint.setText(self.tr("{count} of 16 digits").format(count=digits))
            self._set_override_offered(False)
            return
        check = self._check()
        if check.errors:
            self.form.set_field_message(
                reg.F_NIK, "\n".join(_problem_text(p) for p in check.errors))
            self.nik_hint.setText("")
            self._set_override_offered(False)
            return
        offered = []
        self._filling = True
        try:
            self._fill_from(check, offered)
        finally:
            self._filling = False
        if offered:
            self.nik_hint.setText(self.tr("Filled in from the NIK: {what}. Check them against "
                                          "the card.").format(what=", ".join(offered)))
            check = self._check()
        else:
            province = PROVINCES.get(check.province_code or "", "")
            self.nik_hint.setText(self.tr("NIK valid. Province: {province}").format(
                province=province) if check.ok else "")
        if check.mismatches:  # every disagreement, not only the first
            self.form.set_field_message(
                reg.F_NIK, "\n".join(_problem_text(p) for p in check.mismatches))
        self._set_override_offered(bool(check.mismatches))

    def _fill_from(self, check, offered: list[str]) -> None:
        """Offer what the NIK encodes in the fields still empty."""
        if check.birth_date and not self.birth_date.text().strip():
            self.birth_date.set_date(check.birth_date)
            offered.append(self.tr("date of birth"))
        if check.sex and not self.sex.currentData():
            set_code(self.sex, check.sex)
            offered.append(self.tr("sex"))
        if check.province_code and not self.province.currentData():
            set_code(self.province, check.province_code)
            offered.append(self.tr("province"))

    def _check(self):
        return check_nik(self.nik.text(), self.birth_date.date_or_none(),
                         self.sex.currentData() or None,
                         province_code=self.province.currentData() or None)

    def _set_override_offered(self, offered: bool) -> None:
        self.nik_override.setVisible(offered)
        if not offered:
            self.nik_override.setChecked(False)
        self._show_override_reason()

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        for combo in (self.sex, self.id_type, self.religion, self.marital, self.education,
                      self.blood_type):
            retranslate_combo(combo)
        self.birth_date.retranslate_ui()
        self.birth_estimated.setText(self.tr("The date of birth is an estimate"))
        self.nik_override.setText(self.tr("The card really says so: save anyway (recorded "
                                          "in the audit trail)"))
        self.nik_override_reason.setPlaceholderText(self.tr(
            "Why? For example: the card was printed with this date"))
        self.nik.setPlaceholderText(self.tr("16 digits"))
        self.phone.setPlaceholderText("0812 3456 7890")
        self.check_nik_now()

