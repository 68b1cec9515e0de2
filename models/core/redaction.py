"""Keeping secrets out of messages and logs: database passwords, URLs' passwords, keys.

Every text that leaves the process for a person or a log file (error messages, the error
log) passes through :func:`redact`. Two nets: patterns that look like secrets (a password
in a URL, ``password=...``, ``PRAGMA key = '...'``), and the exact secrets this process
was given (the SQLCipher key, the PostgreSQL password), remembered by
:func:`remember_secret` wherever they enter.
"""
from __future__ import annotations

import re

MASK = "***"
_secrets: set[str] = set()

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # scheme://user:password@host -> scheme://user:***@host
    (re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)[^@\s]*(@)"), rf"\g<1>{MASK}\g<2>"),
    # password=..., PGPASSWORD=..., "password": "..."
    (re.compile(r"(?i)(\b(?:pg)?pass(?:word)?\b[\"']?\s*[=:]\s*[\"']?)[^\s\"',;&]+"),
     rf"\g<1>{MASK}"),
    # PRAGMA key = '...' / rekey
    (re.compile(r"(?i)(\b(?:re)?key\s*=\s*)'(?:[^']|'')*'"), rf"\g<1>'{MASK}'"),
    (re.compile(r"(?i)(\b(?:db_key|pulih_db_key)\s*[=:]\s*)\S+"), rf"\g<1>{MASK}"),
    # a NIK (16 digits) in a driver's message, e.g. PostgreSQL's "Key (nik)=(...)"
    (re.compile(r"(?<!\d)\d{16}(?!\d)"), "[NIK]"),
)


def remember_secret(secret: str | None) -> None:
    """Redact ``secret`` wherever it appears from now on (too short ones are ignored:
    masking every "a" would make messages unreadable; key length is enforced elsewhere)."""
    if secret and len(secret) >= 4:
        _secrets.add(secret)


def redact(text: str) -> str:
    """``text`` with every secret it holds replaced by ``***``."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
