"""Rumatan rules: one regular dose a day (model and database), take-home doses, the
missed-dose hold, large dose changes, replacements, the stock ledger. Both engines."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from models.core.errors import ConflictError, PermissionDenied, ValidationError
from models.db.connection import database
from models.facility.facility import Setting
from models.rumatan.dispense import (
    SafetyWarning,
    complete_split,
    give_replacement,
    mark_vomited,
    record_dose,
    return_take_home,
)
from models.rumatan.orders import BigChange, OrderInput, order_dose, record_absence, review
from models.rumatan.stock import reconcile, waste
from models.rumatan.tables import METHADONE, REGULAR, Dose, StockBatch, StockMove, TakeHome, mg, ug
from models.safety import audit
from tests.rumatan_world import TODAY, make_ptrm

DAY = dt.timedelta(days=1)


def _regular(pid, day=TODAY):
    return Dose.select().where(Dose.person == pid, Dose.day == day, Dose.slot == REGULAR).count()


def test_second_dose_the_same_day_is_refused_with_who_gave_the_first(staff):
    w = make_ptrm(staff)
    pid = w.clients[0]
    record_dose(w.nurse, pid)
    with pytest.raises(ConflictError) as err:
        record_dose(w.pharmacist, pid)
    assert "Perawat Rumatan" in err.value.english()
    assert _regular(pid) == 1
    assert StockBatch.get_by_id(w.batch).balance_ug == ug(100_000 - 60)
    assert audit.AuditEvent.select().where(audit.AuditEvent.action == "rumatan.dose").count() == 1


def test_the_database_refuses_a_second_regular_dose_written_behind_the_model(staff):
    w = make_ptrm(staff)
    pid = w.clients[0]
    first = Dose.get_by_id(record_dose(w.nurse, pid))
    with pytest.raises(peewee.IntegrityError):
        with database.atomic():
            Dose.create(person=pid, order=first.order_id, day=TODAY, slot=REGULAR,
                        kind="take_home", amount_ug=ug(60), given_at=dt.datetime.now(),
                        given_by=w.nurse.id, batch=w.batch)


def test_the_database_refuses_a_negative_balance(staff):
    w = make_ptrm(staff)
    with pytest.raises(peewee.IntegrityError):
        with database.atomic():
            StockBatch.update(balance_ug=StockBatch.balance_ug - ug(200_000)).where(
                StockBatch.id == w.batch).execute()
    assert StockBatch.get_by_id(w.batch).balance_ug == ug(100_000)


def test_bad_orders_are_refused_at_their_field(staff):
    w = make_ptrm(staff)
    pid = w.clients[0]
    for data, field in ((OrderInput(METHADONE, ug(500), TODAY), "Daily dose (mg)"),
                        (OrderInput(METHADONE, 0, TODAY), "Daily dose (mg)"),
                        (OrderInput("heroin", ug(60), TODAY), "Medicine"),
                        (OrderInput(METHADONE, ug(60), TODAY, take_home_days=-1),
                         "Take-home days allowed"),
                        (OrderInput(METHADONE, ug(60), TODAY.replace(year=1990)), "Start date"),
                        (OrderInput(METHADONE, ug(60), TODAY, end_on=TODAY - DAY), "End date"),
                        (OrderInput(METHADONE, ug(60), TODAY, qt_risk="a\x00b"),
                         "QT-prolonging co-medication")):
        with pytest.raises(ValidationError) as err:
            order_dose(w.doctor, pid, data, confirmed=True, reason="uji")
        assert err.value.field == field
    with pytest.raises(ValidationError):
        record_dose(w.nurse, pid, amount_ug=-5, split_reason="x")
    with pytest.raises(ValidationError):
        record_dose(w.nurse, pid, take_home=-1)
    with pytest.raises(ValidationError):
        waste(w.nurse, w.batch, 0, w.pharmacist.id, "x")
    with pytest.raises(ValidationError):
        reconcile(w.pharmacist, w.batch, TODAY, -1, "x")
    assert Dose.select().count() == 0


def test_rights_nurse_gives_doctor_orders(staff):
    w = make_ptrm(staff)
    with pytest.raises(PermissionDenied):
        order_dose(w.nurse, w.clients[0], OrderInput(METHADONE, ug(60), TODAY))
    with pytest.raises(PermissionDenied):
        record_dose(staff["counselor"], w.clients[0])
    with pytest.raises(PermissionDenied):
        review(w.nurse, w.clients[0], "ok")


def test_take_home_doses_fill_the_next_days_and_are_counted_back(staff):
    w = make_ptrm(staff, take_home_days=2)
    pid = w.clients[0]
    with pytest.raises(ValidationError):
        record_dose(w.nurse, pid, take_home=3)
    record_dose(w.nurse, pid, day=TODAY - DAY, take_home=2)
    assert _regular(pid, TODAY) == 1 and _regular(pid, TODAY + DAY) == 1
    assert StockBatch.get_by_id(w.batch).balance_ug == ug(100_000 - 180)
    with pytest.raises(ConflictError):  # today's dose went home yesterday
        record_dose(w.nurse, pid)
    with pytest.raises(ValidationError):  # never a dose for a later day at the window
        record_dose(w.nurse, w.clients[1], day=TODAY + DAY)
    handed = TakeHome.get(TakeHome.person == pid)
    with pytest.raises(ValidationError):
        return_take_home(w.nurse, handed.id, 3)
    return_take_home(w.nurse, handed.id, 2, day=TODAY + 3 * DAY)
    assert TakeHome.get_by_id(handed.id).returned == 2


def test_missed_days_hold_the_next_dose_until_a_doctor_reviews(staff):
    w = make_ptrm(staff, start=TODAY - 10 * DAY)
    pid, other = w.clients[0], w.clients[1]
    record_dose(w.nurse, pid, day=TODAY - 10 * DAY)
    record_dose(w.nurse, pid, day=TODAY - 9 * DAY)
    record_dose(w.nurse, pid, day=TODAY - 6 * DAY)  # 2 missed: under the limit of 3
    with pytest.raises(ValidationError) as err:
        record_dose(w.nurse, pid)  # 5 missed since
    assert "missed 5 days" in err.value.english() and "doctor's review" in err.value.english()
    assert _regular(pid) == 0
    review(w.doctor, pid, "Dosis dilanjutkan, dipantau.")
    record_dose(w.nurse, pid)
    # Days away are not missed.
    record_absence(w.nurse, other, "hospital", TODAY - 10 * DAY, TODAY - 1 * DAY, "RSUD")
    with pytest.raises(SafetyWarning):
        record_dose(w.nurse, other, day=TODAY - 2 * DAY)
    record_dose(w.nurse, other)


def test_the_limit_is_the_facilitys_setting(staff):
    w = make_ptrm(staff, start=TODAY - 3 * DAY)
    Setting.create(key="rumatan_missed_days", value=5)
    record_dose(w.nurse, w.clients[0])  # 3 missed, the limit is 5


def test_a_large_change_needs_a_confirmation_and_a_reason(staff):
    w = make_ptrm(staff)
    pid = w.clients[0]
    order_dose(w.doctor, pid, OrderInput(METHADONE, ug(70), TODAY - DAY))  # +16%
    with pytest.raises(BigChange) as err:
        order_dose(w.doctor, pid, OrderInput(METHADONE, ug(100), TODAY))
    assert "70 mg to 100 mg" in err.value.english()
    with pytest.raises(BigChange):
        order_dose(w.doctor, pid, OrderInput(METHADONE, ug(100), TODAY), confirmed=True)
    order_dose(w.doctor, pid, OrderInput(METHADONE, ug(100), TODAY), confirmed=True,
               reason="Gejala putus zat berat")
    assert mg(Dose.get_by_id(record_dose(w.nurse, pid)).amount_ug) == 100
    assert mg(Dose.get_by_id(record_dose(w.nurse, pid, day=TODAY - DAY)).amount_ug) == 70


def test_split_and_vomited_doses_and_a_replacement_only_with_a_doctor(staff):
    w = make_ptrm(staff)
    a, b = w.clients[0], w.clients[1]
    with pytest.raises(ValidationError):
        record_dose(w.nurse, a, amount_ug=ug(40))  # a split needs its reason
    record_dose(w.nurse, a, amount_ug=ug(40), split_reason="Dosis terbagi: pagi dan sore")
    second = Dose.get_by_id(complete_split(w.nurse, a))
    assert second.amount_ug == ug(20)
    with pytest.raises(ConflictError):
        complete_split(w.nurse, a)
    with pytest.raises(ValidationError):
        give_replacement(w.nurse, b, ug(30), "muntah", "doctor", "doctor-password-1")
    mark_vomited(w.nurse, record_dose(w.nurse, b), "Muntah 10 menit setelah minum")
    with pytest.raises(PermissionDenied):
        give_replacement(w.nurse, b, ug(30), "muntah", "perawat", "nurse-password-1")
    with pytest.raises(PermissionDenied):
        give_replacement(w.nurse, b, ug(30), "muntah", "doctor", "wrong")
    with pytest.raises(ValidationError):
        give_replacement(w.nurse, b, ug(90), "muntah", "doctor", "doctor-password-1")
    dose = Dose.get_by_id(give_replacement(w.nurse, b, ug(30), "Muntah", "doctor",
                                           "doctor-password-1"))
    assert dose.approved_by_id == w.doctor.id
    with pytest.raises(ConflictError):
        give_replacement(w.nurse, b, ug(30), "lagi", "doctor", "doctor-password-1")


def test_stock_waste_needs_a_witness_and_a_count_difference_a_reason(staff):
    w = make_ptrm(staff, stock_mg=100)
    with pytest.raises(ValidationError):
        waste(w.nurse, w.batch, ug(5), w.nurse.id, "tumpah")
    with pytest.raises(ValidationError):
        waste(w.nurse, w.batch, ug(500), w.pharmacist.id, "tumpah")  # more than is there
    waste(w.nurse, w.batch, ug(5), w.pharmacist.id, "Botol tumpah")
    record_dose(w.nurse, w.clients[0])
    with pytest.raises(ValidationError) as err:
        record_dose(w.nurse, w.clients[1])  # 35 mg left, 60 needed
    assert "No open batch" in err.value.english()
    with pytest.raises(ValidationError) as err:
        reconcile(w.pharmacist, w.batch, TODAY, ug(34))
    assert "differs" in err.value.english()
    reconcile(w.pharmacist, w.batch, TODAY, ug(34), "Sisa di gelas takar")
    assert StockBatch.get_by_id(w.batch).balance_ug == ug(34)
    assert sum(m.amount_ug for m in StockMove.select().where(StockMove.batch == w.batch)) \
        == ug(34)
    with pytest.raises(ValidationError):
        reconcile(w.pharmacist, w.batch, TODAY, ug(34))
