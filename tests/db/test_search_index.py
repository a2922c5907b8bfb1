"""The case search index as the database holds it: present after every migration, rebuilt to the same
content, and folding accents on PostgreSQL without the unaccent extension too."""

from __future__ import annotations

from sqlalchemy import text

from dlzw_desktop.db import search
from dlzw_desktop.db.engine import create_db_engine, database_url
from dlzw_desktop.domain.enums import Role
from dlzw_desktop.services.case_search import CaseQuery
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import open_case, sign_in_as


def test_every_search_trigger_exists_at_the_head_revision(db_url: str) -> None:
    # A later SQLite batch migration that rebuilds cases, persons, … drops their triggers: it must call
    # dlzw_desktop.db.search.install() again, or this test fails.
    engine = create_db_engine(database_url(db_url))
    try:
        with engine.connect() as connection:
            assert search.missing_triggers(connection) == []
    finally:
        engine.dispose()


def test_a_rebuild_gives_the_same_index(services: Services) -> None:
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    open_case(services, business_name="Salon Çağlar", family_name="Yıldırım")
    open_case(services, business_name="Straßenküche", family_name="Müller")
    engine = services.context.sessions.engine

    def snapshot() -> list[tuple[object, ...]]:
        with engine.connect() as connection:
            return [
                tuple(row)
                for row in connection.execute(
                    text("SELECT sort_key, case_id, person_names, body FROM case_search ORDER BY sort_key")
                )
            ]

    before = snapshot()
    with engine.begin() as connection:
        search.rebuild(connection)
    assert [row[1:] for row in snapshot()] == [row[1:] for row in before]
    assert [r.business_name for r in services.cases.search(CaseQuery(text="strasse")).rows] == [
        "Straßenküche"
    ]


def test_postgresql_folds_accents_without_the_unaccent_extension(services: Services) -> None:
    engine = services.context.sessions.engine
    if engine.dialect.name != "postgresql":
        return  # SQLite's FTS5 folds with unicode61 remove_diacritics 2
    with engine.begin() as connection:
        search.install(connection, unaccent=False)
        body = connection.execute(text("SELECT pg_get_functiondef('dlzw_fold(text)'::regprocedure)")).scalar()
        assert "unaccent" not in str(body)
        assert connection.execute(
            text("SELECT dlzw_fold('Çağlar Yıldırım Müller Straße Łódź')")
        ).scalar() == ("caglar yildirim muller strasse lodz")
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    open_case(services, business_name="Salon Çağlar", family_name="Yıldırım")
    assert len(services.cases.search(CaseQuery(text="yildirim caglar")).rows) == 1
    assert len(services.cases.search(CaseQuery(text="Çağ")).rows) == 1


def test_query_terms_carry_no_syntax() -> None:
    assert search.query_terms('Müller "OR" *x* (NEAR) a_b') == ["Müller", "OR", "x", "NEAR", "a", "b"]
    assert search.fts5_match(["Müller", "42"]) == '"müller"* AND ("42"* OR "0042"*)'
    assert search.tsquery_text(["Straße"]) == "Straße:*"
    assert search.fold_text("Łódź Straße ıi") == "lódź Strasse ii"
