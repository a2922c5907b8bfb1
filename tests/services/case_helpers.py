"""Helpers for case tests: users in roles, a movable clock, and a case taken to a given stage."""

from __future__ import annotations

import itertools
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from dlzw_desktop.db.models import User
from dlzw_desktop.domain import dates
from dlzw_desktop.domain.enums import BusinessRole, CaseSource, DocumentStatus, Role
from dlzw_desktop.services.case_detail import CaseDetail
from dlzw_desktop.services.case_service import CaseDraft
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.intake_service import BusinessDraft, PersonDraft
from dlzw_desktop.services.registry import Services

_ORIGINAL_TODAY = dates.today_berlin
_ORIGINAL_NOW = dates.utc_now


class Clock:
    """Moves "today" for every module of the package (services check dates against it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self._ticks: Iterator[int] = itertools.count()
        self.today = _ORIGINAL_TODAY()
        self._today: object = None
        self._now: object = None

    def set(self, day: date) -> None:
        self.today = day

        def today() -> date:
            return self.today

        def now() -> datetime:
            # Ten o'clock in Dortmund, a microsecond later on every call: events keep their order.
            local = datetime.combine(self.today, time(10), dates.BERLIN)
            return local.astimezone(UTC) + timedelta(microseconds=next(self._ticks))

        for name, module in list(sys.modules.items()):
            if not name.startswith("dlzw_desktop") or module is None:
                continue
            current = getattr(module, "today_berlin", None)
            if current is not None and (current is _ORIGINAL_TODAY or current is self._today):
                self._monkeypatch.setattr(module, "today_berlin", today)
            current = getattr(module, "utc_now", None)
            if current is not None and (current is _ORIGINAL_NOW or current is self._now):
                self._monkeypatch.setattr(module, "utc_now", now)
        self._today, self._now = today, now

    def advance(self, days: int) -> date:
        self.set(self.today + timedelta(days=days))
        return self.today


def sign_in_as(services: Services, username: str, role: Role, display_name: str | None = None) -> Principal:
    """Sign in as ``username`` with ``role`` (the user row is created when missing)."""
    with services.context.sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(username=username, display_name=display_name or username, role=role)
            session.add(user)
            session.flush()
        principal = Principal(user.id, user.username, user.display_name, role)
    services.context.user.sign_in(principal)
    return principal


def founder_and_business(
    services: Services,
    *,
    family_name: str = "Yıldırım",
    given_names: str = "Çağlar",
    birth_date: date = date(1988, 5, 3),
    business_name: str = "Salon Çağlar",
) -> tuple[uuid.UUID, uuid.UUID]:
    person = services.intake.create_person(
        PersonDraft(family_name=family_name, given_names=given_names, birth_date=birth_date),
        allow_duplicate=True,
    )
    sector = services.reference.search_sectors("Friseur")[0]
    business = services.intake.create_business(
        BusinessDraft(
            name=business_name, sector_id=sector.id, street="Rheinische Straße 12", postcode="44137"
        ),
        [(person.id, BusinessRole.FOUNDER)],
        allow_duplicate=True,
    )
    return person.id, business.id


def open_case(
    services: Services,
    *,
    amount: Decimal = Decimal("8500.00"),
    business_name: str = "Salon Çağlar",
    family_name: str = "Yıldırım",
    given_names: str = "Çağlar",
) -> CaseDetail:
    _, business_id = founder_and_business(
        services, business_name=business_name, family_name=family_name, given_names=given_names
    )
    advisor = services.context.user.principal.user_id
    return services.cases.open_case(
        CaseDraft(
            business_id=business_id,
            advisor_id=advisor,
            source=CaseSource.IHK,
            requested_amount=amount,
            purpose="Einrichtung und Wareneinkauf",
        )
    )


def check_all_documents(services: Services, case: CaseDetail) -> CaseDetail:
    for item in case.documents:
        case = services.documents.set_status(item.id, item.version, DocumentStatus.CHECKED)
    return case
