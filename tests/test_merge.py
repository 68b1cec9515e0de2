"""Merging duplicates (admin) and its undo; drafts that keep unsaved input."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.admin.merge import merge_persons, undo_merge
from models.core.errors import PermissionDenied, ValidationError
from models.desk.drafts import discard_draft, load_draft, save_draft
from models.intake import intake
from models.intake.episode import Episode
from models.people import registry
from models.people.person import FamilyContact, Person
from models.people.search import search_ids
from models.safety.audit import AuditEvent
from tests.conftest import SAMPLE_PERSON

TODAY = dt.date.today()
EPISODE = intake.EpisodeInput(service_type="outpatient", reported_on=TODAY)


def duplicate(staff) -> int:
    """The same woman registered again without her KTP, name spelt differently."""
    return registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name="Sitti Rachmawati", id_type="none", nik="",
        no_id_reason="KTP tertinggal", phone=""), different_from=_on_file())


def _on_file() -> tuple[int, ...]:
    """Everyone registered so far: the desk decided (wrongly) this is another person."""
    return tuple(pid for (pid,) in Person.select(Person.id).tuples())


def test_merge_moves_records_and_undo_gives_them_back(staff, person_id):
    other = duplicate(staff)
    old_episode = intake.open_episode(staff["intake"], other, dataclasses.replace(
        EPISODE, reported_on=TODAY - dt.timedelta(days=400)))
    Episode.update(status="closed").where(Episode.id == old_episode).execute()
    contact = registry.add_contact(staff["intake"], other, "mother", "Ibu Sumarni")
    new_episode = intake.open_episode(staff["intake"], person_id, EPISODE)

    result = merge_persons(staff["admin"], person_id, other)
    assert result.moved["episode"] == [old_episode]
    assert Episode.get_by_id(old_episode).person_id == person_id
    assert FamilyContact.get_by_id(contact).person_id == person_id
    assert Person.get_by_id(other).merged_into_id == person_id
    assert search_ids(staff["intake"], "rachmawati") == [person_id]  # the merged one is gone
    assert AuditEvent.select().where(AuditEvent.action == "person.merge").count() == 2

    undo_merge(staff["admin"], result.merge_id)
    assert Episode.get_by_id(old_episode).person_id == other
    assert Episode.get_by_id(new_episode).person_id == person_id
    assert FamilyContact.get_by_id(contact).person_id == other
    assert Person.get_by_id(other).merged_into_id is None
    assert sorted(search_ids(staff["intake"], "rahmawati")) == sorted([person_id, other])
    with pytest.raises(ValidationError):
        undo_merge(staff["admin"], result.merge_id)


def test_only_an_admin_merges(staff, person_id):
    other = duplicate(staff)
    for role in ("intake", "counselor", "doctor"):
        with pytest.raises(PermissionDenied):
            merge_persons(staff[role], person_id, other)
    assert Person.get_by_id(other).merged_into_id is None


def test_merge_refusals(staff, person_id):
    other = duplicate(staff)
    with pytest.raises(ValidationError):
        merge_persons(staff["admin"], person_id, person_id)
    intake.open_episode(staff["intake"], person_id, EPISODE)
    intake.open_episode(staff["intake"], other, EPISODE)
    with pytest.raises(ValidationError) as err:
        merge_persons(staff["admin"], person_id, other)
    assert "open episode" in err.value.english()


def test_a_later_merge_must_be_undone_first(staff, person_id):
    second = duplicate(staff)
    third = registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name="Siti R.", id_type="none", nik="", no_id_reason="-",
        phone=""), different_from=_on_file())
    first = merge_persons(staff["admin"], person_id, second)
    merge_persons(staff["admin"], person_id, third)
    with pytest.raises(ValidationError) as err:
        undo_merge(staff["admin"], first.merge_id)
    assert "later merge" in err.value.english()


def test_drafts_belong_to_their_author(staff):
    typed = {"full_name": "<b>Budi</b> 🌷", "nik": "3273", "note": "x" * 10_000}
    save_draft(staff["intake"], "intake", typed)
    save_draft(staff["intake"], "intake", {**typed, "nik": "32730517"})
    draft = load_draft(staff["intake"], "intake")
    assert draft is not None and draft.payload["nik"] == "32730517"
    assert draft.payload["full_name"] == "<b>Budi</b> 🌷"
    assert load_draft(staff["counselor"], "intake") is None
    discard_draft(staff["intake"], "intake")
    assert load_draft(staff["intake"], "intake") is None
    with pytest.raises(ValidationError):
        save_draft(staff["intake"], "intake", {"huge": "x" * 300_000})
