"""A record that opens on who the person is now (issue 12, fault 16): the summary header
with photo, episode, phase and days, next follow-up, and flags set and cleared by those
with the right, audited; a restricted record hides its content, enforced in models/."""
from __future__ import annotations

import datetime as dt
import io
import os

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from models.core.errors import PermissionDenied
from models.desk.client_list import episodes_of
from models.desk.record_summary import record_summary
from models.documents.photo import save_photo
from models.people import flags
from models.people.registry import view_person
from models.safety.audit import AuditEvent
from ui import i18n
from ui.clients.record_header import FlagDialog
from ui.clients.record_page import RecordPage
from ui.session import SESSION


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


def photo_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 400), (180, 140, 110)).save(out, "PNG")
    return out.getvalue()


def actions(person_id: int) -> list[str]:
    return [a for (a,) in AuditEvent.select(AuditEvent.action)
            .where(AuditEvent.person_id == person_id).order_by(AuditEvent.id).tuples()]


def test_flags_need_the_right_of_their_kind_and_are_audited(staff, person_id):
    with pytest.raises(PermissionDenied):  # an intake desk gives no clinical alerts
        flags.set_flag(staff["intake"], person_id, flags.CLINICAL, "Risiko bunuh diri")
    with pytest.raises(PermissionDenied):  # only the right to restricted records marks one
        flags.set_flag(staff["counselor"], person_id, flags.RESTRICTED, "Kasus sensitif")
    fid = flags.set_flag(staff["counselor"], person_id, flags.CLINICAL, "Risiko bunuh diri")
    flags.set_flag(staff["intake"], person_id, flags.LEGAL, "Titipan penyidik Polres")
    shown = flags.active_flags(staff["doctor"], person_id)
    assert [f.kind for f in shown] == [flags.LEGAL, flags.CLINICAL]
    assert [f.may_clear for f in shown] == [False, True]  # a doctor gives clinical alerts
    with pytest.raises(PermissionDenied):
        flags.clear_flag(staff["intake"], fid, "salah orang")
    flags.clear_flag(staff["doctor"], fid, "Sudah dinilai ulang, risiko rendah")
    assert [f.kind for f in flags.active_flags(staff["intake"], person_id)] == [flags.LEGAL]
    assert actions(person_id).count("flag.set") == 2
    assert "flag.clear" in actions(person_id)


def test_a_restricted_record_hides_its_content_in_models(staff, person_id):
    flags.set_flag(staff["admin"], person_id, flags.RESTRICTED, "Kasus anak berhadapan hukum")
    for role in ("intake", "counselor"):
        with pytest.raises(PermissionDenied):
            view_person(staff[role], person_id)
        with pytest.raises(PermissionDenied):
            episodes_of(staff[role], person_id)
        summary = record_summary(staff[role], person_id)
        assert summary.restricted and summary.episode_no == "" and len(summary.flags) == 1
    assert "person.restricted_refused" in actions(person_id)
    assert view_person(staff["doctor"], person_id).id == person_id  # the doctor holds the right
    assert view_person(staff["admin"], person_id).id == person_id


def test_summary_gives_episode_phase_days_and_next_followup(staff, person_id):
    summary = record_summary(staff["counselor"], person_id)
    assert not summary.restricted and not summary.has_photo
    assert summary.episode_no == "" and summary.phase == "" and summary.next_followup is None
    save_photo(staff["intake"], person_id, photo_bytes())
    assert record_summary(staff["counselor"], person_id).has_photo


def header_of(qtbot, staff, person_id, who):
    SESSION.sign_in(staff[who])
    page = RecordPage()
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def answer_dialog(qtbot, kind_text: str | None, text: str):
    """Fill the flag dialog that is about to open, by keys, and press Enter."""
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FlagDialog)
        if kind_text is not None:
            dialog.kind.setFocus()
            index = dialog.kind.findText(kind_text)
            assert index >= 0, kind_text
            dialog.kind.setCurrentIndex(index)
        dialog.text.setFocus()
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    from PySide6.QtCore import QTimer
    QTimer.singleShot(50, fill)


