"""The by-name, by-address list (BNBA) the ministries ask for beside the monthly tally.

It names every client served in the month (the episodes that make up the tally's "clients
served": new and continuing), with identity and address. It is personal data, so only a
member holding both the admin and the report rights may take it, and every export is
audited twice over: one event for the export, and one on each listed person's own trail, so
that a person who asks who saw their record (UU 27/2022) is told.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from models.core.age import age_on
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.nik import PROVINCES
from models.db.connection import write_transaction
from models.intake.episode import (
    REFERRAL_ROUTES,
    SERVICE_TYPES,
    SUBSTANCES,
    Episode,
    EpisodeSubstance,
)
from models.people.person import SEXES, Person
from models.safety import audit
from models.safety.audit import AuditEvent
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff
from models.tallies.export import TEXTS, Translate, period_label
from models.tallies.tally import Period

C = "Indicators"
T = QT_TRANSLATE_NOOP
TITLE = T(C, "By-name, by-address list of clients served (BNBA)")
NOTICE = T(C, "Confidential: personal health data (UU 27/2022). For the named recipient "
              "only; do not copy or pass on.")
YES, NO = T(C, "Yes"), T(C, "No")
#: (English header, kind) of each column; kind tells a renderer how to store the cell.
COLUMNS: tuple[tuple[str, str], ...] = (
    (T(C, "No."), "int"), (T(C, "Name"), "text"), (T(C, "NIK"), "text"),
    (T(C, "Sex"), "text"), (T(C, "Date of birth"), "date"), (T(C, "Age"), "int"),
    (T(C, "Address"), "text"), (T(C, "RT/RW"), "text"), (T(C, "Village"), "text"),
    (T(C, "District"), "text"), (T(C, "Regency / city"), "text"), (T(C, "Province"), "text"),
    (T(C, "Primary substance"), "text"), (T(C, "Service type"), "text"),
    (T(C, "Referral route"), "text"), (T(C, "Date admitted"), "date"),
    (T(C, "Date discharged"), "date"), (T(C, "Wajib lapor"), "text"),
)


def bnba_export(actor: Staff, year: int, month: int, fmt: str, translate: Translate,
                now: dt.datetime | None = None) -> dict[str, Any]:
    """The BNBA of a month as a renderer's payload (admin and report rights); audited."""
    require(actor, Area.ADMIN, Action.VIEW)
    require(actor, Area.REPORT, Action.VIEW)
    period = Period.month(year, month)
    start, end = period.start, period.end
    first = (EpisodeSubstance.select(EpisodeSubstance.substance)
             .where((EpisodeSubstance.episode == Episode.id) & (EpisodeSubstance.rank == 1)))
    query = (Episode.select(Person.id, Person.full_name, Person.nik, Person.sex,
                            Person.birth_date, Person.address, Person.rt_rw, Person.village,
                            Person.district, Person.regency, Person.province_code,
                            first.alias("substance"), Episode.service_type,
                            Episode.referral_route, Episode.admitted_on, Episode.discharged_on,
                            Episode.wajib_lapor)
             .join(Person, on=Episode.person == Person.id)
             .where(Episode.admitted_on.is_null(False) & (Episode.admitted_on <= end)
                    & (Episode.discharged_on.is_null() | (Episode.discharged_on >= start)))
             .order_by(Person.full_name, Person.id, Episode.id).tuples())
    sexes, substances = dict(SEXES), dict(SUBSTANCES)
    services, referrals = dict(SERVICE_TYPES), dict(REFERRAL_ROUTES)
    rows, people = [], []
    for number, (person_id, name, nik, sex, born, address, rt_rw, village, district, regency,
                 province, substance, service, referral, admitted, discharged,
                 wajib_lapor) in enumerate(query.iterator(), 1):
        # the tally's age: at admission for a new client, on the first day for the others
        ref = admitted if admitted >= start else start
        age = age_on(born, ref)
        rows.append([number, name, nik or "", translate("Codes", sexes.get(sex, sex)), born,
                     age, address, rt_rw, village, district, regency,
                     PROVINCES.get(province, province),
                     translate("Codes", substances.get(substance, "")) if substance else "",
                     translate("Codes", services.get(service, service)),
                     translate("Codes", referrals.get(referral, referral)), admitted, discharged,
                     translate(C, YES if wajib_lapor else NO)])
        people.append(person_id)
    key = f"{year:04d}-{month:02d}"
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with write_transaction():
        event = audit.record(actor, "bnba.export", "person", None, month=key,
                             format=str(fmt)[:8], count=len(rows))
        trail = [{"at": at, "staff": actor.id, "action": "bnba.listed", "table_name": "person",
                  "record_id": person_id, "person_id": person_id,
                  "detail": {"month": key, "export": event.id}} for person_id in people]
        for chunk in range(0, len(trail), 500):
            AuditEvent.insert_many(trail[chunk:chunk + 500]).execute()
    from models.facility.facility import facility
    profile = facility()
    name = profile.name_lines[-1] if profile and profile.name_lines else ""
    code = profile.code if profile else ""
    return {"title": translate(C, TITLE), "notice": translate(C, NOTICE),
            # what the top of a CSV says: whose list, of which month, and what it is
            "facility_text": f"{name} ({code})" if name and code else name or code,
            "texts": {key: translate(C, TEXTS[key]) for key in
                      ("facility", "period", "status_label")},
            "period_label": period_label(year, month, translate), "month": key,
            "columns": [translate(C, header) for header, _kind in COLUMNS],
            "kinds": [kind for _header, kind in COLUMNS], "rows": rows}
