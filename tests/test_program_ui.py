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

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QRadioButton, QWidget

from models.admin.facility_admin import FacilityInput, save_facility, set_setting
from models.care.aftercare import AftercarePlan, FollowUp
from models.care.discharge import REASONS, Discharge, discharge_episode
from models.care.enrollment import enroll, move_phase
from models.care.program import Enrollment, Phase, PhaseMove
from models.care.program_templates import install_default_templates
from models.care.urine import record_urine_test
from models.intake import intake
from models.intake.episode import Episode
from models.safety.audit import AuditEvent
from tests.consent import EARLY, consented
from ui import i18n
from ui.clients.record_page import RecordPage
from ui.main_window import MainWindow
from ui.program.discharge_dialog import DischargeDialog
from ui.session import SESSION

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
    return consented(staff["intake"], intake.open_episode(staff["intake"], person_id,
                                                          intake.EpisodeInput(
        service_type=service_type, reported_on=reported_on)))


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
    assert dialog.reason.currentData() == "" and dialog.teds.text() == ""  # no default
    dialog.reason.setCurrentIndex(dialog.reason.findData("completed"))
    assert dialog.teds.text() == "TEDS 1 – program selesai"
    assert not dialog.early_reason.isVisible()  # in the last phase: nothing more to ask
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
    # A confirmed positive urine test in aftercare resets the abstinence date, and the tab
    # says so.
    from models.care.urine import confirm_urine_test
    test_id = record_urine_test(staff["doctor"], person_id, episode_id, "PC-1",
                                dt.datetime.combine(TODAY, dt.time(0, 0)), True, "", "",
                                "aftercare", PANEL | {"MET": "positive"})
    confirm_urine_test(staff["doctor"], test_id, "admission", "positive", TODAY)
    care.load()
    assert AftercarePlan.get_by_id(plan.id).abstinence_since == TODAY
    assert "tes urine positif" in care.relapses.text()
    assert "0 hari" in care.abstinence.text()
    shoot(page, shots, "13_aftercare_contact_and_relapse")

    type_date(qtbot, care.closed_on, TODAY)
    combos = list(care.outcome_combos.values())
    combos[0].setCurrentIndex(combos[0].findData("yes"))
    combos[2].setCurrentIndex(combos[2].findData("yes"))
    click(qtbot, care.close_button)  # ending aftercare asks first; Enter keeps it running
    qtbot.keyClick(care.confirm_box, Qt.Key.Key_Return)
    assert AftercarePlan.get_by_id(plan.id).closed_on is None
    click(qtbot, care.close_button)
    click(qtbot, care.confirm_box.button(QMessageBox.StandardButton.Yes))
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


# --- refusals, undo, discharge codes and corrections ---------------------------------------

def test_a_refused_move_shows_its_reason_and_keeps_the_input(qtbot, staff, person_id, templates):
    episode_id = open_episode(staff, person_id, TODAY - 20 * DAY, "outpatient")
    outpatient = phases_of(templates["bnn_rawat_jalan"])
    enroll(staff["counselor"], episode_id, templates["bnn_rawat_jalan"], TODAY - 10 * DAY)
    page = record_of(qtbot, staff, person_id)
    page.tabs.setCurrentWidget(page.program)
    moves = page.program.moves
    # Leaving the assessment phase needs a signed ASI: the model says so, in Indonesian.
    choose_move(qtbot, page, outpatient[1])
    qtbot.keyClicks(moves.note, "Siap konseling")
    click(qtbot, moves.move_button)
    assert moves.message.isVisible()
    assert moves.message.text() == (
        "Asesmen dan rencana terapi belum dapat ditinggalkan: diperlukan Asesmen berbasis ASI "
        "yang sudah ditandatangani untuk episode ini.")
    assert moves.note.text() == "Siap konseling"  # nothing typed is lost
    # A skip needs a reason: the sentence lands under the Reason field.
    choose_move(qtbot, page, outpatient[2])
    click(qtbot, moves.move_button)
    error = moves.form.rows["Reason"].error
    assert error.isVisible() and "memerlukan alasan" in error.text()
    # A move dated before the previous one is refused at the date field.
    type_date(qtbot, moves.moved_on, TODAY - 15 * DAY)
    qtbot.keyClicks(moves.reason, "Rujukan langsung")
    click(qtbot, moves.move_button)
    assert "lebih awal dari" in moves.form.rows["Date of the move"].error.text()
    assert PhaseMove.select().count() == 1  # only the start
    assert page.program.record.current_phase_id == outpatient[0].id


