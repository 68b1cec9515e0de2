"""The rights matrix: every role against every operation, on both engines.

An operation that needs a right the role lacks must raise PermissionDenied and write
nothing (no audit event, no row); one the role has must go through.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from models.admin import facility_admin, merge
from models.care import aftercare, assessment, enrollment, notes, urine
from models.core.errors import PermissionDenied
from models.desk import dashboard
from models.intake import intake
from models.people import registry, search
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.staff.rights import ROLE_DEFAULTS, Action, Area, has_right
from models.staff.staff import Staff
from models.tallies import targets
from tests.conftest import SAMPLE_PERSON

ROLES = ("admin", "intake", "counselor", "doctor")
TODAY = dt.date.today()


@dataclass
class World:
    staff: dict[str, Staff]
    person_id: int
    episode_id: int
    waiting_episode_id: int
    template_id: int


@dataclass(frozen=True)
class Op:
    name: str
    area: Area
    action: Action
    run: Callable[[Staff, World], object]


def _other_person(actor: Staff, w: World) -> int:
    return registry.register_person(actor, dataclasses.replace(
        SAMPLE_PERSON, full_name="Budi Santoso", sex="L", nik="3273051708950009"))


def _update(actor: Staff, w: World) -> int:
    data = dataclasses.replace(SAMPLE_PERSON, occupation="Guru")
    return registry.update_person(actor, w.person_id, 1, data)


EPISODE = intake.EpisodeInput(service_type="outpatient", reported_on=TODAY,
                              substances=(intake.SubstanceInput("cannabis", "smoked"),))
FACILITY = facility_admin.FacilityInput(
    name_lines=("BADAN NARKOTIKA NASIONAL", "KLINIK PRATAMA BNNK CONTOH"), code="BNNK-CT",
    kind="bnn_clinic", city="Contoh")

OPS = [
    Op("create_staff", Area.ADMIN, Action.INPUT,
       lambda a, w: accounts.create_staff(a, "baru", "Staf Baru", "counselor", "password-baru-1")),
    Op("set_right", Area.ADMIN, Action.CORRECT,
       lambda a, w: accounts.set_right(a, w.staff["doctor"].id, Area.NOTES, True, True, False)),
    Op("deactivate", Area.ADMIN, Action.CORRECT,
       lambda a, w: accounts.set_active(a, w.staff["doctor"].id
                                        if a.role != "doctor" else w.staff["counselor"].id, False)),
    Op("reset_password", Area.ADMIN, Action.CORRECT,
       lambda a, w: accounts.reset_password(a, w.staff["intake"].id, "password-baru-2")),
    Op("unlock", Area.ADMIN, Action.CORRECT,
       lambda a, w: accounts.unlock(a, w.staff["intake"].id)),
    Op("save_facility", Area.ADMIN, Action.INPUT,
       lambda a, w: facility_admin.save_facility(a, FACILITY)),
    Op("set_setting", Area.ADMIN, Action.CORRECT,
       lambda a, w: facility_admin.set_setting(a, "idle_lock_minutes", 15)),
    Op("set_target", Area.REPORT, Action.INPUT,
       lambda a, w: targets.set_target(a, TODAY.year, "outpatient_clients", 100)),
    Op("register_person", Area.IDENTITY, Action.INPUT, _other_person),
    Op("update_person", Area.IDENTITY, Action.CORRECT, _update),
    Op("view_person", Area.IDENTITY, Action.VIEW,
       lambda a, w: registry.view_person(a, w.person_id)),
    Op("add_contact", Area.IDENTITY, Action.INPUT,
       lambda a, w: registry.add_contact(a, w.person_id, "father", "Pak Rahmat")),
    Op("duplicate_candidates", Area.IDENTITY, Action.VIEW,
       lambda a, w: registry.duplicate_candidates(a, nik=SAMPLE_PERSON.nik)),
    Op("search", Area.IDENTITY, Action.VIEW, lambda a, w: search.search_ids(a, "siti")),
    Op("open_episode", Area.EPISODE, Action.INPUT,
       lambda a, w: intake.open_episode(a, _other_person(w.staff["intake"], w), EPISODE)),
    Op("record_consent", Area.EPISODE, Action.INPUT,
       lambda a, w: intake.record_consent(a, w.episode_id, "general", TODAY, "Siti Rahmawati")),
    Op("admit", Area.EPISODE, Action.INPUT, lambda a, w: intake.admit(a, w.episode_id, TODAY,
                                 skip_reason="Rujukan pengadilan, tenggat sidang")),
    Op("waiting_list", Area.EPISODE, Action.VIEW, lambda a, w: intake.waiting_list(a)),
    Op("withdraw_waiting", Area.EPISODE, Action.CORRECT,
       lambda a, w: intake.withdraw_waiting(a, w.waiting_episode_id, TODAY)),
    Op("write_note", Area.NOTES, Action.INPUT,
       lambda a, w: notes.write_note(a, "individual", TODAY, "Sesi 1", "Klien hadir.",
                                     episode_id=w.episode_id)),
    Op("list_notes", Area.NOTES, Action.VIEW, lambda a, w: notes.list_notes(a, w.person_id)),
    Op("save_dast10", Area.ASSESSMENT, Action.INPUT,
       lambda a, w: assessment.save_assessment(a, w.person_id, w.episode_id, "dast10", TODAY,
                                               {})),
    Op("list_assessments", Area.ASSESSMENT, Action.VIEW,
       lambda a, w: assessment.list_assessments(a, w.person_id)),
    Op("record_urine_test", Area.LAB, Action.INPUT,
       lambda a, w: urine.record_urine_test(
           a, w.person_id, w.episode_id, "U-0001", dt.datetime.combine(TODAY, dt.time()),
           True, "Rapid 6", "L1", "program", {p: "negative" for p in urine.panel_parameters()})),
    Op("enroll", Area.PROGRAM, Action.INPUT,
       lambda a, w: enrollment.enroll(a, w.episode_id, w.template_id, TODAY,
                                      skip_reason="Rujukan pengadilan, tenggat sidang")),
    Op("overdue", Area.PROGRAM, Action.VIEW, lambda a, w: dashboard.overdue(a, TODAY)),
    Op("merge_persons", Area.ADMIN, Action.CORRECT,
       lambda a, w: merge.merge_persons(a, w.person_id, _other_person(w.staff["intake"], w))),
    Op("missed_followups", Area.PROGRAM, Action.VIEW,
       lambda a, w: aftercare.missed_followups(a, TODAY)),
]


def build_world(staff: dict[str, Staff]) -> World:
    desk = staff["intake"]
    person_id = registry.register_person(desk, SAMPLE_PERSON)
    episode_id = intake.open_episode(desk, person_id, EPISODE)
    waiting_person = registry.register_person(desk, dataclasses.replace(
        SAMPLE_PERSON, full_name="Rina Wulandari", nik="3273055708950011"))
    waiting_episode = intake.open_episode(desk, waiting_person, EPISODE)
    facility_admin.set_setting(staff["admin"], f"capacity_{EPISODE.service_type}", 1)
    intake.record_consent(desk, episode_id, "general", TODAY, "Siti Rahmawati")
    intake.admit(desk, episode_id, TODAY)          # takes the only place
    intake.admit(desk, waiting_episode, TODAY)     # goes on the waiting list
    # give the first episode back its screening state so `admit` can run again
    from models.intake.episode import Episode
    Episode.update(status="screening", admitted_on=None).where(Episode.id == episode_id).execute()
    from models.facility.facility import Facility
    Facility.delete().execute()  # save_facility is tested as a first creation
    from models.care.program_templates import install_default_templates
    template_id = min(install_default_templates().values())
    return World(staff, person_id, episode_id, waiting_episode, template_id)


def allowed(role: str, op: Op) -> bool:
    return op.action.value[0] in ROLE_DEFAULTS[role].get(op.area, "")


@pytest.mark.parametrize("op", OPS, ids=[op.name for op in OPS])
def test_each_role_gets_exactly_the_rights_of_the_matrix(staff, op):
    world = build_world(staff)
    outcome = {}
    for role in ROLES:
        actor = staff[role]
        before = AuditEvent.select().count()
        try:
            from models.db.connection import database
            with database.atomic() as txn:  # each role acts on the same world
                op.run(actor, world)
                txn.rollback()
            outcome[role] = True
        except PermissionDenied:
            outcome[role] = False
            assert AuditEvent.select().count() == before, f"{role}: denied act left an audit event"
    expected = {role: allowed(role, op) for role in ROLES}
    assert outcome == expected


def test_the_policy_the_domain_asks_for():
    """Counselors write notes and assessments, doctors urine tests and diagnoses, the intake
    desk sees identity and episode data but no clinical notes."""
    def can(role: str, area: Area, letter: str) -> bool:
        return letter in ROLE_DEFAULTS[role].get(area, "")
    assert can("counselor", Area.NOTES, "i") and can("counselor", Area.ASSESSMENT, "i")
    assert can("doctor", Area.LAB, "i") and can("doctor", Area.ASSESSMENT, "i")
    assert can("intake", Area.IDENTITY, "v") and can("intake", Area.EPISODE, "v")
    for area in (Area.NOTES, Area.ASSESSMENT, Area.LAB):
        assert not can("intake", area, "v")
    assert not can("admin", Area.NOTES, "v")  # the head grants it explicitly when needed
    assert all(can("admin", Area.ADMIN, letter) for letter in "vic")


def test_a_right_taken_away_takes_effect_at_once(staff, person_id):
    counselor = staff["counselor"]
    registry.view_person(counselor, person_id)
    accounts.set_right(staff["admin"], counselor.id, Area.IDENTITY, False, False, False)
    with pytest.raises(PermissionDenied):
        registry.view_person(counselor, person_id)


def test_a_deactivated_account_can_do_nothing(staff, person_id):
    accounts.set_active(staff["admin"], staff["intake"].id, False)
    assert not has_right(staff["intake"], Area.IDENTITY, Action.VIEW)
    with pytest.raises(PermissionDenied) as err:
        registry.view_person(staff["intake"], person_id)
    assert "deactivated" in err.value.english()


def test_nobody_acts_without_an_account(db):
    with pytest.raises(PermissionDenied):
        search.search_ids(None, "siti")  # type: ignore[arg-type]
