"""What goes into the facility's verifier page: its trust bundle, and the record of writing it.

The page holds only public keys, their retired/revoked dates and reasons, and voided
document numbers: nothing about a person. It is meant to be published (on the facility's
or BNN's web site, at the verification address), so writing it needs no sign-in, like
``verify``; the act is still audited, with the staff member when one is signed in.
"""
from __future__ import annotations

from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.core.verification_address import SETTING_KEY
from models.db.connection import write_transaction
from models.documents.trust import trust_bundle
from models.facility.facility import facility, get_setting
from models.safety import audit
from models.staff.staff import Staff

MSG_NO_FACILITY = T("Errors", "The facility is not set up yet: there is no key to put in a "
                              "verifier page.")


def page_bundle(actor: Staff | None) -> dict[str, Any]:
    """The trust bundle for the verifier page (every key this database trusts, so the page
    also checks other facilities' papers whose keys were imported); audited."""
    if facility() is None:
        raise ValidationError(MSG_NO_FACILITY)
    bundle = trust_bundle()
    with write_transaction():
        audit.record(actor, "verifier_page.write", "signing_key", None,
                     keys=len(bundle["keys"]), voided=len(bundle["voided"]))
    return bundle


def verification_address() -> str:
    """The facility's verification address ("" when not set)."""
    return str(get_setting(SETTING_KEY) or "")
