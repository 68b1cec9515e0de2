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

from models.aftercare import AftercarePlan, FollowUp
from models.episode import Episode
from models.flags import Flag, active_flags, may_open
from models.photo import has_photo
from models.program import Enrollment, Phase
from models.rights import Action, Area, has_right, require
from models.staff import Staff


@dataclass(frozen=True)
class RecordSummary:
    """The header of a record.

    Attributes:
        restricted: the record is restricted and the asking member may not see its content;
            every other field but ``flags`` is then empty.
        episode_no / status / service_type: the newest episode, or "" without one.
        phase / phase_since / days_in_phase: its current program phase, when enrolled.
        next_followup: the earliest aftercare follow-up not yet kept (it may be past due).
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
    return RecordSummary(person_id, False, has_photo(person_id),
                         *(episode[1:] if episode else ("", "", "")), phase, since, days,
                         followup, flags)
