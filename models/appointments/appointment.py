"""Appointments: who sees which client (or group) when, and whether the client came.

An appointment has a kind, a client's episode (or, for a group session, a roster of
episodes), the staff member, a start and a length, and a place. Its status moves only
forward::

    scheduled ──► attended | missed | cancelled | rescheduled
    missed    ──► rescheduled (booked again, keeping the link) | attended (a correction)

Moving an appointment never edits it: the old one becomes *rescheduled* and points to the new
one, which points back (``moved_from``). Nothing is deleted. Two appointments of one staff
member that overlap are a conflict: :func:`book` refuses it with
:class:`AppointmentConflict` (which lists them) unless a reason is given, and keeps the reason.

Rights: booking, moving, cancelling and marking need input on episodes, the program or the
laboratory (the desk, counselors, doctors); correcting attended/missed needs the correct
right on one of them; viewing needs view on episodes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from models.care.notes import Note
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, PermissionDenied, ValidationError
from models.db.connection import BaseModel, write_transaction
from models.intake.episode import Episode
from models.people.person import Person
from models.safety import audit
from models.staff.rights import ACTION_WORDS, AREA_LABELS, MSG_DENIED, Action, Area, has_right
from models.staff.staff import Staff

KINDS = (
    ("individual", T("Codes", "Individual counselling")),
    ("group", T("Codes", "Group session")),
    ("doctor", T("Codes", "Doctor visit")),
    ("urine", T("Codes", "Urine test")),
    ("aftercare", T("Codes", "Aftercare contact")),
    ("skhpn", T("Codes", "SKHPN examination")),
    ("other", T("Codes", "Other")),
)
STATUSES = (
    ("scheduled", T("Codes", "Scheduled")),
    ("attended", T("Codes", "Attended")),
    ("missed", T("Codes", "Missed")),
    ("cancelled", T("Codes", "Cancelled")),
    ("rescheduled", T("Codes", "Rescheduled")),
)
#: The moves each status allows (see the module docstring).
ALLOWED: dict[str, frozenset[str]] = {
    "scheduled": frozenset({"attended", "missed", "cancelled", "rescheduled"}),
    "missed": frozenset({"attended", "rescheduled"}),
    "attended": frozenset(),
    "cancelled": frozenset(),
    "rescheduled": frozenset(),
}
#: Statuses that hold the staff member's time (a conflict is only with these).
BUSY = ("scheduled", "attended")
MIN_MINUTES, MAX_MINUTES = 5, 480
DAY_START, DAY_END = dt.time(6, 0), dt.time(22, 0)

F_KIND = T("Codes", "Kind of appointment")
F_STARTS = T("Codes", "Date and time")
F_MINUTES = T("Codes", "Length (minutes)")
F_PLACE = T("Codes", "Place")
F_STAFF = T("Codes", "Staff member")
F_CLIENT = T("Codes", "Client")
F_REASON = T("Codes", "Reason")

MSG_GONE = T("Errors", "This appointment does not exist.")
MSG_STATUS = T("Errors", "An appointment that is {status} cannot become {new}.")
MSG_FUTURE = T("Errors", "An appointment on {date} has not happened yet: it can be marked "
               "attended or missed from that day on.")
MSG_MINUTES = T("Errors", "{field} must be between {low} and {high}.")
MSG_HOURS = T("Errors", "{field} must be between 06:00 and 22:00.")
MSG_NEEDS_CLIENT = T("Errors", "Choose the client (a group session needs its participants).")
MSG_CLOSED_EPISODE = T("Errors", "Episode {episode_no} is closed: book for an open episode.")
MSG_INACTIVE_STAFF = T("Errors", "{name} is no longer active: choose another staff member.")
MSG_CONFLICT = T("Errors", "{name} already has {count} appointment(s) at that time. Choose "
                 "another time, or give a reason to book anyway.")
MSG_PAST_BOOK = T("Errors", "{field} is in the past: book from today on.")


class Appointment(BaseModel):
    """One appointment. ``person`` copies the episode's person so lists need no join;
    a group session has no episode or person, its participants are
    :class:`AppointmentAttendee` rows."""

    id = AutoField()
    kind = CharField(max_length=16, choices=KINDS, index=True)
    episode = ForeignKeyField(Episode, null=True, backref="appointments", on_delete="RESTRICT")
    person = ForeignKeyField(Person, null=True, backref="appointments", on_delete="RESTRICT")
    staff = ForeignKeyField(Staff, backref="appointments", on_delete="RESTRICT")
    starts_at = DateTimeField(index=True)
    minutes = SmallIntegerField(default=60)
    place = CharField(max_length=100, default="")
    status = CharField(max_length=16, choices=STATUSES, default="scheduled")
    moved_from = ForeignKeyField("self", null=True, backref="moved_to", on_delete="RESTRICT")
    series_id = IntegerField(null=True, index=True)  # id of the series' first appointment
    series_seq = SmallIntegerField(null=True)
    conflict_reason = TextField(default="")
    status_reason = TextField(default="")
    note = ForeignKeyField(Note, null=True, on_delete="SET NULL")
    created_by = ForeignKeyField(Staff, backref="booked", on_delete="RESTRICT")
    created_at = DateTimeField(default=dt.datetime.now)
    status_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("staff", "starts_at"), False), (("person", "starts_at"), False),
                   (("status", "starts_at"), False))


class AppointmentAttendee(BaseModel):
    """One participant of a group session, with their own attendance."""

    id = AutoField()
    appointment = ForeignKeyField(Appointment, backref="roster", on_delete="CASCADE")
    episode = ForeignKeyField(Episode, on_delete="RESTRICT")
    person = ForeignKeyField(Person, on_delete="RESTRICT", index=True)
    status = CharField(max_length=16, choices=STATUSES, default="scheduled")

    class Meta:
        indexes = ((("appointment", "episode"), True),)


@dataclass(frozen=True)
class Clash:
    """An appointment of the same staff member that overlaps the one being booked."""

    appointment_id: int
    starts_at: dt.datetime
    minutes: int
    kind: str


class AppointmentConflict(ValidationError):
    """The staff member is busy then; ``clashes`` lists the overlapping appointments."""

    def __init__(self, name: str, clashes: Sequence[Clash]) -> None:
        super().__init__(MSG_CONFLICT, field=F_STARTS, name=name, count=len(clashes))
        self.clashes = tuple(clashes)


# --- rights --------------------------------------------------------------------------------

_AREAS = (Area.EPISODE, Area.PROGRAM, Area.LAB)


def require_schedule(actor: Staff | None, action: Action = Action.INPUT) -> None:
    """Raise unless ``actor`` may book or mark appointments (``action``: INPUT or CORRECT)."""
    if actor is not None and any(has_right(actor, area, action) for area in _AREAS):
        return
    raise PermissionDenied(MSG_DENIED, action=ACTION_WORDS[action],
                           area=AREA_LABELS[Area.EPISODE])


def require_view(actor: Staff | None) -> None:
    """Raise unless ``actor`` may see appointments (they name clients)."""
    if actor is not None and has_right(actor, Area.EPISODE, Action.VIEW):
        return
    raise PermissionDenied(MSG_DENIED, action=ACTION_WORDS[Action.VIEW],
                           area=AREA_LABELS[Area.EPISODE])


# --- validation ----------------------------------------------------------------------------

def _check_time(starts_at: dt.datetime, minutes: int) -> tuple[dt.datetime, int]:
    if not isinstance(starts_at, dt.datetime):
        raise ValidationError(v.MSG_REQUIRED, field=F_STARTS)
    starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
    if not isinstance(minutes, int) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(MSG_MINUTES, field=F_MINUTES, low=MIN_MINUTES, high=MAX_MINUTES)
    end = starts_at + dt.timedelta(minutes=minutes)
    if starts_at.time() < DAY_START or end.date() != starts_at.date() or end.time() > DAY_END:
        raise ValidationError(MSG_HOURS, field=F_STARTS)
    return starts_at, minutes


def _check_staff(staff_id: int) -> Staff:
    member = Staff.get_or_none(Staff.id == staff_id)
    if member is None:
        raise ValidationError(v.MSG_CHOOSE, field=F_STAFF)
    if not member.active:
        raise ValidationError(MSG_INACTIVE_STAFF, field=F_STAFF, name=member.full_name)
    return member


def _open_episode(episode_id: int) -> Episode:
    episode = Episode.get_or_none(Episode.id == episode_id)
    if episode is None:
        raise ValidationError(MSG_NEEDS_CLIENT, field=F_CLIENT)
    if episode.status in ("closed", "discharged") or episode.not_continued_on is not None:
        raise ValidationError(MSG_CLOSED_EPISODE, field=F_CLIENT, episode_no=episode.episode_no)
    return episode


def clashes(staff_id: int, starts_at: dt.datetime, minutes: int,
            exclude: Iterable[int] = ()) -> list[Clash]:
    """The appointments of ``staff_id`` that overlap ``starts_at`` + ``minutes``.

    Portable across engines: the candidates start within the longest allowed length before
    the new end (an index range on (staff, starts_at)); the overlap is decided here."""
    end = starts_at + dt.timedelta(minutes=minutes)
    rows = (Appointment.select(Appointment.id, Appointment.starts_at, Appointment.minutes,
                               Appointment.kind)
            .where(Appointment.staff == staff_id,
                   Appointment.starts_at > starts_at - dt.timedelta(minutes=MAX_MINUTES),
                   Appointment.starts_at < end, Appointment.status.in_(BUSY))
            .order_by(Appointment.starts_at).tuples())
    skip = set(exclude)
    found = []
    for aid, start, length, kind in rows:
        if aid in skip:
            continue
        start = _as_datetime(start)
        if start + dt.timedelta(minutes=length) > starts_at:
            found.append(Clash(aid, start, length, kind))
    return found


def _as_datetime(value: str | dt.datetime) -> dt.datetime:
    if isinstance(value, str):  # SQLite gives text, PostgreSQL a datetime
        return dt.datetime.fromisoformat(value)
    return value


def _refuse_clash(staff: Staff, starts_at: dt.datetime, minutes: int, reason: str,
                  exclude: Iterable[int] = ()) -> str:
    """The cleaned reason; raises :class:`AppointmentConflict` on a clash without one."""
    reason = v.text(reason, F_REASON, limit=500)
    found = clashes(staff.id, starts_at, minutes, exclude)
    if found and not reason:
        raise AppointmentConflict(staff.full_name, found)
    return reason if found else ""


# --- acts ----------------------------------------------------------------------------------

def book(actor: Staff, kind: str, staff_id: int, starts_at: dt.datetime, minutes: int, *,
         episode_id: int | None = None, roster: Sequence[int] = (), place: str = "",
         conflict_reason: str = "", today: dt.date | None = None,
         series: tuple[int, int] | None = None, moved_from: int | None = None,
         person_id: int | None = None) -> int:
    """Book one appointment and return its id. A group session takes ``roster`` (episode
    ids); every other kind takes ``episode_id``, except an SKHPN examination, which may
    take an applicant's ``person_id`` instead (an applicant has no episode of care)."""
    require_schedule(actor)
    kind = v.choice(kind, F_KIND, KINDS)
    starts_at, minutes = _check_time(starts_at, minutes)
    if starts_at.date() < (today or dt.date.today()) and moved_from is None:
        raise ValidationError(MSG_PAST_BOOK, field=F_STARTS)
    place = v.text(place, F_PLACE, limit=100, printed=True)
    with write_transaction():
        staff = _check_staff(staff_id)
        if kind == "group":
            episodes = [_open_episode(e) for e in dict.fromkeys(roster)]
            if not episodes:
                raise ValidationError(MSG_NEEDS_CLIENT, field=F_CLIENT)
            episode = None
        elif episode_id is None and person_id is not None and kind == "skhpn":
            episode, episodes = None, []
            person = Person.get_or_none(Person.id == person_id)
            if person is None or person.merged_into_id is not None:
                raise ValidationError(MSG_NEEDS_CLIENT, field=F_CLIENT)
        else:
            if episode_id is None:
                raise ValidationError(MSG_NEEDS_CLIENT, field=F_CLIENT)
            episode, episodes = _open_episode(episode_id), []
            person_id = episode.person_id
        reason = _refuse_clash(staff, starts_at, minutes, conflict_reason)
        appt = Appointment.create(
            kind=kind, episode=episode, person=None if kind == "group" else person_id,
            staff=staff.id, starts_at=starts_at, minutes=minutes, place=place,
            conflict_reason=reason, created_by=actor.id, moved_from=moved_from,
            series_id=series[0] if series else None, series_seq=series[1] if series else None)
        if episodes:
            AppointmentAttendee.insert_many(
                [{"appointment": appt.id, "episode": e.id, "person": e.person_id}
                 for e in episodes]).execute()
        if series is not None and series[0] == 0:
            appt.series_id = appt.id
            Appointment.update(series_id=appt.id).where(Appointment.id == appt.id).execute()
        persons = [e.person_id for e in episodes] if kind == "group" else [person_id]
        for person_id in persons:
            audit.record(actor, "appointment.book", "appointment", appt.id, person_id,
                         kind=kind, staff=staff.id, starts_at=starts_at.isoformat(" "),
                         minutes=minutes, **({"conflict_reason": reason} if reason else {}),
                         **({"moved_from": moved_from} if moved_from else {}))
    return appt.id


