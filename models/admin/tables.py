"""Every table of Pulih, for whole-database work: the demo writer, the schema drift test and
the health summary. Nothing in a lower layer imports this module."""
from __future__ import annotations

from models.admin.client_import import ClientImport, ClientImportMapping
from models.admin.merge import PersonMerge
from models.appointments.appointment import Appointment, AppointmentAttendee
from models.appointments.reminders import ContactConsent
from models.care.aftercare import AftercareContact, AftercarePlan, FollowUp
from models.care.assessment import Addendum, Assessment, AssessmentScore
from models.care.discharge import Discharge
from models.care.episode_diagnosis import EpisodeDiagnosis
from models.care.notes import Note, NoteAttendance
from models.care.program import Enrollment, Phase, PhaseMove, PhaseTransition, ProgramTemplate
from models.care.urine import UrineResult, UrineTest
from models.desk.drafts import Draft
from models.documents.document import Document
from models.documents.numbering import NumberTemplate
from models.documents.photo import PersonPhoto
from models.documents.skhpn import SkhpnExam
from models.documents.trust import ForeignVoid
from models.facility.facility import Facility, Setting
from models.facility.sequence import NumberSequence
from models.intake.episode import Consent, Episode, EpisodeSubstance, WaitingListEntry
from models.people.flags import PersonFlag
from models.people.person import FamilyContact, Person
from models.rumatan.tables import TABLES as RUMATAN_TABLES
from models.safety.audit import AuditEvent, AuditHead
from models.seals.key_vault import DeskKeySecret
from models.seals.signing import SigningKey
from models.staff.staff import Staff, StaffRight
from models.tallies.close import TallyClose
from models.tallies.data_quality import CloseQuality
from models.tallies.exchange_mapping import ExchangeMapping
from models.tallies.province import ReceivedPackage
from models.tallies.targets import AnnualTarget

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
