"""The intake desk's whole registration as one act: person, episode, consent, admission.

The wizard collects everything first; saving runs here in a single transaction, so a crash,
a locked database or a refused rule leaves either everything or nothing, never a person
without the episode the desk thought it had saved.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.age import is_minor
from models.db.connection import write_transaction
from models.intake.intake import EpisodeInput, admit, open_episode, record_consent
from models.people.guardians import keep_reporting_guardian
from models.people.person import Person
from models.people.registry import PersonInput, register_person
from models.staff.staff import Staff


@dataclass(frozen=True)
class ConsentInput:
    """A general consent signed at intake (the client, or a minor's parent or guardian)."""

    signed_on: dt.date
    signed_by_name: str
    #: a minor's reporting parent or guardian: their relation to the client (RELATIONS)
    guardian_relation: str = "guardian"


@dataclass(frozen=True)
class IntakeResult:
    """What the desk is told after saving.

    Attributes:
        status: the episode's status: "screening", "in_program" or "waiting" (program full).
    """

    person_id: int
    episode_id: int
    status: str


def register_intake(actor: Staff, episode: EpisodeInput, *, person: PersonInput | None = None,
                    person_id: int | None = None, consent: ConsentInput | None = None,
                    admit_on: dt.date | None = None, override_nik: bool = False,
                    today: dt.date | None = None, override_reason: str = "",
                    different_from: tuple[int, ...] = ()) -> IntakeResult:
    """Register a new person (``person``) or an existing one (``person_id``) with a new
    episode, its consent and, when ``admit_on`` is given, the admission (or a place on the
    waiting list when the program is full). All or nothing."""
    if (person is None) == (person_id is None):
        raise ValueError("give either person or person_id")
    with write_transaction():
        if person is not None:
            person_id = register_person(actor, person, override_nik=override_nik, today=today,
                                        override_reason=override_reason,
                                        different_from=different_from)
        assert person_id is not None
        episode_id = open_episode(actor, person_id, episode, today=today)
        signed_by = consent.signed_by_name if consent is not None else ""
        born = Person.get_by_id(person_id).birth_date
        if (is_minor(born, episode.reported_on or dt.date.today())
                and episode.reporter == "parent_guardian" and episode.reporter_name.strip()):
            # The reporting parent is this minor's guardian: kept as a family contact, and
            # the one who signs unless the desk named someone else.
            keep_reporting_guardian(actor, person_id, episode.reporter_name,
                                    episode.reporter_phone,
                                    consent.guardian_relation if consent else "guardian")
            signed_by = signed_by.strip() or episode.reporter_name
        if consent is not None:
            record_consent(actor, episode_id, "general", consent.signed_on, signed_by)
        status = "screening"
        if admit_on is not None:
            status = admit(actor, episode_id, admit_on, today=today)
    return IntakeResult(person_id, episode_id, status)
