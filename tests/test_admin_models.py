"""What the admin screens read and change: the list of merges, the comparison before a merge,
the staff list, a member's rights and a change of role."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.admin.merge import list_merges, merge_persons, merge_side, undo_merge
from models.admin.staff_admin import list_staff, rights_of, set_role
from models.core.errors import PermissionDenied, ValidationError
from models.intake import intake
from models.people import registry
from models.people.person import Person
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.staff.rights import Action, Area, has_right
from models.staff.staff import Staff
from tests.conftest import SAMPLE_PERSON

TODAY = dt.date.today()


def _duplicate(staff, name: str) -> int:
    return registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name=name, id_type="none", nik="", no_id_reason="KTP tertinggal",
        phone=""), different_from=tuple(pid for (pid,) in Person.select(Person.id).tuples()))


def test_list_merges_newest_first_with_names_and_undo_state(staff, person_id):
    second = _duplicate(staff, "Sitti Rachmawati")
    third = _duplicate(staff, "Siti R.")
    intake.open_episode(staff["intake"], second,
                        intake.EpisodeInput(service_type="outpatient", reported_on=TODAY))
    first = merge_persons(staff["admin"], person_id, second)
    later = merge_persons(staff["admin"], person_id, third)

    rows = list_merges(staff["admin"])
    assert [r.merge_id for r in rows] == [later.merge_id, first.merge_id]
    assert (rows[1].survivor_name, rows[1].merged_name) == ("Siti Rahmawati", "Sitti Rachmawati")
    assert rows[1].moved_rows == 1 and rows[1].staff_name == "Admin Fasilitas"
    assert [r.blocked for r in rows] == [False, True]  # the later merge must go first

    undo_merge(staff["admin"], later.merge_id)
    rows = list_merges(staff["admin"])
    assert rows[0].undone_at is not None and rows[0].undone_by == "Admin Fasilitas"
    assert [r.blocked for r in rows] == [False, False]
    assert len(list_merges(staff["admin"], limit=1)) == 1


def test_only_admins_list_merges_and_compare_people(staff, person_id):
    for role in ("intake", "counselor", "doctor"):
        with pytest.raises(PermissionDenied):
            list_merges(staff[role])
        with pytest.raises(PermissionDenied):
            merge_side(staff[role], person_id)


def test_merge_side_counts_episodes_and_audits_the_look(staff, person_id):
    old = intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type="outpatient", reported_on=TODAY - dt.timedelta(days=400)))
    from models.intake.episode import Episode
    Episode.update(status="closed").where(Episode.id == old).execute()
    intake.open_episode(staff["intake"], person_id,
                        intake.EpisodeInput(service_type="outpatient", reported_on=TODAY))
    registry.add_contact(staff["intake"], person_id, "mother", "Ibu Sumarni")

    side = merge_side(staff["admin"], person_id)
    assert side.full_name == "Siti Rahmawati" and side.id_number == SAMPLE_PERSON.nik
    assert side.episodes == (("screening", 1), ("closed", 1)) and side.episode_count == 2
    assert dict(side.owned)["family_contact"] == 1
    looks = AuditEvent.select().where((AuditEvent.action == "person.view")
                                      & (AuditEvent.person_id == person_id))
    assert looks.count() == 1 and looks.get().staff_id == staff["admin"].id


def test_list_staff_shows_waiting_accounts(staff):
    accounts.set_active(staff["admin"], staff["doctor"].id, False)
    later = dt.datetime.now() + dt.timedelta(minutes=5)
    Staff.update(locked_until=later).where(Staff.id == staff["intake"].id).execute()
    rows = list_staff(staff["admin"])
    assert [r.username for r in rows][-1] == "doctor"  # inactive accounts last
    by_name = {r.username: r for r in rows}
    assert by_name["intake"].waiting() and not by_name["counselor"].waiting()
    assert not by_name["doctor"].active
    with pytest.raises(PermissionDenied):
        list_staff(staff["intake"])


def test_set_role_replaces_rights_with_the_new_defaults(staff):
    counselor = staff["counselor"]
    accounts.set_right(staff["admin"], counselor.id, Area.REPORT, True, False, False)
    set_role(staff["admin"], counselor.id, "doctor")
    assert Staff.get_by_id(counselor.id).role == "doctor"
    rights = {r.area: r for r in rights_of(staff["admin"], counselor.id)}
    assert rights[Area.LAB].correct and not rights[Area.REPORT].view
    assert not rights[Area.NOTES].input
    assert has_right(counselor, Area.LAB, Action.CORRECT)
    assert AuditEvent.select().where(AuditEvent.action == "staff.set_role").count() == 1


def test_set_role_refusals(staff):
    with pytest.raises(ValidationError):
        set_role(staff["admin"], staff["admin"].id, "intake")
    with pytest.raises(ValidationError):
        set_role(staff["admin"], staff["intake"].id, "superuser")
    with pytest.raises(PermissionDenied):
        set_role(staff["intake"], staff["counselor"].id, "admin")
    assert Staff.get_by_id(staff["counselor"].id).role == "counselor"
    assert Staff.get_by_id(staff["admin"].id).role == "admin"
