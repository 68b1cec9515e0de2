"""The monthly tally: every indicator against a plain-Python recount of the demo data, age
bands that leave no age out, the edge cases of the definitions, closed months, targets and
the BNBA list."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.care.discharge import discharge_episode
from models.care.urine import record_urine_test
from models.core.errors import DatabaseProblem, NotFound, PermissionDenied, ValidationError
from models.demo.demo import build_demo
from models.facility.facility import SETTINGS
from models.intake.intake import EpisodeInput, SubstanceInput, admit, open_episode
from models.people.registry import PersonInput, register_person
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.staff.rights import Area
from models.staff.staff import Staff
from models.tallies.achievement import set_indicator_target
from models.tallies.age_bands import (
    UNKNOWN,
    band_bounds,
    band_key,
    band_keys,
    clean_edges,
    set_age_bands,
)
from models.tallies.close import TallyClose, close_month, month_report, reopen_month
from models.tallies.indicators import (
    DEFINITIONS_VERSION,
    FINGERPRINTS,
    INDICATORS,
    definitions_fingerprint,
)
from models.tallies.report import compute_month_report
from models.tallies.tally import Period, compute_tally, tally
from tests.consent import EARLY, consented
from tests.tally_age import age_in_sql
from tests.tally_recount import Rows, recount

DEMO_END = dt.date(2025, 6, 30)
TODAY = dt.date(2025, 7, 15)


@pytest.fixture
def demo(db):
    """A small demo facility (600 made-up clients, three years to 30 June 2025)."""
    build_demo(600, 11, end_date=DEMO_END)
    return Staff.get(Staff.username == "admin")


DEMO_MONTHS = [(y, m) for y in (2022, 2023, 2024, 2025) for m in range(1, 13)
               if dt.date(2022, 7, 1) <= dt.date(y, m, 1) <= DEMO_END]


def random_periods(seed: int, count: int) -> list[Period]:
    """``count`` months of the demo in random order, a random quarter and a year to date."""
    rng = random.Random(seed)
    picks = rng.sample(DEMO_MONTHS, count)
    return ([Period.month(y, m) for y, m in picks]
            + [Period.quarter(rng.choice((2023, 2024)), rng.randint(1, 4)),
               Period.year_to_date(rng.choice((2023, 2024)), rng.randint(1, 12))])


def nonzero(values) -> dict[str, int]:
    return {key: n for key, n in values.items() if n}


def test_every_indicator_equals_a_plain_python_recount(demo):
    rows = Rows()
    edges = list(SETTINGS["age_bands"].default)
    checked = 0
    # every month of the demo (in random order), so that the rare cases the small demo holds
    # (a discharge on a month's last day, a birthday on its first) are among them
    for period in random_periods(seed=2025, count=len(DEMO_MONTHS)):
        counted = compute_tally(period)
        expected = recount(rows, period, edges)
        for indicator in INDICATORS:
            assert nonzero(counted.values[indicator.id]) == nonzero(expected[indicator.id]), \
                (period.key, indicator.id)
            checked += counted.value(indicator.id)
    assert checked > 5000  # the months were not empty


def test_the_trend_counts_each_month_as_its_own_tally(demo):
    report = compute_month_report(2025, 3)
    assert report.trend_months[0] == "2024-04" and report.trend_months[-1] == "2025-03"
    for index in (0, 5, 11):
        year, month = map(int, report.trend_months[index].split("-"))
        alone = compute_tally(Period.month(year, month))
        for indicator, series in report.trend.items():
            assert series[index] == alone.value(indicator)


@pytest.mark.postgres
def test_sqlite_and_postgresql_give_identical_numbers(sqlite_template, pg_url, tmp_path):
    import shutil

    from models.db import connection as dbmod
    from models.db.connection import DatabaseTarget, resolve_target
    from models.db.schema import open_database
    from tests.conftest import _truncate_all
    results = []
    for target in (resolve_target(str(tmp_path / "a.sqlite3")), DatabaseTarget("postgres", pg_url)):
        if target.kind == "sqlite":
            shutil.copyfile(sqlite_template, target.location)
        open_database(target)
        try:
            if target.kind == "postgres":
                _truncate_all()
            build_demo(300, 4, end_date=DEMO_END)
            results.append([compute_tally(p).to_json() for p in random_periods(7, 3)]
                           + [compute_month_report(2025, 5).to_json()])
        finally:
            dbmod.close()
    assert results[0] == results[1]


# --- age bands ------------------------------------------------------------------------------

edge_lists = st.lists(st.integers(1, 150), max_size=12, unique=True).map(
    lambda rest: [0] + sorted(rest))


@given(edge_lists)
def test_every_age_from_0_to_120_falls_in_exactly_one_band(edges):
    edges = list(clean_edges(edges))
    for age in range(0, 121):
        holding = [key for key in band_keys(edges)[:-1]
                   if band_bounds(key, edges)[0] <= age
                   and (band_bounds(key, edges)[1] is None or age <= band_bounds(key, edges)[1])]
        assert holding == [band_key(age, edges)]


def test_the_default_bands_cover_the_ages_a_peer_system_dropped():
    edges = clean_edges(SETTINGS["age_bands"].default)
    assert [band_key(age, edges) for age in (0, 14, 15, 45, 59, 60, 120)] == \
        ["0", "0", "15", "40", "50", "60", "60"]
    assert band_key(None, edges) == band_key(-1, edges) == UNKNOWN


@pytest.mark.parametrize("edges", [[], [15, 20], [0, 15, 15, 20], [0, 20, 15], [0, 1.5],
                                   [0, 200], "0,15", [0, True]])
def test_age_bands_that_would_drop_or_double_an_age_are_refused(edges):
    with pytest.raises(ValidationError):
        clean_edges(edges)


def test_an_admin_changes_the_age_bands_and_the_tally_follows(staff, person_id):
    with pytest.raises(ValidationError):
        set_age_bands(staff["admin"], [0, 18, 15])
    set_age_bands(staff["admin"], [0, 18, 30])
    with pytest.raises(PermissionDenied):
        set_age_bands(staff["intake"], [0, 10])
    assert compute_tally(Period.month(2025, 1)).age_bands == (0, 18, 30)
    assert "P:18" in compute_tally(Period.month(2025, 1)).values["new_clients"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(birth=st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)),
       ref=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_the_age_in_sql_is_the_age_relativedelta_gives(db, birth, ref):
    if birth <= ref:
        from dateutil.relativedelta import relativedelta
        assert age_in_sql(birth, ref) == relativedelta(ref, birth).years


@pytest.mark.parametrize("birth, ref, age", [
    (dt.date(2000, 3, 1), dt.date(2025, 3, 1), 25), (dt.date(2000, 3, 1), dt.date(2025, 2, 28), 24),
    (dt.date(2004, 2, 29), dt.date(2025, 2, 28), 21),
    (dt.date(2004, 2, 29), dt.date(2025, 2, 27), 20),
    (dt.date(2004, 2, 29), dt.date(2028, 2, 28), 23),
    (dt.date(2004, 2, 29), dt.date(2028, 2, 29), 24)])
def test_birthdays_count_on_the_day_itself(db, birth, ref, age):
    assert age_in_sql(birth, ref) == age


# --- the edge cases of the definitions --------------------------------------------------------

def client(staff, name: str, sex: str, born: dt.date) -> int:
    return register_person(staff["intake"], PersonInput(
        full_name=name, sex=sex, birth_date=born, id_type="none",
        no_id_reason="KTP belum diurus", address="Jl. Contoh No. 1"))


def episode(staff, person: int, reported: dt.date, admitted: dt.date, service: str = "outpatient",
            substance: str = "methamphetamine") -> int:
    eid = open_episode(staff["intake"], person, EpisodeInput(
        service_type=service, reported_on=reported,
        substances=(SubstanceInput(substance, "smoked"),)), today=TODAY)
    consented(staff["intake"], eid)
    assert admit(staff["intake"], eid, admitted, today=TODAY) == "in_program"
    return eid


@pytest.fixture
def spanning(staff):
    """Admitted 20 January 2025 at 24, 25th birthday on 1 March, discharged 31 March."""
    person = client(staff, "Bagus Santoso", "L", dt.date(2000, 3, 1))
    eid = episode(staff, person, dt.date(2025, 1, 10), dt.date(2025, 1, 20))
    discharge_episode(staff["counselor"], eid, dt.date(2025, 3, 31), "completed",
                      early_reason=EARLY, today=TODAY)
    return person


def test_an_episode_spanning_months_is_new_once_then_continuing(spanning):
    jan, feb, mar, apr = (compute_tally(Period.month(2025, m)) for m in (1, 2, 3, 4))
    assert (jan.value("new_clients"), jan.value("continuing_clients")) == (1, 0)
    assert (feb.value("new_clients"), feb.value("continuing_clients")) == (0, 1)
    assert (mar.value("new_clients"), mar.value("continuing_clients")) == (0, 1)
    assert apr.value("continuing_clients") == apr.value("clients_served") == 0
    quarter = compute_tally(Period.quarter(2025, 1))
    assert (quarter.value("new_clients"), quarter.value("continuing_clients"),
            quarter.value("clients_served")) == (1, 0, 1)


def test_a_discharge_on_the_last_day_counts_in_that_month_and_leaves_its_census(spanning):
    mar, apr = compute_tally(Period.month(2025, 3)), compute_tally(Period.month(2025, 4))
    assert mar.value("discharges", "completed") == 1 and apr.value("discharges") == 0
    assert mar.value("clients_served") == 1 and mar.value("census_end") == 0
    assert compute_tally(Period.month(2025, 2)).value("census_end") == 1


def test_a_birthday_on_the_first_day_counts_at_the_new_age(spanning):
    assert compute_tally(Period.month(2025, 1)).value("new_clients", "L:20") == 1
    assert compute_tally(Period.month(2025, 2)).value("continuing_clients", "L:20") == 1
    assert compute_tally(Period.month(2025, 3)).value("continuing_clients", "L:25") == 1


def test_a_person_admitted_twice_in_a_period_counts_twice(spanning, staff):
    episode(staff, spanning, dt.date(2025, 4, 2), dt.date(2025, 4, 5))
    assert compute_tally(Period.year_to_date(2025, 4)).value("new_clients") == 2
    assert compute_tally(Period.month(2025, 4)).value("new_clients") == 1


def test_a_29_february_birthday_counts_on_28_february(staff):
    person = client(staff, "Dewi Anggraini", "P", dt.date(2004, 2, 29))
    episode(staff, person, dt.date(2025, 2, 20), dt.date(2025, 2, 28), service="inpatient")
    feb = compute_tally(Period.month(2025, 2), edges=[0, 21])
    assert feb.value("new_clients", "P:21") == 1 and feb.value("census_end", "inpatient") == 1


def test_a_test_late_on_the_last_day_counts_in_that_month(staff, person_id):
    panel = {code: "negative" for code in ("AMP", "MET", "THC", "COC", "MOP", "BZO")}
    for code, at in (("U-1", dt.datetime(2025, 3, 31, 23, 59)), ("U-2", dt.datetime(2025, 4, 1))):
        record_urine_test(staff["doctor"], person_id, None, code, at, True, "", "", "skhpn",
                          panel, now=dt.datetime(2025, 5, 1))
    assert compute_tally(Period.month(2025, 3)).value("urine_tests", "negative") == 1
    assert compute_tally(Period.month(2025, 4)).value("urine_tests", "negative") == 1


def test_the_diagnosis_counted_is_the_latest_signed_by_the_period_end(staff):
    from models.care.assessment import save_assessment, sign_assessment
    person = client(staff, "Yusuf Hidayat", "L", dt.date(1988, 8, 8))
    eid = episode(staff, person, dt.date(2025, 1, 6), dt.date(2025, 1, 8))
    tat = {"letter_no": "B/1/I/2025/TAT", "role": "penyalah guna",
           "recommendation": "rehabilitasi rawat jalan"}
    for on, code, sign in ((dt.date(2025, 1, 6), "F12.1", True),
                           (dt.date(2025, 1, 20), "F15.2", True),
                           (dt.date(2025, 1, 25), "F11.2", False),
                           (dt.date(2025, 2, 3), "F10.2", True)):
        saved = save_assessment(staff["counselor"], person, eid, "tat", on, tat,
                                diagnosis_code=code, today=TODAY)
        if sign:
            sign_assessment(staff["counselor"], saved.assessment_id)
    january = compute_tally(Period.month(2025, 1))
    assert nonzero(january.values["admissions_by_diagnosis"]) == {"F15": 1, "": 1}
    assert january.value("assessments_done", "tat") == 2  # the draft does not count
    assert compute_tally(Period.year_to_date(2025, 2)).value("admissions_by_diagnosis", "F10") == 1


# --- closed months, targets, rights, BNBA ---------------------------------------------------

def test_a_closed_month_keeps_its_numbers_until_an_admin_reopens_it(spanning, staff):
    admin = staff["admin"]
    with pytest.raises(ValidationError):  # March is not over on its last day
        close_month(admin, 2025, 3, now=dt.datetime(2025, 3, 31, 23, 0))
    info = close_month(admin, 2025, 3, now=dt.datetime(2025, 4, 1, 8, 0))
    with pytest.raises(ValidationError):
        close_month(admin, 2025, 3, now=dt.datetime(2025, 4, 2, 8, 0))
    frozen = month_report(admin, 2025, 3)
    assert frozen.closed.checksum == info.checksum and frozen.closed.closed_by == admin.full_name
    late = client(staff, "Rina Wulandari", "P", dt.date(1990, 5, 5))
    episode(staff, late, dt.date(2025, 3, 3), dt.date(2025, 3, 4))  # recorded late
    assert compute_tally(Period.month(2025, 3)).value("new_clients") == 1
    again = month_report(admin, 2025, 3)
    assert again.to_json() == frozen.to_json() and again.month_tally.value("new_clients") == 0
    with pytest.raises(PermissionDenied):
        reopen_month(staff["intake"], 2025, 3, "Ada data terlambat")
    with pytest.raises(ValidationError):
        reopen_month(admin, 2025, 3, "   ")
    reopen_month(admin, 2025, 3, "Penerimaan 4 Maret terlambat dicatat")
    assert month_report(admin, 2025, 3).closed is None
    assert month_report(admin, 2025, 3).month_tally.value("new_clients") == 1
    with pytest.raises(NotFound):
        reopen_month(admin, 2025, 3, "lagi")
    actions = [a for (a,) in AuditEvent.select(AuditEvent.action)
               .where(AuditEvent.action.startswith("tally.")).order_by(AuditEvent.id).tuples()]
    assert actions == ["tally.close", "tally.reopen"]
    close_month(admin, 2025, 3, now=dt.datetime(2025, 4, 3))  # closed again, new numbers
    assert month_report(admin, 2025, 3).month_tally.value("new_clients") == 1
    assert TallyClose.select().count() == 2


def test_a_snapshot_changed_outside_pulih_is_refused(spanning, staff):
    close_month(staff["admin"], 2025, 2, now=dt.datetime(2025, 3, 1))
    row = TallyClose.get()
    row.payload["month_tally"]["values"]["continuing_clients"][0][1] = 7
    TallyClose.update(payload=row.payload).where(TallyClose.id == row.id).execute()
    with pytest.raises(DatabaseProblem):
        month_report(staff["admin"], 2025, 2)


def test_achievement_is_the_year_to_date_against_the_annual_target(demo):
    admin = demo
    set_indicator_target(admin, 2025, "outpatient_clients", 40)
    with pytest.raises(ValidationError):
        set_indicator_target(admin, 2025, "skhpn_fees", 10)
    report = compute_month_report(2025, 6)
    ytd = compute_tally(Period.year_to_date(2025, 6)).value("outpatient_clients")
    assert report.targets["outpatient_clients"] == 40
    assert report.achievement("outpatient_clients") == round(100 * ytd / 40, 1)
    assert report.achievement("new_clients") is None


def test_only_members_with_the_report_right_see_the_tally(staff):
    with pytest.raises(PermissionDenied):
        tally(staff["counselor"], Period.month(2025, 1))
    assert tally(staff["admin"], Period.month(2025, 1)).value("new_clients") == 0


def test_the_bnba_lists_the_clients_served_for_admins_only_and_every_export_is_audited(demo):
    from models.tallies.bnba import bnba_export
    admin = demo
    counselor = Staff.get(Staff.username == "konselor1")
    accounts.set_right(admin, counselor.id, Area.REPORT, True, False, False)
    with pytest.raises(PermissionDenied):
        bnba_export(counselor, 2025, 5, "xlsx", lambda c, t: t)
    payload = bnba_export(admin, 2025, 5, "csv", lambda c, t: t)
    served = compute_tally(Period.month(2025, 5)).value("clients_served")
    assert len(payload["rows"]) == served > 0
    assert AuditEvent.select().where(AuditEvent.action == "bnba.export").count() == 1
    listed = AuditEvent.select(AuditEvent.person_id).where(AuditEvent.action == "bnba.listed")
    assert listed.count() == served and None not in {p for (p,) in listed.tuples()}


def test_the_definitions_cannot_change_without_a_new_version():
    assert definitions_fingerprint() == FINGERPRINTS[DEFINITIONS_VERSION], \
        "a definition changed: raise DEFINITIONS_VERSION and record its fingerprint"
    assert len({i.id for i in INDICATORS}) == len(INDICATORS)
