"""Signed audit checkpoints outside the database (issue 11, fault 4): a consistent rewrite of
the whole chain, every hash recomputed as someone holding the file and knowing the algorithm
would, passes the chain check but not the checkpoints written beside a backup, in the backup
folder's checkpoint file and in a closed month's export."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

from main import main
from models.db import connection as dbmod
from models.db.schema import open_database
from models.safety import audit
from models.seals import signing
from models.seals.audit_chain import verify_chain
from models.seals.audit_checkpoint import (
    FOLDER_FILE,
    SUFFIX,
    Checkpoint,
    find_checkpoints,
    make_checkpoint,
    parse_line,
    read_file,
    write_beside_backup,
)
from reports.dates import short_stamp
from tests import doc_world as w
from tests.audit_tamper import rewrite_chain, tamper

sqlite_only = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(db, staff):
    w.facility_and_doctor(staff)
    with dbmod.write_transaction():
        for n in range(8):
            audit.record(staff["intake"], "person.view", "person", n, n)
    return staff


def checked(folder: Path, *files: Path) -> list[tuple[str, dict]]:
    return [(f.kind, f.params) for f in verify_chain(find_checkpoints([folder], files)).findings]


def checkpoint_beside_backup(tmp_path: Path) -> tuple[Path, Checkpoint]:
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    backup = folder / "pulih-20250714-093000.sqlite3"
    backup.write_bytes(b"")
    return folder, write_beside_backup(backup)


def test_a_consistent_rewrite_after_a_checkpoint_is_detected(world, tmp_path):
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    first = min(i for (i,) in audit.AuditEvent.select(audit.AuditEvent.id).tuples())
    tamper("DELETE FROM audit_event WHERE id = ?", params=(first + 3,))
    rewrite_chain(renumber=True)
    assert verify_chain().ok  # the chain alone cannot tell
    date = checkpoint.at  # models hand the datetime; the screen and command write it
    assert checked(folder) == [("shortened", {"event": None, "date": date,
                                              "found": checkpoint.events - 1,
                                              "expected": checkpoint.events})]
    with dbmod.write_transaction():  # the desk writes on, past the checkpoint's count
        for n in range(3):
            audit.record(world["admin"], "person.view", "person", n, n)
    assert verify_chain().ok
    assert checked(folder) == [("rewritten", {"event": checkpoint.last_id, "date": date})]


def test_an_edit_rehashed_to_the_end_is_detected(world, tmp_path):
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    first = min(i for (i,) in audit.AuditEvent.select(audit.AuditEvent.id).tuples())
    tamper("UPDATE audit_event SET action = 'person.update' WHERE id = ?", params=(first + 2,))
    rewrite_chain(renumber=False)
    assert verify_chain().ok
    assert [kind for kind, _ in checked(folder)] == ["rewritten"]


def test_a_trail_cut_back_before_the_checkpoint_is_detected(world, tmp_path):
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    tamper("DELETE FROM audit_event WHERE id > ?", params=(checkpoint.last_id - 3,))
    rewrite_chain(renumber=False)
    assert verify_chain().ok
    assert checked(folder) == [("shortened", {
        "event": None, "date": checkpoint.at,
        "found": checkpoint.events - 3, "expected": checkpoint.events})]


def test_writing_on_after_a_checkpoint_agrees_with_it(world, tmp_path):
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    audit.record(world["admin"], "person.view", "person", 1, 1)
    report = verify_chain(find_checkpoints([folder]))
    assert report.ok and report.checkpoints == 1 and report.newest_checkpoint == checkpoint.at


def test_a_forged_or_foreign_checkpoint(world, tmp_path):
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    forged = dataclasses.replace(checkpoint, head_hash="a" * 64)
    foreign = dataclasses.replace(checkpoint, facility="LAIN-01", head_hash="b" * 64)
    extra = tmp_path / "extra.txt"
    extra.write_text(forged.line() + "\n" + foreign.line() + "\n", encoding="utf-8")
    assert [kind for kind, _ in checked(folder, extra)] == ["unsigned"]


def test_a_checkpoint_whose_key_the_database_lost_still_counts(world, tmp_path):
    """Deleting the public key from the database does not silence the checkpoints: the line
    carries the key, whose fingerprint is its id. A restore marker needs the database's."""
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    tamper("UPDATE audit_event SET action = 'x' WHERE id = ?", params=(checkpoint.last_id - 1,))
    rewrite_chain(renumber=False)
    with dbmod.database.atomic():
        dbmod.database.execute_sql("DELETE FROM signing_key")
    assert [kind for kind, _ in checked(folder)] == ["rewritten"]
    stranger = dataclasses.replace(checkpoint, key_id="0123456789ABCDEF")
    marker = dataclasses.replace(checkpoint, restore=True)
    extra = tmp_path / "extra.txt"
    extra.write_text(stranger.line() + "\n" + marker.line() + "\n", encoding="utf-8")
    assert sorted(kind for kind, _ in checked(folder, extra)) == [
        "rewritten", "unsigned", "unsigned"]


