"""Staff accounts: first admin, creating members, rights, passwords, sign-in with lockout."""
from __future__ import annotations

import datetime as dt
import functools

from models.core import validation as v
from models.core.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from models.db.connection import write_transaction
from models.facility.facility import get_setting
from models.safety import audit
from models.staff.rights import Action, Area, default_rows, require
from models.staff.staff import (
    ROLES,
    Staff,
    StaffRight,
    hash_password,
    needs_rehash,
    verify_password,
)

T = QT_TRANSLATE_NOOP
F_USERNAME = T("Codes", "User name")
F_FULL_NAME = T("Codes", "Full name")
F_PASSWORD = T("Codes", "Password")
F_ROLE = T("Codes", "Role")
F_POSITION = T("Codes", "Position")
F_NIP = T("Codes", "NIP")
MIN_PASSWORD = 10

MSG_SIGNIN = T("Errors", "User name or password is wrong.")
MSG_WAIT = T("Errors",
             "Too many failed sign-ins. Try again after {time}, or ask an admin to unlock.")
MSG_FIRST_ADMIN = T("Errors", "The first admin account already exists.")
MSG_SHORT_PASSWORD = T("Errors", "A password needs at least {count} characters.")
MSG_USERNAME_TAKEN = T("Errors", "The user name {username} is already in use.")
MSG_USERNAME_CHARS = T("Errors", "A user name uses only letters, digits, dot, dash and underscore.")
MSG_NIP = T("Errors", "A NIP has 18 digits.")
MSG_SELF = T("Errors", "You cannot deactivate your own account.")
MSG_OWN_ADMIN = T("Errors", "You cannot take away your own administration rights; another "
                  "admin can.")
F_SIP = T("Codes", "SIP (doctor's licence)")


def _clean_username(raw: str) -> str:
    username = v.text(raw, F_USERNAME, limit=64, required=True).lower()
    if not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in username):
        raise ValidationError(MSG_USERNAME_CHARS, field=F_USERNAME)
    return username


def _check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(MSG_SHORT_PASSWORD, field=F_PASSWORD, count=MIN_PASSWORD)
    if len(password) > 1024:
        raise ValidationError(v.MSG_TOO_LONG, field=F_PASSWORD, length=len(password), limit=1024)
    return password


def _clean_nip(raw: str) -> str:
    nip = v.text(raw, F_NIP, limit=40).replace(" ", "")
    if nip and (len(nip) != 18 or not nip.isdigit()):
        raise ValidationError(MSG_NIP, field=F_NIP)
    return nip


def _insert_staff(username: str, full_name: str, role: str, password: str,
                  position: str = "", nip: str = "", sip: str = "") -> Staff:
    username = _clean_username(username)
    if Staff.select().where(Staff.username == username).exists():
        raise ValidationError(MSG_USERNAME_TAKEN, field=F_USERNAME, username=username)
    staff = Staff.create(
        username=username, full_name=v.text(full_name, F_FULL_NAME, limit=200, required=True,
                                          printed=True),
        role=v.choice(role, F_ROLE, ROLES), password_hash=hash_password(_check_password(password)),
        position=v.text(position, F_POSITION, limit=200), nip=_clean_nip(nip),
        sip=v.text(sip, F_SIP, limit=100))
    StaffRight.insert_many(default_rows(staff.id, role)).execute()
    return staff


def create_first_admin(username: str, full_name: str, password: str, position: str = "",
                       nip: str = "") -> Staff:
    """The first account of a new database; refused once any account exists."""
    with write_transaction():
        if Staff.select().exists():
            raise PermissionDenied(MSG_FIRST_ADMIN)
        staff = _insert_staff(username, full_name, "admin", password, position, nip)
        audit.record(staff, "staff.create_first_admin", "staff", staff.id)
    return staff


def create_staff(actor: Staff, username: str, full_name: str, role: str, password: str,
                 position: str = "", nip: str = "", sip: str = "") -> Staff:
    """A new member with the default rights of ``role`` (admins only)."""
    require(actor, Area.ADMIN, Action.INPUT)
    with write_transaction():
        staff = _insert_staff(username, full_name, role, password, position, nip, sip)
        audit.record(actor, "staff.create", "staff", staff.id, role=role)
    return staff


