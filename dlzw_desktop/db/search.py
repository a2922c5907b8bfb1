"""Full-text search over cases: the index tables, the triggers that keep them current, and query terms.

One row of ``case_search`` per case holds the text a search looks through (number, the names of the
business's people, business name, purpose, notes, consultation topics and notes) and the display names
of founders and co-founders for the case list. Triggers on ``cases``, ``businesses``, ``persons``,
``business_members`` and ``consultations`` keep it current, whoever writes (services, the demo loader,
an import, a merge from a laptop), so the index can never lag behind the data.

``sort_key`` is the default order of the case list, newest first: the day the case was opened (days
since 1970) times 2^20, plus its arrival within that day. Because the full-text index is keyed by it,
SQLite's FTS5 hands back hits in list order and a ``LIMIT`` stops the search early, even for a one-letter
prefix that matches most cases; a year filter is a range of keys.

* SQLite: ``case_search`` is an ordinary table (``sort_key INTEGER PRIMARY KEY``, stable under VACUUM)
  and ``case_fts`` an FTS5 external-content table over it (``unicode61 remove_diacritics 2``, prefix
  indexes for 1–3 characters).
* PostgreSQL: ``case_search`` carries a ``tsvector`` (configuration ``simple``) with a GIN index,
  computed from the text folded by ``dlzw_fold()``: ``unaccent`` when the extension is available (it is
  part of Debian's postgresql package and "trusted", so a database owner may create it), otherwise a
  ``translate()`` table generated here from Unicode decompositions. Both need nothing but core SQL.

Letters that do not decompose (ß, ı, ł, ø, æ, …) are folded by ``EXTRA_FOLDS`` on both sides, in the
indexed text and in the query, so "Yildirim" finds "Yıldırım" and "Strasse" finds "Straße".

These objects live outside the SQLAlchemy metadata: ``include_name`` keeps autogenerate away from them.
A migration that rebuilds one of the five source tables in SQLite batch mode drops its triggers and must
call ``install(connection)`` again; ``tests/db/test_search_index.py`` fails until it does.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection

from dlzw_desktop.domain.similarity import EXTRA_FOLDS, fold_text

logger = logging.getLogger(__name__)

SEARCH_TABLE = "case_search"
_SQLITE, _PG = "sqlite", "postgresql"
FTS_TABLE = "case_fts"
DAY_SHIFT = 20  # 2^20 arrivals per day
_EPOCH = date(1970, 1, 1)

_TRIGGERS_SQLITE = (
    "case_search_ai",
    "case_search_ad",
    "case_search_au",
    "cs_cases_ai",
    "cs_cases_au_text",
    "cs_cases_au_opened",
    "cs_cases_ad",
    "cs_businesses_au",
    "cs_persons_au",
    "cs_members_ai",
    "cs_members_au",
    "cs_members_ad",
    "cs_consultations_ai",
    "cs_consultations_au",
    "cs_consultations_ad",
)
_SOURCE_TABLES_PG = ("cases", "businesses", "persons", "business_members", "consultations")
_ANALYZED = (*_SOURCE_TABLES_PG, SEARCH_TABLE)


def include_name(name: str | None, type_: str, _parent_names: Any = None) -> bool:
    """Alembic ``include_name`` hook: leave the search objects (and FTS5's shadow tables) alone."""
    if type_ == "table" and name is not None:
        return not (name == SEARCH_TABLE or name.startswith(FTS_TABLE))
    return True


def day_key(day: date) -> int:
    """The first ``sort_key`` of a day; the keys of that day run up to ``day_key(next day) - 1``."""
    return (day - _EPOCH).days << DAY_SHIFT


def year_key_range(year: int) -> tuple[int, int]:
    """(first, last) ``sort_key`` of cases opened in ``year``."""
    return day_key(date(year, 1, 1)), day_key(date(year + 1, 1, 1)) - 1


_TERM = re.compile(r"[^\W_]+")


def query_terms(text: str, *, limit: int = 8) -> list[str]:
    """The words of a search box text, folded like the index, at most ``limit`` of them.

    Only letters and digits survive, so a term can never carry query syntax into FTS5 or ``to_tsquery``.
    """
    normal = fold_text(unicodedata.normalize("NFC", text))
    return _TERM.findall(normal)[:limit]


def _prefix_alternatives(term: str) -> list[str]:
    """A term, plus the zero-padded form of a short number ("42" also finds "MK-2026-0042")."""
    options = [term]
    if term.isdigit() and len(term) < 4:
        options.append(term.zfill(4))
    return options


def fts5_match(terms: Iterable[str]) -> str:
    """An FTS5 MATCH expression: every term as a prefix (``"mül"* AND ("42"* OR "0042"*))``."""
    parts = []
    for term in terms:
        options = [f'"{option}"*' for option in _prefix_alternatives(term.casefold())]
        parts.append(options[0] if len(options) == 1 else f"({' OR '.join(options)})")
    return " AND ".join(parts)


def tsquery_text(terms: Iterable[str]) -> str:
    """A ``to_tsquery`` text (before ``dlzw_fold``): every term as a prefix, ANDed."""
    parts = []
    for term in terms:
        options = [f"{option}:*" for option in _prefix_alternatives(term)]
        parts.append(options[0] if len(options) == 1 else f"({' | '.join(options)})")
    return " & ".join(parts)


# --- the indexed text, as SQL over cases c JOIN businesses b ------------------------------------------


def _folded(expression: str) -> str:
    for letter, plain in EXTRA_FOLDS.items():
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return expression


def _body_sql(agg: str) -> str:
    people = (
        f"(SELECT {agg}(p.given_names || ' ' || p.family_name, ' ') FROM business_members m "
        "JOIN persons p ON p.id = m.person_id "
        "WHERE m.business_id = c.business_id AND m.deleted_at IS NULL AND p.deleted_at IS NULL)"
    )
    talks = (
        f"(SELECT {agg}(k.topics || ' ' || k.notes, ' ') FROM consultations k "
        "WHERE k.case_id = c.id AND k.deleted_at IS NULL)"
    )
    raw = (
        f"c.number || ' ' || b.name || ' ' || coalesce({people}, '') || ' ' || c.purpose || ' ' || "
        f"c.notes || ' ' || b.notes || ' ' || coalesce({talks}, '')"
    )
    return _folded(raw)


def _names_sql(dialect: str) -> str:
    """Founders first, then co-founders, each alphabetically; guarantors are not shown in the list."""
    where = (
        "m.business_id = c.business_id AND m.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND m.role <> 'guarantor'"
    )
    name = "trim(p.given_names || ' ' || p.family_name)"
    order = "m.role = 'co_founder', p.family_name, p.given_names"
    if dialect == "postgresql":
        return (
            f"(SELECT string_agg({name}, ', ' ORDER BY {order}) FROM business_members m "
            f"JOIN persons p ON p.id = m.person_id WHERE {where})"
        )
    return (
        f"(SELECT group_concat(n, ', ') FROM (SELECT {name} AS n FROM business_members m "
        f"JOIN persons p ON p.id = m.person_id WHERE {where} ORDER BY {order}))"
    )


# Letters folded for sorting, German dictionary order ("Ä" with "A"); the rest is lower-cased. Kept
# short: SQLite's parser refuses deeper nests of replace() inside the triggers.
_SORT_PLAIN = {"a": "Ää", "o": "Öö", "u": "Üü", "c": "Çç", "s": "Şş", "e": "Éé"}
SORT_FOLDS: dict[str, str] = {letter: plain for plain, letters in _SORT_PLAIN.items() for letter in letters}
SORT_FOLDS["ß"] = "ss"


def _sort_key_sql(expression: str) -> str:
    for letter, plain in SORT_FOLDS.items():
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return f"lower({expression})"


# Columns of case_search a source select fills, in its order.
_FILLED = "person_names, body, persons_key, business_key"


def _source_select(dialect: str, case_condition: str, *, extra: str = "") -> str:
    """Names, text and sort keys of the cases matching ``case_condition`` (``extra`` columns first)."""
    agg = "string_agg" if dialect == "postgresql" else "group_concat"
    inner = (
        f"SELECT {extra}coalesce({_names_sql(dialect)}, '') AS names, {_body_sql(agg)} AS body, "
        f"b.name AS business FROM cases c JOIN businesses b ON b.id = c.business_id WHERE {case_condition}"
    )
    outer = "src.key, src.case_id, " if extra else ""
    return (
        f"SELECT {outer}src.names, src.body, {_sort_key_sql('src.names')}, {_sort_key_sql('src.business')} "
        f"FROM ({inner}) AS src"
    )


def _refresh_sql(dialect: str, cases_filter: str) -> str:
    """Recompute names and text of the cases whose ids ``cases_filter`` (a subquery or list) yields."""
    return (
        f"UPDATE {SEARCH_TABLE} SET ({_FILLED}) = "
        f"({_source_select(dialect, f'c.id = {SEARCH_TABLE}.case_id')}) "
        f"WHERE case_id IN ({cases_filter})"
    )


def _of_business(business: str) -> str:
    return f"SELECT id FROM cases WHERE business_id = {business}"


def _of_person(person: str) -> str:
    return (
        "SELECT c.id FROM cases c JOIN business_members m ON m.business_id = c.business_id "
        f"WHERE m.person_id = {person}"
    )


def _key_indexes() -> list[str]:
    """Sorting the list by business or by names walks these indexes and stops at the page's end."""
    return [
        f"CREATE INDEX ix_{SEARCH_TABLE}_business_key ON {SEARCH_TABLE} (business_key)",
        f"CREATE INDEX ix_{SEARCH_TABLE}_persons_key ON {SEARCH_TABLE} (persons_key)",
    ]


# --- SQLite ---------------------------------------------------------------------------------------------


def _sqlite_key(opened_on: str, own_case: str | None = None) -> str:
    day = f"(CAST(julianday({opened_on}) AS INTEGER) - 2440588)"
    start = f"({day} << {DAY_SHIFT})"
    others = f" AND case_id <> {own_case}" if own_case else ""
    return (
        f"(SELECT coalesce(max(sort_key) + 1, {start}) FROM {SEARCH_TABLE} "
        f"WHERE sort_key >= {start} AND sort_key < {start} + {1 << DAY_SHIFT}{others})"
    )


def _sqlite_statements() -> list[str]:
    refresh = _refresh_sql
    return [
        f"CREATE TABLE {SEARCH_TABLE} (sort_key INTEGER PRIMARY KEY, case_id CHAR(32) NOT NULL UNIQUE, "
        "person_names TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
        "persons_key TEXT NOT NULL DEFAULT '', business_key TEXT NOT NULL DEFAULT '')",
        *_key_indexes(),
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, content='{SEARCH_TABLE}', "
        "content_rowid='sort_key', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
        # external content: the FTS index follows case_search
        f"CREATE TRIGGER case_search_ai AFTER INSERT ON {SEARCH_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.sort_key, new.body); END",
        f"CREATE TRIGGER case_search_ad AFTER DELETE ON {SEARCH_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body) VALUES ('delete', old.sort_key, old.body); END",
        f"CREATE TRIGGER case_search_au AFTER UPDATE OF sort_key, body ON {SEARCH_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body) VALUES ('delete', old.sort_key, old.body); "
        f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.sort_key, new.body); END",
        # the sources
        f"CREATE TRIGGER cs_cases_ai AFTER INSERT ON cases BEGIN "
        f"INSERT INTO {SEARCH_TABLE}(sort_key, case_id, {_FILLED}) "
        f"SELECT {_sqlite_key('new.opened_on')}, new.id, filled.* FROM "
        f"({_source_select(_SQLITE, 'c.id = new.id')}) AS filled; END",
        "CREATE TRIGGER cs_cases_au_text AFTER UPDATE OF number, purpose, notes, business_id ON cases BEGIN "
        f"{refresh(_SQLITE, 'new.id')}; END",
        "CREATE TRIGGER cs_cases_au_opened AFTER UPDATE OF opened_on ON cases "
        "WHEN new.opened_on IS NOT old.opened_on BEGIN "
        f"UPDATE {SEARCH_TABLE} SET sort_key = {_sqlite_key('new.opened_on', own_case='new.id')} "
        "WHERE case_id = new.id; END",
        f"CREATE TRIGGER cs_cases_ad AFTER DELETE ON cases BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE case_id = old.id; END",
        "CREATE TRIGGER cs_businesses_au AFTER UPDATE OF name, notes ON businesses BEGIN "
        f"{refresh(_SQLITE, _of_business('new.id'))}; END",
        "CREATE TRIGGER cs_persons_au AFTER UPDATE OF given_names, family_name, deleted_at ON persons BEGIN "
        f"{refresh(_SQLITE, _of_person('new.id'))}; END",
        "CREATE TRIGGER cs_members_ai AFTER INSERT ON business_members BEGIN "
        f"{refresh(_SQLITE, _of_business('new.business_id'))}; END",
        "CREATE TRIGGER cs_members_au AFTER UPDATE OF business_id, person_id, role, deleted_at "
        "ON business_members BEGIN "
        f"{refresh(_SQLITE, _of_business('new.business_id'))}; "
        f"{refresh(_SQLITE, _of_business('old.business_id'))}; END",
        "CREATE TRIGGER cs_members_ad AFTER DELETE ON business_members BEGIN "
        f"{refresh(_SQLITE, _of_business('old.business_id'))}; END",
        "CREATE TRIGGER cs_consultations_ai AFTER INSERT ON consultations WHEN new.case_id IS NOT NULL BEGIN "
        f"{refresh(_SQLITE, 'new.case_id')}; END",
        "CREATE TRIGGER cs_consultations_au AFTER UPDATE OF topics, notes, deleted_at, case_id "
        "ON consultations BEGIN "
        f"{refresh(_SQLITE, 'new.case_id, old.case_id')}; END",
        "CREATE TRIGGER cs_consultations_ad AFTER DELETE ON consultations BEGIN "
        f"{refresh(_SQLITE, 'old.case_id')}; END",
    ]


