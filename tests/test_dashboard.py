"""The day's dashboard queries (models.desk.dashboard) and the record's course queries
(models.desk.course): what each section counts and lists, cut at the limit with the full count,
and which sections each role gets."""
from __future__ import annotations

import datetime as dt

import pytest

from models.admin.facility_admin import FacilityInput, save_facility, set_setting
from models.care.aftercare import FollowUp, record_contact, start_aftercare
from models.care.discharge import discharge_episode
from models.care.enrollment import enroll, move_phase
from models.care.notes import sign_note, write_note
from models.care.program_templates import install_default_templates
from models.care.urine import confirm_urine_test, record_urine_test
from models.core.errors import PermissionDenied
from models.desk.course import course_of, discharge_of, relapses_of, template_phases
from models.desk.dashboard import (
    census,
    followups_missed,
    followups_today,
    load_dashboard,
    overdue,
    skhpn_today,
    unsigned_notes,
    waiting,
)
from models.documents.skhpn import SkhpnExam, open_application
from models.intake import intake
from models.people.registry import PersonInput, register_person
from tests.consent import EARLY, consented

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
PANEL = {"AMP": "negative", "MET": "negative", "THC": "negative", "COC": "negative",
         "MOP": "negative", "BZO": "negative"}


def person(staff, name: str) -> int:
    return register_person(staff["intake"], PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 1, 2), id_type="none",
        no_id_reason="Hilang"))


def episode(staff, person_id: int, days_ago: int, service: str = "inpatient") -> int:
    return consented(staff["intake"], intake.open_episode(staff["intake"], person_id,
                                                          intake.EpisodeInput(
        service_type=service, reported_on=TODAY - days_ago * DAY)))


@pytest.fixture
def tc(db):
    return install_default_templates()["bnn_rawat_inap_tc"]


def test_overdue_lists_longest_over_first_and_counts_beyond_the_limit(staff, tc):
    counselor = staff["counselor"]
    for n, days in enumerate((20, 40, 30, 10)):  # detox target: 14 days
        enroll(counselor, episode(staff, person(staff, f"Klien {n}"), days + 1), tc,
               TODAY - days * DAY)
    section = overdue(counselor, TODAY, limit=2)
    assert section.total == 3  # 10 days is within the target
    assert [(r.full_name, r.days_in_phase, r.target_days) for r in section.rows] == [
        ("Klien 1", 40, 14), ("Klien 2", 30, 14)]
    later = overdue(counselor, TODAY + 30 * DAY)
    assert later.total == 4


def test_followups_due_today_and_missed(staff, tc):
    counselor = staff["counselor"]
    plans = []
    for n in range(3):
        episode_id = episode(staff, person(staff, f"Klien {n}"), 200)
        enroll(counselor, episode_id, tc, TODAY - 190 * DAY)
        discharge_episode(counselor, episode_id, TODAY - 100 * DAY, "completed",
                          early_reason=EARLY)
        plans.append(start_aftercare(counselor, episode_id, TODAY - 100 * DAY))
    first = [FollowUp.select().where(FollowUp.plan == p).order_by(FollowUp.due_on).first()
             for p in plans]
    FollowUp.update(due_on=TODAY).where(FollowUp.id.in_([f.id for f in first[:2]])).execute()
    record_contact(counselor, plans[0], "phone", TODAY, "Baik")
    today = followups_today(counselor, TODAY)
    assert [(r.full_name, r.kept) for r in today.rows] == [("Klien 0", True),
                                                           ("Klien 1", False)]
    # Monthly from 100 days ago: 3 due before today per plan; plan 0 and 1 had their first
    # moved to today, and a contact keeps only one.
    missed = followups_missed(counselor, TODAY)
    assert missed.total == 2 + 2 + 3
    assert [r.due_on for r in missed.rows] == sorted((r.due_on for r in missed.rows),
                                                     reverse=True)
    assert followups_missed(counselor, TODAY, limit=2).total == 7
    assert len(followups_missed(counselor, TODAY, limit=2).rows) == 2


