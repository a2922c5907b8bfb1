"""Demo data: deterministic, consistent with every rule of the schema and the workflow, and realistic."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select

from dlzw_desktop.db.base import Base
from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.db.models import Case, LoanProgramme
from dlzw_desktop.errors import ConflictError, StorageError, ValidationError
from dlzw_desktop.services import demo_service
from dlzw_desktop.services.demo_service import DemoSummary, generate_demo_data

TODAY = date(2026, 11, 25)
CASES = 300
# Written by the migration with the clock, not by the demo load: compared without their timestamps.
REFERENCE_TABLES = {"boroughs", "districts", "postcode_hints", "sectors"}


def _load(path: Path, *, seed: int, cases: int = CASES, today: date = TODAY) -> DemoSummary:
    sessions = open_database(path)
    try:
        return generate_demo_data(sessions.engine, cases=cases, seed=seed, today=today)
    finally:
        sessions.engine.dispose()


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of every table, as SQLite holds it, in a stable order."""
    connection = sqlite3.connect(path)
    try:
        listing = (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"
        )
        tables = [name for (name,) in connection.execute(listing)]
        dump = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            if table in REFERENCE_TABLES:
                columns = [c for c in columns if c not in ("created_at", "updated_at")]
            order = "seq" if table == "audit_log" else ("id" if "id" in columns else ", ".join(columns))
            dump[table] = connection.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"
            ).fetchall()
        return dump
    finally:
        connection.close()


def _query(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    return path, _load(path, seed=7)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    sessions = open_database(tmp_path / "x.sqlite3")
    yield sessions.engine
    sessions.engine.dispose()


def test_same_seed_and_day_give_identical_databases(
    demo_db: tuple[Path, DemoSummary], tmp_path: Path
) -> None:
    path, summary = demo_db
    again = tmp_path / "again.sqlite3"
    assert _load(again, seed=7) == summary
    first, second = _dump(path), _dump(again)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], f"table {table} differs"
    assert len(first["cases"]) == CASES


