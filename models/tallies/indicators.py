"""The indicators of the monthly tally, declared as data: what each counts and how it splits.

Every indicator has an id (stable: annual targets and closed months refer to it), an English
label and a written definition (both marked for translation in context "Indicators"; the
desk reads them in Indonesian), the topic it belongs to (one sheet of the XLSX each), and
the breakdown it is split by. The rules that decide in which period a thing counts are
written down once in :data:`PERIOD_RULES`; :mod:`models.tallies.tally` follows them, and the tests
recount every indicator in plain Python from the same rules.

Change a definition, a breakdown or the rules and :data:`DEFINITIONS_VERSION` must go up:
a closed month keeps the version it was counted under, and a test compares
:func:`definitions_fingerprint` with the fingerprint recorded for each version.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from models.appointments.appointment import KINDS as APPOINTMENT_KINDS
from models.care.aftercare import CONTACT_TYPES
from models.care.assessment import KINDS as ASSESSMENT_KINDS
from models.care.diagnosis import DIAGNOSIS_SUBSTANCES
from models.care.discharge import REASONS
from models.care.urine import RESULTS as URINE_RESULTS
from models.core.errors import QT_TRANSLATE_NOOP
from models.documents.document import SKHPN_PURPOSES, SKHPN_RESULTS
from models.intake.episode import REFERRAL_ROUTES, REPORTERS, ROUTES, SERVICE_TYPES, SUBSTANCES
from models.people.person import SEXES

C = "Indicators"
DEFINITIONS_VERSION = 2
#: The fingerprint of the definitions of each version (see :func:`definitions_fingerprint`).
#: Version 2 (issue 17): episodes closed without admission ("tidak melanjutkan") and the
#: waiting list by service type (places are counted per service type); appointments attended
#: and missed by kind (issue 13). A month closed under
#: version 1 keeps its numbers; its stored tally simply has no value for the new indicators.
#: Version 2 also splits the positive urine screens by their confirmation (a screen is
#: presumptive until a laboratory or the client's admission confirms it) and counts the
#: doctor's own physical examinations.
FINGERPRINTS = {1: "502f03a240655af9", 2: "f540b01084a86616"}

#: How periods, episodes, dates and ages are counted; shown with the definitions.
PERIOD_RULES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(C, "A period runs from its first day to its last day, both included. "
                      "An event (a report, an admission, a discharge, a test, a certificate) "
                      "counts in the period that holds its date; a test or a certificate is "
                      "dated by the day it was taken or issued, whatever the hour."),
    QT_TRANSLATE_NOOP(C, "The unit is the episode of care: a person admitted twice in one "
                      "period counts twice among the admissions."),
    QT_TRANSLATE_NOOP(C, "An episode that spans months is a new client only in the month of "
                      "its admission, and a continuing client in every later month up to and "
                      "including the month of its discharge; it never counts as both in one "
                      "period."),
    QT_TRANSLATE_NOOP(C, "A discharge on the last day of a month counts among that month's "
                      "discharges; the client is still counted as served in that month, is not "
                      "in that month's end census, and is not a continuing client of the next "
                      "month. The census counts who is still in a program at the end of the "
                      "period's last day."),
    QT_TRANSLATE_NOOP(C, "Age is counted in completed years and goes up on the birthday "
                      "itself: a client whose birthday is the first day of the period is "
                      "counted at the new age (a birthday on 29 February counts as 28 February "
                      "in common years). New clients are counted at their age on the day of "
                      "admission, continuing clients at their age on the first day of the "
                      "period. A missing birth date, or one after that day, counts as age "
                      "unknown."),
    QT_TRANSLATE_NOOP(C, "Year to date runs from 1 January to the last day of the month "
                      "reported. A figure at the period's end (census, phases, waiting list) "
                      "is the same for the month and for the year to date."),
)


@dataclass(frozen=True)
class Breakdown:
    """A way to split an indicator.

    Attributes:
        id: stable identifier.
        label: English label, marked in context "Indicators".
        codes: the known (code, label) pairs in their order; every label is marked in
            context "Codes". Empty for a breakdown whose keys come from the data or the settings
            (age bands, program phases).
    """

    id: str
    label: str
    codes: tuple[tuple[str, str], ...] = ()


NONE_KEY = "none"
L_NONE = QT_TRANSLATE_NOOP("Codes", "Not recorded")
URINE_OUTCOMES = (("positive", URINE_RESULTS[1][1]), ("negative", URINE_RESULTS[0][1]),
                  ("invalid", URINE_RESULTS[2][1]))
URINE_CONFIRMATIONS = (
    ("lab_positive", QT_TRANSLATE_NOOP("Codes", "Confirmed by a laboratory")),
    ("admission", QT_TRANSLATE_NOOP("Codes", "Confirmed by the client's admission")),
    ("lab_negative", QT_TRANSLATE_NOOP("Codes", "Not confirmed by the laboratory")),
    ("pending", QT_TRANSLATE_NOOP("Codes", "Awaiting confirmation")),
)

BREAKDOWNS: dict[str, Breakdown] = {b.id: b for b in (
    Breakdown("sex_age", QT_TRANSLATE_NOOP(C, "Sex and age band")),
    Breakdown("sex", QT_TRANSLATE_NOOP(C, "Sex"), SEXES),
    Breakdown("substance", QT_TRANSLATE_NOOP(C, "Primary substance"),
              SUBSTANCES + ((NONE_KEY, L_NONE),)),
    Breakdown("route", QT_TRANSLATE_NOOP(C, "Route of use of the primary substance"),
              ROUTES + ((NONE_KEY, L_NONE),)),
    Breakdown("diagnosis", QT_TRANSLATE_NOOP(C, "Diagnosis (ICD-10)"),
              DIAGNOSIS_SUBSTANCES + ((NONE_KEY, L_NONE),)),
    Breakdown("referral", QT_TRANSLATE_NOOP(C, "Referral route"), REFERRAL_ROUTES),
    Breakdown("reporter", QT_TRANSLATE_NOOP(C, "Reporter"), REPORTERS),
    Breakdown("service", QT_TRANSLATE_NOOP(C, "Service type"), SERVICE_TYPES),
    Breakdown("phase", QT_TRANSLATE_NOOP(C, "Program phase")),
    Breakdown("discharge_reason", QT_TRANSLATE_NOOP(C, "Reason for discharge"),
              tuple((code, label) for code, label, _teds in REASONS)),
    Breakdown("contact_type", QT_TRANSLATE_NOOP(C, "Kind of contact"), CONTACT_TYPES),
    Breakdown("assessment_kind", QT_TRANSLATE_NOOP(C, "Instrument"), ASSESSMENT_KINDS),
    Breakdown("urine_outcome", QT_TRANSLATE_NOOP(C, "Result"), URINE_OUTCOMES),
    Breakdown("urine_confirmation", QT_TRANSLATE_NOOP(C, "Confirmation"), URINE_CONFIRMATIONS),
    Breakdown("skhpn_result", QT_TRANSLATE_NOOP(C, "SKHPN result"), SKHPN_RESULTS),
    Breakdown("skhpn_purpose", QT_TRANSLATE_NOOP(C, "SKHPN purpose"), SKHPN_PURPOSES),
    Breakdown("appointment_kind", QT_TRANSLATE_NOOP(C, "Kind of appointment"),
              APPOINTMENT_KINDS),
)}


@dataclass(frozen=True)
class Topic:
    """A group of indicators shown together (one sheet of the XLSX)."""

    id: str
    label: str


TOPICS: tuple[Topic, ...] = (
    Topic("clients", QT_TRANSLATE_NOOP(C, "Clients")),
    Topic("intake", QT_TRANSLATE_NOOP(C, "Reports and referrals")),
    Topic("substance", QT_TRANSLATE_NOOP(C, "Substances and diagnoses")),
    Topic("service", QT_TRANSLATE_NOOP(C, "Service types")),
    Topic("census", QT_TRANSLATE_NOOP(C, "Census")),
    Topic("discharge", QT_TRANSLATE_NOOP(C, "Discharge and aftercare")),
    Topic("tests", QT_TRANSLATE_NOOP(C, "Assessments and urine tests")),
    Topic("skhpn", QT_TRANSLATE_NOOP(C, "SKHPN")),
    Topic("appointments", QT_TRANSLATE_NOOP(C, "Appointments")),
)


@dataclass(frozen=True)
class Indicator:
    """One number (with its breakdown) that the tally reports.

    Attributes:
        id: stable identifier, used by annual targets and closed months.
        label: English label, marked in context "Indicators".
        topic: the id of its :class:`Topic`.
        breakdown: the id of its :class:`Breakdown`, or None for a single number.
        definition: what counts, marked in context "Indicators".
        unit: "count", or "rupiah" for money (never suppressed, never a target).
        at_end: True for a figure taken at the end of the period (census) rather than
            counted over it.
        target: True when the facility sets an annual target for it.
    """

    id: str
    label: str
    topic: str
    breakdown: str | None
    definition: str
    unit: str = "count"
    at_end: bool = False
    target: bool = False


T = QT_TRANSLATE_NOOP
INDICATORS: tuple[Indicator, ...] = (
    Indicator("new_clients", T(C, "New clients (admissions)"), "clients", "sex_age",
              T(C, "Episodes whose admission date (the first day of service) falls in the "
                   "period, by sex and by age on the day of admission. A screening or an "
                   "assessment alone is not an admission.")),
    Indicator("continuing_clients", T(C, "Continuing clients"), "clients", "sex_age",
              T(C, "Episodes admitted before the first day of the period and not discharged "
                   "before it, by sex and by age on the first day of the period.")),
    Indicator("clients_served", T(C, "Clients served"), "clients", "service",
              T(C, "New and continuing clients together: episodes in a program on at least "
                   "one day of the period, by service type.")),
    Indicator("reports_received", T(C, "Reports received"), "intake", "referral",
              T(C, "Episodes whose report date falls in the period, admitted or not, by "
                   "referral route.")),
    Indicator("reports_by_reporter", T(C, "Reports received by reporter"), "intake",
              "reporter",
              T(C, "The same reports, by who made the report.")),
    Indicator("wajib_lapor_reports", T(C, "Wajib lapor reports received"), "intake", None,
              T(C, "Reports received in the period that were made under the duty to report "
                   "(wajib lapor, PP 25/2011)."), target=True),
    Indicator("admissions_by_substance", T(C, "New clients by primary substance"),
              "substance", "substance",
              T(C, "Admissions in the period by the primary substance recorded at intake.")),
    Indicator("admissions_by_route", T(C, "New clients by route of use"), "substance",
              "route",
              T(C, "Admissions in the period by the route of use of the primary substance.")),
    Indicator("admissions_by_diagnosis", T(C, "New clients by diagnosis"), "substance",
              "diagnosis",
              T(C, "Admissions in the period by the ICD-10 category (F10 to F19) of the "
                   "episode's latest signed diagnosis made on or before the period's last "
                   "day; an episode without one counts as not recorded.")),
    Indicator("admissions_by_service", T(C, "New clients by service type"), "service",
              "service",
              T(C, "Admissions in the period by the service type of the episode.")),
    Indicator("outpatient_clients", T(C, "Outpatient clients admitted"), "service", None,
              T(C, "Admissions in the period to outpatient care (rawat jalan), maintenance "
                   "therapy (rumatan) included."), target=True),
    Indicator("inpatient_clients", T(C, "Inpatient clients admitted"), "service", None,
              T(C, "Admissions in the period to inpatient care (rawat inap)."), target=True),
    Indicator("social_clients", T(C, "Social rehabilitation clients admitted"), "service",
              None,
              T(C, "Admissions in the period to social rehabilitation."), target=True),
    Indicator("not_continued", T(C, "Closed without admission (tidak melanjutkan)"), "intake",
              "service",
              T(C, "Episodes in screening or on the waiting list that were closed in the period "
                   "as not continuing to admission, by service type, dated by the day they "
                   "were closed. They never count as admissions.")),
    Indicator("census_end", T(C, "Census at the end of the period"), "census", "service",
              T(C, "Episodes admitted on or before the period's last day and not discharged "
                   "on or before it, by service type."), at_end=True),
    Indicator("clients_by_phase", T(C, "Clients in each phase"), "census", "phase",
              T(C, "The same census by the phase each client was in at the end of the "
                   "period's last day, from the dated phase moves that were not undone."),
              at_end=True),
    Indicator("waiting_list_end", T(C, "Waiting list at the end of the period"), "census",
              None,
              T(C, "Episodes put on the waiting list on or before the period's last day that "
                   "had not left it (admitted or withdrawn) by the end of that day."),
              at_end=True),
    Indicator("waiting_list_by_service", T(C, "Waiting list by service type"), "census",
              "service",
              T(C, "The same waiting list by the service type each episode waits for (places "
                   "are counted per service type)."), at_end=True),
    Indicator("discharges", T(C, "Discharges"), "discharge", "discharge_reason",
              T(C, "Discharges (terminasi) dated in the period, by reason.")),
    Indicator("aftercare_clients", T(C, "Entries into aftercare"), "discharge", None,
              T(C, "Aftercare plans that started in the period."), target=True),
    Indicator("followup_contacts", T(C, "Aftercare contacts made"), "discharge",
              "contact_type",
              T(C, "Aftercare contacts dated in the period, by kind of contact.")),
    Indicator("assessments_done", T(C, "Assessments done"), "tests", "assessment_kind",
              T(C, "Signed assessments dated in the period, of clients and of SKHPN "
                   "applicants, by instrument. Drafts do not count.")),
    Indicator("integrated_assessments", T(C, "Integrated assessments (TAT)"), "tests", None,
              T(C, "Signed integrated assessments (TAT) dated in the period."), target=True),
    Indicator("urine_tests", T(C, "Urine tests"), "tests", "urine_outcome",
              T(C, "Urine rapid tests collected in the period: positive when any parameter "
                   "is positive, invalid when none is positive and one is invalid, otherwise "
                   "negative.")),
    Indicator("urine_confirmations", T(C, "Positive urine screens by confirmation"), "tests",
              "urine_confirmation",
              T(C, "The urine rapid tests collected in the period with a positive parameter, "
                   "by their confirmation as recorded when counted: a laboratory's positive "
                   "result, the client's own admission of use, a laboratory's negative result, "
                   "or none yet. A positive screen is presumptive until confirmed.")),
    Indicator("physical_exams", T(C, "Physical examinations by a doctor"), "tests", None,
              T(C, "Signed physical examinations dated in the period, each recorded and "
                   "signed by a doctor on the examination's own form (SKHPN examinations "
                   "included); the physical section of an ASI-based assessment is not "
                   "counted here.")),
    Indicator("skhpn_issued", T(C, "SKHPN issued"), "skhpn", "skhpn_result",
              T(C, "SKHPN certificates issued in the period and not voided, by result."),
              target=True),
    Indicator("skhpn_by_purpose", T(C, "SKHPN issued by purpose"), "skhpn", "skhpn_purpose",
              T(C, "The same certificates by the purpose the applicant gave.")),
    Indicator("skhpn_fee_waived", T(C, "SKHPN free of charge (SKTM)"), "skhpn", None,
              T(C, "Those certificates whose fee was waived on a certificate of poverty "
                   "(SKTM).")),
    Indicator("skhpn_fees", T(C, "SKHPN fees received (rupiah)"), "skhpn", None,
              T(C, "The sum of the fees recorded on those certificates."), unit="rupiah"),
    Indicator("appointments_attended", T(C, "Appointments attended"), "appointments",
              "appointment_kind",
              T(C, "Client appointments dated in the period that the client attended, by kind; "
                   "in a group session each participant marked present counts once. A moved "
                   "appointment counts only where it was moved to; a cancelled one does not "
                   "count.")),
    Indicator("appointments_missed", T(C, "Appointments missed"), "appointments",
              "appointment_kind",
              T(C, "Client appointments dated in the period that the client did not attend, "
                   "by kind, including those not marked by the end of their day (they become "
                   "missed); in a group session each participant marked absent counts once.")),
)
BY_ID: dict[str, Indicator] = {indicator.id: indicator for indicator in INDICATORS}


def indicators_of(topic: str) -> tuple[Indicator, ...]:
    """The indicators of one topic, in their declared order."""
    return tuple(indicator for indicator in INDICATORS if indicator.topic == topic)


def target_indicators() -> tuple[Indicator, ...]:
    """The indicators a facility sets annual targets for."""
    return tuple(indicator for indicator in INDICATORS if indicator.target)


def definitions_fingerprint() -> str:
    """A short hash of everything that decides a number: ids, breakdowns and their codes,
    units, the definitions and the period rules (labels excluded: rewording a label changes
    no number)."""
    data = {
        "rules": list(PERIOD_RULES),
        "indicators": [[i.id, i.topic, i.breakdown, i.definition, i.unit, i.at_end, i.target]
                       for i in INDICATORS],
        "breakdowns": {b.id: [code for code, _label in b.codes] for b in BREAKDOWNS.values()},
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
