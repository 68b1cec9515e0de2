"""The shared seal cases: papers, keys and a trust bundle that both verifiers (Python's
models.seals.seal_check.check_seal and the verifier page's JavaScript) must judge alike.

Synthetic only: made-up names, birth dates and identity numbers.
"""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.seals import seal_check as sc
from models.seals.signing import Seal, holder_hash, key_id_of

FACILITY = "BNNK-JU"
TODAY = "2026-12-04"
HOLDER = {"name": "Siti Rahmawati", "birth_date": "1998-12-12", "identity": "3171234567890001"}


@dataclass(frozen=True)
class Case:
    """One question to both verifiers; ``expect`` is (verdict, field, reason, note)."""

    label: str
    text: str
    name: str | None
    birth_date: str | None
    expect: tuple[str, str, str, str] | None = None  # None: only agreement is asserted


class Signer:
    """A key pair with its bundle entry."""

    def __init__(self, facility: str = FACILITY, name: str = "Klinik Pratama BNNK Jakarta Utara",
                 retired_at: str | None = None, revoked_at: str | None = None) -> None:
        self.key = Ed25519PrivateKey.generate()
        raw = self.key.public_key().public_bytes(serialization.Encoding.Raw,
                                                 serialization.PublicFormat.Raw)
        self.key_id = key_id_of(raw)
        self.entry = {"key_id": self.key_id, "facility_code": facility, "facility_name": name,
                      "public_key": sc.b64(raw), "retired_at": retired_at,
                      "revoked_at": revoked_at, "reason": "uji" if revoked_at else ""}

    def seal2(self, number: str, date: str = "2026-11-02", holder: dict | None = HOLDER,
              valid_until: str = "2027-02-02", facility: str = FACILITY,
              kind: str = "SKHPN", status: str = "TIDAK TERINDIKASI") -> str:
        seal = sc.make_seal2(number, kind, date, status, facility, valid_until, holder,
                             sc.payload_digest({"number": number, "kind": kind}), self.key_id)
        return seal.text(sc.b64(self.key.sign(seal.signed_text().encode("utf-8"))))

    def seal1(self, number: str, date: str = "2025-07-14") -> str:
        seal = Seal(number, "SKHPN", date, "TIDAK TERINDIKASI", FACILITY,
                    holder_hash(number, HOLDER["name"], HOLDER["birth_date"]), self.key_id)
        return seal.signed_text() + "|S:" + sc.b64(self.key.sign(
            seal.signed_text().encode("utf-8")))


def url_form(text: str, address: str = "https://verifikasi.example.go.id/pulih.html") -> str:
    return address + "#" + urllib.parse.quote(text, safe="-_.!~*'()")


def substitute(ch: str) -> str:
    """A different character of the same sort (digit, letter) or a nearby separator."""
    if ch.isdigit():
        return str((int(ch) + 1) % 10)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + 1) % 26 + 65)
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + 1) % 26 + 97)
    return {"-": "_", "_": "-", "|": "/", "/": "|", ":": ";", " ": "_", "%": "#"}.get(ch, "X")