def _sqlite_rebuild() -> list[str]:
    window = (
        f"(((CAST(julianday(c.opened_on) AS INTEGER) - 2440588) << {DAY_SHIFT}) + "
        "row_number() OVER (PARTITION BY c.opened_on ORDER BY c.created_at, c.number) - 1)"
    )
    return [
        f"DELETE FROM {SEARCH_TABLE}",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')",
        f"INSERT INTO {SEARCH_TABLE}(sort_key, case_id, {_FILLED}) "
        + _source_select(_SQLITE, "1 = 1", extra=f"{window} AS key, c.id AS case_id, "),
    ]


# --- PostgreSQL -----------------------------------------------------------------------------------------


def _translate_table() -> tuple[str, str]:
    """(from, to) for ``translate()``: every Latin letter with a mark, mapped to its base letter."""
    source, target = [], []
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        if char in EXTRA_FOLDS:
            continue
        base = unicodedata.normalize("NFKD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            source.append(char)
            target.append(base)
    return "".join(source), "".join(target)


def _pg_fold_function(unaccent_schema: str | None) -> str:
    inner = _folded("$1")
    if unaccent_schema is not None:
        schema = '"' + unaccent_schema.replace('"', '""') + '"'
        folded = f"{schema}.unaccent('{schema}.unaccent'::regdictionary, {inner})"
    else:
        source, target = _translate_table()
        folded = f"translate({inner}, '{source}', '{target}')"
    return (
        "CREATE OR REPLACE FUNCTION dlzw_fold(text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE "
        f"AS $fold$ SELECT lower({folded}) $fold$"
    )


def _pg_key_sql(opened_on: str, own_case: str) -> str:
    start = f"(({opened_on} - DATE '1970-01-01')::bigint << {DAY_SHIFT})"
    # A sequence, not max()+1: two writers on the same day must not compute the same key.
    return f"{start} + (nextval('case_search_arrival') % {1 << DAY_SHIFT})"


def _pg_statements(unaccent_schema: str | None) -> list[str]:
    refresh = _refresh_sql
    members_refresh = (
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
        f"{refresh(_PG, _of_business('NEW.business_id'))}; END IF; "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        f"{refresh(_PG, _of_business('OLD.business_id'))}; END IF;"
    )
    consultation_refresh = (
        "IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.case_id IS NOT NULL THEN "
        f"{refresh(_PG, 'NEW.case_id')}; END IF; "
        "IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.case_id IS NOT NULL THEN "
        f"{refresh(_PG, 'OLD.case_id')}; END IF;"
    )
    functions = {
        "cases": (
            "IF TG_OP = 'INSERT' THEN "
            f"INSERT INTO {SEARCH_TABLE}(sort_key, case_id, {_FILLED}) "
            f"SELECT {_pg_key_sql('NEW.opened_on', own_case='NEW.id')}, NEW.id, filled.* FROM "
            f"({_source_select(_PG, 'c.id = NEW.id')}) AS filled; "
            "ELSIF TG_OP = 'UPDATE' THEN "
            "IF NEW.opened_on IS DISTINCT FROM OLD.opened_on THEN "
            f"UPDATE {SEARCH_TABLE} SET sort_key = {_pg_key_sql('NEW.opened_on', own_case='NEW.id')} "
            "WHERE case_id = NEW.id; END IF; "
            "IF (NEW.number, NEW.purpose, NEW.notes, NEW.business_id) IS DISTINCT FROM "
            "(OLD.number, OLD.purpose, OLD.notes, OLD.business_id) THEN "
            f"{refresh(_PG, 'NEW.id')}; END IF; "
            f"ELSE DELETE FROM {SEARCH_TABLE} WHERE case_id = OLD.id; END IF;"
        ),
        "businesses": (
            "IF (NEW.name, NEW.notes) IS DISTINCT FROM (OLD.name, OLD.notes) THEN "
            f"{refresh(_PG, _of_business('NEW.id'))}; END IF;"
        ),
        "persons": (
            "IF (NEW.given_names, NEW.family_name, NEW.deleted_at) IS DISTINCT FROM "
            "(OLD.given_names, OLD.family_name, OLD.deleted_at) THEN "
            f"{refresh(_PG, _of_person('NEW.id'))}; "
            "END IF;"
        ),
        "business_members": members_refresh,
        "consultations": consultation_refresh,
    }
    events = {
        "cases": "INSERT OR UPDATE OR DELETE",
        "businesses": "UPDATE",
        "persons": "UPDATE",
        "business_members": "INSERT OR UPDATE OR DELETE",
        "consultations": "INSERT OR UPDATE OR DELETE",
    }
    statements = [
        _pg_fold_function(unaccent_schema),
        "CREATE SEQUENCE case_search_arrival",
        f"CREATE TABLE {SEARCH_TABLE} (sort_key bigint PRIMARY KEY, case_id uuid NOT NULL UNIQUE, "
        "person_names text NOT NULL DEFAULT '', body text NOT NULL DEFAULT '', "
        "persons_key text NOT NULL DEFAULT '', business_key text NOT NULL DEFAULT '', document tsvector)",
        *_key_indexes(),
        f"CREATE INDEX ix_{SEARCH_TABLE}_document ON {SEARCH_TABLE} USING gin (document)",
        "CREATE FUNCTION dlzw_case_search_document() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN "
        "NEW.document := to_tsvector('simple', "
        "regexp_replace(dlzw_fold(NEW.body), '[[:punct:]]+', ' ', 'g')); "
        "RETURN NEW; END $body$",
        f"CREATE TRIGGER case_search_document BEFORE INSERT OR UPDATE OF body ON {SEARCH_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION dlzw_case_search_document()",
    ]
    for table, body in functions.items():
        statements.append(
            f"CREATE FUNCTION dlzw_cs_{table}() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN "
            f"{body} RETURN NULL; END $body$"
        )
        statements.append(
            f"CREATE TRIGGER dlzw_cs_{table} AFTER {events[table]} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION dlzw_cs_{table}()"
        )
    return statements


def _pg_rebuild() -> list[str]:
    key = (
        f"(((c.opened_on - DATE '1970-01-01')::bigint << {DAY_SHIFT}) + "
        "row_number() OVER (PARTITION BY c.opened_on ORDER BY c.created_at, c.number) - 1)"
    )
    return [
        f"DELETE FROM {SEARCH_TABLE}",
        f"INSERT INTO {SEARCH_TABLE}(sort_key, case_id, {_FILLED}) "
        + _source_select(_PG, "TRUE", extra=f"{key} AS key, c.id AS case_id, "),
        # Later arrivals on those days continue after the keys handed out here.
        "SELECT setval('case_search_arrival', (SELECT count(*) + 1 FROM cases))",
    ]


def _pg_unaccent_schema(connection: Connection) -> str | None:
    """The schema of the unaccent extension, creating it when available and allowed; else None."""
    available = connection.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'"
    ).scalar()
    if not available:
        logger.info("unaccent is not available: PostgreSQL search folds accents with translate()")
        return None
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except Exception as exc:  # any refusal (privileges) means: use the fallback
        logger.warning("unaccent could not be created (%s): search folds accents with translate()", exc)
        return None
    schema = connection.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'"
    ).scalar()
    return str(schema) if schema is not None else None


