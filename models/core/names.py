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
    """Case-folded, accents and invisible format characters (category Cf: zero-width
    spaces, direction controls, BOM) removed, so they never split or hide a word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


_RLO, _LRO, _PDF = "\u202e", "\u202d", "\u202c"


def as_seen(text: str) -> str:
    """``text`` as a screen showed it, without invisible format characters: the run after
    a right-to-left override (up to its pop or the end) is shown reversed, so it is
    reversed here; every other format character is dropped. For cleaning names stored
    before such characters were refused at input (migration 0010): the desk checked the
    name as shown against the identity card."""
    out: list[str] = []
    stack: list[tuple[str, list[str]]] = []
    for ch in text:
        if ch in (_RLO, _LRO):
            stack.append((ch, []))
        elif ch == _PDF and stack:
            kind, run = stack.pop()
            (stack[-1][1] if stack else out).extend(reversed(run) if kind == _RLO else run)
        elif unicodedata.category(ch) != "Cf":
            (stack[-1][1] if stack else out).append(ch)
    while stack:
        kind, run = stack.pop()
        (stack[-1][1] if stack else out).extend(reversed(run) if kind == _RLO else run)
    return "".join(out)


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
