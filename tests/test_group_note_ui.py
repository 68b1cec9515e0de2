"""A group note per participant at the counselor's desk (issue 17, fault 8): the shared text
plus a short entry for each person present, signed with the note; opened from one
participant's record it shows that person's entry and not the others'."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.care.notes import Note, NoteAttendance, write_note
from models.care.program_templates import install_default_templates
from tests.test_clinical_ui import TODAY, _enrolled_person, shown
from ui import i18n
from ui.clinical.note_form import NoteDialog
from ui.session import SESSION


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


def test_each_participant_gets_an_entry_seen_on_their_own_record(qtbot, staff):
    template_id = next(iter(install_default_templates().values()))
    budi = _enrolled_person(staff, "Budi Santoso", template_id)
    agus = _enrolled_person(staff, "Agus Wijaya", template_id)
    rudi = _enrolled_person(staff, "Rudi Hartono", template_id)
    from models.intake.episode import Episode
    episodes = {p: Episode.get(Episode.person == p).id for p in (budi, agus, rudi)}
    note_id = write_note(staff["counselor"], "group", TODAY, "Pencegahan kekambuhan",
                         "Diskusi pemicu dan rencana menghadapi ajakan teman.",
                         roster=list(episodes.values()))
    SESSION.sign_in(staff["counselor"])
    dialog = shown(qtbot, NoteDialog(budi, "group", note_id))
    entries = dialog.entries
    assert set(entries.texts) == set(episodes.values())
    qtbot.keyClicks(entries.texts[episodes[budi]], "Bercerita tentang ajakan teman lama.")
    qtbot.keyClicks(entries.texts[episodes[agus]], "Memberi saran menolak ajakan.")
    entries.present[episodes[rudi]].setChecked(False)  # absent: nothing to write
    assert not entries.texts[episodes[rudi]].isEnabled()
    shots = os.environ.get("CLIN_J2_SHOTS")
    if shots:
        dialog.resize(820, 900)
        dialog.grab().save(os.path.join(shots, "group_note_draft.png"))
    dialog.ask_sign()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert Note.get_by_id(note_id).state == "signed"
    rows = {a.episode_id: a for a in NoteAttendance.select().where(NoteAttendance.note == note_id)}
    assert rows[episodes[agus]].entry == "Memberi saran menolak ajakan."
    assert not rows[episodes[rudi]].present and rows[episodes[budi]].entry_signed_at
    # Opened from Agus's record: the shared text and his own entry only.
    SESSION.sign_in(staff["counselor"])
    other = shown(qtbot, NoteDialog(agus, "group", note_id))
    texts = {eid: box.toPlainText() for eid, box in other.entries.texts.items()}
    assert texts == {episodes[budi]: "", episodes[agus]: "Memberi saran menolak ajakan.",
                     episodes[rudi]: ""}
    assert other.body.toPlainText().startswith("Diskusi pemicu")
    assert [eid for eid, box in other.entries.texts.items() if box.isVisible()] == [
        episodes[agus]]
    if shots:
        other.resize(820, 900)
        other.grab().save(os.path.join(shots, "group_note_signed_agus.png"))
