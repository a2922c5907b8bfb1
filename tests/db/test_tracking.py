"""Money in cents, aware UTC timestamps, optimistic locking and the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.db.models import AuditEntry, Business, Case
from dlzw_desktop.domain.dates import utc_now


@pytest.fixture
def sessions(db_url: str):  # type: ignore[no-untyped-def]
    opened = open_database(db_url)
    opened.actor = lambda: "s.sachbearbeiterin"
    yield opened
    opened.engine.dispose()


def _case(business_id, amount: Decimal) -> Case:  # type: ignore[no-untyped-def]
    return Case(
        number="MK-2026-0001",
        business_id=business_id,
        requested_amount=amount,
        stage_since=utc_now(),
        opened_on=date(2026, 5, 4),
    )


def test_money_is_stored_as_integer_cents(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        business = Business(name="Bäckerei Kaya")
        session.add(business)
        session.flush()
        session.add(_case(business.id, Decimal("12345.675")))
    with sessions() as session:
        raw = session.execute(text("SELECT requested_amount_cents FROM cases")).scalar_one()
        assert raw == 1234568  # rounded half up to whole cents
        assert isinstance(raw, int)
        case = session.scalars(select(Case)).one()
        assert case.requested_amount == Decimal("12345.68")


def test_floats_never_reach_a_money_column(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        business = Business(name="Float GmbH")
        session.add(business)
    with pytest.raises(Exception, match="Decimal"), sessions.begin() as session:
        session.add(_case(business.id, 10.5))  # type: ignore[arg-type]


def test_timestamps_come_back_aware_utc(sessions) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # the night the clocks change in Berlin
    with sessions.begin() as session:
        business = Business(name="Zeit")
        session.add(business)
        session.flush()
        case = _case(business.id, Decimal(1))
        case.stage_since = moment
        session.add(case)
    with sessions() as session:
        stored = session.scalars(select(Case)).one().stage_since
        assert stored == moment
        assert stored.utcoffset() is not None and stored.utcoffset().total_seconds() == 0


def test_naive_timestamps_are_refused(sessions) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match="naive"), sessions.begin() as session:
        business = Business(name="Naiv")
        business.deleted_at = datetime(2026, 1, 1)
        session.add(business)


def test_a_stale_save_raises_and_overwrites_nothing(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        business = Business(name="Erste Fassung", employees=1)
        session.add(business)
    with sessions() as first_reader:
        mine = first_reader.get(Business, business.id)
        assert mine is not None
        first_reader.expunge(mine)
    with sessions.begin() as session:  # somebody else saves first
        theirs = session.get(Business, business.id)
        assert theirs is not None
        theirs.employees = 5
    with pytest.raises(StaleDataError), sessions.begin() as session:
        mine = session.merge(mine, load=False)
        mine.employees = 2
    with sessions() as session:
        stored = session.get(Business, business.id)
        assert stored is not None
        assert stored.employees == 5
        assert stored.version == 2


def test_every_change_is_audited_with_old_and_new_values(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        business = Business(name="Audit & Söhne", employees=1)
        session.add(business)
    with sessions.begin() as session:
        stored = session.get(Business, business.id)
        assert stored is not None
        stored.employees = 4
        stored.deleted_at = utc_now()
    with sessions() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [e.action for e in entries] == ["insert", "delete"]
    assert all(e.actor == "s.sachbearbeiterin" for e in entries)
    assert entries[0].changes["name"] == [None, "Audit & Söhne"]
    assert entries[1].changes["employees"] == [1, 4]
    assert entries[1].entity == "businesses"
    assert entries[1].entity_id == business.id
