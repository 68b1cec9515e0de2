"""A person's photo, for the papers that carry one (the SKHPN and the Kartu Lapor Diri).

A photo comes from the desk's webcam or from a file. Whatever arrives is checked (JPEG or
PNG, at most :data:`MAX_INPUT_BYTES`, at most :data:`MAX_PIXELS` pixels, so a crafted file
cannot blow up memory), turned upright from its EXIF orientation, cropped to the 3:4 of a
pas foto, scaled down to :data:`SIZE` and re-encoded as a fresh JPEG: no metadata of the
original (camera, GPS position, time) survives.

Photos live in the database (``person_photo``), so a SQLCipher database encrypts them with
everything else; no tally, BNBA list or CSV export reads this table. A new photo is a new
row: the newest is the current one, and a paper already issued keeps the photo it printed
(the issuing code freezes it into the paper's payload).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io

from peewee import AutoField, BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.db.connection import BaseModel, write_transaction
from models.people.flags import require_open
from models.people.person import Person
from models.safety import audit
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

SOURCES = (("camera", T("Codes", "Webcam")), ("file", T("Codes", "File")))
MAX_INPUT_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40-megapixel camera; more is a decompression bomb
SIZE = (300, 400)  # width x height: 3:4, about 250 dpi at 3 x 4 cm
QUALITY = 85

F_PHOTO = T("Codes", "Photo")
MSG_NOT_IMAGE = T("Errors", "This file is not a JPEG or PNG picture. Choose a photo taken "
                  "with a camera or phone (.jpg or .png).")
MSG_TOO_BIG = T("Errors", "The picture is too large ({size} MB; at most {limit} MB). Choose "
                "a smaller photo.")
MSG_TOO_MANY_PIXELS = T("Errors", "The picture has too many pixels ({width} x {height}). "
                        "Choose a smaller photo.")
MSG_TOO_SMALL = T("Errors", "The picture is too small ({width} x {height}); a face needs at "
                  "least {min_w} x {min_h} pixels.")
MIN_SIZE = (120, 160)


class PersonPhoto(BaseModel):
    """One photo of a person, re-encoded as a small JPEG."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="photos", on_delete="RESTRICT")
    image = BlobField()
    sha256 = CharField(max_length=64)
    width = IntegerField()
    height = IntegerField()
    source = CharField(max_length=8, choices=SOURCES)
    taken_at = DateTimeField(index=True)
    taken_by = ForeignKeyField(Staff, on_delete="RESTRICT")


def prepare_photo(data: bytes) -> bytes:
    """The JPEG to store for ``data`` (a JPEG or PNG), or a :class:`ValidationError`."""
    from PIL import Image, ImageOps
    if not isinstance(data, (bytes, bytearray)) or not (
            data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n"):
        raise ValidationError(MSG_NOT_IMAGE, field=F_PHOTO)
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(MSG_TOO_BIG, field=F_PHOTO, size=f"{len(data) / 2**20:.1f}",
                              limit=MAX_INPUT_BYTES // 2**20)
    try:
        with Image.open(io.BytesIO(bytes(data))) as probe:
            if probe.format not in ("JPEG", "PNG"):
                raise ValidationError(MSG_NOT_IMAGE, field=F_PHOTO)
            width, height = probe.size  # read from the header, before any pixel is decoded
            if width * height > MAX_PIXELS:
                raise ValidationError(MSG_TOO_MANY_PIXELS, field=F_PHOTO, width=width,
                                      height=height)
            if width < MIN_SIZE[0] or height < MIN_SIZE[1]:
                raise ValidationError(MSG_TOO_SMALL, field=F_PHOTO, width=width, height=height,
                                      min_w=MIN_SIZE[0], min_h=MIN_SIZE[1])
            probe.draft("RGB", (SIZE[0] * 2, SIZE[1] * 2))  # JPEG: decode at a smaller scale
            image = ImageOps.exif_transpose(probe)
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                rgba = image.convert("RGBA")  # transparent parts print white, not black
                image = Image.new("RGB", rgba.size, (255, 255, 255))
                image.paste(rgba, mask=rgba.getchannel("A"))
            else:
                image = image.convert("RGB")
    except ValidationError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError(MSG_NOT_IMAGE, field=F_PHOTO) from exc
    image = ImageOps.fit(image, SIZE, method=Image.Resampling.LANCZOS, centering=(0.5, 0.4))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue()


def save_photo(actor: Staff, person_id: int, data: bytes, source: str = "file") -> int:
    """Check, re-encode and store a new photo of ``person_id``; returns its id. Audited."""
    require(actor, Area.IDENTITY, Action.INPUT)
    from models.core import validation as v
    source = v.choice(source, F_PHOTO, SOURCES)
    jpeg = prepare_photo(data)
    with write_transaction():
        from models.documents.issue import live_person
        live_person(person_id)
        photo = PersonPhoto.create(person=person_id, image=jpeg,
                                   sha256=hashlib.sha256(jpeg).hexdigest(), width=SIZE[0],
                                   height=SIZE[1], source=source,
                                   taken_at=dt.datetime.now().replace(microsecond=0),
                                   taken_by=actor.id)
        audit.record(actor, "photo.save", "person_photo", photo.id, person_id=person_id,
                     source=source, bytes=len(jpeg))
    return photo.id


def _current(person_id: int) -> tuple[int, bytes] | None:
    row = (PersonPhoto.select(PersonPhoto.id, PersonPhoto.image)
           .where(PersonPhoto.person == person_id)
           .order_by(PersonPhoto.taken_at.desc(), PersonPhoto.id.desc()).tuples().first())
    return (row[0], bytes(row[1])) if row else None


def view_photo(actor: Staff, person_id: int) -> bytes | None:
    """The current photo of ``person_id`` (JPEG bytes) for a screen, or None. Audited."""
    require(actor, Area.IDENTITY, Action.VIEW)
    require_open(actor, person_id)  # a restricted record: its content stays hidden
    found = _current(person_id)
    if found is None:
        return None
    with write_transaction():
        audit.record(actor, "photo.view", "person_photo", found[0], person_id=person_id)
    return found[1]


def has_photo(person_id: int) -> bool:
    """Whether ``person_id`` has a photo (no image is read)."""
    return PersonPhoto.select().where(PersonPhoto.person == person_id).exists()


def photo_block(person_id: int) -> dict[str, str] | None:
    """The current photo as a paper's payload freezes it (call inside the issuing act, which
    is audited): ``{"jpeg": base64, "sha256": hex}``, or None without a photo."""
    found = _current(person_id)
    if found is None:
        return None
    jpeg = found[1]
    return {"jpeg": base64.b64encode(jpeg).decode("ascii"),
            "sha256": hashlib.sha256(jpeg).hexdigest()}