# --- public ---------------------------------------------------------------------------------------------


def _run(connection: Connection, statement: str) -> None:
    if connection.dialect.name == "postgresql":
        statement = statement.replace("%", "%%")  # psycopg reads % as a placeholder even without parameters
    connection.exec_driver_sql(statement)


def install(connection: Connection, *, unaccent: bool = True) -> None:
    """Create the search tables and triggers (dropping earlier ones) and fill them from the data.

    ``unaccent=False`` forces the PostgreSQL fallback (used by tests to cover it).
    """
    uninstall(connection)
    if connection.dialect.name == "postgresql":
        schema = _pg_unaccent_schema(connection) if unaccent else None
        for statement in _pg_statements(schema):
            _run(connection, statement)
    else:
        for statement in _sqlite_statements():
            _run(connection, statement)
    rebuild(connection)
    # Fresh planner statistics: without them SQLite walks a filter's index and sorts, where running
    # down the list order and stopping at the page's end is a hundred times faster.
    for table in _ANALYZED:
        _run(connection, f"ANALYZE {table}")


def rebuild(connection: Connection) -> None:
    """Recompute every row of the index from the data (after a bulk load or a repair)."""
    statements = _pg_rebuild() if connection.dialect.name == "postgresql" else _sqlite_rebuild()
    for statement in statements:
        _run(connection, statement)


