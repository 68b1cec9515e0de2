"""A desk process for the one-dose race: gives the day's dose to each client in turn,
meeting the other process at a barrier before each, so both write at the same moment."""
from __future__ import annotations

import os


def desk(kind: str, location: str, nurse_id: int, person_ids: list[int], barrier,
         results, index_only: bool = False) -> None:
    """``index_only``: skip the model's own check, so only the unique index stands guard."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from models.core.errors import ConflictError
    from models.db import connection as dbmod
    from models.db.connection import DatabaseTarget
    from models.db.schema import open_database
    from models.rumatan import dispense as rumatan_dispense
    from models.rumatan.dispense import record_dose
    from models.staff.staff import Staff

    if index_only:
        rumatan_dispense._refuse_second = lambda *args: None
    open_database(DatabaseTarget(kind, location), upgrade=False)
    nurse = Staff.get_by_id(nurse_id)
    given, refused, errors = 0, 0, []
    try:
        for pid in person_ids:
            barrier.wait(timeout=30)
            try:
                record_dose(nurse, pid)
                given += 1
            except ConflictError:
                refused += 1
            except Exception as exc:  # noqa: BLE001 - reported to the test, which fails
                errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        dbmod.close()
        results.put((given, refused, errors))
