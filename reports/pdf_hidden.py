"""Finding text a reader of the page cannot see: what a PDF editor leaves behind when a
printed name or result is changed by drawing over it.

``verify`` compares the text layer of a paper with its seal. An edited paper can keep the
genuine text in that layer while showing something else: the old text covered by a white
box (or an image) with new text drawn on top, made invisible (render mode 3), white or
transparent, shrunk to a speck, pushed off the page, clipped away, or a whole edited page
as a picture under an invisible copy of the genuine text. Pulih never prints any of these,
so a page that has one was altered.

Runs inside the bounded child of :mod:`reports.pdf_probe`; needs pypdfium2 and Pillow.
"""
from __future__ import annotations

import ctypes
from typing import Any

#: render modes that paint nothing: 3 invisible, 7 clip only
_UNPAINTED = {3, 7}
_NEAR_WHITE = 230  # every channel at or above this: white on white paper
_MIN_ALPHA = 64
_MIN_GLYPH_PT = 2.0  # Pulih's smallest print is 7 pt; a glyph under 2 pt is a speck
_INK = 160  # a rendered pixel darker than this is ink
VOID_MARK = "DIBATALKAN"  # reports.letterhead.draw_marks: translucent, across the page


def _address(raw: Any) -> int:
    return ctypes.cast(raw, ctypes.c_void_p).value or 0


def _fill(raw: Any) -> tuple[int, int, int, int]:
    import pypdfium2.raw as c
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not c.FPDFPageObj_GetFillColor(raw, r, g, b, a):
        return 0, 0, 0, 255
    return r.value, g.value, b.value, a.value


def _covers(raw: Any, kind: int) -> bool:
    """A later object that can hide what is under it: a filled path or an image."""
    import pypdfium2.raw as c
    if kind == c.FPDF_PAGEOBJ_IMAGE:
        return True
    if kind != c.FPDF_PAGEOBJ_PATH:
        return False
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not c.FPDFPath_GetDrawMode(raw, mode, stroke) or mode.value == 0:
        return False
    return _fill(raw)[3] >= _MIN_ALPHA


def _bounds(raw: Any) -> tuple[float, float, float, float] | None:
    import pypdfium2.raw as c
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not c.FPDFPageObj_GetBounds(raw, left, bottom, right, top):
        return None
    return left.value, bottom.value, right.value, top.value


def _median(crop: Any) -> int:
    """The median grey of a crop: its background when the letters are thin."""
    histogram = crop.histogram()
    half, seen = sum(histogram) / 2, 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= half:
            return level
    return 255


def hidden_text(page: Any, text_page: Any, image: Any, scale: float) -> str:
    """Why some text of ``page`` cannot be seen ("" when all of it can): "unpainted",
    "white", "tiny", "off_page", "covered", "no_ink" or "annotation". ``image`` is the
    page rendered at ``scale`` pixels a point (a PIL image)."""
    import pypdfium2.raw as c
    for index in range(c.FPDFPage_GetAnnotCount(page.raw)):
        annot = c.FPDFPage_GetAnnot(page.raw, index)
        try:
            if c.FPDFAnnot_GetSubtype(annot) != c.FPDF_ANNOT_LINK:
                return "annotation"
        finally:
            c.FPDFPage_CloseAnnot(annot)
    order: dict[int, int] = {}
    covers: list[tuple[int, tuple[float, float, float, float]]] = []
    for position, obj in enumerate(page.get_objects(max_depth=15)):
        order[_address(obj.raw)] = position
        if obj.level == 0 and _covers(obj.raw, obj.type):
            box = _bounds(obj.raw)
            if box is not None:
                covers.append((position, box))
    width, height = page.get_size()
    gray = image.convert("L")
    chars: list[tuple[int, str, Any, int]] = []
    words: dict[int, str] = {}
    for index in range(text_page.count_chars()):
        char = chr(c.FPDFText_GetUnicode(text_page.raw, index))
        obj = c.FPDFText_GetTextObject(text_page.raw, index)
        key = _address(obj)
        words[key] = words.get(key, "") + char
        if not char.isspace() and char.isprintable():
            chars.append((index, char, obj, key))
    checked: dict[int, str] = {key: "mark" for key, word in words.items()
                               if word.strip() == VOID_MARK}
    for index, _char, obj, key in chars:
        if checked.get(key) == "mark":
            continue  # Pulih's own translucent DIBATALKAN across a voided paper
        if key and key not in checked:
            red, green, blue, alpha = _fill(obj)
            mode = c.FPDFTextObj_GetTextRenderMode(obj)
            checked[key] = ("unpainted" if mode in _UNPAINTED or alpha < _MIN_ALPHA
                            else "white" if min(red, green, blue) >= _NEAR_WHITE else "")
        if key and checked[key] == "unpainted":
            return "unpainted"
        loose = text_page.get_charbox(index, loose=True)
        if loose[3] - loose[1] < _MIN_GLYPH_PT:
            return "tiny"
        left, bottom, right, top = text_page.get_charbox(index)
        x, y = (left + right) / 2, (bottom + top) / 2
        if not (0 <= x <= width and 0 <= y <= height):
            return "off_page"
        drawn_at = order.get(key, -1)
        if any(at > drawn_at and box[0] <= x <= box[2] and box[1] <= y <= box[3]
               for at, box in covers):
            return "covered"
        crop = gray.crop((int(left * scale), int((height - top) * scale),
                          int(right * scale) + 1, int((height - bottom) * scale) + 1))
        if crop.getextrema()[0] >= _INK:
            return "no_ink"
        around = gray.crop((int((left - 2) * scale), int((height - top - 2) * scale),
                            int((right + 2) * scale) + 1, int((height - bottom + 2) * scale) + 1))
        if key and checked[key] == "white" and _median(around) >= _NEAR_WHITE:
            return "white"  # white letters on white paper, something else drawn there
    return ""
