"""Importing an existing client list (Admin > Pertukaran data > Impor daftar klien): choose the
file, say which column holds which field (guessed from the header, reusable under a name),
run the dry run, look at what would be created, refused and likely duplicated, then commit
all at once."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.admin.client_import import (
    DUP_FILE,
    FIELDS,
    DryRun,
    commit,
    dry_run,
    guess_columns,
    save_mapping,
    saved_mappings,
)
from models.core.client_file import read_table
from reports.dates import short_date
from ui.exchange.import_worker import ImportWorker
from ui.i18n import error_text, translate
from ui.reports.report_worker import start_report
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.confirm import ask
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import read_only_table

ROW_ROLE = Qt.ItemDataRole.UserRole


class ClientImportPanel(QWidget):
    """File, column mapping, dry run and commit of a client-list import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_import_panel")
        self.path = ""
        self.data = b""
        self.header: list[str] = []
        self.run: DryRun | None = None
        self.confirm_box = None
        self._request = 0
        self._thread = None  # the dry run or commit running, while it runs
        self._worker = None
        self._on_done = lambda _result: None
        self.intro = plain_label("", self, wrap=True)
        self.intro.setMinimumHeight(2 * self.intro.fontMetrics().lineSpacing())
        self.file_button = QPushButton(self)
        self.file_button.setObjectName("import_choose_file")
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = plain_label("", self)
        self.saved = QComboBox(self)
        self.saved.setObjectName("import_saved_mapping")
        self.saved.setMinimumWidth(240)
        self.saved.activated.connect(self._use_saved)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_columns)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key, label in FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"import_column_{key}")
            combo.setMinimumWidth(200)
            self.combos[key] = combo
            form.addRow(translate("Codes", label), combo)
        self.dry_button = QPushButton(self)
        self.dry_button.setObjectName("import_dry_run")
        self.dry_button.clicked.connect(self.start_dry_run)
        self.commit_button = QPushButton(self)
        self.commit_button.setObjectName("import_commit")
        self.commit_button.clicked.connect(self.ask_commit)
        self.summary = plain_label("", self, wrap=True)
        self.summary.setObjectName("import_summary")
        self.summary.setMinimumHeight(3 * self.summary.fontMetrics().lineSpacing())
        self.message = error_label(self)
        self.results = QTabWidget(self)
        self.create_table = read_only_table(self, "import_create", 4, single=False)
        self.refused_table = read_only_table(self, "import_refused", 3, single=False)
        self.duplicate_table = read_only_table(self, "import_duplicates", 4, single=False)
        for table in (self.create_table, self.refused_table, self.duplicate_table):
            self.results.addTab(table, "")
        for table, widths in ((self.create_table, (60, 280, 110)),
                              (self.refused_table, (60, 240)),
                              (self.duplicate_table, (140, 60, 240))):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.file_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.saved)
        top.addWidget(self.save_button)
        actions = QHBoxLayout()
        actions.addWidget(self.dry_button)
        actions.addWidget(self.commit_button)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(actions)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.results, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.retranslate_ui()
        self._update()

    def refresh(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Saved column mappings..."), None)
        if SESSION.staff is None:
            return
        try:
            for name in saved_mappings(SESSION.staff):
                self.saved.addItem(name, name)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)

    def choose_file(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("Choose the client list"), "",
                                              self.tr("Spreadsheet (*.xlsx *.csv)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        show_error(self.message, "")
        try:
            data = Path(path).read_bytes()
            header, _rows = read_table(Path(path).name, data)
        except OSError as exc:
            show_error(self.message, self.tr("The file cannot be read: {detail}").format(
                detail=exc.strerror or exc))
            return
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self.path, self.data, self.header, self.run = path, data, header, None
        self.file_label.setText(Path(path).name)
        self._set_columns(guess_columns(header))
        self._clear_results()
        self._update()

    def _set_columns(self, columns: dict[str, str]) -> None:
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for name in self.header:
                combo.addItem(name, name)
            index = combo.findData(columns.get(key, ""))
            combo.setCurrentIndex(max(index, 0))

    def columns(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData()}

    def _use_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        if name and SESSION.staff is not None:
            self._set_columns(saved_mappings(SESSION.staff).get(name, {}))

    def save_columns(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save the column mapping"),
                                        self.tr("Name (e.g. the old program's export):"))
        if not ok:
            return
        try:
            save_mapping(SESSION.staff, name, self.columns())
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.message)
            return
        self.refresh()

    def _start(self, call, done, busy_text: str) -> None:
        """Run ``call`` on a worker thread; ``done(result)`` on the window's thread."""
        show_error(self.message, "")
        self._request += 1
        request = self._request
        self.summary.setText(busy_text)
        worker = ImportWorker(call, request)
        self._on_done = done
        # bound methods of this widget: called on the window's thread (queued)
        worker.done.connect(self._worker_done)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._thread = start_report(worker)
        self._thread.finished.connect(self._finished)
        self._update()

    def _worker_done(self, result: object, request: int) -> None:
        if request == self._request:
            self._on_done(result)

    def is_busy(self) -> bool:
        return self._thread is not None

    def _finished(self) -> None:
        self._thread = None
        self._worker = None
        self._update()

    def _failed(self, exc: BaseException, request: int) -> None:
        if request != self._request:
            return
        self.summary.setText("")
        show_failure(exc, self.message)

    def start_dry_run(self) -> None:
        staff, name, data, columns = SESSION.staff, Path(self.path).name, self.data, \
            self.columns()
        self.run = None
        self._clear_results()
        self._start(lambda: dry_run(staff, name, data, columns), self._dry_run_done,
                    self.tr("Checking every row..."))

    def _dry_run_done(self, run: DryRun) -> None:
        self.run = run
        self._fill()
        self._update()

    def _clear_results(self) -> None:
        for table in (self.create_table, self.refused_table, self.duplicate_table):
            table.setRowCount(0)
        self.summary.setText("")

    def _fill(self) -> None:
        run = self.run
        if run is None:
            return
        self.summary.setText(self.tr(
            "Dry run of {file} ({rows} rows): {create} would be created, {refused} refused, "
            "{duplicates} likely duplicates (created only when you tick them as different "
            "people). Nothing has been saved yet.").format(
            file=Path(run.file_name).name, rows=run.rows, create=len(run.create),
            refused=len(run.refused), duplicates=len(run.duplicates)))
        self.create_table.setRowCount(len(run.create))
        for i, number in enumerate(run.create):
            values = run.values[number]
            born = short_date(values["birth_date"])
            for column, text in enumerate((str(number), values["full_name"], born,
                                           values["nik"] or "")):
                self.create_table.setItem(i, column, QTableWidgetItem(text))
        self.refused_table.setRowCount(len(run.refused))
        for i, refused in enumerate(run.refused):
            for column, text in enumerate((str(refused.row), refused.name,
                                           error_text(refused.reason))):
                self.refused_table.setItem(i, column, QTableWidgetItem(text))
        self.duplicate_table.setRowCount(len(run.duplicates))
        for i, dup in enumerate(run.duplicates):
            tick = QTableWidgetItem(self.tr("different person"))
            tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(ROW_ROLE, dup.row)
            other = self.tr("row {row} of this file").format(row=dup.other) \
                if dup.kind == DUP_FILE else self.tr("on file: {who}").format(who=dup.other)
            self.duplicate_table.setItem(i, 0, tick)
            for column, text in enumerate((str(dup.row), dup.name, other), start=1):
                self.duplicate_table.setItem(i, column, QTableWidgetItem(text))
        self._titles()

    def different_people(self) -> list[int]:
        rows = []
        for i in range(self.duplicate_table.rowCount()):
            item = self.duplicate_table.item(i, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                rows.append(int(item.data(ROW_ROLE)))
        return rows

    def ask_commit(self) -> None:
        if self.run is None:
            return
        count = len(self.run.create) + len(self.different_people())
        self.confirm_box = ask(
            self, "import_confirm", self.tr("Import the client list"),
            self.tr("Create {count} people from {file}? They are saved all at once (or none "
                    "if anything fails) and recorded in the audit trail as one import.")
            .format(count=count, file=Path(self.run.file_name).name),
            self.tr("Import"), self.tr("Not yet"), self.do_commit)

    def do_commit(self) -> None:
        staff, run, data, different = SESSION.staff, self.run, self.data, \
            self.different_people()
        self._start(lambda: commit(staff, run, data, different), self._committed,
                    self.tr("Saving the people..."))

    def _committed(self, record) -> None:
        self.summary.setText(self.tr("{count} people were imported from {file}.").format(
            count=record.created, file=Path(record.file_name).name))
        self.run = None
        self._update()

    def _update(self) -> None:
        idle = self._thread is None
        self.dry_button.setEnabled(bool(self.data) and idle)
        self.commit_button.setEnabled(self.run is not None and idle)
        self.save_button.setEnabled(bool(self.header))

    def _titles(self) -> None:
        run = self.run
        counts = (len(run.create), len(run.refused), len(run.duplicates)) if run else (0, 0, 0)
        for index, (text, count) in enumerate(zip(
                (self.tr("Would be created"), self.tr("Refused"),
                 self.tr("Likely duplicates")), counts)):
            self.results.setTabText(index, f"{text} ({count})")

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Bring in the clients of an existing list (Excel .xlsx or .csv with commas or "
            "semicolons). Each row is checked as at the registration desk; the dry run "
            "shows what would happen before anything is saved."))
        self.file_button.setText(self.tr("Choose file..."))
        self.save_button.setText(self.tr("Save column mapping..."))
        self.dry_button.setText(self.tr("Dry run"))
        self.commit_button.setText(self.tr("Import"))
        self.create_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Date of birth"), self.tr("NIK")])
        self.refused_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Reason")])
        self.duplicate_table.setHorizontalHeaderLabels(
            [self.tr("Decision"), self.tr("Row"), self.tr("Name"), self.tr("Similar to")])
        self._titles()
        if self.file_label.text() == "":
            self.file_label.setText(self.tr("No file chosen yet."))
