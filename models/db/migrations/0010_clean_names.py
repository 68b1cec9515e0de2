"""Schema version 10: names and addresses without invisible format characters.

Input now removes zero-width characters, byte-order marks and direction marks, and refuses
direction overrides (models/core/validation.py). People typed before that may hold them: a name
with a right-to-left override showed one way on screen and printed reversed, and search and
the duplicate check missed it. Such rows are rewritten here as the screen showed them
(:func:`models.core.names.as_seen`), and their search keys rebuilt; the full-text index follows
through its triggers (SQLite) or its expression index (PostgreSQL). Contacts and staff
names (printed under signatures) are cleaned the same way. Rows without such characters
are not touched. Issued papers keep their frozen, signed content.
"""
import re
import unicodedata

# --- frozen copy of models/core/names.py as of this version (a migration never imports live code
# that may move or change; the keys built here are those search used at version 10) ---

_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "h"), ("sj", "sy"))
_TOKEN_VARIANTS = {
    "m": "muhamad", "mhd": "muhamad", "moh": "muhamad", "muh": "muhamad",
    "mohamad": "muhamad", "muhamed": "muhamad", "mohamed": "muhamad", "mu": "muhamad",
    "nurul": "nur", "nor": "nur", "nurl": "nur",
    "abd": "abdul", "st": "siti", "siti": "siti",
}
_NON_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"([a-z])\1+")


def _fold(text: str) -> str:
    """Case-folded, accents and invisible format characters (category Cf: zero-width
    spaces, direction controls, BOM) removed, so they never split or hide a word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


_RLO, _LRO, _PDF = "\u202e", "\u202d", "\u202c"


def as_seen(text: str) -> str:
    """``text`` as a screen showed it, without invisible format characters: the run after
    a right-to-left override (up to its pop or the end) is shown reversed, so it is
    reversed here; every other format character is dropped. For cleaning names stored
    before such characters were refused at input (migration 0010): the desk checked the
    name as shown against the identity card."""
    out: list[str] = []
    stack: list[tuple[str, list[str]]] = []
    for ch in text:
        if ch in (_RLO, _LRO):
            stack.append((ch, []))
        elif ch == _PDF and stack:
            kind, run = stack.pop()
            (stack[-1][1] if stack else out).extend(reversed(run) if kind == _RLO else run)
        elif unicodedata.category(ch) != "Cf":
            (stack[-1][1] if stack else out).append(ch)
    while stack:
        kind, run = stack.pop()
        (stack[-1][1] if stack else out).extend(reversed(run) if kind == _RLO else run)
    return "".join(out)


def name_tokens(name: str) -> list[str]:
    """The normalised words of a name, in order."""
    text = _fold(name)
    for old, new in _OLD_SPELLING:
        text = text.replace(old, new)
    tokens = []
    for raw in _NON_LETTER.split(text):
        if not raw:
            continue
        token = _DOUBLE.sub(r"\1", raw)
        if len(token) > 3 and token.endswith("y") and token[-2] not in "aeiou":
            token = token[:-1] + "i"  # Rizky / Rizki, Dedy / Dedi
        tokens.append(_TOKEN_VARIANTS.get(token, token))
    return tokens


def name_key(name: str) -> str:
    """One search key for a name: its normalised words joined by single spaces."""
    return " ".join(name_tokens(name))


# --- end of the frozen copy ---

COLUMNS = ("full_name", "alias", "birth_place", "occupation", "address", "rt_rw", "village",
           "district", "regency")
CHUNK = 5000


def _dirty(value):
    return bool(value) and any(unicodedata.category(ch) == "Cf" for ch in value)


def _clean_people(db):
    param = db.param
    columns = ", ".join(COLUMNS)
    last_id, fixed = 0, 0
    while True:
        rows = db.execute_sql(f"SELECT id, {columns} FROM person WHERE id > {param} "
                              f"ORDER BY id LIMIT {CHUNK}", (last_id,)).fetchall()
        if not rows:
            return fixed
        for row in rows:
            values = dict(zip(COLUMNS, row[1:]))
            changed = {c: as_seen(val).strip() for c, val in values.items() if _dirty(val)}
            if not changed:
                continue
            name = changed.get("full_name", values["full_name"])
            changed["name_key"] = name_key(name) or name.casefold()
            sets = ", ".join(f"{column} = {param}" for column in changed)
            db.execute_sql(f"UPDATE person SET {sets}, version = version + 1 WHERE id = {param}",
                           (*changed.values(), row[0]))
            fixed += 1
        last_id = rows[-1][0]


def _clean_contacts(db):
    param = db.param
    rows = db.execute_sql("SELECT id, name, address FROM family_contact").fetchall()
    for contact_id, name, address in rows:
        if _dirty(name) or _dirty(address):
            db.execute_sql(f"UPDATE family_contact SET name = {param}, address = {param} "
                           f"WHERE id = {param}",
                           (as_seen(name or "").strip(), as_seen(address or "").strip(),
                            contact_id))


def _clean_staff(db):
    """Staff names print under signatures."""
    param = db.param
    for staff_id, name in db.execute_sql("SELECT id, full_name FROM staff").fetchall():
        if _dirty(name):
            db.execute_sql(f"UPDATE staff SET full_name = {param} WHERE id = {param}",
                           (as_seen(name).strip(), staff_id))


def up(migrator, db):
    _clean_people(db)
    _clean_contacts(db)
    _clean_staff(db)


def down(migrator, db):
    pass  # the removed characters were invisible, or reversed the text: nothing to restore
