"""The home page (Beranda): facility heading and counts, and the signed-in member's day
(follow-ups, overdue phases, census, waiting list, SKHPN, unsigned notes), fetched each time
it is shown."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import PulihError
from models.desk.caseload import caseload_size
from models.desk.dashboard import load_dashboard
from models.desk.overview import FacilityHeading, Overview, facility_overview
from models.intake.episode import STATUSES
from models.staff.rights import Action, Area, has_right
from ui.appointments.missed_panel import MissedPanel
from ui.home.day_panel import DayPanel
from ui.i18n import error_text
from ui.session import SESSION
from ui.widgets.errors import describe, expected

STATUS_ICONS: dict[str, str] = {
    "screening": "mdi6.clipboard-text-search-outline",
    "waiting": "mdi6.timer-sand",
    "in_program": "mdi6.sprout",
    "aftercare": "mdi6.account-heart",
    "closed": "mdi6.archive-outline",
}
ICON_PX = 28


def _plain_label(parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that shows its text as typed: user data is never markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class CountCard(QFrame):
    """One number with an icon and a caption underneath.

    Attributes:
        count_label: shows the number, formatted for the current language.
        caption_label: says what is counted.
    """

    def __init__(self, icon_name: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Preferred, not Fixed: cards of one row grow to the tallest, whose caption wraps.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._icon_name = icon_name
        self._count: int | None = None

        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(ICON_PX, ICON_PX)
        self.count_label = _plain_label(self)
        self.count_label.setObjectName(f"{object_name}_count")
        font = QFont(self.count_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.count_label.setFont(font)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption_label = _plain_label(self, wrap=True)
        self.caption_label.setObjectName(f"{object_name}_caption")

        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        self._paint_icon()

    def _paint_icon(self) -> None:
        color = self.palette().color(QPalette.ColorRole.Highlight)
        self.icon_label.setPixmap(qta.icon(self._icon_name, color=color).pixmap(ICON_PX, ICON_PX))

    def set_count(self, count: int | None) -> None:
        """Show ``count`` (None: not known, shown as a dash)."""
        self._count = count
        self.count_label.setText("–" if count is None else QLocale().toString(count))

    def set_caption(self, text: str) -> None:
        """Say what the number counts."""
        self.caption_label.setText(text)

    def retranslate_ui(self) -> None:
        """Format the number again: the thousands separator follows the language."""
        self.set_count(self._count)


class OverviewPage(QWidget):
    """The facility's name and address, and how many people, episodes and documents it has.

    Holds no personal data: only what :func:`models.desk.overview.facility_overview` returns.

    Signals:
        facility_changed: the facility heading after each refresh
            (a :class:`models.desk.overview.FacilityHeading`, or None before set-up).
        open_record(int, str): open this person's record on a tab (an item of the day was
            activated; the tab is where its work is done).
    """

    facility_changed = Signal(object)
    open_record = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_page")
        self._overview: Overview | None = None
        self._error: PulihError | None = None

        self.name_labels: list[QLabel] = []
        self.heading_box = QVBoxLayout()
        self.heading_box.setSpacing(2)
        self.address_label = _plain_label(self, wrap=True)
        self.address_label.setObjectName("facility_address")
        self.not_set_up_label = _plain_label(self, wrap=True)
        self.not_set_up_label.setObjectName("facility_not_set_up")
        self.error_label = _plain_label(self, wrap=True)
        self.error_label.setObjectName("overview_error")
        error_palette = self.error_label.palette()
        error_palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.error_label.setPalette(error_palette)
        self.error_label.hide()

        self.persons_card = CountCard("mdi6.account-multiple", "persons", self)
        self.documents_card = CountCard("mdi6.file-certificate", "documents", self)
        self.episodes_title = _plain_label(self, wrap=True)
        self.episodes_title.setObjectName("episodes_title")
        title_font = QFont(self.episodes_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.episodes_title.setFont(title_font)
        self.status_cards: dict[str, CountCard] = {
            code: CountCard(STATUS_ICONS[code], f"status_{code}", self) for code, _ in STATUSES}

        # One grid, so the two totals line up with the first two status cards.
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        cards.setVerticalSpacing(12)
        cards.addWidget(self.persons_card, 0, 0)
        cards.addWidget(self.documents_card, 0, 1)
        cards.setRowMinimumHeight(1, 6)
        cards.addWidget(self.episodes_title, 2, 0, 1, len(self.status_cards))
        for column, card in enumerate(self.status_cards.values()):
            cards.addWidget(card, 3, column)
            cards.setColumnStretch(column, 1)

        heading = QFrame(self)
        heading.setObjectName("facility_heading")
        heading_layout = QHBoxLayout(heading)
        heading_layout.setContentsMargins(0, 0, 0, 0)
        heading_layout.setSpacing(16)
        logo = QLabel(heading)
        logo.setPixmap(qta.icon("mdi6.office-building",
                                color=self.palette().color(QPalette.ColorRole.Highlight))
                       .pixmap(48, 48))
        heading_layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text_column = QVBoxLayout()
        text_column.addLayout(self.heading_box)
        text_column.addWidget(self.address_label)
        text_column.addWidget(self.not_set_up_label)
        heading_layout.addLayout(text_column, 1)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        content = QWidget(self)
        content.setObjectName("overview_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(14)
        column.addWidget(heading)
        column.addWidget(rule)
        column.addWidget(self.error_label)
        column.addLayout(cards)
        self.day = DayPanel(content)
        self.day.open_record.connect(self.open_record)
        self.day.hide()
        # Whose work the day shows: the member's own caseload, or the whole facility.
        self.scope_box = QWidget(content)
        self.scope_box.setObjectName("day_scope")
        self.mine_button = QRadioButton(self.scope_box)
        self.mine_button.setObjectName("scope_mine")
        self.all_button = QRadioButton(self.scope_box)
        self.all_button.setObjectName("scope_facility")
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.mine_button)
        self.scope_group.addButton(self.all_button)
        self.caseload_label = _plain_label(self.scope_box)
        self.caseload_label.setObjectName("caseload_size")
        scope_row = QHBoxLayout(self.scope_box)
        scope_row.setContentsMargins(0, 0, 0, 0)
        scope_row.addWidget(self.mine_button)
        scope_row.addWidget(self.all_button)
        scope_row.addSpacing(12)
        scope_row.addWidget(self.caseload_label, 1)
        self.scope_box.hide()
        self._scope_for: int | None = None  # the member the scope was chosen for
        self._caseload = 0
        self.mine_button.toggled.connect(lambda _on: self._scope_changed())
        self.day_error = _plain_label(content, wrap=True)
        self.day_error.setObjectName("day_error")
        self.day_error.setPalette(error_palette)
        self.day_error.hide()
        column.addSpacing(6)
        column.addWidget(self.day_error)
        column.addWidget(self.scope_box)
        column.addWidget(self.day)
        # Who did not come / who to trace (appointments); hidden without the right.
        self.missed = MissedPanel(content)
        self.missed.open_person.connect(lambda person_id: self.open_record.emit(person_id, ""))
        self.missed.hide()
        column.addWidget(self.missed)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    @property
    def overview(self) -> Overview | None:
        """The counts last fetched, or None before the first refresh (or after a failure)."""
        return self._overview

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Fetch fresh counts whenever the page comes into view."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Fetch the counts again; a database problem is shown on the page, not raised."""
        try:
            overview = facility_overview()
        except PulihError as err:
            self._overview, self._error = None, err
        else:
            self._overview, self._error = overview, None
        self._show()
        if self._overview is not None:
            self.facility_changed.emit(self._overview.facility)
        self.refresh_day()

    def refresh_day(self) -> None:
        """The signed-in member's day; nobody signed in (or locked) shows no names."""
        staff = SESSION.staff
        self.day_error.hide()
        if staff is None or SESSION.locked:
            self.day.hide()
            self.scope_box.hide()
            self.missed.hide()
            return
        try:
            if self._scope_for != staff.id:
                # Beranda opens on the member's own clients when they have a caseload.
                self._scope_for = staff.id
                self._caseload = caseload_size(staff) if has_right(
                    staff, Area.PROGRAM, Action.VIEW) else 0
                mine = self._caseload > 0 or staff.role == "counselor"
                with QSignalBlocker(self.mine_button), QSignalBlocker(self.all_button):
                    (self.mine_button if mine else self.all_button).setChecked(True)
            dashboard = load_dashboard(staff, mine=self.mine_button.isChecked())
        except Exception as exc:  # a busy database is said, not raised
            if not expected(exc):
                raise
            self.day.hide()
            self.day_error.setText(describe(exc))
            self.day_error.show()
            return
        self.day.show_dashboard(dashboard)
        self.day.show()
        self.scope_box.show()
        self._scope_texts()
        self.missed.refresh(counselor_id=staff.id if self.mine_button.isChecked() else None)

    def _scope_changed(self) -> None:
        if self._scope_for is not None:
            self.refresh_day()

    def _scope_texts(self) -> None:
        self.caseload_label.setText(self.tr("You are the counselor of record of %Ln client(s).",
                                            "", self._caseload))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.not_set_up_label.setText(self.tr(
            "This facility has not been set up yet. Its name and address will appear here "
            "once an admin has filled in the facility profile."))
        self.persons_card.set_caption(self.tr("Clients registered"))  # not SKHPN applicants
        self.episodes_title.setText(self.tr("Episodes of care by status"))
        for code, label in STATUSES:
            self.status_cards[code].set_caption(QCoreApplication.translate("Codes", label))
        for card in (self.persons_card, self.documents_card, *self.status_cards.values()):
            card.retranslate_ui()
        self.missed.retranslate_ui()
        self.mine_button.setText(self.tr("&My clients"))
        self.mine_button.setToolTip(self.tr(
            "Only the clients whose counselor of record you are, and your own drafts"))
        self.all_button.setText(self.tr("The &whole facility"))
        self._scope_texts()
        self.day.retranslate_ui()
        self._show()

    def _show(self) -> None:
        overview = self._overview
        year = overview.year if overview else None
        self.documents_card.set_caption(
            self.tr("Documents issued in {year}").format(year=year) if year
            else self.tr("Documents issued this year"))
        if self._error is not None:
            self.error_label.setText(
                self.tr("The overview could not be loaded.") + " " + error_text(self._error))
        self.error_label.setVisible(self._error is not None)
        self._show_heading(overview.facility if overview else None, known=overview is not None)
        self.persons_card.set_count(overview.persons if overview else None)
        self.documents_card.set_count(overview.documents_this_year if overview else None)
        counts = dict(overview.episodes_by_status) if overview else {}
        for code, card in self.status_cards.items():
            card.set_count(counts.get(code) if overview else None)

    def _show_heading(self, facility: FacilityHeading | None, *, known: bool) -> None:
        lines = facility.name_lines if facility else ()
        while len(self.name_labels) > len(lines):
            self.name_labels.pop().deleteLater()
        while len(self.name_labels) < len(lines):
            label = _plain_label(self, wrap=True)
            label.setObjectName(f"facility_name_{len(self.name_labels)}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.heading_box.addWidget(label)
            self.name_labels.append(label)
        for index, (label, text) in enumerate(zip(self.name_labels, lines)):
            font = QFont(self.font())
            last = index == len(lines) - 1
            font.setBold(last)
            font.setPointSizeF(self.font().pointSizeF() * (1.5 if last else 1.0))
            label.setFont(font)
            label.setText(text)
        address = ""
        if facility is not None:
            parts = [facility.address.strip()]
            city = facility.city.strip()
            # "..., Kota Bandung" already names the city; "Cimahi Utara" (a district) does not
            if city and not parts[0].rstrip(" .,").casefold().endswith(city.casefold()):
                parts.append(city)
            address = ", ".join(part for part in parts if part)
        self.address_label.setText(address)
        self.address_label.setVisible(bool(address))
        self.not_set_up_label.setVisible(known and facility is None)
