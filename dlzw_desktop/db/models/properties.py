"""Vacant commercial units, space requests, district demand profiles and matches."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dlzw_desktop.db.base import Base, Tracked
from dlzw_desktop.db.types import Money, enum_type
from dlzw_desktop.domain.enums import MatchStage, PropertyCondition, PropertyStatus, SpaceRequestStatus


class Property(Tracked, Base):
    """Leerstand / Gewerbeimmobilie: a vacant commercial unit and its owner's consent to list it."""

    __tablename__ = "properties"
    __table_args__ = (
        CheckConstraint("area_m2 > 0 AND area_m2 <= 100000", name="area_plausible"),
        CheckConstraint("rooms IS NULL OR (rooms >= 0 AND rooms <= 500)", name="rooms_plausible"),
        CheckConstraint("cold_rent_cents >= 0", name="rent_not_negative"),
        CheckConstraint("service_charges_cents >= 0", name="charges_not_negative"),
        CheckConstraint(
            "renovation_cost_cents IS NULL OR renovation_cost_cents >= 0", name="renovation_not_negative"
        ),
        CheckConstraint("(owner_person_id IS NULL) OR (owner_business_id IS NULL)", name="one_owner_kind"),
        # A unit is offered only with its owner's recorded consent (who consented, and when).
        CheckConstraint(
            "NOT owner_consent OR ((owner_person_id IS NOT NULL OR owner_business_id IS NOT NULL) "
            "AND owner_consent_on IS NOT NULL)",
            name="consent_has_owner_and_date",
        ),
    )

    street: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    borough_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("boroughs.id"), index=True)
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"), index=True)
    ground_floor: Mapped[bool] = mapped_column(default=True)
    floor_note: Mapped[str] = mapped_column(String(60), default="")
    area_m2: Mapped[Decimal] = mapped_column(Numeric(9, 2))
    rooms: Mapped[int | None]
    cold_rent: Mapped[Decimal] = mapped_column("cold_rent_cents", Money)
    service_charges: Mapped[Decimal] = mapped_column("service_charges_cents", Money, default=Decimal(0))
    uses: Mapped[list[str]] = mapped_column(JSON, default=list)  # PropertyUse values
    shop_window: Mapped[bool] = mapped_column(default=False)
    step_free: Mapped[bool] = mapped_column(default=False)
    extra_features: Mapped[list[str]] = mapped_column(JSON, default=list)  # matching.Feature values
    condition: Mapped[PropertyCondition] = mapped_column(
        enum_type(PropertyCondition), default=PropertyCondition.READY
    )
    renovation_needs: Mapped[str] = mapped_column(Text, default="")
    renovation_cost: Mapped[Decimal | None] = mapped_column("renovation_cost_cents", Money)
    vacant_since: Mapped[date | None]
    vacancy_reason: Mapped[str] = mapped_column(Text, default="")
    owner_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    owner_business_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("businesses.id"))
    owner_consent: Mapped[bool] = mapped_column(default=False)
    owner_consent_on: Mapped[date | None]
    status: Mapped[PropertyStatus] = mapped_column(
        enum_type(PropertyStatus), default=PropertyStatus.VACANT, index=True
    )
    status_since: Mapped[date | None]
    status_reason: Mapped[str] = mapped_column(Text, default="")
    let_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class PropertyStatusChange(Tracked, Base):
    """One step of a property's status, with its reason; entries into "let" count as reactivated space.

    Area, borough and district are copied at the time of the step, so that reports of past periods do not
    change when the record is corrected later.
    """

    __tablename__ = "property_status_changes"
    __table_args__ = (CheckConstraint("area_m2 > 0", name="area_positive"),)

    property_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("properties.id"), index=True)
    from_status: Mapped[PropertyStatus | None] = mapped_column(enum_type(PropertyStatus, "from_status"))
    to_status: Mapped[PropertyStatus] = mapped_column(enum_type(PropertyStatus, "to_status"), index=True)
    changed_on: Mapped[date] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    match_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("matches.id"))
    area_m2: Mapped[Decimal] = mapped_column(Numeric(9, 2))
    borough_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("boroughs.id"))
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"))


class SpaceRequest(Tracked, Base):
    """Gesuch: the space a founder is looking for."""

    __tablename__ = "space_requests"
    __table_args__ = (
        CheckConstraint("min_area_m2 IS NULL OR min_area_m2 > 0", name="min_area_positive"),
        CheckConstraint(
            "max_area_m2 IS NULL OR min_area_m2 IS NULL OR max_area_m2 >= min_area_m2", name="area_range"
        ),
        CheckConstraint("max_rent_cents IS NULL OR max_rent_cents >= 0", name="rent_not_negative"),
    )

    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    business_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("businesses.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    sector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sectors.id"))
    use: Mapped[str] = mapped_column(String(20))  # PropertyUse value
    min_area_m2: Mapped[Decimal | None] = mapped_column(Numeric(9, 2))
    max_area_m2: Mapped[Decimal | None] = mapped_column(Numeric(9, 2))
    max_rent: Mapped[Decimal | None] = mapped_column("max_rent_cents", Money)
    preferred_district_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    preferred_borough_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs_ground_floor: Mapped[bool] = mapped_column(default=False)
    needs_shop_window: Mapped[bool] = mapped_column(default=False)
    needs_step_free: Mapped[bool] = mapped_column(default=False)
    nice_to_haves: Mapped[list[str]] = mapped_column(JSON, default=list)  # matching.Feature values
    earliest_move_in: Mapped[date | None]
    status: Mapped[SpaceRequestStatus] = mapped_column(
        enum_type(SpaceRequestStatus), default=SpaceRequestStatus.OPEN
    )
    status_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class DemandEntry(Tracked, Base):
    """An offer a district's residents miss, as a WZ class with a weight (district demand profile)."""

    __tablename__ = "demand_entries"
    __table_args__ = (
        CheckConstraint("weight > 0 AND weight <= 10", name="weight_range"),
        CheckConstraint("district_id IS NOT NULL OR quarter_id IS NOT NULL", name="has_area"),
    )

    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"), index=True)
    quarter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quarters.id"), index=True)
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sectors.id"))
    weight: Mapped[Decimal] = mapped_column(Numeric(4, 2), default=Decimal(1))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiative_meetings.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Match(Tracked, Base):
    """Vorschlag / Vermittlung: a proposed pairing of a request and a property, and its outcome."""

    __tablename__ = "matches"
    __table_args__ = (
        UniqueConstraint("request_id", "property_id"),
        CheckConstraint("stage <> 'rejected' OR rejection_reason <> ''", name="rejection_has_reason"),
        CheckConstraint(
            "stage NOT IN ('lease_signed', 'business_opened') OR lease_signed_on IS NOT NULL",
            name="lease_has_date",
        ),
    )

    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("space_requests.id"), index=True)
    property_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("properties.id"), index=True)
    stage: Mapped[MatchStage] = mapped_column(enum_type(MatchStage), default=MatchStage.PROPOSED)
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 4))
    score_parts: Mapped[dict[str, float] | None] = mapped_column(JSON)  # ScoreParts at proposal time
    explanation: Mapped[str] = mapped_column(Text, default="")
    fund_eligible: Mapped[bool] = mapped_column(default=False)
    fund_reason: Mapped[str] = mapped_column(Text, default="")
    stage_on: Mapped[date | None]  # the day the current stage was reached
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    lease_signed_on: Mapped[date | None]
    opened_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
