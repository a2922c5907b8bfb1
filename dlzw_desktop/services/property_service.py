"""Immobilien: the register of vacant units, space requests, demand profiles, explained matching and the
match pipeline up to the signed lease, the district map's figures and boundaries, and the exposé.

Matching itself is ``domain.matching``; this service turns rows into its facts. The vacant units are held
as a ``PropertyMatrix`` between calls and rebuilt only when properties, demand entries, quarters or the
matching settings changed (a cheap count/last-change query decides), so ranking one request costs a few
milliseconds even with 10,000 units.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import (
    Attachment,
    Borough,
    Business,
    Case,
    DemandEntry,
    District,
    InitiativeMeeting,
    Match,
    Person,
    Property,
    PropertyStatusChange,
    Quarter,
    QuarterDistrict,
    Sector,
    SettingValue,
    SpaceRequest,
)
from dlzw_desktop.domain.borough_map import MAX_BYTES, Boundaries, parse_boundaries
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import (
    CaseStage,
    MatchStage,
    PropertyCondition,
    PropertyStatus,
    PropertyUse,
    SpaceRequestStatus,
)
from dlzw_desktop.domain.lwsi import ReactivatedSpace
from dlzw_desktop.domain.matching import (
    DemandProfile,
    EntityId,
    Feature,
    FundRule,
    HardFilter,
    Matcher,
    MatchingRules,
    MatchingWeights,
    MatchResult,
    PropertyFacts,
    PropertyMatrix,
    RequestFacts,
    ScoreParts,
    features_of,
)
from dlzw_desktop.domain.money import round_cents
from dlzw_desktop.domain.properties import (
    LEASED_MATCH_STAGES,
    OPEN_MATCH_STAGES,
    check_property_values,
    check_request_values,
    match_transition,
    property_transition,
)
from dlzw_desktop.errors import ConflictError, NotFound, StorageError, ValidationError
from dlzw_desktop.services.attachment_store import AttachmentStore
from dlzw_desktop.services.context import Service, ServiceContext
from dlzw_desktop.services.permissions import Permission, requires
from dlzw_desktop.services.property_rows import (
    MUST_HAVE_FEATURES,
    BoroughFigures,
    DemandAreaRow,
    DemandEntryDraft,
    DemandEntryRow,
    MatchCandidate,
    MatchingInputs,
    MatchingSettings,
    MatchQuery,
    MatchRow,
    OwnerDraft,
    PartyKind,
    PartyRef,
    PartyRow,
    PhotoRow,
    PropertyDraft,
    PropertyQuery,
    PropertyRow,
    ReactivatedArea,
    RequestQuery,
    SpaceRequestDraft,
    SpaceRequestRow,
    StatusChangeRow,
)
from dlzw_desktop.services.settings_service import SettingsService

logger = logging.getLogger(__name__)

WEIGHTS_KEY = "matching.weights"
RULES_KEY = "matching.rules"
FUND_KEY = "matching.fund"
BOUNDARIES_FILE = Path("maps") / "boroughs.geojson"
MAX_PHOTOS = 20
_PHOTO_MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}
_MAX_WEIGHT = Decimal(10)
ProgressFn = Callable[[int, int], None]

# Reasons the service writes itself are data shown in German, like the explanations.
_LET_TO_OTHER = "Objekt wurde an eine andere Bewerberin / einen anderen Bewerber vermietet."
_REQUEST_FULFILLED = (
    "Die Bewerberin / der Bewerber hat einen Mietvertrag für ein anderes Objekt unterschrieben."
)
_CONSENT_WITHDRAWN = "Die Eigentümerseite hat die Zustimmung zur Vermarktung zurückgezogen."


def _short_sector_label(name_de: str) -> str:
    """The sector's German name without the trailing qualification in brackets, for sentences."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name_de).strip() or name_de


