"""Local initiatives (Standortgemeinschaften): members, meetings, actions as reminders, missed offers.

A meeting's agreed actions become reminders (``Reminder.origin_key = "meeting_action:<id>"``), so saving a
meeting again never creates a second reminder for the same action. Offers the neighbourhood misses are
stored twice on purpose: as ``MeetingMissingOffer`` (what the minutes say) and as ``DemandEntry`` (the
district demand profile matching reads); a missed offer is identified by its meeting and WZ code, so one
meeting notes each offer once.

Outputs: the member list (XLSX), the minutes (PDF) and the invitation list (XLSX). The invitation list
contains only people whose consent to be contacted for the initiative (``ConsentPurpose.INITIATIVE_CONTACT``)
is recorded and not withdrawn; a business is invited through its founders who consented.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import (
    Business,
    BusinessMember,
    Consent,
    DemandEntry,
    District,
    Initiative,
    InitiativeDistrict,
    InitiativeMeeting,
    InitiativeMember,
    MeetingAction,
    MeetingMissingOffer,
    Person,
    Quarter,
    Reminder,
    Sector,
    User,
)
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import (
    BusinessRole,
    ConsentForm,
    ConsentPurpose,
    InitiativeKind,
    ReminderKind,
)
from dlzw_desktop.errors import ConflictError, NotFound, ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.quarter_service import initiative_in_quarter
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)

NAME_MAX = 200
ROLE_MAX = 100
TITLE_MAX = 300
WEIGHT_MAX = Decimal(10)
ORIGIN_PREFIX = "meeting_action:"
#: Roles in a business whose holders speak for it (guarantors do not).
LEADING_ROLES = (BusinessRole.FOUNDER, BusinessRole.CO_FOUNDER)

PartyKind = Literal["person", "business"]


# ------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class InitiativeDraft:
    """What the initiative dialog edits: a quarter, districts, or both."""

    name: str
    kind: InitiativeKind = InitiativeKind.MIXED
    quarter_id: uuid.UUID | None = None
    district_ids: tuple[uuid.UUID, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class InitiativeRow:
    """An initiative as lists show it."""

    id: uuid.UUID
    version: int
    name: str
    kind: InitiativeKind
    quarter_id: uuid.UUID | None
    quarter_name: str
    district_ids: tuple[uuid.UUID, ...]
    district_names: tuple[str, ...]
    notes: str
    members: int
    contacts: tuple[str, ...]
    last_meeting: date | None

    def draft(self) -> InitiativeDraft:
        return InitiativeDraft(self.name, self.kind, self.quarter_id, self.district_ids, self.notes)


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A person or business the member picker offers."""

    kind: PartyKind
    id: uuid.UUID
    name: str
    detail: str  # district, sector or the business a person leads


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """A person or a business joining an initiative."""

    person_id: uuid.UUID | None = None
    business_id: uuid.UUID | None = None
    role: str = ""
    is_contact: bool = False


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A member with whether they may be invited."""

    id: uuid.UUID
    version: int
    kind: PartyKind
    person_id: uuid.UUID | None
    business_id: uuid.UUID | None
    name: str
    detail: str
    role: str
    is_contact: bool
    consent_since: date | None  # person: their consent; business: the earliest of its consenting founders


@dataclass(frozen=True, slots=True)
class ConsentRow:
    """A person's consent to invitations from local initiatives."""

    id: uuid.UUID
    person_id: uuid.UUID
    given_on: date
    form: ConsentForm
    withdrawn_on: date | None
    note: str


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """An agreed action: what, who (a user or a named person), by when. ``id`` for an existing one."""

    text: str
    due_on: date
    owner_id: uuid.UUID | None = None
    owner_name: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class MissingOfferDraft:
    """An offer the neighbourhood misses: a WZ entry, optionally one district, a weight (0 < w <= 10)."""

    sector_id: uuid.UUID
    weight: Decimal = Decimal(1)
    district_id: uuid.UUID | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """What the meeting dialog edits."""

    held_on: date
    participants: str = ""
    minutes: str = ""
    actions: tuple[ActionDraft, ...] = ()
    missing_offers: tuple[MissingOfferDraft, ...] = ()


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An agreed action and its reminder."""

    id: uuid.UUID
    text: str
    owner_id: uuid.UUID | None
    owner_name: str  # the user's display name when the owner is a user
    due_on: date
    reminder_id: uuid.UUID | None
    done: bool


@dataclass(frozen=True, slots=True)
class MissingOfferRow:
    """A missed offer noted at a meeting."""

    id: uuid.UUID
    sector_id: uuid.UUID
    sector_code: str
    sector_name: str
    district_id: uuid.UUID | None
    district_name: str  # empty: the initiative's whole area
    weight: Decimal
    note: str


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A meeting with its actions and missed offers."""

    id: uuid.UUID
    version: int
    initiative_id: uuid.UUID
    held_on: date
    participants: str
    minutes: str
    actions: tuple[ActionRow, ...]
    missing_offers: tuple[MissingOfferRow, ...]

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            held_on=self.held_on,
            participants=self.participants,
            minutes=self.minutes,
            actions=tuple(
                ActionDraft(a.text, a.due_on, a.owner_id, "" if a.owner_id else a.owner_name, a.id)
                for a in self.actions
            ),
            missing_offers=tuple(
                MissingOfferDraft(o.sector_id, o.weight, o.district_id, o.note) for o in self.missing_offers
            ),
        )


@dataclass(frozen=True, slots=True)
class ReminderRow:
    """A reminder of an initiative (from a meeting action)."""

    id: uuid.UUID
    version: int
    title: str
    due_on: date
    assigned_to: str
    kind: ReminderKind
    done: bool
    origin_key: str | None


@dataclass(frozen=True, slots=True)
class InvitationExport:
    """What an invitation export wrote: who is invited, how many members were left out."""

    path: Path
    invited: int
    members_without_consent: int


def _clean(text: str) -> str:
    return " ".join(text.split())


def _conflict(what: str, name: str) -> ConflictError:
    return ConflictError(
        "initiative.changed",
        "Someone else changed {what} in the meantime. Reload it, then make your change again.",
        what=what,
        name=name,
    )


