"""The client list's item model: it holds ids and fetches the rows it is asked to paint.

A search keeps up to a few thousand ids; rows are read from models/ a page at a time when
the view asks for them and kept in a small cache, so neither a keystroke nor a scroll reads
more than a page. ``flags()`` and ``rowCount()`` never touch the database.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from models.desk.client_list import (
    NO_EPISODE,
    NO_EPISODE_LABEL,
    SORT_KEYS,
    ClientRow,
    client_rows,
    sorted_ids,
)
from models.intake.episode import STATUSES
from models.people.person import SEXES
from models.staff.staff import Staff
from reports.dates import short_date
from ui.widgets.table_model import DisplayRole, PagedIdsModel, ToolTipRole

PAGE = 50
CACHED_PAGES = 20
COLUMNS: tuple[tuple[str, str], ...] = (
    ("reg_no", QT_TRANSLATE_NOOP("ClientListModel", "Reg. no.")),
    ("full_name", QT_TRANSLATE_NOOP("ClientListModel", "Name")),
    ("sex", QT_TRANSLATE_NOOP("ClientListModel", "Sex")),
    ("birth_date", QT_TRANSLATE_NOOP("ClientListModel", "Date of birth")),
    ("nik", QT_TRANSLATE_NOOP("ClientListModel", "NIK")),
    ("status", QT_TRANSLATE_NOOP("ClientListModel", "Status")),
)
STATUS_LABELS = dict(STATUSES) | {NO_EPISODE: NO_EPISODE_LABEL}
SEX_LABELS = dict(SEXES)
PersonIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


class ClientListModel(PagedIdsModel[ClientRow]):
    """Rows of people found by a search, fetched by page. :data:`PersonIdRole`: the person's
    id; :data:`StatusRole`: the status code of the newest episode.

    Attributes:
        ids: the person ids in display order.
    """

    CONTEXT = "ClientListModel"
    COLUMNS = COLUMNS
    PAGE = PAGE
    CACHED_PAGES = CACHED_PAGES
    ID_ROLE = PersonIdRole
    ROLES = frozenset({DisplayRole, ToolTipRole, StatusRole})

    def __init__(self, staff_provider, parent=None) -> None:
        super().__init__(parent)
        self._staff_provider = staff_provider
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def _staff(self) -> Staff:
        return self._staff_provider()

    # --- content ------------------------------------------------------------------------

    def fetch_rows(self, ids: Sequence[int]) -> list[ClientRow]:
        return client_rows(self._staff(), list(ids))

    def row_id(self, row: ClientRow) -> int:
        return row.person_id

    def ordered(self, ids: list[int]) -> list[int]:
        """New search results follow the active column sort, if any."""
        if self._sort is None:
            return ids
        column, order = self._sort
        return sorted_ids(self._staff(), ids, COLUMNS[column][0],
                          order == Qt.SortOrder.DescendingOrder)

    def person_id(self, row: int) -> int:
        return self.ids[row]

    def row_of(self, row: int) -> ClientRow | None:
        """The data of ``row``, reading its page when not cached (see :meth:`row_at`)."""
        return self.row_at(row)

    def role_data(self, row: ClientRow, key: str, role: int) -> Any:
        if role == StatusRole:
            return row.status
        return super().role_data(row, key, role)

    def text(self, row: ClientRow, key: str) -> str:
        if key == "full_name":
            return f"{row.full_name} ({row.alias})" if row.alias else row.full_name
        if key == "sex":
            return QCoreApplication.translate("Codes", SEX_LABELS.get(row.sex, row.sex))
        if key == "birth_date":
            return short_date(row.birth_date)
        if key == "status":
            return QCoreApplication.translate("Codes", STATUS_LABELS.get(row.status, row.status))
        return getattr(row, key)

    # --- Qt model interface -------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][0] not in SORT_KEYS:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self.ids)
        self.ids = self.ordered(self.ids) if self.ids else []
        self.forget_pages()
        position = {pid: row for row, pid in enumerate(self.ids)}
        for index in self.persistentIndexList():
            moved = old[index.row()] if index.row() < len(old) else None
            self.changePersistentIndex(
                index, self.index(position[moved], index.column()) if moved in position
                else QModelIndex())
        self.layoutChanged.emit()
