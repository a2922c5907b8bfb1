"""The case list query: search as you type, filters, sorting and paging, all in SQL.

``list_sql`` builds one statement for both databases (FTS5 ``MATCH`` on SQLite, ``tsvector @@`` on
PostgreSQL; see ``dlzw_desktop.db.search``) and ``CaseListRow``s are made from plain result tuples, never
from ORM objects: a page of 1,000 rows costs little more than the query itself. ``bench/cases.py`` runs
the very same SQL through raw sqlite3 as its baseline.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dlzw_desktop.db import search
from dlzw_desktop.domain.enums import CaseStage


class CaseSort(StrEnum):
    """Columns the case list can be sorted by; ``NEWEST`` is the default order (opened, then arrival)."""

    NEWEST = "newest"
    NUMBER = "number"
    BUSINESS = "business"
    PERSONS = "persons"
    STAGE = "stage"
    ADVISOR = "advisor"
    BOROUGH = "borough"
    AMOUNT = "amount"
    OPENED = "opened"
    STAGE_SINCE = "stage_since"


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """What the case list asks for. Empty ``text`` lists all; empty ``stages`` means every stage."""

    text: str = ""
    stages: tuple[CaseStage, ...] = ()
    advisor_id: uuid.UUID | None = None
    borough_id: uuid.UUID | None = None
    year: int | None = None
    programme_id: uuid.UUID | None = None
    sort: CaseSort = CaseSort.NEWEST
    descending: bool = True
    offset: int = 0
    limit: int = 200


_STAGES = {stage.value: stage for stage in CaseStage}


@dataclass(frozen=True, slots=True)
class CaseListRow:
    """One line of the case list, decoded when a field is read.

    It holds the result tuple as the database driver returned it; ``id``, ``stage``, amounts and dates
    are turned into ``UUID``, ``CaseStage``, ``Decimal`` and ``date`` on access. A list shows a few dozen
    rows at a time, so a page of 1,000 costs little more than the query itself. ``stage_since`` is the
    (UTC) day the case entered its stage.
    """

    raw: tuple[Any, ...]

    @property
    def id(self) -> uuid.UUID:
        value = self.raw[0]
        return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)

    @property
    def number(self) -> str:
        return str(self.raw[1])

    @property
    def business_name(self) -> str:
        return str(self.raw[2])

    @property
    def person_names(self) -> str:
        return str(self.raw[3] or "")

    @property
    def stage(self) -> CaseStage:
        return _STAGES[self.raw[4]]

    @property
    def advisor_name(self) -> str | None:
        return self.raw[5]  # type: ignore[no-any-return]

    @property
    def borough_name(self) -> str | None:
        return self.raw[6]  # type: ignore[no-any-return]

    @property
    def requested_amount(self) -> Decimal:
        return Decimal(self.raw[7]).scaleb(-2)

    @property
    def opened_on(self) -> date:
        value = self.raw[8]
        return value if isinstance(value, date) else date.fromisoformat(value)

    @property
    def stage_since(self) -> date:
        value = self.raw[9]
        if isinstance(value, datetime):
            return value.astimezone(UTC).date()
        return date.fromisoformat(value[:10])  # SQLite keeps UTC as "YYYY-MM-DD HH:MM:SS…"

    @property
    def provisional(self) -> bool:
        return bool(self.raw[10])


@dataclass(frozen=True, slots=True)
class CasePage:
    """A page of the case list; ``has_more`` tells whether another page follows."""

    rows: tuple[CaseListRow, ...]
    offset: int
    has_more: bool


_STAGE_ORDER = (
    "CASE c.stage " + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(CaseStage)) + " END"
)
_SORT_SQL = {
    CaseSort.NEWEST: None,
    CaseSort.NUMBER: "c.number",
    CaseSort.BUSINESS: "s.business_key",  # folded for German order, indexed (see db.search)
    CaseSort.PERSONS: "s.persons_key",
    CaseSort.STAGE: _STAGE_ORDER,
    CaseSort.ADVISOR: "coalesce(u.display_name, '')",
    CaseSort.BOROUGH: "coalesce(bo.name, '')",
    CaseSort.AMOUNT: "c.requested_amount_cents",
    CaseSort.OPENED: "c.opened_on",
    CaseSort.STAGE_SINCE: "c.stage_since",
}
_COLUMNS = (
    "c.id, c.number, b.name, s.person_names, c.stage, u.display_name, bo.name, "
    "c.requested_amount_cents, c.opened_on, c.stage_since, c.provisional"
)
MAX_LIMIT = 5000


def _uuid(dialect: str, value: uuid.UUID) -> Any:
    return value.hex if dialect == "sqlite" else value


def _sql(dialect: str, query: CaseQuery, *, count: bool) -> tuple[str, dict[str, Any]]:
    def p(name: str) -> str:
        return f":{name}" if dialect == "sqlite" else f"%({name})s"

    params: dict[str, Any] = {}
    where = ["c.deleted_at IS NULL"]
    terms = search.query_terms(query.text)
    if terms and dialect == "sqlite":
        source = (
            f"{search.FTS_TABLE} f JOIN {search.SEARCH_TABLE} s ON s.sort_key = f.rowid "
            "JOIN cases c ON c.id = s.case_id"
        )
        where.append(f"{search.FTS_TABLE} MATCH {p('match')}")
        params["match"] = search.fts5_match(terms)
        key = "f.rowid"  # lets FTS5 deliver the hits in list order and stop at the LIMIT
    else:
        source = f"{search.SEARCH_TABLE} s JOIN cases c ON c.id = s.case_id"
        key = "s.sort_key"
        if terms:
            where.append(f"s.document @@ to_tsquery('simple', dlzw_fold({p('match')}))")
            params["match"] = search.tsquery_text(terms)
    source += " JOIN businesses b ON b.id = c.business_id"
    if not count:
        source += " LEFT JOIN users u ON u.id = c.advisor_id LEFT JOIN boroughs bo ON bo.id = b.borough_id"
    if query.stages:
        names = []
        for index, stage in enumerate(dict.fromkeys(query.stages)):
            params[f"stage{index}"] = stage.value
            names.append(p(f"stage{index}"))
        where.append(f"c.stage IN ({', '.join(names)})")
    if query.advisor_id is not None:
        where.append(f"c.advisor_id = {p('advisor')}")
        params["advisor"] = _uuid(dialect, query.advisor_id)
    if query.borough_id is not None:
        where.append(f"b.borough_id = {p('borough')}")
        params["borough"] = _uuid(dialect, query.borough_id)
    if query.programme_id is not None:
        where.append(f"c.programme_id = {p('programme')}")
        params["programme"] = _uuid(dialect, query.programme_id)
    if query.year is not None:
        first, last = search.year_key_range(query.year)
        where.append(f"{key} BETWEEN {p('first_key')} AND {p('last_key')}")
        params["first_key"], params["last_key"] = first, last
    condition = " AND ".join(where)
    if count:
        return f"SELECT count(*) FROM {source} WHERE {condition}", params
    direction = "DESC" if query.descending else "ASC"
    column = _SORT_SQL[query.sort]
    order = f"{key} {direction}" if column is None else f"{column} {direction}, {key} DESC"
    params["limit"] = max(1, min(query.limit, MAX_LIMIT)) + 1  # one more: is there another page?
    params["offset"] = max(0, query.offset)
    sql = (
        f"SELECT {_COLUMNS} FROM {source} WHERE {condition} ORDER BY {order} "
        f"LIMIT {p('limit')} OFFSET {p('offset')}"
    )
    return sql, params


def list_sql(dialect: str, query: CaseQuery) -> tuple[str, dict[str, Any]]:
    """The page query for ``dialect`` ("sqlite" or "postgresql") with DBAPI parameters.

    It asks for ``limit + 1`` rows; see ``page_of``.
    """
    return _sql(dialect, query, count=False)


def count_sql(dialect: str, query: CaseQuery) -> tuple[str, dict[str, Any]]:
    """How many cases match ``query`` (paging and sorting ignored)."""
    return _sql(dialect, query, count=True)


def page_of(query: CaseQuery, raw: Sequence[tuple[Any, ...]]) -> CasePage:
    """Turn the result tuples of ``list_sql`` (either database) into a ``CasePage``."""
    limit = max(1, min(query.limit, MAX_LIMIT))
    return CasePage(tuple(map(CaseListRow, raw[:limit])), max(0, query.offset), len(raw) > limit)
