"""Schema version 4: documents: signing keys, per-kind number templates, SKHPN applications.

Written by hand in the style of the generated migrations; the models are in
models/seals/signing.py, models/documents/numbering.py and models/documents/skhpn.py.
"""
import datetime

from peewee import *


def up(migrator, db):
    class Person(Model):
        class Meta:
            database = db
            table_name = 'person'

    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class Assessment(Model):
        class Meta:
            database = db
            table_name = 'assessment'

    class UrineTest(Model):
        class Meta:
            database = db
            table_name = 'urine_test'

    class Document(Model):
        class Meta:
            database = db
            table_name = 'document'

    class SigningKey(Model):
        key_id = CharField(max_length=16, unique=True)
        facility_code = CharField(max_length=32)
        facility_name = CharField(max_length=300, default='')
        public_key = CharField(max_length=64)
        own = BooleanField(default=False, index=True)
        added_at = DateTimeField(default=datetime.datetime.now)
        added_by = ForeignKeyField(Staff, null=True, backref='+', on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'signing_key'
    db.create_tables([SigningKey])

    class NumberTemplate(Model):
        kind = CharField(max_length=8, unique=True)
        template = CharField(max_length=120)
        updated_at = DateTimeField(default=datetime.datetime.now)
        updated_by = ForeignKeyField(Staff, null=True, backref='+', on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'number_template'
    db.create_tables([NumberTemplate])

    class SkhpnExam(Model):
        person = ForeignKeyField(Person, backref='+', on_delete='RESTRICT')
        state = CharField(max_length=16, default='open', index=True)
        registered_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        registered_at = DateTimeField(default=datetime.datetime.now, index=True)
        purpose = CharField(max_length=32)
        purpose_detail = CharField(max_length=300, default='')
        fee = IntegerField(default=0)
        sktm_number = CharField(max_length=200, default='')
        examined_by = ForeignKeyField(Staff, null=True, backref='+', on_delete='RESTRICT')
        examined_at = DateTimeField(null=True)
        dast = ForeignKeyField(Assessment, null=True, backref='+', on_delete='RESTRICT')
        physical = ForeignKeyField(Assessment, null=True, backref='+', on_delete='RESTRICT')
        urine = ForeignKeyField(UrineTest, null=True, backref='+', on_delete='RESTRICT')
        finding = TextField(default='')
        conclusion = CharField(max_length=16, default='')
        document = ForeignKeyField(Document, null=True, backref='+', on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'skhpn_exam'
    db.create_tables([SkhpnExam])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('skhpn_exam'))
    migrator.migrate(migrator.drop_table('number_template'))
    migrator.migrate(migrator.drop_table('signing_key'))
