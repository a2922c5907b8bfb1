"""Explainable matching of vacant commercial units (Leerstand) and space requests (Gesuche).

A pairing is first checked against hard filters: the owner consented to listing, the unit is vacant,
allows the requested use, fits the size and rent limits (within tolerances), is available in time and has
every must-have feature. A unit without owner consent is never proposed. Pairings that pass get six
visible score parts in [0, 1] (size, rent, location, features, demand profile, renovation effort), a
total that is their weighted mean, one German sentence that explains the result, and the
Anmietungs-Fonds flag.

The arithmetic is vectorised with numpy over a :class:`PropertyMatrix` that is built once and reused for
every request. ``tests/domain/matching_reference.py`` is a plain-Python twin that the tests compare with.
Scores are floats: they are no money, and the service stores them with four places (``score_decimal``).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, NamedTuple, TypeAlias
from uuid import UUID

import numpy as np
import numpy.typing as npt

from dlzw_desktop.domain.enums import PropertyCondition, PropertyStatus, PropertyUse
from dlzw_desktop.domain.money import format_eur, format_plain, round_cents, to_cents
from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

EntityId: TypeAlias = UUID | str
"""Primary key of a row (UUID) or any string id (tests, imports)."""

MAX_AREA_M2 = Decimal(100000)
_CENTI = Decimal("0.01")
# Upper bound for "no limit" in integer comparisons; far above any area in centi-m² or rent in cents.
_NO_LIMIT = 2**62
# Ordinal of "available now" (smaller than any real date's ordinal, which starts at 1).
_AVAILABLE_NOW = 0

# Explanation bands: a part at or above _STRONG is a reason to propose, below _POOR a drawback.
_STRONG = 0.6
_POOR = 0.4

ProgressCallback: TypeAlias = Callable[[int, int], None]


class Feature(StrEnum):
    """A feature of a unit that a request can require (must-have) or wish for (nice-to-have)."""

    GROUND_FLOOR = "ground_floor"
    SHOP_WINDOW = "shop_window"
    STEP_FREE = "step_free"
    KITCHEN = "kitchen"
    STORAGE = "storage"
    PARKING = "parking"
    OUTDOOR_AREA = "outdoor_area"
    CUSTOMER_TOILET = "customer_toilet"


FEATURE_LABELS_DE: Mapping[Feature, str] = {
    Feature.GROUND_FLOOR: "Erdgeschoss",
    Feature.SHOP_WINDOW: "Schaufenster",
    Feature.STEP_FREE: "stufenloser Zugang",
    Feature.KITCHEN: "Küche",
    Feature.STORAGE: "Lagerraum",
    Feature.PARKING: "Stellplätze",
    Feature.OUTDOOR_AREA: "Außenfläche",
    Feature.CUSTOMER_TOILET: "Kundentoilette",
}


class HardFilter(StrEnum):
    """A rule that excludes a pairing before any scoring (see :meth:`Matcher.unmet_filters`)."""

    OWNER_CONSENT = "owner_consent"
    STATUS = "status"
    USE = "use"
    AREA = "area"
    RENT = "rent"
    AVAILABILITY = "availability"
    MUST_HAVES = "must_haves"


_USES: tuple[PropertyUse, ...] = tuple(PropertyUse)
_USE_BIT: Mapping[str, int] = {use: 1 << i for i, use in enumerate(_USES)}
_FEATURES: tuple[Feature, ...] = tuple(Feature)
_FEATURE_BIT: Mapping[str, int] = {feature: 1 << i for i, feature in enumerate(_FEATURES)}
_POPCOUNT: npt.NDArray[np.int64] = np.array([bin(i).count("1") for i in range(1 << len(_FEATURES))])
_CONDITIONS: tuple[PropertyCondition, ...] = tuple(PropertyCondition)


def features_of(
    *, ground_floor: bool, shop_window: bool, step_free: bool, extra: Iterable[Feature] = ()
) -> frozenset[Feature]:
    """The feature set of a unit from the stored flags of a ``Property`` row (plus further features)."""
    flags = {
        Feature.GROUND_FLOOR: ground_floor,
        Feature.SHOP_WINDOW: shop_window,
        Feature.STEP_FREE: step_free,
    }
    return frozenset(feature for feature, present in flags.items() if present) | frozenset(extra)


# --- WZ 2008 sector codes -------------------------------------------------------------------------

# Sections of WZ 2008 by their range of two-digit divisions (identical to NACE Rev. 2).
_WZ_SECTIONS: tuple[tuple[str, int, int], ...] = (
    ("A", 1, 3), ("B", 5, 9), ("C", 10, 33), ("D", 35, 35), ("E", 36, 39), ("F", 41, 43),
    ("G", 45, 47), ("H", 49, 53), ("I", 55, 56), ("J", 58, 63), ("K", 64, 66), ("L", 68, 68),
    ("M", 69, 75), ("N", 77, 82), ("O", 84, 84), ("P", 85, 85), ("Q", 86, 88), ("R", 90, 93),
    ("S", 94, 96), ("T", 97, 98), ("U", 99, 99),
)  # fmt: skip
_SECTION_OF_DIVISION: Mapping[str, str] = {
    f"{division:02d}": section for section, low, high in _WZ_SECTIONS for division in range(low, high + 1)
}
_SECTIONS = frozenset(section for section, _, _ in _WZ_SECTIONS)
_WZ_CODE = re.compile(
    r"^(?:(?P<section>[A-Z])|(?P<division>\d{2})(?:\.(?P<group>\d)(?:(?P<cls>\d)(?:\.\d)?)?)?)$"
)


def wz_path(code: str, *, field: str | None = "sector_code") -> tuple[str, ...]:
    """The WZ 2008 hierarchy of a code, coarse to fine: ``("C", "10", "10.7", "10.71")`` for ``10.71``.

    Accepts a section letter, a division (``10``), a group (``10.7``), a class (``10.71``) or a subclass
    (``10.71.0``, which counts as its class). Raises ``ValidationError`` (``sector.code_invalid``).
    """
    match = _WZ_CODE.match(code.strip().upper())
    if match is not None:
        if match["section"] is not None:
            if match["section"] in _SECTIONS:
                return (match["section"],)
        else:
            division = match["division"]
            section = _SECTION_OF_DIVISION.get(division)
            if section is not None:
                path = [section, division]
                if match["group"] is not None:
                    path.append(f"{division}.{match['group']}")
                    if match["cls"] is not None:
                        path.append(f"{division}.{match['group']}{match['cls']}")
                return tuple(path)
    raise ValidationError(
        "sector.code_invalid",
        "'{text}' is not a WZ 2008 sector code. Enter it like 47.24 (class), 47.2 (group), 47 (division) "
        "or G (section).",
        field=field,
        text=code,
    )


def _common_depth(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    """How many levels (section, division, group, class) two WZ paths share from the top."""
    depth = 0
    for mine, theirs in zip(first, second, strict=False):
        if mine != theirs:
            break
        depth += 1
    return depth


# --- Inputs ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PropertyFacts:
    """What matching needs to know about one vacant unit (built by the service from a ``Property`` row).

    ``available_from`` is the day the unit can be handed over (``Property.vacant_since`` when that lies in
    the future); ``None`` means now. ``quarter_ids`` are the target quarters the unit's district belongs
    to. Names are only used in the explanation.
    """

    property_id: EntityId
    area_m2: Decimal
    cold_rent: Decimal
    service_charges: Decimal = Decimal(0)
    uses: frozenset[PropertyUse] = frozenset()
    features: frozenset[Feature] = frozenset()
    district_id: EntityId | None = None
    borough_id: EntityId | None = None
    quarter_ids: frozenset[EntityId] = frozenset()
    condition: PropertyCondition = PropertyCondition.READY
    renovation_cost: Decimal | None = None
    owner_consent: bool = False
    status: PropertyStatus = PropertyStatus.VACANT
    available_from: date | None = None
    district_name: str = ""
    borough_name: str = ""


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What matching needs to know about one space request (built from a ``SpaceRequest`` row).

    ``max_rent`` is the monthly limit for cold rent plus service charges. ``sector_code`` is the founder's
    WZ 2008 code (e.g. ``"10.71"``), ``sector_label`` its short German name for the explanation
    ("Bäckerei"). Nice-to-haves that are also must-haves count as must-haves only.
    """

    request_id: EntityId
    use: PropertyUse
    min_area_m2: Decimal | None = None
    max_area_m2: Decimal | None = None
    max_rent: Decimal | None = None
    preferred_district_ids: frozenset[EntityId] = frozenset()
    preferred_borough_ids: frozenset[EntityId] = frozenset()
    must_haves: frozenset[Feature] = frozenset()
    nice_to_haves: frozenset[Feature] = frozenset()
    earliest_move_in: date | None = None
    sector_code: str | None = None
    sector_label: str = ""


