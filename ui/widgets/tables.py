"""The one way a list screen sets up its table: read-only, whole rows selected, no word wrap,
fixed rows of one height, no row numbers, and one column that takes the width left over.

Rows have a fixed height (never ``ResizeToContents``: on a big table it measures every row),
and that height is :func:`row_height` everywhere, so all lists of the program read alike and
follow the font size of the desktop.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget

View = TypeVar("View", bound=QTableView)
#: Space above and below a line of text in a table row, in pixels.
ROW_PADDING = 10


def row_height(widget: QWidget) -> int:
    """The height of a table row: one line of ``widget``'s font plus :data:`ROW_PADDING`."""
    return widget.fontMetrics().height() + ROW_PADDING


def set_up_table(view: View, name: str, *, widths: Sequence[int | None] = (),
                 stretch: int | None = -1, single: bool = True,
                 alternate: bool = False) -> View:
    """Give ``view`` the program's table look and behaviour and the object name ``name``.

    Call it after the view has its model (or a table widget its columns): ``widths`` sets the
    first columns' widths in pixels (None: leave that one), and ``stretch`` names the column
    that takes the rest (-1: the last one, None: none). ``single`` selects one row at a time,
    else several (Ctrl/Shift). ``alternate`` shades every other row. Returns ``view``.
    """
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if single
                          else QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.setAlternatingRowColors(alternate)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height(view))
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if width is not None:
            header.resizeSection(column, width)
    if stretch == -1:
        header.setStretchLastSection(True)
    elif stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def read_only_table(parent: QWidget, name: str, columns: int, *,
                    widths: Sequence[int | None] = (),
                    stretch: int | None = -1, single: bool = True) -> QTableWidget:
    """A new :class:`QTableWidget` of ``columns`` columns and no rows, set up as
    :func:`set_up_table` does (for short lists a screen fills itself)."""
    table = QTableWidget(0, columns, parent)
    return set_up_table(table, name, widths=widths, stretch=stretch, single=single)
