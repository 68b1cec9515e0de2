"""Rumatan (maintenance therapy, PTRM): the tables of dose orders, doses, take-home doses,
absences, doctors' reviews and the medicine stock.

Amounts are whole micrograms (``*_ug``) so that a ledger never drifts by a rounding error
and a balance of zero is exactly zero; screens and papers show milligrams (:func:`mg`).

The two rules that matter most are kept by the database itself, not only by the functions
of :mod:`models.rumatan.dispense` and :mod:`models.rumatan.stock`:

- at most one regular dose per client per day: ``dose`` has a unique index on
  (person, day, slot), where ``slot`` is "regular" for the day's dose (observed or taken
  home), "split" for the second part of a split dose and "replacement" for a dose replacing
  a vomited one; so a second regular dose cannot be written by two desks at once;
- a batch's balance never goes negative: ``stock_batch.balance_ug`` has a CHECK.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.db.connection import BaseModel
from models.people.person import Person
from models.staff.staff import Staff

METHADONE, BUPRENORPHINE = "methadone", "buprenorphine"
MEDICINES: tuple[tuple[str, str], ...] = (
    (METHADONE, T("Codes", "Methadone oral solution")),
    (BUPRENORPHINE, T("Codes", "Buprenorphine tablets")),
)
#: The unit a batch is counted in: millilitres of solution or tablets.
UNITS = {METHADONE: T("Codes", "ml"), BUPRENORPHINE: T("Codes", "tablets")}

REGULAR, SPLIT, REPLACEMENT = "regular", "split", "replacement"
OBSERVED, TAKE_HOME = "observed", "take_home"
DOSE_KINDS: tuple[tuple[str, str], ...] = (
    (OBSERVED, T("Codes", "Observed dose")),
    (TAKE_HOME, T("Codes", "Take-home dose")),
    (SPLIT, T("Codes", "Second part of a split dose")),
    (REPLACEMENT, T("Codes", "Replacement of a vomited dose")),
)
#: The slot each kind of dose fills; the unique index is on (person, day, slot).
SLOT_OF = {OBSERVED: REGULAR, TAKE_HOME: REGULAR, SPLIT: SPLIT, REPLACEMENT: REPLACEMENT}

HOSPITAL, DETAINED, AWAY = "hospital", "detained", "away"
ABSENCES: tuple[tuple[str, str], ...] = (
    (HOSPITAL, T("Codes", "In hospital")),
    (DETAINED, T("Codes", "Detained")),
    (AWAY, T("Codes", "Away (out of town)")),
)

RECEIVED, DISPENSED, WASTED, ADJUSTED = "received", "dispensed", "wasted", "adjusted"
MOVES: tuple[tuple[str, str], ...] = (
    (RECEIVED, T("Codes", "Received")),
    (DISPENSED, T("Codes", "Dispensed")),
    (WASTED, T("Codes", "Wasted")),
    (ADJUSTED, T("Codes", "Adjusted at a count")),
)


def mg(ug: int | None) -> Decimal:
    """Micrograms as milligrams (exact)."""
    return (Decimal(int(ug or 0)) / 1000).normalize() if ug else Decimal(0)


def ug(value_mg: Decimal | float | int | str) -> int:
    """Milligrams as whole micrograms."""
    return int((Decimal(str(value_mg)) * 1000).to_integral_value())


def mg_text(ug_value: int | None) -> str:
    """Milligrams for people: '60', '62,5' (Indonesian decimal comma)."""
    value = mg(ug_value)
    text = f"{value:f}"
    return text.replace(".", ",")


class DoseOrder(BaseModel):
    """A doctor's order: which medicine, how much a day, from when, how many take-home days.

    A newer order for the same client ends the older one the day before it starts; the
    order in force on a day is the newest one whose dates cover it.
    """

    id = AutoField()
    person = ForeignKeyField(Person, backref="dose_orders", on_delete="RESTRICT")
    medicine = CharField(max_length=16, choices=MEDICINES)
    daily_ug = BigIntegerField(constraints=[Check("daily_ug > 0")])
    start_on = DateField()
    end_on = DateField(null=True)
    take_home_days = IntegerField(default=0)
    pregnant = BooleanField(default=False)
    qt_risk = CharField(max_length=300, default="")  # a QT-prolonging co-medication
    notes = TextField(default="")
    change_reason = TextField(default="")
    ordered_by = ForeignKeyField(Staff, on_delete="RESTRICT", backref="dose_orders")
    ordered_at = DateTimeField(default=dt.datetime.now)

    class Meta:
        table_name = "dose_order"
        indexes = ((("person", "start_on"), False), (("start_on", "end_on"), False))


class StockBatch(BaseModel):
    """One bottle or batch of medicine and its running balance (never below zero)."""

    id = AutoField()
    medicine = CharField(max_length=16, choices=MEDICINES)
    batch_no = CharField(max_length=64)
    unit_ug = BigIntegerField(constraints=[Check("unit_ug > 0")])  # per ml or per tablet
    received_on = DateField()
    expires_on = DateField(null=True)
    balance_ug = BigIntegerField(default=0, constraints=[Check("balance_ug >= 0")])
    closed = BooleanField(default=False)

    class Meta:
        table_name = "stock_batch"
        indexes = ((("medicine", "batch_no"), True),)


class TakeHome(BaseModel):
    """Take-home doses handed over on one day: how many were given, how many bottles (or
    doses) came back and when."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="take_homes", on_delete="RESTRICT")
    given_on = DateField(index=True)
    count = IntegerField(constraints=[Check("count > 0")])
    given_by = ForeignKeyField(Staff, on_delete="RESTRICT", backref="take_homes_given")
    returned = IntegerField(null=True)
    returned_on = DateField(null=True)
    returned_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT",
                                  backref="take_homes_returned")
    note = TextField(default="")

    class Meta:
        table_name = "take_home"


