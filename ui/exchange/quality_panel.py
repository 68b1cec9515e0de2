"""The data-quality panel of the Laporan page: counts per rule, a completeness figure, and
each finding as a line that opens its record (double-click or Enter)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.tallies.data_quality import DATE_TEXTS, FIELD_TEXTS, RULES, QualityReport
from reports.dates import month_year
from ui.exchange.quality_worker import QualityWorker
from ui.i18n import language, translate
from ui.reports.report_worker import start_report
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

PERSON_ROLE = Qt.ItemDataRole.UserRole
TAB_ROLE = Qt.ItemDataRole.UserRole + 1
#: The record's tab where a finding is corrected (rules about the person: the identity).
TABS = {"no_contact": "notes", "unsigned": "assessments", "late": "program"}


class QualityPanel(QWidget):
    """Findings of :func:`models.tallies.data_quality.check_month` for the month shown.

    Signals:
        open_record(int, str): a finding was opened: the person id and the record's tab
            where it can be corrected ("" for the identity).
        checked(int): a check finished; carries the number of problems found.
    """

    open_record = Signal(int, str)
    checked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quality_panel")
        self.report: QualityReport | None = None
        self._labels: dict[int, tuple[str, str]] = {}
        self._request = 0
        self._thread = None  # the check running, while it runs
        self._worker = None
        self.summary = plain_label("", self, wrap=True)
        self.summary.setObjectName("quality_summary")
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing())
        self.message = error_label(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("quality_tree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.setColumnWidth(1, 90)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self.retranslate_ui()

    def problems(self) -> int:
        return len(self.report.findings) if self.report else 0

    def refresh(self, year: int, month: int) -> None:
        """Check ``year``-``month`` on a worker thread; show it (and emit ``checked``) when
        done. A newer request makes an older answer be ignored."""
        show_error(self.message, "")
        if SESSION.staff is None:
            return
        self._request += 1
        self.summary.setText(self.tr("Checking the month's records..."))
        worker = QualityWorker(SESSION.staff, year, month, self._request)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._thread = start_report(worker)
        self._thread.finished.connect(self._finished)

    def _finished(self) -> None:
        self._thread = None
        self._worker = None

    def _done(self, result: object, request: int) -> None:
        if request != self._request:
            return
        self.report, self._labels = result
        self._fill(self._labels)
        self.checked.emit(len(self.report.findings))

    def _failed(self, exc: BaseException, request: int) -> None:
        if request != self._request:
            return
        self.summary.setText("")
        show_failure(exc, self.message)

    def _detail(self, rule: str, detail: str) -> str:
        if rule == "missing":
            return self.tr("missing: {field}").format(
                field=translate("Quality", FIELD_TEXTS.get(detail, detail)))
        if rule == "date":
            return translate("Quality", DATE_TEXTS.get(detail, detail))
        if rule in ("no_contact", "late"):
            return self.tr("{days} days").format(days=detail)
        if rule == "unsigned":
            return self.tr("assessment no. {id}").format(id=detail)
        return self.tr("same birth date and name as record no. {id}").format(id=detail)

    def _fill(self, labels: dict[int, tuple[str, str]]) -> None:
        report = self.report
        self.tree.clear()
        if report is None:
            return
        counts = report.counts()
        total = len(report.findings)
        year, month = (int(part) for part in report.month.split("-"))
        label = month_year(year, month, language())
        text = self.tr("Completeness of required fields: {percent}%. ").format(
            percent=f"{report.completeness:.1f}".replace(".", ","))
        text += (self.tr("No problems found for {month}.").format(month=label)
                 if not total else
                 self.tr("{count} problems to look at before closing {month}; double-click a "
                         "line to open the record.").format(count=total, month=label))
        self.summary.setText(text)
        days = {"no_contact": report.settings["contact_days"],
                "unsigned": report.settings["unsigned_days"],
                "late": report.settings["late_days"]}
        for rule, label in RULES:
            top = QTreeWidgetItem([translate("Quality", label).format(days=days.get(rule, "")),
                                   str(counts[rule])])
            top.setData(0, PERSON_ROLE, None)
            self.tree.addTopLevelItem(top)
            for finding in (f for f in report.findings if f.rule == rule):
                reg_no, name = labels.get(finding.person_id, ("", ""))
                child = QTreeWidgetItem([f"{reg_no}  {name} \u2014 "
                                         f"{self._detail(rule, finding.detail)}", ""])
                child.setData(0, PERSON_ROLE, finding.person_id)
                tab = TABS.get(rule, "program" if finding.episode_id else "")
                child.setData(0, TAB_ROLE, tab)
                top.addChild(child)
            top.setExpanded(0 < counts[rule] <= 20)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, PERSON_ROLE)
        if person is not None:
            self.open_record.emit(int(person), item.data(0, TAB_ROLE) or "")

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Count")])
        if self.report is not None:
            self._fill(self._labels)

