"""Laptop kits for consultation days: check-out, work offline, check-in with a three-way merge, refresh.

Office: ``check_out`` writes an encrypted kit (``db.cipher``) for one or more consultation days and
registers it; ``import_package`` checks a laptop's package (``sync.package``: authenticity, installation,
schema, replay) before anything is written, then merges it in one transaction (``sync.checkin``);
``conflicts``/``resolve_conflict`` let a person decide the clashes (audited); ``refresh_kit`` brings a kit
up to date for the next day without losing what it holds (``sync.refresh``).

Laptop (the app opened on the kit): ``kit_info`` says what the kit is (the status bar shows it),
``pending_changes`` counts what a package would carry, ``write_package`` seals all changes since
check-out into a package for the office.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import secrets
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from dlzw_desktop.db import cipher
from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.migrate import (
    create_kit_database,
    current_revision,
    is_kit_path,
    known_revisions,
    open_database,
    prepare_kit_template,
)
from dlzw_desktop.db.models import (
    Case,
    ConsultationDay,
    SyncConflict,
    SyncImport,
    SyncKit,
    SyncKitInfo,
    SyncSnapshot,
    User,
)
from dlzw_desktop.domain.dates import utc_now
from dlzw_desktop.domain.merge import Choice, Conflict, ConflictKind, JsonValue, resolve
from dlzw_desktop.errors import ConflictError, NotFound, StorageError, ValidationError
from dlzw_desktop.services.case_service import assign_office_number
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import ANYONE_SIGNED_IN, NO_SIGN_IN, Permission, requires
from dlzw_desktop.services.sync import package as packages
from dlzw_desktop.services.sync.checkin import (
    DecodedValues,
    OfficeWriter,
    build_payload,
    import_records,
    parse_payload,
    pending_records,
    upsert_bases,
)
from dlzw_desktop.services.sync.checkout import collect, copy_settings, snapshots, write_rows, write_snapshots
from dlzw_desktop.services.sync.kit_state import installation_id, kit_info
from dlzw_desktop.services.sync.records import ValueKind, codec, fetch_rows
from dlzw_desktop.services.sync.refresh import refresh_rows
from dlzw_desktop.services.user_service import os_username

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
MIN_PASSPHRASE: Final = 10
KIT_SUFFIX: Final = cipher.KIT_SUFFIX
PACKAGE_SUFFIX: Final = packages.PACKAGE_SUFFIX
# The key check lives inside the encrypted kit, so it needs no cost of its own: the kit's Argon2id key
# already guards it. The lowest parameters the package reader accepts keep it quick.
_CHECK_KDF: Final = packages.KdfParams(time_cost=2, memory_cost_kib=19 * 1024, parallelism=1)
_CODE_ALPHABET: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PACKAGE_KDF = packages.DEFAULT_KDF
"""Key-derivation cost of the packages a laptop writes (tests lower it; readers accept a range)."""


@dataclass(frozen=True, slots=True)
class KitDay:
    """A consultation day held by a kit."""

    id: uuid.UUID
    held_on: date
    place: str


@dataclass(frozen=True, slots=True)
class KitInfoRow:
    """What the open kit is (laptop side)."""

    kit_id: uuid.UUID
    code: str
    days: tuple[KitDay, ...]
    advisor_username: str
    checked_out_at: datetime
    checked_out_by: str
    refreshed_at: datetime | None
    last_sequence: int
    last_package_at: datetime | None


@dataclass(frozen=True, slots=True)
class KitRow:
    """A kit in the office's register."""

    id: uuid.UUID
    code: str
    label: str
    day_ids: tuple[uuid.UUID, ...]
    advisor_name: str
    checked_out_at: datetime
    refreshed_at: datetime | None
    last_sequence: int
    last_imported_at: datetime | None
    record_count: int
    open_conflicts: int


@dataclass(frozen=True, slots=True)
class CheckOutResult:
    """A kit written and registered."""

    kit_id: uuid.UUID
    code: str
    path: Path
    records: int
    days: tuple[KitDay, ...]


@dataclass(frozen=True, slots=True)
class PendingChanges:
    """What the next package from this kit carries: records per table, new and changed."""

    new: int
    changed: int
    by_table: dict[str, int]

    @property
    def total(self) -> int:
        return self.new + self.changed


