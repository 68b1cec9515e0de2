"""Programs, phases, discharge and aftercare at the counselor's desk, driven as a person
would: a client through every phase of the inpatient Therapeutic Community template to the
discharge and aftercare; a refused move and its sentence; undo; the discharge's TEDS codes
and its audited correction; an aftercare plan started on the 31st; the day's dashboard,
whose items open the record.

Screenshots of each step go to ``$PULIH_SHOTS`` when set (else the test's temporary folder).
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget  # noqa: E402

from models import intake  # noqa: E402
from models.aftercare import AftercarePlan, FollowUp  # noqa: E402
from models.audit import AuditEvent  # noqa: E402
from models.discharge import REASONS, Discharge, discharge_episode  # noqa: E402
from models.enrollment import enroll, move_phase  # noqa: E402
from models.episode import Episode  # noqa: E402
from models.facility_admin import FacilityInput, save_facility  # noqa: E402
from models.program import Enrollment, Phase, PhaseMove, ProgramTemplate  # noqa: E402
from models.program_templates import install_default_templates  # noqa: E402
from models.urine import record_urine_test  # noqa: E402
from ui import i18n  # noqa: E402
from ui.clients.record_page import RecordPage  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.program.discharge_dialog import DischargeDialog  # noqa: E402
from ui.session import SESSION  # noqa: E402

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
PANEL = {"AMP": "negative", "MET": "negative", "THC": "negative", "COC": "negative",
         "MOP": "negative", "BZO": "negative"}
FACILITY = FacilityInput(name_lines=("BADAN NARKOTIKA NASIONAL", "BALAI REHABILITASI UJI"),
                         code="BR-UJI", kind="bnn_clinic", city="Bogor", capacity=40)


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()
    i18n.install("id")


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("PULIH_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def templates(db) -> dict[str, int]:
    return install_default_templates()


def phases_of(template_id: int) -> list[Phase]:
    return list(Phase.select().where(Phase.template == template_id).order_by(Phase.seq))


def open_episode(staff, person_id: int, reported_on: dt.date,
                 service_type: str = "inpatient") -> int:
    return intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type=service_type, reported_on=reported_on))


def shown(qtbot, widget: QWidget, width: int = 1000, height: int = 760) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record_of(qtbot, staff, person_id: int, who: str = "counselor") -> RecordPage:
    SESSION.sign_in(staff[who])
    page = shown(qtbot, RecordPage())
    assert page.open_person(person_id)
    return page


def type_date(qtbot, field, value: dt.date) -> None:
    field.clear()
    qtbot.keyClicks(field, value.strftime("%d-%m-%Y"))


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_move(qtbot, page: RecordPage, phase: Phase) -> QRadioButton:
    button = page.program.moves.findChild(QRadioButton, f"move_to_{phase.id}")
    assert button is not None, phase.name
    qtbot.waitUntil(button.isVisible)  # a new child is shown on the next pass of the loop
    QApplication.processEvents()  # and laid out where the person sees it
    # on the text, not the middle of the row: a radio button reacts to its indicator and label
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(30, button.height() // 2))
    assert button.isChecked()
    return button


# --- the walk-through ----------------------------------------------------------------------

def test_counselor_walks_a_client_through_the_inpatient_program(qtbot, staff, person_id,
                                                                 templates, shots):
    save_facility(staff["admin"], FACILITY)
    episode_id = open_episode(staff, person_id, TODAY - 340 * DAY)
    tc = templates["bnn_rawat_inap_tc"]
    phases = phases_of(tc)
    page = record_of(qtbot, staff, person_id)
    page.tabs.setCurrentWidget(page.program)
    tab = page.program
    assert tab.enrol_box.isVisible()
    assert "belum mengikuti program" in tab.state.text()
    shoot(page, shots, "01_program_tab_before_enrolment")

    tab.template.setCurrentIndex(tab.template.findData(tc))
    type_date(qtbot, tab.started_on, TODAY - 330 * DAY)
    click(qtbot, tab.enrol_button)
    assert tab.record is not None and tab.record.current_phase_id == phases[0].id
    assert Episode.get_by_id(episode_id).status == "in_program"
    assert not tab.enrol_box.isVisible()
    assert tab.title.text() == "BNN – Rawat Inap Therapeutic Community"
    # The detox phase (14 days) has run 330 days: flagged overdue.
    assert tab.overdue_label.isVisible()
    assert "316 hari" in tab.overdue_label.text()
    shoot(page, shots, "02_enrolled_detox_overdue")

    # Forward through every phase, one screenshot per phase.
    days_ago = [310, 280, 220, 145, 70, 3]
    for step, (phase, ago) in enumerate(zip(phases[1:], days_ago), start=3):
        choose_move(qtbot, page, phase)
        type_date(qtbot, tab.moves.moved_on, TODAY - ago * DAY)
        qtbot.keyClicks(tab.moves.note, f"Naik ke fase {phase.code}")
        click(qtbot, tab.moves.move_button)
        assert tab.record.current_phase_id == phase.id, tab.moves.message.text()
        assert tab.moves.note.text() == ""
        shoot(page, shots, f"{step:02d}_phase_{phase.code}")
    assert not tab.overdue_label.isVisible()  # 3 days into aftercare phase of 180
    assert [m.to_phase_id for m in tab.record.moves] == [p.id for p in phases]
    steps = tab.timeline.steps
    assert steps.count() == len(phases)
    assert "saat ini" in steps.item(len(phases) - 1).text()
    assert tab.timeline.history.rowCount() == len(phases)
    assert tab.timeline.history.item(3, 4).text() == staff["counselor"].full_name
    # The final phase allows no move: the next step is the discharge.
    assert tab.moves.none_label.isVisible() and not tab.moves.move_button.isEnabled()

    tab.discharge_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DischargeDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.teds.text() == "TEDS 1 – program selesai"
    type_date(qtbot, dialog.discharged_on, TODAY - DAY)
    qtbot.keyClicks(dialog.note, "Menyelesaikan seluruh program")
    assert dialog.aftercare.isChecked()
    shoot(dialog, shots, "10_discharge_dialog")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    discharge = Discharge.get(Discharge.episode == episode_id)
    assert (discharge.reason, discharge.teds_code) == ("completed", 1)
    assert tab.discharge_box.isVisible()
    assert "TEDS 1" in tab.discharge_text.text()
    assert not tab.moves.isVisible() and not tab.discharge_button.isVisible()
    shoot(page, shots, "11_discharged")

    # Aftercare started with the discharge; the schedule follows the facility's settings.
    page.tabs.setCurrentWidget(page.aftercare)
    care = page.aftercare
    plan = AftercarePlan.get(AftercarePlan.episode == episode_id)
    assert care.plan is not None and care.plan.id == plan.id
    assert care.schedule.rowCount() == 6
    assert care.schedule.item(0, 1).text() == "Akan datang"
    assert "Abstinen sejak" in care.abstinence.text()
    shoot(page, shots, "12_aftercare_plan")

    care.contact_type.setCurrentIndex(care.contact_type.findData("phone"))
    type_date(qtbot, care.contacted_on, TODAY)
    qtbot.keyClicks(care.outcome, "Klien bekerja kembali")
    click(qtbot, care.contact_button)
    assert care.contacts.rowCount() == 1
    assert care.contacts.item(0, 1).text() == "Telepon"
    # A positive urine test in aftercare resets the abstinence date, and the tab says so.
    record_urine_test(staff["doctor"], person_id, episode_id, "PC-1",
                      dt.datetime.combine(TODAY, dt.time(8, 0)), True, "", "", "aftercare",
                      PANEL | {"MET": "positive"})
    care.load()
    assert AftercarePlan.get_by_id(plan.id).abstinence_since == TODAY
    assert "tes urine positif" in care.relapses.text()
    assert "0 hari" in care.abstinence.text()
    shoot(page, shots, "13_aftercare_contact_and_relapse")

    type_date(qtbot, care.closed_on, TODAY)
    combos = list(care.outcome_combos.values())
    combos[0].setCurrentIndex(combos[0].findData("yes"))
    combos[2].setCurrentIndex(combos[2].findData("yes"))
    click(qtbot, care.close_button)
    plan = AftercarePlan.get_by_id(plan.id)
    assert (plan.closed_on, plan.outcome_work, plan.outcome_school, plan.outcome_family) == (
        TODAY, True, None, True)
    assert Episode.get_by_id(episode_id).status == "closed"
    assert not care.contact_box.isVisible() and "Berakhir pada" in care.state.text()
    shoot(page, shots, "14_aftercare_closed")

    # Once in English, and in a narrow window.
    i18n.install("en")
    page.retranslate_ui()
    page.tabs.setCurrentWidget(page.program)
    assert "Discharged on" in page.program.discharge_text.text()
    assert page.tabs.tabText(page.tabs.indexOf(page.aftercare)) == "Aftercare"
    shoot(page, shots, "15_program_english")
    i18n.install("id")
    page.retranslate_ui()
    page.resize(560, 760)
    page.tabs.setCurrentWidget(page.aftercare)
    shoot(page, shots, "16_aftercare_narrow")
    page.tabs.setCurrentWidget(page.program)
    shoot(page, shots, "17_program_narrow")
