"""The facility's verification address: where its verifier page is published.

When set (an https address, e.g. ``https://verifikasi.example.go.id/pulih.html``) the QR
of each newly issued paper holds ``<address>#<seal, percent-encoded>``, so a phone's camera
opens the page with the seal in its fragment; a fragment is never sent to the web server,
and the page itself sends nothing. Empty: the QR holds the bare seal text, as before.
The address is frozen into the paper's payload when it is issued, so a reprint carries the
same QR as the original.
"""
from __future__ import annotations

import re
import urllib.parse

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

SETTING_KEY = "verification_address"
PAYLOAD_KEY = "verify_address"
MAX_LENGTH = 300
F_ADDRESS = T("Settings", "Verification address of the facility's verifier page (https://…; "
                          "empty: the QR holds the seal text)")
MSG_NOT_HTTPS = T("Errors", "The verification address must be a full https:// address of a "
                            "web page, e.g. https://verifikasi.example.go.id/pulih.html, or "
                            "empty.")
MSG_FRAGMENT = T("Errors", "The verification address may not contain '#', a user name or a "
                           "password: Pulih adds the seal after '#' itself.")
_HOST = re.compile(r"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
#: What encodeURIComponent leaves as it is; everything else is percent-encoded.
URI_COMPONENT_SAFE = "-_.!~*'()"


def clean_address(value: str) -> str:
    """The address as stored: stripped, an https URL with a host, or "" (not set)."""
    text = (value or "").strip()
    if not text:
        return ""
    if len(text) > MAX_LENGTH or re.search(r"[\s\x00-\x1f\x7f]", text) or not text.isascii():
        raise ValidationError(MSG_NOT_HTTPS, field=F_ADDRESS)
    if "#" in text:
        raise ValidationError(MSG_FRAGMENT, field=F_ADDRESS)
    parts = urllib.parse.urlsplit(text)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValidationError(MSG_FRAGMENT, field=F_ADDRESS)
    host = parts.hostname or ""
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise ValidationError(MSG_NOT_HTTPS, field=F_ADDRESS) from None
    if parts.scheme.lower() != "https" or not _HOST.match(parts.netloc) or "." not in host:
        raise ValidationError(MSG_NOT_HTTPS, field=F_ADDRESS)
    return text


def wrap(address: str, seal_text: str) -> str:
    """What the QR holds: the bare seal, or ``address#<seal percent-encoded>``."""
    if not address or not seal_text:
        return seal_text
    return address + "#" + urllib.parse.quote(seal_text, safe=URI_COMPONENT_SAFE)
