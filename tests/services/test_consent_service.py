"""Consent per purpose: given with date and form, withdrawn with a date, never silently overwritten."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import ConsentForm, ConsentPurpose, Role
from dlzw_desktop.errors import ConflictError, PermissionDenied, ValidationError
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services
from tests.services.people_samples import add_founder


def test_consent_is_recorded_per_purpose_and_withdrawn_with_a_date(services: Services) -> None:
    person = add_founder(services.context.sessions, closed_on=None).person_id
    row = services.consents.record(
        person, ConsentPurpose.LENDER_TRANSFER, date(2026, 3, 2), ConsentForm.ELECTRONIC, "per E-Mail"
    )
    status = {s.purpose: s for s in services.consents.status(person)}
    assert list(status) == list(ConsentPurpose)
    assert status[ConsentPurpose.LENDER_TRANSFER].given
    assert status[ConsentPurpose.ADVICE].given  # from the sample data
    assert not status[ConsentPurpose.STATISTICS].given
    assert services.consents.has_consent(person, ConsentPurpose.LENDER_TRANSFER, date(2026, 3, 2))
    assert not services.consents.has_consent(person, ConsentPurpose.LENDER_TRANSFER, date(2026, 3, 1))
    withdrawn = services.consents.withdraw(row.id, row.version, date(2026, 6, 30))
    assert not services.consents.has_consent(person, ConsentPurpose.LENDER_TRANSFER, date(2026, 7, 1))
    assert services.consents.has_consent(person, ConsentPurpose.LENDER_TRANSFER, date(2026, 6, 29))
    # Consenting again makes a new record; the withdrawn one stays as proof.
    services.consents.record(person, ConsentPurpose.LENDER_TRANSFER, date(2026, 8, 1), ConsentForm.WRITTEN)
    history = {s.purpose: s for s in services.consents.status(person)}[ConsentPurpose.LENDER_TRANSFER].history
    assert len(history) == 2 and history[1] == withdrawn


def test_mistakes_get_clear_refusals(services: Services) -> None:
    person = add_founder(services.context.sessions, closed_on=None).person_id
    with pytest.raises(ValidationError) as caught:
        services.consents.record(person, ConsentPurpose.ADVICE, date(2026, 3, 2), ConsentForm.ORAL)
    assert caught.value.code == "consent.already_given"
    with pytest.raises(ValidationError) as caught:
        services.consents.record(
            person, ConsentPurpose.STATISTICS, today_berlin() + timedelta(days=1), ConsentForm.ORAL
        )
    assert caught.value.code == "consent.future_date"
    row = services.consents.record(person, ConsentPurpose.STATISTICS, date(2026, 1, 5), ConsentForm.ORAL)
    with pytest.raises(ValidationError) as caught:
        services.consents.withdraw(row.id, row.version, date(2025, 12, 31))
    assert caught.value.code == "consent.withdrawal_date"
    services.consents.withdraw(row.id, row.version, date(2026, 2, 1))
    with pytest.raises(ConflictError) as conflict:  # a second user still had the old version open
        services.consents.withdraw(row.id, row.version, date(2026, 2, 2))
    assert conflict.value.theirs["withdrawn_on"] == date(2026, 2, 1)


def test_reporting_sees_consents_but_cannot_record_them(services: Services) -> None:
    person = add_founder(services.context.sessions, closed_on=None).person_id
    services.context.user.sign_in(Principal(None, "r", "R", Role.REPORTING))
    assert services.consents.status(person)
    with pytest.raises(PermissionDenied):
        services.consents.record(person, ConsentPurpose.STATISTICS, date(2026, 1, 5), ConsentForm.ORAL)