@dataclass(frozen=True, slots=True)
class PackageWritten:
    """A package sealed on the laptop."""

    path: Path
    package_id: uuid.UUID
    sequence: int
    records: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing a package did (all zero when it had been imported before)."""

    kit_id: uuid.UUID
    kit_code: str
    sequence: int
    already_imported: bool
    inserted: int = 0
    updated: int = 0
    conflicts: int = 0
    unchanged: int = 0
    merged_duplicates: int = 0
    case_numbers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """What refreshing a kit did."""

    kit_id: uuid.UUID
    added: int
    updated: int
    merged: int
    kept: int
    days: tuple[KitDay, ...]


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A clash between the laptop and the office, for the conflicts dialog.

    ``office_value`` is the office's value now (it may have moved on since the import); ``recorded_office``
    what it was at the import. Values are JSON-safe as in ``sync.records``; ``value_kind`` and ``choices``
    say how to show and edit them.
    """

    id: uuid.UUID
    version: int
    kit_id: uuid.UUID
    kit_code: str
    table_name: str
    row_id: uuid.UUID
    field_name: str | None
    kind: ConflictKind
    record_label: str
    value_kind: ValueKind
    choices: tuple[StrEnum, ...]
    """The members of a ``CHOICE`` field, in declaration order."""
    references: Mapping[str, str]
    """Labels of the records a ``REFERENCE`` field's values point to (id -> label)."""
    base_value: JsonValue
    base_known: bool
    office_value: JsonValue
    recorded_office: JsonValue
    laptop_value: JsonValue
    office_row_exists: bool
    recorded_at: datetime
    resolution: Choice | None
    resolved_value: JsonValue
    resolved_by: str | None
    resolved_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.resolution is None


def _unwrap(value: Any) -> JsonValue:
    return value.get("v") if isinstance(value, dict) else None


def record_label(session: Session, table_name: str, row: Any) -> str:
    """A short description of an office row for people (names, numbers, dates), not translated."""
    if row is None:
        return ""
    get = row.get
    if table_name == "persons":
        return f"{get('given_names') or ''} {get('family_name') or ''}".strip()
    if table_name == "businesses":
        return str(get("name") or "")
    if table_name == "cases":
        return str(get("number") or "")
    if table_name in ("consultations", "stage_changes", "document_requirements", "jobs_records", "reminders"):
        case_id = get("case_id")
        number = session.scalar(select(Case.number).where(Case.id == case_id)) if case_id else None
        detail = get("held_on") or get("kind") or get("occasion") or get("title") or ""
        if hasattr(detail, "strftime"):
            detail = detail.strftime("%d.%m.%Y")
        return " · ".join(str(part) for part in (number, getattr(detail, "value", detail)) if part)
    if table_name == "appointments":
        starts = get("starts_at")
        return " · ".join(
            part for part in (starts.strftime("%H:%M") if starts else "", get("visitor_name") or "") if part
        )
    if table_name == "consultation_days":
        held = get("held_on")
        return " · ".join(
            part for part in (held.strftime("%d.%m.%Y") if held else "", get("place") or "") if part
        )
    return ""


def _reference_labels(session: Session, referred: str | None, values: Sequence[JsonValue]) -> dict[str, str]:
    """Labels of the rows of ``referred`` that ``values`` name (people read names, not ids)."""
    if referred is None:
        return {}
    ids = set()
    for value in values:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            ids.add(uuid.UUID(str(value)))
    if not ids:
        return {}
    labels: dict[str, str] = {}
    for row_id, row in fetch_rows(session, referred, ids).items():
        get = row.get
        label = (
            get("display_name")
            or record_label(session, referred, row)
            or " ".join(str(part) for part in (get("code"), get("name")) if part)
        )
        labels[str(row_id)] = str(label or row_id)
    return labels


def _kit_days(session: Session, day_ids: Sequence[str | uuid.UUID]) -> tuple[KitDay, ...]:
    ids = [uuid.UUID(str(day_id)) for day_id in day_ids]
    if not ids:
        return ()
    rows = session.execute(
        select(ConsultationDay.id, ConsultationDay.held_on, ConsultationDay.place)
        .where(ConsultationDay.id.in_(ids))
        .order_by(ConsultationDay.held_on, ConsultationDay.place)
    )
    return tuple(KitDay(day_id, held_on, place) for day_id, held_on, place in rows)


def _label(days: Sequence[KitDay]) -> str:
    return "; ".join(f"{day.held_on:%d.%m.%Y} {day.place}" for day in days)[:300]


@dataclass(frozen=True, slots=True)
class KitSpec:
    """What a new kit is: its ids, days, office and advisor."""

    kit_id: uuid.UUID
    code: str
    days: tuple[KitDay, ...]
    office_id: uuid.UUID
    advisor_id: uuid.UUID
    advisor_username: str
    actor: str
    key_check: str

    @property
    def label(self) -> str:
        return _label(self.days)

    @property
    def day_ids(self) -> list[str]:
        return [str(day.id) for day in self.days]


