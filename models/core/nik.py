"""The 16-digit Indonesian NIK: structure, birth date and sex it encodes, and checks.

Layout: PP KK CC DDMMYY SSSS -- province, regency/city, district, birth date (women have
40 added to the day), serial. A NIK whose date part is impossible is an error; one whose
date or sex disagree with what was entered is a mismatch the desk must fix or override.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.core.errors import QT_TRANSLATE_NOOP

#: Province codes of Kemendagri (Permendagri 72/2019 and the 2022 Papua provinces).
PROVINCES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau",
    "15": "Jambi", "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung",
    "19": "Kepulauan Bangka Belitung", "21": "Kepulauan Riau", "31": "DKI Jakarta",
    "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta", "35": "Jawa Timur",
    "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara",
    "75": "Gorontalo", "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara",
    "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan", "94": "Papua Tengah",
    "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}

MSG_DIGITS = QT_TRANSLATE_NOOP("Errors", "A NIK has exactly 16 digits (this one has {count}).")
MSG_PROVINCE = QT_TRANSLATE_NOOP(
    "Errors", "The NIK starts with {code}, which is not a province code.")
MSG_AREA = QT_TRANSLATE_NOOP("Errors", "The regency or district code in the NIK is 00.")
MSG_DATE = QT_TRANSLATE_NOOP(
    "Errors", "The NIK's date part {part} is not a real date of birth.")
MSG_SERIAL = QT_TRANSLATE_NOOP("Errors", "The NIK's last four digits cannot be 0000.")
MSG_FUTURE = QT_TRANSLATE_NOOP("Errors", "The NIK's date of birth lies in the future.")
MSG_BIRTH_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The NIK says born {nik_date}, but the birth date entered is {entered}.")
MSG_SEX_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The NIK's day of birth {day} means {nik_sex}, but the sex entered is {entered}.")
MSG_PROVINCE_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The NIK was issued in {nik_province}, but the province entered is {entered}.")
SEX_WORDS = {"L": QT_TRANSLATE_NOOP("Codes", "male"), "P": QT_TRANSLATE_NOOP("Codes", "female")}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a NIK: a translatable text and its values."""

    text: str
    params: dict = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**self.params)


@dataclass(frozen=True)
class NikCheck:
    """What a NIK says and what is wrong with it.

    ``errors`` make the NIK unusable; ``mismatches`` disagree with the birth date or sex
    entered and may be overridden by the desk (the override is audited).
    """

    nik: str
    errors: tuple[Problem, ...] = ()
    mismatches: tuple[Problem, ...] = ()
    province_code: str | None = None
    birth_date: dt.date | None = None
    sex: str | None = None  # "L" or "P"

    @property
    def ok(self) -> bool:
        return not self.errors and not self.mismatches


def normalize(raw: str) -> str:
    """Drop the spaces, dots and dashes people type inside a NIK."""
    return "".join(ch for ch in raw if ch not in " .-\t")


def _century(yy: int, day: int, month: int, today: dt.date) -> int | None:
    """The full year for a two-digit year: the latest that is not after ``today``."""
    for year in (2000 + yy, 1900 + yy):
        try:
            if dt.date(year, month, day) <= today:
                return year
        except ValueError:
            continue
    return None


def check_nik(raw: str, birth_date: dt.date | None = None, sex: str | None = None,
              today: dt.date | None = None, province_code: str | None = None) -> NikCheck:
    """Check a NIK and, when given, its agreement with the entered birth date, sex and
    province; every disagreement is listed, not only the first."""
    today = today or dt.date.today()
    nik = normalize(raw)
    if len(nik) != 16 or not nik.isascii() or not nik.isdigit():
        count = sum(ch.isdigit() for ch in nik)
        return NikCheck(nik, errors=(Problem(MSG_DIGITS, {"count": count}),))
    errors: list[Problem] = []
    province = nik[:2]
    if province not in PROVINCES:
        errors.append(Problem(MSG_PROVINCE, {"code": province}))
    if nik[2:4] == "00" or nik[4:6] == "00":
        errors.append(Problem(MSG_AREA))
    if nik[12:] == "0000":
        errors.append(Problem(MSG_SERIAL))
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    nik_sex = "P" if day > 40 else "L"
    real_day = day - 40 if day > 40 else day
    nik_birth: dt.date | None = None
    valid_date = True
    try:
        dt.date(2000, month, real_day)  # leap-tolerant first look: 29 Feb may still be real
    except ValueError:
        valid_date = False
    if valid_date:
        year = _century(yy, real_day, month, today)
        if year is None:
            # 29 February of a year that was not a leap year in either century, or future.
            try:
                dt.date(2000 + yy, month, real_day)
                errors.append(Problem(MSG_FUTURE))
            except ValueError:
                try:
                    dt.date(1900 + yy, month, real_day)
                    errors.append(Problem(MSG_FUTURE))
                except ValueError:
                    valid_date = False
        else:
            nik_birth = dt.date(year, month, real_day)
    if not valid_date:
        errors.append(Problem(MSG_DATE, {"part": nik[6:12]}))
    mismatches: list[Problem] = []
    if nik_birth is not None and birth_date is not None:
        if (birth_date.day, birth_date.month, birth_date.year % 100) != (real_day, month, yy):
            # Four digits, in the entered date's century when that makes a real date.
            shown = nik_birth
            try:
                shown = dt.date(birth_date.year // 100 * 100 + yy, month, real_day)
            except ValueError:
                pass
            mismatches.append(Problem(MSG_BIRTH_MISMATCH, {
                "nik_date": shown.strftime("%d-%m-%Y"),
                "entered": birth_date.strftime("%d-%m-%Y")}))
    if valid_date and sex in ("L", "P") and sex != nik_sex:
        mismatches.append(Problem(MSG_SEX_MISMATCH, {
            "day": nik[6:8], "nik_sex": SEX_WORDS[nik_sex], "entered": SEX_WORDS[sex]}))
    if nik_birth is not None and birth_date is not None and not mismatches:
        nik_birth = birth_date  # the entered date settles the century
    if province_code and province in PROVINCES and province_code != province:
        mismatches.append(Problem(MSG_PROVINCE_MISMATCH, {
            "nik_province": PROVINCES[province],
            "entered": PROVINCES.get(province_code, province_code)}))
    return NikCheck(nik, tuple(errors), tuple(mismatches),
                    province_code=province if province in PROVINCES else None,
                    birth_date=nik_birth, sex=nik_sex if valid_date else None)


def make_nik(province: str, regency: int, district: int, birth_date: dt.date, sex: str,
             serial: int) -> str:
    """Compose a NIK (used by the synthetic demo data and tests)."""
    day = birth_date.day + (40 if sex == "P" else 0)
    return (f"{province}{regency:02d}{district:02d}{day:02d}{birth_date.month:02d}"
            f"{birth_date.year % 100:02d}{serial:04d}")