def _uid(value: EntityId) -> uuid.UUID:
    """A matching result's id as the UUID the rows carry (the service only feeds UUIDs in)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _check_version(stored: int, seen: int, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
    if stored != seen:
        raise ConflictError(
            "record.changed_meanwhile",
            "Someone else changed this record in the meantime. Reload it, check their changes and enter "
            "yours again.",
            mine=mine,
            theirs=theirs,
        )


def _no_future(on: date, field: str) -> date:
    if on > today_berlin():
        raise ValidationError(
            "date.in_future",
            "The date {date} lies in the future. Record what has happened, with the day it happened.",
            field=field,
            date=on,
        )
    return on


@dataclass(frozen=True, slots=True)
class _UnitLabel:
    """What ranking results show about a unit, kept next to the matrix."""

    label: str
    borough_name: str
    district_name: str
    area_m2: Decimal
    total_rent: Decimal


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """Everything the matcher needs about units, demand and settings at one fingerprint."""

    fingerprint: tuple[Any, ...]
    matrix: PropertyMatrix
    units: Mapping[uuid.UUID, _UnitLabel]
    quarters_of: Mapping[uuid.UUID, frozenset[uuid.UUID]]
    profile: DemandProfile
    settings: MatchingSettings


def _encode_settings(value: Any) -> dict[str, Any]:
    return {
        f.name: (
            str(getattr(value, f.name))
            if isinstance(getattr(value, f.name), Decimal)
            else getattr(value, f.name)
        )
        for f in fields(value)
    }


def _decode_settings(kind: type[Any], raw: object) -> Any:
    """A settings dataclass from its stored JSON; unknown keys are ignored, missing ones defaulted."""
    default = kind()
    if not isinstance(raw, dict):
        return default
    values: dict[str, Any] = {}
    for f in fields(kind):
        if f.name not in raw:
            continue
        template, stored = getattr(default, f.name), raw[f.name]
        try:
            if isinstance(template, bool):
                values[f.name] = bool(stored)
            elif isinstance(template, Decimal):
                values[f.name] = Decimal(str(stored))
            elif isinstance(template, int):
                values[f.name] = int(stored)
            elif isinstance(template, float):
                values[f.name] = float(stored)
        except (TypeError, ValueError, InvalidOperation):
            logger.warning("ignoring unreadable matching setting %s=%r", f.name, stored)
    try:
        return kind(**values)
    except ValidationError:
        logger.warning("stored %s are invalid; using the defaults", kind.__name__)
        return default


class PropertyService(Service):
    """Use cases of the Immobilien section (see the module docstring)."""

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self._settings = SettingsService(context)
        self._store = AttachmentStore(context.attachments_dir)
        self._lock = threading.Lock()
        self._snapshot_cache: _Snapshot | None = None
        self._sectors_cache: dict[uuid.UUID, tuple[str, str]] | None = None
        self._area_names_cache: tuple[dict[uuid.UUID, str], dict[uuid.UUID, tuple[str, uuid.UUID]]] | None = (
            None
        )
        self._boundaries_cache: tuple[float, Boundaries] | None = None

    # ==============================================================================================
    # Reference lookups (cached: reference data changes only with an upgrade)

    def _sectors(self, session: Session) -> dict[uuid.UUID, tuple[str, str]]:
        if self._sectors_cache is None:
            rows = session.execute(select(Sector.id, Sector.code, Sector.name_de))
            self._sectors_cache = {sid: (code, name) for sid, code, name in rows}
        return self._sectors_cache

    def _area_names(
        self, session: Session
    ) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, tuple[str, uuid.UUID]]]:
        """Borough names by id, and (district name, borough id) by district id."""
        if self._area_names_cache is None:
            boroughs = {bid: name for bid, name in session.execute(select(Borough.id, Borough.name))}
            districts = {
                did: (name, bid)
                for did, name, bid in session.execute(select(District.id, District.name, District.borough_id))
            }
            self._area_names_cache = (boroughs, districts)
        return self._area_names_cache

    # ==============================================================================================
    # Owners and applicants

    @requires(Permission.VIEW_PROPERTIES)
    def find_parties(
        self, text: str, kinds: Iterable[PartyKind] = tuple(PartyKind), *, limit: int = 30
    ) -> list[PartyRow]:
        """People, businesses and cases whose name (or case number) contains ``text``, for pickers."""
        words = text.strip()
        wanted = set(kinds)
        found: list[PartyRow] = []
        pattern = f"%{words}%"
        with self._sessions() as session:
            if PartyKind.PERSON in wanted:
                query = select(Person).where(Person.deleted_at.is_(None), Person.anonymised_at.is_(None))
                if words:
                    query = query.where(
                        or_(Person.family_name.ilike(pattern), Person.given_names.ilike(pattern))
                    )
                for person in session.scalars(
                    query.order_by(Person.family_name, Person.given_names).limit(limit)
                ):
                    found.append(PartyRow(PartyKind.PERSON, person.id, person.full_name, person.city or ""))
            if PartyKind.BUSINESS in wanted:
                query_b = select(Business).where(Business.deleted_at.is_(None))
                if words:
                    query_b = query_b.where(Business.name.ilike(pattern))
                for business in session.scalars(query_b.order_by(Business.name).limit(limit)):
                    found.append(
                        PartyRow(PartyKind.BUSINESS, business.id, business.name, business.city or "")
                    )
            if PartyKind.CASE in wanted:
                query_c = (
                    select(Case.id, Case.number, Business.name)
                    .join(Business, Business.id == Case.business_id)
                    .where(Case.deleted_at.is_(None))
                )
                if words:
                    query_c = query_c.where(or_(Case.number.ilike(pattern), Business.name.ilike(pattern)))
                for case_id, number, name in session.execute(
                    query_c.order_by(Case.number.desc()).limit(limit)
                ):
                    found.append(PartyRow(PartyKind.CASE, case_id, f"{number} · {name}"))
        return found

    @requires(Permission.EDIT_PROPERTIES)
    def create_owner(self, draft: OwnerDraft) -> PartyRow:
        """Record a property owner who is not yet known: a person or a business (name and contact)."""
        name = draft.name.strip()
        if not name:
            raise ValidationError(
                "owner.name_missing", "Please enter the owner's name (family name or company).", field="name"
            )
        with self._sessions.begin() as session:
            if draft.kind is PartyKind.PERSON:
                person = Person(
                    family_name=name[:200],
                    given_names=draft.given_names.strip()[:200],
                    phone=draft.phone.strip()[:60] or None,
                    email=draft.email.strip()[:254] or None,
                    notes="Als Eigentümer/in einer Gewerbeimmobilie erfasst.",
                )
                session.add(person)
                session.flush()
                return PartyRow(PartyKind.PERSON, person.id, person.full_name)
            if draft.kind is PartyKind.BUSINESS:
                business = Business(
                    name=name[:300],
                    founding_planned=False,
                    notes=" ".join(
                        part
                        for part in (
                            "Eigentümerin einer Gewerbeimmobilie.",
                            draft.phone.strip(),
                            draft.email.strip(),
                        )
                        if part
                    ),
                )
                session.add(business)
                session.flush()
                return PartyRow(PartyKind.BUSINESS, business.id, business.name)
        raise ValidationError(
            "owner.kind_invalid", "An owner is a person or a business, not a case.", field="kind"
        )

    def _party_labels(self, session: Session, refs: Iterable[PartyRef]) -> dict[PartyRef, str]:
        by_kind: dict[PartyKind, set[uuid.UUID]] = defaultdict(set)
        for ref in refs:
            by_kind[ref.kind].add(ref.id)
        labels: dict[PartyRef, str] = {}
        if by_kind[PartyKind.PERSON]:
            for pid, given, family in session.execute(
                select(Person.id, Person.given_names, Person.family_name).where(
                    Person.id.in_(by_kind[PartyKind.PERSON])
                )
            ):
                labels[PartyRef(PartyKind.PERSON, pid)] = f"{given} {family}".strip()
        if by_kind[PartyKind.BUSINESS]:
            for bid, name in session.execute(
                select(Business.id, Business.name).where(Business.id.in_(by_kind[PartyKind.BUSINESS]))
            ):
                labels[PartyRef(PartyKind.BUSINESS, bid)] = name
        if by_kind[PartyKind.CASE]:
            for cid, number, name in session.execute(
                select(Case.id, Case.number, Business.name)
                .join(Business, Business.id == Case.business_id)
                .where(Case.id.in_(by_kind[PartyKind.CASE]))
            ):
                labels[PartyRef(PartyKind.CASE, cid)] = f"{number} · {name}"
        return labels

    def _check_party(self, session: Session, ref: PartyRef, field: str) -> None:
        row: Person | Business | Case | None
        if ref.kind is PartyKind.PERSON:
            row = session.get(Person, ref.id)
        elif ref.kind is PartyKind.BUSINESS:
            row = session.get(Business, ref.id)
        else:
            row = session.get(Case, ref.id)
        if row is None or row.deleted_at is not None:
            raise NotFound(
                "party.missing",
                "The chosen {kind} no longer exists. Choose another.",
                field=field,
                kind=ref.kind,
            )

    # ==============================================================================================
    # Property register

    def _property_select(self) -> Select[Property]:
        return select(Property).where(Property.deleted_at.is_(None))

    def _property_rows(self, session: Session, properties: Sequence[Property]) -> list[PropertyRow]:
        boroughs, districts = self._area_names(session)
        ids = [p.id for p in properties]
        photos: dict[uuid.UUID | None, int] = {}
        open_matches: dict[uuid.UUID, int] = {}
        if ids:
            for chunk_start in range(0, len(ids), 900):
                chunk = ids[chunk_start : chunk_start + 900]
                photos.update(
                    session.execute(
                        select(Attachment.property_id, func.count())
                        .where(Attachment.property_id.in_(chunk), Attachment.deleted_at.is_(None))
                        .group_by(Attachment.property_id)
                    ).all()
                )
                open_matches.update(
                    session.execute(
                        select(Match.property_id, func.count())
                        .where(
                            Match.property_id.in_(chunk),
                            Match.deleted_at.is_(None),
                            Match.stage.in_(OPEN_MATCH_STAGES),
                        )
                        .group_by(Match.property_id)
                    ).all()
                )
        owners = [self._owner_ref(p) for p in properties]
        labels = self._party_labels(session, [o for o in owners if o is not None])
        rows = []
        for p, owner in zip(properties, owners, strict=True):
            rows.append(
                PropertyRow(
                    id=p.id,
                    version=p.version,
                    street=p.street,
                    postcode=p.postcode or "",
                    borough_id=p.borough_id,
                    borough_name=boroughs.get(p.borough_id, "") if p.borough_id else "",
                    district_id=p.district_id,
                    district_name=districts[p.district_id][0] if p.district_id in districts else "",
                    ground_floor=p.ground_floor,
                    floor_note=p.floor_note,
                    area_m2=p.area_m2,
                    rooms=p.rooms,
                    cold_rent=p.cold_rent,
                    service_charges=p.service_charges,
                    uses=frozenset(PropertyUse(u) for u in p.uses),
                    shop_window=p.shop_window,
                    step_free=p.step_free,
                    extra_features=frozenset(Feature(f) for f in p.extra_features),
                    condition=PropertyCondition(p.condition),
                    renovation_needs=p.renovation_needs,
                    renovation_cost=p.renovation_cost,
                    vacant_since=p.vacant_since,
                    vacancy_reason=p.vacancy_reason,
                    owner=owner,
                    owner_label=labels.get(owner, "") if owner else "",
                    owner_consent=p.owner_consent,
                    owner_consent_on=p.owner_consent_on,
                    status=PropertyStatus(p.status),
                    status_since=p.status_since,
                    status_reason=p.status_reason,
                    let_on=p.let_on,
                    notes=p.notes,
                    photo_count=photos.get(p.id, 0),
                    open_matches=open_matches.get(p.id, 0),
                )
            )
        return rows

    @staticmethod
    def _owner_ref(p: Property) -> PartyRef | None:
        if p.owner_person_id is not None:
            return PartyRef(PartyKind.PERSON, p.owner_person_id)
        if p.owner_business_id is not None:
            return PartyRef(PartyKind.BUSINESS, p.owner_business_id)
        return None

    def _load_property(self, session: Session, property_id: uuid.UUID) -> Property:
        row = session.get(Property, property_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("property.missing", "This property no longer exists (it was deleted).")
        return row

    @requires(Permission.VIEW_PROPERTIES)
    def properties(self, query: PropertyQuery | None = None) -> list[PropertyRow]:
        """Properties by street; filtered by status, borough and text (street, postcode, notes)."""
        query = query or PropertyQuery()
        statement = self._property_select()
        if query.statuses is not None:
            statement = statement.where(Property.status.in_(query.statuses))
        if query.borough_id is not None:
            statement = statement.where(Property.borough_id == query.borough_id)
        text = query.text.strip()
        if text:
            pattern = f"%{text}%"
            statement = statement.where(
                or_(
                    Property.street.ilike(pattern),
                    Property.postcode.ilike(pattern),
                    Property.notes.ilike(pattern),
                )
            )
        statement = statement.order_by(Property.street, Property.id)
        if query.limit is not None:
            statement = statement.limit(query.limit)
        with self._sessions() as session:
            found = list(session.scalars(statement))
            return self._property_rows(session, found)

    @requires(Permission.VIEW_PROPERTIES)
    def get_property(self, property_id: uuid.UUID) -> PropertyRow:
        with self._sessions() as session:
            return self._property_rows(session, [self._load_property(session, property_id)])[0]

    def _validated(self, session: Session, draft: PropertyDraft) -> PropertyDraft:
        street = draft.street.strip()
        if not street:
            raise ValidationError(
                "property.street_missing", "Please enter the street and house number.", field="street"
            )
        postcode = draft.postcode.strip()
        if postcode and not re.fullmatch(r"\d{5}", postcode):
            raise ValidationError(
                "property.postcode_invalid",
                "'{text}' is not a German postcode. Enter five digits, e.g. 44137.",
                field="postcode",
                text=postcode,
            )
        check_property_values(
            area_m2=draft.area_m2,
            cold_rent=draft.cold_rent,
            service_charges=draft.service_charges,
            renovation_cost=draft.renovation_cost,
            rooms=draft.rooms,
        )
        if not draft.uses:
            raise ValidationError(
                "property.uses_missing",
                "Choose at least one possible use (e.g. retail or office).",
                field="uses",
            )
        _, districts = self._area_names(session)
        borough_id = draft.borough_id
        if draft.district_id is not None:
            if draft.district_id not in districts:
                raise NotFound("district.missing", "The chosen district does not exist.", field="district_id")
            district_borough = districts[draft.district_id][1]
            if borough_id is not None and borough_id != district_borough:
                raise ValidationError(
                    "property.district_outside_borough",
                    "The district {district} does not belong to the chosen borough. Choose them again.",
                    field="district_id",
                    district=districts[draft.district_id][0],
                )
            borough_id = district_borough
        if draft.owner is not None:
            if draft.owner.kind is PartyKind.CASE:
                raise ValidationError(
                    "owner.kind_invalid", "An owner is a person or a business, not a case.", field="owner"
                )
            self._check_party(session, draft.owner, "owner")
        if draft.owner_consent:
            if draft.owner is None:
                raise ValidationError(
                    "property.consent_without_owner",
                    "A consent to the listing needs the owner who gave it. Choose or record the owner first.",
                    field="owner",
                )
            if draft.owner_consent_on is None:
                raise ValidationError(
                    "property.consent_date_missing",
                    "Please enter the day the owner consented to the listing.",
                    field="owner_consent_on",
                )
            _no_future(draft.owner_consent_on, "owner_consent_on")
        for feature in draft.extra_features:
            if feature in MUST_HAVE_FEATURES:
                raise ValidationError(
                    "property.feature_duplicated",
                    "'{feature}' is recorded by its own check box, not as a further feature.",
                    field="extra_features",
                    feature=feature,
                )
        return replace(
            draft,
            street=street[:200],
            postcode=postcode,
            borough_id=borough_id,
            owner_consent_on=draft.owner_consent_on if draft.owner_consent else None,
            floor_note=draft.floor_note.strip()[:60],
        )

    @staticmethod
    def _apply(row: Property, draft: PropertyDraft) -> None:
        row.street = draft.street
        row.postcode = draft.postcode or None
        row.borough_id = draft.borough_id
        row.district_id = draft.district_id
        row.ground_floor = draft.ground_floor
        row.floor_note = draft.floor_note
        row.area_m2 = draft.area_m2.quantize(Decimal("0.01"))
        row.rooms = draft.rooms
        row.cold_rent = round_cents(draft.cold_rent)
        row.service_charges = round_cents(draft.service_charges)
        row.uses = sorted(u.value for u in draft.uses)
        row.shop_window = draft.shop_window
        row.step_free = draft.step_free
        row.extra_features = sorted(f.value for f in draft.extra_features)
        row.condition = draft.condition
        row.renovation_needs = draft.renovation_needs.strip()
        row.renovation_cost = (
            round_cents(draft.renovation_cost) if draft.renovation_cost is not None else None
        )
        row.vacant_since = draft.vacant_since
        row.vacancy_reason = draft.vacancy_reason.strip()
        row.owner_person_id = draft.owner.id if draft.owner and draft.owner.kind is PartyKind.PERSON else None
        row.owner_business_id = (
            draft.owner.id if draft.owner and draft.owner.kind is PartyKind.BUSINESS else None
        )
        row.owner_consent = draft.owner_consent
        row.owner_consent_on = draft.owner_consent_on
        row.notes = draft.notes.strip()

    @requires(Permission.EDIT_PROPERTIES)
    def create_property(self, draft: PropertyDraft) -> PropertyRow:
        """Record a vacant unit (status vacant). Raises ``ValidationError`` for implausible values."""
        today = today_berlin()
        with self._sessions.begin() as session:
            clean = self._validated(session, draft)
            row = Property(status=PropertyStatus.VACANT, status_since=today)
            self._apply(row, clean)
            session.add(row)
            session.flush()
            self._record_step(session, row, None, PropertyStatus.VACANT, on=today, reason="Erfasst")
            return self._property_rows(session, [row])[0]

    @requires(Permission.EDIT_PROPERTIES)
    def update_property(self, property_id: uuid.UUID, version: int, draft: PropertyDraft) -> PropertyRow:
        """Save the dialog's values over the stored ones (the status changes through ``change_status``).

        Withdrawing the owner's consent rejects the property's open matches: it is no longer offered.
        """
        with self._sessions.begin() as session:
            row = self._load_property(session, property_id)
            clean = self._validated(session, draft)
            stored = self._property_rows(session, [row])[0].draft()
            changed = {
                f.name for f in fields(PropertyDraft) if getattr(stored, f.name) != getattr(clean, f.name)
            }
            _check_version(
                row.version,
                version,
                {name: getattr(clean, name) for name in changed},
                {name: getattr(stored, name) for name in changed},
            )
            consent_withdrawn = row.owner_consent and not clean.owner_consent
            self._apply(row, clean)
            if consent_withdrawn:
                self._reject_open(session, Match.property_id == row.id, _CONSENT_WITHDRAWN)
            session.flush()
            return self._property_rows(session, [row])[0]

    def _record_step(
        self,
        session: Session,
        row: Property,
        source: PropertyStatus | None,
        target: PropertyStatus,
        *,
        on: date,
        reason: str,
        match_id: uuid.UUID | None = None,
    ) -> None:
        session.add(
            PropertyStatusChange(
                property_id=row.id,
                from_status=source,
                to_status=target,
                changed_on=on,
                reason=reason,
                match_id=match_id,
                area_m2=row.area_m2,
                borough_id=row.borough_id,
                district_id=row.district_id,
            )
        )

    def _set_status(
        self,
        session: Session,
        row: Property,
        target: PropertyStatus,
        *,
        on: date,
        reason: str,
        match_id: uuid.UUID | None = None,
    ) -> None:
        source = PropertyStatus(row.status)
        row.status = target
        row.status_since = on
        row.status_reason = reason
        if target is PropertyStatus.LET:
            row.let_on = on
        if target is PropertyStatus.VACANT and source in (PropertyStatus.LET, PropertyStatus.REACTIVATED):
            row.vacant_since = on  # a new vacancy begins
            row.let_on = None
        self._record_step(session, row, source, target, on=on, reason=reason, match_id=match_id)

    @requires(Permission.EDIT_PROPERTIES)
    def change_status(
        self,
        property_id: uuid.UUID,
        version: int,
        target: PropertyStatus,
        reason: str,
        on: date | None = None,
    ) -> PropertyRow:
        """Move a property along ``domain.properties.PROPERTY_TRANSITIONS`` (with a reason where required).

        Letting counts the unit's m² as reactivated on ``on``; letting or withdrawing it rejects its open
        matches. ``on`` defaults to today and may not lie in the future.
        """
        day = _no_future(on or today_berlin(), "on")
        with self._sessions.begin() as session:
            row = self._load_property(session, property_id)
            _check_version(row.version, version, {"status": target}, {"status": PropertyStatus(row.status)})
            property_transition(PropertyStatus(row.status), target, reason)
            self._set_status(session, row, target, on=day, reason=reason.strip())
            if target is PropertyStatus.LET:
                self._reject_open(
                    session, Match.property_id == row.id, f"Objekt anderweitig vermietet: {reason.strip()}"
                )
            elif target is PropertyStatus.WITHDRAWN:
                self._reject_open(
                    session, Match.property_id == row.id, f"Objekt zurückgezogen: {reason.strip()}"
                )
            session.flush()
            return self._property_rows(session, [row])[0]

    @requires(Permission.VIEW_PROPERTIES)
    def status_history(self, property_id: uuid.UUID) -> list[StatusChangeRow]:
        """The property's status steps, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(PropertyStatusChange)
                .where(
                    PropertyStatusChange.property_id == property_id, PropertyStatusChange.deleted_at.is_(None)
                )
                .order_by(PropertyStatusChange.changed_on, PropertyStatusChange.created_at)
            )
            return [
                StatusChangeRow(
                    id=r.id,
                    from_status=PropertyStatus(r.from_status) if r.from_status else None,
                    to_status=PropertyStatus(r.to_status),
                    changed_on=r.changed_on,
                    reason=r.reason,
                    changed_by=r.created_by,
                    match_id=r.match_id,
                )
                for r in rows
            ]

    @requires(Permission.EDIT_PROPERTIES)
    def delete_property(self, property_id: uuid.UUID, version: int) -> None:
        """Mark a property deleted (e.g. a duplicate). One with a signed lease must be withdrawn instead."""
        with self._sessions.begin() as session:
            row = self._load_property(session, property_id)
            _check_version(row.version, version, {"deleted": True}, {"deleted": False})
            leased = session.scalar(
                select(func.count()).where(
                    Match.property_id == row.id,
                    Match.stage.in_(LEASED_MATCH_STAGES),
                    Match.deleted_at.is_(None),
                )
            )
            if leased:
                raise ValidationError(
                    "property.delete_has_lease",
                    "This property has a signed lease in its history, which counts in the reports. Withdraw "
                    "it instead of deleting it.",
                )
            self._reject_open(session, Match.property_id == row.id, "Objekt gelöscht (Doppelerfassung).")
            row.deleted_at = utc_now()

    # ==============================================================================================
    # Photos

    @requires(Permission.VIEW_PROPERTIES)
    def photos(self, property_id: uuid.UUID) -> list[PhotoRow]:
        with self._sessions() as session:
            rows = session.scalars(
                select(Attachment)
                .where(Attachment.property_id == property_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at, Attachment.id)
            )
            return [
                PhotoRow(a.id, a.version, property_id, a.original_name, a.media_type, a.size_bytes)
                for a in rows
            ]

    @requires(Permission.EDIT_PROPERTIES)
    def add_photo(self, property_id: uuid.UUID, source: Path) -> PhotoRow:
        """Copy a PNG or JPEG photo into the attachment store and attach it to the property."""
        suffix = source.suffix.lower()
        magic = _PHOTO_MAGIC.get(suffix)
        head = b""
        try:
            if source.is_file():
                with source.open("rb") as reader:
                    head = reader.read(8)
        except OSError:
            pass  # refused below as "not an image"
        if magic is None or not any(head.startswith(m) for m in magic):
            raise ValidationError(
                "photo.not_an_image",
                "{name} is not a PNG or JPEG photo. Save the photo as .jpg or .png and add it again.",
                field="file",
                name=source.name,
            )
        with self._sessions.begin() as session:
            self._load_property(session, property_id)
            count = session.scalar(
                select(func.count()).where(
                    Attachment.property_id == property_id, Attachment.deleted_at.is_(None)
                )
            )
            if (count or 0) >= MAX_PHOTOS:
                raise ValidationError(
                    "photo.too_many",
                    "A property can have at most {limit} photos. Remove one before adding another.",
                    field="file",
                    limit=MAX_PHOTOS,
                )
            stored = self._store.add(source)
            attachment = Attachment(
                property_id=property_id,
                original_name=stored.original_name,
                stored_name=stored.stored_name,
                sha256=stored.sha256,
                size_bytes=stored.size_bytes,
                media_type=stored.media_type,
            )
            session.add(attachment)
            session.flush()
            return PhotoRow(
                attachment.id,
                attachment.version,
                property_id,
                stored.original_name,
                stored.media_type,
                stored.size_bytes,
            )

    @requires(Permission.EDIT_PROPERTIES)
    def remove_photo(self, photo_id: uuid.UUID, version: int) -> None:
        """Mark a photo deleted (the file stays until data is purged)."""
        with self._sessions.begin() as session:
            row = session.get(Attachment, photo_id)
            if row is None or row.deleted_at is not None or row.property_id is None:
                raise NotFound("photo.missing", "This photo no longer exists.")
            _check_version(row.version, version, {"deleted": True}, {"deleted": False})
            row.deleted_at = utc_now()

    @requires(Permission.VIEW_PROPERTIES)
    def photo_file(self, photo_id: uuid.UUID) -> Path:
        """Where the photo's file is (to show it); ``NotFound`` if the file is missing."""
        with self._sessions() as session:
            row = session.get(Attachment, photo_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("photo.missing", "This photo no longer exists.")
            return self._store.path_of(row.stored_name)

    # ==============================================================================================
    # Space requests

    def _request_rows(self, session: Session, requests: Sequence[SpaceRequest]) -> list[SpaceRequestRow]:
        boroughs, districts = self._area_names(session)
        sectors = self._sectors(session)
        refs = [self._applicant(r) for r in requests]
        labels = self._party_labels(session, refs)
        ids = [r.id for r in requests]
        open_matches: dict[uuid.UUID, int] = {}
        for start in range(0, len(ids), 900):
            open_matches.update(
                session.execute(
                    select(Match.request_id, func.count())
                    .where(
                        Match.request_id.in_(ids[start : start + 900]),
                        Match.deleted_at.is_(None),
                        Match.stage.in_(OPEN_MATCH_STAGES),
                    )
                    .group_by(Match.request_id)
                ).all()
            )
        rows = []
        for r, ref in zip(requests, refs, strict=True):
            borough_ids = frozenset(uuid.UUID(b) for b in r.preferred_borough_ids)
            district_ids = frozenset(uuid.UUID(d) for d in r.preferred_district_ids)
            places = sorted(boroughs[b] for b in borough_ids if b in boroughs) + sorted(
                districts[d][0] for d in district_ids if d in districts
            )
            must = {
                Feature.GROUND_FLOOR: r.needs_ground_floor,
                Feature.SHOP_WINDOW: r.needs_shop_window,
                Feature.STEP_FREE: r.needs_step_free,
            }
            code, name = sectors.get(r.sector_id, (None, "")) if r.sector_id else (None, "")
            rows.append(
                SpaceRequestRow(
                    id=r.id,
                    version=r.version,
                    applicant=ref,
                    applicant_label=labels.get(ref, ""),
                    person_id=r.person_id,
                    business_id=r.business_id,
                    case_id=r.case_id,
                    use=PropertyUse(r.use),
                    sector_id=r.sector_id,
                    sector_code=code,
                    sector_label=name,
                    min_area_m2=r.min_area_m2,
                    max_area_m2=r.max_area_m2,
                    max_rent=r.max_rent,
                    preferred_borough_ids=borough_ids,
                    preferred_district_ids=district_ids,
                    preferred_labels=tuple(places),
                    must_haves=frozenset(f for f, needed in must.items() if needed),
                    nice_to_haves=frozenset(Feature(f) for f in r.nice_to_haves),
                    earliest_move_in=r.earliest_move_in,
                    status=SpaceRequestStatus(r.status),
                    status_reason=r.status_reason,
                    notes=r.notes,
                    open_matches=open_matches.get(r.id, 0),
                )
            )
        return rows

    @staticmethod
    def _applicant(r: SpaceRequest) -> PartyRef:
        if r.case_id is not None:
            return PartyRef(PartyKind.CASE, r.case_id)
        if r.business_id is not None:
            return PartyRef(PartyKind.BUSINESS, r.business_id)
        assert r.person_id is not None, "a request without applicant"
        return PartyRef(PartyKind.PERSON, r.person_id)

    def _load_request(self, session: Session, request_id: uuid.UUID) -> SpaceRequest:
        row = session.get(SpaceRequest, request_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("request.missing", "This space request no longer exists.")
        return row

    @requires(Permission.VIEW_PROPERTIES)
    def requests(self, query: RequestQuery | None = None) -> list[SpaceRequestRow]:
        """Space requests, newest first; a borough filter keeps requests that prefer it or one of its
        districts."""
        query = query or RequestQuery()
        statement = select(SpaceRequest).where(SpaceRequest.deleted_at.is_(None))
        if query.statuses is not None:
            statement = statement.where(SpaceRequest.status.in_(query.statuses))
        with self._sessions() as session:
            found = list(session.scalars(statement.order_by(SpaceRequest.created_at.desc(), SpaceRequest.id)))
            rows = self._request_rows(session, found)
            if query.borough_id is not None:
                _, districts = self._area_names(session)
                rows = [
                    r
                    for r in rows
                    if query.borough_id in r.preferred_borough_ids
                    or any(
                        districts.get(d, ("", None))[1] == query.borough_id for d in r.preferred_district_ids
                    )
                ]
        text = query.text.strip().casefold()
        if text:
            rows = [
                r for r in rows if text in r.applicant_label.casefold() or text in r.sector_label.casefold()
            ]
        return rows

    @requires(Permission.VIEW_PROPERTIES)
    def get_request(self, request_id: uuid.UUID) -> SpaceRequestRow:
        with self._sessions() as session:
            return self._request_rows(session, [self._load_request(session, request_id)])[0]

    def _validated_request(self, session: Session, draft: SpaceRequestDraft) -> None:
        check_request_values(
            min_area_m2=draft.min_area_m2, max_area_m2=draft.max_area_m2, max_rent=draft.max_rent
        )
        self._check_party(session, draft.applicant, "applicant")
        boroughs, districts = self._area_names(session)
        if any(b not in boroughs for b in draft.preferred_borough_ids) or any(
            d not in districts for d in draft.preferred_district_ids
        ):
            raise NotFound("area.missing", "A chosen borough or district does not exist.", field="preferred")
        if draft.sector_id is not None and draft.sector_id not in self._sectors(session):
            raise NotFound("sector.missing", "The chosen WZ sector does not exist.", field="sector_id")
        unknown = draft.must_haves - set(MUST_HAVE_FEATURES)
        if unknown:
            raise ValidationError(
                "request.must_have_unknown",
                "Only ground floor, shop window and step-free access can be must-haves (not {features}).",
                field="must_haves",
                features=tuple(sorted(unknown)),
            )
        if draft.earliest_move_in is not None and draft.earliest_move_in.year > today_berlin().year + 5:
            raise ValidationError(
                "request.move_in_far",
                "The earliest move-in {date} is more than five years ahead. Check the year.",
                field="earliest_move_in",
                date=draft.earliest_move_in,
            )

    def _apply_request(self, session: Session, row: SpaceRequest, draft: SpaceRequestDraft) -> None:
        applicant = draft.applicant
        row.person_id = applicant.id if applicant.kind is PartyKind.PERSON else None
        row.business_id = applicant.id if applicant.kind is PartyKind.BUSINESS else None
        row.case_id = applicant.id if applicant.kind is PartyKind.CASE else None
        if applicant.kind is PartyKind.CASE:
            case = session.get(Case, applicant.id)
            row.business_id = case.business_id if case is not None else None
        row.use = draft.use.value
        row.sector_id = draft.sector_id
        row.min_area_m2 = (
            draft.min_area_m2.quantize(Decimal("0.01")) if draft.min_area_m2 is not None else None
        )
        row.max_area_m2 = (
            draft.max_area_m2.quantize(Decimal("0.01")) if draft.max_area_m2 is not None else None
        )
        row.max_rent = round_cents(draft.max_rent) if draft.max_rent is not None else None
        row.preferred_borough_ids = sorted(str(b) for b in draft.preferred_borough_ids)
        row.preferred_district_ids = sorted(str(d) for d in draft.preferred_district_ids)
        row.needs_ground_floor = Feature.GROUND_FLOOR in draft.must_haves
        row.needs_shop_window = Feature.SHOP_WINDOW in draft.must_haves
        row.needs_step_free = Feature.STEP_FREE in draft.must_haves
        row.nice_to_haves = sorted(f.value for f in draft.nice_to_haves - draft.must_haves)
        row.earliest_move_in = draft.earliest_move_in
        row.notes = draft.notes.strip()

    @requires(Permission.EDIT_PROPERTIES)
    def create_request(self, draft: SpaceRequestDraft) -> SpaceRequestRow:
        """Record a space request (status open) for a person, a business or a case."""
        with self._sessions.begin() as session:
            self._validated_request(session, draft)
            row = SpaceRequest(status=SpaceRequestStatus.OPEN)
            self._apply_request(session, row, draft)
            session.add(row)
            session.flush()
            return self._request_rows(session, [row])[0]

    @requires(Permission.EDIT_PROPERTIES)
    def update_request(
        self, request_id: uuid.UUID, version: int, draft: SpaceRequestDraft
    ) -> SpaceRequestRow:
        with self._sessions.begin() as session:
            row = self._load_request(session, request_id)
            self._validated_request(session, draft)
            stored = self._request_rows(session, [row])[0].draft()
            changed = {
                f.name for f in fields(SpaceRequestDraft) if getattr(stored, f.name) != getattr(draft, f.name)
            }
            _check_version(
                row.version,
                version,
                {n: getattr(draft, n) for n in changed},
                {n: getattr(stored, n) for n in changed},
            )
            self._apply_request(session, row, draft)
            session.flush()
            return self._request_rows(session, [row])[0]

    @requires(Permission.EDIT_PROPERTIES)
    def set_request_status(
        self, request_id: uuid.UUID, version: int, status: SpaceRequestStatus, reason: str
    ) -> SpaceRequestRow:
        """Close a request (withdrawn, or fulfilled without a match) or reopen it; a reason is required.

        Closing rejects its open matches.
        """
        with self._sessions.begin() as session:
            row = self._load_request(session, request_id)
            current = SpaceRequestStatus(row.status)
            _check_version(row.version, version, {"status": status}, {"status": current})
            if status == current:
                raise ValidationError(
                    "request.status_unchanged",
                    "The request is already '{status}'.",
                    field="status",
                    status=status,
                )
            if not reason.strip():
                raise ValidationError(
                    "request.status_reason_missing",
                    "Please say why the request becomes '{status}'.",
                    field="reason",
                    status=status,
                )
            row.status = status
            row.status_reason = reason.strip()
            if status is not SpaceRequestStatus.OPEN:
                self._reject_open(
                    session, Match.request_id == row.id, f"Gesuch geschlossen: {reason.strip()}"
                )
            session.flush()
            return self._request_rows(session, [row])[0]

    # ==============================================================================================
    # Demand profile

    @requires(Permission.VIEW_PROPERTIES)
    def demand_areas(self) -> list[DemandAreaRow]:
        """Every statistical district and every quarter, with the number of missed offers recorded."""
        with self._sessions() as session:
            boroughs, districts = self._area_names(session)
            counts: dict[uuid.UUID | None, int] = defaultdict(int)
            for district_id, quarter_id, number in session.execute(
                select(DemandEntry.district_id, DemandEntry.quarter_id, func.count())
                .where(DemandEntry.deleted_at.is_(None))
                .group_by(DemandEntry.district_id, DemandEntry.quarter_id)
            ):
                counts[quarter_id or district_id] += number
            quarters = session.execute(
                select(Quarter.id, Quarter.name).where(Quarter.deleted_at.is_(None)).order_by(Quarter.name)
            ).all()
        rows = [DemandAreaRow("quarter", qid, name, "", counts.get(qid, 0)) for qid, name in quarters]
        rows += sorted(
            (
                DemandAreaRow("district", did, name, boroughs.get(bid, ""), counts.get(did, 0))
                for did, (name, bid) in districts.items()
            ),
            key=lambda r: (r.borough_name, r.name),
        )
        return rows

    def _entry_rows(self, session: Session, entries: Sequence[DemandEntry]) -> list[DemandEntryRow]:
        _, districts = self._area_names(session)
        sectors = self._sectors(session)
        quarter_ids = {e.quarter_id for e in entries if e.quarter_id}
        quarters = (
            dict(session.execute(select(Quarter.id, Quarter.name).where(Quarter.id.in_(quarter_ids))).all())
            if quarter_ids
            else {}
        )
        meeting_ids = {e.meeting_id for e in entries if e.meeting_id}
        meetings = (
            dict(
                session.execute(
                    select(InitiativeMeeting.id, InitiativeMeeting.held_on).where(
                        InitiativeMeeting.id.in_(meeting_ids)
                    )
                ).all()
            )
            if meeting_ids
            else {}
        )
        rows = []
        for e in entries:
            code, name = sectors[e.sector_id]
            if e.quarter_id is not None:
                area = quarters.get(e.quarter_id, "")
            else:
                area = districts[e.district_id][0] if e.district_id in districts else ""
            rows.append(
                DemandEntryRow(
                    id=e.id,
                    version=e.version,
                    district_id=e.district_id,
                    quarter_id=e.quarter_id,
                    area_name=area,
                    sector_id=e.sector_id,
                    sector_code=code,
                    sector_label=name,
                    weight=e.weight,
                    note=e.note,
                    meeting_id=e.meeting_id,
                    meeting_on=meetings.get(e.meeting_id) if e.meeting_id else None,
                )
            )
        return rows

    @requires(Permission.VIEW_PROPERTIES)
    def demand_entries(
        self, *, district_id: uuid.UUID | None = None, quarter_id: uuid.UUID | None = None
    ) -> list[DemandEntryRow]:
        """Missed offers of one district or quarter (of all areas when neither is given), heaviest first."""
        statement = select(DemandEntry).where(DemandEntry.deleted_at.is_(None))
        if district_id is not None:
            statement = statement.where(DemandEntry.district_id == district_id)
        if quarter_id is not None:
            statement = statement.where(DemandEntry.quarter_id == quarter_id)
        with self._sessions() as session:
            entries = list(
                session.scalars(statement.order_by(DemandEntry.weight.desc(), DemandEntry.created_at))
            )
            return self._entry_rows(session, entries)

    @staticmethod
    def _check_weight(weight: Decimal) -> Decimal:
        if not weight.is_finite() or weight <= 0 or weight > _MAX_WEIGHT:
            raise ValidationError(
                "demand.weight_invalid",
                "The weight {weight} is not valid. Enter a number above 0 and at most 10, e.g. 1 for missed "
                "and 10 for missed badly.",
                field="weight",
                weight=weight,
            )
        return weight.quantize(Decimal("0.01"))

    @requires(Permission.EDIT_PROPERTIES)
    def add_demand_entry(self, draft: DemandEntryDraft) -> DemandEntryRow:
        """Add a missed offer to a district's or a quarter's profile (one entry per sector and area)."""
        if (draft.district_id is None) == (draft.quarter_id is None):
            raise ValidationError(
                "demand.area_missing",
                "Choose either a district or a quarter for the missed offer.",
                field="area",
            )
        weight = self._check_weight(draft.weight)
        with self._sessions.begin() as session:
            sectors = self._sectors(session)
            if draft.sector_id not in sectors:
                raise NotFound("sector.missing", "The chosen WZ sector does not exist.", field="sector_id")
            if draft.quarter_id is not None:
                quarter = session.get(Quarter, draft.quarter_id)
                if quarter is None or quarter.deleted_at is not None:
                    raise NotFound("quarter.missing", "The chosen quarter no longer exists.", field="area")
            elif draft.district_id not in self._area_names(session)[1]:
                raise NotFound("district.missing", "The chosen district does not exist.", field="area")
            duplicate = session.scalar(
                select(DemandEntry).where(
                    DemandEntry.deleted_at.is_(None),
                    DemandEntry.meeting_id.is_(None),
                    DemandEntry.sector_id == draft.sector_id,
                    DemandEntry.district_id == draft.district_id
                    if draft.district_id is not None
                    else DemandEntry.district_id.is_(None),
                    DemandEntry.quarter_id == draft.quarter_id
                    if draft.quarter_id is not None
                    else DemandEntry.quarter_id.is_(None),
                )
            )
            if duplicate is not None:
                raise ConflictError(
                    "demand.duplicate",
                    "{sector} is already in this profile. Change its weight instead of adding it again.",
                    sector=f"{sectors[draft.sector_id][0]} {sectors[draft.sector_id][1]}",
                )
            entry = DemandEntry(
                district_id=draft.district_id,
                quarter_id=draft.quarter_id,
                sector_id=draft.sector_id,
                weight=weight,
                note=draft.note.strip(),
            )
            session.add(entry)
            session.flush()
            return self._entry_rows(session, [entry])[0]

    def _load_entry(self, session: Session, entry_id: uuid.UUID) -> DemandEntry:
        entry = session.get(DemandEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise NotFound("demand.missing", "This missed offer no longer exists.")
        return entry

    @requires(Permission.EDIT_PROPERTIES)
    def update_demand_entry(
        self, entry_id: uuid.UUID, version: int, weight: Decimal, note: str
    ) -> DemandEntryRow:
        clean = self._check_weight(weight)
        with self._sessions.begin() as session:
            entry = self._load_entry(session, entry_id)
            _check_version(
                entry.version,
                version,
                {"weight": clean, "note": note.strip()},
                {"weight": entry.weight, "note": entry.note},
            )
            entry.weight = clean
            entry.note = note.strip()
            session.flush()
            return self._entry_rows(session, [entry])[0]

    @requires(Permission.EDIT_PROPERTIES)
    def remove_demand_entry(self, entry_id: uuid.UUID, version: int) -> None:
        with self._sessions.begin() as session:
            entry = self._load_entry(session, entry_id)
            _check_version(entry.version, version, {"deleted": True}, {"deleted": False})
            entry.deleted_at = utc_now()

    def _load_profile(self, session: Session) -> DemandProfile:
        """Every non-deleted demand entry: district entries by district, quarter entries by quarter (the
        matcher applies a quarter's entries to all its districts). The same sector twice in one area
        counts with its highest weight."""
        sectors = self._sectors(session)
        weights: dict[uuid.UUID | None, dict[str, Decimal]] = defaultdict(dict)
        live_quarters = select(Quarter.id).where(Quarter.deleted_at.is_(None))
        for district_id, quarter_id, sector_id, weight in session.execute(
            select(
                DemandEntry.district_id, DemandEntry.quarter_id, DemandEntry.sector_id, DemandEntry.weight
            ).where(
                DemandEntry.deleted_at.is_(None),
                or_(DemandEntry.quarter_id.is_(None), DemandEntry.quarter_id.in_(live_quarters)),
            )
        ):
            area = quarter_id or district_id
            code = sectors[sector_id][0]
            weights[area][code] = max(weight, weights[area].get(code, Decimal(0)))
        return DemandProfile({area: dict(codes) for area, codes in weights.items() if area is not None})

    @requires(Permission.VIEW_PROPERTIES)
    def matching_inputs(self) -> MatchingInputs:
        """The demand profile and the settings the matcher uses now."""
        snapshot = self._snapshot()
        return MatchingInputs(snapshot.profile, snapshot.settings)

    # ==============================================================================================
    # Settings

    def _read_settings(self, session: Session) -> MatchingSettings:
        stored: dict[str, Any] = dict(
            session.execute(
                select(SettingValue.key, SettingValue.value).where(
                    SettingValue.key.in_((WEIGHTS_KEY, RULES_KEY, FUND_KEY)),
                    SettingValue.deleted_at.is_(None),
                )
            ).all()
        )
        return MatchingSettings(
            weights=_decode_settings(MatchingWeights, stored.get(WEIGHTS_KEY)),
            rules=_decode_settings(MatchingRules, stored.get(RULES_KEY)),
            fund=_decode_settings(FundRule, stored.get(FUND_KEY)),
        )

    @requires(Permission.VIEW_PROPERTIES)
    def matching_settings(self) -> MatchingSettings:
        with self._sessions() as session:
            return self._read_settings(session)

    @requires(Permission.EDIT_SETTINGS)
    def update_matching_settings(self, settings: MatchingSettings) -> MatchingSettings:
        """Store the weights, tolerances and fund rule (validated by their dataclasses on construction)."""
        values = {
            WEIGHTS_KEY: _encode_settings(settings.weights),
            RULES_KEY: _encode_settings(settings.rules),
            FUND_KEY: _encode_settings(settings.fund),
        }
        with self._sessions.begin() as session:
            stored = {
                row.key: row
                for row in session.scalars(select(SettingValue).where(SettingValue.key.in_(values)))
            }
            for key, value in values.items():
                if key in stored:
                    stored[key].value = value
                else:
                    session.add(SettingValue(key=key, value=value))
        return self.matching_settings()

    # ==============================================================================================
    # Matching

    def _fingerprint(self, session: Session) -> tuple[Any, ...]:
        """Counts and last changes of everything the snapshot is built from."""
        tables: tuple[type[Property] | type[DemandEntry] | type[QuarterDistrict] | type[Quarter], ...] = (
            Property,
            DemandEntry,
            QuarterDistrict,
            Quarter,
        )
        statements = [
            select(literal(i), func.count(), func.max(model.updated_at)).select_from(model)
            for i, model in enumerate(tables)
        ]
        statements.append(
            select(literal(9), func.count(), func.max(SettingValue.updated_at)).where(
                SettingValue.key.in_((WEIGHTS_KEY, RULES_KEY, FUND_KEY))
            )
        )
        return tuple(tuple(row) for row in session.execute(union_all(*statements)).all())

    def _quarters_of(self, session: Session) -> dict[uuid.UUID, frozenset[uuid.UUID]]:
        members: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for quarter_id, district_id in session.execute(
            select(QuarterDistrict.quarter_id, QuarterDistrict.district_id)
            .join(Quarter, Quarter.id == QuarterDistrict.quarter_id)
            .where(QuarterDistrict.deleted_at.is_(None), Quarter.deleted_at.is_(None))
        ):
            members[district_id].add(quarter_id)
        return {district: frozenset(quarters) for district, quarters in members.items()}

    def _facts_of(
        self,
        row: Any,
        quarters_of: Mapping[uuid.UUID, frozenset[uuid.UUID]],
        boroughs: Mapping[uuid.UUID, str],
        districts: Mapping[uuid.UUID, tuple[str, uuid.UUID]],
    ) -> PropertyFacts:
        return PropertyFacts(
            property_id=row.id,
            area_m2=row.area_m2,
            cold_rent=row.cold_rent,
            service_charges=row.service_charges,
            uses=frozenset(PropertyUse(u) for u in row.uses),
            features=features_of(
                ground_floor=row.ground_floor,
                shop_window=row.shop_window,
                step_free=row.step_free,
                extra=(Feature(f) for f in row.extra_features),
            ),
            district_id=row.district_id,
            borough_id=row.borough_id,
            quarter_ids=quarters_of.get(row.district_id, frozenset()) if row.district_id else frozenset(),
            condition=PropertyCondition(row.condition),
            renovation_cost=row.renovation_cost,
            owner_consent=row.owner_consent,
            status=PropertyStatus(row.status),
            # A vacancy date in the past means "available now"; one in the future is the handover day.
            available_from=row.vacant_since,
            district_name=districts[row.district_id][0] if row.district_id in districts else "",
            borough_name=boroughs.get(row.borough_id, "") if row.borough_id else "",
        )

    _FACT_COLUMNS = (
        Property.id,
        Property.street,
        Property.postcode,
        Property.area_m2,
        Property.cold_rent,
        Property.service_charges,
        Property.uses,
        Property.ground_floor,
        Property.shop_window,
        Property.step_free,
        Property.extra_features,
        Property.district_id,
        Property.borough_id,
        Property.condition,
        Property.renovation_cost,
        Property.owner_consent,
        Property.status,
        Property.vacant_since,
    )

    def _snapshot(self) -> _Snapshot:
        """The matcher's inputs, rebuilt only when the fingerprint changed."""
        with self._sessions() as session:
            fingerprint = self._fingerprint(session)
            cached = self._snapshot_cache
            if cached is not None and cached.fingerprint == fingerprint:
                return cached
            with self._lock:
                cached = self._snapshot_cache
                if cached is not None and cached.fingerprint == fingerprint:
                    return cached
                boroughs, districts = self._area_names(session)
                quarters_of = self._quarters_of(session)
                facts: list[PropertyFacts] = []
                units: dict[uuid.UUID, _UnitLabel] = {}
                for row in session.execute(
                    select(*self._FACT_COLUMNS).where(Property.deleted_at.is_(None)).order_by(Property.id)
                ):
                    fact = self._facts_of(row, quarters_of, boroughs, districts)
                    facts.append(fact)
                    units[row.id] = _UnitLabel(
                        label=f"{row.street}, {row.postcode}" if row.postcode else row.street,
                        borough_name=fact.borough_name,
                        district_name=fact.district_name,
                        area_m2=row.area_m2,
                        total_rent=row.cold_rent + row.service_charges,
                    )
                snapshot = _Snapshot(
                    fingerprint=fingerprint,
                    matrix=PropertyMatrix(facts),
                    units=units,
                    quarters_of=quarters_of,
                    profile=self._load_profile(session),
                    settings=self._read_settings(session),
                )
                self._snapshot_cache = snapshot
                logger.info("matching snapshot built: %d properties", len(facts))
                return snapshot

    @staticmethod
    def _matcher(snapshot: _Snapshot, as_of: date | None) -> Matcher:
        settings = snapshot.settings
        return Matcher(
            snapshot.profile,
            as_of=as_of or today_berlin(),
            weights=settings.weights,
            rules=settings.rules,
            fund=settings.fund,
        )

    def _request_facts(self, session: Session, rows: Sequence[SpaceRequest]) -> list[RequestFacts]:
        sectors = self._sectors(session)
        facts = []
        for r in rows:
            code, name = sectors.get(r.sector_id, (None, "")) if r.sector_id else (None, "")
            must = {
                Feature.GROUND_FLOOR: r.needs_ground_floor,
                Feature.SHOP_WINDOW: r.needs_shop_window,
                Feature.STEP_FREE: r.needs_step_free,
            }
            facts.append(
                RequestFacts(
                    request_id=r.id,
                    use=PropertyUse(r.use),
                    min_area_m2=r.min_area_m2,
                    max_area_m2=r.max_area_m2,
                    max_rent=r.max_rent,
                    preferred_district_ids=frozenset(r.preferred_district_ids),
                    preferred_borough_ids=frozenset(r.preferred_borough_ids),
                    must_haves=frozenset(f for f, needed in must.items() if needed),
                    nice_to_haves=frozenset(Feature(f) for f in r.nice_to_haves),
                    earliest_move_in=r.earliest_move_in,
                    sector_code=code,
                    sector_label=_short_sector_label(name),
                )
            )
        return facts

    def _candidate(
        self,
        result: MatchResult,
        unit: _UnitLabel,
        applicant: str,
        existing: Mapping[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, MatchStage]],
    ) -> MatchCandidate:
        request_id, property_id = _uid(result.request_id), _uid(result.property_id)
        match = existing.get((request_id, property_id))
        return MatchCandidate(
            request_id=request_id,
            property_id=property_id,
            property_label=unit.label,
            borough_name=unit.borough_name,
            district_name=unit.district_name,
            applicant_label=applicant,
            area_m2=unit.area_m2,
            total_rent=unit.total_rent,
            score=result.score,
            parts=result.parts,
            explanation=result.explanation,
            fund_eligible=result.fund_eligible,
            fund_reason=result.fund_reason,
            match_id=match[0] if match else None,
            match_stage=match[1] if match else None,
        )

    @staticmethod
    def _existing(
        session: Session, condition: Any
    ) -> dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, MatchStage]]:
        return {
            (request_id, property_id): (match_id, MatchStage(stage))
            for match_id, request_id, property_id, stage in session.execute(
                select(Match.id, Match.request_id, Match.property_id, Match.stage).where(
                    Match.deleted_at.is_(None), condition
                )
            )
        }

    @requires(Permission.VIEW_PROPERTIES)
    def rank_properties_for(
        self, request_id: uuid.UUID, *, limit: int | None = None, as_of: date | None = None
    ) -> list[MatchCandidate]:
        """Units that pass every hard filter for the request (owner consent, vacant, use, size, rent,
        availability, must-haves), best first, each with its score parts and German sentence."""
        snapshot = self._snapshot()
        with self._sessions() as session:
            request = self._load_request(session, request_id)
            facts = self._request_facts(session, [request])[0]
            applicant = self._party_labels(session, [self._applicant(request)]).get(
                self._applicant(request), ""
            )
            existing = self._existing(session, Match.request_id == request_id)
        results = self._matcher(snapshot, as_of).rank_properties(facts, snapshot.matrix, limit=limit)
        return [
            self._candidate(result, snapshot.units[_uid(result.property_id)], applicant, existing)
            for result in results
        ]

    @requires(Permission.VIEW_PROPERTIES)
    def rank_requests_for(
        self, property_id: uuid.UUID, *, limit: int | None = None, as_of: date | None = None
    ) -> list[MatchCandidate]:
        """Open requests the property passes every hard filter for, best first (empty for a unit that is not
        vacant or lacks the owner's consent)."""
        snapshot = self._snapshot()
        with self._sessions() as session:
            self._load_property(session, property_id)
            row = session.execute(select(*self._FACT_COLUMNS).where(Property.id == property_id)).one()
            boroughs, districts = self._area_names(session)
            unit_facts = self._facts_of(row, snapshot.quarters_of, boroughs, districts)
            unit = _UnitLabel(
                f"{row.street}, {row.postcode}" if row.postcode else row.street,
                unit_facts.borough_name,
                unit_facts.district_name,
                row.area_m2,
                row.cold_rent + row.service_charges,
            )
            requests = list(
                session.scalars(
                    select(SpaceRequest).where(
                        SpaceRequest.deleted_at.is_(None), SpaceRequest.status == SpaceRequestStatus.OPEN
                    )
                )
            )
            facts = self._request_facts(session, requests)
            refs = {r.id: self._applicant(r) for r in requests}
            labels = self._party_labels(session, refs.values())
            existing = self._existing(session, Match.property_id == property_id)
        results = self._matcher(snapshot, as_of).rank_requests(unit_facts, facts, limit=limit)
        return [
            self._candidate(result, unit, labels.get(refs[_uid(result.request_id)], ""), existing)
            for result in results
        ]

    @requires(Permission.VIEW_PROPERTIES)
    def rank_all(
        self, *, limit: int | None = 10, as_of: date | None = None, progress: ProgressFn | None = None
    ) -> dict[uuid.UUID, list[MatchCandidate]]:
        """For every open request its best ``limit`` units, with progress ``(done, total)``."""
        snapshot = self._snapshot()
        with self._sessions() as session:
            requests = list(
                session.scalars(
                    select(SpaceRequest)
                    .where(SpaceRequest.deleted_at.is_(None), SpaceRequest.status == SpaceRequestStatus.OPEN)
                    .order_by(SpaceRequest.created_at, SpaceRequest.id)
                )
            )
            facts = self._request_facts(session, requests)
            refs = {r.id: self._applicant(r) for r in requests}
            labels = self._party_labels(session, refs.values())
            existing = self._existing(session, Match.stage != MatchStage.REJECTED)
        ranked = self._matcher(snapshot, as_of).rank_all(
            facts, snapshot.matrix, limit=limit, progress=progress
        )
        result: dict[uuid.UUID, list[MatchCandidate]] = {}
        for request_id, results in ranked.items():
            key = _uid(request_id)
            applicant = labels.get(refs[key], "")
            result[key] = [
                self._candidate(r, snapshot.units[_uid(r.property_id)], applicant, existing) for r in results
            ]
        return result

    def _pair_facts(
        self, session: Session, snapshot: _Snapshot, property_row: Property, request_row: SpaceRequest
    ) -> tuple[PropertyFacts, RequestFacts]:
        boroughs, districts = self._area_names(session)
        row = session.execute(select(*self._FACT_COLUMNS).where(Property.id == property_row.id)).one()
        return (
            self._facts_of(row, snapshot.quarters_of, boroughs, districts),
            self._request_facts(session, [request_row])[0],
        )

    @requires(Permission.VIEW_PROPERTIES)
    def unmet_filters(
        self, property_id: uuid.UUID, request_id: uuid.UUID, *, as_of: date | None = None
    ) -> tuple[HardFilter, ...]:
        """Why a unit is not proposed for a request (empty: it may be proposed)."""
        snapshot = self._snapshot()
        with self._sessions() as session:
            unit, wish = self._pair_facts(
                session,
                snapshot,
                self._load_property(session, property_id),
                self._load_request(session, request_id),
            )
        return self._matcher(snapshot, as_of).unmet_filters(unit, wish)

    # ==============================================================================================
    # Match pipeline

    def _match_rows(self, session: Session, matches: Sequence[Match]) -> list[MatchRow]:
        boroughs, districts = self._area_names(session)
        property_ids = {m.property_id for m in matches}
        request_ids = {m.request_id for m in matches}
        units = (
            {p.id: p for p in session.scalars(select(Property).where(Property.id.in_(property_ids)))}
            if property_ids
            else {}
        )
        requests = (
            {r.id: r for r in session.scalars(select(SpaceRequest).where(SpaceRequest.id.in_(request_ids)))}
            if request_ids
            else {}
        )
        refs = {rid: self._applicant(r) for rid, r in requests.items()}
        labels = self._party_labels(session, refs.values())
        rows = []
        for m in matches:
            unit = units[m.property_id]
            parts = ScoreParts(**m.score_parts) if isinstance(m.score_parts, dict) else None
            rows.append(
                MatchRow(
                    id=m.id,
                    version=m.version,
                    request_id=m.request_id,
                    property_id=m.property_id,
                    applicant_label=labels.get(refs[m.request_id], ""),
                    property_label=f"{unit.street}, {unit.postcode}" if unit.postcode else unit.street,
                    borough_id=unit.borough_id,
                    borough_name=boroughs.get(unit.borough_id, "") if unit.borough_id else "",
                    district_name=districts[unit.district_id][0] if unit.district_id in districts else "",
                    area_m2=unit.area_m2,
                    stage=MatchStage(m.stage),
                    stage_on=m.stage_on,
                    score=m.score,
                    parts=parts,
                    explanation=m.explanation,
                    fund_eligible=m.fund_eligible,
                    fund_reason=m.fund_reason,
                    rejection_reason=m.rejection_reason,
                    lease_signed_on=m.lease_signed_on,
                    opened_on=m.opened_on,
                    note=m.note,
                )
            )
        return rows

    @requires(Permission.VIEW_PROPERTIES)
    def matches(self, query: MatchQuery | None = None) -> list[MatchRow]:
        """Stored matches, most recently moved first."""
        query = query or MatchQuery()
        statement = select(Match).where(Match.deleted_at.is_(None))
        if query.stages is not None:
            statement = statement.where(Match.stage.in_(query.stages))
        if query.request_id is not None:
            statement = statement.where(Match.request_id == query.request_id)
        if query.property_id is not None:
            statement = statement.where(Match.property_id == query.property_id)
        if query.borough_id is not None:
            statement = statement.join(Property, Property.id == Match.property_id).where(
                Property.borough_id == query.borough_id
            )
        with self._sessions() as session:
            found = list(session.scalars(statement.order_by(Match.updated_at.desc(), Match.id)))
            return self._match_rows(session, found)

    @requires(Permission.VIEW_PROPERTIES)
    def get_match(self, match_id: uuid.UUID) -> MatchRow:
        with self._sessions() as session:
            return self._match_rows(session, [self._load_match(session, match_id)])[0]

    def _load_match(self, session: Session, match_id: uuid.UUID) -> Match:
        row = session.get(Match, match_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("match.missing", "This match no longer exists.")
        return row

    def _refuse_unmet(self, unmet: tuple[HardFilter, ...], property_label: str) -> None:
        if HardFilter.OWNER_CONSENT in unmet:
            raise ValidationError(
                "match.no_owner_consent",
                "The owner of {property} has not consented to the listing. Record the consent (with its "
                "date) before proposing the property to an applicant.",
                field="property",
                property=property_label,
            )
        if unmet:
            raise ValidationError(
                "match.filters_not_met",
                "{property} cannot be proposed for this request; it fails: {filters}.",
                field="property",
                property=property_label,
                filters=unmet,
            )

    @requires(Permission.EDIT_PROPERTIES)
    def propose(
        self, request_id: uuid.UUID, property_id: uuid.UUID, *, as_of: date | None = None
    ) -> MatchRow:
        """Store a pairing at stage "proposed" with its score, parts, sentence and fund flag.

        Refused when any hard filter fails: a unit without the owner's consent is never proposed.
        """
        snapshot = self._snapshot()
        matcher = self._matcher(snapshot, as_of)
        with self._sessions.begin() as session:
            unit_row = self._load_property(session, property_id)
            request_row = self._load_request(session, request_id)
            if SpaceRequestStatus(request_row.status) is not SpaceRequestStatus.OPEN:
                raise ValidationError(
                    "match.request_closed",
                    "This request is '{status}'. Reopen it before proposing properties.",
                    status=SpaceRequestStatus(request_row.status),
                )
            unit, wish = self._pair_facts(session, snapshot, unit_row, request_row)
            label = f"{unit_row.street}, {unit_row.postcode}" if unit_row.postcode else unit_row.street
            self._refuse_unmet(matcher.unmet_filters(unit, wish), label)
            existing = session.scalar(
                select(Match).where(Match.request_id == request_id, Match.property_id == property_id)
            )
            if existing is not None:
                raise ConflictError(
                    "match.exists",
                    "This property was already proposed for this request (stage: {stage}).",
                    stage=MatchStage(existing.stage),
                )
            result = matcher.rank_requests(unit, [wish])[0]
            match = Match(
                request_id=request_id,
                property_id=property_id,
                stage=MatchStage.PROPOSED,
                stage_on=today_berlin(),
                score=result.score_decimal,
                score_parts=dict(result.parts.items()),
                explanation=result.explanation,
                fund_eligible=result.fund_eligible,
                fund_reason=result.fund_reason,
            )
            session.add(match)
            session.flush()
            return self._match_rows(session, [match])[0]

    def _reject_open(self, session: Session, condition: Any, reason: str) -> int:
        """Reject every open match meeting ``condition``; returns how many."""
        rejected = 0
        for match in session.scalars(
            select(Match).where(Match.deleted_at.is_(None), Match.stage.in_(OPEN_MATCH_STAGES), condition)
        ):
            match.stage = MatchStage.REJECTED
            match.stage_on = today_berlin()
            match.rejection_reason = reason[:2000]
            rejected += 1
        return rejected

    @requires(Permission.EDIT_PROPERTIES)
    def advance_match(
        self,
        match_id: uuid.UUID,
        version: int,
        target: MatchStage,
        *,
        on: date | None = None,
        reason: str = "",
        note: str | None = None,
    ) -> MatchRow:
        """Move a match along ``domain.properties.MATCH_TRANSITIONS``.

        A signed lease lets the property (its m² count as reactivated on ``on``), fulfils the request and
        rejects the other open matches of both; an opened business marks the property reactivated.
        Rejecting needs a reason. ``on`` defaults to today and may not lie in the future.
        """
        day = _no_future(on or today_berlin(), "on")
        snapshot = self._snapshot() if target is MatchStage.PROPOSED else None
        with self._sessions.begin() as session:
            match = self._load_match(session, match_id)
            current = MatchStage(match.stage)
            _check_version(match.version, version, {"stage": target}, {"stage": current})
            match_transition(current, target, reason)
            unit = self._load_property(session, match.property_id)
            request = self._load_request(session, match.request_id)
            label = f"{unit.street}, {unit.postcode}" if unit.postcode else unit.street
            status = PropertyStatus(unit.status)
            if target in (MatchStage.OWNER_CONTACTED, MatchStage.VIEWING, MatchStage.LEASE_SIGNED):
                if status not in (PropertyStatus.VACANT, PropertyStatus.RESERVED) or not unit.owner_consent:
                    raise ValidationError(
                        "match.property_unavailable",
                        "{property} is no longer offered (status '{status}', owner consent: {consent}). "
                        "Reject this match or make the property available again first.",
                        property=label,
                        status=status,
                        consent="ja" if unit.owner_consent else "nein",
                    )
                if SpaceRequestStatus(request.status) is not SpaceRequestStatus.OPEN:
                    raise ValidationError(
                        "match.request_closed",
                        "This request is '{status}'. Reopen it before proposing properties.",
                        status=SpaceRequestStatus(request.status),
                    )
            if target is MatchStage.PROPOSED:
                assert snapshot is not None
                unit_facts, wish = self._pair_facts(session, snapshot, unit, request)
                self._refuse_unmet(self._matcher(snapshot, None).unmet_filters(unit_facts, wish), label)
                match.rejection_reason = ""
            elif target is MatchStage.REJECTED:
                match.rejection_reason = reason.strip()[:2000]
            elif target is MatchStage.LEASE_SIGNED:
                match.lease_signed_on = day
                session.flush()
                self._set_status(
                    session,
                    unit,
                    PropertyStatus.LET,
                    on=day,
                    reason="Mietvertrag unterschrieben (Vermittlung)",
                    match_id=match.id,
                )
                request.status = SpaceRequestStatus.FULFILLED
                request.status_reason = f"Mietvertrag unterschrieben: {label}"
                self._reject_open(
                    session, (Match.property_id == unit.id) & (Match.id != match.id), _LET_TO_OTHER
                )
                self._reject_open(
                    session, (Match.request_id == request.id) & (Match.id != match.id), _REQUEST_FULFILLED
                )
            elif target is MatchStage.BUSINESS_OPENED:
                assert match.lease_signed_on is not None
                if day < match.lease_signed_on:
                    raise ValidationError(
                        "match.opened_before_lease",
                        "The business cannot open ({date}) before the lease was signed ({lease}).",
                        field="on",
                        date=day,
                        lease=match.lease_signed_on,
                    )
                match.opened_on = day
                if status is PropertyStatus.LET:
                    self._set_status(
                        session,
                        unit,
                        PropertyStatus.REACTIVATED,
                        on=day,
                        reason="Geschäft eröffnet",
                        match_id=match.id,
                    )
            match.stage = target
            match.stage_on = day
            if note is not None:
                match.note = note.strip()
            session.flush()
            return self._match_rows(session, [match])[0]

    # ==============================================================================================
    # Figures: reactivated space and the district map

    def _lettings(
        self, start: date, end: date
    ) -> Select[uuid.UUID, Decimal, date, uuid.UUID | None, uuid.UUID | None]:
        return (
            select(
                PropertyStatusChange.property_id,
                PropertyStatusChange.area_m2,
                PropertyStatusChange.changed_on,
                PropertyStatusChange.district_id,
                PropertyStatusChange.borough_id,
            )
            .join(Property, Property.id == PropertyStatusChange.property_id)
            .where(
                PropertyStatusChange.to_status == PropertyStatus.LET,
                PropertyStatusChange.deleted_at.is_(None),
                Property.deleted_at.is_(None),
                PropertyStatusChange.changed_on >= start,
                PropertyStatusChange.changed_on <= end,
            )
        )

    @staticmethod
    def _check_period(start: date, end: date) -> None:
        if end < start:
            raise ValidationError(
                "period.inverted",
                "The period ends ({end}) before it starts ({start}). Swap the dates.",
                field="end",
                start=start,
                end=end,
            )

    @requires(Permission.VIEW_PROPERTIES)
    def reactivated_spaces(
        self, start: date, end: date, *, district_ids: Iterable[uuid.UUID] | None = None
    ) -> list[ReactivatedSpace]:
        """Every letting in the period (in the districts, if given) as the LWSI's ``ReactivatedSpace``."""
        self._check_period(start, end)
        statement = self._lettings(start, end)
        if district_ids is not None:
            statement = statement.where(PropertyStatusChange.district_id.in_(list(district_ids)))
        with self._sessions() as session:
            rows = session.execute(statement.order_by(PropertyStatusChange.changed_on)).all()
        return [
            ReactivatedSpace(
                property_id=str(pid), area_m2=area, reactivated_on=on, district_id=str(did) if did else ""
            )
            for pid, area, on, did, _ in rows
        ]

    @requires(Permission.VIEW_PROPERTIES)
    def reactivated_area(
        self,
        start: date,
        end: date,
        *,
        borough_id: uuid.UUID | None = None,
        district_ids: Iterable[uuid.UUID] | None = None,
    ) -> ReactivatedArea:
        """Units let in the period and their m², in total and per borough (for reports and the LWSI)."""
        self._check_period(start, end)
        statement = self._lettings(start, end)
        if borough_id is not None:
            statement = statement.where(PropertyStatusChange.borough_id == borough_id)
        if district_ids is not None:
            statement = statement.where(PropertyStatusChange.district_id.in_(list(district_ids)))
        with self._sessions() as session:
            boroughs, _ = self._area_names(session)
            rows = session.execute(statement).all()
        per: dict[str, list[Decimal]] = defaultdict(list)
        for _, area, _, _, bid in rows:
            per[boroughs.get(bid, "") if bid else ""].append(area)
        return ReactivatedArea(
            start=start,
            end=end,
            units=len(rows),
            area_m2=sum((r[1] for r in rows), Decimal("0.00")),
            by_borough=tuple(
                sorted((name, len(areas), sum(areas, Decimal("0.00"))) for name, areas in per.items())
            ),
        )

    @requires(Permission.VIEW_PROPERTIES)
    def borough_figures(self, year: int) -> list[BoroughFigures]:
        """Per borough: vacant units and open cases (by the business's borough) now, m² let in ``year``."""
        with self._sessions() as session:
            boroughs = session.execute(select(Borough.id, Borough.name).order_by(Borough.display_order)).all()
            vacant = dict(
                session.execute(
                    select(Property.borough_id, func.count())
                    .where(Property.deleted_at.is_(None), Property.status == PropertyStatus.VACANT)
                    .group_by(Property.borough_id)
                ).all()
            )
            cases = dict(
                session.execute(
                    select(Business.borough_id, func.count())
                    .select_from(Case)
                    .join(Business, Business.id == Case.business_id)
                    .where(Case.deleted_at.is_(None), Case.stage != CaseStage.CLOSED)
                    .group_by(Business.borough_id)
                ).all()
            )
            let: dict[uuid.UUID | None, list[Decimal]] = defaultdict(list)
            for _, area, _, _, bid in session.execute(self._lettings(date(year, 1, 1), date(year, 12, 31))):
                let[bid].append(area)
        return [
            BoroughFigures(
                borough_id=bid,
                name=name,
                vacant=vacant.get(bid, 0),
                open_cases=cases.get(bid, 0),
                reactivated_m2=sum(let.get(bid, []), Decimal("0.00")),
                reactivated_units=len(let.get(bid, [])),
            )
            for bid, name in boroughs
        ]

    # ==============================================================================================
    # Borough boundaries (GeoJSON in the data folder)

    def _boundaries_path(self) -> Path:
        return self._context.data_dir / BOUNDARIES_FILE

    def _borough_lists(self) -> tuple[list[str], dict[str, str]]:
        with self._sessions() as session:
            boroughs, districts = self._area_names(session)
        return sorted(boroughs.values()), {name: boroughs[bid] for name, bid in districts.values()}

    @requires(Permission.VIEW_PROPERTIES)
    def boundaries(self) -> Boundaries | None:
        """The imported borough boundaries, or ``None`` until a file was imported (show the tile map)."""
        path = self._boundaries_path()
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            return None
        cached = self._boundaries_cache
        if cached is not None and cached[0] == mtime:
            return cached[1]
        names, districts = self._borough_lists()
        try:
            parsed = parse_boundaries(
                path.read_bytes(), name=path.name, boroughs=names, district_boroughs=districts
            )
        except (OSError, ValidationError) as exc:
            logger.warning("stored borough boundaries unusable, showing the tile map: %s", exc)
            return None
        self._boundaries_cache = (mtime, parsed)
        return parsed

    @requires(Permission.EDIT_PROPERTIES)
    def import_boundaries(self, source: Path) -> Boundaries:
        """Validate a GeoJSON file of the boroughs (or districts) and keep it, in WGS84, in the data folder.

        Raises ``ValidationError`` with a clear message for a file that is not GeoJSON, larger than 20 MB,
        in another coordinate system, elsewhere than Dortmund, or without the 12 boroughs.
        """
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ValidationError(
                "map.unreadable",
                "{name} cannot be read ({reason}).",
                field="file",
                name=source.name,
                reason=exc.strerror or str(exc),
            ) from exc
        if size > MAX_BYTES:
            raise ValidationError(
                "map.too_large",
                "The file {name} is {size} MB large; at most 20 MB are accepted. Choose the (simplified) "
                "boundaries of the 12 boroughs, not a detailed map.",
                field="file",
                name=source.name,
                size=round(size / 2**20, 1),
            )
        names, districts = self._borough_lists()
        parsed = parse_boundaries(
            source.read_bytes(), name=source.name, boroughs=names, district_boroughs=districts
        )
        target = self._boundaries_path()
        temporary = target.with_suffix(".partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("w", encoding="utf-8") as handle:
                json.dump(parsed.to_geojson(), handle, ensure_ascii=False, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            temporary.replace(target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise StorageError(
                "map.write_failed",
                "The boundaries could not be stored ({reason}). Check free disk space and try again.",
                reason=exc.strerror or str(exc),
            ) from exc
        self._boundaries_cache = None
        with self._sessions.begin() as session:
            record_event(
                session,
                "borough_boundaries",
                None,
                f"Bezirksgrenzen importiert aus {source.name}",
                details={"boroughs": len(parsed.shapes), "unmatched": list(parsed.unmatched[:20])},
            )
        return parsed

    @requires(Permission.EDIT_PROPERTIES)
    def remove_boundaries(self) -> None:
        """Forget the imported boundaries (maps show the tile map again)."""
        self._boundaries_path().unlink(missing_ok=True)
        self._boundaries_cache = None

    # ==============================================================================================
    # Exposé

    @requires(Permission.VIEW_PROPERTIES)
    def write_expose(self, property_id: uuid.UUID, target: Path) -> Path:
        """Write the applicant's PDF exposé (photos, key facts, where the borough lies) to ``target``.

        Only for a property the owner consented to list and that is not withdrawn. Owner details and
        internal notes are left out.
        """
        row = self.get_property(property_id)
        if not row.owner_consent:
            raise ValidationError(
                "expose.no_owner_consent",
                "The owner of {property} has not consented to the listing, so no exposé can be given to "
                "applicants. Record the consent first.",
                property=row.label,
            )
        if row.status in (PropertyStatus.WITHDRAWN, PropertyStatus.LET, PropertyStatus.REACTIVATED):
            raise ValidationError(
                "expose.not_offered",
                "{property} is '{status}' and no longer offered; an exposé is only made for vacant or "
                "reserved properties.",
                property=row.label,
                status=row.status,
            )
        # reportlab is loaded when the first exposé is made, not when the database opens.
        from dlzw_desktop.reports.expose_pdf import ExposeData, ExposePhoto, write_expose  # noqa: PLC0415
        from dlzw_desktop.reports.pdf import Letterhead  # noqa: PLC0415

        shared = self._settings.shared()
        photos = []
        for photo in self.photos(property_id):
            try:
                photos.append(ExposePhoto(self.photo_file(photo.id), Path(photo.original_name).stem))
            except NotFound:
                logger.warning("photo %s of property %s is missing from the store", photo.id, property_id)
        names, _ = self._borough_lists()
        data = ExposeData(
            letterhead=Letterhead(
                shared.organisation_name,
                shared.organisation_unit,
                shared.letterhead_address,
                shared.letterhead_contact,
            ),
            street=row.street,
            postcode=row.postcode,
            borough_name=row.borough_name,
            district_name=row.district_name,
            area_m2=row.area_m2,
            rooms=row.rooms,
            ground_floor=row.ground_floor,
            floor_note=row.floor_note,
            cold_rent=row.cold_rent,
            service_charges=row.service_charges,
            uses=tuple(u for u in PropertyUse if u in row.uses),
            features=tuple(f for f in Feature if f in row.features),
            condition=row.condition,
            renovation_needs=row.renovation_needs,
            renovation_cost=row.renovation_cost,
            available_from=row.vacant_since
            if row.vacant_since and row.vacant_since > today_berlin()
            else None,
            photos=tuple(photos),
            boroughs=tuple(names),
            boundaries=self.boundaries(),
            made_on=today_berlin(),
            reference=str(row.id)[:8].upper(),
        )
        written = write_expose(data, target)
        with self._sessions.begin() as session:
            record_event(session, "properties", property_id, f"Exposé erstellt: {target.name}")
        return written
