"""Intake: opening an episode with what the desk records, consent, admission, waiting list."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from models.core import validation as v
from models.core.age import is_minor
from models.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from models.db.connection import write_transaction
from models.facility.facility import get_setting
from models.facility.sequence import next_value
from models.intake.admission import assign_at_admission, check_admission
from models.intake.episode import (
    CONSENT_KINDS,
    LEGAL_STATUSES,
    PATTERNS,
    REFERRAL_ROUTES,
    REPORTERS,
    ROUTES,
    SERVICE_TYPES,
    SUBSTANCES,
    Consent,
    Episode,
    EpisodeSubstance,
    WaitingListEntry,
)
from models.people.guardians import check_minor_consent
from models.people.person import Person
from models.people.registry import APPLICANT_SERIES, CLIENT_SERIES, new_reg_no
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

T = QT_TRANSLATE_NOOP
F_REPORTED = T("Codes", "Date reported")
F_REPORTER = T("Codes", "Reporter")
F_REPORTER_NAME = T("Codes", "Reporter's name")
F_REFERRAL = T("Codes", "Referral route")
F_REFERRAL_DETAIL = T("Codes", "Referred by")
F_LEGAL = T("Codes", "Legal status")
F_LEGAL_REF = T("Codes", "Court / letter numbers")
F_FUNDING = T("Codes", "Funding")
F_SERVICE = T("Codes", "Service type")
F_SUBSTANCE = T("Codes", "Substance")
F_ROUTE = T("Codes", "Route of use")
F_PATTERN = T("Codes", "Use pattern")
F_DAYS = T("Codes", "Days used in the last 30")
F_YEARS = T("Codes", "Years of use")
F_AGE_FIRST = T("Codes", "Age at first use")
F_OVERDOSES = T("Codes", "Overdoses")
F_CONSENT_BY = T("Codes", "Signed by")
F_RECIPIENT = T("Codes", "Recipient")
F_PURPOSE = T("Codes", "Purpose")
F_VALID_UNTIL = T("Codes", "Valid until")
F_ADMITTED = T("Codes", "Admission date")

F_SIGNED_ON = T("Codes", "Signed on")
F_WITHDRAWN_ON = T("Codes", "Date withdrawn")
MSG_VALID_PAST = T("Errors", "{field} ({date}) has already passed: a consent is valid from "
                   "the day it is signed until a later date.")
MSG_BEFORE_ADDED = T("Errors", "{field} is before the day the person joined the waiting "
                     "list ({date}).")
MSG_MINOR_REPORTER = T("Errors", "A client under 18 is reported by a parent or guardian.")
MSG_TOO_MANY = T("Errors", "At most three substances: primary, secondary and tertiary.")
MSG_SAME_SUBSTANCE = T("Errors", "{substance} is listed twice.")
MSG_RANGE = T("Errors", "{field} must be between {low} and {high}.")
MSG_OPEN_EPISODE = T("Errors", "{name} already has an open episode ({episode_no}).")
MSG_EPISODE_GONE = T("Errors", "This episode does not exist.")
MSG_NOT_SCREENING = T("Errors",
                      "Only a person in screening or on the waiting list can be admitted.")
MSG_DISCLOSURE = T("Errors", "A consent to disclose names its recipient, purpose and end date.")
MSG_BEFORE_REPORT = T("Errors", "{field} is before the date reported.")


@dataclass(frozen=True)
class SubstanceInput:
    substance: str
    route: str
    days_last_30: int | None = None
    years_used: int | None = None
    age_first_use: int | None = None
    pattern: str | None = None
    overdoses: int = 0
    previous_treatment: bool = False


@dataclass(frozen=True)
class EpisodeInput:
    """What the intake desk records about one arrival."""

    service_type: str
    reported_on: dt.date
    reporter: str = "self"
    reporter_name: str = ""
    reporter_phone: str = ""
    wajib_lapor: bool = False
    referral_route: str = "voluntary"
    referral_detail: str = ""
    legal_status: str = "none"
    legal_reference: str = ""
    funding: str = "government"
    substances: tuple[SubstanceInput, ...] = field(default_factory=tuple)


def _int_in(value: int | None, label: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(MSG_RANGE, field=label, low=low, high=high)
    return value


def clean_substances(items: tuple[SubstanceInput, ...]) -> list[dict]:
    """Validated rows for up to three substances, ranked in the order given."""
    if len(items) > 3:
        raise ValidationError(MSG_TOO_MANY, field=F_SUBSTANCE)
    rows, seen = [], set()
    for rank, item in enumerate(items, start=1):
        code = v.choice(item.substance, F_SUBSTANCE, SUBSTANCES)
        if code in seen and code != "other":
            raise ValidationError(MSG_SAME_SUBSTANCE, field=F_SUBSTANCE, substance=code)
        seen.add(code)
        rows.append({
            "rank": rank, "substance": code, "route": v.choice(item.route, F_ROUTE, ROUTES),
            "days_last_30": _int_in(item.days_last_30, F_DAYS, 0, 30),
            "years_used": _int_in(item.years_used, F_YEARS, 0, 80),
            "age_first_use": _int_in(item.age_first_use, F_AGE_FIRST, 5, 100),
            "pattern": v.choice(item.pattern, F_PATTERN, PATTERNS) if item.pattern else None,
            "overdoses": _int_in(item.overdoses, F_OVERDOSES, 0, 100) or 0,
            "previous_treatment": bool(item.previous_treatment)})
    return rows


def clean_episode(data: EpisodeInput, birth_date: dt.date | None,
                  today: dt.date | None = None) -> dict:
    """Validate intake data (a minor's reporter must be a parent or guardian)."""
    today = today or dt.date.today()
    out: dict[str, Any] = {
        "service_type": v.choice(data.service_type, F_SERVICE, SERVICE_TYPES),
        "reported_on": v.past_date(data.reported_on, F_REPORTED, today=today, required=True),
        "reporter": v.choice(data.reporter, F_REPORTER, REPORTERS),
        "reporter_name": v.text(data.reporter_name, F_REPORTER_NAME, limit=200),
        "reporter_phone": v.phone(data.reporter_phone, F_REPORTER_NAME),
        "wajib_lapor": bool(data.wajib_lapor),
        "referral_route": v.choice(data.referral_route, F_REFERRAL, REFERRAL_ROUTES),
        "referral_detail": v.text(data.referral_detail, F_REFERRAL_DETAIL, limit=200),
        "legal_status": v.choice(data.legal_status, F_LEGAL, LEGAL_STATUSES),
        "legal_reference": v.text(data.legal_reference, F_LEGAL_REF, limit=1000, multiline=True),
        "funding": v.choice(data.funding, F_FUNDING,
                            [(c, c) for c in get_setting("funding_sources")]),
    }
    if is_minor(birth_date, out["reported_on"]) and out["reporter"] != "parent_guardian":
        raise ValidationError(MSG_MINOR_REPORTER, field=F_REPORTER)
    return out


def open_episode(actor: Staff, person_id: int, data: EpisodeInput,
                 today: dt.date | None = None) -> int:
    """Record an arrival: a new episode in screening, with its substances. Returns its id."""
    require(actor, Area.EPISODE, Action.INPUT)
    person = Person.get_or_none(Person.id == person_id)
    if person is None or person.merged_into_id is not None:
        raise NotFound(T("Errors", "This person's record does not exist."))
    values = clean_episode(data, person.birth_date, today)
    substances = clean_substances(data.substances)
    with write_transaction():
        still_open = (Episode.select(Episode.episode_no)
                      .where((Episode.person == person_id)
                             & Episode.status.in_(("screening", "waiting", "in_program")))
                      .first())
        if still_open is not None:
            raise ValidationError(MSG_OPEN_EPISODE, name=person.full_name,
                                  episode_no=still_open.episode_no)
        year = values["reported_on"].year
        episode = Episode.create(person=person_id, intake_staff=actor.id, status="screening",
                                 episode_no=f"E-{year}-{next_value('EP', year):06d}", **values)
        if person.reg_no.startswith(APPLICANT_SERIES[0] + "-"):
            # an SKHPN applicant becomes a client: same record, now a client number
            reg_no = new_reg_no(CLIENT_SERIES, dt.date.today().year)
            Person.update(reg_no=reg_no, updated_at=dt.datetime.now(),
                          version=Person.version + 1).where(Person.id == person_id).execute()
            audit.record(actor, "person.renumber", "person", person_id, person_id=person_id,
                         old=person.reg_no, new=reg_no)
        if substances:
            EpisodeSubstance.insert_many([{**row, "episode": episode.id} for row in substances]
                                         ).execute()
        audit.record(actor, "episode.create", "episode", episode.id, person_id=person_id,
                     wajib_lapor=values["wajib_lapor"])
    return episode.id


def record_consent(actor: Staff, episode_id: int, kind: str, signed_on: dt.date,
                   signed_by_name: str, recipient: str = "", purpose: str = "",
                   valid_until: dt.date | None = None) -> int:
    """A general consent, or a consent to disclose to a named recipient for a purpose until a
    date."""
    require(actor, Area.EPISODE, Action.INPUT)
    kind = v.choice(kind, F_PURPOSE, CONSENT_KINDS)
    values: dict[str, Any] = {"kind": kind,
              "signed_on": v.past_date(signed_on, F_SIGNED_ON, required=True),
              "signed_by_name": v.text(signed_by_name, F_CONSENT_BY, limit=200, required=True,
                                       printed=True),
              "recipient": v.text(recipient, F_RECIPIENT, limit=200),
              "purpose": v.text(purpose, F_PURPOSE, limit=300), "valid_until": valid_until}
    if kind == "disclosure" and not (values["recipient"] and values["purpose"] and valid_until):
        raise ValidationError(MSG_DISCLOSURE, field=F_RECIPIENT)
    if valid_until is not None and valid_until < max(values["signed_on"], dt.date.today()):
        raise ValidationError(MSG_VALID_PAST, field=F_VALID_UNTIL,
                              date=valid_until.strftime("%d-%m-%Y"))
    with write_transaction():
        episode = Episode.get_or_none(Episode.id == episode_id)
        if episode is None:
            raise NotFound(MSG_EPISODE_GONE)
        check_minor_consent(Person.get_by_id(episode.person_id), values["signed_by_name"],
                            values["signed_on"])
        consent = Consent.create(episode=episode_id, staff=actor.id, **values)
        audit.record(actor, "consent.create", "consent", consent.id,
                     person_id=episode.person_id, kind=kind)
    return consent.id


def admit(actor: Staff, episode_id: int, admitted_on: dt.date,
          today: dt.date | None = None, *, skip_reason: str = "",
          counselor_id: int | None = None) -> str:
    """Admit an episode to service, or queue it when its service type is full.

    Returns the new status: "in_program", or "waiting" when every place of the episode's
    service type is taken. The admission checks (consent, waiting-list order) are those of
    :func:`models.intake.admission.check_admission`.
    """
    require(actor, Area.EPISODE, Action.INPUT)
    admitted_on = v.past_date(admitted_on, F_ADMITTED, today=today, required=True)
    with write_transaction():
        episode = Episode.get_or_none(Episode.id == episode_id)
        if episode is None:
            raise NotFound(MSG_EPISODE_GONE)
        if episode.status not in ("screening", "waiting"):
            raise ValidationError(MSG_NOT_SCREENING)
        if admitted_on < episode.reported_on:
            raise ValidationError(MSG_BEFORE_REPORT, field=F_ADMITTED)
        if not check_admission(actor, episode, admitted_on, skip_reason, queue_when_full=True):
            if episode.status != "waiting":
                WaitingListEntry.insert(episode=episode_id, added_on=admitted_on).on_conflict(
                    conflict_target=[WaitingListEntry.episode],
                    update={WaitingListEntry.state: "waiting", WaitingListEntry.left_on: None}
                ).execute()
                Episode.update(status="waiting", version=Episode.version + 1).where(
                    Episode.id == episode_id).execute()
                audit.record(actor, "episode.wait", "episode", episode_id,
                             person_id=episode.person_id, service=episode.service_type)
            return "waiting"
        Episode.update(status="in_program", admitted_on=admitted_on,
                       version=Episode.version + 1).where(Episode.id == episode_id).execute()
        WaitingListEntry.update(state="admitted", left_on=admitted_on).where(
            (WaitingListEntry.episode == episode_id)
            & (WaitingListEntry.state == "waiting")).execute()
        assign_at_admission(actor, episode, counselor_id)
        audit.record(actor, "episode.admit", "episode", episode_id, person_id=episode.person_id)
    return "in_program"


@dataclass(frozen=True)
class WaitingRow:
    episode_id: int
    person_id: int
    full_name: str
    service_type: str
    added_on: dt.date
    priority: int


def waiting_list(actor: Staff) -> list[WaitingRow]:
    """Who waits for a place, highest priority then longest waiting first."""
    require(actor, Area.EPISODE, Action.VIEW)
    query = (WaitingListEntry
             .select(Episode.id, Person.id, Person.full_name, Episode.service_type,
                     WaitingListEntry.added_on, WaitingListEntry.priority)
             .join(Episode).join(Person)
             .where(WaitingListEntry.state == "waiting")
             .order_by(WaitingListEntry.priority.desc(), WaitingListEntry.added_on,
                       WaitingListEntry.id))
    return [WaitingRow(*row) for row in query.tuples()]


def withdraw_waiting(actor: Staff, episode_id: int, on: dt.date, note: str = "") -> None:
    """Take an episode off the waiting list (the person no longer waits); closes the episode."""
    require(actor, Area.EPISODE, Action.CORRECT)
    with write_transaction():
        entry = WaitingListEntry.get_or_none((WaitingListEntry.episode == episode_id)
                                             & (WaitingListEntry.state == "waiting"))
        if entry is None:
            raise NotFound(MSG_EPISODE_GONE)
        on = v.past_date(on, F_WITHDRAWN_ON, required=True)
        if on < entry.added_on:
            raise ValidationError(MSG_BEFORE_ADDED, field=F_WITHDRAWN_ON,
                                  date=entry.added_on.strftime("%d-%m-%Y"))
        entry.state, entry.left_on = "withdrawn", on
        entry.note = v.text(note, F_PURPOSE, limit=1000, multiline=True)
        entry.save()
        episode = Episode.get_by_id(episode_id)
        Episode.update(status="closed", version=Episode.version + 1).where(
            Episode.id == episode_id).execute()
        audit.record(actor, "episode.withdraw", "episode", episode_id,
                     person_id=episode.person_id)
