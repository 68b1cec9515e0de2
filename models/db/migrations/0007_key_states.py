"""Schema version 7: keys that can be retired and revoked, other facilities' voided numbers,
and the wrapping secrets of the desks' encrypted private key files.

Written by hand in the form playhouse.migrations generates, then frozen.
"""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('signing_key', 'retired_at', DateField(null=True)),
        migrator.add_column('signing_key', 'revoked_at', DateField(null=True)),
        migrator.add_column('signing_key', 'reason', TextField(default='')),
    )

    class ForeignVoid(Model):
        facility_code = CharField(max_length=32)
        number = CharField(max_length=64)
        voided_at = DateField()
        imported_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'foreign_void'
            indexes = ((('facility_code', 'number'), True),)

    class DeskKeySecret(Model):
        key_id = CharField(max_length=16, unique=True)
        secret = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'desk_key_secret'
    db.create_tables([ForeignVoid, DeskKeySecret])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('desk_key_secret'),
                     migrator.drop_table('foreign_void'),
                     migrator.drop_column('signing_key', 'reason'),
                     migrator.drop_column('signing_key', 'revoked_at'),
                     migrator.drop_column('signing_key', 'retired_at'))
