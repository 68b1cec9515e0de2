"""Merging two records of the same person: find both, compare them, keep one, confirm.

models.admin.merge does the work (rights, the open-episode rule, the audit entry, undo); this
dialog only helps the admin pick the right two records and the right survivor.
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.admin import merge
from models.intake.episode import STATUSES
from models.people.person import ID_TYPES, SEXES
from reports.dates import long_date
from ui.admin.person_picker import PersonPicker
from ui.i18n import language
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

# Tables whose rows a merge moves (models.admin.merge.OWNED), in the order they are listed.
OWNED_KEYS = ("episode", "family_contact", "assessment", "urine_test", "document")


class MergeDialog(QDialog):
    """Find two records of one person and merge them into the one the admin keeps.

    Signals:
        merged(int): the merge was made (the id of the merge, for an undo).
    """

    merged = Signal(int)

    def __init__(self, parent: QWidget | None = None, first_id: int | None = None,
                 second_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowIcon(qta.icon("mdi6.call-merge"))
        self.sides: dict[str, merge.MergeSide | None] = {"a": None, "b": None}
        self.merge_id: int | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_confirm_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(860, 640)
        self.retranslate_ui()
        for side, person_id in (("a", first_id), ("b", second_id)):
            if person_id is not None:
                self._load(side, person_id)
        self._update_buttons()

    # --- building ----------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        self.intro_label = plain_label("", page, wrap=True)
        self.pickers = {"a": PersonPicker("a", page), "b": PersonPicker("b", page)}
        self.keep_group = QButtonGroup(self)
        for side, picker in self.pickers.items():
            self.keep_group.addButton(picker.keep_radio)
            picker.chosen.connect(lambda pid, s=side: self._load(s, pid))
            picker.keep_radio.toggled.connect(self._update_buttons)
        pickers = QHBoxLayout()
        pickers.addWidget(self.pickers["a"], 1)
        pickers.addWidget(self.pickers["b"], 1)

        self.compare = QWidget(page)
        self.compare.setObjectName("comparison")
        self.compare_grid = QGridLayout(self.compare)
        self.compare_grid.setHorizontalSpacing(18)
        self.compare_grid.setColumnStretch(1, 1)
        self.compare_grid.setColumnStretch(2, 1)
        self.row_labels: dict[str, QLabel] = {}
        self.values: dict[tuple[str, str], QLabel] = {}
        for row, key in enumerate(self._row_keys()):
            label = plain_label("", self.compare)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.row_labels[key] = label
            self.compare_grid.addWidget(label, row, 0)
            for column, side in enumerate(("a", "b"), start=1):
                value = plain_label("", self.compare, wrap=True)
                value.setObjectName(f"value_{side}_{key}")
                value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[(side, key)] = value
                self.compare_grid.addWidget(value, row, column)
        self.compare_grid.setRowStretch(len(self._row_keys()), 1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.compare)

        self.choose_error = error_label(page)
        self.choose_error.setObjectName("choose_error")
        self.cancel_button = QPushButton(page)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.continue_button = QPushButton(qta.icon("mdi6.arrow-right"), "", page)
        self.continue_button.setObjectName("continue")
        self.continue_button.setAutoDefault(False)
        self.continue_button.clicked.connect(self.go_confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_label)
        layout.addLayout(pickers)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.choose_error)
        layout.addLayout(buttons)
        return page

    def _build_confirm_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("confirm_page")
        self.confirm_title = plain_label("", page, wrap=True)
        font = QFont(self.confirm_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.confirm_title.setFont(font)
        self.confirm_title.setObjectName("confirm_title")
        self.confirm_moves = plain_label("", page, wrap=True)
        self.confirm_moves.setObjectName("confirm_moves")
        self.confirm_note = plain_label("", page, wrap=True)
        self.confirm_error = error_label(page)
        self.confirm_error.setObjectName("confirm_error")
        self.back_button = QPushButton(qta.icon("mdi6.arrow-left"), "", page)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.merge_button = QPushButton(qta.icon("mdi6.call-merge"), "", page)
        self.merge_button.setObjectName("merge_now")
        self.merge_button.clicked.connect(self.do_merge)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.merge_button)
        icon = QLabel(page)
        icon.setPixmap(qta.icon("mdi6.call-merge").pixmap(48, 48))
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.confirm_title, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.confirm_moves)
        layout.addWidget(self.confirm_note)
        layout.addWidget(self.confirm_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    @staticmethod
    def _row_keys() -> list[str]:
        return ["reg_no", "full_name", "alias", "sex", "birth", "identity", "address", "phone",
                "registered", "episodes", *OWNED_KEYS[1:]]

    # --- language ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        translate = QCoreApplication.translate
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.intro_label.setText(self.tr(
            "Find the two records of the same person (name, NIK, registration number or "
            "phone), compare them, and choose the record to keep. Everything of the other "
            "record moves to it; the merge can be undone on the Merges tab."))
        for side, title in (("a", self.tr("First record")), ("b", self.tr("Second record"))):
            picker = self.pickers[side]
            picker.title_label.setText(title)
            picker.search_edit.setPlaceholderText(self.tr("Search: name, NIK, reg. no., phone"))
            picker.keep_radio.setText(self.tr("Keep this record"))
        labels = {
            "reg_no": self.tr("Registration no."), "full_name": translate("Codes", "Full name"),
            "alias": translate("Codes", "Alias"), "sex": translate("Codes", "Sex"),
            "birth": self.tr("Place, date of birth"),
            "identity": translate("Codes", "Identity document"),
            "address": translate("Codes", "Address"), "phone": translate("Codes", "Phone"),
            "registered": self.tr("Registered on"), "episodes": self.tr("Episodes of care"),
            "family_contact": self.tr("Family contacts"), "assessment": self.tr("Assessments"),
            "urine_test": self.tr("Urine tests"), "document": self.tr("Documents"),
        }
        for key, label in self.row_labels.items():
            label.setText(labels[key])
        self.cancel_button.setText(self.tr("Cancel"))
        self.continue_button.setText(self.tr("Continue"))
        self.back_button.setText(self.tr("Back"))
        self.merge_button.setText(self.tr("Merge"))
        self.confirm_note.setText(self.tr(
            "The merged record stays in the database, marked as merged, and no longer "
            "appears in searches. The admin can undo the merge on the Merges tab."))
        self._fill()
        self._fill_confirm()

    # --- choosing ----------------------------------------------------------------------

    def _load(self, side: str, person_id: int) -> None:
        picker = self.pickers[side]
        show_error(picker.error_label, "")
        try:
            data = merge.merge_side(SESSION.staff, person_id)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, picker.error_label)
            return
        picker.person_id = person_id
        self.sides[side] = data
        if not picker.search_edit.text():
            picker.search_edit.setText(data.reg_no)
        other = self.sides["b" if side == "a" else "a"]
        if self.keep_group.checkedButton() is None and other is not None:
            # The record registered first is usually the one the facility's papers name.
            older = side if (data.created_at, data.person_id) <= (
                other.created_at, other.person_id) else ("b" if side == "a" else "a")
            self.pickers[older].keep_radio.setChecked(True)
        self._fill()
        self._update_buttons()

    def _texts(self, side: str) -> dict[str, str]:
        """The comparison column of ``side`` (all empty until a person is chosen)."""
        data = self.sides[side]
        texts: dict[str, str] = dict.fromkeys(self._row_keys(), "")
        if data is None:
            return texts
        translate = QCoreApplication.translate
        statuses = dict(STATUSES)
        born = long_date(data.birth_date, language(), "")
        birth = ", ".join(p for p in (data.birth_place, born) if p)
        id_label = translate("Codes", dict(ID_TYPES).get(data.id_type, data.id_type))
        by_status = ", ".join(f"{count} {translate('Codes', statuses[code]).lower()}"
                              for code, count in data.episodes)
        owned = dict(data.owned)
        texts.update(
            reg_no=data.reg_no, full_name=data.full_name, alias=data.alias,
            sex=translate("Codes", dict(SEXES).get(data.sex, data.sex)), birth=birth,
            identity=f"{id_label} {data.id_number}".strip(), address=data.address,
            phone=data.phone, registered=long_date(data.created_at, language(), ""),
            episodes=(f"{data.episode_count} ({by_status})" if by_status
                      else str(data.episode_count)),
            **{k: str(owned.get(k, 0)) for k in OWNED_KEYS[1:]})
        if data.merged_into is not None:
            texts["reg_no"] += " " + self.tr("(already merged)")
        return texts

    def _fill(self) -> None:
        """Show both columns; values that differ are bold on both sides."""
        columns = {side: self._texts(side) for side in ("a", "b")}
        both = all(self.sides.values())
        for side, texts in columns.items():
            other = columns["b" if side == "a" else "a"]
            for key, text in texts.items():
                label = self.values[(side, key)]
                label.setText(text)
                font = QFont(self.font())
                font.setBold(both and text != other[key] and key not in ("reg_no", "registered"))
                label.setFont(font)

    def _update_buttons(self) -> None:
        ready = all(self.sides.values()) and self.keep_group.checkedButton() is not None
        self.continue_button.setEnabled(ready)
        self.continue_button.setDefault(ready)

    def survivor_and_merged(self) -> tuple[merge.MergeSide, merge.MergeSide] | None:
        """(kept, merged away) as chosen now, or None while not both are chosen."""
        a, b = self.sides["a"], self.sides["b"]
        if a is None or b is None or self.keep_group.checkedButton() is None:
            return None
        return (a, b) if self.pickers["a"].keep_radio.isChecked() else (b, a)

    # --- confirming --------------------------------------------------------------------

    def go_confirm(self) -> None:
        pair = self.survivor_and_merged()
        show_error(self.choose_error, "")
        if pair is None:
            return
        if pair[0].person_id == pair[1].person_id:
            show_error(self.choose_error, self.tr(
                "Both sides show the same record. Choose the other record of this person."))
            return
        show_error(self.confirm_error, "")
        self._fill_confirm()
        self.pages.setCurrentIndex(1)
        self.merge_button.setDefault(True)
        self.merge_button.setFocus()

    def _fill_confirm(self) -> None:
        pair = self.survivor_and_merged()
        if pair is None:
            self.confirm_title.clear()
            self.confirm_moves.clear()
            return
        kept, gone = pair
        self.confirm_title.setText(self.tr(
            "{merged} ({merged_reg}) will be merged into {kept} ({kept_reg}).").format(
            merged=gone.full_name, merged_reg=gone.reg_no, kept=kept.full_name,
            kept_reg=kept.reg_no))
        owned = dict(gone.owned)
        names = {"episode": self.tr("Episodes of care"),
                 "family_contact": self.tr("Family contacts"),
                 "assessment": self.tr("Assessments"), "urine_test": self.tr("Urine tests"),
                 "document": self.tr("Documents")}
        # "Label: count" reads right in both languages without plural forms.
        moves = [f"{names[k]}: {owned[k]}" for k in OWNED_KEYS if owned.get(k)]
        self.confirm_moves.setText(
            self.tr("Moves to the kept record: {items}.").format(items="; ".join(moves))
            if moves else self.tr("The merged record has no episodes, contacts, assessments, "
                                  "urine tests or documents to move."))

    def do_merge(self) -> None:
        """Run the merge; on a refusal, say why and stay on this page."""
        pair = self.survivor_and_merged()
        if pair is None:
            return
        kept, gone = pair
        show_error(self.confirm_error, "")
        try:
            result = merge.merge_persons(SESSION.staff, kept.person_id, gone.person_id)
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.confirm_error)
            return
        self.merge_id = result.merge_id
        self.merged.emit(result.merge_id)
        self.accept()

