"""A pending urine confirmation as the doctor sees and records it (issue 17, fault 7): the
urine tab shows a positive screen as awaiting confirmation, "Konfirmasi hasil..." opens it
with the confirmation form, a lab report without the lab's name is refused at its field
with nothing lost, and the recorded confirmation is shown in a sentence."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from models.care.urine import UrineTest, record_urine_test
from tests.test_clinical import PANEL
from tests.test_clinical_ui import open_episode, shown
from ui import i18n
from ui.clinical.urine_tab import UrineTab
from ui.session import SESSION

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


def test_doctor_confirms_a_pending_positive(qtbot, staff, person_id):
    episode_id = open_episode(staff, person_id)
    test_id = record_urine_test(staff["doctor"], person_id, episode_id, "URN-77",
                                dt.datetime.combine(TODAY, dt.time(0, 0)), True, "Rapid 6", "L1",
                                "program", PANEL | {"MET": "positive"})
    SESSION.sign_in(staff["doctor"])
    tab = shown(qtbot, UrineTab())
    tab.set_person(person_id)
    assert tab.table.item(0, 3).text() == "Skrining positif: menunggu konfirmasi"
    tab.table.selectRow(0)
    assert tab.confirm_button.isEnabled() and tab.confirm_button.text() == "Konfirmasi hasil..."
    dialog = tab.confirm_selected()
    qtbot.waitExposed(dialog)
    box = dialog.confirmation
    assert box.isVisible() and box.status.text() == "Skrining positif: menunggu konfirmasi"
    box.method.setCurrentIndex(box.method.findData("lab"))
    box.result.setCurrentIndex(box.result.findData("positive"))
    shots = os.environ.get("CLIN_J2_SHOTS")
    if shots:
        dialog.resize(760, 1000)
        dialog.grab().save(os.path.join(shots, "urine_pending.png"))
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert UrineTest.get_by_id(test_id).confirmation == ""  # refused: the lab is missing
    assert "Laboratorium" in box.form.rows["Laboratory"].error.text()
    assert box.result.currentData() == "positive"  # nothing typed is lost
    qtbot.keyClicks(box.lab, "Labkesda Kota Bandung")
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    test = UrineTest.get_by_id(test_id)
    assert (test.confirmation, test.confirm_lab) == ("positive", "Labkesda Kota Bandung")
    assert box.status.text().startswith("Positif, terkonfirmasi: Labkesda Kota Bandung, "
                                        + TODAY.strftime("%d-%m-%Y"))
    assert not box.form.isVisible()
    assert tab.table.item(0, 3).text() == "Positif, terkonfirmasi"
    if shots:
        dialog.grab().save(os.path.join(shots, "urine_confirmed.png"))


def test_an_aftercare_contact_is_corrected_with_an_addendum(qtbot, staff, person_id):
    from models.care.aftercare import AftercareContact, record_contact, start_aftercare
    from models.care.assessment import Addendum
    from models.care.discharge import discharge_episode
    from models.care.enrollment import enroll
    from tests.test_clinical import make_template
    from ui.program.aftercare_tab import AftercareTab

    episode_id = open_episode(staff, person_id)
    enroll(staff["counselor"], episode_id, make_template()[0], TODAY - dt.timedelta(days=30))
    discharge_episode(staff["counselor"], episode_id, TODAY - dt.timedelta(days=10),
                      "dropped_out")
    plan_id = start_aftercare(staff["counselor"], episode_id, TODAY - dt.timedelta(days=10))
    contact = record_contact(staff["counselor"], plan_id, "phone",
                             TODAY - dt.timedelta(days=2), "Bekerja kembali")
    SESSION.sign_in(staff["counselor"])
    tab = AftercareTab()
    tab.set_person(person_id)
    shown(qtbot, tab)
    tab.resize(1000, 1600)  # the whole tab on screen, so a click lands where it is aimed
    assert tab.contacts.rowCount() == 1 and not tab.contact_addenda.isVisible()
    tab.contacts.selectRow(0)
    panel = tab.contact_addenda
    assert panel.isVisible() and panel.text.isVisible()
    qtbot.keyClicks(panel.text, "Salah catat: kontak lewat kunjungan rumah, bukan telepon.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert Addendum.get((Addendum.target_kind == "contact")
                        & (Addendum.target_id == contact)).staff_id == staff["counselor"].id
    assert AftercareContact.get_by_id(contact).outcome == "Bekerja kembali"  # kept as recorded
    assert "(+1 adendum)" in tab.contacts.item(0, 4).text()
    tab.contacts.selectRow(0)
    assert "kunjungan rumah" in tab.contact_addenda.listing.text()


def test_the_aftercare_tab_says_a_positive_screen_awaits_confirmation(qtbot, staff, person_id):
    from models.care.discharge import discharge_episode
    from models.care.enrollment import enroll
    from models.care.urine import confirm_urine_test
    from tests.test_clinical import make_template
    from ui.program.aftercare_tab import AftercareTab

    episode_id = open_episode(staff, person_id)
    enroll(staff["counselor"], episode_id, make_template()[0], TODAY - dt.timedelta(days=30))
    discharge_episode(staff["counselor"], episode_id, TODAY - dt.timedelta(days=10),
                      "dropped_out", aftercare=True)
    day = TODAY - dt.timedelta(days=3)
    test_id = record_urine_test(staff["doctor"], person_id, episode_id, "URN-88",
                                dt.datetime.combine(day, dt.time(0, 0)), True, "", "",
                                "aftercare", PANEL | {"THC": "positive"})
    SESSION.sign_in(staff["counselor"])
    tab = AftercareTab()
    tab.set_person(person_id)
    shown(qtbot, tab)
    text = tab.relapses.text()
    assert f"Skrining urine positif tanggal {day:%d-%m-%Y} menunggu konfirmasi" in text
    since = (TODAY - dt.timedelta(days=9)).strftime("%d-%m-%Y")
    assert "Kambuh" not in text and tab.abstinence.text().startswith("Abstinen sejak " + since)
    confirm_urine_test(staff["doctor"], test_id, "admission", "positive", TODAY)
    tab.load()
    assert "menunggu konfirmasi" not in tab.relapses.text()
    assert tab.abstinence.text().startswith(f"Abstinen sejak {day:%d-%m-%Y}")
