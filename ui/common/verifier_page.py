"""The paper verifier page written to a folder: Admin > Settings and
``python main.py verifier-page`` write it the same way and say the same about it.

The page holds public keys and voided numbers only and is made to be published; writing it
is audited (by the member who wrote it, or by no one from the command line, which needs no
sign-in).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP
from models.staff.staff import Staff
from ui.i18n import translate

C = "Cli"
MSG_WRITTEN = QT_TRANSLATE_NOOP(C, "Saved the verifier page {path} ({size} bytes). Keys: "
                                "{keys}; voided numbers: {voided}.")
MSG_PUBLISH = QT_TRANSLATE_NOOP(C, "Publish it at the verification address ({address}) so "
                                "phones that scan a paper open it.")
MSG_NO_ADDRESS = QT_TRANSLATE_NOOP(C, "No verification address is set: papers' QR codes hold "
                                   "the seal as text. Publish this page and set its address "
                                   "under Admin > Settings so a phone camera opens it.")
MSG_NO_KEYS = QT_TRANSLATE_NOOP(C, "The page has no keys yet: it will answer UNKNOWN KEY "
                                "until a paper has been issued here and the page written "
                                "again.")


@dataclass(frozen=True)
class VerifierPageWritten:
    """The page written: where, how big, how many keys and voided numbers, and the
    verification address it is to be published at ("" when none is set)."""

    path: Path
    size: int
    keys: int
    voided: int
    address: str

    def lines(self) -> list[str]:
        """What to tell the person who wrote it, one sentence a line."""
        lines = [translate(C, MSG_WRITTEN).format(path=str(self.path), size=self.size,
                                                  keys=self.keys, voided=self.voided)]
        if not self.keys:
            lines.append(translate(C, MSG_NO_KEYS))
        lines.append(translate(C, MSG_PUBLISH).format(address=self.address) if self.address
                     else translate(C, MSG_NO_ADDRESS))
        return lines


def write_verifier_page(actor: Staff | None, folder: str | Path) -> VerifierPageWritten:
    """Write the verifier page into ``folder`` (audited); raises OSError when it cannot."""
    from models.documents.verifier_site import page_bundle, verification_address
    from reports.verifier_page import write_page
    bundle = page_bundle(actor)
    address = verification_address()
    path = write_page(bundle, Path(folder).expanduser())
    return VerifierPageWritten(path, path.stat().st_size, len(bundle["keys"]),
                               len(bundle["voided"]), address)
