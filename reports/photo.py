"""The holder's photo as a payload freezes it (``payload["photo"]``: base64 JPEG and its
SHA-256), read back for the SKHPN and the Kartu Lapor Diri.

A payload whose photo is missing, damaged or does not match its hash prints the empty
photo frame instead: a paper never shows a picture other than the one that was sealed.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import io
from typing import Any

#: The printed size of a pas foto, 3 x 4 cm (width, height in points).
PHOTO_W, PHOTO_H = 30 * 72 / 25.4, 40 * 72 / 25.4


def photo_bytes(payload: dict[str, Any]) -> bytes | None:
    """The JPEG of the holder's photo, or None."""
    block = payload.get("photo")
    if not isinstance(block, dict) or not isinstance(block.get("jpeg"), str):
        return None
    try:
        data = base64.b64decode(block["jpeg"], validate=True)
    except (binascii.Error, ValueError):
        return None
    if hashlib.sha256(data).hexdigest() != block.get("sha256") or data[:3] != b"\xff\xd8\xff":
        return None
    return data


def photo_reader(payload: dict[str, Any]) -> Any:
    """A ReportLab ImageReader of the photo, or None."""
    data = photo_bytes(payload)
    if data is None:
        return None
    from reportlab.lib.utils import ImageReader
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # noqa: BLE001 - a damaged picture prints the empty frame
        return None
    return reader


def photo_flowable(payload: dict[str, Any], width: float = PHOTO_W,
                   height: float = PHOTO_H) -> Any:
    """The photo as a flowable of ``width`` x ``height``, or None without one."""
    data = photo_bytes(payload)
    if data is None:
        return None
    from reportlab.platypus import Image
    return Image(io.BytesIO(data), width=width, height=height)
