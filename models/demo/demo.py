"""The synthetic demo facility: a database full of made-up but realistic data.

``build_demo(clients, seed)`` fills an empty, migrated database (SQLite or PostgreSQL) with
a fictional BNN city clinic, its staff, the default program templates and about three years
of work ending at ``end_date``: SKHPN applicants, clients with one to three episodes of care,
assessments, urine tests, notes, group rosters, phase moves, discharges, aftercare,
documents, annual targets and the audit trail. No row describes a real person.

The same (clients, seed, end_date) gives the same rows, ids and numbers: everything is drawn
from one ``random.Random(seed)`` and no clock is read for data. Only the staff password hashes
differ between builds, since argon2 salts each hash.

How it is made: :mod:`models.demo.plan` plans every person's timeline;
:mod:`models.demo.rows`, :mod:`models.demo.intake` and :mod:`models.demo.course` turn the
dated events into rows in calendar order (names and places from :mod:`models.demo.people`
and :mod:`models.demo.places`, instruments scored by :mod:`models.care.scoring`); and
:mod:`models.demo.writer` writes them with ``executemany`` in chunks of one transaction each.
The audit trail uses the actions the desk's own operations record ("person.create",
"assessment.sign", "phase.move", ...).
A build that fails half-way leaves a partial database without the ``demo_database`` setting;
start again with a new file.
"""
from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from peewee import fn

from models.admin.tables import ALL_MODELS
from models.care.program import Phase, ProgramTemplate
from models.care.program_templates import install_default_templates
from models.core.errors import QT_TRANSLATE_NOOP, DatabaseProblem, ValidationError
from models.db.connection import database
from models.demo.appointments import build_appointments
from models.demo.course import CourseRows, build_events
from models.demo.places import HOME
from models.demo.plan import Phase as PlanPhase
from models.demo.plan import plan_people
from models.demo.rows import FacilityInfo, StaffMember
from models.demo.rumatan import build_rumatan
from models.demo.writer import BulkWriter
from models.facility.facility import Facility, Setting
from models.facility.sequence import NumberSequence
from models.people.person import Person
from models.safety.audit import HEAD_ID, AuditEvent, AuditHead, lock_head
from models.staff.rights import default_rows
from models.staff.staff import Staff, StaffRight, hash_password
from models.tallies.targets import AnnualTarget

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "This database already holds data ({persons} persons, {staff} staff accounts). "
    "A demo facility is only built into a new, empty database; choose another file.")
MSG_CLIENTS = QT_TRANSLATE_NOOP("Errors", "The number of demo clients must be between 1 and "
                                "{maximum}.")
MAX_CLIENTS = 1_000_000

