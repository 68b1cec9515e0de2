"""The monthly PTRM summary: active, new and stopped clients, average dose, doses given,
missed days, take-home doses, and retention at 6 and 12 months, with written definitions.

These definitions belong to tally definitions version 2 (:data:`models.tallies.indicators.
DEFINITIONS_VERSION`); the summary carries the version it was counted under. The counts
are made over the rows of one month; tests recount them in plain Python.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from peewee import fn

from models.core.errors import QT_TRANSLATE_NOOP
from models.db.connection import write_transaction
from models.rumatan.rules import Span, _as_date, _covers
from models.rumatan.tables import OBSERVED, REGULAR, TAKE_HOME, Absence, Dose, DoseOrder
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.indicators import DEFINITIONS_VERSION

C = "Indicators"
T = QT_TRANSLATE_NOOP
#: (id, label, definition) of each figure, in the order shown and exported.
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("active", T(C, "Active clients"),
     T(C, "Clients with a dose order in force on at least one day of the month.")),
    ("new", T(C, "New clients"),
     T(C, "Clients whose first dose order ever starts in the month.")),
    ("stopped", T(C, "Stopped"),
     T(C, "Clients whose therapy ended in the month: the last day of their last order "
          "falls in the month and no order of theirs is open.")),
    ("average_mg", T(C, "Average dose (mg)"),
     T(C, "The mean of the regular doses given in the month (observed and take-home), in "
          "mg, to one decimal; split and replacement doses are not included.")),
    ("observed", T(C, "Observed doses given"),
     T(C, "Regular doses taken under observation at the window on a day of the month.")),
    ("take_home", T(C, "Take-home doses"),
     T(C, "Take-home doses for a day of the month (counted on the day they are for).")),
    ("missed", T(C, "Missed days"),
     T(C, "Days of the month, up to the day before the count, on which an order was in "
          "force, the client was not in hospital, detained or away, and no regular dose "
          "was given or taken home.")),
    ("cohort_6", T(C, "Started 6 months earlier"),
     T(C, "Clients whose first order started in the month six months before this one.")),
    ("retained_6", T(C, "Of them still in therapy"),
     T(C, "Of those clients, the ones with an order in force on the last day of this month "
          "(or on the day of the count, for a month still running).")),
    ("cohort_12", T(C, "Started 12 months earlier"),
     T(C, "Clients whose first order started in the month twelve months before this one.")),
    ("retained_12", T(C, "Of them still in therapy (12 months)"),
     T(C, "Of those clients, the ones with an order in force on the last day of this month "
          "(or on the day of the count, for a month still running).")),
)


@dataclass(frozen=True)
class PtrmSummary:
    """The figures of one month (``values`` keyed by the ids of :data:`FIGURES`)."""

    year: int
    month: int
    counted_on: dt.date
    definitions_version: int
    values: dict[str, float]

    def retention(self, months: int) -> float | None:
        """Retention in percent at ``months`` (6 or 12); None without a cohort."""
        cohort = self.values[f"cohort_{months}"]
        return None if not cohort else round(100 * self.values[f"retained_{months}"]
                                              / cohort, 1)


def month_summary(actor: Staff, year: int, month: int, today: dt.date | None = None,
                  audit_it: bool = True) -> PtrmSummary:
    """Count the month; ``today`` bounds a month still running."""
    require(actor, Area.REPORT, Action.VIEW)
    today = today or dt.date.today()
    first = dt.date(year, month, 1)
    last = first + relativedelta(months=1) - dt.timedelta(days=1)
    values = count_month(first, last, today)
    if audit_it:
        with write_transaction():
            audit.record(actor, "rumatan.summary_view", "dose_order", None,
                         month=f"{year:04d}-{month:02d}")
    return PtrmSummary(year, month, today, DEFINITIONS_VERSION, values)


#: The files the summary is exported to.
EXPORT_KINDS = ("csv", "xlsx")


def export_summary(actor: Staff, year: int, month: int, kind: str, *,
                   summary: PtrmSummary | None = None,
                   today: dt.date | None = None) -> PtrmSummary:
    """The summary of ``year``-``month`` for an export to ``kind`` (one of
    :data:`EXPORT_KINDS`), recorded in the audit trail as ``rumatan.summary_export``.

    The right is the one viewing the summary needs, checked again in the transaction that
    records the export. ``summary``: the month already counted for the screen (of
    ``year``-``month``), so an export writes the figures the desk saw and does not count the
    month a second time."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown PTRM summary export: {kind!r}")
    if summary is None or (summary.year, summary.month) != (year, month):
        summary = month_summary(actor, year, month, today, audit_it=False)
    with write_transaction():
        require(actor, Area.REPORT, Action.VIEW)
        audit.record(actor, "rumatan.summary_export", "dose_order", None,
                     month=f"{year:04d}-{month:02d}", kind=kind)
    return summary