class Dose(BaseModel):
    """One dose given (or handed over for a later day) to one client."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="doses", on_delete="RESTRICT")
    order = ForeignKeyField(DoseOrder, backref="doses", on_delete="RESTRICT")
    day = DateField(index=True)
    slot = CharField(max_length=12)
    kind = CharField(max_length=12, choices=DOSE_KINDS)
    amount_ug = BigIntegerField(constraints=[Check("amount_ug > 0")])
    given_at = DateTimeField()
    given_by = ForeignKeyField(Staff, on_delete="RESTRICT", backref="doses_given")
    batch = ForeignKeyField(StockBatch, on_delete="RESTRICT", backref="doses")
    take_home = ForeignKeyField(TakeHome, null=True, on_delete="RESTRICT", backref="doses")
    approved_by = ForeignKeyField(Staff, null=True, on_delete="RESTRICT",
                                  backref="doses_approved")
    reason = TextField(default="")
    vomited_at = DateTimeField(null=True)
    vomit_note = TextField(default="")

    class Meta:
        table_name = "dose"
        indexes = ((("person", "day", "slot"), True),)


class Absence(BaseModel):
    """A client in hospital, detained or away: the days are not missed doses, and a dose
    during one is shown with a warning."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="absences", on_delete="RESTRICT")
    kind = CharField(max_length=12, choices=ABSENCES)
    from_on = DateField()
    until_on = DateField(null=True)
    note = TextField(default="")
    recorded_by = ForeignKeyField(Staff, on_delete="RESTRICT", backref="absences_recorded")
    recorded_at = DateTimeField(default=dt.datetime.now)

    class Meta:
        table_name = "rumatan_absence"
        indexes = ((("person", "from_on"), False),)


class DoseReview(BaseModel):
    """A doctor's review after missed doses: lifts the hold on the next dose."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="dose_reviews", on_delete="RESTRICT")
    reviewed_on = DateField()
    doctor = ForeignKeyField(Staff, on_delete="RESTRICT", backref="dose_reviews")
    note = TextField(default="")
    reviewed_at = DateTimeField(default=dt.datetime.now)

    class Meta:
        table_name = "dose_review"
        indexes = ((("person", "reviewed_on"), False),)


class StockMove(BaseModel):
    """One line of a batch's ledger; ``amount_ug`` is signed (received +, given out -)."""

    id = AutoField()
    batch = ForeignKeyField(StockBatch, backref="moves", on_delete="RESTRICT")
    kind = CharField(max_length=12, choices=MOVES)
    amount_ug = BigIntegerField()
    day = DateField(index=True)
    at = DateTimeField()
    staff = ForeignKeyField(Staff, on_delete="RESTRICT", backref="stock_moves")
    witness = ForeignKeyField(Staff, null=True, on_delete="RESTRICT",
                              backref="stock_witnessed")
    dose = ForeignKeyField(Dose, null=True, on_delete="RESTRICT", backref="moves")
    reason = TextField(default="")

    class Meta:
        table_name = "stock_move"
        indexes = ((("batch", "day"), False),)


class StockCount(BaseModel):
    """The day's reconciliation of one batch: what the ledger expected, what was counted,
    and why they differ (required when they do)."""

    id = AutoField()
    batch = ForeignKeyField(StockBatch, backref="counts", on_delete="RESTRICT")
    day = DateField()
    expected_ug = BigIntegerField()
    counted_ug = BigIntegerField(constraints=[Check("counted_ug >= 0")])
    reason = TextField(default="")
    counted_by = ForeignKeyField(Staff, on_delete="RESTRICT", backref="stock_counts")
    counted_at = DateTimeField()

    class Meta:
        table_name = "stock_count"
        indexes = ((("batch", "day"), True),)


TABLES = [DoseOrder, StockBatch, TakeHome, Dose, Absence, DoseReview, StockMove, StockCount]
