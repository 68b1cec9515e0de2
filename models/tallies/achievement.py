"""Annual targets of the tally's indicators and their achievement year to date.

A facility reports against its own targets ("118 outpatient clients against a target of
100": 118.0 percent). Targets are kept in :class:`models.tallies.targets.AnnualTarget`; only the
indicators declared with ``target=True`` in :mod:`models.tallies.indicators` take one.
"""
from __future__ import annotations

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.staff.staff import Staff
from models.tallies import targets
from models.tallies.indicators import target_indicators
from models.tallies.targets import AnnualTarget

MSG_NO_TARGET = QT_TRANSLATE_NOOP("Errors", "{value} is not an indicator that takes an annual "
                                  "target.")


def targets_for(year: int) -> dict[str, int]:
    """indicator id -> target, for the target indicators that have one in ``year``."""
    ids = [indicator.id for indicator in target_indicators()]
    found = dict(AnnualTarget.select(AnnualTarget.indicator, AnnualTarget.target)
                 .where((AnnualTarget.year == year) & AnnualTarget.indicator.in_(ids)).tuples())
    return {indicator: int(found[indicator]) for indicator in ids if indicator in found}


def achievement_percent(value: int, target: int) -> float | None:
    """``value`` as a percentage of ``target``, one decimal; None for a target of 0."""
    if target <= 0:
        return None
    return round(100.0 * value / target, 1)


def set_indicator_target(actor: Staff, year: int, indicator: str, target: int) -> None:
    """Set the annual target of a target indicator (report right; audited)."""
    if indicator not in {i.id for i in target_indicators()}:
        raise ValidationError(MSG_NO_TARGET, field=targets.F_INDICATOR,
                              value=str(indicator)[:64])
    targets.set_target(actor, year, indicator, target)
