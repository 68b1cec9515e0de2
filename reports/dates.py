"""Dates the Indonesian way, for the papers and the screens alike.

One place decides how a date is written, so a date reads the same on a screen and on the
paper printed from it:

* short forms, for screens, fields and lists (what a desk types): ``17-08-1995``,
  ``17-08-1995 14:05``;
* long forms, for papers and for sentences on screens: ``17 Agustus 1995`` (``17 August
  1995`` when the interface is in English); papers are always Indonesian.

Plain standard library (no Qt, no ReportLab): both reports/ and ui/ import it, and importing
it costs nothing at start-up. The screens pass ``ui.i18n.language()`` as ``lang``.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS_ID_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
DAYS_EN_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_MONTHS = {"id": MONTHS_ID, "en": MONTHS_EN}
_DAYS = {("id", False): DAYS_ID, ("en", False): DAYS_EN,
         ("id", True): DAYS_ID_SHORT, ("en", True): DAYS_EN_SHORT}
#: ``<day> <word> <year>``: where a long date stands in a text (the word not yet checked)
LONG_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\b")

DateLike = dt.date | str | None


def _months(lang: str) -> tuple[str, ...]:
    """The month names of ``lang``; Indonesian for any language without its own table."""
    return _MONTHS.get(lang, MONTHS_ID)


def to_date(value: DateLike) -> dt.date | None:
    """A date from a date, a datetime (its day) or ISO text (``2025-03-04``, a longer ISO
    stamp read by its first ten characters); None for None or "".

    Raises ValueError for text that is not an ISO date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def short_date(value: DateLike, empty: str = "") -> str:
    """``17-08-1995``: the form the screens show and a desk types; ``empty`` for none."""
    day = to_date(value)
    return empty if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def short_date_or_text(value: object) -> str:
    """:func:`short_date` of a date or ISO date text; any other text as it is (a date read
    from a seal someone else made may be anything)."""
    if value is None or isinstance(value, (dt.date, str)):
        try:
            return short_date(value)
        except ValueError:
            pass
    return str(value)


def clock(value: dt.datetime | dt.time, sep: str = ":") -> str:
    """The time of day, ``14:05``; papers and messages to people pass ``sep="."`` for the
    Indonesian written convention, ``14.05``."""
    return f"{value.hour:02d}{sep}{value.minute:02d}"


def short_stamp(value: dt.datetime | None, *, seconds: bool = False, empty: str = "") -> str:
    """``17-08-1995 14:05`` (``14:05:09`` with ``seconds``); ``empty`` for none."""
    if value is None:
        return empty
    text = f"{short_date(value)} {clock(value)}"
    return f"{text}:{value.second:02d}" if seconds else text


def long_date(value: DateLike, lang: str = "id", empty: str = "-") -> str:
    """``17 Agustus 1995`` (``17 August 1995`` in English); ``empty`` for none."""
    day = to_date(value)
    if day is None:
        return empty
    return f"{day.day} {_months(lang)[day.month - 1]} {day.year}"


def long_date_or_text(value: object) -> str:
    """:func:`long_date` of a date or ISO date text; any other text as it is (a tally's
    signing date may be typed freely)."""
    if value is None or isinstance(value, (dt.date, str)):
        try:
            return long_date(value)
        except ValueError:
            pass
    return str(value)


def long_stamp(value: dt.datetime | None, lang: str = "id", empty: str = "-") -> str:
    """``17 Agustus 1995 14:05``; ``empty`` for none."""
    if value is None:
        return empty
    return f"{long_date(value, lang)} {clock(value)}"


def month_name(month: int, lang: str = "id") -> str:
    """``Maret`` for 3."""
    return _months(lang)[month - 1]


def month_year(year: int, month: int, lang: str = "id") -> str:
    """``Maret 2025``."""
    return f"{month_name(month, lang)} {year}"


def day_name(day: dt.date, lang: str = "id", short: bool = False) -> str:
    """The weekday: ``Senin`` (``Sen`` when ``short``), ``Monday`` in English."""
    return _DAYS.get((lang, short), _DAYS[("id", short)])[day.weekday()]


def parse_long_date(text: str, lang: str = "id") -> dt.date | None:
    """The first long date in ``text`` (``Sukamaju, 2 Januari 1990`` -> 1990-01-02), month
    names of ``lang`` as :func:`long_date` writes them; None when there is no such date or it
    is not in the calendar (``31 Februari 1990``)."""
    match = LONG_DATE.search(text)
    months = _months(lang)
    if not match or match.group(2) not in months:
        return None
    try:
        return dt.date(int(match.group(3)), months.index(match.group(2)) + 1,
                       int(match.group(1)))
    except ValueError:
        return None
