"""The Jadwal page driven by keys, its item model under qtmodeltester, booking with a
conflict and a reason, a series, a group roster, Beranda's missed lists and the reminder
dialog (consent first; neutral text)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from models.admin.facility_admin import FacilityInput, save_facility
from models.appointments.appointment import Appointment, AppointmentAttendee, book
from models.care.enrollment import enroll
from models.care.program import ProgramTemplate
from models.care.program_templates import install_default_templates
from models.safety.audit import AuditEvent
from tests.test_appointments import at, new_episode
from ui import i18n
from ui.appointments.book_dialog import BookDialog
from ui.appointments.calendar_page import CalendarPage
from ui.appointments.missed_panel import MissedPanel
from ui.appointments.reminder_dialog import ReminderDialog
from ui.session import SESSION

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
CTRL = Qt.KeyboardModifier.ControlModifier


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
def world(staff):
    """Outpatients enrolled, a day of appointments for the counselor and the doctor."""
    install_default_templates()
    template = ProgramTemplate.get(ProgramTemplate.code == "bnn_rawat_jalan")
    counselor, doctor = staff["counselor"], staff["doctor"]
    names = ("Agus Salim", "Budi Santoso", "Citra Dewi", "Dewi Lestari")
    episodes = [new_episode(staff, n) for n in names]
    for e in episodes:
        enroll(counselor, e, template.id, TODAY - 30 * DAY)
    ids = [book(counselor, "individual", counselor.id, at(TODAY, 9 + n), 60,
                episode_id=e, place="Ruang 2") for n, e in enumerate(episodes[:3])]
    ids.append(book(counselor, "group", counselor.id, at(TODAY, 14), 90, roster=episodes,
                    place="Aula"))
    ids.append(book(counselor, "doctor", doctor.id, at(TODAY, 10), 30, episode_id=episodes[3],
                    place="Ruang periksa"))
    ids.append(book(counselor, "individual", counselor.id, at(TODAY + DAY, 9), 60,
                    episode_id=episodes[3], place="Ruang 2"))
    SESSION.sign_in(counselor)
    return {"episodes": episodes, "ids": ids, "template": template}


def key(qtbot, widget, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, mods)


def test_calendar_model_passes_the_model_tester(qtmodeltester, world):
    page = CalendarPage()
    page.reload()
    assert page.model.rowCount() == 4  # the counselor's own day, not the doctor's
    qtmodeltester.check(page.model)
    page.set_view(week=True, staff_id=None)
    assert page.model.rowCount() == 6
    qtmodeltester.check(page.model)


def test_calendar_driven_by_keys(qtbot, world, shots):
    page = CalendarPage()
    qtbot.addWidget(page)
    page.resize(1100, 520)
    page.show()
    table = page.table
    table.setFocus()
    assert page.current().starts_at == at(TODAY, 9)
    key(qtbot, table, Qt.Key.Key_Down)
    assert page.current().starts_at == at(TODAY, 10)
    # Right goes to tomorrow, Left back, Home to today.
    key(qtbot, table, Qt.Key.Key_Right)
    assert page.day == TODAY + DAY and page.model.rowCount() == 1
    key(qtbot, table, Qt.Key.Key_Left)
    key(qtbot, table, Qt.Key.Key_Right)
    key(qtbot, table, Qt.Key.Key_Home)
    assert page.day == TODAY and page.model.rowCount() == 4
    # The facility's day shows the doctor's appointment too.
    page.staff.setCurrentIndex(0)
    assert page.model.rowCount() == 5
    # The week view names the days.
    page.mode.setCurrentIndex(1)
    assert page.model.rowCount() == 6
    QApplication.processEvents()
    page.grab().save(str(shots / "calendar_week_facility.png"))
    page.mode.setCurrentIndex(0)
    page.staff.setCurrentIndex(page.staff.findData(SESSION.staff.id))
    # Enter on an individual appointment opens the client's record.
    with qtbot.waitSignal(page.open_person) as opened:
        key(qtbot, table, Qt.Key.Key_Return)
    assert opened.args == [Appointment.get_by_id(world["ids"][0]).person_id]
    page.grab().save(str(shots / "calendar_day.png"))

    # Ctrl+N books (the page takes it, not the window's new-intake shortcut).
    seen = []

    def fake_book():
        seen.append("book")
    page.book = fake_book  # the dialog itself is tested below
    key(qtbot, table, Qt.Key.Key_N, CTRL)
    page.staff.setFocus()
    key(qtbot, page.staff, Qt.Key.Key_N, CTRL)  # from the filters too
    assert seen == ["book", "book"]


def test_booking_a_conflict_asks_for_a_reason(qtbot, world, shots):
    counselor = SESSION.staff
    dialog = BookDialog(TODAY, counselor.id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("individual"))
    dialog.set_clients([(world["episodes"][3], "Dewi Lestari")])
    dialog.time.setTime(QTime(9, 30))
    dialog.place.setText("Ruang 3")
    dialog.save()
    assert not dialog.saved_ids and not dialog.reason.isHidden()
    assert "Konselor Adiksi" in dialog.clash_label.text()
    assert "09:00" in dialog.clash_label.text()  # the screens' time, as typed in the form
    dialog.resize(560, 480)
    dialog.grab().save(str(shots / "book_conflict.png"))
    before = Appointment.select().count()
    dialog.reason.setText("Klien hanya bisa pagi ini")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Appointment.select().count() == before + 1
    assert Appointment.get_by_id(dialog.saved_ids[0]).conflict_reason == \
        "Klien hanya bisa pagi ini"
    assert dialog.place.text() == "Ruang 3"  # what was typed stayed through the refusal


def test_booking_a_series_from_the_program(qtbot, world, shots):
    counselor = SESSION.staff
    dialog = BookDialog(TODAY + 2 * DAY, counselor.id)
    qtbot.addWidget(dialog)
    dialog.set_clients([(world["episodes"][0], "Agus Salim")])
    assert dialog.series.isVisibleTo(dialog) and "8" in dialog.series.text()
    dialog.time.setTime(QTime(11, 0))
    dialog.series.setChecked(True)
    assert dialog.series_table.rowCount() == 8
    times = dialog.series_times()
    assert times[1] - times[0] == dt.timedelta(days=7)
    dialog.resize(560, 620)
    dialog.grab().save(str(shots / "book_series.png"))
    dialog.save()
    rows = list(Appointment.select().where(Appointment.id.in_(dialog.saved_ids))
                .order_by(Appointment.series_seq))
    assert len(rows) == 8 and rows[-1].series_seq == 8


def test_group_roster_marks_attendance_for_all(qtbot, world):
    from ui.appointments.roster_dialog import RosterDialog
    page = CalendarPage()
    qtbot.addWidget(page)
    page.reload()
    row = page.model.row_at(page.model.row_of(world["ids"][3]))
    dialog = RosterDialog(row, page)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 4
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.save()
    statuses = sorted(a.status for a in AppointmentAttendee.select())
    assert statuses == ["attended", "attended", "attended", "missed"]


def test_missed_panel_runs_the_job_and_opens_the_record(qtbot, world, shots):
    # Yesterday's unmarked appointment becomes missed when the panel shows.
    counselor = SESSION.staff
    old = Appointment.create(kind="individual", episode=world["episodes"][1],
                             person=Appointment.get_by_id(world["ids"][1]).person_id,
                             staff=counselor.id, starts_at=at(TODAY - 2 * DAY, 9), minutes=60,
                             created_by=counselor.id)
    panel = MissedPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.refresh()
    assert Appointment.get_by_id(old.id).status == "missed"
    assert panel.missed_list.count() == 1 and "Budi Santoso" in panel.missed_list.item(0).text()
    assert panel.trace_list.count() == 4  # none attended a session in 21 days
    panel.show()
    panel.grab().save(str(shots / "missed_panel.png"))
    panel.missed_list.setFocus()
    panel.missed_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.open_person) as opened:
        qtbot.keyClick(panel.missed_list, Qt.Key.Key_Return)
    assert opened.args == [old.person_id]


def test_reminder_needs_consent_and_stays_neutral(qtbot, staff, world, shots):
    SESSION.sign_in(staff["intake"])  # the desk records the consent (identity data)
    save_facility(staff["admin"], FacilityInput(
        name_lines=("BADAN NARKOTIKA NASIONAL", "KLINIK PRATAMA UJI"), code="KP-UJI",
        kind="bnn_clinic", city="Bogor", phone="0251-123456"))
    page = CalendarPage()
    qtbot.addWidget(page)
    page.set_view(week=False, staff_id=staff["counselor"].id)
    row = page.current()
    dialog = ReminderDialog(row)
    qtbot.addWidget(dialog)
    assert "belum" in dialog.status.text().lower() or "not" in dialog.status.text().lower()
    assert not dialog.whatsapp.isEnabled() and not dialog.copy.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("whatsapp"))
    dialog.phone.setText("0812-3456-7890")
    dialog.save_consent.click()
    assert dialog.whatsapp.isEnabled(), dialog.message.text()
    text = dialog.text.toPlainText()
    assert "Ruang 2" in text and "0251-123456" in text
    # the day written as the client's appointment slip writes it
    import io

    from pypdf import PdfReader

    from reports.appointment_slip import SlipData, SlipVisit, render_slip
    from reports.dates import clock, day_name, long_date
    written = f"{day_name(row.starts_at)}, {long_date(row.starts_at)}"
    assert written in text and clock(row.starts_at, ".") in text
    slip = render_slip(SlipData("X", [SlipVisit(row.starts_at, 60, "Ruang 2")]), invariant=True)
    slip_text = " ".join(" ".join((p.extract_text() or "").split())
                         for p in PdfReader(io.BytesIO(slip)).pages)
    assert written in slip_text and clock(row.starts_at, ".") in slip_text
    assert dialog.link.startswith("https://wa.me/6281234567890?text=")
    for word in ("BNN", "NARKOTIKA", "rehabilitasi", "Klinik"):
        assert word.lower() not in text.lower()
    assert AuditEvent.select().where(AuditEvent.action == "contact_consent.record").count() == 1
    dialog.resize(600, 520)
    dialog.grab().save(str(shots / "reminder.png"))



def test_beranda_shows_the_missed_lists(qtbot, world, shots):
    from ui.home.overview_page import OverviewPage
    counselor = SESSION.staff
    Appointment.create(kind="individual", episode=world["episodes"][2],
                       person=Appointment.get_by_id(world["ids"][2]).person_id,
                       staff=counselor.id, starts_at=at(TODAY - 3 * DAY, 9), minutes=60,
                       created_by=counselor.id)
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.refresh()
    assert page.missed.isVisible()
    assert "Citra Dewi" in page.missed.missed_list.item(0).text()
    assert page.missed.missed_box.title().startswith("Tidak datang (1)")
    assert page.missed.trace_box.title().startswith("Perlu dilacak (4)")
    with qtbot.waitSignal(page.open_record) as opened:
        page.missed.missed_list.itemActivated.emit(page.missed.missed_list.item(0))
    assert opened.args[0] == Appointment.get_by_id(world["ids"][2]).person_id
    page.grab().save(str(shots / "beranda_missed.png"))


def test_program_tab_shows_sessions_against_the_plan(qtbot, world):
    from models.appointments.appointment import attend
    from models.appointments.series import book_series, propose_series
    from ui.appointments.sessions_label import SessionsLabel
    counselor = SESSION.staff
    episode = world["episodes"][0]
    times = propose_series(world["template"].id, at(TODAY, 16))
    ids = book_series(counselor, episode, counselor.id, times, 30)
    attend(counselor, ids[0], today=TODAY)
    label = SessionsLabel()
    qtbot.addWidget(label)
    label.show_episode(episode)
    assert label.text() == ("Sesi konseling: 1 dari 8 dihadiri, 0 tidak datang, 7 terjadwal "
                            "(halaman Jadwal).")
    label.show_episode(world["episodes"][3])  # no series booked: the plan of its program
    assert "0 dari 8" in label.text()


def test_attended_session_offers_its_note(qtbot, world):
    page = CalendarPage()
    qtbot.addWidget(page)
    page.reload()
    row = page.current()
    page.attend_current()
    assert Appointment.get_by_id(row.id).status == "attended"
    assert page.note_button.isVisibleTo(page) and "Agus Salim" in page.note_button.text()
    with qtbot.waitSignal(page.open_record) as opened:
        page.note_button.click()
    assert opened.args == [row.person_id, "notes"]
    assert page.model.row_at(page.model.row_of(row.id)).status == "attended"


def test_admin_sets_the_series_of_a_template(qtbot, staff, world):
    from ui.program.template_editor import TemplateEditor
    SESSION.sign_in(staff["admin"])
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData(world["template"].id))
    assert editor.series_box.sessions.value() == 8
    editor.series_box.sessions.setValue(12)
    assert editor.series_box.save()
    assert ProgramTemplate.get_by_id(world["template"].id).series_sessions == 12
    assert AuditEvent.select().where(AuditEvent.action == "template.series").count() == 1
    SESSION.sign_in(staff["counselor"])
    assert not editor.series_box.save()  # rights are checked in models/
    assert editor.series_box.message.text()


def test_client_picker_finds_open_episodes_by_typing(qtbot, staff, world):
    from ui.appointments.client_picker import ClientPicker
    screening = new_episode(staff, "Rahmat Hidayat")  # not in a program: still bookable
    picker = ClientPicker(group=False)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "rahmat")
    picker.load()
    assert picker.list.count() == 1 and "Skrining" in picker.list.item(0).text()
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    from models.intake.episode import Episode
    assert picker.chosen == [(screening, "Rahmat Hidayat", Episode.get_by_id(screening).person_id)]
    group = ClientPicker(group=True)
    qtbot.addWidget(group)
    group.search.setText("a")
    group.load()
    assert group.list.count() == 0
    group.search.setText("sa")  # Agus Salim, Budi Santoso
    group.load()
    for i in range(group.list.count()):
        group.list.item(i).setCheckState(Qt.CheckState.Checked)
    group._accept()
    assert {name for _e, name, _p in group.chosen} == {"Agus Salim", "Budi Santoso"}


def test_lists_show_when_the_database_refuses_writes(qtbot, world, caplog):
    from models.core.errors import DatabaseProblem
    from models.db import connection as dbmod
    counselor = SESSION.staff
    old = Appointment.create(kind="individual", episode=world["episodes"][1],
                             person=Appointment.get_by_id(world["ids"][1]).person_id,
                             staff=counselor.id, starts_at=at(TODAY - 2 * DAY, 9), minutes=60,
                             created_by=counselor.id)
    dbmod.stop_writes(DatabaseProblem("Errors", path="x"))
    try:
        page = CalendarPage()
        qtbot.addWidget(page)
        page.reload()
        assert page.model.rowCount() == 4 and not page.message.text()
        panel = MissedPanel()
        qtbot.addWidget(panel)
        panel.refresh()
        assert panel.trace_list.count() == 4
    finally:
        dbmod.stop_writes(None)
    assert Appointment.get_by_id(old.id).status == "scheduled"  # nothing written


def test_skhpn_examination_booked_for_an_applicant(qtbot, staff, world):
    """An SKHPN applicant has no episode of care: the examination is booked by person."""
    from models.people.registry import PersonInput, register_person
    from ui.appointments.client_picker import ClientPicker
    applicant = register_person(staff["intake"], PersonInput(
        full_name="Yusuf Maulana", sex="L", birth_date=dt.date(1999, 3, 4), id_type="none",
        no_id_reason="Hilang"))
    SESSION.sign_in(staff["doctor"])
    picker = ClientPicker(group=False, applicants=True)
    qtbot.addWidget(picker)
    picker.search.setText("yusuf")
    picker.load()
    picker._accept()
    assert picker.chosen == [(None, "Yusuf Maulana", applicant)]
    dialog = BookDialog(TODAY + DAY, staff["doctor"].id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("skhpn"))
    dialog.set_clients(picker.chosen)
    dialog.time.setTime(QTime(13, 0))
    dialog.save()
    assert dialog.saved_ids, dialog.message.text()
    row = Appointment.get_by_id(dialog.saved_ids[0])
    assert (row.kind, row.episode_id, row.person_id) == ("skhpn", None, applicant)
    assert not dialog.series.isVisibleTo(dialog)


def test_calendar_file_names_no_purpose(qtbot, world, tmp_path, monkeypatch):
    from ui.widgets import file_dialogs
    counselor = SESSION.staff
    book(counselor, "urine", counselor.id, at(TODAY, 16), 15,
         episode_id=world["episodes"][0], place="Lab Rehabilitasi")
    target = tmp_path / "jadwal.ics"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    page = CalendarPage()
    qtbot.addWidget(page)
    page.reload()
    page.export_ics()
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Konseling individu A.S." in text and "Agus" not in text
    assert "SUMMARY:Janji temu A.S." in text  # "Tes urine" would tell what it is about
    assert "Rehabilitasi" not in text and "LOCATION:Ruang 2" in text
