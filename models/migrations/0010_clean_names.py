"""Schema version 10: names and addresses without invisible format characters.

Input now removes zero-width characters, byte-order marks and direction marks, and refuses
direction overrides (models/validation.py). People typed before that may hold them: a name
with a right-to-left override showed one way on screen and printed reversed, and search and
the duplicate check missed it. Such rows are rewritten here as the screen showed them
(:func:`models.names.as_seen`), and their search keys rebuilt; the full-text index follows
through its triggers (SQLite) or its expression index (PostgreSQL). Contacts and staff
names (printed under signatures) are cleaned the same way. Rows without such characters
are not touched. Issued papers keep their frozen, signed content.
"""
import unicodedata

from models.names import as_seen, name_key

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