def _area_key(area_id: EntityId) -> str:
    """One spelling per area id: property rows hold UUIDs, request rows JSON strings of them."""
    if isinstance(area_id, UUID):
        return str(area_id)
    try:
        return str(UUID(area_id))
    except ValueError:
        return area_id


def _id_key(entity_id: EntityId) -> str:
    """Sort key of an id for deterministic tie-breaking."""
    return str(entity_id)


_Weight: TypeAlias = Decimal | float | int
# Mapping keys are invariant: accept UUID-keyed, string-keyed and mixed mappings alike.
DemandWeights: TypeAlias = (
    Mapping[UUID, Mapping[str, _Weight]]
    | Mapping[str, Mapping[str, _Weight]]
    | Mapping[EntityId, Mapping[str, _Weight]]
)


@dataclass(frozen=True, slots=True)
class DemandProfile:
    """Offers that residents miss, per district or quarter: area id -> {WZ code: weight > 0}.

    Built by the service from ``DemandEntry`` rows. Weights are relative within one area: the area's most
    missed offer counts fully, an offer with half that weight counts half.
    """

    weights: DemandWeights = field(default_factory=dict)
    _entries: Mapping[str, tuple[tuple[tuple[str, ...], float], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        entries: dict[str, list[tuple[tuple[str, ...], float]]] = {}
        for area_id, codes in self.weights.items():
            for code, raw_weight in codes.items():
                path = wz_path(code, field="sector")
                weight = float(raw_weight)
                if not (math.isfinite(weight) and weight > 0):
                    raise ValidationError(
                        "demand.weight_invalid",
                        "The weight {weight} of the missed offer {sector} is not valid. Enter a number above "
                        "0, e.g. 1 for missed and 10 for missed badly.",
                        field="weight",
                        weight=str(raw_weight),
                        sector=code,
                    )
                entries.setdefault(_area_key(area_id), []).append((path, weight))
        object.__setattr__(self, "_entries", {key: tuple(value) for key, value in entries.items()})

    def fit(self, sector: tuple[str, ...], area_id: EntityId, rules: MatchingRules) -> tuple[float, int]:
        """How strongly an area misses a sector, in [0, 1], and the WZ depth of the best entry (0-4)."""
        entries = self._entries.get(_area_key(area_id))
        if not entries or not sector:
            return 0.0, 0
        top = max(weight for _, weight in entries)
        best, best_depth = 0.0, 0
        for path, weight in entries:
            depth = _common_depth(sector, path)
            value = (rules.depth_factor(depth) * weight) / top
            if value > best:
                best, best_depth = value, depth
        return best, best_depth


# --- Settings --------------------------------------------------------------------------------------


def _check_unit_interval(code: str, name: str, value: float) -> None:
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValidationError(
            code,
            "The matching setting '{name}' is {value}; enter a value from 0 to 1.",
            field=name,
            name=name,
            value=value,
        )


@dataclass(frozen=True, slots=True)
class MatchingWeights:
    """Relative weights of the six score parts; the total score is their weighted mean.

    Defaults: rent 3 (the most common deal-breaker for a founder), size, location and demand fit 2 each,
    features and renovation effort 1 each. Only ratios matter; a weight of 0 switches a part off.
    """

    size: float = 2.0
    rent: float = 3.0
    location: float = 2.0
    features: float = 1.0
    demand: float = 2.0
    renovation: float = 1.0

    def __post_init__(self) -> None:
        for name in ("size", "rent", "location", "features", "demand", "renovation"):
            value = float(getattr(self, name))
            if not (math.isfinite(value) and value >= 0.0):
                raise ValidationError(
                    "matching.weight_invalid",
                    "The weight of '{name}' is {value}; enter 0 (ignore) or a positive number.",
                    field=name,
                    name=name,
                    value=value,
                )
        if self.total <= 0.0:
            raise ValidationError(
                "matching.weights_all_zero",
                "All matching weights are 0. Give at least one score part a positive weight.",
            )

    @property
    def total(self) -> float:
        """Sum of the weights, added in the order the score adds the parts."""
        return self.size + self.rent + self.location + self.features + self.demand + self.renovation


@dataclass(frozen=True, slots=True)
class MatchingRules:
    """Tolerances of the hard filters and the scales of the score parts (stored in the settings).

    - ``area_tolerance`` 0.10: a unit may be 10 % smaller than the minimum or larger than the maximum.
    - ``rent_tolerance`` 0.05: rent plus service charges may exceed the limit by 5 %.
    - ``move_in_grace_days`` 90: a unit handed over up to 90 days after the wished move-in still counts.
    - size: 1 at the middle of the wished range, ``size_score_at_edge`` at its limits, 0 at the tolerance.
    - rent: 1 up to ``rent_comfort_share`` of the limit, ``rent_score_at_max`` at the limit, 0 at the
      tolerance.
    - location: 1 in a preferred district, ``location_borough`` in a preferred borough, else
      ``location_elsewhere``; 1 when the request names no place.
    - demand: the best entry of the unit's district or quarters; same class 1, same group
      ``demand_group``, division ``demand_division``, section ``demand_section``; times the entry's
      weight relative to the area's top weight; 0 without a sector code.
    - renovation: the condition's score times ``1 - cost / renovation_cost_ceiling`` (not below 0).
    """

    area_tolerance: Decimal = Decimal("0.10")
    rent_tolerance: Decimal = Decimal("0.05")
    move_in_grace_days: int = 90
    size_score_at_edge: float = 0.8
    rent_score_at_max: float = 0.6
    rent_comfort_share: float = 0.8
    location_borough: float = 0.6
    location_elsewhere: float = 0.2
    demand_group: float = 0.75
    demand_division: float = 0.5
    demand_section: float = 0.25
    condition_ready: float = 1.0
    condition_minor_work: float = 0.75
    condition_renovation: float = 0.4
    condition_major_renovation: float = 0.1
    renovation_cost_ceiling: Decimal = Decimal(50000)

    def __post_init__(self) -> None:
        for name, tolerance in (
            ("area_tolerance", self.area_tolerance),
            ("rent_tolerance", self.rent_tolerance),
        ):
            if not (tolerance.is_finite() and Decimal(0) <= tolerance < 1):
                raise ValidationError(
                    "matching.tolerance_invalid",
                    "The tolerance '{name}' is {value}; enter a fraction from 0 up to below 1, e.g. 0.1 "
                    "for 10 %.",
                    field=name,
                    name=name,
                    value=str(tolerance),
                )
        for name in (
            "size_score_at_edge", "rent_score_at_max", "location_borough", "location_elsewhere",
            "demand_group", "demand_division", "demand_section", "condition_ready",
            "condition_minor_work", "condition_renovation", "condition_major_renovation",
        ):  # fmt: skip
            _check_unit_interval("matching.setting_invalid", name, float(getattr(self, name)))
        if not (math.isfinite(self.rent_comfort_share) and 0.0 <= self.rent_comfort_share < 1.0):
            raise ValidationError(
                "matching.setting_invalid",
                "The matching setting '{name}' is {value}; enter a value from 0 up to below 1.",
                field="rent_comfort_share",
                name="rent_comfort_share",
                value=self.rent_comfort_share,
            )
        if self.move_in_grace_days < 0:
            raise ValidationError(
                "matching.grace_negative",
                "The move-in grace period is {value} days; enter 0 or more days.",
                field="move_in_grace_days",
                value=self.move_in_grace_days,
            )
        if not (self.renovation_cost_ceiling.is_finite() and self.renovation_cost_ceiling > 0):
            raise ValidationError(
                "matching.renovation_ceiling_invalid",
                "The renovation cost ceiling is {value}; enter a positive amount in euros.",
                field="renovation_cost_ceiling",
                value=str(self.renovation_cost_ceiling),
            )

    def depth_factor(self, depth: int) -> float:
        """Score of a demand entry sharing ``depth`` WZ levels with the request (4 = same class)."""
        return (0.0, self.demand_section, self.demand_division, self.demand_group, 1.0)[depth]

    def condition_score(self, condition: PropertyCondition) -> float:
        """Renovation score of a condition before its cost is considered."""
        return {
            PropertyCondition.READY: self.condition_ready,
            PropertyCondition.MINOR_WORK: self.condition_minor_work,
            PropertyCondition.RENOVATION: self.condition_renovation,
            PropertyCondition.MAJOR_RENOVATION: self.condition_major_renovation,
        }[condition]


@dataclass(frozen=True, slots=True)
class FundRule:
    """Anmietungs-Fonds: the city rents a vacant ground-floor unit and sublets it cheaply to a founder.

    A match qualifies when the unit is at most ``max_area_m2`` large, lies on the ground floor (if
    ``ground_floor``) and the founder's sector fits the area's demand profile (demand part at least
    ``min_demand``). The sublease runs at most ``max_months`` months; the flag's reason says so.
    """

    enabled: bool = True
    max_area_m2: Decimal = Decimal(300)
    ground_floor: bool = True
    min_demand: float = 0.5
    max_months: int = 24

    def __post_init__(self) -> None:
        if not (self.max_area_m2.is_finite() and self.max_area_m2 > 0):
            raise ValidationError(
                "fund.max_area_invalid",
                "The fund's largest area is {value} m²; enter a positive number of square metres.",
                field="max_area_m2",
                value=str(self.max_area_m2),
            )
        _check_unit_interval("fund.min_demand_invalid", "min_demand", float(self.min_demand))
        if self.max_months <= 0:
            raise ValidationError(
                "fund.max_months_invalid",
                "The fund's longest sublease is {value} months; enter a positive number of months.",
                field="max_months",
                value=self.max_months,
            )


# --- Results ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """The six visible parts of a score, each in [0, 1] (1 = fits perfectly)."""

    size: float
    rent: float
    location: float
    features: float
    demand: float
    renovation: float

    def items(self) -> tuple[tuple[str, float], ...]:
        """(name, value) pairs in display order."""
        return (
            ("size", self.size),
            ("rent", self.rent),
            ("location", self.location),
            ("features", self.features),
            ("demand", self.demand),
            ("renovation", self.renovation),
        )


@dataclass(frozen=True, slots=True)
class MatchResult:
    """One proposed pairing: the total score in [0, 1], its parts, why, and the fund flag."""

    request_id: EntityId
    property_id: EntityId
    score: float
    parts: ScoreParts
    explanation: str
    fund_eligible: bool
    fund_reason: str

    @property
    def score_decimal(self) -> Decimal:
        """The score with four places, as ``Match.score`` stores it."""
        return Decimal(repr(self.score)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


# --- Validation ------------------------------------------------------------------------------------


def _quantize_area(value: Decimal) -> Decimal:
    return value.quantize(_CENTI, rounding=ROUND_HALF_UP)


def _check_area(value: Decimal, *, code: str, what: str, field_name: str) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{field_name} must be Decimal, not {type(value).__name__}")
    if not value.is_finite() or _quantize_area(value) <= 0 or value > MAX_AREA_M2:
        raise ValidationError(
            code,
            "The {what} of {value} m² is not plausible. Enter the usable floor area in square metres, above "
            "0 and at most 100.000 m².",
            field=field_name,
            what=what,
            value=str(value),
        )


def _check_money(value: Decimal, *, code: str, message: str, field_name: str) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{field_name} must be Decimal, not {type(value).__name__}")
    if not value.is_finite() or value < 0:
        raise ValidationError(code, message, field=field_name, value=str(value))


_ALLOWED: Mapping[type[StrEnum], frozenset[str]] = {
    kind: frozenset(member.value for member in kind)
    for kind in (PropertyUse, Feature, PropertyCondition, PropertyStatus)
}


def _check_members(values: Iterable[str], kind: type[StrEnum], *, code: str, field_name: str) -> None:
    allowed = _ALLOWED[kind]
    for value in values:
        if value not in allowed:
            raise ValidationError(
                code,
                "'{value}' is not allowed in {what}. Choose one of: {allowed}.",
                field=field_name,
                what=field_name,
                value=value,
                allowed=", ".join(sorted(allowed)),
            )


def validate_property_facts(facts: PropertyFacts) -> None:
    """Refuse implausible units: area not in (0, 100000] m², negative rent, charges or renovation cost."""
    _check_area(facts.area_m2, code="property.area_implausible", what="area", field_name="area_m2")
    _check_money(
        facts.cold_rent,
        code="property.rent_negative",
        message="The cold rent of {value} € is negative. Enter the monthly cold rent in euros (0 if the "
        "owner asks none).",
        field_name="cold_rent",
    )
    _check_money(
        facts.service_charges,
        code="property.service_charges_negative",
        message="The service charges of {value} € are negative. Enter the monthly service charges in "
        "euros (0 if there are none).",
        field_name="service_charges",
    )
    if facts.renovation_cost is not None:
        _check_money(
            facts.renovation_cost,
            code="property.renovation_cost_negative",
            message="The renovation cost of {value} € is negative. Enter the estimated cost in euros or "
            "leave it empty if unknown.",
            field_name="renovation_cost",
        )
    _check_members(facts.uses, PropertyUse, code="property.use_unknown", field_name="uses")
    _check_members(facts.features, Feature, code="property.feature_unknown", field_name="features")
    _check_members(
        [facts.condition], PropertyCondition, code="property.condition_unknown", field_name="condition"
    )
    _check_members([facts.status], PropertyStatus, code="property.status_unknown", field_name="status")


def validate_request_facts(facts: RequestFacts) -> None:
    """Refuse implausible requests: area limits outside (0, 100000] m² or inverted, negative rent limit."""
    if facts.min_area_m2 is not None:
        _check_area(
            facts.min_area_m2,
            code="request.min_area_implausible",
            what="smallest area",
            field_name="min_area_m2",
        )
    if facts.max_area_m2 is not None:
        _check_area(
            facts.max_area_m2,
            code="request.max_area_implausible",
            what="largest area",
            field_name="max_area_m2",
        )
    if (
        facts.min_area_m2 is not None
        and facts.max_area_m2 is not None
        and facts.min_area_m2 > facts.max_area_m2
    ):
        raise ValidationError(
            "request.area_range_inverted",
            "The smallest area ({min} m²) is larger than the largest ({max} m²). Swap them or correct one.",
            field="max_area_m2",
            min=str(facts.min_area_m2),
            max=str(facts.max_area_m2),
        )
    if facts.max_rent is not None:
        _check_money(
            facts.max_rent,
            code="request.max_rent_negative",
            message="The rent limit of {value} € is negative. Enter the highest monthly rent including "
            "service charges the founder can pay, or leave it empty for no limit.",
            field_name="max_rent",
        )
    _check_members([facts.use], PropertyUse, code="request.use_unknown", field_name="use")
    _check_members(facts.must_haves, Feature, code="request.feature_unknown", field_name="must_haves")
    _check_members(facts.nice_to_haves, Feature, code="request.feature_unknown", field_name="nice_to_haves")
    if facts.sector_code is not None:
        wz_path(facts.sector_code)


# --- Arrays ----------------------------------------------------------------------------------------

_Array: TypeAlias = npt.NDArray[Any]


def _readonly(array: _Array) -> _Array:
    array.flags.writeable = False
    return array


def _vocabulary(keys: Iterable[str]) -> dict[str, int]:
    return {key: position for position, key in enumerate(sorted(set(keys)))}


def _mask(values: Iterable[str], bits: Mapping[str, int]) -> int:
    mask = 0
    for value in values:
        mask |= bits[value]
    return mask


def _rank_of(keys: Sequence[str]) -> _Array:
    """Position of each key in ascending order (ties impossible: keys are unique ids)."""
    ranks = np.empty(len(keys), dtype=np.int64)
    ranks[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys), dtype=np.int64)
    return ranks


class _PSide(NamedTuple):
    """Property-side columns of the kernel (all rows, a subset, or one row)."""

    area_centi: _Array
    area: _Array
    rent_cents: _Array
    rent: _Array
    use_mask: _Array
    feature_mask: _Array
    consent: _Array
    vacant: _Array
    available: _Array
    renovation: _Array
    district: _Array
    borough: _Array
    areas: _Array

    def take(self, rows: _Array) -> _PSide:
        return _PSide._make(column[rows] for column in self)


class _RSide(NamedTuple):
    """Request-side columns of the kernel (all rows, a subset, or one row)."""

    use_bit: _Array
    must_mask: _Array
    nice_mask: _Array
    nice_count: _Array
    low_centi: _Array
    high_centi: _Array
    min_area: _Array
    max_area: _Array
    has_min: _Array
    has_max: _Array
    rent_limit: _Array
    max_rent: _Array
    has_max_rent: _Array
    move_in_limit: _Array
    has_place: _Array

    def take(self, rows: _Array) -> _RSide:
        return _RSide._make(column[rows] for column in self)


class PropertyMatrix:
    """Vacant units as numpy columns: validated and converted once, reused for every request.

    Raises ``ValidationError`` for an implausible unit (see :func:`validate_property_facts`) and
    ``ValueError`` for a duplicate id.
    """

    __slots__ = (
        "_available",
        "_notes",
        "_renovation_cache",
        "area",
        "area_centi",
        "area_index",
        "area_positions",
        "borough",
        "borough_positions",
        "condition",
        "consent",
        "district",
        "district_positions",
        "facts",
        "feature_mask",
        "has_cost",
        "id_rank",
        "position_of",
        "renovation_cost",
        "rent",
        "rent_cents",
        "use_mask",
        "vacant",
    )

    def __init__(self, properties: Iterable[PropertyFacts]) -> None:
        self.facts: tuple[PropertyFacts, ...] = tuple(properties)
        for facts in self.facts:
            validate_property_facts(facts)
        keys = [_id_key(facts.property_id) for facts in self.facts]
        self.position_of: dict[str, int] = {key: row for row, key in enumerate(keys)}
        if len(self.position_of) != len(keys):
            raise ValueError("duplicate property ids in the matrix")
        self.id_rank = _readonly(_rank_of(keys))
        self.area_centi = _readonly(
            np.array([int(_quantize_area(f.area_m2) * 100) for f in self.facts], dtype=np.int64)
        )
        self.area = _readonly(self.area_centi / 100.0)
        self.rent_cents = _readonly(
            np.array(
                [to_cents(f.cold_rent) + to_cents(f.service_charges) for f in self.facts], dtype=np.int64
            )
        )
        self.rent = _readonly(self.rent_cents / 100.0)
        self.use_mask = _readonly(np.array([_mask(f.uses, _USE_BIT) for f in self.facts], dtype=np.int64))
        self.feature_mask = _readonly(
            np.array([_mask(f.features, _FEATURE_BIT) for f in self.facts], dtype=np.int64)
        )
        self.consent = _readonly(np.array([f.owner_consent for f in self.facts], dtype=np.bool_))
        self.vacant = _readonly(
            np.array([f.status == PropertyStatus.VACANT for f in self.facts], dtype=np.bool_)
        )
        self._available = _readonly(
            np.array(
                [f.available_from.toordinal() if f.available_from else _AVAILABLE_NOW for f in self.facts],
                dtype=np.int64,
            )
        )
        self.condition = _readonly(
            np.array([_CONDITIONS.index(PropertyCondition(f.condition)) for f in self.facts], dtype=np.int64)
        )
        self.has_cost = _readonly(
            np.array([f.renovation_cost is not None for f in self.facts], dtype=np.bool_)
        )
        self.renovation_cost = _readonly(
            np.array(
                [
                    to_cents(f.renovation_cost) / 100.0 if f.renovation_cost is not None else 0.0
                    for f in self.facts
                ],
                dtype=np.float64,
            )
        )
        # Area vocabularies: the last position of each lookup table is "no such area" and never matches.
        self.district_positions = _vocabulary(_area_key(f.district_id) for f in self.facts if f.district_id)
        self.borough_positions = _vocabulary(_area_key(f.borough_id) for f in self.facts if f.borough_id)
        self.area_positions = _vocabulary(
            [_area_key(f.district_id) for f in self.facts if f.district_id]
            + [_area_key(q) for f in self.facts for q in f.quarter_ids]
        )
        self.district = _readonly(
            self._positions([f.district_id for f in self.facts], self.district_positions)
        )
        self.borough = _readonly(self._positions([f.borough_id for f in self.facts], self.borough_positions))
        width = 1 + max((len(f.quarter_ids) for f in self.facts), default=0)
        areas = np.full((len(self.facts), width), len(self.area_positions), dtype=np.intp)
        for row, facts in enumerate(self.facts):
            own = [facts.district_id] if facts.district_id else []
            for column, area_id in enumerate(own + sorted(facts.quarter_ids, key=_area_key)):
                areas[row, column] = self.area_positions[_area_key(area_id)]
        self.area_index = _readonly(areas)
        self._renovation_cache: dict[MatchingRules, _Array] = {}
        self._notes: dict[int, _UnitNotes] = {}
        logger.debug("property matrix built with %d units", len(self.facts))

    @staticmethod
    def _positions(ids: Sequence[EntityId | None], positions: Mapping[str, int]) -> _Array:
        missing = len(positions)
        return np.array(
            [positions[_area_key(i)] if i is not None and i != "" else missing for i in ids], dtype=np.intp
        )

    def __len__(self) -> int:
        return len(self.facts)

    def _unit_notes(self, row: int) -> _UnitNotes:
        """What the sentences need about one unit, worked out on first use."""
        notes = self._notes.get(row)
        if notes is None:
            facts = self.facts[row]
            area = _quantize_area(facts.area_m2)
            notes = _UnitNotes(
                area=area,
                area_text=_format_area(area),
                rent_total=round_cents(facts.cold_rent) + round_cents(facts.service_charges),
                renovation_cost=round_cents(facts.renovation_cost)
                if facts.renovation_cost is not None
                else None,
                first_area_is_district=bool(facts.district_id),
                ground_floor=Feature.GROUND_FLOOR in facts.features,
            )
            self._notes[row] = notes
        return notes

    def _renovation(self, rules: MatchingRules) -> _Array:
        """Renovation part of every unit (it depends on the unit only), cached per rules."""
        cached = self._renovation_cache.get(rules)
        if cached is None:
            scores = np.array([rules.condition_score(c) for c in _CONDITIONS], dtype=np.float64)
            ceiling = float(rules.renovation_cost_ceiling)
            cost_factor = np.where(self.has_cost, np.maximum(0.0, 1.0 - self.renovation_cost / ceiling), 1.0)
            cached = _readonly(scores[self.condition] * cost_factor)
            self._renovation_cache[rules] = cached
        return cached

    def _side(self, rules: MatchingRules) -> _PSide:
        """All rows as kernel columns."""
        return _PSide(
            self.area_centi,
            self.area,
            self.rent_cents,
            self.rent,
            self.use_mask,
            self.feature_mask,
            self.consent,
            self.vacant,
            self._available,
            self._renovation(rules),
            self.district,
            self.borough,
            self.area_index,
        )


class _RequestArrays:
    """Requests as kernel columns plus lookup tables over one matrix's district, borough and area ids."""

    __slots__ = ("demand", "depth", "facts", "id_rank", "notes", "place_borough", "place_district", "side")

    def __init__(
        self,
        requests: Sequence[RequestFacts],
        matrix: PropertyMatrix,
        profile: DemandProfile,
        rules: MatchingRules,
        as_of: date,
    ) -> None:
        self.facts = tuple(requests)
        for facts in self.facts:
            validate_request_facts(facts)
        keys = [_id_key(facts.request_id) for facts in self.facts]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate request ids")
        self.id_rank = _rank_of(keys)
        low_factor = 1 - rules.area_tolerance
        high_factor = 1 + rules.area_tolerance
        rent_factor = 1 + rules.rent_tolerance
        grace = timedelta(days=rules.move_in_grace_days)
        columns: list[list[Any]] = [[] for _ in _RSide._fields]
        self.notes: list[_RequestNotes] = []
        for facts in self.facts:
            minimum = _quantize_area(facts.min_area_m2) if facts.min_area_m2 is not None else None
            maximum = _quantize_area(facts.max_area_m2) if facts.max_area_m2 is not None else None
            max_rent = round_cents(facts.max_rent) if facts.max_rent is not None else None
            nice = facts.nice_to_haves - facts.must_haves
            wished = max(facts.earliest_move_in or as_of, as_of)
            values = (
                _USE_BIT[facts.use],
                _mask(facts.must_haves, _FEATURE_BIT),
                _mask(nice, _FEATURE_BIT),
                float(len(nice)),
                # Exact limits in integer centi-m² and cents, so the filter never depends on float rounding.
                int((minimum * low_factor * 100).to_integral_value(ROUND_CEILING))
                if minimum is not None
                else 0,
                int((maximum * high_factor * 100).to_integral_value(ROUND_FLOOR))
                if maximum is not None
                else _NO_LIMIT,
                float(minimum) if minimum is not None else 0.0,
                float(maximum) if maximum is not None else 0.0,
                minimum is not None,
                maximum is not None,
                int((max_rent * rent_factor * 100).to_integral_value(ROUND_FLOOR))
                if max_rent is not None
                else _NO_LIMIT,
                float(max_rent) if max_rent is not None else 0.0,
                max_rent is not None,
                (wished + grace).toordinal(),
                bool(facts.preferred_district_ids or facts.preferred_borough_ids),
            )
            for column, value in zip(columns, values, strict=True):
                column.append(value)
            self.notes.append(
                _RequestNotes(
                    min_area=minimum,
                    max_area=maximum,
                    min_text=_format_area(minimum) if minimum is not None else "",
                    max_text=_format_area(maximum) if maximum is not None else "",
                    max_rent=max_rent,
                    nice=tuple(feature for feature in _FEATURES if feature in nice),
                    has_place=bool(facts.preferred_district_ids or facts.preferred_borough_ids),
                    label=facts.sector_label or f"WZ {facts.sector_code}",
                    has_sector=facts.sector_code is not None,
                )
            )
        dtypes = (
            np.int64, np.int64, np.int64, np.float64, np.int64, np.int64, np.float64, np.float64,
            np.bool_, np.bool_, np.int64, np.float64, np.bool_, np.int64, np.bool_,
        )  # fmt: skip
        self.side = _RSide._make(
            np.array(column, dtype=dtype) for column, dtype in zip(columns, dtypes, strict=True)
        )
        count = len(self.facts)
        self.place_district = np.zeros((count, len(matrix.district_positions) + 1), dtype=np.bool_)
        self.place_borough = np.zeros((count, len(matrix.borough_positions) + 1), dtype=np.bool_)
        self.demand = np.zeros((count, len(matrix.area_positions) + 1), dtype=np.float64)
        self.depth = np.zeros((count, len(matrix.area_positions) + 1), dtype=np.int8)
        by_sector: dict[tuple[str, ...], tuple[_Array, _Array]] = {}
        for row, facts in enumerate(self.facts):
            for area_id in facts.preferred_district_ids:
                position = matrix.district_positions.get(_area_key(area_id))
                if position is not None:
                    self.place_district[row, position] = True
            for area_id in facts.preferred_borough_ids:
                position = matrix.borough_positions.get(_area_key(area_id))
                if position is not None:
                    self.place_borough[row, position] = True
            if facts.sector_code is None:
                continue
            sector = wz_path(facts.sector_code)
            tables = by_sector.get(sector)
            if tables is None:
                demand = np.zeros(len(matrix.area_positions) + 1, dtype=np.float64)
                depth = np.zeros(len(matrix.area_positions) + 1, dtype=np.int8)
                for key, position in matrix.area_positions.items():
                    demand[position], depth[position] = profile.fit(sector, key, rules)
                tables = by_sector[sector] = (demand, depth)
            self.demand[row], self.depth[row] = tables


# --- Kernel ----------------------------------------------------------------------------------------


def _filters(p: _PSide, r: _RSide) -> dict[HardFilter, _Array]:
    """Each hard filter as a boolean column (broadcast between the property and the request side)."""
    return {
        HardFilter.OWNER_CONSENT: p.consent,
        HardFilter.STATUS: p.vacant,
        HardFilter.USE: (p.use_mask & r.use_bit) != 0,
        HardFilter.AREA: (p.area_centi >= r.low_centi) & (p.area_centi <= r.high_centi),
        HardFilter.RENT: p.rent_cents <= r.rent_limit,
        HardFilter.AVAILABILITY: p.available <= r.move_in_limit,
        HardFilter.MUST_HAVES: (p.feature_mask & r.must_mask) == r.must_mask,
    }


def _passing(p: _PSide, r: _RSide) -> _Array:
    ok = p.consent & p.vacant
    ok = ok & ((p.use_mask & r.use_bit) != 0)
    ok = ok & (p.area_centi >= r.low_centi) & (p.area_centi <= r.high_centi)
    ok = ok & (p.rent_cents <= r.rent_limit)
    ok = ok & (p.available <= r.move_in_limit)
    ok = ok & ((p.feature_mask & r.must_mask) == r.must_mask)
    return np.asarray(ok)


def _parts(
    p: _PSide,
    r: _RSide,
    *,
    in_district: _Array,
    in_borough: _Array,
    demand: _Array,
    rules: MatchingRules,
) -> tuple[_Array, _Array, _Array, _Array, _Array, _Array]:
    """The six score parts of pairings that passed the filters (same arithmetic as the reference)."""
    edge = rules.size_score_at_edge
    area_tol = float(rules.area_tolerance)
    at_max = rules.rent_score_at_max
    rent_tol = float(rules.rent_tolerance)
    comfort = 1.0 - rules.rent_comfort_share
    a, mn, mx = p.area, r.min_area, r.max_area
    t, m = p.rent, r.max_rent
    # np.where evaluates every branch; the discarded ones may divide by zero.
    with np.errstate(divide="ignore", invalid="ignore"):
        below = r.has_min & (a < mn)
        above = r.has_max & (a > mx)
        size = np.where(
            below,
            np.maximum(0.0, edge * (1.0 - (mn - a) / (mn * area_tol))),
            np.where(
                above,
                np.maximum(0.0, edge * (1.0 - (a - mx) / (mx * area_tol))),
                np.where(
                    r.has_min & r.has_max & (mx > mn),
                    1.0 - (1.0 - edge) * (np.abs(a - (mn + mx) / 2.0) / ((mx - mn) / 2.0)),
                    1.0,
                ),
            ),
        )
        rent = np.where(
            ~r.has_max_rent,
            1.0,
            np.where(
                t <= m,
                np.where(m == 0.0, 1.0, np.minimum(1.0, at_max + (1.0 - at_max) * ((m - t) / (m * comfort)))),
                np.maximum(0.0, at_max * (1.0 - (t - m) / (m * rent_tol))),
            ),
        )
        location = np.where(
            ~r.has_place | in_district,
            1.0,
            np.where(in_borough, rules.location_borough, rules.location_elsewhere),
        )
        features = np.where(r.nice_count == 0.0, 1.0, _POPCOUNT[p.feature_mask & r.nice_mask] / r.nice_count)
    return size, rent, location, features, demand, p.renovation


def _total(parts: tuple[_Array, ...], weights: MatchingWeights) -> _Array:
    """Weighted mean, summed in a fixed order so the reference reproduces it to the last bit."""
    size, rent, location, features, demand, renovation = parts
    acc = weights.size * size
    acc = acc + weights.rent * rent
    acc = acc + weights.location * location
    acc = acc + weights.features * features
    acc = acc + weights.demand * demand
    acc = acc + weights.renovation * renovation
    return np.asarray(acc / weights.total, dtype=np.float64)


def _order(scores: _Array, ranks: _Array, limit: int | None) -> _Array:
    """Positions of the best ``limit`` scores: score descending, then id ascending."""
    count = scores.size
    if limit is not None and limit < count:
        if limit <= 0:
            return np.empty(0, dtype=np.intp)
        # Only scores at or above the limit-th best can make it: sort just those (ties included).
        threshold = np.partition(scores, count - limit)[count - limit]
        candidates = np.flatnonzero(scores >= threshold)
        chosen = candidates[np.lexsort((ranks[candidates], -scores[candidates]))]
        return np.asarray(chosen[:limit])
    return np.asarray(np.lexsort((ranks, -scores)))


# --- Explanation ---------------------------------------------------------------------------------


class _UnitNotes(NamedTuple):
    """Per-unit values for the sentences (exact Decimals and formatted text)."""

    area: Decimal
    area_text: str
    rent_total: Decimal
    renovation_cost: Decimal | None
    first_area_is_district: bool
    ground_floor: bool


class _RequestNotes(NamedTuple):
    """Per-request values for the sentences."""

    min_area: Decimal | None
    max_area: Decimal | None
    min_text: str
    max_text: str
    max_rent: Decimal | None
    nice: tuple[Feature, ...]
    has_place: bool
    label: str
    has_sector: bool


class _PairNotes(NamedTuple):
    """What the kernel found out about one pairing beyond its parts."""

    in_district: bool
    in_borough: bool
    demand_in_quarter: bool
    demand_depth: int


# Order of the parts in a sentence when their weighted values tie.
_PART_SIZE, _PART_LOCATION, _PART_RENT, _PART_DEMAND, _PART_FEATURES, _PART_RENOVATION = range(6)


class _Reason(NamedTuple):
    """One applicable score part, before its phrase is built."""

    order: int
    value: float
    weight: float


def _format_area(value: Decimal) -> str:
    text = format_plain(_quantize_area(value))
    return text[:-3] if text.endswith(",00") else text


def _join_de(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} und {words[-1]}"


def _verdict(score: float) -> str:
    if score >= 0.8:
        return "Passt sehr gut"
    if score >= _STRONG:
        return "Passt gut"
    if score >= _POOR:
        return "Passt teilweise"
    return "Passt kaum"


def _size_phrase(unit: _UnitNotes, wish: _RequestNotes) -> str:
    text = f"{unit.area_text} m²"
    if wish.min_area is not None and unit.area < wish.min_area:
        return f"{text}, kleiner als gewünscht (ab {wish.min_text} m²)"
    if wish.max_area is not None and unit.area > wish.max_area:
        return f"{text}, größer als gewünscht (bis {wish.max_text} m²)"
    if wish.min_area is None and wish.max_area is None:
        return text
    return f"{text} im gewünschten Rahmen"


def _location_phrase(p: PropertyFacts, pair: _PairNotes) -> str:
    if pair.in_district:
        return f"im gewünschten Bezirk {p.district_name}".rstrip()
    if pair.in_borough:
        return f"im gewünschten Stadtbezirk {p.borough_name}".rstrip()
    name = p.district_name or p.borough_name
    return f"außerhalb der Wunschlage ({name})" if name else "außerhalb der Wunschlage"


def _rent_phrase(total: Decimal, limit: Decimal) -> str:
    if total < limit:
        return f"Miete {format_eur(limit - total)} unter dem Höchstbetrag"
    if total == limit:
        return "Miete genau am Höchstbetrag"
    return f"Miete {format_eur(total - limit)} über dem Höchstbetrag"


def _features_phrase(p: PropertyFacts, nice: Sequence[Feature]) -> str:
    present = [FEATURE_LABELS_DE[f] for f in nice if f in p.features]
    missing = [FEATURE_LABELS_DE[f] for f in nice if f not in p.features]
    if not missing:
        return f"mit {_join_de(present)}"
    if not present:
        return f"ohne {_join_de(missing)}"
    return f"mit {_join_de(present)}, ohne {_join_de(missing)}"


def _demand_phrase(label: str, value: float, pair: _PairNotes) -> str:
    where = "im Quartier" if pair.demand_in_quarter else "im Bezirk"
    if value <= 0.0:
        return f"{label} wird {where} nicht vermisst"
    if value < _POOR:
        return f"{label} wird {where} kaum vermisst"
    if pair.demand_depth >= 4:
        return f"{label} wird {where} vermisst"
    if pair.demand_depth >= 2:
        return f"verwandte Angebote werden {where} vermisst"
    return f"Angebote derselben Branche werden {where} vermisst"


def _renovation_phrase(p: PropertyFacts, cost: Decimal | None, value: float) -> str:
    if p.condition == PropertyCondition.READY and not cost:
        return "bezugsfertig"
    if value >= 0.75:
        text = "geringer Renovierungsaufwand"
    elif value >= _POOR:
        text = "mittlerer Renovierungsaufwand"
    else:
        text = "hoher Renovierungsaufwand"
    return f"{text} (etwa {format_eur(cost)})" if cost else text


def _explain(
    p: PropertyFacts,
    *,
    unit: _UnitNotes,
    wish: _RequestNotes,
    pair: _PairNotes,
    score: float,
    parts: ScoreParts,
    weights: MatchingWeights,
) -> str:
    """One German sentence: verdict, strongest reasons first, then the weakest part ("aber" if poor)."""
    reasons = [_Reason(_PART_SIZE, parts.size, weights.size)]
    if wish.has_place:
        reasons.append(_Reason(_PART_LOCATION, parts.location, weights.location))
    if wish.max_rent is not None:
        reasons.append(_Reason(_PART_RENT, parts.rent, weights.rent))
    if wish.has_sector:
        reasons.append(_Reason(_PART_DEMAND, parts.demand, weights.demand))
    if wish.nice:
        reasons.append(_Reason(_PART_FEATURES, parts.features, weights.features))
    reasons.append(_Reason(_PART_RENOVATION, parts.renovation, weights.renovation))
    # A part with weight 0 does not count, so it gives no reason.
    reasons = [reason for reason in reasons if reason.weight > 0] or reasons[:1]
    # Strongest first: by weighted value, ties in the fixed part order.
    ranked = [reason for _, _, reason in sorted((-r.weight * r.value, r.order, r) for r in reasons)]
    main = [reason for reason in ranked if reason.value >= _STRONG][:3] or ranked[:1]
    rest = [reason for reason in ranked if reason not in main]

    def phrase(reason: _Reason) -> str:
        # Phrases are built only for the parts the sentence mentions.
        if reason.order == _PART_SIZE:
            return _size_phrase(unit, wish)
        if reason.order == _PART_LOCATION:
            return _location_phrase(p, pair)
        if reason.order == _PART_RENT:
            assert wish.max_rent is not None  # only then is rent a reason
            return _rent_phrase(unit.rent_total, wish.max_rent)
        if reason.order == _PART_DEMAND:
            return _demand_phrase(wish.label, parts.demand, pair)
        if reason.order == _PART_FEATURES:
            return _features_phrase(p, wish.nice)
        return _renovation_phrase(p, unit.renovation_cost, parts.renovation)

    text = f"{_verdict(score)}: {', '.join(phrase(reason) for reason in main)}"
    if rest:
        weakest = min(rest, key=lambda reason: (reason.value, reason.order))
        text += f"; {'aber ' if weakest.value < _POOR else ''}{phrase(weakest)}"
    return text + "."


def _fund_check(unit: _UnitNotes, demand: float, fund: FundRule) -> tuple[bool, str]:
    """Whether the Anmietungs-Fonds can take this pairing, and why (German, one sentence)."""
    if not fund.enabled:
        return False, "Anmietungs-Fonds ist nicht eingerichtet."
    failures = []
    if unit.area > fund.max_area_m2:
        failures.append(f"{unit.area_text} m² sind mehr als {_format_area(fund.max_area_m2)} m²")
    if fund.ground_floor and not unit.ground_floor:
        failures.append("nicht im Erdgeschoss")
    if demand < fund.min_demand:
        failures.append("passt nicht zum Bedarfsprofil")
    if failures:
        return False, f"Kein Anmietungs-Fonds: {', '.join(failures)}."
    floor = " im Erdgeschoss" if unit.ground_floor else ""
    return True, (
        f"Anmietungs-Fonds möglich: {unit.area_text} m²{floor}, passt zum Bedarfsprofil; "
        f"Untervermietung höchstens {fund.max_months} Monate."
    )


# --- Matcher ---------------------------------------------------------------------------------------


class _Scored(NamedTuple):
    """Kernel output for the pairings of one ranking, already in ranking order."""

    scores: list[float]
    parts: list[list[float]]
    in_district: list[bool]
    in_borough: list[bool]
    demand_column: list[int]
    demand_depth: list[int]


class Matcher:
    """Ranks properties for requests and requests for a property under one set of settings.

    ``as_of`` is the day the matching is run (it limits availability when a request names no earlier
    move-in). Every method validates its inputs and raises ``ValidationError`` for implausible facts.
    """

    __slots__ = ("as_of", "fund", "profile", "rules", "weights")

    def __init__(
        self,
        profile: DemandProfile,
        *,
        as_of: date,
        weights: MatchingWeights | None = None,
        rules: MatchingRules | None = None,
        fund: FundRule | None = None,
    ) -> None:
        self.profile = profile
        self.as_of = as_of
        self.weights = weights or MatchingWeights()
        self.rules = rules or MatchingRules()
        self.fund = fund or FundRule()

    def rank_properties(
        self, request: RequestFacts, properties: PropertyMatrix, *, limit: int | None = None
    ) -> list[MatchResult]:
        """Units that pass every hard filter for ``request``, best first (ties by property id)."""
        requests = _RequestArrays([request], properties, self.profile, self.rules, self.as_of)
        return self._rank_row(requests, 0, properties, properties._side(self.rules), limit)

    def rank_all(
        self,
        requests: Sequence[RequestFacts],
        properties: PropertyMatrix,
        *,
        limit: int | None = 10,
        progress: ProgressCallback | None = None,
    ) -> dict[EntityId, list[MatchResult]]:
        """For every request (in the given order) its best ``limit`` units; ``progress(done, total)``."""
        arrays = _RequestArrays(requests, properties, self.profile, self.rules, self.as_of)
        side = properties._side(self.rules)
        results: dict[EntityId, list[MatchResult]] = {}
        total = len(arrays.facts)
        for row, facts in enumerate(arrays.facts):
            results[facts.request_id] = self._rank_row(arrays, row, properties, side, limit)
            if progress is not None and ((row + 1) % 100 == 0 or row + 1 == total):
                progress(row + 1, total)
        return results

    def rank_requests(
        self, property_facts: PropertyFacts, requests: Sequence[RequestFacts], *, limit: int | None = None
    ) -> list[MatchResult]:
        """Requests that ``property_facts`` passes every hard filter for, best first (ties by request id)."""
        matrix = PropertyMatrix([property_facts])
        arrays = _RequestArrays(requests, matrix, self.profile, self.rules, self.as_of)
        p = matrix._side(self.rules)
        rows = np.flatnonzero(_passing(p, arrays.side))
        if rows.size == 0:
            return []
        district, borough = int(matrix.district[0]), int(matrix.borough[0])
        scored, chosen = self._score(
            p,
            arrays.side.take(rows),
            in_district=arrays.place_district[rows, district],
            in_borough=arrays.place_borough[rows, borough],
            demand=arrays.demand[rows][:, matrix.area_index[0]],
            depth=arrays.depth[rows][:, matrix.area_index[0]],
            ranks=arrays.id_rank[rows],
            limit=limit,
        )
        unit = matrix._unit_notes(0)
        return [
            self._result(
                property_facts, unit, r=arrays.facts[rows[k]], wish=arrays.notes[rows[k]], scored=scored, i=i
            )
            for i, k in enumerate(chosen)
        ]

    def unmet_filters(self, property_facts: PropertyFacts, request: RequestFacts) -> tuple[HardFilter, ...]:
        """The hard filters this pairing fails, in a fixed order; empty when the unit may be proposed."""
        matrix = PropertyMatrix([property_facts])
        arrays = _RequestArrays([request], matrix, self.profile, self.rules, self.as_of)
        checks = _filters(matrix._side(self.rules), arrays.side)
        return tuple(name for name, passed in checks.items() if not bool(np.all(passed)))

    def _rank_row(
        self, arrays: _RequestArrays, row: int, matrix: PropertyMatrix, side: _PSide, limit: int | None
    ) -> list[MatchResult]:
        r = _RSide._make(column[row : row + 1] for column in arrays.side)
        rows = np.flatnonzero(_passing(side, r))
        if rows.size == 0:
            return []
        p = side.take(rows)
        scored, chosen = self._score(
            p,
            r,
            in_district=arrays.place_district[row][p.district],
            in_borough=arrays.place_borough[row][p.borough],
            demand=arrays.demand[row][p.areas],
            depth=arrays.depth[row][p.areas],
            ranks=matrix.id_rank[rows],
            limit=limit,
        )
        request, wish = arrays.facts[row], arrays.notes[row]
        results = []
        for i, k in enumerate(chosen):
            unit_row = int(rows[k])
            unit = matrix._unit_notes(unit_row)
            results.append(
                self._result(matrix.facts[unit_row], unit, r=request, wish=wish, scored=scored, i=i)
            )
        return results

    def _score(
        self,
        p: _PSide,
        r: _RSide,
        *,
        in_district: _Array,
        in_borough: _Array,
        demand: _Array,
        depth: _Array,
        ranks: _Array,
        limit: int | None,
    ) -> tuple[_Scored, list[int]]:
        """Score the pairings that passed and pick the ranked ones; ``demand`` is (pairings, areas)."""
        column = demand.argmax(axis=1)
        best = np.take_along_axis(demand, column[:, None], axis=1)[:, 0]
        parts = _parts(p, r, in_district=in_district, in_borough=in_borough, demand=best, rules=self.rules)
        scores = _total(parts, self.weights)
        chosen = _order(scores, ranks, limit)
        # A part that depends on one side only (renovation when ranking requests) has a single value.
        stacked = np.stack(
            [
                (part if part.shape == scores.shape else np.broadcast_to(part, scores.shape))[chosen]
                for part in parts
            ],
            axis=1,
        )
        scored = _Scored(
            scores=scores[chosen].tolist(),
            parts=stacked.tolist(),
            in_district=in_district[chosen].tolist(),
            in_borough=in_borough[chosen].tolist(),
            demand_column=column[chosen].tolist(),
            demand_depth=np.take_along_axis(depth, column[:, None], axis=1)[chosen, 0].tolist(),
        )
        return scored, chosen.tolist()

    def _result(
        self,
        p: PropertyFacts,
        unit: _UnitNotes,
        *,
        r: RequestFacts,
        wish: _RequestNotes,
        scored: _Scored,
        i: int,
    ) -> MatchResult:
        parts = ScoreParts(*scored.parts[i])
        column = scored.demand_column[i]
        pair = _PairNotes(
            in_district=scored.in_district[i],
            in_borough=scored.in_borough[i],
            # Column 0 of a unit's areas is its district (when it has one), the others are quarters.
            demand_in_quarter=parts.demand > 0.0 and (column > 0 or not unit.first_area_is_district),
            demand_depth=scored.demand_depth[i],
        )
        eligible, reason = _fund_check(unit, parts.demand, self.fund)
        return MatchResult(
            request_id=r.request_id,
            property_id=p.property_id,
            score=scored.scores[i],
            parts=parts,
            explanation=_explain(
                p, unit=unit, wish=wish, pair=pair, score=scored.scores[i], parts=parts, weights=self.weights
            ),
            fund_eligible=eligible,
            fund_reason=reason,
        )
