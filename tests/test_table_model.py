"""The table-model bases of ui/widgets/table_model.py and the table set-up of
ui/widgets/tables.py: each base is a valid Qt model, a paged model reads only the pages it
is asked to paint (100,000 ids, one page read), the fetch-more model appends pages and keeps
an expected failure for the screen, and every table gets the same fixed row height."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from models.core.errors import ValidationError
from ui import i18n
from ui.widgets.table_model import FetchMoreModel, ListRowsModel, PagedIdsModel
from ui.widgets.tables import ROW_PADDING, read_only_table, row_height, set_up_table

Display = Qt.ItemDataRole.DisplayRole
ToolTip = Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class Columns:
    """Two columns whose labels have Indonesian translations already (the client list's)."""

    CONTEXT = "ClientListModel"
    COLUMNS = (("id", QT_TRANSLATE_NOOP("ClientListModel", "Reg. no.")),
               ("name", QT_TRANSLATE_NOOP("ClientListModel", "Name")))

    def row_id(self, row: Item) -> int:
        return row.id

    def text(self, row: Item, key: str) -> str:
        return str(row.id) if key == "id" else row.name


class Items(Columns, ListRowsModel[Item]):
    pass


class PagedItems(Columns, PagedIdsModel[Item]):
    PAGE = 50
    CACHED_PAGES = 2

    def __init__(self, gone: set[int] = frozenset()) -> None:
        super().__init__()
        self.reads: list[list[int]] = []
        self.gone = gone

    def fetch_rows(self, ids):
        self.reads.append(list(ids))
        return [Item(i, f"person {i}") for i in reversed(ids) if i not in self.gone]


class Searched(Columns, FetchMoreModel[Item]):
    PAGE = 3

    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total
        self.fail: Exception | None = None

    def fetch_page(self, offset: int, limit: int) -> list[Item]:
        if self.fail is not None:
            raise self.fail
        return [Item(i, f"paper {i}") for i in range(offset, min(offset + limit, self.total))]


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("id")


def test_a_list_model_is_valid_and_answers_ids_text_and_translated_headers(qtmodeltester):
    model = Items()
    model.set_rows([Item(7, "Adi"), Item(9, "Bayu")])
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    i18n.install("id")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nama"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(1, 1)) == "Bayu"
    assert model.data(model.index(1, 1), ToolTip) == "Bayu"  # a cut-off cell can be read
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 9
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert model.row_of(9) == 1 and model.row_of(8) == -1
    assert model.row_at(2) is None and model.column_of("name") == 1
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    model.set_rows([])
    qtmodeltester.check(model)


def test_retranslate_tells_the_view_headers_and_cells_changed(qtbot):
    model = Items()
    model.set_rows([Item(1, "Adi"), Item(2, "Bayu")])
    with qtbot.waitSignal(model.headerDataChanged) as header, \
            qtbot.waitSignal(model.dataChanged) as cells:
        model.retranslate()
    assert header.args[1:] == [0, 1]
    assert (cells.args[0].row(), cells.args[1].row(), cells.args[1].column()) == (0, 1, 1)


def test_a_paged_model_of_100000_ids_reads_only_the_page_painted(qtmodeltester):
    model = PagedItems()
    model.set_ids(range(1, 100_001))
    assert model.rowCount() == 100_000 and model.reads == []  # counting reads nothing
    assert model.flags(model.index(99_999, 1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.data(model.index(5, 0), Qt.ItemDataRole.UserRole) == 6  # the id: no read
    assert model.data(model.index(99_999, 1), Qt.ItemDataRole.SizeHintRole) is None
    assert model.reads == []
    assert model.data(model.index(99_999, 1)) == "person 100000"
    assert model.reads == [list(range(99_951, 100_001))]  # one page of 50
    assert model.data(model.index(99_960, 0)) == "99961"  # same page: cached
    assert len(model.reads) == 1
    model.data(model.index(0, 0))
    model.data(model.index(50, 0))  # a third page: the least recently used one goes
    model.data(model.index(99_999, 0))
    assert len(model.reads) == 4 and model.reads[-1][0] == 99_951
    model.set_ids(range(1, 251))
    qtmodeltester.check(model)


def test_a_paged_model_shows_an_empty_row_for_an_id_gone_since_the_search():
    model = PagedItems(gone={3})
    model.set_ids([1, 2, 3, 4])
    assert [model.data(model.index(r, 1)) for r in range(4)] == \
        ["person 1", "person 2", None, "person 4"]
    assert model.data(model.index(2, 0), Qt.ItemDataRole.UserRole) == 3


def test_a_fetch_more_model_appends_pages_until_the_end(qtmodeltester):
    model = Searched(total=8)
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    assert not model.canFetchMore(model.index(0, 0))
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 8 and not model.canFetchMore()
    assert [r.id for r in model.rows] == list(range(8))
    model.fetchMore()
    assert model.rowCount() == 8
    qtmodeltester.check(model)
    exact = Searched(total=6)  # a last page that is exactly full: nothing more to fetch
    exact.reload()
    exact.fetchMore()
    assert exact.rowCount() == 6 and not exact.canFetchMore()


def test_a_fetch_more_model_keeps_an_expected_failure_and_raises_the_rest(qtmodeltester):
    model = Searched(total=8)
    model.reload()
    model.fail = ValidationError("no right")
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()  # the rows shown stay
    assert isinstance(model.error, ValidationError)
    model.fail = None
    model.reload()
    assert model.error is None and model.rowCount() == 3
    model.fail = ZeroDivisionError()
    with pytest.raises(ZeroDivisionError):
        model.reload()
    assert model.rowCount() == 0
    model.fail = ValidationError("no right")
    model.reload()
    assert model.rowCount() == 0 and isinstance(model.error, ValidationError)
    qtmodeltester.check(model)


def test_set_up_table_gives_every_list_the_same_rows_and_behaviour(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    model = Items(parent)
    model.set_rows([Item(1, "Adi")])
    view = QTableView(parent)
    view.setModel(model)
    assert set_up_table(view, "items", widths=(120,), single=False) is view
    assert view.objectName() == "items"
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not view.wordWrap() and not view.verticalHeader().isVisibleTo(parent)
    rows = view.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert rows.defaultSectionSize() == row_height(view) == \
        view.fontMetrics().height() + ROW_PADDING
    assert view.horizontalHeader().sectionSize(0) == 120
    assert view.horizontalHeader().stretchLastSection()

    table = read_only_table(parent, "plain", 3, widths=(None, None, 70), stretch=1)
    assert table.horizontalHeader().sectionSize(2) == 70
    assert table.columnCount() == 3 and table.rowCount() == 0
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.verticalHeader().defaultSectionSize() == row_height(table)
    assert table.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert not table.horizontalHeader().stretchLastSection()


def test_every_screen_model_defines_the_hooks_its_base_leaves_open():
    """The bases leave row_count/row_at/text/row_id (and fetch_rows or fetch_page) to each
    screen's model; a model that forgot one would only fail when a view first paints it.
    Every subclass under ui/ is found by walking the package, so a new one is covered."""
    import importlib
    import pkgutil

    import ui
    from ui.widgets import table_model as tm
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if not info.name.startswith("ui.cli"):
            importlib.import_module(info.name)
    bases = {tm.RowTableModel, tm.ListRowsModel, tm.PagedIdsModel, tm.FetchMoreModel}
    hooks = {tm.RowTableModel: ("row_count", "row_at", "text", "row_id"),
             tm.PagedIdsModel: ("fetch_rows",), tm.FetchMoreModel: ("fetch_page",)}

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    models = {cls for cls in subclasses(tm.RowTableModel)
              if cls not in bases and cls.__module__.startswith("ui.")}
    assert len(models) >= 7  # client list, audit, register, merges, staff, due, calendar
    missing = [f"{cls.__module__}.{cls.__name__}.{name}"
               for cls in models for base, names in hooks.items() if issubclass(cls, base)
               for name in names if getattr(cls, name) is getattr(base, name)]
    assert missing == []
