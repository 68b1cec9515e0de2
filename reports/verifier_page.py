"""The paper verifier page: one static HTML file that checks a Pulih seal on any phone.

Plain data in (the trust bundle: public keys, their retired/revoked dates and the voided
numbers; no personal data), one HTML text out. The page inlines its scripts (the vendored
noble Ed25519/SHA-256 and jsQR bundle, and verifier.js with the rules of
models/seals/seal_check.py), so it works from ``file://`` and offline once loaded. A strict
Content-Security-Policy allows only those two scripts (by hash) and no connection at all:
what a person types or scans never leaves the phone.

Its texts are Indonesian with English beside them, both at once (the page is read by
strangers, not by a signed-in desk with a chosen language), so they live here as pairs
rather than in the Qt translations.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reports.dates import MONTHS_EN, MONTHS_ID

FILE_NAME = "pulih-verifikasi.html"

#: key -> (Indonesian, English). ``{name}`` fields are filled by the page.
TEXTS: dict[str, Any] = {
    "title": ("Periksa keaslian dokumen Pulih", "Check a Pulih document"),
    "made": ("Daftar kunci dan pembatalan per {date}, dibuat oleh {facility}.",
             "Keys and revocations as of {date}, made by {facility}."),
    "step_code": ("Kode QR dokumen", "The document's QR code"),
    "no_seal": ("Belum ada kode. Pindai kode QR pada dokumen, atau tempel teksnya.",
                "No code yet. Scan the QR code on the paper, or paste its text."),
    "from_address": ("Kode QR terbaca dari alamat halaman ini.",
                     "QR code read from this page's address."),
    "from_camera": ("Kode QR terbaca dari kamera.", "QR code read by the camera."),
    "from_paste": ("Kode QR dari teks yang ditempel.", "QR code from the pasted text."),
    "no_camera": ("Kamera tidak tersedia di peramban ini. Tempel teks kode QR di bawah.",
                  "No camera in this browser. Paste the QR text below."),
    "camera_refused": ("Kamera tidak diizinkan. Izinkan kamera, atau tempel teks kode QR.",
                       "The camera was not allowed. Allow it, or paste the QR text."),
    "scan": ("Pindai dengan kamera", "Scan with the camera"),
    "stop": ("Tutup kamera", "Close the camera"),
    "paste_label": ("Atau tempel teks kode QR:", "Or paste the QR text:"),
    "use_paste": ("Pakai teks ini", "Use this text"),
    "step_holder": ("Pemegang dokumen", "The document's holder"),
    "holder_hint": ("Tulis nama dan tanggal lahir persis seperti di kartu identitas (KTP) "
                    "pemegang, bukan seperti di dokumen.",
                    "Write the name and birth date exactly as on the holder's identity card, "
                    "not as on the paper."),
    "name_label": ("Nama lengkap", "Full name"),
    "birth_label": ("Tanggal lahir", "Birth date"),
    "bad_birth": ("Tanggal lahir tidak ada di kalender. Periksa tanggal, bulan dan tahun.",
                  "That birth date does not exist. Check the day, month and year."),
    "check": ("Periksa", "Check"),
    "privacy": ("Halaman ini tidak mengirim apa pun: pemeriksaan berjalan di perangkat ini "
                "saja, juga tanpa internet.",
                "This page sends nothing anywhere: the check runs on this device only, also "
                "offline."),
    "v_valid": ("ASLI", "GENUINE"),
    "v_unchecked": ("PEMEGANG BELUM DIPERIKSA", "HOLDER NOT CHECKED"),
    "v_forged": ("PALSU", "FORGED"),
    "v_revoked": ("DICABUT", "REVOKED"),
    "v_unknown": ("KUNCI TIDAK DIKENAL", "UNKNOWN KEY"),
    "v_malformed": ("TIDAK TERBACA", "NOT READABLE"),
    "why_valid": ("Tanda tangan sah, dan nama serta tanggal lahir cocok dengan pemegang "
                  "dokumen.",
                  "The signature is valid, and the name and birth date match the holder."),
    "why_unchecked": ("Tanda tangan sah, tetapi pemegangnya belum diperiksa: isi nama dan "
                      "tanggal lahir dari kartu identitas pemegang di bawah, lalu tekan "
                      "Periksa. Sebelum itu dokumen ini belum terbukti asli.",
                      "The signature is valid, but the holder was not checked: enter the "
                      "name and birth date from the holder's identity card below, then "
                      "Check. Until then the paper is not confirmed."),
    "why_forged_signature": ("Tanda tangan tidak cocok: isi kode QR telah diubah, atau "
                             "tidak dibuat oleh fasilitas yang tertera.",
                             "The signature does not match: the QR content was changed, or "
                             "it was not made by the facility it names."),
    "why_forged_name": ("Nama tidak cocok dengan pemegang dokumen ini. Periksa ejaannya "
                        "persis seperti di KTP; bila tetap tidak cocok, dokumen ini bukan "
                        "milik orang tersebut.",
                        "The name does not match this document's holder. Check the spelling "
                        "against the identity card; if it still does not match, the paper "
                        "is not this person's."),
    "why_forged_birth_date": ("Tanggal lahir tidak cocok dengan pemegang dokumen ini. Periksa "
                              "lagi tanggal di KTP; bila tetap tidak cocok, dokumen ini bukan "
                              "milik orang tersebut.",
                              "The birth date does not match this document's holder. Check "
                              "it against the identity card; if it still does not match, the "
                              "paper is not this person's."),
    "why_forged_holder": ("Nama atau tanggal lahir tidak cocok dengan pemegang dokumen ini. "
                          "Periksa lagi seperti di KTP.",
                          "The name or birth date does not match this document's holder. "
                          "Check them against the identity card."),
    "why_revoked_key": ("Kunci yang menandatangani dokumen ini dicabut sejak {date}: "
                        "dokumen bertanggal sejak itu tidak diakui.",
                        "The key that signed this paper was revoked on {date}: papers dated "
                        "from then on are not recognised."),
    "why_retired_key": ("Kunci yang menandatangani dokumen ini tidak dipakai lagi setelah "
                        "{date}: dokumen bertanggal sesudahnya tidak diakui.",
                        "The key that signed this paper was retired after {date}: papers "
                        "dated later are not recognised."),
    "why_revoked_voided": ("Nomor dokumen ini telah dibatalkan oleh fasilitas penerbit.",
                           "The issuing facility has voided this document number."),
    "why_unknown_key": ("Kunci penanda tangan tidak ada di daftar halaman ini. Minta halaman "
                        "pemeriksa terbaru dari fasilitas penerbit.",
                        "The signing key is not in this page's list. Ask the issuing "
                        "facility for its latest verifier page."),
    "why_malformed": ("Teks ini bukan kode QR dokumen Pulih, atau rusak. Pindai ulang.",
                      "This text is not a Pulih document's QR code, or it is damaged. Scan "
                      "again."),
    "note_expired": ("Masa berlaku berakhir {date}.", "Validity ended {date}."),
    "f_number": ("Nomor", "Number"),
    "f_kind": ("Jenis", "Kind"),
    "f_date": ("Tanggal terbit", "Issued"),
    "f_status": ("Hasil / status", "Result / status"),
    "f_facility": ("Fasilitas penerbit", "Issuing facility"),
    "f_valid_until": ("Berlaku sampai", "Valid until"),
    "kinds": {"SKHPN": "Surat Keterangan Hasil Pemeriksaan Narkotika",
              "KLD": "Kartu Lapor Diri", "SKR": "Surat keterangan sedang rehabilitasi",
              "SKS": "Surat keterangan selesai rehabilitasi", "SRT": "Sertifikat",
              "RUJ": "Surat rujukan", "PST": "Persetujuan", "ASM": "Ringkasan asesmen",
              "KWT": "Kuitansi"},
    "months_en": list(MONTHS_EN),
    "months": list(MONTHS_ID),
}

_PLACEHOLDER = re.compile(r"\{\{([A-Z]+)\}\}")


class VendorMismatch(RuntimeError):
    """vendor.js is not the file MANIFEST.json pins (edited or damaged): never ship it."""


def _script_json(value: Any) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()
                                         ).decode("ascii") + "'"


def _vendor_script() -> str:
    from resources import verifier
    data = verifier.VENDOR.read_bytes()
    pinned = json.loads(verifier.MANIFEST.read_text("utf-8"))["vendor.js"]["sha256"]
    if hashlib.sha256(data).hexdigest() != pinned:
        raise VendorMismatch(f"{verifier.VENDOR} does not match MANIFEST.json")
    return data.decode("utf-8")


def render_page(bundle: Mapping[str, Any], texts: Mapping[str, Any] | None = None) -> str:
    """The verifier page with ``bundle`` (a PULIH-TRUST1 dict) built in."""
    from resources import verifier
    if bundle.get("format") != "PULIH-TRUST1":
        raise ValueError("not a PULIH-TRUST1 trust bundle")
    vendor = _vendor_script()
    script = verifier.VERIFIER.read_text("utf-8")
    style = verifier.STYLE.read_text("utf-8")
    for code in (vendor, script, style):
        if re.search(r"</(script|style)|<!--", code, re.IGNORECASE):
            raise ValueError("an inlined script or style would end its element early")
    csp = "; ".join((
        "default-src 'none'",
        f"script-src {_csp_hash(vendor)} {_csp_hash(script)}",
        f"style-src {_csp_hash(style)}",
        "img-src data: blob:",
        "media-src blob: mediastream:",
        "connect-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
    ))
    values = {"CSP": csp, "STYLE": style, "VENDOR": vendor, "VERIFIER": script,
              "TRUST": _script_json(dict(bundle)), "TEXTS": _script_json(dict(texts or TEXTS))}
    template = verifier.TEMPLATE.read_text("utf-8")
    # One pass, so a value that happens to hold "{{...}}" is never substituted again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def write_page(bundle: Mapping[str, Any], folder: str | os.PathLike[str]) -> Path:
    """Write the page as ``folder/pulih-verifikasi.html`` (whole or not at all)."""
    html = render_page(bundle).encode("utf-8")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FILE_NAME
    fd, tmp = tempfile.mkstemp(prefix=".pulih-verifikasi-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(html)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # a page for the public: the web server must read it
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
