"""Which characters the papers can draw: the character map of the embedded document font.

Every paper is printed in DejaVu Sans (resources/fonts). A character the font has no glyph
for would print as an empty box, so text that goes on papers (names, places, addresses) is
checked against the characters that both the regular and the bold face draw. The map is
read once per process straight from the TrueType ``cmap`` table (formats 4 and 12), so
models/ needs no PDF library for it.
"""
from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

from resources import fonts

#: Characters that are never drawn but are fine on paper (line breaks of multi-line text).
_LAYOUT = frozenset("\n\t")


def _cmap_subtables(data: bytes) -> list[tuple[int, int, int]]:
    """(platform, encoding, offset) of each cmap subtable, offsets from the file start."""
    (count,) = struct.unpack_from(">H", data, 4)
    for i in range(count):
        tag, _sum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            (n,) = struct.unpack_from(">H", data, offset + 2)
            return [(p, e, offset + o) for p, e, o in
                    (struct.unpack_from(">HHI", data, offset + 4 + 8 * j) for j in range(n))]
    raise ValueError("no cmap table")


def _format4(data: bytes, at: int) -> set[int]:
    (seg_x2,) = struct.unpack_from(">H", data, at + 6)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, at + 14)
    starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg_x2)
    range_at = at + 16 + 3 * seg_x2
    offsets = struct.unpack_from(f">{segs}H", data, range_at)
    found: set[int] = set()
    for i in range(segs):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                where = range_at + 2 * i + offsets[i] + 2 * (code - starts[i])
                (glyph,) = struct.unpack_from(">H", data, where)
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                found.add(code)
    return found


def _format12(data: bytes, at: int) -> set[int]:
    (groups,) = struct.unpack_from(">I", data, at + 12)
    found: set[int] = set()
    for g in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
        found.update(range(start + (1 if glyph == 0 else 0), end + 1))
    return found


def font_characters(path: Path) -> frozenset[int]:
    """The code points ``path`` (a TrueType file) maps to a real glyph."""
    data = path.read_bytes()
    found: set[int] = set()
    for platform, encoding, at in _cmap_subtables(data):
        if platform not in (0, 3) or encoding not in (0, 1, 3, 4, 10):
            continue
        (fmt,) = struct.unpack_from(">H", data, at)
        if fmt == 4:
            found |= _format4(data, at)
        elif fmt == 12:
            found |= _format12(data, at)
    return frozenset(found)


@lru_cache(maxsize=1)
def drawable() -> frozenset[int]:
    """The characters both the regular and the bold document face draw."""
    return font_characters(fonts.REGULAR) & font_characters(fonts.BOLD)


#: Beyond the Basic Multilingual Plane (emoji, mathematical letters) the font draws some
#: characters, but the PDF's text layer records them wrongly, so a paper's printed name
#: could not be read back (copied, searched, or checked by ``verify``): refused too.
#: Bidirectional classes of right-to-left scripts (Hebrew, Arabic and its digits): the font
#: has glyphs for many of them, but the PDF writer neither reorders nor shapes them, so a
#: name in such a script would print reversed and unjoined while the screen shows it right.
_RIGHT_TO_LEFT = frozenset(("R", "AL", "AN"))


def undrawable(text: str) -> str | None:
    """The first character of ``text`` that the papers cannot draw as the screen shows
    it, or None."""
    chars = drawable()
    for ch in text:
        if ch in _LAYOUT:
            continue
        if (ord(ch) not in chars or ord(ch) > 0xFFFF
                or unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT):
            return ch
    return None


def describe_character(ch: str) -> str:
    """``"😀" (U+1F600 GRINNING FACE)``: the character, its code and its Unicode name, so a
    refusal names it even when it cannot be seen."""
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}"
    visible = unicodedata.category(ch)[0] not in ("C", "Z")
    shown = f'"{ch}" ' if visible else ""
    return f"{shown}({code}{' ' + name if name else ''})"
