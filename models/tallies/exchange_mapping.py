"""The mapping from Pulih's indicators to the codes of a national system (DHIS2, ADX).

A mapping is a small JSON document an admin can replace (a province plugs in the codes its
DHIS2 uses); Pulih's own codes are the default. Format (``docs/exchange-mapping.md``)::

    {"format": "pulih-exchange-mapping/1",
     "version": "pulih-1",              # any short name; printed in every export
     "data_set": "PULIH_MONTHLY",       # DHIS2 dataSet / ADX group dataSet code
     "org_unit": "{facility}",          # the facility code, or a fixed code
     "org_units": {"BNNK-JU": "a1B2c3D4e5F"},  # optional: facility code -> org unit
     "default_coc": "default",          # category option combo of a total
     "indicators": {
        "new_clients": {
           "total": "PULIH_NEW_CLIENTS",          # data element of the total (or null)
           "breakdown": "PULIH_NEW_CLIENTS_BY",   # data element of the breakdown (or null)
           "category": "PULIH_SEX_AGE",           # ADX attribute naming the breakdown
           "options": {"L:15": "PULIH_L_15"},     # breakdown key -> category option combo
           "option_pattern": "PULIH_{key}"}}}     # codes of keys not listed (optional)

An indicator left out of ``indicators`` is not exported. A non-zero breakdown value whose
key has neither an option nor a pattern refuses the export (and names the key) rather than
leaving it out silently. Codes are NCName-like (letters, digits, ``_ - .``, not starting
with a digit) so they are valid both as DHIS2 codes and as ADX attribute names.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, TextField

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.indicators import BREAKDOWNS, BY_ID, INDICATORS
from models.tallies.tally import TOTAL, Tally

T = QT_TRANSLATE_NOOP
FORMAT = "pulih-exchange-mapping/1"
DEFAULT_VERSION = "pulih-1"
F_MAPPING = T("Exchange", "Mapping file")
MSG_BAD = T("Errors", "The mapping file cannot be used: {detail} (at {where}). Nothing was "
            "changed.")
#: What is wrong with a mapping file (context "Codes": error_text translates the value).
D_CODE = T("Codes", "not a code (letters, digits, _ - ., at most 50, not starting with a digit)")
D_SIZE = T("Codes", "larger than 1 MB")
D_JSON = T("Codes", "not JSON text")
D_FORMAT = T("Codes", "the format is not pulih-exchange-mapping/1")
D_VERSION = T("Codes", "the version is missing or not a short name (letters, digits, _ - .)")
D_OBJECT = T("Codes", "not an object")
D_NO_INDICATORS = T("Codes", "no indicators")
D_UNKNOWN_INDICATOR = T("Codes", "an indicator Pulih does not have")
D_UNKNOWN_FIELD = T("Codes", "a field the format does not have")
D_NO_BREAKDOWN = T("Codes", "the indicator has no breakdown")
D_TWICE = T("Codes", "a code already used for another number")
MSG_UNMAPPED = T("Errors", "The mapping {version} has no code for \"{key}\" of {indicator}, "
                 "which has a value this month. Add it to the mapping (or an option_pattern) "
                 "and export again.")
MAX_BYTES = 1_000_000
_CODE = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,49}")
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_]")


class ExchangeMapping(BaseModel):
    """Each mapping an admin loaded, newest in force; ``content`` NULL means Pulih's own."""

    id = AutoField()
    version = CharField(max_length=40)
    content = TextField(null=True)
    checksum = CharField(max_length=64)
    loaded_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    loaded_at = DateTimeField()


@dataclass(frozen=True)
class CodeMap:
    """A validated mapping (see the module's docstring)."""

    version: str
    data_set: str
    org_unit: str
    org_units: Mapping[str, str]
    default_coc: str
    indicators: Mapping[str, Mapping[str, Any]]
    text: str  # the JSON as loaded (what a package carries)

    def org_unit_of(self, facility_code: str) -> str:
        if facility_code in self.org_units:
            return self.org_units[facility_code]
        return self.org_unit.replace("{facility}", facility_code)

    def option_of(self, indicator: str, key: str) -> str | None:
        spec = self.indicators[indicator]
        if key in spec.get("options", {}):
            return spec["options"][key]
        pattern = spec.get("option_pattern")
        return pattern.replace("{key}", _SAFE_KEY.sub("_", key)) if pattern else None


def default_mapping_dict() -> dict[str, Any]:
    """Pulih's own codes: PULIH_<INDICATOR> for totals, PULIH_<INDICATOR>_BY for breakdowns,
    PULIH_<KEY> for breakdown keys."""
    indicators: dict[str, Any] = {}
    for ind in INDICATORS:
        spec: dict[str, Any] = {"total": f"PULIH_{ind.id.upper()}"}
        if ind.breakdown:
            spec.update(breakdown=f"PULIH_{ind.id.upper()}_BY",
                        category=f"PULIH_{ind.breakdown.upper()}",
                        options={code: f"PULIH_{_SAFE_KEY.sub('_', code).upper()}"
                                 for code, _label in BREAKDOWNS[ind.breakdown].codes},
                        option_pattern="PULIH_{key}")
        indicators[ind.id] = spec
    return {"format": FORMAT, "version": DEFAULT_VERSION, "data_set": "PULIH_MONTHLY",
            "org_unit": "{facility}", "org_units": {}, "default_coc": "default",
            "indicators": indicators}


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_CODE,
                              where=f"{where} = {str(value)[:60]!r}")
    return value