def test_another_seed_gives_other_people_and_cases(demo_db: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    path, _ = demo_db
    other = tmp_path / "other.sqlite3"
    _load(other, seed=8)
    first, second = _dump(path), _dump(other)
    assert first["persons"] != second["persons"]
    assert first["cases"] != second["cases"]
    ids = "SELECT id FROM cases"
    assert not set(_query(path, ids)) & set(_query(other, ids))


def test_summary_counts_the_rows_written(demo_db: tuple[Path, DemoSummary]) -> None:
    path, summary = demo_db
    for table, count in summary.as_dict().items():
        if table == "case_number_sequences":
            continue
        # The Mikrokreditfonds Deutschland programme ships with migration 1001; the demo reuses it.
        shipped = 1 if table == "loan_programmes" else 0
        assert _query(path, f"SELECT count(*) FROM {table}")[0][0] == count + shipped, table
    assert summary.cases == CASES
    assert summary.audit_log == 1
    # every section of the application has something to show (the programme ships with migration 1001)
    assert all(count > 0 for table, count in summary.as_dict().items() if table != "loan_programmes")


def test_foreign_keys_and_integrity_hold(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    assert _query(path, "PRAGMA foreign_key_check") == []
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    mismatched = _query(
        path,
        "SELECT count(*) FROM businesses b JOIN districts d ON d.id = b.district_id "
        "WHERE b.borough_id <> d.borough_id",
    )
    assert mismatched == [(0,)]


def test_cases_are_spread_over_years_and_stages(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    by_year: dict[int, Counter[str]] = {}
    for opened_on, stage in _query(path, "SELECT opened_on, stage FROM cases"):
        by_year.setdefault(int(opened_on[:4]), Counter())[stage] += 1
    assert sorted(by_year) == list(range(TODAY.year - 4, TODAY.year + 1))
    stages = Counter[str]()
    for counter in by_year.values():
        stages.update(counter)
    assert len(stages) >= 6
    assert stages["closed"] and stages["monitoring"]
    assert stages["enquiry"] + stages["consulting"] and stages["documents_complete"] + stages["assessment"]
    oldest = by_year[TODAY.year - 4]
    assert (oldest["closed"] + oldest["monitoring"]) / sum(oldest.values()) > 0.95
    current = by_year[TODAY.year]
    assert current["enquiry"] + current["consulting"] > 0
    recommended = _query(
        path, "SELECT count(DISTINCT case_id) FROM recommendations WHERE sent_on IS NOT NULL"
    )
    assert 0.2 < recommended[0][0] / CASES < 0.4
    approved, decided = _query(path, "SELECT sum(decision = 'approved'), count(*) FROM loans")[0]
    assert 0.65 < approved / decided < 0.92


def test_closed_cases_have_an_outcome_and_open_ones_none(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    rows = _query(path, "SELECT stage, outcome, closed_on, opened_on FROM cases")
    closed = [r for r in rows if r[0] == "closed"]
    assert closed
    assert all(outcome and closed_on and closed_on >= opened for _, outcome, closed_on, opened in closed)
    assert all(
        outcome is None and closed_on is None for stage, outcome, closed_on, _ in rows if stage != "closed"
    )
    assert {outcome for _, outcome, _, _ in closed} >= {"withdrawn", "not_eligible", "declined"}


def test_stage_history_leads_to_the_current_stage(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    history: dict[str, list[tuple[Any, ...]]] = {}
    for row in _query(
        path,
        "SELECT case_id, from_stage, to_stage, changed_at FROM stage_changes ORDER BY case_id, changed_at",
    ):
        history.setdefault(row[0], []).append(row)
    for case_id, stage, stage_since in _query(path, "SELECT id, stage, stage_since FROM cases"):
        changes = history[case_id]
        assert changes[0][1] is None and changes[0][2] == "enquiry"
        assert all(later[1] == earlier[2] for earlier, later in pairwise(changes))
        assert changes[-1][2] == stage
        assert changes[-1][3] == stage_since


def test_documents_are_complete_from_documents_complete_on(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    rows = _query(
        path,
        "SELECT c.stage, c.outcome, d.status FROM document_requirements d JOIN cases c ON c.id = d.case_id",
    )
    later = {
        "documents_complete",
        "assessment",
        "recommended",
        "approved",
        "declined",
        "disbursed",
        "monitoring",
    }
    finished = {"repaid", "written_off", "declined"}
    for stage, outcome, status in rows:
        if stage in later or outcome in finished:
            assert status in ("received", "checked", "not_applicable"), (stage, status)
    assert {status for _, _, status in rows} >= {"missing", "requested", "checked", "not_applicable"}


def test_recommendations_and_loans_respect_the_programme(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    caps = (
        "SELECT first_loan_cap_cents, total_cap_cents, max_term_months, max_grace_months FROM loan_programmes"
    )
    first_cap, total_cap, max_term, max_grace = _query(path, caps)[0]
    assert (first_cap, total_cap, max_term) == (1_000_000, 2_500_000, 48)
    rows = _query(
        path,
        "SELECT amount_cents, term_months, grace_months, is_follow_up_loan, author, signed_off_by "
        "FROM recommendations",
    )
    assert rows
    for amount, term, grace, follow_up, author, signer in rows:
        assert 0 < amount <= (total_cap if follow_up else first_cap)
        assert 0 < term <= max_term and 0 <= grace <= max_grace
        assert author != signer
    # a follow-up loan never takes the client over the total cap
    for previous, current in _query(
        path,
        "SELECT pl.amount_cents, r.amount_cents FROM cases c "
        "JOIN recommendations r ON r.case_id = c.id "
        "JOIN loans pl ON pl.case_id = c.previous_case_id AND pl.decision = 'approved'",
    ):
        assert previous + current <= total_cap
    assert _query(
        path,
        "SELECT count(*) FROM loans l JOIN recommendations r ON r.id = l.recommendation_id "
        "WHERE l.amount_cents > r.amount_cents OR l.decided_on < r.sent_on",
    ) == [(0,)]
    requested = [cents for (cents,) in _query(path, "SELECT requested_amount_cents FROM cases")]
    assert min(requested) >= 100_000 and max(requested) <= 2_500_000
    assert all(cents % 50_000 == 0 for cents in requested)


def test_repayments_follow_the_payout(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    rows = _query(
        path,
        "SELECT l.disbursed_on, r.month, r.status, r.arrears_cents, c.stage FROM repayment_entries r "
        "JOIN loans l ON l.id = r.loan_id JOIN cases c ON c.id = l.case_id",
    )
    assert rows
    this_month = TODAY.replace(day=1).isoformat()
    for disbursed_on, month, status, arrears, stage in rows:
        assert disbursed_on is not None and disbursed_on < month < this_month
        assert month.endswith("-01")
        assert (arrears is not None and arrears > 0) == (status in ("arrears", "written_off"))
        assert stage in ("monitoring", "closed")
    statuses = Counter(status for _, _, status, _, _ in rows)
    assert statuses["on_time"] / sum(statuses.values()) > 0.8
    assert statuses["arrears"] > 0


def test_case_numbers_are_unique_per_year_and_sequences_continue(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    last: dict[int, int] = {}
    for number, opened_on in _query(path, "SELECT number, opened_on FROM cases"):
        match = re.fullmatch(r"MK-(\d{4})-(\d{4,})", number)
        assert match is not None and int(match.group(1)) == int(opened_on[:4])
        year = int(match.group(1))
        last[year] = max(last.get(year, 0), int(match.group(2)))
    assert dict(_query(path, "SELECT year, last_number FROM case_number_sequences")) == last


def test_names_are_diverse_and_nfc_normalised(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    names = [
        f"{given} {family}" for given, family in _query(path, "SELECT given_names, family_name FROM persons")
    ]
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert sum(not name.isascii() for name in names) / len(names) > 0.3
    scripts = {
        "arabic": any("\u0600" <= ch <= "\u06ff" for name in names for ch in name),
        "cyrillic": any("\u0400" <= ch <= "\u04ff" for name in names for ch in name),
    }
    assert any(scripts.values())
    users = [name for (name,) in _query(path, "SELECT display_name FROM users")]
    assert len(users) == 7 and any(not name.isascii() for name in users)
    migration = dict(_query(path, "SELECT migration_background, count(*) FROM persons GROUP BY 1"))
    assert migration["yes"] > migration["no"]
    assert _query(path, "SELECT count(*) FROM users WHERE password_hash IS NOT NULL") == [(0,)]


def test_people_are_adults_of_working_age_living_in_dortmund(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    rows = _query(
        path,
        "SELECT p.birth_date, c.opened_on, p.postcode FROM cases c "
        "JOIN business_members m ON m.business_id = c.business_id AND m.role = 'founder' "
        "JOIN persons p ON p.id = m.person_id",
    )
    for birth, opened, postcode in rows:
        born, opened_on = date.fromisoformat(birth), date.fromisoformat(opened)
        age_then = opened_on.year - born.year - ((opened_on.month, opened_on.day) < (born.month, born.day))
        age_now = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        assert age_then >= 18 and age_now <= 65
        assert "44135" <= postcode <= "44388"


def test_reminders_are_overdue_due_today_ahead_and_done(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    rows = _query(path, "SELECT due_on, done_at FROM reminders")
    today = TODAY.isoformat()
    open_due = [due for due, done in rows if done is None]
    assert any(due < today for due in open_due)
    assert any(due == today for due in open_due)
    assert any(due > today for due in open_due)
    assert any(done is not None for _, done in rows)


def test_one_audit_event_records_the_load(demo_db: tuple[Path, DemoSummary]) -> None:
    path, summary = demo_db
    rows = _query(path, "SELECT actor, action, entity, note, changes FROM audit_log")
    assert len(rows) == 1
    actor, action, entity, note, changes = rows[0]
    assert (actor, action, entity) == ("demo", "event", "demo")
    assert f"{summary.cases} cases" in note and json.loads(changes)["seed"] == 7
    assert _query(path, "SELECT count(*) FROM cases WHERE created_by <> 'demo' OR updated_by <> 'demo'") == [
        (0,)
    ]


def test_existing_users_are_reused_and_a_second_seed_continues_numbering(engine: Engine) -> None:
    users = Base.metadata.tables["users"]
    with engine.begin() as connection:
        connection.execute(
            insert(users),
            [{"username": "a.yilmaz", "display_name": "Ayşe Yılmaz", "role": "advisor"}],
        )
        existing_id = connection.execute(
            select(users.c.id).where(users.c.username == "a.yilmaz")
        ).scalar_one()
    first = generate_demo_data(engine, cases=40, seed=1, today=TODAY)
    assert first.users == 6
    second = generate_demo_data(engine, cases=40, seed=2, today=TODAY)
    assert (second.users, second.loan_programmes, second.lenders) == (0, 0, 0)
    cases = Base.metadata.tables["cases"]
    with engine.connect() as connection:
        numbers = connection.execute(select(cases.c.number)).scalars().all()
        advisors = set(connection.execute(select(cases.c.advisor_id)).scalars())
        programmes = (
            connection.execute(select(LoanProgramme.__table__.c.first_loan_cap_cents)).scalars().all()
        )
    assert len(numbers) == len(set(numbers)) == 80
    assert existing_id in advisors
    assert programmes == [Decimal("10000.00")]


def test_loading_the_same_seed_twice_is_refused(engine: Engine) -> None:
    generate_demo_data(engine, cases=5, seed=3, today=TODAY)
    with pytest.raises(ConflictError) as caught:
        generate_demo_data(engine, cases=5, seed=3, today=TODAY)
    assert caught.value.code == "demo.already_loaded"
    with engine.connect() as connection:
        assert len(connection.execute(select(Case.__table__.c.id)).all()) == 5


def test_progress_is_reported_after_each_chunk_and_at_the_end(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_service, "CASES_PER_CHUNK", 100)
    calls: list[tuple[int, int]] = []
    generate_demo_data(engine, cases=250, seed=4, today=TODAY, progress=lambda *call: calls.append(call))
    assert calls == [(100, 250), (200, 250), (250, 250)]


def test_without_cases_the_office_is_set_up(engine: Engine) -> None:
    summary = generate_demo_data(engine, cases=0, seed=9, today=TODAY)
    assert (summary.cases, summary.case_number_sequences) == (0, 0)
    # the programme ships with migration 1001 and is reused
    assert summary.users == 7 and summary.loan_programmes == 0 and summary.properties > 0
    assert summary.audit_log == 1


def test_a_negative_number_of_cases_is_refused(engine: Engine) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo_data(engine, cases=-1, seed=1, today=TODAY)
    assert caught.value.code == "demo.cases_out_of_range"


def test_the_fast_sqlite_path_stores_exactly_what_sqlalchemy_stores(tmp_path: Path) -> None:
    import sqlite3

    from dlzw_desktop.db.migrate import open_database
    from dlzw_desktop.services.demo_service import generate_demo_data

    dumps = []
    for name, fast in (("fast.sqlite3", True), ("orm.sqlite3", False)):
        sessions = open_database(tmp_path / name)
        generate_demo_data(sessions.engine, cases=120, seed=5, today=date(2026, 11, 25), fast_sqlite=fast)
        sessions.engine.dispose()
        connection = sqlite3.connect(tmp_path / name)
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        skip = {"boroughs", "districts", "sectors", "postcode_hints", "alembic_version"}
        dumps.append(
            {
                t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in tables
                if t not in skip and not t.startswith("sqlite_")
            }
        )
        connection.close()
    assert dumps[0] == dumps[1]
    assert dumps[0]["cases"]


def test_a_large_load_leaves_every_index_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dlzw_desktop.db.migrate import open_database

    monkeypatch.setattr(demo_service, "_INDEX_REBUILD_FROM", 0)  # as for 5,000 cases and more
    sessions = open_database(tmp_path / "idx.sqlite3")
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    with sessions.engine.connect() as connection:
        before = connection.exec_driver_sql(query).all()
    generate_demo_data(sessions.engine, cases=50, seed=3, today=date(2026, 11, 25))
    with sessions.engine.connect() as connection:
        after = connection.exec_driver_sql(query).all()
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    sessions.engine.dispose()
    assert after == before
    assert any(name == "ix_cases_stage" for name, _ in after)


def test_a_full_disk_during_the_load_is_reported_and_nothing_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = open_database(tmp_path / "voll.sqlite3")
    written = []
    real = demo_service.execute_rows

    def full_after_a_few(connection: Any, rows: Any) -> None:
        written.append(rows.count)
        if len(written) > 5:
            raise sqlite3.OperationalError("database or disk is full")
        real(connection, rows)

    monkeypatch.setattr(demo_service, "execute_rows", full_after_a_few)
    with pytest.raises(StorageError) as caught:
        generate_demo_data(sessions.engine, cases=50, seed=3, today=TODAY)
    assert caught.value.code == "storage.disk_full"
    with sessions.engine.connect() as connection:
        assert connection.execute(select(Case.id)).first() is None
    sessions.engine.dispose()
