"""File dialogs that never read the files they list.

Qt's own (non-native) file dialog guesses each listed file's type and icon from its
content (QMimeDatabase reads the first bytes). If it lists the folder that holds the live
database, the window's thread opens the database file, reads it and closes it; on Linux
and macOS closing ANY descriptor of a file drops every POSIX lock the process holds on
it, SQLite's included, and the next outside open of the database may then delete its
WAL. These dialogs use an icon provider that answers from the file's name and kind only
(never its content), no custom folder icons, and Qt's own dialog (so the same code runs
on every platform and in tests). Use them instead of QFileDialog's static functions.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

Options = QFileDialog.Option


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name and kind, never from its content."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, what):  # QFileIconProvider's overloads
        if isinstance(what, QFileInfo):
            kind = (QFileIconProvider.IconType.Folder if what.isDir()
                    else QFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # Qt's name
        translate = QCoreApplication.translate
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return (translate("FileDialogs", "{suffix} file").format(suffix=suffix.upper())
                if suffix else translate("FileDialogs", "File"))


_PROVIDER: NameOnlyIconProvider | None = None


def provider() -> NameOnlyIconProvider:
    """The one provider all dialogs share (it must outlive them)."""
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def documents_folder() -> str:
    """The person's Documents folder (or home, when there is none): where a file dialog
    opens when the screen names no folder, instead of the program's own folder."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return os.path.expanduser("~")


def starting_point(directory: str) -> str:
    """``directory`` as given when it names a folder; a bare file name (a proposed name
    for a save) or nothing goes into the Documents folder."""
    if not directory:
        return documents_folder()
    if not os.path.dirname(directory):
        return os.path.join(documents_folder(), directory)
    return directory


def make_dialog(parent: QWidget | None, caption: str, directory: str = "",
                name_filter: str = "") -> QFileDialog:
    """A QFileDialog set up never to read the content of the files it lists, opening in
    the Documents folder unless ``directory`` names another; its texts are translated
    (file_dialog_texts.py)."""
    dialog = QFileDialog(parent, caption, starting_point(directory), name_filter)
    dialog.setOptions(Options.DontUseNativeDialog | Options.DontUseCustomDirectoryIcons)
    dialog.setIconProvider(provider())
    dialog.setObjectName("file_dialog")
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    """Show ``dialog`` modally: (the chosen path or "", the chosen filter)."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return "", ""
        chosen = dialog.selectedFiles()
        return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName``: (path or "", the chosen filter)."""
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName``: (path or "", the chosen filter)."""
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """Like ``QFileDialog.getExistingDirectory``: the folder or ""."""
    dialog = make_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(Options.ShowDirsOnly, True)
    return _run(dialog)[0]
