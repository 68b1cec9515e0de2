"""The data-quality check before closing a month: each planted fault found (with a link to
its record), nothing flagged on a clean world; closing with open problems needs a
confirmation that is stored with the snapshot. Both engines."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.care.assessment import Assessment
from models.care.notes import write_note
from models.core.errors import ValidationError
from models.core.nik import make_nik
from models.intake import intake
from models.intake.episode import Episode
from models.people.person import Person
from models.people.registry import register_person
from models.safety.audit import AuditEvent
from models.tallies.close import closed_report
from models.tallies.data_quality import CloseQuality, check_month, close_with_check
from tests.conftest import SAMPLE_PERSON
from tests.consent import consented

MAY_END = dt.date(2025, 5, 31)
TODAY = dt.date(2025, 6, 2)


def _client(staff, name: str, born: dt.date, serial: int, *, reported=dt.date(2025, 5, 5),
            admitted=dt.date(2025, 5, 6), note_on=dt.date(2025, 5, 20)) -> tuple[int, int]:
    """A registered, admitted client with a primary substance and a recent session note."""
    data = dataclasses.replace(SAMPLE_PERSON, full_name=name, birth_date=born, sex="L",
                               nik=make_nik("32", 73, 5, born, "L", serial))
    pid = register_person(staff["intake"], data, today=TODAY)
    eid = intake.open_episode(staff["intake"], pid, intake.EpisodeInput(
        service_type="outpatient", reported_on=reported,
        substances=(intake.SubstanceInput("methamphetamine", "smoked"),)), today=TODAY)
    consented(staff["intake"], eid)
    intake.admit(staff["intake"], eid, admitted, today=TODAY)
    write_note(staff["counselor"], "individual", note_on, "Sesi", "Isi sesi", episode_id=eid,
               today=TODAY)
    # entered on the day it was reported (the tests run long after May 2025)
    Episode.update(created_at=dt.datetime.combine(reported, dt.time(10))).where(
        Episode.id == eid).execute()
    return pid, eid


@pytest.fixture
def world(staff):
    return [_client(staff, name, dt.date(1990 + i, 3, 4), i + 1)
            for i, name in enumerate(("Budi Santoso", "Agus Salim", "Dewi Lestari",
                                      "Rina Marlina", "Joko Widodo"))]


def test_a_clean_month_has_no_findings_and_full_completeness(staff, world):
    report = check_month(staff["admin"], 2025, 5, today=TODAY)
    assert report.findings == [] and report.completeness == 100.0
    assert report.required > 20


def test_each_planted_fault_is_found_and_nothing_else(staff, world):
    (p0, e0), (p1, e1), (p2, e2), (p3, e3), (p4, e4) = world
    Person.update(address="", regency="").where(Person.id == p0).execute()
    Episode.update(admitted_on=dt.date(2025, 5, 1)).where(Episode.id == e1).execute()
    # in a program since March with no contact: admitted long ago, note long ago
    Episode.update(reported_on=dt.date(2025, 3, 1), admitted_on=dt.date(2025, 3, 2),
                   created_at=dt.datetime(2025, 3, 1, 9)).where(Episode.id == e2).execute()
    from models.care.notes import Note
    Note.update(session_on=dt.date(2025, 3, 10)).where(Note.episode == e2).execute()
    Assessment.create(person=p3, episode=e3, kind="dast10", assessed_on=dt.date(2025, 5, 2),
                      staff=staff["counselor"].id, state="draft")
    Episode.update(created_at=dt.datetime(2025, 5, 30, 10), admitted_on=dt.date(2025, 4, 20),
                   reported_on=dt.date(2025, 4, 19)).where(Episode.id == e4).execute()
    twin = Person.get_by_id(p4)
    twin_id = Person.insert(**{f: getattr(twin, f) for f in ("full_name", "name_key", "sex",
                                                   "birth_date", "address", "regency")},
                  reg_no="R-2025-999999", nik=None, id_type="none",
                  no_id_reason="lupa").execute()

    report = check_month(staff["admin"], 2025, 5, today=TODAY)
    unsigned = Assessment.select().where(Assessment.person == p3).get().id
    found = sorted((f.rule, f.person_id, f.episode_id, f.detail) for f in report.findings)
    assert found == sorted([
        ("missing", p0, None, "address"), ("missing", p0, None, "regency"),
        ("date", p1, e1, "admitted_before_report"),
        ("no_contact", p2, e2, str((MAY_END - dt.date(2025, 3, 10)).days)),
        ("unsigned", p3, e3, str(unsigned)),
        ("late", p4, e4, str((dt.date(2025, 5, 30) - dt.date(2025, 4, 20)).days)),
        ("duplicate", p4, None, str(twin_id)),
    ])
    assert 0 < report.completeness < 100
    assert report.counts()["missing"] == 2


def test_a_future_birth_date_and_a_birth_after_the_report_are_flagged(staff, world):
    (p0, e0), (p1, _e1) = world[:2]
    Person.update(birth_date=dt.date(2025, 5, 10)).where(Person.id == p0).execute()
    Person.update(birth_date=dt.date(2026, 1, 1)).where(Person.id == p1).execute()
    found = {(f.person_id, f.detail) for f in check_month(staff["admin"], 2025, 5,
                                                          today=TODAY).findings}
    assert found == {(p0, "born_after_report"), (p1, "born_future"),
                     (p1, "born_after_report")}


def test_closing_with_open_problems_needs_a_confirmation_kept_with_the_snapshot(staff, world):
    Person.update(address="").where(Person.id == world[0][0]).execute()
    admin = staff["admin"]
    with pytest.raises(ValidationError) as err:
        close_with_check(admin, 2025, 5, now=dt.datetime(2025, 6, 2, 9), today=TODAY)
    assert "1 open data-quality problems" in err.value.english()
    assert closed_report(2025, 5) is None
    close_with_check(admin, 2025, 5, confirm=True, now=dt.datetime(2025, 6, 2, 9),
                     today=TODAY)
    assert closed_report(2025, 5) is not None
    kept = CloseQuality.get()
    assert kept.problems == 1 and kept.summary["counts"]["missing"] == 1
    assert kept.confirmed_by_id == admin.id
    assert AuditEvent.select().where(AuditEvent.action == "tally.close_confirmed").count() == 1
