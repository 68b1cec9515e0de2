"""The admission step and the counselor of record.

Every path that admits an episode (the intake desk's :func:`models.intake.intake.admit`, the waiting
list, and :func:`models.care.enrollment.enroll` on a screening or waiting episode) calls
:func:`check_admission` inside its write transaction, so none can skip:

- a general consent signed on or before the admission day and not revoked by then;
- a free place for the episode's service type (``capacity_<service>`` settings; 0 means no
  limit), counted per service so a full inpatient unit never queues an outpatient;
- the waiting-list order for that service type: admitting anyone while others of the same
  service wait ahead needs a reason, recorded in the audit trail (``waiting.skip``).

A screening or waiting episode that does not go on to admission is closed as "tidak
melanjutkan" with a reason (:func:`close_not_continuing`); it then no longer counts as open
(so a duplicate can be merged) and the tally counts it under definitions version 2.

The counselor of record is set at admission and changed with a reason
(:func:`set_counselor`); the admin moves a whole caseload with :func:`reassign_caseload`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, ValidationError
from models.db.connection import write_transaction
from models.facility.facility import get_setting
from models.intake.episode import SERVICE_TYPES, Consent, Episode, WaitingListEntry, get_episode
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

F_SKIP_REASON = T("Codes", "Reason for admitting ahead of the waiting list")
F_COUNSELOR = T("Codes", "Counselor of record")
F_CHANGE_REASON = T("Codes", "Reason for the change")
F_NOT_CONTINUED_ON = T("Codes", "Date closed")
F_NOT_CONTINUED_REASON = T("Codes", "Reason the client did not continue")
F_ADMITTED = T("Codes", "Admission date")
F_REPORTED = T("Codes", "Date reported")

MSG_NO_CONSENT = T("Errors", "Episode {episode_no} has no signed general consent on or before "
                   "{date}. Record the consent first (signed by the client, or by the parent "
                   "or guardian of a minor).")
MSG_FULL = T("Errors", "All {capacity} places for {service} are taken. Put the client on the "
             "waiting list, or discharge someone first.")
MSG_QUEUE = T("Errors", "{count} client(s) wait ahead for {service}, first {name} (since "
              "{date}). Admit them first, or give the reason for admitting this client ahead.")
MSG_TEMPLATE_SERVICE = T("Errors", "The program {template} is for {template_service}; this "
                         "episode is for {service}. Choose a program of the episode's service "
                         "type.")
MSG_NOT_PENDING = T("Errors", "Only an episode in screening or on the waiting list can be "
                    "closed as not continuing; episode {episode_no} is past that.")
MSG_NOT_COUNSELOR = T("Errors", "{name} is not an active counselor.")
MSG_SAME_COUNSELOR = T("Errors", "{name} is already the counselor of record.")
MSG_NOTHING_TO_MOVE = T("Errors", "{name} has no open episodes to hand over.")
MSG_CLOSED = T("Errors", "Episode {episode_no} is closed: its counselor of record no longer "
               "changes.")

OPEN = ("screening", "waiting", "in_program", "aftercare")


@dataclass(frozen=True)
class PlaceCount:
    """Places taken and offered for one service type (capacity 0: no limit)."""

    service: str
    taken: int
    capacity: int

    @property
    def full(self) -> bool:
        return bool(self.capacity) and self.taken >= self.capacity


@dataclass(frozen=True)
class QueueAhead:
    """Who waits ahead of an episode for the same service type."""

    count: int
    first_episode_id: int | None
    first_name: str
    first_since: dt.date | None


def service_label(service: str) -> str:
    return dict(SERVICE_TYPES).get(service, service)


def capacity(service: str) -> int:
    """The places the facility offers for ``service`` (0: no limit)."""
    key = f"capacity_{service}"
    try:
        return int(get_setting(key) or 0)
    except KeyError:
        return 0


def places(service: str) -> PlaceCount:
    taken = Episode.select(fn.COUNT(Episode.id)).where(
        (Episode.status == "in_program") & (Episode.service_type == service)).scalar()
    return PlaceCount(service, int(taken or 0), capacity(service))


def all_places() -> tuple[PlaceCount, ...]:
    """Places taken and offered per service type, every type (zeros included)."""
    counts = dict(Episode.select(Episode.service_type, fn.COUNT(Episode.id))
                  .where(Episode.status == "in_program")
                  .group_by(Episode.service_type).tuples())
    return tuple(PlaceCount(code, int(counts.get(code, 0)), capacity(code))
                 for code, _label in SERVICE_TYPES)


def queue_ahead(episode: Episode) -> QueueAhead:
    """The waiting entries of the episode's service type that come before it (priority
    first, then the longest waiting); for an episode not on the list, all of them."""
    waiting = (WaitingListEntry.select(WaitingListEntry.id, WaitingListEntry.episode,
                                       WaitingListEntry.priority, WaitingListEntry.added_on,
                                       Person.full_name)
               .join(Episode).join(Person)
               .where((WaitingListEntry.state == "waiting")
                      & (Episode.service_type == episode.service_type)
                      & (Episode.status == "waiting"))
               .order_by(WaitingListEntry.priority.desc(), WaitingListEntry.added_on,
                         WaitingListEntry.id))
    rows = list(waiting.tuples())
    own = next((i for i, row in enumerate(rows) if row[1] == episode.id), None)
    ahead = rows[:own] if own is not None else rows
    if not ahead:
        return QueueAhead(0, None, "", None)
    first = ahead[0]
    return QueueAhead(len(ahead), first[1], first[4], first[3])


def has_consent(episode_id: int, on: dt.date) -> bool:
    """A general consent signed on or before ``on`` and not revoked by then."""
    return Consent.select().where(
        (Consent.episode == episode_id) & (Consent.kind == "general")
        & (Consent.signed_on <= on)
        & (Consent.revoked_on.is_null() | (Consent.revoked_on > on))).exists()


def check_template_fits(episode: Episode, template_name: str, template_service: str) -> None:
    if template_service != episode.service_type:
        raise ValidationError(MSG_TEMPLATE_SERVICE, template=template_name,
                              template_service=service_label(template_service),
                              service=service_label(episode.service_type))


def check_admission(actor: Staff, episode: Episode, admitted_on: dt.date, skip_reason: str,
                    *, queue_when_full: bool) -> bool:
    """Check the admission of ``episode`` on ``admitted_on``; call inside the write
    transaction that admits.

    Returns False when ``queue_when_full`` (the intake desk's admission) and the episode
    must queue: every place of the service is taken, or a newcomer would pass people already
    waiting without a reason; the caller puts it on the waiting list. Raises otherwise. A
    skip of the waiting list is audited here with its reason.
    """
    count = places(episode.service_type)
    if count.full:
        if queue_when_full:
            return False
        raise ValidationError(MSG_FULL, capacity=count.capacity,
                              service=service_label(episode.service_type))
    if not has_consent(episode.id, admitted_on):
        raise ValidationError(MSG_NO_CONSENT, episode_no=episode.episode_no,
                              date=admitted_on.strftime("%d-%m-%Y"))
    ahead = queue_ahead(episode)
    if ahead.count:
        reason = v.text(skip_reason, F_SKIP_REASON, limit=1000, multiline=True)
        if not reason and queue_when_full and episode.status == "screening":
            return False  # a newcomer joins the end of the queue, as when the places are full
        if not reason:
            raise ValidationError(MSG_QUEUE, field=F_SKIP_REASON, count=ahead.count,
                                  service=service_label(episode.service_type),
                                  name=ahead.first_name,
                                  date=ahead.first_since.strftime("%d-%m-%Y")
                                  if ahead.first_since else "")
        audit.record(actor, "waiting.skip", "episode", episode.id, person_id=episode.person_id,
                     reason=reason, ahead=ahead.count, first_episode=ahead.first_episode_id)
    return True


def _counselor(staff_id: int) -> Staff:
    member = Staff.get_or_none(Staff.id == staff_id)
    if member is None or not member.active or member.role != "counselor":
        raise ValidationError(MSG_NOT_COUNSELOR, field=F_COUNSELOR,
                              name=member.full_name if member is not None else "?")
    return member


def assign_at_admission(actor: Staff, episode: Episode, counselor_id: int | None) -> None:
    """Set the counselor of record as the episode is admitted: the one chosen, else the
    admitting member when a counselor, else whoever it already had."""
    if counselor_id is None and actor.role == "counselor":
        counselor_id = actor.id
    if counselor_id is None or counselor_id == episode.counselor_id:
        return
    member = _counselor(counselor_id)
    Episode.update(counselor=member.id).where(Episode.id == episode.id).execute()
    audit.record(actor, "episode.counselor", "episode", episode.id, person_id=episode.person_id,
                 counselor=member.id, previous=episode.counselor_id, at_admission=True)


def counselors() -> list[tuple[int, str]]:
    """Active counselors, by name: the choices for a counselor of record."""
    return list(Staff.select(Staff.id, Staff.full_name)
                .where((Staff.role == "counselor") & (Staff.active == True))  # noqa: E712
                .order_by(Staff.full_name).tuples())


def set_counselor(actor: Staff, episode_id: int, counselor_id: int, reason: str) -> None:
    """Change the counselor of record of one open episode (a reason is required once it has
    one; audited with the previous and the new counselor)."""
    require(actor, Area.PROGRAM, Action.INPUT)
    with write_transaction():
        episode = get_episode(episode_id, lock=True)
        if episode.status not in OPEN:
            raise ValidationError(MSG_CLOSED, episode_no=episode.episode_no)
        member = _counselor(counselor_id)
        if episode.counselor_id == member.id:
            raise ValidationError(MSG_SAME_COUNSELOR, field=F_COUNSELOR, name=member.full_name)
        why = v.text(reason, F_CHANGE_REASON, limit=1000, multiline=True,
                     required=episode.counselor_id is not None)
        Episode.update(counselor=member.id, updated_at=dt.datetime.now(),
                       version=Episode.version + 1).where(Episode.id == episode_id).execute()
        audit.record(actor, "episode.counselor", "episode", episode_id,
                     person_id=episode.person_id, counselor=member.id,
                     previous=episode.counselor_id, reason=why)


def reassign_caseload(actor: Staff, from_id: int, to_id: int, reason: str) -> int:
    """The admin hands every open episode of one counselor to another; returns how many.

    Each episode gets its own audit event, so each person's trail shows who took over.
    """
    require(actor, Area.ADMIN, Action.CORRECT)
    why = v.text(reason, F_CHANGE_REASON, limit=1000, multiline=True, required=True)
    with write_transaction():
        member = _counselor(to_id)
        previous = Staff.get_or_none(Staff.id == from_id)
        if previous is None:
            raise NotFound(MSG_NOT_COUNSELOR, name="?")
        if previous.id == member.id:
            raise ValidationError(MSG_SAME_COUNSELOR, field=F_COUNSELOR, name=member.full_name)
        rows = list(Episode.select(Episode.id, Episode.person)
                    .where((Episode.counselor == from_id) & Episode.status.in_(OPEN)).tuples())
        if not rows:
            raise ValidationError(MSG_NOTHING_TO_MOVE, name=previous.full_name)
        ids = [episode_id for episode_id, _person in rows]
        for start in range(0, len(ids), 500):
            Episode.update(counselor=member.id, updated_at=dt.datetime.now(),
                           version=Episode.version + 1).where(
                Episode.id.in_(ids[start:start + 500])).execute()
        for episode_id, person_id in rows:
            audit.record(actor, "episode.counselor", "episode", episode_id, person_id=person_id,
                         counselor=member.id, previous=from_id, reason=why, caseload=True)
    return len(rows)


def close_not_continuing(actor: Staff, episode_id: int, closed_on: dt.date, reason: str, *,
                         today: dt.date | None = None) -> None:
    """Close a screening or waiting episode as "tidak melanjutkan" (audited)."""
    require(actor, Area.EPISODE, Action.INPUT)
    closed_on = v.past_date(closed_on, F_NOT_CONTINUED_ON, today=today, required=True)
    why = v.text(reason, F_NOT_CONTINUED_REASON, limit=1000, multiline=True, required=True)
    with write_transaction():
        episode = get_episode(episode_id, lock=True)
        if episode.status not in ("screening", "waiting"):
            raise ValidationError(MSG_NOT_PENDING, episode_no=episode.episode_no)
        v.not_before(closed_on, F_NOT_CONTINUED_ON, episode.reported_on, F_REPORTED)
        entry = WaitingListEntry.get_or_none((WaitingListEntry.episode == episode_id)
                                             & (WaitingListEntry.state == "waiting"))
        if entry is not None:
            v.not_before(closed_on, F_NOT_CONTINUED_ON, entry.added_on, F_NOT_CONTINUED_ON)
            WaitingListEntry.update(state="withdrawn", left_on=closed_on).where(
                WaitingListEntry.id == entry.id).execute()
        Episode.update(status="closed", not_continued_on=closed_on, not_continued_reason=why,
                       updated_at=dt.datetime.now(), version=Episode.version + 1
                       ).where(Episode.id == episode_id).execute()
        audit.record(actor, "episode.not_continued", "episode", episode_id,
                     person_id=episode.person_id, closed_on=closed_on.isoformat(), reason=why,
                     was=episode.status)


@dataclass(frozen=True)
class AdmissionOutlook:
    """What the admission step shows before admitting an episode."""

    episode_id: int
    service: str
    places: PlaceCount
    ahead: QueueAhead
    consent: bool
    counselor_id: int | None


def admission_outlook(actor: Staff, episode_id: int, on: dt.date) -> AdmissionOutlook:
    """Places of the episode's service type, who waits ahead of it, whether a consent is on
    file for ``on``, and its counselor of record."""
    require(actor, Area.EPISODE, Action.VIEW)
    episode = get_episode(episode_id)
    return AdmissionOutlook(episode.id, episode.service_type, places(episode.service_type),
                            queue_ahead(episode), has_consent(episode.id, on),
                            episode.counselor_id)


def counselor_of(actor: Staff, episode_id: int) -> tuple[int | None, str]:
    """The counselor of record of an episode: (id, name), or (None, "") without one."""
    require(actor, Area.PROGRAM, Action.VIEW)
    row = (Episode.select(Staff.id, Staff.full_name)
           .join(Staff, on=(Episode.counselor == Staff.id))
           .where(Episode.id == episode_id).tuples().first())
    return (int(row[0]), row[1]) if row else (None, "")
