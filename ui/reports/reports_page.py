"""The Laporan page: a month's figures with year to date and targets, two charts, exports,
and closing (or reopening) the month."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.staff.rights import Action, Area, has_right
from models.tallies.close import reopen_month
from models.tallies.data_quality import close_with_check
from models.tallies.export import build_payload
from reports.dates import month_name, month_year
from ui.common.tally_export import prepare_tally_export
from ui.exchange.laporan_extras import LaporanExtras, closing_text
from ui.i18n import language, translate
from ui.reports.charts import SubstanceChart, TrendChart
from ui.reports.export_worker import ExportWorker, start_worker
from ui.reports.report_worker import ReportWorker, start_report
from ui.rumatan.ptrm_dialog import PtrmButton
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.confirm import ask
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.errors import show_error as show_error_box
from ui.widgets.field_form import error_label, plain_label, show_error

C = "ReportsPage"
#: kind -> (button text, file filter, suffix)
EXPORTS: dict[str, tuple[str, str, str]] = {
    "xlsx": (QT_TRANSLATE_NOOP(C, "Excel workbook (.xlsx)"), "Excel (*.xlsx)", ".xlsx"),
    "csv": (QT_TRANSLATE_NOOP(C, "CSV, comma separated (.csv)"), "CSV (*.csv)", ".csv"),
    "csv_semicolon": (QT_TRANSLATE_NOOP(C, "CSV for Excel in Indonesian (;)"), "CSV (*.csv)",
                      ".csv"),
    "pdf": (QT_TRANSLATE_NOOP(C, "PDF report with charts (.pdf)"), "PDF (*.pdf)", ".pdf"),
    "bnba_xlsx": (QT_TRANSLATE_NOOP(C, "By-name list BNBA (.xlsx, admins)"), "Excel (*.xlsx)",
                  ".xlsx"),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}%"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


class ReportsPage(QWidget):
    """Month picker, the figures, the charts, exports and month closing.

    Attributes:
        payload: the figures shown (the same plain data the exports render), or None.
        report: the month's report they were made from (exports reuse it), or None.
        extras: the data-quality panel and the national-systems exports.

    Signals:
        open_record(int, str): a data-quality finding was opened (person id, record tab).
    """

    open_record = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm_box = None  # the question before closing a month, while open
        self.payload: dict[str, Any] | None = None
        self.report = None
        self._computing = None  # the thread counting the month, while it runs
        self._report_worker: ReportWorker | None = None
        self._request = 0
        self._again = False
        self._thread = None
        self._worker: ExportWorker | None = None
        today = dt.date.today()
        last = today.replace(day=1) - dt.timedelta(days=1)  # last month: the one reported
        self.year = QSpinBox(self)
        self.year.setObjectName("report_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(last.year)
        self.month = QComboBox(self)
        self.month.setObjectName("report_month")
        for number in range(1, 13):
            self.month.addItem("", number)
        self.month.setCurrentIndex(last.month - 1)
        self.show_button = QPushButton(qta.icon("mdi6.refresh"), "", self)
        self.show_button.setObjectName("show_report")
        self.show_button.clicked.connect(self.refresh)
        self.suppress = QCheckBox(self)
        self.suppress.setObjectName("suppress_small")
        self.suppress.toggled.connect(self._resuppress)  # at once, no recount needed
        self.export_button = QPushButton(qta.icon("mdi6.file-export"), "", self)
        self.export_button.setObjectName("export_report")
        self.export_menu = QMenu(self)
        self.export_actions = {}
        for kind in EXPORTS:
            action = self.export_menu.addAction("")
            action.triggered.connect(lambda _c=False, k=kind: self.export(k))
            self.export_actions[kind] = action
        self.export_button.setMenu(self.export_menu)
        self.close_button = QPushButton(qta.icon("mdi6.lock-check"), "", self)
        self.close_button.setObjectName("close_month")
        self.close_button.clicked.connect(self.close_or_reopen)
        self.status = plain_label("", self, wrap=True)
        self.status.setObjectName("report_status")
        self.message = error_label(self)
        self.message.setObjectName("report_message")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("report_busy")
        self.busy.setRange(0, 0)  # moving to and fro: counting, length unknown
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait_for_report)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("report_tree")
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends stay readable
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.tree.setColumnWidth(column, 120)
        self.substances = SubstanceChart(self)
        self.trend = TrendChart(self)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.substances)
        charts.addWidget(self.trend)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.tree)
        body.addWidget(charts)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([700, 520])

        top = QHBoxLayout()
        self.period_label = plain_label("", self)
        top.addWidget(self.period_label)
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.suppress)
        top.addWidget(self.export_button)
        top.addWidget(self.close_button)
        self.extras = LaporanExtras(self, top)
        self.ptrm_button = PtrmButton(self, self.selected)  # the month's rumatan figures
        top.addWidget(self.ptrm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)
        layout.addWidget(self.extras.panel)
        self.retranslate_ui()

    # --- figures ------------------------------------------------------------------------

    def selected(self) -> tuple[int, int]:
        return self.year.value(), int(self.month.currentData())

    def refresh(self) -> None:
        """Count (or read the closed snapshot of) the chosen month on a worker thread with
        its own database connection, and show it when it is ready; the window stays
        responsive meanwhile."""
        if SESSION.staff is None:
            return
        if self._computing is not None:
            self._again = True  # count again, for what is chosen now, when this one is done
            return
        show_error(self.message, "")
        year, month = self.selected()
        self.extras.month_changed()
        self._request += 1
        self.busy.show()
        self.status.setText(self.tr("Counting the figures of the month..."))
        worker = ReportWorker(SESSION.staff, year, month, self._request)
        worker.done.connect(self._report_ready)
        worker.failed.connect(self._report_failed)
        self._report_worker = worker  # referenced while it runs (Python owns it)
        self._computing = start_report(worker)
        self._computing.finished.connect(self._report_finished)
        self._update_buttons()

    def _report_ready(self, report: Any, request: int) -> None:
        if request != self._request or SESSION.staff is None:
            return
        self.report = report
        try:
            self.payload = build_payload(report, translate, suppress=self.suppress.isChecked(),
                                         made_by=SESSION.staff.full_name)
        except Exception as exc:  # noqa: BLE001
            self._report_failed(exc, request)
            return
        self._fill()
        self._update_buttons()

    def _resuppress(self) -> None:
        """Show the counted month again with small counts hidden or shown, as ticked."""
        if self.report is None or SESSION.staff is None or self._computing is not None:
            return
        self.payload = build_payload(self.report, translate, suppress=self.suppress.isChecked(),
                                     made_by=SESSION.staff.full_name)
        self._fill()

    def _report_failed(self, exc: BaseException, request: int) -> None:
        if request != self._request:
            return
        self.payload = None
        self.report = None
        self.tree.clear()
        self.status.setText("")
        self._update_buttons()
        show_failure(exc, self.message)

    def _report_finished(self) -> None:
        self._computing = None
        self._report_worker = None
        self.busy.hide()
        self._update_buttons()
        if self._again:
            self._again = False
            self.refresh()

    def is_computing(self) -> bool:
        """True while the month is being counted."""
        return self._computing is not None

    def wait_for_report(self) -> None:
        """Let a running count finish (the program is quitting)."""
        if self._computing is not None:
            self._again = False
            self._computing.wait(60_000)

    def _fill(self) -> None:
        payload = self.payload
        assert payload is not None
        self.status.setText(payload["status"])
        self.tree.clear()
        for sheet in payload["sheets"]:
            topic = QTreeWidgetItem(self.tree, [sheet["title"]])
            font = topic.font(0)
            font.setBold(True)
            topic.setFont(0, font)
            topic.setFirstColumnSpanned(True)
            topic.setToolTip(0, sheet["title"])
            for block in sheet["blocks"]:
                item = QTreeWidgetItem(topic, [block["label"], _cell(block["month"]),
                                               _cell(block["ytd"]), _cell(block["target"]),
                                               _cell(block["achievement"])])
                item.setData(0, Qt.ItemDataRole.UserRole, block["id"])
                item.setToolTip(0, block["label"])
                for row in block["rows"]:
                    child = QTreeWidgetItem(item, [row["label"], _cell(row["month"]),
                                                   _cell(row["ytd"])])
                    child.setToolTip(0, f"{block['label']}: {row['label']}")
                    for column in (1, 2):
                        child.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                               | Qt.AlignmentFlag.AlignVCenter)
                for column in range(1, 5):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
            topic.setExpanded(True)
        self.substances.show_bars(payload["charts"]["substance"])
        self.trend.show_series(payload["charts"]["trend"])

    def _update_buttons(self) -> None:
        staff = SESSION.staff
        admin = staff is not None and has_right(staff, Area.ADMIN, Action.CORRECT)
        self.close_button.setVisible(admin)  # models/ checks the right again
        self.export_actions["bnba_xlsx"].setVisible(admin)
        closed = bool(self.payload and self.payload.get("closed"))
        self.close_button.setText(self.tr("Reopen the month...") if closed
                                  else self.tr("Close the month"))
        idle = self._computing is None
        self.export_button.setEnabled(self.payload is not None and idle)
        self.close_button.setEnabled(idle)
        self.show_button.setEnabled(idle)

    # --- closing ------------------------------------------------------------------------

    def close_or_reopen(self) -> None:
        if SESSION.staff is None or self.payload is None:
            return
        year, month = self.selected()
        try:
            if self.payload.get("closed"):
                reason, ok = QInputDialog.getText(
                    self, self.tr("Reopen the month"),
                    self.tr("Why must the closed figures change? (recorded in the audit "
                            "trail)"))
                if not ok:
                    return
                reopen_month(SESSION.staff, year, month, reason)
            else:  # the question names the data-quality problems still open
                self._ask_close(year, month, self.extras.open_problems(year, month))
                return
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self.refresh()

    def _ask_close(self, year: int, month: int, problems: int) -> None:
        self.confirm_box = ask(
            self, "close_month_confirm", self.tr("Close the month"),
            self.tr("Close {month}? Its figures are frozen as they are now and signed; "
                    "changing them later needs a reopening with a reason, recorded in "
                    "the audit trail.").format(
                month=month_year(year, month, language()))
            + closing_text(problems),
            self.tr("Close the month"), self.tr("Not yet"),
            lambda: self._close(year, month))

    def _close(self, year: int, month: int) -> None:
        if SESSION.staff is None:
            return
        try:
            # the person confirmed in the question, which named any open problems
            close_with_check(SESSION.staff, year, month, confirm=True)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self.refresh()

    # --- exports ------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where to save, record the export, then render it in the background."""
        if SESSION.staff is None or self._thread is not None:
            return
        year, month = self.selected()
        _label, file_filter, suffix = EXPORTS[kind]
        default = f"laporan-{year:04d}-{month:02d}{suffix}" if not kind.startswith("bnba") \
            else f"bnba-{year:04d}-{month:02d}{suffix}"
        path, _ = file_dialogs.save_file_name(self, self.tr("Save the export"), default,
                                              file_filter)
        if not path:
            return
        self.start_export(kind, path)

    def start_export(self, kind: str, path: str) -> None:
        """Export ``kind`` of the chosen month to ``path`` (the save dialog's answer)."""
        show_error(self.message, "")
        year, month = self.selected()
        try:  # files that leave the facility are in Indonesian
            prepared = prepare_tally_export(SESSION.staff, year, month, kind,
                                            suppress=self.suppress.isChecked(),
                                            report=self.report)  # counted once, for the screen
        except Exception as exc:
            if not expected(exc):
                raise
            show_error(self.message, describe(exc))
            return
        self._path = path
        self.progress = QProgressDialog(self.tr("Making the export..."), self.tr("Cancel"),
                                        0, 100, self)
        self.progress.setObjectName("export_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        worker = ExportWorker(prepared.render, prepared.payload, **prepared.options)
        worker.progress.connect(self._progress)
        worker.done.connect(self._write)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.progress.canceled.connect(worker.cancel)
        self._worker = worker
        self._thread = start_worker(worker, self)
        self._thread.finished.connect(self._thread_finished)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(int(done * 100 / total))

    def _write(self, data: bytes) -> None:
        from reports.tally_progress import write_file
        self.progress.reset()
        try:
            write_file(self._path, data)
        except OSError as exc:
            show_error_box(self, exc)
            return
        show_error(self.message, "")
        self.status.setText(self.tr("Saved {path}.").format(path=Path(self._path).name))

    def _failed(self, detail: str) -> None:
        self.progress.reset()
        show_error(self.message, self.tr("The export could not be made ({detail}). Nothing "
                                         "was written.").format(detail=detail[:200]))

    def _cancelled(self) -> None:
        self.progress.reset()
        show_error(self.message, self.tr("Export cancelled; nothing was written."))

    def _thread_finished(self) -> None:
        self._thread = None
        self._worker = None

    def is_exporting(self) -> bool:
        return self._thread is not None

    # --- Qt -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.payload is None:
            self.refresh()

    def retranslate_ui(self) -> None:
        for row in range(12):
            self.month.setItemText(row, month_name(row + 1, language()))
        self.period_label.setText(self.tr("Month:"))
        self.show_button.setText(self.tr("&Show"))
        self.suppress.setText(self.tr("Hide counts 1-4 as <5 (for reports leaving the "
                                      "facility)"))
        self.export_button.setText(self.tr("&Export"))
        for kind, action in self.export_actions.items():
            action.setText(translate(C, EXPORTS[kind][0]))
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("This month"),
                                   self.tr("Year to date"), self.tr("Annual target"),
                                   self.tr("Achievement")])
        # number columns just as wide as their heading or a big number, so the indicator
        # labels get the rest of the width
        metrics, head = self.tree.fontMetrics(), self.tree.headerItem()
        for column in range(1, 5):
            self.tree.setColumnWidth(column, max(metrics.horizontalAdvance(head.text(column)),
                                                 metrics.horizontalAdvance("43.210.000")) + 18)
        self.substances.retranslate_ui()
        self.trend.retranslate_ui()
        self.extras.retranslate_ui()
        if self.payload is not None and self.isVisible():
            self.refresh()
        else:
            self._update_buttons()
