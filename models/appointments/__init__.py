"""Appointments, series, lists and reminders."""
