"""Small facts about the open database for the sync: the office installation id, whether it is a kit, and
the provisional case numbers a kit hands out.
"""

from __future__ import annotations

import logging
import uuid
from typing import Final

from sqlalchemy import Table, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dlzw_desktop.db.models import Case, SettingValue, SyncKitInfo

logger = logging.getLogger(__name__)

INSTALLATION_KEY: Final = "sync.installation_id"
"""Settings key of the office installation id; never copied to a kit."""
PROVISIONAL_PREFIX: Final = "MK-V-"


def installation_id(session: Session, *, create: bool = False) -> uuid.UUID | None:
    """The office's installation id (created once, in this write session, when ``create``)."""
    value = session.scalar(select(SettingValue.value).where(SettingValue.key == INSTALLATION_KEY))
    if value is not None:
        return uuid.UUID(str(value))
    if not create:
        return None
    new_id = uuid.uuid4()
    try:
        with session.begin_nested():
            session.add(SettingValue(key=INSTALLATION_KEY, value=str(new_id)))
    except IntegrityError:
        # Another workstation created it at the same moment: theirs stands.
        value = session.scalar(select(SettingValue.value).where(SettingValue.key == INSTALLATION_KEY))
        return uuid.UUID(str(value))
    logger.info("office installation id %s created", new_id)
    return new_id


def kit_info(session: Session) -> SyncKitInfo | None:
    """The kit's description, or None in an office database."""
    return session.scalar(select(SyncKitInfo).where(SyncKitInfo.deleted_at.is_(None)).limit(1))


def is_kit(session: Session) -> bool:
    return kit_info(session) is not None


def provisional_case_number(session: Session) -> str | None:
    """On a kit, the next provisional number ``MK-V-<kit code>-NNN`` (counted in this write session);
    None in an office database, which hands out office numbers instead."""
    info = kit_info(session)
    if info is None:
        return None
    source = SyncKitInfo.__table__
    assert isinstance(source, Table)
    while True:
        number = session.execute(
            update(source)
            .where(source.c.id == info.id)
            .values(provisional_last=source.c.provisional_last + 1)
            .returning(source.c.provisional_last)
        ).scalar_one()
        text = f"{PROVISIONAL_PREFIX}{info.code}-{number:03d}"
        if session.scalar(select(Case.id).where(Case.number == text)) is None:
            return text
