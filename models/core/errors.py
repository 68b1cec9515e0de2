"""Errors a person can cause, carrying a translatable message.

models/ may not import Qt, so messages are marked with a local ``QT_TRANSLATE_NOOP``
that ``pyside6-lupdate`` recognises by name; the user interface translates them with
``QCoreApplication.translate(error.context, error.text)`` and then fills in ``params``.
"""
from __future__ import annotations

from typing import Any

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


class PulihError(Exception):
    """Base of every error that is shown to a person rather than to a developer.

    Attributes:
        text: English source text with ``{name}`` format fields, marked for translation.
        params: values for the format fields.
        field: the label (marked in context "Codes") of the input the error is about;
            also available to the message as ``{field}``.
    """

    context = CONTEXT

    def __init__(self, text: str, field: str | None = None, **params: Any) -> None:
        self.text = text
        self.field = field
        if field is not None:
            params.setdefault("field", field)
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        """The message in the source language, for logs and tests."""
        return self.text.format(**self.params) if self.params else self.text


class ValidationError(PulihError):
    """Input that breaks a rule; ``field`` names the offending input."""


class PermissionDenied(PulihError):
    """The acting staff member lacks the right for an operation."""


class NotFound(PulihError):
    """A record that the caller named does not exist (or was merged away)."""


class ConflictError(PulihError):
    """Another desk changed the record since it was read."""


class AuthenticationError(PulihError):
    """Sign-in failed; one message for an unknown user and a wrong password."""


class DatabaseProblem(PulihError):
    """The database cannot be used: not a Pulih database, damaged, locked, newer, full."""


# Messages used in more than one place.
MSG_NOT_PULIH = QT_TRANSLATE_NOOP(
    CONTEXT, "The file {path} is not a Pulih database. It was not changed.")
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    CONTEXT, "The database {path} is damaged ({detail}). It was not changed; "
    "restore the newest backup.")
MSG_NEWER = QT_TRANSLATE_NOOP(
    CONTEXT, "The database was made by a newer version of Pulih (schema {found}, this "
    "program knows up to {known}). Install the newer Pulih.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    CONTEXT, "The database is busy at another desk. Wait a moment and try again; "
    "nothing you typed was lost.")
MSG_CANNOT_CONNECT = QT_TRANSLATE_NOOP(
    CONTEXT, "Cannot connect to the database server: {detail}")
