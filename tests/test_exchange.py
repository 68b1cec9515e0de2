"""Exports of a closed month to national systems (DHIS2 JSON and CSV, IHE ADX), the mapping
file, and signed packages rolled up at a provincial office.

ADX: no copy of the ADX XSD is published on PyPI or npm, so the ADX output is checked for
its structure here (namespace, one group with orgUnit/period/dataSet, dataValue elements
with dataElement, value and the breakdown's category attribute), value by value."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import xml.etree.ElementTree as ET
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from models.admin.facility_admin import set_setting
from models.core.errors import ValidationError
from models.db import connection as dbmod
from models.db.connection import resolve_target
from models.db.schema import open_database
from models.demo.demo import build_demo
from models.documents.trust import export_keys, import_keys
from models.facility.facility import Facility
from models.people.person import Person
from models.safety.audit import AuditEvent
from models.seals.signing import KEY_DIR_ENV, KEY_FORMAT, SigningKey, b64, key_id_of
from models.staff.staff import Staff
from models.tallies.close import canonical, close_month
from models.tallies.exchange_mapping import default_mapping_dict, load_mapping, parse_mapping
from models.tallies.exchange_package import (
    build_package,
    closed_month_payload,
    read_package,
    seal_package,
)
from models.tallies.indicators import DEFINITIONS_VERSION, INDICATORS
from models.tallies.province import (
    NEW,
    REPLACED,
    SAME,
    ReceivedPackage,
    build_province_package,
    import_package,
    rollup,
)
from models.tallies.tally import TOTAL
from reports.exchange_formats import (
    ADX_NS,
    render_adx,
    render_dhis2_csv,
    render_dhis2_json,
    render_package_files,
)

sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)
CLOSED_AT = dt.datetime(2025, 6, 2, 9, 0)


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    folder = tmp_path / "keys"
    monkeypatch.setenv(KEY_DIR_ENV, str(folder))
    return folder


def _world(clients: int, seed: int, code: str) -> Staff:
    build_demo(clients, seed, end_date=dt.date(2025, 6, 30))
    Facility.update(code=code).where(Facility.id == 1).execute()
    SigningKey.update(facility_code=code).where(SigningKey.own).execute()  # the demo's keys
    return Staff.get(Staff.username == "admin")


@pytest.fixture
def closed(db):
    admin = _world(150, 5, "BNNK-TEST")
    close_month(admin, 2025, 5, now=CLOSED_AT)
    return admin


def expected_values(tally) -> dict[tuple[str, str], int]:
    """What Pulih's own mapping must give for ``tally``: every total, every non-zero key."""
    mapping = default_mapping_dict()["indicators"]
    out = {}
    for ind in INDICATORS:
        if ind.id not in tally.values:
            continue
        spec = mapping[ind.id]
        out[(spec["total"], "default")] = tally.value(ind.id)
        for key, n in tally.values[ind.id].items():
            if key != TOTAL and n:
                code = spec["options"].get(key) or "PULIH_" + "".join(
                    ch if ch.isalnum() or ch == "_" else "_" for ch in key)
                out[(spec["breakdown"], code)] = n
    return out


@sqlite_only
def test_an_open_month_is_refused(db):
    admin = _world(60, 2, "BNNK-TEST")
    with pytest.raises(ValidationError) as err:
        closed_month_payload(admin, 2025, 5)
    assert "not closed" in err.value.english()


