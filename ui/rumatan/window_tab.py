"""The dispensing window: the day's clients due, found by name, number or a scanned card,
and one key (F2) that records the observed dose of the selected client.

Safety flags (pregnancy, QT-prolonging co-medication, clinical alerts, in hospital,
detained, away, take-home doses out) are shown beside the client and asked about before a
dose; a client whose next dose waits for a doctor's review shows the rule and its reason.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.rumatan.dispense import (
    complete_split,
    give_replacement,
    mark_vomited,
    measure,
    record_dose,
    return_take_home,
)
from models.rumatan.orders import record_absence, review
from models.rumatan.rules import MSG_HOLD
from models.rumatan.tables import ABSENCES, mg_text, ug
from models.rumatan.window import HELD, DueRow, due_rows, scanned_person, take_homes_out
from models.staff.rights import Action, Area, has_right
from reports.dates import clock, short_date, short_date_or_text
from ui.i18n import translate
from ui.rumatan.due_model import DueModel, flag_texts
from ui.rumatan.small_form import SmallForm
from ui.session import SESSION
from ui.widgets.confirm import ask
from ui.widgets.errors import show_failure
from ui.widgets.tables import set_up_table


class WindowTab(QWidget):
    """The day's list and the acts on the selected client.

    Signals:
        dose_recorded(int): a person id, after any dose was written.
    """

    dose_recorded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.today()
        self.follow_today = True  # a window left open past midnight moves to the new day
        self.heading = QLabel(self)
        self.heading.setObjectName("window_heading")
        self.search = QLineEdit(self)
        self.search.setObjectName("window_search")
        self.search.setClearButtonEnabled(True)
        self.model = DueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, "due_table", widths=(130, 210, 90, 80, 170, 210, 120))
        self.detail = QLabel(self)
        self.detail.setObjectName("window_detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4)
        self.status = QLabel(self)
        self.status.setObjectName("window_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.take_home = QSpinBox(self)
        self.take_home.setObjectName("take_home_count")
        self.take_home.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.take_home_label = QLabel(self)
        self.give_button = QPushButton(self)
        self.give_button.setObjectName("give_dose")
        self.vomit_button = QPushButton(self)
        self.vomit_button.setObjectName("mark_vomited")
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replacement")
        self.split_first_button = QPushButton(self)
        self.split_first_button.setObjectName("split_first")
        self.split_button = QPushButton(self)
        self.split_button.setObjectName("split_rest")
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("doctor_review")
        self.away_button = QPushButton(self)
        self.away_button.setObjectName("record_away")
        self.return_button = QPushButton(self)
        self.return_button.setObjectName("take_home_return")
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("print_sheet")
        actions = QHBoxLayout()
        for w in (self.give_button, self.take_home_label, self.take_home, self.vomit_button,
                  self.replace_button, self.split_first_button, self.split_button):
            actions.addWidget(w)
        actions.addStretch(1)
        more = QHBoxLayout()
        for w in (self.review_button, self.away_button, self.return_button):
            more.addWidget(w)
        more.addStretch(1)
        more.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addLayout(more)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.give_button.clicked.connect(self.give_selected)
        self.vomit_button.clicked.connect(self._vomited)
        self.replace_button.clicked.connect(self._replacement)
        self.split_button.clicked.connect(self._split_rest)
        self.split_first_button.clicked.connect(self._split_first)
        self.review_button.clicked.connect(self._review)
        self.sheet_button.clicked.connect(lambda: self.print_sheet())
        self.away_button.clicked.connect(self._away)
        self.return_button.clicked.connect(self._returned)
        self.give_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.give_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.give_shortcut.activated.connect(self.give_selected)
        self.retranslate_ui()

    # --- list -----------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Read the day's list again; keep the selected client (or ``keep``) selected."""
        actor = SESSION.staff
        if actor is None:
            return
        current = keep if keep is not None else self.selected_person()
        if self.follow_today:
            self.day = dt.date.today()
        try:
            rows = due_rows(actor, self.day)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
            return
        self.model.set_rows(rows)
        self._select_person(current)
        self._update_heading()
        self._show_detail()

    def _update_heading(self) -> None:
        due, total = self.model.counts()
        self.heading.setText(self.tr("Dispensing on {day}: {due} of {total} clients still "
                                     "due").format(day=short_date(self.day),
                                                   due=due, total=total))

    def _filter(self, text: str) -> None:
        person = self.selected_person()
        self.model.set_filter(text)
        self._select_person(person)
        if self.table.currentIndex().row() < 0 and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._show_detail()

    def _search_enter(self) -> None:
        """Enter in the search: a scanned card (an exact number) or the single match is
        selected, and the list takes the keys (F2 then gives the dose)."""
        text = self.search.text()
        row = self.model.find_number(text)
        if row is None and self.model.rowCount() == 0:
            row = self._scanned(text)
        if row is None and self.model.rowCount() >= 1:
            row = max(self.table.currentIndex().row(), 0)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()

    def _scanned(self, text: str) -> int | None:
        """A scanned card (NIK, or a paper's QR): the client's row, with the search cleared;
        None (and a sentence) when the card names nobody due today."""
        person = scanned_person(text)
        if person is None:
            self.status.setText(self.tr("No client on today's list has that number or card."))
            self.search.selectAll()  # the next scan replaces it
            return None
        self.search.clear()  # every row again
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).person_id == person:
                return i
        self.search.setText(text)
        self.status.setText(self.tr("That card belongs to a client who has no dose order "
                                    "in force today."))
        self.search.selectAll()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the search move through the list; Escape clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.table.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                self.table.selectRow(max(0, min(row, self.model.rowCount() - 1)))
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def selected_row(self) -> DueRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def selected_person(self) -> int | None:
        row = self.selected_row()
        return row.person_id if row else None

    def _select_person(self, person_id: int | None) -> None:
        if person_id is None:
            return
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).person_id == person_id:
                self.table.selectRow(i)
                return

    def _show_detail(self) -> None:
        row = self.selected_row()
        actor = SESSION.staff
        doctor = actor is not None and has_right(actor, Area.DISPENSING, Action.CORRECT)
        self.review_button.setVisible(doctor)
        if row is None:
            self.detail.setText(self.tr("Type a name or number, or scan the client's card."))
            for w in (self.give_button, self.vomit_button, self.replace_button,
                      self.split_first_button, self.split_button, self.review_button,
                      self.take_home):
                w.setEnabled(False)
            return
        lines = [self.tr("{name} ({reg}): {medicine}, {dose} mg a day; take-home allowed: "
                         "{home} days").format(name=row.name, reg=row.reg_no,
                                               medicine=self.model.data(
                                                   self.model.index(
                                                       self.table.currentIndex().row(), 2)),
                                               dose=mg_text(row.daily_ug),
                                               home=row.take_home_days)]
        for text in flag_texts(row):
            lines.append(self.tr("Warning: {text}").format(text=text))
        if row.status == HELD:
            lines.append(translate("Errors", MSG_HOLD).format(
                name=row.name, days=row.missed, limit=self._limit()))
        elif row.missed:
            lines.append(self.tr("Missed {days} days before today.").format(days=row.missed))
        if row.vomited:
            lines.append(self.tr("Today's dose was vomited."))
        self.detail.setText("\n".join(lines))
        self.give_button.setEnabled(row.status not in (HELD,) and row.dose_id is None)
        self.split_first_button.setEnabled(row.status not in (HELD,) and row.dose_id is None)
        self.take_home.setMaximum(row.take_home_days)
        self.take_home.setEnabled(row.take_home_days > 0 and row.dose_id is None)
        self.vomit_button.setEnabled(row.dose_id is not None and not row.vomited)
        self.replace_button.setEnabled(row.vomited)
        self.split_button.setEnabled(row.dose_id is not None and row.given_ug < row.daily_ug
                                     and "split" not in row.extra)
        self.review_button.setEnabled(row.missed > 0 and row.dose_id is None)

    def _limit(self) -> int:
        from models.facility.facility import get_setting
        return int(get_setting("rumatan_missed_days"))

    # --- acts -----------------------------------------------------------------------------

    def give_selected(self) -> None:
        """F2: the observed dose of the selected client; their flags are asked about first."""
        row = self.selected_row()
        if row is None or row.dose_id is not None:
            return
        if row.status == HELD:
            self._show_detail()
            self.status.setText(self.tr("No dose: the client waits for the doctor's review."))
            return
        if row.flags:
            text = self.tr("Before giving {name} the dose, check:\n{flags}\n\nGive the dose "
                           "now?").format(name=row.name, flags="\n".join(
                               "- " + t for t in flag_texts(row)))
            ask(self, "confirm_flags", self.tr("Safety check"), text, self.tr("Give the dose"),
                self.tr("Not now"), lambda: self._give(row, confirmed=True))
            return
        self._give(row, confirmed=False)

    def _give(self, row: DueRow, confirmed: bool) -> None:
        try:
            dose_id = record_dose(SESSION.staff, row.person_id, day=self.day,
                                  take_home=self.take_home.value(), confirm_absence=confirmed)
            mg, ml, batch_no = measure(dose_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
            self.refresh()
            return
        home = self.take_home.value()
        self.take_home.setValue(0)
        poured = (self.tr("{ml} ml from batch {batch}").format(ml=ml, batch=batch_no) if ml
                  else self.tr("from batch {batch}").format(batch=batch_no))
        self.status.setText(self.tr("Dose of {dose} mg ({poured}) recorded for {name} at "
                                    "{time}.").format(
            dose=mg, poured=poured, name=row.name, time=clock(dt.datetime.now()))
            + (" " + self.tr("{n} take-home doses handed over.").format(n=home) if home else ""))
        self.dose_recorded.emit(row.person_id)
        self._next_due(row.person_id)

    def _next_due(self, person_id: int) -> None:
        """After a dose, back to the search for the next client (the list stays filtered
        only until then)."""
        self.search.clear()
        self.refresh(keep=person_id)
        self.search.setFocus()

    def _vomited(self) -> None:
        row = self.selected_row()
        if row is None or row.dose_id is None:
            return
        form = SmallForm(self, "vomited_form", self.tr("Dose vomited"),
                         self.tr("{name} vomited today's dose. Write when and how it was "
                                 "seen.").format(name=row.name),
                         lambda v: mark_vomited(SESSION.staff, row.dose_id, v["note"]))
        form.add_text("note", self.tr("What happened"))
        form.accepted.connect(lambda: self.refresh(keep=row.person_id))
        form.open()

    def _replacement(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        form = SmallForm(self, "replacement_form", self.tr("Replacement dose"),
                         self.tr("A replacement for a vomited dose needs a doctor's approval: "
                                 "the doctor types their user name and password here."),
                         lambda v: give_replacement(SESSION.staff, row.person_id,
                                                    ug(v["mg"]), v["reason"], v["user"],
                                                    v["password"], day=self.day))
        form.add_mg("mg", self.tr("Replacement dose (mg)"), float(row.daily_ug) / 2000,
                    float(row.daily_ug) / 1000)
        form.add_text("reason", self.tr("Reason"))
        form.add_text("user", self.tr("Doctor's user name"))
        form.add_text("password", self.tr("Doctor's password"), password=True)
        form.accepted.connect(lambda: self.refresh(keep=row.person_id))
        form.open()

    def _split_first(self) -> None:
        row = self.selected_row()
        if row is None or row.dose_id is not None:
            return
        form = SmallForm(self, "split_form", self.tr("Split dose"),
                         self.tr("{name}'s daily dose of {dose} mg is given in two parts. "
                                 "The first part now; the rest later today with 'Second part "
                                 "of split dose'.").format(name=row.name,
                                                           dose=mg_text(row.daily_ug)),
                         lambda v: record_dose(SESSION.staff, row.person_id, day=self.day,
                                               amount_ug=ug(v["mg"]),
                                               split_reason=v["reason"]))
        form.add_mg("mg", self.tr("First part (mg)"), float(row.daily_ug) / 2000,
                    float(row.daily_ug) / 1000)
        form.add_text("reason", self.tr("Reason"))
        form.accepted.connect(lambda: self.refresh(keep=row.person_id))
        form.open()

    def _split_rest(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            complete_split(SESSION.staff, row.person_id, day=self.day)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
        self.refresh(keep=row.person_id)

    def _review(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        form = SmallForm(self, "review_form", self.tr("Doctor's review"),
                         self.tr("{name} missed {days} days. Write the review; the next dose "
                                 "may then be given.").format(name=row.name, days=row.missed),
                         lambda v: review(SESSION.staff, row.person_id, v["note"]))
        form.add_text("note", self.tr("Review note"))
        form.accepted.connect(lambda: self.refresh(keep=row.person_id))
        form.open()

    def _away(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        form = SmallForm(self, "away_form", self.tr("Client away"),
                         self.tr("{name} is in hospital, detained or away: those days are not "
                                 "missed doses, and a dose during them is asked about "
                                 "first.").format(name=row.name),
                         lambda v: record_absence(SESSION.staff, row.person_id, v["kind"],
                                                  v["from"], v["until"], v["note"]))
        form.add_choice("kind", self.tr("Where the client is"),
                        [(code, translate("Codes", text)) for code, text in ABSENCES])
        form.add_date("from", self.tr("From"), self.day)
        form.add_date("until", self.tr("Until"), self.day + dt.timedelta(days=7))
        form.add_text("note", self.tr("Note"))
        form.accepted.connect(lambda: self.refresh(keep=row.person_id))
        form.open()

    def _returned(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        out = take_homes_out(SESSION.staff, row.person_id)
        if not out:
            self.status.setText(self.tr("{name} has no take-home doses to count back.")
                                .format(name=row.name))
            return
        handed_id, given_on, count = out[0]
        form = SmallForm(self, "return_form", self.tr("Take-home bottles returned"),
                         self.tr("{count} take-home doses were handed over on {day}. How many "
                                 "bottles came back?").format(
                             count=count, day=short_date_or_text(given_on)),
                         lambda v: return_take_home(SESSION.staff, handed_id, v["returned"],
                                                    v["note"], day=self.day))
        form.add_count("returned", self.tr("Returned"), count, count)
        form.add_text("note", self.tr("Note"))
        form.accepted.connect(lambda: self.refresh(keep=row.person_id))
        form.open()

    def print_sheet(self, path: str | None = None) -> str:
        """Save the day's dispensing sheet as a PDF (asks where unless ``path``); returns
        the path written ("" when cancelled or refused)."""
        from models.facility.facility import facility
        from models.rumatan.sheet import day_sheet
        from reports.dispensing_sheet import render_sheet
        from ui.widgets import file_dialogs
        if path is None:
            name = f"lembar-dosis-{self.day.isoformat()}.pdf"
            start = str(Path(file_dialogs.documents_folder()) / name)
            path, _ = file_dialogs.save_file_name(self, self.tr("Save the day's sheet"), start,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return ""
        try:
            payload = day_sheet(SESSION.staff, self.day)
            fac = facility()
            Path(path).write_bytes(render_sheet(payload, fac.logo if fac else None))
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self)
            return ""
        self.status.setText(self.tr("The day's sheet was saved: {path}").format(path=path))
        return path

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by name or number, or scan the card, "
                                               "then press F2 to give the dose"))
        self.give_button.setText(self.tr("Give dose (F2)"))
        self.take_home_label.setText(self.tr("Take-home doses:"))
        self.vomit_button.setText(self.tr("Vomited..."))
        self.replace_button.setText(self.tr("Replacement..."))
        self.split_button.setText(self.tr("Second part of split dose"))
        self.split_first_button.setText(self.tr("Split dose..."))
        self.review_button.setText(self.tr("Doctor's review..."))
        self.sheet_button.setText(self.tr("Print the day's sheet (PDF)..."))
        self.away_button.setText(self.tr("Away..."))
        self.return_button.setText(self.tr("Bottles returned..."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if SESSION.staff is not None and self.model.rowCount():
            self._update_heading()
            self._show_detail()
