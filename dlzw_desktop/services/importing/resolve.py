"""Names in a list turned into the records they mean: districts and boroughs by name, WZ 2008 sectors by
code or German name, advisors by user name or full name, lenders by name, loan programmes by date.

Every comparison folds case, accents and ß (``fold_key``), so "Hoerde", "Hörde" and "HÖRDE" are one
borough. A name that fits no record, or several, is a problem of its row; a name read only by similarity
is accepted with a warning that says how it was read.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import Borough, District, Lender, LoanProgramme, Sector, User
from dlzw_desktop.services.importing.similar import fast_fold
from dlzw_desktop.services.programme_service import programme_row

logger = logging.getLogger(__name__)

SIMILAR = 90  # rapidfuzz score from which a name counts as a likely spelling of a known one
_SECTOR_CODE = re.compile(r"^\s*(?:WZ(?:\s*2008)?[\s:-]*)?(\d{2}(?:[.,]?\d){0,3})(?=\s|$|[^\d.,])", re.I)


def fold_key(text: str) -> str:
    """The comparison form of a name: folded, single spaces (word order kept)."""
    return fast_fold(text)


def person_key(given_names: str, family_name: str) -> str:
    """A person's name in any order ("Müller, Anna" = "Anna Müller"), folded."""
    return " ".join(sorted(fast_fold(f"{given_names} {family_name}").split()))


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome of looking up a name: the record's id, or why not (a problem code and its parameters).

    ``read_as`` is set when the record was found by similarity only: the row gets a warning.
    """

    id: uuid.UUID | None = None
    label: str = ""
    code: str | None = None
    params: tuple[tuple[str, object], ...] = ()
    read_as: str | None = None
    parent_id: uuid.UUID | None = None  # the borough of a district

    @property
    def found(self) -> bool:
        return self.id is not None


def _unknown(code: str, **params: object) -> Resolved:
    return Resolved(code=code, params=tuple(params.items()))


class References:
    """The reference records an import resolves names against, loaded once per import."""

    def __init__(self, session: Session) -> None:
        self.boroughs: dict[str, tuple[uuid.UUID, str]] = {
            fold_key(name): (bid, name) for bid, name in session.execute(select(Borough.id, Borough.name))
        }
        self.borough_names: dict[uuid.UUID, str] = {bid: name for bid, name in self.boroughs.values()}
        self.districts: dict[str, tuple[uuid.UUID, str, uuid.UUID]] = {}
        self.district_codes: dict[str, tuple[uuid.UUID, str, uuid.UUID]] = {}
        self.district_names: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
        for did, name, code, bid in session.execute(
            select(District.id, District.name, District.code, District.borough_id)
        ):
            self.districts[fold_key(name)] = (did, name, bid)
            self.district_names[did] = (name, bid)
            if code:
                self.district_codes[code] = (did, name, bid)
        self.sectors_by_code: dict[str, tuple[uuid.UUID, str]] = {}
        self.sector_codes: dict[uuid.UUID, tuple[str, str]] = {}
        self._sector_names: dict[str, list[tuple[uuid.UUID, str, str]]] = {}
        for sid, code, level, name in session.execute(
            select(Sector.id, Sector.code, Sector.level, Sector.name_de)
        ):
            self.sectors_by_code[code] = (sid, name)
            self.sector_codes[sid] = (code, name)
            if level in ("class", "subclass"):
                # classes first: a class and its only subclass share the name, the class is what intake uses
                entry = (sid, code, name)
                bucket = self._sector_names.setdefault(fold_key(name), [])
                bucket.insert(0, entry) if level == "class" else bucket.append(entry)
        self._sector_choices = list(self._sector_names)
        self.users: dict[str, list[tuple[uuid.UUID, str]]] = {}
        self.user_names: dict[uuid.UUID, tuple[str, str]] = {}
        for uid, username, display in session.execute(
            select(User.id, User.username, User.display_name).where(User.deleted_at.is_(None))
        ):
            self.user_names[uid] = (username, display)
            for key in {fold_key(username), fold_key(display)}:
                self.users.setdefault(key, []).append((uid, display))
        self.lenders: dict[str, tuple[uuid.UUID, str]] = {
            fold_key(name): (lid, name)
            for lid, name in session.execute(
                select(Lender.id, Lender.name).where(Lender.deleted_at.is_(None))
            )
        }
        self.lender_names = {lid: name for lid, name in self.lenders.values()}
        self._programmes = [
            (row.id, programme_row(row).rules)
            for row in session.scalars(select(LoanProgramme).where(LoanProgramme.deleted_at.is_(None)))
        ]

    # -- areas ---------------------------------------------------------------------------------------

    def district(self, text: str) -> Resolved:
        key = fold_key(text)
        found = self.districts.get(key) or self.district_codes.get(text.strip())
        if found is None:
            best = process.extractOne(key, list(self.districts), scorer=fuzz.ratio, score_cutoff=SIMILAR)
            if best is None:
                return _unknown("import.unknown_district", value=text)
            found = self.districts[best[0]]
            return Resolved(found[0], found[1], read_as=found[1], parent_id=found[2])
        return Resolved(found[0], found[1], parent_id=found[2])

    def borough(self, text: str) -> Resolved:
        key = fold_key(text)
        found = self.boroughs.get(key)
        if found is None:
            best = process.extractOne(key, list(self.boroughs), scorer=fuzz.ratio, score_cutoff=SIMILAR)
            if best is None:
                return _unknown("import.unknown_borough", value=text)
            found = self.boroughs[best[0]]
            return Resolved(found[0], found[1], read_as=found[1])
        return Resolved(found[0], found[1])

    # -- sectors -------------------------------------------------------------------------------------

    def sector(self, text: str) -> Resolved:
        """A WZ 2008 entry by its code (47.11, 4711, 47.11.0, "47.11 Einzelhandel …") or German name."""
        match = _SECTOR_CODE.match(text)
        if match is not None:
            digits = re.sub(r"\D", "", match.group(1))
            code = _wz_code(digits)
            found = self.sectors_by_code.get(code) if code else None
            if found is not None:
                return Resolved(found[0], f"{code} {found[1]}")
            return _unknown("import.unknown_sector", value=text)
        key = fold_key(text)
        entries = self._sector_names.get(key)
        if entries:
            sid, code, name = entries[0]
            return Resolved(sid, f"{code} {name}")
        best = process.extractOne(key, self._sector_choices, scorer=fuzz.WRatio, score_cutoff=SIMILAR)
        if best is None:
            return _unknown("import.unknown_sector", value=text)
        sid, code, name = self._sector_names[best[0]][0]
        return Resolved(sid, f"{code} {name}", read_as=f"{code} {name}")

    def sector_label(self, sector_id: uuid.UUID | None) -> str:
        if sector_id is None or sector_id not in self.sector_codes:
            return ""
        code, name = self.sector_codes[sector_id]
        return f"{code} {name}"

    # -- people of the office ------------------------------------------------------------------------

    def user(self, text: str) -> Resolved:
        """An advisor by user name ("a.yilmaz") or display name ("Ayşe Yılmaz")."""
        found = self.users.get(fold_key(text), [])
        ids = {uid for uid, _ in found}
        if len(ids) == 1:
            return Resolved(found[0][0], found[0][1])
        if len(ids) > 1:
            return _unknown("import.ambiguous_advisor", value=text)
        return _unknown("import.unknown_advisor", value=text)

    def lender(self, text: str) -> Resolved:
        key = fold_key(text)
        found = self.lenders.get(key)
        if found is not None:
            return Resolved(found[0], found[1])
        best = process.extractOne(key, list(self.lenders), scorer=fuzz.WRatio, score_cutoff=SIMILAR)
        if best is None:
            return _unknown(
                "import.unknown_lender", value=text, known=", ".join(sorted(self.lender_names.values()))
            )
        found = self.lenders[best[0]]
        return Resolved(found[0], found[1], read_as=found[1])

    def programme_on(self, day: date) -> uuid.UUID | None:
        """The loan programme in force on ``day`` when exactly one is; otherwise none."""
        ids = [pid for pid, rules in self._programmes if rules.in_force_on(day)]
        return ids[0] if len(ids) == 1 else None


def _wz_code(digits: str) -> str | None:
    """47 -> 47, 471 -> 47.1, 4711 -> 47.11, 47110 -> 47.11.0."""
    if len(digits) == 2:
        return digits
    if len(digits) == 3:
        return f"{digits[:2]}.{digits[2]}"
    if len(digits) == 4:
        return f"{digits[:2]}.{digits[2:]}"
    if len(digits) == 5:
        return f"{digits[:2]}.{digits[2:4]}.{digits[4]}"
    return None


def unique_by_key(pairs: Iterable[tuple[str, uuid.UUID]]) -> dict[str, list[uuid.UUID]]:
    """Group ids by their folded name."""
    grouped: dict[str, list[uuid.UUID]] = {}
    for key, record_id in pairs:
        bucket = grouped.setdefault(key, [])
        if record_id not in bucket:
            bucket.append(record_id)
    return grouped


def chunks(values: Sequence[object], size: int = 500) -> Iterable[Sequence[object]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
