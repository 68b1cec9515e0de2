"""The rules each facility setting must meet, applied on every way a setting is written.

:func:`models.admin.facility_admin.set_setting` (the Admin screen, commands and imports all go
through it) checks the declared type and range, then the setting's own rule here, so a value
that would later break document numbers, the monthly tally or the intake lists is refused when
it is typed, at its own field, instead of failing far from where it was set.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.facility.facility import SettingSpec

MSG_LIST_ITEMS = QT_TRANSLATE_NOOP(
    "Errors", "{field}: write each item once, in words of at most {limit} characters, separated "
    "by commas.")
MSG_LIST_EMPTY = QT_TRANSLATE_NOOP("Errors", "{field} needs at least one item.")


def _number_format(value: Any) -> Any:
    from models.documents.numbering import check_template
    return check_template(value)


def _age_bands(value: Any) -> Any:
    from models.tallies.age_bands import clean_edges
    return list(clean_edges(value))


def _word_list(limit: int, required: bool) -> Callable[[Any], Any]:
    def clean(value: Any) -> Any:
        items = []
        for item in value:
            if not isinstance(item, str):
                raise ValidationError(MSG_LIST_ITEMS, field="", limit=limit)
            text = v.text(item, "", limit=limit).strip()
            if not text or text in items:
                raise ValidationError(MSG_LIST_ITEMS, field="", limit=limit)
            items.append(text)
        if required and not items:
            raise ValidationError(MSG_LIST_EMPTY, field="")
        return items
    return clean


def _verification_address(value: Any) -> Any:
    from models.core.verification_address import clean_address
    return clean_address(value)


RULES: dict[str, Callable[[Any], Any]] = {
    "number_format": _number_format,
    "age_bands": _age_bands,
    "funding_sources": _word_list(32, required=True),
    "urine_extra_parameters": _word_list(40, required=False),
    "verification_address": _verification_address,
}


def clean_setting(spec: SettingSpec, value: Any) -> Any:
    """``value`` checked by the setting's own rule; a refusal names the setting's field."""
    rule = RULES.get(spec.key)
    if rule is None:
        return value
    try:
        return rule(value)
    except ValidationError as exc:
        params = {k: val for k, val in exc.params.items() if k != "field"}
        raise ValidationError(exc.text, field=spec.description, **params) from None
