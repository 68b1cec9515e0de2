"""The document screens driven as a desk would: the SKHPN from the walk-in applicant to the
certificate, the register (search, a copy, voiding), checking papers with a scanner, the
signing keys, printing and saving, the certificates of a period, letters from a record."""
from __future__ import annotations

import datetime as dt
import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from models.documents.document import Document, qr_text
from models.documents.issue import void_document
from models.documents.letters import issue_kartu
from models.documents.skhpn import open_application, open_applications
from models.intake.intake import record_consent
from models.safety.audit import AuditEvent
from models.seals import signing
from tests import doc_world as w
from ui import i18n
from ui.clients.person_form import set_code
from ui.common.papers import certificates_pdf, original_pdf
from ui.documents import register_model
from ui.documents.keys_panel import KeysPanel
from ui.documents.letters_menu import LettersButton, ReferralDialog
from ui.documents.preview import PreviewDialog, load_pdf, print_pdf
from ui.documents.register_dialogs import CertificatesDialog, VoidDialog
from ui.documents.register_model import RegisterFilter, RegisterModel
from ui.documents.register_page import RegisterPage, RegisterPanel
from ui.documents.skhpn_desk import ApplicantDialog, SkhpnDesk
from ui.documents.skhpn_exam import SkhpnExamPanel
from ui.documents.verify_dialog import VerifyDialog
from ui.main_window import MainWindow
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


def actions(name: str) -> list[dict]:
    return [e.detail for e in AuditEvent.select().where(AuditEvent.action == name)
            .order_by(AuditEvent.id)]


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# --- SKHPN ---------------------------------------------------------------------------------

