"""The client list's item model: it holds ids and fetches the rows it is asked to paint.

A search keeps up to a few thousand ids; rows are read from models/ a page at a time when
the view asks for them and kept in a small cache, so neither a keystroke nor a scroll reads
more than a page. ``flags()`` and ``rowCount()`` never touch the database.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP)

from models.desk.client_list import (NO_EPISODE, NO_EPISODE_LABEL, SORT_KEYS, ClientRow,
                                client_rows, sorted_ids)
from models.intake.episode import STATUSES
from models.people.person import SEXES
from models.staff.staff import Staff

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


class ClientListModel(QAbstractTableModel):
    """Rows of people found by a search, fetched by page.

    Attributes:
        ids: the person ids in display order.
    """

    def __init__(self, staff_provider, parent=None) -> None:
        super().__init__(parent)
        self._staff_provider = staff_provider
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[ClientRow | None]] = OrderedDict()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def _staff(self) -> Staff:
        return self._staff_provider()

    # --- content ------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        """Show these people (in this order, unless a column sort is active)."""
        self.beginResetModel()
        self._pages.clear()
        self.ids = list(ids)
        if self._sort is not None and self.ids:
            column, order = self._sort
            self.ids = sorted_ids(self._staff(), self.ids, COLUMNS[column][0],
                                  order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self.ids[row]

    def row_of(self, row: int) -> ClientRow | None:
        """The data of ``row``, reading its page when not cached."""
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE
            ids = self.ids[start:start + PAGE]
            found = {r.person_id: r for r in client_rows(self._staff(), ids)}
            page = [found.get(pid) for pid in ids]
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE]

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("ClientListModel", COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == PersonIdRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, StatusRole):
            return None
        row = self.row_of(index.row())
        if row is None:  # merged away since the search
            return None
        if role == StatusRole:
            return row.status
        key = COLUMNS[index.column()][0]
        if key == "full_name":
            return f"{row.full_name} ({row.alias})" if row.alias else row.full_name
        if key == "sex":
            return QCoreApplication.translate("Codes", SEX_LABELS.get(row.sex, row.sex))
        if key == "birth_date":
            return row.birth_date.strftime("%d-%m-%Y") if row.birth_date else ""
        if key == "status":
            return QCoreApplication.translate("Codes", STATUS_LABELS.get(row.status, row.status))
        return getattr(row, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][0] not in SORT_KEYS:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self.ids)
        self.ids = sorted_ids(self._staff(), self.ids, COLUMNS[column][0],
                              order == Qt.SortOrder.DescendingOrder) if self.ids else []
        self._pages.clear()
        position = {pid: row for row, pid in enumerate(self.ids)}
        for index in self.persistentIndexList():
            moved = old[index.row()] if index.row() < len(old) else None
            self.changePersistentIndex(
                index, self.index(position[moved], index.column()) if moved in position
                else QModelIndex())
        self.layoutChanged.emit()
