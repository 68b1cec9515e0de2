"""Keys that make the spelling variants of Indonesian names meet.

Muhammad / Muhamad / Mohammad / M., Nur / Nurul / Noor, old spelling (oe, dj, tj) and
doubled letters all reduce to one key, so search and duplicate checks find them together.
"""
from __future__ import annotations

import re
import unicodedata

_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "h"), ("sj", "sy"))
_TOKEN_VARIANTS = {
    "m": "muhamad", "mhd": "muhamad", "moh": "muhamad", "muh": "muhamad",
    "mohamad": "muhamad", "muhamed": "muhamad", "mohamed": "muhamad", "mu": "muhamad",
    "nurul": "nur", "nor": "nur", "nurl": "nur",
    "abd": "abdul", "st": "siti", "siti": "siti",
}
_NON_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"([a-z])\1+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_tokens(name: str) -> list[str]:
    """The normalised words of a name, in order."""
    text = _fold(name)
    for old, new in _OLD_SPELLING:
        text = text.replace(old, new)
    tokens = []
    for raw in _NON_LETTER.split(text):
        if not raw:
            continue
        token = _DOUBLE.sub(r"\1", raw)
        if len(token) > 3 and token.endswith("y") and token[-2] not in "aeiou":
            token = token[:-1] + "i"  # Rizky / Rizki, Dedy / Dedi
        tokens.append(_TOKEN_VARIANTS.get(token, token))
    return tokens


def name_key(name: str) -> str:
    """One search key for a name: its normalised words joined by single spaces."""
    return " ".join(name_tokens(name))


def compact_key(name: str) -> str:
    """The key without spaces, so that "Nur Hayati" and "Nurhayati" compare equal."""
    return "".join(name_tokens(name))
