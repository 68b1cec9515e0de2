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
import os
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, PulihError
from ui.cli.commands import MSG_NO_FILE, _target, fail, say, tr
from ui.cli.sign_in import MSG_NO_PASSWORD, MSG_USER, USER_ENV, password_for

C = "Cli"
MSG_FORMAT = QT_TRANSLATE_NOOP(C, "The file name must end in .json or .csv (DHIS2), .xml "
                               "(ADX) or .zip (signed package): {path}")
MSG_SAVED = QT_TRANSLATE_NOOP(C, "Saved {path}: {period}, mapping {mapping}, {count} values.")
MSG_SAVED_PACKAGE = QT_TRANSLATE_NOOP(C, "Saved {path}: signed package of {period}.")
MSG_GENUINE = QT_TRANSLATE_NOOP(C, "GENUINE: package of {facility} ({name}) for {period}, made "
                                "{made}, definitions version {version}, mapping {mapping}, "
                                "signed with key {key}.")
MSG_NOT_GENUINE = QT_TRANSLATE_NOOP(C, "NOT GENUINE: {why}")
MSG_READ = QT_TRANSLATE_NOOP(C, "{path} cannot be read: {why}")
MSG_IMPORTED = {
    "new": QT_TRANSLATE_NOOP(C, "{path}: imported ({facility}, {period})."),
    "same": QT_TRANSLATE_NOOP(C, "{path}: already imported, nothing changed ({facility}, "
                              "{period})."),
    "replaced": QT_TRANSLATE_NOOP(C, "{path}: replaced the older package of {facility} for "
                                  "{period}."),
}
MSG_IMPORT_REFUSED = QT_TRANSLATE_NOOP(C, "{path}: {why}")
FORMATS = (".json", ".csv", ".xml", ".zip")


def _sign_in(args: argparse.Namespace):
    from models.safety.accounts import authenticate
    from models.db.schema import open_database
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        return None, fail(MSG_USER, 2)
    target = _target(args)
    if target.kind == "sqlite" and not Path(target.location).exists():
        return None, fail(MSG_NO_FILE, 2, path=target.location)
    password = password_for(user)
    if password is None:
        return None, fail(MSG_NO_PASSWORD, 2)
    open_database(target, create=False)
    return authenticate(user, password), 0


def cmd_exchange(args: argparse.Namespace) -> int:
    """Write a closed month as DHIS2 JSON/CSV, ADX or a signed package."""
    from models.db import connection as dbmod
    from models.tallies.exchange_package import build_package, closed_month_payload
    from models.tallies.tally import parse_month
    from reports import exchange_formats as fmt
    from reports.tally_progress import write_file

    year, month = parse_month(args.month)
    out = Path(args.out).expanduser()
    kind = out.suffix.lower()
    if kind not in FORMATS:
        return fail(MSG_FORMAT, 2, path=str(out))
    actor, code = _sign_in(args)
    if actor is None:
        return code
    try:
        if kind == ".zip":
            data = build_package(actor, year, month, fmt.render_package_files)
            write_file(out, data)
            say(MSG_SAVED_PACKAGE, path=str(out), period=f"{year:04d}-{month:02d}")
            return 0
        payload, _report = closed_month_payload(actor, year, month)
        render = {".json": fmt.render_dhis2_json, ".csv": fmt.render_dhis2_csv,
                  ".xml": fmt.render_adx}[kind]
        write_file(out, render(payload))
    finally:
        dbmod.close()
    say(MSG_SAVED, path=str(out), period=f"{year:04d}-{month:02d}",
        mapping=payload["mapping_version"], count=len(payload["values"]))
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
    from models.tallies.exchange_package import read_package
    from models.db.schema import open_database
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
    from models.db import connection as dbmod
    from models.tallies.province import import_package
    from ui import i18n
    actor, code = _sign_in(args)
    if actor is None:
        return code
    refused = 0
    try:
        for name in args.files:
            path = Path(name).expanduser()
            data = _read(path)
            if data is None:
                refused += 1
                continue
            try:
                result = import_package(actor, data)
            except PulihError as exc:
                refused += 1
                print(tr(MSG_IMPORT_REFUSED).format(path=str(path), why=i18n.error_text(exc)))
                continue
            say(MSG_IMPORTED[result.outcome], path=str(path), facility=result.facility,
                period=result.period)
    finally:
        dbmod.close()
    return 1 if refused else 0
