"""A desk that registers intakes one after another, for the crash and concurrency tests.

Runs in a child process: opens the database, then registers whole intakes (a new person,
an episode with two substances, the general consent and the admission) and reports each
one's person id on ``conn`` only after ``register_intake`` has returned, i.e. once the
desk would have told the person "saved".
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from models.core.nik import make_nik
from models.db.connection import DatabaseTarget
from models.db.schema import open_database
from models.intake.flow import ConsentInput, register_intake
from models.intake.intake import EpisodeInput, SubstanceInput
from models.staff.staff import Staff
from tests.conftest import SAMPLE_PERSON

TODAY = dt.date(2025, 7, 1)
EPISODE = EpisodeInput(service_type="outpatient", reported_on=TODAY, funding="self",
                       substances=(SubstanceInput("methamphetamine", "smoked", 12, 3, 19),
                                   SubstanceInput("cannabis", "smoked", 4, 5, 16)))


def intake_person(desk: int, n: int):
    """A made-up person, unique per desk (up to 89 desks) and number (up to 9999)."""
    nik = make_nik("32", 10 + desk, 5, SAMPLE_PERSON.birth_date, "P", n + 1)
    return dataclasses.replace(SAMPLE_PERSON, full_name=f"Klien Meja {desk} Nomor {n}",
                               nik=nik, phone="")


def desk(kind: str, location: str, desk_no: int, count: int, conn, start: int = 0) -> None:
    """Register ``count`` intakes, sending ("ok", person_id, reg_no) after each, then
    ("done",); an error is sent as ("error", repr) and ends the desk."""
    try:
        open_database(DatabaseTarget(kind, location))
        actor = Staff.get(Staff.username == "intake")
        conn.send(("ready",))
        for n in range(start, start + count):
            result = register_intake(actor, EPISODE, person=intake_person(desk_no, n),
                                     consent=ConsentInput(TODAY, "Klien sendiri"),
                                     admit_on=TODAY, today=TODAY)
            from models.people.person import Person
            conn.send(("ok", result.person_id, Person.get_by_id(result.person_id).reg_no))
        conn.send(("done",))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
        conn.send(("error", repr(exc)))
