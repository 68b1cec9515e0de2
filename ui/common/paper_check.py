"""Checking a PDF paper: its seals against the database, and the text printed on each page
against what its seal signed. Shared by ``main.py verify`` and the verify dialog; no Qt.

The pages are read by :func:`reports.pdf_probe.read_pdf` (bounded time and memory). A page
with a QR code ends a document: the text of the pages since the previous QR code is what
that seal's paper prints, and :func:`reports.paper_text.printed_fields` reads the holder's
name, identity number, birth date, the number and (SKHPN) the result from it. A paper that
has a text layer but lacks one of those lines is treated as saying "" there, so removing a
line is a difference too. A PDF without any text (a scan) is checked on its seal only and
says so (:attr:`PaperCheck.text_unread`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from models.documents.verification import Verification, verify_text
from models.seals.seal_check import MalformedSeal, parse_any, unwrap
from reports.paper_text import PRINTED_KEYS, printed_fields
from reports.pdf_probe import PdfScan, read_pdf


@dataclass(frozen=True)
class PaperCheck:
    """The answer for one PDF.

    Attributes:
        results: one verification per seal (page order).
        tampered: the seals in the file's metadata differ from the printed QR codes.
        text_unread: the file has no text layer (a scan): printed text was not compared.
        seals: the seal texts checked.
        hidden: why some text of the file cannot be seen on its page (covered, invisible,
            white, clipped...: see reports.pdf_hidden), "" when all of it can. Pulih never
            prints such text: the file was altered, whatever its text layer says.
    """

    results: list[Verification] = field(default_factory=list)
    tampered: bool = False
    text_unread: bool = False
    seals: list[str] = field(default_factory=list)
    hidden: str = ""


def _printed_for(seal_text: str, text: str) -> dict[str, str]:
    try:
        seal, _sig = parse_any(seal_text)
    except MalformedSeal:
        return {}
    printed = printed_fields(text, seal.kind)
    has_holder = bool(getattr(seal, "holder", "")) or bool(getattr(seal, "name_hash", ""))
    required = PRINTED_KEYS.get(seal.kind, ("number",))
    for key in required if has_holder else ("number",):
        printed.setdefault(key, "")
    return printed


def _plain(text: str) -> str:
    """A seal as compared: the same seal behind an address or bare is the same seal."""
    try:
        return unwrap(text)
    except MalformedSeal:
        return text


def texts_by_seal(scan: PdfScan) -> list[tuple[str, str]]:
    """``(seal, text of its pages)`` in page order; seals found only in the metadata (a QR
    that would not decode) get the whole text when there is one seal."""
    pairs: list[tuple[str, str]] = []
    pending: list[str] = []
    for seals, text in zip(scan.page_seals, scan.page_texts):
        pending.append(text)
        if seals:
            joined = "\n".join(pending)
            pairs.extend((seal, joined) for seal in seals)
            pending = []
    if not pairs and scan.metadata_seals:
        whole = "\n".join(scan.page_texts)
        if len(scan.metadata_seals) == 1:
            return [(scan.metadata_seals[0], whole)]
        return [(seal, "") for seal in scan.metadata_seals]
    return pairs


@dataclass(frozen=True)
class PaperRead:
    """What a PDF holds: each seal with what its paper prints (None for a scan)."""

    seals: list[str]
    printed: list[dict[str, str] | None]
    tampered: bool
    text_unread: bool
    hidden: str = ""


def read_paper(path: str | Path) -> PaperRead:
    """The seals of the PDF at ``path`` with their printed fields; raises
    :class:`reports.pdf_probe.PdfRefused` for a file that cannot be read safely."""
    scan = read_pdf(path)
    printed_seals = scan.printed_seals
    inside = scan.metadata_seals
    tampered = bool(inside and printed_seals
                    and {_plain(s) for s in inside} != {_plain(s) for s in printed_seals})
    pairs = texts_by_seal(scan)
    text_unread = not any(t.strip() for t in scan.page_texts)
    printed = [None if text_unread else _printed_for(seal, text) for seal, text in pairs]
    hidden = next((why for why in scan.hidden if why), "")
    return PaperRead([seal for seal, _t in pairs], printed, tampered, text_unread, hidden)


def check_read(read: PaperRead, name: str | None, born: str | dt.date | None) -> PaperCheck:
    results = [verify_text(seal, name, born, printed)
               for seal, printed in zip(read.seals, read.printed)]
    return PaperCheck(results, read.tampered, read.text_unread, list(read.seals), read.hidden)


def check_pdf(path: str | Path, name: str | None, born: str | dt.date | None) -> PaperCheck:
    """Check every seal of the PDF at ``path`` and what its pages print."""
    return check_read(read_paper(path), name, born)
