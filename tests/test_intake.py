"""Opening episodes, consent, admission against capacity, the waiting list; facility admin."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.admin import facility_admin
from models.core.errors import ValidationError
from models.facility.facility import get_setting
from models.intake import intake
from models.intake.episode import Episode, EpisodeSubstance
from models.people import registry
from tests.conftest import SAMPLE_PERSON
from tests.consent import consented

TODAY = dt.date.today()
EPISODE = intake.EpisodeInput(
    service_type="inpatient", reported_on=TODAY, referral_route="family", wajib_lapor=True,
    substances=(intake.SubstanceInput("methamphetamine", "smoked", days_last_30=20,
                                      years_used=3, age_first_use=19, pattern="habitual"),
                intake.SubstanceInput("alcohol", "oral")))
FACILITY = facility_admin.FacilityInput(
    name_lines=("BADAN NARKOTIKA NASIONAL", "BNN KOTA CONTOH"), code="bnnk-ct",
    kind="bnn_clinic", capacity=1, head_nip="198001012005011001")


def new_person(staff, name: str, nik: str, birth=dt.date(1995, 8, 17)) -> int:
    return registry.register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name=name, nik=nik, birth_date=birth, sex="L", phone=""))


def test_open_episode_with_substances(staff, person_id):
    eid = intake.open_episode(staff["intake"], person_id, EPISODE)
    episode = Episode.get_by_id(eid)
    assert (episode.status, episode.wajib_lapor, episode.referral_route) == (
        "screening", True, "family")
    assert episode.episode_no == f"E-{TODAY.year}-000001"
    ranks = [(s.rank, s.substance) for s in
             EpisodeSubstance.select().where(EpisodeSubstance.episode == eid)
             .order_by(EpisodeSubstance.rank)]
    assert ranks == [(1, "methamphetamine"), (2, "alcohol")]
    with pytest.raises(ValidationError) as err:
        intake.open_episode(staff["intake"], person_id, EPISODE)
    assert "already has an open episode" in err.value.english()


def test_a_minor_is_reported_by_a_parent_or_guardian(staff):
    minor = new_person(staff, "Adi Nugroho", "3273051708120004", dt.date(2012, 8, 17))
    minor_episode = dataclasses.replace(EPISODE, reported_on=TODAY)
    with pytest.raises(ValidationError) as err:
        intake.open_episode(staff["intake"], minor, minor_episode)
    assert "parent or guardian" in err.value.english()
    intake.open_episode(staff["intake"], minor,
                        dataclasses.replace(minor_episode, reporter="parent_guardian"))


@pytest.mark.parametrize("substances, fragment", [
    ((intake.SubstanceInput("cannabis", "smoked"),) * 2, "listed twice"),
    (tuple(intake.SubstanceInput(s, "oral") for s in ("cannabis", "alcohol", "mdma", "heroin")),
     "At most three"),
    ((intake.SubstanceInput("cannabis", "smoked", days_last_30=31),), "between 0 and 30"),
    ((intake.SubstanceInput("glue", "smoked"),), "valid choice"),
])
def test_substance_rules(staff, person_id, substances, fragment):
    with pytest.raises(ValidationError) as err:
        intake.open_episode(staff["intake"], person_id,
                            dataclasses.replace(EPISODE, substances=substances))
    assert fragment in err.value.english()


def test_full_program_puts_people_on_the_waiting_list_in_order(staff):
    facility_admin.save_facility(staff["admin"], FACILITY)
    facility_admin.set_setting(staff["admin"], f"capacity_{EPISODE.service_type}", 1)
    ids = [consented(staff["intake"], intake.open_episode(
        staff["intake"], new_person(staff, name, nik), EPISODE))
           for name, nik in (("Agus Salim", "3273051708950021"), ("Bayu Aji", "3273051708950022"),
                             ("Cahyo Nugroho", "3273051708950023"))]
    assert intake.admit(staff["intake"], ids[0], TODAY) == "in_program"
    assert intake.admit(staff["intake"], ids[1], TODAY) == "waiting"
    assert intake.admit(staff["intake"], ids[2], TODAY) == "waiting"
    assert [r.episode_id for r in intake.waiting_list(staff["intake"])] == ids[1:]
    intake.withdraw_waiting(staff["intake"], ids[1], TODAY, "pindah kota")
    assert [r.episode_id for r in intake.waiting_list(staff["intake"])] == [ids[2]]
    assert Episode.get_by_id(ids[1]).status == "closed"
    Episode.update(status="closed").where(Episode.id == ids[0]).execute()  # a place frees up
    assert intake.admit(staff["intake"], ids[2], TODAY) == "in_program"
    assert intake.waiting_list(staff["intake"]) == []


def test_disclosure_consent_needs_recipient_purpose_and_end(staff, person_id):
    eid = intake.open_episode(staff["intake"], person_id, EPISODE)
    with pytest.raises(ValidationError):
        intake.record_consent(staff["intake"], eid, "disclosure", TODAY, "Siti Rahmawati")
    intake.record_consent(staff["intake"], eid, "disclosure", TODAY, "Siti Rahmawati",
                          recipient="Puskesmas Coblong", purpose="rujukan lanjutan",
                          valid_until=TODAY + dt.timedelta(days=90))


def test_facility_profile_and_settings(staff):
    facility_admin.save_facility(staff["admin"], FACILITY)
    from models.facility.facility import facility
    assert facility().code == "BNNK-CT"
    facility_admin.set_setting(staff["admin"], "idle_lock_minutes", 15)
    assert get_setting("idle_lock_minutes") == 15
    for key, value in (("idle_lock_minutes", 0), ("idle_lock_minutes", "10"),
                       ("idle_lock_minutes", True), ("no_such", 1)):
        with pytest.raises(ValidationError):
            facility_admin.set_setting(staff["admin"], key, value)
    with pytest.raises(ValidationError):
        facility_admin.save_facility(staff["admin"], dataclasses.replace(FACILITY, name_lines=()))
    with pytest.raises(ValidationError):
        facility_admin.save_facility(staff["admin"],
                                     dataclasses.replace(FACILITY, logo=b"GIF89a..."))
