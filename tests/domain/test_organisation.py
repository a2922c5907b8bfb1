"""The organisation's details follow one set of rules wherever they are entered."""

from __future__ import annotations

import pytest

from dlzw_desktop.domain.organisation import (
    DEFAULT_ORGANISATION,
    MAX_ADDRESS_LINES,
    MAX_LINE,
    clean_organisation,
)
from dlzw_desktop.errors import ValidationError


def test_details_are_trimmed_and_other_keys_left_out() -> None:
    cleaned = clean_organisation(
        {
            "organisation_name": "  Wirtschaftsförderung\tBeispielstadt ",
            "letterhead_address": "  Marktplatz 1 \n\n 12345   Beispielstadt\n",
            "staff_hourly_rate": "62,00",
        }
    )
    assert cleaned == {
        "organisation_name": "Wirtschaftsförderung Beispielstadt",
        "letterhead_address": "Marktplatz 1\n12345 Beispielstadt",
    }


@pytest.mark.parametrize("name", ["", "   ", None])
def test_the_name_is_required(name: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_organisation({"organisation_name": name, "organisation_unit": ""})
    assert caught.value.code == "organisation.name_required"
    assert caught.value.field == "organisation_name"


def test_the_unit_and_contact_may_be_empty() -> None:
    assert clean_organisation({"organisation_unit": " ", "letterhead_contact": ""}) == {
        "organisation_unit": "",
        "letterhead_contact": "",
    }


def test_too_long_lines_and_addresses_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_organisation({"letterhead_contact": "x" * (MAX_LINE + 1)})
    assert caught.value.field == "letterhead_contact"
    with pytest.raises(ValidationError) as caught:
        clean_organisation({"letterhead_address": "\n".join(["Zeile"] * (MAX_ADDRESS_LINES + 1))})
    assert caught.value.code == "organisation.address_too_long"


def test_the_defaults_pass_the_rules() -> None:
    values = {
        "organisation_name": DEFAULT_ORGANISATION.organisation_name,
        "organisation_unit": DEFAULT_ORGANISATION.organisation_unit,
        "letterhead_address": DEFAULT_ORGANISATION.letterhead_address,
        "letterhead_contact": DEFAULT_ORGANISATION.letterhead_contact,
    }
    assert clean_organisation(values) == values
