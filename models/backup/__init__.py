"""Backups and restores of the whole database, checked at every step."""
