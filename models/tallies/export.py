"""What an export of the monthly report holds: labels, numbers, targets, charts, as plain data.

:func:`export_month` checks the report right, records the export in the audit trail and
returns the payload the renderers of reports/ (XLSX, CSV, PDF) draw; it never renders, so
the same payload serves the desk's screen and the scheduled command. Labels are translated
through the ``translate(context, text)`` the caller passes (Indonesian for papers that leave
the facility), since models/ holds only the English source texts.

Small counts: with ``suppress``, every count from 1 to 4 prints as "<5". Where a breakdown
would then have a single hidden cell beside a shown total, the smallest other non-zero cell
is hidden too ("*"), or the hidden one could be worked out by subtraction.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP
from models.db.connection import write_transaction
from models.facility.facility import facility
from models.people.person import SEXES
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.age_bands import band_bounds
from models.tallies.close import month_report
from models.tallies.indicators import (
    BREAKDOWNS,
    BY_ID,
    DEFINITIONS_VERSION,
    PERIOD_RULES,
    TOPICS,
    indicators_of,
)
from models.tallies.report import MonthReport
from models.tallies.tally import TOTAL, Tally

Translate = Callable[[str, str], str]
C = "Indicators"
T = QT_TRANSLATE_NOOP
SMALL, HIDDEN = "<5", "*"
MONTHS = (T(C, "January"), T(C, "February"), T(C, "March"), T(C, "April"), T(C, "May"),
          T(C, "June"), T(C, "July"), T(C, "August"), T(C, "September"), T(C, "October"),
          T(C, "November"), T(C, "December"))
TEXTS = {
    "title": T(C, "Monthly report of rehabilitation services"),
    "indicator": T(C, "Indicator"),
    "item": T(C, "Breakdown"),
    "month": T(C, "This month"),
    "ytd": T(C, "Year to date"),
    "target": T(C, "Annual target"),
    "achievement": T(C, "Achievement"),
    "total": T(C, "Total"),
    "topic": T(C, "Group"),
    "targets": T(C, "Annual targets"),
    "definitions": T(C, "Definitions"),
    "rules": T(C, "How the numbers are counted"),
    "chart_substance": T(C, "New clients by primary substance, {period}"),
    "chart_trend": T(C, "The last twelve months"),
    "chart_rest": T(C, "All others"),
    "page": T(C, "Page {page}"),
    "generated": T(C, "Made on {date} by {name}."),
    "closed": T(C, "Month closed on {date} by {name}; definitions version {version}; "
                   "checksum {checksum}."),
    "open": T(C, "Provisional figures: the month has not been closed, so they can still "
                 "change."),
    "suppressed": T(C, "Counts from 1 to 4 are shown as <5; a * hides a further count so "
                       "that no hidden count can be worked out from the total."),
    "provisional_mark": T(C, "PROVISIONAL"),
    "acknowledged": T(C, "Acknowledged by,"),
    "head": T(C, "Head of the facility"),
    "prepared": T(C, "Prepared by,"),
    "facility": T(C, "Facility"),
    "period": T(C, "Period"),
    "status_label": T(C, "Status"),
    "checkpoint": T(C, "Audit checkpoint"),
    "checkpoint_note": T(C, "The signed state of the audit trail when this closed month was "
                            "exported. Keep the file: \"python main.py check --audit "
                            "--checkpoint FILE\" shows whether the trail was rewritten since."),
}
AGE_BAND = T(C, "{low}-{high} years")
AGE_OPEN = T(C, "{low} years and over")
AGE_UNKNOWN = T(C, "age unknown")
SEX_AGE = T(C, "{sex}, {band}")
PHASE = T(C, "{program}: {phase}")
NO_PHASE = T(C, "No phase recorded yet")


def period_label(year: int, month: int, translate: Translate) -> str:
    return f"{translate(C, MONTHS[month - 1])} {year}"


def ytd_label(year: int, month: int, translate: Translate) -> str:
    if month == 1:
        return period_label(year, 1, translate)
    return f"{translate(C, MONTHS[0])}\u2013{translate(C, MONTHS[month - 1])} {year}"


def key_label(breakdown: str, key: str, tally: Tally, translate: Translate) -> str:
    """The printed name of one breakdown key."""
    if breakdown == "sex_age":
        sex, band = key.split(":", 1)
        return translate(C, SEX_AGE).format(sex=translate("Codes", dict(SEXES).get(sex, sex)),
                                            band=age_label(band, tally.age_bands, translate))
    if breakdown == "phase":
        if key in tally.phase_labels:
            program, phase = tally.phase_labels[key]
            return translate(C, PHASE).format(program=program, phase=phase)
        return translate(C, NO_PHASE)
    label = dict(BREAKDOWNS[breakdown].codes).get(key)
    text = translate("Codes", label) if label else key
    return f"{key} {text}" if breakdown == "diagnosis" and key[:1] == "F" else text


def age_label(key: str, edges: Sequence[int], translate: Translate) -> str:
    bounds = band_bounds(key, edges)
    if bounds is None:
        return translate(C, AGE_UNKNOWN)
    low, high = bounds
    if high is None:
        return translate(C, AGE_OPEN).format(low=low)
    return translate(C, AGE_BAND).format(low=low, high=high)


def suppressed(values: Sequence[int], total: int) -> list[int | str]:
    """Hide counts 1 to 4 ("<5"), and one more ("*") where a single hidden cell beside a
    shown total could be recovered by subtraction."""
    out: list[int | str] = [SMALL if 1 <= n <= 4 else n for n in values]
    hidden = sum(1 for cell in out if cell == SMALL)
    if hidden == 1 and total >= 5:
        candidates = [(n, i) for i, n in enumerate(values) if out[i] != SMALL and n > 0]
        if candidates:
            out[min(candidates)[1]] = HIDDEN
    return out


def _cell(n: int, suppress: bool, unit: str) -> int | str:
    return SMALL if suppress and unit == "count" and 1 <= n <= 4 else n


def build_payload(report: MonthReport, translate: Translate, *, suppress: bool = False,
                  made_by: str = "", made_at: dt.datetime | None = None) -> dict[str, Any]:
    """The renderers' payload for ``report``; all text already translated."""
    texts = {key: translate(C, text) for key, text in TEXTS.items()}
    month, ytd = report.month_tally, report.ytd_tally
    sheets: list[dict[str, Any]] = []
    for topic in TOPICS:
        blocks: list[dict[str, Any]] = []
        for indicator in indicators_of(topic.id):
            if indicator.id not in month.values:
                continue  # an indicator added after this month was closed
            keys = [k for k in month.values.get(indicator.id, {}) if k != TOTAL]
            month_counts = [month.value(indicator.id, k) for k in keys]
            ytd_counts = [ytd.value(indicator.id, k) for k in keys]
            m_total, y_total = month.value(indicator.id), ytd.value(indicator.id)
            month_cells: list[int | str] = list(month_counts)
            ytd_cells: list[int | str] = list(ytd_counts)
            if suppress and indicator.unit == "count":
                month_cells, ytd_cells = suppressed(month_counts, m_total), \
                    suppressed(ytd_counts, y_total)
            target = report.targets.get(indicator.id)
            achievement = report.achievement(indicator.id)
            if suppress and 1 <= y_total <= 4:
                achievement = None  # with the target printed, it would give the count away
            rows = [{"label": key_label(indicator.breakdown, k, month, translate),
                     "month": m, "ytd": y}
                    for k, m, y in zip(keys, month_cells, ytd_cells)] \
                if indicator.breakdown else []
            blocks.append({
                "id": indicator.id, "label": translate(C, indicator.label),
                "unit": indicator.unit, "at_end": indicator.at_end,
                "month": _cell(m_total, suppress, indicator.unit),
                "ytd": _cell(y_total, suppress, indicator.unit),
                "target": target, "achievement": achievement, "rows": rows})
        sheets.append({"id": topic.id, "title": translate(C, topic.label), "blocks": blocks})
    targets = [{"label": block["label"], "ytd": block["ytd"], "target": block["target"],
                "achievement": block["achievement"]}
               for sheet in sheets for block in sheet["blocks"] if block["target"] is not None]
    bars = [(key_label("substance", key, month, translate), n)
            for key, n in month.values["admissions_by_substance"].items()
            if key != TOTAL and n > 0 and not (suppress and n < 5)]
    label = period_label(report.year, report.month, translate)
    made_at = made_at or dt.datetime.now()
    closed = report.closed
    closed_info = {"date": f"{closed.closed_at:%Y-%m-%d %H:%M}", "name": closed.closed_by,
                   "version": closed.definitions_version, "checksum": closed.checksum[:16]} \
        if closed else None
    status = texts["closed"].format(**closed_info) if closed_info else texts["open"]
    profile = facility()
    return {
        "texts": texts,
        "facility": {"name_lines": list(profile.name_lines) if profile else [],
                     "address": profile.address if profile else "",
                     "phone": profile.phone if profile else "",
                     "email": profile.email if profile else "",
                     "website": profile.website if profile else "",
                     "city": profile.city if profile else "",
                     "code": profile.code if profile else ""},
        "logo": profile.logo if profile and profile.logo else None,
        "year": report.year, "month": report.month, "period_label": label,
        "ytd_label": ytd_label(report.year, report.month, translate),
        "status": status, "closed": closed_info, "suppressed": suppress,
        "provisional": closed_info is None,
        # Acknowledged by the head of the facility, prepared by whoever exported it.
        "signature": {"place": profile.city if profile else "", "date": made_at.date().isoformat(),
                      "head_position": (profile.head_position if profile else "")
                      or texts["head"],
                      "head_name": profile.head_name if profile else "",
                      "head_nip": profile.head_nip if profile else "",
                      "prepared_by": made_by},
        "definitions_version": closed.definitions_version if closed else DEFINITIONS_VERSION,
        "made": texts["generated"].format(date=f"{made_at:%Y-%m-%d %H:%M}", name=made_by),
        "sheets": sheets, "targets": targets,
        "definitions": [{"label": translate(C, BY_ID[b["id"]].label),
                         "text": translate(C, BY_ID[b["id"]].definition)}
                        for sheet in sheets for b in sheet["blocks"]],
        "rules": [translate(C, rule) for rule in PERIOD_RULES],
        "charts": {
            "substance": {"title": texts["chart_substance"].format(period=label),
                          "rest": texts["chart_rest"],
                          "bars": sorted(bars, key=lambda bar: -bar[1])},
            "trend": {"title": texts["chart_trend"],
                      "months": [f"{translate(C, MONTHS[int(m[5:]) - 1])[:3]} {m[2:4]}"
                                 for m in report.trend_months],
                      # a small count is left out of the line (a gap), not drawn
                      "series": [{"name": translate(C, BY_ID[ind].label),
                                  "values": [None if suppress and 1 <= n <= 4 else n
                                             for n in values]}
                                 for ind, values in report.trend.items() if ind in BY_ID]},
        },
    }


