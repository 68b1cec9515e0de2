"""At start-up, a damaged database: offer the newest good backup in the start-up error box.

Nobody is signed in yet (the database cannot be read), so the offer needs no right: whoever
sits at this computer can already replace the file. The damaged files are kept aside as a
safety copy, never overwritten.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from models.backup.backup import BackupInfo
from models.core.errors import MSG_DAMAGED, PulihError
from models.db.connection import DatabaseTarget
from reports.dates import clock, short_date
from ui.widgets.errors import describe, expected

C = "BackupOffer"
MSG_OFFER = QT_TRANSLATE_NOOP(
    C, "The newest good backup is from {date} at {time} ({file}). Restoring puts it in place "
    "of the damaged database, which is kept aside as a safety copy. Anything entered after "
    "that backup is not in it.")
MSG_BUTTON = QT_TRANSLATE_NOOP(C, "Restore the backup of {date}")
MSG_NONE = QT_TRANSLATE_NOOP(
    C, "No good backup was found in the backup folder. Ask your Pulih support to look at the "
    "file before anything else is done with it.")
MSG_DONE = QT_TRANSLATE_NOOP(
    C, "The backup of {date} was restored. The damaged database was kept as {safety}.")
MSG_FAILED = QT_TRANSLATE_NOOP(C, "The backup could not be restored: {reason}")


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def add_backup_offer(box: QMessageBox, error: PulihError, target: DatabaseTarget
                     ) -> tuple[QAbstractButton, BackupInfo] | None:
    """For a damaged database, add a "Restore the backup of ..." button to ``box`` and say
    what it does; returns the button and the backup, or None when there is nothing to
    offer."""
    if error.text != MSG_DAMAGED:
        return None
    from models.admin.backup_jobs import rescue_backup
    backup = rescue_backup(target)
    if backup is None:
        box.setDetailedText(tr(MSG_NONE))
        return None
    date = short_date(backup.made_at)
    box.setInformativeText(box.informativeText() + "\n\n" + tr(MSG_OFFER).format(
        date=date, time=clock(backup.made_at), file=backup.path.name))
    button = box.addButton(tr(MSG_BUTTON).format(date=date),
                           QMessageBox.ButtonRole.AcceptRole)
    button.setObjectName("restore_backup")
    return button, backup


def take_offer(box: QMessageBox, offer: tuple[QAbstractButton, BackupInfo] | None,
               target: DatabaseTarget) -> bool:
    """Restore the offered backup if its button was clicked; True when it was restored."""
    if offer is None or box.clickedButton() is not offer[0]:
        return False
    from models.admin.backup_jobs import restore_database
    from models.db import connection as dbmod
    backup = offer[1]
    try:
        result = restore_database(None, target, backup.path)
    except Exception as exc:  # shown, then the start-up error stays
        if not expected(exc):
            raise
        _inform(QMessageBox.Icon.Warning, tr(MSG_FAILED).format(reason=describe(exc)))
        return False
    finally:
        dbmod.close()  # run_app opens it again, as on any start
    _inform(QMessageBox.Icon.Information, tr(MSG_DONE).format(
        date=short_date(backup.made_at), safety=result.safety_copy))
    return True


def _inform(icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(icon, QCoreApplication.translate("App", "Pulih"), text,
                      QMessageBox.StandardButton.Ok)
    box.setObjectName("backup_offer_result")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
