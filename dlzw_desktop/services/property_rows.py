"""Values in and out of ``PropertyService``: drafts the UI fills, frozen rows it shows, queries it sends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from dlzw_desktop.domain.enums import (
    MatchStage,
    PropertyCondition,
    PropertyStatus,
    PropertyUse,
    SpaceRequestStatus,
)
from dlzw_desktop.domain.matching import (
    DemandProfile,
    Feature,
    FundRule,
    MatchingRules,
    MatchingWeights,
    ScoreParts,
)


class PartyKind(StrEnum):
    """Who a property belongs to or a request comes from."""

    PERSON = "person"
    BUSINESS = "business"
    CASE = "case"


@dataclass(frozen=True, slots=True)
class PartyRef:
    """A person, business or case, by id."""

    kind: PartyKind
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A person, business or case as a picker shows it."""

    kind: PartyKind
    id: uuid.UUID
    label: str
    detail: str = ""

    @property
    def ref(self) -> PartyRef:
        return PartyRef(self.kind, self.id)


@dataclass(frozen=True, slots=True)
class OwnerDraft:
    """A new owner recorded from the property dialog: a person (family and given names) or a business."""

    kind: PartyKind
    name: str
    given_names: str = ""
    phone: str = ""
    email: str = ""


# --- Properties ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PropertyDraft:
    """What the property dialog sends; amounts are ``Decimal`` euros a month, areas m²."""

    street: str
    area_m2: Decimal
    cold_rent: Decimal
    uses: frozenset[PropertyUse]
    postcode: str = ""
    borough_id: uuid.UUID | None = None
    district_id: uuid.UUID | None = None
    ground_floor: bool = True
    floor_note: str = ""
    rooms: int | None = None
    service_charges: Decimal = Decimal(0)
    shop_window: bool = False
    step_free: bool = False
    extra_features: frozenset[Feature] = frozenset()
    condition: PropertyCondition = PropertyCondition.READY
    renovation_needs: str = ""
    renovation_cost: Decimal | None = None
    vacant_since: date | None = None
    vacancy_reason: str = ""
    owner: PartyRef | None = None
    owner_consent: bool = False
    owner_consent_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PropertyRow:
    """A property with the names of its area and owner, as lists and dialogs show it."""

    id: uuid.UUID
    version: int
    street: str
    postcode: str
    borough_id: uuid.UUID | None
    borough_name: str
    district_id: uuid.UUID | None
    district_name: str
    ground_floor: bool
    floor_note: str
    area_m2: Decimal
    rooms: int | None
    cold_rent: Decimal
    service_charges: Decimal
    uses: frozenset[PropertyUse]
    shop_window: bool
    step_free: bool
    extra_features: frozenset[Feature]
    condition: PropertyCondition
    renovation_needs: str
    renovation_cost: Decimal | None
    vacant_since: date | None
    vacancy_reason: str
    owner: PartyRef | None
    owner_label: str
    owner_consent: bool
    owner_consent_on: date | None
    status: PropertyStatus
    status_since: date | None
    status_reason: str
    let_on: date | None
    notes: str
    photo_count: int
    open_matches: int

    @property
    def total_rent(self) -> Decimal:
        """Cold rent plus service charges a month."""
        return self.cold_rent + self.service_charges

    @property
    def label(self) -> str:
        """Street and postcode, e.g. "Hörder Bahnhofstr. 12, 44263"."""
        return f"{self.street}, {self.postcode}" if self.postcode else self.street

    @property
    def features(self) -> frozenset[Feature]:
        flags = {
            Feature.GROUND_FLOOR: self.ground_floor,
            Feature.SHOP_WINDOW: self.shop_window,
            Feature.STEP_FREE: self.step_free,
        }
        return frozenset(f for f, present in flags.items() if present) | self.extra_features

    def draft(self) -> PropertyDraft:
        """The row as a draft, to edit it."""
        return PropertyDraft(
            street=self.street,
            area_m2=self.area_m2,
            cold_rent=self.cold_rent,
            uses=self.uses,
            postcode=self.postcode,
            borough_id=self.borough_id,
            district_id=self.district_id,
            ground_floor=self.ground_floor,
            floor_note=self.floor_note,
            rooms=self.rooms,
            service_charges=self.service_charges,
            shop_window=self.shop_window,
            step_free=self.step_free,
            extra_features=self.extra_features,
            condition=self.condition,
            renovation_needs=self.renovation_needs,
            renovation_cost=self.renovation_cost,
            vacant_since=self.vacant_since,
            vacancy_reason=self.vacancy_reason,
            owner=self.owner,
            owner_consent=self.owner_consent,
            owner_consent_on=self.owner_consent_on,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class PropertyQuery:
    """Filters of the property list; ``None`` means any."""

    statuses: frozenset[PropertyStatus] | None = None
    borough_id: uuid.UUID | None = None
    text: str = ""
    limit: int | None = None  # the first ones by street (global search); None: all


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    """One step in a property's status history."""

    id: uuid.UUID
    from_status: PropertyStatus | None
    to_status: PropertyStatus
    changed_on: date
    reason: str
    changed_by: str
    match_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class PhotoRow:
    """A photo of a property in the attachment store."""

    id: uuid.UUID
    version: int
    property_id: uuid.UUID
    original_name: str
    media_type: str
    size_bytes: int


# --- Space requests --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpaceRequestDraft:
    """What the request dialog sends. ``max_rent`` includes service charges; ``None`` = no limit."""

    applicant: PartyRef
    use: PropertyUse
    sector_id: uuid.UUID | None = None
    min_area_m2: Decimal | None = None
    max_area_m2: Decimal | None = None
    max_rent: Decimal | None = None
    preferred_borough_ids: frozenset[uuid.UUID] = frozenset()
    preferred_district_ids: frozenset[uuid.UUID] = frozenset()
    must_haves: frozenset[Feature] = frozenset()
    nice_to_haves: frozenset[Feature] = frozenset()
    earliest_move_in: date | None = None
    notes: str = ""


MUST_HAVE_FEATURES: tuple[Feature, ...] = (Feature.GROUND_FLOOR, Feature.SHOP_WINDOW, Feature.STEP_FREE)
"""The features a request can insist on (they are stored as flags)."""


@dataclass(frozen=True, slots=True)
class SpaceRequestRow:
    """A space request with its applicant's name and the names of its preferred areas."""

    id: uuid.UUID
    version: int
    applicant: PartyRef
    applicant_label: str
    person_id: uuid.UUID | None
    business_id: uuid.UUID | None
    case_id: uuid.UUID | None
    use: PropertyUse
    sector_id: uuid.UUID | None
    sector_code: str | None
    sector_label: str
    min_area_m2: Decimal | None
    max_area_m2: Decimal | None
    max_rent: Decimal | None
    preferred_borough_ids: frozenset[uuid.UUID]
    preferred_district_ids: frozenset[uuid.UUID]
    preferred_labels: tuple[str, ...]
    must_haves: frozenset[Feature]
    nice_to_haves: frozenset[Feature]
    earliest_move_in: date | None
    status: SpaceRequestStatus
    status_reason: str
    notes: str
    open_matches: int

    def draft(self) -> SpaceRequestDraft:
        return SpaceRequestDraft(
            applicant=self.applicant,
            use=self.use,
            sector_id=self.sector_id,
            min_area_m2=self.min_area_m2,
            max_area_m2=self.max_area_m2,
            max_rent=self.max_rent,
            preferred_borough_ids=self.preferred_borough_ids,
            preferred_district_ids=self.preferred_district_ids,
            must_haves=self.must_haves,
            nice_to_haves=self.nice_to_haves,
            earliest_move_in=self.earliest_move_in,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class RequestQuery:
    """Filters of the request list; a borough matches when it or one of its districts is preferred."""

    statuses: frozenset[SpaceRequestStatus] | None = frozenset({SpaceRequestStatus.OPEN})
    borough_id: uuid.UUID | None = None
    text: str = ""


# --- Demand profile --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemandAreaRow:
    """A district or a quarter that can carry a demand profile."""

    kind: str  # "district" or "quarter"
    id: uuid.UUID
    name: str
    borough_name: str
    entries: int


@dataclass(frozen=True, slots=True)
class DemandEntryDraft:
    """A missed offer: a WZ code with a weight from above 0 to 10, for a district or a quarter."""

    sector_id: uuid.UUID
    weight: Decimal
    district_id: uuid.UUID | None = None
    quarter_id: uuid.UUID | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class DemandEntryRow:
    """An entry of a demand profile; ``meeting_on`` is set when it came from an initiative meeting."""

    id: uuid.UUID
    version: int
    district_id: uuid.UUID | None
    quarter_id: uuid.UUID | None
    area_name: str
    sector_id: uuid.UUID
    sector_code: str
    sector_label: str
    weight: Decimal
    note: str
    meeting_id: uuid.UUID | None
    meeting_on: date | None


# --- Matching --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatchingSettings:
    """Weights of the score parts, filter tolerances and the Anmietungs-Fonds rule (stored in Settings)."""

    weights: MatchingWeights = field(default_factory=MatchingWeights)
    rules: MatchingRules = field(default_factory=MatchingRules)
    fund: FundRule = field(default_factory=FundRule)


@dataclass(frozen=True, slots=True)
class MatchCandidate:
    """A ranked pairing (not yet stored): the score, its six visible parts and one German sentence.

    ``match_id``/``match_stage`` are set when this pairing has already been proposed.
    """

    request_id: uuid.UUID
    property_id: uuid.UUID
    property_label: str
    borough_name: str
    district_name: str
    applicant_label: str
    area_m2: Decimal
    total_rent: Decimal
    score: float
    parts: ScoreParts
    explanation: str
    fund_eligible: bool
    fund_reason: str
    match_id: uuid.UUID | None = None
    match_stage: MatchStage | None = None


@dataclass(frozen=True, slots=True)
class MatchRow:
    """A stored match and where it stands in the pipeline."""

    id: uuid.UUID
    version: int
    request_id: uuid.UUID
    property_id: uuid.UUID
    applicant_label: str
    property_label: str
    borough_id: uuid.UUID | None
    borough_name: str
    district_name: str
    area_m2: Decimal
    stage: MatchStage
    stage_on: date | None
    score: Decimal | None
    parts: ScoreParts | None
    explanation: str
    fund_eligible: bool
    fund_reason: str
    rejection_reason: str
    lease_signed_on: date | None
    opened_on: date | None
    note: str


@dataclass(frozen=True, slots=True)
class MatchQuery:
    """Filters of the match list."""

    stages: frozenset[MatchStage] | None = None
    request_id: uuid.UUID | None = None
    property_id: uuid.UUID | None = None
    borough_id: uuid.UUID | None = None


# --- Figures ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReactivatedArea:
    """Units let again in a period and their m² (each letting counts once, on its day)."""

    start: date
    end: date
    units: int
    area_m2: Decimal
    by_borough: tuple[tuple[str, int, Decimal], ...]  # (borough name, units, m²), boroughs with lettings


@dataclass(frozen=True, slots=True)
class BoroughFigures:
    """What the district map colours: vacant units, open cases and m² reactivated in the year."""

    borough_id: uuid.UUID
    name: str
    vacant: int
    open_cases: int
    reactivated_m2: Decimal
    reactivated_units: int


@dataclass(frozen=True, slots=True)
class MatchingInputs:
    """The demand profile and settings the matcher uses now (for tests and diagnostics)."""

    profile: DemandProfile
    settings: MatchingSettings
