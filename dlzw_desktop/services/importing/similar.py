"""The duplicate check's side that needs no database: names and streets in comparison form, indexes of
known persons and businesses, and the check of a founders' list against its own earlier rows.

Kept free of SQLAlchemy and Qt: the import's sandbox process runs the check within the file while it
reads (``FileDuplicates``); the planner runs the same code against the candidates it fetched from the
database (``PersonIndex``, ``BusinessIndex``). The rules are those of ``domain.similarity``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from sys import intern
from typing import Any

from rapidfuzz import fuzz, process

from dlzw_desktop.domain.similarity import (
    BUSINESS_NAME_THRESHOLD,
    NAME_THRESHOLD,
    STREET_THRESHOLD,
    fold_name,
)
from dlzw_desktop.services.importing.convert import ImportedRow
from dlzw_desktop.services.importing.plan import DuplicateEntity, DuplicateMatch, DuplicateReason

CONFIDENT_NAME = 95
CONFIDENT_NAME_WITH_BIRTH = 90
FILE_MATCHES = 2  # duplicates within the file shown per row and record (besides up to 3 recorded ones)
_STREET_ABBREVIATION = re.compile(r"str\.?(?=\s|\d|$)")
_FOLDED: dict[str, str] = {}
_FOLDED_KEPT = 20_000  # lists repeat names, streets and places; a business name rarely comes twice
_STREETS: dict[str, str] = {}


def fast_fold(text: str) -> str:
    """``domain.similarity.fold_name``, quicker: memoised (lists repeat their names, streets and places),
    and plain ASCII only lower-cased."""
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) > _FOLDED_KEPT:
            _FOLDED.clear()
        ascii_only = text.isascii()
        folded = " ".join(text.lower().replace(",", " ").split()) if ascii_only else fold_name(text)
        _FOLDED[text] = folded
    return folded


def fold_street(text: str | None) -> str:
    """A street for comparison: folded, "Str." spelled out (as the intake duplicate check does);
    memoised, lists name the same streets again and again."""
    text = text or ""
    folded = _STREETS.get(text)
    if folded is None:
        if len(_STREETS) > 100_000:
            _STREETS.clear()
        folded = _STREETS[text] = _STREET_ABBREVIATION.sub("strasse", fast_fold(text))
    return folded


def fold_full_name(given: str, family: str) -> str:
    """``fast_fold(f"{given} {family}".strip())``, from the two names folded (and memoised) apart: folding
    works character by character and a space separates the two (``test_import_duplicates`` checks it)."""
    folded_given = fast_fold(given)
    folded_family = fast_fold(family)
    if folded_given and folded_family:
        return f"{folded_given} {folded_family}"
    return folded_given or folded_family


def day_text(value: date | None) -> str:
    """A date as German lists and reports write it (31.12.2026); empty for None. Memoised: the labels of
    duplicates and the problems of a list name the same days again and again."""
    if not value:
        return ""
    text = _DAYS.get(value)
    if text is None:
        if len(_DAYS) >= _DAYS_KEPT:
            _DAYS.clear()
        text = _DAYS[value] = value.strftime("%d.%m.%Y")
    return text


_DAYS: dict[date, str] = {}
_DAYS_KEPT = 50_000


@dataclass(slots=True)
class KnownPerson:
    """A person as the duplicate check compares them (recorded, or from an earlier row)."""

    name: str  # folded "given family"
    birth_date: date | None
    street: str  # folded
    postcode: str | None
    full_name: str  # as written, for the label
    street_as_written: str | None
    record_id: uuid.UUID | None = None
    row: int | None = None
    tokens: str = field(init=False, repr=False)  # the name for comparing (``sorted_tokens``)

    def __post_init__(self) -> None:
        tokens = sorted_tokens(self.name)
        self.tokens = self.name if tokens == self.name else tokens  # one string kept when already in order

    @property
    def label(self) -> str:
        """Built only for the few that turn out duplicates (most rows never need one)."""
        return person_label(self.full_name, self.birth_date, self.street_as_written, self.postcode)


@dataclass(slots=True)
class KnownBusiness:
    """A business as the duplicate check compares it."""

    name: str
    street: str
    postcode: str | None
    label_parts: tuple[str | None, ...]  # name, street, place as written
    record_id: uuid.UUID | None = None
    row: int | None = None
    tokens: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        tokens = sorted_tokens(self.name)
        self.tokens = self.name if tokens == self.name else tokens

    @property
    def label(self) -> str:
        """Built only for the few that turn out duplicates."""
        return ", ".join(part for part in self.label_parts if part)


def person_label(name: str, birth: date | None, street: str | None, postcode: str | None) -> str:
    parts = [name]
    if birth:
        parts.append(f"geb. {day_text(birth)}")
    address = " ".join(part for part in (street or "", postcode or "") if part)
    if address:
        parts.append(address)
    return ", ".join(parts)


def _block(street: str) -> str:
    return street[:4]


def sorted_tokens(name: str) -> str:
    """A folded name with its words in order: ``fuzz.ratio`` of two of these is ``fuzz.token_sort_ratio``
    of the names (folded names hold single spaces only, which both split alike), without rapidfuzz
    splitting and sorting every candidate again for every row."""
    return " ".join(sorted(name.split()))


class Bucket:
    """Known records sharing a key, with their names in comparison form, kept as they are added."""

    __slots__ = ("names", "records")

    def __init__(self) -> None:
        self.records: list[Any] = []
        self.names: list[str] = []

    def add(self, record: object, name: str) -> None:
        self.records.append(record)
        self.names.append(name)

    def similar(self, name: str, cutoff: float) -> list[tuple[float, int]]:
        """(score, position) of the records whose name scores at least ``cutoff``, best first."""
        return [
            (score, index)
            for _, score, index in process.extract(
                name, self.names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
        ]


class PersonIndex:
    """Persons by birth date and by address block, for the duplicate check.

    The candidates of a probe are the persons of its birth date, then those at its address block (each
    once); they are ranked by name similarity as one pool would be (best first, ties in pool order).
    """

    def __init__(self) -> None:
        self.by_birth: dict[date, Bucket] = {}
        self.by_address: dict[tuple[str, str], Bucket] = {}

    def add(self, person: KnownPerson) -> None:
        name = person.tokens
        if person.birth_date is not None:
            bucket = self.by_birth.get(person.birth_date)
            if bucket is None:
                bucket = self.by_birth[person.birth_date] = Bucket()
            bucket.add(person, name)
        if person.postcode and person.street:
            key = (person.postcode, _block(person.street))
            bucket = self.by_address.get(key)
            if bucket is None:
                bucket = self.by_address[key] = Bucket()
            bucket.add(person, name)

    def may_match(self, birth: date | None, postcode: str | None, street: str | None) -> bool:
        """Whether ``matches`` can find anyone for a person of this birth date and address (postcode and
        street as written): someone of the birth date or the address block is known. Needs no name."""
        if birth is not None and birth in self.by_birth:
            return True
        if not postcode or not street:
            return False
        folded = fold_street(street)
        return bool(folded) and (postcode, _block(folded)) in self.by_address

    def matches(self, probe: KnownPerson) -> list[DuplicateMatch]:
        if not probe.name:
            return []
        birth = probe.birth_date
        by_birth = self.by_birth.get(birth) if birth is not None else None
        by_address = (
            self.by_address.get((probe.postcode, _block(probe.street)))
            if probe.postcode and probe.street
            else None
        )
        if by_birth is None and by_address is None:
            return []
        name = probe.tokens
        ranked: list[tuple[float, int, int, KnownPerson]] = []
        if by_birth is not None:
            records = by_birth.records
            ranked.extend((score, 0, i, records[i]) for score, i in by_birth.similar(name, NAME_THRESHOLD))
        if by_address is not None:
            records = by_address.records
            for score, i in by_address.similar(name, NAME_THRESHOLD):
                known = records[i]
                if birth is None or known.birth_date != birth:  # else a candidate by birth date already
                    ranked.append((score, 1, i, known))
        if not ranked:
            return []
        ranked.sort(key=lambda hit: (-hit[0], hit[1], hit[2]))
        found = []
        for score, _, _, known in ranked:
            reasons = []
            if birth is not None and known.birth_date == birth:
                reasons.append(DuplicateReason.BIRTH_DATE)
            if (
                probe.postcode
                and known.postcode == probe.postcode
                and probe.street
                and fuzz.ratio(probe.street, known.street) >= STREET_THRESHOLD
            ):
                reasons.append(DuplicateReason.ADDRESS)
            if not reasons:
                continue
            births_differ = birth is not None and known.birth_date is not None and birth != known.birth_date
            confident = (DuplicateReason.BIRTH_DATE in reasons and score >= CONFIDENT_NAME_WITH_BIRTH) or (
                DuplicateReason.ADDRESS in reasons and score >= CONFIDENT_NAME and not births_differ
            )
            found.append(
                DuplicateMatch(
                    DuplicateEntity.PERSON,
                    known.label,
                    tuple(reasons),
                    round(score),
                    confident,
                    record_id=known.record_id,
                    row=known.row,
                )
            )
        found.sort(key=lambda match: (not match.confident, -len(match.reasons), -match.score))
        return found


class BusinessIndex:
    """Businesses by postcode, for the duplicate check (similar name and street at one postcode)."""

    def __init__(self) -> None:
        self.by_postcode: dict[str, Bucket] = {}

    def add(self, business: KnownBusiness) -> None:
        if business.postcode and business.street:
            bucket = self.by_postcode.get(business.postcode)
            if bucket is None:
                bucket = self.by_postcode[business.postcode] = Bucket()
            bucket.add(business, business.tokens)

    def matches(self, probe: KnownBusiness) -> list[DuplicateMatch]:
        if not probe.postcode or not probe.street or not probe.name:
            return []
        bucket = self.by_postcode.get(probe.postcode)
        if bucket is None:
            return []
        found = []
        for score, index in bucket.similar(probe.tokens, BUSINESS_NAME_THRESHOLD):
            known = bucket.records[index]
            street_score = fuzz.ratio(probe.street, known.street)
            if street_score < STREET_THRESHOLD:
                continue
            found.append(
                DuplicateMatch(
                    DuplicateEntity.BUSINESS,
                    known.label,
                    (DuplicateReason.ADDRESS,),
                    round(score),
                    score >= CONFIDENT_NAME and street_score >= CONFIDENT_NAME_WITH_BIRTH,
                    record_id=known.record_id,
                    row=known.row,
                )
            )
        found.sort(key=lambda match: (not match.confident, -match.score))
        return found


def probe_person(
    given: str | None,
    family: str | None,
    birth: date | None,
    *,
    street: str | None,
    postcode: str | None,
    row: int,
) -> KnownPerson | None:
    """A founders' list row's person as the duplicate check compares it; None without a family name."""
    if not family:
        return None
    given = given or ""
    return KnownPerson(
        fold_full_name(given, family),
        birth,
        fold_street(street),
        intern(postcode) if postcode else None,  # a list's postcodes repeat: one string each
        f"{given} {family}".strip(),
        street or None,
        row=row,
    )


def probe_business(
    name: str | None, street: str | None, postcode: str | None, row: int
) -> KnownBusiness | None:
    """A founders' list row's business as the duplicate check compares it; None without a name."""
    if not name:
        return None
    return KnownBusiness(
        fast_fold(name), fold_street(street), postcode or None, (name, street, postcode), row=row
    )


def business_key(probe: KnownBusiness) -> tuple[str, str, str]:
    """Rows naming the same business exactly (folded name, postcode, street) record it once."""
    return (probe.name, probe.postcode or "", probe.street)


FileMatches = tuple[list[DuplicateMatch], list[DuplicateMatch]]
"""A row's duplicates among the earlier rows of its file: (of its person, of its business)."""


