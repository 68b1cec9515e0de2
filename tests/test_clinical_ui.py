"""The clinical course at the counselor's and doctor's desk, driven as a person would: the
ASI-based form from the keyboard to its signature and addendum, ASSIST and DAST-10 scored as
they are answered, a positive urine test flagged, group and individual notes, refusals in
Indonesian, and a changed form that asks before it closes."""
from __future__ import annotations

import datetime as dt
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.admin.facility_admin import set_setting
from models.care.assessment import Addendum, Assessment
from models.care.enrollment import enroll
from models.care.notes import Note, sign_note, write_note
from models.care.program_templates import install_default_templates
from models.care.scoring import (
    CONCERN_WEIGHTS,
    FREQUENCIES,
    RISK_LEVELS,
    YES_NO_WHEN,
    assist_risk,
    assist_substance_score,
)
from models.care.urine import UrineResult, UrineTest
from models.intake import intake
from models.intake.episode import Episode
from models.people.registry import PersonInput, register_person
from tests.consent import consented
from ui import i18n
from ui.clients.record_page import RecordPage
from ui.clinical.assessments_tab import AssessmentsTab
from ui.clinical.assist_form import AssistDialog
from ui.clinical.dast_form import DastDialog
from ui.clinical.notes_tab import NotesTab
from ui.clinical.urine_tab import UrineTab
from ui.session import SESSION

TODAY = dt.date.today()
REPORTED = TODAY - dt.timedelta(days=40)


@pytest.fixture(autouse=True)
def indonesian(qapp):
    """Every test here reads the Indonesian texts a desk sees."""
    i18n.install("id")
    yield
    SESSION.sign_out()


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def open_episode(staff, person_id: int) -> int:
    return consented(staff["intake"], intake.open_episode(staff["intake"], person_id,
                                                          intake.EpisodeInput(
        service_type="inpatient", reported_on=REPORTED)))