def parse_mapping(text: str) -> CodeMap:
    """Validate a mapping's JSON text; a ValidationError names the first fault."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_SIZE, where="-")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:  # what json.loads raises for text that is no JSON
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_JSON,
                              where=f"{exc.lineno}:{exc.colno}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_FORMAT, where="format")
    version = data.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"[A-Za-z0-9_.\-]{1,40}", version):
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_VERSION, where="version")
    data_set = _code(data.get("data_set"), "data_set")
    org_unit = data.get("org_unit", "{facility}")
    if org_unit != "{facility}":
        _code(org_unit, "org_unit")
    org_units = data.get("org_units", {}) or {}
    if not isinstance(org_units, dict):
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_OBJECT, where="org_units")
    for key, value in org_units.items():
        _code(value, f"org_units.{key}")
    default_coc = _code(data.get("default_coc", "default"), "default_coc")
    indicators = data.get("indicators")
    if not isinstance(indicators, dict) or not indicators:
        raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_NO_INDICATORS, where="indicators")
    seen: dict[tuple[str, str], str] = {}
    for ind_id, spec in indicators.items():
        if ind_id not in BY_ID:
            raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_UNKNOWN_INDICATOR,
                                  where=f"indicators.{ind_id}")
        if not isinstance(spec, dict):
            raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_OBJECT,
                                  where=f"indicators.{ind_id}")
        unknown = set(spec) - {"total", "breakdown", "category", "options", "option_pattern"}
        if unknown:
            raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_UNKNOWN_FIELD,
                                  where=f"indicators.{ind_id}.{sorted(unknown)[0]}")
        pairs = []
        if spec.get("total") is not None:
            pairs.append((_code(spec["total"], f"{ind_id}.total"), default_coc))
        if spec.get("breakdown") is not None:
            if not BY_ID[ind_id].breakdown:
                raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_NO_BREAKDOWN,
                                      where=f"indicators.{ind_id}.breakdown")
            element = _code(spec["breakdown"], f"{ind_id}.breakdown")
            _code(spec.get("category"), f"{ind_id}.category")
            options = spec.get("options", {}) or {}
            if not isinstance(options, dict):
                raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_OBJECT,
                                      where=f"indicators.{ind_id}.options")
            pairs += [(element, _code(c, f"{ind_id}.options.{k}")) for k, c in options.items()]
            pattern = spec.get("option_pattern")
            if pattern is not None:
                _code(pattern.replace("{key}", "K"), f"{ind_id}.option_pattern")
        for pair in pairs:  # two numbers under one code would be added up or overwritten
            if pair in seen:
                raise ValidationError(MSG_BAD, field=F_MAPPING, detail=D_TWICE,
                                      where=f"indicators.{ind_id}: {pair[0]}/{pair[1]}, "
                                            f"indicators.{seen[pair]}")
            seen[pair] = ind_id
    return CodeMap(version, data_set, org_unit, dict(org_units), default_coc,
                    {k: dict(v) for k, v in indicators.items()}, text)


def default_mapping() -> CodeMap:
    return parse_mapping(json.dumps(default_mapping_dict(), indent=1, sort_keys=True))


def current_mapping() -> CodeMap:
    """The mapping in force: the newest loaded, else Pulih's own."""
    row = ExchangeMapping.select().order_by(ExchangeMapping.id.desc()).first()
    if row is None or row.content is None:
        return default_mapping()
    return parse_mapping(row.content)


def load_mapping(actor: Staff, text: str | None, now: dt.datetime | None = None) -> CodeMap:
    """Put a mapping in force (admin); ``None`` goes back to Pulih's own. Audited."""
    require(actor, Area.ADMIN, Action.CORRECT)
    mapping = default_mapping() if text is None else parse_mapping(text)
    digest = hashlib.sha256(mapping.text.encode("utf-8")).hexdigest()
    with write_transaction():
        row = ExchangeMapping.create(version=mapping.version, content=text, checksum=digest,
                                     loaded_by=actor.id,
                                     loaded_at=(now or dt.datetime.now()).replace(microsecond=0))
        audit.record(actor, "exchange.mapping", "exchange_mapping", row.id,
                     version=mapping.version, checksum=digest, default=text is None)
    return mapping


@dataclass(frozen=True)
class DataValue:
    """One number in national-system terms."""

    data_element: str
    category_option_combo: str
    value: int
    indicator: str
    key: str  # the Pulih breakdown key ("" for a total)
    category: str = ""  # ADX attribute name of a breakdown value


def data_values(tally: Tally, mapping: CodeMap) -> list[DataValue]:
    """The month's numbers as data values, in the indicators' order; zeros of breakdowns are
    left out (DHIS2 stores no zero by default), totals always go."""
    out: list[DataValue] = []
    for ind in INDICATORS:
        spec = mapping.indicators.get(ind.id)
        if spec is None or ind.id not in tally.values:
            continue
        if spec.get("total"):
            out.append(DataValue(spec["total"], mapping.default_coc, tally.value(ind.id),
                                 ind.id, TOTAL))
        if not spec.get("breakdown"):
            continue
        for key, n in tally.values[ind.id].items():
            if key == TOTAL or n == 0:
                continue
            option = mapping.option_of(ind.id, key)
            if option is None:
                raise ValidationError(MSG_UNMAPPED, field=F_MAPPING, version=mapping.version,
                                      key=key, indicator=ind.id)
            out.append(DataValue(spec["breakdown"], option, n, ind.id, key, spec["category"]))
    return out
