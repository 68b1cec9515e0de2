"""Data exchange from the command line.

    python main.py exchange --month 2025-05 --out FILE   (.json / .csv: DHIS2 data value
                                                          set; .xml: ADX; .zip: signed package)
    python main.py verify-package FILE.zip               (no sign-in; exit 0 genuine, 1 not)
    python main.py import-package FILE.zip [FILE ...]    (provincial office)

``exchange`` and ``import-package`` sign in like the app (``--user``, password from
``PULIH_PASSWORD`` or typed); ``verify-package`` reads only the key store.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, PulihError
from ui.cli.commands import MSG_NO_FILE, _target, fail, say, tr
from ui.cli.sign_in import NotSignedIn, signed_in
from ui.common.packages import MSG_READ

C = "Cli"
MSG_SAVED = QT_TRANSLATE_NOOP(C, "Saved {path}: {period}, mapping {mapping}, {count} values.")
MSG_SAVED_PACKAGE = QT_TRANSLATE_NOOP(C, "Saved {path}: signed package of {period}.")
MSG_GENUINE = QT_TRANSLATE_NOOP(C, "GENUINE: package of {facility} ({name}) for {period}, made "
                                "{made}, definitions version {version}, mapping {mapping}, "
                                "signed with key {key}.")
MSG_NOT_GENUINE = QT_TRANSLATE_NOOP(C, "NOT GENUINE: {why}")


def cmd_exchange(args: argparse.Namespace) -> int:
    """Write a closed month as DHIS2 JSON/CSV, ADX or a signed package."""
    from models.tallies.tally import parse_month
    from ui.common.national_export import NationalFormatError, export_national, kind_for_file

    year, month = parse_month(args.month)
    out = Path(args.out).expanduser()
    try:
        kind = kind_for_file(out)
    except NationalFormatError as exc:
        return fail(exc.text, 2, **exc.params)
    try:
        with signed_in(args) as actor:
            written = export_national(actor, year, month, kind, out)
    except NotSignedIn as exc:
        return fail(exc.text, 2, **exc.params)
    if kind == "package":
        say(MSG_SAVED_PACKAGE, path=str(out), period=written.period)
    else:
        say(MSG_SAVED, path=str(out), period=written.period, mapping=written.mapping_version,
            count=written.values)
    return 0


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        print(tr(MSG_READ).format(path=str(path), why=exc.strerror or exc))
        return None


def cmd_verify_package(args: argparse.Namespace) -> int:
    """Check a package offline against the imported keys; exit 0 genuine, 1 not, 2 unread."""
    from models.db import connection as dbmod
    from models.db.schema import open_database
    from models.tallies.exchange_package import read_package
    from ui import i18n
    path = Path(args.file).expanduser()
    data = _read(path)
    if data is None:
        return 2
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return fail(MSG_NO_FILE, 2, path=target.location)
    open_database(target, create=False, read_only=target.kind == "sqlite")
    try:
        info = read_package(data)
    except PulihError as exc:
        print(tr(MSG_NOT_GENUINE).format(why=i18n.error_text(exc)))
        return 1
    finally:
        dbmod.close()
    m = info.manifest
    say(MSG_GENUINE, facility=info.facility, name=m.get("facility_name", ""),
        period=info.period, made=m["created_at"].replace("T", " "),
        version=m["definitions_version"], mapping=m.get("mapping_version", ""),
        key=info.key_id)
    return 0


def cmd_import_package(args: argparse.Namespace) -> int:
    """Import facility packages at a provincial office; exit 1 when any was refused."""
    from ui.common.packages import import_packages
    try:
        with signed_in(args) as actor:
            outcomes = import_packages(actor, args.files)
    except NotSignedIn as exc:
        return fail(exc.text, 2, **exc.params)
    for outcome in outcomes:
        print(outcome.line())
    return 0 if all(o.imported for o in outcomes) else 1