def _get(appointment_id: int, version: int | None) -> Appointment:
    appt = Appointment.get_or_none(Appointment.id == appointment_id)
    if appt is None:
        raise NotFound(MSG_GONE)
    if version is not None and appt.version != version:
        from models.core.errors import ConflictError
        raise ConflictError(T("Errors", "Another desk changed this appointment. It was "
                              "read again: check it and try once more."))
    return appt


def _persons(appt: Appointment) -> list[int | None]:
    if appt.kind != "group":
        return [appt.person_id]
    return [p for (p,) in AppointmentAttendee.select(AppointmentAttendee.person)
            .where(AppointmentAttendee.appointment == appt.id).tuples()] or [None]


def _set_status(actor: Staff, appt: Appointment, new: str, reason: str = "",
                **detail: object) -> None:
    if new not in ALLOWED[appt.status]:
        labels = dict(STATUSES)
        raise ValidationError(MSG_STATUS, status=labels[appt.status], new=labels[new])
    old = appt.status
    Appointment.update(status=new, status_reason=reason, status_at=dt.datetime.now(),
                       version=Appointment.version + 1).where(
        Appointment.id == appt.id).execute()
    for person_id in _persons(appt):
        audit.record(actor, f"appointment.{new}", "appointment", appt.id, person_id,
                     old=old, **({"reason": reason} if reason else {}), **detail)


