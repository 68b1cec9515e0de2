"""Pulih: start the desktop app, or run one headless command.

    python main.py                         the desktop app
    python main.py demo [--clients N]      a database full of synthetic data
    python main.py check                   integrity and schema check
    python main.py --help                  every command
"""
from __future__ import annotations

import argparse
import os
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pulih", description="Pulih: intake, clinical course and documents for "
        "drug-rehabilitation centres.")
    # Accepted before or after the command; SUPPRESS keeps a subcommand from resetting them.
    where = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    where.add_argument("--db", metavar="PATH", help="SQLite database file (env PULIH_DB)")
    where.add_argument("--database-url", metavar="URL",
                       help="PostgreSQL URL for several desks (env PULIH_DATABASE_URL)")
    where.add_argument("--lang", choices=("id", "en"), help="language (default: Indonesian)")
    where.add_argument("--db-key-file", metavar="PATH",
                       help="file holding the key of an encrypted database (env PULIH_DB_KEY)")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file (env PULIH_DB)")
    parser.add_argument("--database-url", metavar="URL",
                        help="PostgreSQL URL for several desks (env PULIH_DATABASE_URL)")
    parser.add_argument("--lang", choices=("id", "en"), help="language (default: Indonesian)")
    parser.add_argument("--db-key-file", metavar="PATH",
                        help="file holding the key of an encrypted database (env PULIH_DB_KEY)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[where], help="build a synthetic demo facility")
    demo.add_argument("--clients", type=int, default=2000, help="number of clients (default 2000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.add_argument("--force", action="store_true", help="replace an existing demo database")
    demo.add_argument("--encrypt", action="store_true",
                      help="encrypt the new database (key from --db-key-file or PULIH_DB_KEY)")

    check = sub.add_parser("check", parents=[where], help="integrity and schema check")
    check.add_argument("--full", action="store_true", help="full integrity check (slower)")
    check.add_argument("--audit", action="store_true",
                       help="check that the audit trail's hash chain is unbroken")
    check.add_argument("--checkpoint", metavar="FILE", action="append",
                       help="with --audit: also compare with the signed audit checkpoint(s) in "
                            "FILE (a checkpoint file or a closed month's export); repeatable")

    tally = sub.add_parser("tally", parents=[where], help="monthly tally export")
    tally.add_argument("--month", metavar="YYYY-MM", required=True)
    tally.add_argument("--out", metavar="FILE", required=True, help=".xlsx, .csv or .pdf")
    tally.add_argument("--user", metavar="NAME", help="staff user name (password from "
                       "PULIH_PASSWORD, or asked for)")
    tally.add_argument("--suppress", action="store_true", help="show counts 1 to 4 as <5")
    tally.add_argument("--semicolon", action="store_true",
                       help="CSV with semicolons and decimal commas (Indonesian Excel)")
    tally.add_argument("--bnba", action="store_true",
                       help="the by-name, by-address list (admins only)")

    document = sub.add_parser("document", parents=[where], help="reprint an issued document")
    document.add_argument("number")
    document.add_argument("--out", metavar="FILE.pdf", required=True)
    document.add_argument("--user", metavar="NAME", help="staff user name (password from "
                          "PULIH_PASSWORD, or asked for)")

    verify = sub.add_parser("verify", parents=[where], help="check a document's signed QR")
    verify.add_argument("source", metavar="FILE.pdf|PAYLOAD")
    verify.add_argument("--name", help="holder's name as printed, to check against the QR")
    verify.add_argument("--birth-date", metavar="YYYY-MM-DD", help="holder's date of birth")

    exchange = sub.add_parser("exchange", parents=[where],
                              help="a closed month for the national systems")
    exchange.add_argument("--month", metavar="YYYY-MM", required=True)
    exchange.add_argument("--out", metavar="FILE", required=True,
                          help=".json/.csv (DHIS2), .xml (ADX) or .zip (signed package)")
    exchange.add_argument("--user", metavar="NAME", help="staff user name (password from "
                          "PULIH_PASSWORD, or asked for)")
    vpackage = sub.add_parser("verify-package", parents=[where],
                              help="check a signed monthly package against imported keys")
    vpackage.add_argument("file", metavar="FILE.zip")
    ipackage = sub.add_parser("import-package", parents=[where],
                              help="provincial office: import facility packages")
    ipackage.add_argument("files", metavar="FILE.zip", nargs="+")
    ipackage.add_argument("--user", metavar="NAME", help="staff user name (password from "
                          "PULIH_PASSWORD, or asked for)")

    page = sub.add_parser("verifier-page", parents=[where],
                          help="write the paper verifier page (static HTML for phones)")
    page.add_argument("--out", metavar="DIR", required=True, help="folder for the page")

    backup = sub.add_parser("backup", parents=[where], help="back up the database")
    backup.add_argument("--out", metavar="DIR", help="folder for the backup")

    roles = sub.add_parser("pg-roles", parents=[where],
                           help="PostgreSQL: make the owner and the data-only app role")
    roles.add_argument("--owner", metavar="NAME", default="pulih_owner",
                       help="role that owns the schema and runs migrations (pulih_owner)")
    roles.add_argument("--app", metavar="NAME", default="pulih_app",
                       help="data-only role the desks connect as (pulih_app)")
    roles.add_argument("--apply", action="store_true",
                       help="migrate and run the SQL now (else print it)")

    restore = sub.add_parser("restore", parents=[where], help="restore a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--other-facility", action="store_true",
                         help="allow a backup of another facility")
    restore.add_argument("--encrypt-plain", action="store_true",
                         help="encrypt a plain backup with the key in use")
    restore.add_argument("--keep-safety", type=int, default=None, metavar="N",
                         help="safety copies of replaced databases to keep (default 2)")

    encrypt = sub.add_parser("encrypt", parents=[where],
                             help="encrypt a plain SQLite database, or change its key")
    encrypt.add_argument("--new-key-file", metavar="PATH", required=True,
                         help="file holding the new passphrase")
    encrypt.add_argument("--keep-old", action="store_true",
                         help="keep the old (plain or old-key) file beside it")
    return parser


def private_files() -> None:
    """Whatever Pulih writes (database, journals, backups, exports, logs) is readable by its
    owner only: other users of the computer may not read personal data."""
    if hasattr(os, "umask"):
        os.umask(0o077)


def main(argv: list[str] | None = None) -> int:
    private_files()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui import error_log
        error_log.install()  # unexpected errors: logged, and the person is told
        from ui.app import run_app
        try:
            return run_app(args)
        except Exception as exc:  # noqa: BLE001 - logged and shown, never a silent exit
            error_log.report_fatal(exc)
            return 1
    from ui.cli.commands import run_command
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