@sqlite_only
def test_dhis2_json_csv_and_adx_carry_every_number_of_the_closed_tally(closed):
    payload, report = closed_month_payload(closed, 2025, 5)
    want = expected_values(report.month_tally)
    assert sum(want.values()) > 50  # the demo month has numbers to check

    doc = json.loads(render_dhis2_json(payload))
    assert doc["period"] == "202505" and doc["orgUnit"] == "BNNK-TEST"
    got = {(v["dataElement"], v["categoryOptionCombo"]): int(v["value"])
           for v in doc["dataValues"]}
    assert len(got) == len(doc["dataValues"]) and got == want

    rows = list(csv.reader(io.StringIO(render_dhis2_csv(payload).decode("utf-8-sig"))))
    assert rows[0][:6] == ["dataelement", "period", "orgunit", "catoptcombo", "attroptcombo",
                           "value"]
    assert {(r[0], r[3]): int(r[5]) for r in rows[1:]} == want
    assert {r[1] for r in rows[1:]} == {"202505"} and {r[2] for r in rows[1:]} == {"BNNK-TEST"}
    assert {r[8] for r in rows[1:]} == {"Pulih mapping pulih-1"}

    root = ET.fromstring(render_adx(payload))
    assert root.tag == f"{{{ADX_NS}}}adx" and root.get("exported")
    groups = list(root)
    assert len(groups) == 1 and groups[0].tag == f"{{{ADX_NS}}}group"
    group = groups[0]
    assert (group.get("orgUnit"), group.get("period"), group.get("dataSet")) == \
        ("BNNK-TEST", "2025-05-01/P1M", "PULIH_MONTHLY")
    adx = {}
    for value in group:
        assert value.tag == f"{{{ADX_NS}}}dataValue"
        extra = {k: v for k, v in value.attrib.items() if k not in ("dataElement", "value")}
        assert len(extra) <= 1
        adx[(value.get("dataElement"), next(iter(extra.values()), "default"))] = \
            int(value.get("value"))
    assert adx == want
    assert any(e.action == "tally.export" and e.detail.get("format") == "exchange"
               for e in AuditEvent.select())


@sqlite_only
def test_a_province_mapping_replaces_the_codes_and_bad_mappings_are_refused(closed):
    mine = {"format": "pulih-exchange-mapping/1", "version": "jabar-2025.1",
            "data_set": "aBcDeF12345", "org_units": {"BNNK-TEST": "OU_32_73"},
            "indicators": {"new_clients": {"total": "DE_NEW", "breakdown": "DE_NEW_SA",
                                           "category": "SEXAGE",
                                           "option_pattern": "COC_{key}"},
                           "discharges": {"total": "DE_DIS"}}}
    load_mapping(closed, json.dumps(mine))
    payload, report = closed_month_payload(closed, 2025, 5)
    tally = report.month_tally
    assert payload["mapping_version"] == "jabar-2025.1" and payload["org_unit"] == "OU_32_73"
    got = {(v["data_element"], v["coc"]): v["value"] for v in payload["values"]}
    assert got[("DE_NEW", "default")] == tally.value("new_clients")
    assert got[("DE_DIS", "default")] == tally.value("discharges")
    assert sum(n for (de, _c), n in got.items() if de == "DE_NEW_SA") == \
        tally.value("new_clients")
    assert b"jabar-2025.1" in render_dhis2_json(payload)

    for broken, word in ((dict(mine, version=""), "version is missing"),
                         (dict(mine, indicators={"no_such": {"total": "X"}}),
                          "Pulih does not have (at indicators.no_such)"),
                         (dict(mine, indicators={"discharges": {"total": "1bad code"}}),
                          "not a code"),
                         (dict(mine, indicators={"discharges": {"total": "X"},
                                                 "aftercare_clients": {"total": "X"}}),
                          "already used")):
        with pytest.raises(ValidationError) as err:
            load_mapping(closed, json.dumps(broken))
        assert word in err.value.english()
    with pytest.raises(ValidationError):
        parse_mapping("{not json")
    # a breakdown without a code for a key that has a value is refused, not dropped
    no_pattern = dict(mine, version="v2", indicators={"new_clients": {
        "total": "DE_NEW", "breakdown": "DE_NEW_SA", "category": "SEXAGE", "options": {}}})
    load_mapping(closed, json.dumps(no_pattern))
    with pytest.raises(ValidationError) as err:
        closed_month_payload(closed, 2025, 5)
    assert "has no code" in err.value.english()
    load_mapping(closed, None)  # back to Pulih's own
    assert closed_month_payload(closed, 2025, 5)[0]["mapping_version"] == "pulih-1"


def _open(path) -> None:
    dbmod.close()
    open_database(resolve_target(str(path)))


