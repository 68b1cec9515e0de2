"""The admin's editor of program templates: phases (name, target duration, what must be done
before leaving), the moves allowed between them, and whether the program is offered.
Every rule is checked by models.care.program_admin; this dialog shows its sentences."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.care import program_admin as pa
from models.care.assessment import KINDS as ASSESSMENT_KINDS
from models.care.program import MOVE_KINDS
from ui.appointments.series_box import SeriesBox
from ui.clients.person_form import code_combo, retranslate_combo, set_code
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, plain_label, show_error
from ui.widgets.tables import read_only_table


class TemplateEditor(QDialog):
    """Edit the program templates (admins; models check the right anyway).

    Attributes:
        detail: the template shown, as models.care.program_admin.template_detail returns it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_editor")
        self.setWindowIcon(qta.icon("mdi6.file-tree"))
        self.detail: pa.TemplateDetail | None = None
        self.template = QComboBox(self)
        self.template.setObjectName("editor_template")
        self.template.currentIndexChanged.connect(lambda _i: self.show_template())
        self.active = QCheckBox(self)
        self.active.setObjectName("template_active")
        self.active.clicked.connect(self._set_active)
        self.message = error_label(self)
        self.message.setObjectName("editor_message")

        self.phases = read_only_table(self, "editor_phases", 4, stretch=1)
        for column, width in ((0, 40), (2, 90), (3, 220)):
            self.phases.setColumnWidth(column, width)
        self.phases.itemSelectionChanged.connect(self._phase_chosen)
        self.phase_box = QGroupBox(self)
        self.phase_form = FieldForm(self.phase_box)
        self.phase_name = QLineEdit(self.phase_box)
        self.phase_name.setObjectName("phase_name")
        self.target = QSpinBox(self.phase_box)
        self.target.setObjectName("phase_target")
        self.target.setRange(0, pa.MAX_TARGET_DAYS)
        self.requirement = code_combo((("", "-"),) + tuple(
            (f"signed_{code}", label) for code, label in ASSESSMENT_KINDS), "phase_requirement",
            self.phase_box)
        self.phase_form.add_row(pa.F_PHASE_NAME, self.phase_name, required=True)
        self.phase_form.add_row(pa.F_TARGET, self.target)
        self.phase_form.add_row(pa.F_REQUIREMENT, self.requirement)
        self.save_phase_button = QPushButton(qta.icon("mdi6.content-save"), "", self.phase_box)
        self.save_phase_button.setObjectName("save_phase")
        self.save_phase_button.clicked.connect(self.save_phase)
        box = QVBoxLayout(self.phase_box)
        box.addWidget(self.phase_form)
        box.addWidget(self.save_phase_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.moves = read_only_table(self, "editor_moves", 4, stretch=1)
        self.moves.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 190), (3, 100)):
            self.moves.setColumnWidth(column, width)
        self.remove_button = QPushButton(qta.icon("mdi6.delete"), "", self)
        self.remove_button.setObjectName("remove_move")
        self.remove_button.clicked.connect(self.remove_move)
        self.move_box = QGroupBox(self)
        self.move_form = FieldForm(self.move_box)
        self.from_phase = QComboBox(self.move_box)
        self.from_phase.setObjectName("move_from")
        self.to_phase = QComboBox(self.move_box)
        self.to_phase.setObjectName("move_to")
        self.kind = code_combo(MOVE_KINDS, "move_kind", self.move_box)
        self.needs_reason = QCheckBox(self.move_box)
        self.needs_reason.setObjectName("move_needs_reason")
        self.move_form.add_row(pa.F_FROM, self.from_phase, required=True)
        self.move_form.add_row(pa.F_TO, self.to_phase, required=True)
        self.move_form.add_row(pa.F_KIND, self.kind, required=True)
        self.move_form.add_row("", self.needs_reason)
        self.add_button = QPushButton(qta.icon("mdi6.plus"), "", self.move_box)
        self.add_button.setObjectName("add_move")
        self.add_button.clicked.connect(self.add_move)
        box = QVBoxLayout(self.move_box)
        box.addWidget(self.move_form)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.series_box = SeriesBox(self)  # the session series (appointments) it offers
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.template, 1)
        top.addWidget(self.active)
        self.phases_title = plain_label("", self)
        self.moves_title = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.phases_title)
        layout.addWidget(self.phases)
        layout.addWidget(self.phase_box)
        layout.addWidget(self.moves_title)
        layout.addWidget(self.moves)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.move_box)
        layout.addWidget(self.series_box)
        layout.addWidget(self.buttons)
        self.resize(760, 820)
        self.retranslate_ui()
        self.load()

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        staff = SESSION.staff
        try:
            templates = pa.all_templates(staff)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - a refusal is said, not raised
            show_failure(exc, self.message)
            return
        self.template.blockSignals(True)
        keep = self.template.currentData()
        self.template.clear()
        for template_id, name, _active in templates:
            self.template.addItem(name, template_id)
        if keep is not None and self.template.findData(keep) >= 0:
            self.template.setCurrentIndex(self.template.findData(keep))
        self.template.blockSignals(False)
        self.show_template()

    def show_template(self) -> None:
        template_id, staff = self.template.currentData(), SESSION.staff
        if template_id is None or staff is None:
            return
        keep_phase = self.phases.currentRow()
        self.detail = detail = pa.template_detail(staff, int(template_id))
        self.active.setChecked(detail.active)
        self.series_box.show_template(int(template_id))
        self.phases.setRowCount(len(detail.phases))
        names = {p[0]: p[2] for p in detail.phases}
        for row, (_id, seq, name, target, first, final, requirements) in enumerate(detail.phases):
            marks = (self.tr("first") if first else self.tr("final") if final else "")
            cells = (str(seq), f"{name} ({marks})" if marks else name,
                     str(target) if target else "-", self._requirement_text(requirements))
            for column, text in enumerate(cells):
                self.phases.setItem(row, column, QTableWidgetItem(text))
        kinds = dict(MOVE_KINDS)
        self.moves.setRowCount(len(detail.transitions))
        for row, move in enumerate(detail.transitions):
            cells = (names.get(move.from_phase_id, ""), names.get(move.to_phase_id, ""),
                     QCoreApplication.translate("Codes", kinds.get(move.kind, move.kind)),
                     self.tr("yes") if move.requires_reason else "")
            for column, text in enumerate(cells):
                self.moves.setItem(row, column, QTableWidgetItem(text))
        for combo in (self.from_phase, self.to_phase):
            keep = combo.currentData()
            combo.clear()
            for phase in detail.phases:
                combo.addItem(f"{phase[1]}. {phase[2]}", phase[0])
            if keep is not None and combo.findData(keep) >= 0:
                combo.setCurrentIndex(combo.findData(keep))
        self.phases.selectRow(min(max(keep_phase, 0), len(detail.phases) - 1))

    def _requirement_text(self, requirements: str) -> str:
        labels = dict(ASSESSMENT_KINDS)
        return ", ".join(self.tr("signed {instrument}").format(
            instrument=QCoreApplication.translate("Codes", labels.get(code[7:], code)))
            for code in requirements.split())

    def _phase_chosen(self) -> None:
        row = self.phases.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.phases):
            return
        _id, _seq, name, target, _first, _final, requirements = self.detail.phases[row]
        self.phase_name.setText(name)
        self.target.setValue(target or 0)
        set_code(self.requirement, (requirements.split() or [""])[0])
        self.phase_form.clear_errors()

    # --- acts ---------------------------------------------------------------------------

    def _act(self, form: FieldForm | None, act) -> bool:
        show_error(self.message, "")
        for f in (self.phase_form, self.move_form):
            f.clear_errors()
        if SESSION.staff is None:
            return False
        try:
            result = act(SESSION.staff)
        except Exception as exc:  # noqa: BLE001 - shown at the field, input kept
            show_failure(exc, self.message, forms=[] if form is None else [form])
            return False
        self.show_template()
        if result is True:  # a removed move that clients had made
            show_error(self.message, QCoreApplication.translate("Errors", pa.MSG_MOVES_MADE))
        return True

    def save_phase(self) -> bool:
        row = self.phases.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.phases):
            return False
        phase_id = self.detail.phases[row][0]
        return self._act(self.phase_form, lambda staff: pa.update_phase(
            staff, phase_id, self.phase_name.text(), self.target.value() or None,
            self.requirement.currentData() or ""))

    def add_move(self) -> bool:
        if self.detail is None:
            return False
        template_id = self.detail.id
        return self._act(self.move_form, lambda staff: pa.add_transition(
            staff, template_id, self.from_phase.currentData(), self.to_phase.currentData(),
            self.kind.currentData(), self.needs_reason.isChecked()))

    def remove_move(self) -> bool:
        row = self.moves.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.transitions):
            return False
        move_id = self.detail.transitions[row].id
        return self._act(None, lambda staff: pa.remove_transition(staff, move_id))

    def _set_active(self, checked: bool) -> None:
        if self.detail is not None:
            template_id = self.detail.id
            if not self._act(None, lambda staff: pa.set_template_active(staff, template_id,
                                                                        checked)):
                self.active.setChecked(not checked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Program templates"))
        self.active.setText(self.tr("Offered for new enrolments"))
        self.phases_title.setText(self.tr("Phases"))
        self.phases.setHorizontalHeaderLabels([self.tr("No."), self.tr("Phase"),
                                               self.tr("Target days"),
                                               self.tr("Required before leaving")])
        self.phase_box.setTitle(self.tr("Selected phase"))
        self.target.setSpecialValueText(self.tr("no target"))
        self.save_phase_button.setText(self.tr("Save the phase"))
        self.moves_title.setText(self.tr("Allowed moves"))
        self.moves.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Kind"),
                                              self.tr("Needs a reason")])
        self.remove_button.setText(self.tr("Remove the selected move"))
        self.move_box.setTitle(self.tr("Allow another move"))
        self.needs_reason.setText(self.tr("Needs a reason (a skip always does)"))
        self.add_button.setText(self.tr("Allow the move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        retranslate_combo(self.kind)
        retranslate_combo(self.requirement)
        for form in (self.phase_form, self.move_form):
            form.retranslate_ui()
        self.series_box.retranslate_ui()
        if self.detail is not None:
            self.show_template()
