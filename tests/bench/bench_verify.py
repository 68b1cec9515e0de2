"""``main.py verify FILE.pdf`` on a normal SKHPN, and the PDF reader on hostile files.

    python -m tests.bench.bench_verify [--rounds 20] [--bomb-mb 2048]

1. The whole command (a new Python process, open the database, read the PDF in its bounded
   child, compare the printed text and the seal): median milliseconds of ``rounds`` runs.
   Floor: a new Python process that does nothing, what every command pays.
2. :func:`ui.common.paper_check.check_pdf` in a running process: median milliseconds.
   Floor: the same PDF read by the bounded child alone (``reports.pdf_probe.read_pdf``),
   which every check must do before it compares anything.
3. Hostile files (thousands of pages, a 70 m page, 25 MB, not a PDF, a flate bomb that
   inflates to ``--bomb-mb``, 2 GB by default): milliseconds to the refusal and the reader's
   peak memory (MB). Floor: the same reader on the normal SKHPN.
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from tests.bench.report import print_table

ROOT = Path(__file__).resolve().parents[2]


def make_skhpn(folder: Path) -> tuple[Path, Path]:
    """A database with one SKHPN and its PDF; returns (database, pdf)."""
    os.environ["PULIH_KEY_DIR"] = str(folder / "keys")
    from models.db.connection import resolve_target
    from models.db.schema import open_database
    from models.documents.document import Document, qr_text
    from models.safety import accounts
    from reports.holder import PrintOptions
    from reports.render import render_document
    from tests import doc_world as w
    database = folder / "bench.sqlite3"
    open_database(resolve_target(str(database)))
    admin = accounts.create_first_admin("admin", "Admin Fasilitas", "admin-password-1")
    staff = {"admin": admin}
    for role in ("intake", "counselor", "doctor"):
        staff[role] = accounts.create_staff(admin, role, role.title(), role,
                                            f"{role}-password-1")
    w.facility_and_doctor(staff)
    doc = Document.get_by_id(w.skhpn(staff, w.applicant(staff)))
    pdf = folder / "skhpn.pdf"
    pdf.write_bytes(render_document(doc.payload, qr_text(doc.payload, doc.signature),
                                    PrintOptions()))
    return database, pdf


def bomb(path: Path, size: int) -> None:
    """One page whose content stream inflates to ``size`` bytes of spaces."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join([comp.compress(chunk) for _ in range(size >> 20)] + [comp.flush()])
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
               + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())


def hostile_files(folder: Path, bomb_mb: int) -> list[Path]:
    from pypdf import PdfWriter
    many = PdfWriter()
    for _ in range(5000):
        many.add_blank_page(595, 842)
    with open(folder / "5000-pages.pdf", "wb") as fh:
        many.write(fh)
    huge = PdfWriter()
    huge.add_blank_page(200_000, 200_000)
    with open(folder / "70m-page.pdf", "wb") as fh:
        huge.write(fh)
    with open(folder / "25MB.pdf", "wb") as fh:
        fh.write(b"%PDF-1.4\n" + os.urandom(25 * 1024 * 1024))
    (folder / "not-a.pdf").write_bytes(b"MZ\x90\x00" + os.urandom(4000))
    bomb(folder / f"bomb-{bomb_mb}MB.pdf", bomb_mb << 20)
    return sorted(folder.glob("*.pdf"))


PROBE = ("import resource, sys, time; sys.path.insert(0, sys.argv[2]); "
         "from reports.pdf_probe import read_pdf, PdfRefused\n"
         "t = time.perf_counter()\n"
         "try:\n    read_pdf(sys.argv[1]); out = 'read'\n"
         "except PdfRefused as e:\n    out = 'refused ' + e.reason\n"
         "print(out, round((time.perf_counter() - t) * 1000), "
         "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)")


def probe(path: Path) -> tuple[str, str, str]:
    """The reader's verdict on ``path`` in a fresh process: verdict, ms, peak MB."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT)
    if not done.stdout:
        return "?", "?", "?"
    verdict, ms, peak = done.stdout.strip().rsplit(" ", 2)
    return verdict, ms, peak


def _spread(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--bomb-mb", type=int, default=2048,
                        help="what the flate bomb inflates to (MB)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database, pdf = make_skhpn(folder)
        from models.db import connection as dbmod
        from models.db.connection import resolve_target
        from models.db.schema import open_database
        from reports.pdf_probe import read_pdf
        from ui.common.paper_check import check_pdf
        checks, reads = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            checked = check_pdf(pdf, "Budi Santoso", "1990-01-02")
            checks.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            read_pdf(pdf)
            reads.append((time.perf_counter() - started) * 1000)
        assert [r.status for r in checked.results] == ["valid"]
        dbmod.close()
        command = [sys.executable, str(ROOT / "main.py"), "verify", str(pdf), "--name",
                   "Budi Santoso", "--birth-date", "1990-01-02", "--db", str(database)]
        commands, starts = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, cwd=ROOT)
            commands.append((time.perf_counter() - started) * 1000)
            assert done.returncode == 0, done.stdout + done.stderr
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True, cwd=ROOT)
            starts.append((time.perf_counter() - started) * 1000)
        open_database(resolve_target(str(database)))
        dbmod.close()
        print(f"Checking a printed SKHPN, {args.rounds} runs each (ms)")
        print_table(("check", "median", "min", "max", "floor median", "floor max", "floor"),
                    [("check_pdf in process", *_spread(checks), statistics.median(reads),
                      max(reads), "the bounded PDF read alone"),
                     ("main.py verify FILE.pdf", *_spread(commands), statistics.median(starts),
                      max(starts), "a new Python process doing nothing")])
        hostile = folder / "hostile"
        hostile.mkdir()
        rows = [(f"{pdf.name} (floor: a normal paper)", pdf.stat().st_size / 1e6, *probe(pdf))]
        rows += [(path.name, path.stat().st_size / 1e6, *probe(path))
                 for path in hostile_files(hostile, args.bomb_mb)]
        print()
        print("The PDF reader on hostile files (a fresh process each)")
        print_table(("file", "MB", "verdict", "ms", "reader peak MB"), rows)


if __name__ == "__main__":
    main()
