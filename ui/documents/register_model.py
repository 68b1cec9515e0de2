"""The register's item model: the rows of a search, fetched a page at a time as the list is
scrolled (``canFetchMore`` / ``fetchMore``), newest first. ``flags()``, ``rowCount()`` and
``data()`` never touch the database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from models.documents.document import DOCUMENT_KINDS, SKHPN_PURPOSES, SKHPN_RESULTS
from models.documents.issue import RegisterRow, search_register
from models.intake.episode import CONSENT_KINDS
from models.staff.staff import Staff
from reports.dates import short_stamp
from ui.widgets.table_model import DisplayRole, FetchMoreModel, ToolTipRole

C = "RegisterModel"
PAGE = 100
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP(C, "Number")),
    ("person_name", QT_TRANSLATE_NOOP(C, "Holder")),
    ("kind", QT_TRANSLATE_NOOP(C, "Document")),
    ("issued_at", QT_TRANSLATE_NOOP(C, "Issued")),
    ("status", QT_TRANSLATE_NOOP(C, "Status")),
    ("issued_by", QT_TRANSLATE_NOOP(C, "Issued by")),
    ("purpose", QT_TRANSLATE_NOOP(C, "Purpose or result")),
)
COLUMN = {key: n for n, (key, _label) in enumerate(COLUMNS)}
VOIDED_TEXT = QT_TRANSLATE_NOOP(C, "Voided")
VALID_TEXT = QT_TRANSLATE_NOOP(C, "Valid")
KIND_LABELS = dict(DOCUMENT_KINDS)
#: What the register's purpose and result codes mean (SKHPN purposes and results,
#: consent kinds); the letters' own codes repeat their kind and are not shown.
PURPOSE_LABELS = dict(SKHPN_PURPOSES) | dict(CONSENT_KINDS)
RESULT_LABELS = dict(SKHPN_RESULTS)
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
NumberRole = Qt.ItemDataRole.UserRole + 2
VoidedRole = Qt.ItemDataRole.UserRole + 3
VOIDED_COLOR = QColor("#8a8a8a")


@dataclass(frozen=True)
class RegisterFilter:
    """What the register screen searches for (see :func:`search_register`)."""

    text: str = ""
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    voided: bool | None = None


class RegisterModel(FetchMoreModel[RegisterRow]):
    """Register rows of the current filter, fetched by page. :data:`DocumentIdRole`: the
    document's id; :data:`NumberRole`: its number; :data:`VoidedRole`: whether it is voided.

    Attributes:
        filter: the search shown.
        rows: the rows fetched so far, in display order.
        error: what went wrong fetching (an exception the page shows), or None.
    """

    CONTEXT = C
    COLUMNS = COLUMNS
    PAGE = PAGE
    ID_ROLE = DocumentIdRole
    ROLES = frozenset({DisplayRole, ToolTipRole, NumberRole, VoidedRole,
                       Qt.ItemDataRole.ForegroundRole})

    def __init__(self, staff_provider, parent=None) -> None:
        super().__init__(parent)
        self._staff_provider = staff_provider
        self.filter = RegisterFilter()

    def _staff(self) -> Staff:
        return self._staff_provider()

    def fetch_page(self, offset: int, limit: int) -> list[RegisterRow]:
        f = self.filter
        return search_register(self._staff(), text=f.text, kind=f.kind, date_from=f.date_from,
                               date_to=f.date_to, voided=f.voided, limit=limit,
                               offset=offset)

    def search(self, register_filter: RegisterFilter) -> None:
        """Show the first page of ``register_filter``; an error (a refused right) is kept
        in :attr:`error` and the list is empty. Raises what is not an expected failure."""
        self.filter = register_filter
        self.reload()

    def refresh(self) -> None:
        self.search(self.filter)

    def row_id(self, row: RegisterRow) -> int:
        return row.id

    def role_data(self, row: RegisterRow, key: str, role: int) -> Any:
        if role == NumberRole:
            return row.number
        if role == VoidedRole:
            return row.voided
        if role == Qt.ItemDataRole.ForegroundRole:
            return VOIDED_COLOR if row.voided else None
        return super().role_data(row, key, role)

    @staticmethod
    def text(row: RegisterRow, key: str) -> str:
        """What column ``key`` shows for ``row``, in the current language."""
        translate = QCoreApplication.translate
        if key == "kind":
            return translate("Codes", KIND_LABELS.get(row.kind, row.kind))
        if key == "issued_at":
            return short_stamp(row.issued_at)
        if key == "purpose":
            parts = [translate("Codes", PURPOSE_LABELS[row.purpose])
                     if row.purpose in PURPOSE_LABELS else "",
                     translate("Codes", RESULT_LABELS[row.result])
                     if row.result in RESULT_LABELS else ""]
            return " \u00b7 ".join(p for p in parts if p)
        if key == "status":
            return translate(C, VOIDED_TEXT if row.voided else VALID_TEXT)
        return str(getattr(row, key) or "")
