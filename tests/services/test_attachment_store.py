"""Files go into the store under generated names; user-supplied names never become paths."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dlzw_desktop.errors import NotFound, ValidationError
from dlzw_desktop.services.attachment_store import AttachmentStore


@pytest.mark.parametrize(
    "hostile",
    ["../../etc/passwd", "/etc/passwd", "..\\..\\boot.ini", "CON", "a\x00b.pdf", "../outside.pdf", ""],
)
def test_hostile_names_never_write_outside_the_store(tmp_path: Path, hostile: str) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 Businessplan")
    store = AttachmentStore(tmp_path / "store")
    stored = store.add(source, original_name=hostile)
    assert (tmp_path / "store" / stored.stored_name).read_bytes() == b"%PDF-1.4 Businessplan"
    assert "/" not in stored.stored_name and ".." not in stored.stored_name
    assert sorted(p.name for p in (tmp_path / "store").iterdir()) == [stored.stored_name]
    assert "\x00" not in stored.original_name
    assert not (tmp_path / "outside.pdf").exists()


def test_checksum_size_and_type_are_recorded(tmp_path: Path) -> None:
    source = tmp_path / "Liquiditätsplan Öztürk.xlsx"
    source.write_bytes(b"PK\x03\x04" + b"x" * 1000)
    stored = AttachmentStore(tmp_path / "s").add(source)
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.size_bytes == 1004
    assert stored.original_name == "Liquiditätsplan Öztürk.xlsx"
    assert stored.stored_name.endswith(".xlsx")
    assert AttachmentStore(tmp_path / "s").verify(stored.stored_name, stored.sha256)


def test_stored_names_cannot_be_used_to_read_outside(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "s")
    for name in ("../secret", "/etc/passwd", ".hidden", ""):
        with pytest.raises(NotFound):
            store.path_of(name)


def test_folders_and_missing_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        AttachmentStore(tmp_path / "s").add(tmp_path)
    with pytest.raises(ValidationError):
        AttachmentStore(tmp_path / "s").add(tmp_path / "nope.pdf")
