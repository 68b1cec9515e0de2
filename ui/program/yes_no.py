"""A yes / no / not known choice, for outcomes that may not have been assessed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from ui.clients.person_form import code_combo, retranslate_combo, set_code
from ui.i18n import translate

CHOICES = (("", QT_TRANSLATE_NOOP("Codes", "Not known")),
           ("yes", QT_TRANSLATE_NOOP("Codes", "Yes")),
           ("no", QT_TRANSLATE_NOOP("Codes", "No")))
VALUES = {"": None, "yes": True, "no": False}


def yes_no_combo(name: str, parent: QWidget | None = None) -> QComboBox:
    combo = code_combo(CHOICES, name, parent)
    retranslate_combo(combo)
    return combo


def yes_no_value(combo: QComboBox) -> bool | None:
    return VALUES.get(combo.currentData() or "")


def set_yes_no(combo: QComboBox, value: bool | None) -> None:
    set_code(combo, "" if value is None else "yes" if value else "no")


def yes_no_text(value: bool | None) -> str:
    """The label of a value in the current language."""
    return translate("Codes", CHOICES[0 if value is None else 1 if value else 2][1])