FACILITY = FacilityInfo(
    name_lines=("BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                "BADAN NARKOTIKA NASIONAL KOTA SUKAMAJU"),
    code="BNNK-SM", city="Sukamaju", head_name="Drs. Hendra Kusumawijaya, M.Si.",
    head_position="Kepala BNN Kota Sukamaju", head_nip="197303152000031002",
    address=("Jl. Pahlawan Revolusi No. 17, Kelurahan Sukajadi, Kecamatan Sukamaju "
             "Kaler, Kota Sukamaju, Jawa Barat 45123"),
    phone="(0266) 5550 147", email="klinik@bnnk-sukamaju.example",
    website="https://bnnk-sukamaju.example")
#: username, role, full name, position, NIP, SIP, password
STAFF = (
    ("admin", "admin", "Rina Marlina, S.Kom.", "Pengelola Data dan Informasi",
     "198605122010122003", "", "demo-admin"),
    ("pendaftaran1", "intake", "Yayan Supriatna, A.Md.", "Petugas Pendaftaran",
     "199001072015031001", "", "demo-intake"),
    ("pendaftaran2", "intake", "Siti Nurjanah", "Petugas Pendaftaran",
     "199207212019032004", "", "demo-intake"),
    ("konselor1", "counselor", "Dedi Kurniawan, S.Psi.", "Konselor Adiksi",
     "198811032014021002", "", "demo-counselor"),
    ("konselor2", "counselor", "Lamria br. Sitompul, S.Sos.", "Konselor Adiksi",
     "198504252011012005", "", "demo-counselor"),
    ("konselor3", "counselor", "Andi Fadli Rasyid, S.Psi.", "Pekerja Sosial",
     "199103302017031003", "", "demo-counselor"),
    ("dokter1", "doctor", "dr. Ni Made Ayu Lestari", "Dokter Pemeriksa",
     "198702142012122002", "446/0123/SIP-DU/DPMPTSP/2023", "demo-doctor"),
    ("dokter2", "doctor", "dr. Yohanes Manafe", "Dokter Pemeriksa",
     "198309092009031004", "446/0456/SIP-DU/DPMPTSP/2022", "demo-doctor"),
    ("perawat1", "nurse", "Ns. Wulan Septiani, S.Kep.", "Perawat PTRM",
     "199405172019032006", "", "demo-nurse"),
    ("apoteker1", "pharmacist", "apt. Rizal Hakim, S.Farm.", "Apoteker",
     "199110022018011002", "", "demo-pharmacist"),
)


@dataclass(frozen=True)
class DemoAccount:
    """A demo staff account and its password (the demo database only)."""

    username: str
    role: str
    password: str


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`build_demo` made.

    Attributes:
        counts: rows per table (table name -> rows), every table of the schema.
        elapsed_s: seconds the build took.
        accounts: the demo staff accounts with their passwords.
    """

    counts: dict[str, int]
    elapsed_s: float
    accounts: tuple[DemoAccount, ...]

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def build_demo(clients: int, seed: int, end_date: dt.date | None = None,
               progress: Callable[[str, int, int], None] | None = None) -> DemoSummary:
    """Fill the empty database bound to :data:`models.db.connection.database` with a demo facility.

    ``clients`` people are made (SKHPN applicants and clients) over the three years that end
    on ``end_date`` (default today). ``progress(stage, done, total)`` is called now and then.
    Raises :class:`DatabaseProblem` when the database already holds people or staff.
    """
    started = time.perf_counter()
    report = progress or (lambda _stage, _done, _total: None)
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError(MSG_CLIENTS, field="clients", maximum=MAX_CLIENTS)
    persons, staff_count = Person.select().count(), Staff.select().count()
    if persons or staff_count or Facility.select().exists():
        raise DatabaseProblem(MSG_NOT_EMPTY, persons=persons, staff=staff_count)
    end_day = end_date or dt.date.today()
    start_day = end_day - relativedelta(years=3) + dt.timedelta(days=1)
    start, end = start_day.toordinal(), end_day.toordinal()
    rng = random.Random(seed)

    setup_at = dt.datetime.combine(start_day - dt.timedelta(days=30), dt.time(8, 0))
    template_ids = install_default_templates(at=setup_at)
    phases, names = _load_templates(template_ids)
    report("plan", 0, clients)
    people = plan_people(rng, clients, start, end, phases)
    events = build_events(people, start, end)
    report("plan", clients, clients)

    writer = BulkWriter(database.obj)
    staff = _staff_rows(writer, setup_at.date().toordinal())
    census = sum(1 for p in people for e in p.episodes if e.status == "in_program")
    _facility_row(writer, capacity=max(1, census))
    rows = CourseRows(rng, writer, end, FACILITY, staff, phases, template_ids, names)
    # The template installer wrote audit rows of its own: continue after them.
    rows.next_id[AuditEvent] = AuditEvent.select(fn.MAX(AuditEvent.id)).scalar() or 0
    with database.atomic():
        rows.audit_prev = lock_head()
    setup_day, admin = setup_at.date().toordinal(), staff[0].id
    rows.audit(setup_day, 28_800, admin, "facility.create", "facility", 1, None)
    for member in staff:
        rows.audit(setup_day, 29_400, admin, "staff.create", "staff", member.id, None,
                   {"role": member.role})
    rows.run(events, report)

    # Later registrations and documents continue the numbers the demo handed out.
    for (kind, year), value in sorted(rows.sequences.items()):
        writer.rows[NumberSequence].append((rows.new_id(NumberSequence), kind, year, value))
    _targets(writer, rows, start_day, end_day)
    writer.rows[Setting].append((rows.new_id(Setting), "demo_database", writer.json(True)))
    # Places per service type: each service's census at the end, so its newcomers must wait.
    by_service = Counter(e.service_type for p in people for e in p.episodes
                         if e.status == "in_program")
    for service, taken in sorted(by_service.items()):
        writer.rows[Setting].append((rows.new_id(Setting), f"capacity_{service}",
                                     writer.json(taken)))
    writer.finish()
    report("appointments", 0, 1)
    build_appointments(database.obj, end_day, seed)
    report("rumatan", 0, 1)
    build_rumatan(database.obj, end_day, seed)
    with database.atomic():  # the chain's end moves to the newest event the demo wrote
        lock_head()
        AuditHead.update(last_hash=rows.audit_prev, events=AuditEvent.select().count(),
                         last_id=rows.next_id[AuditEvent]).where(
            AuditHead.id == HEAD_ID).execute()
    # Fresh statistics, so the planner picks the NIK or phone index over merged_into_id
    # (nearly all NULL) from the first query on; a real facility gets them from
    # PRAGMA optimize at every close.
    report("analyze", 0, 1)
    database.execute_sql("ANALYZE")
    report("done", 1, 1)
    counts = {model._meta.table_name: model.select().count() for model in ALL_MODELS}
    accounts = tuple(DemoAccount(username, role, password)
                     for username, role, _n, _p, _nip, _sip, password in STAFF)
    return DemoSummary(counts, time.perf_counter() - started, accounts)


def _load_templates(template_ids: dict[str, int]
                    ) -> tuple[dict[str, list[PlanPhase]], dict[str, str]]:
    """Phases of each installed template in order, as the planner needs them, and names."""
    phases: dict[str, list[PlanPhase]] = {code: [] for code in template_ids}
    codes = {template_id: code for code, template_id in template_ids.items()}
    query = (Phase.select(Phase.id, Phase.template, Phase.seq, Phase.code, Phase.target_days,
                          Phase.is_final)
             .where(Phase.template.in_(list(codes)))
             .order_by(Phase.template, Phase.seq).tuples())
    for phase_id, template_id, seq, code, target, final in query:
        phases[codes[template_id]].append(PlanPhase(phase_id, seq, code, target, bool(final)))
    names = dict(ProgramTemplate.select(ProgramTemplate.code, ProgramTemplate.name)
                 .where(ProgramTemplate.id.in_(list(codes))).tuples())
    return phases, names


def _staff_rows(writer: BulkWriter, day: int) -> list[StaffMember]:
    """Staff accounts (one argon2 hash per distinct password) and their default rights."""
    hashes = {password: hash_password(password) for *_rest, password in STAFF}
    members = []
    right_id = 0
    for staff_id, (username, role, name, position, nip, sip, password) in enumerate(STAFF, 1):
        writer.rows[Staff].append((staff_id, username, name, role, position, nip, sip,
                                   hashes[password], True, 0, 0, None, writer.stamp(day, 28_800)))
        for right in default_rows(staff_id, role):
            right_id += 1
            writer.rows[StaffRight].append((right_id, right["staff"], right["area"],
                                            right["can_view"], right["can_input"],
                                            right["can_correct"]))
        members.append(StaffMember(staff_id, username, role, name, nip, sip, position))
    return members


def _facility_row(writer: BulkWriter, capacity: int) -> None:
    """The facility profile; ``capacity`` is the census at the end, so newcomers must wait."""
    writer.rows[Facility].append((
        1, writer.json(list(FACILITY.name_lines)), FACILITY.code, "bnn_clinic", FACILITY.address,
        FACILITY.city, HOME.province, FACILITY.phone, FACILITY.email, FACILITY.website, None,
        FACILITY.head_name, FACILITY.head_position, FACILITY.head_nip, capacity))


def _targets(writer: BulkWriter, rows: CourseRows, start: dt.date, end: dt.date) -> None:
    """Annual targets near what each year achieved (scaled up for a year still running)."""
    rng = rows.rng
    indicators = ("outpatient_clients", "inpatient_clients", "social_clients", "skhpn_issued",
                  "aftercare_clients", "integrated_assessments", "wajib_lapor_reports")
    for year in range(start.year, end.year + 1):
        first = max(start, dt.date(year, 1, 1))
        last = min(end, dt.date(year, 12, 31))
        share = ((last - first).days + 1) / (366 if year % 4 == 0 else 365)
        for indicator in indicators:
            achieved = rows.yearly.get((year, indicator), 0)
            target = max(5, round(achieved / max(share, 0.05) * rng.uniform(0.85, 1.15) / 5) * 5)
            writer.rows[AnnualTarget].append((rows.new_id(AnnualTarget), year, indicator, target))
