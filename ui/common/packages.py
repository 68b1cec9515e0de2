"""A provincial office imports facility packages: Laporan > Province and
``main.py import-package`` run the same loop (read each file, import it, say what happened
to it in the same sentences). One file that cannot be read or is refused does not stop the
others.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, PulihError
from models.staff.staff import Staff
from ui.i18n import error_text, translate

C = "Cli"
MSG_READ = QT_TRANSLATE_NOOP(C, "{path} cannot be read: {why}")
MSG_IMPORTED = {
    "new": QT_TRANSLATE_NOOP(C, "{path}: imported ({facility}, {period})."),
    "same": QT_TRANSLATE_NOOP(C, "{path}: already imported, nothing changed ({facility}, "
                              "{period})."),
    "replaced": QT_TRANSLATE_NOOP(C, "{path}: replaced the older package of {facility} for "
                                  "{period}."),
}
MSG_IMPORT_REFUSED = QT_TRANSLATE_NOOP(C, "{path}: {why}")
#: the sentence for an import error, or None for an error that is nobody's doing (raised on)
Refusal = Callable[[BaseException], "str | None"]


@dataclass(frozen=True)
class PackageOutcome:
    """What became of one file.

    Attributes:
        path: the file.
        outcome: "new", "same" or "replaced"; None when the file was not imported.
        facility: the facility the package is of ("" when not imported).
        period: the month of the package ("" when not imported).
        why: why it was not imported ("" when it was).
        unreadable: the file itself could not be read (as opposed to refused).
    """

    path: Path
    outcome: str | None
    facility: str = ""
    period: str = ""
    why: str = ""
    unreadable: bool = False

    @property
    def imported(self) -> bool:
        return self.outcome is not None

    def line(self, name: str | None = None) -> str:
        """The sentence for this file, naming it ``name`` (the whole path by default)."""
        path = name if name is not None else str(self.path)
        if self.unreadable:
            return translate(C, MSG_READ).format(path=path, why=self.why)
        if self.outcome is None:
            return translate(C, MSG_IMPORT_REFUSED).format(path=path, why=self.why)
        return translate(C, MSG_IMPORTED[self.outcome]).format(
            path=path, facility=self.facility, period=self.period)


def refusal(exc: BaseException) -> str | None:
    """A refused package's sentence (models/ says why); None for anything else."""
    return error_text(exc) if isinstance(exc, PulihError) else None


def import_packages(actor: Staff, paths: Iterable[str | Path],
                    refused: Refusal = refusal) -> list[PackageOutcome]:
    """Import each file in turn. ``refused`` turns an error of one file into the sentence
    shown for it; an error it gives None for is raised (the files before stay imported)."""
    from models.tallies.province import import_package
    outcomes: list[PackageOutcome] = []
    for name in paths:
        path = Path(name).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            outcomes.append(PackageOutcome(path, None, why=str(exc.strerror or exc),
                                           unreadable=True))
            continue
        try:
            result = import_package(actor, data)
        except Exception as exc:
            why = refused(exc)
            if why is None:
                raise
            outcomes.append(PackageOutcome(path, None, why=why))
            continue
        outcomes.append(PackageOutcome(path, result.outcome, result.facility, result.period))
    return outcomes
