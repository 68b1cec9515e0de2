"""Schema versions: a fresh database matches the models; an old one upgrades with nothing lost."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from playhouse.migrations import Runner
from playhouse.schema_diff import diff_models

from models.admin.tables import ALL_MODELS
from models.core.errors import DatabaseProblem
from models.db import connection as dbmod
from models.db.connection import MARKER_TABLE, resolve_target
from models.db.schema import MIGRATIONS_DIR, current_version, known_version, open_database
from models.intake.episode import Episode, EpisodeSubstance
from models.people.person import Person
from models.people.search import search_ids
from models.safety.audit import AuditEvent
from models.staff.staff import Staff

FIXTURES = Path(__file__).parent / "fixtures"
#: Indexes that migrations add by hand (full-text search) and the models do not declare.
HAND_MADE = ("person_search_tsv", "person_name_key_prefix", "person_nik_prefix",
             "person_phone_prefix", "person_reg_no_prefix")


def test_fresh_database_is_at_the_newest_version_and_matches_the_models(db):
    newest = max(int(p.name[:4]) for p in MIGRATIONS_DIR.glob('[0-9][0-9][0-9][0-9]_*.py'))
    assert current_version() == known_version() == newest
    drift = [line for line in str(diff_models(dbmod.database.obj, ALL_MODELS)).splitlines()
             if line.strip() and not any(name in line for name in HAND_MADE)]
    assert drift == []


@pytest.mark.parametrize("old_version", [1, 2])
def test_an_old_version_upgrades_with_nothing_lost(tmp_path, old_version):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_v{old_version}.sqlite3", path)
    open_database(resolve_target(str(path)))
    try:
        assert current_version() == known_version()
        person = Person.get_by_id(1)
        assert (person.full_name, person.nik, person.birth_date) == (
            "Dewi Lestari", "3374016105900001", dt.date(1990, 5, 21))
        episode = Episode.get_by_id(1)
        assert (episode.status, episode.admitted_on) == ("in_program", dt.date(2025, 3, 5))
        assert EpisodeSubstance.get(EpisodeSubstance.episode == 1).substance == "methamphetamine"
        assert AuditEvent.select().count() == 1
        admin = Staff.get_by_id(1)
        # rows written before the upgrade are found by the search the upgrade added
        from models.staff.staff import StaffRight
        StaffRight.create(staff=admin, area="identity", can_view=True)
        assert search_ids(admin, "dewi") == [1]
        assert search_ids(admin, "wiwi") == [1]
        assert dbmod.database.execute_sql("PRAGMA user_version").fetchone()[0] == known_version()
        from models.admin.merge import PersonMerge  # tables of version 3 are there and usable
        assert PersonMerge.select().count() == 0
    finally:
        dbmod.close()
    backups = list(tmp_path.glob(f"old.before-v{known_version()}-*.sqlite3"))
    assert len(backups) == 1
    open_database(resolve_target(str(backups[0])), upgrade=False)
    try:
        assert current_version() == old_version and Person.select().count() == 1
    finally:
        dbmod.close()


def test_a_database_from_a_newer_pulih_is_refused(db):
    Runner(dbmod.database.obj, str(MIGRATIONS_DIR), table_name=MARKER_TABLE).History.create(
        name="0099_from_the_future")
    dbmod.close()
    try:
        with pytest.raises(DatabaseProblem) as err:
            open_database(db)
        assert "newer version" in err.value.english()
    finally:  # the PostgreSQL test database is shared by the session: take the row back
        history = Runner(dbmod.connect(db), str(MIGRATIONS_DIR), table_name=MARKER_TABLE).History
        history.delete().where(history.name == "0099_from_the_future").execute()


def test_every_migration_runs_in_order_on_an_empty_database(tmp_path):
    open_database(resolve_target(str(tmp_path / "new.sqlite3")))
    try:
        names = [m.name for m in Runner(dbmod.database.obj, str(MIGRATIONS_DIR),
                                        table_name=MARKER_TABLE).status()]
        assert names[:6] == ["0001_initial", "0002_search", "0003_merges_and_drafts",
                             "0004_documents", "0005_tally_close", "0006_audit_chain"]
        assert names == sorted(names) and "0007_key_states" in names
    finally:
        dbmod.close()
