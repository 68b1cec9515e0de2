"""What issue 15 adds to the Laporan page, kept beside it: the data-quality panel (shown with
its button, run for the chosen month) and the national-systems export menu."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton

from models.tallies.data_quality import check_month
from ui.exchange.month_export import KINDS, export_national
from ui.exchange.quality_panel import QualityPanel
from ui.i18n import translate
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import show_error

C = "ReportsPage"
L_QUALITY = QT_TRANSLATE_NOOP("ReportsPage", "Data quality")
L_NATIONAL = QT_TRANSLATE_NOOP("ReportsPage", "National systems")
MSG_OPEN_PROBLEMS = QT_TRANSLATE_NOOP(
    "ReportsPage", "{count} data-quality problems are still open (see Data quality). Closing "
    "now records your confirmation with the closed month.")


class LaporanExtras(QObject):
    """Buttons added to the Laporan page's top row and the panel under its figures.

    Attributes:
        quality_button: shows or hides the data-quality panel.
        national_button: the menu of exports for DHIS2 / ADX / the province.
        panel: the :class:`QualityPanel` (hidden until asked for).
    """

    def __init__(self, page, top: QHBoxLayout) -> None:
        super().__init__(page)
        self.page = page
        self.quality_button = QPushButton(qta.icon("mdi6.clipboard-check-outline"), "", page)
        self.quality_button.setObjectName("quality_button")
        self.quality_button.setCheckable(True)
        self.quality_button.toggled.connect(self._toggle)
        self.national_button = QPushButton(qta.icon("mdi6.upload-network-outline"), "", page)
        self.national_button.setObjectName("national_export")
        menu = QMenu(page)
        self.actions = {}
        for kind in KINDS:
            action = menu.addAction("")
            action.triggered.connect(lambda _c=False, k=kind: self.export(k))
            self.actions[kind] = action
        self.national_button.setMenu(menu)
        top.insertWidget(top.count() - 1, self.quality_button)
        top.insertWidget(top.count() - 1, self.national_button)
        self.panel = QualityPanel(page)
        self.panel.setMinimumHeight(220)
        self.panel.hide()
        self.panel.open_record.connect(page.open_record)

    def _toggle(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        if shown:
            self.panel.refresh(*self.page.selected())

    def month_changed(self) -> None:
        if self.panel.isVisible():
            self.panel.refresh(*self.page.selected())

    def open_problems(self, year: int, month: int) -> int:
        """How many data-quality problems the month has now, asked just before closing (a
        once-a-month act: the check runs here, under a busy cursor, so the question is
        answered on what it says); the panel is shown with them."""
        if SESSION.staff is None:
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problems = len(check_month(SESSION.staff, year, month).findings)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problems:
            self.quality_button.setChecked(True)  # the list behind the question
        return problems

    def export(self, kind: str) -> None:
        year, month = self.page.selected()
        show_error(self.page.message, "")

        def failed(exc: BaseException) -> None:
            show_failure(exc, self.page.message)

        export_national(self.page, kind, year, month, failed, self.page.status.setText)

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.quality_button.setText(tr(C, L_QUALITY))
        self.national_button.setText(tr(C, L_NATIONAL))
        for kind, action in self.actions.items():
            action.setText(translate("NationalExport", KINDS[kind][0]))
        self.panel.retranslate_ui()


def closing_text(problems: int) -> str:
    """The sentence added to the question before closing a month with open problems."""
    if not problems:
        return ""
    return " " + QCoreApplication.translate(C, MSG_OPEN_PROBLEMS).format(count=problems)


