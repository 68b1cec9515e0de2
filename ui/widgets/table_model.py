"""Read-only table models over rows from models/: the parts every list screen shares.

A screen's model declares its columns once, as ``(key, label)`` pairs whose labels are marked
with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``, says where its rows come from and what a cell of a
column shows. The base answers the rest of Qt's item-model interface the same way everywhere:
row and column counts, translated headers, an id role, and a ``retranslate()`` for a language
switch. Three kinds of row source:

* :class:`ListRowsModel` holds every row it is given (tens to a few hundred rows);
* :class:`PagedIdsModel` holds ids only and reads the rows it is asked to paint a page at a
  time, into a small cache, so a list of 100,000 people scrolls without reading them all;
* :class:`FetchMoreModel` appends pages as the view scrolls to the end (``fetchMore``), for a
  search whose size is not known in advance.

``flags()`` (Qt's own: enabled and selectable), ``rowCount()`` and ``headerData()`` never
touch the database.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.widgets.errors import expected

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
DisplayRole = Qt.ItemDataRole.DisplayRole
ToolTipRole = Qt.ItemDataRole.ToolTipRole


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of rows, one row object per table row.

    Subclasses set :attr:`CONTEXT` and :attr:`COLUMNS` and give :meth:`row_at`, :meth:`text`
    and, where they answer more than text, :meth:`role_data` (listing the roles in
    :attr:`ROLES`).

    Attributes:
        CONTEXT: the translation context of the column labels.
        COLUMNS: ``(key, label)`` per column; the label is the English source text.
        ID_ROLE: the role whose value is the row's id (:meth:`id_at`), or None for none.
        ROLES: the roles besides :attr:`ID_ROLE` that :meth:`data` answers; any other role is
            answered with None before a row is looked at (a paged model reads nothing for it).
    """

    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = ()
    ID_ROLE: ClassVar[int | None] = Qt.ItemDataRole.UserRole
    ROLES: ClassVar[frozenset[int]] = frozenset({DisplayRole, ToolTipRole})

    # --- what subclasses give -----------------------------------------------------------

    def row_count(self) -> int:
        """How many rows the table has (never reads the database)."""
        raise NotImplementedError(f"{type(self).__name__} must define row_count()")

    def row_at(self, row: int) -> R | None:
        """The row object shown in table row ``row``, or None (out of range, or gone)."""
        raise NotImplementedError(f"{type(self).__name__} must define row_at()")

    def text(self, row: R, key: str) -> str:
        """What column ``key`` shows for ``row``, in the current language."""
        raise NotImplementedError(f"{type(self).__name__} must define text()")

    def row_id(self, row: R) -> Any:
        """The id :attr:`ID_ROLE` gives for ``row``."""
        raise NotImplementedError(f"{type(self).__name__} must define row_id()")

    def role_data(self, row: R, key: str, role: int) -> Any:
        """A role other than the display role (one of :attr:`ROLES`); by default the tool tip
        repeats the cell's text, so a cut-off cell can be read in full."""
        return self.text(row, key) if role == ToolTipRole else None

    # --- shared -------------------------------------------------------------------------

    def id_at(self, row: int) -> Any:
        """The id of table row ``row`` (None when there is no row there)."""
        item = self.row_at(row)
        return None if item is None else self.row_id(item)

    def column_of(self, key: str) -> int:
        """The column number of ``key``."""
        return next(n for n, (name, _label) in enumerate(self.COLUMNS) if name == key)

    def retranslate(self) -> None:
        """Headers and cells follow a language switch (cells are translated when painted)."""
        last = len(self.COLUMNS) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.row_count():
            self.dataChanged.emit(self.index(0, 0), self.index(self.row_count() - 1, last))

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = DisplayRole) -> Any:
        if (role == DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        if role == self.ID_ROLE:
            return self.id_at(index.row())
        if role not in self.ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == DisplayRole:
            return self.text(row, key)
        return self.role_data(row, key, role)


class ListRowsModel(RowTableModel[R]):
    """A table that holds every row it was given (:meth:`set_rows`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Iterable[R]) -> None:
        """Show ``rows``, in this order."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int:
        """The table row of the row whose id is ``row_id``, or -1."""
        return next((n for n, item in enumerate(self._rows) if self.row_id(item) == row_id), -1)


class PagedIdsModel(RowTableModel[R]):
    """A table that holds ids and reads the rows of a page when one of them is asked for.

    The last :attr:`CACHED_PAGES` pages read are kept (least recently used goes first). A
    subclass gives :meth:`fetch_rows` (one query for a page of ids) and :meth:`row_id`; an id
    whose row is no longer found (merged or deleted since the search) shows an empty row.

    Attributes:
        ids: the ids in display order.
    """

    PAGE: ClassVar[int] = 50
    CACHED_PAGES: ClassVar[int] = 20

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[R | None]] = OrderedDict()

    def fetch_rows(self, ids: Sequence[int]) -> Iterable[R]:
        """The rows of ``ids`` (any order; missing ones are left out): one read of models/."""
        raise NotImplementedError(f"{type(self).__name__} must define fetch_rows()")

    def ordered(self, ids: list[int]) -> list[int]:
        """The order to show new ids in (a subclass with a column sort re-sorts them)."""
        return ids

    def set_ids(self, ids: Iterable[int]) -> None:
        """Show the rows of ``ids``; nothing is read until a row is painted."""
        self.beginResetModel()
        self._pages.clear()
        self.ids = list(ids)
        if self.ids:
            self.ids = self.ordered(self.ids)
        self.endResetModel()

    def forget_pages(self) -> None:
        """Drop the cached rows (after the ids were reordered, or the rows changed)."""
        self._pages.clear()

    def row_count(self) -> int:
        return len(self.ids)

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_at(self, row: int) -> R | None:
        """The row shown at ``row``, reading its page when that page is not cached."""
        if not 0 <= row < len(self.ids):
            return None
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self.ids[page_no * self.PAGE:(page_no + 1) * self.PAGE]
            found = {self.row_id(item): item for item in self.fetch_rows(ids)}
            page = self._pages[page_no] = [found.get(i) for i in ids]
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self.PAGE]


