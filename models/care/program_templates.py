"""The default program templates (DOMAIN.md section 6), shipped as data and installed once.

The templates live in ``resources/programs/default_templates.json``: per template its code,
name and service type, its phases in order (code, Indonesian name, target days, first and
final phase) and the moves it allows (forward, back one phase after a relapse, skip with a
reason). A facility's first-run set-up and the demo generator call
:func:`install_default_templates`; a template whose code is already present is left as the
facility has it.
"""
from __future__ import annotations

import datetime as dt
import json
from importlib import resources as importlib_resources
from typing import Any

from models.care.program import MOVE_KINDS, Phase, PhaseTransition, ProgramTemplate
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.db.connection import database
from models.safety.audit import AuditEvent

TEMPLATES_RESOURCE = ("resources", "programs/default_templates.json")
SERVICE_TYPES = ("outpatient", "inpatient", "maintenance", "social")

MSG_BAD_TEMPLATES = QT_TRANSLATE_NOOP(
    "Errors", "The program template file is damaged ({detail}). Reinstall Pulih.")


def load_default_templates() -> list[dict[str, Any]]:
    """The templates of the shipped JSON file, checked for the shape the installer needs."""
    package, name = TEMPLATES_RESOURCE
    try:
        text = importlib_resources.files(package).joinpath(name).read_text(encoding="utf-8")
        templates = json.loads(text)["templates"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(MSG_BAD_TEMPLATES, detail=str(exc)) from exc
    for template in templates:
        _check(template)
    return templates


def _check(template: dict[str, Any]) -> None:
    """Raise :class:`ValidationError` unless ``template`` is internally consistent."""
    def bad(detail: str) -> ValidationError:
        return ValidationError(MSG_BAD_TEMPLATES, detail=f"{template.get('code')}: {detail}")

    phases = template.get("phases") or []
    codes = [p["code"] for p in phases]
    if template.get("service_type") not in SERVICE_TYPES:
        raise bad("unknown service type")
    if not phases or len(set(codes)) != len(codes):
        raise bad("phases missing or codes repeated")
    if [p["seq"] for p in phases] != list(range(1, len(phases) + 1)):
        raise bad("phase numbers are not 1, 2, 3, ...")
    if [p["is_first"] for p in phases].count(True) != 1 or not phases[0]["is_first"]:
        raise bad("the first phase must be the one marked first")
    if [p["is_final"] for p in phases].count(True) != 1 or not phases[-1]["is_final"]:
        raise bad("the last phase must be the one marked final")
    kinds = {kind for kind, _label in MOVE_KINDS}
    for move in template.get("transitions", []):
        if move["from"] not in codes or move["to"] not in codes or move["kind"] not in kinds:
            raise bad(f"bad transition {move}")


def install_default_templates(at: dt.datetime | None = None) -> dict[str, int]:
    """Insert each default template whose code is missing; return code -> template id.

    Runs in one transaction and audits each template it installs, with no acting staff
    member (this is part of setting the facility up) and at ``at`` (default: now; the demo
    generator passes a fixed time so that its data do not depend on the clock).
    """
    templates = load_default_templates()
    ids: dict[str, int] = {}
    with database.atomic():
        present = dict(ProgramTemplate.select(ProgramTemplate.code, ProgramTemplate.id)
                       .where(ProgramTemplate.code.in_([t["code"] for t in templates]))
                       .tuples())
        for template in templates:
            code = template["code"]
            if code in present:
                ids[code] = present[code]
                continue
            ids[code] = _install(template, at or dt.datetime.now())
    return ids


def _install(template: dict[str, Any], at: dt.datetime) -> int:
    row = ProgramTemplate.create(code=template["code"], name=template["name"],
                                 service_type=template["service_type"], active=True,
                                 series_sessions=template.get(
                                     "series_sessions",
                                     8 if template["service_type"] == "outpatient" else 0))
    phase_ids: dict[str, int] = {}
    for phase in template["phases"]:
        phase_ids[phase["code"]] = Phase.create(
            template=row.id, seq=phase["seq"], code=phase["code"], name=phase["name"],
            target_days=phase.get("target_days"), is_first=phase["is_first"],
            is_final=phase["is_final"], requirements=phase.get("requirements", "")).id
    for move in template.get("transitions", []):
        PhaseTransition.create(template=row.id, from_phase=phase_ids[move["from"]],
                               to_phase=phase_ids[move["to"]], kind=move["kind"],
                               requires_reason=bool(move.get("requires_reason")))
    AuditEvent.create(at=at, staff=None, action="install_template",
                      table_name=ProgramTemplate._meta.table_name, record_id=row.id,
                      detail={"code": template["code"]})
    return row.id
