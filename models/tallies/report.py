"""The monthly report: a month's tally, the year to date, annual targets and a twelve-month trend.

:class:`MonthReport` is what a closed month freezes (:mod:`models.tallies.close`) and what
every export of the month renders (:mod:`models.tallies.export`): all its numbers are in it, so
a report rebuilt from a stored snapshot shows exactly the numbers it showed when closed.
"""
from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from models.tallies.achievement import achievement_percent, targets_for
from models.tallies.tally import Period, SqlDialect, Tally, compute_tally, fetch_rows

#: Indicators drawn month by month in the trend: id -> (table, date column).
TREND_SERIES: dict[str, tuple[str, str]] = {
    "new_clients": ("episode", "admitted_on"),
    "reports_received": ("episode", "reported_on"),
    "discharges": ("discharge", "discharged_on"),
}
TREND_MONTHS = 12


@dataclass(frozen=True)
class ClosedInfo:
    """Who closed the month, when, under which definitions, and the snapshot's checksum."""

    closed_at: dt.datetime
    closed_by: str
    checksum: str
    definitions_version: int


@dataclass(frozen=True)
class MonthReport:
    """Everything a monthly report shows, as plain frozen data.

    Attributes:
        year, month: the month reported.
        month_tally: the tally of the month.
        ytd_tally: the tally of 1 January to the end of the month.
        targets: indicator id -> annual target of the year (only indicators with one).
        trend_months: the twelve months of the trend, ``YYYY-MM``, oldest first, ending
            with the month reported.
        trend: indicator id -> its total in each of those months.
        closed: set when the report comes from a closed month's snapshot.
    """

    year: int
    month: int
    month_tally: Tally
    ytd_tally: Tally
    targets: Mapping[str, int]
    trend_months: tuple[str, ...]
    trend: Mapping[str, tuple[int, ...]]
    closed: ClosedInfo | None = None

    def achievement(self, indicator: str) -> float | None:
        """Year to date against the annual target, in percent (None without a target)."""
        target = self.targets.get(indicator)
        if target is None:
            return None
        return achievement_percent(self.ytd_tally.value(indicator), target)

    def to_json(self) -> dict[str, Any]:
        """The numbers as JSON-ready data (what a closed month stores)."""
        return {"year": self.year, "month": self.month,
                "month_tally": self.month_tally.to_json(), "ytd_tally": self.ytd_tally.to_json(),
                "targets": dict(self.targets), "trend_months": list(self.trend_months),
                "trend": {k: list(v) for k, v in self.trend.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any], closed: ClosedInfo | None = None
                  ) -> MonthReport:
        return cls(int(data["year"]), int(data["month"]), Tally.from_json(data["month_tally"]),
                   Tally.from_json(data["ytd_tally"]),
                   types.MappingProxyType({k: int(v) for k, v in data["targets"].items()}),
                   tuple(data["trend_months"]),
                   types.MappingProxyType({k: tuple(int(x) for x in v)
                                           for k, v in data["trend"].items()}), closed)


def compute_month_report(year: int, month: int) -> MonthReport:
    """The live report of a month, counted now (no rights: callers check them)."""
    period = Period.month(year, month)
    months, trend = compute_trend(period.end)
    return MonthReport(year, month, compute_tally(period),
                       compute_tally(Period.year_to_date(year, month)),
                       types.MappingProxyType(targets_for(year)), months,
                       types.MappingProxyType(trend))


def compute_trend(last_day: dt.date) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """Monthly totals of the trend indicators over the twelve months ending at ``last_day``
    (the last day of a month), counted by the same rules as the tally."""
    q = SqlDialect()
    first = last_day.replace(day=1) - relativedelta(months=TREND_MONTHS - 1)
    months = tuple(f"{first + relativedelta(months=k):%Y-%m}" for k in range(TREND_MONTHS))
    trend = {}
    for indicator, (table, column) in TREND_SERIES.items():
        month_key = q.month_key(column)
        found = dict(fetch_rows(f"SELECT month, COUNT(*) FROM (SELECT {month_key} AS month "
                                f"FROM {table} WHERE {column} >= {q.day(first)} "
                                f"AND {column} <= {q.day(last_day)}) x GROUP BY month"))
        trend[indicator] = tuple(int(found.get(m, 0)) for m in months)
    return months, trend
