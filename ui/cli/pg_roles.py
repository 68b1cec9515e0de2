"""``python main.py pg-roles --owner NAME --app NAME [--apply]``: the two PostgreSQL roles.

Without ``--apply`` it prints the SQL (for a database administrator to read and run with
psql). With ``--apply`` it connects with ``--database-url`` as a superuser or the owner, runs
the pending migrations as that role, then the statements of :mod:`models.db.pg_roles`. Run it
again after every upgrade of Pulih.
"""
from __future__ import annotations

import argparse
from urllib.parse import unquote, urlsplit

from models.core.errors import QT_TRANSLATE_NOOP, PulihError
from models.db import connection as dbmod
from ui import i18n
from ui.cli.commands import _target, fail, say

C = "Cli"
MSG_POSTGRES_ONLY = QT_TRANSLATE_NOOP(C, "pg-roles is for a PostgreSQL database: give it with "
                                      "--database-url (as a superuser or the owner role).")
MSG_APPLIED = QT_TRANSLATE_NOOP(C, "The database {database} now belongs to {owner}; the desks "
                                "connect as {app}, which may read and write data but not "
                                "change the schema, empty tables or alter the audit trail. "
                                "Set its password (ALTER ROLE {app} PASSWORD ...) or use a "
                                "pgpass file, and give the desks its address.")
MSG_REFUSED = QT_TRANSLATE_NOOP(C, "PostgreSQL refused the roles ({detail}); nothing was "
                                "changed. Run pg-roles as a superuser (e.g. postgres) the "
                                "first time, later as the owner role.")
MSG_SQL_HEADER = QT_TRANSLATE_NOOP(C, "-- Run as a PostgreSQL superuser on database {database} "
                                   "(or add --apply):")


def cmd_pg_roles(args: argparse.Namespace) -> int:
    from models.db.pg_roles import role_sql
    target = _target(args)
    if target.kind != "postgres":
        return fail(MSG_POSTGRES_ONLY, 2)
    database = unquote(urlsplit(target.location).path.lstrip("/")) or "postgres"
    try:
        statements = role_sql(args.owner, args.app, database)
    except PulihError as exc:
        print(i18n.translate(exc.context, exc.text).format(**exc.params))
        return 2
    if not args.apply:
        say(MSG_SQL_HEADER, database=database)
        for sql in statements:
            print(sql + ";")
        return 0
    from models.db.pg_roles import apply_roles
    from models.db.schema import open_database
    open_database(target)  # pending migrations run as this (owner or superuser) role
    try:
        refused = apply_roles(statements)
    finally:
        dbmod.close()
    if refused is not None:
        return fail(MSG_REFUSED, 1, detail=refused)
    say(MSG_APPLIED, database=database, owner=args.owner, app=args.app)
    return 0