class FileDuplicates:
    """The check of a founders' list against itself: each row's person and business against the rows
    before it, up to ``FILE_MATCHES`` each. A business named exactly as by an earlier row is that
    business (recorded once), not a duplicate of it, and is not compared again."""

    def __init__(self) -> None:
        self._persons = PersonIndex()
        self._businesses = BusinessIndex()
        self._business_keys: set[tuple[str, str, str]] = set()

    def check(self, person: KnownPerson | None, business: KnownBusiness | None) -> FileMatches:
        """The matches of one row, which then joins the earlier rows (call in file order)."""
        person_matches = self._persons.matches(person)[:FILE_MATCHES] if person is not None else []
        business_matches: list[DuplicateMatch] = []
        if business is not None:
            key = business_key(business)
            if key not in self._business_keys:
                business_matches = self._businesses.matches(business)[:FILE_MATCHES]
                self._business_keys.add(key)
                self._businesses.add(business)
        if person is not None:
            self._persons.add(person)
        return person_matches, business_matches


_PROBE_FIELDS = ("person.given_names", "person.family_name", "person.birth_date", "person.street",
                 "person.postcode", "business.name", "business.street", "business.postcode")  # fmt: skip


class RowProbes:
    """The person and business of converted founders' list rows, as the duplicate check compares them
    (what ``PersonsPlanner`` builds from the same rows). Converted text is a non-empty str or None."""

    def __init__(self) -> None:
        self._index: Mapping[str, int] | None = None
        self._pick: Callable[[tuple[object, ...]], tuple[Any, ...]] = tuple

    def __call__(self, row: ImportedRow) -> tuple[KnownPerson | None, KnownBusiness | None]:
        if row.field_index is not self._index:
            self._index = row.field_index
            self._pick = itemgetter(*(row.field_index[key] for key in _PROBE_FIELDS))
        given, family, birth, street, postcode, name, business_street, business_postcode = self._pick(
            row.values
        )
        number = row.number
        return (
            probe_person(given, family, birth, street=street, postcode=postcode, row=number)
            if family
            else None,
            probe_business(name, business_street, business_postcode, number) if name else None,
        )
