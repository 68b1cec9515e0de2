"""The Urine tests tab of a client's record: the tests, a positive one flagged for lab
confirmation, and a new test for the doctor."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from models.care.urine import PURPOSES, STATUSES, UrineTestSummary, list_urine_tests
from models.staff.rights import Action, Area
from reports.dates import short_stamp
from ui.clients.list_tab import Column, code_text
from ui.clinical.clinical_tab import ClinicalTab
from ui.clinical.urine_form import UrineDialog
from ui.clinical.urine_panel import FLAG_COLOR

C = "ClinicalTabs"


def _result(u: UrineTestSummary) -> str:
    return QCoreApplication.translate("Codes", dict(STATUSES).get(u.status, u.status))


class UrineTab(ClinicalTab):
    """A client's urine tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(C, list_urine_tests, [
            Column(QT_TRANSLATE_NOOP(C, "Collected"), lambda u: short_stamp(u.collected_at)),
            Column(QT_TRANSLATE_NOOP(C, "Specimen"), lambda u: u.specimen_code),
            Column(QT_TRANSLATE_NOOP(C, "Purpose"), lambda u: code_text(dict(PURPOSES))(u.purpose)),
            Column(QT_TRANSLATE_NOOP(C, "Result"), _result, stretch=True),
        ], QT_TRANSLATE_NOOP(C, "No urine tests yet."), parent)
        self.new_button = self.add_button("new_urine", qta.icon("mdi6.test-tube"), Area.LAB,
                                          Action.INPUT, self.new)
        self.open_button = self.add_button("open_urine", qta.icon("mdi6.folder-open"),
                                           Area.LAB, Action.VIEW, self.open_selected,
                                           needs_row=True)
        self.confirm_button = self.add_button("confirm_urine", qta.icon("mdi6.flask-outline"),
                                              Area.LAB, Action.INPUT, self.confirm_selected,
                                              needs_row=True)
        self.bar.addStretch(1)
        self.retranslate_ui()

    def update_buttons(self) -> None:
        super().update_buttons()
        chosen = self.selected()
        self.confirm_button.setEnabled(chosen is not None and chosen.status == "pending")

    def confirm_selected(self) -> UrineDialog | None:
        """Open the pending test with its confirmation form."""
        chosen = self.selected()
        if chosen is None or self._person_id is None:
            return None
        dialog = UrineDialog(self._person_id, chosen.id, parent=self)
        self.show_dialog(dialog)
        dialog.confirmation.method.setFocus()
        return dialog

    def _fill(self) -> None:
        super()._fill()
        for row, test in enumerate(self.rows):
            if test.status == "pending":
                item = self.table.item(row, len(self._columns) - 1)
                item.setForeground(QBrush(QColor(FLAG_COLOR)))
                item.setIcon(qta.icon("mdi6.flask-outline", color=FLAG_COLOR))

    def new(self) -> UrineDialog | None:
        if self._person_id is None:
            return None
        dialog = UrineDialog(self._person_id, parent=self)
        self.show_dialog(dialog)
        return dialog

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and self._person_id is not None:
            self.show_dialog(UrineDialog(self._person_id, chosen.id, parent=self))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "open_button"):
            return
        self.new_button.setText(self.tr("New urine test"))
        self.open_button.setText(self.tr("Open"))
        self.confirm_button.setText(self.tr("Confirm result..."))