def fill_kit(
    office: Session, kit_session: Session, spec: KitSpec, schema_revision: str
) -> dict[tuple[str, uuid.UUID], str]:
    """Write the kit's rows, settings, snapshots and description into an empty kit; returns the snapshots."""
    # The advisor signs in on the laptop as themselves: their user row travels even without a booking.
    rows = collect(office, [day.id for day in spec.days], extra={"users": [spec.advisor_id]})
    snapshot = snapshots(rows)
    write_rows(kit_session, rows)
    copy_settings(office, kit_session)
    write_snapshots(kit_session, snapshot, spec.actor)
    kit_session.add(
        SyncKitInfo(
            id=spec.kit_id,
            code=spec.code,
            label=spec.label,
            office_installation_id=spec.office_id,
            day_ids=spec.day_ids,
            advisor_username=spec.advisor_username,
            checked_out_at=utc_now(),
            checked_out_by=spec.actor,
            schema_revision=schema_revision,
            key_check=spec.key_check,
        )
    )
    kit_session.flush()
    return snapshot


def register_kit(office: Session, spec: KitSpec, snapshot: Mapping[tuple[str, uuid.UUID], str]) -> None:
    """Register a written kit in the office, with its snapshots as the common bases."""
    office.add(
        SyncKit(
            id=spec.kit_id,
            code=spec.code,
            label=spec.label,
            day_ids=spec.day_ids,
            advisor_id=spec.advisor_id,
            checked_out_at=utc_now(),
            record_count=len(snapshot),
        )
    )
    office.flush()
    upsert_bases(
        office,
        spec.kit_id,
        {(name, str(row_id)): data for (name, row_id), data in snapshot.items()},
        spec.actor,
    )
    record_event(
        office,
        "sync_kits",
        spec.kit_id,
        f"laptop kit {spec.code} checked out",
        details={"days": spec.day_ids, "records": len(snapshot)},
    )


def import_verified(
    session: Session,
    *,
    kit_id: uuid.UUID,
    package_id: uuid.UUID,
    sequence: int,
    written_at: datetime,
    payload: Mapping[str, Any],
    actor: str,
    progress: Progress | None = None,
) -> ImportResult | None:
    """Import an authenticated package's payload in ``session``'s transaction (None: imported before).

    The checks that need the office's state are repeated here, inside the transaction: another
    workstation may have imported a package of the same kit in the meantime.
    """
    kit = session.get(SyncKit, kit_id)
    if kit is None or kit.deleted_at is not None:
        raise ValidationError(
            "sync.unknown_kit",
            "The package comes from a laptop kit this office database does not know (any more). "
            "Nothing was written.",
            kit_id=str(kit_id),
        )
    if session.scalar(select(SyncImport.id).where(SyncImport.package_id == package_id)):
        return None
    if sequence <= kit.last_sequence:
        raise ConflictError(
            "sync.replay",
            "This package (number {sequence} of laptop kit {kit_id}) is not newer than the last "
            "package imported from that kit (number {last_sequence}). It was refused and nothing "
            "was written; import the newest package the laptop wrote.",
            sequence=sequence,
            kit_id=kit.code,
            last_sequence=kit.last_sequence,
        )
    decoded = DecodedValues()
    laptop = parse_payload(payload, kit_id, decoded)

    def inner(done: int, total: int) -> None:
        if progress is not None:
            progress(1 + done, 2 + total)

    outcome = import_records(
        session,
        kit_id=kit.id,
        package_id=package_id,
        laptop=laptop,
        actor=actor,
        note=f"laptop kit {kit.code}, package {sequence}",
        assign_case_number=lambda s, year: assign_office_number(s, year, actor),
        progress=inner,
        decoded=decoded,
    )
    now = utc_now()
    kit.last_sequence = sequence
    kit.last_imported_at = now
    session.add(
        SyncImport(
            kit_id=kit.id,
            package_id=package_id,
            sequence=sequence,
            written_at=written_at,
            imported_at=now,
            inserted=outcome.inserted,
            updated=outcome.updated,
            conflicts=outcome.conflicts,
            unchanged=outcome.unchanged,
            case_numbers=dict(outcome.case_numbers),
        )
    )
    record_event(
        session,
        "sync_kits",
        kit.id,
        f"package {sequence} of laptop kit {kit.code} imported",
        details={
            "package_id": str(package_id),
            "inserted": outcome.inserted,
            "updated": outcome.updated,
            "conflicts": outcome.conflicts,
        },
    )
    session.flush()
    return ImportResult(
        kit.id,
        kit.code,
        sequence,
        False,
        outcome.inserted,
        outcome.updated,
        outcome.conflicts,
        outcome.unchanged,
        outcome.merged_duplicates,
        tuple(sorted(outcome.case_numbers.items())),
    )


def _finish_kit_file(path: Path, key: cipher.KitKey) -> None:
    """Leave the kit as one self-contained file (rollback journal, no -wal/-shm beside it)."""
    connection = cipher.connect(path, key, create=True)
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        connection.close()
    with path.open("rb+") as handle:  # the template export did not sync; the rename must find it on disk
        os.fsync(handle.fileno())


def _remove_kit_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:  # some file systems (FAT sticks) refuse; the file itself is complete
        logger.warning("could not fsync directory %s: %s", directory, exc)