def test_checkpoint_files_are_private_and_parse_back(world, tmp_path):
    folder, checkpoint = checkpoint_beside_backup(tmp_path)
    write_beside_backup(folder / "pulih-20250715-093000.sqlite3")
    lines = read_file(folder / FOLDER_FILE)
    assert len(lines) == 2 and lines[0] == parse_line(checkpoint.line(), str(folder / FOLDER_FILE))
    for path in (folder / FOLDER_FILE, folder / ("pulih-20250714-093000.sqlite3" + SUFFIX)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@sqlite_only
def test_a_backup_leaves_a_checkpoint_and_check_audit_finds_it(db, world, tmp_path, capsys,
                                                               qapp):
    from models.admin.backup_jobs import backup_now
    from models.admin.facility_admin import set_setting
    folder = tmp_path / "usb"
    set_setting(world["admin"], "backup_folder", str(folder))
    made = backup_now(world["admin"], db, folder)
    assert (made.path.parent / (made.path.name + SUFFIX)).exists()
    assert len(read_file(folder / FOLDER_FILE)) == 1
    location = db.location
    dbmod.close()
    assert main(["check", "--audit", "--db", location]) == 0
    assert "1 titik periksa" in capsys.readouterr().out
    open_database(db)
    first = min(i for (i,) in audit.AuditEvent.select(audit.AuditEvent.id).tuples())
    tamper("UPDATE audit_event SET record_id = 77 WHERE id = ?", params=(first + 1,))
    rewrite_chain(renumber=False)
    dbmod.close()
    assert main(["check", "--audit", "--db", location]) == 1
    out = capsys.readouterr().out
    # written the one way of the screens (reports/dates.py), as the line above it
    date = short_stamp(read_file(folder / FOLDER_FILE)[0].at, seconds=True)
    assert f"Ditulis ulang setelah titik periksa {date}" in out
    assert f"(Rewritten after the checkpoint of {date}" in out
    open_database(db)


@sqlite_only
def test_a_closed_month_export_carries_the_checkpoint(world, tmp_path, capsys, qapp):
    from models.tallies.close import close_month
    from models.tallies.export import export_month
    from reports.tally_csv import render_tally_csv
    from reports.tally_xlsx import render_tally_xlsx
    from ui.common.tally_export import indonesian
    last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    close_month(world["admin"], last.year, last.month)
    payload = export_month(world["admin"], last.year, last.month, "xlsx", indonesian())
    line = payload["audit_checkpoint"]
    xlsx = tmp_path / "laporan.xlsx"
    xlsx.write_bytes(render_tally_xlsx(payload))
    wb = load_workbook(xlsx)
    assert wb.sheetnames[-1] == "Titik periksa audit" and wb.worksheets[-1]["A4"].value == line
    rows = list(csv.reader(io.StringIO(render_tally_csv(payload).decode("utf-8-sig"))))
    assert rows[-1] == ["Titik periksa audit", line]
    from reports.tally_pdf import render_tally_pdf
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(render_tally_pdf(payload))
    assert [c.line() for c in read_file(pdf)] == [line]
    open_month = export_month(world["admin"], dt.date.today().year, dt.date.today().month,
                              "xlsx", indonesian())
    assert "audit_checkpoint" not in open_month  # only a closed month is anchored
    first = min(i for (i,) in audit.AuditEvent.select(audit.AuditEvent.id).tuples())
    tamper("UPDATE audit_event SET staff_id = NULL WHERE id = ?", params=(first + 4,))
    rewrite_chain(renumber=False)
    assert verify_chain().ok
    assert [f.kind for f in verify_chain(read_file(xlsx)).findings] == ["rewritten"]


def test_no_checkpoint_before_the_facility_is_set_up(db):
    assert make_checkpoint(None) is None


@sqlite_only
def test_a_restore_is_not_taken_for_a_rewrite_but_a_later_rewrite_is(db, world, tmp_path):
    from models.admin.backup_jobs import backup_now, restore_database
    folder = tmp_path / "usb"
    first = backup_now(world["admin"], db, folder)
    with dbmod.write_transaction():
        for n in range(5):
            audit.record(world["intake"], "person.view", "person", n, n)
    backup_now(world["admin"], db, folder)  # its checkpoint holds events the restore drops
    restore_database(world["admin"], db, first.path)
    lines = read_file(folder / FOLDER_FILE)
    assert [c.restore for c in lines] == [False, False, True]
    report = verify_chain(find_checkpoints([folder]))
    assert report.ok and report.checkpoints == 3
    low = min(i for (i,) in audit.AuditEvent.select(audit.AuditEvent.id).tuples())
    tamper("UPDATE audit_event SET record_id = 5 WHERE id = ?", params=(low + 2,))
    rewrite_chain(renumber=False)
    assert [f.kind for f in verify_chain(find_checkpoints([folder])).findings] == ["rewritten"]


def test_only_an_admin_checks_the_trail_from_the_screen(world, tmp_path):
    from models.core.errors import PulihError
    from models.seals.audit_checkpoint import check_trail
    with pytest.raises(PulihError):
        check_trail(world["counselor"], [tmp_path])
    assert check_trail(world["admin"], [tmp_path]).ok


def test_the_newest_lines_of_a_long_checkpoint_file_are_read(world, tmp_path, monkeypatch):
    from models.seals import audit_checkpoint
    folder, first = checkpoint_beside_backup(tmp_path)
    with open(folder / FOLDER_FILE, "r+", encoding="utf-8") as fh:
        old = fh.read()
        fh.seek(0)
        fh.write("# " + "x" * 5000 + "\n" + old)
    monkeypatch.setattr(audit_checkpoint, "MAX_READ", 1000)
    (folder / "pulih-20250714-093000.sqlite3").unlink()  # rotated away: its sidecar goes
    (folder / "pulih-20250715-093000.sqlite3").write_bytes(b"")
    newest = write_beside_backup(folder / "pulih-20250715-093000.sqlite3")
    assert [c.line() for c in read_file(folder / FOLDER_FILE)] == [first.line(), newest.line()]
    assert sorted(p.name for p in folder.glob("*" + SUFFIX)) == [
        "pulih-20250715-093000.sqlite3" + SUFFIX]
