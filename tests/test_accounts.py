"""Staff accounts: argon2id hashes, sign-in with lockout, first admin, admin acts audited."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import AuthenticationError, PermissionDenied, ValidationError
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.staff.staff import Staff, hash_password, verify_password


def test_hash_is_argon2id_at_owasp_parameters():
    hashed = hash_password("kata-sandi-rahasia")
    assert hashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password(hashed, "kata-sandi-rahasia")
    assert not verify_password(hashed, "kata-sandi-rahasiA")
    assert not verify_password("not a hash", "x")
    assert hash_password("same") != hash_password("same")  # salted


def test_no_password_is_stored_in_clear(staff):
    for member in Staff.select():
        assert "password" not in member.password_hash


def test_first_admin_only_once(staff):
    with pytest.raises(PermissionDenied):
        accounts.create_first_admin("kedua", "Admin Kedua", "password-kedua-1")


def test_sign_in_and_the_same_message_for_unknown_user_and_wrong_password(staff):
    assert accounts.authenticate("Counselor", "counselor-password-1").id == staff["counselor"].id
    with pytest.raises(AuthenticationError) as unknown:
        accounts.authenticate("nobody", "counselor-password-1")
    with pytest.raises(AuthenticationError) as wrong:
        accounts.authenticate("counselor", "wrong-password")
    assert unknown.value.english() == wrong.value.english()


def test_five_failures_make_the_account_wait_longer_each_time(staff):
    now = dt.datetime(2026, 5, 1, 8, 0)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("intake", "wrong-password", now=now)
    with pytest.raises(AuthenticationError) as err:  # even the right password waits
        accounts.authenticate("intake", "intake-password-1", now=now)
    assert "Try again after 08:01" in err.value.english()
    later = now + dt.timedelta(minutes=1, seconds=1)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("intake", "wrong-password", now=later)
    assert Staff.get_by_id(staff["intake"].id).locked_until == later + dt.timedelta(minutes=2)
    accounts.unlock(staff["admin"], staff["intake"].id)
    assert accounts.authenticate("intake", "intake-password-1", now=later).role == "intake"
    assert AuditEvent.select().where(AuditEvent.action == "staff.signin_failed").count() == 10


def test_deactivated_member_cannot_sign_in_and_admin_cannot_deactivate_self(staff):
    accounts.set_active(staff["admin"], staff["doctor"].id, False)
    with pytest.raises(AuthenticationError):
        accounts.authenticate("doctor", "doctor-password-1")
    with pytest.raises(ValidationError):
        accounts.set_active(staff["admin"], staff["admin"].id, False)


@pytest.mark.parametrize("username, password, fragment", [
    ("a b", "long-enough-pw", "letters, digits"),
    ("", "long-enough-pw", "fill in"),
    ("baru", "short", "at least 10"),
    ("counselor", "long-enough-pw", "already in use"),
])
def test_new_account_input_is_checked(staff, username, password, fragment):
    with pytest.raises(ValidationError) as err:
        accounts.create_staff(staff["admin"], username, "Nama", "counselor", password)
    assert fragment in err.value.english()


def test_password_reset_and_own_change(staff):
    accounts.reset_password(staff["admin"], staff["doctor"].id, "dokter-baru-123")
    doctor = accounts.authenticate("doctor", "dokter-baru-123")
    with pytest.raises(AuthenticationError):
        accounts.change_own_password(doctor, "wrong", "dokter-lagi-456")
    accounts.change_own_password(doctor, "dokter-baru-123", "dokter-lagi-456")
    assert accounts.authenticate("doctor", "dokter-lagi-456").id == doctor.id
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert "staff.reset_password" in actions and "staff.change_password" in actions


def test_lockout_delay_grows_and_is_capped():
    assert [accounts.lockout_delay(n).seconds // 60 for n in (1, 2, 3, 4, 7, 20)] == [
        1, 2, 4, 8, 60, 60]


def test_an_admin_cannot_take_away_their_own_admin_rights(staff):
    from models.core.errors import ValidationError
    from models.safety.accounts import set_right
    from models.staff.rights import Action, Area, has_right
    admin = staff["admin"]
    with pytest.raises(ValidationError, match="your own administration rights"):
        set_right(admin, admin.id, Area.ADMIN, True, True, False)
    assert has_right(admin, Area.ADMIN, Action.CORRECT)
    set_right(admin, admin.id, Area.REPORT, True, False, False)  # other areas: allowed
    set_right(admin, staff["intake"].id, Area.ADMIN, True, False, False)  # others: allowed
