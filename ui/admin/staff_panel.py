"""The Staff tab: every account, and for the one chosen its role, rights, password and state.

Everything here is checked again by models/ (``models.safety.accounts``,
``models.admin.staff_admin``): a member without the admin right sees the refusal in words,
not a half-working screen.
"""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.admin.staff_admin import AreaRight, StaffRow, list_staff, rights_of, set_role
from models.safety import accounts
from models.staff.rights import AREA_LABELS, Area
from models.staff.staff import ROLES
from ui.admin.staff_dialogs import NewStaffDialog, ResetPasswordDialog
from ui.admin.staff_model import StaffTableModel
from ui.session import SESSION
from ui.widgets.errors import describe, expected, show_failure
from ui.widgets.field_form import error_label, plain_label, show_error
from ui.widgets.tables import set_up_table

RIGHT_COLUMNS = ("view", "input", "correct")


class StaffPanel(QWidget):
    """List of staff accounts with what an admin can do to each.

    Attributes:
        model: the :class:`StaffTableModel` behind :attr:`table`.
        error_label: red line for a refusal or a failed act; info_label says what was done.

    Signals:
        staff_changed(int): an account was created or changed (its id).
    """

    staff_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_panel")
        self._rights: list[AreaRight] = []
        self._dialog: NewStaffDialog | ResetPasswordDialog | None = None

        self.new_button = QPushButton(qta.icon("mdi6.account-plus"), "", self)
        self.new_button.setObjectName("new_staff")
        self.new_button.clicked.connect(self.open_new_dialog)
        self.error_label = error_label(self)
        self.error_label.setObjectName("staff_error")
        self.info_label = plain_label("", self, wrap=True)
        self.info_label.setObjectName("staff_info")

        self.model = StaffTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, "staff_table", widths=(180, 120, 150, 150),
                     stretch=0)  # names need the room
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = self._build_details()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self._show_member(None)
        SESSION.changed.connect(self._session_changed)

    def _build_details(self) -> QScrollArea:
        box = QWidget(self)
        box.setObjectName("staff_details")
        self.name_label = plain_label("", box, wrap=True)
        self.name_label.setObjectName("member_name")
        font = QFont(self.name_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.meta_label = plain_label("", box, wrap=True)
        self.meta_label.setObjectName("member_meta")
        self.status_label = plain_label("", box, wrap=True)
        self.status_label.setObjectName("member_status")

        self.reset_button = QPushButton(qta.icon("mdi6.lock-reset"), "", box)
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.open_reset_dialog)
        self.unlock_button = QPushButton(qta.icon("mdi6.lock-open-variant"), "", box)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button = QPushButton(box)
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.actions_box = QWidget(box)
        buttons = QHBoxLayout(self.actions_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.details_button = QPushButton(qta.icon("mdi6.account-edit"), "", box)
        self.details_button.setObjectName("correct_details")
        self.details_button.clicked.connect(self.open_details_dialog)
        self.caseload_button = QPushButton(qta.icon("mdi6.account-arrow-right"), "", box)
        self.caseload_button.setObjectName("hand_over_caseload")
        self.caseload_button.clicked.connect(self.open_caseload_dialog)
        for button in (self.details_button, self.reset_button, self.unlock_button,
                       self.active_button, self.caseload_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.role_group = QGroupBox(box)
        self.role_combo = QComboBox(self.role_group)
        self.role_combo.setObjectName("member_role")
        for code, _label in ROLES:
            self.role_combo.addItem("", code)
        self.role_button = QPushButton(qta.icon("mdi6.account-switch"), "", self.role_group)
        self.role_button.setObjectName("change_role")
        self.role_button.clicked.connect(self.change_role)
        self.role_note = plain_label("", self.role_group, wrap=True)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role_combo, 1)
        role_row.addWidget(self.role_button)
        role_layout = QVBoxLayout(self.role_group)
        role_layout.addLayout(role_row)
        role_layout.addWidget(self.role_note)

        self.rights_group = QGroupBox(box)
        grid = QGridLayout(self.rights_group)
        grid.setHorizontalSpacing(14)
        self.right_headers = [plain_label("", self.rights_group) for _ in RIGHT_COLUMNS]
        for column, label in enumerate(self.right_headers, start=1):
            grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignHCenter)
        self.area_labels: dict[Area, QLabel] = {}
        self.right_boxes: dict[tuple[Area, str], QCheckBox] = {}
        for row, area in enumerate(Area, start=1):
            label = plain_label("", self.rights_group)
            self.area_labels[area] = label
            grid.addWidget(label, row, 0)
            for column, kind in enumerate(RIGHT_COLUMNS, start=1):
                check = QCheckBox(self.rights_group)
                check.setObjectName(f"right_{area.value}_{kind}")
                self.right_boxes[(area, kind)] = check
                grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignHCenter)
        grid.setColumnStretch(0, 1)
        self.save_rights_button = QPushButton(qta.icon("mdi6.content-save"), "",
                                              self.rights_group)
        self.save_rights_button.setObjectName("save_rights")
        self.save_rights_button.clicked.connect(self.save_rights)
        grid.addWidget(self.save_rights_button, len(Area) + 1, 0, 1, 4,
                       Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.role_group)
        layout.addWidget(self.rights_group)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._details_box = box
        return scroll

    def _keep_details_whole(self) -> None:
        """The details never narrower than their content (the rights grid, the role row):
        with no horizontal scroll bar they were cut off at 1024 px; the list gives way."""
        box = self._details_box
        box.adjustSize()
        need = box.minimumSizeHint().width() + self.details.verticalScrollBar().sizeHint().width()
        self.details.setMinimumWidth(need)

    def open_details_dialog(self) -> None:
        """Correct the chosen member's name, position, NIP or SIP."""
        member = self.current_member()
        if member is None:
            return
        from ui.admin.staff_dialogs import StaffDetailsDialog
        dialog = StaffDetailsDialog(member, self)
        dialog.accepted.connect(lambda: self.refresh(select_id=member.id))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def open_caseload_dialog(self) -> None:
        """Hand the chosen counselor's open episodes to another counselor."""
        member = self.current_member()
        if member is None:
            return
        from ui.program.counselor_dialogs import CaseloadDialog
        dialog = CaseloadDialog(member.id, member.full_name, self)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    # --- language ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        translate = QCoreApplication.translate
        self.new_button.setText(self.tr("New staff member…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.details_button.setText(self.tr("Correct details…"))
        self.caseload_button.setText(self.tr("Hand over clients…"))
        self.caseload_button.setToolTip(self.tr(
            "Give every open episode of this counselor to another counselor of record"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr(
            "Let the account sign in again at once after too many failed attempts."))
        self.role_group.setTitle(self.tr("Role"))
        for i, (_code, label) in enumerate(ROLES):
            self.role_combo.setItemText(i, translate("Codes", label))
        self.role_button.setText(self.tr("Change role"))
        self.role_note.setText(self.tr(
            "Changing the role replaces the rights below with that role's usual rights."))
        self.rights_group.setTitle(self.tr("Rights"))
        for label, text in zip(self.right_headers,
                               (self.tr("View"), self.tr("Enter"), self.tr("Correct"))):
            label.setText(text)
        for area, label in self.area_labels.items():
            text = translate("Codes", AREA_LABELS[area])
            label.setText(text[:1].upper() + text[1:])
        self.save_rights_button.setText(self.tr("Save rights"))
        self.model.retranslate()
        self._show_member(self.current_member())
        # Wide enough for the buttons in this language; only the height scrolls.
        self.details.setMinimumWidth(self.details.widget().minimumSizeHint().width()
                                     + self.details.verticalScrollBar().sizeHint().width())

    # --- data --------------------------------------------------------------------------


    def refresh(self, select_id: int | None = None) -> None:
        """Fetch the accounts again, keeping (or moving to ``select_id``) the selection."""
        current = self.current_member()
        keep = select_id if select_id is not None else (current.id if current else None)
        show_error(self.error_label, "")
        try:
            rows = list_staff(SESSION.staff)
        except Exception as exc:  # expected failures are shown, not raised
            if not expected(exc):
                raise
            rows = []
            show_error(self.error_label, describe(exc))
        self.model.set_rows(rows)
        self.new_button.setEnabled(bool(rows))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show_member(None)

    def current_member(self) -> StaffRow | None:
        """The account chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_member(self, username: str) -> None:
        """Choose the account with ``username`` in the list (as a click would)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                return

    def _session_changed(self, staff_id: int) -> None:
        if not staff_id:  # signed out: the list of names goes with the member
            self.model.set_rows([])
            self._show_member(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.info_label.clear()
        self._show_member(self.current_member())

    def _show_member(self, member: StaffRow | None) -> None:
        for part in (self.meta_label, self.status_label, self.actions_box, self.role_group,
                     self.rights_group):
            part.setVisible(member is not None)
        if member is None:
            # Nothing to act on: only a hint, and none at all when the list is refused.
            self.name_label.setText(self.tr("Choose a staff member in the list.")
                                    if self.model.rowCount() else "")
            for label in (self.meta_label, self.status_label):
                label.clear()
            self._rights = []
            for check in self.right_boxes.values():
                check.setChecked(False)
            return
        role = QCoreApplication.translate("Codes", dict(ROLES).get(member.role, member.role))
        self.name_label.setText(member.full_name)
        meta = [member.username, role, member.position]
        if member.nip:
            meta.append(self.tr("NIP {nip}").format(nip=member.nip))
        if member.sip:
            meta.append(self.tr("SIP {sip}").format(sip=member.sip))
        self.meta_label.setText(" · ".join(part for part in meta if part))
        self.status_label.setText(self.model.status_text(member))
        own = SESSION.staff is not None and member.id == SESSION.staff.id
        self.active_button.setText(self.tr("Deactivate") if member.active
                                   else self.tr("Reactivate"))
        self.active_button.setIcon(qta.icon("mdi6.account-off" if member.active
                                            else "mdi6.account-check"))
        self.active_button.setEnabled(not (own and member.active))
        self.caseload_button.setVisible(member.role == "counselor")
        self.active_button.setToolTip(self.tr("You cannot deactivate your own account.")
                                      if own else "")
        self.unlock_button.setEnabled(member.active and (member.waiting()
                                                         or member.failed_logins > 0))
        self.role_combo.setCurrentIndex(self.role_combo.findData(member.role))
        self.role_group.setEnabled(not own)
        self.role_group.setToolTip(self.tr("Another admin can change your role.") if own else "")
        self._load_rights(member, own)
        self._keep_details_whole()

    def _load_rights(self, member: StaffRow, own: bool) -> None:
        try:
            self._rights = rights_of(SESSION.staff, member.id)
        except Exception as exc:  # expected failures are shown, not raised
            if not expected(exc):
                raise
            self._rights = []
            show_error(self.error_label, describe(exc))
        for right in self._rights:
            for kind in RIGHT_COLUMNS:
                check = self.right_boxes[(right.area, kind)]
                check.setChecked(getattr(right, kind))
                # Taking away one's own admin rights could leave nobody able to manage staff.
                check.setEnabled(not (own and right.area is Area.ADMIN))

    # --- acts --------------------------------------------------------------------------

    def _act(self, action, done: str, member: StaffRow) -> bool:
        """Run ``action``; show ``done`` or the reason it failed; refresh the list."""
        show_error(self.error_label, "")
        self.info_label.clear()
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - expected failures are shown, not raised
            show_failure(exc, self.error_label)
            return False
        self.refresh(select_id=member.id)
        self.info_label.setText(done)
        self.staff_changed.emit(member.id)
        return True

    def open_new_dialog(self) -> None:
        """Open the form for a new account (it stays open until created or cancelled)."""
        dialog = NewStaffDialog(self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _created(self, dialog: NewStaffDialog) -> None:
        self.refresh(select_id=dialog.created_id)
        member = self.current_member()
        if member is not None:
            self.info_label.setText(self.tr("Account {username} created for {name}.").format(
                username=member.username, name=member.full_name))
            self.staff_changed.emit(member.id)

    def open_reset_dialog(self) -> None:
        member = self.current_member()
        if member is None:
            return
        dialog = ResetPasswordDialog(member.id, member.full_name, self)
        dialog.accepted.connect(lambda: self._password_reset(member))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _password_reset(self, member: StaffRow) -> None:
        self.refresh(select_id=member.id)
        self.info_label.setText(self.tr("New password set for {name}.").format(
            name=member.full_name))

    def unlock(self) -> None:
        member = self.current_member()
        if member is not None:
            self._act(lambda: accounts.unlock(SESSION.staff, member.id),
                      self.tr("{name} can sign in again.").format(name=member.full_name), member)

    def toggle_active(self) -> None:
        member = self.current_member()
        if member is None:
            return
        if member.active:
            done = self.tr("{name} can no longer sign in. Reactivate the account to undo "
                           "this.").format(name=member.full_name)
        else:
            done = self.tr("{name} can sign in again.").format(name=member.full_name)
        self._act(lambda: accounts.set_active(SESSION.staff, member.id, not member.active),
                  done, member)

    def change_role(self) -> None:
        member = self.current_member()
        role = self.role_combo.currentData()
        if member is None or role == member.role:
            return
        label = QCoreApplication.translate("Codes", dict(ROLES)[role])
        self._act(lambda: set_role(SESSION.staff, member.id, role),
                  self.tr("{name} is now: {role}.").format(name=member.full_name, role=label),
                  member)

    def save_rights(self) -> None:
        """Save the areas whose boxes differ from what was read."""
        member = self.current_member()
        if member is None:
            return
        changed = []
        for right in self._rights:
            wanted = tuple(self.right_boxes[(right.area, k)].isChecked() for k in RIGHT_COLUMNS)
            if wanted != (right.view, right.input, right.correct):
                changed.append((right.area, wanted))

        def save() -> None:
            for area, (view, input_, correct) in changed:
                accounts.set_right(SESSION.staff, member.id, area, view, input_, correct)

        if not changed:
            self.info_label.setText(self.tr("Nothing to save: the rights are unchanged."))
            return
        self._act(save, self.tr("Rights of {name} saved.").format(name=member.full_name), member)

