"""The tally: every indicator of :mod:`models.tallies.indicators` for a month, a quarter or the year
to date, counted by SQL aggregation.

Each query groups and counts in the database and hands back at most a few thousand small
rows, which Python only adds into the indicators' breakdowns: the cost grows with what the
database counts, not with what Python holds. Dates enter the SQL as literals made from
:class:`datetime.date` objects (never from typed text), and the few expressions that differ
between the engines (year, month-and-day, month key) are written per engine, so SQLite and
PostgreSQL give the same numbers: the tests recount every indicator in plain Python on both.
"""
from __future__ import annotations

import datetime as dt
import types
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db.connection import database, is_sqlite
from models.people.person import SEXES
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.age_bands import band_key, band_keys, clean_edges, current_edges
from models.tallies.indicators import BREAKDOWNS, DEFINITIONS_VERSION, INDICATORS, NONE_KEY

F_PERIOD = QT_TRANSLATE_NOOP("Indicators", "Period")
MSG_PERIOD = QT_TRANSLATE_NOOP("Errors", "There is no such period: {value}.")
TOTAL = ""  # the key of an indicator's total in Tally.values


@dataclass(frozen=True)
class Period:
    """A span of whole days, ``start`` to ``end`` both included."""

    kind: str
    start: dt.date
    end: dt.date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        _check(year, month)
        start = dt.date(year, month, 1)
        return cls("month", start, start + relativedelta(months=1, days=-1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise ValidationError(MSG_PERIOD, field=F_PERIOD, value=f"{year}-Q{quarter}")
        first = Period.month(year, 3 * quarter - 2)
        return cls("quarter", first.start, first.start + relativedelta(months=3, days=-1))

    @classmethod
    def year_to_date(cls, year: int, month: int) -> Period:
        """1 January to the last day of ``month``."""
        return cls("ytd", dt.date(year, 1, 1), Period.month(year, month).end)

    @property
    def key(self) -> str:
        """A short stable name: 2025-03, 2025-Q1, 2025-01..03."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month + 2) // 3}"
        return f"{self.start:%Y-%m}..{self.end:%m}"

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> Period:
        return cls(data["kind"], dt.date.fromisoformat(data["start"]),
                   dt.date.fromisoformat(data["end"]))


def _check(year: int, month: int) -> None:
    if not isinstance(year, int) or not isinstance(month, int) or not 2000 <= year <= 2100 \
            or not 1 <= month <= 12:
        raise ValidationError(MSG_PERIOD, field=F_PERIOD, value=f"{year}-{month}")


def parse_month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` as (year, month), or a ValidationError naming the text."""
    raw = str(text).strip()
    parts = raw.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValidationError(MSG_PERIOD, field=F_PERIOD, value=raw[:20])
    year, month = int(parts[0]), int(parts[1])
    _check(year, month)
    return year, month


@dataclass(frozen=True)
class Tally:
    """The numbers of one period: plain, frozen data for screens and renderers.

    Attributes:
        period: the period counted.
        definitions_version: the version of the indicator definitions used.
        age_bands: the lower edges of the age bands used.
        values: indicator id -> breakdown key -> number, keys in display order, the total
            under the key "" (:data:`TOTAL`).
        phase_labels: phase key -> (program name, phase name), as the templates call them.
    """

    period: Period
    definitions_version: int
    age_bands: tuple[int, ...]
    values: Mapping[str, Mapping[str, int]]
    phase_labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def value(self, indicator: str, key: str = TOTAL) -> int:
        """A number; 0 also for an indicator the tally's definitions version did not have."""
        return self.values.get(indicator, {}).get(key, 0)

    def to_json(self) -> dict[str, Any]:
        return {"period": self.period.to_json(), "definitions_version": self.definitions_version,
                "age_bands": list(self.age_bands),
                # pairs, not objects: stored JSON sorts object keys, and the order is the
                # display order
                "values": {ind: [[k, n] for k, n in keys.items()]
                           for ind, keys in self.values.items()},
                "phase_labels": [[k, *v] for k, v in self.phase_labels.items()]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Tally:
        return _frozen(Period.from_json(data["period"]), int(data["definitions_version"]),
                       tuple(data["age_bands"]),
                       {ind: {k: int(n) for k, n in pairs}
                        for ind, pairs in data["values"].items()},
                       {k: (program, phase) for k, program, phase in data["phase_labels"]})


def _frozen(period: Period, version: int, edges: tuple[int, ...],
            values: Mapping[str, Mapping[str, int]],
            phase_labels: Mapping[str, tuple[str, str]]) -> Tally:
    proxy = types.MappingProxyType
    return Tally(period, version, edges,
                 proxy({ind: proxy(dict(keys)) for ind, keys in values.items()}),
                 proxy(dict(phase_labels)))


# --- the SQL of the two engines ------------------------------------------------------------

class SqlDialect:
    """The expressions that SQLite and PostgreSQL spell differently."""

    def __init__(self) -> None:
        self.sqlite = is_sqlite()

    def day(self, value: dt.date) -> str:
        """A date literal; only ever made from a date object, so nothing typed reaches SQL."""
        if type(value) is not dt.date:
            raise TypeError("a date literal is made from a datetime.date only")
        return f"'{value.isoformat()}'" if self.sqlite else f"DATE '{value.isoformat()}'"

    def midnight(self, value: dt.date) -> str:
        """The start of a day, to compare a date-and-time column with."""
        if type(value) is not dt.date:
            raise TypeError("a date literal is made from a datetime.date only")
        return f"'{value.isoformat()}'" if self.sqlite else f"TIMESTAMP '{value.isoformat()}'"

    def year(self, expr: str) -> str:
        if self.sqlite:
            return f"CAST(substr({expr}, 1, 4) AS INTEGER)"
        return f"CAST(EXTRACT(YEAR FROM {expr}) AS INTEGER)"

    def month_day(self, expr: str) -> str:
        """Month * 100 + day, e.g. 229 for 29 February."""
        if self.sqlite:
            return f"CAST(substr({expr}, 6, 2) || substr({expr}, 9, 2) AS INTEGER)"
        return f"CAST(EXTRACT(MONTH FROM {expr}) * 100 + EXTRACT(DAY FROM {expr}) AS INTEGER)"

    def month_key(self, expr: str) -> str:
        """YYYY-MM of a date column."""
        return f"substr({expr}, 1, 7)" if self.sqlite else f"to_char({expr}, 'YYYY-MM')"

    def age(self, birth: str, ref: str) -> str:
        """Completed years from ``birth`` to ``ref``; a 29 February birthday falls on
        28 February in common years (as dateutil's relativedelta counts). NULL birth, NULL."""
        ref_year = self.year(ref)
        mod = "%" if self.sqlite else "%%"  # psycopg reads a lone % as a placeholder
        leap = (f"(({ref_year} {mod} 4 = 0 AND {ref_year} {mod} 100 <> 0) "
                f"OR {ref_year} {mod} 400 = 0)")
        birthday = (f"(CASE WHEN {self.month_day(birth)} = 229 AND NOT {leap} THEN 228 "
                    f"ELSE {self.month_day(birth)} END)")
        return (f"({ref_year} - {self.year(birth)} - CASE WHEN {self.month_day(ref)} < "
                f"{birthday} THEN 1 ELSE 0 END)")


def fetch_rows(sql: str) -> list[tuple]:
    return list(database.execute_sql(sql).fetchall())


def in_care(columns: str, source: str, admitted: str, discharged: str) -> str:
    """SELECT ``columns`` of the episodes (alias ``e``) admitted ``admitted`` and either
    discharged ``discharged`` or not discharged at all, e.g. ``"<= DATE '2025-03-31'"``.

    Written as two halves joined by UNION ALL rather than one OR: each half then reads its
    own index on the discharge date, where the OR made SQLite walk every earlier admission
    (38 ms against 10 ms for a month's census at 100,000 clients).
    """
    return (f"SELECT {columns} FROM {source} WHERE e.discharged_on {discharged} "
            f"AND e.admitted_on {admitted} UNION ALL "
            f"SELECT {columns} FROM {source} WHERE e.discharged_on IS NULL "
            f"AND e.admitted_on {admitted}")


# --- the tally ------------------------------------------------------------------------------

def tally(actor: Staff, period: Period) -> Tally:
    """The live numbers of ``period`` (report right). No personal data, so not audited;
    exports are (see :mod:`models.tallies.export`)."""
    require(actor, Area.REPORT, Action.VIEW)
    return compute_tally(period)


def compute_tally(period: Period, edges: Iterable[int] | None = None) -> Tally:
    """Count every indicator over ``period`` with the facility's age bands (or ``edges``)."""
    bands = clean_edges(list(edges)) if edges is not None else current_edges()
    q = SqlDialect()
    start, end = q.day(period.start), q.day(period.end)
    after = period.end + dt.timedelta(days=1)
    counts: dict[str, Counter] = {indicator.id: Counter() for indicator in INDICATORS}
    c = counts

    diagnosis = (f"(SELECT substr(a.diagnosis_code, 1, 3) FROM assessment a "
                 f"WHERE a.episode_id = e.id AND a.state = 'signed' AND a.diagnosis_code <> '' "
                 f"AND a.assessed_on <= {end} ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)")
    for sex, age, service, substance, route, diag, n in fetch_rows(
            f"SELECT sex, age, service, substance, route, diag, COUNT(*) FROM ("
            f"SELECT p.sex AS sex, {q.age('p.birth_date', 'e.admitted_on')} AS age, "
            f"e.service_type AS service, COALESCE(s.substance, '{NONE_KEY}') AS substance, "
            f"COALESCE(s.route, '{NONE_KEY}') AS route, "
            f"COALESCE({diagnosis}, '{NONE_KEY}') AS diag "
            f"FROM episode e JOIN person p ON p.id = e.person_id "
            f"LEFT JOIN episode_substance s ON s.episode_id = e.id AND s.rank = 1 "
            f"WHERE e.admitted_on >= {start} AND e.admitted_on <= {end}) x "
            f"GROUP BY sex, age, service, substance, route, diag"):
        c["new_clients"][f"{sex}:{band_key(age, bands)}"] += n
        c["clients_served"][service] += n
        c["admissions_by_substance"][substance] += n
        c["admissions_by_route"][route] += n
        c["admissions_by_diagnosis"][diag] += n
        c["admissions_by_service"][service] += n
        target = {"outpatient": "outpatient_clients", "maintenance": "outpatient_clients",
                  "inpatient": "inpatient_clients", "social": "social_clients"}.get(service)
        if target:
            c[target][TOTAL] += n

    continuing = in_care(
        f"p.sex AS sex, {q.age('p.birth_date', start)} AS age, e.service_type AS service",
        "episode e JOIN person p ON p.id = e.person_id", f"< {start}", f">= {start}")
    for sex, age, service, n in fetch_rows(
            f"SELECT sex, age, service, COUNT(*) FROM ({continuing}) x "
            f"GROUP BY sex, age, service"):
        c["continuing_clients"][f"{sex}:{band_key(age, bands)}"] += n
        c["clients_served"][service] += n

    for referral, reporter, wajib_lapor, n in fetch_rows(
            f"SELECT referral_route, reporter, wajib_lapor, COUNT(*) FROM episode "
            f"WHERE reported_on >= {start} AND reported_on <= {end} "
            f"GROUP BY referral_route, reporter, wajib_lapor"):
        c["reports_received"][referral] += n
        c["reports_by_reporter"][reporter] += n
        if wajib_lapor:
            c["wajib_lapor_reports"][TOTAL] += n

    phase_labels = _census(q, period.end, c)
    for service, n in fetch_rows(
            f"SELECT e.service_type, COUNT(*) FROM waiting_list_entry w "
            f"JOIN episode e ON e.id = w.episode_id WHERE w.added_on <= {end} "
            f"AND (w.left_on IS NULL OR w.left_on > {end}) GROUP BY e.service_type"):
        c["waiting_list_end"][TOTAL] += n
        c["waiting_list_by_service"][service] += n
    for service, n in fetch_rows(
            f"SELECT service_type, COUNT(*) FROM episode WHERE not_continued_on >= {start} "
            f"AND not_continued_on <= {end} GROUP BY service_type"):
        c["not_continued"][service] += n

    for table, column, date_column, indicator, where in (
            ("discharge", "reason", "discharged_on", "discharges", ""),
            ("aftercare_plan", None, "started_on", "aftercare_clients", ""),
            ("aftercare_contact", "contact_type", "contacted_on", "followup_contacts", ""),
            ("assessment", "kind", "assessed_on", "assessments_done", "AND state = 'signed'")):
        select, group = (f"{column}, ", f" GROUP BY {column}") if column else ("", "")
        for *value, n in fetch_rows(f"SELECT {select}COUNT(*) FROM {table} WHERE {date_column} >= "
                               f"{start} AND {date_column} <= {end} {where}{group}"):
            c[indicator][value[0] if value else TOTAL] += n
    c["integrated_assessments"][TOTAL] = c["assessments_done"]["tat"]

    from_, to = q.midnight(period.start), q.midnight(after)
    for outcome, n in fetch_rows(
            f"SELECT outcome, COUNT(*) FROM (SELECT CASE WHEN t.any_positive THEN 'positive' "
            f"WHEN EXISTS (SELECT 1 FROM urine_result r WHERE r.test_id = t.id "
            f"AND r.result = 'invalid') THEN 'invalid' ELSE 'negative' END AS outcome "
            f"FROM urine_test t WHERE t.collected_at >= {from_} AND t.collected_at < {to}) x "
            f"GROUP BY outcome"):
        c["urine_tests"][outcome] += n
    for method, confirmation, n in fetch_rows(
            f"SELECT confirm_method, confirmation, COUNT(*) FROM urine_test "
            f"WHERE any_positive AND collected_at >= {from_} AND collected_at < {to} "
            f"GROUP BY confirm_method, confirmation"):
        key = ("pending" if not confirmation else "admission" if method == "admission"
               else f"lab_{confirmation}")
        c["urine_confirmations"][key] += n
    c["physical_exams"][TOTAL] = c["assessments_done"]["physical"]
    # Appointments (version 2): individual ones by their own status, group sessions by each
    # participant's; one still "scheduled" after its day counts as missed.
    today = q.midnight(dt.date.today())
    status = "CASE WHEN t.id IS NULL THEN a.status ELSE t.status END"
    for kind, state, n in fetch_rows(
            f"SELECT kind, state, COUNT(*) FROM (SELECT a.kind AS kind, "
            f"CASE WHEN {status} = 'scheduled' AND a.starts_at < {today} THEN 'missed' "
            f"ELSE {status} END AS state FROM appointment a "
            f"LEFT JOIN appointment_attendee t ON t.appointment_id = a.id "
            f"WHERE a.starts_at >= {from_} AND a.starts_at < {to} "
            f"AND a.status IN ('attended', 'missed', 'scheduled')) x GROUP BY kind, state"):
        if state in ("attended", "missed"):
            c[f"appointments_{state}"][kind] += n
    for result, purpose, waived, n, fees in fetch_rows(
            f"SELECT result, purpose, waived, COUNT(*), SUM(fee) FROM (SELECT result, purpose, "
            f"CASE WHEN fee_waived <> '' THEN 1 ELSE 0 END AS waived, fee FROM document "
            f"WHERE kind = 'SKHPN' AND voided_at IS NULL AND issued_at >= {from_} "
            f"AND issued_at < {to}) x GROUP BY result, purpose, waived"):
        c["skhpn_issued"][result] += n
        c["skhpn_by_purpose"][purpose] += n
        if waived:
            c["skhpn_fee_waived"][TOTAL] += n
        c["skhpn_fees"][TOTAL] += int(fees or 0)

    values = {indicator.id: _ordered(indicator.breakdown, counts[indicator.id], bands,
                                     list(phase_labels))
              for indicator in INDICATORS}
    return _frozen(period, DEFINITIONS_VERSION, bands, values, phase_labels)


def _census(q: SqlDialect, last_day: dt.date, c: dict[str, Counter]) -> dict[str, tuple[str, str]]:
    """Census at the end of ``last_day`` by service type and by phase; returns the labels of
    every phase of the active programs (and of any other phase a client is in)."""
    end = q.day(last_day)
    phase = (f"(SELECT pm.to_phase_id FROM phase_move pm "
             f"JOIN enrollment en ON en.id = pm.enrollment_id WHERE en.episode_id = e.id "
             f"AND pm.undone_at IS NULL AND pm.moved_on <= {end} "
             f"ORDER BY pm.moved_on DESC, pm.id DESC LIMIT 1)")
    found: Counter = Counter()
    census = in_care(f"e.service_type AS service, {phase} AS phase_id", "episode e",
                     f"<= {end}", f"> {end}")
    for service, phase_id, n in fetch_rows(
            f"SELECT service, phase_id, COUNT(*) FROM ({census}) x GROUP BY service, phase_id"):
        c["census_end"][service] += n
        found[phase_id] += n
    labels: dict[str, tuple[str, str]] = {}
    for phase_id, template_code, phase_code, template_name, phase_name, active in fetch_rows(
            "SELECT ph.id, t.code, ph.code, t.name, ph.name, t.active FROM phase ph "
            "JOIN program_template t ON t.id = ph.template_id ORDER BY t.id, ph.seq"):
        key = f"{template_code}/{phase_code}"
        if active or phase_id in found:
            labels[key] = (template_name, phase_name)
            c["clients_by_phase"][key] += found.pop(phase_id, 0)
    c["clients_by_phase"][NONE_KEY] += sum(found.values())  # no move recorded yet
    return labels


def _ordered(breakdown: str | None, counts: Counter, bands: tuple[int, ...],
             phases: list[str]) -> dict[str, int]:
    """Every key of the breakdown in display order (zeros included), then any code found in
    the data that the breakdown does not know, then the total under ""."""
    if breakdown is None:
        return {TOTAL: int(counts[TOTAL])}
    if breakdown == "sex_age":
        keys = [f"{sex}:{band}" for sex, _label in SEXES for band in band_keys(bands)]
    elif breakdown == "phase":
        keys = phases + [NONE_KEY]
    else:
        keys = [code for code, _label in BREAKDOWNS[breakdown].codes]
    extra = sorted(str(k) for k in counts if k not in keys and k != TOTAL)
    out = {key: int(counts[key]) for key in keys + extra}
    out[TOTAL] = sum(out.values())
    return out