def test_undo_puts_the_client_back_and_keeps_the_move_on_record(qtbot, staff, person_id,
                                                                 templates):
    tc = templates["bnn_rawat_inap_tc"]
    phases = phases_of(tc)
    episode_id = open_episode(staff, person_id, TODAY - 60 * DAY)
    enrollment_id = enroll(staff["counselor"], episode_id, tc, TODAY - 50 * DAY)
    move_phase(staff["counselor"], enrollment_id, phases[1].id, TODAY - 30 * DAY, "")
    page = record_of(qtbot, staff, person_id)
    page.tabs.setCurrentWidget(page.program)
    tab = page.program
    assert tab.record.current_phase_id == phases[1].id
    # A relapse: back to detox, then that move undone.
    choose_move(qtbot, page, phases[0])
    type_date(qtbot, tab.moves.moved_on, TODAY - 2 * DAY)
    qtbot.keyClicks(tab.moves.reason, "Kambuh: pakai sabu di akhir pekan")
    click(qtbot, tab.moves.move_button)
    assert tab.record.current_phase_id == phases[0].id
    assert tab.timeline.history.item(2, 1).text() == "Kembali karena kambuh (relapse)"
    click(qtbot, tab.moves.undo_button)
    assert tab.record.current_phase_id == phases[1].id
    assert tab.record.phase_since == TODAY - 30 * DAY
    assert tab.moves.done_label.text() == "Perpindahan terakhir telah dibatalkan."
    assert tab.timeline.history.rowCount() == 3
    assert tab.timeline.history.item(2, 1).text() == "Kembali karena kambuh (relapse) (dibatalkan)"
    assert tab.timeline.history.item(2, 1).font().strikeOut()
    assert Enrollment.get_by_id(enrollment_id).current_phase_id == phases[1].id
    click(qtbot, tab.moves.undo_button)
    assert tab.record.current_phase_id == phases[0].id
    assert not tab.moves.undo_button.isEnabled()  # back at the start: nothing left to undo


def test_discharge_dialog_shows_the_teds_code_of_every_reason(qtbot, staff, person_id,
                                                               templates):
    episode_id = open_episode(staff, person_id, TODAY - 60 * DAY, "social")
    enroll(staff["counselor"], episode_id, templates["kemensos_rehsos"], TODAY - 50 * DAY)
    SESSION.sign_in(staff["counselor"])
    dialog = shown(qtbot, DischargeDialog(episode_id, social=True), 480, 420)
    seen = []
    for row, (code, _label, teds) in enumerate(REASONS, 1):  # row 0: nothing chosen
        dialog.reason.setCurrentIndex(row)
        seen.append((code, dialog.teds.text()))
        assert dialog.teds.text().startswith(f"TEDS {teds} – ")
    assert dict(seen)["absconded"] == dict(seen)["dropped_out"] == "TEDS 2 – putus program"
    assert dict(seen)["incarcerated"] == "TEDS 5 – ditahan atau dipenjara"
    assert all(row.widget.isVisible() for row in dialog.outcome_rows)  # social rehabilitation
    assert not dialog.why.isVisible()  # a first discharge asks no correction reason
    # Referred needs the facility it went to; the error lands at that field.
    dialog.reason.setCurrentIndex(dialog.reason.findData("transferred"))
    assert not dialog.save()
    assert dialog.form.rows["Referred to"].error.isVisible()
    qtbot.keyClicks(dialog.referred_to, "Balai Besar Rehabilitasi BNN Lido")
    dialog.recovered.setCurrentIndex(dialog.recovered.findData("yes"))
    dialog.skilled.setCurrentIndex(dialog.skilled.findData("no"))
    dialog.aftercare.setChecked(False)
    assert dialog.save()
    row = Discharge.get(Discharge.episode == episode_id)
    assert (row.reason, row.teds_code, row.outcome_recovered, row.outcome_skilled,
            row.outcome_independent) == ("transferred", 4, True, False, None)
    assert Episode.get_by_id(episode_id).status == "closed"
    inpatient = DischargeDialog(episode_id, social=False)
    qtbot.addWidget(inpatient)
    assert not any(row.widget.isVisibleTo(inpatient) for row in inpatient.outcome_rows)


