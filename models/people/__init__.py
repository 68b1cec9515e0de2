"""Persons: registration, search, duplicates, guardians and record flags."""
