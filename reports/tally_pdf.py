"""The monthly report as a PDF on the facility's letterhead, with charts.

Page one: the kop surat (:mod:`reports.letterhead`), the title and period, whether the month
is closed, the main figures, a bar chart of new clients by primary substance and a line chart
of the last twelve months. Then one table per topic, the annual targets and the definitions.
Numbers print the Indonesian way (1.234; 118,0%). Every text comes translated in the
payload and is escaped before it enters a Paragraph. The figures end with the signature
block (acknowledged by the head of the facility, with NIP; prepared by the one who
exported it), and every page of a month still open carries a large SEMENTARA mark.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reports.chart_colours import rgb
from reports.dates import long_date_or_text
from reports.letterhead import (
    BOLD,
    FONT,
    MM,
    Letterhead,
    draw_letterhead,
    esc,
    letterhead_height,
    nip_text,
    register_fonts,
)
from reports.tally_progress import Progress, report

MARGIN = 16 * MM
SUMMARY = ("new_clients", "continuing_clients", "clients_served", "census_end",
           "reports_received", "discharges", "skhpn_issued", "urine_tests")


def number(value: Any) -> str:
    """1234 -> 1.234; a hidden count prints as it came ("<5", "*"); None as a dash."""
    if value is None:
        return "\u2013"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def percent(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.1f}%".replace(".", ",")


_STYLES: dict[str, Any] = {}


def _styles() -> dict[str, Any]:
    if _STYLES:
        return _STYLES
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    register_fonts()
    base = ParagraphStyle("tally", fontName=FONT, fontSize=8.5, leading=10.5)
    _STYLES.update({
        "body": base,
        "small": ParagraphStyle("tally_small", parent=base, fontSize=7.5, leading=9.5),
        "bold": ParagraphStyle("tally_bold", parent=base, fontName=BOLD),
        "item": ParagraphStyle("tally_item", parent=base, leftIndent=5 * MM),
        "head": ParagraphStyle("tally_head", parent=base, fontName=BOLD),
        "head_right": ParagraphStyle("tally_head_right", parent=base, fontName=BOLD,
                                     alignment=TA_RIGHT),
        "title": ParagraphStyle("tally_title", parent=base, fontName=BOLD, fontSize=13,
                                leading=17, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("tally_subtitle", parent=base, fontSize=10, leading=13,
                                   alignment=TA_CENTER),
        "h2": ParagraphStyle("tally_h2", parent=base, fontName=BOLD, fontSize=10.5,
                             leading=14, spaceBefore=8, spaceAfter=4),
    })
    return _STYLES


def _table(rows: list[list[Any]], widths: Sequence[float], header_rows: int = 1,
           bold_rows: Sequence[int] = (), first_numeric: int = 2) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle
    st = _styles()
    rows = [[Paragraph(esc(cell), st["head"] if c < first_numeric else st["head_right"])
             if isinstance(cell, str) else cell for c, cell in enumerate(row)]
            for row in rows[:header_rows]] + rows[header_rows:]
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows)
    style: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), FONT, 8.5),
             ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 8.5),
             ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.85, 0.89, 0.95)),
             ("ALIGN", (first_numeric, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.grey),
             ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for r in bold_rows:
        style += [("FONT", (0, r), (-1, r), BOLD, 8.5),
                  ("LINEABOVE", (0, r), (-1, r), 0.3, colors.lightgrey)]
    table.setStyle(TableStyle(style))
    return table


def substance_chart(chart: dict[str, Any], width: float) -> Any:
    """Horizontal bars, biggest first (at most twelve; the rest summed as the last bar)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    bars = list(chart["bars"])
    if len(bars) > 12:
        bars = bars[:11] + [(chart["rest"], sum(n for _label, n in bars[11:]))]
    height = 26 + 15 * max(len(bars), 1)
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, chart["title"], fontName=BOLD, fontSize=9))
    if not bars:
        return drawing
    bc = HorizontalBarChart()
    # ReportLab takes floats (points, mm) for these; its stubs declare int.
    bc.x, bc.y, bc.width, bc.height = (
        62 * MM, 4, width - 62 * MM - 12, height - 24)  # type: ignore[assignment]
    bc.data = [[n for _label, n in reversed(bars)]]
    bc.categoryAxis.categoryNames = [label[:48] for label, _n in reversed(bars)]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7.5
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.labelTextFormat = lambda v: number(int(v)) if v == int(v) else ""
    bc.bars[0].fillColor = _colour(0)
    bc.barLabelFormat = lambda v: number(int(v))
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 7
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    drawing.add(bc)
    return drawing


