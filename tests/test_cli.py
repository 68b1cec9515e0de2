"""The command line as a script or a person uses it: in a separate process, no traceback."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "schema_v1.sqlite3"


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": lang}
    env.pop("PULIH_DB", None)
    env.pop("PULIH_DATABASE_URL", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_help_lists_every_command_of_the_architecture():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "check", "tally", "document", "verify", "backup", "restore"):
        assert command in result.stdout
    assert "--database-url" in result.stdout


def make_other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x', '1')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["random", "empty", "other_sqlite", "text", "directory"])
def test_check_refuses_what_is_not_a_pulih_database_and_leaves_it_untouched(tmp_path, kind):
    path = tmp_path / "suspect.db"
    if kind == "random":
        path.write_bytes(os.urandom(8192))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "other_sqlite":
        make_other_programs_database(path)
    elif kind == "text":
        path.write_text("SQLite format 3 -- but only a text file pretending", encoding="utf-8")
    else:
        path.mkdir()
    before = None if kind == "directory" else digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = run("check", "--db", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is not a Pulih database" in result.stderr
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_check_speaks_indonesian_by_default(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"\x00" * 100)
    result = run("check", "--db", str(path), lang="")
    assert result.returncode == 2
    assert "bukan basis data Pulih" in result.stderr


def test_check_of_a_missing_file_says_so(tmp_path):
    result = run("check", "--db", str(tmp_path / "none.sqlite3"))
    assert result.returncode == 2 and "There is no database" in result.stderr
    assert not (tmp_path / "none.sqlite3").exists()


def test_check_of_a_damaged_database(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_V1, path)
    data = bytearray(path.read_bytes())
    page = 1024
    for offset in range(page * 3, len(data) - page, page * 7):  # scribble on some pages
        data[offset + 8: offset + 64] = os.urandom(56)
    path.write_bytes(bytes(data))
    result = run("check", "--db", str(path), "--full")
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    assert ("damaged" in result.stderr) or ("DAMAGED" in result.stdout)


def test_check_of_an_old_database_reports_and_changes_nothing(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_V1, path)
    before = digest(path)
    result = run("check", "--db", str(path))
    assert result.returncode == 1, result.stderr
    from models.db.schema import known_version
    assert f"Schema version: 1 (this program: {known_version()})" in result.stdout
    assert "Integrity: ok" in result.stdout
    assert digest(path) == before


def test_demo_then_check(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = run("demo", "--clients", "150", "--seed", "3", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "admin" in result.stdout
    result = run("check", "--db", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "person" in result.stdout
    again = run("demo", "--clients", "10", "--db", str(path))
    assert again.returncode == 2 and "already holds" in again.stderr


def test_a_command_without_a_handler_says_it_is_not_in_this_version():
    # every command of the architecture has a handler now: ask for one that has none
    code = ("import argparse, sys; from ui.cli.commands import run_command; "
            "sys.exit(run_command(argparse.Namespace(command='someday', lang='en')))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULIH_LANG": "en"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "not part of this version" in result.stderr
