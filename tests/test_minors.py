"""Issue 12, faults 4 and 6: minors and guardians, and one age for a 29 February birthday.

A 15-year-old's consent is signed by the guardian (the reporting parent, copied into the
family contacts automatically) and the printed consent names the guardian and their relation
with their own signature; without a guardian the consent is refused with a sentence. The
record, the minor rule and the tally give a person born on 29 February the same age."""
from __future__ import annotations

import datetime as dt
import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from models.core.age import age_on, is_minor
from models.core.errors import ValidationError
from models.documents.document import Document, qr_text
from models.documents.letters import issue_consent
from models.intake.episode import Consent, Episode
from models.intake.intake import EpisodeInput, open_episode, record_consent
from models.people.person import FamilyContact
from models.people.registry import PersonInput, register_person
from models.seals import signing
from reports.holder import PrintOptions
from reports.render import render_document
from tests import doc_world as w
from tests.tally_age import age_in_sql
from ui import i18n
from ui.main_window import MainWindow
from ui.session import SESSION

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TODAY = dt.date.today()
FIFTEEN = TODAY.replace(year=TODAY.year - 15) if not (TODAY.month == 2 and TODAY.day == 29) \
    else dt.date(TODAY.year - 15, 3, 1)


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def window(qtbot, db, staff, tmp_path):
    i18n.install("id")
    w.facility_and_doctor(staff)
    win = MainWindow(db, language="id",
                     settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.sign_in(staff["intake"])
    yield win
    win.close()
    SESSION.sign_out()


def press(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def pick(qtbot, combo, text: str) -> None:
    combo.setFocus()
    typed(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)


def minor_intake_by_keys(qtbot, window, reporter_name: str) -> object:
    press(qtbot, Qt.Key.Key_N, CTRL)
    wizard = window.page("intake").wizard
    p = wizard.person
    typed(qtbot, "Andi Pratama")
    pick(qtbot, p.id_type, "tidak ada")
    p.no_id_reason.setFocus()
    typed(qtbot, "belum punya KTP")
    pick(qtbot, p.sex, "laki")
    p.birth_date.setFocus()
    typed(qtbot, FIFTEEN.strftime("%d-%m-%Y"))
    press(qtbot, Qt.Key.Key_Right, ALT)
    a = wizard.arrival
    pick(qtbot, a.service, "jalan")
    pick(qtbot, a.reporter, "orang tua")
    a.reporter_name.setFocus()
    typed(qtbot, reporter_name)
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert wizard.steps.currentIndex() == 3
    assert QApplication.focusWidget() is wizard.consent.consent
    press(qtbot, Qt.Key.Key_Space)  # the consent is signed
    return wizard


def test_a_minors_consent_is_signed_by_the_reporting_parent_and_printed(qtbot, window, staff):
    """Fault 4: a 15-year-old signed their own consent; the parent was not kept as contact."""
    wizard = minor_intake_by_keys(qtbot, window, "Bambang Pratama")
    consent = wizard.consent
    assert consent.minor_note.isVisible()
    assert consent.signed_by.text() == "Bambang Pratama"  # the reporting parent, offered
    pick(qtbot, consent.guardian_relation, "ayah")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert wizard.result is not None, wizard.message.text()
    [contact] = FamilyContact.select().where(FamilyContact.person == wizard.result.person_id)
    assert (contact.name, contact.relation, contact.is_guardian) == (
        "Bambang Pratama", "father", True)
    signed = Consent.get(Consent.episode == wizard.result.episode_id)
    assert signed.signed_by_name == "Bambang Pratama"
    doc = Document.get_by_id(issue_consent(staff["intake"], signed.id))
    assert doc.payload["guardian"] == {"name": "Bambang Pratama", "relation": "father"}
    pdf = render_document(doc.payload, qr_text(doc.payload, doc.signature), PrintOptions())
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages)
                    .split())
    assert "selaku ayah dan wali" in text
    assert "orang tua/wali (ayah)" in text and "Klien," in text
    assert text.count("Bambang Pratama") >= 2 and "Andi Pratama" in text


def test_a_minors_own_signature_is_refused_with_a_sentence(qtbot, window, staff):
    wizard = minor_intake_by_keys(qtbot, window, "Bambang Pratama")
    consent = wizard.consent
    consent.signed_by.setFocus()
    consent.signed_by.selectAll()
    typed(qtbot, "Andi Pratama")  # the child signs: refused
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert wizard.result is None
    error = consent.form.rows["Signed by"].error
    assert error.isVisible() and "di bawah 18" in error.text() and "wali" in error.text()
    assert Episode.select().count() == 0  # nothing half-saved


def test_record_consent_refuses_a_minor_without_a_guardian_on_file(staff):
    pid = register_person(staff["intake"], PersonInput(
        full_name="Dewi", sex="P", birth_date=FIFTEEN, id_type="none", no_id_reason="-"))
    episode = open_episode(staff["intake"], pid, EpisodeInput(
        service_type="outpatient", reported_on=TODAY, reporter="parent_guardian"))
    with pytest.raises(ValidationError) as err:
        record_consent(staff["intake"], episode, "general", TODAY, "Ibu Dewi")
    assert "under 18" in err.value.english()


@pytest.mark.parametrize("on, age", [(dt.date(2026, 2, 28), 18), (dt.date(2025, 2, 28), 17),
                                     (dt.date(2028, 2, 28), 19), (dt.date(2028, 2, 29), 20)])
def test_one_age_for_a_29_february_birthday(staff, on, age):
    """Fault 6: the tally said 18 where the minor rule and the record said 17."""
    born = dt.date(2008, 2, 29)
    assert age_on(born, on) == age == age_in_sql(born, on)
    assert is_minor(born, on) is (age < 18)
    pid = register_person(staff["intake"], PersonInput(
        full_name="Lia", sex="P", birth_date=born, id_type="none", no_id_reason="-"))
    # the minor rule agrees: on the 18th birthday the person may report themselves
    if on <= TODAY:
        rule = EpisodeInput(service_type="outpatient", reported_on=on, reporter="self")
        if age < 18:
            with pytest.raises(ValidationError):
                open_episode(staff["intake"], pid, rule, today=TODAY)
        else:
            assert open_episode(staff["intake"], pid, rule, today=TODAY)


def test_the_record_shows_the_same_age(qtbot, window, staff, monkeypatch):
    from ui.clients import record_page
    born = dt.date(2008, 2, 29)
    pid = register_person(staff["intake"], PersonInput(
        full_name="Lia", sex="P", birth_date=born, id_type="none", no_id_reason="-"))
    assert record_page._age(born, dt.date(2026, 2, 28)) == 18
    window.open_person(pid)
