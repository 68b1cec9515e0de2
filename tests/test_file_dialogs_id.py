"""File dialogs in Indonesian, opening in the person's Documents folder (issue 12, fault 12);
"Buka di penampil" says so when no program can show the PDF instead of failing silently."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTreeView

from ui import i18n
from ui.widgets import file_dialogs


@pytest.fixture
def home(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / "Documents").mkdir()
    # Started from the program's folder, as a desktop shortcut does: not where to open.
    monkeypatch.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    i18n.install("id")
    yield tmp_path
    i18n.install("id")


def test_a_file_dialog_speaks_indonesian_and_opens_in_documents(home, qtbot):
    dialog = file_dialogs.make_dialog(None, "Pilih berkas")
    qtbot.addWidget(dialog)
    assert dialog.directory().absolutePath() == str(home / "Documents")
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
    assert labels["lookInLabel"].replace("&", "") == "Cari di:"
    assert labels["fileNameLabel"].replace("&", "") == "Nama berkas:"
    assert labels["fileTypeLabel"].replace("&", "") == "Jenis berkas:"
    box = dialog.findChild(QDialogButtonBox)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "Buka" in texts and "Batal" in texts
    tree = dialog.findChild(QTreeView, "treeView")
    assert [tree.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    english = {"Look in:", "File name:", "Files of type:", "Open", "Cancel"}
    assert not english & ({t.replace("&", "") for t in labels.values()} | texts)


def test_a_proposed_file_name_is_put_in_documents(home):
    assert file_dialogs.starting_point("laporan-2026-11.xlsx") == str(
        home / "Documents" / "laporan-2026-11.xlsx")
    assert file_dialogs.starting_point("/srv/cadangan") == "/srv/cadangan"
    assert file_dialogs.starting_point("") == str(home / "Documents")


def test_without_a_documents_folder_it_opens_at_home(home):
    (home / "Documents").rmdir()
    assert file_dialogs.documents_folder() == str(home)


def fake_tools(folder, mime_answer: str) -> str:
    """A PATH whose xdg-open starts and fails (as with no PDF program) and whose xdg-mime
    answers ``mime_answer`` for the default PDF program."""
    folder.mkdir()
    (folder / "xdg-open").write_text("#!/bin/sh\nexit 3\n")
    (folder / "xdg-mime").write_text(f"#!/bin/sh\necho '{mime_answer}'\n")
    for name in ("xdg-open", "xdg-mime"):
        (folder / name).chmod(0o755)
    return f"{folder}:/usr/bin:/bin"


def tiny_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.drawString(100, 700, "Surat uji")
    page.save()
    return out.getvalue()


def test_open_in_viewer_says_so_when_no_program_shows_pdf(home, qtbot, monkeypatch, tmp_path):
    from ui.documents.preview import PreviewDialog
    monkeypatch.setenv("PATH", fake_tools(tmp_path / "bin", ""))
    dialog = PreviewDialog(tiny_pdf(), "Surat uji", "surat-uji")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_in_viewer()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Tidak ditemukan program untuk membuka berkas PDF.")


def test_a_default_pdf_program_is_recognised(monkeypatch, tmp_path):
    from ui.documents.viewer_check import no_pdf_program
    monkeypatch.setenv("PATH", fake_tools(tmp_path / "bin", "org.gnome.Evince.desktop"))
    assert not no_pdf_program("linux")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert no_pdf_program("linux")  # no xdg-open at all
    assert not no_pdf_program("win32")
