"""Signed checkpoints of the audit trail, kept outside the database.

The hash chain (models/safety/audit.py) shows any change a person makes without recomputing the
hashes after it. Someone holding the database file who knows the algorithm can recompute
them all, and move the head too: the chain is then consistent, and only something kept
elsewhere can tell. A checkpoint is that: the head of the trail at a moment (newest hash,
newest id, number of events), the time and the facility, signed with the desk's Ed25519 key
(models/seals/signing.py: the private half never enters the database). It is one line of text::

    PULIH-AUDIT1|BNNK-JU|1234|1234|<hash>|2025-07-14T09:30:00|K:<key id>|P:<public key>|S:<sig>

written beside every backup (``<backup>.checkpoint``), appended to the checkpoint file of the
backup folder (:data:`FOLDER_FILE`), and put into every closed month's tally export (a sheet
of the XLSX, the last row of the CSV). ``check --audit`` reads what it can find and compares:
the event at the checkpoint's id must still have the checkpoint's hash, and the trail must
hold at least as many events. Otherwise it was "rewritten after the checkpoint of <date>".

The signature is checked with the facility's public key of that id in the database; a key
the database does not know (a restore put back a backup older than the key, or someone
deleted it) is taken from the line itself when its id is that key's fingerprint. Such a
checkpoint can only raise an alarm, never silence one, so a stranger gains nothing by
writing one.

A restore puts an older trail back on purpose. It then writes a signed *restore* checkpoint
(``PULIH-AUDIT1R|...``: the trail as restored, up to its ``backup.restore`` event): the
checkpoints made before it at or past that event's id belonged to the trail the restore
replaced and are no longer compared; every other checkpoint still is. Without the desk's key
nobody can write one, so it cannot be used to excuse a rewrite.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.db.connection import database, write_transaction
from models.safety.audit import HEAD_ID, AuditEvent, AuditHead
from models.staff.staff import Staff

if TYPE_CHECKING:
    from models.seals.audit_chain import ChainReport

FORMAT = "PULIH-AUDIT1"
FOLDER_FILE = "pulih-audit-checkpoints.txt"
SUFFIX = ".checkpoint"
SEP = "|"
RESTORE = "R"
LINE_RE = re.compile(r"PULIH-AUDIT1R?\|[^\s|]{1,32}\|\d+\|-?\d+\|[0-9a-f]{64}\|[0-9T:\-]{19}"
                     r"\|K:[^\s|]{1,32}\|P:[A-Za-z0-9_\-]{43}\|S:[A-Za-z0-9_\-]{20,200}")
MAX_READ = 4_000_000  # bytes read from one file when looking for checkpoints
MAX_CHECKPOINTS = 2000


@dataclass(frozen=True)
class Checkpoint:
    """The head of the trail at ``at``, as signed."""

    facility: str
    events: int
    last_id: int
    head_hash: str
    at: dt.datetime
    key_id: str
    public_key: str  # base64url of the raw Ed25519 public key
    signature: str = ""
    source: str = ""  # where it was read from (not signed)
    restore: bool = False  # written after a restore: see the module's docstring

    def signed_text(self) -> str:
        return SEP.join((FORMAT + (RESTORE if self.restore else ""), self.facility,
                         str(self.events), str(self.last_id),
                         self.head_hash, self.at.isoformat(timespec="seconds"),
                         f"K:{self.key_id}", f"P:{self.public_key}"))

    def line(self) -> str:
        return f"{self.signed_text()}{SEP}S:{self.signature}"


def parse_line(text: str, source: str = "") -> Checkpoint | None:
    """The checkpoint in one line of text, or None when it is not one."""
    match = LINE_RE.search(text)
    if match is None:
        return None
    parts = match.group(0).split(SEP)
    try:
        at = dt.datetime.fromisoformat(parts[5])
    except ValueError:
        return None
    return Checkpoint(parts[1], int(parts[2]), int(parts[3]), parts[4], at, parts[6][2:],
                      parts[7][2:], parts[8][2:], source, restore=parts[0].endswith(RESTORE))


def make_checkpoint(actor: Staff | None, now: dt.datetime | None = None, *,
                    restore: bool = False) -> Checkpoint | None:
    """A signed checkpoint of the bound database's trail now (None before the facility is
    set up). Takes this desk's key, making and registering one on first use (audited, so
    the head is read after that)."""
    from models.facility.facility import facility
    from models.seals.signing import b64, desk_key, public_raw
    fac = facility()
    if fac is None:
        return None
    with write_transaction():
        key_id, key = desk_key(actor, fac.code, (fac.name_lines or [fac.code])[-1])
        head = AuditHead.get_or_none(AuditHead.id == HEAD_ID)
    if head is None:
        return None
    at = (now or dt.datetime.now()).replace(microsecond=0)
    events, last_id, last_hash = head.events, head.last_id, head.last_hash
    if restore:  # the trail as restored ends at the restore's own event
        row = (AuditEvent.select(AuditEvent.id, AuditEvent.row_hash)
               .where(AuditEvent.action == "backup.restore")
               .order_by(AuditEvent.id.desc()).limit(1).tuples().first())
        if row is not None:
            events, last_id, last_hash = events - (last_id - row[0]), row[0], row[1]
    public = b64(public_raw(key))
    unsigned = Checkpoint(fac.code, events, last_id, last_hash, at, key_id, public,
                          restore=restore)
    signature = b64(key.sign(unsigned.signed_text().encode("utf-8")))
    return Checkpoint(unsigned.facility, unsigned.events, unsigned.last_id, unsigned.head_hash,
                      unsigned.at, key_id, public, signature, restore=restore)


def signature_ok(checkpoint: Checkpoint) -> bool:
    """Whether ``checkpoint`` is signed by the facility's key of its id: the public key in this
    database's key store or, for a key the database does not know and only for an ordinary
    (not a restore) checkpoint, the one in the line whose fingerprint is that id."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from models.seals.signing import SigningKey, key_id_of, unb64
    public = (SigningKey.select(SigningKey.public_key)
              .where((SigningKey.key_id == checkpoint.key_id)
                     & (SigningKey.facility_code == checkpoint.facility)).scalar())
    try:
        if public is None:
            if checkpoint.restore or key_id_of(unb64(checkpoint.public_key)) != checkpoint.key_id:
                return False
            public = checkpoint.public_key
        Ed25519PublicKey.from_public_bytes(unb64(public)).verify(
            unb64(checkpoint.signature), checkpoint.signed_text().encode("utf-8"))
    except (InvalidSignature, ValueError):
        return False
    return True