def consent_condition(as_of: date) -> list[ColumnElement[bool]]:
    """SQL conditions on ``Consent``: an initiative-contact consent valid on ``as_of``."""
    return [
        Consent.purpose == ConsentPurpose.INITIATIVE_CONTACT,
        Consent.deleted_at.is_(None),
        Consent.given_on <= as_of,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > as_of),
    ]


# ----------------------------------------------------------------------------------------- service


class InitiativeService(Service):
    """Initiatives, their members and meetings, and the documents made from them."""

    # -- initiatives -----------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def initiatives(self, quarter_id: uuid.UUID | None = None) -> list[InitiativeRow]:
        """Initiatives by name; with ``quarter_id`` those assigned to it or covering one of its districts."""
        with self._sessions() as session:
            query = select(Initiative).where(Initiative.deleted_at.is_(None)).order_by(Initiative.name)
            if quarter_id is not None:
                query = query.where(initiative_in_quarter(quarter_id))
            return self._initiative_rows(session, list(session.scalars(query)))

    @requires(Permission.VIEW_CASES)
    def initiative(self, initiative_id: uuid.UUID) -> InitiativeRow:
        with self._sessions() as session:
            return self._initiative_rows(session, [self._initiative(session, initiative_id)])[0]

    @requires(Permission.EDIT_INITIATIVES)
    def create_initiative(self, draft: InitiativeDraft) -> InitiativeRow:
        with self._sessions.begin() as session:
            self._validate_initiative(session, draft)
            initiative = Initiative(
                name=_clean(draft.name),
                kind=draft.kind,
                quarter_id=draft.quarter_id,
                notes=draft.notes.strip(),
            )
            session.add(initiative)
            session.flush()
            self._set_initiative_districts(session, initiative, draft.district_ids)
            session.flush()
            return self._initiative_rows(session, [initiative])[0]

    @requires(Permission.EDIT_INITIATIVES)
    def update_initiative(
        self, initiative_id: uuid.UUID, version: int, draft: InitiativeDraft
    ) -> InitiativeRow:
        with self._sessions.begin() as session:
            initiative = self._initiative(session, initiative_id)
            if initiative.version != version:
                raise _conflict("the initiative", initiative.name)
            self._validate_initiative(session, draft)
            initiative.name = _clean(draft.name)
            initiative.kind = draft.kind
            initiative.quarter_id = draft.quarter_id
            initiative.notes = draft.notes.strip()
            # Districts live in their own rows: a save always bumps the initiative's version, so that a
            # stale edit of the districts alone is refused like any other.
            initiative.updated_at = utc_now()
            self._set_initiative_districts(session, initiative, draft.district_ids)
            session.flush()
            return self._initiative_rows(session, [initiative])[0]

    @requires(Permission.EDIT_INITIATIVES)
    def delete_initiative(self, initiative_id: uuid.UUID, version: int) -> None:
        """Mark the initiative and everything recorded for it deleted (open reminders and demand included)."""
        with self._sessions.begin() as session:
            initiative = self._initiative(session, initiative_id)
            if initiative.version != version:
                raise _conflict("the initiative", initiative.name)
            now = utc_now()
            initiative.deleted_at = now
            for member in session.scalars(
                select(InitiativeMember).where(
                    InitiativeMember.initiative_id == initiative_id, InitiativeMember.deleted_at.is_(None)
                )
            ):
                member.deleted_at = now
            for district in session.scalars(
                select(InitiativeDistrict).where(
                    InitiativeDistrict.initiative_id == initiative_id, InitiativeDistrict.deleted_at.is_(None)
                )
            ):
                district.deleted_at = now
            for meeting in session.scalars(
                select(InitiativeMeeting).where(
                    InitiativeMeeting.initiative_id == initiative_id, InitiativeMeeting.deleted_at.is_(None)
                )
            ):
                self._delete_meeting_rows(session, meeting)

    # -- people and businesses -------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def find_parties(self, text: str, *, limit: int = 30) -> list[PartyRow]:
        """People and businesses whose name contains every typed word (case-insensitive)."""
        words = [word.lower() for word in text.split() if word]
        if not words:
            return []
        with self._sessions() as session:
            person_name = func.lower(Person.given_names + " " + Person.family_name)
            people = session.execute(
                select(Person.id, Person.given_names, Person.family_name, District.name)
                .outerjoin(District, District.id == Person.district_id)
                .where(
                    Person.deleted_at.is_(None),
                    Person.anonymised_at.is_(None),
                    *[person_name.contains(word, autoescape=True) for word in words],
                )
                .order_by(Person.family_name, Person.given_names)
                .limit(limit)
            ).all()
            businesses = session.execute(
                select(Business.id, Business.name, Sector.code, District.name)
                .outerjoin(Sector, Sector.id == Business.sector_id)
                .outerjoin(District, District.id == Business.district_id)
                .where(
                    Business.deleted_at.is_(None),
                    *[func.lower(Business.name).contains(word, autoescape=True) for word in words],
                )
                .order_by(Business.name)
                .limit(limit)
            ).all()
        found = [
            PartyRow("person", pid, f"{given} {family}".strip(), district or "")
            for pid, given, family, district in people
        ] + [
            PartyRow("business", bid, name, " · ".join(part for part in (code, district) if part))
            for bid, name, code, district in businesses
        ]
        return sorted(found, key=lambda party: party.name.casefold())[:limit]

    # -- members ---------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def members(self, initiative_id: uuid.UUID, *, as_of: date | None = None) -> list[MemberRow]:
        """Members (contacts first), each with since when they or their founders consent to invitations."""
        with self._sessions() as session:
            self._initiative(session, initiative_id)
            return self._member_rows(session, initiative_id, as_of or today_berlin())

    @requires(Permission.EDIT_INITIATIVES)
    def add_member(self, initiative_id: uuid.UUID, draft: MemberDraft) -> MemberRow:
        with self._sessions.begin() as session:
            self._initiative(session, initiative_id)
            if (draft.person_id is None) == (draft.business_id is None):
                raise ValidationError(
                    "initiative.member_kind",
                    "Choose either a person or a business as the member.",
                    field="member",
                )
            role = self._role(draft.role)
            if draft.person_id is not None:
                person = session.get(Person, draft.person_id)
                if person is None or person.deleted_at is not None or person.anonymised_at is not None:
                    raise NotFound(
                        "initiative.person_not_found", "This person no longer exists. Search again."
                    )
                name = person.full_name
            else:
                business = session.get(Business, draft.business_id)
                if business is None or business.deleted_at is not None:
                    raise NotFound(
                        "initiative.business_not_found", "This business no longer exists. Search again."
                    )
                name = business.name
            existing = session.scalar(
                select(InitiativeMember).where(
                    InitiativeMember.initiative_id == initiative_id,
                    InitiativeMember.person_id == draft.person_id
                    if draft.person_id is not None
                    else InitiativeMember.business_id == draft.business_id,
                )
            )
            if existing is not None and existing.deleted_at is None:
                raise ConflictError(
                    "initiative.member_twice",
                    "{name} is already a member of this initiative. Change the existing entry instead.",
                    name=name,
                )
            if existing is not None:
                existing.deleted_at = None  # a former member rejoins
                member = existing
            else:
                member = InitiativeMember(
                    initiative_id=initiative_id, person_id=draft.person_id, business_id=draft.business_id
                )
                session.add(member)
            member.role = role
            member.is_contact = draft.is_contact
            session.flush()
            return self._member_row(session, member.id)

    @requires(Permission.EDIT_INITIATIVES)
    def update_member(self, member_id: uuid.UUID, version: int, *, role: str, is_contact: bool) -> MemberRow:
        with self._sessions.begin() as session:
            member = self._member(session, member_id)
            if member.version != version:
                raise _conflict("this member", "")
            member.role = self._role(role)
            member.is_contact = is_contact
            session.flush()
            return self._member_row(session, member.id)

    @requires(Permission.EDIT_INITIATIVES)
    def remove_member(self, member_id: uuid.UUID, version: int) -> None:
        with self._sessions.begin() as session:
            member = self._member(session, member_id)
            if member.version != version:
                raise _conflict("this member", "")
            member.deleted_at = utc_now()

    # -- consent ---------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def contact_consents(self, person_id: uuid.UUID) -> list[ConsentRow]:
        """The person's consents to invitations from local initiatives, newest first (withdrawn ones too)."""
        with self._sessions() as session:
            rows = session.scalars(
                select(Consent)
                .where(
                    Consent.person_id == person_id,
                    Consent.purpose == ConsentPurpose.INITIATIVE_CONTACT,
                    Consent.deleted_at.is_(None),
                )
                .order_by(Consent.given_on.desc())
            )
            return [ConsentRow(c.id, c.person_id, c.given_on, c.form, c.withdrawn_on, c.note) for c in rows]

    @requires(Permission.EDIT_INITIATIVES)
    def record_contact_consent(
        self, person_id: uuid.UUID, given_on: date, form: ConsentForm, note: str = ""
    ) -> ConsentRow:
        """Record that the person agreed to be invited by local initiatives (date and form of the consent)."""
        if given_on > today_berlin():
            raise ValidationError(
                "consent.in_future",
                "A consent cannot be given on {date}, which lies in the future. Enter the day it was given.",
                field="given_on",
                date=given_on,
            )
        with self._sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None or person.anonymised_at is not None:
                raise NotFound("initiative.person_not_found", "This person no longer exists. Search again.")
            consent = Consent(
                person_id=person_id,
                purpose=ConsentPurpose.INITIATIVE_CONTACT,
                given_on=given_on,
                form=form,
                note=note.strip(),
            )
            session.add(consent)
            session.flush()
            return ConsentRow(consent.id, person_id, given_on, form, None, consent.note)

    @requires(Permission.EDIT_INITIATIVES)
    def withdraw_contact_consent(self, person_id: uuid.UUID, withdrawn_on: date) -> int:
        """Record the withdrawal of every current invitation consent of the person; returns how many."""
        with self._sessions.begin() as session:
            consents = list(
                session.scalars(
                    select(Consent).where(
                        Consent.person_id == person_id,
                        Consent.purpose == ConsentPurpose.INITIATIVE_CONTACT,
                        Consent.deleted_at.is_(None),
                        Consent.withdrawn_on.is_(None),
                    )
                )
            )
            for consent in consents:
                if withdrawn_on < consent.given_on:
                    raise ValidationError(
                        "consent.withdrawn_before_given",
                        "The withdrawal ({date}) cannot lie before the consent was given ({given}).",
                        field="withdrawn_on",
                        date=withdrawn_on,
                        given=consent.given_on,
                    )
                consent.withdrawn_on = withdrawn_on
            return len(consents)

    # -- meetings --------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def meetings(self, initiative_id: uuid.UUID) -> list[MeetingRow]:
        """The initiative's meetings, newest first."""
        with self._sessions() as session:
            self._initiative(session, initiative_id)
            meetings = list(
                session.scalars(
                    select(InitiativeMeeting)
                    .where(
                        InitiativeMeeting.initiative_id == initiative_id,
                        InitiativeMeeting.deleted_at.is_(None),
                    )
                    .order_by(InitiativeMeeting.held_on.desc(), InitiativeMeeting.created_at.desc())
                )
            )
            return [self._meeting_row(session, meeting) for meeting in meetings]

    @requires(Permission.VIEW_CASES)
    def meeting(self, meeting_id: uuid.UUID) -> MeetingRow:
        with self._sessions() as session:
            return self._meeting_row(session, self._meeting(session, meeting_id))

    @requires(Permission.EDIT_INITIATIVES)
    def record_meeting(self, initiative_id: uuid.UUID, draft: MeetingDraft) -> MeetingRow:
        """Record a meeting; its actions become reminders and its missed offers enter the demand profile."""
        with self._sessions.begin() as session:
            initiative = self._initiative(session, initiative_id)
            self._validate_meeting(session, draft)
            meeting = InitiativeMeeting(
                initiative_id=initiative_id,
                held_on=draft.held_on,
                participants=draft.participants.strip(),
                minutes=draft.minutes.strip(),
            )
            session.add(meeting)
            session.flush()
            self._sync_actions(session, initiative, meeting, draft.actions)
            self._sync_offers(session, initiative, meeting, draft.missing_offers)
            session.flush()
            logger.info(
                "meeting %s recorded: %d actions, %d missed offers",
                meeting.id,
                len(draft.actions),
                len(draft.missing_offers),
            )
            return self._meeting_row(session, meeting)

    @requires(Permission.EDIT_INITIATIVES)
    def update_meeting(self, meeting_id: uuid.UUID, version: int, draft: MeetingDraft) -> MeetingRow:
        """Save a changed meeting: actions and missed offers are brought in line with ``draft``.

        Reminders follow their actions (changed text, owner or due date); a removed action's open reminder
        is removed, a done one is kept. Missed offers no longer listed leave the demand profile.
        """
        with self._sessions.begin() as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.version != version:
                raise _conflict("the meeting", "")
            initiative = self._initiative(session, meeting.initiative_id)
            self._validate_meeting(session, draft)
            meeting.held_on = draft.held_on
            meeting.participants = draft.participants.strip()
            meeting.minutes = draft.minutes.strip()
            meeting.updated_at = utc_now()  # actions and offers are rows of their own: bump the version
            self._sync_actions(session, initiative, meeting, draft.actions)
            self._sync_offers(session, initiative, meeting, draft.missing_offers)
            session.flush()
            return self._meeting_row(session, meeting)

    @requires(Permission.EDIT_INITIATIVES)
    def delete_meeting(self, meeting_id: uuid.UUID, version: int) -> None:
        with self._sessions.begin() as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.version != version:
                raise _conflict("the meeting", "")
            self._delete_meeting_rows(session, meeting)

    @requires(Permission.EDIT_INITIATIVES)
    def ensure_action_reminders(self, initiative_id: uuid.UUID) -> int:
        """Create or repair the reminders of every agreed action of the initiative; idempotent.

        Returns the number of reminders created or changed (0 when all were in place).
        """
        with self._sessions.begin() as session:
            initiative = self._initiative(session, initiative_id)
            changed = 0
            for meeting in session.scalars(
                select(InitiativeMeeting).where(
                    InitiativeMeeting.initiative_id == initiative_id, InitiativeMeeting.deleted_at.is_(None)
                )
            ):
                for action in session.scalars(
                    select(MeetingAction).where(
                        MeetingAction.meeting_id == meeting.id, MeetingAction.deleted_at.is_(None)
                    )
                ):
                    changed += self._ensure_reminder(session, initiative, meeting, action)
            return changed

    # -- reminders -------------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def reminders(self, initiative_id: uuid.UUID, *, include_done: bool = False) -> list[ReminderRow]:
        """The initiative's reminders by due date."""
        with self._sessions() as session:
            query = (
                select(Reminder, User.display_name)
                .outerjoin(User, User.id == Reminder.assigned_to_id)
                .where(Reminder.initiative_id == initiative_id, Reminder.deleted_at.is_(None))
                .order_by(Reminder.due_on, Reminder.title)
            )
            if not include_done:
                query = query.where(Reminder.done_at.is_(None))
            return [
                ReminderRow(
                    r.id,
                    r.version,
                    r.title,
                    r.due_on,
                    name or "",
                    r.kind,
                    r.done_at is not None,
                    r.origin_key,
                )
                for r, name in session.execute(query)
            ]

    @requires(Permission.EDIT_INITIATIVES)
    def mark_reminder_done(self, reminder_id: uuid.UUID, version: int, done: bool = True) -> None:
        with self._sessions.begin() as session:
            reminder = session.get(Reminder, reminder_id)
            if reminder is None or reminder.deleted_at is not None or reminder.initiative_id is None:
                raise NotFound("reminder.not_found", "This reminder no longer exists. Refresh the list.")
            if reminder.version != version:
                raise _conflict("the reminder", reminder.title)
            reminder.done_at = utc_now() if done else None

    # -- outputs ---------------------------------------------------------------------------------

    @requires(Permission.EXPORT_DATA)
    def export_member_list(self, initiative_id: uuid.UUID, path: Path) -> Path:
        """The member list as XLSX: names, kinds, roles, contact flags, districts, invitation consent."""
        from dlzw_desktop.reports import initiative_xlsx  # noqa: PLC0415 - openpyxl only when exporting

        as_of = today_berlin()
        with self._sessions.begin() as session:
            initiative = self._initiative_rows(session, [self._initiative(session, initiative_id)])[0]
            members = self._member_rows(session, initiative_id, as_of)
            area = initiative.quarter_name or ", ".join(initiative.district_names)
            initiative_xlsx.write_member_list(
                path,
                initiative_xlsx.MemberList(
                    initiative=initiative.name,
                    area=area,
                    as_of=as_of,
                    members=tuple(
                        initiative_xlsx.MemberLine(
                            name=m.name,
                            kind="Person" if m.kind == "person" else "Unternehmen",
                            detail=m.detail,
                            role=m.role,
                            is_contact=m.is_contact,
                            consent=m.consent_since is not None,
                        )
                        for m in members
                    ),
                ),
            )
            record_event(
                session,
                "initiatives",
                initiative_id,
                "member list exported",
                details={"members": len(members), "file": path.name},
            )
        return path

    @requires(Permission.EXPORT_DATA)
    def export_invitations(
        self, initiative_id: uuid.UUID, path: Path, *, as_of: date | None = None
    ) -> InvitationExport:
        """The invitation list as XLSX: only people with a current invitation consent appear.

        A person member is listed when they consented; a business member through each of its founders or
        co-founders who consented. Everyone else is left out and only counted.
        """
        from dlzw_desktop.reports import initiative_xlsx  # noqa: PLC0415 - openpyxl only when exporting

        day = as_of or today_berlin()
        with self._sessions.begin() as session:
            initiative = self._initiative(session, initiative_id)
            consenting = self._consenting_people(session, initiative_id, day)
            members = self._member_rows(session, initiative_id, day)
            without = sum(1 for m in members if m.consent_since is None)
            lines = [
                initiative_xlsx.InvitationLine(
                    name=person.full_name,
                    business=business_name,
                    role=role,
                    is_contact=is_contact,
                    email=person.email or "",
                    phone=person.phone or "",
                    address=", ".join(
                        part
                        for part in (
                            person.street or "",
                            " ".join(p for p in (person.postcode or "", person.city or "") if p),
                        )
                        if part
                    ),
                    consent_since=given_on,
                )
                for person, business_name, role, is_contact, given_on in consenting
            ]
            initiative_xlsx.write_invitations(
                path,
                initiative_xlsx.InvitationList(
                    initiative=initiative.name, as_of=day, lines=tuple(lines), left_out=without
                ),
            )
            record_event(
                session,
                "initiatives",
                initiative_id,
                "invitation list exported",
                details={"invited": len(lines), "without_consent": without, "file": path.name},
            )
            return InvitationExport(path, len(lines), without)

    @requires(Permission.EXPORT_DATA)
    def minutes_pdf(self, meeting_id: uuid.UUID, path: Path) -> Path:
        """The minutes of a meeting as PDF (German, letterhead of the shared settings)."""
        from dlzw_desktop.reports import minutes_pdf  # noqa: PLC0415 - reportlab only when printing
        from dlzw_desktop.reports.pdf import Letterhead  # noqa: PLC0415

        shared = SettingsService(self._context).shared()
        with self._sessions.begin() as session:
            meeting = self._meeting(session, meeting_id)
            row = self._meeting_row(session, meeting)
            initiative = self._initiative_rows(session, [self._initiative(session, meeting.initiative_id)])[0]
            minutes_pdf.write_minutes(
                path,
                minutes_pdf.Minutes(
                    initiative=initiative.name,
                    kind=initiative.kind,
                    area=initiative.quarter_name or ", ".join(initiative.district_names),
                    held_on=row.held_on,
                    participants=row.participants,
                    minutes=row.minutes,
                    actions=tuple(
                        minutes_pdf.MinutesAction(a.text, a.owner_name, a.due_on) for a in row.actions
                    ),
                    missing_offers=tuple(
                        minutes_pdf.MinutesOffer(
                            sector=f"{o.sector_code} {o.sector_name}",
                            area=o.district_name or "gesamtes Gebiet der Initiative",
                            weight=o.weight,
                            note=o.note,
                        )
                        for o in row.missing_offers
                    ),
                ),
                Letterhead(
                    shared.organisation_name,
                    shared.organisation_unit,
                    shared.letterhead_address,
                    shared.letterhead_contact,
                ),
                author=self._context.user.principal.display_name,
            )
            record_event(
                session,
                "initiative_meetings",
                meeting_id,
                "minutes PDF generated",
                details={"file": path.name},
            )
        return path

    # -- internals: initiatives ------------------------------------------------------------------

    @staticmethod
    def _initiative(session: Session, initiative_id: uuid.UUID) -> Initiative:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None or initiative.deleted_at is not None:
            raise NotFound("initiative.not_found", "This initiative no longer exists. Refresh the list.")
        return initiative

    @staticmethod
    def _validate_initiative(session: Session, draft: InitiativeDraft) -> None:
        name = _clean(draft.name)
        if not name:
            raise ValidationError(
                "initiative.name_missing", "Please give the initiative a name.", field="name"
            )
        if len(name) > NAME_MAX:
            raise ValidationError(
                "initiative.name_too_long",
                "The name is too long ({length} characters). Shorten it to at most {limit} characters.",
                field="name",
                length=len(name),
                limit=NAME_MAX,
            )
        if draft.quarter_id is None and not draft.district_ids:
            raise ValidationError(
                "initiative.no_area",
                "Choose the quarter the initiative works in, or tick at least one district.",
                field="quarter_id",
            )
        if draft.quarter_id is not None:
            quarter = session.get(Quarter, draft.quarter_id)
            if quarter is None or quarter.deleted_at is not None:
                raise ValidationError(
                    "initiative.quarter_unknown",
                    "The chosen quarter no longer exists. Choose another one.",
                    field="quarter_id",
                )
        if draft.district_ids:
            found = session.scalar(
                select(func.count()).select_from(District).where(District.id.in_(set(draft.district_ids)))
            )
            if found != len(set(draft.district_ids)):
                raise ValidationError(
                    "initiative.unknown_district",
                    "One of the chosen districts does not exist (any more). Reload the district list.",
                    field="district_ids",
                )

    @staticmethod
    def _set_initiative_districts(
        session: Session, initiative: Initiative, district_ids: Iterable[uuid.UUID]
    ) -> None:
        wanted = set(district_ids)
        existing = {
            d.district_id: d
            for d in session.scalars(
                select(InitiativeDistrict).where(InitiativeDistrict.initiative_id == initiative.id)
            )
        }
        for district_id, row in existing.items():
            if district_id in wanted and row.deleted_at is not None:
                row.deleted_at = None
            elif district_id not in wanted and row.deleted_at is None:
                row.deleted_at = utc_now()
        for district_id in sorted(wanted - existing.keys(), key=str):
            session.add(InitiativeDistrict(initiative_id=initiative.id, district_id=district_id))

    @staticmethod
    def _initiative_rows(session: Session, initiatives: Sequence[Initiative]) -> list[InitiativeRow]:
        if not initiatives:
            return []
        ids = [i.id for i in initiatives]
        districts: dict[uuid.UUID, list[tuple[str, uuid.UUID]]] = defaultdict(list)
        for initiative_id, district_id, name in session.execute(
            select(InitiativeDistrict.initiative_id, District.id, District.name)
            .join(District, District.id == InitiativeDistrict.district_id)
            .where(InitiativeDistrict.initiative_id.in_(ids), InitiativeDistrict.deleted_at.is_(None))
        ):
            districts[initiative_id].append((name, district_id))
        quarter_names = dict(
            session.execute(
                select(Quarter.id, Quarter.name).where(
                    Quarter.id.in_({i.quarter_id for i in initiatives if i.quarter_id is not None})
                )
            ).all()
        )
        counts: dict[uuid.UUID, int] = defaultdict(int)
        contacts: dict[uuid.UUID, list[str]] = defaultdict(list)
        for initiative_id, is_contact, given, family, business in session.execute(
            select(
                InitiativeMember.initiative_id,
                InitiativeMember.is_contact,
                Person.given_names,
                Person.family_name,
                Business.name,
            )
            .outerjoin(Person, Person.id == InitiativeMember.person_id)
            .outerjoin(Business, Business.id == InitiativeMember.business_id)
            .where(InitiativeMember.initiative_id.in_(ids), InitiativeMember.deleted_at.is_(None))
        ):
            counts[initiative_id] += 1
            if is_contact:
                contacts[initiative_id].append(business or f"{given or ''} {family or ''}".strip())
        last = dict(
            session.execute(
                select(InitiativeMeeting.initiative_id, func.max(InitiativeMeeting.held_on))
                .where(InitiativeMeeting.initiative_id.in_(ids), InitiativeMeeting.deleted_at.is_(None))
                .group_by(InitiativeMeeting.initiative_id)
            ).all()
        )
        rows = []
        for i in initiatives:
            members = sorted(districts[i.id], key=lambda item: item[0].casefold())
            rows.append(
                InitiativeRow(
                    id=i.id,
                    version=i.version,
                    name=i.name,
                    kind=i.kind,
                    quarter_id=i.quarter_id,
                    quarter_name=quarter_names.get(i.quarter_id, "") if i.quarter_id else "",
                    district_ids=tuple(d for _, d in members),
                    district_names=tuple(n for n, _ in members),
                    notes=i.notes,
                    members=counts[i.id],
                    contacts=tuple(sorted(contacts[i.id], key=str.casefold)),
                    last_meeting=last.get(i.id),
                )
            )
        return rows

    # -- internals: members ----------------------------------------------------------------------

    @staticmethod
    def _role(role: str) -> str:
        cleaned = _clean(role)
        if len(cleaned) > ROLE_MAX:
            raise ValidationError(
                "initiative.role_too_long",
                "The role is too long ({length} characters). Shorten it to at most {limit} characters.",
                field="role",
                length=len(cleaned),
                limit=ROLE_MAX,
            )
        return cleaned

    @staticmethod
    def _member(session: Session, member_id: uuid.UUID) -> InitiativeMember:
        member = session.get(InitiativeMember, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound("initiative.member_not_found", "This member no longer exists. Refresh the list.")
        return member

    def _member_row(self, session: Session, member_id: uuid.UUID) -> MemberRow:
        member = self._member(session, member_id)
        rows = self._member_rows(session, member.initiative_id, today_berlin())
        return next(row for row in rows if row.id == member_id)

    @staticmethod
    def _member_rows(session: Session, initiative_id: uuid.UUID, as_of: date) -> list[MemberRow]:
        consent_since: dict[uuid.UUID, date] = {
            person_id: given
            for person_id, given in session.execute(
                select(Consent.person_id, func.min(Consent.given_on))
                .where(*consent_condition(as_of))
                .group_by(Consent.person_id)
            )
        }
        founders: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for business_id, person_id in session.execute(
            select(BusinessMember.business_id, BusinessMember.person_id)
            .join(Person, Person.id == BusinessMember.person_id)
            .join(InitiativeMember, InitiativeMember.business_id == BusinessMember.business_id)
            .where(
                InitiativeMember.initiative_id == initiative_id,
                InitiativeMember.deleted_at.is_(None),
                BusinessMember.deleted_at.is_(None),
                BusinessMember.role.in_(LEADING_ROLES),
                Person.deleted_at.is_(None),
                Person.anonymised_at.is_(None),
            )
        ):
            founders[business_id].append(person_id)
        rows: list[MemberRow] = []
        query = (
            select(InitiativeMember, Person, Business, District.name, Sector.code)
            .outerjoin(Person, Person.id == InitiativeMember.person_id)
            .outerjoin(Business, Business.id == InitiativeMember.business_id)
            .outerjoin(District, District.id == func.coalesce(Business.district_id, Person.district_id))
            .outerjoin(Sector, Sector.id == Business.sector_id)
            .where(InitiativeMember.initiative_id == initiative_id, InitiativeMember.deleted_at.is_(None))
        )
        for member, person, business, district, sector_code in session.execute(query):
            if person is not None:
                usable = person.deleted_at is None and person.anonymised_at is None
                since = consent_since.get(person.id) if usable else None
                rows.append(
                    MemberRow(
                        member.id,
                        member.version,
                        "person",
                        person.id,
                        None,
                        person.full_name,
                        district or "",
                        member.role,
                        member.is_contact,
                        since,
                    )
                )
            else:
                dates = [consent_since[p] for p in founders.get(business.id, []) if p in consent_since]
                rows.append(
                    MemberRow(
                        member.id,
                        member.version,
                        "business",
                        None,
                        business.id,
                        business.name,
                        " · ".join(part for part in (sector_code, district) if part),
                        member.role,
                        member.is_contact,
                        min(dates) if dates else None,
                    )
                )
        return sorted(rows, key=lambda row: (not row.is_contact, row.name.casefold()))

    @staticmethod
    def _consenting_people(
        session: Session, initiative_id: uuid.UUID, as_of: date
    ) -> list[tuple[Person, str, str, bool, date]]:
        """(person, business name, role, contact flag, consent date) for everyone who may be invited."""
        consent_since = dict(
            session.execute(
                select(Consent.person_id, func.min(Consent.given_on))
                .where(*consent_condition(as_of))
                .group_by(Consent.person_id)
            ).all()
        )
        found: dict[uuid.UUID, tuple[Person, str, str, bool, date]] = {}
        members = session.scalars(
            select(InitiativeMember).where(
                InitiativeMember.initiative_id == initiative_id, InitiativeMember.deleted_at.is_(None)
            )
        ).all()
        for member in members:
            if member.person_id is not None:
                candidates = [(member.person_id, "")]
            else:
                business = session.get(Business, member.business_id)
                if business is None or business.deleted_at is not None:
                    continue
                candidates = [
                    (person_id, business.name)
                    for person_id in session.scalars(
                        select(BusinessMember.person_id).where(
                            BusinessMember.business_id == business.id,
                            BusinessMember.deleted_at.is_(None),
                            BusinessMember.role.in_(LEADING_ROLES),
                        )
                    )
                ]
            for person_id, business_name in candidates:
                given_on = consent_since.get(person_id)
                if given_on is None:
                    continue
                person = session.get(Person, person_id)
                if person is None or person.deleted_at is not None or person.anonymised_at is not None:
                    continue
                previous = found.get(person_id)
                business_label = business_name or (previous[1] if previous else "")
                found[person_id] = (
                    person,
                    business_label,
                    member.role or (previous[2] if previous else ""),
                    member.is_contact or (previous[3] if previous else False),
                    given_on,
                )
        return sorted(found.values(), key=lambda item: (item[0].family_name.casefold(), item[0].given_names))

    # -- internals: meetings ---------------------------------------------------------------------

    @staticmethod
    def _meeting(session: Session, meeting_id: uuid.UUID) -> InitiativeMeeting:
        meeting = session.get(InitiativeMeeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise NotFound("initiative.meeting_not_found", "This meeting no longer exists. Refresh the list.")
        return meeting

    @staticmethod
    def _validate_meeting(session: Session, draft: MeetingDraft) -> None:
        if draft.held_on > today_berlin():
            raise ValidationError(
                "meeting.in_future",
                "The meeting date {date} lies in the future. Record a meeting after it took place.",
                field="held_on",
                date=draft.held_on,
            )
        for action in draft.actions:
            text = action.text.strip()
            if not text:
                raise ValidationError(
                    "meeting.action_text_missing",
                    "Describe each agreed action (it is empty).",
                    field="actions",
                )
            if len(text) > 2000:
                raise ValidationError(
                    "meeting.action_too_long",
                    "An action text is too long. Keep it under 2000 characters; put details in the minutes.",
                    field="actions",
                )
            if action.owner_id is None and not action.owner_name.strip():
                raise ValidationError(
                    "meeting.action_owner_missing",
                    "The action '{action}' needs an owner: choose an advisor or type a name.",
                    field="actions",
                    action=text[:60],
                )
            if action.owner_id is not None:
                owner = session.get(User, action.owner_id)
                if owner is None or owner.deleted_at is not None:
                    raise ValidationError(
                        "meeting.action_owner_unknown",
                        "The owner of the action '{action}' is not a user any more. Choose another owner.",
                        field="actions",
                        action=text[:60],
                    )
            if action.due_on < draft.held_on:
                raise ValidationError(
                    "meeting.action_due_before_meeting",
                    "The action '{action}' is due on {due}, before the meeting on {held}. Correct the date.",
                    field="actions",
                    action=text[:60],
                    due=action.due_on,
                    held=draft.held_on,
                )
        seen: set[uuid.UUID] = set()
        for offer in draft.missing_offers:
            sector = session.get(Sector, offer.sector_id)
            if sector is None:
                raise ValidationError(
                    "meeting.offer_sector_unknown",
                    "Choose the missing offer's sector from the WZ 2008 list.",
                    field="missing_offers",
                )
            if offer.sector_id in seen:
                raise ValidationError(
                    "meeting.offer_twice",
                    "The offer {sector} is listed twice. Note each missing offer once per meeting.",
                    field="missing_offers",
                    sector=f"{sector.code} {sector.name_de}",
                )
            seen.add(offer.sector_id)
            try:
                weight = Decimal(offer.weight)
            except (InvalidOperation, TypeError, ValueError):
                weight = Decimal(-1)
            if not (weight.is_finite() and Decimal(0) < weight <= WEIGHT_MAX) or weight != weight.quantize(
                Decimal("0.01")
            ):
                raise ValidationError(
                    "meeting.offer_weight_invalid",
                    "The weight of the missing offer {sector} must lie above 0 and at most 10 (1 = missed, "
                    "10 = missed badly).",
                    field="missing_offers",
                    sector=f"{sector.code} {sector.name_de}",
                )
            if offer.district_id is not None and session.get(District, offer.district_id) is None:
                raise ValidationError(
                    "meeting.offer_district_unknown",
                    "The district of a missing offer does not exist (any more). Choose another one.",
                    field="missing_offers",
                )

    def _sync_actions(
        self,
        session: Session,
        initiative: Initiative,
        meeting: InitiativeMeeting,
        drafts: Sequence[ActionDraft],
    ) -> None:
        existing = {
            a.id: a
            for a in session.scalars(
                select(MeetingAction).where(
                    MeetingAction.meeting_id == meeting.id, MeetingAction.deleted_at.is_(None)
                )
            )
        }
        kept: set[uuid.UUID] = set()
        for draft in drafts:
            action = existing.get(draft.id) if draft.id is not None else None
            if action is None:
                action = MeetingAction(meeting_id=meeting.id)
                session.add(action)
            action.text = draft.text.strip()
            action.due_on = draft.due_on
            action.owner_id = draft.owner_id
            action.owner_name = "" if draft.owner_id is not None else _clean(draft.owner_name)[:200]
            session.flush()
            kept.add(action.id)
            self._ensure_reminder(session, initiative, meeting, action)
        now = utc_now()
        for action_id, action in existing.items():
            if action_id in kept:
                continue
            action.deleted_at = now
            self._drop_reminder(session, action)

    def _ensure_reminder(
        self, session: Session, initiative: Initiative, meeting: InitiativeMeeting, action: MeetingAction
    ) -> int:
        """Create or update the action's reminder; 1 when something was written, else 0."""
        key = f"{ORIGIN_PREFIX}{action.id}"
        reminder = session.scalar(select(Reminder).where(Reminder.origin_key == key))
        assignee = action.owner_id or self._fallback_assignee(session, initiative)
        owner = "" if action.owner_id is not None else action.owner_name
        title = f"{initiative.name}: {action.text}"
        if len(title) > TITLE_MAX:
            title = title[: TITLE_MAX - 1] + "…"
        note_parts = [f"Sitzung vom {meeting.held_on:%d.%m.%Y}"]
        if owner:
            note_parts.append(f"Verantwortlich: {owner}")
        wanted = {
            "initiative_id": initiative.id,
            "assigned_to_id": assignee,
            "kind": ReminderKind.MEETING_ACTION,
            "due_on": action.due_on,
            "title": title,
            "note": "\n".join(note_parts),
        }
        if reminder is None:
            reminder = Reminder(origin_key=key, **wanted)
            session.add(reminder)
            session.flush()
            action.reminder_id = reminder.id
            return 1
        changed = reminder.deleted_at is not None or any(
            getattr(reminder, name) != value for name, value in wanted.items()
        )
        if changed:
            reminder.deleted_at = None
            for name, value in wanted.items():
                setattr(reminder, name, value)
        if action.reminder_id != reminder.id:
            action.reminder_id = reminder.id
            changed = True
        return int(changed)

    @staticmethod
    def _drop_reminder(session: Session, action: MeetingAction) -> None:
        reminder = session.scalar(
            select(Reminder).where(Reminder.origin_key == f"{ORIGIN_PREFIX}{action.id}")
        )
        if reminder is not None and reminder.done_at is None and reminder.deleted_at is None:
            reminder.deleted_at = utc_now()

    def _fallback_assignee(self, session: Session, initiative: Initiative) -> uuid.UUID | None:
        """Who follows up an action owned by someone outside the office: the quarter's advisor, else me."""
        if initiative.quarter_id is not None:
            quarter = session.get(Quarter, initiative.quarter_id)
            if quarter is not None and quarter.responsible_id is not None:
                return quarter.responsible_id
        return self._context.user.principal.user_id

    @staticmethod
    def _offer_areas(
        session: Session, initiative: Initiative, offer: MissingOfferDraft
    ) -> set[tuple[uuid.UUID | None, uuid.UUID | None]]:
        """(district_id, quarter_id) pairs the offer's demand entries are written for."""
        if offer.district_id is not None:
            return {(offer.district_id, None)}
        if initiative.quarter_id is not None:
            return {(None, initiative.quarter_id)}
        return {
            (district_id, None)
            for district_id in session.scalars(
                select(InitiativeDistrict.district_id).where(
                    InitiativeDistrict.initiative_id == initiative.id, InitiativeDistrict.deleted_at.is_(None)
                )
            )
        }

    def _sync_offers(
        self,
        session: Session,
        initiative: Initiative,
        meeting: InitiativeMeeting,
        drafts: Sequence[MissingOfferDraft],
    ) -> None:
        now = utc_now()
        offers = {
            o.sector_id: o
            for o in session.scalars(
                select(MeetingMissingOffer).where(
                    MeetingMissingOffer.meeting_id == meeting.id, MeetingMissingOffer.deleted_at.is_(None)
                )
            )
        }
        entries: dict[uuid.UUID, list[DemandEntry]] = defaultdict(list)
        for entry in session.scalars(
            select(DemandEntry).where(DemandEntry.meeting_id == meeting.id, DemandEntry.deleted_at.is_(None))
        ):
            entries[entry.sector_id].append(entry)
        wanted_sectors = {draft.sector_id for draft in drafts}
        for draft in drafts:
            offer = offers.get(draft.sector_id)
            if offer is None:
                offer = MeetingMissingOffer(meeting_id=meeting.id, sector_id=draft.sector_id)
                session.add(offer)
            offer.district_id = draft.district_id
            offer.weight = Decimal(draft.weight)
            offer.note = draft.note.strip()
            areas = self._offer_areas(session, initiative, draft)
            for entry in entries.get(draft.sector_id, []):
                area = (entry.district_id, entry.quarter_id)
                if area in areas:
                    areas.discard(area)
                    entry.weight = Decimal(draft.weight)
                    entry.note = offer.note
                else:
                    entry.deleted_at = now
            for district_id, quarter_id in sorted(areas, key=str):
                session.add(
                    DemandEntry(
                        district_id=district_id,
                        quarter_id=quarter_id,
                        sector_id=draft.sector_id,
                        weight=Decimal(draft.weight),
                        meeting_id=meeting.id,
                        note=offer.note,
                    )
                )
        for sector_id, offer in offers.items():
            if sector_id not in wanted_sectors:
                offer.deleted_at = now
        for sector_id, rows in entries.items():
            if sector_id not in wanted_sectors:
                for entry in rows:
                    entry.deleted_at = now

    def _delete_meeting_rows(self, session: Session, meeting: InitiativeMeeting) -> None:
        now = utc_now()
        meeting.deleted_at = now
        for action in session.scalars(
            select(MeetingAction).where(
                MeetingAction.meeting_id == meeting.id, MeetingAction.deleted_at.is_(None)
            )
        ):
            action.deleted_at = now
            self._drop_reminder(session, action)
        for offer in session.scalars(
            select(MeetingMissingOffer).where(
                MeetingMissingOffer.meeting_id == meeting.id, MeetingMissingOffer.deleted_at.is_(None)
            )
        ):
            offer.deleted_at = now
        for entry in session.scalars(
            select(DemandEntry).where(DemandEntry.meeting_id == meeting.id, DemandEntry.deleted_at.is_(None))
        ):
            entry.deleted_at = now

    @staticmethod
    def _meeting_row(session: Session, meeting: InitiativeMeeting) -> MeetingRow:
        actions = tuple(
            ActionRow(
                id=action.id,
                text=action.text,
                owner_id=action.owner_id,
                owner_name=user_name if action.owner_id is not None and user_name else action.owner_name,
                due_on=action.due_on,
                reminder_id=action.reminder_id,
                done=done_at is not None,
            )
            for action, user_name, done_at in session.execute(
                select(MeetingAction, User.display_name, Reminder.done_at)
                .outerjoin(User, User.id == MeetingAction.owner_id)
                .outerjoin(Reminder, Reminder.id == MeetingAction.reminder_id)
                .where(MeetingAction.meeting_id == meeting.id, MeetingAction.deleted_at.is_(None))
                .order_by(MeetingAction.due_on, MeetingAction.created_at)
            )
        )
        offers = tuple(
            MissingOfferRow(
                id=offer.id,
                sector_id=offer.sector_id,
                sector_code=code,
                sector_name=sector_name,
                district_id=offer.district_id,
                district_name=district_name or "",
                weight=Decimal(offer.weight),
                note=offer.note,
            )
            for offer, code, sector_name, district_name in session.execute(
                select(MeetingMissingOffer, Sector.code, Sector.name_de, District.name)
                .join(Sector, Sector.id == MeetingMissingOffer.sector_id)
                .outerjoin(District, District.id == MeetingMissingOffer.district_id)
                .where(MeetingMissingOffer.meeting_id == meeting.id, MeetingMissingOffer.deleted_at.is_(None))
                .order_by(MeetingMissingOffer.weight.desc(), Sector.code)
            )
        )
        return MeetingRow(
            id=meeting.id,
            version=meeting.version,
            initiative_id=meeting.initiative_id,
            held_on=meeting.held_on,
            participants=meeting.participants,
            minutes=meeting.minutes,
            actions=actions,
            missing_offers=offers,
        )
