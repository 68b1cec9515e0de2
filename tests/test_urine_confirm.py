"""Urine results as a laboratory records them, and the aftercare counting rules (issue 17,
fault 7): a positive screen is presumptive until a lab or the client's admission confirms
it; only a confirmed positive restarts abstinence; the schedule counts from the day after
the discharge; a positive on the first day of aftercare counts; contacts take addenda.
"""
from __future__ import annotations

import datetime as dt

import pytest

from models.care.addenda import add_addendum
from models.care.aftercare import AftercarePlan, record_contact, start_aftercare, view_aftercare
from models.care.discharge import discharge_episode
from models.care.enrollment import enroll
from models.care.urine import (
    UrineTest,
    awaiting_confirmation,
    confirm_urine_test,
    list_urine_tests,
    record_urine_test,
    view_urine_test,
)
from models.core.errors import PermissionDenied, ValidationError
from tests.test_clinical import PANEL, events, open_episode, program  # noqa: F401 - fixture

DISCHARGED = dt.date(2024, 1, 30)


@pytest.fixture
def discharged(staff, person_id, program):  # noqa: F811 - the imported fixture
    episode_id = open_episode(staff, person_id, dt.date(2023, 11, 1))
    enroll(staff["counselor"], episode_id, program[0], dt.date(2023, 11, 2))
    discharge_episode(staff["counselor"], episode_id, DISCHARGED, "dropped_out")
    return episode_id


def positive(staff, person_id, episode_id, code: str, on: dt.date) -> int:
    return record_urine_test(staff["doctor"], person_id, episode_id, code,
                             dt.datetime.combine(on, dt.time(9)), True, "", "", "aftercare",
                             PANEL | {"MET": "positive"})


def since(plan_id: int) -> dt.date:
    return AftercarePlan.get_by_id(plan_id).abstinence_since


def test_a_positive_screen_waits_for_confirmation(staff, person_id, discharged):
    plan_id = start_aftercare(staff["counselor"], discharged, DISCHARGED)
    first = since(plan_id)
    test_id = positive(staff, person_id, discharged, "C-1", dt.date(2024, 3, 4))
    # Presumptive: nothing moves, the record and the worklist show it pending.
    assert since(plan_id) == first
    assert [t.status for t in list_urine_tests(staff["doctor"], person_id)] == ["pending"]
    assert [t.id for t in awaiting_confirmation(staff["doctor"])] == [test_id]
    assert view_urine_test(staff["doctor"], test_id).status == "pending"
    # A lab report needs the lab's name, a date not before the specimen, and a result.
    with pytest.raises(ValidationError, match="Laboratory"):
        confirm_urine_test(staff["doctor"], test_id, "lab", "positive", dt.date(2024, 3, 6))
    with pytest.raises(ValidationError, match="Date of confirmation"):
        confirm_urine_test(staff["doctor"], test_id, "lab", "positive", dt.date(2024, 3, 1),
                           lab="Labkesda")
    with pytest.raises(PermissionDenied):
        confirm_urine_test(staff["counselor"], test_id, "lab", "positive",
                           dt.date(2024, 3, 6), lab="Labkesda")
    assert confirm_urine_test(staff["doctor"], test_id, "lab", "positive",
                              dt.date(2024, 3, 6), lab="Labkesda Kota") == "confirmed"
    # Confirmed: abstinence counts again from the day of the specimen.
    assert since(plan_id) == dt.date(2024, 3, 4)
    record = view_urine_test(staff["doctor"], test_id)
    assert (record.status, record.confirm_lab, record.confirmed_on) == (
        "confirmed", "Labkesda Kota", dt.date(2024, 3, 6))
    assert awaiting_confirmation(staff["doctor"]) == []
    assert events("urine.confirm")[0].detail["method"] == "lab"
    with pytest.raises(ValidationError, match="already confirmed"):
        confirm_urine_test(staff["doctor"], test_id, "admission", "positive",
                           dt.date(2024, 3, 6))


def test_a_lab_negative_changes_nothing_and_an_admission_confirms(staff, person_id,
                                                                   discharged):
    plan_id = start_aftercare(staff["counselor"], discharged, DISCHARGED)
    first = since(plan_id)
    refuted = positive(staff, person_id, discharged, "C-1", dt.date(2024, 3, 4))
    confirm_urine_test(staff["doctor"], refuted, "lab", "negative", dt.date(2024, 3, 8),
                       lab="Labkesda")
    assert since(plan_id) == first
    assert view_urine_test(staff["doctor"], refuted).status == "not_confirmed"
    admitted = positive(staff, person_id, discharged, "C-2", dt.date(2024, 4, 2))
    with pytest.raises(ValidationError, match="admission of use confirms"):
        confirm_urine_test(staff["doctor"], admitted, "admission", "negative",
                           dt.date(2024, 4, 2))
    confirm_urine_test(staff["doctor"], admitted, "admission", "positive", dt.date(2024, 4, 2))
    assert since(plan_id) == dt.date(2024, 4, 2)
    negative = record_urine_test(staff["doctor"], person_id, discharged, "C-3",
                                 dt.datetime(2024, 4, 9, 9), True, "", "", "aftercare", PANEL)
    with pytest.raises(ValidationError, match="nothing to confirm"):
        confirm_urine_test(staff["doctor"], negative, "lab", "positive", dt.date(2024, 4, 9),
                           lab="Labkesda")


