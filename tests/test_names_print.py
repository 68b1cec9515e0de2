"""Names print as typed, or are refused clearly: invisible format characters (a right-to-left
override, zero-width spaces, a BOM) are refused or removed the same way for the screen, the
paper, the search keys and the duplicate check; the papers' font is DejaVu Sans, and a
character it cannot draw (an emoji) is refused at input, naming the character."""
from __future__ import annotations

import datetime as dt
import os
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.core import (
    names,
    validation,
)
from models.core.errors import ValidationError
from models.core.names import name_key
from models.people.registry import PersonInput, clean_person, duplicate_candidates, register_person
from models.people.search import search_ids


def glyphs():
    from models.core import glyphs as module  # new with the embedded DejaVu Sans
    return module


RLO, PDF, ZWSP, BOM = "\u202e", "\u202c", "\u200b", "\ufeff"


def person(name: str, **changes) -> PersonInput:
    return PersonInput(full_name=name, sex="L", birth_date=dt.date(1990, 1, 2), id_type="none",
                       no_id_reason="Hilang", **changes)


def test_a_right_to_left_override_in_a_name_is_refused_naming_it(staff):
    with pytest.raises(ValidationError) as refused:
        register_person(staff["intake"], person(f"Budi {RLO}OSOTNAS{PDF} Rahmat"))
    message = refused.value.english()
    assert "U+202E" in message and "RIGHT-TO-LEFT OVERRIDE" in message
    assert refused.value.field == "Full name"
    for control in ("\u202a", "\u202b", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069"):
        with pytest.raises(ValidationError, match=f"U\\+{ord(control):04X}"):
            clean_person(person(f"Budi {control}Santoso"))


def test_zero_width_characters_are_removed_so_search_and_duplicates_meet(staff):
    first = register_person(staff["intake"], person(f"Budi San{ZWSP}toso{BOM}",
                                                    birth_place=f"Suka{ZWSP}maju"))
    from models.people.person import Person
    row = Person.get_by_id(first)
    assert (row.full_name, row.name_key, row.birth_place) == ("Budi Santoso", "budi santoso",
                                                              "Sukamaju")
    assert search_ids(staff["intake"], "santoso") == [first]
    assert search_ids(staff["intake"], f"San{ZWSP}toso") == [first]
    found = duplicate_candidates(staff["intake"], full_name="Budi\u200d Santoso",
                                 birth_date=dt.date(1990, 1, 2))
    assert first in [c.person_id for c in found]


def test_an_emoji_the_font_cannot_draw_is_refused_naming_it(staff):
    assert glyphs().undrawable("Budi \U0001F355") == "\U0001F355"
    with pytest.raises(ValidationError) as refused:
        register_person(staff["intake"], person("Budi \U0001F355 Santoso"))
    assert "U+1F355 SLICE OF PIZZA" in refused.value.english()
    with pytest.raises(ValidationError, match="U\\+1F984"):
        clean_person(person("Budi", address="Jl. Unicorn \U0001F984 No. 1"))
    # right-to-left scripts would print reversed and unjoined: refused too
    for name in ("\u05d3\u05d5\u05d3 \u05db\u05d4\u05df", "\u0645\u062d\u0645\u062f"):
        with pytest.raises(ValidationError, match="cannot be printed"):
            clean_person(person(name))
    # what the font draws is taken as typed: accents, Greek, Cyrillic
    for name in ("Ní Luh Putu Ayu Śrī", "Ἀλέξανδρος Παπαδόπουλος", "Владимир Иванов"):
        assert clean_person(person(name))["full_name"] == unicodedata.normalize("NFC", name)


def test_the_papers_embed_dejavu_sans_and_not_vera():
    from reportlab.pdfbase import pdfmetrics

    from reports.letterhead import register_fonts
    register_fonts()
    face = pdfmetrics.getFont("PulihSans").face
    assert "DejaVu" in face.name.decode() if isinstance(face.name, bytes) else "DejaVu" in face.name
    assert pdfmetrics.getFont("PulihSans-Bold").face.filename.endswith("DejaVuSans-Bold.ttf")


def test_the_cmap_reader_agrees_with_reportlab():
    from reportlab.pdfbase.ttfonts import TTFontFile

    from resources import fonts
    for path in (fonts.REGULAR, fonts.BOLD):
        assert glyphs().font_characters(path) == frozenset(TTFontFile(str(path)).charToGlyph)


def test_stored_names_are_cleaned_as_the_screen_showed_them():
    assert names.as_seen(f"Budi {RLO}OSOTNAS{PDF} Rahmat") == "Budi SANTOSO Rahmat"
    assert names.as_seen(f"Budi {RLO}tamhaR OSOTNAS") == "Budi SANTOSO Rahmat"
    assert names.as_seen(f"{BOM}Siti{ZWSP} Aminah") == "Siti Aminah"
    assert name_key(f"Budi {RLO}X{PDF}") == "budi x"


NAME_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(NAME_TEXT, st.builds(lambda a, c, b: a + c + b, NAME_TEXT,
                                           st.sampled_from([RLO, PDF, ZWSP, BOM, "\u200e",
                                                            "\U0001F600", "\U0001F355"]),
                                           NAME_TEXT)))
