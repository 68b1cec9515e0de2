"""The grid sections of the ASI-based form: drug use per substance, the physical examination,
and the summary grid (the interviewer's 0-9 severity and the client's own 0-4 ratings).

Answer keys: ``drug_use.substances = {row: {"days30", "years", "route"}}``;
``physical = {"blood_pressure", "pulse", "respiration", "temperature", "weight", "height",
"systems": {system: {"state", "finding"}}}``; ``grid`` as :func:`models.care.scoring.evaluate_asi`
reads it: ``{domain: {"severity", "trouble", "need"}}``.
"""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from models.care.physical_exam import (
    BODY_SYSTEMS,
    F_BP,
    F_HEIGHT,
    F_PULSE,
    F_RESPIRATION,
    F_TEMPERATURE,
    F_WEIGHT,
    FINDINGS,
    MSG_BP,
    MSG_TEMPERATURE,
)
from models.care.scoring import ASI_DOMAINS, F_NEED, F_SEVERITY, F_TROUBLE
from models.core.errors import ValidationError
from models.intake.episode import ROUTES
from ui.clients.person_form import line, retranslate_combo
from ui.clinical.answers import NumberField, choice_combo, combo_value, set_combo, text_value
from ui.clinical.asi_sections import wrapping_form
from ui.widgets.field_form import plain_label

DRUG_ROWS = (
    ("alcohol", T("Codes", "Alcohol")),
    ("heroin", T("Codes", "Heroin")),
    ("methadone", T("Codes", "Methadone / buprenorphine")),
    ("other_opioids", T("Codes", "Other opioids / analgesics")),
    ("barbiturates", T("Codes", "Barbiturates")),
    ("sedatives", T("Codes", "Sedatives / hypnotics / tranquillisers")),
    ("cocaine", T("Codes", "Cocaine")),
    ("amphetamines", T("Codes", "Amphetamines (including methamphetamine)")),
    ("cannabis", T("Codes", "Cannabis")),
    ("hallucinogens", T("Codes", "Hallucinogens")),
    ("inhalants", T("Codes", "Inhalants")),
    ("polysubstance", T("Codes", "More than one substance a day")),
)
F_DRUG_GRID = T("Codes", "Use per substance")
COLUMNS = (T("Codes", "Days used in the last 30"), T("Codes", "Years of use in life"),
           T("Codes", "Route of use"))
MSG_CELL = T("Errors", "{substance}, {column}: write a whole number from {low} to {high}.")


