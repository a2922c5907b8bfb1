"""The organisation behind the letters: its name, unit and letterhead, with their defaults and rules.

One set of rules for every place that changes them (the first-start wizard, Einstellungen, the
services), so that a letterhead accepted in one place is accepted in all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dlzw_desktop.errors import ValidationError

MAX_LINE = 200
"""Characters of one line (name, unit, contact, each line of the address)."""

MAX_ADDRESS_LINES = 6


@dataclass(frozen=True, slots=True)
class Organisation:
    """Who writes: shown in the letterhead of letters, exposés and reports."""

    organisation_name: str = "Wirtschaftsförderung Dortmund"
    organisation_unit: str = "Dienstleistungszentrum Wirtschaft (DLZW)"
    letterhead_address: str = "Grüne Straße 2–8\n44147 Dortmund"
    letterhead_contact: str = "Telefon 0231 50-0 · wirtschaftsfoerderung@dortmund.de"


DEFAULT_ORGANISATION = Organisation()
ORGANISATION_FIELDS = ("organisation_name", "organisation_unit", "letterhead_address", "letterhead_contact")


def _one_line(value: str) -> str:
    return " ".join(value.split())


def clean_organisation(changes: Mapping[str, object]) -> dict[str, str]:
    """The organisation fields among ``changes``, trimmed and checked (other keys are left out).

    Raises ``ValidationError`` with ``field`` set to the offending field: the name is required, a line
    has at most ``MAX_LINE`` characters, the address at most ``MAX_ADDRESS_LINES`` lines.
    """
    cleaned: dict[str, str] = {}
    for name in ORGANISATION_FIELDS:
        if name not in changes:
            continue
        raw = changes[name]
        text = "" if raw is None else str(raw)
        if name == "letterhead_address":
            lines = [_one_line(line) for line in text.splitlines()]
            lines = [line for line in lines if line]
            if len(lines) > MAX_ADDRESS_LINES:
                raise ValidationError(
                    "organisation.address_too_long",
                    "The letterhead address has {count} lines; at most {limit} fit into the letterhead.",
                    field=name,
                    count=len(lines),
                    limit=MAX_ADDRESS_LINES,
                )
            too_long = [line for line in lines if len(line) > MAX_LINE]
            value = "\n".join(lines)
        else:
            value = _one_line(text)
            too_long = [value] if len(value) > MAX_LINE else []
        if too_long:
            raise ValidationError(
                "organisation.line_too_long",
                "A line of the organisation details is longer than {limit} characters. Shorten it.",
                field=name,
                limit=MAX_LINE,
            )
        if name == "organisation_name" and not value:
            raise ValidationError(
                "organisation.name_required",
                "Enter the name of the organisation: it heads every letter and report.",
                field=name,
            )
        cleaned[name] = value
    return cleaned
