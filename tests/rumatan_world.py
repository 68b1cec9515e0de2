"""A small PTRM for the rumatan tests: a nurse, clients on methadone, a batch in stock."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.people.person import Person
from models.rumatan.orders import OrderInput, order_dose
from models.rumatan.stock import receive
from models.rumatan.tables import METHADONE, ug
from models.safety import accounts
from models.staff.staff import Staff

TODAY = dt.date.today()


def add_people(count: int, prefix: str = "Klien Rumatan") -> list[int]:
    """``count`` synthetic clients inserted directly (registration is tested elsewhere)."""
    first = Person.select(Person.id).order_by(Person.id.desc()).scalar() or 0
    rows = [{"reg_no": f"RM-{first + i + 1:05d}", "full_name": f"{prefix} {i:03d}",
             "name_key": f"{prefix.lower()} {i:03d}", "sex": "L" if i % 3 else "P"}
            for i in range(count)]
    Person.insert_many(rows).execute()
    return [p for (p,) in Person.select(Person.id).where(Person.id > first)
            .order_by(Person.id).tuples()]


@dataclass
class Ptrm:
    doctor: Staff
    nurse: Staff
    pharmacist: Staff
    batch: int
    clients: list[int]


def make_ptrm(staff: dict, clients: int = 3, start: dt.date | None = None,
              daily_mg: int = 60, take_home_days: int = 0, stock_mg: int = 100_000) -> Ptrm:
    admin = staff["admin"]
    nurse = accounts.create_staff(admin, "perawat", "Perawat Rumatan", "nurse",
                                  "nurse-password-1")
    pharmacist = accounts.create_staff(admin, "apoteker", "Apoteker Rumatan", "pharmacist",
                                       "pharm-password-1")
    batch = receive(pharmacist, METHADONE, "MTD-001", ug(5), ug(stock_mg), TODAY)
    ids = add_people(clients)
    for pid in ids:
        order_dose(staff["doctor"], pid, OrderInput(METHADONE, ug(daily_mg),
                                                    start or TODAY - dt.timedelta(days=1),
                                                    take_home_days=take_home_days))
    return Ptrm(staff["doctor"], nurse, pharmacist, batch, ids)
