"""Schema version 5: closed months of the tally (frozen snapshots, reopenings).

Written by hand in the form playhouse.migrations generates, then frozen.
"""
from peewee import *


def up(migrator, db):
    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class TallyClose(Model):
        year = IntegerField()
        month = SmallIntegerField()
        open_key = CharField(max_length=7, null=True, unique=True)
        definitions_version = IntegerField()
        payload = TextField()
        checksum = CharField(max_length=64)
        closed_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        closed_at = DateTimeField()
        reopened_by = ForeignKeyField(Staff, null=True, backref='+', on_delete='RESTRICT')
        reopened_at = DateTimeField(null=True)
        reopen_reason = TextField(default='')
        class Meta:
            database = db
            table_name = 'tally_close'
            indexes = ((('year', 'month'), False),)
    db.create_tables([TallyClose])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('tally_close'))