class DrugUseGrid(QWidget):
    """Rows of substances; columns days in the last 30, years of lifetime use, route."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drug_grid")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.headers = [plain_label("", self, wrap=True) for _ in range(1 + len(COLUMNS))]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        self.names: dict[str, Any] = {}
        self.cells: dict[str, tuple[NumberField, NumberField, QComboBox]] = {}
        for row, (code, _label) in enumerate(DRUG_ROWS, start=1):
            name = plain_label("", self, wrap=True)
            days = NumberField(f"drug.{code}.days30", 0, 30, self)
            years = NumberField(f"drug.{code}.years", 0, 99, self)
            route = choice_combo(ROUTES, f"drug.{code}.route", self)
            name.setBuddy(days)
            for column, widget in enumerate((name, days, years, route)):
                grid.addWidget(widget, row, column)
            self.names[code] = name
            self.cells[code] = (days, years, route)
        grid.setColumnStretch(0, 1)
        self.retranslate_ui()

    def values(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for code, label in DRUG_ROWS:
            days, years, route = self.cells[code]
            row: dict[str, Any] = {}
            for key, cell, column in (("days30", days, COLUMNS[0]), ("years", years, COLUMNS[1])):
                try:
                    value = cell.value(column)
                except ValidationError:
                    cell.setFocus()
                    raise ValidationError(MSG_CELL, field=F_DRUG_GRID, substance=label,
                                          column=column, low=cell.low, high=cell.high) from None
                if value is not None:
                    row[key] = value
            if combo_value(route):
                row["route"] = combo_value(route)
            if row:
                out[code] = row
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for code, (days, years, route) in self.cells.items():
            row = values.get(code) or {}
            days.set_value(row.get("days30"))
            years.set_value(row.get("years"))
            set_combo(route, row.get("route"))

    def retranslate_ui(self) -> None:
        self.headers[0].setText(QCoreApplication.translate("Codes", "Substance"))
        for header, text in zip(self.headers[1:], COLUMNS):
            header.setText(QCoreApplication.translate("Codes", text))
        for code, label in DRUG_ROWS:
            self.names[code].setText(QCoreApplication.translate("Codes", label))
            retranslate_combo(self.cells[code][2])


# --- physical examination -------------------------------------------------------------

_BP = re.compile(r"^\s*(\d{2,3})\s*/\s*(\d{2,3})\s*$")


class PhysicalExam(QWidget):
    """Vital signs and a finding per body system."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = wrapping_form(self)
        self.blood_pressure = line("physical.blood_pressure", self)
        self.blood_pressure.setMaxLength(9)
        self.pulse = NumberField("physical.pulse", 20, 250, self)
        self.respiration = NumberField("physical.respiration", 4, 80, self)
        self.temperature = line("physical.temperature", self)
        self.temperature.setMaxLength(5)
        self.weight = NumberField("physical.weight", 1, 300, self)
        self.height = NumberField("physical.height", 30, 250, self)
        for label, widget in ((F_BP, self.blood_pressure), (F_PULSE, self.pulse),
                              (F_RESPIRATION, self.respiration),
                              (F_TEMPERATURE, self.temperature), (F_WEIGHT, self.weight),
                              (F_HEIGHT, self.height)):
            self.form.add_row(label, widget)
        self.systems: dict[str, tuple[QComboBox, Any]] = {}
        for code, label in BODY_SYSTEMS:
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            state = choice_combo(FINDINGS, f"physical.{code}", holder)
            finding = line(f"physical.{code}.finding", holder)
            row.addWidget(state)
            row.addWidget(finding, 1)
            holder.setFocusProxy(state)
            self.form.add_row(label, holder)
            self.systems[code] = (state, finding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.retranslate_ui()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        bp = self.blood_pressure.text().strip()
        if bp:
            match = _BP.match(bp)
            if match is None:
                raise ValidationError(MSG_BP, field=F_BP)
            out["blood_pressure"] = f"{match.group(1)}/{match.group(2)}"
        for key, widget, label in (("pulse", self.pulse, F_PULSE),
                                   ("respiration", self.respiration, F_RESPIRATION),
                                   ("weight", self.weight, F_WEIGHT),
                                   ("height", self.height, F_HEIGHT)):
            value = widget.value(label)
            if value is not None:
                out[key] = value
        temperature = self.temperature.text().strip().replace(",", ".")
        if temperature:
            try:
                degrees = float(temperature)
            except ValueError:
                degrees = 0.0
            if not 30 <= degrees <= 45:
                raise ValidationError(MSG_TEMPERATURE, field=F_TEMPERATURE)
            out["temperature"] = round(degrees, 1)
        systems = {}
        for code, label in BODY_SYSTEMS:
            state, finding = self.systems[code]
            entry = {"state": combo_value(state), "finding": text_value(finding, label, 500)}
            if entry["state"] or entry["finding"]:
                systems[code] = entry
        if systems:
            out["systems"] = systems
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        self.blood_pressure.setText(str(values.get("blood_pressure") or ""))
        self.pulse.set_value(values.get("pulse"))
        self.respiration.set_value(values.get("respiration"))
        self.weight.set_value(values.get("weight"))
        self.height.set_value(values.get("height"))
        temperature = values.get("temperature")
        self.temperature.setText("" if temperature is None  # the Indonesian decimal comma
                                 else str(temperature).replace(".", ","))
        systems = values.get("systems") or {}
        for code, (state, finding) in self.systems.items():
            set_combo(state, (systems.get(code) or {}).get("state"))
            finding.setText(str((systems.get(code) or {}).get("finding") or ""))

    def retranslate_ui(self) -> None:
        self.form.retranslate_ui()
        self.blood_pressure.setPlaceholderText("120/80")
        self.temperature.setPlaceholderText("36.8")
        for state, finding in self.systems.values():
            retranslate_combo(state)
            finding.setPlaceholderText(QCoreApplication.translate("Codes", "Finding"))


# --- the summary grid -------------------------------------------------------------------

SEVERITY_CHOICES = tuple((str(n), str(n)) for n in range(10))
CLIENT_CHOICES = (
    ("0", T("Codes", "0 - not at all")),
    ("1", T("Codes", "1 - slightly")),
    ("2", T("Codes", "2 - moderately")),
    ("3", T("Codes", "3 - considerably")),
    ("4", T("Codes", "4 - extremely")),
)
SEVERITY_LEGEND = T("Codes", "Interviewer severity: 0-1 no real problem, treatment not "
                    "needed; 2-3 slight problem; 4-5 moderate problem, some treatment "
                    "indicated; 6-7 considerable problem, treatment needed; 8-9 extreme "
                    "problem, treatment absolutely necessary. The client rates how troubled "
                    "they have been and how important treatment is to them, 0-4.")


class SeverityGrid(QWidget):
    """Six domains; per domain the interviewer's 0-9 and the client's two 0-4 ratings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severity_grid")
        grid = QGridLayout()
        self.headers = [plain_label("", self, wrap=True) for _ in range(4)]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        self.names: dict[str, Any] = {}
        self.combos: dict[str, dict[str, QComboBox]] = {}
        for row, (domain, _label) in enumerate(ASI_DOMAINS, start=1):
            name = plain_label("", self, wrap=True)
            combos = {"severity": choice_combo(SEVERITY_CHOICES, f"grid.{domain}.severity",
                                               self),
                      "trouble": choice_combo(CLIENT_CHOICES, f"grid.{domain}.trouble", self),
                      "need": choice_combo(CLIENT_CHOICES, f"grid.{domain}.need", self)}
            name.setBuddy(combos["severity"])
            grid.addWidget(name, row, 0)
            for column, key in enumerate(("severity", "trouble", "need"), start=1):
                grid.addWidget(combos[key], row, column)
            self.names[domain] = name
            self.combos[domain] = combos
        grid.setColumnStretch(0, 1)
        self.legend = plain_label("", self, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self.retranslate_ui()

    def values(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for domain, combos in self.combos.items():
            row = {key: int(combo_value(c)) for key, c in combos.items() if combo_value(c)}
            if row:
                out[domain] = row
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for domain, combos in self.combos.items():
            row = values.get(domain) or {}
            for key, combo in combos.items():
                set_combo(combo, row.get(key))

    def retranslate_ui(self) -> None:
        for header, text in zip(self.headers, (T("Codes", "Domain"), F_SEVERITY, F_TROUBLE,
                                               F_NEED)):
            header.setText(QCoreApplication.translate("Codes", text))
        for domain, label in ASI_DOMAINS:
            self.names[domain].setText(QCoreApplication.translate("Codes", label))
            for combo in self.combos[domain].values():
                retranslate_combo(combo)
        self.legend.setText(QCoreApplication.translate("Codes", SEVERITY_LEGEND))