def test_skhpn_from_the_walk_in_applicant_to_the_certificate(qtbot, world, person_id):
    SESSION.sign_in(world["intake"])
    desk = shown(qtbot, SkhpnDesk())
    desk.search.setFocus()
    qtbot.keyClicks(desk.search, "Rina Marlina")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.model.rowCount() == 0
    assert "Rina Marlina" in desk.count_label.text() and "daftarkan" in desk.count_label.text()
    assert not desk.open_button.isEnabled()  # nobody chosen yet

    dialog = desk.register_applicant()
    assert isinstance(dialog, ApplicantDialog)
    assert dialog.person.full_name.text() == "Rina Marlina"  # the searched name carried over
    dialog.save()  # sex missing: said at its field, nothing registered
    assert dialog.isVisible() and dialog.person.form.rows["Sex"].error.isVisible()
    set_code(dialog.person.sex, "P")
    dialog.person.birth_date.setText("02-01-1998")
    set_code(dialog.person.id_type, "passport")
    dialog.person.id_number.setText("C7654321")
    dialog.person.occupation.setText("Guru honorer")
    dialog.person.birth_place.setText("Sukamaju")  # an SKHPN needs birthplace and address
    dialog.person.address.setPlainText("Jl. Kenanga 7")
    dialog.save()
    assert not dialog.isVisible()
    assert "Rina Marlina" in desk.chosen.text() and desk.open_button.isEnabled()
    assert desk.focusWidget() is desk.purpose or desk.window().focusWidget() is desk.purpose

    assert desk.fee.text().startswith("Rp 290.000")
    desk.purpose.setFocus()
    for expected in (desk.purpose_detail, desk.sktm, desk.open_button):  # Tab goes down the form
        qtbot.keyClick(desk.focusWidget(), Qt.Key.Key_Tab)
        assert desk.focusWidget() is expected
    desk.take_application()  # no purpose yet
    assert desk.form.rows["Purpose of the certificate"].error.isVisible()
    set_code(desk.purpose, "job")
    qtbot.keyClicks(desk.purpose_detail, "Melamar sebagai guru di SD Negeri 3")
    qtbot.keyClick(desk.purpose_detail, Qt.Key.Key_Return)
    assert "Rina Marlina" in desk.done.text()
    assert desk.person_id is None  # ready for the next applicant

    # the next applicant is already on file, and brings a certificate of poverty
    qtbot.keyClicks(desk.search, "Siti Rahmawati")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.model.rowCount() == 1 and desk.person_id == person_id
    set_code(desk.purpose, "school")
    qtbot.keyClicks(desk.sktm, "470/112/Kel.Cipaganti/2026")
    assert desk.fee.text().startswith("Rp 0")
    desk.open_button.click()
    queue = open_applications(world["intake"])
    assert [(a.name, a.fee, a.sktm_number) for a in queue] == [
        ("Rina Marlina", 290000, ""), ("Siti Rahmawati", 0, "470/112/Kel.Cipaganti/2026")]

    # the doctor's examination
    SESSION.sign_in(world["doctor"])
    exam = shown(qtbot, SkhpnExamPanel())
    exam.load()
    assert exam.queue.rowCount() == 2 and exam.queue.item(0, 0).text() == "Rina Marlina"
    assert "Rina Marlina" in exam.heading.text()
    exam.issue()  # nothing entered: each refusal lands at its field, nothing is issued
    assert exam.exam_form.rows["Conclusion"].error.isVisible()
    exam.conclusion.set_conclusion("not_indicated")
    exam.finding.setPlainText("Dalam batas normal")
    exam.vitals["TD"].setText("118/76")
    exam.issue()
    assert exam.dast.error.isVisible() and not exam.exam_form.rows["Conclusion"].error.isVisible()
    for key, combo in exam.dast.items.items():
        set_code(combo, "yes" if key == "q3" else "no")
    assert exam.dast.result.text() == "Total 0 dari 10: Tidak ada masalah yang dilaporkan"
    set_code(exam.dast.items["q1"], "yes")
    assert exam.dast.result.text().startswith("Total 1 dari 10")
    set_code(exam.dast.items["q1"], "no")
    exam.issue()
    assert exam.urine_form.rows["Specimen code"].error.isVisible()
    assert Document.select().count() == 0
    assert exam.finding.toPlainText() == "Dalam batas normal"  # nothing typed is lost
    exam.specimen.setText("U-2026-0042")
    exam.kit.setText("Rapid 6 parameter")
    exam.panel.set_results(w.PANEL)
    document_id = exam.issue()
    assert document_id is not None
    doc = Document.get_by_id(document_id)
    assert (doc.kind, doc.result, doc.fee, doc.person.full_name) == (
        "SKHPN", "not_indicated", 290000, "Rina Marlina")
    preview, receipt = exam.findChildren(PreviewDialog)  # the certificate and its kuitansi
    assert preview.isVisible() and preview.page_count() == 1
    text = pdf_text(preview.pdf)
    assert "Rina Marlina" in text and "TIDAK TERINDIKASI" in text.upper()
    assert doc.number in preview.windowTitle()
    assert "KUITANSI" in pdf_text(receipt.pdf) and "KWT/" in receipt.windowTitle()
    preview.close()
    receipt.close()
    assert exam.queue.rowCount() == 1 and exam.queue.item(0, 0).text() == "Siti Rahmawati"
    assert exam.specimen.text() == ""  # a fresh form for the next applicant


def test_only_a_doctor_issues_and_the_desk_can_cancel(qtbot, world, person_id):
    open_application(world["intake"], person_id, "job")
    SESSION.sign_in(world["intake"])
    exam = shown(qtbot, SkhpnExamPanel())
    exam.load()
    assert not exam.issue_button.isEnabled() and exam.rights_note.isVisible()
    exam.cancel_current()
    box = exam.findChild(QMessageBox, "confirm_cancel_application")
    assert "Siti Rahmawati" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert exam.queue.rowCount() == 0 and open_applications(world["intake"]) == []


# --- the register ----------------------------------------------------------------------------

