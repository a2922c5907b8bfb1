"""Loan programmes as data: the shipped Mikrokreditfonds Deutschland rules, edited by team leads only,
with validity periods that never overlap; recommendations follow the rules in force on their date."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from dlzw_desktop.domain.enums import DocumentKind, Role
from dlzw_desktop.domain.programme import MIKROKREDITFONDS_DEUTSCHLAND
from dlzw_desktop.errors import PermissionDenied, ValidationError
from dlzw_desktop.services.programme_service import LenderDraft
from dlzw_desktop.services.registry import Services
from tests.services.case_helpers import sign_in_as


def test_the_shipped_programme_has_the_published_rules(services: Services) -> None:
    [row] = services.programmes.programmes()
    assert row.rules == MIKROKREDITFONDS_DEUTSCHLAND
    assert (row.draft.first_loan_cap, row.draft.total_cap, row.draft.max_term_months) == (
        Decimal("10000.00"),
        Decimal("25000.00"),
        48,
    )
    assert (row.draft.interest_rate_percent, row.draft.fee, row.draft.follow_up_after_months) == (
        Decimal("7.9"),
        Decimal("100.00"),
        6,
    )
    assert services.programmes.programme_in_force(date.today()) == row


def test_a_lead_records_an_earlier_period_and_advisors_may_not(services: Services) -> None:
    [current] = services.programmes.programmes()
    sign_in_as(services, "a.advisor", Role.ADVISOR)
    earlier = dataclasses.replace(
        current.draft,
        valid_from=date(2015, 1, 1),
        valid_to=date(2019, 12, 31),
        first_loan_cap=Decimal("20000.00"),
        interest_rate_percent=Decimal("8.9"),
        required_documents=(DocumentKind.BUSINESS_PLAN,),
        optional_documents=(),
    )
    with pytest.raises(PermissionDenied):
        services.programmes.save_programme(earlier)
    sign_in_as(services, "c.lead", Role.LEAD)
    saved = services.programmes.save_programme(earlier)
    assert services.programmes.programme_in_force(date(2018, 6, 1)) == saved
    overlapping = dataclasses.replace(earlier, valid_from=date(2019, 6, 1), valid_to=date(2020, 6, 30))
    with pytest.raises(ValidationError) as overlap:
        services.programmes.save_programme(overlapping)
    assert overlap.value.code == "programme.period_overlaps"
    broken = dataclasses.replace(
        earlier, valid_from=date(2010, 1, 1), valid_to=date(2014, 12, 31), max_grace_months=60
    )
    with pytest.raises(ValidationError) as invalid:
        services.programmes.save_programme(broken)
    assert invalid.value.code == "programme.max_grace_invalid"
    changed = services.programmes.save_programme(
        dataclasses.replace(current.draft, fee=Decimal("120.00")),
        programme_id=current.id,
        version=current.version,
    )
    assert changed.draft.fee == Decimal("120.00")


def test_lenders_have_unique_names(services: Services) -> None:
    sign_in_as(services, "c.lead", Role.LEAD)
    services.programmes.save_lender(LenderDraft("Evangelische Bank"))
    with pytest.raises(ValidationError) as taken:
        services.programmes.save_lender(LenderDraft(" Evangelische  Bank "))
    assert taken.value.code == "lender.name_taken"
    assert [lender.name for lender in services.programmes.lenders()] == ["Evangelische Bank"]
