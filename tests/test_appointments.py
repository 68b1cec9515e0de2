"""Appointments on a real database (SQLite and PostgreSQL): the status rules over random
sequences of acts, conflicts, series from each outpatient template, the missed-visit job,
the missed and trace lists, rights and audit."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.appointments.appointment import (
    ALLOWED,
    Appointment,
    AppointmentAttendee,
    AppointmentConflict,
    attend,
    book,
    cancel,
    clashes,
    mark_missed,
    mark_roster,
    move,
)
from models.appointments.job import missed_job
from models.appointments.lists import calendar, missed, roster, to_trace
from models.appointments.series import book_series, propose_series, series_progress
from models.care.enrollment import enroll
from models.care.program import ProgramTemplate
from models.care.program_templates import install_default_templates
from models.core.errors import PermissionDenied, ValidationError
from models.intake import intake
from models.people import registry
from models.safety.audit import AuditEvent
from tests.consent import consented

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def new_episode(staff, name: str = "Budi Santoso", service: str = "outpatient",
                reported: dt.date = TODAY - 60 * DAY) -> int:
    person = registry.register_person(staff["intake"], registry.PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 1, 2), id_type="none",
        no_id_reason="Hilang"))
    return consented(staff["intake"], intake.open_episode(staff["intake"], person,
                                                          intake.EpisodeInput(
        service_type=service, reported_on=reported)))


@pytest.fixture
def episode(staff):
    return new_episode(staff)


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action))


def test_book_validates_and_audits(staff, episode):
    desk, counselor = staff["intake"], staff["counselor"]
    aid = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 60, episode_id=episode,
               place="Ruang 2")
    row = Appointment.get_by_id(aid)
    assert (row.status, row.person_id, row.staff_id) == ("scheduled", row.episode.person_id,
                                                         counselor.id)
    [event] = events("appointment.book")
    assert (event.staff_id, event.person_id) == (desk.id, row.person_id)
    with pytest.raises(ValidationError, match="between 06:00 and 22:00"):
        book(desk, "individual", counselor.id, at(TODAY + DAY, 21, 30), 60, episode_id=episode)
    with pytest.raises(ValidationError, match="Length"):
        book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 0, episode_id=episode)
    with pytest.raises(ValidationError, match="in the past"):
        book(desk, "individual", counselor.id, at(TODAY - DAY, 9), 60, episode_id=episode)
    with pytest.raises(ValidationError, match="Choose the client"):
        book(desk, "individual", counselor.id, at(TODAY + DAY, 11), 60)
    with pytest.raises(ValidationError):
        book(desk, "massage", counselor.id, at(TODAY + DAY, 11), 60, episode_id=episode)
    assert Appointment.select().count() == 1


def test_rights_follow_the_roles(staff, episode):
    # Every role of the desk may book; a member without episode/program/lab input may not.
    for hour, role in enumerate(("intake", "counselor", "doctor", "admin"), start=8):
        book(staff[role], "other", staff["doctor"].id, at(TODAY + DAY, hour), 30,
             episode_id=episode)
    from models.staff.rights import Area
    from models.staff.staff import StaffRight
    StaffRight.update(can_input=False, can_correct=False).where(
        StaffRight.staff == staff["intake"].id,
        StaffRight.area.in_([Area.EPISODE.value, Area.PROGRAM.value, Area.LAB.value])).execute()
    with pytest.raises(PermissionDenied):
        book(staff["intake"], "other", staff["doctor"].id, at(TODAY + DAY, 20), 30,
             episode_id=episode)


def test_conflict_needs_a_reason_and_keeps_it(staff, episode):
    desk, counselor = staff["intake"], staff["counselor"]
    other = new_episode(staff, "Agus Salim")
    first = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 60, episode_id=episode)
    # Touching ends are no conflict; an overlap is.
    book(desk, "individual", counselor.id, at(TODAY + DAY, 10), 30, episode_id=other)
    with pytest.raises(AppointmentConflict) as caught:
        book(desk, "doctor", counselor.id, at(TODAY + DAY, 9, 30), 60, episode_id=other)
    assert [c.appointment_id for c in caught.value.clashes] == [
        first, first + 1] and "Konselor Adiksi" in caught.value.english()
    assert Appointment.select().count() == 2
    aid = book(desk, "doctor", counselor.id, at(TODAY + DAY, 9, 30), 60, episode_id=other,
               conflict_reason="Klien datang bersama keluarga")
    assert Appointment.get_by_id(aid).conflict_reason == "Klien datang bersama keluarga"
    assert events("appointment.book")[-1].detail["conflict_reason"]
    # Another staff member at the same time is no conflict; a cancelled one frees the time.
    book(desk, "doctor", staff["doctor"].id, at(TODAY + DAY, 9), 60, episode_id=other)
    cancel(desk, first, "Konselor cuti")
    assert [c.appointment_id for c in clashes(counselor.id, at(TODAY + DAY, 9), 60)] == [aid]


def test_move_keeps_the_link_and_checks_conflicts(staff, episode):
    desk, counselor = staff["intake"], staff["counselor"]
    aid = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 60, episode_id=episode)
    new = move(desk, aid, at(TODAY + 2 * DAY, 13))
    old, moved = Appointment.get_by_id(aid), Appointment.get_by_id(new)
    assert (old.status, moved.status, moved.moved_from_id) == ("rescheduled", "scheduled", aid)
    assert events("appointment.rescheduled")[0].detail["to"] == new
    with pytest.raises(ValidationError, match="cannot become"):
        move(desk, aid, at(TODAY + 3 * DAY, 9))
    blocker = book(desk, "other", counselor.id, at(TODAY + 3 * DAY, 9), 60,
                   episode_id=new_episode(staff, "Dewi Lestari"))
    with pytest.raises(AppointmentConflict):
        move(desk, new, at(TODAY + 3 * DAY, 9, 30))
    assert Appointment.get_by_id(new).status == "scheduled"  # nothing half-done
    assert blocker


def test_attend_and_miss_only_from_the_day(staff, episode):
    desk, counselor = staff["intake"], staff["counselor"]
    aid = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 60, episode_id=episode)
    with pytest.raises(ValidationError, match="not happened yet"):
        attend(counselor, aid)
    attend(counselor, aid, today=TODAY + DAY)
    with pytest.raises(ValidationError, match="cannot become"):
        mark_missed(counselor, aid, today=TODAY + DAY)


def test_missed_can_be_corrected_only_with_the_correct_right(staff, episode):
    desk, counselor = staff["intake"], staff["counselor"]
    aid = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 60, episode_id=episode)
    mark_missed(desk, aid, today=TODAY + DAY)
    from models.staff.rights import Area
    from models.staff.staff import StaffRight
    StaffRight.update(can_correct=False).where(StaffRight.staff == desk.id).execute()
    with pytest.raises(PermissionDenied):
        attend(desk, aid, today=TODAY + DAY)
    attend(counselor, aid, today=TODAY + DAY)
    assert Appointment.get_by_id(aid).status == "attended"
    assert Area.PROGRAM


ACTS = st.lists(st.sampled_from(["move", "cancel", "attend", "miss", "move_far"]),
                min_size=1, max_size=8)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(acts=ACTS)
def test_status_rules_over_sequences(staff, episode, acts):
    """Whatever sequence of acts: a closed status never changes, every move leaves exactly
    one live successor linked back, and nothing is ever deleted."""
    desk = staff["intake"]
    # Examples share the database: earlier ones are closed (rows cannot be deleted, as
    # moves link them), so they hold no time.
    Appointment.update(status="cancelled").where(Appointment.status != "rescheduled").execute()
    current = first = book(desk, "individual", staff["counselor"].id, at(TODAY + DAY, 8), 30,
                   episode_id=episode)
    booked = 1
    hour = 8
    for act in acts:
        before = Appointment.get_by_id(current).status
        try:
            if act.startswith("move"):
                hour = hour + 1 if hour < 20 else 8
                current = move(desk, current, at(TODAY + (3 if act == "move_far" else 1) * DAY,
                                                 hour))
                booked += 1
            elif act == "cancel":
                cancel(desk, current, "Diminta klien")
            elif act == "attend":
                attend(staff["admin"], current, today=TODAY + 5 * DAY)
            else:
                mark_missed(desk, current, today=TODAY + 5 * DAY)
        except ValidationError:
            expected = {"move": "rescheduled", "move_far": "rescheduled", "cancel": "cancelled",
                        "attend": "attended", "miss": "missed"}[act]
            assert expected not in ALLOWED[before], (act, before)
            assert Appointment.get_by_id(current).status == before
            continue
        expected = {"move": "rescheduled", "move_far": "rescheduled", "cancel": "cancelled",
                    "attend": "attended", "miss": "missed"}[act]
        assert expected in ALLOWED[before]
    rows = {r.id: r for r in Appointment.select().where(Appointment.id >= first)}
    assert len(rows) == booked
    live = [r for r in rows.values() if r.status != "rescheduled"]
    assert [r.id for r in live] == [current]
    for r in rows.values():
        if r.moved_from_id is not None:
            assert rows[r.moved_from_id].status == "rescheduled"


def test_series_from_each_outpatient_template(staff):
    ids = install_default_templates()
    outpatient = [t for t in ProgramTemplate.select() if t.service_type == "outpatient"]
    assert outpatient and all(t.series_sessions >= 8 for t in outpatient)
    others = [t for t in ProgramTemplate.select() if t.service_type != "outpatient"]
    assert all(t.series_sessions == 0 for t in others)
    counselor = staff["counselor"]
    for n, template in enumerate(outpatient):
        episode = new_episode(staff, f"Klien Seri {n}")
        enroll(counselor, episode, template.id, TODAY - 3 * DAY)
        plan = propose_series(template.id, at(TODAY + DAY, 9 + n))
        assert len(plan) == template.series_sessions
        assert {b - a for a, b in zip(plan, plan[1:])} == {dt.timedelta(
            days=template.series_every_days)}
        plan[2] = plan[2].replace(hour=14)  # the counselor adjusts one session
        booked = book_series(counselor, episode, counselor.id, plan, 60)
        rows = list(Appointment.select().where(Appointment.id.in_(booked))
                    .order_by(Appointment.series_seq))
        assert [r.series_seq for r in rows] == list(range(1, len(plan) + 1))
        assert {r.series_id for r in rows} == {booked[0]}
        assert rows[2].starts_at.hour if isinstance(rows[2].starts_at, dt.datetime) else True
        attend(counselor, booked[0], today=plan[0].date())
        progress = series_progress(counselor, episode)
        assert (progress.planned, progress.attended, progress.booked) == (
            len(plan), 1, len(plan) - 1)
    assert ids


def test_series_is_all_or_nothing(staff):
    install_default_templates()
    template = ProgramTemplate.get(ProgramTemplate.service_type == "outpatient")
    episode = new_episode(staff)
    counselor = staff["counselor"]
    plan = propose_series(template.id, at(TODAY + DAY, 9))
    book(counselor, "other", counselor.id, plan[4], 30, episode_id=new_episode(staff, "Lain"))
    with pytest.raises(AppointmentConflict):
        book_series(counselor, episode, counselor.id, plan, 60)
    assert Appointment.select().where(Appointment.episode == episode).count() == 0
    booked = book_series(counselor, episode, counselor.id, plan, 60,
                         reasons={4: "Sesi singkat sebelum konseling"})
    assert len(booked) == len(plan)
    inpatient = ProgramTemplate.get(ProgramTemplate.service_type == "inpatient")
    with pytest.raises(ValidationError, match="no session series"):
        propose_series(inpatient.id, at(TODAY + DAY, 9))


def test_missed_job_is_idempotent(staff, episode):
    desk, counselor = staff["intake"], staff["counselor"]
    other = new_episode(staff, "Agus Salim")
    a = book(desk, "individual", counselor.id, at(TODAY, 8), 30, episode_id=episode)
    b = book(desk, "individual", counselor.id, at(TODAY, 9), 30, episode_id=other)
    c = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 30, episode_id=other)
    g = book(desk, "group", counselor.id, at(TODAY, 13), 90, roster=[episode, other])
    attend(counselor, b, today=TODAY)
    assert missed_job(TODAY) == 0  # not before the end of the day
    assert missed_job(TODAY + DAY) == 2
    after_first = {r.id: r.status for r in Appointment.select()}
    events_first = AuditEvent.select().count()
    assert missed_job(TODAY + DAY) == 0
    assert {r.id: r.status for r in Appointment.select()} == after_first
    assert AuditEvent.select().count() == events_first
    assert after_first == {a: "missed", b: "attended", c: "scheduled", g: "missed"}
    assert {r.status for r in AppointmentAttendee.select()} == {"missed"}
    assert Appointment.select().count() == 4  # nothing deleted


def test_group_roster_marks_everyone_at_once(staff, episode):
    counselor = staff["counselor"]
    others = [new_episode(staff, name) for name in ("Agus Salim", "Dewi Lestari")]
    g = book(counselor, "group", counselor.id, at(TODAY, 13), 90, roster=[episode, *others])
    assert [line.full_name for line in roster(counselor, g)] == [
        "Agus Salim", "Budi Santoso", "Dewi Lestari"]
    assert events("appointment.roster")[0].detail == {"count": 3}  # a view of names, audited
    mark_roster(counselor, g, [episode, others[1]], today=TODAY)
    assert {line.full_name: line.status for line in roster(counselor, g)} == {
        "Agus Salim": "missed", "Budi Santoso": "attended", "Dewi Lestari": "attended"}
    assert Appointment.get_by_id(g).status == "attended"
    [row] = calendar(counselor, TODAY, 1)
    assert (row.kind, row.participants, row.client) == ("group", 3, "")


def test_calendar_of_staff_and_facility(staff, episode):
    desk, counselor, doctor = staff["intake"], staff["counselor"], staff["doctor"]
    a = book(desk, "individual", counselor.id, at(TODAY + DAY, 9), 60, episode_id=episode)
    b = book(desk, "doctor", doctor.id, at(TODAY + DAY, 8), 30, episode_id=episode)
    c = book(desk, "urine", doctor.id, at(TODAY + 8 * DAY, 8), 15, episode_id=episode)
    d = move(desk, a, at(TODAY + 2 * DAY, 9))
    assert [r.id for r in calendar(desk, TODAY, 7)] == [b, d]
    assert [r.id for r in calendar(desk, TODAY, 7, staff_id=doctor.id)] == [b]
    assert [r.id for r in calendar(desk, TODAY, 14, kinds=["urine"])] == [c]
    assert calendar(desk, TODAY, 7)[0].client == "Budi Santoso"


def test_missed_and_trace_lists(staff):
    install_default_templates()
    template = ProgramTemplate.get(ProgramTemplate.service_type == "outpatient")
    counselor = staff["counselor"]
    came, stayed_away, never = (new_episode(staff, n, reported=TODAY - 90 * DAY)
                                for n in ("Agus Salim", "Budi Santoso", "Citra Dewi"))
    for e in (came, stayed_away, never):
        enroll(counselor, e, template.id, TODAY - 60 * DAY)
    # Appointments in the past are booked as moves would be: straight rows, as the demo does.
    def past(episode, days_ago, status):
        row = Appointment.create(kind="individual", episode=episode,
                                 person=Appointment.select().count() and None or None,
                                 staff=counselor.id, starts_at=at(TODAY - days_ago * DAY, 9),
                                 minutes=60, status=status, created_by=counselor.id)
        from models.intake.episode import Episode
        Appointment.update(person=Episode.get_by_id(episode).person_id).where(
            Appointment.id == row.id).execute()
        return row.id
    past(came, 10, "missed")
    past(came, 3, "attended")
    past(stayed_away, 40, "attended")
    last_missed = past(stayed_away, 5, "missed")
    lines, total = missed(counselor, TODAY)
    assert total == 1 and [(x.full_name, x.appointment_id, x.days_since_contact)
                           for x in lines] == [("Budi Santoso", last_missed, 40)]
    lines, total = to_trace(counselor, TODAY, days=21)
    assert total == 2
    assert [(x.full_name, x.silent_days) for x in lines] == [
        ("Citra Dewi", 60), ("Budi Santoso", 40)]
    assert to_trace(counselor, TODAY, days=50)[1] == 1
    # Beranda's "Klien saya": only the caseload of the counselor of record.
    assert to_trace(counselor, TODAY, days=21, counselor_id=counselor.id)[1] == 2
    assert to_trace(counselor, TODAY, days=21, counselor_id=staff["doctor"].id)[1] == 0
    assert missed(counselor, TODAY, counselor_id=counselor.id)[1] == 1
    assert missed(counselor, TODAY, counselor_id=staff["doctor"].id)[1] == 0


def test_tally_counts_attendance_and_missed_visits(staff):
    """Definitions version 2: per client appointment by kind; a group session by each
    participant; unmarked after its day is missed; cancelled and moved ones do not count.
    The SQL count agrees with the plain-Python recount."""
    from models.tallies.tally import Period, compute_tally
    from tests.tally_recount import Rows, recount
    counselor = staff["counselor"]
    episodes = [new_episode(staff, n, reported=TODAY - 120 * DAY)
                for n in ("Agus Salim", "Budi Santoso", "Citra Dewi")]
    last_month = (TODAY.replace(day=1) - DAY).replace(day=10)
    from models.intake.episode import Episode

    def row(kind, episode, hour, status, moved_from=None):
        person = Episode.get_by_id(episode).person_id if episode else None
        return Appointment.create(kind=kind, episode=episode, person=person, staff=counselor.id,
                                  starts_at=at(last_month, hour), minutes=30, status=status,
                                  created_by=counselor.id, moved_from=moved_from).id
    row("individual", episodes[0], 8, "attended")
    row("doctor", episodes[0], 9, "missed")
    row("individual", episodes[1], 10, "scheduled")  # never marked: missed
    row("individual", episodes[1], 11, "cancelled")
    old = row("individual", episodes[2], 12, "rescheduled")
    row("individual", episodes[2], 13, "attended", moved_from=old)
    group = row("group", None, 14, "attended")
    for episode, status in zip(episodes, ("attended", "attended", "missed")):
        AppointmentAttendee.create(appointment=group, episode=episode,
                                   person=Episode.get_by_id(episode).person_id, status=status)
    period = Period.month(last_month.year, last_month.month)
    tally = compute_tally(period)
    assert tally.value("appointments_attended", "individual") == 2
    assert tally.value("appointments_attended", "group") == 2
    assert tally.value("appointments_missed", "doctor") == 1
    assert tally.value("appointments_missed", "individual") == 1
    assert tally.value("appointments_missed", "group") == 1
    expected = recount(Rows(), period, [0, 15, 20, 25, 30, 35, 40, 50, 60])
    for indicator in ("appointments_attended", "appointments_missed"):
        for kind in ("individual", "group", "doctor"):
            assert tally.value(indicator, kind) == expected[indicator][kind], (indicator, kind)


def test_bookable_clients_are_the_open_episodes(staff):
    from models.appointments.lists import bookable_clients
    screening = new_episode(staff, "Rahmat Hidayat")
    desk = staff["intake"]
    assert bookable_clients(desk, "r") == []  # two letters at least: never everyone
    [found] = bookable_clients(desk, "rahmat  HIDAYAT")
    assert (found.episode_id, found.status) == (screening, "screening")
    assert events("appointment.client_search")[-1].detail == {"count": 1}
    from models.intake.episode import Episode
    Episode.update(status="closed").where(Episode.id == screening).execute()
    assert bookable_clients(desk, "rahmat") == []


def test_attending_links_the_session_note_of_that_day(staff, episode):
    from models.care.notes import write_note
    counselor = staff["counselor"]
    aid = book(counselor, "individual", counselor.id, at(TODAY, 9), 60, episode_id=episode)
    other = book(counselor, "individual", counselor.id, at(TODAY + DAY, 9), 60,
                 episode_id=episode)
    note = write_note(counselor, "individual", TODAY, "Relaps dan pemicu", "Catatan sesi.",
                      episode_id=episode)
    attend(counselor, aid, today=TODAY)
    assert Appointment.get_by_id(aid).note_id == note
    attend(counselor, other, today=TODAY + DAY)  # no note of that day: none linked
    assert Appointment.get_by_id(other).note_id is None
    assert events("appointment.note")[0].detail == {"note": note}


SLOTS = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 40), st.integers(1, 16)),
                 min_size=1, max_size=10)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(slots=SLOTS, probe=st.tuples(st.integers(0, 40), st.integers(1, 16)))
def test_conflicts_are_exactly_the_overlaps(staff, episode, slots, probe):
    """Whatever was booked (some with a reason, some cancelled): the clashes reported for a
    new time are exactly the live appointments of that staff member that overlap it."""
    desk, counselor = staff["intake"], staff["counselor"]
    Appointment.update(status="cancelled").where(Appointment.status != "rescheduled").execute()
    day = TODAY + 2 * DAY
    live = {}
    for kind_n, start, length in slots:
        starts = at(day, 8) + dt.timedelta(minutes=15 * start)
        aid = book(desk, ("individual", "doctor", "urine")[kind_n % 3], counselor.id, starts,
                   15 * length, episode_id=episode, conflict_reason="Uji bentrok")
        if kind_n == 5:
            cancel(desk, aid, "Uji")
        else:
            live[aid] = (starts, starts + dt.timedelta(minutes=15 * length))
    start = at(day, 8) + dt.timedelta(minutes=15 * probe[0])
    end = start + dt.timedelta(minutes=15 * probe[1])
    expected = sorted(aid for aid, (s, e) in live.items() if s < end and start < e)
    found = sorted(c.appointment_id for c in clashes(counselor.id, start, 15 * probe[1]))
    assert found == expected
    if expected:
        with pytest.raises(AppointmentConflict):
            book(desk, "other", counselor.id, start, 15 * probe[1], episode_id=episode)


def test_only_an_skhpn_examination_is_booked_by_person(staff, person_id):
    doctor = staff["doctor"]
    with pytest.raises(ValidationError, match="Choose the client"):
        book(doctor, "doctor", doctor.id, at(TODAY + DAY, 9), 30, person_id=person_id)
    aid = book(doctor, "skhpn", doctor.id, at(TODAY + DAY, 9), 30, person_id=person_id)
    moved = move(doctor, aid, at(TODAY + 2 * DAY, 9))
    row = Appointment.get_by_id(moved)
    assert (row.episode_id, row.person_id, row.moved_from_id) == (None, person_id, aid)
    assert [r.client for r in calendar(doctor, TODAY, 7, staff_id=doctor.id)] == [
        "Siti Rahmawati"]
