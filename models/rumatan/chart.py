"""One client's rumatan history for the dose chart on the record: the ordered daily dose,
each dose given, and the missed days, day by day (the view is audited)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.db.connection import write_transaction
from models.people.flags import require_open
from models.rumatan.rules import Span, _as_date, _covers
from models.rumatan.tables import REGULAR, Absence, Dose, DoseOrder
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff


@dataclass(frozen=True)
class ChartDay:
    """One day of the chart: what was ordered, what was given, and how."""

    day: dt.date
    ordered_ug: int
    given_ug: int          # all doses of the day (regular, split, replacement)
    kind: str              # "observed", "take_home", "missed", "absent" or "" (no order)


def has_orders(person_id: int) -> bool:
    return DoseOrder.select().where(DoseOrder.person == person_id).exists()


def dose_chart(actor: Staff, person_id: int, until: dt.date | None = None,
               days: int = 365) -> list[ChartDay]:
    """The last ``days`` days up to ``until`` (today) since the first order."""
    require(actor, Area.DISPENSING, Action.VIEW)
    require_open(actor, person_id)
    until = until or dt.date.today()
    orders = list(DoseOrder.select(DoseOrder.start_on, DoseOrder.end_on, DoseOrder.daily_ug)
                  .where(DoseOrder.person == person_id)
                  .order_by(DoseOrder.start_on, DoseOrder.id).tuples())
    with write_transaction():
        audit.record(actor, "rumatan.chart_view", "person", person_id, person_id=person_id)
    if not orders:
        return []
    first = max(_as_date(orders[0][0]), until - dt.timedelta(days=days - 1))
    given: dict[dt.date, int] = {}
    kinds: dict[dt.date, str] = {}
    for day, slot, kind, amount in (Dose.select(Dose.day, Dose.slot, Dose.kind, Dose.amount_ug)
                                    .where(Dose.person == person_id, Dose.day >= first,
                                           Dose.day <= until).tuples()):
        day = _as_date(day)
        given[day] = given.get(day, 0) + int(amount)
        if slot == REGULAR:
            kinds[day] = kind
    absences: list[Span] = [(_as_date(a), _as_date(b) if b else None) for a, b in
                            Absence.select(Absence.from_on, Absence.until_on)
                            .where(Absence.person == person_id).tuples()]
    out = []
    day = first
    while day <= until:
        ordered = 0
        for start, end, daily in orders:  # the newest order covering the day wins
            start = _as_date(start)
            end = _as_date(end) if end else None
            if start <= day and (end is None or day <= end):
                ordered = int(daily)
        if day in kinds:
            kind = kinds[day]
        elif not ordered:
            kind = ""
        elif _covers(absences, day):
            kind = "absent"
        else:
            kind = "missed" if day < until else ""
        out.append(ChartDay(day, ordered, given.get(day, 0), kind))
        day += dt.timedelta(days=1)
    return out
