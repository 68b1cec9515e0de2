"""The Admin screens: staff accounts, merges of duplicate people, facility profile, settings."""
