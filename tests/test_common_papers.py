"""Papers from the register, as the desktop and ``main.py document`` both draw them
(ui/common/papers.py): a reprint counts and audits only a copy that was really drawn."""
from __future__ import annotations

import pytest

from models.documents.document import Document
from models.safety.audit import AuditEvent
from models.seals import signing
from tests import doc_world as w
from ui.common.papers import reprint_pdf, reprint_to_file


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    return staff


def reprints(number: str) -> tuple[int, int]:
    counted = Document.get(Document.number == number).reprints
    audited = AuditEvent.select().where(AuditEvent.action == "document.reprint").count()
    return counted, audited


def test_a_reprint_whose_drawing_fails_is_neither_counted_nor_audited(world, monkeypatch):
    number = Document.get_by_id(w.skhpn(world, w.applicant(world))).number
    import reports.render
    render = reports.render.render_document

    def broken(*_args, **_kwargs):
        raise OSError("the renderer died")

    monkeypatch.setattr(reports.render, "render_document", broken)
    with pytest.raises(OSError):
        reprint_pdf(world["intake"], number)
    assert reprints(number) == (0, 0)
    monkeypatch.setattr(reports.render, "render_document", render)
    record, pdf = reprint_pdf(world["intake"], number)
    assert pdf.startswith(b"%PDF") and record.reprints == 1
    assert reprints(number) == (1, 1)


def test_a_reprint_that_cannot_be_written_leaves_no_file_and_counts_nothing(world, tmp_path):
    number = Document.get_by_id(w.skhpn(world, w.applicant(world))).number
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    with pytest.raises(OSError):
        reprint_to_file(world["intake"], number, blocked / "copy.pdf")
    assert reprints(number) == (0, 0)
    out = tmp_path / "out" / "copy.pdf"
    assert reprint_to_file(world["intake"], number, out).reprints == 1
    assert out.read_bytes().startswith(b"%PDF") and reprints(number) == (1, 1)
