"""Target quarters (Quartiere): definition, the overlap rule, membership through districts, the quarter page.

Cases, businesses, properties, consultation days and initiatives belong to a quarter through their
district; nothing is copied. ``in_quarter(column, quarter_id)`` is the SQL condition other services use to
filter their lists by quarter, ``QuarterService.district_ids`` the same as a set of ids.

A district may be in two current quarters only when both allow overlapping. The rule is checked in this
service (no trigger, so SQLite and PostgreSQL behave alike); the district rows are locked first so that two
offices saving at the same moment on PostgreSQL cannot both pass the check.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from dlzw_desktop.db.models import (
    Business,
    Case,
    ConsultationDay,
    District,
    Initiative,
    InitiativeDistrict,
    InitiativeMember,
    JobsRecord,
    Property,
    Quarter,
    QuarterDistrict,
    Recommendation,
    Sector,
    User,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.enums import CaseStage, InitiativeKind, PropertyStatus, QuarterStatus
from dlzw_desktop.domain.neighbourhood import GoalProgress, QuarterArea, forbidden_overlaps
from dlzw_desktop.errors import ConflictError, NotFound, ValidationError
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, Permission, requires

logger = logging.getLogger(__name__)

NAME_MAX = 200
#: Property states that count as "reactivated": the unit is in use again.
REACTIVATED_STATES = (PropertyStatus.LET, PropertyStatus.REACTIVATED)
GOAL_REACTIVATED_UNITS = "reactivated_units"
GOAL_RECOMMENDED_LOANS = "recommended_loans"
GOAL_JOBS = "jobs"


# ------------------------------------------------------------------------------------ query helpers


def quarter_district_ids_select(quarter_id: uuid.UUID) -> Select[uuid.UUID]:
    """SELECT of the district ids of a quarter (its current memberships; none for a deleted quarter)."""
    return (
        select(QuarterDistrict.district_id)
        .join(Quarter, Quarter.id == QuarterDistrict.quarter_id)
        .where(
            QuarterDistrict.quarter_id == quarter_id,
            QuarterDistrict.deleted_at.is_(None),
            Quarter.deleted_at.is_(None),
        )
    )


def in_quarter(
    district_column: ColumnElement[Any] | QueryableAttribute[Any], quarter_id: uuid.UUID
) -> ColumnElement[bool]:
    """SQL condition: the row's district belongs to the quarter (for ``Business.district_id`` etc.)."""
    return district_column.in_(quarter_district_ids_select(quarter_id))


def initiative_in_quarter(quarter_id: uuid.UUID) -> ColumnElement[bool]:
    """SQL condition on ``Initiative``: assigned to the quarter, or covering one of its districts."""
    covered = select(InitiativeDistrict.initiative_id).where(
        InitiativeDistrict.deleted_at.is_(None), in_quarter(InitiativeDistrict.district_id, quarter_id)
    )
    return or_(Initiative.quarter_id == quarter_id, Initiative.id.in_(covered))


def base_year_start(base_year: int) -> date:
    """First day counted towards a quarter's goals: 1 January of its base year."""
    return date(base_year, 1, 1)


