"""The facility at a glance: its profile heading and a few counts, no personal data.

Feeds the home screen (Beranda) and the status bar. Every number is one aggregate query
(``COUNT`` with ``GROUP BY`` where there is something to group), so the cost does not grow
with what Python has to hold, only with what the database has to count.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee
from peewee import fn

from models.core.errors import MSG_CANNOT_CONNECT, MSG_LOCKED, DatabaseProblem
from models.documents.document import Document
from models.facility.facility import Facility
from models.intake.episode import STATUSES, Episode
from models.people.person import Person


@dataclass(frozen=True)
class FacilityHeading:
    """What identifies the facility on screen.

    Attributes:
        name_lines: the letterhead lines, ministry first, the facility itself last.
        address: the street address as entered.
        city: the place written before letter dates.
        code: the short code used in document numbers (e.g. ``BNNK-JU``).
    """

    name_lines: tuple[str, ...]
    address: str
    city: str
    code: str

    @property
    def name(self) -> str:
        """The facility's own name: the last letterhead line, or its code."""
        return self.name_lines[-1] if self.name_lines else self.code


@dataclass(frozen=True)
class Overview:
    """Counts for the home screen.

    Attributes:
        facility: the profile heading, or None before the facility has been set up.
        year: the calendar year that ``documents_this_year`` counts.
        persons: clients registered, not counting duplicates merged into another record
            nor SKHPN applicants who never had an episode (they are not rehab clients).
        episodes_by_status: ``(status code, count)`` for every status of
            :data:`models.intake.episode.STATUSES`, in that order, zeros included.
        documents_this_year: documents issued in ``year`` and not voided.
    """

    facility: FacilityHeading | None
    year: int
    persons: int
    episodes_by_status: tuple[tuple[str, int], ...]
    documents_this_year: int

    @property
    def episodes(self) -> int:
        """Episodes of care in all statuses together."""
        return sum(count for _, count in self.episodes_by_status)


def facility_heading() -> FacilityHeading | None:
    """The facility's name lines and address, or None before first-run set-up."""
    try:
        row = (Facility
               .select(Facility.name_lines, Facility.address, Facility.city, Facility.code)
               .where(Facility.id == 1)
               .tuples()
               .first())
    except peewee.OperationalError as exc:
        raise _database_problem(exc) from exc
    if row is None:
        return None
    name_lines, address, city, code = row
    lines = tuple(str(line).strip() for line in (name_lines or []) if str(line).strip())
    return FacilityHeading(lines, address or "", city or "", code or "")


def facility_overview(today: dt.date | None = None) -> Overview:
    """The home-screen counts as of ``today`` (default: the current date)."""
    today = today or dt.date.today()
    year_start = dt.datetime(today.year, 1, 1)
    next_year_start = dt.datetime(today.year + 1, 1, 1)
    try:
        from models.desk.client_list import applicant_only
        persons = (Person
                   .select(fn.COUNT(Person.id))
                   .where(Person.merged_into.is_null() & ~applicant_only())
                   .scalar()) or 0
        per_status = dict(Episode
                          .select(Episode.status, fn.COUNT(Episode.id))
                          .group_by(Episode.status)
                          .tuples())
        documents = (Document
                     .select(fn.COUNT(Document.id))
                     .where((Document.issued_at >= year_start)
                            & (Document.issued_at < next_year_start)
                            & Document.voided_at.is_null())
                     .scalar()) or 0
    except peewee.OperationalError as exc:
        raise _database_problem(exc) from exc
    return Overview(
        facility=facility_heading(),
        year=today.year,
        persons=int(persons),
        episodes_by_status=tuple((code, int(per_status.get(code, 0))) for code, _ in STATUSES),
        documents_this_year=int(documents),
    )


def _database_problem(exc: peewee.OperationalError) -> DatabaseProblem:
    """A message a person can act on, instead of the driver's exception."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "locked" in detail or "busy" in detail:
        return DatabaseProblem(MSG_LOCKED)
    return DatabaseProblem(MSG_CANNOT_CONNECT, detail=detail)
