"""The two charts of the Laporan page (QtCharts), drawn from the export payload's chart data,
so the screen shows the same bars and lines as the PDF."""
from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from reports.chart_colours import series_colour

MAX_BARS = 8
LABEL_CHARS = 28  # a bar's label longer than this is shortened; its tooltip has it whole


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut in the middle with an ellipsis when longer than ``limit``, so both its
    beginning and its end (often the telling part) stay readable."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return f"{text[:head]}\u2026{text[len(text) - (limit - 1 - head):]}"


def _axis_top(values: list[int]) -> int:
    """A round upper end for a count axis (at least 5, so small counts stay readable)."""
    top = max(values + [5])
    step = 5 if top <= 50 else 10 if top <= 200 else 50
    return ((top + step - 1) // step) * step


def month_labels(months: list[str]) -> list[str]:
    """"Des 25", "Jan 26", "Feb 26" -> "Des<br>25", "Jan<br>26", "Feb": the month on its
    own line, the year under it only where it starts or changes (the axis draws labels as
    rich text; category labels must stay distinct, and the twelve months are)."""
    out, year = [], None
    for label in months:
        word, _space, yy = label.partition(" ")
        out.append(f"{word}<br>{yy}" if yy != year else word)
        year = yy
    return out


class SubstanceChart(QChartView):
    """New clients by primary substance, the largest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("substance_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(QChart())
        self.chart().legend().hide()
        self.setMinimumHeight(220)
        self.bar_tips: list[str] = []  # the whole label and count of each bar, bottom first

    def show_bars(self, data: dict[str, Any]) -> None:
        chart = QChart()
        chart.setTitle(data["title"])
        chart.legend().hide()
        bars = list(data["bars"])[:MAX_BARS][::-1]  # top of the chart = the largest
        counts = QBarSet("")
        counts.setColor(QColor(series_colour(0)))  # the PDF's colour, every time
        counts.append([float(n) for _label, n in bars])
        series = QHorizontalBarSeries()
        series.append(counts)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        shown = []
        for label, _n in bars:  # shortened labels stay distinct (a category axis needs it)
            text = short_label(label)
            while text in shown:
                text += "\u200b"
            shown.append(text)
        labels.append(shown or [""])
        self.bar_tips = [f"{label}: {n}" for label, n in bars]
        series.hovered.connect(self._hovered)
        values = QValueAxis()
        values.setRange(0, _axis_top([n for _label, n in bars]))
        values.setLabelFormat("%d")
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(labels)
        series.attachAxis(values)
        self.setChart(chart)

    def _hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        """The whole label and count of the bar under the pointer."""
        if status and 0 <= index < len(self.bar_tips):
            QToolTip.showText(QCursor.pos(), self.bar_tips[index])
        else:
            QToolTip.hideText()

    def retranslate_ui(self) -> None:
        """The title comes translated with the data; nothing else to set."""


class TrendChart(QChartView):
    """The last twelve months of the main indicators, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(QChart())
        self.setMinimumHeight(220)

    def show_series(self, data: dict[str, Any]) -> None:
        chart = QChart()
        chart.setTitle(data["title"])
        months = list(data["months"])
        axis_x = QBarCategoryAxis()
        # Twelve "Des 25" side by side get cut to "D..." in a half-width chart: the month
        # alone, with its year under the first month shown and under January.
        axis_x.append(month_labels(months) or [""])
        self.months = months  # as the PDF writes them
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        highest: list[int] = []
        for index, entry in enumerate(data["series"]):
            line = QLineSeries()
            line.setName(entry["name"])
            line.setColor(QColor(series_colour(index)))  # the PDF's colour, every time
            for x, value in enumerate(entry["values"]):
                if value is not None:  # a hidden small count is a gap, not a zero
                    line.append(float(x), float(value))
                    highest.append(int(value))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        axis_y.setRange(0, _axis_top(highest))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def retranslate_ui(self) -> None:
        """The title and series names come translated with the data."""

