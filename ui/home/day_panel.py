"""The day's work on the home page: follow-ups due and missed, overdue phases, places taken
per service type, the waiting list, today's SKHPN and the member's unsigned notes and
assessments. Each line opens the client's record on the tab where its work is done
(double-click or Enter; models/desk/caseload.py says which tab).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QProgressBar,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.care.assessment import KINDS as ASSESSMENT_KINDS
from models.desk.caseload import TABS
from models.desk.dashboard import Census, Dashboard, Section
from models.documents.skhpn import STATES as SKHPN_STATES
from models.intake.episode import SERVICE_TYPES
from models.people.flags import KINDS as FLAG_KINDS
from reports.dates import clock, day_name, long_date, short_date
from ui.clients.list_tab import code_text
from ui.i18n import language
from ui.widgets.field_form import plain_label
from ui.widgets.tables import read_only_table, row_height

C = "DayPanel"
VISIBLE_ROWS = 6
#: Wider than this, the sections stand in two columns.
TWO_COLUMNS_PX = 900


@dataclass(frozen=True)
class SectionSpec:
    """One list on the panel: its title, empty text, column headers and cells of a row."""

    key: str
    title: str
    empty: str
    headers: tuple[str, ...]
    cells: Callable[[Any, dt.date], tuple[str, ...]]


KEPT = QT_TRANSLATE_NOOP(C, "contact made")
NOT_KEPT = QT_TRANSLATE_NOOP(C, "not contacted yet")
SOME_SHOWN = QT_TRANSLATE_NOOP(C, "({shown} of {total} shown)")
CENSUS_TITLE = QT_TRANSLATE_NOOP(C, "Census by service type")
PLACES = QT_TRANSLATE_NOOP(C, "{taken} of {capacity} places taken")
NO_CAPACITY = QT_TRANSLATE_NOOP(C, "{taken} in a program (no capacity set)")
SERVICE_PLACES = QT_TRANSLATE_NOOP(C, "{service}: {taken} of {capacity} places taken")
SERVICE_NO_LIMIT = QT_TRANSLATE_NOOP(C, "{service}: {taken} (no limit set)")
TODAY_TITLE = QT_TRANSLATE_NOOP(C, "Today, {date}")
RESTRICTED_NAME = QT_TRANSLATE_NOOP(C, "(restricted record)")
NO_TEST = QT_TRANSLATE_NOOP(C, "none since admission ({date})")


def _days(n: int) -> str:
    return QCoreApplication.translate("DayPanel", "%n day(s)", "", n)


def _who(row: Any) -> str:
    """A client's name, or a mark when the record is restricted to the member."""
    return QCoreApplication.translate(C, RESTRICTED_NAME) if row.restricted else row.full_name


def _last_test(row: Any, today: dt.date) -> str:
    if row.last_test is None:
        return QCoreApplication.translate(C, NO_TEST).format(date=short_date(row.admitted_on))
    return f"{short_date(row.last_test)} ({_days((today - row.last_test).days)})"


def _group(name: str, attendees: int) -> str:
    others = attendees - 1
    return QCoreApplication.translate("DayPanel", "{name} and %n other(s)", "", others).format(
        name=name)


