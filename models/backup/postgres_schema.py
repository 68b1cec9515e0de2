"""The schema objects of a PostgreSQL database, read from its catalogs, for comparing a
restored backup with a database freshly migrated to the same version
(:mod:`models.backup.restore_postgres`): tables and columns, constraints, indexes, views, triggers,
functions, rules, policies, types, operators, event triggers and extensions."""
from __future__ import annotations

import psycopg

SYSTEM_SCHEMAS = "('pg_catalog', 'information_schema', 'pg_toast')"

CATALOG_QUERIES: tuple[tuple[str, str], ...] = (
    ("schema", f"SELECT nspname, '' FROM pg_namespace WHERE nspname NOT IN {SYSTEM_SCHEMAS} "
               "AND nspname NOT LIKE 'pg_%'"),
    ("relation", "SELECT n.nspname || '.' || c.relname, c.relkind::text FROM pg_class c "
                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                 f"WHERE n.nspname NOT IN {SYSTEM_SCHEMAS} AND n.nspname NOT LIKE 'pg_%'"),
    ("column", "SELECT n.nspname || '.' || c.relname || '.' || a.attname, "
               "format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' ' || "
               "coalesce(pg_get_expr(d.adbin, d.adrelid), '') FROM pg_attribute a "
               "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = "
               "c.relnamespace LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND "
               "d.adnum = a.attnum WHERE a.attnum > 0 AND NOT a.attisdropped AND "
               f"n.nspname NOT IN {SYSTEM_SCHEMAS} AND n.nspname NOT LIKE 'pg_%'"),
    ("index", "SELECT schemaname || '.' || indexname, indexdef FROM pg_indexes "
              f"WHERE schemaname NOT IN {SYSTEM_SCHEMAS}"),
    ("view", "SELECT schemaname || '.' || viewname, definition FROM pg_views "
             f"WHERE schemaname NOT IN {SYSTEM_SCHEMAS}"),
    ("constraint", "SELECT c.conrelid::regclass::text || '.' || c.conname, "
                   "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON "
                   f"n.oid = c.connamespace WHERE n.nspname NOT IN {SYSTEM_SCHEMAS}"),
    ("trigger", "SELECT t.tgrelid::regclass::text || '.' || t.tgname, "
                "pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal"),
    ("function", "SELECT p.oid::regprocedure::text, p.prokind::text || ' ' || "
                 "md5(coalesce(p.prosrc, '')) || ' ' || p.prosecdef::text FROM pg_proc p "
                 f"JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN "
                 f"{SYSTEM_SCHEMAS} AND n.nspname NOT LIKE 'pg_%'"),
    ("rule", "SELECT schemaname || '.' || tablename || '.' || rulename, definition "
             f"FROM pg_rules WHERE schemaname NOT IN {SYSTEM_SCHEMAS}"),
    ("policy", "SELECT schemaname || '.' || tablename || '.' || policyname, "
               "coalesce(qual, '') || coalesce(with_check, '') FROM pg_policies"),
    ("type", "SELECT n.nspname || '.' || t.typname, t.typtype::text FROM pg_type t "
             "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN "
             f"('d', 'e', 'r', 'm') AND n.nspname NOT IN {SYSTEM_SCHEMAS}"),
    ("operator", "SELECT o.oid::regoperator::text, '' FROM pg_operator o JOIN pg_namespace n "
                 f"ON n.oid = o.oprnamespace WHERE n.nspname NOT IN {SYSTEM_SCHEMAS}"),
    ("event trigger", "SELECT evtname, evtevent FROM pg_event_trigger"),
    ("extension", "SELECT extname, '' FROM pg_extension"),
)


def pg_schema_objects(conn: psycopg.Connection) -> set[tuple[str, str, str]]:
    """Every object of the database on ``conn`` that Pulih could have made:
    (kind, name, definition)."""
    found: set[tuple[str, str, str]] = set()
    for kind, sql in CATALOG_QUERIES:
        for name, definition in conn.execute(sql).fetchall():
            found.add((kind, str(name), " ".join(str(definition).split())))
    return found


def differences(found: set[tuple[str, str, str]],
                expected: frozenset[tuple[str, str, str]]) -> list[str]:
    """What differs, as short English phrases naming the objects (extra, missing, changed)."""
    names_found = {(k, n) for k, n, _d in found}
    names_expected = {(k, n) for k, n, _d in expected}
    out = [f"extra {k} {n}" for k, n in sorted(names_found - names_expected)]
    out += [f"missing {k} {n}" for k, n in sorted(names_expected - names_found)]
    changed = {(k, n) for k, n, _d in found ^ expected} & names_found & names_expected
    out += [f"changed {k} {n}" for k, n in sorted(changed)]
    return out
