"""What the register allows before anyone clicks: which letter an episode may have now (or
what is missing), whether an original of it exists already (then printing gives a copy of
it, SALINAN, unless a new original is asked for with a reason), and who may void a paper.

The screens ask these functions to enable or explain their menu items and buttons; the
operations that issue and void (models/documents/letters.py, models/documents/issue.py) ask
them again, so a rule cannot be skipped by a screen that forgot to ask.
"""
from __future__ import annotations

from models.care.assessment import Assessment
from models.care.discharge import Discharge
from models.core import validation as v
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import NotFound, PermissionDenied, PulihError, ValidationError
from models.core.glyphs import describe_character, drawable, undrawable
from models.documents.document import Document
from models.intake.episode import Episode, get_episode
from models.staff.rights import MSG_INACTIVE, Action, Area, has_right, require
from models.staff.staff import Staff

#: Assessment kinds that count as an assessment for a Kartu Lapor Diri (a DAST-10 is a
#: screening, not an assessment).
KLD_ASSESSMENTS = ("asi", "assist")

F_REISSUE_REASON = T("Codes", "Reason for a new original")
MSG_NOT_WAJIB_LAPOR = T("Errors", "A Kartu Lapor Diri is only for a compulsory report (wajib "
                        "lapor). Episode {episode_no} was not recorded as wajib lapor.")
MSG_KLD_NO_ASSESSMENT = T("Errors", "A Kartu Lapor Diri needs a signed assessment (ASI-based "
                          "or ASSIST) in episode {episode_no}. Sign the assessment first.")
MSG_NOT_IN_PROGRAM = T("Errors", "Episode {episode_no} is not in a program now, so it cannot "
                       "be certified as in rehabilitation.")
MSG_NOT_DISCHARGED = T("Errors", "Episode {episode_no} has not ended yet: the completion "
                       "letter is issued after a discharge with a completed program.")
MSG_NOT_COMPLETED = T("Errors", "Episode {episode_no} did not end with a completed program.")
MSG_ALREADY_ISSUED = T("Errors", "This letter was already issued as {number}. Print a copy "
                       "of it, or write why a new original is needed.")
MSG_REISSUE_SHORT = T("Errors", "Write why a new original is needed (at least 5 characters).")
MSG_DOC_GONE = T("Errors", "There is no document numbered {number}.")
MSG_ALREADY_VOID = T("Errors", "Document {number} was already voided on {date}.")
MSG_VOID_NOT_OWN = T("Errors", "Only the doctor who signed certificate {number}, or someone "
                     "with the right to correct letters and certificates, may void it.")
MSG_VOID_NO_RIGHT = T("Errors", "You do not have the right to void document {number}. Ask "
                      "the facility admin.")
MSG_UNPRINTABLE_HOLDER = T("Errors", "{name}: {field} holds the character {char}, which "
                           "cannot be printed on papers. Correct the person's record first.")
MSG_CLINICAL = T("Errors", "Document {number} holds clinical content (a diagnosis or an "
                 "assessment summary), which you may not view. Ask a counselor or doctor.")
REISSUE_REASON_LIMIT = 300


# --- which letter an episode may have ---------------------------------------------------------

def episode_letter_problem(kind: str, episode: Episode) -> ValidationError | None:
    """What the episode lacks for a letter of ``kind`` (None: it may have one)."""
    number = episode.episode_no
    if kind == "KLD":
        if not episode.wajib_lapor:
            return ValidationError(MSG_NOT_WAJIB_LAPOR, episode_no=number)
        signed = (Assessment.select(Assessment.id)
                  .where((Assessment.episode == episode.id) & (Assessment.state == "signed")
                         & Assessment.kind.in_(KLD_ASSESSMENTS)).exists())
        if not signed:
            return ValidationError(MSG_KLD_NO_ASSESSMENT, episode_no=number)
    elif kind == "SKR":
        if episode.status != "in_program" or episode.admitted_on is None:
            return ValidationError(MSG_NOT_IN_PROGRAM, episode_no=number)
    elif kind in ("SKS", "SRT"):
        discharge = Discharge.get_or_none(Discharge.episode == episode.id)
        if discharge is None:
            return ValidationError(MSG_NOT_DISCHARGED, episode_no=number)
        if discharge.reason != "completed":
            return ValidationError(MSG_NOT_COMPLETED, episode_no=number)
    return None


def letter_refusal(actor: Staff, kind: str, episode_id: int) -> PulihError | None:
    """Why ``actor`` cannot issue a letter of ``kind`` for the episode now, or None.

    For screens: a menu item shows this before a click. Not a view of the record (nothing
    is audited); the issuing itself checks again."""
    try:
        require(actor, Area.DOCUMENT, Action.INPUT)
        return episode_letter_problem(kind, get_episode(episode_id))
    except PulihError as error:
        return error


