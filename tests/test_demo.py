"""The synthetic demo facility: the same seed gives the same data, and the data hold together
the way a desk's data would (NIKs, statuses, numbers, program moves, scores, rosters)."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from models.care import scoring
from models.care.program_templates import install_default_templates, load_default_templates
from models.core.errors import DatabaseProblem
from models.core.names import name_key
from models.core.nik import PROVINCES, check_nik
from models.db import connection as dbmod
from models.db.connection import DatabaseTarget, resolve_target
from models.db.schema import open_database
from models.demo.demo import build_demo
from models.staff.staff import verify_password

END = dt.date(2025, 6, 30)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SKHPN_NUMBER = re.compile(r"^SKHPN/(\d{4,})/([IVX]+)/(\d{4})/BNNK-SM$")


def build(path: Path, clients: int, seed: int):
    """Build a demo into a new SQLite file and close it again."""
    open_database(resolve_target(str(path)))
    try:
        return build_demo(clients, seed, end_date=END)
    finally:
        dbmod.close()


def dump(path: Path, tables: tuple[str, ...]) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A 1,500-client demo (big enough for every status and a few near-duplicates)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    summary = build(path, 1500, seed=3)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield path, summary, conn
    conn.close()


def rows(conn: sqlite3.Connection, sql: str, *params) -> list[sqlite3.Row]:
    return conn.execute(sql, params).fetchall()


def test_same_seed_gives_the_same_rows_and_another_seed_other_rows(tmp_path):
    tables = ("person", "family_contact", "episode", "episode_substance", "assessment",
              "assessment_score", "urine_result", "note_attendance", "phase_move", "discharge",
              "follow_up", "document", "number_sequence", "audit_event")
    first = build(tmp_path / "a.sqlite3", 300, seed=11)
    build(tmp_path / "b.sqlite3", 300, seed=11)
    build(tmp_path / "c.sqlite3", 300, seed=12)
    a, b = dump(tmp_path / "a.sqlite3", tables), dump(tmp_path / "b.sqlite3", tables)
    assert a == b
    assert sum(len(v) for v in a.values()) > 3000
    c = dump(tmp_path / "c.sqlite3", ("person", "episode", "document"))
    assert c["person"] != a["person"] and c["episode"] != a["episode"]
    assert c["document"] != a["document"]
    assert first.counts["person"] == 300


def test_every_nik_agrees_with_birth_date_sex_and_a_real_province(demo):
    _path, _summary, conn = demo
    people = rows(conn, "SELECT nik, birth_date, sex, province_code, id_type, no_id_reason "
                        "FROM person")
    with_nik = [p for p in people if p["nik"]]
    assert len(with_nik) > 0.9 * len(people)
    for p in with_nik:
        check = check_nik(p["nik"], dt.date.fromisoformat(p["birth_date"]), p["sex"], today=END)
        assert check.ok, (p["nik"], [x.english() for x in check.errors + check.mismatches])
        assert p["nik"][:2] in PROVINCES
    assert all(p["province_code"] in PROVINCES for p in people)
    assert len({p["nik"] for p in with_nik}) == len(with_nik)  # the desk refuses a NIK on file
    without = [p for p in people if not p["nik"]]
    assert without and all(p["id_type"] == "passport" or p["no_id_reason"] for p in without)


def test_episode_status_agrees_with_admission_discharge_waiting_and_aftercare(demo):
    _path, _summary, conn = demo
    episodes = rows(conn, """
        SELECT e.id, e.status, e.admitted_on, e.discharged_on, d.discharged_on AS d_on,
               e.not_continued_on,
               w.state AS wait, a.id AS plan, a.closed_on
        FROM episode e LEFT JOIN discharge d ON d.episode_id = e.id
        LEFT JOIN waiting_list_entry w ON w.episode_id = e.id
        LEFT JOIN aftercare_plan a ON a.episode_id = e.id""")
    assert {e["status"] for e in episodes} == {"screening", "waiting", "in_program",
                                                "aftercare", "closed"}
    for e in episodes:
        status = e["status"]
        if status == "closed" and e["not_continued_on"] is not None:  # tidak melanjutkan
            assert e["admitted_on"] is None and e["d_on"] is None, dict(e)
            continue
        if status in ("closed", "aftercare"):
            assert e["d_on"] is not None and e["d_on"] == e["discharged_on"], dict(e)
            assert e["admitted_on"] <= e["discharged_on"]
        else:
            assert e["d_on"] is None and e["discharged_on"] is None, dict(e)
        if status == "waiting":
            assert e["wait"] == "waiting" and e["admitted_on"] is None
        if status == "screening":
            assert e["admitted_on"] is None
        if status == "in_program":
            assert e["admitted_on"] is not None and e["admitted_on"] <= END.isoformat()
        if status == "aftercare":
            assert e["plan"] is not None and e["closed_on"] is None
        if e["wait"] == "admitted":
            assert e["admitted_on"] is not None
    facility = rows(conn, "SELECT capacity FROM facility")[0]
    census = rows(conn, "SELECT count(*) AS n FROM episode WHERE status = 'in_program'")[0]["n"]
    assert facility["capacity"] == census  # full: the next client waits
    # places are per service type (issue 17): each service full at its census
    per_service = {r["service_type"]: r["n"] for r in rows(
        conn, "SELECT service_type, count(*) AS n FROM episode WHERE status = 'in_program' "
              "GROUP BY service_type")}
    settings = {r["key"]: int(r["value"]) for r in rows(
        conn, "SELECT key, value FROM setting WHERE key LIKE 'capacity_%'")}
    assert settings == {f"capacity_{s}": n for s, n in per_service.items()}
    closed = rows(conn, "SELECT count(*) AS n FROM episode WHERE not_continued_on IS NOT NULL "
                        "AND status = 'closed' AND not_continued_reason <> ''")[0]["n"]
    assert closed > 0  # screenings closed as tidak melanjutkan


def test_skhpn_numbers_are_unique_roman_dated_and_continue_in_the_sequence(demo):
    _path, _summary, conn = demo
    documents = rows(conn, "SELECT number, year, seq, issued_at, fee, fee_waived, payload "
                           "FROM document WHERE kind = 'SKHPN' ORDER BY id")
    numbers = [d["number"] for d in documents]
    assert len(numbers) == len(set(numbers)) > 100
    per_year: dict[int, list[int]] = {}
    for d in documents:
        match = SKHPN_NUMBER.match(d["number"])
        assert match, d["number"]
        seq, month, year = int(match[1]), match[2], int(match[3])
        issued = dt.datetime.fromisoformat(d["issued_at"])
        assert (seq, year) == (d["seq"], d["year"]) and year == issued.year
        assert month == ROMAN[issued.month - 1]
        assert (d["fee"], bool(d["fee_waived"])) in ((290000, False), (0, True))
        per_year.setdefault(year, []).append(seq)
    sequences = {(r["kind"], r["year"]): r["last_value"]
                 for r in rows(conn, "SELECT kind, year, last_value FROM number_sequence")}
    for year, seqs in per_year.items():
        assert seqs == list(range(1, len(seqs) + 1))  # issued in order, no gaps
        assert sequences[("SKHPN", year)] == len(seqs)
    for kind, column, table in (("REG", "reg_no", "person"), ("EP", "episode_no", "episode")):
        for year, top in rows(conn, f"SELECT substr({column}, 3, 4), max({column}) "
                                    f"FROM {table} GROUP BY 1"):
            assert sequences[(kind, int(year))] == int(top.rsplit("-", 1)[1])


def test_program_moves_follow_the_template_and_the_enrolment_shows_the_last(demo):
    _path, _summary, conn = demo
    illegal = rows(conn, """
        SELECT m.id FROM phase_move m WHERE m.kind != 'start' AND NOT EXISTS (
            SELECT 1 FROM phase_transition t WHERE t.from_phase_id = m.from_phase_id
            AND t.to_phase_id = m.to_phase_id AND t.kind = m.kind)""")
    assert illegal == []
    kinds = {r["kind"] for r in rows(conn, "SELECT DISTINCT kind FROM phase_move")}
    assert {"start", "forward", "back"} <= kinds
    stale = rows(conn, """
        SELECT en.id FROM enrollment en WHERE en.current_phase_id != (
            SELECT to_phase_id FROM phase_move m WHERE m.enrollment_id = en.id
            AND m.undone_at IS NULL ORDER BY m.moved_on DESC, m.id DESC LIMIT 1)""")
    assert stale == []
    completed = rows(conn, """
        SELECT p.is_final FROM discharge d JOIN enrollment en ON en.episode_id = d.episode_id
        JOIN phase p ON p.id = en.current_phase_id WHERE d.reason = 'completed'""")
    assert completed and all(r["is_final"] for r in completed)


def test_scores_are_what_the_scoring_module_makes_of_the_answers(demo):
    _path, _summary, conn = demo
    assessments = rows(conn, "SELECT id, kind, answers, total_score, risk_level, diagnosis_code "
                             "FROM assessment WHERE kind IN ('asi', 'assist', 'dast10')")
    scores: dict[int, list[tuple]] = {}
    for r in rows(conn, "SELECT assessment_id, item, score, client_trouble, client_need, level "
                        "FROM assessment_score ORDER BY id"):
        scores.setdefault(r[0], []).append(tuple(r)[1:])
    assert {a["kind"] for a in assessments} == {"asi", "assist", "dast10"}
    for a in assessments:
        evaluation = scoring.evaluate(a["kind"], json.loads(a["answers"]))
        assert evaluation is not None and evaluation.complete
        assert (a["total_score"], a["risk_level"]) == (evaluation.total, evaluation.level)
        expected = [(i.item, i.score, i.client_trouble, i.client_need, i.level)
                    for i in evaluation.items]
        assert sorted(scores.get(a["id"], [])) == sorted(expected)
        if a["kind"] == "asi":
            assert re.fullmatch(r"F1\d\.\d", a["diagnosis_code"])


def test_group_rosters_hold_only_clients_in_a_program_that_day(demo):
    _path, _summary, conn = demo
    outside = rows(conn, """
        SELECT a.id FROM note_attendance a JOIN note n ON n.id = a.note_id
        JOIN episode e ON e.id = a.episode_id
        WHERE n.kind != 'group' OR n.session_on < e.admitted_on
           OR (e.discharged_on IS NOT NULL AND n.session_on >= e.discharged_on)""")
    assert outside == []
    assert rows(conn, "SELECT count(*) FROM note_attendance")[0][0] > 0


def test_urine_panels_fit_the_purpose_and_the_substance(demo):
    _path, _summary, conn = demo
    tests = rows(conn, """
        SELECT t.id, t.purpose, t.any_positive, d.result AS skhpn,
               group_concat(CASE WHEN r.result = 'positive' THEN r.parameter END) AS positives,
               count(r.id) AS parameters
        FROM urine_test t JOIN urine_result r ON r.test_id = t.id
        LEFT JOIN document d ON d.person_id = t.person_id AND d.kind = 'SKHPN'
        GROUP BY t.id""")
    assert tests and all(t["parameters"] == 6 for t in tests)
    for t in tests:
        assert bool(t["any_positive"]) == bool(t["positives"])
        if t["purpose"] == "skhpn":
            assert bool(t["positives"]) == (t["skhpn"] == "indicated")


def test_people_include_near_duplicates_minors_and_long_records(demo):
    _path, _summary, conn = demo
    people = rows(conn, "SELECT full_name, name_key, birth_date, phone, address FROM person")
    assert all(p["name_key"] == name_key(p["full_name"]) for p in people)
    pairs = rows(conn, "SELECT count(*) FROM (SELECT 1 FROM person GROUP BY birth_date, name_key "
                       "HAVING count(*) > 1)")[0][0]
    assert pairs >= 1
    assert rows(conn, "SELECT count(*) FROM (SELECT 1 FROM person GROUP BY phone "
                      "HAVING count(*) > 1)")[0][0] >= 1
    minors = rows(conn, """
        SELECT e.reporter FROM episode e JOIN person p ON p.id = e.person_id
        WHERE date(p.birth_date, '+18 years') > e.reported_on""")
    assert minors and all(m["reporter"] == "parent_guardian" for m in minors)
    assert all(p["phone"].startswith("08") for p in people)


def test_summary_counts_and_demo_accounts(demo):
    path, summary, conn = demo
    for table, count in summary.counts.items():
        assert rows(conn, f'SELECT count(*) FROM "{table}"')[0][0] == count
    assert summary.counts["person"] == 1500 and summary.elapsed_s > 0
    roles = sorted(a.role for a in summary.accounts)
    assert roles == ["admin", "counselor", "counselor", "counselor", "doctor", "doctor",
                     "intake", "intake", "nurse", "pharmacist"]
    hashes = {r["username"]: r["password_hash"] for r in rows(conn, "SELECT * FROM staff")}
    checked = set()
    for account in summary.accounts:
        if account.password not in checked:  # argon2 is slow on purpose: once per password
            assert verify_password(hashes[account.username], account.password)
            checked.add(account.password)
    rights = rows(conn, "SELECT count(DISTINCT staff_id) FROM staff_right")[0][0]
    assert rights == len(summary.accounts)
    setting = rows(conn, "SELECT value FROM setting WHERE key = 'demo_database'")
    assert [s["value"] for s in setting] == ["true"]


def test_a_database_that_holds_people_is_refused_and_left_as_it_was(demo):
    path, summary, _conn = demo
    open_database(resolve_target(str(path)))
    try:
        with pytest.raises(DatabaseProblem) as caught:
            build_demo(10, 1, end_date=END)
    finally:
        dbmod.close()
    assert "1500 persons" in caught.value.english()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 1500
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == \
            summary.counts["audit_event"]
    finally:
        conn.close()


def test_default_templates_install_once_with_their_phases_and_moves(db):
    first = install_default_templates()
    again = install_default_templates()
    assert first == again
    assert set(first) == {t["code"] for t in load_default_templates()}
    from models.care.program import Phase, PhaseTransition
    for template in load_default_templates():
        phases = list(Phase.select().where(Phase.template == first[template["code"]])
                      .order_by(Phase.seq))
        assert [p.code for p in phases] == [p["code"] for p in template["phases"]]
        assert phases[0].is_first and phases[-1].is_final
        moves = PhaseTransition.select().where(PhaseTransition.template == first[template["code"]])
        kinds = {m.kind for m in moves}
        assert kinds == {"forward", "back", "skip"}
        assert all(m.requires_reason for m in moves if m.kind == "skip")


def test_the_desk_carries_on_with_the_demo_data(tmp_path):
    """The desk's own operations work on demo rows and continue the demo's numbers."""
    from models.care.enrollment import allowed_moves, move_phase, view_enrollment
    from models.care.program import Enrollment
    from models.core.nik import make_nik
    from models.intake.episode import Episode
    from models.intake.intake import waiting_list
    from models.people.person import Person
    from models.people.registry import PersonInput, register_person, view_person
    from models.staff.staff import Staff
    today = dt.date.today()
    path = tmp_path / "today.sqlite3"
    open_database(resolve_target(str(path)))
    try:
        build_demo(400, 9, end_date=today)
        intake = Staff.get(Staff.username == "pendaftaran1")
        counselor = Staff.get(Staff.username == "konselor1")
        last = (Person.select(Person.reg_no).where(Person.reg_no.startswith(f"R-{today.year}-"))
                .order_by(Person.reg_no.desc()).scalar())
        new_id = register_person(intake, PersonInput(
            full_name="Klien Baru Setelah Demo", sex="L", birth_date=dt.date(1990, 1, 2),
            nik=make_nik("32", 80, 1, dt.date(1990, 1, 2), "L", 9999)))
        expected = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        assert Person.get_by_id(new_id).reg_no == f"R-{today.year}-{expected:06d}"
        assert view_person(intake, 1).reg_no.startswith("R-")
        running = (Enrollment.select().where(Enrollment.ended_on.is_null())
                   .order_by(Enrollment.id).first())
        forward = [m for m in allowed_moves(running) if m.kind == "forward"]
        move_phase(counselor, running.id, forward[0].to_phase_id, today,
                   "Lanjut ke tahap berikutnya")
        assert view_enrollment(counselor, running.id).current_phase_id == forward[0].to_phase_id
        waiting = Episode.select().where(Episode.status == "waiting").count()
        assert len(waiting_list(intake)) == waiting
    finally:
        dbmod.close()


PG_ENV = "PULIH_TEST_DATABASE_URL"


@pytest.mark.postgres
def test_the_same_demo_is_built_on_postgresql(tmp_path):
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped")
    import psycopg
    name = f"pulih_demo_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = base.replace("postgresql://", "postgres://", 1)
    url = urlunsplit(urlsplit(base)._replace(path="/" + name))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        open_database(DatabaseTarget("postgres", url))
        try:
            summary = build_demo(200, 5, end_date=END)
            from models.intake.episode import Episode
            from models.people.person import Person
            people = [(p.reg_no, p.full_name, p.nik, str(p.birth_date))
                      for p in Person.select().order_by(Person.id)]
            episodes = [(e.episode_no, e.status, str(e.admitted_on), str(e.discharged_on))
                        for e in Episode.select().order_by(Episode.id)]
            person = Person.create(reg_no="R-TEST", full_name="Uji Urutan", name_key="uji urutan",
                                   sex="L")
            assert person.id == 201  # the id sequence continues after the demo's ids
        finally:
            dbmod.close()
        on_sqlite = build(tmp_path / "same.sqlite3", 200, seed=5)
        conn = sqlite3.connect(tmp_path / "same.sqlite3")
        try:
            assert people == [tuple(r) for r in conn.execute(
                "SELECT reg_no, full_name, nik, birth_date FROM person ORDER BY id")]
            assert episodes == [tuple(str(v) for v in r) for r in conn.execute(
                "SELECT episode_no, status, admitted_on, discharged_on FROM episode ORDER BY id")]
            assert summary.counts == on_sqlite.counts
        finally:
            conn.close()
    finally:
        dbmod.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_applicants_are_people_with_their_own_numbers_exams_and_receipts(demo):
    _path, _summary, conn = demo
    applicants = rows(conn, "SELECT p.reg_no FROM person p WHERE p.id IN (SELECT person_id "
                            "FROM skhpn_exam) AND p.id NOT IN (SELECT person_id FROM episode)")
    assert len(applicants) > 100
    assert all(r["reg_no"].startswith("P-") for r in applicants)  # no rehab numbers
    clients = rows(conn, "SELECT reg_no FROM person WHERE id IN (SELECT person_id FROM episode)")
    assert clients and all(r["reg_no"].startswith("R-") for r in clients)
    exams = rows(conn, "SELECT e.fee, e.sktm_number, e.receipt_id, e.proposed, e.conclusion, "
                       "d.kind, r.kind AS receipt_kind, r.payload AS receipt FROM skhpn_exam e "
                       "JOIN document d ON d.id = e.document_id "
                       "LEFT JOIN document r ON r.id = e.receipt_id")
    assert len(exams) == rows(conn, "SELECT COUNT(*) FROM document WHERE kind = 'SKHPN'")[0][0]
    for e in exams:
        assert e["kind"] == "SKHPN" and e["proposed"] == e["conclusion"]
        if e["sktm_number"]:
            assert e["receipt_id"] is None and e["fee"] == 0
        else:
            assert e["receipt_kind"] == "KWT" and json.loads(e["receipt"])["amount"] == e["fee"]
    for d in rows(conn, "SELECT payload FROM document WHERE kind = 'SKHPN'"):
        payload = json.loads(d["payload"])
        assert payload["valid_until"] > payload["date"] and "fee_waived" not in payload
