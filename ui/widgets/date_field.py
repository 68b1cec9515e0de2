"""A date typed the way an Indonesian desk writes it: 17-08-1995, 17/08/1995 or 17081995.

A line edit rather than a spin-box calendar: it can be empty (an unknown birth date), it is
quick from the keyboard, and a half-typed date stays as typed until the person fixes it.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QWidget

from models.core.errors import ValidationError
from reports.dates import short_date

MSG_DATE_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "{field}: write the date as day-month-year, for example 17-08-1995.")
MSG_DATE_IMPOSSIBLE = QT_TRANSLATE_NOOP(
    "Errors", "{field}: {typed} is not a date that exists; check the day and the month.")
_PARTS = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")


class ImpossibleDate(ValueError):
    """Written as a date, but no such day exists (31-02-1990)."""


def parse_date(text: str) -> dt.date | None:
    """The date in ``text``; None for empty text; ValueError when it is not written as a
    date, :class:`ImpossibleDate` when it is but no such day exists."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        day, month, year = int(text[:2]), int(text[2:4]), int(text[4:])
    else:
        match = _PARTS.match(text)
        if match is None:
            raise ValueError(text)
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ImpossibleDate(text) from None


class DateField(QLineEdit):
    """A line edit holding one date (or nothing)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setMaxLength(10)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))

    def date(self) -> dt.date | None:
        """The typed date; :class:`ValidationError` at this field when it is not a date."""
        try:
            return parse_date(self.text())
        except ImpossibleDate:
            raise ValidationError(MSG_DATE_IMPOSSIBLE, field=self._field,
                                  typed=self.text().strip()) from None
        except ValueError:
            raise ValidationError(MSG_DATE_FORMAT, field=self._field) from None

    def date_or_none(self) -> dt.date | None:
        """The typed date, or None while it is empty or not (yet) a date."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(short_date(value))