@pytest.fixture
def episode_id(staff, person_id):
    return open_episode(staff, person_id)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def activate(qtbot, dialog):
    """Wait until the dialog is the active window, as a new dialog is at a real desk."""
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def key(qtbot, dialog, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(dialog.focusWidget() or dialog, k, modifier)


def test_counselor_completes_and_signs_an_asi_from_the_keyboard(qtbot, staff, person_id,
                                                                episode_id):
    SESSION.sign_in(staff["counselor"])
    tab = shown(qtbot, AssessmentsTab())
    tab.set_person(person_id)
    tab.new_asi.setFocus()
    qtbot.keyClick(tab.new_asi, Qt.Key.Key_Space)
    dialog = tab.dialog
    activate(qtbot, dialog)
    assert dialog.episode.episode_id() == episode_id  # the open episode, chosen for them
    assert "Siti Rahmawati" in dialog.client.text()

    key(qtbot, dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 1  # medical status, its first question focused
    qtbot.keyClicks(dialog.focusWidget(), "2")
    for _ in range(2):
        key(qtbot, dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget().objectName() == "drug.alcohol.days30"
    qtbot.keyClicks(dialog.focusWidget(), "4")
    key(qtbot, dialog, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "6")
    while dialog.tabs.currentIndex() < 9:
        key(qtbot, dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    # The summary grid: per domain the interviewer's 0-9, then the client's two 0-4.
    ratings = {"medical": "213", "employment": "512", "drugs": "844", "legal": "401",
               "family": "623", "psychiatric": "322"}
    for domain, digits in ratings.items():
        assert dialog.focusWidget().objectName() == f"grid.{domain}.severity"
        for digit in digits:
            qtbot.keyClicks(dialog.focusWidget(), digit)
            key(qtbot, dialog, Qt.Key.Key_Tab)
    key(qtbot, dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget().objectName() == "diagnosis_substance"
    qtbot.keyClicks(dialog.focusWidget(), "F15")
    key(qtbot, dialog, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), ".2")
    assert dialog.plan.diagnosis.code.text() == "F15.2"
    for _ in range(3):
        key(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.plan.plan.boxes["detox"]  # the third choice
    key(qtbot, dialog, Qt.Key.Key_Space)

    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.record_id is not None and not dialog.dirty
    assert dialog.progress.text() == tr("AssessmentDialog", "Every required question is "
                                        "answered: the form can be signed.")
    key(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.confirm.isVisible() and dialog.focusWidget() is dialog.confirm_button
    key(qtbot, dialog, Qt.Key.Key_Return)

    row = Assessment.get_by_id(dialog.record_id)
    assert row.state == "signed" and row.kind == "asi" and row.episode_id == episode_id
    assert row.diagnosis_code == "F15.2" and row.treatment_plan == ["detox"]
    assert row.total_score == 8  # the highest severity
    assert row.answers["grid"]["drugs"] == {"severity": 8, "trouble": 4, "need": 4}
    assert row.answers["medical"] == {"hospitalised": 2}
    assert row.answers["drug_use"]["substances"] == {"alcohol": {"days30": 4, "years": 6}}
    # Signed: locked, with the addenda below.
    assert dialog.signed and not dialog.save_button.isVisible()
    assert not dialog.grid.combos["drugs"]["severity"].isEnabled()
    assert dialog.addenda.isVisible() and "Konselor Adiksi" in dialog.state.text()
    dialog.addenda.text.setFocus()
    qtbot.keyClicks(dialog.addenda.text, "Klien menambahkan riwayat rawat inap 2019.")
    qtbot.mouseClick(dialog.addenda.add_button, Qt.MouseButton.LeftButton)
    addendum = Addendum.get(Addendum.target_id == row.id)
    assert addendum.staff_id == staff["counselor"].id
    listing = dialog.addenda.listing.text()
    assert "Konselor Adiksi" in listing and addendum.written_at.strftime("%d-%m-%Y %H:%M") \
        in listing and "rawat inap 2019" in listing
    assert Assessment.get_by_id(row.id).answers == row.answers  # the signed form unchanged
    # The list shows it, signed, with its score and diagnosis.
    assert [tab.table.item(0, c).text() for c in (1, 2, 4)] == [
        tr("Codes", "ASI-based assessment"), tr("Codes", "Signed"), "F15.2"]


def test_half_done_asi_is_kept_as_a_draft_and_not_signed(qtbot, staff, person_id, episode_id):
    SESSION.sign_in(staff["counselor"])
    tab = shown(qtbot, AssessmentsTab())
    tab.set_person(person_id)
    dialog = tab.new("asi")
    qtbot.waitExposed(dialog)
    dialog.grid.combos["medical"]["severity"].setCurrentIndex(4)  # 3
    dialog.physical.blood_pressure.setText("120-80")
    assert not dialog.save_draft()
    assert dialog.tabs.currentIndex() == 7  # the physical examination shown, with the error
    assert "120/80" in dialog.physical.form.rows["Blood pressure (mmHg)"].error.text()
    dialog.physical.blood_pressure.setText("130/85")
    assert dialog.save_draft()
    assert tr("Codes", "Legal") in dialog.progress.text()  # still to answer
    dialog.sign()
    assert not dialog.signed and Assessment.get_by_id(dialog.record_id).state == "draft"
    assert tr("Codes", "Psychiatric") in dialog.message.text()
    dialog.done(0)
    tab.table.selectRow(0)
    assert tab.sign_button.isEnabled() and not tab.addendum_button.isEnabled()
    again = tab._open(tab.selected())
    assert again.physical.blood_pressure.text() == "130/85"
    assert again.grid.combos["medical"]["severity"].currentData() == "3"
    assert not again.dirty


def _assist_box_text(box):
    return box.result.text()


def test_assist_scores_every_answer_of_a_substance_as_the_models_do(qtbot, staff, person_id):
    SESSION.sign_in(staff["counselor"])
    dialog = shown(qtbot, AssistDialog(person_id))
    box = dialog.boxes["cannabis"]
    assert not box.combos["q2"].isEnabled()  # not ticked: never used
    box.setChecked(True)
    baseline = {"q2": "weekly", "q3": "monthly", "q4": "once_twice", "q5": "never",
                "q6": "no", "q7": "yes_past"}
    risk_labels = {code: tr("Codes", label) for code, label in RISK_LEVELS}
    for question in ("q2", "q3", "q4", "q5", "q6", "q7"):
        values = FREQUENCIES if question in ("q2", "q3", "q4", "q5") else YES_NO_WHEN
        for value, _label in values:
            answers = {**baseline, question: value}
            if answers["q2"] == "never":
                answers = {q: a for q, a in answers.items() if q not in ("q3", "q4", "q5")}
            for q, combo in box.combos.items():
                combo.setCurrentIndex(combo.findData(baseline[q]))
            box.combos[question].setCurrentIndex(box.combos[question].findData(value))
            score = assist_substance_score("cannabis", answers)
            text = _assist_box_text(box)
            assert int(re.search(r"\d+", text).group()) == score, (question, value, text)
            assert risk_labels[assist_risk("cannabis", score)] in text
            skipped = answers["q2"] == "never"
            for q in ("q3", "q4", "q5"):
                assert box.combos[q].isEnabled() is not skipped
                if skipped:
                    assert box.combos[q].currentData() == ""  # cleared, not scored
    assert set(CONCERN_WEIGHTS) == {code for code, _label in YES_NO_WHEN}
    assert "q5" not in dialog.boxes["tobacco"].combos  # Q5 is not asked for tobacco
    # Alcohol has its own thresholds: 10 is still low risk, 11 moderate.
    alcohol = dialog.boxes["alcohol"]
    alcohol.setChecked(True)
    for q, value in (("q2", "weekly"), ("q6", "yes_recent"), ("q7", "no")):  # 4 + 6
        alcohol.combos[q].setCurrentIndex(alcohol.combos[q].findData(value))
    alcohol.combos["q2"].setCurrentIndex(alcohol.combos["q2"].findData("never"))
    alcohol.combos["q2"].setCurrentIndex(alcohol.combos["q2"].findData("weekly"))
    for q in ("q3", "q4", "q5"):
        alcohol.combos[q].setCurrentIndex(alcohol.combos[q].findData("never"))
    assert "10" in alcohol.result.text() and risk_labels["low"] in alcohol.result.text()
    alcohol.combos["q7"].setCurrentIndex(alcohol.combos["q7"].findData("yes_past"))
    assert "13" in alcohol.result.text() and risk_labels["moderate"] in alcohol.result.text()
    # Q8 stands apart; the headline is the substance of greatest concern.
    assert tr("AssistDialog", "{count} answers still missing.").format(count=1) == \
        dialog.overall.text()
    dialog.q8.setCurrentIndex(dialog.q8.findData("yes_recent"))
    cannabis_score = assist_substance_score("cannabis", box.answers())
    assert str(max(cannabis_score, 13)) in dialog.overall.text()
    assert tr("Codes", "Yes, in the last 3 months") in dialog.overall.text()
    assert dialog.save_draft()
    row = Assessment.get_by_id(dialog.record_id)
    assert row.total_score == max(cannabis_score, 13)
    assert set(row.answers["substances"]) == {"cannabis", "alcohol"}


def test_dast10_shows_its_total_and_band(qtbot, staff, person_id):
    SESSION.sign_in(staff["counselor"])
    dialog = shown(qtbot, DastDialog(person_id))
    answers = {"q1": "yes", "q2": "yes", "q3": "no", "q4": "no", "q5": "yes", "q6": "no",
               "q7": "no", "q8": "no", "q9": "no"}
    for item, value in answers.items():
        dialog.items[item].setCurrentIndex(dialog.items[item].findData(value))
    assert dialog.result.text() == tr("DastDialog", "Answered {done} of 10.").format(done=9)
    dialog.items["q10"].setCurrentIndex(dialog.items["q10"].findData("no"))
    moderate = tr("Codes", "Moderate level")
    assert dialog.result.text() == tr("DastDialog", "Total {total} of 10: {band}").format(
        total=4, band=moderate)  # q1, q2, q5 and q3 answered "no"
    dialog.items["q3"].setCurrentIndex(dialog.items["q3"].findData("yes"))
    assert dialog.result.text().startswith(tr("DastDialog", "Total {total} of 10: {band}")
                                           .format(total=3, band=moderate))
    for item in ("q4", "q6", "q7"):
        dialog.items[item].setCurrentIndex(dialog.items[item].findData("yes"))
    assert tr("Codes", "Substantial level") in dialog.result.text() and "6" in \
        dialog.result.text()
    assert dialog.save_draft() and dialog.sign()
    row = Assessment.get_by_id(dialog.record_id)
    assert (row.total_score, row.risk_level, row.state) == (6, "substantial", "signed")


def test_doctor_records_a_positive_urine_test_and_sees_the_flag(qtbot, staff, person_id,
                                                                episode_id):
    SESSION.sign_in(staff["doctor"])
    tab = shown(qtbot, UrineTab())
    tab.set_person(person_id)
    assert tab.message.text() == tr("ClinicalTabs", "No urine tests yet.")
    dialog = tab.new()
    qtbot.waitExposed(dialog)
    assert dialog.examiner.text() == "Dokter Pemeriksa"
    dialog.specimen.setFocus()
    qtbot.keyClicks(dialog.specimen, "URN-2025-0042")
    qtbot.keyClicks(dialog.kit, "Rapid 6 Panel")
    qtbot.keyClicks(dialog.lot, "L2309")
    panel = dialog.panel
    for combo in panel.combos.values():
        combo.setCurrentIndex(combo.findData("negative"))
    assert not dialog.flag.isVisible()
    panel.combos["MET"].setCurrentIndex(panel.combos["MET"].findData("positive"))
    assert dialog.flag.isVisible() and panel.flags["MET"].isVisible()
    assert dialog.flag.text.text() == "Positif: perlu konfirmasi lab"
    assert not panel.flags["THC"].isVisible()
    assert dialog.save_draft()
    test = UrineTest.get(UrineTest.specimen_code == "URN-2025-0042")
    assert test.any_positive and test.examiner_id == staff["doctor"].id and test.supervised
    assert {r.parameter: r.result for r in test.results}["MET"] == "positive"
    assert dialog.signed and dialog.specimen.isReadOnly() and not dialog.save_button.isVisible()
    assert dialog.flag.isVisible()  # still flagged on the recorded test
    result = tab.table.item(0, 3)
    assert result.text() == tr("Codes", "Positive screen: awaiting confirmation")


def test_urine_panel_has_the_facility_extras_and_keeps_input_on_an_error(qtbot, staff,
                                                                         person_id):
    set_setting(staff["admin"], "urine_extra_parameters", ["MDMA"])
    SESSION.sign_in(staff["doctor"])
    tab = shown(qtbot, UrineTab())
    tab.set_person(person_id)
    dialog = tab.new()
    assert dialog.panel.parameters == ["AMP", "MET", "THC", "COC", "MOP", "BZO", "MDMA"]
    dialog.specimen.setText("URN-1")
    for code in dialog.panel.parameters[:-1]:
        dialog.panel.combos[code].setCurrentIndex(1)
    assert not dialog.save_draft()  # the facility's extra parameter is not read yet
    assert "MDMA" in dialog.form.rows["Result"].error.text()
    assert dialog.specimen.text() == "URN-1" and UrineTest.select().count() == 0
    dialog.panel.combos["MDMA"].setCurrentIndex(dialog.panel.combos["MDMA"].findData("positive"))
    assert dialog.flag.isVisible()
    assert dialog.save_draft()
    assert {r.parameter: r.result for r in UrineResult.select()}["MDMA"] == "positive"
    SESSION.sign_in(staff["counselor"])
    tab.load()
    assert tab.table.rowCount() == 1 and tab.open_button.isVisible()
    assert not tab.new_button.isVisible()  # counselors read urine tests, doctors record them


def test_intake_desk_sees_why_the_clinical_tabs_are_empty(qtbot, staff, person_id):
    SESSION.sign_in(staff["intake"])
    page = shown(qtbot, RecordPage())
    assert page.open_person(person_id)
    page.tabs.setCurrentWidget(page.notes)
    assert page.notes.message.isVisible() and not page.notes.table.isVisible()
    assert page.notes.message.text() == ("Anda tidak memiliki hak untuk melihat catatan sesi. "
                                         "Silakan hubungi admin fasilitas.")
    assert not page.notes.new_button.isVisible() and not page.notes.search.isVisible()
    page.tabs.setCurrentWidget(page.assessments)
    assert "asesmen" in page.assessments.message.text()
    assert not page.assessments.new_asi.isVisible()


def _enrolled_person(staff, name: str, template_id: int) -> int:
    person = register_person(staff["intake"], PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 1, 2), id_type="none",
        no_id_reason="Hilang"))
    episode = open_episode(staff, person)
    from models.care.program import ProgramTemplate  # the episode's service fits its program
    Episode.update(service_type=ProgramTemplate.get_by_id(template_id).service_type).where(
        Episode.id == episode).execute()
    enroll(staff["counselor"], episode, template_id, REPORTED + dt.timedelta(days=1))
    return person


def test_group_note_with_two_attendees_shows_in_both_records(qtbot, staff, person_id):
    templates = install_default_templates()
    template_id = next(iter(templates.values()))
    first = _enrolled_person(staff, "Budi Santoso", template_id)
    second = _enrolled_person(staff, "Agus Wijaya", template_id)
    SESSION.sign_in(staff["counselor"])
    tab = shown(qtbot, NotesTab())
    tab.set_person(first)
    qtbot.mouseClick(tab.new_group, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert [dialog.roster.list.item(0).text().split(" \u00b7 ")[0]] == ["Budi Santoso"]
    qtbot.mouseClick(dialog.roster.add_button, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    names = [picker.list.item(i).text().split(" \u00b7 ")[0] for i in range(picker.list.count())]
    assert names == ["Agus Wijaya", "Budi Santoso"]  # only clients in a program
    qtbot.keyClicks(picker.search, "agus")
    qtbot.waitUntil(lambda: picker.list.count() == 1)
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    picker.buttons.button(picker.buttons.StandardButton.Ok).click()
    assert dialog.roster.list.count() == 2
    qtbot.keyClicks(dialog.topic, "Pencegahan kekambuhan")
    qtbot.keyClicks(dialog.body, "Diskusi pemicu dan rencana menghadapi ajakan teman.")
    assert dialog.save_draft()
    dialog.ask_sign()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    # Signing asks for the entry of each participant present first.
    assert "Agus Wijaya" in dialog.message.text() and not dialog.signed
    for episode_id, text in dialog.entries.texts.items():
        qtbot.keyClicks(text, f"Ikut berdiskusi ({episode_id}).")
    dialog.ask_sign()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    note = Note.get_by_id(dialog.record_id)
    assert note.kind == "group" and note.state == "signed"
    for person in (first, second):
        other = shown(qtbot, NotesTab())
        other.set_person(person)
        assert [other.table.item(r, 3).text() for r in range(other.table.rowCount())] == [
            "Pencegahan kekambuhan"]
        assert other.table.item(0, 1).text() == tr("Codes", "Group session")
    # Search within a client's notes.
    tab.search.setText("ajakan")
    tab.load()
    assert tab.table.rowCount() == 1
    tab.search.setText("tidak ada")
    tab.load()
    assert tab.table.rowCount() == 0
    assert tab.message.text() == tr("NotesTab", "No note of this client contains this text.")


def test_addendum_on_a_signed_note(qtbot, staff, person_id, episode_id):
    counselor = staff["counselor"]
    note_id = write_note(counselor, "individual", TODAY, "Sesi CBT", "Pikiran otomatis.",
                         episode_id=episode_id)
    sign_note(counselor, note_id)
    SESSION.sign_in(counselor)
    tab = shown(qtbot, NotesTab())
    tab.set_person(person_id)
    tab.table.selectRow(0)
    assert tab.addendum_button.isEnabled() and not tab.sign_button.isEnabled()
    qtbot.mouseClick(tab.addendum_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert dialog.body.isReadOnly() and not dialog.save_button.isVisible()
    assert dialog.focusWidget() is dialog.addenda.text
    qtbot.keyClicks(dialog.addenda.text, "Koreksi: sesi berlangsung 90 menit.")
    qtbot.mouseClick(dialog.addenda.add_button, Qt.MouseButton.LeftButton)
    addendum = Addendum.get((Addendum.target_kind == "note") & (Addendum.target_id == note_id))
    assert addendum.text == "Koreksi: sesi berlangsung 90 menit."
    assert "Konselor Adiksi" in dialog.addenda.listing.text()
    assert addendum.written_at.strftime("%d-%m-%Y %H:%M") in dialog.addenda.listing.text()
    assert Note.get_by_id(note_id).body == "Pikiran otomatis."
    # A doctor reads notes but cannot add to them: no box offered.
    SESSION.sign_in(staff["doctor"])
    tab.load()
    tab.table.selectRow(0)
    assert not tab.addendum_button.isVisible() and not tab.new_button.isVisible()


def test_a_changed_form_asks_before_it_closes(qtbot, staff, person_id, episode_id):
    SESSION.sign_in(staff["counselor"])
    tab = shown(qtbot, NotesTab())
    tab.set_person(person_id)
    dialog = tab.new("individual")
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.body, "Klien datang tepat waktu.")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Escape)  # a misclick on Escape loses nothing
    box = dialog.findChild(QMessageBox, "close_question")
    assert box is not None and box.isVisible() and dialog.isVisible()
    [b for b in box.buttons() if b.objectName() == "keep_editing"][0].click()
    assert dialog.isVisible() and dialog.body.toPlainText() == "Klien datang tepat waktu."
    dialog.reject()
    box = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()][0]
    [b for b in box.buttons() if b.objectName() == "save_and_close"][0].click()
    assert not dialog.isVisible()
    note = Note.get()
    assert note.state == "draft" and note.body == "Klien datang tepat waktu."
    assert tab.table.rowCount() == 1
