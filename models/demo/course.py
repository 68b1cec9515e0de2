"""Rows of the synthetic demo, part three: the program course, notes, discharge and aftercare.

:class:`CourseRows` adds to :class:`~models.demo.intake.IntakeRows` what happens after
assessment, and :meth:`CourseRows.run` walks every planned event in calendar order. Group
sessions are drawn each week from the clients in a program that day (the census), so a
roster only ever holds people who were there.
"""
from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable

from models.care.aftercare import AftercareContact, AftercarePlan, FollowUp
from models.care.discharge import TEDS, Discharge
from models.care.notes import Note, NoteAttendance
from models.care.program import Enrollment, PhaseMove
from models.demo.clinical import (
    AFTERCARE_OUTCOMES,
    DISCHARGE_NOTES,
    GROUP_ENTRIES,
    GROUP_TOPICS,
    NOTE_TOPICS,
    REFERRAL_TARGETS,
    RELAPSE_ADMITTED,
    RELAPSE_OUTCOME,
    SKILLS,
    WORD,
    Pick,
    note_body,
    urine_positives,
)
from models.demo.intake import IntakeRows
from models.demo.plan import EpisodePlan, Move, PersonPlan, Phase
from models.demo.rows import FacilityInfo, StaffMember
from models.demo.writer import BulkWriter

EV_SKHPN, EV_INTAKE, EV_ASSESS, EV_ADMIT, EV_MOVE, EV_DISCHARGE, EV_GROUP = range(7)
#: Days between individual sessions, by template.
NOTE_GAP = {"bnn_rawat_jalan": (21, 42), "bnn_rawat_inap_tc": (42, 70),
            "kemensos_rehsos": (42, 70), "lapas_wbp": (42, 70)}
URINE_GAP = (75, 180)
GROUP_RATE = 0.06  # group sessions a client in a program attends per week, on average
GROUP_SIZE = (6, 14)
FLUSH_ROWS = 60_000
P_CONTACT = 0.6  # scheduled follow-ups that were kept
CONTACT_TYPES = Pick([("phone", 45), ("home_visit", 20), ("group", 15), ("urine_test", 10),
                      ("vocational", 10)])
SERVICE_INDICATOR = {"outpatient": "outpatient_clients", "maintenance": "outpatient_clients",
                     "inpatient": "inpatient_clients", "social": "social_clients"}
Event = tuple[int, int, int, object, object]


def add_months(day: int, months: int) -> int:
    """The same day of the month ``months`` later (the month's last day when it is shorter)."""
    date = dt.date.fromordinal(day)
    index = date.month - 1 + months
    year, month = date.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1])).toordinal()


def build_events(people: list[PersonPlan], start: int, end: int) -> list[Event]:
    """Every dated act of the plan up to ``end``, in calendar order (ties in plan order)."""
    events: list[Event] = []
    add = events.append
    for person in people:
        if person.applicant:
            add((person.created, len(events), EV_SKHPN, person, None))
        for episode in person.episodes:
            add((episode.reported, len(events), EV_INTAKE, episode, None))
            if episode.assessed <= end:
                add((episode.assessed, len(events), EV_ASSESS, episode, None))
            if episode.admitted is None or episode.admitted > end:
                continue
            add((episode.admitted, len(events), EV_ADMIT, episode, None))
            for move in episode.moves[1:]:
                if move.on <= end:
                    add((move.on, len(events), EV_MOVE, episode, move))
            if episode.discharged is not None and episode.discharged <= end:
                add((episode.discharged, len(events), EV_DISCHARGE, episode, None))
    wednesday = start + (2 - (start - 1) % 7) % 7
    for day in range(wednesday, end + 1, 7):
        add((day, len(events), EV_GROUP, None, None))
    events.sort(key=lambda event: (event[0], event[1]))
    return events


