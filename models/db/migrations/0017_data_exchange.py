"""Schema version 17: data in and out (issue 15).

- ``exchange_mapping``: the mappings to national-system codes an admin loaded (the newest is
  in force; NULL content means Pulih's own codes).
- ``received_package``: facility packages a provincial office imported; ``current_key`` is
  set on the one in force for a facility and month.
- ``client_import_mapping``: saved column mappings of client-list imports.
- ``client_import``: each committed client-list import with its source file's hash.
- ``close_quality``: the data-quality state confirmed when a month was closed with open
  problems (stored beside the month's snapshot).

Written by hand in the form playhouse.migrations generates.
"""
from peewee import *


def up(migrator, db):
    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class TallyClose(Model):
        class Meta:
            database = db
            table_name = 'tally_close'

    class ExchangeMapping(Model):
        version = CharField(max_length=40)
        content = TextField(null=True)
        checksum = CharField(max_length=64)
        loaded_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        loaded_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'exchange_mapping'

    class ReceivedPackage(Model):
        facility_code = CharField(max_length=32)
        facility_name = CharField(max_length=300, default='')
        period = CharField(max_length=7)
        current_key = CharField(max_length=40, null=True, unique=True)
        sha256 = CharField(max_length=64, index=True)
        created_at = DateTimeField()
        definitions_version = IntegerField()
        mapping_version = CharField(max_length=40)
        key_id = CharField(max_length=16)
        manifest = TextField()
        tally = TextField()
        imported_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        imported_at = DateTimeField()
        replaced_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = 'received_package'
            indexes = ((('period', 'facility_code'), False),)

    class ClientImportMapping(Model):
        name = CharField(max_length=100, unique=True)
        columns = TextField()
        saved_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        saved_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'client_import_mapping'

    class ClientImport(Model):
        file_name = CharField(max_length=300)
        file_sha256 = CharField(max_length=64, index=True)
        rows = IntegerField()
        created = IntegerField()
        first_person = IntegerField(null=True)
        last_person = IntegerField(null=True)
        created_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'client_import'

    class CloseQuality(Model):
        tally_close = ForeignKeyField(TallyClose, backref='+', on_delete='RESTRICT',
                                      unique=True)
        problems = IntegerField()
        completeness = IntegerField()
        summary = TextField()
        confirmed_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        confirmed_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'close_quality'

    db.create_tables([ExchangeMapping, ReceivedPackage, ClientImportMapping, ClientImport,
                      CloseQuality])


def down(migrator, db):
    for table in ('close_quality', 'client_import', 'client_import_mapping',
                  'received_package', 'exchange_mapping'):
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