class FetchMoreModel(RowTableModel[R]):
    """A table that shows the first :attr:`PAGE` rows of a search and appends the next page
    when the view scrolls to the end (Qt's ``canFetchMore``/``fetchMore``).

    A subclass gives :meth:`fetch_page`. An expected failure (a refused right, a lost
    connection) is kept in :attr:`error` for the screen to say, and the rows shown stay.

    Attributes:
        rows: the rows fetched so far, in display order.
        error: what went wrong fetching, or None.
    """

    PAGE: ClassVar[int] = 100

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self.error: Exception | None = None
        self._more = False

    def fetch_page(self, offset: int, limit: int) -> list[R]:
        """Up to ``limit`` rows of the search from ``offset`` on."""
        raise NotImplementedError(f"{type(self).__name__} must define fetch_page()")

    def reload(self) -> None:
        """Show the first page again (an expected failure leaves the list empty and is kept in
        :attr:`error`). Raises what is not an expected failure."""
        self.beginResetModel()
        self.rows, self._more, self.error = [], False, None
        try:
            page = self.fetch_page(0, self.PAGE + 1)  # one more says whether more follow
        except Exception as exc:  # expected failures are kept for the screen
            self.endResetModel()
            if not expected(exc):
                raise
            self.error = exc
            return
        self._more = len(page) > self.PAGE
        self.rows = page[:self.PAGE]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        try:
            page = self.fetch_page(len(self.rows), self.PAGE + 1)
        except Exception as exc:  # the rows shown stay
            if not expected(exc):
                raise
            self.error, self._more = exc, False
            return
        self._more = len(page) > self.PAGE
        page = page[:self.PAGE]
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
