"""The translations: every Indonesian message is translated and keeps its format fields, the
compiled files load and match the .ts, and no text in the sources is missing from them."""
from __future__ import annotations

import importlib.util
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
Key = tuple[str, str, str]


def load_build() -> ModuleType:
    """resources/i18n/build.py, which is a script rather than a package module."""
    spec = importlib.util.spec_from_file_location("pulih_i18n_build", I18N / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def current_messages(lang: str) -> dict[Key, ET.Element]:
    """The live (not vanished) messages of pulih_<lang>.ts, with their translation element."""
    root = ET.parse(I18N / f"pulih_{lang}.ts").getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = translation
    return found


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_indonesian_message_is_finished_and_not_empty():
    messages = current_messages("id")
    assert len(messages) > 50
    unfinished = [f"[{ctx}] {src!r}" for (ctx, src, _), tr in messages.items()
                  if tr.get("type") == "unfinished" or not all(t.strip() for t in texts(tr))]
    assert unfinished == [], "run resources/i18n/build.py and translate these"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_format_fields_survive_translation(lang):
    wrong = []
    for (ctx, source, _), translation in current_messages(lang).items():
        expected = sorted(FORMAT_FIELD.findall(source))
        for text in texts(translation):
            if sorted(FORMAT_FIELD.findall(text)) != expected:
                wrong.append(f"[{ctx}] {source!r} -> {text!r}")
    assert wrong == []


def test_english_lists_the_same_messages_and_is_the_source_text():
    english, indonesian = current_messages("en"), current_messages("id")
    assert set(english) == set(indonesian)
    build = load_build()
    assert all(tr.get("type") is None and texts(tr) == (
        build.english_forms(key[1]) if tr.findall("numerusform") else [key[1]])
               for key, tr in english.items())


def test_english_plurals_read_as_english():
    build = load_build()
    assert build.english_forms("%n day(s)") == ["%n day", "%n days"]
    assert build.english_forms("%n person(s) found.") == ["%n person found.",
                                                          "%n people found."]
    assert build.english_forms("day %n") == ["day %n", "day %n"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compiled_files_load_and_match_the_ts(lang):
    translator = QTranslator()
    assert translator.load(str(I18N / f"pulih_{lang}.qm"))
    stale = []
    for (ctx, source, comment), translation in current_messages(lang).items():
        if translation.findall("numerusform"):
            continue
        got = translator.translate(ctx, source, comment or None)
        if got != (translation.text or ""):
            stale.append(f"[{ctx}] {source!r}: .qm has {got!r}")
    assert stale == [], "the .qm is older than the .ts: run resources/i18n/build.py"


def test_indonesian_is_what_the_desk_reads():
    translator = QTranslator()
    assert translator.load(str(I18N / "pulih_id.qm"))
    assert translator.translate("MainWindow", "Home") == "Beranda"
    assert translator.translate("Codes", "Outpatient (rawat jalan)") == "Rawat jalan"
    assert translator.translate("Codes", "Waiting list") == "Daftar tunggu"


def test_alias_and_constant_context_markers_are_found(tmp_path):
    build = load_build()
    (tmp_path / "models").mkdir()
    source = tmp_path / "models" / "sample.py"
    source.write_text(
        "from models.core.errors import QT_TRANSLATE_NOOP as T\n"
        "from models.core.errors import QT_TRANSLATE_NOOP\n"
        "CONTEXT = 'Errors'\n"
        "U = QT_TRANSLATE_NOOP\n"
        "A = T('Codes', 'Through the alias')\n"
        "B = QT_TRANSLATE_NOOP(CONTEXT, 'Through a constant context')\n"
        "C = U('Codes', 'Through an assigned alias')\n"
        "D = T('Codes', A)\n", encoding="utf-8")
    messages, warnings = build.scan_marked_texts([source], tmp_path)
    assert sorted(m.key for m in messages) == [
        ("Codes", "Through an assigned alias", ""), ("Codes", "Through the alias", ""),
        ("Errors", "Through a constant context", "")]
    assert len(warnings) == 1 and "models/sample.py:8" in warnings[0]


def test_no_text_in_the_sources_is_missing_from_pulih_id_ts(tmp_path):
    build = load_build()
    lupdate = build.find_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is neither beside this Python nor on PATH, so the "
                    "sources cannot be scanned")
    messages, warnings = build.extract_messages(ROOT, lupdate, workdir=tmp_path)
    unreadable = [w for w in warnings if "needs a literal" in w]
    assert unreadable == []
    missing = sorted(f"[{ctx}] {src!r}"
                     for ctx, src, _ in set(messages) - set(current_messages("id")))
    assert missing == [], "run resources/i18n/build.py and translate the new texts"
