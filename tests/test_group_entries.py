"""Group notes per participant and several diagnoses per episode (issue 17, faults 6 and
8): the shared text plus a short signed entry for each person present, each on that
person's own record; an episode's diagnoses, one of them primary."""
from __future__ import annotations

import pytest

from models.care.episode_diagnosis import (
    add_diagnosis,
    episode_diagnoses,
    make_primary,
    withdraw_diagnosis,
)
from models.care.notes import (
    NoteAttendance,
    sign_note,
    update_note,
    view_note,
    write_entries,
    write_note,
)
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from tests.test_clinical import TODAY, events, new_person, open_episode


@pytest.fixture
def group(staff, person_id):
    mine = open_episode(staff, person_id)
    other_person = new_person(staff, "Rudi Hartono")
    other = open_episode(staff, other_person)
    absent_person = new_person(staff, "Agus Salim")
    absent = open_episode(staff, absent_person)
    note = write_note(staff["counselor"], "group", TODAY, "Pencegahan kambuh",
                      "Diskusi pemicu kambuh.", roster=[mine, other, absent])
    return note, {"mine": (mine, person_id), "other": (other, other_person),
                  "absent": (absent, absent_person)}


def test_each_person_present_gets_a_signed_entry_on_their_own_record(staff, group):
    counselor = staff["counselor"]
    note, people = group
    mine, other, absent = (people[k][0] for k in ("mine", "other", "absent"))
    version = write_entries(counselor, note, 1, {mine: "Bercerita tentang pemicu di rumah."})
    with pytest.raises(ValidationError, match="Rudi Hartono"):
        sign_note(counselor, note)
    with pytest.raises(ConflictError):
        write_entries(counselor, note, 1, {other: "Terlambat."})
    version = write_entries(counselor, note, version, {other: "Aktif, memberi saran."},
                            absent=[absent])
    # Changing the roster's text keeps what was written for each person.
    version = update_note(counselor, note, version, TODAY, "Pencegahan kambuh",
                          "Diskusi pemicu kambuh dan rencana.", roster=[mine, other, absent])
    signed = sign_note(counselor, note, version)
    rows = {a.episode_id: a for a in NoteAttendance.select().where(NoteAttendance.note == note)}
    assert rows[mine].entry == "Bercerita tentang pemicu di rumah."
    assert rows[mine].entry_signed_at == signed and rows[other].entry_signed_at == signed
    assert (rows[absent].present, rows[absent].entry_signed_at) == (False, None)
    # From Siti's record: the shared text and her entry; nothing written of the others.
    record = view_note(counselor, note, person_id=people["mine"][1])
    entries = {r.episode_id: r.entry for r in record.roster}
    assert entries == {mine: "Bercerita tentang pemicu di rumah.", other: "", absent: ""}
    assert record.body == "Diskusi pemicu kambuh dan rencana."
    assert {e.person_id for e in events("note.entry")} == {people[k][1] for k in people}
    with pytest.raises(ValidationError, match="locked"):
        write_entries(counselor, note, version + 1, {mine: "Tambahan"})


def test_entries_only_for_the_roster_and_by_note_writers(staff, group, person_id):
    note, people = group
    stranger = open_episode(staff, new_person(staff, "Orang Lain"))
    with pytest.raises(ValidationError, match="not on the roster"):
        write_entries(staff["counselor"], note, 1, {stranger: "?"})
    with pytest.raises(PermissionDenied):
        write_entries(staff["intake"], note, 1, {people["mine"][0]: "?"})
    single = write_note(staff["counselor"], "individual", TODAY, "CBT", "Teks.",
                        episode_id=people["mine"][0])
    with pytest.raises(ValidationError, match="Only a group note"):
        write_entries(staff["counselor"], single, 1, {people["mine"][0]: "?"})


def test_several_diagnoses_one_primary(staff, person_id):
    doctor = staff["doctor"]
    episode = open_episode(staff, person_id)
    first = add_diagnosis(doctor, episode, "f152", TODAY)
    second = add_diagnosis(doctor, episode, "F12.1", TODAY, note="Ganja sesekali")
    assert [(d.code, d.is_primary) for d in episode_diagnoses(doctor, episode)] == [
        ("F15.2", True), ("F12.1", False)]
    with pytest.raises(ValidationError, match="already a diagnosis"):
        add_diagnosis(doctor, episode, "F15.2", TODAY)
    with pytest.raises(PermissionDenied):
        add_diagnosis(staff["intake"], episode, "F10.1", TODAY)
    make_primary(doctor, second)
    assert [(d.code, d.is_primary) for d in episode_diagnoses(doctor, episode)] == [
        ("F12.1", True), ("F15.2", False)]
    withdraw_diagnosis(doctor, second)
    assert [(d.code, d.is_primary) for d in episode_diagnoses(doctor, episode)] == [
        ("F15.2", True)]
    assert [e.action for e in events("diagnosis.add")] == ["diagnosis.add"] * 2
    assert events("diagnosis.withdraw")[0].person_id == person_id
    assert first


def test_a_signed_assessment_diagnosis_joins_the_episode(staff, person_id):
    from models.care.assessment import save_assessment, sign_assessment
    from tests.test_clinical import ASI_GRID
    counselor = staff["counselor"]
    episode = open_episode(staff, person_id)
    add_diagnosis(staff["doctor"], episode, "F12.1", TODAY)
    saved = save_assessment(counselor, person_id, episode, "asi", TODAY, {"grid": ASI_GRID},
                            diagnosis_code="F15.2")
    assert [d.code for d in episode_diagnoses(counselor, episode)] == ["F12.1"]  # a draft
    sign_assessment(counselor, saved.assessment_id, saved.version)
    assert [(d.code, d.is_primary) for d in episode_diagnoses(counselor, episode)] == [
        ("F12.1", True), ("F15.2", False)]
