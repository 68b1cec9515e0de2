"""The doctor's own physical examination: vital signs, a finding per body system and the
overall finding, recorded and signed by the doctor alone (an assessment of kind
"physical", under the lab right; see :mod:`models.care.assessment`).

The same examination serves the ASI-based assessment (its physical section is filled from
the doctor's signed exam of the episode) and the SKHPN examination, which records the
vitals it prints (``TD``, ``Nadi``: short texts) beside the overall finding.

Answer keys: ``blood_pressure`` ("120/80"), ``pulse``, ``respiration`` (per minute),
``temperature`` (degrees C, one decimal), ``weight`` (kg), ``height`` (cm), ``systems``
(``{system: {"state": "normal"|"abnormal", "finding": text}}``) and ``finding``. A full
examination (one with ``systems``) is complete when the four vital signs, every body
system and the overall finding are given; an abnormal system needs its finding.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from models.care.scoring import MSG_NOT_FORM, MSG_UNKNOWN_ITEM, Evaluation
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

F_PHYSICAL = T("Codes", "Physical examination")
F_BP = T("Codes", "Blood pressure (mmHg)")
F_PULSE = T("Codes", "Pulse (per minute)")
F_RESPIRATION = T("Codes", "Respiration (per minute)")
F_TEMPERATURE = T("Codes", "Temperature (\u00b0C)")
F_WEIGHT = T("Codes", "Body weight (kg)")
F_HEIGHT = T("Codes", "Height (cm)")
F_FINDING = T("Codes", "Overall finding")
BODY_SYSTEMS: tuple[tuple[str, str], ...] = (
    ("general", T("Codes", "General condition")),
    ("head_neck", T("Codes", "Head and neck")),
    ("heart_lungs", T("Codes", "Heart and lungs")),
    ("abdomen", T("Codes", "Abdomen")),
    ("extremities", T("Codes", "Extremities")),
    ("skin", T("Codes", "Skin (injection marks, scars)")),
    ("neurological", T("Codes", "Neurological")),
)
FINDINGS: tuple[tuple[str, str], ...] = (("normal", T("Codes", "Normal")),
                                         ("abnormal", T("Codes", "Abnormal")))
#: Whole-number vital signs and their plausible range.
RANGES: dict[str, tuple[str, int, int]] = {
    "pulse": (F_PULSE, 20, 250), "respiration": (F_RESPIRATION, 4, 80),
    "weight": (F_WEIGHT, 1, 300), "height": (F_HEIGHT, 30, 250)}
REQUIRED_VITALS = (("blood_pressure", F_BP), ("pulse", F_PULSE),
                   ("respiration", F_RESPIRATION), ("temperature", F_TEMPERATURE))
#: The vitals an SKHPN examination prints, kept as the doctor wrote them.
SKHPN_VITALS = ("TD", "Nadi")
TEXT_LIMIT = 500

MSG_BP = T("Errors", "{field}: write systolic/diastolic, for example 120/80.")
MSG_TEMPERATURE = T("Errors", "{field}: write a temperature from 30 to 45, for example 36.8.")
MSG_RANGE = T("Errors", "{field} must be a whole number from {low} to {high}.")
MSG_STATE = T("Errors", "{field}: choose normal or abnormal.")
MSG_TOO_LONG = T("Errors", "{field} is longer than {limit} characters.")
MSG_ABNORMAL = T("Errors", "{field} is abnormal: describe the finding.")
_BP = re.compile(r"^(\d{2,3})/(\d{2,3})$")


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(MSG_NOT_FORM, field=field)
    if len(value) > TEXT_LIMIT:
        raise ValidationError(MSG_TOO_LONG, field=field, limit=TEXT_LIMIT)
    return value.strip()


def _check_vital(key: str, value: Any) -> None:
    if key == "blood_pressure":
        match = _BP.match(str(value)) if isinstance(value, str) else None
        if match is None or not (40 <= int(match.group(1)) <= 300
                                 and 20 <= int(match.group(2)) <= 200):
            raise ValidationError(MSG_BP, field=F_BP)
    elif key == "temperature":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
                30 <= value <= 45):
            raise ValidationError(MSG_TEMPERATURE, field=F_TEMPERATURE)
    else:
        field, low, high = RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(MSG_RANGE, field=field, low=low, high=high)


def evaluate_physical(answers: Mapping[str, Any]) -> Evaluation:
    """Check an examination's answers; ``missing`` names what a full one still lacks."""
    if not isinstance(answers, Mapping):
        raise ValidationError(MSG_NOT_FORM, field=F_PHYSICAL)
    missing: list[str] = []
    for key, value in answers.items():
        if key in RANGES or key in ("blood_pressure", "temperature"):
            if value is not None:
                _check_vital(key, value)
        elif key == "finding" or key in SKHPN_VITALS:
            _text(value, F_FINDING)
        elif key != "systems":
            raise ValidationError(MSG_UNKNOWN_ITEM, item=str(key)[:40])
    systems = answers.get("systems")
    if systems is not None and not isinstance(systems, Mapping):
        raise ValidationError(MSG_NOT_FORM, field=F_PHYSICAL)
    names = dict(BODY_SYSTEMS)
    for code, entry in (systems or {}).items():
        if code not in names or not isinstance(entry, Mapping):
            raise ValidationError(MSG_UNKNOWN_ITEM, item=str(code)[:40])
        state, finding = entry.get("state") or "", _text(entry.get("finding") or "", names[code])
        if state not in ("", "normal", "abnormal"):
            raise ValidationError(MSG_STATE, field=names[code])
        if state == "abnormal" and not finding:
            raise ValidationError(MSG_ABNORMAL, field=names[code])
    if systems is not None:  # the doctor's full examination form
        missing += [key for key, _label in REQUIRED_VITALS if answers.get(key) is None]
        missing += [code for code, _label in BODY_SYSTEMS
                    if not (systems.get(code) or {}).get("state")]
    if not str(answers.get("finding") or "").strip():
        missing.append("finding")
    return Evaluation(not missing, tuple(missing), None, "", ())


def missing_label(item: str) -> str:
    """The untranslated label of an item :func:`evaluate_physical` reports missing."""
    return dict(REQUIRED_VITALS).get(item) or dict(BODY_SYSTEMS).get(item) or (
        F_FINDING if item == "finding" else item)
