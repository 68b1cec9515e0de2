"""Issue 17, faults 2-5: the admission step nothing skips, closing as "tidak melanjutkan",
capacity per service type, the counselor of record, relapse and early-completion reasons."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.admin.facility_admin import set_setting
from models.admin.merge import merge_persons
from models.care.discharge import discharge_episode
from models.care.enrollment import enroll, move_phase, view_enrollment
from models.care.program import Phase
from models.care.program_templates import install_default_templates
from models.core.errors import PermissionDenied, ValidationError
from models.intake import admission, intake
from models.intake.episode import Episode, WaitingListEntry
from models.people import registry
from models.safety import accounts
from models.safety.audit import AuditEvent
from tests.conftest import SAMPLE_PERSON
from tests.consent import consented

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def person(staff, name: str, n: int, different_from: tuple[int, ...] = ()) -> int:
    return registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name=name, nik=f"32730517089500{n:02d}", phone="", sex="L",
        birth_date=dt.date(1995, 8, 17)), different_from=different_from)


def episode(staff, person_id: int, service: str = "inpatient", days_ago: int = 10) -> int:
    return intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type=service, reported_on=TODAY - days_ago * DAY))


@pytest.fixture
def templates(db):
    return install_default_templates()


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id))


def test_enrolment_needs_a_consent(staff, templates):
    """Fault 2: "Mulai program" admitted a screening client with no consent."""
    eid = episode(staff, person(staff, "Agus Salim", 1))
    with pytest.raises(ValidationError, match="no signed general consent"):
        enroll(staff["counselor"], eid, templates["bnn_rawat_inap_tc"], TODAY)
    assert Episode.get_by_id(eid).status == "screening"
    consented(staff["intake"], eid, TODAY - 2 * DAY)
    enroll(staff["counselor"], eid, templates["bnn_rawat_inap_tc"], TODAY)
    assert Episode.get_by_id(eid).status == "in_program"


def test_a_revoked_or_later_consent_does_not_count(staff, templates):
    eid = episode(staff, person(staff, "Agus Salim", 1))
    consented(staff["intake"], eid, TODAY)
    with pytest.raises(ValidationError, match="no signed general consent"):
        intake.admit(staff["intake"], eid, TODAY - DAY)  # signed after the admission day


def test_the_program_must_fit_the_service_type(staff, templates):
    """Fault 2: an outpatient episode was put into the inpatient TC template."""
    eid = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1),
                                             "outpatient"))
    with pytest.raises(ValidationError, match="is for Inpatient"):
        enroll(staff["counselor"], eid, templates["bnn_rawat_inap_tc"], TODAY)
    enroll(staff["counselor"], eid, templates["bnn_rawat_jalan"], TODAY)


def test_capacity_is_per_service_type(staff, templates):
    """Fault 4: a full inpatient unit sent an outpatient newcomer to the waiting list."""
    set_setting(staff["admin"], "capacity_inpatient", 1)
    first = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1)))
    assert intake.admit(staff["intake"], first, TODAY) == "in_program"
    outpatient = consented(staff["intake"], episode(staff, person(staff, "Bayu Aji", 2),
                                                    "outpatient"))
    assert intake.admit(staff["intake"], outpatient, TODAY) == "in_program"
    second = consented(staff["intake"], episode(staff, person(staff, "Cahyo Nugroho", 3)))
    with pytest.raises(ValidationError, match="All 1 places for Inpatient"):
        enroll(staff["counselor"], second, templates["bnn_rawat_inap_tc"], TODAY)
    assert intake.admit(staff["intake"], second, TODAY) == "waiting"
    places = {p.service: (p.taken, p.capacity) for p in admission.all_places()}
    assert places == {"inpatient": (1, 1), "outpatient": (1, 0), "maintenance": (0, 0),
                      "social": (0, 0)}


def test_admitting_ahead_of_the_waiting_list_needs_a_reason(staff, templates):
    """Fault 2: enrolment ignored the waiting-list order."""
    set_setting(staff["admin"], "capacity_inpatient", 1)
    holder = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1)))
    intake.admit(staff["intake"], holder, TODAY - 5 * DAY)
    waiting = consented(staff["intake"], episode(staff, person(staff, "Bayu Aji", 2)))
    later = consented(staff["intake"], episode(staff, person(staff, "Cahyo Nugroho", 3)))
    assert intake.admit(staff["intake"], waiting, TODAY - 4 * DAY) == "waiting"
    assert intake.admit(staff["intake"], later, TODAY - 3 * DAY) == "waiting"
    discharge_episode(staff["counselor"], holder, TODAY - DAY, "transferred",
                      referred_to="RSJ Contoh")
    with pytest.raises(ValidationError, match="1 client.* wait ahead.*Bayu Aji") as err:
        enroll(staff["counselor"], later, templates["bnn_rawat_inap_tc"], TODAY)
    assert err.value.field == admission.F_SKIP_REASON
    assert events("waiting.skip") == []
    enroll(staff["counselor"], later, templates["bnn_rawat_inap_tc"], TODAY,
           skip_reason="Putusan pengadilan: wajib mulai minggu ini")
    skip, = events("waiting.skip")
    assert (skip.record_id, skip.staff_id) == (later, staff["counselor"].id)
    assert skip.detail["reason"] == "Putusan pengadilan: wajib mulai minggu ini"
    assert skip.detail["first_episode"] == waiting
    assert WaitingListEntry.get(WaitingListEntry.episode == later).state == "admitted"


def test_the_first_in_line_needs_no_reason(staff, templates):
    set_setting(staff["admin"], "capacity_inpatient", 1)
    holder = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1)))
    intake.admit(staff["intake"], holder, TODAY - 5 * DAY)
    waiting = consented(staff["intake"], episode(staff, person(staff, "Bayu Aji", 2)))
    assert intake.admit(staff["intake"], waiting, TODAY - 4 * DAY) == "waiting"
    discharge_episode(staff["counselor"], holder, TODAY - DAY, "dropped_out")
    enroll(staff["counselor"], waiting, templates["bnn_rawat_inap_tc"], TODAY)
    assert events("waiting.skip") == []


def test_closing_a_screening_episode_as_not_continuing_unblocks_a_merge(staff):
    """Fault 3: a screening episode could not be closed, so a duplicate could not be merged."""
    first = person(staff, "Agus Salim", 1)
    duplicate = person(staff, "Agus Salim", 2, different_from=(first,))  # a typo'd NIK
    episode(staff, first)
    dup_episode = episode(staff, duplicate)
    with pytest.raises(ValidationError, match="Both people have an open episode"):
        merge_persons(staff["admin"], first, duplicate)
    with pytest.raises(ValidationError, match="Please fill in"):
        admission.close_not_continuing(staff["intake"], dup_episode, TODAY, "  ")
    admission.close_not_continuing(staff["intake"], dup_episode, TODAY,
                                   "Terdaftar dua kali di meja pendaftaran")
    row = Episode.get_by_id(dup_episode)
    assert (row.status, row.not_continued_on, row.admitted_on) == ("closed", TODAY, None)
    closed, = events("episode.not_continued")
    assert closed.detail["reason"] == "Terdaftar dua kali di meja pendaftaran"
    merge_persons(staff["admin"], first, duplicate)
    with pytest.raises(ValidationError, match="Only an episode in screening"):
        admission.close_not_continuing(staff["intake"], dup_episode, TODAY, "lagi")


def test_a_waiting_episode_closed_leaves_the_list(staff):
    set_setting(staff["admin"], "capacity_inpatient", 1)
    intake.admit(staff["intake"], consented(staff["intake"], episode(
        staff, person(staff, "Agus Salim", 1))), TODAY - 3 * DAY)
    waiting = consented(staff["intake"], episode(staff, person(staff, "Bayu Aji", 2)))
    intake.admit(staff["intake"], waiting, TODAY - 2 * DAY)
    with pytest.raises(PermissionDenied):
        admission.close_not_continuing(staff["doctor"], waiting, TODAY, "Pindah kota")
    admission.close_not_continuing(staff["intake"], waiting, TODAY, "Pindah kota")
    entry = WaitingListEntry.get(WaitingListEntry.episode == waiting)
    assert (entry.state, entry.left_on) == ("withdrawn", TODAY)


def test_counselor_of_record_set_at_admission_changed_with_a_reason(staff, templates):
    """Fault 1: episodes had no counselor of record."""
    second = accounts.create_staff(staff["admin"], "konselor2", "Konselor Dua", "counselor",
                                   "counselor-password-2")
    eid = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1)))
    enroll(staff["counselor"], eid, templates["bnn_rawat_inap_tc"], TODAY)
    assert Episode.get_by_id(eid).counselor_id == staff["counselor"].id
    with pytest.raises(ValidationError, match="Please fill in"):
        admission.set_counselor(staff["counselor"], eid, second.id, "")
    with pytest.raises(ValidationError, match="not an active counselor"):
        admission.set_counselor(staff["counselor"], eid, staff["doctor"].id, "Dokter")
    admission.set_counselor(staff["counselor"], eid, second.id, "Cuti melahirkan")
    assert Episode.get_by_id(eid).counselor_id == second.id
    change = events("episode.counselor")[-1]
    assert (change.detail["previous"], change.detail["counselor"], change.detail["reason"]) \
        == (staff["counselor"].id, second.id, "Cuti melahirkan")


def test_the_desk_chooses_the_counselor_when_it_admits(staff):
    eid = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1),
                                             "outpatient"))
    intake.admit(staff["intake"], eid, TODAY, counselor_id=staff["counselor"].id)
    assert Episode.get_by_id(eid).counselor_id == staff["counselor"].id


def test_the_admin_reassigns_a_caseload(staff, templates):
    second = accounts.create_staff(staff["admin"], "konselor2", "Konselor Dua", "counselor",
                                   "counselor-password-2")
    ids = []
    for n in range(3):
        eid = consented(staff["intake"], episode(staff, person(staff, f"Klien {n}", n + 1),
                                                 "outpatient"))
        intake.admit(staff["intake"], eid, TODAY, counselor_id=staff["counselor"].id)
        ids.append(eid)
    with pytest.raises(PermissionDenied):
        admission.reassign_caseload(staff["counselor"], staff["counselor"].id, second.id, "x")
    moved = admission.reassign_caseload(staff["admin"], staff["counselor"].id, second.id,
                                        "Konselor pindah tugas")
    assert moved == 3
    assert {e.counselor_id for e in Episode.select().where(Episode.id.in_(ids))} == {second.id}
    assert len([e for e in events("episode.counselor") if e.detail.get("caseload")]) == 3


def test_forward_move_first_and_a_relapse_needs_a_reason(staff, templates):
    """Fault 5: after a forward move the relapse move came first, and needed no reason."""
    tc = templates["bnn_rawat_inap_tc"]
    phases = list(Phase.select().where(Phase.template == tc).order_by(Phase.seq))
    eid = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1),
                                             days_ago=40))
    enrollment_id = enroll(staff["counselor"], eid, tc, TODAY - 30 * DAY)
    move_phase(staff["counselor"], enrollment_id, phases[1].id, TODAY - 10 * DAY, "")
    allowed = view_enrollment(staff["counselor"], enrollment_id).allowed
    assert allowed[0].kind == "forward" and allowed[-1].kind == "back"
    assert allowed[-1].needs_reason
    with pytest.raises(ValidationError, match="needs a reason"):
        move_phase(staff["counselor"], enrollment_id, phases[0].id, TODAY, "")
    move_phase(staff["counselor"], enrollment_id, phases[0].id, TODAY, "", "Positif sabu")


def test_completed_before_the_last_phase_needs_a_confirmed_reason(staff, templates):
    """Fault 5: "Completed" was accepted at phase 2 of 7 without a word."""
    tc = templates["bnn_rawat_inap_tc"]
    phases = list(Phase.select().where(Phase.template == tc).order_by(Phase.seq))
    eid = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1),
                                             days_ago=40))
    enrollment_id = enroll(staff["counselor"], eid, tc, TODAY - 30 * DAY)
    move_phase(staff["counselor"], enrollment_id, phases[1].id, TODAY - 10 * DAY, "")
    with pytest.raises(ValidationError, match="before the program's last phase"):
        discharge_episode(staff["counselor"], eid, TODAY, "completed")
    with pytest.raises(ValidationError, match="Choose|valid choice|fill in"):
        discharge_episode(staff["counselor"], eid, TODAY, "")  # no reason picked
    discharge_episode(staff["counselor"], eid, TODAY, "completed",
                      early_reason="Dirujuk pulang oleh tim; tujuan terapi tercapai")
    event, = events("episode.discharge")
    assert event.detail["early_reason"].startswith("Dirujuk pulang")


def test_completed_in_the_last_program_phase_needs_nothing_more(staff, templates):
    tc = templates["bnn_rawat_inap_tc"]
    phases = list(Phase.select().where(Phase.template == tc).order_by(Phase.seq))
    eid = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1),
                                             days_ago=40))
    enrollment_id = enroll(staff["counselor"], eid, tc, TODAY - 30 * DAY)
    for n, phase in enumerate(phases[1:6], 1):  # up to re-entry, the last program phase
        move_phase(staff["counselor"], enrollment_id, phase.id, TODAY - (20 - n) * DAY, "")
    discharge_episode(staff["counselor"], eid, TODAY, "completed")


def test_tally_counts_closed_without_admission_and_waiting_per_service(staff):
    """Definitions version 2: "tidak melanjutkan" and the waiting list by service type, each
    equal to the plain-Python recount (tests/tally_recount.py)."""
    from models.facility.facility import SETTINGS
    from models.tallies.indicators import DEFINITIONS_VERSION, INDICATORS
    from models.tallies.tally import Period, compute_tally
    from tests.tally_recount import Rows, recount
    assert DEFINITIONS_VERSION == 2
    set_setting(staff["admin"], "capacity_inpatient", 1)
    set_setting(staff["admin"], "capacity_social", 1)
    holders = [consented(staff["intake"], episode(staff, person(staff, f"Pemegang {n}", n + 1),
                                                  service, days_ago=3))
               for n, service in enumerate(("inpatient", "social"))]
    for holder in holders:
        intake.admit(staff["intake"], holder, TODAY - 2 * DAY)
    queued = [consented(staff["intake"], episode(staff, person(staff, f"Antre {n}", n + 3),
                                                 service, days_ago=3))
              for n, service in enumerate(("inpatient", "inpatient", "social"))]
    for eid in queued:
        assert intake.admit(staff["intake"], eid, TODAY - DAY) == "waiting"
    admission.close_not_continuing(staff["intake"], queued[1], TODAY, "Pindah ke kota lain")
    screening = episode(staff, person(staff, "Skrining Saja", 7), "outpatient", days_ago=3)
    admission.close_not_continuing(staff["intake"], screening, TODAY, "Tidak datang lagi")
    period = Period("month", TODAY - 5 * DAY, TODAY)  # a span holding every date above
    counted = compute_tally(period)
    assert dict(counted.values["not_continued"]) == {"": 2, "outpatient": 1, "inpatient": 1,
                                                     "maintenance": 0, "social": 0}
    assert counted.value("waiting_list_by_service", "inpatient") == 1
    assert counted.value("waiting_list_by_service", "social") == 1
    assert counted.value("waiting_list_end") == 2
    assert counted.value("new_clients") == 2  # the closed ones were never admitted
    expected = recount(Rows(), period, list(SETTINGS["age_bands"].default))
    for indicator in INDICATORS:
        assert {k: n for k, n in counted.values[indicator.id].items() if n} == \
            {k: n for k, n in expected[indicator.id].items() if n}, indicator.id


def test_a_newcomer_admitted_at_the_desk_joins_the_queue_behind_those_waiting(staff):
    set_setting(staff["admin"], "capacity_inpatient", 1)
    holder = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1)))
    intake.admit(staff["intake"], holder, TODAY - 5 * DAY)
    waiting = consented(staff["intake"], episode(staff, person(staff, "Bayu Aji", 2)))
    assert intake.admit(staff["intake"], waiting, TODAY - 4 * DAY) == "waiting"
    discharge_episode(staff["counselor"], holder, TODAY - DAY, "dropped_out")
    newcomer = consented(staff["intake"], episode(staff, person(staff, "Cahyo Nugroho", 3)))
    assert intake.admit(staff["intake"], newcomer, TODAY) == "waiting"  # a place is free
    with pytest.raises(ValidationError, match="wait ahead"):  # now on the list: needs why
        intake.admit(staff["intake"], newcomer, TODAY)
    assert intake.admit(staff["intake"], waiting, TODAY) == "in_program"


def test_klien_saya_holds_the_counselors_own_caseload(staff, templates):
    """Fault 1: Beranda was the whole facility's work, none of it marked as the counselor's."""
    import datetime as _dt

    from models.care.urine import confirm_urine_test, record_urine_test
    from models.desk.caseload import urine_pending
    from models.desk.dashboard import load_dashboard
    second = accounts.create_staff(staff["admin"], "konselor2", "Konselor Dua", "counselor",
                                   "counselor-password-2")
    tc = templates["bnn_rawat_inap_tc"]
    mine_id = consented(staff["intake"], episode(staff, person(staff, "Milik Saya", 1),
                                                 days_ago=60))
    theirs_id = consented(staff["intake"], episode(staff, person(staff, "Milik Lain", 2),
                                                   days_ago=60))
    enroll(staff["counselor"], mine_id, tc, TODAY - 50 * DAY)  # detox target: 14 days
    enroll(second, theirs_id, tc, TODAY - 50 * DAY)
    panel = {"AMP": "negative", "MET": "positive", "THC": "negative", "COC": "negative",
             "MOP": "negative", "BZO": "negative"}
    tests = {}
    for n, eid in enumerate((mine_id, theirs_id)):
        row = Episode.get_by_id(eid)
        tests[eid] = record_urine_test(staff["doctor"], row.person_id, eid, f"U-{n}",
                                       _dt.datetime.combine(TODAY - DAY, _dt.time(9)), True,
                                       "Kit", "L1", "program", panel)
    facility = load_dashboard(staff["counselor"], TODAY)
    mine = load_dashboard(staff["counselor"], TODAY, mine=True)
    assert facility.overdue.total == 2 and mine.overdue.total == 1
    assert [r.full_name for r in mine.overdue.rows] == ["Milik Saya"]
    assert facility.urine_pending.total == 2
    assert [r.full_name for r in mine.urine_pending.rows] == ["Milik Saya"]
    confirm_urine_test(staff["doctor"], tests[mine_id], "admission", "positive", TODAY)
    assert urine_pending(staff["counselor"], counselor_id=staff["counselor"].id).total == 0
    assert load_dashboard(staff["intake"], TODAY).urine_pending is None  # no lab right