def count_month(first: dt.date, last: dt.date, today: dt.date) -> dict[str, float]:
    """The figures of the month ``first``..``last`` as counted on ``today``."""
    orders: dict[int, list[Span]] = defaultdict(list)
    for pid, start, end in DoseOrder.select(DoseOrder.person, DoseOrder.start_on,
                                            DoseOrder.end_on).tuples():
        start, end = _as_date(start), _as_date(end) if end else None
        if end is None or end >= start:  # an order replaced before it began never ran
            orders[pid].append((start, end))
    active = [pid for pid, spans in orders.items()
              if any(s <= last and (e is None or e >= first) for s, e in spans)]
    starts = {pid: min(s for s, _e in spans) for pid, spans in orders.items()}
    new = sum(1 for pid in active if first <= starts[pid] <= last)
    stopped = 0
    for spans in orders.values():
        ends = [e for _s, e in spans if e is not None]
        if len(ends) < len(spans):  # an open order: still running
            continue
        if first <= max(ends) <= last:
            stopped += 1
    regular = (Dose.select(Dose.kind, fn.COUNT(Dose.id), fn.SUM(Dose.amount_ug))
               .where(Dose.slot == REGULAR, Dose.day >= first, Dose.day <= last)
               .group_by(Dose.kind).tuples())
    by_kind = {kind: (int(n), int(total or 0)) for kind, n, total in regular}
    observed, observed_ug = by_kind.get(OBSERVED, (0, 0))
    take_home, home_ug = by_kind.get(TAKE_HOME, (0, 0))
    given = observed + take_home
    average = round((observed_ug + home_ug) / given / 1000, 1) if given else 0.0
    dosed: dict[int, set[dt.date]] = defaultdict(set)
    for pid, day in (Dose.select(Dose.person, Dose.day)
                     .where(Dose.slot == REGULAR, Dose.day >= first, Dose.day <= last)
                     .tuples()):
        dosed[pid].add(_as_date(day))
    absences: dict[int, list[Span]] = defaultdict(list)
    for pid, start, end in (Absence.select(Absence.person, Absence.from_on, Absence.until_on)
                            .where(Absence.from_on <= last).tuples()):
        absences[pid].append((_as_date(start), _as_date(end) if end else None))
    until = min(last, today - dt.timedelta(days=1))
    missed = 0
    for pid in active:
        day = first
        while day <= until:
            if (_covers(orders[pid], day) and day not in dosed[pid]
                    and not _covers(absences.get(pid, []), day)):
                missed += 1
            day += dt.timedelta(days=1)
    on_day = min(last, today)
    values: dict[str, float] = {"active": len(active), "new": new, "stopped": stopped,
                                "average_mg": average, "observed": observed,
                                "take_home": take_home, "missed": missed}
    for months in (6, 12):
        cohort_first = first - relativedelta(months=months)
        cohort_last = cohort_first + relativedelta(months=1) - dt.timedelta(days=1)
        cohort = [pid for pid, s in starts.items() if cohort_first <= s <= cohort_last]
        values[f"cohort_{months}"] = len(cohort)
        values[f"retained_{months}"] = sum(1 for pid in cohort
                                           if _covers(orders[pid], on_day))
    return values