@sqlite_only
def test_package_round_trip_tamper_idempotent_replace_and_missing(db, sqlite_template,
                                                                  tmp_path):
    facility_a = tmp_path / "a.sqlite3"
    shutil.copyfile(db.location, facility_a)  # the test's own database is facility A
    admin = _world(150, 5, "BNNK-A")
    close_month(admin, 2025, 5, now=CLOSED_AT)
    package = build_package(admin, 2025, 5, render_package_files,
                            now=dt.datetime(2025, 6, 3, 8, 0))
    newer = build_package(admin, 2025, 5, render_package_files,
                          now=dt.datetime(2025, 6, 4, 8, 0))
    total_a = closed_month_payload(admin, 2025, 5)[1].month_tally
    keys_a = export_keys(admin)
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        files = {n: zf.read(n) for n in zf.namelist() if not n.startswith("manifest")}
        unknown_version = seal_package(admin, dict(json.loads(zf.read("manifest.json")),
                                                   definitions_version=99), files)
    names = [n for (n,) in Person.select(Person.full_name).tuples()]
    niks = [n for (n,) in Person.select(Person.nik).where(Person.nik.is_null(False)).tuples()]

    # no personal data in the package
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8")
        assert set(zf.namelist()) == {"dhis2.json", "dhis2.csv", "adx.xml", "tally.json",
                                      "mapping.json", "manifest.json", "manifest.sig"}
        manifest = json.loads(zf.read("manifest.json"))
    assert not [n for n in names if n in blob] and not [n for n in niks if n in blob]
    assert manifest["facility"] == "BNNK-A" and manifest["period"] == "2025-05"
    assert manifest["definitions_version"] == DEFINITIONS_VERSION
    assert manifest["mapping_version"] == "pulih-1"
    assert manifest["audit_checkpoint"].startswith("PULIH-AUDIT1|BNNK-A|")

    province = tmp_path / "p.sqlite3"
    shutil.copyfile(sqlite_template, province)
    _open(province)
    boss = _world(20, 9, "BNNP-X")
    with pytest.raises(ValidationError):  # not yet marked as a provincial office
        import_package(boss, package)
    set_setting(boss, "provincial_office", 1)
    with pytest.raises(ValidationError) as err:  # the facility's keys are not imported yet
        import_package(boss, package)
    assert "not imported" in err.value.english()
    import_keys(boss, keys_a)
    assert read_package(package).facility == "BNNK-A"

    tampered = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, \
            zipfile.ZipFile(tampered, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "tally.json":  # one more new client than the facility counted
                tally = json.loads(data)
                tally["values"]["new_clients"][0][1] += 1
                data = canonical(tally).encode("utf-8")
            dst.writestr(name, data)
    with pytest.raises(ValidationError) as err:
        import_package(boss, tampered.getvalue())
    assert "changed after" in err.value.english()

    with pytest.raises(ValidationError) as err:
        import_package(boss, unknown_version)
    assert "definitions version 99, which is unknown" in err.value.english()
    assert import_package(boss, package).outcome == NEW
    assert import_package(boss, package).outcome == SAME  # idempotent
    assert ReceivedPackage.select().count() == 1
    assert import_package(boss, newer).outcome == REPLACED
    with pytest.raises(ValidationError) as err:  # the older one cannot come back
        import_package(boss, package)
    assert "newer one is kept" in err.value.english()
    assert ReceivedPackage.select().count() == 2
    assert AuditEvent.select().where(AuditEvent.action == "exchange.import_replace").count() == 1

    roll = rollup(boss, 2025, 5)
    assert list(roll.by_facility) == ["BNNK-A"]
    assert roll.total.values == total_a.values
    assert roll.missing == ()
    own = read_package(build_province_package(boss, 2025, 5, render_package_files))
    assert own.manifest["kind"] == "province" and own.facility == "BNNP-X"
    assert own.tally.values == total_a.values and list(own.manifest["facilities"]) == ["BNNK-A"]
    other = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw,
                                                                  PublicFormat.Raw)
    import_keys(boss, f"{KEY_FORMAT}|BNNK-B|{key_id_of(other)}|{b64(other)}|Klinik B")
    assert rollup(boss, 2025, 5).missing == (("BNNK-B", "Klinik B"),)