class CourseRows(IntakeRows):
    """Admission, phase moves, session notes, group rosters, discharge and aftercare."""

    def __init__(self, rng: random.Random, writer: BulkWriter, end: int, facility: FacilityInfo,
                 staff: list[StaffMember], phases: dict[str, list[Phase]],
                 template_ids: dict[str, int], template_names: dict[str, str]) -> None:
        super().__init__(rng, writer, end, facility, staff)
        self.phases = phases
        self.template_ids = template_ids
        self.template_names = template_names
        self.census: list[EpisodePlan] = []
        self.census_index: dict[int, int] = {}
        self.group_turn = 0

    def run(self, events: list[Event], progress: Callable[[str, int, int], None]) -> None:
        """Make the rows of every event, flushing to the database as the buffers fill."""
        handlers: dict[int, Callable] = {
            EV_SKHPN: lambda person, _arg: self.skhpn_visit(person),
            EV_INTAKE: lambda episode, _arg: self.intake(episode),
            EV_ASSESS: lambda episode, _arg: self.assess(episode),
            EV_ADMIT: lambda episode, _arg: self.admit(episode),
            EV_MOVE: self.move,
            EV_DISCHARGE: lambda episode, _arg: self.discharge(episode),
        }
        total = len(events)
        for done, (day, _seq, kind, subject, arg) in enumerate(events, 1):
            if kind == EV_GROUP:
                self.group(day)
            else:
                handlers[kind](subject, arg)
            if not done % 1000 and self.w.pending() >= FLUSH_ROWS:
                self.w.flush()
                progress("records", done, total)
        self.w.flush()
        progress("records", total, total)

    # --- program -----------------------------------------------------------------------

    def admit(self, episode: EpisodePlan) -> None:
        """Enrolment (showing where it stands at the end) and the start of the first phase."""
        day = episode.admitted
        assert day is not None
        phases = self.phases[episode.template]
        made = [m for m in episode.moves if m.on <= self.end]
        current = [m for m in made if not m.undone][-1]
        ended = episode.discharged if episode.discharged is not None and \
            episode.discharged <= self.end else None
        # Each move, each undo and the discharge raised the enrolment's version by one.
        version = len(made) + sum(m.undone for m in made) + (1 if ended else 0)
        episode.enrollment_id = self.new_id(Enrollment)
        w = self.w
        self.rows[Enrollment].append((
            episode.enrollment_id, episode.id, self.template_ids[episode.template], w.date(day),
            phases[current.to_index].id, w.date(current.on), w.date(ended) if ended else None,
            version))
        secs = self.clock(episode.person, day, 600)
        self.audit(day, secs, episode.counselor, "enrollment.create", "enrollment",
                   episode.enrollment_id, episode.person.id,
                   self.encoded({"template": episode.template, "phase": phases[0].code}))
        self.census_index[episode.id] = len(self.census)
        self.census.append(episode)
        self.count(day, SERVICE_INDICATOR[episode.service_type])
        self.move(episode, episode.moves[0], secs)

    def move(self, episode: EpisodePlan, move: Move, secs: int | None = None) -> None:
        """One phase move; a move back comes after the relapse that caused it, shown by a
        positive urine test when the panel detects the substance."""
        w = self.w
        phases = self.phases[episode.template]
        staff = episode.counselor
        if secs is None:
            secs = self.clock(episode.person, move.on, 2400)
        target = phases[move.to_index]
        reason = move.reason
        if move.kind == "back":
            substance = episode.substances[0][0]
            if urine_positives(substance):
                self.urine_test(episode.person, episode, move.on, secs, episode.doctor,
                                "program", substance)
            else:
                reason = RELAPSE_ADMITTED.format(s=WORD.get(substance, "zat"))
            secs += 1800
        source = phases[move.from_index] if move.from_index is not None else None
        note = "Mulai program" if move.kind == "start" else f"Masuk tahap {target.code}"
        undone_at = w.stamp(move.on, secs + 3600) if move.undone else None
        move_id = self.new_id(PhaseMove)
        self.rows[PhaseMove].append((
            move_id, episode.enrollment_id,
            source.id if source is not None else None, target.id,
            move.kind, w.date(move.on), staff, note, reason, undone_at,
            staff if move.undone else None, w.stamp(move.on, secs)))
        if move.kind != "start":
            assert source is not None, "every move but the start leaves a phase"
            self.audit(move.on, secs, staff, "phase.move", "enrollment", episode.enrollment_id,
                       episode.person.id, {"move_id": move_id, "kind": move.kind,
                                           "from_phase": source.code,
                                           "to_phase": target.code})
        if move.undone:
            self.audit(move.on, secs + 3600, staff, "phase.undo", "enrollment",
                       episode.enrollment_id, episode.person.id, {"move_id": move_id})
        elif not target.is_final and move.until is not None:
            self._sessions(episode, move.on, min(move.until, self.end + 1))

    def _sessions(self, episode: EpisodePlan, start: int, stop: int) -> None:
        """Individual notes and program urine tests in [start, stop)."""
        rng, w = self.rng, self.w
        low, high = NOTE_GAP[episode.template]
        substance = episode.substances[0][0]
        day = start + rng.randint(1, high)
        while day < stop:
            secs = self.clock(episode.person, day, 3600)
            self.maybe_view(day, secs, episode.counselor, episode.person)
            draft = day > self.end - 3
            self.rows[Note].append((
                self.new_id(Note), "individual", episode.id, episode.counselor, w.date(day),
                rng.choice(NOTE_TOPICS), note_body(rng, substance), "draft" if draft else "signed",
                None if draft else w.stamp(day, secs + 1800), w.stamp(day, secs),
                1 if draft else 2))
            day += rng.randint(low, high)
        day = start + rng.randint(*URINE_GAP)
        while day < stop:
            self.urine_test(episode.person, episode, day, self.clock(episode.person, day, 600),
                            episode.doctor, "program", None)
            day += rng.randint(*URINE_GAP)

    def group(self, day: int) -> None:
        """This week's group sessions, each with a roster drawn from the census."""
        rng, w = self.rng, self.w
        census = self.census
        if len(census) < 3:
            return
        sessions = max(1, round(len(census) * GROUP_RATE / sum(GROUP_SIZE) * 2))
        for _ in range(sessions):
            size = min(len(census), rng.randint(*GROUP_SIZE))
            author = self.counselors[self.group_turn % len(self.counselors)].id
            self.group_turn += 1
            session = day
            secs = 32_400 + rng.randrange(4) * 3600
            note_id = self.new_id(Note)
            topic = rng.choice(GROUP_TOPICS)
            self.rows[Note].append((
                note_id, "group", None, author, w.date(session), topic,
                f"{topic}. Peserta aktif berbagi pengalaman; dibahas rencana minggu depan.",
                "signed", w.stamp(session, secs + 5400), w.stamp(session, secs), 2))
            signed = w.stamp(session, secs + 5400)
            for member in rng.sample(census, size):
                present = rng.random() < 0.92
                self.rows[NoteAttendance].append((
                    self.new_id(NoteAttendance), note_id, member.id, present,
                    rng.choice(GROUP_ENTRIES) if present else "",
                    signed if present else None))

    # --- discharge and aftercare -------------------------------------------------------

    def discharge(self, episode: EpisodePlan) -> None:
        """Terminasi: the coded reason, letters, and the aftercare plan of those who completed."""
        rng, w = self.rng, self.w
        day = episode.discharged
        assert day is not None
        index = self.census_index.pop(episode.id)
        last = self.census.pop()
        if last is not episode:
            self.census[index] = last
            self.census_index[last.id] = index
        person, reason = episode.person, episode.reason
        completed = reason == "completed"
        social = episode.service_type == "social"
        referred_to = rng.choice(REFERRAL_TARGETS) if reason == "transferred" else ""
        secs = self.clock(person, day, 3600)
        self.maybe_view(day, secs, episode.counselor, person)
        discharge_id = self.new_id(Discharge)
        self.rows[Discharge].append((
            discharge_id, episode.id, w.date(day), reason, TEDS[reason],
            completed if social else None,
            (completed and rng.random() < 0.7) if social else None,
            (completed and rng.random() < 0.6) if social else None,
            referred_to, DISCHARGE_NOTES[reason], episode.counselor, w.stamp(day, secs)))
        self.audit(day, secs, episode.counselor, "episode.discharge", "discharge", discharge_id,
                   person.id, {"reason": reason, "teds_code": TEDS[reason],
                               "discharged_on": dt.date.fromordinal(day).isoformat()})
        admitted = dt.date.fromordinal(episode.admitted or day).isoformat()
        if completed:
            self.document("SKS", person, episode, day, secs + 1800, episode.intake,
                          {"person": self._identity(person),
                           "program": self.template_names[episode.template],
                           "from": admitted, "to": dt.date.fromordinal(day).isoformat(),
                           "outcome": "completed"})
            self._aftercare(episode, day, secs + 60)
        elif referred_to:
            self.document("RUJ", person, episode, day, secs + 1800, episode.intake,
                          {"person": self._identity(person), "to": referred_to,
                           "reason": DISCHARGE_NOTES[reason], "diagnosis": episode.diagnosis,
                           "program": self.template_names[episode.template]})

    def _aftercare(self, episode: EpisodePlan, start: int, start_secs: int) -> None:
        rng, w = self.rng, self.w
        plan_id = self.new_id(AftercarePlan)
        staff = episode.counselor
        substance = episode.substances[0][0]
        abstinent_since = start
        self.audit(start, start_secs, staff, "aftercare.start", "aftercare_plan", plan_id,
                   episode.person.id, self.encoded({"interval_months": 1, "followups": 6}))
        contacts: list[tuple] = []
        followups: list[tuple] = []
        for month in range(1, 7):
            due = add_months(start, month)
            contact_id: int | None = None
            if due <= self.end and rng.random() < P_CONTACT:
                on = min(self.end, max(start + 1, due + rng.randint(-3, 5)))
                kind = CONTACT_TYPES(rng)
                relapse = rng.random() < 0.07
                if relapse:
                    outcome = RELAPSE_OUTCOME.format(s=WORD.get(substance, "zat"))
                    abstinent_since = on
                else:
                    outcome = AFTERCARE_OUTCOMES[kind].format(skill=rng.choice(SKILLS))
                contact_id = self.new_id(AftercareContact)
                secs = self.clock(episode.person, on, 1200)
                self.maybe_view(on, secs, staff, episode.person)
                contacts.append((contact_id, plan_id, kind, w.date(on), outcome, relapse, staff,
                                 w.stamp(on, secs)))
                if kind == "urine_test":
                    self.urine_test(episode.person, episode, on, secs, episode.doctor,
                                    "aftercare", substance if relapse else None)
            followup_id = self.new_id(FollowUp)
            followups.append((followup_id, plan_id, w.date(due), contact_id))
            if contact_id is not None:
                self.audit(on, secs, staff, "aftercare.contact", "aftercare_plan", plan_id,
                           episode.person.id, {"contact_id": contact_id, "contact_type": kind,
                                               "followup_id": followup_id, "relapse": relapse})
        closed = episode.aftercare_closed if episode.aftercare_closed is not None and \
            episode.aftercare_closed <= self.end else None
        self.rows[AftercarePlan].append((
            plan_id, episode.id, w.date(start), 1, 6, w.date(abstinent_since),
            (rng.random() < 0.6) if closed else None, (rng.random() < 0.1) if closed else None,
            (rng.random() < 0.85) if closed else None, w.date(closed) if closed else None, staff))
        if closed:
            self.audit(closed, self.clock(episode.person, closed, 600), staff, "aftercare.close",
                       "aftercare_plan",
                       plan_id, episode.person.id)
        self.rows[AftercareContact].extend(contacts)
        self.rows[FollowUp].extend(followups)
        self.count(start, "aftercare_clients")
