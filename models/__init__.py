"""The domain layer of Pulih: tables, rules and queries. No Qt, no PDF."""
from __future__ import annotations

from models.aftercare import AftercareContact, AftercarePlan, FollowUp
from models.appointment import Appointment, AppointmentAttendee
from models.assessment import Addendum, Assessment, AssessmentScore
from models.audit import AuditEvent, AuditHead
from models.client_import import ClientImport, ClientImportMapping
from models.data_quality import CloseQuality
from models.exchange_mapping import ExchangeMapping
from models.province import ReceivedPackage
from models.discharge import Discharge
from models.document import Document
from models.drafts import Draft
from models.episode import Consent, Episode, EpisodeSubstance, WaitingListEntry
from models.episode_diagnosis import EpisodeDiagnosis
from models.facility import Facility, Setting
from models.flags import PersonFlag
from models.merge import PersonMerge
from models.notes import Note, NoteAttendance
from models.person import FamilyContact, Person
from models.reminders import ContactConsent
from models.photo import PersonPhoto
from models.rumatan import TABLES as RUMATAN_TABLES
from models.program import Enrollment, Phase, PhaseMove, PhaseTransition, ProgramTemplate
from models.numbering import NumberTemplate
from models.sequence import NumberSequence
from models.signing import SigningKey
from models.key_vault import DeskKeySecret
from models.trust import ForeignVoid
from models.skhpn import SkhpnExam
from models.staff import Staff, StaffRight
from models.tally_close import TallyClose
from models.targets import AnnualTarget
from models.urine import UrineResult, UrineTest

#: Every table, in an order where each comes after the tables it refers to.
ALL_MODELS = [
    Facility, Setting, Staff, StaffRight, NumberSequence, AuditEvent, AuditHead,
    Person, FamilyContact, Episode, EpisodeSubstance, Consent, WaitingListEntry,
    Assessment, AssessmentScore, Addendum, UrineTest, UrineResult, Note, NoteAttendance,
    ProgramTemplate, Phase, PhaseTransition, Enrollment, PhaseMove, Discharge,
    AftercarePlan, AftercareContact, FollowUp, Document, AnnualTarget, PersonMerge, Draft,
    SigningKey, NumberTemplate, SkhpnExam, TallyClose, ForeignVoid, DeskKeySecret, PersonPhoto,
    ExchangeMapping, ReceivedPackage, ClientImportMapping, ClientImport, CloseQuality,
    EpisodeDiagnosis, Appointment, AppointmentAttendee, ContactConsent, PersonFlag,
]
ALL_MODELS += RUMATAN_TABLES
