"""Started without a screen: Pulih's own sentence in Indonesian, not Qt's English abort
that blames a library which is present (issue 12, fault 14)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.display import display_missing

ROOT = Path(__file__).resolve().parents[1]


def start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PULIH_LANG")}
    clean.update(env, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                 XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                           str(tmp_path / "pulih.sqlite3")], env=clean, capture_output=True,
                          text=True, timeout=60)


def test_no_display_says_so_in_indonesian(tmp_path):
    done = start(tmp_path)
    assert done.returncode == 3, done.stderr
    assert "Pulih memerlukan layar" in done.stderr
    assert "python main.py check" in done.stderr
    for english in ("platform plugin", "Reinstalling", "xcb-cursor"):
        assert english not in done.stderr
    assert not (tmp_path / "pulih.sqlite3").exists()  # nothing made on the way


def test_no_display_in_english_when_asked(tmp_path):
    done = start(tmp_path, PULIH_LANG="en")
    assert done.returncode == 3
    assert "Pulih needs a screen" in done.stderr


def test_a_display_that_does_not_answer_is_named(tmp_path):
    done = start(tmp_path, DISPLAY=":93", QT_QPA_PLATFORM="xcb")
    assert done.returncode == 3, done.stderr
    assert "\":93\"" in done.stderr and "tidak menjawab" in done.stderr
    assert "platform plugin" not in done.stderr and "xcb-cursor" not in done.stderr


def test_which_sessions_have_a_screen():
    assert display_missing({}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert display_missing({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux")
    assert not display_missing({}, "win32")
    assert not display_missing({}, "darwin")
