"""Clinical operations on a real database: assessments, urine tests, notes, program phases,
discharge and aftercare. Each runs as the role that does it at a desk; rights, locks,
version checks and audit events are checked as a user (or an auditor) would notice them.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from models.care.addenda import add_addendum
from models.care.aftercare import (
    AftercarePlan,
    FollowUp,
    close_aftercare,
    missed_followups,
    record_contact,
    start_aftercare,
    view_aftercare,
)
from models.care.assessment import (
    Assessment,
    list_assessments,
    save_assessment,
    sign_assessment,
    view_assessment,
)
from models.care.discharge import Discharge, DischargeInput, correct_discharge, discharge_episode
from models.care.enrollment import enroll, move_phase, undo_last_move, view_enrollment
from models.care.notes import (
    NoteAttendance,
    list_notes,
    sign_note,
    update_note,
    view_note,
    write_note,
)
from models.care.program import Enrollment, Phase, PhaseMove, PhaseTransition, ProgramTemplate
from models.care.program_templates import install_default_templates
from models.care.urine import (
    UrineResult,
    UrineTest,
    confirm_urine_test,
    record_urine_test,
    view_urine_test,
)
from models.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.desk.dashboard import overdue
from models.facility.facility import Setting
from models.intake import intake
from models.intake.episode import Episode
from models.people import registry
from models.safety.audit import AuditEvent
from tests.consent import EARLY, consented

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
REPORTED = TODAY - 300 * DAY
PANEL = {"AMP": "negative", "MET": "negative", "THC": "negative", "COC": "negative",
         "MOP": "negative", "BZO": "negative"}
FULL_ASSIST = {"substances": {
    "amphetamines": {"q2": "daily", "q3": "daily", "q4": "weekly", "q5": "monthly",
                     "q6": "yes_recent", "q7": "yes_past"},          # 6+6+6+6+6+3 = 33
    "alcohol": {"q2": "monthly", "q3": "never", "q4": "never", "q5": "never",
                "q6": "no", "q7": "no"}},                              # 3
    "q8": "no"}
ASI_GRID = {d: {"severity": s, "trouble": 2, "need": 3} for d, s in (
    ("medical", 2), ("employment", 5), ("drugs", 8), ("legal", 4), ("family", 6),
    ("psychiatric", 3))}


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id))


def new_person(staff, name: str = "Budi Santoso") -> int:
    return registry.register_person(staff["intake"], registry.PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 1, 2), id_type="none",
        no_id_reason="Hilang"))


def open_episode(staff, person_id: int, reported_on: dt.date = REPORTED,
                 service_type: str = "inpatient") -> int:
    return consented(staff["intake"], intake.open_episode(staff["intake"], person_id,
                                                          intake.EpisodeInput(
        service_type=service_type, reported_on=reported_on)))


#: A small template: A (first) -> B -> C -> D (final); back one phase; skip A -> C with a
#: reason; C -> D needs a reason too. B must run at most 30 days, C 10.
PHASES = [("A", True, False, None), ("B", False, False, 30), ("C", False, False, 10),
          ("D", False, True, None)]
MOVES = [("A", "B", "forward", False), ("B", "C", "forward", False),
         ("C", "D", "forward", True), ("B", "A", "back", False), ("C", "B", "back", False),
         ("D", "C", "back", False), ("A", "C", "skip", False)]


def make_template(code: str = "uji") -> tuple[int, dict[str, int]]:
    template = ProgramTemplate.create(code=code, name=f"Program {code}",
                                      service_type="inpatient")
    phases = {}
    for seq, (name, first, final, target) in enumerate(PHASES, start=1):
        phases[name] = Phase.create(template=template.id, seq=seq, code=name, name=name,
                                    target_days=target, is_first=first, is_final=final).id
    for src, dst, kind, needs in MOVES:
        PhaseTransition.create(template=template.id, from_phase=phases[src],
                               to_phase=phases[dst], kind=kind, requires_reason=needs)
    return template.id, phases


@pytest.fixture
def episode_id(staff, person_id):
    return open_episode(staff, person_id)


@pytest.fixture
def program(db):
    return make_template()


@pytest.fixture
def enrolled(staff, episode_id, program):
    """An episode enrolled in the small template 200 days ago: (enrollment id, phases)."""
    template_id, phases = program
    return enroll(staff["counselor"], episode_id, template_id, TODAY - 200 * DAY), phases


# --- assessments ---------------------------------------------------------------------------

def test_assist_draft_is_scored_on_save(staff, person_id, episode_id):
    saved = save_assessment(staff["counselor"], person_id, episode_id, "assist",
                            TODAY - 5 * DAY, FULL_ASSIST)
    assert saved.complete and (saved.total_score, saved.risk_level) == (33, "high")
    row = Assessment.get_by_id(saved.assessment_id)
    assert (row.state, row.total_score, row.risk_level) == ("draft", 33, "high")
    scores = {s.item: (s.score, s.level) for s in row.scores}
    assert scores == {"amphetamines": (33, "high"), "alcohol": (3, "low"),
                      "injecting": (None, "no")}
    [event] = events("assessment.create")
    assert (event.staff_id, event.person_id) == (staff["counselor"].id, person_id)


def test_half_filled_draft_saves_but_signs_only_when_complete(staff, person_id, episode_id):
    counselor = staff["counselor"]
    half = {"grid": {"medical": {"severity": 2}}, "employment_section": {"job": "ojek"}}
    saved = save_assessment(counselor, person_id, episode_id, "asi", TODAY, half)
    assert not saved.complete and saved.total_score is None and "drugs" in saved.missing
    with pytest.raises(ValidationError, match="unanswered"):
        sign_assessment(counselor, saved.assessment_id)
    again = save_assessment(counselor, person_id, episode_id, "asi", TODAY,
                            {"grid": ASI_GRID}, diagnosis_code="f15.2",
                            treatment_plan=["detox", "inpatient"],
                            assessment_id=saved.assessment_id, expected_version=1)
    assert again.complete and again.version == 2 and again.total_score == 8
    signed_at = sign_assessment(counselor, saved.assessment_id)
    record = view_assessment(staff["doctor"], saved.assessment_id)
    assert (record.state, record.signed_at, record.diagnosis_code) == ("signed", signed_at,
                                                                       "F15.2")
    assert record.treatment_plan == ("detox", "inpatient")
    assert {s.item: (s.score, s.client_trouble, s.client_need) for s in record.scores}[
        "drugs"] == (8, 2, 3)
    assert len(record.scores) == 6


def test_saving_over_a_newer_version_is_a_conflict(staff, person_id):
    counselor = staff["counselor"]
    saved = save_assessment(counselor, person_id, None, "dast10", TODAY, {"q1": "yes"})
    save_assessment(staff["doctor"], person_id, None, "dast10", TODAY,
                    {"q1": "yes", "q2": "yes"}, assessment_id=saved.assessment_id,
                    expected_version=1)
    with pytest.raises(ConflictError):
        save_assessment(counselor, person_id, None, "dast10", TODAY, {"q1": "no"},
                        assessment_id=saved.assessment_id, expected_version=1)
    assert Assessment.get_by_id(saved.assessment_id).answers == {"q1": "yes", "q2": "yes"}


def test_signed_assessment_is_locked_and_corrected_by_addendum(staff, person_id):
    counselor = staff["counselor"]
    answers = {f"q{i}": "no" for i in range(1, 11)}
    saved = save_assessment(counselor, person_id, None, "dast10", TODAY, answers)
    assert (saved.total_score, saved.risk_level) == (1, "low")  # item 3 "no" scores
    with pytest.raises(ValidationError, match="draft"):
        add_addendum(counselor, "assessment", saved.assessment_id, "Too early")
    sign_assessment(counselor, saved.assessment_id)
    with pytest.raises(ValidationError, match="locked"):
        save_assessment(counselor, person_id, None, "dast10", TODAY, answers,
                        assessment_id=saved.assessment_id, expected_version=2)
    with pytest.raises(ValidationError, match="locked"):
        sign_assessment(counselor, saved.assessment_id)
    add_addendum(staff["doctor"], "assessment", saved.assessment_id,
                 "Klien mengoreksi jawaban butir 4.")
    record = view_assessment(counselor, saved.assessment_id)
    assert record.state == "signed" and record.answers == answers
    [addendum] = record.addenda
    assert addendum.staff_name == staff["doctor"].full_name
    assert addendum.text == "Klien mengoreksi jawaban butir 4."
    assert events("assessment.addendum")[0].person_id == person_id


def test_only_the_assessor_signs(staff, person_id):
    saved = save_assessment(staff["counselor"], person_id, None, "tat", TODAY, {"team": "x"})
    with pytest.raises(ValidationError, match="Konselor Adiksi"):
        sign_assessment(staff["doctor"], saved.assessment_id)
    assert Assessment.get_by_id(saved.assessment_id).state == "draft"


def test_assessment_rights_and_audited_views(staff, person_id):
    with pytest.raises(PermissionDenied):
        save_assessment(staff["intake"], person_id, None, "dast10", TODAY, {})
    with pytest.raises(PermissionDenied):  # a physical exam is lab work
        save_assessment(staff["counselor"], person_id, None, "physical", TODAY,
                        {"blood_pressure": "120/80"})
    exam = save_assessment(staff["doctor"], person_id, None, "physical", TODAY,
                           {"blood_pressure": "120/80", "pulse": 80})
    dast = save_assessment(staff["counselor"], person_id, None, "dast10", TODAY, {})
    assert Assessment.select().count() == 2
    before = AuditEvent.select().count()
    with pytest.raises(PermissionDenied):
        view_assessment(staff["intake"], dast.assessment_id)
    with pytest.raises(PermissionDenied):
        list_assessments(staff["admin"], person_id)
    assert AuditEvent.select().count() == before  # a refused look is not a look
    assert {a.kind for a in list_assessments(staff["doctor"], person_id)} == {"physical",
                                                                             "dast10"}
    view_assessment(staff["doctor"], exam.assessment_id)
    [view] = events("assessment.view")
    assert (view.staff_id, view.person_id, view.record_id) == (
        staff["doctor"].id, person_id, exam.assessment_id)


@pytest.mark.parametrize("change, fragment", [
    ({"kind": "mmpi"}, "valid choice"),
    ({"assessed_on": TODAY + DAY}, "future"),
    ({"answers": {"q1": "maybe"}}, "not a valid answer"),
    ({"answers": {"q1": {1, 2}}}, "not a filled form"),
    ({"diagnosis_code": "F20.0"}, "F10.0"),
    ({"treatment_plan": ["detox", "detox"]}, "twice"),
    ({"treatment_plan": ["hypnosis"]}, "valid choice"),
])
def test_bad_assessment_input_is_refused(staff, person_id, change, fragment):
    args = {"kind": "dast10", "assessed_on": TODAY, "answers": {}} | change
    kind, assessed_on, answers = args.pop("kind"), args.pop("assessed_on"), args.pop("answers")
    with pytest.raises(ValidationError, match=fragment):
        save_assessment(staff["counselor"], person_id, None, kind, assessed_on, answers, **args)
    assert Assessment.select().count() == 0


def test_assessment_episode_must_be_the_persons(staff, person_id, episode_id):
    other = new_person(staff)
    with pytest.raises(ValidationError, match="another person"):
        save_assessment(staff["counselor"], other, episode_id, "dast10", TODAY, {})
    with pytest.raises(NotFound):
        save_assessment(staff["counselor"], 99999, None, "dast10", TODAY, {})


# --- urine tests ---------------------------------------------------------------------------

def collected(days_ago: int) -> dt.datetime:
    """A collection time ``days_ago`` days before now (and a little earlier than now)."""
    return dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=days_ago, minutes=5)


def test_urine_test_records_the_panel(staff, person_id, episode_id):
    test_id = record_urine_test(staff["doctor"], person_id, episode_id, "U-0001", collected(1),
                                True, "Rapid 6", "L123", "program", PANEL | {"met": "positive"})
    test = UrineTest.get_by_id(test_id)
    assert test.any_positive and test.examiner_id == staff["doctor"].id
    assert {r.parameter: r.result for r in test.results}["MET"] == "positive"
    record = view_urine_test(staff["counselor"], test_id)
    assert [p for p, _ in record.results] == ["AMP", "MET", "THC", "COC", "MOP", "BZO"]
    assert events("urine.view")[0].person_id == person_id
    negative = record_urine_test(staff["doctor"], person_id, None, "U-0002", collected(0), False,
                                 "", "", "skhpn", PANEL)
    assert not UrineTest.get_by_id(negative).any_positive


@pytest.mark.parametrize("results, fragment", [
    ({k: v for k, v in PANEL.items() if k != "BZO"}, "result of BZO"),
    (PANEL | {"KET": "negative"}, "not on this facility's urine panel"),
    (PANEL | {"THC": "weak"}, "valid choice"),
])
def test_urine_panel_must_be_complete_and_known(staff, person_id, results, fragment):
    with pytest.raises(ValidationError, match=fragment):
        record_urine_test(staff["doctor"], person_id, None, "U-1", collected(0), True, "", "",
                          "skhpn", results)
    assert UrineTest.select().count() == UrineResult.select().count() == 0


def test_facility_extra_parameters_are_required(staff, person_id):
    Setting.create(key="urine_extra_parameters", value=["MDMA", "K2"])
    with pytest.raises(ValidationError, match="MDMA"):
        record_urine_test(staff["doctor"], person_id, None, "U-1", collected(0), True, "", "",
                          "skhpn", PANEL)
    test_id = record_urine_test(staff["doctor"], person_id, None, "U-1", collected(0), True, "",
                                "", "skhpn", PANEL | {"mdma": "invalid", "K2": "negative"})
    assert UrineResult.select().where(UrineResult.test == test_id).count() == 8
    assert not UrineTest.get_by_id(test_id).any_positive  # invalid is not positive


def test_urine_test_refusals(staff, person_id):
    record_urine_test(staff["doctor"], person_id, None, "U-1", collected(0), True, "", "",
                      "skhpn", PANEL)
    with pytest.raises(ValidationError, match="already recorded"):
        record_urine_test(staff["doctor"], person_id, None, "U-1", collected(0), True, "", "",
                          "skhpn", PANEL)
    with pytest.raises(ValidationError, match="future"):
        record_urine_test(staff["doctor"], person_id, None, "U-2",
                          dt.datetime.now() + dt.timedelta(hours=2), True, "", "", "skhpn",
                          PANEL)
    with pytest.raises(PermissionDenied):
        record_urine_test(staff["counselor"], person_id, None, "U-3", collected(0), True, "",
                          "", "skhpn", PANEL)
    assert UrineTest.select().count() == 1


# --- notes ---------------------------------------------------------------------------------

def test_individual_note_lifecycle(staff, person_id, episode_id):
    counselor = staff["counselor"]
    note_id = write_note(counselor, "individual", TODAY - DAY, "MI sesi 1",
                         "Klien ambivalen; 50% siap berubah.", episode_id=episode_id)
    assert update_note(counselor, note_id, 1, TODAY - DAY, "MI sesi 1",
                       "Klien ambivalen; 50% siap berubah. Rencana: sesi 2.") == 2
    with pytest.raises(ConflictError):
        update_note(counselor, note_id, 1, TODAY - DAY, "Lama", "Versi lama")
    with pytest.raises(PermissionDenied):
        sign_note(staff["doctor"], note_id)
    with pytest.raises(ValidationError, match="Konselor Adiksi"):
        _sign_as_other(staff, note_id)
    with pytest.raises(ConflictError):
        sign_note(counselor, note_id, expected_version=1)
    sign_note(counselor, note_id, expected_version=2)
    with pytest.raises(ValidationError, match="locked"):
        update_note(counselor, note_id, 3, TODAY, "x", "y")
    add_addendum(counselor, "note", note_id, "Tambahan: keluarga hadir.")
    record = view_note(staff["doctor"], note_id)
    assert record.state == "signed" and record.body.endswith("sesi 2.")
    assert [a.text for a in record.addenda] == ["Tambahan: keluarga hadir."]
    assert [e.person_id for e in events("note.view")] == [person_id]


def _sign_as_other(staff, note_id: int) -> None:
    """A second counselor (not the author) tries to sign."""
    from models.safety import accounts
    other = accounts.create_staff(staff["admin"], "konselor2", "Konselor Dua", "counselor",
                                  "konselor-password-2")
    sign_note(other, note_id)


def test_group_note_roster_and_search(staff, person_id, episode_id):
    other_person = new_person(staff)
    other_episode = open_episode(staff, other_person)
    counselor = staff["counselor"]
    group = write_note(counselor, "group", TODAY, "Relapse prevention",
                       "Diskusi pemicu; 100% hadir.", roster=[episode_id, other_episode])
    write_note(counselor, "individual", TODAY - 2 * DAY, "CBT", "Pikiran otomatis.",
               episode_id=episode_id)
    assert NoteAttendance.select().where(NoteAttendance.note == group).count() == 2
    assert [n.topic for n in list_notes(counselor, person_id)] == ["Relapse prevention", "CBT"]
    assert [n.topic for n in list_notes(counselor, other_person)] == ["Relapse prevention"]
    assert [n.id for n in list_notes(counselor, person_id, contains="PEMICU")] == [group]
    assert list_notes(counselor, person_id, contains="%") == [
        n for n in list_notes(counselor, person_id) if n.id == group]  # % is literal
    assert list_notes(counselor, person_id, contains="tidak ada") == []
    record = view_note(counselor, group)
    assert {r.person_id for r in record.roster} == {person_id, other_person}
    assert sorted(e.person_id for e in events("note.view")) == sorted([person_id, other_person])
    assert [e.detail["count"] for e in events("note.search")] == [1, 1, 0]


def test_note_rules(staff, person_id, episode_id):
    counselor = staff["counselor"]
    with pytest.raises(ValidationError):
        write_note(counselor, "individual", TODAY, "x", "y")  # no episode
    with pytest.raises(ValidationError):
        write_note(counselor, "group", TODAY, "x", "y", roster=[])
    with pytest.raises(ValidationError, match="twice"):
        write_note(counselor, "group", TODAY, "x", "y", roster=[episode_id, episode_id])
    with pytest.raises(ValidationError, match="before"):
        write_note(counselor, "individual", REPORTED - DAY, "x", "y", episode_id=episode_id)
    with pytest.raises(PermissionDenied):
        write_note(staff["doctor"], "individual", TODAY, "x", "y", episode_id=episode_id)
    with pytest.raises(PermissionDenied):
        list_notes(staff["intake"], person_id)
    empty = write_note(counselor, "individual", TODAY, "Kosong", "", episode_id=episode_id)
    with pytest.raises(ValidationError, match="fill in"):
        sign_note(counselor, empty)


# --- program -------------------------------------------------------------------------------

def test_enroll_starts_in_the_first_phase(staff, episode_id, program):
    template_id, phases = program
    started = TODAY - 10 * DAY
    enrollment_id = enroll(staff["counselor"], episode_id, template_id, started)
    enrollment = Enrollment.get_by_id(enrollment_id)
    assert (enrollment.current_phase_id, enrollment.phase_since) == (phases["A"], started)
    [move] = enrollment.moves
    assert (move.kind, move.from_phase_id, move.to_phase_id) == ("start", None, phases["A"])
    episode = Episode.get_by_id(episode_id)
    assert (episode.status, episode.admitted_on) == ("in_program", started)
    with pytest.raises(ValidationError, match="already in the program"):
        enroll(staff["counselor"], episode_id, template_id, started)
    with pytest.raises(PermissionDenied):
        enroll(staff["intake"], episode_id, template_id, started)


def test_moves_follow_the_template(staff, enrolled):
    enrollment_id, phases = enrolled
    counselor = staff["counselor"]
    day = TODAY - 190 * DAY
    with pytest.raises(ValidationError, match="does not allow a move from A to D"):
        move_phase(counselor, enrollment_id, phases["D"], day, "")
    with pytest.raises(ValidationError, match="needs a reason"):
        move_phase(counselor, enrollment_id, phases["C"], day, "")  # a skip
    with pytest.raises(ValidationError, match="future"):
        move_phase(counselor, enrollment_id, phases["B"], TODAY + DAY, "")
    with pytest.raises(ValidationError, match="previous phase move"):
        move_phase(counselor, enrollment_id, phases["B"], TODAY - 201 * DAY, "")
    move_phase(counselor, enrollment_id, phases["B"], day, "Stabil")
    with pytest.raises(ValidationError, match="needs a reason"):  # a relapse move says why
        move_phase(counselor, enrollment_id, phases["A"], day + DAY, "Relaps", "")
    move_phase(counselor, enrollment_id, phases["A"], day + DAY, "", "Relaps")  # back
    move_phase(counselor, enrollment_id, phases["C"], day + 2 * DAY, "", "Cepat pulih")  # skip
    with pytest.raises(ValidationError, match="needs a reason"):
        move_phase(counselor, enrollment_id, phases["D"], day + 3 * DAY, "")
    move_phase(counselor, enrollment_id, phases["D"], day + 3 * DAY, "", "Siap")
    enrollment = Enrollment.get_by_id(enrollment_id)
    assert (enrollment.current_phase_id, enrollment.phase_since) == (phases["D"], day + 3 * DAY)
    assert enrollment.ended_on is None  # the final phase is no discharge
    assert Episode.get_by_id(enrollment.episode_id).status == "in_program"
    kinds = [m.kind for m in enrollment.moves.order_by(PhaseMove.id)]
    assert kinds == ["start", "forward", "back", "skip", "forward"]
    with pytest.raises(PermissionDenied):
        move_phase(staff["intake"], enrollment_id, phases["C"], TODAY, "")


def test_undo_restores_the_previous_phase(staff, enrolled):
    enrollment_id, phases = enrolled
    counselor = staff["counselor"]
    with pytest.raises(ValidationError, match="nothing|no phase move"):
        undo_last_move(counselor, enrollment_id)
    first = move_phase(counselor, enrollment_id, phases["B"], TODAY - 150 * DAY, "")
    second = move_phase(counselor, enrollment_id, phases["C"], TODAY - 100 * DAY, "")
    with pytest.raises(PermissionDenied):
        undo_last_move(staff["intake"], enrollment_id)
    assert undo_last_move(counselor, enrollment_id) == phases["B"]
    enrollment = Enrollment.get_by_id(enrollment_id)
    assert (enrollment.current_phase_id, enrollment.phase_since) == (phases["B"],
                                                                     TODAY - 150 * DAY)
    undone = PhaseMove.get_by_id(second)
    assert undone.undone_at is not None and undone.undone_by_id == counselor.id
    assert PhaseMove.get_by_id(first).undone_at is None
    # The move can be made again, dated from the phase the client is back in.
    move_phase(counselor, enrollment_id, phases["C"], TODAY - 140 * DAY, "")
    record = view_enrollment(counselor, enrollment_id)
    assert record.current_phase_name == "C" and [m.undone for m in record.moves] == [
        False, False, True, False]
    assert {a.to_phase_name for a in record.allowed} == {"B", "D"}


def test_stale_version_is_a_conflict(staff, enrolled):
    enrollment_id, phases = enrolled
    move_phase(staff["counselor"], enrollment_id, phases["B"], TODAY - DAY, "")
    with pytest.raises(ConflictError):
        move_phase(staff["counselor"], enrollment_id, phases["C"], TODAY, "",
                   expected_version=1)


def test_signed_asi_is_required_before_leaving_assessment(staff, person_id, episode_id):
    ids = install_default_templates()
    counselor = staff["counselor"]
    Episode.update(service_type="outpatient").where(Episode.id == episode_id).execute()
    enrollment_id = enroll(counselor, episode_id, ids["bnn_rawat_jalan"], TODAY - 30 * DAY)
    counselling = Phase.get((Phase.template == ids["bnn_rawat_jalan"])
                            & (Phase.code == "konseling")).id
    with pytest.raises(ValidationError, match="signed ASI"):
        move_phase(counselor, enrollment_id, counselling, TODAY - 20 * DAY, "")
    asi = save_assessment(counselor, person_id, episode_id, "asi", TODAY - 25 * DAY,
                          {"grid": ASI_GRID})
    with pytest.raises(ValidationError, match="signed ASI"):  # a draft is not enough
        move_phase(counselor, enrollment_id, counselling, TODAY - 20 * DAY, "")
    sign_assessment(counselor, asi.assessment_id)
    move_phase(counselor, enrollment_id, counselling, TODAY - 20 * DAY, "")
    # A move back after a relapse is never held up by paperwork.
    move_phase(counselor, enrollment_id, Phase.get((Phase.template == ids["bnn_rawat_jalan"])
                                                   & (Phase.code == "asesmen")).id,
               TODAY - 10 * DAY, "", "Relaps")


def test_overdue_phases(staff, person_id, program):
    template_id, phases = program
    counselor = staff["counselor"]
    # Three clients in B (target 30 days): 31 days (overdue), exactly 30 (not yet), 45 but
    # discharged (not listed). One in A, which has no target.
    clients = []
    for n, days in enumerate((31, 30, 45, 60)):
        pid = person_id if n == 0 else new_person(staff, f"Klien {n}")
        episode = open_episode(staff, pid)
        enrollment_id = enroll(counselor, episode, template_id, TODAY - 100 * DAY)
        if n < 3:
            move_phase(counselor, enrollment_id, phases["B"], TODAY - days * DAY, "")
        clients.append((episode, enrollment_id))
    discharge_episode(counselor, clients[2][0], TODAY, "completed", early_reason=EARLY)
    section = overdue(staff["intake"], TODAY)
    assert section.total == 1
    assert [(r.enrollment_id, r.phase_name, r.days_in_phase, r.target_days)
            for r in section.rows] == [(clients[0][1], "B", 31, 30)]
    assert section.rows[0].full_name == "Siti Rahmawati"
    later = overdue(staff["intake"], TODAY + 5 * DAY)
    assert [r.days_in_phase - r.target_days for r in later.rows] == [6, 5]


# --- discharge -----------------------------------------------------------------------------

def test_discharge_ends_the_program(staff, enrolled):
    enrollment_id, phases = enrolled
    counselor = staff["counselor"]
    episode_id = Enrollment.get_by_id(enrollment_id).episode_id
    move_phase(counselor, enrollment_id, phases["B"], TODAY - 50 * DAY, "")
    with pytest.raises(ValidationError, match="last phase move"):
        discharge_episode(counselor, episode_id, TODAY - 60 * DAY, "completed", early_reason=EARLY)
    with pytest.raises(ValidationError, match="future"):
        discharge_episode(counselor, episode_id, TODAY + DAY, "completed", early_reason=EARLY)
    with pytest.raises(ValidationError, match="Referred to"):
        discharge_episode(counselor, episode_id, TODAY, "transferred")
    with pytest.raises(PermissionDenied):
        discharge_episode(staff["intake"], episode_id, TODAY, "completed", early_reason=EARLY)
    discharge_id = discharge_episode(counselor, episode_id, TODAY - 10 * DAY, "absconded",
                                     note="Kabur malam hari")
    row = Discharge.get_by_id(discharge_id)
    assert (row.reason, row.teds_code, row.staff_id) == ("absconded", 2, counselor.id)
    episode = Episode.get_by_id(episode_id)
    assert (episode.status, episode.discharged_on) == ("closed", TODAY - 10 * DAY)
    assert Enrollment.get_by_id(enrollment_id).ended_on == TODAY - 10 * DAY
    with pytest.raises(ValidationError, match="already discharged"):
        discharge_episode(counselor, episode_id, TODAY, "completed", early_reason=EARLY)
    with pytest.raises(ValidationError, match="ended"):
        move_phase(counselor, enrollment_id, phases["C"], TODAY, "")
    with pytest.raises(ValidationError, match="ended"):
        undo_last_move(counselor, enrollment_id)


def test_discharge_needs_an_admission(staff, episode_id):
    with pytest.raises(ValidationError, match="never admitted"):
        discharge_episode(staff["counselor"], episode_id, TODAY, "dropped_out")
    intake.admit(staff["intake"], episode_id, TODAY - 20 * DAY)
    with pytest.raises(ValidationError, match="Admission date"):
        discharge_episode(staff["counselor"], episode_id, TODAY - 21 * DAY, "dropped_out")
    discharge_id = discharge_episode(
        staff["counselor"], episode_id, TODAY, "completed", outcome_recovered=True,
        outcome_skilled=False, outcome_independent=None)
    row = Discharge.get_by_id(discharge_id)
    assert (row.outcome_recovered, row.outcome_skilled, row.outcome_independent) == (
        True, False, None)


def test_correct_discharge_is_audited_with_old_and_new_values(staff, enrolled):
    enrollment_id, _phases = enrolled
    episode_id = Enrollment.get_by_id(enrollment_id).episode_id
    discharge_id = discharge_episode(staff["counselor"], episode_id, TODAY - 5 * DAY,
                                     "dropped_out")
    fixed = DischargeInput(TODAY - 7 * DAY, "transferred", referred_to="RSKO Jakarta")
    with pytest.raises(PermissionDenied):
        correct_discharge(staff["intake"], discharge_id, fixed, "Salah input")
    with pytest.raises(ValidationError, match="fill in"):
        correct_discharge(staff["counselor"], discharge_id, fixed, "  ")
    correct_discharge(staff["counselor"], discharge_id, fixed, "Salah input")
    row = Discharge.get_by_id(discharge_id)
    assert (row.reason, row.teds_code, row.discharged_on) == ("transferred", 4, TODAY - 7 * DAY)
    assert Episode.get_by_id(episode_id).discharged_on == TODAY - 7 * DAY
    assert Enrollment.get_by_id(enrollment_id).ended_on == TODAY - 7 * DAY
    [event] = events("discharge.correct")
    assert event.detail["old"] == {"discharged_on": str(TODAY - 5 * DAY),
                                   "reason": "dropped_out", "teds_code": 2, "referred_to": ""}
    assert event.detail["new"]["reason"] == "transferred"
    assert event.detail["why"] == "Salah input"


# --- aftercare -----------------------------------------------------------------------------

@pytest.fixture
def discharged_jan31(staff, person_id, program):
    """An episode discharged on 30 January 2024 (a leap year): aftercare's first day is
    31 January."""
    episode_id = open_episode(staff, person_id, dt.date(2023, 11, 1))
    enroll(staff["counselor"], episode_id, program[0], dt.date(2023, 11, 2))
    discharge_episode(staff["counselor"], episode_id, dt.date(2024, 1, 30), "completed",
                      early_reason=EARLY)
    return episode_id


def test_followups_keep_one_per_month_from_the_31st(staff, discharged_jan31):
    with pytest.raises(ValidationError, match="before Discharge date"):
        start_aftercare(staff["counselor"], discharged_jan31, dt.date(2024, 1, 29))
    plan_id = start_aftercare(staff["counselor"], discharged_jan31, dt.date(2024, 1, 31))
    dues = [d for _id, d, _c in view_aftercare(staff["counselor"], plan_id).schedule]
    assert dues == [dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2024, 4, 30),
                    dt.date(2024, 5, 31), dt.date(2024, 6, 30), dt.date(2024, 7, 31)]
    plan = AftercarePlan.get_by_id(plan_id)
    assert plan.abstinence_since == dt.date(2024, 1, 31)
    assert Episode.get_by_id(discharged_jan31).status == "aftercare"
    with pytest.raises(ValidationError, match="already has"):
        start_aftercare(staff["counselor"], discharged_jan31, dt.date(2024, 2, 1))


def test_aftercare_schedule_follows_settings_and_arguments(staff, discharged_jan31):
    Setting.create(key="aftercare_followups", value=2)
    Setting.create(key="aftercare_interval_months", value=3)
    plan_id = start_aftercare(staff["counselor"], discharged_jan31, dt.date(2024, 1, 31))
    assert [f.due_on for f in FollowUp.select().where(FollowUp.plan == plan_id)
            .order_by(FollowUp.due_on)] == [dt.date(2024, 4, 30), dt.date(2024, 7, 31)]
    with pytest.raises(ValidationError, match="between 1 and 12"):
        start_aftercare(staff["counselor"], discharged_jan31, dt.date(2024, 2, 1),
                        interval_months=13)


def test_contacts_relapse_missed_and_closing(staff, person_id, discharged_jan31):
    counselor = staff["counselor"]
    plan_id = start_aftercare(counselor, discharged_jan31, dt.date(2024, 1, 31))
    assert [m.due_on for m in missed_followups(staff["intake"], dt.date(2024, 4, 15))] == [
        dt.date(2024, 2, 29), dt.date(2024, 3, 31)]
    # A visit on 4 March keeps the follow-up of 29 February (nearest open one).
    visit = record_contact(counselor, plan_id, "home_visit", dt.date(2024, 3, 4), "Baik")
    schedule = view_aftercare(counselor, plan_id).schedule
    assert schedule[0][2] == visit and schedule[1][2] is None
    # The next contact, nearer to 31 March than to anything else open, keeps that one.
    record_contact(counselor, plan_id, "phone", dt.date(2024, 3, 6), "Telepon")
    assert view_aftercare(counselor, plan_id).schedule[1][2] is not None
    assert [m.due_on for m in missed_followups(staff["intake"], dt.date(2024, 5, 15))] == [
        dt.date(2024, 4, 30)]
    record_contact(counselor, plan_id, "group", dt.date(2024, 4, 20), "Relaps", relapse=True)
    assert AftercarePlan.get_by_id(plan_id).abstinence_since == dt.date(2024, 4, 20)
    # A confirmed positive urine test later is a relapse too; a negative one is not.
    record_urine_test(staff["doctor"], person_id, discharged_jan31, "A-1",
                      dt.datetime(2024, 5, 2, 9), True, "", "", "aftercare", PANEL)
    assert AftercarePlan.get_by_id(plan_id).abstinence_since == dt.date(2024, 4, 20)
    a2 = record_urine_test(staff["doctor"], person_id, discharged_jan31, "A-2",
                           dt.datetime(2024, 5, 9, 9), True, "", "", "aftercare",
                           PANEL | {"THC": "positive"})
    confirm_urine_test(staff["doctor"], a2, "lab", "positive", dt.date(2024, 5, 10),
                       lab="Labkesda")
    assert AftercarePlan.get_by_id(plan_id).abstinence_since == dt.date(2024, 5, 9)
    # An older positive entered late does not move the date back.
    a3 = record_urine_test(staff["doctor"], person_id, discharged_jan31, "A-3",
                           dt.datetime(2024, 5, 1, 9), True, "", "", "aftercare",
                           PANEL | {"MET": "positive"})
    confirm_urine_test(staff["doctor"], a3, "admission", "positive", dt.date(2024, 5, 10))
    assert AftercarePlan.get_by_id(plan_id).abstinence_since == dt.date(2024, 5, 9)
    assert [e.detail["source"] for e in events("aftercare.relapse")] == ["contact",
                                                                         "urine_test"]
    with pytest.raises(PermissionDenied):
        close_aftercare(staff["intake"], plan_id, dt.date(2024, 8, 1), True, None, True)
    close_aftercare(counselor, plan_id, dt.date(2024, 8, 1), True, None, True)
    plan = AftercarePlan.get_by_id(plan_id)
    assert (plan.outcome_work, plan.outcome_school, plan.outcome_family) == (True, None, True)
    assert Episode.get_by_id(discharged_jan31).status == "closed"
    assert missed_followups(staff["intake"], dt.date(2024, 12, 1)) == []
    with pytest.raises(ValidationError, match="ended"):
        record_contact(counselor, plan_id, "phone", dt.date(2024, 8, 2), "")


def test_aftercare_needs_a_discharge(staff, episode_id, program):
    with pytest.raises(ValidationError, match="discharge episode"):
        start_aftercare(staff["counselor"], episode_id, TODAY)
    enroll(staff["counselor"], episode_id, program[0], TODAY - 30 * DAY)
    with pytest.raises(ValidationError, match="no aftercare"):
        discharge_episode(staff["counselor"], episode_id, TODAY - DAY, "died", aftercare=True)
    discharge_episode(staff["counselor"], episode_id, TODAY - DAY, "died")
    with pytest.raises(ValidationError, match="no aftercare"):
        start_aftercare(staff["counselor"], episode_id, TODAY)


def test_discharge_straight_into_aftercare(staff, episode_id, program):
    enroll(staff["counselor"], episode_id, program[0], TODAY - 30 * DAY)
    discharge_episode(staff["counselor"], episode_id, TODAY - DAY, "completed",
                      early_reason=EARLY, aftercare=True)
    episode = Episode.get_by_id(episode_id)
    plan = AftercarePlan.get(AftercarePlan.episode == episode_id)
    assert episode.status == "aftercare" and plan.started_on == TODAY - DAY
    assert FollowUp.select().where(FollowUp.plan == plan.id).count() == 6
    with pytest.raises(ValidationError, match="already has"):
        start_aftercare(staff["counselor"], episode_id, TODAY)


# --- a state machine over one enrolment --------------------------------------------------

class PhaseMoves(RuleBasedStateMachine):
    """Random moves, undos and discharges on one enrolment of the small template.

    The model is the stack of phases the client went through (moves not undone), with the
    date of each move. After every step the database must agree with it, every move on
    record that is not undone must be one the template allows, and after a discharge
    nothing may move any more.
    """

    staff: dict = {}
    template_id = 0
    phases: dict[str, int] = {}
    serial = 0

    @initialize()
    def start(self):
        PhaseMoves.serial += 1
        person = new_person(self.staff, f"Mesin {PhaseMoves.serial}")
        self.episode_id = open_episode(self.staff, person, TODAY - 200 * DAY)
        self.start_day = TODAY - 150 * DAY
        self.enrollment_id = enroll(self.staff["counselor"], self.episode_id,
                                    self.template_id, self.start_day)
        self.stack: list[tuple[str, dt.date]] = [("A", self.start_day)]
        self.ended = False
        self.allowed = {(s, d): (k, needs) for s, d, k, needs in MOVES}

    @rule(to=st.sampled_from([p[0] for p in PHASES]), gap=st.integers(-2, 4),
          with_reason=st.booleans())
    def move(self, to, gap, with_reason):
        current, since = self.stack[-1]
        day = since + gap * DAY
        transition = self.allowed.get((current, to))
        ok = (not self.ended and transition is not None and gap >= 0
              and (with_reason or not (transition[0] in ("skip", "back") or transition[1])))
        try:
            move_phase(self.staff["counselor"], self.enrollment_id, self.phases[to], day,
                       "catatan", "alasan" if with_reason else "")
        except ValidationError:
            assert not ok, f"refused {current}->{to} on +{gap}"
        else:
            assert ok, f"allowed {current}->{to} on +{gap}"
            self.stack.append((to, day))

    @rule()
    def undo(self):
        try:
            back_to = undo_last_move(self.staff["counselor"], self.enrollment_id)
        except ValidationError:
            assert self.ended or len(self.stack) == 1
        else:
            assert not self.ended and len(self.stack) > 1
            self.stack.pop()
            assert back_to == self.phases[self.stack[-1][0]]

    @rule(gap=st.integers(0, 3))
    def discharge(self, gap):
        try:
            discharge_episode(self.staff["counselor"], self.episode_id,
                              self.stack[-1][1] + gap * DAY, "completed",
                              early_reason=EARLY)
        except ValidationError:
            assert self.ended
        else:
            assert not self.ended
            self.ended = True

    @invariant()
    def database_agrees_with_the_model(self):
        enrollment = Enrollment.get_by_id(self.enrollment_id)
        phase, since = self.stack[-1]
        assert (enrollment.current_phase_id, enrollment.phase_since) == (self.phases[phase],
                                                                         since)
        assert (enrollment.ended_on is not None) == self.ended
        live = list(PhaseMove.select().where((PhaseMove.enrollment == self.enrollment_id)
                                             & PhaseMove.undone_at.is_null())
                    .order_by(PhaseMove.id))
        assert live[0].kind == "start" and live[0].to_phase_id == self.phases["A"]
        names = {pid: name for name, pid in self.phases.items()}
        for before, after in zip(live, live[1:]):
            assert before.to_phase_id == after.from_phase_id
            kind, _needs = self.allowed[(names[after.from_phase_id], names[after.to_phase_id])]
            assert after.kind == kind and after.moved_on >= before.moved_on
        assert [(names[m.to_phase_id], m.moved_on) for m in live] == self.stack
        if self.ended:
            assert all(m.moved_on <= enrollment.ended_on for m in live)


def test_random_moves_never_leave_the_template(staff, program):
    PhaseMoves.staff = staff
    PhaseMoves.template_id, PhaseMoves.phases = program
    run_state_machine_as_test(PhaseMoves, settings=settings(
        max_examples=30, stateful_step_count=20, deadline=None))
