"""The record's dose chart (QtCharts): the ordered daily dose as a step line, the doses
given as points (observed and taken home apart), missed days as red marks on the axis."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from models.rumatan.chart import ChartDay, dose_chart, has_orders
from models.rumatan.orders import OrderInput, last_order, order_dose, stop_orders
from models.rumatan.tables import MEDICINES, ug
from models.staff.rights import Action, Area, has_right
from reports.dates import short_date
from ui.rumatan.small_form import SmallForm
from ui.session import SESSION
from ui.widgets.errors import show_failure


def _ms(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


class DoseChartTab(QWidget):
    """A record tab, shown only for a client with dose orders to staff who may see them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dose_chart_tab")
        self.summary = QLabel(self)
        self.summary.setObjectName("dose_chart_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName("dose_chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.order_button = QPushButton(self)
        self.order_button.setObjectName("order_dose")
        self.order_button.clicked.connect(self.order)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stop_therapy")
        self.stop_button.clicked.connect(self.stop)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.order_button)
        top.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._person: int | None = None
        self._days: list[ChartDay] = []
        self.retranslate_ui()

    def _tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

    def set_person(self, person_id: int) -> None:
        """Show ``person_id``'s chart; hide the tab when there is nothing to show."""
        self._person = person_id
        actor = SESSION.staff
        doctor = actor is not None and has_right(actor, Area.DISPENSING, Action.CORRECT)
        visible = doctor or (actor is not None and has_right(actor, Area.DISPENSING,
                                                             Action.VIEW)
                             and has_orders(person_id))
        self.order_button.setVisible(doctor)
        self.stop_button.setVisible(doctor)
        tabs = self._tabs()
        if tabs is not None:
            tabs.setTabVisible(tabs.indexOf(self), visible)
        if not visible:
            return
        try:
            self._days = dose_chart(actor, person_id)
        except Exception as exc:  # noqa: BLE001
            show_failure(exc, self.summary.setText)
            return
        self._draw()

    def order(self) -> SmallForm | None:
        """A doctor's new order (or change of dose) for the client shown."""
        if self._person is None:
            return None
        person = self._person
        previous = last_order(person)
        form = SmallForm(self, "order_form", self.tr("Dose order"),
                         self.tr("The order starts on the date given; an order still open "
                                 "then ends the day before. A large change needs the "
                                 "confirmation and its reason."),
                         lambda v: order_dose(
                             SESSION.staff, person,
                             OrderInput(v["medicine"], ug(v["mg"]), v["start"],
                                        take_home_days=v["home"], pregnant=v["pregnant"],
                                        qt_risk=v["qt"], notes=v["notes"]),
                             confirmed=v["confirm"], reason=v["reason"]))
        combo = form.add_choice("medicine", self.tr("Medicine"),
                                [(code, QCoreApplication.translate("Codes", text))
                                 for code, text in MEDICINES])
        if previous is not None:
            combo.setCurrentIndex(combo.findData(previous.medicine))
        form.add_mg("mg", self.tr("Daily dose (mg)"),
                    previous.daily_ug / 1000 if previous else 20.0, 400.0)
        form.add_date("start", self.tr("Start date"), dt.date.today())
        form.add_count("home", self.tr("Take-home days allowed"),
                       previous.take_home_days if previous else 0, 14)
        form.add_check("pregnant", self.tr("Pregnant"), bool(previous and previous.pregnant))
        form.add_text("qt", self.tr("QT-prolonging co-medication"),
                      previous.qt_risk if previous else "")
        form.add_text("notes", self.tr("Notes"))
        form.add_check("confirm", self.tr("I confirm a change larger than the facility's "
                                          "limit"))
        form.add_text("reason", self.tr("Reason for the change"))
        form.accepted.connect(lambda: self.set_person(person))
        form.open()
        return form

    def stop(self) -> SmallForm | None:
        """End the client's therapy after a day, with the reason."""
        if self._person is None:
            return None
        person = self._person
        form = SmallForm(self, "stop_form", self.tr("Stop therapy"),
                         self.tr("No dose is ordered after the last day given."),
                         lambda v: stop_orders(SESSION.staff, person, v["last"], v["reason"]))
        form.add_date("last", self.tr("Last day of therapy"), dt.date.today())
        form.add_text("reason", self.tr("Reason for stopping"))
        form.accepted.connect(lambda: self.set_person(person))
        form.open()
        return form

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        ordered = QLineSeries()
        ordered.setName(self.tr("Ordered daily dose (mg)"))
        ordered.setPen(QPen(QColor("#90caf9"), 3))
        observed = QScatterSeries()
        observed.setName(self.tr("Observed dose"))
        observed.setMarkerSize(7)
        observed.setColor(QColor("#2e7d32"))
        home = QScatterSeries()
        home.setName(self.tr("Take-home dose"))
        home.setMarkerSize(7)
        home.setColor(QColor("#f9a825"))
        missed = QScatterSeries()
        missed.setName(self.tr("Missed day"))
        missed.setMarkerSize(10)
        missed.setColor(QColor("#c62828"))
        previous = None
        top = 0
        for d in self._days:
            x = _ms(d.day)
            mg = d.ordered_ug / 1000
            if mg and previous and mg != previous:
                ordered.append(x - 43_200_000, previous)  # a step, not a slope
                ordered.append(x - 43_200_000, mg)
            if mg:  # no line where no order was in force
                ordered.append(x, mg)
            previous = mg
            given = d.given_ug / 1000
            top = max(top, mg, given)
            if d.kind == "observed":
                observed.append(x, given)
            elif d.kind == "take_home":
                home.append(x, given)
            elif d.kind == "missed":
                missed.append(x, 0)
        for series in (ordered, observed, home, missed):
            self.chart.addSeries(series)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd-MM-yy")
        x_axis.setTickCount(7)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(10.0, top * 1.15))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        y_axis.setTitleText(self.tr("mg"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (ordered, observed, home, missed):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self._summarise()

    def _summarise(self) -> None:
        days = self._days
        if not days:
            self.summary.setText(self.tr("No dose orders yet."))
            return
        given = sum(1 for d in days if d.kind in ("observed", "take_home"))
        missed = sum(1 for d in days if d.kind == "missed")
        current = days[-1].ordered_ug / 1000
        if not current:
            self.summary.setText(self.tr(
                "From {first} to {last}: {given} doses given, {missed} days missed; no order "
                "is in force today.").format(first=short_date(days[0].day),
                                            last=short_date(days[-1].day),
                                            given=given, missed=missed))
            return
        self.summary.setText(self.tr(
            "From {first} to {last}: {given} doses given, {missed} days missed; ordered "
            "today: {mg:g} mg.").format(first=short_date(days[0].day),
                                        last=short_date(days[-1].day),
                                        given=given, missed=missed, mg=current))

    def retranslate_ui(self) -> None:
        self.order_button.setText(self.tr("Order or change dose..."))
        self.stop_button.setText(self.tr("Stop therapy..."))
        if self._days:
            self._draw()
