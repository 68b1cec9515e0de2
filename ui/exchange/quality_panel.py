"""The data-quality panel of the Laporan page: counts per rule, a completeness figure, and
each finding as a line that opens its record (double-click or Enter)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.data_quality import (DATE_TEXTS, FIELD_TEXTS, RULES, QualityReport, check_month,
                                 people_labels)
from models.tally_export import MONTHS
from ui.i18n import translate
from ui.session import SESSION
from ui.widgets.errors import describe, expected
from ui.widgets.field_form import error_label, plain_label, show_error

PERSON_ROLE = Qt.ItemDataRole.UserRole


class QualityPanel(QWidget):
    """Findings of :func:`models.data_quality.check_month` for the month shown.

    Signals:
        open_person(int): a finding was opened; carries the person id.
    """

    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quality_panel")
        self.report: QualityReport | None = None
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
        """Run the check for ``year``-``month`` and show it."""
        show_error(self.message, "")
        if SESSION.staff is None:
            return
        try:
            self.report = check_month(SESSION.staff, year, month)
            labels = people_labels(SESSION.staff, {f.person_id for f in self.report.findings})
        except Exception as exc:  # noqa: BLE001
            if not expected(exc):
                raise
            show_error(self.message, describe(exc))
            return
        self._fill(labels)

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
        label = f"{translate('Indicators', MONTHS[month - 1])} {year}"
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
                top.addChild(child)
            top.setExpanded(0 < counts[rule] <= 20)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, PERSON_ROLE)
        if person is not None:
            self.open_person.emit(int(person))

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Count")])
        if self.report is not None:
            self._fill(people_labels(SESSION.staff, {f.person_id for f in self.report.findings})
                       if SESSION.staff else {})

