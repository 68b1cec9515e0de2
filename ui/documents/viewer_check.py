"""Whether the computer has a program that shows PDF files, asked before handing one over.

On Linux and the BSDs Qt hands a file to ``xdg-open`` and reports success as soon as that
script has started, whether or not any program then opens the file: "Buka di penampil"
failed silently. ``xdg-mime`` tells whether a default program for PDF is set; without one
(or without xdg-open at all) the person is told to save the file instead. Windows and macOS
answer through QDesktopServices.openUrl's own result.
"""
from __future__ import annotations

import shutil
import subprocess
import sys


def no_pdf_program(platform: str = sys.platform) -> bool:
    """True when this computer surely has no program to show a PDF."""
    if not (platform.startswith("linux") or "bsd" in platform):
        return False
    if shutil.which("xdg-open") is None:
        return True
    mime = shutil.which("xdg-mime")
    if mime is None:
        return False  # cannot tell: let xdg-open try
    try:
        answer = subprocess.run([mime, "query", "default", "application/pdf"],
                                capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return not answer.stdout.strip()
