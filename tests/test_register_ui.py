"""The register's rules as a desk meets them: Cetak on the client record gives a copy
(SALINAN, the same number) of a letter already issued, a new original only through its
own dialog with a reason; letters the episode may not have are disabled in the menu with
the reason before a click; the void button is enabled only for who may void the entry."""
from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader

from models.documents.document import Document
from models.safety import accounts
from models.safety.audit import AuditEvent
from models.seals import signing
from models.staff.staff import Staff
from tests import doc_world as w
from ui import i18n
from ui.documents.letters_menu import LettersButton
from ui.documents.register_page import RegisterPanel
from ui.session import SESSION


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def world(staff):
    w.facility_and_doctor(staff)
    yield staff
    SESSION.sign_out()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_cetak_twice_gives_the_original_then_a_copy_with_the_same_number(qtbot, world):
    person = w.applicant(world)
    w.client_episode(world, person, complete=False)
    SESSION.sign_in(world["intake"])
    button = shown(qtbot, LettersButton())
    button.set_person(person)
    first = button.issue("KLD")
    assert first is not None and "SALINAN" not in pdf_text(first.pdf)
    first.close()
    again = button.issue("KLD")
    assert again is not None and "SALINAN" in pdf_text(again.pdf)
    again.close()
    [card] = Document.select().where(Document.kind == "KLD")
    assert card.number in pdf_text(again.pdf) and card.reprints == 1
    assert AuditEvent.select().where(AuditEvent.action == "document.reprint").count() == 1
    button.refresh_menu()
    assert card.number in button.actions_["KLD"].text()  # says Cetak gives its copy
    # a new original only with a reason, through its own dialog
    assert button.new_actions["KLD"].isVisible() and button.new_actions["KLD"].isEnabled()
    dialog = button.issue_new("KLD")
    dialog.act_button.click()
    assert dialog.isVisible() and dialog.form.rows["Reason for a new original"].error.isVisible()
    dialog.reason.setPlainText("Kartu hilang di jalan")
    dialog.act_button.click()
    assert Document.select().where(Document.kind == "KLD").count() == 2
    assert "SALINAN" not in pdf_text(button.last_preview.pdf)
    button.last_preview.close()


def test_letters_the_episode_may_not_have_are_disabled_with_the_reason(qtbot, world):
    person = w.applicant(world)
    w.client_episode(world, person, complete=False, wajib_lapor=False)
    SESSION.sign_in(world["intake"])
    button = shown(qtbot, LettersButton())
    button.set_person(person)
    button.refresh_menu()
    kld, skr, sks = (button.actions_[k] for k in ("KLD", "SKR", "SKS"))
    assert not kld.isEnabled() and "wajib lapor" in kld.toolTip()
    assert not sks.isEnabled() and "belum berakhir" in sks.toolTip()
    assert sks.statusTip() == sks.toolTip()
    assert skr.isEnabled() and skr.statusTip() == ""
    assert button.menu().toolTipsVisible()
    assert not button.new_menu.isEnabled()  # nothing issued yet: nothing to renew
    assert button.issue("SKS") is None  # a click anyway (a shortcut) is refused in words
    assert Document.select().count() == 0


def test_the_void_button_is_enabled_only_for_who_may_void_the_entry(qtbot, world):
    w.skhpn(world, w.applicant(world))
    other = accounts.create_staff(world["admin"], "dokter2", "dr. Lain", "doctor",
                                  "doctor-password-2")
    expectations = ((world["doctor"], True), (world["admin"], True),
                    (Staff.get_by_id(other.id), False), (world["intake"], False))
    for member, enabled in expectations:
        SESSION.sign_in(member)
        panel = shown(qtbot, RegisterPanel())
        panel.kind.setCurrentIndex(panel.kind.findData("SKHPN"))
        panel.run_search()
        assert panel.model.rowCount() == 1
        assert panel.void_button.isEnabled() is enabled, member.username
        if not enabled:
            assert "membatalkan" in panel.void_button.toolTip()
            assert panel.void_current() is None
        panel.close()
        SESSION.sign_out()
    SESSION.sign_in(world["doctor"])
    panel = shown(qtbot, RegisterPanel())
    panel.kind.setCurrentIndex(panel.kind.findData("SKHPN"))
    panel.run_search()
    dialog = panel.void_current()
    # in the dialog, "Batalkan dokumen" stands apart from "Tutup", never its neighbour
    assert dialog.act_button not in dialog.buttons.buttons()
    assert dialog.cancel_button.text() == "Tutup" and not dialog.act_button.autoDefault()
    cancel_left = dialog.cancel_button.mapTo(dialog, dialog.cancel_button.rect().topLeft()).x()
    assert dialog.act_button.geometry().right() < cancel_left - 100
    dialog.reason.setPlainText("Salah ketik tanggal lahir pemohon")
    dialog.act_button.click()
    assert Document.get(Document.kind == "SKHPN").voided_by_id == world["doctor"].id
    assert not panel.void_button.isEnabled()
    # the void button stands apart from the everyday buttons (after the stretch)
    row = panel.layout().itemAt(panel.layout().count() - 1).layout()
    places = [row.itemAt(i).widget() for i in range(row.count())]
    assert places[-1] is panel.void_button and places[-2] is None


def test_the_signing_doctor_can_void_from_the_preview_far_from_tutup(qtbot, world):
    from ui.common.papers import original_pdf
    from ui.documents.printing import open_preview
    doc = w.skhpn(world, w.applicant(world))
    SESSION.sign_in(world["intake"])
    record, pdf = original_pdf(world["intake"], doc)
    shown_to_desk = open_preview(None, pdf, record.number, record.number, document_id=doc)
    qtbot.addWidget(shown_to_desk)
    assert not shown_to_desk.void_button.isVisible()
    shown_to_desk.close()
    SESSION.sign_out()
    SESSION.sign_in(world["doctor"])
    preview = open_preview(None, pdf, record.number, record.number, document_id=doc)
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    assert preview.void_button.isVisible()
    assert preview.void_button.text() == "&Batalkan dokumen ini..."
    void_at = preview.void_button.mapTo(preview, preview.void_button.rect().topLeft())
    close_at = preview.close_button.mapTo(preview, preview.close_button.rect().topLeft())
    assert void_at.y() > close_at.y() + 300 and void_at.x() < close_at.x() - 300
    dialog = preview.void_document()
    dialog.reason.setPlainText("Tanggal lahir salah ketik")
    dialog.act_button.click()
    assert Document.get_by_id(doc).voided_by_id == world["doctor"].id
    assert not preview.void_button.isVisible() and "dibatalkan" in preview.done_note.text()
    preview.close()
