"""Reading a PDF someone hands in, within bounded time and memory: its seals (metadata and
printed QR codes) and the text of each page.

A PDF to be checked comes from anyone, so it is read in a child process with a memory
ceiling and a time limit, after cheap checks in this process: the file size, the ``%PDF-``
header; then in the child, before anything is drawn, the page count and every page's size.
A hostile file (not a PDF, thousands of pages, a page of a kilometre, a stream that inflates
to gigabytes) is refused with a reason instead of taking the desk down.

Run as ``python -m reports.pdf_probe FILE`` it prints the result as JSON (the child's side).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 100
MAX_SIDE_PT = 2000.0  # A3 is 842 x 1191 pt; nothing Pulih prints is larger
MEMORY_LIMIT = 512 * 1024 * 1024
TIME_LIMIT_S = 30.0
DPI = 300

#: why a file was refused (the user interface words each one)
NOT_FOUND, TOO_BIG, NOT_PDF, TOO_MANY_PAGES, PAGE_TOO_BIG, DAMAGED, TOO_SLOW, TOO_HEAVY = (
    "not_found", "too_big", "not_pdf", "too_many_pages", "page_too_big", "damaged",
    "too_slow", "too_heavy")


class PdfRefused(Exception):
    """The file was not read; ``reason`` is one of the constants above."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PdfScan:
    """What a PDF holds: the seals in its metadata, and per page the seals of the QR codes
    printed on it and its text."""

    metadata_seals: list[str]
    page_seals: list[list[str]] = field(default_factory=list)
    page_texts: list[str] = field(default_factory=list)
    #: per page why some of its text cannot be seen ("" when all can): see reports.pdf_hidden
    hidden: list[str] = field(default_factory=list)

    @property
    def printed_seals(self) -> list[str]:
        seen: list[str] = []
        for seals in self.page_seals:
            seen.extend(s for s in seals if s not in seen)
        return seen


def _limit_self() -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout is the bound
        return
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    cpu = int(TIME_LIMIT_S) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))


def _scan(path: str) -> dict:
    """The child's work; returns the JSON-able result or {"refused": reason}."""
    import pypdfium2 as pdfium

    from reports.seal_reader import looks_like_seal, seals_in_metadata
    data = Path(path).read_bytes()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return {"refused": DAMAGED}
    try:
        count = len(document)
        if count > MAX_PAGES:
            return {"refused": TOO_MANY_PAGES}
        for index in range(count):
            width, height = document.get_page_size(index)
            if not (0 < width <= MAX_SIDE_PT and 0 < height <= MAX_SIDE_PT):
                return {"refused": PAGE_TOO_BIG}
        import zxingcpp
        page_seals: list[list[str]] = []
        from reports.pdf_hidden import hidden_text
        page_texts: list[str] = []
        hidden: list[str] = []
        for index in range(count):
            page = document[index]
            text_page = page.get_textpage()
            page_texts.append(text_page.get_text_range()[:200_000])
            image = page.render(scale=DPI / 72).to_pil()
            hidden.append(hidden_text(page, text_page, image, DPI / 72))
            codes = zxingcpp.read_barcodes(
                image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
            page_seals.append([c.text.strip() for c in codes if looks_like_seal(c.text)])
    finally:
        document.close()
    return {"metadata": seals_in_metadata(data), "seals": page_seals, "texts": page_texts,
            "hidden": hidden}


def preflight(path: Path) -> None:
    """The cheap checks, in this process: the file exists, is small enough, says PDF."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PdfRefused(NOT_FOUND)
        if size > MAX_BYTES:
            raise PdfRefused(TOO_BIG)
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        raise PdfRefused(NOT_FOUND) from None
    if b"%PDF-" not in head:
        raise PdfRefused(NOT_PDF)


def read_pdf(path: str | os.PathLike[str]) -> PdfScan:
    """Seals and page texts of ``path``, read in a bounded child process; raises
    :class:`PdfRefused`."""
    path = Path(path).expanduser()
    preflight(path)
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    try:
        done = subprocess.run([sys.executable, "-m", "reports.pdf_probe", str(path)],
                              capture_output=True, timeout=TIME_LIMIT_S, env=env, cwd=root,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise PdfRefused(TOO_SLOW) from None
    if done.returncode != 0:
        out = done.stderr.decode("utf-8", "replace")
        raise PdfRefused(TOO_HEAVY if ("MemoryError" in out or done.returncode < 0
                                       or "Cannot allocate" in out) else DAMAGED)
    try:
        result = json.loads(done.stdout.decode("utf-8"))
    except ValueError:
        raise PdfRefused(DAMAGED) from None
    if "refused" in result:
        raise PdfRefused(result["refused"])
    return PdfScan(result["metadata"], result["seals"], result["texts"],
                   result.get("hidden", []))


def main(argv: list[str]) -> int:
    _limit_self()
    try:
        result = _scan(argv[0])
    except MemoryError:
        print("MemoryError", file=sys.stderr)
        return 3
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
