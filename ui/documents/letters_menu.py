"""The "Print" button of a client's record: the letters of the person's current episode
(the newest one), issued through models/ and shown in the preview.

A letter the episode already has prints again as a copy (SALINAN, the same number, counted
and audited); a new original needs a reason ("New original" submenu). Before the menu opens
models/ is asked which letters the episode may have now: the others are disabled, their
tooltip and status tip saying what is missing. A refusal is said in the person's language."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from models.desk.client_list import episodes_of
from models.documents.document import DOCUMENT_KINDS
from models.documents.letters import (
    F_REASON,
    F_REFER_ADDRESS,
    F_REFER_TO,
    F_SUMMARY,
    issue_completion_letter,
    issue_consent,
    issue_kartu,
    issue_referral,
    issue_rehab_statement,
    referral_shows_diagnosis,
)
from models.documents.rules import F_REISSUE_REASON, issued_original, letter_refusal
from models.intake.consent_list import ConsentLine, consents_of
from models.intake.episode import CONSENT_KINDS
from reports.dates import short_date
from ui.clients.person_form import line
from ui.clinical.answers import note_box
from ui.common.papers import original_pdf, reprint_pdf
from ui.documents.preview import PreviewDialog
from ui.documents.printing import busy, open_preview
from ui.documents.register_dialogs import ActDialog
from ui.session import SESSION
from ui.widgets.errors import describe, expected, show_failure

KIND_LABELS = dict(DOCUMENT_KINDS)
ISSUERS = {"KLD": issue_kartu, "SKR": issue_rehab_statement, "SKS": issue_completion_letter}


class ReferralDialog(ActDialog):
    """The receiving facility, the reason and a summary of a referral letter.

    Attributes:
        document_id: the letter issued (after the dialog was accepted).
    """

    def __init__(self, episode_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self.episode_id = episode_id
        self.document_id: int | None = None
        self.to = line("refer_to", self)
        self.to_address = note_box("refer_address", self, lines=2)
        self.reason = note_box("refer_reason", self, lines=3)
        self.summary = note_box("refer_summary", self, lines=6)
        self.form.add_row(F_REFER_TO, self.to, required=True)
        self.form.add_row(F_REFER_ADDRESS, self.to_address)
        self.form.add_row(F_REASON, self.reason, required=True)
        self.form.add_row(F_SUMMARY, self.summary)
        self.form.chain_tab_order()
        self.act_button.setIcon(qta.icon("mdi6.send"))
        self.resize(560, 520)
        self.retranslate_ui()
        self.to.setFocus()

    def act(self) -> None:
        staff = SESSION.staff
        if staff is None:
            return
        found: list[int] = []
        if self.attempt(lambda: found.append(issue_referral(
                staff, self.episode_id, self.to.text(), self.reason.toPlainText(),
                self.summary.toPlainText(), self.to_address.toPlainText()))):
            self.document_id = found[0]
            self.accept()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(QCoreApplication.translate("Codes", KIND_LABELS["RUJ"]))
        self.heading.setText(self.tr("Referral to another facility"))
        staff = SESSION.staff
        if staff is not None and referral_shows_diagnosis(staff):
            self.explanation.setText(self.tr("The letter states the program, the working "
                                             "diagnosis of the last signed assessment, and "
                                             "what you write here."))
        else:
            self.explanation.setText(self.tr("The letter states the program and what you "
                                             "write here. It carries no diagnosis: you may "
                                             "not view assessments, so the receiving "
                                             "facility gets the diagnosis from the "
                                             "clinician."))
        self.act_button.setText(self.tr("&Issue the referral letter"))


class NewOriginalDialog(ActDialog):
    """A new original of a letter the episode already has, with the reason (audited).

    Attributes:
        document_id: the letter issued (after the dialog was accepted).
    """

    def __init__(self, kind: str, episode_id: int, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_original_dialog")
        self.kind, self.episode_id, self.number = kind, episode_id, number
        self.document_id: int | None = None
        self.reason = note_box("new_original_reason", self, lines=3)
        self.form.add_row(F_REISSUE_REASON, self.reason, required=True)
        self.act_button.setIcon(qta.icon("mdi6.file-plus"))
        self.resize(520, 320)
        self.retranslate_ui()
        self.reason.setFocus()

    def act(self) -> None:
        staff = SESSION.staff
        if staff is None:
            return
        found: list[int] = []
        if self.attempt(lambda: found.append(ISSUERS[self.kind](
                staff, self.episode_id, reason=self.reason.toPlainText()))):
            self.document_id = found[0]
            self.accept()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        label = QCoreApplication.translate("Codes", KIND_LABELS[self.kind])
        self.setWindowTitle(self.tr("New original"))
        self.heading.setText(self.tr("A new original of {letter}").format(letter=label))
        self.explanation.setText(self.tr(
            "This episode already has {number}. Printing it again gives a copy (SALINAN) "
            "with the same number. A new original gets a new number; write why it is "
            "needed (for example: the card was lost). The reason is recorded.").format(
                number=self.number))
        self.act_button.setText(self.tr("&Issue a new original"))


class LettersButton(QPushButton):
    """A button whose menu issues the letters of the person's current episode.

    Attributes:
        person_id: the person whose record is shown.
        last_preview: the preview opened last (tests and screenshots look at it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(qta.icon("mdi6.printer"), "", parent)
        self.setObjectName("print_letters")
        self.person_id: int | None = None
        self.last_preview: PreviewDialog | None = None
        self.menu_ = QMenu(self)
        self.actions_: dict[str, object] = {}
        for key in ("KLD", "SKR", "SKS", "RUJ"):
            action = self.menu_.addAction("")
            action.setObjectName(f"letter_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.issue(k))
            self.actions_[key] = action
        self.consent_menu = self.menu_.addMenu("")
        self.consent_menu.aboutToShow.connect(self.fill_consents)
        self.menu_.addSeparator()
        self.new_menu = self.menu_.addMenu("")
        self.new_menu.setObjectName("new_original_menu")
        self.new_actions: dict[str, object] = {}
        for key in ISSUERS:
            action = self.new_menu.addAction("")
            action.setObjectName(f"new_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.issue_new(k))
            self.new_actions[key] = action
        self.menu_.setToolTipsVisible(True)
        self.menu_.aboutToShow.connect(self.refresh_menu)
        self.originals: dict[str, str] = {}  # kind -> number already issued
        self.setMenu(self.menu_)
        self.retranslate_ui()

    def set_person(self, person_id: int) -> None:
        self.person_id = person_id

    def current_episode(self) -> int | None:
        """The person's newest episode (what their letters are about); None, with the
        reason said, when there is none or it cannot be read."""
        if self.person_id is None or SESSION.staff is None:
            return None
        try:
            episodes = episodes_of(SESSION.staff, self.person_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self._say)
            return None
        if not episodes:
            self._say(self.tr("This person has no episode of care, so there is no letter to "
                              "print. (An SKHPN is issued from the Documents page.)"))
            return None
        return episodes[0].id

    def refresh_menu(self) -> None:
        """Ask models/ which letters the current episode may have and which it already
        has: refused ones are disabled with the reason as tooltip and status tip; one
        already issued says its number (printing it gives a copy)."""
        self.originals = {}
        episode_id = self._quiet_episode()
        staff = SESSION.staff
        for key, action in self.actions_.items():
            refusal = None if staff is None or episode_id is None else \
                letter_refusal(staff, key, episode_id)
            why = describe(refusal) if refusal is not None else ""
            action.setEnabled(refusal is None and episode_id is not None)
            action.setToolTip(why)
            action.setStatusTip(why)
            number = issued_original(key, episode_id) if (
                episode_id is not None and key in ISSUERS) else None
            if number:
                self.originals[key] = number
        self.retranslate_ui()
        for key, action in self.new_actions.items():
            action.setVisible(key in self.originals)
            action.setEnabled(key in self.originals and self.actions_[key].isEnabled())
        self.new_menu.setEnabled(bool(self.originals))

    def _quiet_episode(self) -> int | None:
        """The current episode without saying anything (for enabling the menu)."""
        if self.person_id is None or SESSION.staff is None:
            return None
        try:
            episodes = episodes_of(SESSION.staff, self.person_id)
        except Exception as exc:  # the click says it
            if not expected(exc):
                raise
            return None
        return episodes[0].id if episodes else None

    def issue(self, kind: str) -> PreviewDialog | ReferralDialog | None:
        """Show the letter of ``kind`` of the current episode: a copy (SALINAN) of the
        original already issued, else a new original."""
        episode_id = self.current_episode()
        staff = SESSION.staff
        if episode_id is None or staff is None:
            return None
        refusal = letter_refusal(staff, kind, episode_id)
        if refusal is not None:
            self._say(describe(refusal))
            return None
        number = issued_original(kind, episode_id) if kind in ISSUERS else None
        if number is not None:
            return self.show_copy(number)
        if kind == "RUJ":
            dialog = ReferralDialog(episode_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: dialog.document_id and self.show_document(
                dialog.document_id))
            dialog.open()
            return dialog
        return self._issued(lambda: ISSUERS[kind](staff, episode_id))

    def issue_new(self, kind: str) -> NewOriginalDialog | PreviewDialog | None:
        """A new original of ``kind`` beside the one already issued: asks the reason."""
        episode_id = self.current_episode()
        if episode_id is None or SESSION.staff is None:
            return None
        number = issued_original(kind, episode_id)
        if number is None:
            return self.issue(kind)
        dialog = NewOriginalDialog(kind, episode_id, number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.document_id and self.show_document(
            dialog.document_id))
        dialog.open()
        return dialog

    def issue_consent(self, consent_id: int, episode_id: int | None = None
                      ) -> PreviewDialog | None:
        """The printed consent: a copy of the one already issued, else the original."""
        staff = SESSION.staff
        if staff is None:
            return None
        number = issued_original("PST", episode_id, consent_id) if episode_id else None
        if number is not None:
            return self.show_copy(number)
        return self._issued(lambda: issue_consent(staff, consent_id))

    def show_copy(self, number: str) -> PreviewDialog | None:
        """A copy of ``number``, marked SALINAN (a counted, audited reprint)."""
        if SESSION.staff is None:
            return None
        try:
            record, pdf = busy(reprint_pdf, SESSION.staff, number)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self._say)
            return None
        title = self.tr("{number} (copy)").format(number=record.number)
        self.last_preview = open_preview(self.window(), pdf, title, record.number)
        return self.last_preview

    def _issued(self, act) -> PreviewDialog | None:
        try:
            document_id = act()
        except Exception as exc:  # noqa: BLE001 - a refusal, said in words
            show_failure(exc, self._say)
            return None
        return self.show_document(document_id)

    def show_document(self, document_id: int) -> PreviewDialog | None:
        if SESSION.staff is None:
            return None
        try:
            record, pdf = busy(original_pdf, SESSION.staff, document_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self._say)
            return None
        self.last_preview = open_preview(self.window(), pdf, record.number, record.number,
                                         document_id=record.id)
        return self.last_preview

    def fill_consents(self) -> list[ConsentLine]:
        """The consents of the current episode, one menu entry each."""
        self.consent_menu.clear()
        consents: list[ConsentLine] = []
        if self.person_id is not None and SESSION.staff is not None:
            try:
                newest = episodes_of(SESSION.staff, self.person_id)
                if newest:
                    consents = consents_of(SESSION.staff, self.person_id, newest[0].id)
            except Exception as exc:  # said inside the menu
                if not expected(exc):
                    raise
                self.consent_menu.addAction(describe(exc)).setEnabled(False)
                return []
        kinds = dict(CONSENT_KINDS)
        for consent in consents:
            text = f"{QCoreApplication.translate('Codes', kinds.get(consent.kind, consent.kind))}"
            text += f", {short_date(consent.signed_on)}"
            if consent.recipient:
                text += " \u2192 " + consent.recipient
            number = issued_original("PST", newest[0].id, consent.id)
            if number:
                text += " " + self.tr("(copy of {number})").format(number=number)
            action = self.consent_menu.addAction(text)
            action.triggered.connect(lambda _c=False, i=consent.id, e=newest[0].id:
                                     self.issue_consent(i, e))
        if not consents:
            self.consent_menu.addAction(self.tr("No consent recorded in the current "
                                                "episode")).setEnabled(False)
        return consents

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Print a letter"), text,
                          QMessageBox.StandardButton.Ok, self.window())
        box.setObjectName("letters_message")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Print"))
        self.setToolTip(self.tr("Print a letter of the current episode"))
        for key, action in self.actions_.items():
            text = QCoreApplication.translate("Codes", KIND_LABELS[key])
            if key in self.originals:
                text += " " + self.tr("(copy of {number})").format(number=self.originals[key])
            action.setText(text + ("..." if key == "RUJ" else ""))
        self.consent_menu.setTitle(QCoreApplication.translate("Codes", KIND_LABELS["PST"]))
        self.new_menu.setTitle(self.tr("New original, with a reason"))
        for key, action in self.new_actions.items():
            action.setText(QCoreApplication.translate("Codes", KIND_LABELS[key]) + "...")
