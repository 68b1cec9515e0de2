"""First run: the facility profile and the first admin account, together or not at all."""
from __future__ import annotations

from models.admin.facility_admin import FacilityInput, clean_facility, save_facility
from models.db.connection import write_transaction
from models.safety.accounts import create_first_admin
from models.staff.staff import Staff


def set_up_facility(facility: FacilityInput, username: str, full_name: str, password: str,
                    position: str = "", nip: str = "") -> Staff:
    """Create the first admin and the facility profile in one transaction; returns the admin.

    The profile is checked before anything is written, so a mistake in it leaves no admin
    account behind that would block a second try.
    """
    clean_facility(facility)
    with write_transaction():
        admin = create_first_admin(username, full_name, password, position, nip)
        save_facility(admin, facility)
    return admin


def needs_setup() -> bool:
    """True for a new database: no staff account exists yet."""
    return not Staff.select().exists()
