"""Registering, correcting, viewing and finding people; duplicates; conflicts; audit."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.core.errors import ConflictError, ValidationError
from models.people.person import Person
from models.people.registry import (
    add_contact,
    duplicate_candidates,
    register_person,
    update_person,
    view_person,
)
from models.people.search import hits, search_ids
from models.safety.audit import AuditEvent
from tests.conftest import SAMPLE_PERSON


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id))


def test_register_writes_person_and_audit_in_one_go(staff, person_id):
    person = Person.get_by_id(person_id)
    assert person.full_name == "Siti Rahmawati"
    assert person.nik == "3273055708950003"
    assert person.phone == "081234567890"
    assert person.province_code == "32"  # taken from the NIK
    assert person.name_key == "siti rahmawati"
    assert person.reg_no.startswith(f"R-{dt.date.today().year}-")
    [event] = events("person.create")
    assert (event.staff_id, event.record_id, event.person_id) == (
        staff["intake"].id, person_id, person_id)


def test_registration_numbers_follow_each_other(staff, person_id):
    other = dataclasses.replace(SAMPLE_PERSON, nik="3273051708950004", sex="L",
                                full_name="Budi Santoso")
    second = register_person(staff["intake"], other)
    first_no = int(Person.get_by_id(person_id).reg_no.rsplit("-", 1)[1])
    assert Person.get_by_id(second).reg_no.endswith(f"{first_no + 1:06d}")


def test_same_nik_twice_is_refused_and_nothing_written(staff, person_id):
    with pytest.raises(ValidationError) as err:
        register_person(staff["intake"], dataclasses.replace(SAMPLE_PERSON, full_name="Siti R."))
    assert "R-" in err.value.english()
    assert Person.select().count() == 1
    assert len(events("person.create")) == 1


@pytest.mark.parametrize("change, fragment", [
    ({"nik": "3273051708950003"}, "means"),          # male day with sex P
    ({"birth_date": dt.date(1995, 8, 18)}, "born"),  # date disagrees
    ({"nik": "3273053102950003"}, "not a real date"),  # 31 February
    ({"nik": "32730557089500"}, "16 digits"),
    ({"nik": "9973055708950003"}, "province"),
    ({"full_name": "   "}, "fill in"),
    ({"full_name": "x" * 201}, "too long"),
    ({"full_name": "Siti\x07"}, "cannot be printed"),
    ({"phone": "12ab"}, "phone"),
    ({"birth_date": dt.date.today() + dt.timedelta(days=1)}, "future"),
    ({"sex": "X"}, "valid choice"),
])
def test_bad_identity_input_is_refused_with_a_message(staff, change, fragment):
    with pytest.raises(ValidationError) as err:
        register_person(staff["intake"], dataclasses.replace(SAMPLE_PERSON, **change))
    assert fragment in err.value.english()
    assert Person.select().count() == 0


def test_nik_mismatch_can_be_overridden_and_the_override_is_audited(staff):
    data = dataclasses.replace(SAMPLE_PERSON, birth_date=dt.date(1995, 8, 18))
    with pytest.raises(ValidationError) as err:  # an override says why (issue 12, fault 10)
        register_person(staff["intake"], data, override_nik=True)
    assert "say why" in err.value.english()
    pid = register_person(staff["intake"], data, override_nik=True,
                          override_reason="KTP lama dicetak dengan tanggal ini")
    assert Person.get_by_id(pid).nik_override is True
    assert events("person.create")[0].detail == {
        "nik_override": True, "nik_override_reason": "KTP lama dicetak dengan tanggal ini"}


def test_markup_in_names_is_kept_as_text_and_an_undrawable_emoji_refused(staff):
    data = dataclasses.replace(SAMPLE_PERSON, full_name="<b>Siti</b> & Rahma ☺")
    pid = register_person(staff["intake"], data)
    assert Person.get_by_id(pid).full_name == "<b>Siti</b> & Rahma ☺"
    # the papers' font has no tulip: refused at input, naming it, not printed as a box
    with pytest.raises(ValidationError, match="U\\+1F337 TULIP"):
        register_person(staff["intake"], dataclasses.replace(
            SAMPLE_PERSON, full_name="Siti Rahma 🌷", nik="3273055708950011"))


def test_view_is_audited(staff, person_id):
    record = view_person(staff["counselor"], person_id)
    assert record.data.full_name == "Siti Rahmawati"
    [event] = events("person.view")
    assert event.staff_id == staff["counselor"].id and event.person_id == person_id


def test_second_desk_saving_an_old_version_gets_a_conflict(staff, person_id):
    record = view_person(staff["intake"], person_id)
    desk_a = dataclasses.replace(record.data, phone="081111111111")
    desk_b = dataclasses.replace(record.data, occupation="Pedagang")
    assert update_person(staff["intake"], person_id, record.version, desk_a) == record.version + 1
    with pytest.raises(ConflictError) as err:
        update_person(staff["admin"], person_id, record.version, desk_b)
    assert "Petugas Pendaftaran" in err.value.english()
    person = Person.get_by_id(person_id)
    assert (person.phone, person.occupation) == ("081111111111", "")
    assert events("person.update")[0].detail["fields"] == ["phone"]


def test_duplicate_candidates_by_nik_name_and_phone(staff, person_id):
    found = duplicate_candidates(staff["intake"], nik="3273055708950003")
    assert [(c.person_id, c.reasons) for c in found] == [(person_id, ("nik",))]
    found = duplicate_candidates(staff["intake"], full_name="Sitti Rachmawati",
                                 birth_date=dt.date(1995, 8, 17))
    assert [c.reasons for c in found] == [("name_birth_date",)]
    found = duplicate_candidates(staff["intake"], phone="+62 812 3456 7890")
    assert [c.reasons for c in found] == [("phone",)]
    assert duplicate_candidates(staff["intake"], full_name="Budi",
                                birth_date=dt.date(1995, 8, 17)) == []
    both = duplicate_candidates(staff["intake"], nik="3273055708950003", phone="081234567890")
    assert both[0].reasons == ("nik", "phone")


@pytest.mark.parametrize("query", ["siti", "Siti Rahma", "rahmawati", "cihampelas",
                                   "3273055708", "0812345", "3273055708950003",
                                   f"R-{dt.date.today().year}-0000", "r-2"])
def test_search_finds_by_name_prefix_address_nik_and_phone(staff, person_id, query):
    assert search_ids(staff["intake"], query) == [person_id]


def test_search_tolerates_spelling_variants(staff):
    pid = register_person(staff["intake"], dataclasses.replace(
        SAMPLE_PERSON, full_name="Muhammad Rizky Nurul Huda", nik="3273051708950005", sex="L"))
    for query in ("M. Rizki", "Muhamad Rizky", "mochammad", "nur huda"):
        assert search_ids(staff["intake"], query) == [pid], query
    assert [h.full_name for h in hits([pid])] == ["Muhammad Rizky Nurul Huda"]


def test_search_ignores_fts_syntax_in_the_query(staff, person_id):
    for query in ('"', "siti OR", "NEAR(", "*", "a:b", "'); DROP TABLE person; --", "R-*",
                  "R-[0-9]", "12*4", "R-2025%"):
        search_ids(staff["intake"], query)  # no exception
    assert Person.select().count() == 1


def test_updated_name_is_found_under_the_new_name(staff, person_id):
    record = view_person(staff["intake"], person_id)
    update_person(staff["intake"], person_id, record.version,
                  dataclasses.replace(record.data, full_name="Siti Aminah"))
    assert search_ids(staff["intake"], "aminah") == [person_id]
    assert search_ids(staff["intake"], "rahmawati") == []


def test_family_contact(staff, person_id):
    cid = add_contact(staff["intake"], person_id, "mother", "Ibu Sumarni", "0813 2222 3333")
    record = view_person(staff["intake"], person_id)
    assert [(c.id, c.relation, c.phone) for c in record.contacts] == [
        (cid, "mother", "081322223333")]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from models.people.registry import clean_person  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=300), alias=st.text(max_size=50), address=st.text(max_size=600),
       phone=st.one_of(st.just(""), st.text(max_size=30)),
       nik=st.one_of(st.just(SAMPLE_PERSON.nik), st.text(max_size=30)),
       kk=st.one_of(st.just(""), st.text(max_size=20)))
def test_any_typed_text_is_accepted_or_refused_with_a_message(name, alias, address, phone, nik,
                                                             kk):
    data = dataclasses.replace(SAMPLE_PERSON, full_name=name, alias=alias, address=address,
                               phone=phone, nik=nik, kk_number=kk)
    try:
        values = clean_person(data)
    except ValidationError as err:
        assert err.english()
        return
    assert values["full_name"] == values["full_name"].strip() and values["full_name"]
    assert len(values["nik"]) == 16