def test_record_opens_on_a_header_with_photo_and_flag_banner_by_keys(qtbot, staff, person_id,
                                                                     tmp_path):
    save_photo(staff["intake"], person_id, photo_bytes())
    page = header_of(qtbot, staff, person_id, "counselor")
    assert page.open_person(person_id)
    header = page.header
    assert header.isVisible()
    assert header.photo.pixmap() is not None and not header.photo.pixmap().isNull()
    assert header.episode.text() == "Belum ada episode perawatan."
    assert not header.flag_rows
    # Ctrl+Shift+F: the counselor adds a clinical alert, all by keys.
    answer_dialog(qtbot, "Peringatan klinis", "Risiko bunuh diri: jangan sendirian")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(header.flag_rows) == 1)
    banner = header.flag_rows[0]
    text = banner.findChild(QLabel, "flag_text").text()
    assert "Peringatan klinis: Risiko bunuh diri: jangan sendirian" in text
    assert "Konselor Adiksi" in text
    if os.environ.get("RECORD_I_SHOTS"):
        QApplication.processEvents()
        page.grab().save(os.path.join(os.environ["RECORD_I_SHOTS"], "record_header.png"))
    # The same counselor clears it, giving a reason; both acts are in the trail.
    answer_dialog(qtbot, None, "Sudah dinilai ulang")
    qtbot.mouseClick(banner.findChild(QPushButton, "clear_flag"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not header.flag_rows)
    assert actions(person_id).count("flag.set") == 1
    assert actions(person_id).count("flag.clear") == 1
    assert "photo.view" in actions(person_id)


def test_a_restricted_record_does_not_open_for_the_intake_desk(qtbot, staff, person_id):
    flags.set_flag(staff["admin"], person_id, flags.RESTRICTED, "Kasus sensitif")
    page = header_of(qtbot, staff, person_id, "intake")
    assert not page.open_person(person_id)
    assert "dibatasi" in page.message.text()
    assert page.form.full_name.text() == ""  # nothing of the content was shown


def test_header_of_a_client_in_a_phase_with_an_appointment(qtbot, staff, person_id):
    from models.appointments.appointment import book
    from tests import doc_world
    episode = doc_world.client_episode(staff, person_id, complete=False)
    when = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(9, 30))
    book(staff["counselor"], "individual", staff["counselor"].id, when, 60, episode_id=episode)
    flags.set_flag(staff["admin"], person_id, flags.RESTRICTED, "Kasus anak berhadapan hukum")
    flags.set_flag(staff["intake"], person_id, flags.LEGAL, "Titipan penyidik Polres Coblong")
    page = header_of(qtbot, staff, person_id, "doctor")
    assert page.open_person(person_id)
    header = page.header
    summary = header.summary
    assert summary.phase and summary.days_in_phase == 190
    assert header.phase.text() == f"Fase {summary.phase} sejak " \
        f"{summary.phase_since.strftime('%d-%m-%Y')}: hari ke-191"
    assert header.episode.text().startswith(f"Episode {summary.episode_no}: ")
    text = header.appointment.text()  # the kind's own wording is the appointments' part
    assert text.startswith(f"Janji temu berikutnya: {when.strftime('%d-%m-%Y')} 09:30, ")
    assert text.endswith(" dengan Konselor Adiksi")
    kinds = [row.objectName() for row in header.flag_rows]
    assert kinds == ["flag_restricted", "flag_legal"]  # the restricted mark first
    assert not any(row.findChild(QPushButton, "clear_flag") for row in header.flag_rows)
    if os.environ.get("RECORD_I_SHOTS"):
        QApplication.processEvents()
        page.grab().save(os.path.join(os.environ["RECORD_I_SHOTS"], "record_header_phase.png"))


def test_a_restricted_record_s_papers_are_refused_too(staff):
    from models.documents.issue import reprint, view_document
    from tests import doc_world
    doc_world.facility_and_doctor(staff)
    holder = doc_world.applicant(staff)
    document_id = doc_world.skhpn(staff, holder)
    number = view_document(staff["intake"], document_id).number
    flags.set_flag(staff["admin"], holder, flags.RESTRICTED, "Kasus sensitif")
    with pytest.raises(PermissionDenied):
        view_document(staff["intake"], document_id)
    with pytest.raises(PermissionDenied):
        reprint(staff["intake"], number)
    assert actions(holder).count("person.restricted_refused") == 2
    assert reprint(staff["admin"], number).number == number
