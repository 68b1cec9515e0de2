"""Age bands of the tally: a setting of lower edges that leaves no age out and counts none twice.

The setting ``age_bands`` (declared in :mod:`models.facility.facility`) holds the lower edges, for
example ``[0, 15, 20, 25, 30, 35, 40, 50, 60]``: the first band starts at 0, each band runs
up to the year before the next edge, and the last one is open ("60 and over"). A list of
that form covers every age exactly once; :func:`clean_edges` refuses any other, so a band
can never be skipped (a peer system silently dropped ages 14, 45 and 60).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db.connection import write_transaction
from models.facility.facility import SETTINGS, Setting, get_setting
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

KEY = "age_bands"
UNKNOWN = "unknown"
MAX_AGE = 150
F_BANDS = SETTINGS[KEY].description
MSG_EDGES = QT_TRANSLATE_NOOP(
    "Errors", "Age bands are whole numbers of years, rising, the first one 0 and none above "
    "{maximum}, for example 0, 15, 20, 25, 30, 35, 40, 50, 60.")


def clean_edges(value: Any) -> tuple[int, ...]:
    """Validated lower edges: integers, strictly rising, starting at 0, at most MAX_AGE."""
    if not isinstance(value, (list, tuple)) or not value:
        raise ValidationError(MSG_EDGES, field=F_BANDS, maximum=MAX_AGE)
    edges = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int):
            raise ValidationError(MSG_EDGES, field=F_BANDS, maximum=MAX_AGE)
        edges.append(item)
    if edges[0] != 0 or edges[-1] > MAX_AGE or any(b <= a for a, b in zip(edges, edges[1:])):
        raise ValidationError(MSG_EDGES, field=F_BANDS, maximum=MAX_AGE)
    return tuple(edges)


def current_edges() -> tuple[int, ...]:
    """The facility's age bands (validated; a stored value that breaks the rule is refused)."""
    return clean_edges(get_setting(KEY))


def band_key(age: int | None, edges: Sequence[int]) -> str:
    """The key of the band holding ``age``: its lower edge as text, or "unknown".

    A missing age and a negative one (a birth date after the reference day) are unknown.
    """
    if age is None or age < 0:
        return UNKNOWN
    return str(edges[bisect.bisect_right(edges, age) - 1])


def band_keys(edges: Sequence[int]) -> tuple[str, ...]:
    """Every band key in order, "unknown" last."""
    return tuple(str(edge) for edge in edges) + (UNKNOWN,)


def band_bounds(key: str, edges: Sequence[int]) -> tuple[int, int | None] | None:
    """(lowest, highest) age of a band, highest None for the open last band; None for
    "unknown"."""
    if key == UNKNOWN:
        return None
    low = int(key)
    index = list(edges).index(low)
    return low, (edges[index + 1] - 1 if index + 1 < len(edges) else None)


def set_age_bands(actor: Staff, edges: Sequence[int]) -> None:
    """Change the facility's age bands (admin), refusing edges that would drop or double an age."""
    require(actor, Area.ADMIN, Action.CORRECT)
    clean = list(clean_edges(list(edges) if isinstance(edges, (list, tuple)) else edges))
    with write_transaction():
        (Setting.insert(key=KEY, value=clean)
         .on_conflict(conflict_target=[Setting.key], update={Setting.value: clean}).execute())
        audit.record(actor, "setting.update", "setting", None, key=KEY, value=clean)
