"""Checks of typed text shared by the operations: lengths, control characters, phones."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal, overload

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.glyphs import describe_character, undrawable

MSG_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Please fill in {field}.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "{field} is too long: {length} characters, at most {limit}.")
MSG_CONTROL = QT_TRANSLATE_NOOP("Errors", "{field} contains characters that cannot be printed.")
MSG_DIRECTION = QT_TRANSLATE_NOOP(
    "Errors", "{field} contains the invisible character {char}, which turns the text around on "
    "the screen but not on paper. Clear the field and type the text again.")
MSG_UNDRAWABLE = QT_TRANSLATE_NOOP(
    "Errors", "{field} contains the character {char}, which cannot be printed on letters. "
    "Delete it or write it another way.")
MSG_CHOICE = QT_TRANSLATE_NOOP("Errors", "{value} is not a valid choice for {field}.")
MSG_CHOOSE = QT_TRANSLATE_NOOP("Errors", "Choose {field}.")
MSG_PHONE = QT_TRANSLATE_NOOP(
    "Errors", "The phone number {value} is not valid: use 8 to 15 digits, e.g. 0812 3456 7890.")
MSG_FUTURE_DATE = QT_TRANSLATE_NOOP("Errors", "{field} cannot be in the future.")
MSG_OLD_DATE = QT_TRANSLATE_NOOP("Errors", "{field} is before 1900.")
MSG_BEFORE = QT_TRANSLATE_NOOP("Errors", "{field} ({date}) is before {other} ({other_date}).")

_CONTROL_OK = {"\n", "\t"}
#: Bidirectional embeddings, overrides and isolates: they reorder what the screen shows
#: while papers and search keys keep the typed order, so they are refused, not removed.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def drop_invisible(value: str) -> str:
    """``value`` without invisible format characters (Unicode category Cf: zero-width
    spaces and joiners, the byte-order mark, soft hyphens, direction marks) other than the
    direction controls, which :func:`text` refuses. They change nothing a reader sees, but
    would split or hide words in search and duplicate keys."""
    return "".join(ch for ch in value if ch in DIRECTION_CONTROLS
                   or unicodedata.category(ch) != "Cf")


def text(value: object, field: str, *, limit: int, required: bool = False,
         multiline: bool = False, printed: bool = False) -> str:
    """Trimmed text, or a :class:`ValidationError` naming ``field``.

    Line breaks are allowed only where ``multiline``; other control characters and
    unpaired surrogates never are, because they cannot be printed on a letter. Invisible
    format characters are removed, direction controls refused (:func:`drop_invisible`).
    ``printed`` text (names, places, addresses: what papers show) must also be drawable
    by the papers' font, so no paper shows an empty box where a character was typed.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    value = unicodedata.normalize("NFC", drop_invisible(value).strip())
    if required and not value:
        raise ValidationError(MSG_REQUIRED, field=field)
    if len(value) > limit:
        raise ValidationError(MSG_TOO_LONG, field=field, length=len(value), limit=limit)
    for ch in value:
        cat = unicodedata.category(ch)
        if (cat in ("Cc", "Cs") and not (multiline and ch in _CONTROL_OK)) or ch == "\x00":
            raise ValidationError(MSG_CONTROL, field=field)
        if ch in DIRECTION_CONTROLS:
            raise ValidationError(MSG_DIRECTION, field=field, char=describe_character(ch))
    if printed:
        bad = undrawable(value)
        if bad is not None:
            raise ValidationError(MSG_UNDRAWABLE, field=field, char=describe_character(bad))
    return value


def choice(value: object, field: str, choices: tuple[tuple[str, str], ...] | list) -> str:
    """One of the codes of ``choices``."""
    codes = {c[0] for c in choices}
    if value not in codes:
        if value is None or str(value).strip() == "":
            raise ValidationError(MSG_CHOOSE, field=field)
        raise ValidationError(MSG_CHOICE, field=field, value=str(value)[:40])
    return str(value)


def phone(value: object, field: str) -> str:
    """Digits only, Indonesian style with a leading 0 (+62 / 62 become 0); empty allowed."""
    raw = text(value, field, limit=40)
    if not raw:
        return ""
    digits = re.sub(r"[\s\-().]", "", raw)
    if digits.startswith("+62"):
        digits = "0" + digits[3:]
    elif digits.startswith("62") and len(digits) > 10:
        digits = "0" + digits[2:]
    if not digits.isascii() or not digits.isdigit() or not 8 <= len(digits) <= 15:
        raise ValidationError(MSG_PHONE, field=field, value=raw[:40])
    return digits


@overload
def past_date(value: dt.date | None, field: str, *, today: dt.date | None = None,
              required: Literal[True]) -> dt.date: ...


@overload
def past_date(value: dt.date | None, field: str, *, today: dt.date | None = None,
              required: bool = False) -> dt.date | None: ...


def past_date(value: dt.date | None, field: str, *, today: dt.date | None = None,
              required: bool = False) -> dt.date | None:
    """A date not after today and not before 1900; never None when ``required``."""
    if value is None:
        if required:
            raise ValidationError(MSG_REQUIRED, field=field)
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    today = today or dt.date.today()
    if value > today:
        raise ValidationError(MSG_FUTURE_DATE, field=field)
    if value.year < 1900:
        raise ValidationError(MSG_OLD_DATE, field=field)
    return value


def not_before(value: dt.date, field: str, limit: dt.date | None, other: str) -> dt.date:
    """``value`` unless it is before ``limit`` (the date of ``other``, a field label)."""
    if limit is not None and value < limit:
        raise ValidationError(MSG_BEFORE, field=field, date=value, other=other,
                              other_date=limit)
    return value
