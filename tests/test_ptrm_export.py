"""Exporting the monthly PTRM summary: the right the summary needs is checked by models/ at
the moment of the export (not only when the dialog opened), the export is audited as
``rumatan.summary_export`` in the same transaction, and the file is written whole or not
at all."""
from __future__ import annotations

import csv
import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from models.core.errors import PermissionDenied
from models.rumatan.dispense import record_dose
from models.rumatan.summary import export_summary, month_summary
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.staff.rights import Area
from tests.rumatan_world import TODAY, make_ptrm
from ui import i18n
from ui.rumatan.ptrm_dialog import PtrmDialog
from ui.session import SESSION

ACTION = "rumatan.summary_export"
MONTH = f"{TODAY.year:04d}-{TODAY.month:02d}"


def _exports() -> list[tuple[int | None, dict]]:
    return [(staff, detail) for staff, detail in
            AuditEvent.select(AuditEvent.staff, AuditEvent.detail)
            .where(AuditEvent.action == ACTION).order_by(AuditEvent.id).tuples()]


@pytest.fixture
def ptrm(staff):
    """Six clients on methadone, four of them dosed today."""
    world = make_ptrm(staff, clients=6)
    for pid in world.clients[:4]:
        record_dose(world.nurse, pid)
    return world


@pytest.fixture
def head(staff, ptrm):
    """A second admin (reports right by role) whose rights the first can take away."""
    return accounts.create_staff(staff["admin"], "kepala", "Kepala Klinik", "admin",
                                 "kepala-password-1")


@pytest.fixture
def folder(tmp_path):
    """A folder of its own for the exports (the test database sits in ``tmp_path``)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


@pytest.fixture
def dialog(qtbot, head):
    """The summary opened by ``head``, signed in at this window."""
    i18n.install("id")
    SESSION.sign_in(head)
    window = PtrmDialog(None, month_summary(head, TODAY.year, TODAY.month))
    qtbot.addWidget(window)
    yield window
    SESSION.sign_out()


def test_the_export_is_audited_under_its_action_with_month_and_kind(staff, ptrm):
    admin = staff["admin"]
    shown = month_summary(admin, TODAY.year, TODAY.month)
    views = AuditEvent.select().where(AuditEvent.action == "rumatan.summary_view").count()
    exported = export_summary(admin, TODAY.year, TODAY.month, "xlsx", summary=shown)
    assert exported is shown  # the figures the desk saw, not a second count
    assert _exports() == [(admin.id, {"month": MONTH, "kind": "xlsx"})]
    counted = export_summary(admin, TODAY.year, TODAY.month, "csv")
    assert counted.values == shown.values and counted.values["observed"] == 4
    assert _exports()[1] == (admin.id, {"month": MONTH, "kind": "csv"})
    # an export is recorded as an export, not as a second viewing
    assert AuditEvent.select().where(
        AuditEvent.action == "rumatan.summary_view").count() == views


def test_a_member_without_the_report_right_cannot_export(staff, ptrm):
    shown = month_summary(staff["admin"], TODAY.year, TODAY.month)
    for member in (staff["doctor"], ptrm.nurse):
        with pytest.raises(PermissionDenied):
            export_summary(member, TODAY.year, TODAY.month, "csv")
        # a summary counted by someone else does not carry their right along
        with pytest.raises(PermissionDenied):
            export_summary(member, TODAY.year, TODAY.month, "csv", summary=shown)
    assert _exports() == []


def test_an_unknown_kind_is_refused_before_anything_is_recorded(staff, ptrm):
    with pytest.raises(ValueError):
        export_summary(staff["admin"], TODAY.year, TODAY.month, "pdf")
    assert _exports() == []


def test_the_dialog_exports_through_the_model_and_writes_the_file(dialog, head, folder):
    assert dialog.csv_button.isEnabled() and dialog.xlsx_button.isEnabled()
    path = dialog.export("csv", str(folder / "ptrm.csv"))
    rows = list(csv.reader(open(path, encoding="utf-8-sig")))
    assert rows[5][:2] == ["Klien aktif", "6"]
    assert _exports() == [(head.id, {"month": MONTH, "kind": "csv"})]
    assert os.listdir(folder) == ["ptrm.csv"]  # no temporary file left beside it


def test_a_right_taken_away_after_opening_stops_the_export(qtbot, dialog, staff, head,
                                                           folder):
    accounts.set_right(staff["admin"], head.id, Area.REPORT, False, False, False)
    target = folder / "ptrm.csv"
    assert dialog.export("csv", str(target)) == ""
    assert not target.exists()
    assert _exports() == []
    box = dialog.findChild(QMessageBox, "error_box")
    assert box is not None and "Anda tidak memiliki hak" in box.text()


def test_a_full_disk_keeps_the_old_file_whole(qtbot, dialog, monkeypatch, folder):
    target = folder / "ptrm.csv"
    target.write_bytes(b"the export of last week\n")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    assert dialog.export("csv", str(target)) == ""
    assert target.read_bytes() == b"the export of last week\n"
    assert os.listdir(folder) == ["ptrm.csv"]
    box = dialog.findChild(QMessageBox, "error_box")
    assert box is not None and "penuh" in box.text()
