"""Helpers every editing service shares: optimistic locking and cleaning typed text.

Optimistic locking: an edit carries the ``version`` the user saw. When the stored row has moved on, the
service raises ``ConflictError`` (code ``edit.conflict``) with the user's values (``mine``), the stored
values of the same fields (``theirs``), who saved last and the stored version, and writes nothing. The UI
shows both side by side (``ui/conflict_dialog.py``) and saves again with the stored version and the
values the user chose.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dlzw_desktop.db.base import Tracked
from dlzw_desktop.domain.dates import to_berlin
from dlzw_desktop.errors import ConflictError, NotFound, ValidationError

T = TypeVar("T", bound=Tracked)

_SPACES = re.compile(r"\s+")


class Entity(StrEnum):
    """Kinds of records, as error parameters (the UI shows their translated labels)."""

    CASE = "case"
    PERSON = "person"
    BUSINESS = "business"
    MEMBER = "member"
    CONSULTATION = "consultation"
    DOCUMENT = "document"
    ATTACHMENT = "attachment"
    RECOMMENDATION = "recommendation"
    LOAN = "loan"
    REPAYMENT = "repayment"
    JOBS_RECORD = "jobs_record"
    REMINDER = "reminder"
    PROGRAMME = "programme"
    LENDER = "lender"
    USER = "user"


class InputField(StrEnum):
    """Typed fields named in error messages (the UI shows their translated labels)."""

    FAMILY_NAME = "family_name"
    GIVEN_NAMES = "given_names"
    EMAIL = "email"
    PHONE = "phone"
    STREET = "street"
    POSTCODE = "postcode"
    CITY = "city"
    NOTES = "notes"
    BUSINESS_NAME = "business_name"
    PURPOSE = "purpose"
    TOPICS = "topics"
    REASON = "reason"
    SUMMARY = "summary"
    CONDITIONS = "conditions"
    TITLE = "title"
    PROGRAMME_NAME = "programme_name"
    LENDER_NAME = "lender_name"
    CONTACT_PERSON = "contact_person"
    LANGUAGES = "languages"


def conflict(obj: Tracked, mine: Mapping[str, Any]) -> ConflictError:
    """The error for a save over a newer version of ``obj``: its stored values of the fields in ``mine``."""
    theirs = {field: getattr(obj, field) for field in mine}
    return ConflictError(
        "edit.conflict",
        "{by} saved this record at {at} while you were editing it. Compare both versions and choose, "
        "field by field, what to keep; nothing has been overwritten.",
        mine=dict(mine),
        theirs=theirs,
        by=obj.updated_by,
        at=to_berlin(obj.updated_at),
        version=obj.version,
    )


def ensure_version(obj: Tracked, seen_version: int | None, mine: Mapping[str, Any]) -> None:
    """Raise ``ConflictError`` when ``obj`` is no longer at the version the user saw."""
    if seen_version is not None and obj.version != seen_version:
        raise conflict(obj, mine)


def flush_checked(session: Session, obj: Tracked, mine: Mapping[str, Any]) -> None:
    """Flush; a concurrent save that slipped in after the version check becomes a ``ConflictError``."""
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        stored = session.get(type(obj), obj.id, populate_existing=True)
        if stored is None:
            raise NotFound("edit.deleted", "This record was deleted by someone else.") from None
        raise conflict(stored, mine) from None


def load_for_update(session: Session, model: type[T], row_id: Any, *, what: Entity) -> T:
    """The row, locked for this transaction on PostgreSQL (SQLite writers are serialised anyway).

    Raises ``NotFound`` for missing or deleted rows.
    """
    row = session.scalar(select(model).where(model.id == row_id).with_for_update())
    if row is None or row.deleted_at is not None:
        raise NotFound(
            "record.not_found",
            "The {what} no longer exists. It may have been deleted by someone else; refresh the list.",
            what=what,
        )
    return row


def load(session: Session, model: type[T], row_id: Any, *, what: Entity) -> T:
    """The row for reading; raises ``NotFound`` for missing or deleted rows."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(
            "record.not_found",
            "The {what} no longer exists. It may have been deleted by someone else; refresh the list.",
            what=what,
        )
    return row


def _too_long(field: InputField, max_length: int, length: int) -> ValidationError:
    return ValidationError(
        "input.too_long",
        "{label}: at most {max_length} characters are possible (you entered {length}). Please shorten it.",
        field=field.value,
        label=field,
        max_length=max_length,
        length=length,
    )


def clean_line(text: str | None, *, field: InputField, max_length: int, required: bool = False) -> str:
    """One line of typed text: Unicode NFC (so "Müller" typed two ways is one name), no control
    characters, single spaces. Raises ``ValidationError`` when required and empty, or too long."""
    raw = unicodedata.normalize("NFC", text or "")
    cleaned = _SPACES.sub(" ", "".join(ch if ch.isprintable() else " " for ch in raw)).strip()
    if required and not cleaned:
        raise ValidationError("input.required", "Please fill in: {label}.", field=field.value, label=field)
    if len(cleaned) > max_length:
        raise _too_long(field, max_length, len(cleaned))
    return cleaned


def clean_text(text: str | None, *, field: InputField, max_length: int = 20_000) -> str:
    """Multi-line notes: NFC, control characters except line breaks and tabs removed, trimmed."""
    raw = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    cleaned = "".join(ch for ch in raw if ch.isprintable() or ch in "\n\t").strip()
    if len(cleaned) > max_length:
        raise _too_long(field, max_length, len(cleaned))
    return cleaned


def optional_line(text: str | None, *, field: InputField, max_length: int) -> str | None:
    """Like ``clean_line``, but empty text becomes ``None``."""
    cleaned = clean_line(text, field=field, max_length=max_length)
    return cleaned or None


def changed_fields(obj: Tracked, values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of ``values`` that differ from ``obj``'s current attributes."""
    return {key: value for key, value in values.items() if getattr(obj, key) != value}


def apply(obj: Tracked, values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        setattr(obj, key, value)


def only(values: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    wanted = set(keys)
    return {key: value for key, value in values.items() if key in wanted}
