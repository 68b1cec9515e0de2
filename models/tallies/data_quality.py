"""Data quality before closing a month: what a national report would carry wrong or miss.

:func:`check_month` looks at the episodes a month's report counts (reported in the month, or
in a program or in aftercare on one of its days) and their people, and lists, each with a
link to the record (person id, episode id):

- ``missing``: a field the national forms require is empty (birth date, sex, address,
  regency, an identity number or the reason for none; the primary substance of an
  admitted episode);
- ``date``: an impossible or future date (born after the report or in the future, admitted
  before reported, discharged before admitted, a date after today);
- ``no_contact``: an episode in a program with no session note for ``contact_days`` days up
  to the month's last day (or since admission);
- ``unsigned``: an assessment left as a draft more than ``unsigned_days`` days;
- ``duplicate``: two people not merged with the same birth date and the same name key;
- ``late``: an episode recorded more than ``late_days`` days after its report or admission.

The completeness figure is the share of the required fields that are filled, over the
people and episodes in scope. :func:`close_with_check` closes the month; with open problems
it needs ``confirm=True`` and stores the check's counts beside the snapshot (``close_quality``).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import (
    JOIN,
    AutoField,
    DateTimeField,
    Expression,
    ForeignKeyField,
    IntegerField,
    ModelAlias,
    ModelSelect,
    fn,
)

from models.care.assessment import Assessment
from models.care.notes import Note, NoteAttendance
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.fields import JSONTextField
from models.db.connection import BaseModel, write_transaction
from models.intake.episode import Episode, EpisodeSubstance
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.close import TallyClose, close_month
from models.tallies.report import ClosedInfo
from models.tallies.tally import Period

T = QT_TRANSLATE_NOOP
C = "Quality"
RULES: tuple[tuple[str, str], ...] = (
    ("missing", T(C, "Required fields missing")),
    ("date", T(C, "Impossible or future dates")),
    ("no_contact", T(C, "In a program with no contact for {days} days")),
    ("unsigned", T(C, "Assessments unsigned for more than {days} days")),
    ("duplicate", T(C, "Likely duplicate persons")),
    ("late", T(C, "Entered more than {days} days after the fact")),
)
FIELD_TEXTS = {
    "birth_date": T(C, "date of birth"), "address": T(C, "address"),
    "regency": T(C, "regency / city"), "identity": T(C, "identity number or reason for none"),
    "substance": T(C, "primary substance"), "sex": T(C, "sex"),
}
DATE_TEXTS = {
    "born_future": T(C, "date of birth in the future"),
    "born_after_report": T(C, "born after the report date"),
    "admitted_before_report": T(C, "admitted before it was reported"),
    "discharged_before_admitted": T(C, "discharged before admission"),
    "future": T(C, "a date after today"),
}
MSG_CONFIRM = T("Errors", "{month} has {count} open data-quality problems. Correct them, or "
                "confirm that the month is closed with them (the confirmation is recorded "
                "with the closed month).")


class CloseQuality(BaseModel):
    """The data-quality state confirmed when a month was closed with open problems."""

    id = AutoField()
    tally_close = ForeignKeyField(TallyClose, backref="+", on_delete="RESTRICT", unique=True)
    problems = IntegerField()
    completeness = IntegerField()  # per mille
    summary = JSONTextField()
    confirmed_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    confirmed_at = DateTimeField()


@dataclass(frozen=True)
class Finding:
    rule: str
    person_id: int
    episode_id: int | None
    detail: str  # a key of FIELD_TEXTS / DATE_TEXTS, a number of days, or another id


@dataclass
class QualityReport:
    month: str
    findings: list[Finding] = field(default_factory=list)
    filled: int = 0
    required: int = 0
    settings: dict[str, int] = field(default_factory=dict)

    @property
    def completeness(self) -> float:
        """Percent of the required fields filled (100 when nothing is in scope)."""
        return 100.0 if not self.required else 100.0 * self.filled / self.required

    def counts(self) -> dict[str, int]:
        found = Counter(f.rule for f in self.findings)
        return {rule: found.get(rule, 0) for rule, _label in RULES}


def _in_scope(period: Period) -> Expression:
    """The condition on Episode of the episodes the month counts: reported in it, or in a
    program (or aftercare) on one of its days."""
    e = Episode
    in_month = (e.reported_on >= period.start) & (e.reported_on <= period.end)
    served = (e.admitted_on.is_null(False) & (e.admitted_on <= period.end)
              & (e.discharged_on.is_null() | (e.discharged_on >= period.start)))
    return in_month | served


def _scope(period: Period) -> list[tuple]:
    """(episode id, person id, status, reported, admitted, discharged, created) of the
    episodes the month counts."""
    e = Episode
    return list(e.select(e.id, e.person, e.status, e.reported_on, e.admitted_on,
                         e.discharged_on, e.created_at)
                .where(_in_scope(period)).tuples().iterator())


def check_month(actor: Staff, year: int, month: int, *, today: dt.date | None = None,
                contact_days: int = 30, unsigned_days: int = 7, late_days: int = 30
                ) -> QualityReport:
    """The data-quality check of a month (report view right); reads only.

    Every lookup joins the month's episodes as a subquery (one statement each, whatever
    the number of episodes), never a list of ids."""
    require(actor, Area.REPORT, Action.VIEW)
    period = Period.month(year, month)
    today = today or dt.date.today()
    report = QualityReport(period.key, settings={"contact_days": contact_days,
                                                 "unsigned_days": unsigned_days,
                                                 "late_days": late_days})
    episodes = _scope(period)
    scope_people = Episode.select(Episode.person).where(_in_scope(period))
    _people_checks(report, scope_people, today)
    _episode_checks(report, episodes, period, today, contact_days, late_days)
    _unsigned(report, period, unsigned_days)
    _duplicates(report, scope_people)
    return report


def _people_checks(report: QualityReport, scope_people: ModelSelect, today: dt.date) -> None:
    p = Person
    rows = (p.select(p.id, p.birth_date, p.address, p.regency, p.id_type, p.id_number,
                     p.no_id_reason, p.sex)
            .where(p.id.in_(scope_people)).order_by(p.id).tuples().iterator())
    for pid, born, address, regency, id_type, id_number, no_id, sex in rows:
        present = {"birth_date": born is not None, "address": bool(address.strip()),
                   "regency": bool(regency.strip()), "sex": bool(sex),
                   "identity": bool(id_number) if id_type != "none" else bool(no_id)}
        report.required += len(present)
        report.filled += sum(present.values())
        for name, ok in present.items():
            if not ok:
                report.findings.append(Finding("missing", pid, None, name))
        if born is not None and born > today:
            report.findings.append(Finding("date", pid, None, "born_future"))


def _episode_checks(report: QualityReport, episodes: list[tuple], period: Period,
                    today: dt.date, contact_days: int, late_days: int) -> None:
    scope = Episode.select(Episode.id).where(_in_scope(period))
    es = EpisodeSubstance
    primary = {r[0] for r in es.select(es.episode)
               .where(es.episode.in_(scope) & (es.rank == 1)).tuples()}
    last_contact: dict[int, dt.date] = dict(
        Note.select(Note.episode, fn.MAX(Note.session_on))
        .where(Note.episode.in_(scope) & (Note.session_on <= period.end))
        .group_by(Note.episode).tuples())
    for eid, day in (NoteAttendance.select(NoteAttendance.episode, fn.MAX(Note.session_on))
                     .join(Note).where(NoteAttendance.episode.in_(scope)
                                       & (Note.session_on <= period.end))
                     .group_by(NoteAttendance.episode).tuples()):
        if eid not in last_contact or (day and day > last_contact[eid]):
            last_contact[eid] = day
    born: dict[int, dt.date | None] = dict(
        Episode.select(Episode.id, Person.birth_date).join(Person)
        .where(_in_scope(period)).tuples())
    for eid, pid, status, reported, admitted, discharged, created in episodes:
        if admitted is not None:
            report.required += 1
            if eid in primary:
                report.filled += 1
            else:
                report.findings.append(Finding("missing", pid, eid, "substance"))
        birth = born.get(eid)
        problems = []
        if birth is not None and reported is not None and birth > reported:
            problems.append("born_after_report")
        if admitted is not None and reported is not None and admitted < reported:
            problems.append("admitted_before_report")
        if discharged is not None and admitted is not None and discharged < admitted:
            problems.append("discharged_before_admitted")
        if any(d is not None and d > today for d in (reported, admitted, discharged)):
            problems.append("future")
        report.findings += [Finding("date", pid, eid, name) for name in problems]
        if status == "in_program" and admitted is not None and discharged is None:
            since = last_contact.get(eid) or admitted
            if (period.end - since).days > contact_days:
                report.findings.append(Finding("no_contact", pid, eid,
                                               str((period.end - since).days)))
        fact = admitted or reported
        if created is not None and fact is not None:
            created_day = created.date() if isinstance(created, dt.datetime) else created
            if (created_day - fact).days > late_days:
                report.findings.append(Finding("late", pid, eid,
                                               str((created_day - fact).days)))


def _unsigned(report: QualityReport, period: Period, days: int) -> None:
    limit = period.end - dt.timedelta(days=days)
    rows = (Assessment.select(Assessment.id, Assessment.person, Assessment.episode)
            .where((Assessment.state == "draft") & (Assessment.assessed_on < limit)).tuples())
    report.findings += [Finding("unsigned", pid, eid, str(aid)) for aid, pid, eid in rows]


def _duplicates(report: QualityReport, scope_people: ModelSelect) -> None:
    """People in scope who share birth date and name key with another unmerged person
    (looked up through the (birth_date, name_key) index)."""
    p, q = ModelAlias(Person), ModelAlias(Person)  # Person.alias is a column
    rows = (p.select(p.id, fn.MIN(q.id))
            .join(q, JOIN.INNER, on=((q.birth_date == p.birth_date)
                                     & (q.name_key == p.name_key)
                                     & (q.id != p.id) & q.merged_into.is_null()))
            .where(p.id.in_(scope_people) & p.birth_date.is_null(False)
                   & p.merged_into.is_null())
            .group_by(p.id).order_by(p.id).tuples())
    report.findings += [Finding("duplicate", pid, None, str(other)) for pid, other in rows]


def close_with_check(actor: Staff, year: int, month: int, *, confirm: bool = False,
                     now: dt.datetime | None = None, today: dt.date | None = None
                     ) -> ClosedInfo:
    """Close a month after the data-quality check; with open problems only when
    ``confirm``, and the confirmation is stored with the snapshot (audited)."""
    report = check_month(actor, year, month, today=today)
    count = len(report.findings)
    if count and not confirm:
        raise ValidationError(MSG_CONFIRM, month=report.month, count=count)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with write_transaction():
        info = close_month(actor, year, month, now=now)
        if count:
            close = TallyClose.get(TallyClose.open_key == report.month)
            CloseQuality.create(tally_close=close.id, problems=count,
                                completeness=round(report.completeness * 10),
                                summary={"counts": report.counts(), **report.settings},
                                confirmed_by=actor.id, confirmed_at=now)
            audit.record(actor, "tally.close_confirmed", "tally_close", close.id,
                         month=report.month, problems=count, counts=report.counts())
    return info


def people_labels(actor: Staff, person_ids: set[int]) -> dict[int, tuple[str, str]]:
    """Registration number and name of the people a check lists (for its links)."""
    require(actor, Area.REPORT, Action.VIEW)
    ids = sorted(person_ids)
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        out.update({pid: (reg, name) for pid, reg, name in
                    Person.select(Person.id, Person.reg_no, Person.full_name)
                    .where(Person.id.in_(ids[start:start + 500])).tuples()})
    return out
