"""Rules and helpers every layer uses, with no tables: errors, validation, names, NIK, ages."""
