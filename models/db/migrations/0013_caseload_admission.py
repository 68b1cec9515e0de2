"""Schema version 13: counselor of record, episodes closed without admission, capacity per
service type.

- ``episode.counselor_id``: the counselor of record (set at admission, changed with a
  reason; the changes are in the audit trail). Episodes already in a program, in aftercare
  or on the waiting list get the staff member who made their latest phase move or, failing
  that, who started their program; the others stay without one until admission.
- ``episode.not_continued_on`` / ``not_continued_reason``: a screening or waiting episode
  closed as "tidak melanjutkan" (the client did not continue to admission).
- An index on ``urine_test`` for the positive screens awaiting confirmation that Beranda
  lists, oldest first.
- A facility that had one capacity for every service type keeps it as the inpatient
  capacity (the beds that usually fill up); outpatient, maintenance and social places start
  without a limit, and the admin can set each in Settings.

Written by hand in the form playhouse.migrations generates.
"""
import json

from peewee import *


def up(migrator, db):
    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    migrator.migrate(
        migrator.add_column('episode', 'counselor_id',
                            ForeignKeyField(Staff, field=Staff.id, null=True,
                                            on_delete='RESTRICT')),
        migrator.add_column('episode', 'not_continued_on', DateField(null=True)),
        migrator.add_column('episode', 'not_continued_reason', TextField(default='')),
        migrator.add_index('episode', ('counselor_id', 'status'), False),
        migrator.add_index('episode', ('not_continued_on',), False),
        migrator.add_index('urine_test', ('any_positive', 'confirmation', 'collected_at'),
                           False),
    )
    # Counselor of record of running episodes: the last one who moved them, else who
    # started the program.
    db.execute_sql(
        "UPDATE episode SET counselor_id = ("
        " SELECT pm.staff_id FROM phase_move pm JOIN enrollment en ON en.id = pm.enrollment_id"
        " WHERE en.episode_id = episode.id AND pm.undone_at IS NULL"
        " ORDER BY pm.moved_on DESC, pm.id DESC LIMIT 1)"
        " WHERE status IN ('in_program', 'aftercare')")
    param = db.param
    row = db.execute_sql("SELECT capacity FROM facility WHERE id = 1").fetchone()
    taken = db.execute_sql(f"SELECT 1 FROM setting WHERE key = {param}",
                           ('capacity_inpatient',)).fetchone()
    if row and row[0] and not taken:
        db.execute_sql(f"INSERT INTO setting (key, value) VALUES ({param}, {param})",
                       ('capacity_inpatient', json.dumps(int(row[0]))))


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index('episode', 'episode_counselor_id_status'),
        migrator.drop_index('episode', 'episode_not_continued_on'),
        migrator.drop_index('urine_test', 'urine_test_any_positive_confirmation_collected_at'),
        migrator.drop_column('episode', 'not_continued_reason'),
        migrator.drop_column('episode', 'not_continued_on'),
        migrator.drop_column('episode', 'counselor_id'),
    )
