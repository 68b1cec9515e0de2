"""Who this person is now, at a glance: what the record's summary header shows.

One small read for the header of a record: the current episode (the newest), its program
phase and the days in it, the next aftercare follow-up, whether there is a photo, and the
active flags. The identity itself comes from the audited ``view_person``; the photo from
the audited ``view_photo``. A restricted record shows its flags (the warning is the point)
and nothing else to a member without the right.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.care.aftercare import AftercarePlan, FollowUp
from models.care.program import Enrollment, Phase
from models.documents.photo import has_photo
from models.intake.episode import Episode
from models.people.flags import Flag, active_flags, may_open
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff


@dataclass(frozen=True)
class RecordSummary:
    """The header of a record.

    Attributes:
        restricted: the record is restricted and the asking member may not see its content;
            every other field but ``flags`` is then empty.
        episode_no / status / service_type: the newest episode, or "" without one.
        phase / phase_since / days_in_phase: its current program phase, when enrolled.
        next_followup: the earliest aftercare follow-up not yet kept (it may be past due).
        next_appointment: the person's next scheduled appointment (alone or in a group),
            with its kind and the staff member it is with.
    """

    person_id: int
    restricted: bool
    has_photo: bool
    episode_no: str
    status: str
    service_type: str
    phase: str
    phase_since: dt.date | None
    days_in_phase: int | None
    next_followup: dt.date | None
    flags: tuple[Flag, ...]
    next_appointment: dt.datetime | None = None
    appointment_kind: str = ""
    appointment_with: str = ""


def next_appointment(person_id: int, now: dt.datetime) -> tuple[dt.datetime, str, str] | None:
    """(when, kind, with whom) of the person's next scheduled appointment, or None."""
    from models.appointments.appointment import Appointment, AppointmentAttendee
    own = (Appointment.select(Appointment.starts_at, Appointment.kind, Staff.full_name)
           .join(Staff, on=(Appointment.staff == Staff.id))
           .where(Appointment.person == person_id, Appointment.status == "scheduled",
                  Appointment.starts_at >= now)
           .order_by(Appointment.starts_at).tuples().first())
    group = (Appointment.select(Appointment.starts_at, Appointment.kind, Staff.full_name)
             .join(AppointmentAttendee, on=(AppointmentAttendee.appointment == Appointment.id))
             .switch(Appointment).join(Staff, on=(Appointment.staff == Staff.id))
             .where(AppointmentAttendee.person == person_id,
                    AppointmentAttendee.status == "scheduled",
                    Appointment.status == "scheduled", Appointment.starts_at >= now)
             .order_by(Appointment.starts_at).tuples().first())
    found = [row for row in (own, group) if row is not None]
    return min(found, key=lambda row: row[0]) if found else None


def record_summary(actor: Staff, person_id: int, today: dt.date | None = None
                   ) -> RecordSummary:
    """The header of ``person_id``'s record as ``actor`` may see it."""
    require(actor, Area.IDENTITY, Action.VIEW)
    today = today or dt.date.today()
    flags = tuple(active_flags(actor, person_id))
    if not may_open(actor, person_id):
        return RecordSummary(person_id, True, False, "", "", "", "", None, None, None, flags)
    episode = (Episode.select(Episode.id, Episode.episode_no, Episode.status,
                              Episode.service_type)
               .where(Episode.person == person_id)
               .order_by(Episode.reported_on.desc(), Episode.id.desc()).tuples().first())
    phase, since, days, followup = "", None, None, None
    if episode is not None and has_right(actor, Area.PROGRAM, Action.VIEW):
        row = (Enrollment.select(Phase.name, Enrollment.phase_since)
               .join(Phase, on=(Enrollment.current_phase == Phase.id))
               .where(Enrollment.episode == episode[0], Enrollment.ended_on.is_null())
               .order_by(Enrollment.id.desc()).tuples().first())
        if row is not None:
            phase, since = row[0], row[1]
            days = (today - since).days if since else None
        followup = (FollowUp.select(FollowUp.due_on)
                    .join(AftercarePlan, on=(FollowUp.plan == AftercarePlan.id))
                    .join(Episode, on=(AftercarePlan.episode == Episode.id))
                    .where(Episode.person == person_id, AftercarePlan.closed_on.is_null(),
                           FollowUp.contact.is_null())
                    .order_by(FollowUp.due_on).scalar())
    appointment = None
    if has_right(actor, Area.EPISODE, Action.VIEW):
        appointment = next_appointment(person_id, dt.datetime.combine(today, dt.time())
                                       if today != dt.date.today() else dt.datetime.now())
    episode_no, status, service_type = episode[1:] if episode else ("", "", "")
    when, kind, with_whom = appointment or (None, "", "")
    return RecordSummary(person_id, False, has_photo(person_id), episode_no, status,
                         service_type, phase, since, days, followup, flags, when, kind,
                         with_whom)
