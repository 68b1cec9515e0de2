"""Annual targets a facility reports its achievement against."""
from __future__ import annotations

from peewee import AutoField, CharField, IntegerField

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.db.connection import BaseModel, write_transaction
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_TARGET = T("Codes", "Annual target")
F_YEAR = T("Codes", "Year")
F_INDICATOR = T("Codes", "Indicator")
MSG_SETTING_RANGE = T("Errors", "{field} must be between {low} and {high}.")


class AnnualTarget(BaseModel):
    """The facility's target for one indicator in one year (e.g. 100 outpatient clients)."""

    id = AutoField()
    year = IntegerField()
    indicator = CharField(max_length=64)
    target = IntegerField()

    class Meta:
        indexes = ((("year", "indicator"), True),)


def set_target(actor: Staff, year: int, indicator: str, target: int) -> None:
    """Set the facility's annual target for an indicator (e.g. 100 outpatient clients)."""
    require(actor, Area.REPORT, Action.INPUT)
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(MSG_SETTING_RANGE, field=F_YEAR, low=2000, high=2100)
    indicator = v.text(indicator, F_INDICATOR, limit=64, required=True)
    if not isinstance(target, int) or isinstance(target, bool) or not 0 <= target <= 1_000_000:
        raise ValidationError(MSG_SETTING_RANGE, field=F_TARGET, low=0, high=1_000_000)
    with write_transaction():
        (AnnualTarget.insert(year=year, indicator=indicator, target=target)
         .on_conflict(conflict_target=[AnnualTarget.year, AnnualTarget.indicator],
                      update={AnnualTarget.target: target}).execute())
        audit.record(actor, "target.set", "annual_target", None, year=year,
                     indicator=indicator, target=target)
