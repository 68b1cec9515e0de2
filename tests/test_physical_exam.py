"""The doctor's own physical examination (issue 17, fault 6): recorded and signed by the
doctor alone, without the counselor's ASI ratings; the ASI fills its physical section from
it; an examination is complete only with its vital signs, every body system and a finding.
"""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.care.assessment import Assessment, save_assessment, sign_assessment
from models.care.physical_exam import BODY_SYSTEMS
from models.core.errors import PermissionDenied, ValidationError
from tests.test_clinical_ui import activate, key, open_episode, shown
from ui import i18n
from ui.clinical.asi_form import AsiDialog
from ui.clinical.assessments_tab import AssessmentsTab
from ui.session import SESSION

TODAY = dt.date.today()
FULL = {"blood_pressure": "128/84", "pulse": 92, "respiration": 20, "temperature": 36.9,
        "weight": 58, "height": 167,
        "systems": {code: {"state": "normal", "finding": ""} for code, _l in BODY_SYSTEMS},
        "finding": "Dalam batas normal; bekas suntikan lama di lengan kiri."}


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


def test_a_doctor_records_and_signs_an_exam_alone(staff, person_id):
    doctor = staff["doctor"]
    half = {k: v for k, v in FULL.items() if k not in ("pulse", "finding")}
    half["systems"] = {"general": {"state": "normal", "finding": ""}}
    saved = save_assessment(doctor, person_id, None, "physical", TODAY, half)
    assert not saved.complete and "pulse" in saved.missing and "finding" in saved.missing
    assert "skin" in saved.missing
    with pytest.raises(ValidationError, match="still unanswered"):
        sign_assessment(doctor, saved.assessment_id, saved.version)
    saved = save_assessment(doctor, person_id, None, "physical", TODAY, FULL,
                            assessment_id=saved.assessment_id, expected_version=saved.version)
    assert saved.complete
    sign_assessment(doctor, saved.assessment_id, saved.version)
    assert Assessment.get_by_id(saved.assessment_id).state == "signed"
    with pytest.raises(PermissionDenied):
        save_assessment(staff["counselor"], person_id, None, "physical", TODAY, FULL)


@pytest.mark.parametrize("change, fragment", [
    ({"blood_pressure": "128-84"}, "120/80"),
    ({"pulse": 400}, "from 20 to 250"),
    ({"temperature": 52}, "from 30 to 45"),
    ({"systems": {"skin": {"state": "abnormal", "finding": ""}}}, "describe the finding"),
    ({"eyes": "merah"}, "does not have"),
])
def test_implausible_exam_values_are_refused(staff, person_id, change, fragment):
    with pytest.raises(ValidationError, match=fragment):
        save_assessment(staff["doctor"], person_id, None, "physical", TODAY, FULL | change)


def test_skhpn_short_exam_still_signs(staff, person_id):
    """The SKHPN examination writes its printed vitals and a finding (models/documents/skhpn.py)."""
    saved = save_assessment(staff["doctor"], person_id, None, "physical", TODAY,
                            {"finding": "Dalam batas normal", "TD": "120/80"})
    assert saved.complete


def test_doctor_fills_the_exam_form_and_the_asi_uses_it(qtbot, staff, person_id):
    episode_id = open_episode(staff, person_id)
    SESSION.sign_in(staff["doctor"])
    tab = shown(qtbot, AssessmentsTab())
    tab.set_person(person_id)
    assert tab.new_physical.isVisible() and tab.new_physical.text() == "Pemeriksaan fisik baru"
    qtbot.mouseClick(tab.new_physical, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    activate(qtbot, dialog)
    assert dialog.episode.episode_id() == episode_id
    exam = dialog.exam
    qtbot.keyClicks(exam.blood_pressure, "128/84")
    qtbot.keyClicks(exam.pulse, "92")
    qtbot.keyClicks(exam.respiration, "20")
    qtbot.keyClicks(exam.temperature, "36,9")
    for code, (state, _finding) in exam.systems.items():
        state.setCurrentIndex(state.findData("abnormal" if code == "skin" else "normal"))
    qtbot.keyClicks(exam.systems["skin"][1], "Bekas suntikan lama di lengan kiri")
    assert dialog.save_draft()
    assert "Temuan keseluruhan" in dialog.progress.text()  # the finding is still missing
    qtbot.keyClicks(dialog.finding, "Tidak ada tanda intoksikasi akut.")
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog.ask_sign()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    row = Assessment.get_by_id(dialog.record_id)
    assert (row.kind, row.state, row.staff_id) == ("physical", "signed", staff["doctor"].id)
    assert row.answers["temperature"] == 36.9 and row.answers["pulse"] == 92
    shots = os.environ.get("CLIN_J2_SHOTS")
    if shots:
        dialog.resize(760, 900)
        dialog.grab().save(os.path.join(shots, "physical_exam.png"))
    # The counselor's ASI takes the physical section from the doctor's signed exam.
    SESSION.sign_in(staff["counselor"])
    asi = shown(qtbot, AsiDialog(person_id))
    assert asi.fill_from_exam()
    assert asi.physical.blood_pressure.text() == "128/84"
    assert "Dokter Pemeriksa" in asi.from_exam_note.text()


def test_doctor_gives_several_diagnoses_one_primary(qtbot, staff, person_id):
    from models.care.episode_diagnosis import EpisodeDiagnosis
    episode_id = open_episode(staff, person_id)
    SESSION.sign_in(staff["doctor"])
    tab = shown(qtbot, AssessmentsTab())
    tab.set_person(person_id)
    assert tab.diagnoses_button.text() == "Diagnosis..."
    qtbot.mouseClick(tab.diagnoses_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert dialog.episode.episode_id() == episode_id
    assert dialog.list.item(0).text() == "Belum ada diagnosis untuk episode ini."
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # nothing picked
    assert "Diagnosis" in dialog.form.rows["Diagnosis (ICD-10)"].error.text()
    for code in ("F15.2", "F12.1"):
        dialog.picker.set_value(code)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(0).text().startswith("Utama: F15.2")
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(0).text().startswith("Utama: F12.1")
    shots = os.environ.get("CLIN_J2_SHOTS")
    if shots:
        dialog.grab().save(os.path.join(shots, "diagnoses.png"))
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    withdrawn = EpisodeDiagnosis.get(EpisodeDiagnosis.code == "F15.2")
    assert withdrawn.removed_at is not None and withdrawn.removed_by_id == staff["doctor"].id
