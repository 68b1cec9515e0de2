"""The clinical course: assessments, notes, urine tests, programs and phases, discharge,
aftercare."""
