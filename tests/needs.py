"""Skips that must not hide in CI.

A test that needs something a laptop may lack (Chromium, poppler's ``pdftoppm``, root for a
tmpfs mount) calls :func:`missing` with the reason. On a developer's machine that is a skip
that says why; where ``PULIH_STRICT_SKIPS=1`` is set (``.ci/run`` sets it, after installing
those packages) it is a failure, so a CI run can never pass by skipping them.
"""
from __future__ import annotations

import os
import shutil

import pytest

STRICT_ENV = "PULIH_STRICT_SKIPS"


def strict() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def missing(reason: str) -> None:
    """Skip (laptop) or fail (CI) the calling test because ``reason``."""
    if strict():
        pytest.fail(f"{reason} ({STRICT_ENV} is set, so this may not be skipped)")
    pytest.skip(reason)


def tool(name: str, package: str) -> str:
    """The path of a command-line tool, or skip/fail naming the Debian package that has it."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed (Debian package {package})")
    return path  # type: ignore[return-value]


def root() -> None:
    """Skip/fail unless running as root (needed to mount a small filesystem)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        missing("needs root to mount a small tmpfs")