def test_a_discharge_is_corrected_only_with_a_reason_and_audited(qtbot, staff, person_id,
                                                                  templates):
    episode_id = open_episode(staff, person_id, TODAY - 60 * DAY)
    enroll(staff["counselor"], episode_id, templates["bnn_rawat_inap_tc"], TODAY - 50 * DAY)
    discharge_episode(staff["counselor"], episode_id, TODAY - 5 * DAY, "completed",
                      early_reason=EARLY)
    page = record_of(qtbot, staff, person_id)
    page.tabs.setCurrentWidget(page.program)
    tab = page.program
    assert tab.discharge_box.isVisible() and not tab.discharge_button.isVisible()
    click(qtbot, tab.correct_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert dialog.reason.currentData() == "completed" and dialog.aftercare.isHidden()
    dialog.reason.setCurrentIndex(dialog.reason.findData("dropped_out"))
    assert dialog.teds.text() == "TEDS 2 – putus program"
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()  # no reason for the correction given
    assert dialog.form.rows["Reason for the correction"].error.isVisible()
    qtbot.keyClicks(dialog.why, "Klien keluar sebelum selesai, salah input")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert Discharge.get(Discharge.episode == episode_id).teds_code == 2
    event = AuditEvent.get(AuditEvent.action == "discharge.correct")
    assert event.detail["old"] == {"reason": "completed", "teds_code": 1}
    assert event.detail["new"] == {"reason": "dropped_out", "teds_code": 2}
    assert "TEDS 2" in tab.discharge_text.text()


# --- aftercare -----------------------------------------------------------------------------

def test_aftercare_started_on_the_31st_keeps_one_follow_up_a_month(qtbot, staff, person_id,
                                                                    templates):
    episode_id = open_episode(staff, person_id, dt.date(2023, 11, 1))
    enroll(staff["counselor"], episode_id, templates["bnn_rawat_inap_tc"], dt.date(2023, 11, 2))
    # Discharged on 30 January: aftercare's first day, which the schedule counts from, is
    # the 31st.
    discharge_episode(staff["counselor"], episode_id, dt.date(2024, 1, 30), "completed",
                      early_reason=EARLY)
    page = record_of(qtbot, staff, person_id)
    page.tabs.setCurrentWidget(page.aftercare)
    care = page.aftercare
    assert care.start_box.isVisible()
    assert care.started_on.text() == "30-01-2024"  # the discharge date
    assert (care.interval.value(), care.count.value()) == (1, 6)  # the facility's settings
    expected = ["29-02-2024", "31-03-2024", "30-04-2024", "31-05-2024", "30-06-2024",
                "31-07-2024"]
    assert care.preview.text() == "Tindak lanjut pada: " + ", ".join(expected)
    care.count.setValue(3)
    assert care.preview.text() == "Tindak lanjut pada: " + ", ".join(expected[:3])
    care.count.setValue(6)
    click(qtbot, care.start_button)
    plan = AftercarePlan.get(AftercarePlan.episode == episode_id)
    assert [f.due_on.strftime("%d-%m-%Y") for f in FollowUp.select().where(
        FollowUp.plan == plan.id).order_by(FollowUp.due_on)] == expected
    assert [care.schedule.item(r, 0).text() for r in range(6)] == expected
    # Every one of them has passed without a contact: all flagged missed, in red.
    assert care.missed.isVisible() and care.missed.text().startswith("6 tindak lanjut terlewat")
    assert care.schedule.item(0, 1).text().startswith("Terlewat: terlambat")
    # A contact marked relapse resets the abstinence date.
    type_date(qtbot, care.contacted_on, dt.date(2024, 3, 2))
    care.contact_type.setCurrentIndex(care.contact_type.findData("home_visit"))
    qtbot.mouseClick(care.relapse, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, care.relapse.height() // 2))  # on the box itself
    assert care.relapse.isChecked()
    click(qtbot, care.contact_button)
    assert care.schedule.item(0, 1).text() == "Terlaksana pada 02-03-2024 (Kunjungan rumah)"
    assert care.missed.text().startswith("5 tindak lanjut terlewat")
    assert "Abstinen sejak 02-03-2024" in care.abstinence.text()
    assert "kontak yang dicatat kambuh" in care.relapses.text()


# --- the day's dashboard -------------------------------------------------------------------

def new_person(staff, name: str, nik_day: int) -> int:
    from models.people.registry import PersonInput, register_person
    return register_person(staff["intake"], PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 1, nik_day), id_type="none",
        no_id_reason="Hilang"))


