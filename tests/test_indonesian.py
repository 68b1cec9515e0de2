"""Indonesian everywhere (issue 17, fault 11): a field named in a message is translated
whatever context marks it; dates in messages read dd-mm-yyyy; a name ending in a period
does not end a sentence with two; the TC phases have Indonesian names; ASSIST's and
DAST-10's levels keep their own words; the first day in a phase is day 1; the audit trail
speaks in words for every action the program records; and no screen a desk opens shows a
text that the Indonesian set translates but the screen left in English."""
from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from models.care.urine import MSG_CONFIRMED
from models.core import validation as v
from models.core.errors import ValidationError
from models.desk.audit_words import ACTIONS, UNKNOWN, action_words
from models.tallies.close import F_REASON
from ui import i18n
from ui.session import SESSION

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def indonesian(qapp):
    i18n.install("id")
    yield
    SESSION.sign_out()


def translated_sources() -> dict[str, str]:
    """English source -> Indonesian, for every text the Indonesian set translates to
    something else (a screen showing the source has missed its translation)."""
    ts = (ROOT / "resources/i18n/pulih_id.ts").read_text(encoding="utf-8")
    out = {}
    for source, translation in re.findall(
            r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?"
            r"<translation>(.*?)</translation>", ts, re.S):
        source, translation = html.unescape(source), html.unescape(translation)
        if translation and translation != source and len(source) > 3:
            out[source] = translation
    return out


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person can read on ``root`` and its children (Qt's own dialogs aside)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            texts += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())
                      if widget.horizontalHeaderItem(c) is not None]
        if isinstance(widget, QTreeWidget):
            texts += [widget.headerItem().text(c) for c in range(widget.columnCount())]
    return [t.replace("&", "") for t in texts if t]


def english_left(root: QWidget) -> list[str]:
    known = translated_sources()
    return sorted({t for t in shown_texts(root) if t in known})


def test_a_field_marked_in_another_context_is_named_in_indonesian():
    text = i18n.error_text(ValidationError(v.MSG_REQUIRED, field=F_REASON))
    assert "Reason for reopening" not in text
    assert i18n.translate("Indicators", F_REASON) in text


def test_dates_in_messages_read_day_month_year():
    text = i18n.error_text(ValidationError(MSG_CONFIRMED, date=dt.date(2024, 3, 6)))
    assert "06-03-2024" in text and "2024-03-06" not in text


def test_a_name_ending_in_a_period_ends_the_sentence_once():
    assert i18n.one_period("Dicatat oleh Rina Marlina, S.Psi..") == \
        "Dicatat oleh Rina Marlina, S.Psi."
    assert i18n.one_period("Menunggu...") == "Menunggu..."
    error = ValidationError("Only {name}, who wrote this note, can sign it.", name="A, S.Psi.")
    assert not i18n.error_text(error).endswith("..")


def test_tc_phases_have_indonesian_names(db):
    from models.care.program import Phase, ProgramTemplate
    from models.care.program_templates import install_default_templates
    install_default_templates()
    tc = ProgramTemplate.get(ProgramTemplate.code == "bnn_rawat_inap_tc")
    names = [p.name for p in Phase.select().where(Phase.template == tc.id).order_by(Phase.seq)]
    assert "Re-entry" not in names and not any(n.endswith("member") for n in names)
    assert "Primer \u2013 anggota muda (younger member)" in names
    # A database made before version 14 has its English names renamed, not a changed one.
    import importlib
    migration = importlib.import_module("models.db.migrations.0014_clinical_records")
    Phase.update(name="Re-entry").where(Phase.code == "re_entry").execute()
    Phase.update(name="Primer TC kami").where(Phase.code == "primer_older").execute()
    from models.db import connection as dbmod
    migration.rename_tc_phases(dbmod.database.obj, migration.TC_PHASES)
    assert Phase.get(Phase.code == "re_entry").name == "Persiapan kembali ke masyarakat (re-entry)"
    assert Phase.get(Phase.code == "primer_older").name == "Primer TC kami"


def test_assist_and_dast_levels_keep_their_own_words():
    from models.care.assessment import AssessmentSummary
    from ui.clinical.assessments_tab import _result
    assist = AssessmentSummary(1, None, "assist", dt.date.today(), "signed", 14, "moderate",
                               "", "Konselor")
    dast = AssessmentSummary(2, None, "dast10", dt.date.today(), "signed", 4, "moderate",
                             "", "Konselor")
    assert _result(assist) == "14 \u00b7 Risiko sedang"
    assert _result(dast) == "4 \u00b7 Tingkat sedang"