def _private_write(path: Path, text: str, append: bool = False) -> None:
    """Write (or append) a file readable by its owner only, flushed to the disk."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "a" if append else "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def write_beside_backup(backup: Path, actor: Staff | None = None) -> Checkpoint | None:
    """Sign a checkpoint and write it beside ``backup`` and into the folder's checkpoint
    file; returns it (None before set-up)."""
    checkpoint = make_checkpoint(actor)
    if checkpoint is None:
        return None
    line = checkpoint.line() + "\n"
    _private_write(backup.with_name(backup.name + SUFFIX), line)
    _private_write(backup.parent / FOLDER_FILE, line, append=True)
    for sidecar in backup.parent.glob("*" + SUFFIX):  # of backups rotation removed: their
        if not sidecar.with_name(sidecar.name[:-len(SUFFIX)]).exists():  # lines are kept in
            sidecar.unlink(missing_ok=True)  # the folder's checkpoint file
    return checkpoint


def note_restore(folders: Iterable[Path], actor: Staff | None = None) -> Checkpoint | None:
    """After a restore (its ``backup.restore`` event written): a signed restore checkpoint
    in the checkpoint file of each of ``folders`` (the backup folder, the restored backup's
    folder), so that the checkpoints of the replaced trail are not taken for a rewrite."""
    checkpoint = make_checkpoint(actor, restore=True)
    if checkpoint is not None:
        for folder in dict.fromkeys(Path(f).resolve() for f in folders):
            folder.mkdir(parents=True, exist_ok=True)
            _private_write(folder / FOLDER_FILE, checkpoint.line() + "\n", append=True)
    return checkpoint


def read_file(path: Path) -> list[Checkpoint]:
    """The checkpoints in a file: a checkpoint file, a sidecar, a tally CSV or XLSX export."""
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    if path.suffix.lower() == ".pdf":
        return _read_pdf(path)
    with open(path, "rb") as fh:  # the newest lines are at the end of a long file
        fh.seek(max(0, os.fstat(fh.fileno()).st_size - MAX_READ))
        text = fh.read(MAX_READ).decode("utf-8", "replace")
    found = []
    for line in text.splitlines():
        checkpoint = parse_line(line, str(path))
        if checkpoint is not None:
            found.append(checkpoint)
    return found


def _read_xlsx(path: Path) -> list[Checkpoint]:
    from openpyxl import load_workbook
    workbook = load_workbook(path, read_only=True)
    try:
        found = []
        for ws in workbook.worksheets:
            for row in ws.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str) and value.startswith(FORMAT):
                        checkpoint = parse_line(value, str(path))
                        if checkpoint is not None:
                            found.append(checkpoint)
        return found
    finally:
        workbook.close()


def _read_pdf(path: Path) -> list[Checkpoint]:
    """The checkpoint printed at the end of a closed month's PDF (its fields are spaced
    around the bars there, so that the line can wrap)."""
    from pypdf import PdfReader
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages[-2:])
    text = re.sub(r"\s*\|\s*", "|", text)
    found = []
    for match in LINE_RE.finditer(text):
        checkpoint = parse_line(match.group(0), str(path))
        if checkpoint is not None:
            found.append(checkpoint)
    return found


def find_checkpoints(folders: Iterable[Path], files: Iterable[Path] = ()) -> list[Checkpoint]:
    """Every checkpoint in the checkpoint files and sidecars of ``folders`` and in ``files``,
    newest first, without repeats."""
    paths: list[Path] = [Path(p) for p in files]
    for folder in folders:
        try:
            paths += sorted(p for p in Path(folder).iterdir()
                            if p.name == FOLDER_FILE or p.name.endswith(SUFFIX))
        except OSError:
            continue
    seen: dict[str, Checkpoint] = {}
    for path in paths:
        try:
            for checkpoint in read_file(path):
                seen.setdefault(checkpoint.line(), checkpoint)
        except (OSError, ValueError, KeyError):
            continue
    found = sorted(seen.values(), key=lambda c: (c.at, c.events), reverse=True)
    return found[:MAX_CHECKPOINTS]


def compare(checkpoints: Iterable[Checkpoint], facility_code: str,
            total_events: int) -> list[tuple[str, dict[str, Any]]]:
    """What the trail of the bound database says against the checkpoints of its facility:
    ``(kind, params)`` for a checkpoint that is not validly signed ("unsigned") and for the
    newest checkpoint the trail no longer agrees with ("rewritten" or "shortened")."""
    findings: list[tuple[str, dict[str, Any]]] = []
    disagreement: tuple[str, dict[str, Any]] | None = None
    valid = []
    for checkpoint in checkpoints:  # newest first
        if checkpoint.facility != facility_code:
            continue
        if not signature_ok(checkpoint):
            findings.append(("unsigned", {"event": None, "file": checkpoint.source}))
            continue
        valid.append(checkpoint)
    restores = [c for c in valid if c.restore]
    for checkpoint in valid:
        if disagreement is not None:
            break
        if not checkpoint.restore and any(
                r.at >= checkpoint.at and checkpoint.last_id >= r.last_id for r in restores):
            continue  # a checkpoint of the trail a restore replaced
        date = checkpoint.at  # a datetime: the screen or command writes it its one way
        if total_events < checkpoint.events:
            disagreement = ("shortened", {"event": None, "date": date,
                                          "found": total_events, "expected": checkpoint.events})
            continue
        own = (AuditEvent.select(AuditEvent.row_hash)
               .where(AuditEvent.id == checkpoint.last_id).scalar())
        if checkpoint.events and own != checkpoint.head_hash:
            disagreement = ("rewritten", {"event": checkpoint.last_id, "date": date})
    if disagreement is not None:
        findings.insert(0, disagreement)
    return findings


def total_events() -> int:
    return int(database.execute_sql("SELECT COUNT(*) FROM audit_event").fetchone()[0])


def check_trail(actor: Staff, folders: Iterable[Path],
                files: Iterable[Path] = ()) -> ChainReport:
    """The Audit tab's check (admins): the whole chain, compared with the checkpoints of
    ``folders`` (the backup folder) and ``files``. Reads only; may take seconds on a big
    trail, so the screen runs it off the window's thread."""
    from models.seals.audit_chain import verify_chain
    from models.staff.rights import Action, Area, require
    require(actor, Area.ADMIN, Action.VIEW)
    return verify_chain(find_checkpoints(folders, files))
