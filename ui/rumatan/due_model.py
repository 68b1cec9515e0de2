"""The item model of the dispensing window: the day's clients due, filtered as one types."""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from models.core.names import name_key
from models.rumatan.tables import MEDICINES, mg_text
from models.rumatan.window import ABSENT, DUE, HELD, STATUSES, DueRow

HEADERS = (
    QT_TRANSLATE_NOOP("DueModel", "Reg. no."),
    QT_TRANSLATE_NOOP("DueModel", "Name"),
    QT_TRANSLATE_NOOP("DueModel", "Medicine"),
    QT_TRANSLATE_NOOP("DueModel", "Dose (mg)"),
    QT_TRANSLATE_NOOP("DueModel", "Status"),
    QT_TRANSLATE_NOOP("DueModel", "Given"),
    QT_TRANSLATE_NOOP("DueModel", "Missed days"),
    QT_TRANSLATE_NOOP("DueModel", "Warnings"),
)
SHORT_MEDICINE = {"methadone": QT_TRANSLATE_NOOP("DueModel", "Methadone"),
                  "buprenorphine": QT_TRANSLATE_NOOP("DueModel", "Buprenorphine")}
_ = MEDICINES
Index = QModelIndex | QPersistentModelIndex


def flag_texts(row: DueRow) -> list[str]:
    """The row's safety flags in the current language."""
    return [QCoreApplication.translate("Codes", text).format(**params)
            for text, params in row.flags]


class DueModel(QAbstractTableModel):
    """Rows of :class:`DueRow`; ``set_filter`` keeps the ones whose name or number match."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[DueRow] = []
        self._rows: list[DueRow] = []
        self._filter = ""

    def set_rows(self, rows: list[DueRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._keys = [(name_key(r.name), r.reg_no.casefold()) for r in rows]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        raw = self._filter.strip().casefold()
        needle = name_key(raw)
        if not raw:
            self._rows = list(self._all)
            return
        self._rows = [r for r, (name, reg) in zip(self._all, self._keys)
                      if (needle and needle in name) or raw in reg]

    def row_at(self, row: int) -> DueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_number(self, text: str) -> int | None:
        """The row of the client whose registration number is exactly ``text`` (a scan)."""
        wanted = text.strip().casefold()
        return next((i for i, r in enumerate(self._rows) if r.reg_no.casefold() == wanted),
                    None)

    def counts(self) -> tuple[int, int]:
        """(doses still due, clients on the list) of the whole day."""
        return sum(1 for r in self._all if r.status == DUE), len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("DueModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and r.status == HELD:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and r.flags:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 7 and r.flags:
            return "\n".join(flag_texts(r))
        return None

    def _text(self, r: DueRow, col: int) -> str:
        if col == 0:
            return r.reg_no
        if col == 1:
            return r.name
        if col == 2:
            return QCoreApplication.translate("DueModel", SHORT_MEDICINE[r.medicine])
        if col == 3:
            return mg_text(r.daily_ug)
        if col == 4:
            text = QCoreApplication.translate("Codes", dict(STATUSES)[r.status])
            if r.status not in (DUE, HELD, ABSENT) and r.extra:
                text += " +" + str(len(r.extra))
            return text
        if col == 5:
            if r.given_at is None:
                return ""
            at = r.given_at.strftime("%H.%M") if hasattr(r.given_at, "strftime") \
                else str(r.given_at)[11:16]
            return f"{at} {r.given_by}"
        if col == 6:
            return str(r.missed) if r.missed else ""
        return "; ".join(flag_texts(r))
