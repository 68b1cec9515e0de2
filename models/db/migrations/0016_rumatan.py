"""Schema version 16: rumatan (maintenance therapy) dose orders, doses and medicine stock.

- ``dose_order``: a doctor's order (medicine, daily dose in micrograms, dates, take-home
  days, pregnancy and QT-risk flags, notes, the reason for a large change).
- ``dose``: each dose given; the unique index on (person_id, day, slot) is what keeps a
  client to one regular dose a day whichever desk or process writes it.
- ``take_home``, ``rumatan_absence``, ``dose_review``: take-home doses with the count
  returned; days in hospital, detained or away; a doctor's review lifting a missed-dose hold.
- ``stock_batch`` (balance with CHECK balance_ug >= 0), ``stock_move`` (the ledger) and
  ``stock_count`` (the day's reconciliation, one per batch and day).
- Doctors get the new dispensing right in full (they order); nurses and pharmacists are
  new roles whose members are created with it.

Written by hand in the form playhouse.migrations generates.
"""
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

    class DoseOrder(Model):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        medicine = CharField(max_length=16)
        daily_ug = BigIntegerField(constraints=[Check('daily_ug > 0')])
        start_on = DateField()
        end_on = DateField(null=True)
        take_home_days = IntegerField(default=0)
        pregnant = BooleanField(default=False)
        qt_risk = CharField(max_length=300, default='')
        notes = TextField(default='')
        change_reason = TextField(default='')
        ordered_by = ForeignKeyField(Staff, on_delete='RESTRICT')
        ordered_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'dose_order'
            indexes = ((('person', 'start_on'), False), (('start_on', 'end_on'), False))

    class StockBatch(Model):
        id = AutoField()
        medicine = CharField(max_length=16)
        batch_no = CharField(max_length=64)
        unit_ug = BigIntegerField(constraints=[Check('unit_ug > 0')])
        received_on = DateField()
        expires_on = DateField(null=True)
        balance_ug = BigIntegerField(default=0, constraints=[Check('balance_ug >= 0')])
        closed = BooleanField(default=False)

        class Meta:
            database = db
            table_name = 'stock_batch'
            indexes = ((('medicine', 'batch_no'), True),)

    class TakeHome(Model):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        given_on = DateField(index=True)
        count = IntegerField(constraints=[Check('count > 0')])
        given_by = ForeignKeyField(Staff, on_delete='RESTRICT', backref='+')
        returned = IntegerField(null=True)
        returned_on = DateField(null=True)
        returned_by = ForeignKeyField(Staff, null=True, on_delete='RESTRICT', backref='+')
        note = TextField(default='')

        class Meta:
            database = db
            table_name = 'take_home'

    class Dose(Model):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        order = ForeignKeyField(DoseOrder, on_delete='RESTRICT')
        day = DateField(index=True)
        slot = CharField(max_length=12)
        kind = CharField(max_length=12)
        amount_ug = BigIntegerField(constraints=[Check('amount_ug > 0')])
        given_at = DateTimeField()
        given_by = ForeignKeyField(Staff, on_delete='RESTRICT', backref='+')
        batch = ForeignKeyField(StockBatch, on_delete='RESTRICT')
        take_home = ForeignKeyField(TakeHome, null=True, on_delete='RESTRICT')
        approved_by = ForeignKeyField(Staff, null=True, on_delete='RESTRICT', backref='+')
        reason = TextField(default='')
        vomited_at = DateTimeField(null=True)
        vomit_note = TextField(default='')

        class Meta:
            database = db
            table_name = 'dose'
            indexes = ((('person', 'day', 'slot'), True),)

    class Absence(Model):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        kind = CharField(max_length=12)
        from_on = DateField()
        until_on = DateField(null=True)
        note = TextField(default='')
        recorded_by = ForeignKeyField(Staff, on_delete='RESTRICT')
        recorded_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'rumatan_absence'
            indexes = ((('person', 'from_on'), False),)

    class DoseReview(Model):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        reviewed_on = DateField()
        doctor = ForeignKeyField(Staff, on_delete='RESTRICT')
        note = TextField(default='')
        reviewed_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'dose_review'
            indexes = ((('person', 'reviewed_on'), False),)

    class StockMove(Model):
        id = AutoField()
        batch = ForeignKeyField(StockBatch, on_delete='RESTRICT')
        kind = CharField(max_length=12)
        amount_ug = BigIntegerField()
        day = DateField(index=True)
        at = DateTimeField()
        staff = ForeignKeyField(Staff, on_delete='RESTRICT', backref='+')
        witness = ForeignKeyField(Staff, null=True, on_delete='RESTRICT', backref='+')
        dose = ForeignKeyField(Dose, null=True, on_delete='RESTRICT')
        reason = TextField(default='')

        class Meta:
            database = db
            table_name = 'stock_move'
            indexes = ((('batch', 'day'), False),)

    class StockCount(Model):
        id = AutoField()
        batch = ForeignKeyField(StockBatch, on_delete='RESTRICT')
        day = DateField()
        expected_ug = BigIntegerField()
        counted_ug = BigIntegerField(constraints=[Check('counted_ug >= 0')])
        reason = TextField(default='')
        counted_by = ForeignKeyField(Staff, on_delete='RESTRICT')
        counted_at = DateTimeField()

        class Meta:
            database = db
            table_name = 'stock_count'
            indexes = ((('batch', 'day'), True),)

    db.create_tables([DoseOrder, StockBatch, TakeHome, Dose, Absence, DoseReview, StockMove,
                      StockCount])
    db.execute_sql(
        "INSERT INTO staff_right (staff_id, area, can_view, can_input, can_correct) "
        "SELECT s.id, 'dispensing', TRUE, TRUE, TRUE FROM staff s WHERE s.role = 'doctor' "
        "AND NOT EXISTS (SELECT 1 FROM staff_right r WHERE r.staff_id = s.id "
        "AND r.area = 'dispensing')")


def down(migrator, db):
    db.execute_sql("DELETE FROM staff_right WHERE area = 'dispensing'")
    for table in ('stock_count', 'stock_move', 'dose_review', 'rumatan_absence', 'dose',
                  'take_home', 'stock_batch', 'dose_order'):
        db.execute_sql(f"DROP TABLE {table}")
