"""The missed-dose rule of rumatan, as plain functions over dates.

A day is *missed* when an order covered it, the client was not in hospital, detained or away
(an absence), and no regular dose (observed or taken home) is written for it. After the
facility's setting ``rumatan_missed_days`` consecutive missed days, the next dose waits for
a doctor's review: the count starts again after the last regular dose or the last review,
whichever is later.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.rumatan.tables import REGULAR, Absence, Dose, DoseOrder, DoseReview

Span = tuple[dt.date, dt.date | None]
#: Days looked back at most; a longer gap only needs to be known as "at least this".
LOOK_BACK = 400
MSG_HOLD = T(
    "Errors", "{name} has missed {days} days in a row (the rule: after {limit} missed days "
    "the next dose waits for a doctor's review). Ask the doctor to review the client "
    "before giving a dose.")


def _covers(spans: Sequence[Span], day: dt.date) -> bool:
    return any(start <= day and (end is None or day <= end) for start, end in spans)


def count_missed(day: dt.date, last_event: dt.date | None, orders: Sequence[Span],
                 absences: Sequence[Span]) -> int:
    """Consecutive missed days just before ``day`` (``day`` itself is not counted).

    ``last_event``: the later of the last regular dose before ``day`` and the last review
    on or before it (None: neither). ``orders`` and ``absences`` are (first, last) days.
    """
    starts = [s for s, _e in orders if s < day]
    if not starts:
        return 0
    first = min(starts)
    if last_event is not None:
        first = max(first, last_event + dt.timedelta(days=1))
    first = max(first, day - dt.timedelta(days=LOOK_BACK))
    missed = 0
    current = first
    while current < day:
        if _covers(orders, current) and not _covers(absences, current):
            missed += 1
        current += dt.timedelta(days=1)
    return missed


@dataclass(frozen=True)
class MissedState:
    """How many days a client has missed before a day, and whether the next dose waits."""

    missed: int
    limit: int

    @property
    def held(self) -> bool:
        return self.missed >= self.limit


def missed_states(person_ids: Iterable[int], day: dt.date, limit: int
                  ) -> dict[int, MissedState]:
    """The missed-dose state of many clients on ``day``, in four queries."""
    ids = list(person_ids)
    if not ids:
        return {}
    last: dict[int, dt.date] = {}
    for pid, d in (Dose.select(Dose.person, peewee.fn.MAX(Dose.day))
                   .where(Dose.person.in_(ids), Dose.slot == REGULAR, Dose.day < day)
                   .group_by(Dose.person).tuples()):
        last[pid] = _as_date(d)
    for pid, d in (DoseReview.select(DoseReview.person, peewee.fn.MAX(DoseReview.reviewed_on))
                   .where(DoseReview.person.in_(ids), DoseReview.reviewed_on <= day)
                   .group_by(DoseReview.person).tuples()):
        d = _as_date(d)
        if pid not in last or d > last[pid]:
            last[pid] = d
    orders: dict[int, list[Span]] = defaultdict(list)
    for pid, start, end in (DoseOrder.select(DoseOrder.person, DoseOrder.start_on,
                                             DoseOrder.end_on)
                            .where(DoseOrder.person.in_(ids), DoseOrder.start_on < day)
                            .tuples()):
        if end is None or end >= start:
            orders[pid].append((_as_date(start), _as_date(end) if end else None))
    absences: dict[int, list[Span]] = defaultdict(list)
    for pid, start, end in (Absence.select(Absence.person, Absence.from_on, Absence.until_on)
                            .where(Absence.person.in_(ids), Absence.from_on < day).tuples()):
        absences[pid].append((_as_date(start), _as_date(end) if end else None))
    return {pid: MissedState(count_missed(day, last.get(pid), orders.get(pid, []),
                                          absences.get(pid, [])), limit) for pid in ids}


def _as_date(value: object) -> dt.date:
    """SQLite hands back aggregate dates as text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
