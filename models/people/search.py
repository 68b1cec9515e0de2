"""Finding people by name, alias, address, NIK, registration number or phone.

Text goes through the full-text index (SQLite FTS5, PostgreSQL tsvector GIN) with prefix
matching on the normalised name key, so spelling variants meet; numbers go to their own
indexes. Nothing here scans every row in Python.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import Expression, Field

from models.core.names import name_tokens
from models.db import connection as dbmod
from models.people.person import Person
from models.staff.rights import Action, Area, require
from models.staff.staff import Staff

_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class SearchHit:
    """One row of a result list: only what the list shows."""

    person_id: int
    reg_no: str
    full_name: str
    sex: str
    birth_date: dt.date | None


def _raw_tokens(query: str) -> list[str]:
    return _WORD.findall(query.casefold())[:8]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: normalised-name prefixes, or the raw words as typed."""
    keys = [t for t in name_tokens(query) if t][:8]
    raw = _raw_tokens(query)
    if not keys and not raw:
        return None
    parts = []
    if keys:
        parts.append("(name_key : " + " AND ".join(f'"{t}"*' for t in keys) + ")")
    if raw:
        parts.append("({full_name alias address} : " + " AND ".join(f'"{t}"*' for t in raw) + ")")
    return " OR ".join(parts)


def ts_query(query: str) -> str | None:
    """A PostgreSQL to_tsquery expression with the same meaning as :func:`fts_query`."""
    keys = [t for t in name_tokens(query) if t][:8]
    raw = _raw_tokens(query)
    if not keys and not raw:
        return None
    parts = [" & ".join(f"{t}:*" for t in group) for group in (keys, raw) if group]
    return " | ".join(f"({p})" for p in parts)


_PLAIN_PREFIX = re.compile(r"[0-9A-Z-]+")
_VECTOR = "to_tsvector('simple', name_key || ' ' || full_name || ' ' || alias || ' ' || address)"


def _starts_with(column: Field, prefix: str) -> Expression:
    """A prefix test that the column's index can serve: GLOB on SQLite (case-sensitive,
    unlike LIKE there), LIKE on PostgreSQL (a text_pattern_ops index, migration 0002).
    ``prefix`` holds only digits, capitals and dashes, so it carries no wildcard."""
    if not _PLAIN_PREFIX.fullmatch(prefix):
        raise ValueError(f"not a plain prefix: {prefix!r}")
    if dbmod.is_sqlite():
        return column % f"{prefix}*"  # peewee writes GLOB for % on SQLite
    return column % f"{prefix}%"


def _number_ids(digits: str, limit: int, newest_first: bool = False) -> list[int]:
    """Ids whose NIK or phone starts with the typed digits (both indexed)."""
    live = Person.merged_into.is_null()
    ids: list[int] = []
    columns: tuple[Field, ...]
    tests: tuple[Expression, ...]
    if len(digits) == 16:  # a whole NIK; phones have at most 15 digits
        columns, tests = (Person.nik,), (Person.nik == digits,)
    else:
        columns = (Person.nik, Person.phone)
        tests = tuple(_starts_with(column, digits) for column in columns)
    for column, test in zip(columns, tests):
        query = (Person.select(Person.id).where(test & live)
                 .order_by(Person.id.desc() if newest_first else column).limit(limit))
        ids.extend(pid for (pid,) in query.tuples())
    return list(dict.fromkeys(ids))[:limit]


MIN_NUMBER_DIGITS = 3
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def search_text(typed: str) -> str:
    """What was typed in a search box, without control characters (a NUL pasted or typed
    means nothing in a search, and PostgreSQL refuses a NUL in any text parameter)."""
    return _CONTROL.sub(" ", typed or "").strip()


def search_ids(actor: Staff, query: str, limit: int = 200,
               newest_first: bool = False) -> list[int]:
    """Ids of the people matching ``query``, best first (``newest_first``: the most recently
    registered first, as a desk receiving today's walk-ins wants).

    Three digits are enough for a number: a NIK's province and regency ("327") or a phone's
    prefix ("081") find people; a leading +62 or 62 of a phone reads as 0.
    """
    require(actor, Area.IDENTITY, Action.VIEW)
    query = search_text(query)
    digits = re.sub(r"[\s.\-()]", "", query)
    if digits.startswith("+62"):
        digits = "0" + digits[3:]
    if len(digits) >= MIN_NUMBER_DIGITS and digits.isdigit():
        return _number_ids(digits, limit, newest_first)
    reg_no = query.upper().replace(" ", "")
    if reg_no.startswith(("R-", "P-")) and _PLAIN_PREFIX.fullmatch(reg_no):  # client/applicant
        rows = (Person.select(Person.id).where(_starts_with(Person.reg_no, reg_no))
                .order_by(Person.id.desc() if newest_first else Person.reg_no)
                .limit(limit).tuples())
        return [pid for (pid,) in rows]
    if dbmod.is_sqlite():
        match = fts_query(query)
        if match is None:
            return []
        cursor = dbmod.database.execute_sql(
            "SELECT f.rowid FROM person_fts f JOIN person p ON p.id = f.rowid "
            "WHERE person_fts MATCH ? AND p.merged_into_id IS NULL "
            f"ORDER BY {'p.id DESC' if newest_first else 'f.rank'} LIMIT ?", (match, limit))
        return [row[0] for row in cursor.fetchall()]
    tsq = ts_query(query)
    if tsq is None:
        return []
    if newest_first:
        cursor = dbmod.database.execute_sql(
            f"SELECT id FROM person WHERE {_VECTOR} @@ to_tsquery('simple', %s) "
            f"AND merged_into_id IS NULL ORDER BY id DESC LIMIT %s", (tsq, limit))
    else:
        cursor = dbmod.database.execute_sql(
            f"SELECT id FROM person WHERE {_VECTOR} @@ to_tsquery('simple', %s) "
            f"AND merged_into_id IS NULL "
            f"ORDER BY ts_rank({_VECTOR}, to_tsquery('simple', %s)) DESC, name_key LIMIT %s",
            (tsq, tsq, limit))
    return [row[0] for row in cursor.fetchall()]


def hits(ids: list[int]) -> list[SearchHit]:
    """The list rows of ``ids``, in that order (one indexed query)."""
    if not ids:
        return []
    rows = {r[0]: SearchHit(*r) for r in
            Person.select(Person.id, Person.reg_no, Person.full_name, Person.sex,
                          Person.birth_date).where(Person.id.in_(ids)).tuples()}
    return [rows[i] for i in ids if i in rows]
