"""Appointments of the synthetic demo, written after the rest of it.

Every episode in care during the last :data:`PAST_DAYS` days gets its appointments: weekly
individual sessions for outpatients (the series of their program), fortnightly ones for the
others, a monthly doctor visit and urine test; a weekly group session with a roster of
outpatients. Past appointments were attended (most), missed or cancelled in plausible
proportions, and some outpatients drop out: from some day on they miss everything and have
nothing booked, so Beranda has clients to trace. From the demo's last day on appointments
are booked for :data:`FUTURE_DAYS` days (today's still unmarked).
"""
from __future__ import annotations

import datetime as dt
import random

import peewee

from models.appointments.appointment import Appointment, AppointmentAttendee
from models.demo.writer import BulkWriter

PAST_DAYS = 91
FUTURE_DAYS = 28
P_MISSED, P_CANCELLED = 0.14, 0.04
P_DROPOUT = 0.08
PLACES = ("Ruang 1", "Ruang 2", "Ruang 3", "Ruang periksa", "Ruang konseling")
GROUP_SIZE = (6, 12)


def _fields(model: type[peewee.Model]) -> list[str]:
    return [f.name for f in model._meta.sorted_fields]


def build_appointments(db: peewee.Database, end_day: dt.date, seed: int) -> int:
    """Write the demo's appointments; returns how many."""
    rng = random.Random(seed * 7919 + 13)
    writer = BulkWriter(db)
    end = end_day.toordinal()
    first = end - PAST_DAYS
    p = db.param
    episodes = db.execute_sql(
        "SELECT id, person_id, service_type, admitted_on, discharged_on, counselor_id, "
        f"intake_staff_id FROM episode WHERE admitted_on IS NOT NULL AND admitted_on <= {p} "
        f"AND (discharged_on IS NULL OR discharged_on >= {p}) ORDER BY id",
        (end_day, dt.date.fromordinal(first))).fetchall()
    doctors = [r[0] for r in db.execute_sql(
        "SELECT id FROM staff WHERE role = 'doctor' AND active ORDER BY id").fetchall()]
    counselors = [r[0] for r in db.execute_sql(
        "SELECT id FROM staff WHERE role = 'counselor' AND active ORDER BY id").fetchall()]
    if not episodes or not counselors:
        return 0
    names = _fields(Appointment)
    next_id = 0
    made = 0

    def add(kind: str, episode: tuple | None, staff: int, day: int, seconds: int,
            minutes: int, status: str, series: tuple[int, int] | None = None) -> int:
        nonlocal next_id, made
        next_id += 1
        made += 1
        booked_day = max(first - 30, day - rng.randint(3, 30))
        values = {
            "id": next_id, "kind": kind, "episode": episode[0] if episode else None,
            "person": episode[1] if episode else None, "staff": staff,
            "starts_at": writer.stamp(day, seconds), "minutes": minutes,
            "place": rng.choice(PLACES), "status": status, "moved_from": None,
            "series_id": series[0] if series else None,
            "series_seq": series[1] if series else None, "conflict_reason": "",
            "status_reason": "", "note": None, "created_by": staff,
            "created_at": writer.stamp(booked_day, 30_000),
            "status_at": writer.stamp(day, seconds + minutes * 60) if status != "scheduled"
            else None,
            "version": 1 if status == "scheduled" else 2}
        writer.rows[Appointment].append(tuple(values[n] for n in names))
        return next_id

    def past_status(day: int, dropped: int | None) -> str:
        if day >= end:
            return "scheduled"
        if dropped is not None and day >= dropped:
            return "missed"
        roll = rng.random()
        return "missed" if roll < P_MISSED else "cancelled" if roll < P_MISSED + P_CANCELLED \
            else "attended"

    outpatients: list[tuple] = []
    for episode in episodes:
        _eid, _pid, service, admitted, discharged, counselor, _intake = episode
        admitted_day = _ordinal(admitted)
        last = min(_ordinal(discharged) if discharged else end + FUTURE_DAYS,
                   end + FUTURE_DAYS)
        start = max(admitted_day + 1, first)
        counselor = counselor or rng.choice(counselors)
        outpatient = service == "outpatient"
        if outpatient and not discharged:
            outpatients.append(episode)
        dropped = None
        if outpatient and start < end and rng.random() < P_DROPOUT:
            dropped = rng.randint(start, end)
        gap = 7 if outpatient else 14
        weekday = rng.randrange(5)
        slot = 8 * 3600 + rng.randrange(14) * 1800
        day = start + (weekday - dt.date.fromordinal(start).weekday()) % 7
        seq = 0
        series_id = None
        while day <= last:
            if dropped is not None and day > end:
                break  # dropped out: nothing booked ahead
            seq += 1
            status = past_status(day, dropped)
            aid = add("individual", episode, counselor, day, slot, 60, status,
                      (series_id or next_id + 1, seq) if outpatient else None)
            series_id = series_id or aid
            day += gap
        if doctors and rng.random() < 0.7:
            day = start + rng.randrange(28)
            while day <= last:
                if dropped is not None and day > end:
                    break
                if dt.date.fromordinal(day).weekday() < 5:
                    add(rng.choice(("doctor", "urine")), episode, rng.choice(doctors), day,
                        8 * 3600 + rng.randrange(8) * 900, 15 if outpatient else 30,
                        past_status(day, dropped))
                day += 28 + rng.randrange(7)
        if writer.pending() > 50_000:
            writer.flush()
    # A weekly group session on Wednesdays at 13.00 with a roster of outpatients.
    roster_rows = writer.rows[AppointmentAttendee]
    attendee_id = 0
    wednesday = first + (2 - dt.date.fromordinal(first).weekday()) % 7
    for day in range(wednesday, end + FUTURE_DAYS, 7):
        if len(outpatients) < GROUP_SIZE[0]:
            break
        members = rng.sample(outpatients, min(len(outpatients), rng.randint(*GROUP_SIZE)))
        status = "scheduled" if day >= end else "attended"
        gid = add("group", None, rng.choice(counselors), day, 13 * 3600, 90, status)
        for member in members:
            attendee_id += 1
            mark = status if status == "scheduled" else (
                "missed" if rng.random() < P_MISSED else "attended")
            roster_rows.append((attendee_id, gid, member[0], member[1], mark))
        if writer.pending() > 50_000:
            writer.flush()
    writer.finish()
    return made


def _ordinal(value: str | dt.date) -> int:
    """The day of a date column as SQLite (ISO text) or PostgreSQL (a date) returns it."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]).toordinal()
    return value.toordinal()
