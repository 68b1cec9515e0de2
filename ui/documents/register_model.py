"""The register's item model: the rows of a search, fetched a page at a time as the list is
scrolled (``canFetchMore`` / ``fetchMore``), newest first. ``flags()``, ``rowCount()`` and
``data()`` never touch the database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP)
from PySide6.QtGui import QColor

from models.documents.document import DOCUMENT_KINDS, SKHPN_PURPOSES, SKHPN_RESULTS
from models.documents.issue import RegisterRow, search_register
from models.intake.episode import CONSENT_KINDS
from models.staff.staff import Staff
from ui.widgets.errors import expected

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


class RegisterModel(QAbstractTableModel):
    """Register rows of the current filter, fetched by page.

    Attributes:
        rows: the rows fetched so far, in display order.
        error: what went wrong fetching (an exception the page shows), or None.
    """

    def __init__(self, staff_provider, parent=None) -> None:
        super().__init__(parent)
        self._staff_provider = staff_provider
        self.filter = RegisterFilter()
        self.rows: list[RegisterRow] = []
        self._more = False
        self.error: Exception | None = None

    def _staff(self) -> Staff:
        return self._staff_provider()

    def _page(self, offset: int) -> list[RegisterRow]:
        f = self.filter
        return search_register(self._staff(), text=f.text, kind=f.kind, date_from=f.date_from,
                               date_to=f.date_to, voided=f.voided, limit=PAGE + 1,
                               offset=offset)

    def search(self, register_filter: RegisterFilter) -> None:
        """Show the first page of ``register_filter``; an error (a refused right) is kept
        in :attr:`error` and the list is empty. Raises what is not an expected failure."""
        self.beginResetModel()
        self.filter = register_filter
        self.rows, self._more, self.error = [], False, None
        try:
            page = self._page(0)
        except Exception as exc:  # noqa: BLE001
            if not expected(exc):
                self.endResetModel()
                raise
            self.error = exc
            page = []
        self._more = len(page) > PAGE
        self.rows = page[:PAGE]
        self.endResetModel()

    def refresh(self) -> None:
        self.search(self.filter)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: N802
                     ) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: N802
                  ) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            page = self._page(len(self.rows))
        except Exception as exc:  # noqa: BLE001 - the rows shown stay
            if not expected(exc):
                raise
            self.error, self._more = exc, False
            return
        self._more = len(page) > PAGE
        page = page[:PAGE]
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> RegisterRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate(C, COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == DocumentIdRole:
            return row.id
        if role == NumberRole:
            return row.number
        if role == VoidedRole:
            return row.voided
        if role == Qt.ItemDataRole.ForegroundRole:
            return VOIDED_COLOR if row.voided else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.text(row, COLUMNS[index.column()][0])

    @staticmethod
    def text(row: RegisterRow, key: str) -> str:
        """What column ``key`` shows for ``row``, in the current language."""
        translate = QCoreApplication.translate
        if key == "kind":
            return translate("Codes", KIND_LABELS.get(row.kind, row.kind))
        if key == "issued_at":
            return row.issued_at.strftime("%d-%m-%Y %H:%M")
        if key == "purpose":
            parts = [translate("Codes", PURPOSE_LABELS[row.purpose])
                     if row.purpose in PURPOSE_LABELS else "",
                     translate("Codes", RESULT_LABELS[row.result])
                     if row.result in RESULT_LABELS else ""]
            return " \u00b7 ".join(p for p in parts if p)
        if key == "status":
            return translate(C, VOIDED_TEXT if row.voided else VALID_TEXT)
        return str(getattr(row, key) or "")
