"""The province's package import loop (ui/common/packages.py), shared by Laporan > Province
and ``main.py import-package``: a file that cannot be read or is refused is named with the
reason, and the files after it are still imported."""
from __future__ import annotations

import pytest

from ui import i18n
from ui.common.packages import import_packages


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("id")


def test_an_unreadable_and_a_refused_file_do_not_stop_the_others(staff, tmp_path):
    missing = tmp_path / "gone.zip"
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a package")
    outcomes = import_packages(staff["admin"], [missing, junk, missing])
    assert [(o.imported, o.unreadable) for o in outcomes] == \
        [(False, True), (False, False), (False, True)]
    assert outcomes[0].line().startswith(f"{missing} cannot be read: ")
    assert outcomes[1].line("junk.zip").startswith("junk.zip: ") and outcomes[1].why
