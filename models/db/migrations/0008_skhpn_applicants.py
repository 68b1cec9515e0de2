"""Schema version 8: SKHPN applicants, photos and receipts.

- ``person_photo``: a person's photos (models/documents/photo.py), kept in the database so that a
  SQLCipher database encrypts them too.
- ``skhpn_exam`` gains what the conclusion rule records (``proposed``: what the results
  proposed; ``override_reason``: the doctor's clinical reason when the conclusion differs)
  and ``receipt``, the kuitansi (KWT document) issued for a paid fee.

Applicants already in the database keep their numbers and everything they had: who counts
as a client is computed from episodes (models/desk/client_list.py), so a person with only SKHPN
applications and no episode stops being counted as a client without a row being changed.
Examinations issued before this version get ``proposed`` filled from their results with the
same rule, so reports can tell an overridden conclusion from an old one (an old
contradiction shows with an empty reason).

Written by hand in the form playhouse.migrations generates.
"""
from peewee import *


def _proposal(db, dast_id, urine_id):
    """The rule of models/documents/skhpn_rule.py, frozen here as it was at version 8."""
    param = db.param
    positive = db.execute_sql(
        f"SELECT COUNT(*) FROM urine_result WHERE test_id = {param} AND result = 'positive'",
        (urine_id,)).fetchone()[0] if urine_id else 0
    total = db.execute_sql(f"SELECT total_score FROM assessment WHERE id = {param}",
                           (dast_id,)).fetchone()[0] if dast_id else None
    return "indicated" if positive or (total is not None and total >= 3) else "not_indicated"


def up(migrator, db):
    class Person(Model):
        class Meta:
            database = db
            table_name = 'person'

    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class Document(Model):
        class Meta:
            database = db
            table_name = 'document'

    class PersonPhoto(Model):
        person = ForeignKeyField(Person, backref='+', on_delete='RESTRICT')
        image = BlobField()
        sha256 = CharField(max_length=64)
        width = IntegerField()
        height = IntegerField()
        source = CharField(max_length=8)
        taken_at = DateTimeField(index=True)
        taken_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'person_photo'
    db.create_tables([PersonPhoto])

    migrator.migrate(
        migrator.add_column('skhpn_exam', 'proposed', CharField(max_length=16, default='')),
        migrator.add_column('skhpn_exam', 'override_reason',
                            CharField(max_length=200, default='')),
        migrator.add_column('skhpn_exam', 'receipt_id',
                            ForeignKeyField(Document, field=Document.id, null=True,
                                            on_delete='RESTRICT')),
    )
    rows = db.execute_sql("SELECT id, dast_id, urine_id FROM skhpn_exam "
                          "WHERE state = 'issued'").fetchall()
    updates = [(_proposal(db, dast_id, urine_id), exam_id)
               for exam_id, dast_id, urine_id in rows]
    if updates:
        db.cursor().executemany(
            f"UPDATE skhpn_exam SET proposed = {db.param} WHERE id = {db.param}", updates)


def down(migrator, db):
    migrator.migrate(migrator.drop_column('skhpn_exam', 'receipt_id'),
                     migrator.drop_column('skhpn_exam', 'override_reason'),
                     migrator.drop_column('skhpn_exam', 'proposed'),
                     migrator.drop_table('person_photo'))