def test_any_name_is_either_refused_with_a_message_or_fully_drawable(name):
    try:
        cleaned = validation.text(name, "Nama", limit=200, required=True, printed=True)
    except ValidationError as error:
        assert error.english().strip()
        return
    assert cleaned == cleaned.strip() and cleaned
    assert glyphs().undrawable(cleaned) is None
    assert not any(unicodedata.category(ch) in ("Cf", "Cc", "Cs") for ch in cleaned)
    # search and duplicate keys come from the same cleaned text
    assert name_key(cleaned) == name_key(name.replace(ZWSP, "").replace(BOM, "")
                                         .replace("\u200e", ""))


def test_migration_0010_rewrites_stored_names_and_their_search_keys(staff):
    import importlib.util

    from models.db import connection as dbmod
    from models.db.schema import MIGRATIONS_DIR
    from models.people.person import Person
    typed = register_person(staff["intake"], person("Budi Santoso Rahmat"))
    clean = register_person(staff["intake"], person("Siti Aminah"))
    # as an older version stored it: the override kept, the key built from the raw text
    Person.update(full_name=f"Budi {RLO}tamhaR OSOTNAS", name_key=name_key("budi osotnas"),
                  address=f"Jl. Mawar{ZWSP} 1").where(Person.id == typed).execute()
    before = Person.get_by_id(clean)
    assert search_ids(staff["intake"], "santoso") == []
    spec = importlib.util.spec_from_file_location(
        "m0010", MIGRATIONS_DIR / "0010_clean_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from models.staff.staff import Staff
    Staff.update(full_name=f"dr. Ayu{ZWSP} Pratiwi").where(
        Staff.id == staff["doctor"].id).execute()
    module.up(None, dbmod.database.obj)
    assert Staff.get_by_id(staff["doctor"].id).full_name == "dr. Ayu Pratiwi"
    row = Person.get_by_id(typed)
    assert (row.full_name, row.name_key, row.address) == ("Budi SANTOSO Rahmat",
                                                          "budi santoso rahmat", "Jl. Mawar 1")
    assert search_ids(staff["intake"], "santoso") == [typed]
    after = Person.get_by_id(clean)
    assert (after.version, after.full_name) == (before.version, before.full_name)


def test_a_name_stored_before_the_check_is_refused_at_issue_not_printed_as_a_box(staff, tmp_path,
                                                                                   monkeypatch):
    from models.documents.document import Document
    from models.documents.letters import issue_rehab_statement
    from models.people.person import Person
    from models.seals import signing
    from tests import doc_world as w
    monkeypatch.setenv(signing.KEY_DIR_ENV, str(tmp_path / "keys"))
    w.facility_and_doctor(staff)
    pid = w.applicant(staff)
    episode = w.client_episode(staff, pid, complete=False)
    Person.update(full_name="Budi \U0001F337 Santoso").where(Person.id == pid).execute()
    with pytest.raises(ValidationError) as refused:
        issue_rehab_statement(staff["intake"], episode)
    assert "U+1F337 TULIP" in refused.value.english()
    assert refused.value.english().startswith("Budi  Santoso: Full name")
    assert Document.select().count() == 0


def test_invisible_characters_anywhere_in_a_name_never_hide_it_from_search(staff):
    """Hypothesis: a name typed with zero-width characters, a BOM or direction marks
    anywhere is stored without them and found by its visible words and duplicate check."""
    import itertools

    from models.people.person import Person
    invisible = st.sampled_from([ZWSP, BOM, "\u200c", "\u200d", "\u200e", "\u200f", "\u2060",
                                 "\u00ad"])
    word = st.text(st.sampled_from("abcdefghijklmnoprstuwy"), min_size=3, max_size=9)
    days = itertools.count()

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(words=st.lists(word, min_size=2, max_size=3, unique=True), marks=st.lists(
        st.tuples(st.integers(0, 40), invisible), min_size=1, max_size=4))
    def check(words, marks):
        visible = " ".join(w.capitalize() for w in words)
        typed = visible
        for at, mark in marks:
            at = min(at, len(typed))
            typed = typed[:at] + mark + typed[at:]
        born = dt.date(1950, 1, 1) + dt.timedelta(days=next(days) * 40)
        pid = register_person(staff["intake"], PersonInput(
            full_name=typed, sex="P", birth_date=born, id_type="none", no_id_reason="Hilang"))
        row = Person.get_by_id(pid)
        assert row.full_name == visible and row.name_key == name_key(visible)
        assert pid in search_ids(staff["intake"], visible)
        found = duplicate_candidates(staff["intake"], full_name=visible, birth_date=born)
        assert pid in [c.person_id for c in found]

    check()