def test_register_search_filters_copy_and_void_with_a_reason(qtbot, world, person_id):
    first = w.skhpn(world, person_id, sktm="470/5/Kel.Cipaganti/2026")  # free: no kuitansi
    other = w.applicant(world, name="Budi Santoso")
    second = w.skhpn(world, other, specimen="U-0002", conclusion="indicated",
                     urine=w.PANEL | {"MET": "positive"}, sktm="470/6/Kel.Cipaganti/2026")
    card = issue_kartu(world["intake"], w.client_episode(world, other, complete=False))
    SESSION.sign_in(world["admin"])
    panel = shown(qtbot, RegisterPanel())
    assert panel.model.rowCount() == 3
    assert panel.model.data(panel.model.index(0, 0), register_model.DocumentIdRole) == card
    assert panel.count_label.text() == "3 dokumen."

    qtbot.keyClicks(panel.text, "Budi")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 2
    set_code(panel.kind, "SKHPN")
    assert [panel.model.rows[r].id for r in range(panel.model.rowCount())] == [second]
    assert panel.model.index(0, register_model.COLUMN["purpose"]).data() == \
        "Melamar pekerjaan \u00b7 Terindikasi menggunakan narkotika"
    panel.text.clear()
    panel.date_from.setText("31-02-2026")
    panel.run_search()
    assert panel.message.isVisible() and panel.model.rowCount() == 1  # list kept
    panel.date_from.set_date(w.TODAY)
    panel.date_to.set_date(w.TODAY)
    panel.run_search()
    assert {r.id for r in panel.model.rows} == {first, second}

    # a copy, marked SALINAN: a counted, audited reprint
    panel.table.selectRow(1)
    preview = panel.open_current()
    number = Document.get_by_id(first).number
    assert number in preview.windowTitle() and "salinan" in preview.windowTitle()
    assert "SALINAN" in pdf_text(preview.pdf)
    assert Document.get_by_id(first).reprints == 1
    assert actions("document.reprint")[-1]["number"] == number
    preview.close()

    dialog = panel.void_current()
    assert isinstance(dialog, VoidDialog) and number in dialog.heading.text()
    qtbot.keyClicks(dialog.reason, "Sal")
    dialog.act_button.click()
    assert dialog.isVisible()
    assert dialog.form.rows["Reason for voiding"].error.text().startswith("Tuliskan")
    qtbot.keyClicks(dialog.reason, "ah ketik nama; diganti nomor berikutnya")
    dialog.act_button.click()
    assert not dialog.isVisible()
    doc = Document.get_by_id(first)
    assert doc.voided_at is not None
    assert doc.void_reason == "Salah ketik nama; diganti nomor berikutnya"
    assert actions("document.void")[-1]["reason"] == doc.void_reason
    row = next(r for r in range(panel.model.rowCount()) if panel.model.rows[r].id == first)
    assert panel.model.index(row, register_model.COLUMN["status"]).data() == "Dibatalkan"
    panel.table.selectRow(row)
    assert not panel.void_button.isEnabled()
    set_code(panel.state, "voided")
    assert [r.id for r in panel.model.rows] == [first]
    set_code(panel.state, "valid")
    assert first not in [r.id for r in panel.model.rows]


def test_the_desk_without_the_right_to_correct_cannot_void(qtbot, world, person_id):
    document_id = w.skhpn(world, person_id)
    SESSION.sign_in(world["intake"])
    dialog = shown(qtbot, VoidDialog(document_id, "X"))
    dialog.reason.setPlainText("Permintaan pemohon")
    dialog.act()
    assert dialog.message.isVisible() and "hak" in dialog.message.text()
    assert Document.get_by_id(document_id).voided_at is None


