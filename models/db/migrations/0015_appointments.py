"""Schema version 15: appointments, group rosters, consent to be contacted, session series.

- ``appointment``: kind, client's episode and person (none for a group session), staff
  member, start, length, place, status (scheduled / attended / missed / cancelled /
  rescheduled), ``moved_from`` (the appointment it replaces), the series it belongs to,
  a conflict reason, the linked session note.
- ``appointment_attendee``: the participants of a group session, each with their own
  attendance.
- ``contact_consent``: a client's consent to be reminded, with channel and number.
- ``program_template.series_sessions`` / ``series_every_days``: the session series an
  enrolment in the template offers. Outpatient templates start with 8 weekly sessions (a
  BNN outpatient program runs 8-12); the others with none.

Written by hand in the form playhouse.migrations generates.
"""
import datetime as dt

from peewee import *


def up(migrator, db):
    class Staff(Model):
        class Meta:
            database = db
            table_name = 'staff'

    class Person(Model):
        class Meta:
            database = db
            table_name = 'person'

    class Episode(Model):
        class Meta:
            database = db
            table_name = 'episode'

    class Note(Model):
        class Meta:
            database = db
            table_name = 'note'

    class Appointment(Model):
        id = AutoField()
        kind = CharField(max_length=16, index=True)
        episode = ForeignKeyField(Episode, null=True, on_delete='RESTRICT')
        person = ForeignKeyField(Person, null=True, on_delete='RESTRICT')
        staff = ForeignKeyField(Staff, on_delete='RESTRICT')
        starts_at = DateTimeField(index=True)
        minutes = SmallIntegerField(default=60)
        place = CharField(max_length=100, default='')
        status = CharField(max_length=16, default='scheduled')
        moved_from = ForeignKeyField('self', null=True, on_delete='RESTRICT')
        series_id = IntegerField(null=True, index=True)
        series_seq = SmallIntegerField(null=True)
        conflict_reason = TextField(default='')
        status_reason = TextField(default='')
        note = ForeignKeyField(Note, null=True, on_delete='SET NULL')
        created_by = ForeignKeyField(Staff, on_delete='RESTRICT', backref='booked')
        created_at = DateTimeField(default=dt.datetime.now)
        status_at = DateTimeField(null=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = 'appointment'
            indexes = ((('staff', 'starts_at'), False), (('person', 'starts_at'), False),
                       (('status', 'starts_at'), False))

    class AppointmentAttendee(Model):
        id = AutoField()
        appointment = ForeignKeyField(Appointment, on_delete='CASCADE')
        episode = ForeignKeyField(Episode, on_delete='RESTRICT')
        person = ForeignKeyField(Person, on_delete='RESTRICT', index=True)
        status = CharField(max_length=16, default='scheduled')

        class Meta:
            database = db
            table_name = 'appointment_attendee'
            indexes = ((('appointment', 'episode'), True),)

    class ContactConsent(Model):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        channel = CharField(max_length=16)
        phone = CharField(max_length=20, default='')
        may_name_purpose = BooleanField(default=False)
        consented_on = DateField()
        withdrawn_on = DateField(null=True)
        staff = ForeignKeyField(Staff, on_delete='RESTRICT')
        recorded_at = DateTimeField(default=dt.datetime.now)

        class Meta:
            database = db
            table_name = 'contact_consent'

    db.create_tables([Appointment, AppointmentAttendee, ContactConsent])
    migrator.migrate(
        migrator.add_column('program_template', 'series_sessions',
                            SmallIntegerField(default=0)),
        migrator.add_column('program_template', 'series_every_days',
                            SmallIntegerField(default=7)),
    )
    db.execute_sql("UPDATE program_template SET series_sessions = 8 "
                   "WHERE service_type = 'outpatient'")


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column('program_template', 'series_every_days'),
        migrator.drop_column('program_template', 'series_sessions'),
    )
    db.execute_sql("DROP TABLE contact_consent")
    db.execute_sql("DROP TABLE appointment_attendee")
    db.execute_sql("DROP TABLE appointment")
