"""Test helper: the age the tally's SQL gives (models/tallies/tally.py), for comparing it with
what relativedelta and the minor rule (models/core/age.py) say."""
from __future__ import annotations

import datetime as dt

from models.tallies.tally import SqlDialect, fetch_rows


def age_in_sql(birth: dt.date, ref: dt.date) -> int:
    """Completed years from ``birth`` to ``ref``, counted by the bound database with the very
    expression the tally groups its age bands by."""
    q = SqlDialect()
    return fetch_rows(f"SELECT {q.age(q.day(birth), q.day(ref))}")[0][0]
