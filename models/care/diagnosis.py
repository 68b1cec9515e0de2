"""Working diagnoses: ICD-10 mental and behavioural disorders due to psychoactive substance
use, F10-F19, with the fourth character (``F15.2``: stimulants, dependence syndrome)."""
from __future__ import annotations

import re

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

F_DIAGNOSIS = T("Codes", "Diagnosis (ICD-10)")
DIAGNOSIS_SUBSTANCES: tuple[tuple[str, str], ...] = (
    ("F10", T("Codes", "Alcohol")),
    ("F11", T("Codes", "Opioids")),
    ("F12", T("Codes", "Cannabinoids")),
    ("F13", T("Codes", "Sedatives or hypnotics")),
    ("F14", T("Codes", "Cocaine")),
    ("F15", T("Codes", "Other stimulants, including caffeine")),
    ("F16", T("Codes", "Hallucinogens")),
    ("F17", T("Codes", "Tobacco")),
    ("F18", T("Codes", "Volatile solvents")),
    ("F19", T("Codes", "Multiple drug use and other psychoactive substances")),
)
DIAGNOSIS_STATES: tuple[tuple[str, str], ...] = (
    ("0", T("Codes", "Acute intoxication")),
    ("1", T("Codes", "Harmful use")),
    ("2", T("Codes", "Dependence syndrome")),
    ("3", T("Codes", "Withdrawal state")),
    ("4", T("Codes", "Withdrawal state with delirium")),
    ("5", T("Codes", "Psychotic disorder")),
    ("6", T("Codes", "Amnesic syndrome")),
    ("7", T("Codes", "Residual and late-onset psychotic disorder")),
    ("8", T("Codes", "Other mental and behavioural disorders")),
    ("9", T("Codes", "Unspecified mental and behavioural disorder")),
)
_ICD = re.compile(r"F1[0-9]\.[0-9]")
MSG_ICD = T("Errors", "{value} is not a diagnosis code of the form F10.0 to F19.9.")


def check_icd10(code: object) -> str:
    """A substance-use diagnosis F10-F19 with its fourth character, as ``F15.2``.

    Lower case, spaces and a missing dot are forgiven ("f152" gives "F15.2").
    """
    raw = str(code if code is not None else "").strip().upper().replace(" ", "")
    if len(raw) == 4 and "." not in raw:
        raw = f"{raw[:3]}.{raw[3]}"
    if not _ICD.fullmatch(raw):
        raise ValidationError(MSG_ICD, field=F_DIAGNOSIS, value=str(code)[:20])
    return raw


def diagnosis_label(code: str) -> tuple[str, str]:
    """The (substance, state) labels of a valid code, both marked in context "Codes"."""
    code = check_icd10(code)
    return dict(DIAGNOSIS_SUBSTANCES)[code[:3]], dict(DIAGNOSIS_STATES)[code[4]]
