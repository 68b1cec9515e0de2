"""What ``check`` reports about a database: schema version, integrity, row counts."""
from __future__ import annotations

from dataclasses import dataclass

from models.admin.tables import ALL_MODELS
from models.db import connection as dbmod
from models.db.schema import current_version, integrity_problem, known_version


@dataclass(frozen=True)
class HealthReport:
    """The state of the bound database."""

    engine: str
    schema_version: int
    known_version: int
    integrity: str | None  # None when sound
    row_counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity is None and self.schema_version == self.known_version


def health_report(full: bool = False) -> HealthReport:
    """Inspect the bound database without changing it."""
    present = set(dbmod.database.get_tables())
    # An older schema lacks the newest tables until it is upgraded: count what is there.
    counts = {m._meta.table_name: m.select().count() for m in ALL_MODELS
              if m._meta.table_name in present}
    return HealthReport("sqlite" if dbmod.is_sqlite() else "postgresql", current_version(),
                        known_version(), integrity_problem(full), counts)