def check_episode_letter(kind: str, episode: Episode) -> None:
    """Raise what the episode lacks for ``kind`` (see :func:`episode_letter_problem`)."""
    problem = episode_letter_problem(kind, episode)
    if problem is not None:
        raise problem


# --- an original already issued ------------------------------------------------------------

def issued_original(kind: str, episode_id: int, consent_id: int | None = None) -> str | None:
    """The number of the newest valid (not voided) original of ``kind`` for the episode
    (for a consent: of that consent), or None."""
    query = (Document.select(Document.number, Document.payload)
             .where((Document.kind == kind) & (Document.episode == episode_id)
                    & Document.voided_at.is_null())
             .order_by(Document.issued_at.desc(), Document.id.desc()))
    if consent_id is None:
        row = query.limit(1).tuples().first()
        return row[0] if row else None
    for number, payload in query.tuples():
        if (payload or {}).get("consent_id") == consent_id:
            return number
    return None


def check_new_original(kind: str, episode_id: int, reason: str,
                       consent_id: int | None = None) -> tuple[str, str | None]:
    """``(reason, replaced number)`` for issuing ``kind``: with a valid original already in
    the register, a new one needs a reason (audited); without one, no reason is needed."""
    existing = issued_original(kind, episode_id, consent_id)
    reason = v.text(reason, F_REISSUE_REASON, limit=REISSUE_REASON_LIMIT, multiline=True)
    if existing is None:
        return reason, None
    if not reason:
        raise ValidationError(MSG_ALREADY_ISSUED, field=F_REISSUE_REASON, number=existing)
    if len(reason) < 5:
        raise ValidationError(MSG_REISSUE_SHORT, field=F_REISSUE_REASON)
    return reason, existing


# --- what a paper can print ------------------------------------------------------------

#: Holder fields a paper prints, with their labels (context "Codes", marked in registry).
PRINTED_HOLDER_FIELDS = (("name", T("Codes", "Full name")),
                         ("birth_place", T("Codes", "Place of birth")),
                         ("occupation", T("Codes", "Occupation")),
                         ("address", T("Codes", "Address")))


def check_printable_holder(holder: dict) -> None:
    """Refuse a holder whose printed fields hold a character the papers' font cannot
    draw (names typed before input was checked), naming the field and the character."""
    for key, field in PRINTED_HOLDER_FIELDS:
        bad = undrawable(holder.get(key) or "")
        if bad is not None:
            raise ValidationError(MSG_UNPRINTABLE_HOLDER, field=field,
                                  name=drop_undrawable(holder.get("name") or ""),
                                  char=describe_character(bad))


def drop_undrawable(text: str) -> str:
    """``text`` without the characters the papers cannot draw (for naming a person in a
    message about such a character)."""
    chars = drawable()
    return "".join(ch for ch in text if ord(ch) in chars)


# --- clinical content -------------------------------------------------------------------

def holds_clinical_content(kind: str, payload: dict) -> bool:
    """Whether a paper shows what only those who may view assessments may see: an
    assessment summary, or a referral that carries a diagnosis."""
    return kind == "ASM" or bool((payload or {}).get("diagnosis"))


def check_clinical_view(actor: Staff, kind: str, number: str, payload: dict) -> None:
    """Refuse showing or reprinting a paper with clinical content to someone who may not
    view assessments (the intake desk)."""
    if holds_clinical_content(kind, payload) and not has_right(actor, Area.ASSESSMENT,
                                                                Action.VIEW):
        raise PermissionDenied(MSG_CLINICAL, number=number)


# --- voiding ---------------------------------------------------------------------------------

def void_refusal(actor: Staff, document_id: int) -> PulihError | None:
    """Why ``actor`` may not void the document, or None.

    Who may: whoever holds the right to correct letters and certificates, and the doctor
    who signed an SKHPN (their own certificate), while they still may issue documents."""
    doc = (Document.select(Document.number, Document.kind, Document.issued_by,
                           Document.voided_at)
           .where(Document.id == document_id).first())
    if doc is None:
        return NotFound(MSG_DOC_GONE, number=str(document_id))
    if doc.voided_at is not None:
        return ValidationError(MSG_ALREADY_VOID, number=doc.number,
                               date=doc.voided_at.date().isoformat())
    if has_right(actor, Area.DOCUMENT, Action.CORRECT):
        return None
    own = doc.kind == "SKHPN" and doc.issued_by_id == actor.id
    if own and has_right(actor, Area.DOCUMENT, Action.INPUT):
        return None
    if not Staff.select(Staff.active).where(Staff.id == actor.id).scalar():
        return PermissionDenied(MSG_INACTIVE)
    if doc.kind == "SKHPN":
        return PermissionDenied(MSG_VOID_NOT_OWN, number=doc.number)
    return PermissionDenied(MSG_VOID_NO_RIGHT, number=doc.number)
