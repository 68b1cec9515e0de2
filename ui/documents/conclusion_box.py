"""The conclusion of an SKHPN examination: what the results propose, the doctor's choice, and
the clinical reason when the choice differs.

The two conclusions are radio buttons with neither chosen at first and no mnemonic: a typed
letter never picks one (a combo box jumps to the item starting with the letter typed, so a
fast typist's "T" had chosen TIDAK TERINDIKASI). The proposal follows the rule of
models/documents/skhpn_rule.py as the results are entered; choosing the other conclusion shows a
confirmation and the reason field, which models/ requires anyway.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.care.scoring import Evaluation
from models.documents.document import SKHPN_RESULTS
from models.documents.skhpn_rule import (
    INDICATED,
    NOT_INDICATED,
    REASON_LIMIT,
    grounds,
    propose_conclusion,
)
from ui.widgets.field_form import plain_label


class ConclusionBox(QWidget):
    """Proposal, choice and (when they differ) confirmation and clinical reason.

    Signals:
        changed(): the choice, the confirmation or the reason changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conclusion_box")
        self.proposal: str = ""  # "" while the results do not decide yet
        self._grounds = ""
        self.proposal_label = plain_label("", self, wrap=True)
        self.proposal_label.setObjectName("conclusion_proposal")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for code, _label in SKHPN_RESULTS:
            button = QRadioButton(self)
            button.setObjectName(f"conclusion_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.buttonToggled.connect(lambda *_a: self._update())
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirm_override")
        self.confirm.toggled.connect(lambda _on: self._update())
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.textChanged.connect(lambda _t: self.changed.emit())
        self.reason_note = plain_label("", self, wrap=True)
        self.reason_note.setObjectName("override_note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.proposal_label)
        layout.addLayout(row)
        layout.addWidget(self.reason_note)
        layout.addWidget(self.confirm)
        layout.addWidget(self.reason)
        self.setFocusProxy(self.buttons[NOT_INDICATED])
        self.retranslate_ui()
        self._update()

    # --- state ---------------------------------------------------------------------------

    def conclusion(self) -> str:
        """The code chosen, or "" when none is."""
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def set_conclusion(self, code: str) -> None:
        """Choose ``code`` ("" or an unknown code: none)."""
        self.group.setExclusive(False)  # an exclusive group cannot go back to none
        for key, button in self.buttons.items():
            button.setChecked(key == code)
        self.group.setExclusive(True)
        self._update()

    def differs(self) -> bool:
        """A conclusion is chosen and the results propose the other one."""
        chosen = self.conclusion()
        return bool(chosen and self.proposal and chosen != self.proposal)

    def override_reason(self) -> str:
        """The clinical reason, when the conclusion differs and the doctor confirmed it."""
        return self.reason.text().strip() if self.differs() and self.confirm.isChecked() \
            else ""

    def clear(self) -> None:
        self.set_conclusion("")
        self.confirm.setChecked(False)
        self.reason.clear()

    def set_results(self, urine: Mapping[str, str], dast: Evaluation,
                    parameters: list[str]) -> None:
        """Propose from the results entered so far (nothing while they cannot decide)."""
        band = dast.level if dast.complete else ""
        if propose_conclusion(urine, band) == INDICATED:
            self.proposal = INDICATED
        elif dast.complete and all(urine.get(p) for p in parameters):
            self.proposal = NOT_INDICATED
        else:
            self.proposal = ""
        self._grounds = grounds(urine, band, dast.total) if self.proposal else ""
        self._update()

    # --- looks ---------------------------------------------------------------------------

    def _update(self) -> None:
        differs = self.differs()
        for widget in (self.confirm, self.reason, self.reason_note):
            widget.setVisible(differs)
        self.reason.setEnabled(differs and self.confirm.isChecked())
        self._show_proposal()
        self.changed.emit()

    def _show_proposal(self) -> None:
        labels = dict(SKHPN_RESULTS)
        if not self.proposal:
            self.proposal_label.setText(self.tr(
                "The proposal appears when the DAST-10 and the urine panel are complete."))
            self.proposal_label.setStyleSheet("")
            return
        self.proposal_label.setText(self.tr("The results propose: {conclusion} ({why}).")
                                    .format(conclusion=QCoreApplication.translate(
                                        "Codes", labels[self.proposal]), why=self._grounds))
        self.proposal_label.setStyleSheet("font-weight: bold;")

    def retranslate_ui(self) -> None:
        for code, label in SKHPN_RESULTS:
            # no "&": a typed letter must never choose a conclusion
            self.buttons[code].setText(QCoreApplication.translate("Codes", label))
        self.confirm.setText(self.tr("I confirm a conclusion that differs from the results"))
        self.reason.setPlaceholderText(self.tr(
            "Clinical reason, e.g. BZO positive: diazepam on a prescription that was shown"))
        self.reason_note.setText(self.tr(
            "This conclusion differs from what the results propose. It needs your "
            "confirmation and a clinical reason, printed on the certificate."))
        self._show_proposal()