def export_month(actor: Staff, year: int, month: int, fmt: str, translate: Translate, *,
                 suppress: bool = False, now: dt.datetime | None = None,
                 report: MonthReport | None = None) -> dict[str, Any]:
    """The payload of a month's report for an export to ``fmt`` (xlsx, csv, pdf), recorded in
    the audit trail with whether it was closed and whether small counts were hidden.

    ``report``: the month's report already computed for the screen (of ``year``-``month``),
    so an export does not count the month a second time."""
    if report is None or (report.year, report.month) != (year, month):
        report = month_report(actor, year, month)
    else:
        require(actor, Area.REPORT, Action.VIEW)
    payload = build_payload(report, translate, suppress=suppress, made_by=actor.full_name,
                            made_at=now)
    with write_transaction():
        audit.record(actor, "tally.export", "tally_close", None, month=f"{year:04d}-{month:02d}",
                     format=str(fmt)[:8], suppressed=bool(suppress),
                     checksum=report.closed.checksum if report.closed else None)
    if report.closed:  # a closed month's export carries the trail's signed state with it
        from models.seals.audit_checkpoint import make_checkpoint
        checkpoint = make_checkpoint(actor)
        if checkpoint is not None:
            payload["audit_checkpoint"] = checkpoint.line()
    return payload