SECTIONS = (
    SectionSpec("followups_today", QT_TRANSLATE_NOOP(C, "Follow-ups due today"),
                QT_TRANSLATE_NOOP(C, "No follow-up is due today."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "State")),
                lambda r, _t: (r.full_name,
                               QCoreApplication.translate(C, KEPT if r.kept else NOT_KEPT))),
    SectionSpec("followups_missed", QT_TRANSLATE_NOOP(C, "Missed follow-ups"),
                QT_TRANSLATE_NOOP(C, "No follow-up was missed."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Was due")),
                lambda r, t: (r.full_name,
                              f"{short_date(r.due_on)} ({_days((t - r.due_on).days)})")),
    SectionSpec("overdue", QT_TRANSLATE_NOOP(C, "Overdue phases"),
                QT_TRANSLATE_NOOP(C, "No client is past a phase's target duration."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Phase"),
                 QT_TRANSLATE_NOOP(C, "Days / target")),
                lambda r, _t: (r.full_name, r.phase_name,
                               f"{r.days_in_phase} / {r.target_days}")),
    SectionSpec("waiting", QT_TRANSLATE_NOOP(C, "Waiting list"),
                QT_TRANSLATE_NOOP(C, "Nobody is waiting for a place."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Service"),
                 QT_TRANSLATE_NOOP(C, "Since")),
                lambda r, _t: (r.full_name, code_text(dict(SERVICE_TYPES))(r.service_type),
                               short_date(r.added_on))),
    SectionSpec("skhpn_today", QT_TRANSLATE_NOOP(C, "SKHPN today"),
                QT_TRANSLATE_NOOP(C, "No SKHPN application today."),
                (QT_TRANSLATE_NOOP(C, "Time"), QT_TRANSLATE_NOOP(C, "Applicant"),
                 QT_TRANSLATE_NOOP(C, "State")),
                lambda r, _t: (clock(r.registered_at), r.full_name,
                               code_text(dict(SKHPN_STATES))(r.state))),
    SectionSpec("unsigned_notes", QT_TRANSLATE_NOOP(C, "My unsigned notes"),
                QT_TRANSLATE_NOOP(C, "Every note of yours is signed."),
                (QT_TRANSLATE_NOOP(C, "Session"), QT_TRANSLATE_NOOP(C, "Client"),
                 QT_TRANSLATE_NOOP(C, "Topic")),
                lambda r, _t: (short_date(r.session_on), r.full_name if r.kind != "group"
                               else _group(r.full_name, r.attendees), r.topic)),
    SectionSpec("unsigned_assessments", QT_TRANSLATE_NOOP(C, "My unsigned assessments"),
                QT_TRANSLATE_NOOP(C, "Every assessment of yours is signed."),
                (QT_TRANSLATE_NOOP(C, "Date"), QT_TRANSLATE_NOOP(C, "Client"),
                 QT_TRANSLATE_NOOP(C, "Instrument")),
                lambda r, _t: (short_date(r.assessed_on), r.full_name,
                               code_text(dict(ASSESSMENT_KINDS))(r.kind))),
    SectionSpec("urine_pending", QT_TRANSLATE_NOOP(C, "Positive urine screens awaiting "
                                                      "confirmation"),
                QT_TRANSLATE_NOOP(C, "No positive screen is waiting for its confirmation."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Collected")),
                lambda r, t: (r.full_name, f"{short_date(r.collected_on)} "
                                           f"({_days((t - r.collected_on).days)})")),
    SectionSpec("flagged_risks", QT_TRANSLATE_NOOP(C, "Flagged risks"),
                QT_TRANSLATE_NOOP(C, "No client carries a risk flag."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Flag"),
                 QT_TRANSLATE_NOOP(C, "What it says")),
                lambda r, _t: (_who(r), code_text(dict(FLAG_KINDS))(r.kind), r.text)),
    SectionSpec("urine_due", QT_TRANSLATE_NOOP(C, "Urine tests due"),
                QT_TRANSLATE_NOOP(C, "No client in a program is due a urine test."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Last test")),
                lambda r, t: (_who(r), _last_test(r, t))),
    SectionSpec("rumatan_held", QT_TRANSLATE_NOOP(C, "Rumatan: doses waiting for a doctor's "
                                                      "review"),
                QT_TRANSLATE_NOOP(C, "No rumatan client waits for a review."),
                (QT_TRANSLATE_NOOP(C, "Client"), QT_TRANSLATE_NOOP(C, "Missed")),
                lambda r, _t: (r.full_name, _days(r.missed))),
)


class SectionBox(QGroupBox):
    """One list of the panel: a title with the full count, and up to ``limit`` rows."""

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"day_{spec.key}")
        self.section: Section | None = None
        self.today = dt.date.today()
        self.empty = plain_label("", self, wrap=True)
        self.table = read_only_table(self, f"day_{spec.key}_table", len(spec.headers),
                                     stretch=None)
        self.table.setFixedHeight(row_height(self.table) * VISIBLE_ROWS
                                  + self.table.horizontalHeader().sizeHint().height() + 4)
        header = self.table.horizontalHeader()
        stretch = 1 if spec.key in ("skhpn_today", "unsigned_notes", "urine_due",
                                    "unsigned_assessments") else 0
        stretch = 2 if spec.key == "flagged_risks" else stretch
        mode = QHeaderView.ResizeMode
        for column in range(len(spec.headers)):
            header.setSectionResizeMode(column, mode.Stretch if column == stretch
                                        else mode.Interactive)
            if column != stretch:
                self.table.setColumnWidth(column, 150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def show_section(self, section: Section, today: dt.date) -> None:
        self.section, self.today = section, today
        rows = section.rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(self.spec.cells(row, today)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, getattr(row, "person_id", None))
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.retranslate_ui()

    def person_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        title = tr(C, self.spec.title)
        if self.section is not None:
            shown, total = len(self.section.rows), self.section.total
            title += f" ({QLocale().toString(total)})" if shown == total else " " + tr(
                C, SOME_SHOWN).format(shown=shown, total=QLocale().toString(total))
        self.setTitle(title)
        self.empty.setText(tr(C, self.spec.empty))
        self.table.setHorizontalHeaderLabels([tr(C, h) for h in self.spec.headers])
        if self.section is not None:
            for r, row in enumerate(self.section.rows):
                for c, text in enumerate(self.spec.cells(row, self.today)):
                    item = self.table.item(r, c)
                    if item is not None:
                        item.setText(text)


class CensusBox(QGroupBox):
    """Clients in a program per service type, and all of them against the capacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_census")
        self.census: Census | None = None
        self.bar = QProgressBar(self)
        self.bar.setObjectName("census_bar")
        self.lines = {code: plain_label("", self) for code, _ in SERVICE_TYPES}
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        for code, label in self.lines.items():
            label.setObjectName(f"census_{code}")
            layout.addWidget(label)
        layout.addStretch(1)

    def show_census(self, census: Census) -> None:
        self.census = census
        taken = self._limited_taken()
        self.bar.setRange(0, max(census.capacity, taken, 1))
        self.bar.setValue(taken)
        self.retranslate_ui()

    def _limited_taken(self) -> int:
        """Places taken in the service types that have a limit (the bar's measure): an
        unlimited service's clients take nobody's place."""
        census = self.census
        if census is None or not census.capacity:
            return census.total if census is not None else 0
        limits = dict(census.capacities)
        return sum(n for code, n in census.by_service if limits.get(code))

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.setTitle(tr(C, CENSUS_TITLE))
        census = self.census
        if census is None:
            return
        locale = QLocale()
        self.bar.setFormat(tr(C, PLACES).format(
            taken=locale.toString(self._limited_taken()),
            capacity=locale.toString(census.capacity))
            if census.capacity else tr(C, NO_CAPACITY).format(taken=locale.toString(census.total)))
        services = code_text(dict(SERVICE_TYPES))
        capacities = dict(census.capacities)
        for code, count in census.by_service:
            capacity = capacities.get(code, 0)
            self.lines[code].setText(tr(C, SERVICE_PLACES if capacity else SERVICE_NO_LIMIT).format(
                service=services(code), taken=locale.toString(count),
                capacity=locale.toString(capacity)))


class DayPanel(QWidget):
    """Every section the signed-in member may see; the others are hidden.

    Signals:
        open_record(int, str): open this person's record on a tab (models/desk/caseload.py).
    """

    open_record = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_panel")
        self.dashboard: Dashboard | None = None
        self.title = plain_label("", self, wrap=True)
        self.title.setObjectName("day_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.boxes = {spec.key: SectionBox(spec, self) for spec in SECTIONS}
        for box in self.boxes.values():
            box.table.itemActivated.connect(
                lambda item, b=box: self._open(b.person_at(item.row()), TABS.get(b.spec.key, "")))
        self.census = CensusBox(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self._columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self._arrange(2)
        self.retranslate_ui()

    def _ordered(self) -> list[QWidget]:
        b = self.boxes
        return [b["followups_today"], b["overdue"], self.census, b["waiting"],
                b["followups_missed"], b["skhpn_today"], b["unsigned_notes"],
                b["unsigned_assessments"], b["urine_pending"], b["urine_due"],
                b["flagged_risks"], b["rumatan_held"]]

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._ordered():
            self.grid.removeWidget(widget)
        for index, widget in enumerate(self._ordered()):
            self.grid.addWidget(widget, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()  # the page's scroll area asks again how tall this is

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_PX else 1)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        for key, box in self.boxes.items():
            section = dashboard.sections.get(key)
            box.setVisible(section is not None)
            if section is not None:
                box.show_section(section, dashboard.today)
        self.census.setVisible(dashboard.census is not None)
        if dashboard.census is not None:
            self.census.show_census(dashboard.census)
        self.retranslate_ui()

    def _open(self, person_id: int | None, tab: str = "") -> None:
        if person_id is not None:
            self.open_record.emit(person_id, tab)

    def retranslate_ui(self) -> None:
        today = self.dashboard.today if self.dashboard else dt.date.today()
        self.title.setText(QCoreApplication.translate(C, TODAY_TITLE).format(
            date=f"{day_name(today, language())}, {long_date(today, language())}"))
        for box in self.boxes.values():
            box.retranslate_ui()
        self.census.retranslate_ui()
