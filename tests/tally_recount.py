"""A second, independent count of every tally indicator: plain Python over every row.

Written from the definitions in models/tallies/indicators.py, not from the SQL of
models/tallies/tally.py: rows are read whole through the models, ages come from dateutil's
relativedelta, bands from a linear search. The tests compare this with the SQL aggregation,
indicator by indicator.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from dateutil.relativedelta import relativedelta

from models.care.aftercare import AftercareContact, AftercarePlan
from models.care.assessment import Assessment
from models.care.discharge import Discharge
from models.care.program import Enrollment, Phase, PhaseMove, ProgramTemplate
from models.care.urine import UrineResult, UrineTest
from models.documents.document import Document
from models.intake.episode import Episode, EpisodeSubstance, WaitingListEntry
from models.people.person import Person
from models.tallies.tally import Period

SERVICE_TARGET = {"outpatient": "outpatient_clients", "maintenance": "outpatient_clients",
                  "inpatient": "inpatient_clients", "social": "social_clients"}


def band(birth: dt.date | None, on: dt.date, edges: list[int]) -> str:
    if birth is None or birth > on:
        return "unknown"
    age = relativedelta(on, birth).years
    return str([edge for edge in edges if edge <= age][-1])


class Rows:
    """Every row the tally reads, loaded once."""

    def __init__(self) -> None:
        self.people = {pid: (sex, born) for pid, sex, born in
                       Person.select(Person.id, Person.sex, Person.birth_date).tuples()}
        self.episodes = list(Episode.select(
            Episode.id, Episode.person, Episode.reported_on, Episode.admitted_on,
            Episode.discharged_on, Episode.referral_route, Episode.reporter,
            Episode.wajib_lapor, Episode.service_type).tuples())
        self.service = {eid: service for eid, *_rest, service in self.episodes}
        self.not_continued = list(Episode.select(Episode.not_continued_on, Episode.service_type)
                                  .where(Episode.not_continued_on.is_null(False)).tuples())
        self.primary = {eid: (s, r) for eid, s, r in EpisodeSubstance.select(
            EpisodeSubstance.episode, EpisodeSubstance.substance, EpisodeSubstance.route)
            .where(EpisodeSubstance.rank == 1).tuples()}
        self.assessments = list(Assessment.select(
            Assessment.id, Assessment.episode, Assessment.kind, Assessment.state,
            Assessment.assessed_on, Assessment.diagnosis_code).tuples())
        enrolment_episode = dict(Enrollment.select(Enrollment.id, Enrollment.episode).tuples())
        self.moves = defaultdict(list)
        for mid, enrolment, to_phase, on, undone in PhaseMove.select(
                PhaseMove.id, PhaseMove.enrollment, PhaseMove.to_phase, PhaseMove.moved_on,
                PhaseMove.undone_at).tuples():
            if undone is None:
                self.moves[enrolment_episode[enrolment]].append((on, mid, to_phase))
        templates = dict(ProgramTemplate.select(ProgramTemplate.id, ProgramTemplate.code).tuples())
        self.phase_key = {pid: f"{templates[t]}/{code}" for pid, t, code in
                          Phase.select(Phase.id, Phase.template, Phase.code).tuples()}
        self.waiting = list(WaitingListEntry.select(WaitingListEntry.added_on,
                                                    WaitingListEntry.left_on,
                                                    WaitingListEntry.episode).tuples())
        self.discharges = list(Discharge.select(Discharge.discharged_on, Discharge.reason).tuples())
        self.aftercare = [s for (s,) in AftercarePlan.select(AftercarePlan.started_on).tuples()]
        self.contacts = list(AftercareContact.select(AftercareContact.contacted_on,
                                                     AftercareContact.contact_type).tuples())
        invalid = {t for (t,) in UrineResult.select(UrineResult.test)
                   .where(UrineResult.result == "invalid").tuples()}
        self.urine = [(at, positive, tid in invalid) for tid, at, positive in UrineTest.select(
            UrineTest.id, UrineTest.collected_at, UrineTest.any_positive).tuples()]
        self.confirmations = list(UrineTest.select(
            UrineTest.collected_at, UrineTest.confirm_method, UrineTest.confirmation)
            .where(UrineTest.any_positive).tuples())
        from models.appointments.appointment import Appointment, AppointmentAttendee
        roster = defaultdict(list)
        for aid, status in AppointmentAttendee.select(AppointmentAttendee.appointment,
                                                      AppointmentAttendee.status).tuples():
            roster[aid].append(status)
        self.appointments = []  # (start, kind, status of one client)
        for aid, kind, at, status in Appointment.select(
                Appointment.id, Appointment.kind, Appointment.starts_at,
                Appointment.status).tuples():
            if status in ("attended", "missed", "scheduled"):
                for one in roster.get(aid, [status]):
                    self.appointments.append((at, kind, one))
        self.documents = list(Document.select(
            Document.kind, Document.issued_at, Document.voided_at, Document.result,
            Document.purpose, Document.fee, Document.fee_waived).tuples())


def recount(rows: Rows, period: Period, edges: list[int]) -> dict[str, Counter]:
    """indicator id -> Counter of breakdown keys ("" is the total)."""
    start, end = period.start, period.end
    out: dict[str, Counter] = defaultdict(Counter)

    def add(indicator: str, key: str = "", n: int = 1) -> None:
        out[indicator][key] += n
        if key:
            out[indicator][""] += n

    for eid, pid, reported, admitted, discharged, referral, reporter, wl, service in \
            rows.episodes:
        sex, born = rows.people[pid]
        if start <= reported <= end:
            add("reports_received", referral)
            add("reports_by_reporter", reporter)
            if wl:
                add("wajib_lapor_reports")
        if admitted is None:
            continue
        if start <= admitted <= end:
            add("new_clients", f"{sex}:{band(born, admitted, edges)}")
            add("clients_served", service)
            substance, route = rows.primary.get(eid, ("none", "none"))
            add("admissions_by_substance", substance)
            add("admissions_by_route", route)
            diagnoses = sorted((on, aid, code) for aid, e, _k, state, on, code in rows.assessments
                               if e == eid and state == "signed" and code and on <= end)
            add("admissions_by_diagnosis", diagnoses[-1][2][:3] if diagnoses else "none")
            add("admissions_by_service", service)
            add(SERVICE_TARGET[service])
        elif admitted < start and (discharged is None or discharged >= start):
            add("continuing_clients", f"{sex}:{band(born, start, edges)}")
            add("clients_served", service)
        if admitted <= end and (discharged is None or discharged > end):
            add("census_end", service)
            moves = sorted(m for m in rows.moves.get(eid, []) if m[0] <= end)
            add("clients_by_phase", rows.phase_key[moves[-1][2]] if moves else "none")
    for added, left, eid in rows.waiting:
        if added <= end and (left is None or left > end):
            add("waiting_list_end")
            add("waiting_list_by_service", rows.service[eid])
    for on, service in rows.not_continued:
        if start <= on <= end:
            add("not_continued", service)
    for on, reason in rows.discharges:
        if start <= on <= end:
            add("discharges", reason)
    for on in rows.aftercare:
        if start <= on <= end:
            add("aftercare_clients")
    for on, kind in rows.contacts:
        if start <= on <= end:
            add("followup_contacts", kind)
    for _aid, _e, kind, state, on, _code in rows.assessments:
        if state == "signed" and start <= on <= end:
            add("assessments_done", kind)
            if kind == "tat":
                add("integrated_assessments")
    for at, positive, invalid in rows.urine:
        if start <= at.date() <= end:
            add("urine_tests", "positive" if positive else "invalid" if invalid else "negative")
    for at, method, confirmation in rows.confirmations:
        if start <= at.date() <= end:
            if confirmation == "":
                add("urine_confirmations", "pending")
            elif method == "admission":
                add("urine_confirmations", "admission")
            elif confirmation == "positive":
                add("urine_confirmations", "lab_positive")
            else:
                add("urine_confirmations", "lab_negative")
    for _aid, _e, kind, state, on, _code in rows.assessments:
        if kind == "physical" and state == "signed" and start <= on <= end:
            add("physical_exams")
    today = dt.date.today()
    for at, kind, status in rows.appointments:
        if start <= at.date() <= end:
            if status == "scheduled" and at.date() < today:
                status = "missed"  # not marked by the end of its day
            if status in ("attended", "missed"):
                add(f"appointments_{status}", kind)
    for kind, at, voided, result, purpose, fee, waived in rows.documents:
        if kind == "SKHPN" and voided is None and start <= at.date() <= end:
            add("skhpn_issued", result)
            add("skhpn_by_purpose", purpose)
            if waived:
                add("skhpn_fee_waived")
            out["skhpn_fees"][""] += fee
    return out
