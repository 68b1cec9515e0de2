"""Checking the audit trail's hash chain: what was changed, deleted, inserted, reordered or
cut off, named by event.

The events are read in id order, in pages, each hash recomputed. Where a link breaks, the
neighbours tell what happened: an event whose own hash no longer fits was changed; a link
that points at an event further on was reordered; an event the chain steps over was
inserted; a link to an unknown hash over a gap in the ids means events were deleted (with no
gap, the event before was changed and its hash recomputed to hide it). The head row says
where the chain must end, its newest id and how many events there are, so events cut off the
end are found too. Every event is read whatever its id (an id of zero or below is itself a
finding), ids after the head's ``gaps_until`` must follow one another, and an empty trail on
a database that holds people, staff or documents was wiped. What a consistent rewrite of the
whole chain would still hide, the signed checkpoints outside the database show
(:mod:`models.seals.audit_checkpoint`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.core.errors import QT_TRANSLATE_NOOP
from models.db.connection import database
from models.safety.audit import GENESIS, HEAD_ID, AuditEvent, AuditHead, canonical_at, chain_hash

if TYPE_CHECKING:
    from models.seals.audit_checkpoint import Checkpoint

C = "AuditChain"
#: the schema version from which every event is hash-chained; an older database has no chain
#: to check until Pulih opens it once and upgrades it
CHAIN_VERSION = 6
FINDINGS = {
    "changed": QT_TRANSLATE_NOOP(C, "Event {event} was changed after it was written."),
    "rehashed": QT_TRANSLATE_NOOP(C, "Event {event} was changed after it was written and its "
                                  "hash made again to hide it (event {next} no longer links "
                                  "to it)."),
    "deleted": QT_TRANSLATE_NOOP(C, "Events between {event} and {next} were deleted."),
    "inserted": QT_TRANSLATE_NOOP(C, "Event {event} was inserted into the trail afterwards."),
    "reordered": QT_TRANSLATE_NOOP(C, "Event {event} is out of order: it was written after "
                                   "event {other}."),
    "truncated": QT_TRANSLATE_NOOP(C, "The trail was cut off after event {event}: {missing} "
                                   "newer event(s) are missing."),
    "appended": QT_TRANSLATE_NOOP(C, "Events after {event} were added outside Pulih."),
    "no_head": QT_TRANSLATE_NOOP(C, "The end marker of the trail is missing."),
    "bad_id": QT_TRANSLATE_NOOP(C, "Event {event} has an id no event written by Pulih can "
                                "have (zero or below): it was added outside Pulih."),
    "gap": QT_TRANSLATE_NOOP(C, "The event ids jump from {event} to {next}: the events "
                             "between are missing."),
    "count": QT_TRANSLATE_NOOP(C, "The end marker counts {expected} events, but the trail "
                               "holds {found}."),
    "head_id": QT_TRANSLATE_NOOP(C, "The end marker names event {expected} as the newest, "
                                 "but the newest is event {event}."),
    "empty": QT_TRANSLATE_NOOP(C, "The audit trail is empty although the database holds "
                               "{people} people, {staff} staff members and {documents} "
                               "documents: the trail was wiped."),
    "rewritten": QT_TRANSLATE_NOOP(C, "Rewritten after the checkpoint of {date}: event "
                                   "{event} no longer has the hash the checkpoint signed."),
    "shortened": QT_TRANSLATE_NOOP(C, "Rewritten after the checkpoint of {date}: the trail "
                                   "holds {found} events, the checkpoint counted {expected}."),
    "unsigned": QT_TRANSLATE_NOOP(C, "The checkpoint {file} does not carry a valid signature "
                                  "of this facility; it was not used."),
}
PAGE = 20_000
MAX_FINDINGS = 200


@dataclass(frozen=True)
class Finding:
    """One break in the chain; ``text`` is a FINDINGS message (context "AuditChain")."""

    kind: str
    event_id: int | None
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return FINDINGS[self.kind]

    def english(self) -> str:
        return self.text.format(**self.params)


@dataclass
class ChainReport:
    """The result of a check: events read and what was found (empty when intact)."""

    events: int = 0
    findings: list[Finding] = field(default_factory=list)
    checkpoints: int = 0  # signed checkpoints of this facility compared
    newest_checkpoint: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.findings


Row = tuple[int, str, str, str]  # id, prev_hash, stored row_hash, recomputed hash


def _rows() -> Iterator[Row]:
    """Every event in id order, whatever its id (zero and below included)."""
    param = database.obj.param
    lowest = database.execute_sql("SELECT MIN(id) FROM audit_event").fetchone()[0]
    if lowest is None:
        return
    last = int(lowest) - 1
    while True:
        page = database.execute_sql(
            "SELECT id, at, staff_id, action, table_name, record_id, person_id, detail, "
            f"prev_hash, row_hash FROM audit_event WHERE id > {param} ORDER BY id "
            f"LIMIT {PAGE}", (last,)).fetchall()
        for (event_id, at, staff_id, action, table, record_id, person_id, detail, prev,
             own) in page:
            yield event_id, prev, own, chain_hash(prev, canonical_at(at), staff_id, action,
                                                  table, record_id, person_id, detail)
        if len(page) < PAGE:
            return
        last = page[-1][0]


def _event_with_hash(value: str) -> int | None:
    """The id of the event whose stored hash is ``value`` (rare: only at a break)."""
    return (AuditEvent.select(AuditEvent.id).where(AuditEvent.row_hash == value)
            .order_by(AuditEvent.id).limit(1).scalar())


def verify_chain(checkpoints: Iterable[Checkpoint] = ()) -> ChainReport:
    """Check the whole audit trail of the bound database (reads only), and compare it with
    ``checkpoints`` (see :mod:`models.seals.audit_checkpoint`), newest first."""
    report = ChainReport()
    found = report.findings

    def add(kind: str, event_id: int | None, **params: Any) -> None:
        if len(found) < MAX_FINDINGS:
            found.append(Finding(kind, event_id, {"event": event_id, **params}))

    head = _head()
    gaps_until = head.gaps_until if head is not None else 0
    window: list[Row] = []  # the events before the current one, newest last (at most 2)
    expected = GENESIS
    explained: set[int] = set()  # events already named, so a break is told once
    last_read = 0  # the id of the event read before the current one
    rows = _rows()
    current = next(rows, None)
    while current is not None:
        following = next(rows, None)
        event_id, prev, own, recomputed = current
        report.events += 1
        if event_id <= 0:
            add("bad_id", event_id)
        if prev == expected and event_id - last_read > 1 and event_id > gaps_until:
            add("gap", last_read, next=event_id)  # a deletion hidden by relinking the rest
        last_read = event_id
        if recomputed != own:
            add("changed", event_id)
            explained.add(event_id)
        if prev != expected:
            before = window[-1][0] if window else None
            earlier = _event_with_hash(prev) if prev != GENESIS else None
            if earlier is not None and earlier > event_id:
                add("reordered", event_id, other=earlier)
                explained.add(event_id)
            elif earlier is not None and before is not None and len(window) >= 2 \
                    and earlier == window[-2][0]:
                if before in explained:  # the same break, seen from its other side
                    explained.add(event_id)
                else:  # the chain steps over the event before: that one was slipped in
                    add("inserted", before)
                    explained.add(before)
            elif following is not None and following[1] == expected:
                add("inserted", event_id)
                explained.add(event_id)
                current = following  # the chain goes on from the event before this one
                continue
            elif before is not None and before in explained:
                pass  # the break is the one already told about the event before
            elif before is None or event_id - before > 1:
                add("deleted", before or 0, next=event_id)
            else:
                add("rehashed", before, next=event_id)
        expected = own
        window = (window + [current])[-2:]
        current = following
    _check_head(report, head, expected, window[-1][0] if window else 0, add)
    if not report.events:
        _check_empty(add)
    _check_checkpoints(report, list(checkpoints), add)
    return report


def _check_checkpoints(report: ChainReport, checkpoints: list[Checkpoint], add: Any) -> None:
    from models.facility.facility import facility
    from models.seals.audit_checkpoint import compare
    fac = facility()
    if fac is None or not checkpoints:
        return
    own = [c for c in checkpoints if c.facility == fac.code]
    report.checkpoints = len(own)
    report.newest_checkpoint = max((c.at for c in own), default=None)
    for kind, params in compare(own, fac.code, report.events):
        event = params.pop("event")
        add(kind, event, **params)


def _head() -> AuditHead | None:
    """The head row; on a database not yet upgraded to version 9 (``check`` opens it as it
    is) without ``last_id``/``gaps_until``: those are taken as unknown (no id checks)."""
    columns = {c.name for c in database.get_columns(AuditHead._meta.table_name)}
    if {"last_id", "gaps_until"} <= columns:
        return AuditHead.get_or_none(AuditHead.id == HEAD_ID)
    row = (AuditHead.select(AuditHead.last_hash, AuditHead.events)
           .where(AuditHead.id == HEAD_ID).tuples().first())
    if row is None:
        return None
    return AuditHead(id=HEAD_ID, last_hash=row[0], events=row[1], last_id=None,
                     gaps_until=2 ** 62)


def _check_empty(add: Any) -> None:
    """An empty trail is only right on a database that holds nothing yet."""
    counts = {}
    for key, table in (("people", "person"), ("staff", "staff"), ("documents", "document")):
        counts[key] = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    if any(counts.values()):
        add("empty", None, **counts)


def _check_head(report: ChainReport, head: AuditHead | None, end: str, last_id: int,
                add: Any) -> None:
    if head is None:
        if report.events:
            add("no_head", None)
        return
    if head.last_hash == end:
        if report.findings:  # a break already named explains a wrong count or end
            return
        if head.events != report.events:
            add("count", None, expected=head.events, found=report.events)
        if head.last_id is not None and head.last_id != last_id:
            add("head_id", last_id, expected=head.last_id)
        return
    earlier = _event_with_hash(head.last_hash) if head.last_hash != GENESIS else 0
    if earlier is not None:
        add("appended", earlier)
    else:
        add("truncated", last_id, missing=max(head.events - report.events, 1))
