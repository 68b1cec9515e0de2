"""Qt translations: Indonesian by default, English beside it.

Source texts in the code are English; ``resources/i18n/pulih_id.qm`` turns them into
Bahasa Indonesia. Messages from models/ carry their context and text, translated here.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from models.core.errors import PulihError
from reports.dates import short_date, short_stamp

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("id", "en")
_installed: list[QTranslator] = []
_language = "id"


def chosen_language(explicit: str | None = None) -> str:
    """``--lang`` wins, then ``PULIH_LANG``, then Indonesian."""
    lang = explicit or os.environ.get("PULIH_LANG") or "id"
    return lang if lang in LANGUAGES else "id"


def install(lang: str) -> bool:
    """Load the translation for ``lang`` into the running QCoreApplication."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    _language = lang if lang in LANGUAGES else "id"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    ok = translator.load(str(I18N_DIR / f"pulih_{lang}.qm"))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id"
                               else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    return ok


def language() -> str:
    """The language the interface was last installed in (``"id"`` or ``"en"``): the
    ``lang`` screens pass to :mod:`reports.dates` for long dates and names of months and days."""
    return _language


def translate(context: str, text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP in ``context``."""
    return QCoreApplication.translate(context, text)


#: Where a value of a message (a field's label, an area, a sex) is marked: "Codes" as a rule;
#: the labels of a few screens' own fields are marked in that screen's context.
VALUE_CONTEXTS = ("Codes", "Indicators", "Settings", "Exchange")


def marked_text(value: str, context: str = "") -> str:
    """``value`` translated from the first context that knows it (unchanged if none)."""
    for where in (*VALUE_CONTEXTS, context):
        if where:
            text = translate(where, value)
            if text != value:
                return text
    return value


def error_text(error: PulihError) -> str:
    """The message of an error in the current language, its values filled in.

    Values that are themselves marked texts (area names, sexes) are translated too.
    """
    def value_text(value):
        if isinstance(value, str):
            return marked_text(value, error.context)
        if isinstance(value, dt.datetime):  # dates the one way the screens show them
            return short_stamp(value)
        if isinstance(value, dt.date):
            return short_date(value)
        if isinstance(value, (list, tuple)):  # several marked texts, e.g. missing fields
            return ", ".join(str(value_text(item)) for item in value)
        return value

    params = {key: value_text(value) for key, value in error.params.items()}
    return one_period(translate(error.context, error.text).format(**params))


def one_period(text: str) -> str:
    """``text`` without the doubled period a value ending in one leaves before the
    sentence's own ("... oleh Rina, S.Psi.."); an ellipsis stays."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
