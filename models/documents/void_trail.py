"""Voids as the audit trail remembers them.

A document's ``voided_at`` is one column a holder of the database file can clear with raw
SQL, and the paper then verified ASLI again. Every void also writes a ``document.void``
event to the hash-chained audit trail (whose rewriting ``check --audit`` and the signed
checkpoints find), so the verifier and the exported list of voided numbers take a void
from either place: a number voided once stays voided.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from models.safety.audit import AuditEvent

VOID_ACTION = "document.void"  # models.documents.issue.void_document


def voided_ids() -> Any:
    """A subquery of the ids of documents the trail says were voided."""
    return AuditEvent.select(AuditEvent.record_id).where(
        (AuditEvent.action == VOID_ACTION) & (AuditEvent.table_name == "document"))


def voids_in_trail(document_id: int | None = None) -> dict[int, tuple[dt.datetime, str]]:
    """Document id -> (when, reason) of each void the audit trail records (only
    ``document_id``'s when given); the first void of a document wins."""
    query = (AuditEvent.select(AuditEvent.record_id, AuditEvent.at, AuditEvent.detail)
             .where((AuditEvent.action == VOID_ACTION) & (AuditEvent.table_name == "document")
                    & AuditEvent.record_id.is_null(False))
             .order_by(AuditEvent.id))
    if document_id is not None:
        query = query.where(AuditEvent.record_id == document_id)
    found: dict[int, tuple[dt.datetime, str]] = {}
    for event in query:
        detail = event.detail if isinstance(event.detail, dict) else {}
        found.setdefault(int(event.record_id), (event.at, str(detail.get("reason") or "")))
    return found