def trend_chart(chart: dict[str, Any], width: float) -> Any:
    """One line per series over the twelve months; a hidden small count leaves a gap."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, String
    height = 70 * MM
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, chart["title"], fontName=BOLD, fontSize=9))
    lc = HorizontalLineChart()
    # ReportLab takes floats (points, mm) for these; its stubs declare int.
    lc.x, lc.y, lc.width, lc.height = (
        12 * MM, 14 * MM, width - 16 * MM, height - 30 * MM)  # type: ignore[assignment]
    lc.data = [list(series["values"]) for series in chart["series"]]
    lc.categoryAxis.categoryNames = list(chart["months"])
    lc.categoryAxis.labels.fontName = FONT
    lc.categoryAxis.labels.fontSize = 7
    lc.categoryAxis.labels.angle = 30
    lc.categoryAxis.labels.boxAnchor = "ne"
    lc.valueAxis.valueMin = 0
    lc.valueAxis.labels.fontName = FONT
    lc.valueAxis.labels.fontSize = 7
    lc.valueAxis.labelTextFormat = lambda v: number(int(v)) if v == int(v) else ""
    lc.joinedLines = 1
    for index, _series in enumerate(chart["series"]):
        lc.lines[index].strokeColor = _colour(index)
        lc.lines[index].strokeWidth = 1.6
    drawing.add(lc)
    legend = Legend()
    legend.x, legend.y = 12 * MM, 3  # type: ignore[assignment]  # a float, as above
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.deltax = 8, 6, 70
    legend.colorNamePairs = [(_colour(i), s["name"]) for i, s in enumerate(chart["series"])]
    drawing.add(legend)
    return drawing


def _colour(index: int) -> Any:
    """The series colour the Laporan page uses too (reports/chart_colours.py)."""
    from reportlab.lib import colors
    return colors.Color(*rgb(index))


def signatures(payload: dict[str, Any], width: float) -> Any:
    """"Mengetahui, <head's position>" with the head's name and NIP on the left; the place
    and date above "prepared by" and the exporter's name on the right; both names on one
    line, kept together on one page."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
    st = _styles()
    sign, texts = payload.get("signature") or {}, payload["texts"]
    place, date = sign.get("place", ""), long_date_or_text(sign.get("date"))
    nip = sign.get("head_nip", "")

    def para(text: str, style: str = "body") -> Any:
        return Paragraph(esc(text), st[style])

    rows = [[para(""), para(f"{place}, {date}" if place else date)],
            [para(texts["acknowledged"]), para(texts["prepared"])],
            [para(sign.get("head_position", "")), para("")],
            [Spacer(1, 16 * MM), Spacer(1, 16 * MM)],
            [Paragraph(f"<u>{esc(sign.get('head_name', '')) or '.' * 40}</u>", st["bold"]),
             Paragraph(f"<u>{esc(sign.get('prepared_by', ''))}</u>", st["bold"])],
            [para(f"NIP. {nip_text(nip)}" if nip else ""), para("")]]
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return KeepTogether([Spacer(1, 8 * MM), table])


def draw_provisional(canvas: Any, text: str, page_w: float, page_h: float) -> None:
    """A large, light, diagonal mark across the page: these figures may still change."""
    canvas.saveState()
    canvas.setFont(BOLD, 80)
    canvas.setFillColorRGB(0.85, 0.2, 0.2, alpha=0.13)
    canvas.translate(page_w / 2, page_h / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, -25, text)
    canvas.restoreState()


