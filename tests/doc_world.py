"""A small facility for the document tests: letterhead, a doctor with a SIP, an applicant,
and a client whose episode runs from report to a completed discharge."""
from __future__ import annotations

import dataclasses
import datetime as dt

from models.admin.facility_admin import FacilityInput, save_facility
from models.care.discharge import discharge_episode
from models.care.enrollment import enroll
from models.care.program_templates import install_default_templates
from models.documents.skhpn import ExamInput, UrineSample, open_application, record_exam
from models.intake import intake
from models.people.duplicates import LikelyDuplicate
from models.people.registry import PersonInput, register_person
from models.staff.staff import Staff
from tests.consent import EARLY, consented

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
FACILITY = FacilityInput(
    name_lines=("Badan Narkotika Nasional Republik Indonesia",
                "Badan Narkotika Nasional Kota Sukamaju"),
    code="BNNK-SM", kind="bnn_clinic",
    address="Jl. Pahlawan Revolusi No. 17, Kelurahan Sukajadi, Kecamatan Sukamaju Kaler, "
            "Kota Sukamaju, Jawa Barat 45123",
    city="Sukamaju", phone="(0266) 5550 147", email="klinik@bnnk-sukamaju.example",
    website="https://bnnk-sukamaju.example", head_name="Drs. Hendra Kusumawijaya, M.Si.",
    head_position="Kepala BNN Kota Sukamaju", head_nip="197303152000031002")
SIP = "446/0123/SIP-DU/DPMPTSP/2023"
PANEL = {"AMP": "negative", "MET": "negative", "THC": "negative", "COC": "negative",
         "MOP": "negative", "BZO": "negative"}
DAST_NONE = {f"q{i}": "no" for i in range(1, 11)} | {"q3": "yes"}
HOSTILE_NAME = 'Siti <b>Rahma</b> & Co <img src="http://127.0.0.1:9/x.png"/> &amp;'
LONG_NAME = ("Raden Ajeng Kartika Dewi Sekar Ayu Purnamasari Wulandari Kusumaningtyas "
             "Setyaningrum Hadiningrat Soerjosoemarno Mangkunegaran")
LONG_ADDRESS = ("Jalan Letnan Jenderal Soeprapto Gang Kenanga Kecil Nomor 17B Blok C "
                "Perumahan Griya Asri Sejahtera Tahap III, dekat Masjid Jami Al-Ikhlas dan "
                "Sekolah Dasar Negeri 4 Sukamaju, belakang pasar tradisional")


def facility_and_doctor(staff: dict) -> Staff:
    """Set up the letterhead; give the doctor a SIP and a NIP. Returns the doctor."""
    save_facility(staff["admin"], FACILITY)
    Staff.update(sip=SIP, nip="198702142012122002", position="Dokter Pemeriksa").where(
        Staff.id == staff["doctor"].id).execute()
    staff["doctor"] = Staff.get_by_id(staff["doctor"].id)
    return staff["doctor"]


def applicant(staff: dict, name: str = "Budi Santoso", address: str = "Jl. Merdeka No. 1",
              n: int = 1) -> int:
    person = PersonInput(
        full_name=name, sex="L", birth_date=dt.date(1990, 1, 2), id_type="passport",
        id_number=f"B{1234560 + n}", birth_place="Sukamaju", occupation="Karyawan swasta",
        address=address, rt_rw="002/005", village="Sukajadi", district="Sukamaju Kaler",
        regency="Kota Sukamaju")
    try:
        return register_person(staff["intake"], person)
    except LikelyDuplicate as exc:  # "Budi Santoso II": the desk decides it is another person
        return register_person(staff["intake"], person, different_from=exc.ids)


def skhpn(staff: dict, person_id: int, *, urine: dict | None = None,
          conclusion: str = "not_indicated", sktm: str = "", specimen: str = "U-0001",
          purpose_detail: str = "Melamar pekerjaan di PT Maju Jaya") -> int:
    """An application at the desk, then the doctor's examination; returns the document id."""
    exam = open_application(staff["intake"], person_id, "job", purpose_detail, sktm)
    return record_exam(staff["doctor"], exam, ExamInput(
        dast_answers=DAST_NONE,
        urine=UrineSample(specimen, dt.datetime.now().replace(microsecond=0) - dt.timedelta(
            hours=1), urine or PANEL, kit="Rapid 6", lot="L2501"),
        finding="Dalam batas normal", conclusion=conclusion, vitals={"TD": "120/80"}))


ASI_GRID = {d: {"severity": s, "trouble": 2, "need": 3} for d, s in (
    ("medical", 2), ("employment", 5), ("drugs", 8), ("legal", 4), ("family", 6),
    ("psychiatric", 3))}


def signed_assessment(staff: dict, person_id: int, episode_id: int,
                      diagnosis: str = "F15.2") -> int:
    """A complete ASI-based assessment by the counselor, signed; returns its id."""
    from models.care.assessment import save_assessment, sign_assessment
    saved = save_assessment(staff["counselor"], person_id, episode_id, "asi", TODAY - 195 * DAY,
                            {"grid": ASI_GRID}, diagnosis_code=diagnosis,
                            treatment_plan=["brief_intervention"])
    sign_assessment(staff["counselor"], saved.assessment_id)
    return saved.assessment_id


def client_episode(staff: dict, person_id: int, *, complete: bool = True,
                   assessed: bool = True, wajib_lapor: bool = True) -> int:
    """An outpatient episode reported 200 days ago, (``assessed``) with a signed ASI
    assessment, admitted, and (``complete``) completed."""
    templates = install_default_templates()
    episode = intake.open_episode(staff["intake"], person_id, intake.EpisodeInput(
        service_type="outpatient", reported_on=TODAY - 200 * DAY, wajib_lapor=wajib_lapor))
    consented(staff["intake"], episode)
    if assessed:
        signed_assessment(staff, person_id, episode)
    enroll(staff["counselor"], episode, templates["bnn_rawat_jalan"], TODAY - 190 * DAY)
    if complete:
        discharge_episode(staff["counselor"], episode, TODAY - 10 * DAY, "completed",
                          early_reason=EARLY,
                          outcome_recovered=True)
    return episode


def person_input(**changes) -> PersonInput:
    base = PersonInput(full_name="Dewi Lestari", sex="P", birth_date=dt.date(1992, 3, 4),
                       id_type="none", no_id_reason="Hilang")
    return dataclasses.replace(base, **changes)