def run_cli(*args: str, key_dir, password: str | None = "demo-admin"):
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en",
           KEY_DIR_ENV: str(key_dir)}
    for key in ("PULIH_DB", "PULIH_DATABASE_URL", "PULIH_PASSWORD"):
        env.pop(key, None)
    if password is not None:
        env["PULIH_PASSWORD"] = password
    return subprocess.run([sys.executable, str(root / "main.py"), *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_the_commands_export_refuse_an_open_month_and_verify_a_package(tmp_path, key_dir):
    path = tmp_path / "demo.sqlite3"
    open_database(resolve_target(str(path)))
    try:
        admin = _world(120, 3, "BNNK-CLI")
        close_month(admin, 2025, 5, now=CLOSED_AT)
    finally:
        dbmod.close()
    db = ("--db", str(path))
    still_open = run_cli("exchange", *db, "--month", "2025-04", "--out",
                         str(tmp_path / "a.json"), "--user", "admin", key_dir=key_dir)
    assert still_open.returncode == 1 and "not closed" in still_open.stderr
    for name in ("m.xml",):  # JSON and CSV: the same code path, checked above
        done = run_cli("exchange", *db, "--month", "2025-05", "--out", str(tmp_path / name),
                       "--user", "admin", key_dir=key_dir)
        assert done.returncode == 0, done.stderr
        assert "pulih-1" in done.stdout and (tmp_path / name).stat().st_size > 500
    package = tmp_path / "BNNK-CLI-2025-05.zip"
    done = run_cli("exchange", *db, "--month", "2025-05", "--out", str(package), "--user",
                   "admin", key_dir=key_dir)
    assert done.returncode == 0, done.stderr
    good = run_cli("verify-package", *db, str(package), key_dir=key_dir, password=None)
    assert good.returncode == 0 and "GENUINE" in good.stdout and "BNNK-CLI" in good.stdout
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(tmp_path / "bad.zip", "w") as dst:
        for name in src.namelist():  # a DHIS2 value changed after signing
            data = src.read(name)
            dst.writestr(name, data.replace(b'"value": "', b'"value": "1', 1)
                         if name == "dhis2.json" else data)
    bad = run_cli("verify-package", *db, str(tmp_path / "bad.zip"), key_dir=key_dir,
                  password=None)
    assert bad.returncode == 1 and "NOT GENUINE" in bad.stdout and "dhis2.json" in bad.stdout


@pytest.mark.postgres
def test_a_provincial_office_on_postgresql_imports_idempotently(pg_url, sqlite_template,
                                                                tmp_path):
    from models.db.connection import DatabaseTarget
    from tests.conftest import _truncate_all
    facility_db = tmp_path / "f.sqlite3"
    shutil.copyfile(sqlite_template, facility_db)
    _open(facility_db)
    admin = _world(100, 8, "BNNK-PG")
    close_month(admin, 2025, 5, now=CLOSED_AT)
    first = build_package(admin, 2025, 5, render_package_files, now=dt.datetime(2025, 6, 3))
    second = build_package(admin, 2025, 5, render_package_files, now=dt.datetime(2025, 6, 4))
    totals = closed_month_payload(admin, 2025, 5)[1].month_tally.values
    keys = export_keys(admin)
    dbmod.close()
    open_database(DatabaseTarget("postgres", pg_url))
    try:
        _truncate_all()
        boss = _world(20, 9, "BNNP-PG")
        set_setting(boss, "provincial_office", 1)
        import_keys(boss, keys)
        assert [import_package(boss, p).outcome for p in (first, first, second, second)] == \
            [NEW, SAME, REPLACED, SAME]
        with pytest.raises(ValidationError):
            import_package(boss, first)
        assert rollup(boss, 2025, 5).total.values == totals
    finally:
        dbmod.close()


def test_a_province_does_not_add_up_months_counted_under_different_definitions():
    import dataclasses
    import types

    from models.tallies.province import Rollup, one_version, sum_tallies
    from models.tallies.tally import Period, Tally
    period = Period.month(2025, 5)
    v1 = Tally(period, 1, (0, 15), types.MappingProxyType({"new_clients": {"": 3}}))
    v2 = dataclasses.replace(v1, definitions_version=2)
    same = Rollup("2025-05", {"A": v2, "B": v2}, {}, sum_tallies([v2, v2], period), (), {})
    assert one_version(same) == 2 and same.total.value("new_clients") == 6
    mixed = Rollup("2025-05", {"A": v1, "B": v2}, {}, sum_tallies([v1, v2], period), (), {})
    with pytest.raises(ValidationError) as err:
        one_version(mixed)
    assert "different definitions versions (1, 2)" in err.value.english()