def _happened(appt: Appointment, today: dt.date | None) -> None:
    day = _as_datetime(appt.starts_at).date()
    if day > (today or dt.date.today()):
        raise ValidationError(MSG_FUTURE, date=day.isoformat())


def attend(actor: Staff, appointment_id: int, *, version: int | None = None,
           note_id: int | None = None, today: dt.date | None = None) -> None:
    """Mark the client present (a correction of *missed* needs the correct right); a
    session note of the episode may be linked."""
    require_schedule(actor)
    with write_transaction():
        appt = _get(appointment_id, version)
        if appt.status == "missed":
            require_schedule(actor, Action.CORRECT)
        _happened(appt, today)
        _set_status(actor, appt, "attended")
        if appt.kind == "group":
            AppointmentAttendee.update(status="attended").where(
                AppointmentAttendee.appointment == appt.id).execute()
        if note_id is None and appt.kind == "individual" and appt.episode_id is not None:
            # A session note of that day already written for the episode is this session's.
            note_id = (Note.select(Note.id).where(
                Note.episode == appt.episode_id, Note.kind == "individual",
                Note.session_on == _as_datetime(appt.starts_at).date())
                .order_by(Note.id.desc()).scalar())
        if note_id is not None:
            link_note(actor, appointment_id, note_id)


