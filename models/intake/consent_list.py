"""The consents recorded for a person, for the desk to choose the one to print."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.intake.episode import Consent, Episode
from models.people.flags import require_open
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff


@dataclass(frozen=True)
class ConsentLine:
    """One recorded consent (general, or disclosure to a named recipient until a date)."""

    id: int
    episode_id: int
    episode_no: str
    kind: str
    signed_on: dt.date
    signed_by_name: str
    recipient: str
    purpose: str
    valid_until: dt.date | None
    revoked_on: dt.date | None


def consents_of(actor: Staff, person_id: int, episode_id: int | None = None
                ) -> list[ConsentLine]:
    """A person's consents (of one episode when ``episode_id`` is given), newest first."""
    require(actor, Area.EPISODE, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    query = (Consent.select(Consent.id, Consent.episode, Episode.episode_no, Consent.kind,
                            Consent.signed_on, Consent.signed_by_name, Consent.recipient,
                            Consent.purpose, Consent.valid_until, Consent.revoked_on)
             .join(Episode).where(Episode.person == person_id))
    if episode_id is not None:
        query = query.where(Consent.episode == episode_id)
    query = query.order_by(Consent.signed_on.desc(), Consent.id.desc())
    return [ConsentLine(*row) for row in query.tuples()]
