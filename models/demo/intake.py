"""Rows of the synthetic demo, part two: SKHPN visits, intake and assessment day.

:class:`IntakeRows` adds to :class:`~models.demo.rows.PeopleRows` the applicant's one visit
(DAST-10, urine test, certificate) and the first days of an episode: the report with its
substances and consent, then the assessment day (ASI, sometimes ASSIST, DAST-10 or the
integrated TAT assessment, an intake urine test, the Kartu Lapor Diri, the waiting list).
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

from dateutil.relativedelta import relativedelta

from models.care.assessment import Assessment
from models.care.urine import UrineTest
from models.demo.clinical import (
    DISCLOSURES,
    TAT_RECOMMENDATIONS,
    TAT_ROLES,
    TREATMENT_PLANS,
    Pick,
    asi_grid,
    assist_answers,
    dast_answers,
    diagnosis,
)
from models.demo.plan import EpisodePlan, PersonPlan
from models.demo.rows import ROMAN, PeopleRows
from models.documents.skhpn import RECEIPT_FOR, SkhpnExam
from models.intake.episode import Consent, Episode, EpisodeSubstance, WaitingListEntry

SKHPN_PURPOSES = Pick([("job", 55), ("school", 20), ("candidacy", 15), ("licence", 5),
                       ("other", 5)])
SKHPN_FEE = 290_000
P_INTAKE_URINE = 0.4  # clients tested on assessment day
P_ASSIST = 0.15  # episodes that also get a WHO ASSIST interview
P_DAST = 0.04  # episodes screened with DAST-10 too


class IntakeRows(PeopleRows):
    """SKHPN applicants, and each episode's report and assessment day."""

    # --- SKHPN applicants ------------------------------------------------------------

    def skhpn_visit(self, person: PersonPlan) -> None:
        """An applicant's one visit: registration, DAST-10, urine test, the certificate."""
        rng = self.rng
        day = person.created
        intake = rng.choice(self.intakes).id
        doctor = rng.choice(self.doctors)
        secs = self.clock(person, day, 3000)
        self.create_person(person, day, secs, intake)
        secs += 300
        indicated = rng.random() < 0.03
        dast_target = rng.randint(3, 7) if indicated else (0 if rng.random() < 0.82 else
                                                           rng.randint(1, 2))
        dast = self.assessment(person, None, "dast10", day, secs, 600, doctor.id,
                               dast_answers(rng, dast_target))
        assert dast is not None and dast.total is not None
        dast_id = self.next_id[Assessment]
        score, band = dast.total, dast.level
        substance = rng.choice(("methamphetamine", "cannabis")) if indicated else ""
        results = self.urine_test(person, None, day, secs + 900, doctor.id, "skhpn",
                                  substance if indicated else None)
        urine_id = self.next_id[UrineTest]
        purpose = SKHPN_PURPOSES(rng)
        waived = rng.random() < 0.08
        village = rng.choice(("Sukajadi", "Cikareo", "Sukasari"))
        sktm = (f"400.12/{rng.randint(10, 999)}/Kel.{village}"
                f"/{self.year_month(day)[0]}") if waived else ""
        finding = "Dalam batas normal" if not indicated else "Pupil melebar, tampak gelisah"
        # the doctor's own physical examination, signed with the certificate's other parts
        self.assessment(person, None, "physical", day, secs + 1200, 300, doctor.id,
                        {"finding": finding, "TD": "120/80" if not indicated else "138/90"})
        physical_id = self.next_id[Assessment]
        result = "indicated" if indicated else "not_indicated"
        # the rule of models/documents/skhpn_rule.py: a positive or DAST-10 >= 3 proposes
        # "indicated";
        # a negative panel with DAST-10 >= 3 is recorded as the doctor's reasoned override
        proposed = "indicated" if indicated or "positive" in results.values() or score >= 3 \
            else "not_indicated"
        reason = "" if proposed == result else \
            "Skor DAST-10 dari riwayat lama; saat ini tidak ada tanda penggunaan"
        examined = dt.date.fromordinal(day)
        payload = {
            "person": self._identity(person), "examined_on": examined.isoformat(),
            "methods": {"interview": {"instrument": "DAST-10", "score": score, "band": band},
                        "urine": results, "physical": finding},
            "result": result, "purpose": purpose,
            "doctor": {"name": doctor.name, "sip": doctor.sip},
            "valid_until": (examined + relativedelta(months=3) - dt.timedelta(1)).isoformat(),
        }
        if reason:
            payload["clinical_note"] = reason
        fee = 0 if waived else SKHPN_FEE
        doc_id = self.document("SKHPN", person, None, day, secs + 1800, doctor.id, payload,
                               purpose, result, fee, sktm)
        receipt_id = None
        if fee:
            skhpn_number = payload["number"]  # set by document()
            desk = self.staff[intake]
            receipt_id = self.document("KWT", person, None, day, secs + 1805, doctor.id, {
                "person": self._identity(person), "amount": fee, "payer": person.name,
                "paid_for": RECEIPT_FOR.format(number=skhpn_number),
                "paid_on": examined.isoformat(), "skhpn_number": skhpn_number,
                "received_by": {"name": desk.name, "position": desk.position, "nip": desk.nip,
                                "sip": desk.sip}}, purpose, "", fee)
        registered = self.w.stamp(day, secs - 300)
        self.rows[SkhpnExam].append((
            self.new_id(SkhpnExam), person.id, "issued", intake, registered, purpose, "", fee,
            sktm, doctor.id, self.w.stamp(day, secs + 1800), dast_id, physical_id, urine_id,
            finding,
            result,
            doc_id, proposed, reason, receipt_id))
        self.count(day, "skhpn_issued")

    # --- intake and assessment ---------------------------------------------------------

    def intake(self, episode: EpisodePlan) -> None:
        """The report: person (on a first visit), episode, substances, consent."""
        rng, w = self.rng, self.w
        person = episode.person
        day = episode.reported
        episode.intake = rng.choice(self.intakes).id
        episode.counselor = rng.choice(self.counselors).id
        episode.doctor = rng.choice(self.doctors).id
        secs = self.clock(person, day, 1200)
        if not person.id:
            self.create_person(person, day, secs, episode.intake)
        secs += 600
        episode.id = eid = self.new_id(Episode)
        year = self.year_month(day)[0]
        number = f"E-{year}-{self.next_number('EP', year):06d}"
        reporter_name, reporter_phone = {"parent_guardian": person.guardian,
                                         "family": person.family}.get(episode.reporter, ("", ""))
        if episode.reporter == "other":
            reporter_name = _REFERRAL_DETAIL.get(episode.referral, "Petugas pendamping")
        closed_on = (episode.not_continued if episode.not_continued is not None
                     and episode.not_continued <= self.end else None)
        closed = closed_on is not None
        last = max(d for d in (day, episode.admitted, episode.discharged, episode.aftercare_closed,
                               episode.not_continued)
                   if d is not None and d <= self.end)
        # One version per change the desk made: waiting, admission, discharge, aftercare.
        version = 1 + sum(1 for d in (episode.waiting_from, episode.admitted, episode.discharged,
                                      episode.aftercare_closed) if d and d <= self.end)
        self.rows[Episode].append((
            eid, person.id, number, episode.status, w.date(day), episode.wajib_lapor,
            episode.reporter, reporter_name, reporter_phone, episode.referral,
            _REFERRAL_DETAIL.get(episode.referral, ""), episode.legal,
            _legal_reference(rng, episode.legal, year), episode.funding, episode.service_type,
            w.date(episode.admitted) if episode.admitted and episode.admitted <= self.end else None,
            w.date(episode.discharged) if episode.discharged and episode.discharged <= self.end
            else None, episode.intake, w.stamp(day, secs), w.stamp(last, secs), version,
            # the counselor of record, set at admission (models/intake/admission.py)
            episode.counselor if episode.admitted and episode.admitted <= self.end else None,
            w.date(closed_on) if closed_on is not None else None,
            NOT_CONTINUED_REASONS[episode.reported % len(NOT_CONTINUED_REASONS)] if closed
            else ""))
        if closed_on is not None:
            self.audit(closed_on, secs, episode.intake, "episode.not_continued",
                       "episode", eid, person.id, self.encoded({"was": "screening"}))
        for rank, (substance, route, days, years, first, pattern, overdoses) in enumerate(
                episode.substances, 1):
            self.rows[EpisodeSubstance].append((
                self.new_id(EpisodeSubstance), eid, rank, substance, route, days, years, first,
                pattern, overdoses, episode.number > 0 or rng.random() < 0.12))
        signer = person.guardian[0] if episode.minor and person.guardian[0] else person.name
        self.rows[Consent].append((self.new_id(Consent), eid, "general", w.date(day), signer, "",
                                   "", None, None, episode.intake))
        if rng.random() < 0.1 or episode.legal != "none":
            recipient, purpose = rng.choice(DISCLOSURES)
            revoked = w.date(day + 30) if rng.random() < 0.05 and day + 30 <= self.end else None
            self.rows[Consent].append((self.new_id(Consent), eid, "disclosure", w.date(day),
                                       signer, recipient, purpose, w.date(day + 365), revoked,
                                       episode.counselor))
        if episode.wajib_lapor:
            self.count(day, "wajib_lapor_reports")
        self.audit(day, secs, episode.intake, "episode.create", "episode", eid, person.id,
                   self.encoded({"wajib_lapor": episode.wajib_lapor}))

    def assess(self, episode: EpisodePlan) -> None:
        """Assessment day: ASI (and ASSIST, DAST-10, TAT), intake urine test, waiting list."""
        rng, w = self.rng, self.w
        person, day = episode.person, episode.assessed
        counselor, doctor = episode.counselor, episode.doctor
        secs = self.clock(person, day, 9600)
        self.maybe_view(day, secs, counselor, person)
        facts = [(s, d, p) for s, _r, d, _y, _f, p, _o in episode.substances]
        code = episode.diagnosis = diagnosis(rng, facts)
        days = episode.substances[0][2]
        drug_use = {s: {"days_30": d, "years": y, "route": r}
                    for s, r, d, y, _f, _p, _o in episode.substances}
        answers = {"grid": asi_grid(rng, days, episode.legal != "none", code.endswith(".5")),
                   "drug_use": drug_use, "vitals": _vitals(rng), "urine_screen": True,
                   "previous_treatment": episode.number > 0}
        plan = rng.choice(TREATMENT_PLANS[episode.service_type])
        self.assessment(person, episode, "asi", day, secs, 3600, counselor, answers, code, plan)
        if rng.random() < P_ASSIST:
            injects = any(r == "iv" for _s, r, *_rest in episode.substances)
            self.assessment(person, episode, "assist", day, secs + 3600, 1800, counselor,
                            assist_answers(rng, [(s, d) for s, d, _p in facts], injects))
        if rng.random() < P_DAST:
            self.assessment(person, episode, "dast10", day, secs + 3600, 600, counselor,
                            dast_answers(rng, min(10, 3 + days // 5)))
        if episode.referral in ("police_tat", "court"):
            tat = {"letter_no": f"B/{rng.randint(100, 999)}/{ROMAN[self.year_month(day)[1]]}/"
                                f"{self.year_month(day)[0]}/TAT",
                   "role": rng.choice(TAT_ROLES), "recommendation": rng.choice(TAT_RECOMMENDATIONS)}
            self.assessment(person, episode, "tat", day, secs + 5400, 3600, doctor, tat, code)
            self.count(day, "integrated_assessments")
        if rng.random() < P_INTAKE_URINE:
            recent = rng.random() < min(0.9, days / 20)
            self.urine_test(person, episode, day, secs + 1800, doctor, "assessment",
                            episode.substances[0][0] if recent else None)
        if episode.wajib_lapor:
            valid = dt.date.fromordinal(day) + dt.timedelta(days=365)
            self.document("KLD", person, episode, day, secs + 4200, episode.intake,
                          {"person": self._identity(person), "reported_on":
                           dt.date.fromordinal(episode.reported).isoformat(),
                           "valid_until": valid.isoformat()})
        if episode.waiting_from is not None:
            admitted = episode.admitted if episode.admitted and episode.admitted <= self.end \
                else None
            self.audit(episode.waiting_from, secs + 4800, episode.intake, "episode.wait", "episode",
                       episode.id, person.id)
            self.rows[WaitingListEntry].append((
                self.new_id(WaitingListEntry), episode.id, w.date(episode.waiting_from),
                1 if episode.minor else 0, "admitted" if admitted else "waiting",
                w.date(admitted) if admitted else None,
                "Menunggu tempat di program" if admitted else "Kapasitas program penuh"))


NOT_CONTINUED_REASONS = ("Tidak datang lagi setelah skrining; tidak dapat dihubungi",
                         "Keluarga memilih layanan di kota lain",
                         "Klien menolak melanjutkan ke asesmen")


def _vitals(rng: random.Random) -> dict[str, Any]:
    return {"blood_pressure": f"{rng.randint(100, 140)}/{rng.randint(60, 90)}",
            "pulse": rng.randint(64, 104), "respiration": rng.randint(14, 22),
            "temperature": round(36.2 + rng.random(), 1)}


_REFERRAL_DETAIL = {
    "police_tat": "Satresnarkoba Polres Sukamaju", "court": "Kejaksaan Negeri Sukamaju",
    "prison": "Lapas Kelas IIA Sukamaju", "health": "Puskesmas Cikareo",
    "rehab": "Yayasan Rumah Harapan Sukamaju", "school": "SMK Negeri 3 Sukamaju",
    "workplace": "PT Sinar Sukamaju Sejahtera",
}


def _legal_reference(rng: random.Random, legal: str, year: int) -> str:
    if legal == "suspect":
        return (f"LP/A/{rng.randint(10, 400)}/{ROMAN[rng.randint(1, 12)]}/{year}/"
                "Satresnarkoba/Polres Sukamaju")
    if legal == "defendant":
        return f"Penetapan No. {rng.randint(10, 600)}/Pid.Sus/{year}/PN Skm"
    if legal == "inmate":
        return f"Putusan No. {rng.randint(10, 600)}/Pid.Sus/{year - 1}/PN Skm"
    return ""