def _story(payload: dict[str, Any], width: float, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer
    texts = payload["texts"]
    story: list[Any] = [Paragraph(esc(texts["title"]).upper(), st["title"]),
                        Paragraph(esc(payload["period_label"]), st["subtitle"]),
                        Spacer(1, 2 * MM), Paragraph(esc(payload["status"]), st["small"])]
    if payload.get("suppressed"):
        story.append(Paragraph(esc(texts["suppressed"]), st["small"]))
    blocks = {b["id"]: b for sheet in payload["sheets"] for b in sheet["blocks"]}
    head = [texts["indicator"], texts["month"], texts["ytd"]]
    summary = [[Paragraph(esc(blocks[i]["label"]), st["body"]), number(blocks[i]["month"]),
                number(blocks[i]["ytd"])] for i in SUMMARY if i in blocks]
    story += [Spacer(1, 3 * MM),
              _table([head] + summary, (width - 60 * MM, 30 * MM, 30 * MM), first_numeric=1),
              Spacer(1, 5 * MM), substance_chart(payload["charts"]["substance"], width),
              Spacer(1, 4 * MM), trend_chart(payload["charts"]["trend"], width), PageBreak()]
    columns = _fit((84 * MM, 26 * MM, 28 * MM, 22 * MM, 18 * MM), width)
    header = [texts["indicator"], texts["month"], texts["ytd"], texts["target"],
              texts["achievement"]]
    for sheet in payload["sheets"]:
        rows: list[list[Any]] = [header]
        bold: list[int] = []
        for block in sheet["blocks"]:
            fmt = number  # money too: the label says "(rupiah)"
            bold.append(len(rows))
            rows.append([Paragraph(esc(block["label"]), st["bold"]), fmt(block["month"]),
                         fmt(block["ytd"]),
                         number(block["target"]) if block["target"] is not None else "",
                         percent(block["achievement"]) if block["target"] is not None else ""])
            rows += [[Paragraph(esc(item["label"]), st["item"]), fmt(item["month"]),
                      fmt(item["ytd"]), "", ""] for item in block["rows"]]
        story += [CondPageBreak(40 * MM), Paragraph(esc(sheet["title"]), st["h2"]),
                  _table(rows, columns, bold_rows=bold, first_numeric=1)]
    story += [CondPageBreak(50 * MM), Paragraph(esc(texts["targets"]), st["h2"])]
    target_rows = [[Paragraph(esc(t["label"]), st["body"]), number(t["ytd"]),
                    number(t["target"]), percent(t["achievement"])] for t in payload["targets"]]
    story.append(_table([[texts["indicator"], texts["ytd"], texts["target"],
                          texts["achievement"]]] + target_rows,
                        _fit((100 * MM, 28 * MM, 28 * MM, 26 * MM), width), first_numeric=1))
    story.append(signatures(payload, width))
    story += [PageBreak(), Paragraph(esc(texts["rules"]), st["h2"])]
    story += [Paragraph(f"{i}. {esc(rule)}", st["body"]) for i, rule in
              enumerate(payload["rules"], 1)]
    story.append(Paragraph(esc(texts["definitions"]), st["h2"]))
    for item in payload["definitions"]:
        story.append(Paragraph(f"<b>{esc(item['label'])}</b>: {esc(item['text'])}",
                               st["body"]))
        story.append(Spacer(1, 1.5 * MM))
    story.append(Spacer(1, 4 * MM))
    story.append(Paragraph(esc(payload["made"]), st["small"]))
    if payload.get("audit_checkpoint"):
        checkpoint = payload["audit_checkpoint"].replace("|", " | ")
        story.append(Paragraph(f"{esc(texts['checkpoint'])}: {esc(checkpoint)}", st["small"]))
    return story


def _fit(columns: Sequence[float], width: float) -> list[float]:
    """Column widths scaled to fill ``width`` exactly."""
    scale = width / sum(columns)
    return [c * scale for c in columns]


def render_tally_pdf(payload: dict[str, Any], progress: Progress = None,
                     invariant: bool = False) -> bytes:
    """The monthly report as PDF bytes; ``progress`` may cancel; ``invariant`` gives the same
    bytes for the same payload (tests)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    st = _styles()
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    head = Letterhead.from_payload(payload["facility"], payload.get("logo"))
    head_height = letterhead_height(head, width)
    buffer = io.BytesIO()
    title = f"{payload['texts']['title']} \u2013 {payload['period_label']}"
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title=title, creator="Pulih",
                          author=payload["facility"].get("code", ""),
                          invariant=1 if invariant else 0)
    first = Frame(MARGIN, MARGIN, width, page_h - 2 * MARGIN - head_height - 4 * MM,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, MARGIN, width, page_h - 2 * MARGIN, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillGray(0.35)
        canvas.drawString(MARGIN, MARGIN / 2, title)
        canvas.drawRightString(page_w - MARGIN, MARGIN / 2, payload["texts"]["page"].format(
            page=canvas.getPageNumber()))
        canvas.restoreState()

    def footer_and_mark(canvas: Any, d: Any) -> None:
        if payload.get("provisional"):
            draw_provisional(canvas, payload["texts"]["provisional_mark"], page_w, page_h)
        footer(canvas, d)

    def on_first(canvas: Any, d: Any) -> None:
        draw_letterhead(canvas, head, MARGIN, page_h - MARGIN, width)
        footer_and_mark(canvas, d)

    doc.addPageTemplates([PageTemplate("first", [first], onPage=on_first,
                                       autoNextPageTemplate="later"),
                          PageTemplate("later", [later], onPage=footer_and_mark)])
    story = _story(payload, width, st)
    total = len(story)

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            # kept on the function between ReportLab's calls (mypy knows no such attribute)
            on_progress.total = value  # type: ignore[attr-defined]
        elif kind == "PROGRESS":
            report(progress, value, getattr(on_progress, "total", total))

    doc.setProgressCallBack(on_progress)
    report(progress, 0, total)
    doc.build(story)  # ExportCancelled from the callback leaves it half-way, unreturned
    data = buffer.getvalue()
    report(progress, total, total)
    return data
