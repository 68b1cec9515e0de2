"""Schema version 12: flags on a person's record, and the right to restricted records.

- ``person_flag``: a clinical, legal or administrative alert, or the *restricted* mark, set
  and cleared by staff with the right (models/people/flags.py); a cleared flag keeps who cleared it,
  when and why, so the record's past warnings stay readable.
- ``staff_right`` rows for the new area ``restricted`` (opening restricted records, and
  setting or clearing the mark): each existing member gets the default of their role, as a
  new member would (admin: view, input, correct; doctor: view; others: none).

Written by hand in the form playhouse.migrations generates.
"""
from peewee import *

DEFAULTS = {"admin": (True, True, True), "doctor": (True, False, False)}


def up(migrator, db):
    class Person(Model):
        class Meta:
            database = db
            table_name = 'person'

    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class PersonFlag(Model):
        person = ForeignKeyField(Person, backref='+', on_delete='CASCADE')
        kind = CharField(max_length=16)
        text = CharField(max_length=300)
        set_by = ForeignKeyField(Staff, backref='+', on_delete='RESTRICT')
        set_at = DateTimeField()
        cleared_by = ForeignKeyField(Staff, backref='+', null=True, on_delete='RESTRICT')
        cleared_at = DateTimeField(null=True)
        clear_reason = CharField(max_length=300, default='')
        class Meta:
            database = db
            table_name = 'person_flag'
            indexes = ((('person', 'cleared_at'), False),)
    db.create_tables([PersonFlag])

    param = db.param
    for staff_id, role in db.execute_sql("SELECT id, role FROM staff").fetchall():
        view, input_, correct = DEFAULTS.get(role, (False, False, False))
        if not view:
            continue
        db.execute_sql(
            f"INSERT INTO staff_right (staff_id, area, can_view, can_input, can_correct) "
            f"VALUES ({param}, 'restricted', {param}, {param}, {param})",
            (staff_id, view, input_, correct))


def down(migrator, db):
    db.execute_sql("DELETE FROM staff_right WHERE area = 'restricted'")
    db.execute_sql("DROP TABLE IF EXISTS person_flag")
