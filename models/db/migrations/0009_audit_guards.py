"""Schema version 9: the database itself keeps the audit chain whole, on every way in.

Version 6 refused changing or deleting an event. Here the head gets ``last_id`` (the id of
the newest event) and ``gaps_until`` (the newest id written before this version: ids up to it
may have gaps a rolled-back PostgreSQL transaction left; every later id follows the one before
it), and triggers refuse

- an event that is not the next link of the chain: its id must be the newest id + 1 (so
  positive and in order), its ``prev_hash`` the newest event's hash, its hash 64 characters;
- a head that moves other than forward to the newest event: a larger ``last_id`` that is the
  newest event's, its hash, the count grown by exactly the events added;
- a second head, or a first one on a trail that already has events.

Only a file editor who drops the triggers gets past them; the signed checkpoints outside the
database (models/seals/audit_checkpoint.py) catch what such a person rewrites.
"""
from peewee import *
from peewee import SqliteDatabase

GENESIS = "0" * 64

SQLITE_GUARDS = [
    f"""CREATE TRIGGER audit_event_next_link BEFORE INSERT ON audit_event
    WHEN NEW.id IS NOT COALESCE((SELECT MAX(id) FROM audit_event), 0) + 1
      OR NEW.prev_hash IS NOT COALESCE(
           (SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1), '{GENESIS}')
      OR length(NEW.row_hash) IS NOT 64
    BEGIN
        SELECT RAISE(ABORT, 'audit events are only appended as the next link of the chain');
    END""",
    """CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
    WHEN NEW.id IS NOT OLD.id OR NEW.gaps_until IS NOT OLD.gaps_until
      OR NEW.last_id <= OLD.last_id
      OR NEW.last_id IS NOT (SELECT MAX(id) FROM audit_event)
      OR NEW.last_hash IS NOT (SELECT row_hash FROM audit_event WHERE id = NEW.last_id)
      OR NEW.events IS NOT OLD.events + (NEW.last_id - OLD.last_id)
    BEGIN
        SELECT RAISE(ABORT, 'the end of the audit chain only moves forward to the newest event');
    END""",
    f"""CREATE TRIGGER audit_head_only_one BEFORE INSERT ON audit_head
    WHEN EXISTS (SELECT 1 FROM audit_head) OR EXISTS (SELECT 1 FROM audit_event)
      OR NEW.id IS NOT 1 OR NEW.last_hash IS NOT '{GENESIS}' OR NEW.events IS NOT 0
      OR NEW.last_id IS NOT 0
    BEGIN
        SELECT RAISE(ABORT, 'the audit chain has one end, made on an empty trail');
    END""",
]
POSTGRES_GUARDS = [
    f"""CREATE FUNCTION pulih_audit_next_link() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE tail_id integer; tail_hash varchar;
    BEGIN
        SELECT id, row_hash INTO tail_id, tail_hash FROM audit_event ORDER BY id DESC LIMIT 1;
        IF NEW.id IS DISTINCT FROM COALESCE(tail_id, 0) + 1
           OR NEW.prev_hash IS DISTINCT FROM COALESCE(tail_hash, '{GENESIS}')
           OR length(NEW.row_hash) IS DISTINCT FROM 64 THEN
            RAISE EXCEPTION 'audit events are only appended as the next link of the chain';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER audit_event_next_link BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION pulih_audit_next_link()""",
    """CREATE FUNCTION pulih_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.gaps_until IS DISTINCT FROM OLD.gaps_until
           OR NEW.last_id <= OLD.last_id
           OR NEW.last_id IS DISTINCT FROM (SELECT MAX(id) FROM audit_event)
           OR NEW.last_hash IS DISTINCT FROM (SELECT row_hash FROM audit_event
                                              WHERE id = NEW.last_id)
           OR NEW.events IS DISTINCT FROM OLD.events + (NEW.last_id - OLD.last_id) THEN
            RAISE EXCEPTION 'the end of the audit chain only moves forward to the newest event';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
        FOR EACH ROW EXECUTE FUNCTION pulih_audit_head_forward()""",
    f"""CREATE FUNCTION pulih_audit_head_only_one() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM audit_head) OR EXISTS (SELECT 1 FROM audit_event)
           OR NEW.id IS DISTINCT FROM 1 OR NEW.last_hash IS DISTINCT FROM '{GENESIS}'
           OR NEW.events IS DISTINCT FROM 0 OR NEW.last_id IS DISTINCT FROM 0 THEN
            RAISE EXCEPTION 'the audit chain has one end, made on an empty trail';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER audit_head_only_one BEFORE INSERT ON audit_head
        FOR EACH ROW EXECUTE FUNCTION pulih_audit_head_only_one()""",
]
SQLITE_DOWN = ["DROP TRIGGER audit_head_only_one", "DROP TRIGGER audit_head_forward_only",
               "DROP TRIGGER audit_event_next_link"]
POSTGRES_DOWN = ["DROP TRIGGER audit_head_only_one ON audit_head",
                 "DROP TRIGGER audit_head_forward_only ON audit_head",
                 "DROP TRIGGER audit_event_next_link ON audit_event",
                 "DROP FUNCTION pulih_audit_head_only_one()",
                 "DROP FUNCTION pulih_audit_head_forward()",
                 "DROP FUNCTION pulih_audit_next_link()"]


def up(migrator, db):
    # plain ALTER TABLE: peewee's SQLite migrator would rebuild the table for a NOT NULL
    # column and lose version 6's trigger on it
    for column in ("last_id", "gaps_until"):
        db.execute_sql(f"ALTER TABLE audit_head ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    newest = db.execute_sql("SELECT MAX(id) FROM audit_event").fetchone()[0] or 0
    db.execute_sql(f"UPDATE audit_head SET last_id = {int(newest)}, "
                   f"gaps_until = {int(newest)} WHERE id = 1")
    for sql in (SQLITE_GUARDS if isinstance(db, SqliteDatabase) else POSTGRES_GUARDS):
        db.execute_sql(sql)


def down(migrator, db):
    for sql in (SQLITE_DOWN if isinstance(db, SqliteDatabase) else POSTGRES_DOWN):
        db.execute_sql(sql)
    migrator.migrate(migrator.drop_column('audit_head', 'gaps_until'),
                     migrator.drop_column('audit_head', 'last_id'))
