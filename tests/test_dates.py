"""reports/dates.py: the one way dates are written, on the papers and on the screens."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reports import dates
from reports.dates import (
    clock,
    day_name,
    long_date,
    long_date_or_text,
    long_stamp,
    month_name,
    month_year,
    parse_long_date,
    short_date,
    short_stamp,
    to_date,
)

AUG_17 = dt.date(1995, 8, 17)
STAMP = dt.datetime(1995, 8, 17, 14, 5, 9)


def test_short_forms_are_what_a_desk_types():
    assert short_date(AUG_17) == "17-08-1995"
    assert short_date(dt.date(2025, 3, 4)) == "04-03-2025"
    assert short_date("2025-03-04") == "04-03-2025"
    assert short_stamp(STAMP) == "17-08-1995 14:05"
    assert short_stamp(STAMP, seconds=True) == "17-08-1995 14:05:09"
    assert clock(STAMP) == "14:05"
    assert clock(dt.time(8, 3), ".") == "08.03"


def test_long_forms_in_both_languages():
    assert long_date(AUG_17) == "17 Agustus 1995"
    assert long_date(AUG_17, "en") == "17 August 1995"
    assert long_date(dt.date(2025, 3, 4)) == "4 Maret 2025"
    assert long_date("2025-12-31") == "31 Desember 2025"
    assert long_stamp(STAMP) == "17 Agustus 1995 14:05"
    assert long_stamp(STAMP, "en") == "17 August 1995 14:05"
    assert month_year(2025, 3) == "Maret 2025"
    assert month_year(2025, 3, "en") == "March 2025"
    assert month_name(5) == "Mei" and month_name(5, "en") == "May"
    # 17-08-1995 was a Thursday
    assert day_name(AUG_17) == "Kamis" and day_name(AUG_17, "en") == "Thursday"
    assert day_name(AUG_17, short=True) == "Kam" and day_name(AUG_17, "en", True) == "Thu"


def test_an_unknown_language_writes_indonesian():
    assert long_date(AUG_17, "fr") == "17 Agustus 1995"
    assert day_name(AUG_17, "fr") == "Kamis"


def test_none_and_empty_give_the_chosen_empty_text():
    assert short_date(None) == "" and short_date("") == ""
    assert short_date(None, "-") == "-"
    assert short_stamp(None) == "" and short_stamp(None, empty="-") == "-"
    assert long_date(None) == "-" and long_date("") == "-"
    assert long_date(None, "en", empty="") == ""
    assert long_stamp(None) == "-" and long_stamp(None, empty="") == ""
    assert to_date(None) is None and to_date("") is None


def test_a_datetime_is_written_by_its_day():
    assert to_date(STAMP) == AUG_17 and type(to_date(STAMP)) is dt.date
    assert short_date(STAMP) == short_date(AUG_17) == "17-08-1995"
    assert long_date(STAMP) == long_date(AUG_17) == "17 Agustus 1995"
    assert long_date("1995-08-17T14:05:09") == "17 Agustus 1995"


def test_text_that_is_no_iso_date_is_refused_or_kept():
    with pytest.raises(ValueError):
        long_date("17-08-1995")
    assert long_date_or_text("17-08-1995") == "17-08-1995"
    assert long_date_or_text("1995-08-17") == "17 Agustus 1995"
    assert long_date_or_text(AUG_17) == "17 Agustus 1995"
    assert long_date_or_text(None) == "-"
    assert long_date_or_text(12) == "12"


def test_parse_finds_the_date_in_a_paper_line():
    assert parse_long_date("Sukamaju, 2 Januari 1990") == dt.date(1990, 1, 2)
    assert parse_long_date("Bandung, Jawa Barat, 17 Agustus 1995") == AUG_17
    assert parse_long_date("Bandung, 17 August 1995") is None  # an English month on a paper
    assert parse_long_date("Bandung, 17 August 1995", "en") == AUG_17
    assert parse_long_date("31 Februari 1990") is None
    assert parse_long_date("17 agustus 1995") is None  # papers write the month capitalised
    assert parse_long_date("Sukamaju") is None


def test_the_tables_have_twelve_months_and_seven_days():
    assert len(set(dates.MONTHS_ID)) == len(set(dates.MONTHS_EN)) == 12
    assert len(set(dates.DAYS_ID)) == len(set(dates.DAYS_EN)) == 7
    assert len(set(dates.DAYS_ID_SHORT)) == len(set(dates.DAYS_EN_SHORT)) == 7
    # monday first, as date.weekday() counts
    assert day_name(dt.date(2025, 12, 8)) == "Senin"


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(("id", "en")))
def test_long_date_reads_back(day, lang):
    assert parse_long_date(long_date(day, lang), lang) == day
    assert parse_long_date(f"Sukamaju, {long_date(day, lang)}.", lang) == day


@given(st.datetimes(min_value=dt.datetime(1000, 1, 1)))
def test_short_forms_read_back(moment):
    assert dt.datetime.strptime(short_date(moment), "%d-%m-%Y").date() == moment.date()
    assert dt.datetime.strptime(short_stamp(moment, seconds=True), "%d-%m-%Y %H:%M:%S") \
        == moment.replace(microsecond=0)


def test_short_date_or_text_keeps_what_is_no_date():
    from reports.dates import short_date_or_text
    assert short_date_or_text("2025-03-04") == "04-03-2025"
    assert short_date_or_text(AUG_17) == "17-08-1995"
    assert short_date_or_text("") == "" and short_date_or_text(None) == ""
    assert short_date_or_text("lost key") == "lost key"


def test_the_screens_write_in_the_interface_language(qapp):
    """ui.i18n.language() follows install(); the screens' long forms and names follow it,
    and an error message's dates are the short form whatever the language."""
    from models.core.errors import ValidationError
    from ui import i18n
    from ui.appointments.calendar_model import day_label
    error = ValidationError("Not after {day} ({at}).", day=AUG_17, at=STAMP)
    try:
        i18n.install("en")
        assert i18n.language() == "en"
        assert day_label(AUG_17) == "Thu 17/8"
        assert i18n.error_text(error) == "Not after 17-08-1995 (17-08-1995 14:05)."
        i18n.install("id")
        assert i18n.language() == "id"
        assert day_label(AUG_17) == "Kam 17/8"
        assert i18n.error_text(error) == "Not after 17-08-1995 (17-08-1995 14:05)."
    finally:
        i18n.install("id")