def test_the_register_list_fetches_by_page_and_is_a_valid_model(qtmodeltester, qtbot, world,
                                                                 person_id, monkeypatch):
    monkeypatch.setattr(RegisterModel, "PAGE", 2)
    episode = w.client_episode(world, person_id, complete=False)
    numbers = [issue_kartu(world["intake"], episode, reason="Kartu hilang") for _ in range(5)]
    SESSION.sign_in(world["intake"])
    model = RegisterModel(lambda: SESSION.staff)
    model.search(RegisterFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert [r.id for r in model.rows] == list(reversed(numbers))  # newest first
    qtmodeltester.check(model)
    model.search(RegisterFilter(text="nobody at all"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_certificates_of_a_period_in_one_batch(qtbot, world, person_id):
    w.client_episode(world, person_id)
    w.client_episode(world, w.applicant(world, name="Budi Santoso"))
    SESSION.sign_in(world["intake"])
    panel = shown(qtbot, RegisterPanel())
    dialog = panel.issue_certificates()
    assert isinstance(dialog, CertificatesDialog)
    dialog.date_from.set_date(w.TODAY - 30 * w.DAY)
    dialog.date_to.set_date(w.TODAY)
    dialog.act_button.click()
    assert not dialog.isVisible()
    preview = panel.last_preview
    assert preview.page_count() == 2 and preview.isVisible()
    assert Document.select().where(Document.kind == "SRT").count() == 2
    assert panel.model.rowCount() == 2
    preview.close()
    again = panel.issue_certificates()
    again.date_from.set_date(w.TODAY - 30 * w.DAY)
    again.date_to.set_date(w.TODAY)
    again.act()
    assert again.isVisible() and "Tidak ada" in again.message.text()
    again.date_from.set_date(w.TODAY)
    again.date_to.set_date(w.TODAY - w.DAY)
    again.act()
    assert again.form.rows["Period"].error.isVisible()


# --- checking a paper -------------------------------------------------------------------------

GREEN, RED = "#1b5e20", "#b3261e"


def scan(qtbot, dialog: VerifyDialog, text: str) -> None:
    """What a USB scanner does: type the characters into the focused field, then Enter."""
    dialog.seal.clear()
    dialog.seal.setFocus()
    qtbot.keyClicks(dialog.seal, text)
    qtbot.keyClick(dialog.seal, Qt.Key.Key_Return)


def test_the_verify_dialog_typed_into_as_a_scanner_would(qtbot, world, person_id):
    document_id = w.skhpn(world, person_id)
    doc = Document.get_by_id(document_id)
    text = qr_text(doc.payload, doc.signature)
    dialog = shown(qtbot, VerifyDialog())
    assert dialog.focusWidget() is dialog.seal
    scan(qtbot, dialog, text)
    # without the holder: never the green ASLI, and it says so in plain words
    assert dialog.status == "unchecked" and "ASLI" not in dialog.headline.text()
    assert GREEN not in dialog.headline.styleSheet()
    assert "BELUM DIPERIKSA" in dialog.headline.text()
    assert "kartu identitas" in dialog.details.text()
    assert doc.number in dialog.details.text() and "TIDAK TERINDIKASI" in dialog.details.text()
    assert dialog.seal.selectedText() == text  # the next scan replaces it

    forged = text.replace("TIDAK TERINDIKASI", "TIDAK TERINDIKASJ")
    scan(qtbot, dialog, forged)
    assert dialog.status == "forged" and dialog.headline.text() == "PALSU / FORGED"

    scan(qtbot, dialog, "https://example.com/surat-bebas-narkoba")
    assert dialog.headline.text() == "TIDAK TERBACA / NOT READABLE"

    # the holder's name and birth date as written on the identity card
    scan(qtbot, dialog, text)
    qtbot.keyClicks(dialog.holder, "SITI  rahmawati")
    qtbot.keyClicks(dialog.holder_born, "17-08-1995")
    qtbot.keyClick(dialog.holder_born, Qt.Key.Key_Return)
    assert dialog.status == "valid" and dialog.headline.text() == "ASLI / GENUINE"
    assert GREEN in dialog.headline.styleSheet()
    dialog.holder_born.setText("18-08-1995")
    dialog.check_again()
    assert dialog.status == "forged" and RED in dialog.headline.styleSheet()
    assert "tanggal lahir" in dialog.details.text()
    dialog.holder.clear()

    void_document(world["admin"], document_id, "Diterbitkan atas identitas yang salah")
    scan(qtbot, dialog, text)
    assert dialog.status == "revoked" and dialog.headline.text() == "DICABUT / REVOKED"
    assert "identitas yang salah" in dialog.details.text()  # signed in: the reason is shown


def test_a_wrong_holder_name_turns_the_banner_red_not_green(qtbot, world, person_id):
    doc = Document.get_by_id(w.skhpn(world, person_id))
    dialog = shown(qtbot, VerifyDialog())
    dialog.holder.setText("Siti Rahmawani")  # one letter off
    dialog.holder_born.setText("17-08-1995")
    scan(qtbot, dialog, qr_text(doc.payload, doc.signature))
    assert dialog.status == "forged" and "ASLI" not in dialog.headline.text()
    assert RED in dialog.headline.styleSheet() and GREEN not in dialog.headline.styleSheet()
    assert "nama pemegang" in dialog.details.text()


def test_a_pdf_is_checked_by_its_printed_qr(qtbot, world, person_id, tmp_path):
    document_id = w.skhpn(world, person_id)
    SESSION.sign_in(world["intake"])
    _record, pdf = original_pdf(world["intake"], document_id)
    path = tmp_path / "skhpn.pdf"
    path.write_bytes(pdf)
    dialog = shown(qtbot, VerifyDialog())
    dialog.check_pdf(str(path))
    assert dialog.reading and dialog.status == "reading"  # the window stays alive
    assert "ASLI" not in dialog.headline.text() and not dialog.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=30_000)
    assert dialog.status == "unchecked" and dialog.pdf_button.isEnabled()
    dialog.holder.setText("Siti Rahmawati")
    dialog.holder_born.setText("17-08-1995")
    dialog.check_again()  # the PDF is not read again
    assert dialog.status == "valid" and GREEN in dialog.headline.styleSheet()
    stranger = tmp_path / "other.pdf"
    stranger.write_bytes(b"%PDF-1.4 nothing here")
    dialog.check_pdf(str(stranger))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=30_000)
    assert dialog.status == "not_read" and "ASLI" not in dialog.headline.text()


def test_ctrl_shift_v_opens_the_check_from_the_documents_page(qtbot, world, tmp_path, db):
    window = MainWindow(db, language="id",
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    window.sign_in(world["intake"])
    page = window.open_page("documents")
    assert isinstance(page, RegisterPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Register", "SKHPN: permohonan", "SKHPN: pemeriksaan"]  # keys: admins only
    with qtbot.waitActive(window):
        window.activateWindow()
    page.register.table.setFocus()
    qtbot.keyClick(page.register.table, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.set_language("en")  # no restart: the page follows
    assert page.tabs.tabText(1) == "SKHPN: application"
    assert page.register.open_button.text() == "&Open a copy"
    window.close()


# --- keys -----------------------------------------------------------------------------------

def test_keys_exported_as_file_and_qr_page_and_another_facilitys_imported(qtbot, world,
                                                                         person_id, tmp_path):
    import pypdfium2 as pdfium
    import zxingcpp
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from models.seals.signing import KEY_FORMAT, Seal, b64, key_id_of, public_raw, seal_text, sign

    w.skhpn(world, person_id)  # the desk's key is made with the first paper
    SESSION.sign_in(world["admin"])
    panel = shown(qtbot, KeysPanel())
    assert panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "Fasilitas ini"
    assert panel.export_to(str(tmp_path / "kunci.txt"))
    exported = (tmp_path / "kunci.txt").read_text(encoding="utf-8")
    assert exported.startswith(KEY_FORMAT + "|BNNK-SM|")
    key_line, signed_list = exported.splitlines()
    assert signed_list.startswith('{"bundle":')  # key states and voided numbers, signed
    page = panel.qr_page()
    document = pdfium.PdfDocument(page)
    assert len(document) == 1
    codes = zxingcpp.read_barcodes(document[0].render(scale=2).to_pil())
    assert [c.text for c in codes] == [key_line]
    document.close()

    other = Ed25519PrivateKey.generate()
    raw = public_raw(other)
    seal = Seal("SKHPN/0009/I/2026/BNNP-NTB", "SKHPN", "2026-01-05", "TIDAK TERINDIKASI",
                "BNNP-NTB", "ABCDEF012345", key_id_of(raw))
    paper = seal_text(seal, sign(other, seal))
    check = shown(qtbot, VerifyDialog())
    scan(qtbot, check, paper)
    assert check.headline.text() == "KUNCI TIDAK DIKENAL / UNKNOWN KEY"

    line = f"{KEY_FORMAT}|BNNP-NTB|{key_id_of(raw)}|{b64(raw)}|BNNP Nusa Tenggara Barat"
    panel.pasted.setPlainText(line.replace(b64(raw)[:4], "AAAA"))
    panel.import_text_button.click()
    assert panel.message.isVisible() and panel.pasted.toPlainText()  # kept to be fixed
    panel.pasted.setPlainText(line)
    panel.import_text_button.click()
    assert panel.done.text() == "1 kunci diimpor."
    assert panel.table.rowCount() == 2 and panel.table.item(1, 3).text() == "Diimpor"
    (tmp_path / "ntb.txt").write_text(line + "\n", encoding="utf-8")
    assert panel.import_file(str(tmp_path / "ntb.txt"))
    assert "sudah ada" in panel.done.text()
    scan(qtbot, check, paper)
    assert check.status == "unchecked" and "BNNP Nusa Tenggara Barat" in check.details.text()


def test_an_admin_retires_and_revokes_keys_in_the_keys_panel(qtbot, world, person_id):
    from models.safety.audit import AuditEvent
    from models.seals.signing import SigningKey
    from ui.documents.key_state_dialog import KeyStateDialog
    doc = Document.get_by_id(w.skhpn(world, person_id))
    SESSION.sign_in(world["admin"])
    panel = shown(qtbot, KeysPanel())
    assert panel.table.item(0, 5).text() == "Dipakai"
    assert not panel.revoke_button.isEnabled()  # nothing selected yet
    panel.table.selectRow(0)
    assert panel.revoke_button.isEnabled() and panel.retire_button.isEnabled()
    dialog = panel.change_state(revoke=True)
    assert isinstance(dialog, KeyStateDialog)
    dialog.day.setText("01-01-2020")
    dialog.reason.setText("x")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.reason.text() == "x"  # refused, input kept
    dialog.reason.setText("Laptop meja depan dicuri")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    key = SigningKey.get(SigningKey.key_id == doc.key_id)
    assert key.revoked_at == dt.date(2020, 1, 1) and key.reason == "Laptop meja depan dicuri"
    assert panel.table.item(0, 5).text() == "Dicabut sejak 01-01-2020"
    assert "dicabut" in panel.done.text()
    assert AuditEvent.select().where(AuditEvent.action == "signing_key.revoke").count() == 1
    check = shown(qtbot, VerifyDialog())
    scan(qtbot, check, qr_text(doc.payload, doc.signature))
    assert check.status == "revoked" and "DICABUT" in check.headline.text()


def test_the_keys_panel_hides_retire_and_revoke_from_non_admins(qtbot, world, person_id):
    w.skhpn(world, person_id)
    SESSION.sign_in(world["intake"])
    panel = shown(qtbot, KeysPanel())
    assert panel.retire_button.isHidden() and panel.revoke_button.isHidden()


def test_only_admins_import_keys(qtbot, world, person_id):
    SESSION.sign_in(world["intake"])
    panel = shown(qtbot, KeysPanel())
    assert not panel.import_box.isEnabled()
    assert panel.qr_page() is None and "belum memiliki kunci" in panel.message.text()


# --- preview, print, save -------------------------------------------------------------------

def test_printing_through_qprinter_gives_every_page_in_its_orientation(qtbot, world, person_id,
                                                                       tmp_path):
    w.client_episode(world, person_id)
    w.client_episode(world, w.applicant(world, name="Budi Santoso"))
    from models.documents.letters import issue_certificates
    ids = issue_certificates(world["intake"], w.TODAY - 30 * w.DAY, w.TODAY)
    pdf = certificates_pdf(world["intake"], ids)
    dialog = shown(qtbot, PreviewDialog(pdf, "Sertifikat", "sertifikat"))
    assert dialog.page_count() == 2 and dialog.page_label.text() == "Halaman 1 dari 2"
    dialog.go(1)
    assert dialog.current_page() == 1 and not dialog.next_button.isEnabled()
    dialog.zoom(1)
    assert dialog.view.zoomFactor() > 0
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    assert dialog.print_to(printer)
    assert dialog.done_note.text() == "2 halaman dikirim ke printer."
    pages = PdfReader(str(tmp_path / "cetak.pdf")).pages
    assert len(pages) == 2
    assert all(p.mediabox.width > p.mediabox.height for p in pages)  # landscape, as drawn
    from models.documents.verification import verify_text
    from tests.qr_seals import seals_in_images  # the printed QR codes still verify
    printed = seals_in_images((tmp_path / "cetak.pdf").read_bytes())
    assert len(printed) == 2 and {verify_text(t).status for t in printed} == {"unchecked"}

    document, _buffer = load_pdf(original_pdf(world["intake"], w.skhpn(world, person_id))[1])
    printer.setOutputFileName(str(tmp_path / "skhpn.pdf"))
    assert print_pdf(document, printer) == 1
    page = PdfReader(str(tmp_path / "skhpn.pdf")).pages[0]
    assert page.mediabox.height > page.mediabox.width  # a letter prints portrait


def test_save_as_writes_the_whole_file_or_nothing_and_open_in_viewer(qtbot, world, person_id,
                                                                      tmp_path, monkeypatch):
    record, pdf = original_pdf(world["intake"], w.skhpn(world, person_id))
    dialog = shown(qtbot, PreviewDialog(pdf, record.number, record.number))
    assert dialog.file_stem == record.number.replace("/", "-")
    assert dialog.save_to(str(tmp_path / "salinan"))
    assert (tmp_path / "salinan.pdf").read_bytes() == pdf

    def full_disk(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ui.documents.preview.write_file", full_disk)
    assert not dialog.save_to(str(tmp_path / "penuh.pdf"))
    assert dialog.message.text().startswith("Disk penuh") and not (tmp_path / "penuh.pdf").exists()
    monkeypatch.undo()

    opened = []

    class SystemViewer:  # stands in for the desktop's PDF viewer
        @staticmethod
        def openUrl(url):  # noqa: N802
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr("ui.documents.preview.QDesktopServices", SystemViewer)
    monkeypatch.setattr("ui.documents.viewer_check.no_pdf_program", lambda: False)
    assert dialog.open_in_viewer()
    assert len(opened) == 1 and opened[0].endswith(dialog.file_stem + ".pdf")
    with open(opened[0], "rb") as fh:
        assert fh.read() == pdf


# --- letters from the record ------------------------------------------------------------------

def test_letters_from_the_record_and_their_refusals(qtbot, world, person_id):
    episode = w.client_episode(world, person_id, complete=False)
    record_consent(world["intake"], episode, "disclosure", w.TODAY, "Siti Rahmawati",
                   recipient="Puskesmas Coblong", purpose="Lanjutan terapi",
                   valid_until=w.TODAY + 90 * w.DAY)
    SESSION.sign_in(world["intake"])
    from ui.clients.record_page import RecordPage
    page = shown(qtbot, RecordPage())
    assert page.open_person(person_id)
    button = page.letters
    assert button.text() == "&Cetak" and button.isVisible()
    assert [a.text() for a in button.menu().actions()[:4]] == [
        "Kartu Lapor Diri", "Surat keterangan sedang menjalani rehabilitasi",
        "Surat keterangan selesai rehabilitasi", "Surat rujukan..."]
    assert button.issue("SKS") is None  # not completed: refused in words
    box = page.findChild(QMessageBox, "letters_message")
    assert "belum berakhir" in box.text()
    box.close()

    preview = button.issue("KLD")
    assert preview is not None and preview.isVisible()
    assert "KARTU LAPOR DIRI" in pdf_text(preview.pdf)
    preview.close()

    referral = button.issue("RUJ")
    assert isinstance(referral, ReferralDialog)
    referral.act()
    assert referral.form.rows["Referred to"].error.isVisible()
    qtbot.keyClicks(referral.to, "RSJ Provinsi Jawa Barat")
    referral.reason.setPlainText("Gejala psikotik memerlukan rawat inap")
    referral.act_button.click()
    assert Document.select().where(Document.kind == "RUJ").count() == 1
    assert "RSJ Provinsi Jawa Barat" in pdf_text(button.last_preview.pdf)
    button.last_preview.close()

    consents = button.fill_consents()
    # the general consent recorded at admission is listed too, without a recipient
    assert [c.recipient for c in consents if c.recipient] == ["Puskesmas Coblong"]
    (entry,) = [a for a in button.consent_menu.actions() if "Puskesmas Coblong" in a.text()]
    entry.trigger()
    assert Document.select().where(Document.kind == "PST").count() == 1
    assert "Puskesmas Coblong" in pdf_text(button.last_preview.pdf)


def test_a_person_without_an_episode_has_no_letters(qtbot, world, person_id):
    SESSION.sign_in(world["intake"])
    button = shown(qtbot, LettersButton())
    button.set_person(person_id)
    assert button.issue("KLD") is None
    box = button.findChild(QMessageBox, "letters_message")
    assert "tidak memiliki episode" in box.text()
    box.close()
    assert Document.select().count() == 0
    assert button.fill_consents() == []
    assert not button.consent_menu.actions()[0].isEnabled()


def test_consents_are_listed_per_person_and_episode(world, person_id):
    from models.intake.consent_list import consents_of
    first = w.client_episode(world, person_id, complete=True)
    second = w.client_episode(world, person_id, complete=False)
    other = w.client_episode(world, w.applicant(world, name="Budi Santoso"), complete=False)
    old = record_consent(world["intake"], first, "general", w.TODAY - 150 * w.DAY, "Siti")
    new = record_consent(world["intake"], second, "general", w.TODAY, "Siti")
    others = record_consent(world["intake"], other, "general", w.TODAY, "Budi")
    # (each admission also recorded its own general consent: those are listed as well)
    mine = [c.id for c in consents_of(world["counselor"], person_id)]
    assert [i for i in mine if i in (new, old)] == [new, old] and others not in mine
    of_first = [c.id for c in consents_of(world["counselor"], person_id, first)]
    assert old in of_first and new not in of_first and others not in of_first


def test_a_half_entered_examination_is_kept_for_each_applicant(qtbot, world, person_id, tmp_path,
                                                                db):
    from models.desk.drafts import load_draft
    first = open_application(world["intake"], person_id, "job")
    open_application(world["intake"], w.applicant(world, name="Budi Santoso"), "school")
    window = MainWindow(db, language="id",
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    window.sign_in(world["doctor"])
    page = window.open_page("documents")
    page.tabs.setCurrentWidget(page.exam)
    exam = page.exam
    assert exam.queue.rowCount() == 2 and exam.current_exam_id() == first
    qtbot.keyClicks(exam.specimen, "U-77")
    exam.finding.setPlainText("Pupil normal")
    set_code(exam.dast.items["q1"], "yes")
    exam.queue.setCurrentCell(1, 0)  # the next applicant: an empty form
    assert exam.specimen.text() == "" and exam.dast.answers() == {}
    exam.queue.setCurrentCell(0, 0)  # back: what was typed returns
    assert exam.specimen.text() == "U-77" and exam.finding.toPlainText() == "Pupil normal"
    assert exam.dast.answers() == {"q1": "yes"} and "dipulihkan" in exam.draft_note.text()
    exam.kit.setText("Rapid 6")
    window.lock()  # the window locks: the typed exam is kept as the doctor's draft
    assert load_draft(world["doctor"], "skhpn_exam", str(first)).payload["kit"] == "Rapid 6"
    window.close()
