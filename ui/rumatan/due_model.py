"""The item model of the dispensing window: the day's clients due, filtered as one types."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from models.core.names import name_key
from models.rumatan.tables import MEDICINES, mg_text
from models.rumatan.window import ABSENT, DUE, HELD, STATUSES, DueRow
from reports.dates import clock
from ui.widgets.table_model import DisplayRole, ListRowsModel, ToolTipRole

C = "DueModel"
COLUMNS = (
    ("reg_no", QT_TRANSLATE_NOOP("DueModel", "Reg. no.")),
    ("name", QT_TRANSLATE_NOOP("DueModel", "Name")),
    ("medicine", QT_TRANSLATE_NOOP("DueModel", "Medicine")),
    ("dose", QT_TRANSLATE_NOOP("DueModel", "Dose (mg)")),
    ("status", QT_TRANSLATE_NOOP("DueModel", "Status")),
    ("given", QT_TRANSLATE_NOOP("DueModel", "Given")),
    ("missed", QT_TRANSLATE_NOOP("DueModel", "Missed days")),
    ("warnings", QT_TRANSLATE_NOOP("DueModel", "Warnings")),
)
WARNING_COLOR = QColor("#b00020")
SHORT_MEDICINE = {"methadone": QT_TRANSLATE_NOOP("DueModel", "Methadone"),
                  "buprenorphine": QT_TRANSLATE_NOOP("DueModel", "Buprenorphine")}
_ = MEDICINES


def flag_texts(row: DueRow) -> list[str]:
    """The row's safety flags in the current language."""
    return [QCoreApplication.translate("Codes", text).format(**params)
            for text, params in row.flags]


class DueModel(ListRowsModel[DueRow]):
    """Rows of :class:`DueRow`; ``set_filter`` keeps the ones whose name or number match."""

    CONTEXT = C
    COLUMNS = COLUMNS
    ID_ROLE = None
    ROLES = frozenset({DisplayRole, ToolTipRole, Qt.ItemDataRole.ForegroundRole})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[DueRow] = []
        self._keys: list[tuple[str, str]] = []
        self._filter = ""

    def set_rows(self, rows: Iterable[DueRow]) -> None:
        """The day's list; the filter typed so far still applies."""
        self._all = list(rows)
        self._keys = [(name_key(r.name), r.reg_no.casefold()) for r in self._all]
        super().set_rows(self._matching())

    def set_filter(self, text: str) -> None:
        self._filter = text
        super().set_rows(self._matching())

    def _matching(self) -> list[DueRow]:
        raw = self._filter.strip().casefold()
        needle = name_key(raw)
        if not raw:
            return list(self._all)
        return [r for r, (name, reg) in zip(self._all, self._keys)
                if (needle and needle in name) or raw in reg]

    def find_number(self, text: str) -> int | None:
        """The row of the client whose registration number is exactly ``text`` (a scan)."""
        wanted = text.strip().casefold()
        return next((i for i, r in enumerate(self._rows) if r.reg_no.casefold() == wanted),
                    None)

    def counts(self) -> tuple[int, int]:
        """(doses still due, clients on the list) of the whole day."""
        return sum(1 for r in self._all if r.status == DUE), len(self._all)

    def row_id(self, row: DueRow) -> int:
        """The client's person id (``row_of`` and ``id_at`` find a row by it)."""
        return row.person_id

    def role_data(self, row: DueRow, key: str, role: int) -> Any:
        """Held doses and safety flags in red; the flags in full as the warnings' tool tip."""
        if role == Qt.ItemDataRole.ForegroundRole:
            if (key == "status" and row.status == HELD) or (key == "warnings" and row.flags):
                return QBrush(WARNING_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and key == "warnings" and row.flags:
            return "\n".join(flag_texts(row))
        return None

    def text(self, r: DueRow, key: str) -> str:
        if key == "reg_no":
            return r.reg_no
        if key == "name":
            return r.name
        if key == "medicine":
            return QCoreApplication.translate("DueModel", SHORT_MEDICINE[r.medicine])
        if key == "dose":
            return mg_text(r.daily_ug)
        if key == "status":
            text = QCoreApplication.translate("Codes", dict(STATUSES)[r.status])
            if r.status not in (DUE, HELD, ABSENT) and r.extra:
                text += " +" + str(len(r.extra))
            return text
        if key == "given":
            if r.given_at is None:
                return ""
            at = clock(r.given_at) if hasattr(r.given_at, "hour") else str(r.given_at)[11:16]
            return f"{at} {r.given_by}"
        if key == "missed":
            return str(r.missed) if r.missed else ""
        return "; ".join(flag_texts(r))
