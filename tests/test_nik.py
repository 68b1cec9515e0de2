"""The NIK validator: structure, the date part (+40 for women), agreement with entered data."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from models.core.nik import PROVINCES, check_nik, make_nik, normalize

TODAY = dt.date(2026, 11, 23)


def test_a_womans_nik_gives_her_birth_date_and_sex():
    check = check_nik("3273055708950003", dt.date(1995, 8, 17), "P", today=TODAY)
    assert check.ok
    assert (check.birth_date, check.sex, check.province_code) == (dt.date(1995, 8, 17), "P", "32")


def test_a_mans_nik():
    check = check_nik("3578011203010002", today=TODAY)
    assert check.ok and check.sex == "L" and check.birth_date == dt.date(2001, 3, 12)


def test_spaces_and_dots_typed_inside_are_ignored():
    assert normalize("3273.0557 0895-0003") == "3273055708950003"
    assert check_nik("3273 0557 0895 0003", today=TODAY).ok


@pytest.mark.parametrize("nik, fragment", [
    ("327305570895000", "16 digits"),
    ("32730557089500031", "16 digits"),
    ("3273O55708950003", "16 digits"),  # letter O
    ("３２７３０５５７０８９５０００３", "16 digits"),  # full-width digits
    ("", "16 digits"),
    ("1073055708950003", "province"),
    ("9973055708950003", "province"),
    ("3200055708950003", "00"),
    ("3273050008950003", "not a real date"),  # day 00
    ("3273053102950003", "not a real date"),  # 31 February
    ("3273057102950003", "not a real date"),  # 31 February, female
    ("3273050013950003", "not a real date"),  # month 13
    ("3273054008950003", "not a real date"),  # 40 is a woman born on day 0
    ("3273052902970003", "not a real date"),  # 29 Feb 1997/2097: never a leap year
    ("3273051708950000", "0000"),
])
def test_broken_niks_are_errors(nik, fragment):
    check = check_nik(nik, today=TODAY)
    assert check.errors, nik
    assert any(fragment in p.english() for p in check.errors), [p.english() for p in check.errors]


def test_29_february_of_a_leap_year_is_real():
    check = check_nik("3273052902000003", today=TODAY)
    assert check.ok and check.birth_date == dt.date(2000, 2, 29)


def test_date_and_sex_mismatches_are_reported_separately_from_errors():
    check = check_nik("3273051708950003", dt.date(1995, 8, 18), "P", today=TODAY)
    assert not check.errors
    texts = [p.english() for p in check.mismatches]
    assert any("born 17-08-1995" in t for t in texts)  # four digits (issue 12, fault 10)
    assert any("means male" in t for t in texts)


def test_a_province_entered_against_the_nik_is_a_mismatch():
    check = check_nik("3273051708950003", dt.date(1995, 8, 17), "L", today=TODAY,
                      province_code="31")
    assert [p.params.get("nik_province") for p in check.mismatches] == ["Jawa Barat"]


def test_the_century_follows_the_entered_birth_date():
    check = check_nik("3273051708250003", dt.date(1925, 8, 17), "L", today=TODAY)
    assert check.ok and check.birth_date == dt.date(1925, 8, 17)
    # Without a birth date the newest year that is not in the future is assumed.
    assert check_nik("3273051708250003", today=TODAY).birth_date == dt.date(2025, 8, 17)


def test_all_province_codes_are_real_two_digit_codes():
    assert len(PROVINCES) == 38
    assert all(len(c) == 2 and 11 <= int(c) <= 96 for c in PROVINCES)


dates = st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY)


@given(province=st.sampled_from(sorted(PROVINCES)), regency=st.integers(1, 99),
       district=st.integers(1, 99), birth=dates, sex=st.sampled_from("LP"),
       serial=st.integers(1, 9999))
def test_every_composed_nik_is_valid_and_round_trips(province, regency, district, birth, sex,
                                                    serial):
    nik = make_nik(province, regency, district, birth, sex, serial)
    check = check_nik(nik, birth, sex, today=TODAY)
    assert check.ok, [p.english() for p in check.errors + check.mismatches]
    assert (check.birth_date, check.sex, check.province_code) == (birth, sex, province)


@given(birth=dates, other=dates, sex=st.sampled_from("LP"))
def test_a_different_entered_date_is_always_a_mismatch(birth, other, sex):
    assume((birth.day, birth.month, birth.year % 100) != (other.day, other.month, other.year % 100))
    nik = make_nik("31", 71, 1, birth, sex, 1)
    check = check_nik(nik, other, sex, today=TODAY)
    assert not check.errors and len(check.mismatches) == 1


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes_and_never_passes_unless_well_formed(text):
    check = check_nik(text, today=TODAY)
    if check.ok:
        digits = normalize(text)
        assert len(digits) == 16 and digits.isdigit() and digits[:2] in PROVINCES
