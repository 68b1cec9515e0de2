"""Annual targets a facility reports its achievement against."""
from __future__ import annotations

from peewee import AutoField, CharField, IntegerField

from models.db import BaseModel


class AnnualTarget(BaseModel):
    """The facility's target for one indicator in one year (e.g. 100 outpatient clients)."""

    id = AutoField()
    year = IntegerField()
    indicator = CharField(max_length=64)
    target = IntegerField()

    class Meta:
        indexes = ((("year", "indicator"), True),)
