"""Family contacts of a person (father, mother, spouse, guardian ...) and a form to add one."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.people import registry as reg
from models.people.person import RELATIONS
from models.people.registry import ContactRecord, add_contact
from models.staff.rights import Action, Area, has_right
from ui.clients.person_form import code_combo, line, retranslate_combo
from ui.session import SESSION
from ui.widgets.errors import show_failure
from ui.widgets.field_form import FieldForm, error_label, show_error


class ContactsTab(QWidget):
    """The contacts table and, under it, the form that adds one.

    Signals:
        added(): a contact was saved (the record reloads its contacts).
    """

    added = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("contacts_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.form = FieldForm(self)
        self.relation = code_combo(RELATIONS, "contact_relation", self)
        self.name = line("contact_name", self)
        self.phone = line("contact_phone", self)
        self.address = line("contact_address", self)
        self.guardian = QCheckBox(self)
        self.guardian.setObjectName("contact_guardian")
        self.form.add_row(reg.F_RELATION, self.relation)
        self.form.add_row(reg.F_CONTACT_NAME, self.name, required=True)
        self.form.add_row(reg.F_PHONE, self.phone)
        self.form.add_row(reg.F_ADDRESS, self.address)
        self.form.add_row("", self.guardian)
        self.add_button = QPushButton(qta.icon("mdi6.account-plus"), "", self)
        self.add_button.setObjectName("add_contact")
        self.add_button.clicked.connect(self.add)
        for edit in (self.name, self.phone, self.address):
            edit.returnPressed.connect(self.add)  # Enter adds, as in every other form
        self.message = error_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def set_person(self, person_id: int) -> None:
        self._person_id = person_id
        # A role that may not add contacts is told when the tab opens, not at saving.
        allowed = SESSION.staff is not None and has_right(SESSION.staff, Area.IDENTITY,
                                                          Action.INPUT)
        self.form.setEnabled(allowed)
        self.add_button.setEnabled(allowed)
        show_error(self.message, "" if allowed else self.tr(
            "Your role may not add family contacts; ask the intake desk."))
        for edit in (self.name, self.phone, self.address):
            edit.clear()
        self.guardian.setChecked(False)
        self.form.clear_errors()

    def show_contacts(self, contacts: tuple[ContactRecord, ...]) -> None:
        relations = dict(RELATIONS)
        self.table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            values = (QCoreApplication.translate("Codes", relations.get(contact.relation, "")),
                      contact.name, contact.phone, contact.address,
                      self.tr("yes") if contact.is_guardian else "")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def add(self) -> None:
        if self._person_id is None or SESSION.staff is None:
            return
        self.form.clear_errors()
        show_error(self.message, "")
        try:
            add_contact(SESSION.staff, self._person_id, self.relation.currentData(),
                        self.name.text(), self.phone.text(), self.address.text(),
                        self.guardian.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown at the field, input kept
            show_failure(exc, self.message, forms=[self.form])
            return
        self.set_person(self._person_id)
        self.added.emit()

    def retranslate_ui(self) -> None:
        self.add_button.setToolTip(self.tr("Add the contact (Enter)"))
        self.form.retranslate_ui()
        retranslate_combo(self.relation)
        self.guardian.setText(self.tr("Parent or legal guardian of a minor"))
        self.add_button.setText(self.tr("&Add contact"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Relation"), self.tr("Name"), self.tr("Phone"), self.tr("Address"),
            self.tr("Guardian")])
