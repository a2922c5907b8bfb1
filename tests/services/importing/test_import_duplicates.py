"""The duplicate check's indexes find exactly what scanning every candidate with rapidfuzz finds."""

from __future__ import annotations

import random
import uuid
from datetime import date

from rapidfuzz import fuzz, process

from dlzw_desktop.domain.similarity import BUSINESS_NAME_THRESHOLD, NAME_THRESHOLD, STREET_THRESHOLD
from dlzw_desktop.services.importing.plan import DuplicateEntity, DuplicateMatch, DuplicateReason
from dlzw_desktop.services.importing.similar import (
    CONFIDENT_NAME,
    CONFIDENT_NAME_WITH_BIRTH,
    BusinessIndex,
    KnownBusiness,
    KnownPerson,
    PersonIndex,
    _block,
    fast_fold,
    fold_full_name,
    fold_street,
)

GIVEN = ["Anna", "Ana", "Anna-Lena", "Mehmet", "Mehmed", "Ayşe", "Ayse", "Jürgen", "Juergen", "Olga", "Ольга"]
FAMILY = ["Müller", "Mueller", "Muller", "Yılmaz", "Yilmaz", "Öztürk", "Schmidt", "Schmitt", "Weiß", "Weiss"]
STREETS = ["Hansastraße 1", "Hansastr. 1", "Hansastraße 2", "Kampstraße 10", "Kampstr 10", "Münsterstraße 3"]
POSTCODES = ["44137", "44139", "44145"]


def _reference_person_matches(pool_in_order: list[KnownPerson], probe: KnownPerson) -> list[DuplicateMatch]:
    """The former implementation: one pool (by birth date, then by address block), scanned in one go."""
    candidates: dict[int, KnownPerson] = {}
    if probe.birth_date is not None:
        for known in pool_in_order:
            if known.birth_date == probe.birth_date:
                candidates[id(known)] = known
    if probe.postcode and probe.street:
        for known in pool_in_order:
            if (
                known.postcode == probe.postcode
                and known.street
                and _block(known.street) == _block(probe.street)
            ):
                candidates.setdefault(id(known), known)
    if not candidates or not probe.name:
        return []
    pool = list(candidates.values())
    found = []
    for _, score, index in process.extract(
        probe.name,
        [known.name for known in pool],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=NAME_THRESHOLD,
        limit=None,
    ):
        known = pool[index]
        reasons = []
        if probe.birth_date is not None and known.birth_date == probe.birth_date:
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
        births_differ = (
            probe.birth_date is not None
            and known.birth_date is not None
            and probe.birth_date != known.birth_date
        )
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


def _person(rnd: random.Random, row: int) -> KnownPerson:
    given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
    full = f"{family}, {given}" if rnd.random() < 0.2 else f"{given} {family}"  # either order
    birth = date(1980, 1 + rnd.randrange(2), 1 + rnd.randrange(3)) if rnd.random() < 0.8 else None
    street = rnd.choice(STREETS) if rnd.random() < 0.8 else None
    postcode = rnd.choice(POSTCODES) if rnd.random() < 0.8 else None
    return KnownPerson(
        fast_fold(full),
        birth,
        fold_street(street),
        postcode,
        full,
        street,
        record_id=uuid.uuid4() if rnd.random() < 0.5 else None,
        row=row,
    )


def test_person_index_matches_the_pool_scan() -> None:
    rnd = random.Random(8)
    index = PersonIndex()
    known: list[KnownPerson] = []
    compared = with_matches = 0
    for row in range(2, 1500):
        probe = _person(rnd, row)
        expected = _reference_person_matches(known, probe)
        assert index.matches(probe) == expected, f"row {row}"
        compared += 1
        with_matches += bool(expected)
        index.add(probe)
        known.append(probe)
    assert with_matches > compared // 4  # the data made the check find plenty, confident and not


def _reference_business_matches(
    pool_in_order: list[KnownBusiness], probe: KnownBusiness
) -> list[DuplicateMatch]:
    if not probe.postcode or not probe.street or not probe.name:
        return []
    pool = [known for known in pool_in_order if known.postcode == probe.postcode and known.street]
    found = []
    for _, score, index in process.extract(
        probe.name,
        [known.name for known in pool],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=BUSINESS_NAME_THRESHOLD,
        limit=None,
    ):
        known = pool[index]
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


def test_business_index_matches_the_pool_scan() -> None:
    rnd = random.Random(9)
    names = [
        "Bäckerei Öztürk",
        "Backerei Ozturk",
        "Öztürk Bäckerei GmbH",
        "Kiosk am Markt",
        "Kiosk Markt",
        "Café Hansa",
    ]
    index = BusinessIndex()
    known: list[KnownBusiness] = []
    found = 0
    for row in range(2, 800):
        name = rnd.choice(names)
        street = rnd.choice(STREETS) if rnd.random() < 0.9 else None
        probe = KnownBusiness(fast_fold(name), fold_street(street), rnd.choice(POSTCODES), (name,), row=row)
        expected = _reference_business_matches(known, probe)
        assert index.matches(probe) == expected, f"row {row}"
        found += bool(expected)
        index.add(probe)
        known.append(probe)
    assert found > 100


def test_a_full_name_folds_like_its_two_names_folded_apart() -> None:
    rnd = random.Random(10)
    alphabet = "abcAB Ä äöüßıİ,łŁ\u0301ﬁ ΣσςẞǅÅ\u00a0\u2003-'"
    for _ in range(20_000):
        given = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 8))).strip()
        family = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 8))).strip()
        assert fold_full_name(given, family) == fast_fold(f"{given} {family}".strip()), (given, family)