def world() -> tuple[dict[str, Any], list[Case]]:
    """The trust bundle and every shared case."""
    own = Signer()
    revoked = Signer(revoked_at="2026-06-01")
    retired = Signer(retired_at="2026-03-01")
    stranger = Signer()  # not in the bundle
    other = Signer(facility="BNNP-JT", name="BNNP Jawa Tengah")  # signs as BNNK-JU below
    bundle = {"format": sc.BUNDLE_FORMAT, "made_at": "2026-12-04T09:00:00",
              "facility_code": FACILITY,
              "keys": [own.entry, revoked.entry, retired.entry, other.entry],
              "voided": [{"facility_code": FACILITY, "number": "SKHPN/0099/XI/2026/BNNK-JU",
                          "voided_at": "2026-11-20"}]}
    name, born = HOLDER["name"], HOLDER["birth_date"]
    genuine = own.seal2("SKHPN/0123/XI/2026/BNNK-JU")
    pulih1 = own.seal1("SKHPN/0042/VII/2025/BNNK-JU")
    cases = [
        Case("genuine", genuine, name, born, ("valid", "", "", "")),
        Case("genuine, name typed loosely", genuine, "  sîti   RAHMAWATI. ", born,
             ("valid", "", "", "")),
        Case("wrong holder name", genuine, "Sari Rahmawati", born,
             ("forged", "name", "holder", "")),
        Case("wrong birth date", genuine, name, "1998-12-21",
             ("forged", "birth_date", "holder", "")),
        Case("no holder given", genuine, None, None, ("unchecked", "", "", "")),
        Case("name without birth date", genuine, name, None, ("unchecked", "", "", "")),
        Case("birth date without name", genuine, None, born, ("unchecked", "", "", "")),
        Case("paper without a holder", own.seal2("RUJ/0007/XI/2026/BNNK-JU", holder=None,
                                                 valid_until="", kind="RUJ",
                                                 status="RUJUKAN"), None, None,
             ("valid", "", "", "")),
        Case("revoked key, paper after revocation",
             revoked.seal2("SKHPN/0201/VI/2026/BNNK-JU", date="2026-06-01"), name, born,
             ("revoked", "", "key", "")),
        Case("revoked key, paper before revocation",
             revoked.seal2("SKHPN/0200/V/2026/BNNK-JU", date="2026-05-31"), name, born,
             ("valid", "", "", "")),
        Case("retired key, paper after retirement",
             retired.seal2("SKHPN/0301/III/2026/BNNK-JU", date="2026-03-02"), name, born,
             ("revoked", "", "key", "")),
        Case("retired key, paper on its last day",
             retired.seal2("SKHPN/0300/III/2026/BNNK-JU", date="2026-03-01"), name, born,
             ("valid", "", "", "")),
        Case("voided number", own.seal2("SKHPN/0099/XI/2026/BNNK-JU"), name, born,
             ("revoked", "", "voided", "")),
        Case("unknown key", stranger.seal2("SKHPN/0123/XI/2026/BNNK-JU"), name, born,
             ("unknown_key", "", "", "")),
        Case("another facility's key claims this facility",
             other.seal2("SKHPN/0123/XI/2026/BNNK-JU"), name, born,
             ("forged", "signature", "", "")),
        Case("validity ended", own.seal2("SKHPN/0010/I/2026/BNNK-JU", date="2026-01-05",
                                         valid_until="2026-04-05"), name, born,
             ("valid", "", "", "expired")),
        Case("PULIH1 paper", pulih1, name, born, ("valid", "", "", "")),
        Case("PULIH1 paper, wrong holder", pulih1, "Siti Rahma", born,
             ("forged", "holder", "holder", "")),
        Case("PULIH1 paper, holder not given", pulih1, None, None, ("unchecked", "", "", "")),
        Case("URL form", url_form(genuine), name, born, ("valid", "", "", "")),
        Case("URL form, holder not given", url_form(genuine), None, None,
             ("unchecked", "", "", "")),
        Case("URL form, broken percent", url_form(genuine) + "%G1", name, born,
             ("malformed", "", "", "")),
        Case("URL form, not UTF-8", url_form(genuine)[:-4] + "%FF%FE", name, born,
             ("malformed", "", "", "")),
        Case("not a seal", "https://example.com/", name, born, ("malformed", "", "", "")),
        Case("empty", "", name, born, ("malformed", "", "", "")),
    ]
    for source, label in ((genuine, "PULIH2"), (pulih1, "PULIH1")):
        for i, ch in enumerate(source):
            changed = source[:i] + substitute(ch) + source[i + 1:]
            cases.append(Case(f"{label} char {i} {ch!r}->{substitute(ch)!r}", changed, name,
                              born))
    # The address form: every character after "#" (percent escapes included, so a broken
    # or non-UTF-8 escape is judged alike by Python's unquote and decodeURIComponent).
    linked = url_form(genuine)
    for i in range(linked.index("#") + 1, len(linked)):
        ch = linked[i]
        changed = linked[:i] + substitute(ch) + linked[i + 1:]
        cases.append(Case(f"URL char {i} {ch!r}->{substitute(ch)!r}", changed, name, born))
    return bundle, cases


def python_answer(case: Case, bundle: dict[str, Any]) -> tuple[str, str, str, str]:
    import datetime as dt
    v = sc.check_seal(case.text, bundle, case.name, case.birth_date,
                      today=dt.date.fromisoformat(TODAY))
    return v.verdict, v.field, v.reason, v.note


#: Names typed by a checker: Python's and the page's normalise_name must agree on each. Not
#: here: scripts with spacing vowel signs (Devanagari, Javanese script...), where Python keeps
#: a combining class 0 mark as a space and JavaScript's \p{M} drops it; KTP names are
#: written in Latin letters.
NAMES = ["Siti Rahmawati", "  sîti   RAHMAWATI. ", "Muh. Fadhil", "O'Neil", "Nguyễn Văn Ánh",
         "ﬁtri", "Straße", "ıtır", "İnci", "Ⅻ Budi", "Budi²", "Дмитрий", "李小龙", "สมชาย",
         "Siti\u200bRahma", "Siti\u202eRahma", "Ａｂｃ", "ǅemal", "Σίσυφος", "🌷 Ani",
         "Ani\u00adta", "a\u0301", "Ⓐnna", "I Gusti Ngurah Rai", "Raden Mas Said-Ali"]
