"""Reminders that protect privacy: the consent rule (channel recorded, audited, withdrawn),
neutral texts (every template in both languages checked for words naming the purpose),
the WhatsApp link, the printed slip and the .ics file."""
from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from models.admin.facility_admin import FacilityInput, save_facility
from models.appointments.appointment import book
from models.appointments.reminders import (
    FORBIDDEN,
    MESSAGES,
    compose,
    consent_in_force,
    forbidden_word,
    ics_items,
    prepare_reminder,
    record_consent,
    slip_payload,
    whatsapp_link,
    withdraw_consent,
)
from models.core.errors import PermissionDenied, ValidationError
from models.safety.audit import AuditEvent
from reports.appointment_ics import IcsEvent, render_ics
from reports.appointment_slip import SlipData, SlipVisit, render_slip
from tests.test_appointments import at, new_episode

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
TS = Path(__file__).resolve().parent.parent / "resources" / "i18n"
FIELDS = {"day": "Senin", "date": "07/12/2026", "time": "09.00", "place": "Ruang 2",
          "phone": "0251-123456"}


def translations(context: str) -> dict[str, str]:
    root = ET.parse(TS / "pulih_id.ts").getroot()
    found = {}
    for ctx in root.findall("context"):
        if ctx.findtext("name") == context:
            for message in ctx.findall("message"):
                found[message.findtext("source")] = message.findtext("translation") or ""
    return found


def test_every_template_is_neutral_in_both_languages():
    indonesian = translations("Reminders")
    for template in MESSAGES:
        assert forbidden_word(template) is None, template
        assert template in indonesian and indonesian[template], template
        assert forbidden_word(indonesian[template]) is None, indonesian[template]
        for text in (template, indonesian[template]):
            filled = compose(text, FIELDS)
            assert "Ruang 2" in filled and "0251-123456" in filled
    # The slip's fixed texts too.
    from reports import appointment_slip
    for text in (appointment_slip.TITLE, "Bila berhalangan hadir, mohon kabari kami di",
                 "Bawa kartu ini saat datang."):
        assert forbidden_word(text) is None


@pytest.mark.parametrize("text, word", [
    ("Klinik Pratama BNNK Bogor", "bnnk"), ("di B.N.N. kota", "bnn"),
    ("Ruang Rehabilitasi", "rehabilitasi"), ("Poli NARKOBA", "narkoba"),
    ("Layanan rumatan", "rumatan"), ("Ruang Konseling Adiksi", "adiksi"),
    ("Tes urine pagi", "urine"), ("Réhab", "rehab"),
])
def test_forbidden_words_are_found_however_written(text, word):
    assert forbidden_word(text) == word
    with pytest.raises(ValidationError, match="tells a reader"):
        compose(MESSAGES[0], {**FIELDS, "place": text})
    assert text in compose(MESSAGES[0], {**FIELDS, "place": text}, may_name_purpose=True)


def test_ordinary_words_pass():
    for text in ("Ruang 2", "Aula lantai 2", "Jl. Sabuk Mas", "Gedung Ganjar", "Puskesmas",
                 "Rehan", "Bunga"):
        assert forbidden_word(text) is None, text


def test_whatsapp_link():
    link = whatsapp_link("0812-3456-7890", "Janji temu Senin, 09.00 & Ruang 2")
    parts = urlsplit(link)
    assert (parts.netloc, parts.path) == ("wa.me", "/6281234567890")
    assert parse_qs(parts.query)["text"] == ["Janji temu Senin, 09.00 & Ruang 2"]


@pytest.fixture
def appointment(staff):
    episode = new_episode(staff)
    return book(staff["intake"], "individual", staff["counselor"].id, at(TODAY + DAY, 9), 60,
                episode_id=episode, place="Ruang 2")


def person_of(appointment_id: int) -> int:
    from models.appointments.appointment import Appointment
    return Appointment.get_by_id(appointment_id).person_id