def test_a_positive_on_the_first_day_of_aftercare_counts(staff, person_id, discharged):
    first_day = DISCHARGED + dt.timedelta(days=1)
    plan_id = start_aftercare(staff["counselor"], discharged, first_day)
    assert since(plan_id) == first_day
    test_id = positive(staff, person_id, discharged, "C-1", first_day)
    confirm_urine_test(staff["doctor"], test_id, "admission", "positive", first_day)
    assert since(plan_id) == first_day
    assert [(e.detail["source"], e.detail["abstinence_since"])
            for e in events("aftercare.relapse")] == [("urine_test", str(first_day))]
    # A second positive the same day is the same relapse.
    again = positive(staff, person_id, discharged, "C-2", first_day)
    confirm_urine_test(staff["doctor"], again, "admission", "positive", first_day)
    assert len(events("aftercare.relapse")) == 1


def test_a_use_on_the_discharge_day_is_not_an_aftercare_relapse(staff, person_id, discharged):
    plan_id = start_aftercare(staff["counselor"], discharged, DISCHARGED)
    test_id = positive(staff, person_id, discharged, "C-1", DISCHARGED)
    confirm_urine_test(staff["doctor"], test_id, "admission", "positive", DISCHARGED)
    assert since(plan_id) == DISCHARGED + dt.timedelta(days=1)  # the first day of aftercare
    assert events("aftercare.relapse") == []


def test_schedule_counts_from_the_day_after_discharge(staff, discharged):
    counselor = staff["counselor"]
    plan_id = start_aftercare(counselor, discharged, DISCHARGED)
    schedule = view_aftercare(counselor, plan_id).schedule
    # Discharged 30 January: aftercare's first day is 31 January, due on the last days.
    assert [due for _id, due, _c in schedule][:3] == [dt.date(2024, 2, 29),
                                                       dt.date(2024, 3, 31),
                                                       dt.date(2024, 4, 30)]
    # A contact on the discharge day is recorded but is not the first monthly follow-up.
    record_contact(counselor, plan_id, "phone", DISCHARGED, "Pamit pulang")
    assert all(contact is None for _id, _due, contact
               in view_aftercare(counselor, plan_id).schedule)
    kept = record_contact(counselor, plan_id, "home_visit", dt.date(2024, 3, 1), "Baik")
    assert view_aftercare(counselor, plan_id).schedule[0][2] == kept


def test_an_aftercare_contact_is_corrected_with_an_addendum(staff, person_id, discharged):
    counselor = staff["counselor"]
    plan_id = start_aftercare(counselor, discharged, DISCHARGED)
    contact = record_contact(counselor, plan_id, "home_visit", dt.date(2024, 3, 1), "Baik")
    with pytest.raises(PermissionDenied):
        add_addendum(staff["intake"], "contact", contact, "Salah tanggal")
    add_addendum(counselor, "contact", contact, "Kunjungan sebenarnya tanggal 2 Maret.")
    record = view_aftercare(counselor, plan_id)
    assert [a.text for a in record.contacts[0].addenda] == [
        "Kunjungan sebenarnya tanggal 2 Maret."]
    assert events("contact.addendum")[0].person_id == person_id
    assert record.contacts[0].outcome == "Baik"  # the contact itself stays as recorded


def test_old_positive_tests_stay_pending(staff, person_id, discharged):
    test_id = positive(staff, person_id, discharged, "C-1", dt.date(2024, 3, 4))
    assert UrineTest.get_by_id(test_id).status == "pending"


def test_the_tally_splits_positive_screens_by_confirmation(staff, person_id, discharged):
    from models.tallies.tally import Period, compute_tally
    pending = positive(staff, person_id, discharged, "T-1", dt.date(2024, 3, 4))
    lab = positive(staff, person_id, discharged, "T-2", dt.date(2024, 3, 5))
    told = positive(staff, person_id, discharged, "T-3", dt.date(2024, 3, 6))
    refuted = positive(staff, person_id, discharged, "T-4", dt.date(2024, 3, 7))
    confirm_urine_test(staff["doctor"], lab, "lab", "positive", dt.date(2024, 3, 8), lab="Lab")
    confirm_urine_test(staff["doctor"], told, "admission", "positive", dt.date(2024, 3, 6))
    confirm_urine_test(staff["doctor"], refuted, "lab", "negative", dt.date(2024, 3, 9),
                       lab="Lab")
    tally = compute_tally(Period.month(2024, 3))
    assert {k: tally.value("urine_confirmations", k) for k in
            ("pending", "lab_positive", "admission", "lab_negative")} == {
        "pending": 1, "lab_positive": 1, "admission": 1, "lab_negative": 1}
    assert tally.value("urine_tests", "positive") == 4  # every screen, as before
    assert pending
