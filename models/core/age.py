"""One age for a person everywhere: the tallies, the minor rule and the screens.

Completed years as :func:`dateutil.relativedelta.relativedelta` counts them: someone born on
29 February turns a year older on 28 February in a common year. The tally's SQL
(:meth:`models.tallies.tally.SqlDialect.age`) computes exactly this, and tests hold them together.
"""
from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

ADULT_AGE = 18  # Indonesian law (UU 35/2014): under 18 is a child


def age_on(born: dt.date | None, on: dt.date) -> int | None:
    """Completed years from ``born`` to ``on``; None when the birth date is unknown or later."""
    if born is None or born > on:
        return None
    return relativedelta(on, born).years


def is_minor(born: dt.date | None, on: dt.date) -> bool:
    """Under 18 on ``on`` (an unknown birth date is not taken for a minor)."""
    age = age_on(born, on)
    return age is not None and age < ADULT_AGE
