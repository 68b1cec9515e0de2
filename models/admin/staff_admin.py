"""The admin's view of staff accounts: the list, each member's rights, and changing a role.

Creating members, single rights, passwords and lockouts live in :mod:`models.safety.accounts`;
this module adds what a staff-management screen needs to read, and the role change.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from models.db.connection import write_transaction
from models.safety import audit
from models.safety.accounts import F_FULL_NAME, F_POSITION, F_ROLE, F_SIP, _clean_nip
from models.staff.rights import Action, Area, default_rows, require
from models.staff.staff import ROLES, Staff, StaffRight

T = QT_TRANSLATE_NOOP
MSG_OWN_ROLE = T("Errors", "You cannot change your own role; another admin can.")
MSG_NO_STAFF = T("Errors", "That staff account does not exist.")


@dataclass(frozen=True)
class StaffRow:
    """One staff account as the admin's list shows it (no password hash)."""

    id: int
    username: str
    full_name: str
    role: str
    position: str
    nip: str
    sip: str
    active: bool
    failed_logins: int
    locked_until: dt.datetime | None
    created_at: dt.datetime

    def waiting(self, now: dt.datetime | None = None) -> bool:
        """True while the account must wait after too many failed sign-ins."""
        return self.locked_until is not None and self.locked_until > (now or dt.datetime.now())


@dataclass(frozen=True)
class AreaRight:
    """What a member may do in one area."""

    area: Area
    view: bool
    input: bool
    correct: bool


def list_staff(actor: Staff) -> list[StaffRow]:
    """Every staff account, active ones first, then by name (admins only)."""
    require(actor, Area.ADMIN, Action.VIEW)
    query = (Staff.select(Staff.id, Staff.username, Staff.full_name, Staff.role, Staff.position,
                          Staff.nip, Staff.sip, Staff.active, Staff.failed_logins,
                          Staff.locked_until, Staff.created_at)
             .order_by(Staff.active.desc(), Staff.full_name, Staff.id).tuples())
    return [StaffRow(*row) for row in query]


def rights_of(actor: Staff, staff_id: int) -> list[AreaRight]:
    """The member's rights in every area, in the order of :class:`Area` (admins only)."""
    require(actor, Area.ADMIN, Action.VIEW)
    if not Staff.select().where(Staff.id == staff_id).exists():
        raise NotFound(MSG_NO_STAFF)
    held = {area: (bool(view), bool(input_), bool(correct)) for area, view, input_, correct in
            StaffRight.select(StaffRight.area, StaffRight.can_view, StaffRight.can_input,
                              StaffRight.can_correct)
            .where(StaffRight.staff == staff_id).tuples()}
    return [AreaRight(area, *held.get(area.value, (False, False, False))) for area in Area]


def set_role(actor: Staff, staff_id: int, role: str) -> None:
    """Give a member another role; their rights become that role's defaults.

    Nobody changes their own role: an admin who made themselves a counselor could no
    longer manage the facility, and possibly nobody could.
    """
    require(actor, Area.ADMIN, Action.CORRECT)
    role = v.choice(role, F_ROLE, ROLES)
    if staff_id == actor.id:
        raise ValidationError(MSG_OWN_ROLE, field=F_ROLE)
    with write_transaction():
        old = Staff.select(Staff.role).where(Staff.id == staff_id).scalar()
        if old is None:
            raise NotFound(MSG_NO_STAFF)
        Staff.update(role=role).where(Staff.id == staff_id).execute()
        StaffRight.delete().where(StaffRight.staff == staff_id).execute()
        StaffRight.insert_many(default_rows(staff_id, role)).execute()
        audit.record(actor, "staff.set_role", "staff", staff_id, old=old, role=role)


@dataclass(frozen=True)
class StaffDetails:
    """What documents print of a member: name, position, NIP and SIP."""

    full_name: str
    position: str = ""
    nip: str = ""
    sip: str = ""


def correct_staff_details(actor: Staff, staff_id: int, details: StaffDetails) -> bool:
    """Correct a member's name, position, NIP or SIP (admins only); False when nothing
    changed. The audit entry keeps each changed field's old and new value.

    Papers already issued keep what they printed: a document freezes its signer's details in
    its payload when issued (models/documents_issue.staff_block), so only new papers carry
    the corrected ones.
    """
    require(actor, Area.ADMIN, Action.CORRECT)
    new = {"full_name": v.text(details.full_name, F_FULL_NAME, limit=200, required=True,
                                printed=True),
           "position": v.text(details.position, F_POSITION, limit=200, printed=True),
           "nip": _clean_nip(details.nip),
           "sip": v.text(details.sip, F_SIP, limit=100, printed=True)}
    with write_transaction():
        member = Staff.get_or_none(Staff.id == staff_id)
        if member is None:
            raise NotFound(MSG_NO_STAFF)
        changed: dict[str, Any] = {  # the audit detail: field -> {"old": ..., "new": ...}
            name: {"old": getattr(member, name) or "", "new": value}
            for name, value in new.items() if (getattr(member, name) or "") != value}
        if not changed:
            return False
        Staff.update(**{name: c["new"] for name, c in changed.items()}).where(
            Staff.id == staff_id).execute()
        audit.record(actor, "staff.correct", "staff", staff_id, **changed)
    return True
