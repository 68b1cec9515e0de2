"""The Settings tab: every setting declared in :data:`models.facility.facility.SETTINGS`.

Each setting gets the input its declaration calls for (a number box within its bounds, a
comma-separated list, a line of text) and is saved with
:func:`models.admin.facility_admin.set_setting`, which checks it again.
"""
from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.admin.facility_admin import set_setting
from models.core.errors import PulihError
from models.facility.facility import SETTINGS, SettingSpec, get_setting
from ui.admin.verifier_page_box import VerifierPageBox
from ui.session import SESSION
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

INT_LIMIT = 2_000_000_000  # QSpinBox holds a C int


def is_int_list(spec: SettingSpec) -> bool:
    """A list setting whose items are whole numbers (read from its declared default)."""
    return spec.kind is list and bool(spec.default) and all(
        isinstance(item, int) for item in spec.default)


class SettingRow:
    """The input, its label and its error line for one setting."""

    def __init__(self, spec: SettingSpec, parent: QWidget) -> None:
        self.spec = spec
        self.label = plain_label("", parent)
        self.widget: QSpinBox | QLineEdit
        if spec.kind is int:
            spin = QSpinBox(parent)
            spin.setRange(spec.minimum if spec.minimum is not None else 0,
                          spec.maximum if spec.maximum is not None else INT_LIMIT)
            spin.setGroupSeparatorShown(True)
            self.widget = spin
        else:
            self.widget = QLineEdit(parent)
            self.widget.setMaxLength(2000)
        self.widget.setObjectName(f"setting_{spec.key}")
        self.label.setBuddy(self.widget)
        self.error = error_label(parent)
        self.error.setObjectName(f"error_setting_{spec.key}")
        self.loaded: Any = None

    def show(self, value: Any) -> None:
        """Put ``value`` (as stored) into the input."""
        self.loaded = value
        if isinstance(self.widget, QSpinBox):
            self.widget.setValue(int(value))
        elif self.spec.kind is list:
            self.widget.setText(", ".join(str(item) for item in value))
        else:
            self.widget.setText(str(value))

    def value(self) -> Any:
        """The typed value, converted to the declared kind; ValueError if it cannot be."""
        if isinstance(self.widget, QSpinBox):
            return self.widget.value()
        text = self.widget.text()
        if self.spec.kind is list:
            items = [item.strip() for item in text.split(",") if item.strip()]
            return [int(item) for item in items] if is_int_list(self.spec) else items
        return text.strip()

    def default_text(self) -> str:
        default = self.spec.default
        if isinstance(default, list):
            return ", ".join(str(item) for item in default) or "–"
        if isinstance(default, int):
            return QLocale().toString(default)
        return str(default) or "–"  # an empty text (no folder, no address) reads as none


class SettingsPanel(QWidget):
    """A form with one row per declared setting and one Save button.

    Attributes:
        rows: the :class:`SettingRow` of each setting, by key.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_panel")
        self._loaded = False
        self.intro_label = plain_label("", self, wrap=True)
        content = QWidget(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: dict[str, SettingRow] = {}
        self.hints: dict[str, QLabel] = {}
        for key, spec in SETTINGS.items():
            row = SettingRow(spec, content)
            holder = QWidget(content)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(row.widget)
            hint = plain_label("", holder, wrap=True)
            hint.setEnabled(False)  # drawn greyed: a hint, not a value
            self.hints[key] = hint
            box.addWidget(hint)
            box.addWidget(row.error)
            form.addRow(row.label, holder)
            self.rows[key] = row
        self.error_label = error_label(self)
        self.error_label.setObjectName("settings_error")
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("settings_info")
        self.save_button = QPushButton(qta.icon("mdi6.content-save"), "", self)
        self.save_button.setObjectName("save_settings")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(qta.icon("mdi6.restore"), "", self)
        self.revert_button.setObjectName("revert_settings")
        self.revert_button.clicked.connect(lambda: self.load(force=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        column = QVBoxLayout(content)
        column.addWidget(self.intro_label)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(self.info_label)
        column.addLayout(buttons)
        self.verifier_box = VerifierPageBox(content)
        column.addWidget(self.verifier_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro_label.setText(self.tr(
            "How Pulih works at this facility. A change applies from the next time it is "
            "used; nothing already recorded changes."))
        for key, row in self.rows.items():
            row.label.setText(QCoreApplication.translate("Settings", row.spec.description))
            hint = self.tr("Default: {value}").format(value=row.default_text())
            if row.spec.kind is int and row.spec.minimum is not None \
                    and row.spec.maximum is not None:
                hint += " · " + self.tr("from {low} to {high}").format(
                    low=QLocale().toString(row.spec.minimum),
                    high=QLocale().toString(row.spec.maximum))
            elif row.spec.kind is list:
                hint += " · " + self.tr("separate the items with commas")
            self.hints[key].setText(hint)
        self.save_button.setText(self.tr("Save settings"))
        self.revert_button.setText(self.tr("Undo my edits"))
        self.verifier_box.retranslate_ui()

    @property
    def dirty(self) -> bool:
        """True while some input differs from what was read."""
        for row in self.rows.values():
            try:
                if row.value() != row.loaded:
                    return True
            except ValueError:
                return True
        return False

    def load(self, force: bool = False) -> None:
        """Read every setting, unless the form holds unsaved edits (or ``force``)."""
        if self._loaded and self.dirty and not force:
            return
        show_error(self.error_label, "")
        self.info_label.clear()
        try:
            values = {key: get_setting(key) for key in self.rows}
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label)
            return
        for key, row in self.rows.items():
            show_error(row.error, "")
            row.show(values[key])
        self._loaded = True

    def save(self) -> None:
        """Save each changed setting; a refused one keeps what was typed and says why."""
        show_error(self.error_label, "")
        self.info_label.clear()
        saved, failed = 0, 0
        for row in self.rows.values():
            show_error(row.error, "")
            try:
                value = row.value()
            except ValueError:
                show_error(row.error, self.tr(
                    "Write whole numbers separated by commas, e.g. 0, 15, 20."))
                failed += 1
                continue
            if value == row.loaded:
                continue
            try:
                set_setting(SESSION.staff, row.spec.key, value)
            except Exception as exc:  # expected failures are shown, not raised
                if not expected(exc):
                    raise
                if isinstance(exc, PulihError) and exc.field not in (None, row.spec.description):
                    show_error(self.error_label, describe(exc))
                else:
                    show_error(row.error, describe(exc))
                failed += 1
                continue
            row.loaded = value
            saved += 1
        if failed:
            first = next((r for r in self.rows.values() if not r.error.isHidden()), None)
            if first is not None:
                first.widget.setFocus()
        elif saved:
            self.info_label.setText(self.tr("Settings saved."))
        else:
            self.info_label.setText(self.tr("Nothing to save: no setting was changed."))
