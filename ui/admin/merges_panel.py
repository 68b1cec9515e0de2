"""The Merges tab: recent merges of duplicate people, a new merge, and undo."""
from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.admin.merge import MergeRow, list_merges, undo_merge
from reports.dates import long_stamp
from ui.admin.merge_dialog import MergeDialog
from ui.i18n import language
from ui.session import SESSION
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.table_model import DisplayRole, ListRowsModel, ToolTipRole
from ui.widgets.tables import set_up_table

LIST_LIMIT = 200
C = "MergeTableModel"


class MergeTableModel(ListRowsModel[MergeRow]):
    """Recent merges, newest first: when, kept record, merged record, rows moved, by, state.

    Holds at most :data:`LIST_LIMIT` rows (merges are rare: a few a month).
    ``Qt.UserRole`` of any cell is the merge id.
    """

    CONTEXT = C
    COLUMNS = (("when", QT_TRANSLATE_NOOP(C, "Merged on")),
               ("kept", QT_TRANSLATE_NOOP(C, "Record kept")),
               ("merged", QT_TRANSLATE_NOOP(C, "Record merged")),
               ("moved", QT_TRANSLATE_NOOP(C, "Rows moved")),
               ("by", QT_TRANSLATE_NOOP(C, "By")),
               ("state", QT_TRANSLATE_NOOP(C, "State")))
    ROLES = frozenset({DisplayRole, ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                       Qt.ItemDataRole.ForegroundRole})

    def row_id(self, row: MergeRow) -> int:
        return row.merge_id

    def role_data(self, row: MergeRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) \
                if key == "moved" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.undone_at is None else QBrush(QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return super().role_data(row, key, role)

    def text(self, row: MergeRow, column: str) -> str:
        translate = QCoreApplication.translate
        if column == "when":
            return long_stamp(row.merged_at, language())
        if column == "kept":
            return f"{row.survivor_name} ({row.survivor_reg_no})"
        if column == "merged":
            return f"{row.merged_name} ({row.merged_reg_no})"
        if column == "moved":
            return QLocale().toString(row.moved_rows)
        if column == "by":
            return row.staff_name
        if row.undone_at is not None:
            return translate("MergeTableModel", "Undone {when} by {name}").format(
                when=long_stamp(row.undone_at, language()), name=row.undone_by)
        if row.blocked:
            return translate("MergeTableModel", "In force; a later merge must be undone first")
        return translate("MergeTableModel", "In force")


class MergesPanel(QWidget):
    """Recent merges with a button for a new merge and one to undo the chosen merge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merges_panel")
        self.dialog: MergeDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.new_button = QPushButton(qta.icon("mdi6.call-merge"), "", self)
        self.new_button.setObjectName("new_merge")
        self.new_button.clicked.connect(self.open_merge_dialog)
        self.undo_button = QPushButton(qta.icon("mdi6.undo-variant"), "", self)
        self.undo_button.setObjectName("undo_merge")
        self.undo_button.clicked.connect(self.ask_undo)
        self.error_label = error_label(self)
        self.error_label.setObjectName("merges_error")
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("merges_info")
        self.empty_label = plain_label("", self, wrap=True)
        self.empty_label.setObjectName("merges_empty")

        self.model = MergeTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, "merges_table", widths=(140, 240, 240, 110, 150))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.undo_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self._update_buttons()
        SESSION.changed.connect(self._session_changed)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("Merge two records…"))
        self.undo_button.setText(self.tr("Undo merge"))
        self.empty_label.setText(self.tr(
            "No merges yet. When one person was registered twice, merge the two records here."))
        self.model.retranslate()
        self._update_buttons()
        if self.dialog is not None:
            self.dialog.retranslate_ui()


    def refresh(self, select_id: int | None = None) -> None:
        """Read the recent merges again."""
        show_error(self.error_label, "")
        ok = True
        try:
            rows = list_merges(SESSION.staff, limit=LIST_LIMIT)
        except Exception as exc:  # expected failures are shown, not raised
            if not expected(exc):
                raise
            rows, ok = [], False
            show_error(self.error_label, describe(exc))
        self.model.set_rows(rows)
        self.new_button.setEnabled(ok)
        self.empty_label.setVisible(ok and not rows)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def current_merge(self) -> MergeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _session_changed(self, staff_id: int) -> None:
        if not staff_id:
            self.model.set_rows([])
            self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        row = self.current_merge()
        can_undo = row is not None and row.undone_at is None and not row.blocked
        self.undo_button.setEnabled(can_undo)
        self.undo_button.setToolTip(
            self.tr("Undo the chosen merge: each record gets back exactly what it had.")
            if row is None or not row.blocked
            else self.tr("A later merge involves these people; undo that one first."))

    def open_merge_dialog(self, first_id: int | None = None,
                          second_id: int | None = None) -> MergeDialog:
        """Open the merge dialog (not blocking); the list refreshes after a merge."""
        self.info_label.clear()
        dialog = MergeDialog(self, first_id if isinstance(first_id, int) else None, second_id)
        dialog.merged.connect(self._merged)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _merged(self, merge_id: int) -> None:
        self.refresh(select_id=merge_id)
        row = self.current_merge()
        if row is not None:
            self.info_label.setText(self.tr(
                "{merged} was merged into {kept}. Undo merge gives each record back what it "
                "had.").format(merged=row.merged_name, kept=row.survivor_name))

    def ask_undo(self) -> None:
        """Ask before undoing the chosen merge (the box does not block)."""
        row = self.current_merge()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo merge"), self.tr(
            "Undo the merge of {merged} into {kept}? Both records become separate again, "
            "each with exactly the records it had before.").format(
            merged=row.merged_name, kept=row.survivor_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("undo_confirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Undo merge"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        # The result code of a message box is the button, not QDialog.Accepted: ask which.
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
            and self.undo(row.merge_id))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def undo(self, merge_id: int) -> None:
        """Undo a merge now; a refusal (a later merge, no right) is shown, not raised."""
        show_error(self.error_label, "")
        self.info_label.clear()
        row = self.model.row_at(self.model.row_of(merge_id))
        try:
            undo_merge(SESSION.staff, merge_id)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label)
            return
        self.refresh(select_id=merge_id)
        if row is not None:
            self.info_label.setText(self.tr("{merged} and {kept} are separate records again.")
                                    .format(merged=row.merged_name, kept=row.survivor_name))