def uninstall(connection: Connection) -> None:
    """Drop the search objects (the data they index is untouched)."""
    if connection.dialect.name == "postgresql":
        for table in _SOURCE_TABLES_PG:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS dlzw_cs_{table} ON {table}")
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS dlzw_cs_{table}()")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS dlzw_case_search_document()")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS dlzw_fold(text)")
        connection.exec_driver_sql("DROP SEQUENCE IF EXISTS case_search_arrival")
        return
    for trigger in _TRIGGERS_SQLITE:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


@contextmanager
def suspended(connection: Connection) -> Iterator[None]:
    """For bulk loads: no triggers while the body runs, one rebuild afterwards (same transaction).

    Row-by-row index upkeep costs more than the load itself, and becomes quadratic when a loader drops
    the secondary indexes the triggers' look-ups rely on. Rebuild only after those are back.
    """
    uninstall(connection)
    yield
    install(connection)


def missing_triggers(connection: Connection) -> list[str]:
    """Search triggers that should exist but do not (a batch table rebuild drops them)."""
    if connection.dialect.name == "postgresql":
        expected = {f"dlzw_cs_{table}" for table in _SOURCE_TABLES_PG} | {"case_search_document"}
        rows = connection.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND (tgname LIKE 'dlzw_cs_%%' "
            "OR tgname = 'case_search_document')"
        )
    else:
        expected = set(_TRIGGERS_SQLITE)
        rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    present = {str(row[0]) for row in rows}
    return sorted(expected - present)
