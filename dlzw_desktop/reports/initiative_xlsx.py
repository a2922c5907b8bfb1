"""Member list and invitation list of an initiative as XLSX (German, formula-safe cells).

The invitation list holds only the people the service found with a current consent; it states how many
members were left out, never who.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from dlzw_desktop.reports.formatting import format_date
from dlzw_desktop.reports.xlsx import add_table_sheet

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MemberLine:
    """One member in the member list."""

    name: str
    kind: str  # "Person" or "Unternehmen"
    detail: str
    role: str
    is_contact: bool
    consent: bool


@dataclass(frozen=True, slots=True)
class MemberList:
    """The member list of one initiative."""

    initiative: str
    area: str
    as_of: date
    members: tuple[MemberLine, ...]


@dataclass(frozen=True, slots=True)
class InvitationLine:
    """One person to invite."""

    name: str
    business: str
    role: str
    is_contact: bool
    email: str
    phone: str
    address: str
    consent_since: date


@dataclass(frozen=True, slots=True)
class InvitationList:
    """The invitation list of one initiative."""

    initiative: str
    as_of: date
    lines: tuple[InvitationLine, ...]
    left_out: int  # members without a recorded consent


def _about(workbook: Workbook, rows: list[tuple[str, object]]) -> None:
    add_table_sheet(workbook, "Hinweise", ["Angabe", "Wert"], rows, widths=[34, 70])


def write_member_list(path: Path, members: MemberList) -> Path:
    workbook = Workbook(write_only=True)
    add_table_sheet(
        workbook,
        "Mitglieder",
        ["Name", "Art", "Bezirk / Branche", "Rolle", "Ansprechpartner/in", "Einwilligung Einladungen"],
        [[m.name, m.kind, m.detail, m.role, m.is_contact, m.consent] for m in members.members],
        widths=[34, 14, 30, 24, 18, 22],
    )
    _about(
        workbook,
        [
            ("Initiative", members.initiative),
            ("Gebiet", members.area),
            ("Stand", format_date(members.as_of)),
            ("Mitglieder", len(members.members)),
            ("Hinweis", "Kontaktdaten nur in der Einladungsliste und nur mit Einwilligung."),
        ],
    )
    workbook.save(path)
    logger.info("member list written to %s", path)
    return path


def write_invitations(path: Path, invitations: InvitationList) -> Path:
    workbook = Workbook(write_only=True)
    add_table_sheet(
        workbook,
        "Einladungsliste",
        [
            "Name",
            "Unternehmen",
            "Rolle",
            "Ansprechpartner/in",
            "E-Mail",
            "Telefon",
            "Anschrift",
            "Einwilligung seit",
        ],
        [
            [
                line.name,
                line.business,
                line.role,
                line.is_contact,
                line.email,
                line.phone,
                line.address,
                line.consent_since,
            ]
            for line in invitations.lines
        ],
        widths=[28, 30, 20, 18, 30, 18, 36, 16],
    )
    _about(
        workbook,
        [
            ("Initiative", invitations.initiative),
            ("Stand", format_date(invitations.as_of)),
            ("Eingeladene Personen", len(invitations.lines)),
            ("Mitglieder ohne Einwilligung (nicht aufgeführt)", invitations.left_out),
            (
                "Hinweis",
                "Aufgeführt sind nur Personen, deren Einwilligung in Einladungen der Initiative "
                "erfasst und nicht widerrufen ist (DSGVO Art. 6 Abs. 1 lit. a).",
            ),
        ],
    )
    workbook.save(path)
    logger.info("invitation list with %d people written to %s", len(invitations.lines), path)
    return path
