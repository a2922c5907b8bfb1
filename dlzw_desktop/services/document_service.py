"""Documents (Unterlagen): the checklist of a case with statuses and dates, and files in the attachment
store (copied in under generated names with a checksum; a user's file name is only ever kept as text)."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dlzw_desktop.db.audit import record_event
from dlzw_desktop.db.models import Attachment, Case, DocumentRequirement
from dlzw_desktop.domain.dates import today_berlin, utc_now
from dlzw_desktop.domain.enums import DocumentKind, DocumentStatus
from dlzw_desktop.errors import StorageError, ValidationError
from dlzw_desktop.services.attachment_store import AttachmentStore
from dlzw_desktop.services.case_detail import CaseDetail, load_detail
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.editing import (
    Entity,
    InputField,
    clean_text,
    ensure_version,
    flush_checked,
    load,
    load_for_update,
)
from dlzw_desktop.services.permissions import Permission, requires

logger = logging.getLogger(__name__)

_UNDATED = frozenset({DocumentStatus.MISSING, DocumentStatus.NOT_APPLICABLE})


class DocumentService(Service):
    """Checklist statuses, extra checklist items and attached files of cases."""

    @property
    def store(self) -> AttachmentStore:
        return AttachmentStore(self._context.attachments_dir)

    @requires(Permission.EDIT_CASES)
    def set_status(
        self,
        requirement_id: uuid.UUID,
        version: int,
        status: DocumentStatus,
        *,
        on: date | None = None,
        note: str | None = None,
    ) -> CaseDetail:
        """Set a checklist item's status; requested, received and checked carry a date (today if None)."""
        day = None if status in _UNDATED else (on or today_berlin())
        if day is not None and day > today_berlin():
            raise ValidationError(
                "document.date_in_future",
                "The date {date} lies in the future. Enter the day the document was requested, received "
                "or checked.",
                field="status_on",
                date=day,
            )
        with self._sessions.begin() as session:
            item = load_for_update(session, DocumentRequirement, requirement_id, what=Entity.DOCUMENT)
            values: dict[str, object] = {"status": status, "status_on": day}
            if note is not None:
                values["note"] = clean_text(note, field=InputField.NOTES, max_length=2000)
            ensure_version(item, version, values)
            for key, value in values.items():
                setattr(item, key, value)
            flush_checked(session, item, values)
            return load_detail(session, item.case_id)

    @requires(Permission.EDIT_CASES)
    def add_requirement(self, case_id: uuid.UUID, kind: DocumentKind) -> CaseDetail:
        """Put a document the programme does not require on the case's checklist (e.g. permits)."""
        with self._sessions.begin() as session:
            case = load(session, Case, case_id, what=Entity.CASE)
            existing = session.scalar(
                select(DocumentRequirement).where(
                    DocumentRequirement.case_id == case.id, DocumentRequirement.kind == kind
                )
            )
            if existing is not None and existing.deleted_at is None:
                raise ValidationError(
                    "document.already_listed",
                    "{kind} is already on the checklist of this case.",
                    field="kind",
                    kind=kind,
                )
            if existing is not None:
                existing.deleted_at = None
                existing.status, existing.status_on = DocumentStatus.MISSING, None
            else:
                session.add(DocumentRequirement(case_id=case.id, kind=kind, status=DocumentStatus.MISSING))
            session.flush()
            return load_detail(session, case.id)

    @requires(Permission.EDIT_CASES)
    def attach(
        self, requirement_id: uuid.UUID, source: Path, *, original_name: str | None = None
    ) -> CaseDetail:
        """Copy ``source`` into the attachment store and attach it to the checklist item.

        A missing or requested item becomes received today. The file is copied before the database
        changes and removed again if they fail, so no orphan stays behind.
        """
        stored = self.store.add(source, original_name=original_name)
        try:
            with self._sessions.begin() as session:
                item = load_for_update(session, DocumentRequirement, requirement_id, what=Entity.DOCUMENT)
                session.add(
                    Attachment(
                        case_id=item.case_id,
                        requirement_id=item.id,
                        original_name=stored.original_name,
                        stored_name=stored.stored_name,
                        sha256=stored.sha256,
                        size_bytes=stored.size_bytes,
                        media_type=stored.media_type,
                    )
                )
                if item.status in (DocumentStatus.MISSING, DocumentStatus.REQUESTED):
                    item.status, item.status_on = DocumentStatus.RECEIVED, today_berlin()
                session.flush()
                return load_detail(session, item.case_id)
        except BaseException:
            (self.store.folder / stored.stored_name).unlink(missing_ok=True)
            raise

    @requires(Permission.EDIT_CASES)
    def remove_attachment(self, attachment_id: uuid.UUID) -> CaseDetail:
        """Mark a file as deleted; the stored file stays until a data-protection purge."""
        with self._sessions.begin() as session:
            attachment = load_for_update(session, Attachment, attachment_id, what=Entity.ATTACHMENT)
            attachment.deleted_at = utc_now()
            session.flush()
            assert attachment.case_id is not None
            return load_detail(session, attachment.case_id)

    @requires(Permission.VIEW_CASES)
    def export_attachment(self, attachment_id: uuid.UUID, folder: Path) -> Path:
        """Copy a stored file to ``folder`` under its original name (to open or send it); the checksum is
        verified first, so a damaged file is reported instead of opened."""
        with self._sessions() as session:
            attachment = load(session, Attachment, attachment_id, what=Entity.ATTACHMENT)
            stored_name, sha256, name = attachment.stored_name, attachment.sha256, attachment.original_name
        if not self.store.verify(stored_name, sha256):
            raise StorageError(
                "attachment.damaged",
                "The stored file {name} no longer matches its checksum. Restore it from a backup.",
                name=name,
            )
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(name).name
        if target.exists():
            target = folder / f"{target.stem}-{uuid.uuid4().hex[:6]}{target.suffix}"
        with self._sessions.begin() as session:
            record_event(session, "attachments", attachment_id, "file exported", case_id=attachment.case_id)
        return self.store.export_copy(stored_name, target)
