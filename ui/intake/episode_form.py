"""The intake wizard's forms after identity: arrival and referral, substances, consent."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.facility.facility import get_setting
from models.intake import intake as ik
from models.intake.episode import (
    LEGAL_STATUSES,
    PATTERNS,
    REFERRAL_ROUTES,
    REPORTERS,
    ROUTES,
    SERVICE_TYPES,
    SUBSTANCES,
)
from models.intake.flow import ConsentInput
from models.intake.intake import EpisodeInput, SubstanceInput
from models.people.guardians import F_GUARDIAN_RELATION, GUARDIAN_RELATIONS
from models.people.person import RELATIONS
from ui.clients.person_form import code_combo, line, retranslate_combo, set_code
from ui.widgets.choice_field import ChoiceField
from ui.widgets.date_field import DateField
from ui.widgets.field_form import FieldForm, error_label, plain_label

FUNDING_LABELS = {
    "government": QT_TRANSLATE_NOOP("Codes", "Government program"),
    "self": QT_TRANSLATE_NOOP("Codes", "Self-paying"),
    "other": QT_TRANSLATE_NOOP("Codes", "Other"),
}
F_WAJIB_LAPOR = QT_TRANSLATE_NOOP("Codes", "Wajib lapor")
F_CONSENT = QT_TRANSLATE_NOOP("Codes", "General consent")
F_CONSENT_ON = QT_TRANSLATE_NOOP("Codes", "Signed on")
F_ADMIT = QT_TRANSLATE_NOOP("Codes", "Admit now")
NONE = ("", "-")


def widget_state(widgets: list[QWidget]) -> dict[str, Any]:
    """Raw content of input widgets by object name (for drafts)."""
    out: dict[str, Any] = {}
    for w in widgets:
        if isinstance(w, QComboBox):
            out[w.objectName()] = w.currentData()
        elif isinstance(w, QCheckBox):
            out[w.objectName()] = w.isChecked()
        elif isinstance(w, QSpinBox):
            out[w.objectName()] = w.value()
        elif isinstance(w, QPlainTextEdit):
            out[w.objectName()] = w.toPlainText()
        else:
            out[w.objectName()] = w.text()
    return out


def restore_state(widgets: list[QWidget], state: dict[str, Any]) -> None:
    for w in widgets:
        value = state.get(w.objectName())
        if value is None:
            continue
        if isinstance(w, QComboBox):
            set_code(w, value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        else:
            w.setText(str(value))


def connect_edits(widgets: list[QWidget], slot) -> None:
    for w in widgets:
        signal = (w.currentIndexChanged if isinstance(w, QComboBox)
                  else w.toggled if isinstance(w, QCheckBox)
                  else w.valueChanged if isinstance(w, QSpinBox)
                  else w.textChanged)
        signal.connect(slot)


class ArrivalForm(QWidget):
    """Date reported, reporter, referral route, legal status, funding and service type.

    Signals:
        edited(): anything changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm(self)
        self.reported_on = DateField(ik.F_REPORTED, self)
        self.reported_on.setObjectName("reported_on")
        self.reported_on.set_date(dt.date.today())
        self.service = code_combo((NONE,) + SERVICE_TYPES, "service_type", self)
        self.reporter = code_combo(REPORTERS, "reporter", self)
        self.reporter_name = line("reporter_name", self)
        self.reporter_phone = line("reporter_phone", self)
        self.wajib_lapor = QCheckBox(self)
        self.wajib_lapor.setObjectName("wajib_lapor")
        self.referral = code_combo(REFERRAL_ROUTES, "referral_route", self)
        self.referral_detail = line("referral_detail", self)
        self.legal = code_combo(LEGAL_STATUSES, "legal_status", self)
        self.legal_reference = QPlainTextEdit(self)
        self.legal_reference.setObjectName("legal_reference")
        self.legal_reference.setTabChangesFocus(True)
        self.legal_reference.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.funding = ChoiceField(self)
        self.funding.setObjectName("funding")
        f = self.form
        f.add_row(ik.F_REPORTED, self.reported_on, required=True)
        f.add_row(ik.F_SERVICE, self.service, required=True)
        f.add_row(ik.F_REPORTER, self.reporter)
        f.add_row(ik.F_REPORTER_NAME, self.reporter_name)
        f.add_row(QT_TRANSLATE_NOOP("Codes", "Reporter's phone"), self.reporter_phone)
        f.add_row(F_WAJIB_LAPOR, self.wajib_lapor)
        f.add_row(ik.F_REFERRAL, self.referral)
        f.add_row(ik.F_REFERRAL_DETAIL, self.referral_detail)
        f.add_row(ik.F_LEGAL, self.legal)
        f.add_row(ik.F_LEGAL_REF, self.legal_reference)
        f.add_row(ik.F_FUNDING, self.funding)
        f.chain_tab_order()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)
        connect_edits(self.inputs(), self.edited)

    def load_funding(self) -> None:
        """The funding sources this facility offers (a setting)."""
        current = self.funding.currentData()
        self.funding.blockSignals(True)
        self.funding.clear()
        for code in get_setting("funding_sources"):
            self.funding.addItem(code, code)
        self.funding.blockSignals(False)
        self._label_funding()
        if current:
            set_code(self.funding, current)

    def _label_funding(self) -> None:
        from ui.i18n import translate
        for row in range(self.funding.count()):
            code = self.funding.itemData(row)
            self.funding.setItemText(row, translate("Codes", FUNDING_LABELS[code])
                                     if code in FUNDING_LABELS else code)

    def inputs(self) -> list[QWidget]:
        return [self.reported_on, self.service, self.reporter, self.reporter_name,
                self.reporter_phone, self.wajib_lapor, self.referral, self.referral_detail,
                self.legal, self.legal_reference, self.funding]

    def value(self, substances: tuple[SubstanceInput, ...]) -> EpisodeInput:
        return self._value(substances, self.reported_on.date())

    def value_lenient(self, substances: tuple[SubstanceInput, ...]) -> EpisodeInput:
        """:meth:`value` with a date that is not (yet) a date read as none."""
        return self._value(substances, self.reported_on.date_or_none())

    def _value(self, substances: tuple[SubstanceInput, ...],
               reported_on: dt.date | None) -> EpisodeInput:
        return EpisodeInput(
            service_type=self.service.currentData() or "",
            reported_on=reported_on, reporter=self.reporter.currentData(),
            reporter_name=self.reporter_name.text(), reporter_phone=self.reporter_phone.text(),
            wajib_lapor=self.wajib_lapor.isChecked(),
            referral_route=self.referral.currentData(),
            referral_detail=self.referral_detail.text(), legal_status=self.legal.currentData(),
            legal_reference=self.legal_reference.toPlainText(),
            funding=self.funding.currentData() or "", substances=substances)

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        for combo in (self.service, self.reporter, self.referral, self.legal):
            retranslate_combo(combo)
        self._label_funding()
        self.reported_on.retranslate_ui()
        self.wajib_lapor.setText(self.tr("Reported under the duty to report (PP 25/2011)"))


