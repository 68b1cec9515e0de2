"""Qt's own texts (standard buttons, the edit menu of text fields) in Bahasa Indonesia.

Qt ships no Indonesian translation of its widgets, so a message box would say "Cancel" and a
right-click in a name field "Select All" in the middle of an Indonesian screen. Qt looks
these texts up through every installed translator under its own contexts, so marking them
here puts them in pulih_id.ts next to Pulih's texts. Nothing imports this module; it exists
for the translation tools.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")
QT_TRANSLATE_NOOP("QPlatformTheme", "Open")
QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")
QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")
QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")
QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")
QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")
QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")
QT_TRANSLATE_NOOP("QPlatformTheme", "Help")
QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")
QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")
QT_TRANSLATE_NOOP("QLineEdit", "&Undo")
QT_TRANSLATE_NOOP("QLineEdit", "&Redo")
QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")
QT_TRANSLATE_NOOP("QLineEdit", "&Copy")
QT_TRANSLATE_NOOP("QLineEdit", "&Paste")
QT_TRANSLATE_NOOP("QLineEdit", "Delete")
QT_TRANSLATE_NOOP("QLineEdit", "Select All")
QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")
QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")
QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")
QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")
