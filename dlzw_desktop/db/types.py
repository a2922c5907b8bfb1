"""Column types: money as integer cents, timestamps as aware UTC, enums as checked strings."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Dialect, Enum
from sqlalchemy.types import TypeDecorator

from dlzw_desktop.domain.audit_chain import canonical_json
from dlzw_desktop.domain.money import from_cents, to_cents


class Money(TypeDecorator[Decimal]):
    """``Decimal`` euros in Python, ``BIGINT`` cents in the database. Floats are refused."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be Decimal, not {type(value).__name__}")
        return to_cents(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_cents(int(value))


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC instants. Naive datetimes are refused on the way in."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware instants only")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def enum_type(enum_cls: type[StrEnum], name: str | None = None) -> Enum:
    """A string column restricted to the enum's values by a CHECK constraint (no native enums).

    ``name`` names the constraint; pass it when one table has two columns of the same enum.
    """
    return Enum(
        enum_cls,
        name=name or enum_cls.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_cls),
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class AuditJSON(TypeDecorator[Any]):
    """JSON stored as the audit chain's canonical text (sorted keys, no spaces).

    The chain hashes the stored text (``domain.audit_chain``), so the audit trail writes one fixed form,
    whatever the engine's JSON serializer does for other tables. PostgreSQL's trigger stores the text of
    its ``jsonb`` value and hashes that.
    """

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Any:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: Any) -> str | None:
            return None if value is None else canonical_json(value)

        return process
