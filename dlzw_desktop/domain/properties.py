"""Rules of the property register: status and match-stage transitions as tables, plausible values.

A property moves vacant → reserved → let → reactivated, or is withdrawn; a match moves proposed → owner
contacted → viewing → lease signed → business opened, or is rejected. Each allowed step is one row of a
table that says whether the step needs a written reason. Values typed for a unit or a request are checked
against plausible ranges here so that a typo (an extra zero, a minus sign) is refused with a message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from dlzw_desktop.domain.enums import MatchStage, PropertyStatus
from dlzw_desktop.domain.matching import MAX_AREA_M2
from dlzw_desktop.errors import ValidationError

# Plausibility limits. Dortmund's commercial rents lie far below these; values above are typos.
MAX_RENT_PER_M2 = Decimal(500)
MAX_CHARGES_PER_M2 = Decimal(150)
MAX_MONTHLY_RENT = Decimal(250_000)
MAX_RENOVATION_COST = Decimal(10_000_000)
MAX_ROOMS = 500
_CENTI = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Transition:
    """One allowed step; ``reason_required`` means the user must say why."""

    source: str
    target: str
    reason_required: bool


def _table(*rows: tuple[str, str, bool]) -> Mapping[tuple[str, str], Transition]:
    return {(source, target): Transition(source, target, reason) for source, target, reason in rows}


_V, _R, _L, _A, _W = (
    PropertyStatus.VACANT,
    PropertyStatus.RESERVED,
    PropertyStatus.LET,
    PropertyStatus.REACTIVATED,
    PropertyStatus.WITHDRAWN,
)

PROPERTY_TRANSITIONS: Mapping[tuple[str, str], Transition] = _table(
    (_V, _R, True),  # reserved for an applicant: for whom, until when
    (_V, _L, True),  # let without a match (e.g. the owner found a tenant)
    (_V, _W, True),  # no longer offered: sold, demolished, consent withdrawn
    (_R, _V, True),  # reservation released
    (_R, _L, True),
    (_R, _W, True),
    (_L, _A, False),  # the business has opened: the unit is in use again
    (_L, _V, True),  # the lease fell through or ended
    (_A, _V, True),  # vacant again
    (_W, _V, True),  # offered again
)

_P, _C, _S, _G, _O, _X = (
    MatchStage.PROPOSED,
    MatchStage.OWNER_CONTACTED,
    MatchStage.VIEWING,
    MatchStage.LEASE_SIGNED,
    MatchStage.BUSINESS_OPENED,
    MatchStage.REJECTED,
)

MATCH_TRANSITIONS: Mapping[tuple[str, str], Transition] = _table(
    (_P, _C, False),
    (_C, _S, False),
    (_S, _G, False),
    (_G, _O, False),
    (_P, _X, True),
    (_C, _X, True),
    (_S, _X, True),
    (_X, _P, True),  # reopened, e.g. rejected by mistake
)

OPEN_MATCH_STAGES: frozenset[MatchStage] = frozenset({_P, _C, _S})
"""Stages in which a match is still being worked on."""

LEASED_MATCH_STAGES: frozenset[MatchStage] = frozenset({_G, _O})
"""Stages after a signed lease."""

PIPELINE: tuple[MatchStage, ...] = (_P, _C, _S, _G, _O)
"""The stages in order, without the rejection."""

OFFERABLE_STATUSES: frozenset[PropertyStatus] = frozenset({_V})
"""Statuses in which a unit may be proposed to an applicant (the matching's status filter)."""


def property_targets(current: PropertyStatus) -> tuple[PropertyStatus, ...]:
    """Statuses a property in ``current`` may move to, in declaration order."""
    return tuple(PropertyStatus(t) for (s, t) in PROPERTY_TRANSITIONS if s == current)


def match_targets(current: MatchStage) -> tuple[MatchStage, ...]:
    """Stages a match in ``current`` may move to, in declaration order."""
    return tuple(MatchStage(t) for (s, t) in MATCH_TRANSITIONS if s == current)


def property_transition(current: PropertyStatus, target: PropertyStatus, reason: str) -> Transition:
    """The step from ``current`` to ``target``; raises ``ValidationError`` if it is not allowed or needs
    a reason that is missing."""
    step = PROPERTY_TRANSITIONS.get((current, target))
    if step is None:
        raise ValidationError(
            "property.status_step_not_allowed",
            "A property that is '{current}' cannot become '{target}'. Allowed next: {allowed}.",
            field="status",
            current=current,
            target=target,
            allowed=property_targets(current),
        )
    if step.reason_required and not reason.strip():
        raise ValidationError(
            "property.status_reason_missing",
            "Please say why the property becomes '{target}' (e.g. for whom it is reserved).",
            field="reason",
            target=target,
        )
    return step


def match_transition(current: MatchStage, target: MatchStage, reason: str) -> Transition:
    """The step of a match from ``current`` to ``target``; raises ``ValidationError`` like
    :func:`property_transition`."""
    step = MATCH_TRANSITIONS.get((current, target))
    if step is None:
        raise ValidationError(
            "match.stage_step_not_allowed",
            "A match at stage '{current}' cannot move to '{target}'. Allowed next: {allowed}.",
            field="stage",
            current=current,
            target=target,
            allowed=match_targets(current),
        )
    if step.reason_required and not reason.strip():
        raise ValidationError(
            "match.reason_missing",
            "Please give a reason for '{target}' (e.g. the rent was too high for the founder).",
            field="reason",
            target=target,
        )
    return step


# --- Plausible values ------------------------------------------------------------------------------


def _area(value: Decimal, *, field: str) -> Decimal:
    """The area to the centi-m²; ``ValidationError`` unless it lies in (0, 100000] m²."""
    if value.is_finite() and value.quantize(_CENTI, ROUND_HALF_UP) > 0 and value <= MAX_AREA_M2:
        return value.quantize(_CENTI, ROUND_HALF_UP)
    if field == "min_area_m2":
        raise ValidationError(
            "request.min_area_implausible",
            "The smallest area of {value} m² is not plausible. Enter square metres above 0 and at most "
            "100.000 m², or leave it empty.",
            field=field,
            value=value,
        )
    if field == "max_area_m2":
        raise ValidationError(
            "request.max_area_implausible",
            "The largest area of {value} m² is not plausible. Enter square metres above 0 and at most "
            "100.000 m², or leave it empty.",
            field=field,
            value=value,
        )
    raise ValidationError(
        "property.area_implausible",
        "The area of {value} m² is not plausible. Enter the usable floor area in square metres, above 0 and "
        "at most 100.000 m².",
        field=field,
        value=value,
    )


def check_property_values(
    *,
    area_m2: Decimal,
    cold_rent: Decimal,
    service_charges: Decimal,
    renovation_cost: Decimal | None,
    rooms: int | None,
) -> None:
    """Refuse negative or absurd values of a unit (the database's CHECKs are the last line only)."""
    area = _area(area_m2, field="area_m2")
    if not cold_rent.is_finite() or cold_rent < 0:
        raise ValidationError(
            "property.rent_negative",
            "The cold rent of {value} € is negative. Enter the monthly cold rent in euros (0 if the owner "
            "asks none).",
            field="cold_rent",
            value=cold_rent,
        )
    if cold_rent > MAX_MONTHLY_RENT or cold_rent > area * MAX_RENT_PER_M2:
        raise ValidationError(
            "property.rent_implausible",
            "A cold rent of {value} € a month for {area} m² is not plausible (at most {per_m2} € per m²). "
            "Check for a typo: enter the monthly rent, not the yearly rent or the price.",
            field="cold_rent",
            value=cold_rent,
            area=area,
            per_m2=MAX_RENT_PER_M2,
        )
    if not service_charges.is_finite() or service_charges < 0:
        raise ValidationError(
            "property.service_charges_negative",
            "The service charges of {value} € are negative. Enter the monthly service charges in euros (0 "
            "if there are none).",
            field="service_charges",
            value=service_charges,
        )
    if service_charges > area * MAX_CHARGES_PER_M2:
        raise ValidationError(
            "property.service_charges_implausible",
            "Service charges of {value} € a month for {area} m² are not plausible. Check for a typo: enter "
            "the monthly amount.",
            field="service_charges",
            value=service_charges,
            area=area,
        )
    if renovation_cost is not None and (
        not renovation_cost.is_finite() or renovation_cost < 0 or renovation_cost > MAX_RENOVATION_COST
    ):
        raise ValidationError(
            "property.renovation_cost_implausible",
            "The estimated renovation cost of {value} € is not plausible. Enter an amount from 0 to "
            "10.000.000 € or leave it empty if unknown.",
            field="renovation_cost",
            value=renovation_cost,
        )
    if rooms is not None and not 0 <= rooms <= MAX_ROOMS:
        raise ValidationError(
            "property.rooms_implausible",
            "{value} rooms is not plausible. Enter a number from 0 to 500 or leave it empty.",
            field="rooms",
            value=rooms,
        )


def check_request_values(
    *, min_area_m2: Decimal | None, max_area_m2: Decimal | None, max_rent: Decimal | None
) -> None:
    """Refuse negative, absurd or inverted limits of a space request."""
    low = high = None
    if min_area_m2 is not None:
        low = _area(min_area_m2, field="min_area_m2")
    if max_area_m2 is not None:
        high = _area(max_area_m2, field="max_area_m2")
    if low is not None and high is not None and low > high:
        raise ValidationError(
            "request.area_range_inverted",
            "The smallest area ({min} m²) is larger than the largest ({max} m²). Swap them or correct one.",
            field="max_area_m2",
            min=low,
            max=high,
        )
    if max_rent is not None:
        if not max_rent.is_finite() or max_rent < 0:
            raise ValidationError(
                "request.max_rent_negative",
                "The rent limit of {value} € is negative. Enter the highest monthly rent including service "
                "charges the founder can pay, or leave it empty for no limit.",
                field="max_rent",
                value=max_rent,
            )
        if max_rent > MAX_MONTHLY_RENT:
            raise ValidationError(
                "request.max_rent_implausible",
                "A rent limit of {value} € a month is not plausible. Check for a typo (at most 250.000 €).",
                field="max_rent",
                value=max_rent,
            )


_GERMAN_NUMBER = re.compile(r"^(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d{1,2}))?$")


def parse_area(text: str, *, field: str | None = None) -> Decimal:
    """An area typed the German way ("85", "85,5", "1.250,75"); ``ValidationError`` if it is none."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "").removesuffix("m²").removesuffix("qm")
    if not raw:
        raise ValidationError("area.empty", "Please enter an area in square metres.", field=field)
    if raw.startswith("-"):
        raise ValidationError(
            "area.negative",
            "An area cannot be negative (you entered {text}).",
            field=field,
            text=text.strip(),
        )
    match = _GERMAN_NUMBER.match(raw)
    if match is None:
        raise ValidationError(
            "area.invalid",
            "'{text}' is not an area. Write it like 85 or 85,5 (comma for decimals).",
            field=field,
            text=text.strip(),
        )
    try:
        return Decimal(f"{match['int'].replace('.', '')}.{match['frac'] or '0'}").quantize(_CENTI)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits digits only
        raise ValidationError("area.invalid", "Not an area.", field=field, text=text) from exc


def format_area(value: Decimal) -> str:
    """German area without trailing ",00": ``Decimal("85.50")`` -> ``85,5``; ``1250`` -> ``1.250``."""
    quantized = value.quantize(_CENTI, ROUND_HALF_UP)
    integer, _, fraction = f"{abs(quantized):f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    fraction = fraction.rstrip("0")
    sign = "-" if quantized < 0 else ""
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"