def test_reminder_only_with_consent_by_its_channel(staff, appointment):
    desk = staff["intake"]
    person = person_of(appointment)
    with pytest.raises(ValidationError, match="not consented"):
        prepare_reminder(desk, appointment, MESSAGES[0], FIELDS)
    with pytest.raises(PermissionDenied):  # consent is identity data: the desk records it
        record_consent(staff["counselor"], person, "sms", "081234567890", TODAY)
    with pytest.raises(ValidationError, match="need a number"):
        record_consent(desk, person, "sms", "", TODAY)
    record_consent(desk, person, "sms", "0812 3456 7890", TODAY)
    consent = consent_in_force(person)
    assert (consent.channel, consent.phone) == ("sms", "081234567890")
    [event] = AuditEvent.select().where(AuditEvent.action == "contact_consent.record")
    assert (event.person_id, event.detail["channel"]) == (person, "sms")
    with pytest.raises(ValidationError, match="by SMS only"):
        prepare_reminder(desk, appointment, MESSAGES[0], FIELDS, channel="whatsapp")
    reminder = prepare_reminder(desk, appointment, MESSAGES[0], FIELDS)
    assert (reminder.channel, reminder.link) == ("sms", "") and "Ruang 2" in reminder.text
    assert AuditEvent.select().where(AuditEvent.action == "appointment.reminder",
                                     AuditEvent.person_id == person).count() == 1
    # A new consent replaces the old one; a withdrawn one allows nothing.
    record_consent(desk, person, "whatsapp", "081234567890", TODAY)
    assert prepare_reminder(desk, appointment, MESSAGES[1], FIELDS).link.startswith(
        "https://wa.me/62")
    withdraw_consent(desk, person)
    assert consent_in_force(person) is None
    with pytest.raises(ValidationError, match="not consented"):
        prepare_reminder(desk, appointment, MESSAGES[0], FIELDS)
    # Slip-only consent: no message is prepared.
    record_consent(desk, person, "slip", "", TODAY)
    with pytest.raises(ValidationError, match="Printed slip only"):
        prepare_reminder(desk, appointment, MESSAGES[0], FIELDS)


def test_place_naming_the_purpose_is_refused_unless_the_client_chose(staff):
    desk = staff["intake"]
    episode = new_episode(staff)
    aid = book(desk, "individual", staff["counselor"].id, at(TODAY + DAY, 9), 60,
               episode_id=episode, place="Ruang Rehabilitasi")
    person = person_of(aid)
    record_consent(desk, person, "whatsapp", "081234567890", TODAY)
    with pytest.raises(ValidationError, match="rehabilitasi"):
        prepare_reminder(desk, aid, MESSAGES[0], {**FIELDS, "place": "Ruang Rehabilitasi"})
    with pytest.raises(ValidationError, match="rehabilitasi"):
        slip_payload(desk, aid)
    record_consent(desk, person, "whatsapp", "081234567890", TODAY, may_name_purpose=True)
    assert "Rehabilitasi" in prepare_reminder(desk, aid, MESSAGES[0],
                                              {**FIELDS, "place": "Ruang Rehabilitasi"}).text
    assert slip_payload(desk, aid).visits[0].place == "Ruang Rehabilitasi"


def test_slip_names_no_purpose_and_lists_the_next_visits(staff, appointment):
    from pypdf import PdfReader
    admin = staff["admin"]
    save_facility(admin, FacilityInput(
        name_lines=("BADAN NARKOTIKA NASIONAL", "KLINIK PRATAMA BNNK UJI"), code="KP-UJI",
        kind="bnn_clinic", city="Bogor", phone="0251-123456"))
    from models.appointments.appointment import Appointment
    row = Appointment.get_by_id(appointment)
    book(staff["intake"], "doctor", staff["doctor"].id, at(TODAY + 8 * DAY, 10), 30,
         episode_id=row.episode_id, place="Ruang 3")
    payload = slip_payload(staff["intake"], appointment)
    assert [v.place for v in payload.visits] == ["Ruang 2", "Ruang 3"]
    pdf = render_slip(SlipData(payload.holder, [SlipVisit(v.starts_at, v.minutes, v.place)
                                                for v in payload.visits], payload.phone),
                      invariant=True)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Budi Santoso" in text and "Ruang 3" in text and "0251-123456" in text
    assert forbidden_word(text) is None, text
    assert AuditEvent.select().where(AuditEvent.action == "appointment.slip").count() == 1


def test_ics_has_initials_only(staff, appointment):
    items = ics_items(staff["counselor"], staff["counselor"].id, TODAY, 7)
    data = render_ics([IcsEvent(i.uid, i.starts_at, i.minutes, f"Konseling {i.initials}",
                                i.place, i.cancelled) for i in items]).decode()
    assert "SUMMARY:Konseling B.S." in data and "Budi" not in data
    assert "DTSTART:" + at(TODAY + DAY, 9).strftime("%Y%m%dT%H%M%S") in data
    assert AuditEvent.select().where(AuditEvent.action == "appointment.ics").count() == 1
    from icalendar import Calendar
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["LOCATION"]) == "Ruang 2"


def test_forbidden_list_is_lower_case():
    assert all(word == word.casefold() for word in FORBIDDEN)


def test_restricted_record_keeps_its_contact_details(staff, appointment):
    from models.people.flags import set_flag
    desk, admin = staff["intake"], staff["admin"]
    person = person_of(appointment)
    record_consent(desk, person, "whatsapp", "081234567890", TODAY)
    set_flag(admin, person, "restricted", "Permintaan klien")
    for act in (lambda: prepare_reminder(desk, appointment, MESSAGES[0], FIELDS),
                lambda: slip_payload(desk, appointment),
                lambda: record_consent(desk, person, "sms", "081234567890", TODAY)):
        with pytest.raises(PermissionDenied):
            act()
    assert prepare_reminder(admin, appointment, MESSAGES[0], FIELDS).link  # has the right
