"""Turning whatever went wrong into a sentence a desk can act on, in their language.

Rules broken by input arrive from models/ as :class:`~models.core.errors.PulihError`; the
database and the operating system raise their own exceptions (a locked database, a full
disk, a read-only file), which are translated here. Nothing a person sees is a traceback,
and nothing they typed is touched.

A screen shows a failure in one way: :func:`attempt` runs an action and shows what went
wrong, or an ``except`` block hands the exception to :func:`show_failure`. Either puts the
message under the field it is about (focused), else in the form's label, a message box or
a status line, and re-raises what is unexpected so that ui/error_log's hook records it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from models.core.errors import PulihError
from models.db.problems import database_problem
from ui.i18n import error_text
from ui.widgets import field_form
from ui.widgets.field_form import FieldForm

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


T = TypeVar("T")
# Where a message goes that no field of the form is about: a label shows it (and is shown),
# any other widget gets a message box over it, a function (a status line's setText, a
# signal's emit) is called with the text.
Where = QLabel | QWidget | Callable[[str], object]
# Brings a field into view before it gets the focus: switches to its tab, scrolls to it.
Reveal = Callable[[FieldForm, QWidget], object]


def _show_at_field(exc: BaseException, forms: Sequence[FieldForm],
                   reveal: Reveal | None) -> bool:
    """Put ``exc`` under its field in the first of ``forms`` that has it; False if none."""
    if not isinstance(exc, PulihError) or not exc.field:
        return False
    for form in forms:
        row = form.rows.get(exc.field)
        if row is None:
            continue
        if reveal is not None:
            reveal(form, row.widget)
        return form.show_error(exc)
    return False


def show_failure(exc: BaseException, where: Where, *, forms: Sequence[FieldForm] = (),
                 reveal: Reveal | None = None) -> None:
    """Show an expected failure: under its field in the first of ``forms`` that has it (the
    field gets the focus; ``reveal`` first brings it into view), else in ``where``.

    Anything unexpected is re-raised, for ui/error_log's hook. Call it from an ``except``
    block or from a background job's failure slot; nothing typed is touched.
    """
    if not expected(exc):
        raise exc
    if _show_at_field(exc, forms, reveal):
        return
    if isinstance(where, QLabel):
        field_form.show_error(where, describe(exc))
    elif isinstance(where, QWidget):
        show_error(where, exc)
    else:
        where(describe(exc))


def attempt(action: Callable[[], T], where: Where, *, forms: Sequence[FieldForm] = (),
            reveal: Reveal | None = None, clear: bool = True) -> tuple[bool, T | None]:
    """Run ``action`` and show an expected failure as :func:`show_failure` does.

    With ``clear``, the messages of an earlier try (``where`` if it is a label, and the
    fields of ``forms``) go first. Returns ``(True, result)`` or ``(False, None)``; an
    unexpected exception propagates unchanged.
    """
    if clear:
        if isinstance(where, QLabel):
            field_form.show_error(where, "")
        for form in forms:
            form.clear_errors()
    try:
        result = action()
    except Exception as exc:
        if not expected(exc):
            raise
        show_failure(exc, where, forms=forms, reveal=reveal)
        return False, None
    return True, result
