"""Issue 17 faults 1-5 at the desk, driven by keys: the admission step on the Program tab
(consent, counselor of record, programs of the episode's service type, admitting ahead of
the waiting list), "Tidak melanjutkan", the forward move first and a relapse that needs a
reason, "Selesai" before the last phase, and changing the counselor of record."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.admin.facility_admin import set_setting
from models.care.discharge import Discharge
from models.care.enrollment import enroll, move_phase
from models.care.program import PhaseMove
from models.care.program_templates import install_default_templates
from models.intake import intake
from models.intake.episode import Consent, Episode
from models.people import registry
from models.safety import accounts
from models.safety.audit import AuditEvent
from tests.conftest import SAMPLE_PERSON
from tests.consent import consented
from tests.test_program_ui import choose_move, click, phases_of, record_of, shoot, shots, type_date
from ui import i18n
from ui.session import SESSION

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
__all__ = ["shots"]  # the fixture, imported for its use below


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


@pytest.fixture
def templates(db):
    return install_default_templates()


def person(staff, name: str, n: int) -> int:
    return registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name=name, nik=f"32730517089500{n:02d}", phone="", sex="L",
        birth_date=dt.date(1995, 8, 17)))


def episode(staff, person_id: int, service: str = "inpatient", days_ago: int = 10) -> int:
    return intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type=service, reported_on=TODAY - days_ago * DAY))


def test_the_admission_step_asks_for_the_consent_and_offers_fitting_programs(
        qtbot, staff, templates, shots):
    agus = person(staff, "Agus Salim", 1)
    eid = episode(staff, agus, "outpatient")
    page = record_of(qtbot, staff, agus)
    page.tabs.setCurrentWidget(page.program)
    box = page.program.enrol_box
    assert box.isVisible()
    # Only the outpatient program is offered for an outpatient episode (fault 2).
    assert [box.template.itemData(i) for i in range(box.template.count())] == [
        templates["bnn_rawat_jalan"]]
    assert box.counselor.currentData() == staff["counselor"].id
    assert box.consent.isVisible() and "Rawat jalan: 0 dalam program" in box.places.text()
    shoot(page, shots, "j1_admission_step")
    click(qtbot, box.enrol_button)
    assert Episode.get_by_id(eid).status == "screening"
    assert box.form.rows["General consent"].error.text().startswith("Centang ini")
    box.consent.setFocus()
    qtbot.keyClick(box.consent, Qt.Key.Key_Space)
    qtbot.keyClicks(box.consent_by, "Agus Salim")
    click(qtbot, box.enrol_button)
    assert Episode.get_by_id(eid).status == "in_program", box.message.text()
    consent, = Consent.select().where(Consent.episode == eid)
    assert (consent.kind, consent.signed_by_name) == ("general", "Agus Salim")
    assert Episode.get_by_id(eid).counselor_id == staff["counselor"].id
    assert "Konselor penanggung jawab: Konselor Adiksi" in page.program.counselor_label.text()


def test_admitting_ahead_of_the_waiting_list_asks_why(qtbot, staff, templates, shots):
    set_setting(staff["admin"], "capacity_inpatient", 1)
    holder = consented(staff["intake"], episode(staff, person(staff, "Agus Salim", 1)))
    intake.admit(staff["intake"], holder, TODAY - 5 * DAY)
    first = consented(staff["intake"], episode(staff, person(staff, "Bayu Aji", 2)))
    assert intake.admit(staff["intake"], first, TODAY - 4 * DAY) == "waiting"
    from models.care.discharge import discharge_episode
    discharge_episode(staff["counselor"], holder, TODAY - DAY, "dropped_out")
    cahyo = person(staff, "Cahyo Nugroho", 3)
    later = consented(staff["intake"], episode(staff, cahyo))
    page = record_of(qtbot, staff, cahyo)
    page.tabs.setCurrentWidget(page.program)
    box = page.program.enrol_box
    assert box.skip_reason.isVisible()
    assert "1 klien menunggu lebih dulu" in box.queue.text() and "Bayu Aji" in box.queue.text()
    assert "Rawat inap: 0 dari 1 tempat terisi" in box.places.text()
    shoot(page, shots, "j1_admission_ahead_of_queue")
    click(qtbot, box.enrol_button)
    assert Episode.get_by_id(later).status == "screening"
    assert box.form.rows[
        "Reason for admitting ahead of the waiting list"].error.text().startswith("1 klien")
    qtbot.keyClicks(box.skip_reason, "Putusan pengadilan: mulai minggu ini")
    qtbot.keyClick(box.enrol_button, Qt.Key.Key_Space)
    assert Episode.get_by_id(later).status == "in_program", box.message.text()
    skip, = AuditEvent.select().where(AuditEvent.action == "waiting.skip")
    assert skip.detail["reason"] == "Putusan pengadilan: mulai minggu ini"


def test_a_screening_episode_is_closed_as_not_continuing(qtbot, staff, templates):
    agus = person(staff, "Agus Salim", 1)
    eid = episode(staff, agus)
    page = record_of(qtbot, staff, agus, "intake")
    page.tabs.setCurrentWidget(page.program)
    box = page.program.enrol_box
    dialog = box.open_not_continuing()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.ok_button)  # no reason yet: refused at the field, dialog stays
    assert dialog.isVisible() and dialog.form.rows[
        "Reason the client did not continue"].error.text()
    qtbot.keyClicks(dialog.reason, "Tidak datang lagi setelah skrining")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    row = Episode.get_by_id(eid)
    assert (row.status, row.not_continued_on) == ("closed", TODAY)
    assert not box.isVisible()


def test_forward_is_the_move_offered_and_a_relapse_needs_a_reason(qtbot, staff, templates,
                                                                  shots):
    """Fault 5: after a forward move the relapse move was pre-selected and needed no word."""
    tc = templates["bnn_rawat_inap_tc"]
    phases = phases_of(tc)
    agus = person(staff, "Agus Salim", 1)
    eid = consented(staff["intake"], episode(staff, agus, days_ago=60))
    enrollment_id = enroll(staff["counselor"], eid, tc, TODAY - 50 * DAY)
    move_phase(staff["counselor"], enrollment_id, phases[1].id, TODAY - 30 * DAY, "")
    page = record_of(qtbot, staff, agus)
    page.tabs.setCurrentWidget(page.program)
    moves = page.program.moves
    assert moves.chosen().kind == "forward" and moves.chosen().to_phase_id == phases[2].id
    choose_move(qtbot, page, phases[0])
    type_date(qtbot, moves.moved_on, TODAY - DAY)
    click(qtbot, moves.move_button)
    assert PhaseMove.select().count() == 2  # the start and the forward move only
    assert moves.form.rows["Reason"].error.isVisible()
    qtbot.keyClicks(moves.reason, "Kambuh: positif sabu setelah cuti")
    shoot(page, shots, "j1_relapse_move")
    click(qtbot, moves.move_button)
    last = PhaseMove.select().order_by(PhaseMove.id.desc()).first()
    assert (last.kind, last.reason) == ("back", "Kambuh: positif sabu setelah cuti")


def test_completed_at_phase_two_asks_for_the_reason(qtbot, staff, templates, shots):
    tc = templates["bnn_rawat_inap_tc"]
    phases = phases_of(tc)
    agus = person(staff, "Agus Salim", 1)
    eid = consented(staff["intake"], episode(staff, agus, days_ago=60))
    enrollment_id = enroll(staff["counselor"], eid, tc, TODAY - 50 * DAY)
    move_phase(staff["counselor"], enrollment_id, phases[1].id, TODAY - 30 * DAY, "")
    page = record_of(qtbot, staff, agus)
    page.tabs.setCurrentWidget(page.program)
    dialog = page.program.open_discharge()
    qtbot.waitExposed(dialog)
    assert dialog.reason.currentData() == ""
    click(qtbot, dialog.ok_button)
    assert Discharge.select().count() == 0 and dialog.isVisible()
    dialog.reason.setCurrentIndex(dialog.reason.findData("completed"))
    assert dialog.early_reason.isVisible()
    assert "bukan fase terakhir" in dialog.early_note.text()
    click(qtbot, dialog.ok_button)
    assert Discharge.select().count() == 0
    assert dialog.form.rows["Reason the program counts as completed early"].error.isVisible()
    qtbot.keyClicks(dialog.early_reason, "Tim kasus: tujuan terapi tercapai, pindah kota")
    shoot(dialog, shots, "j1_discharge_completed_early")
    click(qtbot, dialog.ok_button)
    assert Discharge.get().reason == "completed"


def test_the_counselor_of_record_changes_with_a_reason(qtbot, staff, templates):
    second = accounts.create_staff(staff["admin"], "konselor2", "Konselor Dua", "counselor",
                                   "counselor-password-2")
    agus = person(staff, "Agus Salim", 1)
    eid = consented(staff["intake"], episode(staff, agus))
    enroll(staff["counselor"], eid, templates["bnn_rawat_inap_tc"], TODAY)
    page = record_of(qtbot, staff, agus)
    page.tabs.setCurrentWidget(page.program)
    tab = page.program
    assert tab.counselor_button.isVisible()
    click(qtbot, tab.counselor_button)
    dialog = tab.counselor_dialog
    qtbot.waitExposed(dialog)
    assert dialog.counselor.currentData() == second.id  # the current one is not offered
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and Episode.get_by_id(eid).counselor_id == staff["counselor"].id
    qtbot.keyClicks(dialog.reason, "Konselor cuti tiga bulan")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert Episode.get_by_id(eid).counselor_id == second.id
    assert "Konselor Dua" in tab.counselor_label.text()


def test_the_census_bar_counts_only_services_with_a_limit(qtbot, qapp):
    """Fault 4 on Beranda: outpatients without a limit take no inpatient place."""
    from models.desk.dashboard import Census
    from ui.home.day_panel import CensusBox
    box = CensusBox()
    qtbot.addWidget(box)
    box.show_census(Census((("outpatient", 5), ("inpatient", 2), ("maintenance", 0),
                            ("social", 0)), 3,
                           (("outpatient", 0), ("inpatient", 3), ("maintenance", 0),
                            ("social", 0))))
    assert box.bar.text() == "2 dari 3 tempat terisi"
    assert box.lines["outpatient"].text() == "Rawat jalan: 5 (tanpa batas)"
    assert box.lines["inpatient"].text() == "Rawat inap: 2 dari 3 tempat terisi"
