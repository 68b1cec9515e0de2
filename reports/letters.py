"""The letters of an episode: statements of rehabilitation in progress and completed, the
referral letter (surat rujukan) and the consents, each from its frozen payload."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reports.dates import long_date
from reports.holder import PrintOptions, identity_rows, page_setup
from reports.labels_id import CONSENT_KINDS, RELATIONS, SERVICE_TYPES, icd_label, label
from reports.letterhead import (
    MM,
    P,
    Signer,
    build_pdf,
    esc,
    field_table,
    numbered,
    signature_block,
    tembusan,
)


def _facility_name(payload: dict[str, Any]) -> str:
    return " ".join((payload.get("facility") or {}).get("name_lines", [])[-1:])


def _head_signer(payload: dict[str, Any]) -> Signer:
    head = payload.get("head") or {}
    return Signer(f"{head.get('position') or 'Kepala'},", head.get("name", ""), "NIP",
                  head.get("nip", ""))


def _title(title: str, number: str) -> list[Any]:
    from reportlab.platypus import Spacer
    return [P(f"<u>{esc(title)}</u>", "title"), P(f"Nomor: {esc(number)}", "subtitle"),
            Spacer(1, 5 * MM)]


def _program_text(payload: dict[str, Any]) -> str:
    """The program's name, with the service type only when the name does not say it
    already ("BNN – Rawat Jalan", not "BNN – Rawat Jalan (rawat jalan)")."""
    program = payload.get("program") or ""
    service = label(SERVICE_TYPES, payload.get("service_type"))
    if program and service and service.casefold() not in program.casefold():
        return f"{program} ({service})"
    return program or service or "rehabilitasi"


def story_in_rehab(payload: dict[str, Any], qr: str) -> list[Any]:
    """Surat keterangan sedang menjalani rehabilitasi."""
    from reportlab.platypus import Indenter, Spacer
    out = _title("SURAT KETERANGAN SEDANG MENJALANI REHABILITASI", payload.get("number", ""))
    out += [
        P(f"Yang bertanda tangan di bawah ini, {esc((payload.get('head') or {}).get('position'))}"
          f", menerangkan bahwa:", "justify"), Spacer(1, 2 * MM),
        Indenter(8 * MM), field_table(identity_rows(payload.get("person") or {}),
                                      width=166 * MM), Indenter(-8 * MM), Spacer(1, 3 * MM),
        P(f"adalah benar klien {esc(_facility_name(payload))} yang sejak tanggal "
          f"<b>{long_date(payload.get('since'))}</b> sampai dengan surat keterangan ini dibuat "
          f"sedang menjalani program <b>{esc(_program_text(payload))}</b>.", "justify"),
        Spacer(1, 2 * MM)]
    if payload.get("purpose_text"):
        out.append(P(f"Surat keterangan ini dibuat untuk keperluan: "
                     f"{esc(payload['purpose_text'])}.", "justify"))
    out.append(P("Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana "
                 "mestinya.", "justify"))
    out.append(signature_block(payload.get("place", ""), payload.get("date"),
                               [_head_signer(payload)], qr))
    return out


def story_completed(payload: dict[str, Any], qr: str) -> list[Any]:
    """Surat keterangan selesai rehabilitasi."""
    from reportlab.platypus import Indenter, Spacer
    outcomes = [text for key, text in (("recovered", "pulih"), ("skilled", "terampil"),
                                       ("independent", "mandiri")) if payload.get(key)]
    out = _title("SURAT KETERANGAN SELESAI REHABILITASI", payload.get("number", ""))
    out += [
        P(f"Yang bertanda tangan di bawah ini, {esc((payload.get('head') or {}).get('position'))}"
          f", menerangkan bahwa:", "justify"), Spacer(1, 2 * MM),
        Indenter(8 * MM), field_table(identity_rows(payload.get("person") or {}),
                                      width=166 * MM), Indenter(-8 * MM), Spacer(1, 3 * MM),
        P(f"telah menyelesaikan program <b>{esc(_program_text(payload))}</b> di "
          f"{esc(_facility_name(payload))} sejak tanggal <b>{long_date(payload.get('from'))}</b>"
          f" sampai dengan tanggal <b>{long_date(payload.get('to'))}</b> dengan hasil: "
          f"telah menyelesaikan program dengan baik"
          + (f" (dinilai {esc(', '.join(outcomes))})" if outcomes else "") + ".", "justify"),
        Spacer(1, 2 * MM),
        P("Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.",
          "justify"),
        signature_block(payload.get("place", ""), payload.get("date"), [_head_signer(payload)],
                        qr)]
    return out


def _letter_heading(payload: dict[str, Any], subject: str, attachments: str = "-") -> Any:
    """Nomor / Sifat / Lampiran / Perihal on the left, place and date on the right."""
    from reportlab.platypus import Table, TableStyle
    left = field_table([("Nomor", payload.get("number", "")), ("Sifat", "Rahasia"),
                        ("Lampiran", attachments), ("Perihal", subject)],
                       label_width=20 * MM, width=110 * MM)
    right = P(f"{esc(payload.get('place', ''))}, {long_date(payload.get('date'))}", "right")
    table = Table([[left, right]], colWidths=[112 * MM, 62 * MM])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def story_referral(payload: dict[str, Any], qr: str) -> list[Any]:
    """Surat rujukan: an official letter to the receiving facility."""
    from reportlab.platypus import Indenter, Spacer
    person = payload.get("person") or {}
    paragraphs = [
        f"Bersama ini kami rujuk klien {esc(_facility_name(payload))} dengan identitas sebagai "
        "berikut untuk mendapatkan layanan lebih lanjut:",
        f"Klien menjalani program {esc(_program_text(payload))} sejak "
        f"{long_date(payload.get('since'))}" + (f" dengan diagnosis kerja "
                                                f"{esc(icd_label(payload['diagnosis']))}"
                                                if payload.get("diagnosis") else "") + ".",
        f"Alasan rujukan: {esc(payload.get('reason'))}",
    ]
    if payload.get("summary"):
        paragraphs.append(f"Ringkasan klinis: {esc(payload['summary'])}")
    paragraphs.append("Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja "
                      "samanya kami ucapkan terima kasih.")
    recipient = f"Kepada Yth.<br/>Pimpinan {esc(payload.get('to'))}"
    if payload.get("to_address"):
        recipient += f"<br/>{esc(payload['to_address'])}"
    recipient += "<br/>di tempat"
    out: list[Any] = [
        _letter_heading(payload, "Rujukan klien rehabilitasi"), Spacer(1, 5 * MM),
        P(recipient), Spacer(1, 5 * MM),
        numbered([paragraphs[0]]),
        Indenter(8 * MM), field_table(identity_rows(person, occupation=False), width=166 * MM),
        Indenter(-8 * MM), Spacer(1, 2 * MM),
        numbered(paragraphs[1:], start=2),
        # dated once, at the top beside Nomor/Perihal
        signature_block(payload.get("place", ""), payload.get("date"), [_head_signer(payload)],
                        qr, dated=False),
    ]
    out += tembusan(["Yang bersangkutan", "Arsip"])
    return out


def story_consent(payload: dict[str, Any], qr: str) -> list[Any]:
    """General consent, or consent to disclose to a named recipient for a purpose."""
    from reportlab.platypus import Indenter, Spacer
    person = payload.get("person") or {}
    disclosure = payload.get("consent_kind") == "disclosure"
    signed_by = payload.get("signed_by_name") or person.get("name", "")
    guardian = payload.get("guardian") or {}
    relation = label(RELATIONS, guardian.get("relation")) if guardian else ""
    out = _title(label(CONSENT_KINDS, payload.get("consent_kind")), payload.get("number", ""))
    intro = ("Saya yang bertanda tangan di bawah ini, atas nama klien:" if not guardian else
             f"Saya yang bertanda tangan di bawah ini, <b>{esc(guardian.get('name'))}</b>, "
             f"selaku {esc(relation)} dan wali dari klien yang belum berusia 18 tahun:")
    whose = "klien" if guardian else "saya"  # a guardian speaks for the minor's data
    out += [P(intro, "justify"),
            Spacer(1, 2 * MM), Indenter(8 * MM),
            field_table(identity_rows(person, occupation=False), width=166 * MM),
            Indenter(-8 * MM), Spacer(1, 3 * MM)]
    if disclosure:
        paragraphs = [
            f"menyetujui {esc(_facility_name(payload))} mengungkapkan keterangan tentang "
            f"rehabilitasi klien kepada <b>{esc(payload.get('recipient'))}</b>.",
            f"Keterangan tersebut hanya untuk keperluan: {esc(payload.get('purpose_text'))}.",
            f"Persetujuan ini berlaku sampai dengan tanggal "
            f"<b>{long_date(payload.get('valid_until'))}</b> dan dapat dicabut sewaktu-waktu "
            "secara tertulis.",
            "Keterangan lain di luar keperluan tersebut tetap dirahasiakan sesuai ketentuan "
            "pelindungan data pribadi.",
        ]
    else:
        paragraphs = [
            f"menyatakan setuju menjalani asesmen, pemeriksaan, dan layanan rehabilitasi di "
            f"{esc(_facility_name(payload))} setelah mendapat penjelasan tentang tujuan, "
            "manfaat, dan risikonya.",
            f"Saya memahami bahwa data kesehatan {whose} dicatat dan dijaga kerahasiaannya, "
            "dan hanya diungkapkan kepada pihak lain dengan persetujuan tertulis saya atau "
            "berdasarkan ketentuan peraturan perundang-undangan.",
            f"Saya berhak bertanya tentang data {whose} yang disimpan dan siapa saja yang "
            "telah melihatnya.",
        ]
    out.append(numbered(paragraphs))
    out.append(P(f"Ditandatangani pada tanggal {long_date(payload.get('signed_on'))}.", "small"))
    issuer = payload.get("issuer") or {}
    signer = (Signer(f"Yang menyatakan, orang tua/wali ({relation}),", guardian.get("name", ""),
                     "", "") if guardian else Signer("Yang menyatakan,", signed_by, "", ""))
    out.append(signature_block(payload.get("place", ""), payload.get("date"),
                               [Signer("Petugas,", issuer.get("name", ""), "NIP",
                                       issuer.get("nip", "")), signer], qr))
    if guardian:  # the minor signs beside their guardian, in a block of their own
        out.append(signature_block("", None, [Signer("Klien,", person.get("name", ""), "", "")],
                                   dated=False))
    return out


STORIES: dict[str, tuple[str, Callable[[dict[str, Any], str], list[Any]]]] = {
    "SKR": ("Surat keterangan sedang menjalani rehabilitasi", story_in_rehab),
    "SKS": ("Surat keterangan selesai rehabilitasi", story_completed),
    "RUJ": ("Surat rujukan", story_referral),
    "PST": ("Persetujuan", story_consent),
}


def render_letter(payload: dict[str, Any], qr: str, options: PrintOptions = PrintOptions()
                  ) -> bytes:
    """One of the letters (SKR, SKS, RUJ, PST) as PDF bytes."""
    title, make = STORIES[payload["kind"]]
    letterhead, marks, author = page_setup(payload, options)
    return build_pdf(make(payload, qr), letterhead=letterhead, marks=marks,
                     title=f"{title} {payload.get('number', '')}", keywords=qr, author=author,
                     invariant=options.invariant)
