"""The clinical course at the counselor's and doctor's desk: assessments (ASI-based form,
ASSIST, DAST-10), urine tests and session notes, as tabs of a client's record."""
