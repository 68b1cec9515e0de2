"""Rows of the synthetic demo, the base: ids, numbers, audit, people, documents, tests.

:class:`PeopleRows` turns planned people (:mod:`models.demo.plan`) into table rows and hands
them to a :class:`~models.demo.writer.BulkWriter`. Ids and the numbers people see
(registration, specimen and document numbers) come from counters that run in calendar order.
It also makes the rows several stages share: documents, urine tests and signed assessments.
Intake and SKHPN visits are in :mod:`models.demo.intake`; the program course, notes and
aftercare in :mod:`models.demo.course`.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from models.care import scoring
from models.care.assessment import Assessment, AssessmentScore
from models.care.urine import UrineResult, UrineTest
from models.core.names import name_key
from models.core.nik import make_nik
from models.demo.clinical import KITS, PANEL, urine_positives
from models.demo.people import (
    make_alias,
    make_name,
    name_variant,
    occupation_of,
    pick_place,
    religion_of,
)
from models.demo.places import make_phone, make_rt_rw, make_street
from models.demo.plan import EpisodePlan, PersonPlan
from models.demo.writer import BulkWriter
from models.documents.document import SEAL_STATUS, SKHPN_SEAL_STATUS, Document
from models.people.person import FamilyContact, Person
from models.safety.audit import GENESIS, AuditEvent, chain_hash
from models.seals import seal_check, signing
from models.seals.signing import SigningKey

ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
NO_ID_REASONS = ("KTP hilang, sedang diurus di Disdukcapil", "Tidak membawa identitas saat datang",
                 "KTP ditahan penyidik", "Belum pernah merekam KTP-el")
P_VIEW = 0.15  # chance that an act is preceded by a logged view of the person's record


@dataclass(frozen=True)
class StaffMember:
    """A demo staff member as the generator needs them."""

    id: int
    username: str
    role: str
    name: str
    nip: str
    sip: str
    position: str = ""


@dataclass(frozen=True)
class FacilityInfo:
    """What documents print about the facility."""

    name_lines: tuple[str, ...]
    code: str
    city: str
    head_name: str
    head_position: str
    head_nip: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


#: The demo facility's signing key is made from this fixed text, so every demo database
#: signs alike and no key file is needed to build one. It is known to anyone who reads
#: this code: it proves nothing outside a demo, and the facility code it signs for is
#: fictional. A real desk makes its key with os.urandom (models.seals.signing.desk_key).
DEMO_KEY_SEED = b"pulih demo facility key - not secret"


class PeopleRows:
    """Makes the rows of people, intake, assessments, urine tests and documents.

    Attributes:
        w: the bulk writer the rows go to.
        end: the last day of the demo (ordinal); nothing is dated after it.
        sequences: the last number handed out per (kind, year), for NumberSequence.
        yearly: per year and indicator, the counts the annual targets are set against.
    """

    def __init__(self, rng: random.Random, writer: BulkWriter, end: int,
                 facility: FacilityInfo, staff: list[StaffMember]) -> None:
        self.rng = rng
        self.w = writer
        self.end = end
        self.facility = facility
        self.staff = {s.id: s for s in staff}
        self.intakes = [s for s in staff if s.role == "intake"]
        self.counselors = [s for s in staff if s.role == "counselor"]
        self.doctors = [s for s in staff if s.role == "doctor"]
        self.next_id: dict[type, int] = {}
        self.audit_prev = GENESIS  # hash of the newest audit event (the demo continues it)
        self.sequences: dict[tuple[str, int], int] = {}
        self.yearly: dict[tuple[int, str], int] = {}
        self.mr_counter = 0
        self.recent_phones: list[str] = []
        self.niks: set[str] = set()  # NIKs handed out: the desk refuses one already on file
        self._ym: dict[int, tuple[int, int]] = {}
        self._details: dict[tuple, str] = {}
        self.rows = writer.rows
        self._letterhead = {"name_lines": list(facility.name_lines), "address": facility.address,
                            "phone": facility.phone, "email": facility.email,
                            "website": facility.website, "code": facility.code,
                            "city": facility.city}
        self._head = {"name": facility.head_name, "position": facility.head_position,
                      "nip": facility.head_nip}
        self._key, self.key_id = self._demo_key()

    def _demo_key(self) -> tuple[Any, str]:
        """The demo's signing key, registered as the facility's own public key."""
        import hashlib

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(DEMO_KEY_SEED).digest())
        raw = signing.public_raw(key)
        key_id = signing.key_id_of(raw)
        self.rows[SigningKey].append((1, key_id, self.facility.code,
                                      self.facility.name_lines[-1], signing.b64(raw), True,
                                      self.w.stamp(self.end - 1126, 28_000), None,
                                      None, None, ""))  # at set-up; never retired
        return key, key_id

    # --- small helpers ---------------------------------------------------------------

    def new_id(self, model: type) -> int:
        value = self.next_id.get(model, 0) + 1
        self.next_id[model] = value
        return value

    def year_month(self, day: int) -> tuple[int, int]:
        value = self._ym.get(day)
        if value is None:
            date = dt.date.fromordinal(day)
            value = self._ym[day] = (date.year, date.month)
        return value

    def next_number(self, kind: str, year: int) -> int:
        value = self.sequences.get((kind, year), 0) + 1
        self.sequences[(kind, year)] = value
        return value

    def count(self, day: int, indicator: str) -> None:
        key = (self.year_month(day)[0], indicator)
        self.yearly[key] = self.yearly.get(key, 0) + 1

    def office_time(self) -> int:
        """Seconds after midnight between 08:00 and 15:30."""
        return 28_800 + self.rng.randrange(27_000)

    def clock(self, person: PersonPlan, day: int, span: int) -> int:
        """When an act about ``person`` that takes ``span`` seconds starts on ``day``: in
        office hours, and after whatever was done for them earlier that day."""
        start = self.office_time()
        last_day, last_end = person.clock
        if last_day == day and start < last_end + 300:
            start = last_end + 300 + self.rng.randrange(1800)
        start = min(start, 86_399 - span)
        person.clock = (day, start + span)
        return start

    def audit(self, day: int, secs: int, staff: int, action: str, table: str,
              record: int | None, person: int | None, detail: Any = None) -> None:
        """An audit event as models.safety.audit.record writes it; ``detail`` is a dict, or JSON
        text already encoded (for details repeated many times)."""
        if detail is not None and not isinstance(detail, str):
            detail = self.w.json(detail)
        stamp = self.w.stamp(day, secs)
        # the hash chain of models.safety.audit, linked here as record() links it
        at = stamp + ".000000" if self.w.sqlite else stamp.strftime("%Y-%m-%d %H:%M:%S.%f")
        prev = self.audit_prev
        self.audit_prev = chain_hash(prev, at, staff, action, table, record, person, detail)
        self.rows[AuditEvent].append((self.new_id(AuditEvent), stamp, staff, action, table,
                                      record, person, detail, prev, self.audit_prev))

    def encoded(self, detail: dict[str, Any]) -> str:
        """JSON text of a detail that recurs (a handful of distinct values), made once."""
        key = tuple(detail.items())
        text = self._details.get(key)
        if text is None:
            text = self._details[key] = self.w.json(detail)
        return text

    def maybe_view(self, day: int, secs: int, staff: int, person: PersonPlan) -> None:
        if self.rng.random() < P_VIEW:
            self.audit(day, max(28_000, secs - 300), staff, "person.view", "person", person.id,
                       person.id)

    # --- people ----------------------------------------------------------------------

    def create_person(self, person: PersonPlan, day: int, secs: int, staff: int) -> None:
        """The person row, family contacts and the audit of the registration at ``secs``."""
        rng, w = self.rng, self.w
        person.id = pid = self.new_id(Person)
        region, sex = person.region, person.sex
        original = person.duplicate_of
        if original is not None:
            person.birth = original.birth  # as the first record has it (maybe estimated)
        birth_date = dt.date.fromordinal(person.birth)
        age = int((day - person.birth) / 365.25)
        if original is not None:
            name = name_variant(rng, original.name)
        else:
            name = make_name(rng, region, sex)
        place = pick_place(rng, region)
        district_index = rng.randrange(len(place.districts))
        roll = rng.random()
        id_type, id_number, nik, no_id, estimated = "nik", "", None, "", False
        if original is not None:
            # The desk refuses a NIK already on file, so a second record of one person comes
            # from a mistyped serial or from a visit without an identity card.
            if original.nik and roll < 0.5:
                nik = self._free_nik(original.nik[:12])
            else:
                id_type, no_id = "none", NO_ID_REASONS[1]
        elif roll < 0.955:
            nik = self._free_nik(make_nik(place.province, place.regency_code, district_index + 1,
                                          birth_date, sex, 1)[:12])
        elif roll < 0.965:
            id_type, id_number = "passport", f"{rng.choice('ABCE')}{rng.randint(1000000, 9999999)}"
        else:
            id_type, no_id = "none", rng.choice(NO_ID_REASONS)
            estimated = age >= 20 and rng.random() < 0.3  # a guess that keeps the age band
            if estimated:
                birth_date = dt.date(birth_date.year, 7, 1)
                person.birth = birth_date.toordinal()
        if nik:
            id_number = nik
        kk = ""
        if nik and rng.random() < 0.7:
            issued = dt.date.fromordinal(day - rng.randint(200, 5000))
            kk = (f"{place.province}{place.regency_code:02d}{district_index + 1:02d}"
                  f"{issued:%d%m%y}{rng.randint(1, 9999):04d}")
        if original is not None and rng.random() < 0.5:
            phone = original.phone
        elif self.recent_phones and rng.random() < 0.01:
            phone = rng.choice(self.recent_phones)  # a family sharing one number
        else:
            phone = make_phone(rng)
        self.recent_phones.append(phone)
        if len(self.recent_phones) > 500:
            del self.recent_phones[:250]
        address = make_street(rng, long=rng.random() < 0.01)
        occupation = occupation_of(rng, age, person.applicant)
        education = ("smp" if age < 16 else "sma") if age < 19 else \
            rng.choice(("sd", "smp", "sma", "sma", "sma", "diploma", "university"))
        marital = "single" if age < 21 or rng.random() < 0.35 else \
            rng.choice(("married", "married", "married", "divorced", "widowed"))
        birth_place = rng.choice(region.places).birth_place if region.places and \
            rng.random() < 0.6 else place.birth_place
        alias = make_alias(rng, sex) if rng.random() < (0.03 if person.applicant else 0.15) else ""
        mr_no = ""
        if person.episodes:
            self.mr_counter += 1
            mr_no = f"RM-{self.mr_counter:06d}"
        year = self.year_month(day)[0]
        # SKHPN applicants have their own series (models/people/registry.py), clients the R- one
        prefix, series = ("P", "APP") if person.applicant else ("R", "REG")
        person.reg_no = f"{prefix}-{year}-{self.next_number(series, year):06d}"
        stamp = w.stamp(day, secs)
        person.name, person.nik, person.phone, person.occupation = name, nik, phone, occupation
        person.birth_place = birth_place
        rt_rw, village = make_rt_rw(rng), rng.choice(place.villages)
        person.address = (f"{address} RT/RW {rt_rw}, {village}, "
                          f"{place.districts[district_index]}, {place.regency}")
        self.rows[Person].append((
            pid, person.reg_no, mr_no, name, name_key(name), alias, sex, birth_place,
            w.date(birth_date.toordinal()), estimated, id_type, id_number, nik, False, no_id, kk,
            religion_of(rng, region, name), marital, education, occupation, address, rt_rw,
            village, place.districts[district_index], place.regency, place.province, phone,
            rng.choice(("", "", "A", "B", "O", "O", "AB")), "IDN", stamp, stamp, 1, None))
        self._family(person, age, marital, place.regency)
        self.audit(day, secs, staff, "person.create", "person", pid, pid,
                   self.encoded({"nik_override": False}))

    def _free_nik(self, head: str) -> str:
        """A NIK with the 12 digits ``head`` and a serial no other person has."""
        while True:
            nik = f"{head}{self.rng.randint(1, 9999):04d}"
            if nik not in self.niks:
                self.niks.add(nik)
                return nik

    def _family(self, person: PersonPlan, age: int, marital: str, regency: str) -> None:
        rng = self.rng
        region = person.region
        contacts = []
        if age < 18 or (not person.applicant and rng.random() < 0.1):
            relation = "mother" if rng.random() < 0.55 else "father"
            contacts.append((relation, True))
        reported_by_family = any(e.reporter == "family" for e in person.episodes)
        if reported_by_family or rng.random() < (0.2 if person.applicant else 0.55):
            relation = "spouse" if marital == "married" else rng.choice(("mother", "father",
                                                                          "sibling"))
            contacts.append((relation, False))
        for relation, guardian in contacts:
            sex = "P" if relation == "mother" or (relation == "spouse" and person.sex == "L") \
                else "L"
            name = make_name(rng, region, sex)
            if region.style in ("batak", "east", "chinese") and relation in ("father", "sibling"):
                name = " ".join(name.split()[:-1] + person.name.split()[-1:])
            phone = make_phone(rng)
            address = person.address if rng.random() < 0.7 else \
                f"{make_street(rng)}, {regency}"
            self.rows[FamilyContact].append((self.new_id(FamilyContact), person.id, relation,
                                             name, phone, address, guardian))
            if guardian:
                person.guardian = (name, phone)
            elif not person.family[0]:
                person.family = (name, phone)

    def _identity(self, person: PersonPlan) -> dict[str, Any]:
        return {"name": person.name, "nik": person.nik or "", "reg_no": person.reg_no,
                "sex": person.sex, "birth_place": person.birth_place,
                "birth_date": dt.date.fromordinal(person.birth).isoformat(),
                "occupation": person.occupation, "address": person.address}

    # --- documents and urine tests -----------------------------------------------------

    def document(self, kind: str, person: PersonPlan, episode: EpisodePlan | None, day: int,
                 secs: int, staff: int, payload: dict[str, Any], purpose: str = "",
                 result: str = "", fee: int = 0, fee_waived: str = "") -> int:
        """A document as :func:`models.documents.issue.issue` makes it: its number (one
        sequence per kind per year), the frozen payload and the signed seal. Returns its id."""
        year, month = self.year_month(day)
        seq = self.next_number(kind, year)
        number = f"{kind}/{seq:04d}/{ROMAN[month]}/{year}/{self.facility.code}"
        date = dt.date.fromordinal(day).isoformat()
        issuer = self.staff[staff]
        if kind == "SKHPN":
            status = SKHPN_SEAL_STATUS[result]
        elif kind == "KLD":
            status = f"{SEAL_STATUS['KLD']} SD {payload['valid_until']}"
        else:
            status = SEAL_STATUS[kind]
        identity = payload["person"]
        payload.update(v=1, number=number, kind=kind, date=date, place=self.facility.city,
                       facility=self._letterhead, head=self._head,
                       issuer={"name": issuer.name, "position": issuer.position,
                               "nip": issuer.nip, "sip": issuer.sip})
        holder = {"name": identity["name"], "birth_date": identity["birth_date"],
                  "identity": identity.get("nik") or identity.get("id_number") or ""}
        seal = seal_check.make_seal2(number, kind, date, status, self.facility.code,
                                     str(payload.get("valid_until") or ""), holder,
                                     seal_check.payload_digest(payload), self.key_id)
        signature = seal_check.b64(self._key.sign(seal.signed_text().encode("utf-8")))
        payload["seal"] = seal.as_dict()
        doc_id = self.new_id(Document)
        self.rows[Document].append((
            doc_id, number, kind, year, seq, person.id, episode.id if episode else None, staff,
            self.w.stamp(day, secs), purpose, result, fee, fee_waived, self.w.json(payload),
            signature, self.key_id, None, None, "", 0))
        self.audit(day, secs, staff, "document.issue", "document", doc_id, person.id,
                   {"number": number, "kind": kind})
        return doc_id

    def urine_test(self, person: PersonPlan, episode: EpisodePlan | None, day: int,
                   secs: int, examiner: int, purpose: str,
                   positive_for: str | None) -> dict[str, str]:
        """A six-panel test; positive for what ``positive_for`` shows on the panel."""
        rng, w = self.rng, self.w
        positives = urine_positives(positive_for) if positive_for else ()
        test_id = self.new_id(UrineTest)
        results = {}
        invalid = rng.randrange(6) if rng.random() < 0.003 else -1
        for index, parameter in enumerate(PANEL):
            result = "positive" if parameter in positives else \
                "invalid" if index == invalid else "negative"
            results[parameter] = result
            self.rows[UrineResult].append((self.new_id(UrineResult), test_id, parameter, result))
        year, month = self.year_month(day)
        kit, code = KITS[(year + month) % len(KITS)]
        any_positive = bool(positives)
        confirmation = "positive" if any_positive and day < self.end - 14 and \
            rng.random() < 0.5 else ""
        stamp = w.stamp(day, secs)
        # A confirmation: mostly the laboratory's report three days later, else the client's
        # own admission the same day; an unconfirmed positive is still awaiting it.
        method = ("admission" if rng.random() < 0.3 else "lab") if confirmation else ""
        confirmed = day if method == "admission" else day + 3
        confirmation_row = (method, "Labkesda" if method == "lab" else "",
                            w.date(confirmed) if method else None, examiner if method else None,
                            w.stamp(confirmed, secs + 600) if method else None)
        self.audit(day, secs, examiner, "urine.create", "urine_test", test_id, person.id,
                   self.encoded({"purpose": purpose, "any_positive": any_positive}))
        self.rows[UrineTest].append((
            test_id, person.id, episode.id if episode else None,
            f"U{year % 100:02d}-{self.next_number('URN', year):06d}", stamp, rng.random() < 0.95,
            kit, f"{code}{year % 100:02d}{month:02d}-{(year * 7 + month * 13) % 900 + 100}",
            examiner, purpose, any_positive, confirmation, "", stamp, *confirmation_row))
        return results

    def assessment(self, person: PersonPlan, episode: EpisodePlan | None, kind: str, day: int,
                   secs: int, minutes: int, staff: int, answers: dict[str, Any],
                   diagnosis_code: str = "", plan: tuple[str, ...] = ()
                   ) -> scoring.Evaluation | None:
        """A signed assessment scored by :mod:`models.care.scoring` as the desk would score it.

        Made as a draft at ``secs`` and signed ``minutes`` (in seconds) later, so its
        version is 2 and the audit has both acts.
        """
        w = self.w
        evaluation = scoring.evaluate(kind, answers)
        assessment_id = self.new_id(Assessment)
        self.rows[Assessment].append((
            assessment_id, person.id, episode.id if episode else None, kind, w.date(day), staff,
            "signed", w.stamp(day, secs + minutes), w.json(answers),
            evaluation.total if evaluation else None, evaluation.level if evaluation else "",
            diagnosis_code, w.json(list(plan)), 2))
        if evaluation is not None:
            scores = self.rows[AssessmentScore]
            for item in evaluation.items:
                scores.append((self.new_id(AssessmentScore), assessment_id, item.item, item.score,
                               item.client_trouble, item.client_need, item.level))
        detail = self.encoded({"kind": kind})
        self.audit(day, secs, staff, "assessment.create", "assessment", assessment_id, person.id,
                   detail)
        self.audit(day, secs + minutes, staff, "assessment.sign", "assessment", assessment_id,
                   person.id, detail)
        return evaluation
