"""Fuzzing the places where text from outside enters Pulih: whatever is typed or scanned,
the only failure is the project's own ValidationError with a message (or the documented
"not a date" / "not a seal" answer of the low-level parsers)."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.core import (
    nik,
    validation,
)
from models.core.errors import ValidationError
from models.people.person import SEXES
from models.seals.seal_check import MalformedSeal, parse_any
from models.seals.signing import parse_key_line
from ui.widgets.date_field import DateField, parse_date

EXAMPLES = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
ANY_TEXT = st.one_of(st.text(), st.text(alphabet="0123456789 -./|:HKS\n"),
                     st.from_regex(r"\d{1,2}[-/. ]\d{1,2}[-/. ]\d{1,6}", fullmatch=True))


def refused_with_a_message(error: ValidationError) -> None:
    assert error.english().strip() and error.field


@EXAMPLES
@given(value=st.one_of(ANY_TEXT, st.none(), st.integers()), limit=st.integers(0, 300),
       required=st.booleans(), multiline=st.booleans())
def test_text_fields(value, limit, required, multiline):
    try:
        cleaned = validation.text(value, "Nama", limit=limit, required=required,
                                  multiline=multiline)
    except ValidationError as error:
        refused_with_a_message(error)
        return
    assert len(cleaned) <= limit and "\x00" not in cleaned


@EXAMPLES
@given(value=st.one_of(ANY_TEXT, st.from_regex(r"\+?62?[0-9 ()\-.]{6,20}", fullmatch=True)))
def test_phone_numbers(value):
    try:
        digits = validation.phone(value, "Telepon")
    except ValidationError as error:
        refused_with_a_message(error)
        return
    assert digits == "" or (digits.isascii() and digits.isdigit() and 8 <= len(digits) <= 15)


@EXAMPLES
@given(value=st.one_of(ANY_TEXT, st.none(), st.integers()))
def test_coded_choices(value):
    try:
        assert validation.choice(value, "Jenis kelamin", SEXES) in dict(SEXES)
    except ValidationError as error:
        refused_with_a_message(error)


@EXAMPLES
@given(raw=st.one_of(ANY_TEXT, st.from_regex(r"[0-9]{16}", fullmatch=True)),
       birth=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31))),
       sex=st.sampled_from([None, "L", "P", "X", ""]))
def test_nik_check_reports_problems_and_never_raises(raw, birth, sex):
    result = nik.check_nik(raw, birth, sex, today=dt.date(2025, 7, 1))
    for problem in (*result.errors, *result.mismatches):
        assert problem.english().strip()
    if result.ok:
        assert len(nik.normalize(raw)) == 16 and nik.normalize(raw).isdigit()


@EXAMPLES
@given(text=ANY_TEXT)
def test_typed_dates(qapp, text):
    field = DateField("Tanggal lahir")
    field.setText(text)
    try:
        value = parse_date(field.text())
    except ValueError:
        with pytest.raises(ValidationError) as error:
            field.date()
        refused_with_a_message(error.value)
        return
    assert field.date() == value


@EXAMPLES
@given(text=st.one_of(ANY_TEXT, st.lists(ANY_TEXT, min_size=9, max_size=9).map(
    lambda parts: "|".join(["PULIH1", *parts[1:6], "H:" + parts[6], "K:" + parts[7],
                            "S:" + parts[8]]))))
def test_scanned_seals(text):
    try:
        seal, _signature = parse_any(text)
    except MalformedSeal:
        return
    assert seal.key_id is not None


@EXAMPLES
@given(line=st.one_of(ANY_TEXT, st.lists(ANY_TEXT, min_size=4, max_size=4).map(
    lambda parts: "|".join(["PULIH-KEY1", *parts]))))
def test_imported_public_key_lines(line):
    try:
        parse_key_line(line)
    except ValidationError as error:
        assert error.english().strip()
