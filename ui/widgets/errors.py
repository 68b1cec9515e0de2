"""Turning whatever went wrong into a sentence a desk can act on, in their language.

Rules broken by input arrive from models/ as :class:`~models.core.errors.PulihError`; the
database and the operating system raise their own exceptions (a locked database, a full
disk, a read-only file), which are translated here. Nothing a person sees is a traceback,
and nothing they typed is touched.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from models.db.problems import database_problem
from models.core.errors import PulihError
from ui.i18n import error_text

log = logging.getLogger(__name__)
C = "Errors"
MSG_SYSTEM = QT_TRANSLATE_NOOP(
    C, "The computer refused to read or write a file ({detail}). Nothing was saved; what you "
    "typed is still here.")
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    C, "The disk is full, so nothing was saved. What you typed is still here: free some "
    "space (or ask the admin), then save again.")
MSG_TITLE = QT_TRANSLATE_NOOP("ErrorBox", "Pulih")


def describe(exc: BaseException) -> str:
    """The message for ``exc`` in the current language (re-raises what is unexpected)."""
    if isinstance(exc, PulihError):
        return error_text(exc)
    problem = database_problem(exc)
    if problem is not None:
        return error_text(problem)
    if isinstance(exc, OSError):
        if exc.errno == 28:  # ENOSPC
            return QCoreApplication.translate(C, MSG_DISK_FULL)
        return QCoreApplication.translate(C, MSG_SYSTEM).format(detail=exc.strerror or exc)
    raise exc


def expected(exc: BaseException) -> bool:
    """True for the failures a person can meet in normal use (shown, not crashed on)."""
    return (isinstance(exc, (PulihError, OSError))
            or database_problem(exc) is not None)


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