def mark_missed(actor: Staff, appointment_id: int, *, version: int | None = None,
                today: dt.date | None = None) -> None:
    """Mark the client absent (from the appointment's day on)."""
    require_schedule(actor)
    with write_transaction():
        appt = _get(appointment_id, version)
        _happened(appt, today)
        _set_status(actor, appt, "missed")
        if appt.kind == "group":
            AppointmentAttendee.update(status="missed").where(
                AppointmentAttendee.appointment == appt.id,
                AppointmentAttendee.status == "scheduled").execute()


def cancel(actor: Staff, appointment_id: int, reason: str, *,
           version: int | None = None) -> None:
    """Cancel a scheduled appointment; the reason is required and kept."""
    require_schedule(actor)
    reason = v.text(reason, F_REASON, limit=500, required=True)
    with write_transaction():
        appt = _get(appointment_id, version)
        _set_status(actor, appt, "cancelled", reason)


def move(actor: Staff, appointment_id: int, starts_at: dt.datetime, *,
         minutes: int | None = None, staff_id: int | None = None, place: str | None = None,
         conflict_reason: str = "", version: int | None = None,
         today: dt.date | None = None) -> int:
    """Move an appointment (scheduled, or missed and booked again): the old one becomes
    *rescheduled* and the new one, returned, keeps the link (``moved_from``)."""
    require_schedule(actor)
    with write_transaction():
        appt = _get(appointment_id, version)
        if "rescheduled" not in ALLOWED[appt.status]:
            labels = dict(STATUSES)
            raise ValidationError(MSG_STATUS, status=labels[appt.status],
                                  new=labels["rescheduled"])
        if _check_time(starts_at, minutes or appt.minutes)[0].date() < (today or dt.date.today()):
            raise ValidationError(MSG_PAST_BOOK, field=F_STARTS)
        roster = [e for (e,) in AppointmentAttendee.select(AppointmentAttendee.episode)
                  .where(AppointmentAttendee.appointment == appt.id).tuples()]
        new_id = book(actor, appt.kind, staff_id or appt.staff_id, starts_at,
                      minutes or appt.minutes, episode_id=appt.episode_id, roster=roster,
                      person_id=appt.person_id if appt.episode_id is None else None,
                      place=appt.place if place is None else place,
                      conflict_reason=conflict_reason, today=today,
                      series=(appt.series_id, appt.series_seq) if appt.series_id else None,
                      moved_from=appt.id)
        _set_status(actor, appt, "rescheduled", to=new_id)
    return new_id


