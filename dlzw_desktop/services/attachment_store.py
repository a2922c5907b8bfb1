"""The attachment store: files copied in under generated names, with their SHA-256 checksum.

A user-supplied file name is kept only as text (``original_name``); it never becomes part of a path,
so no name (``../../x``, absolute paths, device names, NUL bytes) can write outside the store.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from dlzw_desktop.errors import NotFound, StorageError, ValidationError

MAX_BYTES = 50 * 1024 * 1024
_SAFE_SUFFIXES = {
    ".pdf",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".tif",
    ".tiff",
    ".heic",
    ".doc",
    ".docx",
    ".odt",
    ".rtf",
    ".txt",
    ".xls",
    ".xlsx",
    ".ods",
    ".csv",
    ".zip",
    ".eml",
    ".msg",
}


@dataclass(frozen=True, slots=True)
class StoredFile:
    """What the store wrote; the caller records it in an ``Attachment`` row."""

    stored_name: str
    original_name: str
    sha256: str
    size_bytes: int
    media_type: str


def _display_name(name: str) -> str:
    """The file's own name for display: no folders, no control characters, at most 255 characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip() or "Datei"
    return cleaned[:255]


class AttachmentStore:
    """Files of one database, in one folder; names are ``<uuid><safe suffix>``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def add(self, source: Path, *, original_name: str | None = None) -> StoredFile:
        """Copy ``source`` into the store (written to a temporary name first, then renamed)."""
        if not source.is_file():
            raise ValidationError(
                "attachment.not_a_file", "{name} is not a readable file.", field="file", name=str(source)
            )
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                "attachment.too_large",
                "The file {name} is larger than 50 MB. Please reduce it (e.g. scan at a lower resolution).",
                field="file",
                name=source.name,
            )
        display = _display_name(original_name or source.name)
        suffix = Path(display).suffix.lower()
        stored = f"{uuid.uuid4().hex}{suffix if suffix in _SAFE_SUFFIXES else '.bin'}"
        target = self.folder / stored
        temporary = self.folder / f".{stored}.partial"
        digest = hashlib.sha256()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with source.open("rb") as reader, temporary.open("xb") as writer:
                while chunk := reader.read(1024 * 1024):
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            temporary.replace(target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise StorageError(
                "attachment.write_failed",
                "The file could not be stored ({reason}). Check free disk space and try again.",
                reason=exc.strerror or str(exc),
            ) from exc
        media_type = mimetypes.guess_type(display)[0] or "application/octet-stream"
        return StoredFile(stored, display, digest.hexdigest(), size, media_type)

    def path_of(self, stored_name: str) -> Path:
        """The file for a stored name; refuses anything that is not a plain name inside the store."""
        if not stored_name or "/" in stored_name or "\\" in stored_name or stored_name.startswith("."):
            raise NotFound("attachment.missing", "The attached file {name} is missing.", name=stored_name)
        path = self.folder / stored_name
        if not path.is_file():
            raise NotFound(
                "attachment.missing",
                "The attached file {name} is missing from the attachment folder. Restore it from a backup.",
                name=stored_name,
            )
        return path

    def verify(self, stored_name: str, sha256: str) -> bool:
        digest = hashlib.sha256()
        with self.path_of(stored_name).open("rb") as reader:
            while chunk := reader.read(1024 * 1024):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def export_copy(self, stored_name: str, target: Path) -> Path:
        """Copy a stored file out (e.g. to open it with the system viewer)."""
        shutil.copyfile(self.path_of(stored_name), target)
        return target