def _write_failed(directory: Path, exc: OSError) -> StorageError:
    if exc.errno in {28, 122}:  # ENOSPC, EDQUOT
        return StorageError(
            "kit.disk_full",
            "There is not enough space in {folder} for the laptop kit. Free space or choose another drive, "
            "then check out again. Nothing was registered.",
            folder=str(directory),
        )
    return StorageError(
        "kit.write_failed",
        "The laptop kit could not be written to {folder} ({detail}). Check that the drive is plugged in and "
        "writable, then check out again. Nothing was registered.",
        folder=str(directory),
        detail=exc.strerror or str(exc),
    )


class SyncService(Service):
    """Check-out, check-in, conflicts and refresh of laptop kits (see module docstring)."""

    # -- office: check-out ---------------------------------------------------------------------------

    @requires(Permission.SYNC)
    def check_out(
        self,
        day_ids: Sequence[uuid.UUID],
        path: Path,
        passphrase: str,
        *,
        advisor_id: uuid.UUID | None = None,
        progress: Progress | None = None,
    ) -> CheckOutResult:
        """Write an encrypted kit for ``day_ids`` to ``path`` (``*.dlzwkit``, must not exist) and register it.

        Nothing is registered unless the kit file is complete; no unencrypted copy is ever written.
        """
        principal = self._context.user.principal
        path = Path(path).expanduser()
        self._check_new_kit(day_ids, path, passphrase)

        def report(done: int) -> None:
            if progress is not None:
                progress(done, 5)

        report(0)
        key = cipher.new_kit_key(passphrase)
        check_salt = os.urandom(packages.SALT_BYTES)
        key_check = packages.derive_key_check(passphrase, check_salt, _CHECK_KDF)
        kit_id = uuid.uuid4()
        temporary = path.parent / f".{path.name}.{kit_id.hex[:8]}.part"
        report(1)
        try:
            with self._sessions.begin() as session:
                if kit_info(session) is not None:
                    raise ValidationError(
                        "kit.on_kit",
                        "A laptop kit cannot check out another kit. Check out kits in the office database.",
                    )
                office_id = installation_id(session, create=True)
                assert office_id is not None
                days = _kit_days(session, day_ids)
                advisor = self._advisor(session, advisor_id, principal.username)
                spec = KitSpec(
                    kit_id=kit_id,
                    code=self._new_code(session),
                    days=days,
                    office_id=office_id,
                    advisor_id=advisor.id,
                    advisor_username=advisor.username,
                    actor=principal.username,
                    key_check=base64.b64encode(check_salt + key_check).decode("ascii"),
                )
                report(2)
                kit_sessions = create_kit_database(temporary, key)
                kit_sessions.actor = lambda: principal.username
                try:
                    with kit_sessions.begin() as kit_session:
                        snapshot = fill_kit(
                            session, kit_session, spec, current_revision(kit_sessions.engine) or ""
                        )
                finally:
                    kit_sessions.engine.dispose()
                _finish_kit_file(temporary, key)
                report(3)
                register_kit(session, spec, snapshot)
                report(4)
            try:
                temporary.replace(path)
            except OSError:
                # Registered, but the file never arrived: withdraw the registration again.
                self._withdraw(kit_id, spec.code)
                raise
            _fsync_directory(path.parent)
        except OSError as exc:
            _remove_kit_files(temporary)
            raise _write_failed(path.parent, exc) from exc
        except BaseException:
            _remove_kit_files(temporary)
            raise
        report(5)
        logger.info("laptop kit %s checked out to %s (%d records)", spec.code, path, len(snapshot))
        return CheckOutResult(kit_id, spec.code, path, len(snapshot), days)

    def _withdraw(self, kit_id: uuid.UUID, code: str) -> None:
        with self._sessions.begin() as session:
            kit = session.get(SyncKit, kit_id)
            if kit is not None:
                kit.deleted_at = utc_now()
                record_event(
                    session, "sync_kits", kit_id, f"laptop kit {code} withdrawn: the file was not written"
                )

    def _check_new_kit(self, day_ids: Sequence[uuid.UUID], path: Path, passphrase: str) -> None:
        if not day_ids:
            raise ValidationError(
                "kit.no_days", "Choose at least one consultation day for the laptop kit.", field="day_ids"
            )
        if not is_kit_path(path):
            raise ValidationError(
                "kit.bad_suffix",
                "Name the laptop kit file with the ending {suffix}.",
                field="path",
                suffix=cipher.KIT_SUFFIX,
            )
        if path.exists():
            raise ValidationError(
                "kit.exists",
                "The file {path} exists already. Choose another name; to bring an existing kit up to date "
                "use Refresh kit, which keeps the work on the laptop.",
                field="path",
                path=str(path),
            )
        if not path.parent.is_dir():
            raise ValidationError(
                "kit.no_folder", "The folder {folder} does not exist.", field="path", folder=str(path.parent)
            )
        self._check_passphrase(passphrase)

    @staticmethod
    def _check_passphrase(passphrase: str) -> None:
        if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
            raise ValidationError(
                "kit.passphrase_too_short",
                "The passphrase must have at least {minimum} characters: it protects personal data on a "
                "laptop that may get lost. A few unrelated words are easy to remember.",
                field="passphrase",
                minimum=MIN_PASSPHRASE,
            )

    @staticmethod
    def _advisor(session: Session, advisor_id: uuid.UUID | None, fallback: str) -> User:
        if advisor_id is not None:
            advisor = session.get(User, advisor_id)
        else:
            advisor = session.scalar(select(User).where(User.username == fallback))
        if advisor is None:
            raise NotFound("kit.advisor_unknown", "The advisor for the laptop kit no longer exists.")
        return advisor

    @staticmethod
    def _new_code(session: Session) -> str:
        taken = set(session.scalars(select(SyncKit.code)))
        while True:
            code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4))
            if code not in taken:
                return code

    @requires(Permission.SYNC)
    def prepare_check_out(self) -> None:
        """Build the kit template in advance (about a second once per session), so that checking a kit
        out takes only as long as its data."""
        prepare_kit_template()

    # -- office: register, import, conflicts ---------------------------------------------------------

    @requires(Permission.SYNC)
    def kits(self) -> list[KitRow]:
        with self._sessions() as session:
            open_counts = dict(
                session.execute(
                    select(SyncConflict.kit_id, func.count())
                    .where(SyncConflict.resolution.is_(None))
                    .group_by(SyncConflict.kit_id)
                ).all()
            )
            result = []
            for kit, advisor in session.execute(
                select(SyncKit, User.display_name)
                .outerjoin(User, User.id == SyncKit.advisor_id)
                .where(SyncKit.deleted_at.is_(None))
                .order_by(SyncKit.checked_out_at.desc())
            ):
                result.append(
                    KitRow(
                        kit.id,
                        kit.code,
                        kit.label,
                        tuple(uuid.UUID(day) for day in kit.day_ids),
                        advisor or "",
                        kit.checked_out_at,
                        kit.refreshed_at,
                        kit.last_sequence,
                        kit.last_imported_at,
                        kit.record_count,
                        int(open_counts.get(kit.id, 0)),
                    )
                )
            return result

    @requires(Permission.SYNC)
    def peek_package(self, path: Path) -> packages.PackageHeader:
        """Where a package claims to come from (unauthenticated; for showing before the passphrase)."""
        return packages.peek_header(Path(path))

    @requires(Permission.SYNC)
    def import_package(
        self, path: Path, passphrase: str, *, progress: Progress | None = None
    ) -> ImportResult:
        """Check and import a laptop's package in one transaction (see module docstring).

        Raises the rejections of ``sync.package.read_package`` before anything is written, and
        ``sync.unknown_kit``, ``sync.bad_payload``, ``sync.changed_meanwhile``; a full disk rolls the whole
        import back (``storage.disk_full``).
        """
        principal = self._context.user.principal
        with self._sessions() as session:
            office_id = installation_id(session)
            imported = set(session.scalars(select(SyncImport.package_id)))
            last = dict(session.execute(select(SyncKit.id, SyncKit.last_sequence)).all())
        if office_id is None:
            raise ValidationError(
                "sync.no_kits",
                "This database has never checked out a laptop kit, so it cannot import packages. Import "
                "the package into the office database the kit came from. Nothing was written.",
            )
        package = packages.read_package(
            Path(path),
            passphrase,
            expected_installation_id=office_id,
            known_schema_revisions=known_revisions(),
            already_imported=imported,
            last_sequence_by_kit=last,
        )
        header = package.header
        if progress is not None:
            progress(1, 8)
        if package.already_imported:
            return self._already_imported(header)
        with self._sessions.begin() as session:
            result = import_verified(
                session,
                kit_id=header.kit_id,
                package_id=header.package_id,
                sequence=header.sequence,
                written_at=header.created_at,
                payload=package.payload,
                actor=principal.username,
                progress=progress,
            )
        if result is None:
            return self._already_imported(header)
        if progress is not None:
            progress(8, 8)
        logger.info("package %s of kit %s imported: %s", header.sequence, result.kit_code, result)
        return result

    def _already_imported(self, header: packages.PackageHeader) -> ImportResult:
        with self._sessions() as session:
            code = session.scalar(select(SyncKit.code).where(SyncKit.id == header.kit_id)) or ""
        return ImportResult(header.kit_id, code, header.sequence, True)

    @requires(Permission.SYNC)
    def open_conflict_count(self) -> int:
        with self._sessions() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(SyncConflict).where(SyncConflict.resolution.is_(None))
                )
                or 0
            )

    @requires(Permission.SYNC)
    def conflicts(
        self, *, include_resolved: bool = False, kit_id: uuid.UUID | None = None
    ) -> list[ConflictRow]:
        """Conflicts, open ones first, oldest first."""
        with self._sessions() as session:
            query = select(SyncConflict, SyncKit.code).join(SyncKit, SyncKit.id == SyncConflict.kit_id)
            if not include_resolved:
                query = query.where(SyncConflict.resolution.is_(None))
            if kit_id is not None:
                query = query.where(SyncConflict.kit_id == kit_id)
            query = query.order_by(
                SyncConflict.resolved_at.is_not(None), SyncConflict.created_at, SyncConflict.id
            )
            pairs = list(session.execute(query))
            wanted: dict[str, set[uuid.UUID]] = {}
            for conflict, _code in pairs:
                wanted.setdefault(conflict.table_name, set()).add(conflict.row_id)
            rows = {name: fetch_rows(session, name, ids) for name, ids in wanted.items()}
            return [
                self._conflict_row(session, conflict, code, rows[conflict.table_name].get(conflict.row_id))
                for conflict, code in pairs
            ]

    @requires(Permission.SYNC)
    def conflict(self, conflict_id: uuid.UUID) -> ConflictRow:
        with self._sessions() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise NotFound("sync.conflict_unknown", "This conflict no longer exists.")
            code = session.scalar(select(SyncKit.code).where(SyncKit.id == conflict.kit_id)) or ""
            row = fetch_rows(session, conflict.table_name, [conflict.row_id]).get(conflict.row_id)
            return self._conflict_row(session, conflict, code, row)

    @staticmethod
    def _conflict_row(session: Session, conflict: SyncConflict, code: str, row: Any) -> ConflictRow:
        table_codec = codec(conflict.table_name)
        field = conflict.field_name
        column = table_codec.columns.get(field) if field else None
        recorded = _unwrap(conflict.office_value)
        current: JsonValue = recorded
        if row is not None and field is not None and column is not None:
            current = table_codec.encode({name: row[name] for name in table_codec.columns})[field]
        label = record_label(session, conflict.table_name, row)
        if not label:
            laptop = _unwrap(conflict.laptop_value)
            if isinstance(laptop, dict):
                label = record_label(session, conflict.table_name, _Decoded(conflict.table_name, laptop))
        return ConflictRow(
            id=conflict.id,
            version=conflict.version,
            kit_id=conflict.kit_id,
            kit_code=code,
            table_name=conflict.table_name,
            row_id=conflict.row_id,
            field_name=field,
            kind=conflict.kind,
            record_label=label,
            value_kind=column.kind if column else ValueKind.JSON,
            choices=tuple(column.enum) if column is not None and column.enum is not None else (),
            references=_reference_labels(
                session,
                column.referred if column is not None else None,
                (_unwrap(conflict.base_value), current, recorded, _unwrap(conflict.laptop_value)),
            ),
            base_value=_unwrap(conflict.base_value),
            base_known=conflict.base_known,
            office_value=current,
            recorded_office=recorded,
            laptop_value=_unwrap(conflict.laptop_value),
            office_row_exists=row is not None,
            recorded_at=conflict.created_at,
            resolution=conflict.resolution,
            resolved_value=_unwrap(conflict.resolved_value),
            resolved_by=conflict.resolved_by,
            resolved_at=conflict.resolved_at,
        )

    @requires(Permission.SYNC)
    def resolve_conflict(
        self, conflict_id: uuid.UUID, version: int, choice: Choice, value: JsonValue = None
    ) -> ConflictRow:
        """Decide a conflict: keep the office value, take the laptop's, or store ``value`` (``EDITED``).

        The decision is audited (the conflict row's change and an event) and the chosen value written to
        the office row like any edit (with its own audit row).
        """
        principal = self._context.user.principal
        with self._sessions.begin() as session:
            stored = session.get(SyncConflict, conflict_id)
            if stored is None:
                raise NotFound("sync.conflict_unknown", "This conflict no longer exists.")
            if stored.version != version or stored.resolution is not None:
                raise ConflictError(
                    "sync.conflict_decided",
                    "Someone else has decided this conflict in the meantime. Reload the list.",
                    theirs={"resolution": stored.resolution},
                )
            conflict = Conflict(
                stored.table_name,
                str(stored.row_id),
                stored.field_name,
                _unwrap(stored.base_value),
                _unwrap(stored.office_value),
                _unwrap(stored.laptop_value),
                stored.kind,
                stored.base_known,
            )
            decision = resolve(conflict, choice, value)
            table_codec = codec(stored.table_name)
            row = fetch_rows(session, stored.table_name, [stored.row_id]).get(stored.row_id)
            current = table_codec.encode(dict(row)) if row is not None else None
            chosen: JsonValue = None
            if decision.values:
                if row is None or current is None:
                    raise NotFound(
                        "sync.record_gone",
                        "The office record of this conflict no longer exists, so only keeping the office "
                        "state is possible.",
                    )
                for name, new_value in decision.values.items():
                    try:
                        table_codec.decode_value(name, new_value)
                    except (ValueError, TypeError) as exc:
                        raise ValidationError(
                            "sync.value_invalid",
                            "This value does not fit the field ({detail}). Correct it and decide again.",
                            field="value",
                            detail=str(exc),
                        ) from exc
                    chosen = new_value
                key = (stored.table_name, str(stored.row_id))
                writer = OfficeWriter(
                    session, principal.username, f"sync conflict decided: {choice.value} value taken"
                )
                writer.update_rows({key: dict(decision.values)}, {key: current}, {key: row["version"]}, {})
                writer.flush_audit()
            elif current is not None and stored.field_name is not None:
                chosen = current.get(stored.field_name)
            stored.resolution = choice
            stored.resolved_value = {"v": chosen}
            stored.resolved_by = principal.username
            stored.resolved_at = utc_now()
            record_event(
                session,
                "sync_conflicts",
                stored.id,
                f"sync conflict decided: {choice.value}",
                details={
                    "table": stored.table_name,
                    "row_id": str(stored.row_id),
                    "field": stored.field_name,
                    "office": _unwrap(stored.office_value),
                    "laptop": _unwrap(stored.laptop_value),
                    "chosen": chosen,
                },
            )
            session.flush()
            code = session.scalar(select(SyncKit.code).where(SyncKit.id == stored.kit_id)) or ""
            fresh = fetch_rows(session, stored.table_name, [stored.row_id]).get(stored.row_id)
            return self._conflict_row(session, stored, code, fresh)

    # -- office: refresh -----------------------------------------------------------------------------

    @requires(Permission.SYNC)
    def refresh_kit(
        self,
        path: Path,
        passphrase: str,
        *,
        add_day_ids: Sequence[uuid.UUID] = (),
        progress: Progress | None = None,
    ) -> RefreshResult:
        """Bring a kit up to date with the office (and add days), keeping everything it holds."""
        principal = self._context.user.principal
        path = Path(path).expanduser()
        if not is_kit_path(path):
            raise ValidationError(
                "kit.bad_suffix",
                "Name the laptop kit file with the ending {suffix}.",
                field="path",
                suffix=cipher.KIT_SUFFIX,
            )
        if progress is not None:
            progress(0, 4)
        kit_sessions = open_database(path, passphrase=passphrase)
        kit_sessions.actor = lambda: principal.username
        try:
            with kit_sessions() as kit_read:
                info = kit_info(kit_read)
                if info is None:
                    raise ValidationError("kit.not_a_kit", "{path} is not a laptop kit.", path=str(path))
                kit_id, kit_code = info.id, info.code
                office_of_kit = info.office_installation_id
                day_ids = [uuid.UUID(day) for day in info.day_ids]
            with self._sessions() as session:
                if office_of_kit != installation_id(session):
                    raise ValidationError(
                        "kit.other_office",
                        "This laptop kit was checked out from another office database. Refresh it there.",
                    )
                kit = session.get(SyncKit, kit_id)
                if kit is None:
                    raise ValidationError(
                        "sync.unknown_kit",
                        "The package comes from a laptop kit this office database does not know (any "
                        "more). Nothing was written.",
                        kit_id=str(kit_id),
                    )
            all_days = list(dict.fromkeys([*day_ids, *add_day_ids]))
            if progress is not None:
                progress(1, 4)
            with self._sessions() as session, kit_sessions.begin() as kit_session:
                days = _kit_days(session, all_days)
                outcome, _references = refresh_rows(
                    session,
                    kit_session,
                    kit_id=kit_id,
                    day_ids=[d.id for d in days],
                    actor=principal.username,
                )
                copy_settings(session, kit_session)
                source = SyncKitInfo.__table__
                assert isinstance(source, Table)
                kit_session.execute(
                    update(source)
                    .where(source.c.id == kit_id)
                    .values(day_ids=[str(d.id) for d in days], label=_label(days), refreshed_at=utc_now())
                )
            if progress is not None:
                progress(2, 4)
            with self._sessions.begin() as session:
                upsert_bases(session, kit_id, outcome.bases, principal.username)
                kit = session.get(SyncKit, kit_id)
                assert kit is not None
                kit.day_ids = [str(d.id) for d in days]
                kit.label = _label(days)
                kit.refreshed_at = utc_now()
                record_event(
                    session,
                    "sync_kits",
                    kit_id,
                    f"laptop kit {kit_code} refreshed",
                    details={"added": outcome.added, "updated": outcome.updated, "kept": outcome.kept},
                )
        finally:
            kit_sessions.engine.dispose()
        if progress is not None:
            progress(4, 4)
        return RefreshResult(kit_id, outcome.added, outcome.updated, outcome.merged, outcome.kept, days)

    # -- laptop ----------------------------------------------------------------------------------------

    @requires(ANYONE_SIGNED_IN)
    def kit_info(self) -> KitInfoRow | None:
        """What the open database is when it is a laptop kit; None in the office."""
        with self._sessions() as session:
            info = kit_info(session)
            if info is None:
                return None
            return KitInfoRow(
                info.id,
                info.code,
                _kit_days(session, info.day_ids),
                info.advisor_username,
                info.checked_out_at,
                info.checked_out_by,
                info.refreshed_at,
                info.last_sequence,
                info.last_package_at,
            )

    @requires(NO_SIGN_IN)
    def kit_sign_in_name(self) -> str | None:
        """On a kit: the user to sign in as (this computer's user if the kit knows them, else the kit's
        advisor), so that no user is created offline; None in the office."""
        with self._sessions() as session:
            info = kit_info(session)
            if info is None:
                return None
            name = os_username()
            if session.scalar(select(User.id).where(User.username == name)) is not None:
                return name
            return info.advisor_username

    @requires(Permission.SYNC)
    def pending_changes(self) -> PendingChanges:
        with self._sessions() as session:
            if kit_info(session) is None:
                return PendingChanges(0, 0, {})
            records = pending_records(session)
            known = {
                (name, str(row_id))
                for name, row_id in session.execute(select(SyncSnapshot.table_name, SyncSnapshot.row_id))
            }
        new = sum(1 for name, rows in records.items() for row_id in rows if (name, row_id) not in known)
        total = sum(len(rows) for rows in records.values())
        return PendingChanges(new, total - new, {name: len(rows) for name, rows in records.items()})

    @requires(Permission.SYNC)
    def write_package(
        self, path: Path, passphrase: str, *, progress: Progress | None = None
    ) -> PackageWritten:
        """Seal every change since check-out into a package at ``path`` for the office.

        The kit's data is not changed (only its package counter moves on first, so that a failed write
        can simply be repeated); a full disk leaves no package behind (``sync.disk_full``).
        """
        path = Path(path).expanduser()
        if path.suffix.lower() != packages.PACKAGE_SUFFIX:
            raise ValidationError(
                "sync.bad_suffix",
                "Name the package file with the ending {suffix}.",
                field="path",
                suffix=packages.PACKAGE_SUFFIX,
            )
        if progress is not None:
            progress(0, 4)
        with self._sessions() as session:
            info = kit_info(session)
            if info is None:
                raise ValidationError(
                    "sync.not_a_kit",
                    "This database is not a laptop kit. Packages are written on the laptop the kit was "
                    "checked out to.",
                )
            kit_id, code, office_id = info.id, info.code, info.office_installation_id
            stored_check = base64.b64decode(info.key_check)
        salt, check = stored_check[: packages.SALT_BYTES], stored_check[packages.SALT_BYTES :]
        if not passphrase or not packages.passphrase_matches(passphrase, salt, _CHECK_KDF, check):
            raise ValidationError(
                "kit.wrong_passphrase_for_package",
                "This is not the passphrase of this laptop kit. Enter the passphrase the kit was opened "
                "with: the office needs it to import the package.",
                field="passphrase",
            )
        if progress is not None:
            progress(1, 4)
        with self._sessions() as session:
            records = pending_records(session)
        payload = build_payload(kit_id, code, records)
        source = SyncKitInfo.__table__
        assert isinstance(source, Table)
        with self._sessions.begin() as session:
            sequence = session.execute(
                update(source)
                .where(source.c.id == kit_id)
                .values(last_sequence=source.c.last_sequence + 1)
                .returning(source.c.last_sequence)
            ).scalar_one()
        if progress is not None:
            progress(2, 4)
        header = packages.write_package(
            path,
            payload,
            passphrase=passphrase,
            schema_revision=current_revision(self._sessions.engine) or "",
            installation_id=office_id,
            kit_id=kit_id,
            sequence=sequence,
            kdf=PACKAGE_KDF,
        )
        if progress is not None:
            progress(3, 4)
        with self._sessions.begin() as session:
            session.execute(
                update(source)
                .where(source.c.id == kit_id)
                .values(last_package_id=header.package_id, last_package_at=header.created_at)
            )
        if progress is not None:
            progress(4, 4)
        count = sum(len(rows) for rows in records.values())
        logger.info("package %d of kit %s written (%d records)", sequence, code, count)
        return PackageWritten(path, header.package_id, sequence, count)


class _Decoded(dict[str, Any]):
    """A laptop record decoded for ``record_label`` (used when the office row is gone)."""

    def __init__(self, table_name: str, record: dict[str, Any]) -> None:
        table_codec = codec(table_name)
        values: dict[str, Any] = {}
        for name, value in record.items():
            try:
                values[name] = table_codec.decode_value(name, value)
            except (ValueError, TypeError):
                values[name] = None
        super().__init__(values)
