"""The SKHPN screens of issue 10: a conclusion no typed letter can choose, the proposal and the
clinical reason, an active rehab client pointed out to the doctor, the photo from a webcam
or a file, applicants with their own numbers and out of Klien unless asked."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.documents.document import Document
from models.documents.photo import PersonPhoto
from models.documents.skhpn import open_application, record_exam
from models.people.person import Person
from models.seals import signing
from tests import doc_world as w
from tests.test_skhpn_rules import DAST_FOUR
from tests.test_skhpn_rules import exam as exam_input
from ui import i18n
from ui.clients.person_form import set_code
from ui.clients.search_panel import SearchPanel
from ui.documents import photo_dialog
from ui.documents.photo_dialog import PhotoDialog
from ui.documents.skhpn_desk import SkhpnDesk
from ui.documents.skhpn_exam import SkhpnExamPanel
from ui.session import SESSION

#: QtMultimedia's FFmpeg backend reports the optional libraries it does not find (VA-API,
#: PipeWire) as warnings the first time it loads; they say nothing about Pulih.
MULTIMEDIA_NOISE = "Couldn't (resolve|load) (va|pipewire)"


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


def fill(exam: SkhpnExamPanel, dast: dict, **positives: str) -> None:
    for key, combo in exam.dast.items.items():
        set_code(combo, dast[key])
    exam.specimen.setText("U-2026-0077")
    exam.panel.set_results(w.PANEL | positives)
    exam.finding.setPlainText("Pupil midriasis, gelisah")


def test_a_typed_letter_never_chooses_the_conclusion(qtbot, world):
    open_application(world["intake"], w.applicant(world), "job")
    SESSION.sign_in(world["doctor"])
    exam = shown(qtbot, SkhpnExamPanel())
    exam.load()
    assert exam.conclusion.conclusion() == ""  # nothing chosen to begin with
    exam.finding.setFocus()
    qtbot.keyClick(exam.finding, Qt.Key.Key_Tab)
    focused = exam.window().focusWidget()
    assert focused in exam.conclusion.buttons.values()  # Tab reaches the conclusion
    for letter in "TtIiNn":
        qtbot.keyClicks(focused, letter)
        qtbot.keyClick(focused, letter, Qt.KeyboardModifier.AltModifier)
    assert exam.conclusion.conclusion() == ""
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # a deliberate key chooses the focused one
    assert exam.conclusion.conclusion() != ""


def test_the_doctor_sees_the_proposal_and_must_confirm_and_explain_a_contradiction(
        qtbot, world):
    app = open_application(world["intake"], w.applicant(world), "job")
    SESSION.sign_in(world["doctor"])
    exam = shown(qtbot, SkhpnExamPanel())
    exam.load()
    assert "lengkap" in exam.conclusion.proposal_label.text()  # nothing proposed yet
    fill(exam, DAST_FOUR, AMP="positive", MET="positive")
    label = exam.conclusion.proposal_label.text()
    assert "TERINDIKASI" in label.upper() and "AMP, MET positif" in label and "= 4" in label
    assert not exam.conclusion.reason.isVisible()
    exam.conclusion.buttons["not_indicated"].click()
    assert exam.conclusion.confirm.isVisible() and exam.conclusion.reason.isVisible()
    assert exam.issue() is None and Document.select().count() == 0
    assert exam.message.isVisible() and "konfirmasi" in exam.message.text()
    exam.conclusion.confirm.click()
    exam.conclusion.reason.setText("ok")
    assert exam.issue() is None and Document.select().count() == 0  # refused by models/
    assert exam.message.isVisible()
    reason = "AMP/MET positif: obat flu pseudoefedrin, resep ditunjukkan"
    exam.conclusion.reason.setText(reason)
    document_id = exam.issue()
    assert document_id is not None
    assert Document.get_by_id(document_id).payload["clinical_note"] == reason
    assert app not in [a.exam_id for a in exam.applications]


def test_the_doctor_sees_an_active_rehab_client_and_missing_identity(qtbot, world, person_id):
    client = w.applicant(world, "Rina Marlina", n=4)
    episode = w.client_episode(world, client, complete=False)
    open_application(world["intake"], client, "job")
    SESSION.sign_in(world["doctor"])
    exam = shown(qtbot, SkhpnExamPanel())
    exam.load()
    from models.intake.episode import Episode
    number = Episode.get_by_id(episode).episode_no
    assert exam.status_note.isVisible() and number in exam.status_note.text()
    assert "klien rehabilitasi aktif" in exam.status_note.text()


def test_a_walk_in_applicant_gets_an_applicant_number_and_the_desk_asks_for_a_photo(
        qtbot, world, monkeypatch, tmp_path):
    monkeypatch.setattr(photo_dialog, "video_inputs", lambda: [])
    SESSION.sign_in(world["intake"])
    desk = shown(qtbot, SkhpnDesk())
    qtbot.keyClicks(desk.search, "Yoga Pratama")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    dialog = desk.register_applicant()
    set_code(dialog.person.sex, "L")
    dialog.person.birth_date.setText("06-05-1999")
    set_code(dialog.person.id_type, "passport")
    dialog.person.id_number.setText("C7654321")
    dialog.save()
    person = Person.get(Person.full_name == "Yoga Pratama")
    assert person.reg_no.startswith("P-")
    assert desk.gaps.isVisible()  # birthplace and address are missing
    assert "tempat lahir, alamat." in desk.gaps.text()
    assert "Belum ada foto" in desk.photo_state.text() and desk.photo_button.isEnabled()
    photo = desk.take_photo()
    assert not photo.capture_button.isEnabled() and "Tidak ada kamera" in photo.camera_note.text()
    picture = tmp_path / "pas-foto.png"
    from PIL import Image
    Image.new("RGB", (600, 800), (90, 120, 200)).save(picture)
    photo.load_file(str(picture))
    assert not photo.preview.pixmap().isNull()
    photo.buttons.button(photo.buttons.StandardButton.Save).click()
    assert PersonPhoto.select().where(PersonPhoto.person == person.id).count() == 1
    assert "Foto sudah ada" in desk.photo_state.text()


@pytest.mark.qt_log_ignore(MULTIMEDIA_NOISE)
def test_without_a_camera_the_photo_dialog_says_so_and_refuses_bad_files(qtbot, world,
                                                                          tmp_path):
    SESSION.sign_in(world["intake"])
    dialog = shown(qtbot, PhotoDialog(w.applicant(world)))
    if photo_dialog.video_inputs():
        pytest.fail("this test expects a machine without a camera")  # CI has none
    assert "Tidak ada kamera" in dialog.camera_note.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"MZ\x90\x00 not a picture")
    dialog.load_file(str(fake))
    assert dialog.message.isVisible() and dialog.data is None
    huge = tmp_path / "besar.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (9 * 2**20))
    dialog.load_file(str(huge))
    assert "terlalu besar" in dialog.message.text() and dialog.data is None


def test_klien_lists_applicants_only_when_asked(qtbot, world):
    client = w.applicant(world, "Rina Marlina", n=4)
    w.client_episode(world, client, complete=False)
    walk_in = w.applicant(world, "Yoga Pratama", n=5)
    record_exam(world["doctor"], open_application(world["intake"], walk_in, "job"),
                exam_input())
    SESSION.sign_in(world["intake"])
    panel = shown(qtbot, SearchPanel())
    panel.run_search()

    def names() -> list[str]:
        return [panel.model.row_of(r).full_name for r in range(panel.model.rowCount())]

    assert names() == ["Rina Marlina"]
    qtbot.keyClicks(panel.search, "Yoga")
    panel.run_search()
    assert names() == []
    panel.applicants.click()
    assert names() == ["Yoga Pratama"]


def test_the_doctor_sees_the_applicants_photo_and_the_view_is_audited(qtbot, world):
    from models.documents.photo import save_photo
    from models.safety.audit import AuditEvent
    from tests.test_skhpn_rules import picture
    person = w.applicant(world)
    open_application(world["intake"], person, "job")
    SESSION.sign_in(world["doctor"])
    exam = shown(qtbot, SkhpnExamPanel())
    exam.load()
    assert not exam.photo.isVisible()  # no photo yet: nothing shown
    save_photo(world["intake"], person, picture())
    exam.load()
    assert exam.photo.isVisible() and not exam.photo.pixmap().isNull()
    assert AuditEvent.select().where((AuditEvent.action == "photo.view")
                                     & (AuditEvent.person_id == person)).count() >= 1


def test_a_still_from_the_camera_is_kept_as_the_camera_photo(qtbot, world, monkeypatch):
    from PySide6.QtGui import QColor, QImage
    monkeypatch.setattr(photo_dialog, "video_inputs", lambda: [])
    SESSION.sign_in(world["intake"])
    person = w.applicant(world)
    dialog = shown(qtbot, PhotoDialog(person))
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(90, 120, 200))
    dialog._captured(1, frame)  # what QImageCapture.imageCaptured delivers
    assert dialog.source == "camera" and dialog.data[:3] == b"\xff\xd8\xff"
    dialog.save()
    assert PersonPhoto.get(PersonPhoto.person == person).source == "camera"
