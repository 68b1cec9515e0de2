"""The Audit tab: the trail of who did what, filtered by person, staff, action and date.

The table's model keeps the ids a filter found (newest first) and reads the rows it paints a
page at a time, so the whole trail of a busy facility scrolls without reading all of it.
"Check the trail" runs the same check as ``check --audit`` (the chain, its count, ids and end,
and the signed checkpoints in the backup folder) in a worker thread and says what it found.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.admin.staff_admin import list_staff
from models.core.errors import QT_TRANSLATE_NOOP as MARK
from models.core.errors import ValidationError
from models.desk.audit_query import (
    MAX_IDS,
    AuditFilter,
    AuditRow,
    audit_actions,
    audit_ids,
    audit_rows,
    find_person,
)
from models.desk.audit_words import action_words, record_words
from reports.dates import short_date, short_stamp
from ui.common.audit_check import TrailCheck
from ui.session import SESSION
from ui.widgets.date_field import DateField
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.table_model import PagedIdsModel
from ui.widgets.tables import set_up_table

PAGE = 100
CACHED_PAGES = 10
C = "AuditTableModel"
COLUMNS = (("at", QT_TRANSLATE_NOOP(C, "When")), ("staff", QT_TRANSLATE_NOOP(C, "Staff")),
           ("action", QT_TRANSLATE_NOOP(C, "Action")), ("record", QT_TRANSLATE_NOOP(C, "Record")),
           ("person", QT_TRANSLATE_NOOP(C, "Person")), ("detail", QT_TRANSLATE_NOOP(C, "Detail")))
F_PERSON = MARK("Codes", "Person (reg. no. or NIK)")
F_FROM = MARK("Codes", "From")
F_UNTIL = MARK("Codes", "Until")
MSG_NO_PERSON = MARK("Errors", "{field}: no person has this registration number or NIK.")


class AuditTableModel(PagedIdsModel[AuditRow]):
    """Events found by a filter, newest first, fetched by page. ``Qt.UserRole``: event id."""

    CONTEXT = C
    COLUMNS = COLUMNS
    PAGE = PAGE
    CACHED_PAGES = CACHED_PAGES

    def fetch_rows(self, ids: Sequence[int]) -> list[AuditRow]:
        return audit_rows(SESSION.staff, list(ids))

    def row_id(self, row: AuditRow) -> int:
        return row.event_id

    def role_data(self, row: AuditRow, key: str, role: int) -> str | None:
        return event_sentence(row) if role == Qt.ItemDataRole.ToolTipRole else None

    def text(self, row: AuditRow, key: str) -> str:
        if key == "at":
            return short_stamp(row.at, seconds=True)
        if key == "staff":
            return row.staff_name or "-"
        if key == "action":
            return marked(action_words(row.action))
        if key == "record":
            what = marked(record_words(row.table_name))
            return f"{what} #{row.record_id}" if row.record_id is not None else what
        if key == "person":
            if row.person_id is None:
                return ""
            return f"{row.person_name} (#{row.person_id})" if row.person_name \
                else f"#{row.person_id}"
        return facts_text(row.facts)


def marked(text: str) -> str:
    return QCoreApplication.translate("Codes", text)


def facts_text(facts: tuple) -> str:
    """An event's detail as "label: value; ..." in words, dates as dd-mm-yyyy."""
    parts = []
    for label, value, is_marked in facts:
        if is_marked:
            value = marked(value)
        elif isinstance(value, dt.date):
            value = short_date(value)
        parts.append(f"{marked(label)}: {value}")
    return "; ".join(parts)


def event_sentence(row: AuditRow) -> str:
    """Who did what to whose record, when: one sentence."""
    text = QCoreApplication.translate(C, "{when}: {staff} {did}").format(
        when=short_stamp(row.at),
        staff=row.staff_name or QCoreApplication.translate(C, "the program"),
        did=marked(action_words(row.action)))
    if row.person_id is not None:
        text += " \u2013 " + (row.person_name or f"#{row.person_id}")
    details = facts_text(row.facts)
    return f"{text}. {details}" if details else f"{text}."