def test_census_waiting_skhpn_and_unsigned_notes(staff, tc):
    save_facility(staff["admin"], FacilityInput(name_lines=("BNN UJI",), code="BNN-UJI",
                                                kind="bnn_clinic"))
    set_setting(staff["admin"], "capacity_inpatient", 1)
    counselor = staff["counselor"]
    inpatient = episode(staff, person(staff, "Rawat Inap"), 20)
    enroll(counselor, inpatient, tc, TODAY - 10 * DAY)
    outpatient = episode(staff, person(staff, "Rawat Jalan"), 20, "outpatient")
    intake.admit(staff["intake"], outpatient, TODAY - 5 * DAY)
    waiting_id = person(staff, "Menunggu")
    assert intake.admit(staff["intake"], episode(staff, waiting_id, 3), TODAY) == "waiting"
    counts = census(counselor)
    assert dict(counts.by_service) == {"outpatient": 1, "inpatient": 1, "maintenance": 0,
                                       "social": 0}
    assert dict(counts.capacities) == {"outpatient": 0, "inpatient": 1, "maintenance": 0,
                                       "social": 0}
    assert (counts.total, counts.capacity) == (2, 1)
    assert [r.person_id for r in waiting(staff["intake"]).rows] == [waiting_id]
    applicant = person(staff, "Pemohon")
    open_application(staff["intake"], applicant, "job")
    yesterday = open_application(staff["intake"], applicant, "school")
    SkhpnExam.update(registered_at=dt.datetime.now() - dt.timedelta(days=1)).where(
        SkhpnExam.id == yesterday).execute()
    assert [(r.full_name, r.purpose, r.state) for r in skhpn_today(staff["doctor"], TODAY).rows] \
        == [("Pemohon", "job", "open")]
    draft = write_note(counselor, "individual", TODAY, "Sesi 1", "isi", episode_id=inpatient)
    signed = write_note(counselor, "individual", TODAY, "Sesi 2", "isi", episode_id=inpatient)
    sign_note(counselor, signed)
    write_note(counselor, "group", TODAY, "Kelompok", "isi", roster=[inpatient, outpatient])
    notes = unsigned_notes(counselor)
    assert notes.total == 2
    assert {(r.kind, r.full_name, r.attendees) for r in notes.rows} == {
        ("individual", "Rawat Inap", 1), ("group", "Rawat Inap", 2)}
    assert draft in {r.note_id for r in notes.rows}
    assert unsigned_notes(staff["doctor"]).total == 0  # only the author's own drafts


def test_sections_follow_the_rights_of_the_role(staff, tc):
    counselor = load_dashboard(staff["counselor"])
    assert None not in (counselor.overdue, counselor.census, counselor.waiting,
                        counselor.skhpn_today, counselor.unsigned_notes)
    desk = load_dashboard(staff["intake"])
    assert desk.unsigned_notes is None and desk.waiting is not None
    assert desk.overdue is not None  # the intake desk views programs, not notes
    with pytest.raises(PermissionDenied):
        unsigned_notes(staff["intake"])
    admin = load_dashboard(staff["admin"])
    assert admin.unsigned_notes is None


def test_course_of_a_person_and_relapses_of_a_plan(staff, tc):
    counselor = staff["counselor"]
    person_id = person(staff, "Budi")
    old = episode(staff, person_id, 300)
    enrollment_id = enroll(counselor, old, tc, TODAY - 290 * DAY)
    phases = template_phases(counselor, tc)
    assert [p.seq for p in phases] == list(range(1, 8)) and phases[0].is_first
    move_phase(counselor, enrollment_id, phases[1].id, TODAY - 270 * DAY, "")
    discharge_episode(counselor, old, TODAY - 100 * DAY, "completed",
                      early_reason=EARLY, aftercare=True)
    new = episode(staff, person_id, 5)
    courses = course_of(counselor, person_id)
    assert [c.episode_id for c in courses] == [new, old]
    assert courses[0].enrollment_id is None and courses[0].plan_id is None
    assert courses[1].enrollment_id == enrollment_id and courses[1].discharge_id is not None
    record = discharge_of(counselor, old)
    assert (record.reason, record.teds_code, record.staff_name) == ("completed", 1,
                                                                    counselor.full_name)
    assert discharge_of(counselor, new) is None
    plan_id = courses[1].plan_id
    record_contact(counselor, plan_id, "group", TODAY - 50 * DAY, "Kambuh", relapse=True)
    test_id = record_urine_test(staff["doctor"], person_id, old, "U-1",
                                dt.datetime.combine(TODAY - 10 * DAY, dt.time(9)), True, "",
                                "", "aftercare", PANEL | {"THC": "positive"})
    assert len(relapses_of(counselor, plan_id)) == 1  # a positive screen is presumptive
    confirm_urine_test(staff["doctor"], test_id, "lab", "positive", TODAY - 8 * DAY,
                       lab="Labkesda")
    relapses = relapses_of(counselor, plan_id)
    # aftercare's first day is the day after the discharge
    assert [(r.on, r.source, r.previous) for r in relapses] == [
        (TODAY - 50 * DAY, "contact", TODAY - 99 * DAY),
        (TODAY - 10 * DAY, "urine_test", TODAY - 50 * DAY)]
    with pytest.raises(PermissionDenied):
        course_of(None, person_id)  # type: ignore[arg-type]  (nobody signed in)
