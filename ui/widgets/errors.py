"""Turning whatever went wrong into a sentence a desk can act on, in their language.

Rules broken by input arrive from models/ as :class:`~models.errors.PulihError`; the
database and the operating system raise their own exceptions (a locked database, a full
disk, a read-only file), which are translated here. Nothing a person sees is a traceback,
and nothing they typed is touched.
"""
from __future__ import annotations

import logging

import peewee
from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import MSG_LOCKED, PulihError
from ui.i18n import error_text

log = logging.getLogger(__name__)
C = "Errors"
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    C, "The disk is full, so nothing was saved. What you typed is still here: free some "
    "space (or ask the admin), then save again.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    C, "The database cannot be written (the file or its folder is read-only), so nothing was "
    "saved. What you typed is still here; ask the admin to check the file's permissions.")
MSG_DATABASE = QT_TRANSLATE_NOOP(
    C, "The database refused the change ({detail}). Nothing was saved; what you typed is "
    "still here.")
MSG_SYSTEM = QT_TRANSLATE_NOOP(
    C, "The computer refused to read or write a file ({detail}). Nothing was saved; what you "
    "typed is still here.")
MSG_TITLE = QT_TRANSLATE_NOOP("ErrorBox", "Pulih")


def describe(exc: BaseException) -> str:
    """The message for ``exc`` in the current language."""
    translate = QCoreApplication.translate
    if isinstance(exc, PulihError):
        return error_text(exc)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if isinstance(exc, peewee.DatabaseError) or type(exc).__module__.startswith(
            ("sqlite3", "psycopg")):
        if "full" in lowered:
            return translate(C, MSG_DISK_FULL)
        if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
            return translate(C, MSG_READ_ONLY)
        if "locked" in lowered or "busy" in lowered:
            return translate(C, MSG_LOCKED)
        return translate(C, MSG_DATABASE).format(detail=text)
    if isinstance(exc, OSError):
        if exc.errno == 28:  # ENOSPC
            return translate(C, MSG_DISK_FULL)
        return translate(C, MSG_SYSTEM).format(detail=exc.strerror or text)
    raise exc


def expected(exc: BaseException) -> bool:
    """True for the failures a person can meet in normal use (shown, not crashed on)."""
    return isinstance(exc, (PulihError, peewee.DatabaseError, OSError))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A message box with :func:`describe`'s sentence."""
    text = describe(exc)
    if not isinstance(exc, PulihError):
        log.warning("shown to the user: %r", exc)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ErrorBox", MSG_TITLE), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