def set_right(actor: Staff, staff_id: int, area: Area, view: bool, input_: bool,
              correct: bool) -> None:
    """Grant or take away rights of a member in one area (the facility head's decision)."""
    require(actor, Area.ADMIN, Action.CORRECT)
    if staff_id == actor.id and area == Area.ADMIN and not (view and input_ and correct):
        # The last admin could otherwise lock the facility out of its own administration.
        raise ValidationError(MSG_OWN_ADMIN)
    with write_transaction():
        if not Staff.select().where(Staff.id == staff_id).exists():
            raise NotFound(T("Errors", "That staff account does not exist."))
        (StaffRight.insert(staff=staff_id, area=area.value, can_view=view, can_input=input_,
                           can_correct=correct)
         .on_conflict(conflict_target=[StaffRight.staff, StaffRight.area],
                      update={StaffRight.can_view: view, StaffRight.can_input: input_,
                              StaffRight.can_correct: correct})
         .execute())
        audit.record(actor, "staff.set_right", "staff", staff_id, area=area.value,
                     view=view, input=input_, correct=correct)


def set_active(actor: Staff, staff_id: int, active: bool) -> None:
    """Deactivate (or reactivate) an account; nobody deactivates themselves."""
    require(actor, Area.ADMIN, Action.CORRECT)
    if staff_id == actor.id and not active:
        raise ValidationError(MSG_SELF)
    with write_transaction():
        if not Staff.update(active=active).where(Staff.id == staff_id).execute():
            raise NotFound(T("Errors", "That staff account does not exist."))
        audit.record(actor, "staff.activate" if active else "staff.deactivate", "staff", staff_id)


def reset_password(actor: Staff, staff_id: int, new_password: str) -> None:
    """An admin sets a new password for a member and lifts any lockout."""
    require(actor, Area.ADMIN, Action.CORRECT)
    hashed = hash_password(_check_password(new_password))
    with write_transaction():
        changed = (Staff.update(password_hash=hashed, failed_logins=0, locked_until=None)
                   .where(Staff.id == staff_id).execute())
        if not changed:
            raise NotFound(T("Errors", "That staff account does not exist."))
        audit.record(actor, "staff.reset_password", "staff", staff_id)


def change_own_password(actor: Staff, old_password: str, new_password: str) -> None:
    """A member changes their own password, proving the old one."""
    current = Staff.get_by_id(actor.id)
    if not verify_password(current.password_hash, old_password):
        with write_transaction():
            audit.record(actor, "staff.change_password_refused", "staff", actor.id)
        raise AuthenticationError(MSG_SIGNIN)
    hashed = hash_password(_check_password(new_password))
    with write_transaction():
        Staff.update(password_hash=hashed).where(Staff.id == actor.id).execute()
        audit.record(actor, "staff.change_password", "staff", actor.id)


def lockout_delay(lockouts: int) -> dt.timedelta:
    """How long an account waits after its ``lockouts``-th run of failures: 1, 2, 4 ... 60 min."""
    return dt.timedelta(minutes=min(60, 2 ** max(0, lockouts - 1)))


def authenticate(username: str, password: str, now: dt.datetime | None = None) -> Staff:
    """Sign in. One message for an unknown user and a wrong password; repeated failures
    make the account wait, longer each time."""
    now = now or dt.datetime.now()
    try:
        name = _clean_username(username)
    except ValidationError:
        raise AuthenticationError(MSG_SIGNIN) from None
    staff = Staff.get_or_none(Staff.username == name)
    if staff is None or not staff.active:
        verify_password(_dummy_hash(), password)  # same time as a real check
        raise AuthenticationError(MSG_SIGNIN)
    if staff.locked_until is not None and staff.locked_until > now:
        raise AuthenticationError(MSG_WAIT, time=staff.locked_until.strftime("%H:%M"))
    ok = verify_password(staff.password_hash, password)
    with write_transaction():
        if not ok:
            failures = staff.failed_logins + 1
            changes: dict = {"failed_logins": failures}
            if failures >= int(get_setting("login_max_failures")):
                changes.update(failed_logins=0, lockouts=staff.lockouts + 1,
                               locked_until=now + lockout_delay(staff.lockouts + 1))
            Staff.update(**changes).where(Staff.id == staff.id).execute()
            audit.record(None, "staff.signin_failed", "staff", staff.id)
        else:
            changes = {"failed_logins": 0, "lockouts": 0, "locked_until": None}
            if needs_rehash(staff.password_hash):
                changes["password_hash"] = hash_password(password)
            Staff.update(**changes).where(Staff.id == staff.id).execute()
            audit.record(staff, "staff.signin", "staff", staff.id)
    if not ok:
        raise AuthenticationError(MSG_SIGNIN)
    return Staff.get_by_id(staff.id)


def unlock(actor: Staff, staff_id: int) -> None:
    """An admin lifts a lockout."""
    require(actor, Area.ADMIN, Action.CORRECT)
    with write_transaction():
        Staff.update(failed_logins=0, locked_until=None).where(Staff.id == staff_id).execute()
        audit.record(actor, "staff.unlock", "staff", staff_id)


@functools.cache
def _dummy_hash() -> str:
    return hash_password("not-a-real-password-only-for-timing")
