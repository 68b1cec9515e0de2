"""What the client registry's list and a client's record show, fetched by ids.

The registry screen keeps only the ids a search found; it asks here for the rows it is about
to paint (a page at a time) and for the order of the ids when a column is sorted. A person's
status is the status of their newest episode, or "none" for a person who never had one (an
SKHPN applicant, say).

SKHPN applicants are people, not rehab clients: someone with an SKHPN application and no
episode is an *applicant only* (:func:`applicant_only`). The client list leaves them out
unless asked (``applicants=True``), and the home screen does not count them as clients.
When an applicant later opens an episode, the same record becomes a client.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Expression

from models.core.errors import QT_TRANSLATE_NOOP
from models.db.connection import write_transaction
from models.desk.audit_words import ACTIONS
from models.intake.episode import Episode, EpisodeSubstance
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, has_right, require
from models.staff.staff import Staff

NO_EPISODE = "none"
NO_EPISODE_LABEL = QT_TRANSLATE_NOOP("Codes", "No episode")
#: Columns a list may be sorted on, and the person column behind each.
SORT_KEYS = ("reg_no", "full_name", "sex", "birth_date", "status")
#: Most ids one call fetches rows for (SQLite allows 32,766 parameters; pages are smaller).
MAX_IDS = 2000


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list: only what the list shows."""

    person_id: int
    reg_no: str
    full_name: str
    alias: str
    sex: str
    birth_date: dt.date | None
    nik: str
    phone: str
    status: str  # an Episode status code, or NO_EPISODE


@dataclass(frozen=True)
class EpisodeLine:
    """One episode on a client's timeline."""

    id: int
    episode_no: str
    status: str
    service_type: str
    reported_on: dt.date
    admitted_on: dt.date | None
    discharged_on: dt.date | None
    referral_route: str
    wajib_lapor: bool
    primary_substance: str


def _latest_status(ids: list[int]) -> dict[int, str]:
    """The status of each person's newest episode (by date reported, then id)."""
    statuses: dict[int, tuple[dt.date, int, str]] = {}
    query = (Episode.select(Episode.person, Episode.reported_on, Episode.id, Episode.status)
             .where(Episode.person.in_(ids)).tuples())
    for person_id, reported_on, episode_id, status in query:
        seen = statuses.get(person_id)
        if seen is None or (reported_on, episode_id) > seen[:2]:
            statuses[person_id] = (reported_on, episode_id, status)
    return {pid: value[2] for pid, value in statuses.items()}


def client_rows(actor: Staff, ids: list[int]) -> list[ClientRow]:
    """The list rows of ``ids`` in that order; ids of people merged away are left out."""
    require(actor, Area.IDENTITY, Action.VIEW)
    ids = ids[:MAX_IDS]
    if not ids:
        return []
    rows = {r[0]: r for r in
            Person.select(Person.id, Person.reg_no, Person.full_name, Person.alias, Person.sex,
                          Person.birth_date, Person.nik, Person.phone)
            .where(Person.id.in_(ids) & Person.merged_into.is_null()).tuples()}
    statuses = (_latest_status(list(rows)) if has_right(actor, Area.EPISODE, Action.VIEW)
                else {})
    return [ClientRow(person_id, reg_no, full_name, alias, sex, birth_date, nik or "",
                      phone or "", statuses.get(person_id, NO_EPISODE))
            for person_id, reg_no, full_name, alias, sex, birth_date, nik, phone
            in (rows[i] for i in ids if i in rows)]


def sorted_ids(actor: Staff, ids: list[int], key: str, descending: bool = False) -> list[int]:
    """``ids`` in the order of column ``key``; ties keep the search's order."""
    if key not in SORT_KEYS:
        raise ValueError(f"cannot sort on {key!r}")
    rows = client_rows(actor, ids)
    rank = {pid: n for n, pid in enumerate(ids)}

    def value(row: ClientRow) -> tuple:
        raw = getattr(row, key)
        if key == "full_name":
            raw = raw.casefold()
        return (raw is None, raw or "")

    ordered = sorted(rows, key=lambda r: rank[r.person_id])
    ordered.sort(key=value, reverse=descending)
    return [row.person_id for row in ordered]


