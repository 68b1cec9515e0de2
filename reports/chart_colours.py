"""The fixed colours of the report charts, one per series in order, shared by the Laporan
page (Qt) and the PDF (ReportLab), so a line is the same colour on the screen and on paper
and stays so from one render to the next. Chosen to stay apart for colour-blind readers
and in grey print (the Okabe-Ito palette)."""
from __future__ import annotations

#: "#rrggbb", in series order: blue, orange, bluish green, vermilion, reddish purple, sky blue.
SERIES: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9")


def series_colour(index: int) -> str:
    """The colour of the ``index``-th series (the palette repeats past its end)."""
    return SERIES[index % len(SERIES)]


def rgb(index: int) -> tuple[float, float, float]:
    """The ``index``-th series colour as 0-1 floats (ReportLab's Color)."""
    code = series_colour(index)
    red, green, blue = (int(code[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return red, green, blue
