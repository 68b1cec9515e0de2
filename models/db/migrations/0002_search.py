"""Schema version 2: full-text search over names, aliases and addresses.

SQLite gets an external-content FTS5 table kept current by triggers; PostgreSQL gets a GIN
index over a ``simple`` tsvector and pattern indexes for name-key, NIK, phone and
registration-number prefixes. Rows that already exist are indexed here, so a database upgraded
from version 1 finds them at once.
"""
from peewee import SqliteDatabase

SQLITE_UP = [
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        name_key, full_name, alias, address,
        content='person', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='2 3')""",
    """CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, name_key, full_name, alias, address)
        VALUES (new.id, new.name_key, new.full_name, new.alias, new.address);
    END""",
    """CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, name_key, full_name, alias, address)
        VALUES ('delete', old.id, old.name_key, old.full_name, old.alias, old.address);
    END""",
    """CREATE TRIGGER person_fts_au AFTER UPDATE OF name_key, full_name, alias, address
        ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, name_key, full_name, alias, address)
        VALUES ('delete', old.id, old.name_key, old.full_name, old.alias, old.address);
        INSERT INTO person_fts(rowid, name_key, full_name, alias, address)
        VALUES (new.id, new.name_key, new.full_name, new.alias, new.address);
    END""",
    "INSERT INTO person_fts(person_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = ["DROP TRIGGER person_fts_au", "DROP TRIGGER person_fts_ad",
               "DROP TRIGGER person_fts_ai", "DROP TABLE person_fts"]

POSTGRES_UP = [
    """CREATE INDEX person_search_tsv ON person USING GIN (to_tsvector('simple',
        name_key || ' ' || full_name || ' ' || alias || ' ' || address))""",
    "CREATE INDEX person_name_key_prefix ON person (name_key text_pattern_ops)",
    "CREATE INDEX person_nik_prefix ON person (nik text_pattern_ops)",
    "CREATE INDEX person_phone_prefix ON person (phone text_pattern_ops)",
    "CREATE INDEX person_reg_no_prefix ON person (reg_no text_pattern_ops)",
]
POSTGRES_DOWN = ["DROP INDEX person_reg_no_prefix", "DROP INDEX person_phone_prefix",
                 "DROP INDEX person_nik_prefix", "DROP INDEX person_name_key_prefix",
                 "DROP INDEX person_search_tsv"]


def _run(db, statements):
    for sql in statements:
        db.execute_sql(sql)


def up(migrator, db):
    _run(db, SQLITE_UP if isinstance(db, SqliteDatabase) else POSTGRES_UP)


def down(migrator, db):
    _run(db, SQLITE_DOWN if isinstance(db, SqliteDatabase) else POSTGRES_DOWN)
