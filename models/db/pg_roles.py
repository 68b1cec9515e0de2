"""The two PostgreSQL roles of a facility's shared database: an owner and a data-only role.

The program at the desks connects as the *app* role. It reads and writes the data, and
nothing more: no DDL (it owns no table and may not create one), no TRUNCATE of anything, and
on the audit trail only INSERT of events and the forward move of the head (an UPDATE of the
head's three columns, which migration 0009's trigger lets move only forward to the newest
event); never UPDATE or DELETE of an event, never DELETE of the head. It cannot disable or drop
a trigger, since only a table's owner may. The *owner* role owns the schema and every table
and runs the migrations after an upgrade of Pulih; nobody works as it day to day.

:func:`role_sql` gives the statements; ``python main.py pg-roles`` prints them or, with
``--apply``, migrates the database as the connecting (owner or superuser) role and runs them.
Run it again after every upgrade: tables a migration made get the same grants.
"""
from __future__ import annotations

import re

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError

MSG_BAD_NAME = QT_TRANSLATE_NOOP("Errors", "A PostgreSQL role name is 1 to 63 lowercase letters, "
                                 "digits or underscores, starting with a letter: {name}.")
MSG_SAME = QT_TRANSLATE_NOOP("Errors", "The owner role and the app role must be two different "
                             "roles.")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
AUDIT_EVENT, AUDIT_HEAD = "audit_event", "audit_head"
#: what the app role may do to the audit head: move it forward (trigger-guarded)
HEAD_COLUMNS = ("last_hash", "events", "last_id")


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name or ""):
        raise ValidationError(MSG_BAD_NAME, name=name)
    return name


def role_sql(owner: str, app: str, database: str) -> list[str]:
    """The statements that make (if missing) and grant the two roles on ``database``."""
    owner, app = check_name(owner), check_name(app)
    if owner == app:
        raise ValidationError(MSG_SAME)
    db = '"' + database.replace('"', '""') + '"'
    head = ", ".join(HEAD_COLUMNS)
    return [
        # the roles (a password is set apart: ALTER ROLE ... PASSWORD, or a pgpass file)
        f"""DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{owner}') THEN
        CREATE ROLE {owner} LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{app}') THEN
        CREATE ROLE {app} LOGIN NOCREATEDB NOCREATEROLE;
    END IF;
END $$""",
        f"ALTER DATABASE {db} OWNER TO {owner}",
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {app}",
        f"ALTER SCHEMA public OWNER TO {owner}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON SCHEMA public FROM {app}",
        f"GRANT USAGE ON SCHEMA public TO {app}",
        # whatever a migration run by a superuser made belongs to the owner
        f"""DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO {owner}', r.tablename);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'pulih\\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO {owner}', r.f);
    END LOOP;
END $$""",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {app}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {app}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {app}",
        # the audit trail: append only
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {AUDIT_EVENT} FROM {app}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {AUDIT_HEAD} FROM {app}",
        f"GRANT UPDATE ({head}) ON {AUDIT_HEAD} TO {app}",
        # tables and sequences later migrations make (as the owner) get the same
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {app}",
    ]


def apply_roles(statements: list[str]) -> str | None:
    """Run :func:`role_sql`'s statements in one transaction on the bound (PostgreSQL)
    database; None when done, else the first line of PostgreSQL's refusal (nothing changed)."""
    import peewee

    from models.db.connection import database
    try:
        with database.atomic():
            for sql in statements:  # no parameters: a literal % is doubled for the driver
                database.execute_sql(sql.replace("%", "%%"))
    except peewee.DatabaseError as exc:
        return str(exc).strip().splitlines()[0][:300]
    return None


def privileged_role() -> str | None:
    """On PostgreSQL, the role this connection uses when it could empty or rewrite the audit
    trail (a superuser, the tables' owner, or one with TRUNCATE, UPDATE or DELETE on the
    events); None when it is a data-only role, or on SQLite."""
    from models.db.connection import database, is_sqlite
    if is_sqlite():
        return None
    role, superuser, owner, rewrite = database.execute_sql(
        "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
        "pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
        f"  WHERE schemaname = 'public' AND tablename = '{AUDIT_EVENT}'), 'MEMBER'), "
        f"has_table_privilege('public.{AUDIT_EVENT}', 'TRUNCATE, UPDATE, DELETE')"
    ).fetchone()
    return str(role) if superuser or owner or rewrite else None