# ------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class QuarterDraft:
    """What the quarter dialog edits."""

    name: str
    base_year: int
    district_ids: tuple[uuid.UUID, ...]
    lwsi_goal_percent: Decimal = Decimal(10)
    goal_reactivated_units: int | None = None
    goal_recommended_loans: int | None = None
    goal_jobs: int | None = None
    responsible_id: uuid.UUID | None = None
    status: QuarterStatus = QuarterStatus.ACTIVE
    allow_overlap: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class QuarterRow:
    """A quarter as lists and the quarter page show it."""

    id: uuid.UUID
    version: int
    name: str
    base_year: int
    lwsi_goal_percent: Decimal
    goal_reactivated_units: int | None
    goal_recommended_loans: int | None
    goal_jobs: int | None
    responsible_id: uuid.UUID | None
    responsible_name: str
    status: QuarterStatus
    allow_overlap: bool
    notes: str
    district_ids: tuple[uuid.UUID, ...]
    district_names: tuple[str, ...]

    def draft(self) -> QuarterDraft:
        """The row as a draft, to change a few fields and save."""
        return QuarterDraft(
            name=self.name,
            base_year=self.base_year,
            district_ids=self.district_ids,
            lwsi_goal_percent=self.lwsi_goal_percent,
            goal_reactivated_units=self.goal_reactivated_units,
            goal_recommended_loans=self.goal_recommended_loans,
            goal_jobs=self.goal_jobs,
            responsible_id=self.responsible_id,
            status=self.status,
            allow_overlap=self.allow_overlap,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class QuarterCaseRow:
    """A case in the quarter (through its business's district)."""

    id: uuid.UUID
    number: str
    business_name: str
    stage: CaseStage
    district_name: str
    opened_on: date


@dataclass(frozen=True, slots=True)
class QuarterBusinessRow:
    """A business in the quarter."""

    id: uuid.UUID
    name: str
    sector: str
    district_name: str
    cases: int


@dataclass(frozen=True, slots=True)
class QuarterPropertyRow:
    """A commercial unit in the quarter."""

    id: uuid.UUID
    street: str
    district_name: str
    status: PropertyStatus
    area_m2: Decimal
    let_on: date | None


@dataclass(frozen=True, slots=True)
class QuarterDayRow:
    """A consultation day held in the quarter."""

    id: uuid.UUID
    held_on: date
    place: str
    district_name: str


@dataclass(frozen=True, slots=True)
class QuarterInitiativeRow:
    """An initiative working in the quarter."""

    id: uuid.UUID
    name: str
    kind: InitiativeKind
    members: int


@dataclass(frozen=True, slots=True)
class LwsiProgress:
    """The quarter's LWSI index against its goal (computed by the reports side, issue 5)."""

    index: Decimal | None  # last four quarters / base year x 100, one decimal
    goal_percent: Decimal
    met: bool | None
    estimated: bool
    as_of_label: str  # e.g. "2026-Q1"


@dataclass(frozen=True, slots=True)
class QuarterPage:
    """Everything in a quarter and its progress against its goals."""

    quarter: QuarterRow
    cases: tuple[QuarterCaseRow, ...]
    businesses: tuple[QuarterBusinessRow, ...]
    properties: tuple[QuarterPropertyRow, ...]
    consultation_days: tuple[QuarterDayRow, ...]
    initiatives: tuple[QuarterInitiativeRow, ...]
    goals: tuple[GoalProgress, ...]
    lwsi: LwsiProgress | None  # None: not computed yet
    overlapping: tuple[str, ...] = field(default=())  # names of other quarters sharing a district


def quarter_lwsi_progress(session: Session, quarter: Quarter) -> LwsiProgress | None:
    """The LWSI progress of ``quarter``, or ``None`` while no computation exists.

    The LWSI computations belong to the reports side (issue 5): this looks up the newest stored quarter with
    an index (``lwsi_service.latest_index``).
    """
    from dlzw_desktop.services.lwsi_service import latest_index  # noqa: PLC0415 - the reports side (issue 5)

    found = latest_index(session, quarter.id)
    if found is None:
        return None
    area, row = found
    return LwsiProgress(
        index=row.index,
        goal_percent=area.goal_percent,
        met=None if row.status is None or row.index is None else row.status.value == "met",
        estimated=row.index_estimated,
        as_of_label=row.quarter.label,
    )


# ----------------------------------------------------------------------------------------- service


def _clean_name(text: str) -> str:
    return " ".join(text.split())


class QuarterService(Service):
    """Define target quarters, check the overlap rule, and show what lies in a quarter."""

    # -- reading ---------------------------------------------------------------------------------

    @requires(ANYONE_SIGNED_IN)
    def quarters(self, status: QuarterStatus | None = None) -> list[QuarterRow]:
        """All quarters (not deleted), by name; ``status`` filters."""
        with self._sessions() as session:
            query = select(Quarter).where(Quarter.deleted_at.is_(None)).order_by(Quarter.name)
            if status is not None:
                query = query.where(Quarter.status == status)
            return self._rows(session, list(session.scalars(query)))

    @requires(ANYONE_SIGNED_IN)
    def quarter(self, quarter_id: uuid.UUID) -> QuarterRow:
        with self._sessions() as session:
            return self._rows(session, [self._get(session, quarter_id)])[0]

    @requires(ANYONE_SIGNED_IN)
    def district_ids(self, quarter_id: uuid.UUID) -> frozenset[uuid.UUID]:
        """The districts of a quarter: filter any list by ``district_id in ...`` (or use ``in_quarter``)."""
        with self._sessions() as session:
            return frozenset(session.scalars(quarter_district_ids_select(quarter_id)))

    @requires(ANYONE_SIGNED_IN)
    def quarter_ids_by_district(self) -> dict[uuid.UUID, frozenset[uuid.UUID]]:
        """District id -> ids of the current (planned or active) quarters it belongs to.

        For matching: ``PropertyFacts.quarter_ids`` of a unit are the quarters of its district.
        """
        with self._sessions() as session:
            rows = session.execute(
                select(QuarterDistrict.district_id, QuarterDistrict.quarter_id)
                .join(Quarter, Quarter.id == QuarterDistrict.quarter_id)
                .where(
                    QuarterDistrict.deleted_at.is_(None),
                    Quarter.deleted_at.is_(None),
                    Quarter.status != QuarterStatus.COMPLETED,
                )
            )
            result: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
            for district_id, quarter_id in rows:
                result[district_id].add(quarter_id)
            return {district_id: frozenset(ids) for district_id, ids in result.items()}

    # -- writing ---------------------------------------------------------------------------------

    @requires(Permission.MANAGE_QUARTERS)
    def create_quarter(self, draft: QuarterDraft) -> QuarterRow:
        with self._sessions.begin() as session:
            self._validate(session, draft, quarter_id=None)
            quarter = Quarter()
            self._apply(quarter, draft)
            session.add(quarter)
            session.flush()
            self._set_districts(session, quarter, draft.district_ids)
            session.flush()
            logger.info("quarter %s created with %d districts", quarter.id, len(draft.district_ids))
            return self._rows(session, [quarter])[0]

    @requires(Permission.MANAGE_QUARTERS)
    def update_quarter(self, quarter_id: uuid.UUID, version: int, draft: QuarterDraft) -> QuarterRow:
        """Save changes made on ``version``; a newer stored version raises ``ConflictError``."""
        with self._sessions.begin() as session:
            quarter = self._get(session, quarter_id)
            if quarter.version != version:
                stored = self._rows(session, [quarter])[0]
                raise ConflictError(
                    "quarter.changed",
                    "Someone else changed the quarter {name} in the meantime. Reload it, then make your "
                    "change again.",
                    mine={"name": draft.name, "status": draft.status},
                    theirs={"name": stored.name, "status": stored.status},
                    name=stored.name,
                )
            self._validate(session, draft, quarter_id=quarter_id)
            self._apply(quarter, draft)
            quarter.updated_at = utc_now()  # districts are rows of their own: a save always bumps the version
            self._set_districts(session, quarter, draft.district_ids)
            session.flush()
            return self._rows(session, [quarter])[0]

    @requires(Permission.MANAGE_QUARTERS)
    def delete_quarter(self, quarter_id: uuid.UUID, version: int) -> None:
        """Mark a quarter deleted; refused while initiatives are assigned to it."""
        with self._sessions.begin() as session:
            quarter = self._get(session, quarter_id)
            if quarter.version != version:
                raise ConflictError(
                    "quarter.changed",
                    "Someone else changed the quarter {name} in the meantime. Reload it, then make your "
                    "change again.",
                    name=quarter.name,
                )
            initiatives = list(
                session.scalars(
                    select(Initiative.name).where(
                        Initiative.quarter_id == quarter_id, Initiative.deleted_at.is_(None)
                    )
                )
            )
            if initiatives:
                raise ConflictError(
                    "quarter.has_initiatives",
                    "You cannot delete the quarter {name} because the initiatives {initiatives} are assigned "
                    "to it. Assign them to another quarter or to districts first.",
                    name=quarter.name,
                    initiatives=tuple(sorted(initiatives)),
                )
            now = utc_now()
            quarter.deleted_at = now
            for membership in session.scalars(
                select(QuarterDistrict).where(
                    QuarterDistrict.quarter_id == quarter_id, QuarterDistrict.deleted_at.is_(None)
                )
            ):
                membership.deleted_at = now

    # -- the quarter page ------------------------------------------------------------------------

    @requires(Permission.VIEW_CASES)
    def quarter_page(self, quarter_id: uuid.UUID) -> QuarterPage:
        """Everything in the quarter (through its districts) and its progress against its goals."""
        with self._sessions() as session:
            quarter = self._get(session, quarter_id)
            row = self._rows(session, [quarter])[0]
            start = base_year_start(quarter.base_year)
            cases = tuple(
                QuarterCaseRow(*values)
                for values in session.execute(
                    select(Case.id, Case.number, Business.name, Case.stage, District.name, Case.opened_on)
                    .join(Business, Business.id == Case.business_id)
                    .join(District, District.id == Business.district_id)
                    .where(Case.deleted_at.is_(None), in_quarter(Business.district_id, quarter_id))
                    .order_by(Case.opened_on.desc(), Case.number)
                )
            )
            case_counts = dict(
                session.execute(
                    select(Case.business_id, func.count())
                    .join(Business, Business.id == Case.business_id)
                    .where(Case.deleted_at.is_(None), in_quarter(Business.district_id, quarter_id))
                    .group_by(Case.business_id)
                ).all()
            )
            businesses = tuple(
                QuarterBusinessRow(
                    id=business_id,
                    name=name,
                    sector=f"{code} {sector_name}" if code else "",
                    district_name=district_name,
                    cases=int(case_counts.get(business_id, 0)),
                )
                for business_id, name, code, sector_name, district_name in session.execute(
                    select(Business.id, Business.name, Sector.code, Sector.name_de, District.name)
                    .join(District, District.id == Business.district_id)
                    .outerjoin(Sector, Sector.id == Business.sector_id)
                    .where(Business.deleted_at.is_(None), in_quarter(Business.district_id, quarter_id))
                    .order_by(Business.name)
                )
            )
            properties = tuple(
                QuarterPropertyRow(*values)
                for values in session.execute(
                    select(
                        Property.id,
                        Property.street,
                        District.name,
                        Property.status,
                        Property.area_m2,
                        Property.let_on,
                    )
                    .join(District, District.id == Property.district_id)
                    .where(Property.deleted_at.is_(None), in_quarter(Property.district_id, quarter_id))
                    .order_by(Property.street)
                )
            )
            days = tuple(
                QuarterDayRow(*values)
                for values in session.execute(
                    select(ConsultationDay.id, ConsultationDay.held_on, ConsultationDay.place, District.name)
                    .join(District, District.id == ConsultationDay.district_id)
                    .where(
                        ConsultationDay.deleted_at.is_(None),
                        in_quarter(ConsultationDay.district_id, quarter_id),
                    )
                    .order_by(ConsultationDay.held_on.desc())
                )
            )
            member_counts = dict(
                session.execute(
                    select(InitiativeMember.initiative_id, func.count())
                    .where(InitiativeMember.deleted_at.is_(None))
                    .group_by(InitiativeMember.initiative_id)
                ).all()
            )
            initiatives = tuple(
                QuarterInitiativeRow(i.id, i.name, i.kind, int(member_counts.get(i.id, 0)))
                for i in session.scalars(
                    select(Initiative)
                    .where(Initiative.deleted_at.is_(None), initiative_in_quarter(quarter_id))
                    .order_by(Initiative.name)
                )
            )
            goals = (
                GoalProgress(
                    GOAL_REACTIVATED_UNITS,
                    sum(
                        1
                        for p in properties
                        if p.status in REACTIVATED_STATES and p.let_on is not None and p.let_on >= start
                    ),
                    quarter.goal_reactivated_units,
                ),
                GoalProgress(
                    GOAL_RECOMMENDED_LOANS,
                    self._recommended_loans(session, quarter_id, start),
                    quarter.goal_recommended_loans,
                ),
                GoalProgress(GOAL_JOBS, self._jobs(session, quarter_id, start), quarter.goal_jobs),
            )
            return QuarterPage(
                quarter=row,
                cases=cases,
                businesses=businesses,
                properties=properties,
                consultation_days=days,
                initiatives=initiatives,
                goals=goals,
                lwsi=quarter_lwsi_progress(session, quarter),
                overlapping=self._overlapping_names(session, quarter),
            )

    # -- internals -------------------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, quarter_id: uuid.UUID) -> Quarter:
        quarter = session.get(Quarter, quarter_id)
        if quarter is None or quarter.deleted_at is not None:
            raise NotFound("quarter.not_found", "This quarter no longer exists. Refresh the list.")
        return quarter

    @staticmethod
    def _recommended_loans(session: Session, quarter_id: uuid.UUID, start: date) -> int:
        """Recommendations signed off (so sent to the lender) since the base year, for the quarter's cases."""
        return int(
            session.scalar(
                select(func.count())
                .select_from(Recommendation)
                .join(Case, Case.id == Recommendation.case_id)
                .join(Business, Business.id == Case.business_id)
                .where(
                    Recommendation.deleted_at.is_(None),
                    Case.deleted_at.is_(None),
                    Recommendation.signed_off_at.is_not(None),
                    Recommendation.recommended_on >= start,
                    in_quarter(Business.district_id, quarter_id),
                )
            )
            or 0
        )

    @staticmethod
    def _jobs(session: Session, quarter_id: uuid.UUID, start: date) -> int:
        """Jobs created or secured (heads, latest count per case) by cases opened since the base year."""
        latest: dict[uuid.UUID, tuple[date, int]] = {}
        rows = session.execute(
            select(
                JobsRecord.case_id,
                JobsRecord.recorded_on,
                JobsRecord.created_heads + JobsRecord.secured_heads,
            )
            .join(Case, Case.id == JobsRecord.case_id)
            .join(Business, Business.id == Case.business_id)
            .where(
                JobsRecord.deleted_at.is_(None),
                Case.deleted_at.is_(None),
                Case.opened_on >= start,
                in_quarter(Business.district_id, quarter_id),
            )
        )
        for case_id, recorded_on, heads in rows:
            if case_id not in latest or recorded_on >= latest[case_id][0]:
                latest[case_id] = (recorded_on, int(heads))
        return sum(heads for _, heads in latest.values())

    @staticmethod
    def _rows(session: Session, quarters: list[Quarter]) -> list[QuarterRow]:
        if not quarters:
            return []
        ids = [q.id for q in quarters]
        districts: dict[uuid.UUID, list[tuple[str, uuid.UUID]]] = defaultdict(list)
        for quarter_id, district_id, name in session.execute(
            select(QuarterDistrict.quarter_id, District.id, District.name)
            .join(District, District.id == QuarterDistrict.district_id)
            .where(QuarterDistrict.quarter_id.in_(ids), QuarterDistrict.deleted_at.is_(None))
        ):
            districts[quarter_id].append((name, district_id))
        responsible_ids = {q.responsible_id for q in quarters if q.responsible_id is not None}
        names = (
            dict(
                session.execute(select(User.id, User.display_name).where(User.id.in_(responsible_ids))).all()
            )
            if responsible_ids
            else {}
        )
        rows = []
        for q in quarters:
            members = sorted(districts[q.id], key=lambda item: item[0].casefold())
            rows.append(
                QuarterRow(
                    id=q.id,
                    version=q.version,
                    name=q.name,
                    base_year=q.base_year,
                    lwsi_goal_percent=Decimal(q.lwsi_goal_percent),
                    goal_reactivated_units=q.goal_reactivated_units,
                    goal_recommended_loans=q.goal_recommended_loans,
                    goal_jobs=q.goal_jobs,
                    responsible_id=q.responsible_id,
                    responsible_name=names.get(q.responsible_id, "") if q.responsible_id else "",
                    status=q.status,
                    allow_overlap=q.allow_overlap,
                    notes=q.notes,
                    district_ids=tuple(district_id for _, district_id in members),
                    district_names=tuple(name for name, _ in members),
                )
            )
        return rows

    @staticmethod
    def _apply(quarter: Quarter, draft: QuarterDraft) -> None:
        quarter.name = _clean_name(draft.name)
        quarter.base_year = draft.base_year
        quarter.lwsi_goal_percent = draft.lwsi_goal_percent
        quarter.goal_reactivated_units = draft.goal_reactivated_units
        quarter.goal_recommended_loans = draft.goal_recommended_loans
        quarter.goal_jobs = draft.goal_jobs
        quarter.responsible_id = draft.responsible_id
        quarter.status = draft.status
        quarter.allow_overlap = draft.allow_overlap
        quarter.notes = draft.notes.strip()

    @staticmethod
    def _set_districts(session: Session, quarter: Quarter, district_ids: Iterable[uuid.UUID]) -> None:
        wanted = set(district_ids)
        existing = {
            m.district_id: m
            for m in session.scalars(select(QuarterDistrict).where(QuarterDistrict.quarter_id == quarter.id))
        }
        for district_id, membership in existing.items():
            if district_id in wanted and membership.deleted_at is not None:
                membership.deleted_at = None  # the unique (quarter, district) row is revived
            elif district_id not in wanted and membership.deleted_at is None:
                membership.deleted_at = utc_now()
        for district_id in sorted(wanted - existing.keys(), key=str):
            session.add(QuarterDistrict(quarter_id=quarter.id, district_id=district_id))

    def _validate(self, session: Session, draft: QuarterDraft, *, quarter_id: uuid.UUID | None) -> None:
        name = _clean_name(draft.name)
        if not name:
            raise ValidationError("quarter.name_missing", "Please give the quarter a name.", field="name")
        if len(name) > NAME_MAX:
            raise ValidationError(
                "quarter.name_too_long",
                "The name is too long ({length} characters). Shorten it to at most {limit} characters.",
                field="name",
                length=len(name),
                limit=NAME_MAX,
            )
        if not 2000 <= draft.base_year <= 2100:
            raise ValidationError(
                "quarter.base_year_invalid",
                "The base year {year} is not plausible. Enter a year from 2000 to 2100.",
                field="base_year",
                year=draft.base_year,
            )
        try:
            goal = Decimal(draft.lwsi_goal_percent)
        except (InvalidOperation, TypeError, ValueError):
            goal = Decimal(-1)
        if not (goal.is_finite() and Decimal(0) < goal <= Decimal(100)) or goal != goal.quantize(
            Decimal("0.01")
        ):
            raise ValidationError(
                "quarter.lwsi_goal_invalid",
                "The LWSI goal must be a percentage above 0 and at most 100 with at most two decimals, "
                "e.g. 10 for +10 %.",
                field="lwsi_goal_percent",
            )
        for field_name, value in (
            ("goal_reactivated_units", draft.goal_reactivated_units),
            ("goal_recommended_loans", draft.goal_recommended_loans),
            ("goal_jobs", draft.goal_jobs),
        ):
            if value is not None and not 0 < value <= 100_000:
                raise ValidationError(
                    "quarter.goal_invalid",
                    "A goal count must be a whole number above 0 (or left empty for no goal).",
                    field=field_name,
                )
        if not draft.district_ids:
            raise ValidationError(
                "quarter.no_districts",
                "A quarter needs at least one statistical district. Tick the districts it covers.",
                field="district_ids",
            )
        if len(set(draft.district_ids)) != len(draft.district_ids):
            raise ValidationError(
                "quarter.district_twice",
                "A district is listed twice. Tick each district once.",
                field="district_ids",
            )
        # Lock the district rows: a concurrent save of another quarter with these districts waits here and
        # then sees this one (PostgreSQL); SQLite writers are serialised by BEGIN IMMEDIATE anyway.
        found = {
            district_id: district_name
            for district_id, district_name in session.execute(
                select(District.id, District.name)
                .where(District.id.in_(draft.district_ids), District.deleted_at.is_(None))
                .with_for_update()
            )
        }
        if len(found) != len(draft.district_ids):
            raise ValidationError(
                "quarter.unknown_district",
                "One of the chosen districts does not exist (any more). Reload the district list.",
                field="district_ids",
            )
        same_name = select(Quarter.id).where(func.lower(Quarter.name) == name.lower())
        if quarter_id is not None:
            same_name = same_name.where(Quarter.id != quarter_id)
        if session.scalar(same_name.limit(1)) is not None:
            # Deleted quarters keep their name (the column is unique), so they count here too.
            raise ConflictError(
                "quarter.name_taken",
                "There is already a quarter called {name} (possibly deleted). Choose another name.",
                name=name,
            )
        if draft.responsible_id is not None:
            user = session.get(User, draft.responsible_id)
            if user is None or user.deleted_at is not None or not user.active:
                raise ValidationError(
                    "quarter.responsible_unknown",
                    "The responsible advisor is not an active user. Choose another advisor.",
                    field="responsible_id",
                )
        candidate = QuarterArea(
            quarter_id=quarter_id,
            name=name,
            district_ids=frozenset(draft.district_ids),
            allow_overlap=draft.allow_overlap,
            current=draft.status is not QuarterStatus.COMPLETED,
        )
        overlaps = forbidden_overlaps(candidate, self._areas(session, exclude=quarter_id))
        if overlaps:
            first = overlaps[0]
            raise ConflictError(
                "quarter.district_overlap",
                "The district {district} cannot be in both quarters {quarter} and {other} at once. Remove it "
                "from one of them, or allow overlapping in both quarters.",
                district=found[first.district_id],
                quarter=name,
                other=first.other.name,
                districts=tuple(sorted({found[o.district_id] for o in overlaps})),
            )

    @staticmethod
    def _areas(session: Session, *, exclude: uuid.UUID | None) -> list[QuarterArea]:
        districts: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for quarter_id, district_id in session.execute(
            select(QuarterDistrict.quarter_id, QuarterDistrict.district_id).where(
                QuarterDistrict.deleted_at.is_(None)
            )
        ):
            districts[quarter_id].add(district_id)
        quarters = session.scalars(
            select(Quarter).where(Quarter.deleted_at.is_(None), *([Quarter.id != exclude] if exclude else []))
        )
        return [
            QuarterArea(
                quarter_id=q.id,
                name=q.name,
                district_ids=frozenset(districts[q.id]),
                allow_overlap=q.allow_overlap,
                current=q.status is not QuarterStatus.COMPLETED,
            )
            for q in quarters
        ]

    def _overlapping_names(self, session: Session, quarter: Quarter) -> tuple[str, ...]:
        mine = set(session.scalars(quarter_district_ids_select(quarter.id)))
        names = {
            area.name
            for area in self._areas(session, exclude=quarter.id)
            if area.current and area.district_ids & mine
        }
        return tuple(sorted(names, key=str.casefold))


__all__ = [
    "GOAL_JOBS",
    "GOAL_REACTIVATED_UNITS",
    "GOAL_RECOMMENDED_LOANS",
    "LwsiProgress",
    "QuarterBusinessRow",
    "QuarterCaseRow",
    "QuarterDayRow",
    "QuarterDraft",
    "QuarterInitiativeRow",
    "QuarterPage",
    "QuarterPropertyRow",
    "QuarterRow",
    "QuarterService",
    "base_year_start",
    "in_quarter",
    "initiative_in_quarter",
    "quarter_district_ids_select",
    "quarter_lwsi_progress",
]
