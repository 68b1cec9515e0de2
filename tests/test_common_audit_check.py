"""The audit trail check the Audit tab and ``main.py check --audit`` share
(ui/common/audit_check.py): the same sentences and date format for both, the PostgreSQL
warning about a role that could rewrite the trail, the right checked for a member."""
from __future__ import annotations

import pytest

from models.admin.facility_admin import set_setting
from models.core.errors import PermissionDenied
from models.seals import signing
from models.seals.audit_checkpoint import write_beside_backup
from reports.dates import short_stamp
from ui import i18n
from ui.common.audit_check import (
    check_audit_trail,
    checkpoints_sentence,
    finding_lines,
    privileged_sentence,
    verdict_sentence,
)


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("id")


def test_a_member_needs_the_admin_view_right_and_the_sentences_name_the_checkpoint(
        db, staff, tmp_path, monkeypatch):
    from tests import doc_world as w
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))
    w.facility_and_doctor(staff)
    with pytest.raises(PermissionDenied):
        check_audit_trail(staff["counselor"], db)
    empty = check_audit_trail(None, db)  # the command line's check: no sign-in
    assert empty.report.ok and empty.report.checkpoints == 0
    assert "No signed checkpoint" in checkpoints_sentence(empty)
    folder = tmp_path / "usb"
    folder.mkdir()
    set_setting(staff["admin"], "backup_folder", str(folder))
    write_beside_backup(folder / "pulih-20250714-093000.sqlite3")
    check = check_audit_trail(staff["admin"], db)
    assert check.folder == folder and check.report.checkpoints == 1
    assert short_stamp(check.report.newest_checkpoint) in checkpoints_sentence(check)
    assert verdict_sentence(check).startswith("The audit trail is intact")
    assert finding_lines(check.report) == []
    if db.kind == "sqlite":
        assert check.privileged is None and privileged_sentence(check) == ""
    else:  # the test server connects as a superuser, which could rewrite the trail
        assert check.privileged and check.privileged in privileged_sentence(check)