def episodes_of(actor: Staff, person_id: int) -> list[EpisodeLine]:
    """A person's episodes, newest first, each with its primary substance."""
    require(actor, Area.EPISODE, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    primary = {episode_id: substance for episode_id, substance in
               EpisodeSubstance.select(EpisodeSubstance.episode, EpisodeSubstance.substance)
               .join(Episode)
               .where((Episode.person == person_id) & (EpisodeSubstance.rank == 1)).tuples()}
    query = (Episode.select(Episode.id, Episode.episode_no, Episode.status, Episode.service_type,
                            Episode.reported_on, Episode.admitted_on, Episode.discharged_on,
                            Episode.referral_route, Episode.wajib_lapor)
             .where(Episode.person == person_id)
             .order_by(Episode.reported_on.desc(), Episode.id.desc()).tuples())
    return [EpisodeLine(episode_id, episode_no, status, service_type, reported_on, admitted_on,
                        discharged_on, referral_route, wajib_lapor, primary.get(episode_id, ""))
            for (episode_id, episode_no, status, service_type, reported_on, admitted_on,
                 discharged_on, referral_route, wajib_lapor) in query]


#: What a person's trail says for each kind of act (models/desk/audit_words.py: never a code).
ACTION_LABELS: dict[str, str] = ACTIONS


@dataclass(frozen=True)
class AccessLine:
    """One entry of "who has seen or changed this record"."""

    at: dt.datetime
    staff_name: str
    action: str


def access_history(actor: Staff, person_id: int, limit: int = 500) -> list[AccessLine]:
    """Who viewed, changed, printed or exported this person's data, newest first.

    A person may ask this of the facility (UU 27/2022); reading it is itself audited.
    """
    require(actor, Area.IDENTITY, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    query = (audit.AuditEvent.select(audit.AuditEvent.at, Staff.full_name,
                                     audit.AuditEvent.action)
             .join(Staff, on=(audit.AuditEvent.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(audit.AuditEvent.person_id == person_id)
             .order_by(audit.AuditEvent.id.desc()).limit(limit).tuples())
    lines = [AccessLine(at, name or "", action) for at, name, action in query]
    with write_transaction():
        audit.record(actor, "person.access_history", "person", person_id, person_id=person_id)
    return lines


def applicant_only() -> Expression:
    """People with an SKHPN application or certificate and no episode of care (a peewee
    condition). The certificate counts too: demo databases made before schema version 8
    hold SKHPN documents without application rows."""
    from models.documents.document import Document
    from models.documents.skhpn import SkhpnExam
    return ((Person.id.in_(SkhpnExam.select(SkhpnExam.person))
             | Person.id.in_(Document.select(Document.person).where(Document.kind == "SKHPN")))
            & Person.id.not_in(Episode.select(Episode.person)))


def clients_only(ids: list[int]) -> list[int]:
    """``ids`` in their order without the applicants only (a search's result for Klien)."""
    if not ids:
        return []
    applicants: set[int] = set()
    for start in range(0, len(ids), MAX_IDS):
        chunk = ids[start:start + MAX_IDS]
        applicants.update(pid for (pid,) in Person.select(Person.id)
                          .where(Person.id.in_(chunk) & applicant_only()).tuples())
    return [pid for pid in ids if pid not in applicants]


def recent_ids(actor: Staff, limit: int = 200, applicants: bool = False) -> list[int]:
    """The people registered most recently (what the list shows before anything is typed);
    SKHPN applicants only when ``applicants``."""
    require(actor, Area.IDENTITY, Action.VIEW)
    where = Person.merged_into.is_null()
    if not applicants:
        where &= ~applicant_only()
    query = (Person.select(Person.id).where(where)
             .order_by(Person.created_at.desc(), Person.id.desc()).limit(limit).tuples())
    return [pid for (pid,) in query]