def mark_roster(actor: Staff, appointment_id: int, present: Sequence[int], *,
                today: dt.date | None = None) -> None:
    """Attendance of a whole group session at once: the episodes in ``present`` attended,
    the rest missed; the session itself is attended."""
    require_schedule(actor)
    with write_transaction():
        appt = _get(appointment_id, None)
        _happened(appt, today)
        if appt.status == "missed":
            require_schedule(actor, Action.CORRECT)
        if appt.status != "attended":
            _set_status(actor, appt, "attended")
        here = set(present)
        for row in AppointmentAttendee.select().where(
                AppointmentAttendee.appointment == appt.id):
            status = "attended" if row.episode_id in here else "missed"
            if row.status != status:
                AppointmentAttendee.update(status=status).where(
                    AppointmentAttendee.id == row.id).execute()
                audit.record(actor, f"appointment.roster_{status}", "appointment", appt.id,
                             row.person_id)


def link_note(actor: Staff, appointment_id: int, note_id: int) -> None:
    """Link an attended appointment to its session note."""
    require_schedule(actor)
    with write_transaction():
        appt = _get(appointment_id, None)
        if Note.get_or_none(Note.id == note_id) is None:
            raise NotFound(T("Errors", "This note does not exist."))
        Appointment.update(note=note_id).where(Appointment.id == appt.id).execute()
        audit.record(actor, "appointment.note", "appointment", appt.id, appt.person_id,
                     note=note_id)
