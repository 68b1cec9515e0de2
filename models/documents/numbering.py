"""Document numbers from a per-facility template: one sequence per document kind per year.

A template is a Python format string over ``{kind}``, ``{seq}`` (e.g. ``{seq:04d}``),
``{month_roman}``, ``{month}``, ``{year}`` and ``{facility}``; for example
``{kind}/{seq:04d}/{month_roman}/{year}/{facility}`` gives ``SKHPN/0123/VII/2025/BNNK-JU`` and
``R/{seq}/{month_roman}/Ka/Rh.00.00/{year}/{facility}`` gives
``R/41/VIII/Ka/Rh.00.00/2019/BNNP-NTB``.
The facility's general template is the ``number_format`` setting; a kind may have its own.
Numbers come from :func:`models.facility.sequence.next_value`, so two desks never share one.
"""
from __future__ import annotations

import datetime as dt
import string

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.db.connection import BaseModel, write_transaction
from models.facility.facility import get_setting
from models.facility.sequence import next_value
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
FIELDS = ("kind", "seq", "month_roman", "month", "year", "facility")
NUMBER_LIMIT = 64  # Document.number

F_TEMPLATE = T("Codes", "Number template")
MSG_TEMPLATE = T("Errors", "The number template {template} is not valid: {detail}.")
MSG_NEEDS = T("Errors", "A number template must contain {{seq}} and {{year}}, e.g. "
              "{{kind}}/{{seq:04d}}/{{month_roman}}/{{year}}/{{facility}}.")
MSG_NUMBER_USED = T("Errors", "The number {number} was issued before. Change the number "
                    "template so that each kind's numbers differ.")


class NumberTemplate(BaseModel):
    """A kind's own number template, overriding the ``number_format`` setting."""

    id = AutoField()
    kind = CharField(max_length=8, unique=True)
    template = CharField(max_length=120)
    updated_at = DateTimeField(default=dt.datetime.now)
    updated_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")


def format_number(template: str, kind: str, seq: int, on: dt.date, facility: str) -> str:
    """The number ``seq`` of ``kind`` issued on ``on``."""
    return template.format(kind=kind, seq=seq, month_roman=ROMAN[on.month], month=on.month,
                           year=on.year, facility=facility)


def check_template(template: str) -> str:
    """The template, if it is valid; else a :class:`ValidationError`.

    It must hold ``{seq}`` and ``{year}`` (one sequence per year: without the year, numbers
    of two years would repeat), only known fields, and no ``|`` or line break (the number is
    a field of the signed QR text).
    """
    template = (template or "").strip()
    if not template or len(template) > 120 or any(ch in template for ch in "|\r\n\t"):
        raise ValidationError(MSG_TEMPLATE, field=F_TEMPLATE, template=template[:40],
                              detail="|")
    try:
        names = {name.split(".")[0].split("[")[0]
                 for _text, name, _spec, _conv in string.Formatter().parse(template)
                 if name is not None}
        sample = format_number(template, "SKHPN", 12345, dt.date(2025, 12, 31), "BNNK-XX")
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
        raise ValidationError(MSG_TEMPLATE, field=F_TEMPLATE, template=template[:40],
                              detail=str(exc)[:80]) from None
    unknown = names - set(FIELDS)
    if unknown:
        raise ValidationError(MSG_TEMPLATE, field=F_TEMPLATE, template=template[:40],
                              detail=", ".join(sorted(unknown)))
    if not {"seq", "year"} <= names:
        raise ValidationError(MSG_NEEDS, field=F_TEMPLATE)
    if len(sample) > NUMBER_LIMIT:
        raise ValidationError(MSG_TEMPLATE, field=F_TEMPLATE, template=template[:40],
                              detail=f"> {NUMBER_LIMIT}")
    return template


def template_for(kind: str) -> str:
    """The template a kind's numbers are made with now."""
    own = NumberTemplate.select(NumberTemplate.template).where(
        NumberTemplate.kind == kind).scalar()
    return own or str(get_setting("number_format"))


def set_number_template(actor: Staff, kind: str, template: str | None) -> None:
    """Give ``kind`` its own template, or (``template`` None) return it to the general one."""
    require(actor, Area.ADMIN, Action.CORRECT)
    from models.core import validation as v
    from models.documents.document import DOCUMENT_KINDS
    kind = v.choice(kind, F_TEMPLATE, DOCUMENT_KINDS)
    with write_transaction():
        if template is None:
            NumberTemplate.delete().where(NumberTemplate.kind == kind).execute()
        else:
            template = check_template(template)
            (NumberTemplate.insert(kind=kind, template=template, updated_at=dt.datetime.now(),
                                   updated_by=actor.id)
             .on_conflict(conflict_target=[NumberTemplate.kind],
                          update={NumberTemplate.template: template,
                                  NumberTemplate.updated_at: dt.datetime.now(),
                                  NumberTemplate.updated_by: actor.id})
             .execute())
        audit.record(actor, "number_template.set", "number_template", None, kind=kind,
                     template=template)


def allocate_number(kind: str, on: dt.date, facility: str) -> tuple[str, int]:
    """Take the next number of ``kind`` for ``on``'s year: ``(number, seq)``.

    Call inside the write transaction that stores the document, so a failure gives the
    number back. Raises :class:`ValidationError` when the template makes a number that an
    earlier document already has (a template changed mid-year to collide).
    """
    from models.documents.document import Document
    seq = next_value(kind, on.year)
    number = format_number(check_template(template_for(kind)), kind, seq, on, facility)
    if Document.select().where(Document.number == number).exists():
        raise ValidationError(MSG_NUMBER_USED, field=F_TEMPLATE, number=number)
    return number, seq
