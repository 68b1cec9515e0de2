"""The audit trail in words: what each recorded act was, as a person reads it.

Screens never show an action code (``phase.move``) or the raw detail (JSON): they show
"<who> <did what> - <whose record>" and the detail's known facts as "label: value". Every
action the program records has its words here (a test walks the sources for them); a code
recorded by a newer version reads as "recorded an event", never as the code.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP as T

C = "Codes"
#: action code -> what the staff member did (a predicate, the actor's name goes before it).
ACTIONS: dict[str, str] = {
    "aftercare.close": T(C, "ended the aftercare"),
    "aftercare.contact": T(C, "recorded an aftercare contact"),
    "aftercare.relapse": T(C, "recorded a relapse: abstinence counts again"),
    "aftercare.start": T(C, "started the aftercare"),
    "aftercare.view": T(C, "read the aftercare plan"),
    "appointment.book": T(C, "booked an appointment"),
    "appointment.client_search": T(C, "searched the clients to book for"),
    "appointment.roster": T(C, "read the participants of a session"),
    "appointment.ics": T(C, "exported an appointment to a calendar"),
    "appointment.missed_job": T(C, "marked the day's missed appointments"),
    "appointment.note": T(C, "wrote a note on an appointment"),
    "appointment.reminder": T(C, "sent an appointment reminder"),
    "appointment.slip": T(C, "printed an appointment slip"),
    "appointment.scheduled": T(C, "scheduled an appointment again"),
    "appointment.attended": T(C, "marked an appointment attended"),
    "appointment.missed": T(C, "marked an appointment missed"),
    "appointment.cancelled": T(C, "cancelled an appointment"),
    "appointment.rescheduled": T(C, "moved an appointment"),
    "appointment.roster_scheduled": T(C, "put on a session's list"),
    "appointment.roster_attended": T(C, "marked present at a session"),
    "appointment.roster_missed": T(C, "marked absent from a session"),
    "appointment.roster_cancelled": T(C, "took off a session's list"),
    "appointment.roster_rescheduled": T(C, "moved to another session"),
    "assessment.addendum": T(C, "added an addendum to an assessment"),
    "assessment.create": T(C, "wrote an assessment"),
    "assessment.list": T(C, "listed the assessments"),
    "assessment.sign": T(C, "signed an assessment"),
    "assessment.update": T(C, "changed an assessment"),
    "assessment.view": T(C, "read an assessment"),
    "backup.create": T(C, "made a backup"),
    "backup.restore": T(C, "restored a backup"),
    "bnba.export": T(C, "exported the by-name list (BNBA)"),
    "bnba.listed": T(C, "exported in a by-name list"),
    "client_import.commit": T(C, "imported a client list"),
    "client_import.mapping": T(C, "saved the columns of a client list import"),
    "consent.create": T(C, "recorded a consent"),
    "contact.addendum": T(C, "added an addendum to an aftercare contact"),
    "contact.create": T(C, "added a family contact"),
    "contact.guardian": T(C, "set the guardian"),
    "contact_consent.record": T(C, "recorded the consent to be contacted"),
    "contact_consent.withdraw": T(C, "withdrew the consent to be contacted"),
    "database.change_key": T(C, "changed the database key"),
    "diagnosis.add": T(C, "gave a diagnosis"),
    "diagnosis.list": T(C, "listed the diagnoses"),
    "diagnosis.primary": T(C, "made a diagnosis the primary one"),
    "diagnosis.withdraw": T(C, "withdrew a diagnosis"),
    "discharge.correct": T(C, "corrected a discharge"),
    "discharge.view": T(C, "read a discharge"),
    "document.issue": T(C, "issued a document"),
    "document.reissue": T(C, "issued a document again"),
    "document.reprint": T(C, "printed a copy of a document"),
    "document.view": T(C, "looked at a document"),
    "document.void": T(C, "voided a document"),
    "enrollment.create": T(C, "started a program"),
    "enrollment.view": T(C, "read the program"),
    "episode.admit": T(C, "admitted to a program"),
    "episode.counselor": T(C, "set the counselor of record"),
    "episode.create": T(C, "registered an episode"),
    "episode.discharge": T(C, "discharged"),
    "episode.not_continued": T(C, "closed the episode: the client did not continue"),
    "episode.wait": T(C, "put on the waiting list"),
    "episode.withdraw": T(C, "took off the waiting list"),
    "exchange.import_replace": T(C, "replaced an imported facility package"),
    "exchange.mapping": T(C, "loaded a mapping for the national systems"),
    "exchange.package": T(C, "made a package for the national systems"),
    "facility.create": T(C, "set up the facility"),
    "facility.update": T(C, "changed the facility profile"),
    "flag.clear": T(C, "cleared a flag"),
    "flag.set": T(C, "put a flag on the record"),
    "note.addendum": T(C, "added an addendum to a session note"),
    "note.create": T(C, "wrote a session note"),
    "note.entry": T(C, "wrote a participant's entry of a group session"),
    "note.list": T(C, "listed the session notes"),
    "note.search": T(C, "searched the session notes"),
    "note.sign": T(C, "signed a session note"),
    "note.update": T(C, "changed a session note"),
    "note.view": T(C, "read a session note"),
    "number_template.set": T(C, "changed a number format"),
    "person.access_history": T(C, "read this list"),
    "person.create": T(C, "registered the person"),
    "person.merge": T(C, "merged a duplicate record"),
    "person.merge_undo": T(C, "undid a merge"),
    "person.not_duplicate": T(C, "confirmed this is not the person of a similar record"),
    "person.renumber": T(C, "became a client: new registration number"),
    "person.restricted_refused": T(C, "was refused the restricted record"),
    "person.update": T(C, "changed the identity"),
    "person.view": T(C, "opened the record"),
    "phase.move": T(C, "moved to another phase"),
    "phase.undo": T(C, "undid a phase move"),
    "photo.save": T(C, "took a photo"),
    "photo.view": T(C, "looked at the photo"),
    "program.roster": T(C, "listed the clients of a program"),
    "rumatan.absence": T(C, "recorded the client as away (hospital, detained, out of town)"),
    "rumatan.chart_view": T(C, "read the dose chart"),
    "rumatan.dose": T(C, "gave a dose"),
    "rumatan.dose_split": T(C, "split a dose"),
    "rumatan.order": T(C, "ordered a dose"),
    "rumatan.replacement": T(C, "gave a replacement dose"),
    "rumatan.review": T(C, "reviewed the client after missed doses"),
    "rumatan.sheet_print": T(C, "printed a dosing sheet"),
    "rumatan.stock_count": T(C, "counted the stock"),
    "rumatan.stock_received": T(C, "recorded stock received"),
    "rumatan.stock_wasted": T(C, "recorded wasted stock"),
    "rumatan.stop": T(C, "stopped the maintenance therapy"),
    "rumatan.summary_view": T(C, "read the maintenance therapy summary"),
    "rumatan.summary_export": T(C, "exported the maintenance therapy summary"),
    "rumatan.take_home_return": T(C, "recorded take-home doses returned"),
    "rumatan.vomited": T(C, "recorded a vomited dose"),
    "rumatan.window_view": T(C, "opened the dosing window"),
    "setting.update": T(C, "changed a setting"),
    "signing_key.create": T(C, "made a signing key"),
    "signing_key.export": T(C, "exported the public keys"),
    "signing_key.retire": T(C, "retired a signing key"),
    "signing_key.revoke": T(C, "revoked a signing key"),
    "signing_key.trust_import": T(C, "imported another facility's keys"),
    "skhpn.cancel": T(C, "cancelled an SKHPN application"),
    "skhpn.examine": T(C, "examined for an SKHPN"),
    "skhpn.open": T(C, "took an SKHPN application"),
    "staff.activate": T(C, "changed whether a staff account is active"),
    "staff.deactivate": T(C, "deactivated a staff account"),
    "staff.change_password": T(C, "changed their own password"),
    "staff.change_password_refused": T(C, "was refused a password change"),
    "staff.correct": T(C, "corrected a staff member's details"),
    "staff.create": T(C, "created a staff account"),
    "staff.create_first_admin": T(C, "created the first administrator"),
    "staff.reset_password": T(C, "set a new password for a staff member"),
    "staff.set_right": T(C, "changed a staff member's rights"),
    "staff.set_role": T(C, "changed a staff member's role"),
    "staff.signin": T(C, "signed in"),
    "staff.signin_failed": T(C, "failed to sign in"),
    "staff.unlock": T(C, "unlocked a staff account"),
    "tally.close": T(C, "closed a month"),
    "tally.close_confirmed": T(C, "closed a month after its checks"),
    "tally.export": T(C, "exported the monthly report"),
    "tally.reopen": T(C, "reopened a closed month"),
    "target.set": T(C, "set an annual target"),
    "template.active": T(C, "changed whether a program is offered"),
    "template.move_add": T(C, "added a phase move to a program"),
    "template.move_remove": T(C, "removed a phase move from a program"),
    "template.phase": T(C, "changed a program phase"),
    "template.series": T(C, "changed a program's session series"),
    "urine.confirm": T(C, "recorded the confirmation of a urine test"),
    "urine.create": T(C, "recorded a urine test"),
    "urine.list": T(C, "listed the urine tests"),
    "urine.view": T(C, "read a urine test"),
    "verifier_page.write": T(C, "wrote the verifier page"),
    "waiting.skip": T(C, "admitted ahead of the waiting list"),
}
UNKNOWN = T(C, "recorded an event")

#: table -> what kind of record an event is about
RECORDS: dict[str, str] = {
    "person": T(C, "client record"), "episode": T(C, "episode"),
    "assessment": T(C, "assessment"), "urine_test": T(C, "urine test"),
    "note": T(C, "session note"), "aftercare_plan": T(C, "aftercare plan"),
    "document": T(C, "document"), "staff": T(C, "staff account"),
    "setting": T(C, "setting"), "facility": T(C, "facility profile"),
    "tally_close": T(C, "monthly report"), "enrollment": T(C, "program"),
    "appointment": T(C, "appointment"), "program_template": T(C, "program template"),
    "discharge": T(C, "discharge"), "signing_key": T(C, "signing key"),
}
OTHER_RECORD = T(C, "record")

#: detail key -> its label; keys not here (ids, checksums) are not shown.
DETAIL_LABELS: dict[str, str] = {
    "kind": T(C, "Kind"), "number": T(C, "Number"), "purpose": T(C, "Purpose"),
    "reason": T(C, "Reason"), "contact_type": T(C, "Kind of contact"),
    "relapse": T(C, "Relapse"), "any_positive": T(C, "Positive parameter"),
    "month": T(C, "Month"), "format": T(C, "Format"), "suppressed": T(C, "Small counts hidden"),
    "count": T(C, "Number of lines"), "fields": T(C, "Fields changed"),
    "method": T(C, "Confirmed by"), "result": T(C, "Result"),
    "confirmed_on": T(C, "Date of confirmation"), "code": T(C, "Code"),
    "primary": T(C, "Primary"), "source": T(C, "Source"),
    "abstinence_since": T(C, "Abstinent since"), "previous": T(C, "Before"),
    "used_on": T(C, "Date of use"), "discharged_on": T(C, "Discharge date"),
    "followups": T(C, "Number of follow-ups"), "interval_months": T(C, "Months between follow-ups"),
    "role": T(C, "Role"), "present": T(C, "Present"), "name": T(C, "Name"),
    "wajib_lapor": T(C, "Compulsory reporting (wajib lapor)"), "was": T(C, "Before"),
    "teds_code": T(C, "TEDS code"), "from_phase": T(C, "From phase"),
    "to_phase": T(C, "To phase"), "phase": T(C, "Phase"), "template": T(C, "Program"),
    "nik_override": T(C, "NIK check overridden"), "interval": T(C, "Interval"),
}
YES, NO = T(C, "yes"), T(C, "no")


def action_words(action: str) -> str:
    """The (untranslated) predicate of ``action``; never the code itself."""
    return ACTIONS.get(action, UNKNOWN)


def record_words(table: str) -> str:
    return RECORDS.get(table, OTHER_RECORD)


def _choices() -> dict[str, dict[str, str]]:
    """Detail keys whose values are codes of a known list -> code -> label."""
    from models.care.aftercare import CONTACT_TYPES
    from models.care.assessment import KINDS
    from models.care.discharge import REASONS
    from models.care.urine import CONFIRM_METHODS, CONFIRM_RESULTS, PURPOSES
    return {"kind": dict(KINDS), "contact_type": dict(CONTACT_TYPES),
            "reason": {code: label for code, label, _teds in REASONS},
            "purpose": dict(PURPOSES), "method": dict(CONFIRM_METHODS),
            "result": dict(CONFIRM_RESULTS)}


def detail_facts(detail: Mapping[str, Any] | None) -> list[tuple[str, Any, bool]]:
    """The facts of an event's detail worth reading: (label, value, value is a marked text)
    in a stable order; dates come back as dates, yes/no as marked texts."""
    if not detail:
        return []
    choices = _choices()
    facts: list[tuple[str, Any, bool]] = []
    for key in sorted(detail):
        label = DETAIL_LABELS.get(key)
        value = detail[key]
        if label is None or value is None or value == "":
            continue
        if isinstance(value, bool):
            facts.append((label, YES if value else NO, True))
        elif isinstance(value, str) and key in choices and value in choices[key]:
            facts.append((label, choices[key][value], True))
        elif isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                facts.append((label, dt.date.fromisoformat(value), False))
            except ValueError:
                facts.append((label, value, False))
        elif isinstance(value, (list, tuple)):
            facts.append((label, ", ".join(str(v) for v in value), False))
        else:
            facts.append((label, value, False))
    return facts
