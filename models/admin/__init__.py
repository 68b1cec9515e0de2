"""Administrators' acts over everything: facility settings, staff, merges, backups, imports,
health."""