def test_every_recorded_action_has_words():
    """Every action code the sources record (audit.record and the note/person helpers)."""
    codes = set()
    for path in list((ROOT / "models").rglob("*.py")) + list((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(
            r'(?:audit\.record|_audit_each|_audit)\(\s*[\w\[\]"]+,\s*"([a-z_]+\.[a-z_]+)"',
            text))
    assert codes and not sorted(c for c in codes if action_words(c) == UNKNOWN)
    assert all("." not in i18n.translate("Codes", words).rstrip(".") for words in
               ACTIONS.values())


def test_audit_tab_speaks_in_words(qtbot, staff, person_id):
    from models.db import connection as dbmod
    from models.safety import audit
    from ui.admin.audit_panel import AuditPanel
    with dbmod.write_transaction():
        audit.record(staff["counselor"], "phase.move", "enrollment", 7, person_id=person_id,
                     from_phase="induksi", to_phase="primer_younger", reason="Kemajuan baik")
    SESSION.sign_in(staff["admin"])
    panel = AuditPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    model = panel.model
    cells = [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert not [c for c in cells if re.search(r"\b[a-z_]+\.[a-z_]+\b", c) or "{" in c]
    moved = i18n.translate("Codes", ACTIONS["phase.move"])
    assert moved == "memindahkan ke tahap lain"
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 2)) == moved)
    sentence = model.data(model.index(row, 2), 3)  # the tooltip: one sentence
    assert sentence.startswith(dt.date.today().strftime("%d-%m-%Y"))
    assert "Konselor Adiksi memindahkan ke tahap lain \u2013 Siti Rahmawati" in sentence
    assert "Alasan: Kemajuan baik" in sentence
    assert english_left(panel) == []


def test_clinical_screens_leave_nothing_in_english(qtbot, staff, person_id):
    from tests.test_clinical_ui import open_episode
    from ui.clinical.note_form import NoteDialog
    from ui.clinical.physical_form import PhysicalDialog
    from ui.clinical.urine_form import UrineDialog
    open_episode(staff, person_id)
    SESSION.sign_in(staff["doctor"])
    for dialog in (PhysicalDialog(person_id), UrineDialog(person_id)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_left(dialog) == [], type(dialog).__name__
    SESSION.sign_in(staff["counselor"])
    note = NoteDialog(person_id, "group")
    qtbot.addWidget(note)
    note.show()
    assert english_left(note) == []


def test_the_day_a_client_enters_a_phase_is_day_one(qtbot, staff, person_id):
    from models.care.enrollment import enroll
    from tests.test_clinical import make_template
    from tests.test_clinical_ui import open_episode
    from ui.program.program_tab import ProgramTab
    episode_id = open_episode(staff, person_id)
    enroll(staff["counselor"], episode_id, make_template()[0], dt.date.today())
    SESSION.sign_in(staff["counselor"])
    tab = ProgramTab()
    qtbot.addWidget(tab)
    tab.set_person(person_id)
    tab.show()
    qtbot.waitUntil(lambda: "sejak" in tab.phase_label.text())
    assert "hari ke-1" in tab.phase_label.text() and "hari ke-0" not in tab.phase_label.text()
    texts = " ".join(shown_texts(tab.timeline))
    assert "hari ke-1" in texts and "hari ke-0" not in texts


def test_program_aftercare_and_report_screens_leave_nothing_in_english(qtbot, staff,
                                                                      person_id):
    from models.care.discharge import discharge_episode
    from models.care.enrollment import enroll
    from tests.test_clinical import make_template
    from tests.test_clinical_ui import open_episode
    from ui.program.aftercare_tab import AftercareTab
    from ui.program.program_tab import ProgramTab
    from ui.reports.reports_page import ReportsPage
    episode_id = open_episode(staff, person_id)
    enroll(staff["counselor"], episode_id, make_template()[0], dt.date.today()
           - dt.timedelta(days=20))
    discharge_episode(staff["counselor"], episode_id, dt.date.today() - dt.timedelta(days=5),
                      "dropped_out", aftercare=True)
    SESSION.sign_in(staff["counselor"])
    for tab in (ProgramTab(), AftercareTab()):
        qtbot.addWidget(tab)
        tab.set_person(person_id)
        tab.show()
        assert english_left(tab) == [], type(tab).__name__
    SESSION.sign_in(staff["admin"])
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.payload is not None and not page.is_computing(),
                    timeout=20_000)
    assert english_left(page) == []


def test_the_crawl_finds_a_text_left_in_english(qtbot):
    """The screen checks above can fail: an English source shown as it is is found."""
    from PySide6.QtWidgets import QVBoxLayout
    widget = QWidget()
    qtbot.addWidget(widget)
    QVBoxLayout(widget).addWidget(QLabel("Date of confirmation", widget))
    assert english_left(widget) == ["Date of confirmation"]
