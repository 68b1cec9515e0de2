"""Schema version 14: urine confirmations, several diagnoses per episode, a signed entry per
participant of a group note.

- ``urine_test``: a positive screen is presumptive until confirmed. ``confirm_method``
  ("lab" or "admission"), ``confirm_lab``, ``confirmed_on``, ``confirmed_by_id`` and
  ``confirmed_at`` say how; the result stays in ``confirmation`` ("positive"/"negative").
  Tests recorded before this version keep an empty confirmation: a positive among them is
  shown as awaiting confirmation, as it was never confirmed.
- ``episode_diagnosis``: the working diagnoses of an episode (ICD-10 F10-F19), one of them
  primary, each recorded by a staff member; a withdrawn diagnosis keeps its row with
  ``removed_at``. An episode's latest signed assessment diagnosis is copied in as its
  primary diagnosis.
- ``note_attendance``: the short entry written for each participant present at a group
  session (``entry``), signed with the note (``entry_signed_at``) by its author.
- The phases of the default inpatient TC template still named in English ("Primer -
  younger member", "Re-entry") take their Indonesian names; a name the facility changed
  is left as it is.

Written by hand in the form playhouse.migrations generates.
"""
from peewee import *


def up(migrator, db):
    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class Episode(Model):
        class Meta:
            database = db
            table_name = 'episode'

    class EpisodeDiagnosis(Model):
        id = AutoField()
        episode = ForeignKeyField(Episode, backref='diagnoses', on_delete='RESTRICT')
        code = CharField(max_length=8)
        is_primary = BooleanField(default=False)
        diagnosed_on = DateField()
        staff = ForeignKeyField(Staff, on_delete='RESTRICT')
        note = TextField(default='')
        recorded_at = DateTimeField()
        removed_at = DateTimeField(null=True)
        removed_by = ForeignKeyField(Staff, null=True, on_delete='RESTRICT',
                                     backref='removed_diagnoses')

        class Meta:
            table_name = 'episode_diagnosis'
            database = db
            indexes = ((('episode', 'code'), False),)

    migrator.migrate(
        migrator.add_column('urine_test', 'confirm_method', CharField(max_length=16, default='')),
        migrator.add_column('urine_test', 'confirm_lab', CharField(max_length=100, default='')),
        migrator.add_column('urine_test', 'confirmed_on', DateField(null=True)),
        migrator.add_column('urine_test', 'confirmed_by_id',
                            ForeignKeyField(Staff, field=Staff.id, null=True,
                                            on_delete='RESTRICT')),
        migrator.add_column('urine_test', 'confirmed_at', DateTimeField(null=True)),
        migrator.add_column('note_attendance', 'entry', TextField(default='')),
        migrator.add_column('note_attendance', 'entry_signed_at', DateTimeField(null=True)),
    )
    db.create_tables([EpisodeDiagnosis])
    # The primary diagnosis of each episode from its latest signed assessment with one.
    db.execute_sql(
        "INSERT INTO episode_diagnosis (episode_id, code, is_primary, diagnosed_on, staff_id, "
        "note, recorded_at) "
        "SELECT a.episode_id, a.diagnosis_code, TRUE, a.assessed_on, a.staff_id, '', "
        "COALESCE(a.signed_at, CURRENT_TIMESTAMP) FROM assessment a "
        "WHERE a.episode_id IS NOT NULL AND a.diagnosis_code <> '' AND a.state = 'signed' "
        "AND a.id = (SELECT b.id FROM assessment b WHERE b.episode_id = a.episode_id "
        "AND b.diagnosis_code <> '' AND b.state = 'signed' "
        "ORDER BY b.assessed_on DESC, b.id DESC LIMIT 1)")
    rename_tc_phases(db, TC_PHASES)


#: (phase code, English name installed before this version, Indonesian name)
TC_PHASES = (
    ('primer_younger', 'Primer \u2013 younger member',
     'Primer \u2013 anggota muda (younger member)'),
    ('primer_middle', 'Primer \u2013 middle member', 'Primer \u2013 anggota madya (middle member)'),
    ('primer_older', 'Primer \u2013 older member', 'Primer \u2013 anggota senior (older member)'),
    ('re_entry', 'Re-entry', 'Persiapan kembali ke masyarakat (re-entry)'),
)


def rename_tc_phases(db, names):
    param = db.param
    for code, old, new in names:
        db.execute_sql(
            f"UPDATE phase SET name = {param} WHERE code = {param} AND name = {param} "
            f"AND template_id IN (SELECT id FROM program_template "
            f"WHERE code = 'bnn_rawat_inap_tc')", (new, code, old))


def down(migrator, db):
    rename_tc_phases(db, [(code, new, old) for code, old, new in TC_PHASES])
    db.execute_sql("DROP TABLE episode_diagnosis")
    migrator.migrate(
        migrator.drop_column('note_attendance', 'entry_signed_at'),
        migrator.drop_column('note_attendance', 'entry'),
        migrator.drop_column('urine_test', 'confirmed_at'),
        migrator.drop_column('urine_test', 'confirmed_by_id'),
        migrator.drop_column('urine_test', 'confirmed_on'),
        migrator.drop_column('urine_test', 'confirm_lab'),
        migrator.drop_column('urine_test', 'confirm_method'),
    )