class AuditPanel(QWidget):
    """Filters over the audit trail and the events they find."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_panel")
        self.person_edit = QLineEdit(self)
        self.person_edit.setObjectName("audit_person")
        self.person_edit.setMaxLength(32)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("audit_staff")
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("audit_action")
        self.from_field = DateField(F_FROM, self)
        self.from_field.setObjectName("audit_from")
        self.until_field = DateField(F_UNTIL, self)
        self.until_field.setObjectName("audit_until")
        self.filter_button = QPushButton(self)
        self.filter_button.setObjectName("audit_filter")
        self.filter_button.setDefault(True)
        self.filter_button.clicked.connect(self.apply_filter)
        for edit in (self.person_edit, self.from_field, self.until_field):
            edit.returnPressed.connect(self.apply_filter)
        self.labels = {key: plain_label("", self) for key in
                       ("person", "staff", "action", "from", "until")}
        self.error_label = error_label(self)
        self.error_label.setObjectName("audit_error")
        self.count_label = plain_label("", self)
        self.count_label.setObjectName("audit_count")
        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, "audit_table", widths=(150, 170, 150, 150, 190), single=False)

        grid = QGridLayout()
        for column, (key, widget) in enumerate((("person", self.person_edit),
                                                ("staff", self.staff_combo),
                                                ("action", self.action_combo),
                                                ("from", self.from_field),
                                                ("until", self.until_field))):
            grid.addWidget(self.labels[key], 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.filter_button, 1, 5)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("audit_check")
        self.check_button.clicked.connect(self.check_trail)
        self.check_label = plain_label("", self, wrap=True)
        self.check_label.setObjectName("audit_check_result")
        self.check_error = error_label(self)
        self.check_error.setObjectName("audit_check_broken")
        self._check_job = None
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.check_label)
        texts.addWidget(self.check_error)
        check_row.addLayout(texts, 1)
        layout.addLayout(check_row)
        self._loaded = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        translate = QCoreApplication.translate
        self.labels["person"].setText(translate("Codes", F_PERSON))
        self.labels["staff"].setText(self.tr("Staff"))
        self.labels["action"].setText(self.tr("Action"))
        self.labels["from"].setText(translate("Codes", F_FROM))
        self.labels["until"].setText(translate("Codes", F_UNTIL))
        self.filter_button.setText(self.tr("Show"))
        self.check_button.setText(self.tr("Check the trail"))
        self.check_button.setToolTip(self.tr(
            "Checks every event, the count and the end of the trail, and compares them with "
            "the signed checkpoints kept beside the backups."))
        for combo, text in ((self.staff_combo, self.tr("Everyone")),
                            (self.action_combo, self.tr("All actions"))):
            if combo.count():
                combo.setItemText(0, text)
        self.from_field.retranslate_ui()
        self.until_field.retranslate_ui()
        self.model.retranslate()

    def refresh(self) -> None:
        """Fill the choices (first time) and show the events of the current filter."""
        if not self._loaded:
            try:
                staff = list_staff(SESSION.staff)
                actions = audit_actions(SESSION.staff)
            except Exception as exc:  # noqa: BLE001 - expected failures are shown
                show_failure(exc, self.error_label)
                self.model.set_ids([])
                self.filter_button.setEnabled(False)
                return
            self.staff_combo.clear()
            self.staff_combo.addItem(self.tr("Everyone"), None)
            for member in staff:
                self.staff_combo.addItem(f"{member.full_name} ({member.username})", member.id)
            self.action_combo.clear()
            self.action_combo.addItem(self.tr("All actions"), None)
            for action in sorted(actions, key=lambda a: marked(action_words(a))):
                self.action_combo.addItem(marked(action_words(action)), action)
            self._loaded = True
            self.filter_button.setEnabled(True)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        """The filter as typed; ValidationError at the field that is wrong."""
        person_id = None
        if self.person_edit.text().strip():
            person_id = find_person(SESSION.staff, self.person_edit.text())
            if person_id is None:
                raise ValidationError(MSG_NO_PERSON, field=F_PERSON)
        return AuditFilter(person_id, self.staff_combo.currentData(),
                           self.action_combo.currentData(), self.from_field.date(),
                           self.until_field.date())

    def apply_filter(self) -> None:
        """Show the events that match the filter (what was typed stays as it is)."""
        show_error(self.error_label, "")
        try:
            ids = audit_ids(SESSION.staff, self.current_filter())
        except Exception as exc:  # noqa: BLE001 - expected failures are shown
            show_failure(exc, self.error_label)
            return
        more = len(ids) > MAX_IDS
        self.model.set_ids(ids[:MAX_IDS])
        count = QLocale().toString(min(len(ids), MAX_IDS))
        self.count_label.setText(
            self.tr("The newest {count} events are shown; narrow the filter to see older "
                    "ones.").format(count=count) if more
            else self.tr("{count} events.").format(count=count))

    def check_trail(self) -> None:
        """Check the whole trail in a worker thread (reads only); the result is shown below."""
        from models.db import connection as dbmod
        from ui.admin.background_job import BackgroundJob
        from ui.common.audit_check import check_audit_trail
        if self._check_job is not None and self._check_job.running():
            return
        target = dbmod.bound_target()
        staff = SESSION.staff
        show_error(self.check_error, "")
        self.check_label.setText(self.tr("Checking the trail…"))
        self.check_button.setEnabled(False)
        job = BackgroundJob(lambda _progress, _cancel: check_audit_trail(staff, target), self)
        job.succeeded.connect(self._checked)
        job.failed.connect(self._check_failed)
        self._check_job = job
        job.start()

    def _checked(self, check: TrailCheck) -> None:
        """Say what the check found: a warning about the connection's role first, then intact
        or altered, then the checkpoints; the findings (the first 8) below as an error."""
        from ui.common.audit_check import (
            checkpoints_sentence,
            finding_lines,
            privileged_sentence,
            verdict_sentence,
        )
        self.check_button.setEnabled(True)
        lines = [privileged_sentence(check), verdict_sentence(check),
                 checkpoints_sentence(check)]
        self.check_label.setText("\n".join(line for line in lines if line))
        if not check.report.ok:
            show_error(self.check_error, "\n".join(finding_lines(check.report, limit=8)))

    def _check_failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.check_label.setText("")
        if not expected(exc):
            raise exc
        show_error(self.check_error, describe(exc))