@pytest.fixture
def busy_day(staff, person_id, templates):
    """A facility with one place: a follow-up due today (Siti), an overdue phase (Budi, who
    takes the place), someone waiting (Andi), an SKHPN applicant (Dewi), a draft note."""
    from models.care.aftercare import start_aftercare
    from models.care.notes import write_note
    from models.documents.skhpn import open_application
    save_facility(staff["admin"], FacilityInput(
        name_lines=("BNN KOTA UJI",), code="BNNK-UJI", kind="bnn_clinic", city="Bogor"))
    set_setting(staff["admin"], "capacity_inpatient", 1)
    counselor, tc = staff["counselor"], templates["bnn_rawat_inap_tc"]
    siti = open_episode(staff, person_id, TODAY - 120 * DAY)
    enroll(counselor, siti, tc, TODAY - 110 * DAY)
    discharge_episode(counselor, siti, TODAY - 20 * DAY, "completed", early_reason=EARLY)
    plan = start_aftercare(counselor, siti, TODAY - 20 * DAY)
    first = FollowUp.select().where(FollowUp.plan == plan).order_by(FollowUp.due_on).first()
    FollowUp.update(due_on=TODAY).where(FollowUp.id == first.id).execute()
    budi = new_person(staff, "Budi Santoso", 2)
    budi_episode = open_episode(staff, budi, TODAY - 40 * DAY)
    enroll(counselor, budi_episode, tc, TODAY - 30 * DAY)  # detox has a 14-day target
    andi = new_person(staff, "Andi Wijaya", 3)
    assert intake.admit(staff["intake"], open_episode(staff, andi, TODAY - 3 * DAY),
                        TODAY - 2 * DAY) == "waiting"
    dewi = new_person(staff, "Dewi Lestari", 4)
    open_application(staff["intake"], dewi, "job")
    write_note(counselor, "individual", TODAY, "Konseling motivasi", "Draf",
               episode_id=budi_episode)
    return {"siti": person_id, "budi": budi, "andi": andi, "dewi": dewi}


def test_dashboard_items_open_the_record(qtbot, db, staff, busy_day, tmp_path, shots):
    window = MainWindow(db, language="id",
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    home = window.page("home")
    assert home.day.isHidden()  # nobody signed in: no names on the screen
    window.sign_in(staff["counselor"])
    home.refresh()
    day = home.day
    assert day.isVisible()
    boxes = day.boxes

    def names(key: str) -> list[str]:
        table = boxes[key].table
        column = 1 if key in ("skhpn_today", "unsigned_notes") else 0
        return [table.item(r, column).text() for r in range(table.rowCount())]

    assert names("followups_today") == ["Siti Rahmawati"]
    assert boxes["followups_today"].table.item(0, 1).text() == "belum dihubungi"
    assert names("overdue") == ["Budi Santoso"]
    assert boxes["overdue"].table.item(0, 2).text() == "30 / 14"
    assert names("waiting") == ["Andi Wijaya"]
    assert names("skhpn_today") == ["Dewi Lestari"]
    assert names("unsigned_notes") == ["Budi Santoso"]
    assert boxes["overdue"].title() == "Fase melewati target (1)"
    census = day.census
    assert census.bar.text() == "1 dari 1 tempat terisi"
    assert census.lines["inpatient"].text() == "Rawat inap: 1 dari 1 tempat terisi"
    assert census.lines["outpatient"].text() == "Rawat jalan: 0 (tanpa batas)"
    # Issue 17 fault 1: a counselor's Beranda opens on their own clients.
    assert home.mine_button.isChecked() and home.day.dashboard.mine
    shoot(window, shots, "20_dashboard")
    window.resize(700, 900)
    shoot(window, shots, "21_dashboard_narrow")

    # Enter on a line opens that client's record, on the tab where the work is.
    for key, who, tab in (("overdue", "budi", "program"), ("followups_today", "siti", "aftercare"),
                          ("waiting", "andi", "program"), ("skhpn_today", "dewi", None),
                          ("unsigned_notes", "budi", "notes")):
        window.open_page("home")
        table = boxes[key].table
        table.setFocus()
        table.setCurrentCell(0, 0)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        clients = window.page("clients")
        assert window.pages.currentWidget() is clients
        assert clients.record.record.id == busy_day[who], key
        record = clients.record
        assert record.tabs.currentIndex() == (
            record.tabs.indexOf(getattr(record, tab)) if tab is not None else 0), key
    # The intake desk sees the waiting list and SKHPN, not the notes section.
    window.sign_in(staff["intake"])
    window.open_page("home")
    assert boxes["waiting"].isVisible() and not boxes["unsigned_notes"].isVisible()
    window.close()
