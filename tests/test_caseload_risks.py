"""Beranda's 'Klien saya': flagged risks and urine tests due (issue 17, deliver 1), each of
the counselor's own caseload (or the whole facility's), a restricted person never named to a
member without the right to restricted records."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.admin.facility_admin import set_setting
from models.care.urine import record_urine_test
from models.core.errors import ValidationError
from models.desk.caseload import TABS, flagged_risks, urine_due
from models.desk.dashboard import load_dashboard
from models.intake import intake
from models.people import registry
from models.people.flags import set_flag
from models.safety import accounts
from tests.conftest import SAMPLE_PERSON
from tests.consent import consented

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
PANEL = {"AMP": "negative", "MET": "negative", "THC": "negative", "COC": "negative",
         "MOP": "negative", "BZO": "negative"}


def admitted(staff, name: str, n: int, counselor_id: int, days_ago: int) -> int:
    """A person admitted ``days_ago`` with ``counselor_id`` of record; returns the person."""
    person_id = registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name=name, nik=f"32730517089501{n:02d}", phone="", sex="L",
        birth_date=dt.date(1995, 8, 17)))
    eid = consented(staff["intake"], intake.open_episode(staff["intake"], person_id,
                                                         intake.EpisodeInput(
        service_type="outpatient", reported_on=TODAY - (days_ago + 2) * DAY)))
    intake.admit(staff["intake"], eid, TODAY - days_ago * DAY, counselor_id=counselor_id)
    return person_id


def urine(staff, person_id: int, code: str, days_ago: int) -> None:
    record_urine_test(staff["doctor"], person_id, None, code,
                      dt.datetime.combine(TODAY - days_ago * DAY, dt.time(9)), True, "", "",
                      "program", PANEL)


@pytest.fixture
def other(staff):
    return accounts.create_staff(staff["admin"], "konselor2", "Konselor Dua", "counselor",
                                 "counselor-password-2")


def test_my_flagged_clients_not_another_counselors(staff, other):
    mine = admitted(staff, "Agus Salim", 1, staff["counselor"].id, 20)
    theirs = admitted(staff, "Bambang Irawan", 2, other.id, 20)
    calm = admitted(staff, "Cahyo Nugroho", 3, staff["counselor"].id, 20)
    set_flag(staff["counselor"], mine, "clinical", "Risiko bunuh diri")
    set_flag(staff["counselor"], theirs, "clinical", "Alergi penisilin")
    set_flag(staff["admin"], calm, "administrative", "Tunggakan")
    from models.people.flags import PersonFlag, clear_flag
    clear_flag(staff["admin"], PersonFlag.get(PersonFlag.person == calm).id, "Lunas")
    section = flagged_risks(staff["counselor"], TODAY, 50, staff["counselor"].id)
    assert [(r.person_id, r.kind, r.text) for r in section.rows] == [
        (mine, "clinical", "Risiko bunuh diri")] and section.total == 1
    facility = flagged_risks(staff["counselor"], TODAY, 50, None)
    assert {r.person_id for r in facility.rows} == {mine, theirs} and facility.total == 2
    dashboard = load_dashboard(staff["counselor"], TODAY, mine=True)
    assert [r.person_id for r in dashboard.flagged_risks.rows] == [mine]
    assert TABS["flagged_risks"] == ""


def test_a_restricted_person_is_not_named_without_the_right(staff):
    secret = admitted(staff, "Rahasia Sekali", 4, staff["counselor"].id, 40)
    set_flag(staff["admin"], secret, "restricted", "Perkara sensitif")
    set_flag(staff["admin"], secret, "legal", "Putusan pengadilan")
    line, = flagged_risks(staff["counselor"], TODAY, 50, staff["counselor"].id).rows
    assert line.person_id == secret and line.restricted and line.full_name == ""
    assert line.kind == "legal"  # the restricted mark itself is no risk to list
    urine_line, = urine_due(staff["counselor"], TODAY, 50, staff["counselor"].id).rows
    assert urine_line.restricted and urine_line.full_name == ""
    doctor_line, = flagged_risks(staff["doctor"], TODAY, 50, None).rows  # doctor: the right
    assert not doctor_line.restricted and doctor_line.full_name == "Rahasia Sekali"


def test_urine_tests_due_by_the_setting(staff, other):
    due = admitted(staff, "Dedi Kurniawan", 5, staff["counselor"].id, 60)
    recent = admitted(staff, "Eko Prasetyo", 6, staff["counselor"].id, 60)
    urine(staff, recent, "U-E1", 5)
    stale = admitted(staff, "Fajar Hidayat", 7, staff["counselor"].id, 60)
    urine(staff, stale, "U-F1", 40)
    admitted(staff, "Gilang Ramadhan", 8, staff["counselor"].id, 3)  # admitted days ago
    theirs = admitted(staff, "Hendra Wijaya", 9, other.id, 60)
    section = urine_due(staff["counselor"], TODAY, 50, staff["counselor"].id)
    assert {r.person_id for r in section.rows} == {due, stale} and section.total == 2
    assert [r.person_id for r in section.rows] == [due, stale]  # longest without a test first
    assert {r.person_id: r.last_test for r in section.rows} == {due: None,
                                                                stale: TODAY - 40 * DAY}
    facility = urine_due(staff["counselor"], TODAY, 50, None)
    assert {r.person_id for r in facility.rows} == {due, stale, theirs}
    set_setting(staff["admin"], "urine_due_days", 45)
    assert {r.person_id for r in urine_due(staff["counselor"], TODAY, 50,
                                           staff["counselor"].id).rows} == {due}
    for bad in (6, 181):
        with pytest.raises(ValidationError):
            set_setting(staff["admin"], "urine_due_days", bad)
    dashboard = load_dashboard(staff["counselor"], TODAY, mine=True)
    assert [r.person_id for r in dashboard.urine_due.rows] == [due]
    assert TABS["urine_due"] == "urine"
