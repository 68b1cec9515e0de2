"""The SKHPN conclusion rule: what the results propose, and when a doctor may differ.

The rule, as a doctor reads it
------------------------------
The examination proposes **terindikasi** (indicated to be using narcotics) when any of these
holds, and **tidak terindikasi** (not indicated) otherwise:

1. any parameter of the urine panel is *Positive*: the six standard parameters (AMP, MET,
   THC, COC, MOP, BZO) and every extra parameter the facility added to its panel; or
2. the DAST-10 total is in the *moderate* band or above (3 points or more: moderate 3-5,
   substantial 6-8, severe 9-10).

An *Invalid* urine result proposes nothing by itself; the panel must be repeated before a
certificate is issued, so it is refused (see :data:`MSG_INVALID`). The physical finding is
the doctor's own reading and does not enter the proposal.

The doctor decides. A conclusion that differs from the proposal is accepted only with the
doctor's explicit confirmation and a clinical reason of at least :data:`REASON_MIN`
characters (for example: "BZO positif: diazepam 5 mg dengan resep dokter yang
ditunjukkan"). The reason is stored with the
examination, written into the audit trail and printed on the certificate as one short line.
The rule is enforced by :func:`check_conclusion`, which :func:`models.documents.skhpn.record_exam`
calls inside the issuing transaction: no screen can skip it.
"""
from __future__ import annotations

from collections.abc import Mapping

from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

INDICATED = "indicated"
NOT_INDICATED = "not_indicated"
#: DAST-10 bands that propose "indicated" (see models.care.scoring.DAST_BANDS).
DAST_INDICATING_BANDS = frozenset({"moderate", "substantial", "severe"})
REASON_MIN = 10
REASON_LIMIT = 200  # one short printed line

F_OVERRIDE = T("Codes", "Clinical reason for a conclusion that differs from the results")
MSG_OVERRIDE = T("Errors", "The results propose \u201c{proposal}\u201d ({why}). To conclude "
                 "otherwise, confirm it and write the clinical reason (at least {n} "
                 "characters), e.g. a prescription that was shown.")
MSG_INVALID = T("Errors", "The urine result of {parameter} is invalid: repeat the test "
                "before issuing the certificate.")


def positives(urine: Mapping[str, str]) -> list[str]:
    """The panel parameters that are positive, in the order given."""
    return [code for code, result in urine.items() if result == "positive"]


def propose_conclusion(urine: Mapping[str, str], dast_band: str) -> str:
    """The conclusion the results propose (see the module docstring for the rule)."""
    if positives(urine) or dast_band in DAST_INDICATING_BANDS:
        return INDICATED
    return NOT_INDICATED


def grounds(urine: Mapping[str, str], dast_band: str, dast_total: int | None) -> str:
    """Why the proposal is what it is, in short Indonesian words (for messages and audit),
    e.g. ``AMP, MET positif; DAST-10 = 4``."""
    parts = []
    found = positives(urine)
    if found:
        parts.append(", ".join(found) + " positif")
    if dast_band in DAST_INDICATING_BANDS:
        parts.append(f"DAST-10 = {dast_total}")
    return "; ".join(parts) or "semua parameter negatif, DAST-10 < 3"


def check_conclusion(conclusion: str, urine: Mapping[str, str], dast_band: str,
                     dast_total: int | None, reason: str, confirmed: bool = False
                     ) -> tuple[str, str]:
    """``(proposal, reason)`` when ``conclusion`` may be issued, else a ValidationError.

    The confirmation and the reason are required (and the reason kept) exactly when the
    conclusion differs from the proposal.
    """
    for code, result in urine.items():
        if result == "invalid":
            raise ValidationError(MSG_INVALID, parameter=code)
    proposal = propose_conclusion(urine, dast_band)
    reason = v.text(reason, F_OVERRIDE, limit=REASON_LIMIT)
    if conclusion == proposal:
        return proposal, ""  # a reason typed and then made moot is not kept
    if len(reason) < REASON_MIN or confirmed is not True:
        from models.documents.document import SKHPN_SEAL_STATUS
        raise ValidationError(MSG_OVERRIDE, field=F_OVERRIDE,
                              proposal=SKHPN_SEAL_STATUS[proposal].lower(),
                              why=grounds(urine, dast_band, dast_total), n=REASON_MIN)
    return proposal, reason