class SubstancesForm(QWidget):
    """Up to three substances: primary, secondary, tertiary.

    Signals:
        edited(): anything changed.
    """

    edited = Signal()
    QUESTIONS = (ik.F_SUBSTANCE, ik.F_ROUTE, ik.F_DAYS, ik.F_YEARS, ik.F_AGE_FIRST, ik.F_PATTERN,
                 ik.F_OVERDOSES, QT_TRANSLATE_NOOP("Codes", "Treated before"))
    RANKS = (QT_TRANSLATE_NOOP("SubstancesForm", "Primary"),
             QT_TRANSLATE_NOOP("SubstancesForm", "Secondary"),
             QT_TRANSLATE_NOOP("SubstancesForm", "Tertiary"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One column per substance (primary, secondary, tertiary), one row per question:
        # it fits a narrow window, and Tab goes down one substance before the next.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        self.headers: list[QLabel] = []  # the question labels, down the first column
        for row in range(len(self.QUESTIONS)):
            header = plain_label("", self)
            self.headers.append(header)
            grid.addWidget(header, row + 1, 0)
        self.rank_labels: list[QLabel] = []
        self.rows: list[dict[str, QWidget]] = []
        previous: QWidget | None = None
        for rank in range(3):
            label = plain_label("", self)
            self.rank_labels.append(label)
            grid.addWidget(label, 0, rank + 1)
            widgets: dict[str, QWidget] = {
                "substance": code_combo((NONE,) + SUBSTANCES, f"substance_{rank}", self),
                # blank until chosen: "Oral" saved silently was a wrong guess
                "route": code_combo((NONE,) + ROUTES, f"route_{rank}", self),
                "days": self._spin(f"days_{rank}", 0, 30),
                "years": self._spin(f"years_{rank}", 0, 80),
                "age_first": self._spin(f"age_first_{rank}", 4, 100),
                "pattern": code_combo((NONE,) + PATTERNS, f"pattern_{rank}", self),
                "overdoses": self._spin(f"overdoses_{rank}", 0, 100),
                "previous": QCheckBox(self),
            }
            widgets["previous"].setObjectName(f"previous_{rank}")
            for key in ("substance", "route", "pattern"):
                # Long names ("Kanabinoid sintetis ...") must not widen the page past the
                # window: the combo shows what fits, the list shows all.
                widgets[key].setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widgets[key].setMinimumContentsLength(10)
            for row, widget in enumerate(widgets.values(), start=1):
                grid.addWidget(widget, row, rank + 1)
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            self.rows.append(widgets)
        self.error = error_label(self)
        self.error.setObjectName("error_substances")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        connect_edits(self.inputs(), self.edited)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        """A number box whose lowest step means "not asked" (shown as a dash)."""
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low - 1, high)
        spin.setSpecialValueText("-")
        spin.setValue(low - 1)
        return spin

    def inputs(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.values()]

    def value(self) -> tuple[SubstanceInput, ...]:
        out = []
        for row in self.rows:
            code = row["substance"].currentData()
            if not code:
                continue

            def num(key: str, row: dict[str, QWidget] = row) -> int | None:
                spin = row[key]
                return None if spin.value() == spin.minimum() else spin.value()

            out.append(SubstanceInput(
                substance=code, route=row["route"].currentData() or "",
                days_last_30=num("days"),
                years_used=num("years"), age_first_use=num("age_first"),
                pattern=row["pattern"].currentData() or None,
                overdoses=num("overdoses") or 0, previous_treatment=row["previous"].isChecked()))
        return tuple(out)

    def retranslate_ui(self) -> None:
        from ui.i18n import translate
        for header, text in zip(self.headers, self.QUESTIONS):
            header.setText(translate("Codes", text))
        for label, text in zip(self.rank_labels, self.RANKS):
            label.setText(translate("SubstancesForm", text))
        for row in self.rows:
            for key in ("substance", "route", "pattern"):
                retranslate_combo(row[key])


class ConsentForm(QWidget):
    """The general consent signed at intake, and whether to admit now.

    Signals:
        edited(): anything changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm(self)
        self.consent = QCheckBox(self)
        self.consent.setObjectName("consent_signed")
        self.signed_by = line("consent_by", self)
        self.guardian_relation = code_combo(
            tuple((code, dict(RELATIONS)[code]) for code in GUARDIAN_RELATIONS),
            "guardian_relation", self)
        self.minor_note = plain_label("", self, wrap=True)
        self.minor_note.setObjectName("minor_note")
        self._minor = False
        self.signed_on = DateField(F_CONSENT_ON, self)
        self.signed_on.setObjectName("consent_on")
        self.signed_on.set_date(dt.date.today())
        self.admit = QCheckBox(self)
        self.admit.setObjectName("admit_now")
        self.admitted_on = DateField(ik.F_ADMITTED, self)
        self.admitted_on.setObjectName("admitted_on")
        self.admitted_on.set_date(dt.date.today())
        self.capacity_note = plain_label("", self, wrap=True)
        self.capacity_note.setObjectName("capacity_note")
        f = self.form
        f.add_row(F_CONSENT, self.consent)
        f.add_row(ik.F_CONSENT_BY, self.signed_by)
        self._relation_row = f.add_row(F_GUARDIAN_RELATION, self.guardian_relation)
        f.add_row(F_CONSENT_ON, self.signed_on)
        f.add_row(F_ADMIT, self.admit)
        f.add_row(ik.F_ADMITTED, self.admitted_on)
        f.chain_tab_order()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minor_note)
        layout.addWidget(self.form)
        layout.addWidget(self.capacity_note)
        layout.addStretch(1)
        connect_edits(self.inputs(), self.edited)

        self.set_minor(False, "")

    def inputs(self) -> list[QWidget]:
        return [self.consent, self.signed_by, self.guardian_relation, self.signed_on,
                self.admit, self.admitted_on]

    def set_minor(self, minor: bool, reporter: str) -> None:
        """A minor's consent is signed by a parent or guardian: say so, offer the reporting
        parent's name, and ask how they are related."""
        self._minor = minor
        self.form.layout_.setRowVisible(self._relation_row.label, minor)
        self.minor_note.setVisible(minor)
        if minor and reporter.strip() and not self.signed_by.text().strip():
            self.signed_by.setText(reporter.strip())
        self.retranslate_minor()

    def retranslate_minor(self) -> None:
        self.minor_note.setText(self.tr(
            "The client is under 18: a parent or guardian signs the consent. The reporting "
            "parent or guardian is added to the family contacts as guardian.")
            if self._minor else "")

    def consent_value(self) -> ConsentInput | None:
        if not self.consent.isChecked():
            return None
        return ConsentInput(self.signed_on.date() or dt.date.today(), self.signed_by.text(),
                            guardian_relation=self.guardian_relation.currentData() or "guardian")

    def admit_on(self) -> dt.date | None:
        return self.admitted_on.date() if self.admit.isChecked() else None

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        self.signed_on.retranslate_ui()
        self.admitted_on.retranslate_ui()
        retranslate_combo(self.guardian_relation)
        self.retranslate_minor()
        self.consent.setText(self.tr("The general consent form has been signed"))
        self.admit.setText(self.tr("Admit to the program today"))
        self.capacity_note.setText(self.tr(
            "The admission date is the first day of service. When every place in the program "
            "is taken, the person joins the waiting list instead."))
