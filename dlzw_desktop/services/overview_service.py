"""Key figures for the Übersicht section."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from dlzw_desktop.db.models import Business, Case, Person, Property, Reminder
from dlzw_desktop.domain.dates import today_berlin
from dlzw_desktop.domain.enums import CaseStage, PropertyStatus
from dlzw_desktop.services.context import Service
from dlzw_desktop.services.permissions import Permission, requires


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """Counts of what the database holds (deleted rows excluded)."""

    persons: int
    businesses: int
    cases: int
    open_cases: int
    cases_by_stage: dict[CaseStage, int]
    vacant_properties: int
    reminders_due: int


class OverviewService(Service):
    """Figures for the start page."""

    @requires(Permission.VIEW_CASES)
    def figures(self) -> OverviewFigures:
        with self._sessions() as session:

            def count(model: type, *conditions: object) -> int:
                query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))  # type: ignore[attr-defined]
                for condition in conditions:
                    query = query.where(condition)  # type: ignore[arg-type]
                return session.scalar(query) or 0

            by_stage = {stage: 0 for stage in CaseStage}
            rows = session.execute(
                select(Case.stage, func.count()).where(Case.deleted_at.is_(None)).group_by(Case.stage)
            )
            for stage, number in rows:
                by_stage[CaseStage(stage)] = number
            total = sum(by_stage.values())
            return OverviewFigures(
                persons=count(Person),
                businesses=count(Business),
                cases=total,
                open_cases=total - by_stage[CaseStage.CLOSED],
                cases_by_stage=by_stage,
                vacant_properties=count(Property, Property.status == PropertyStatus.VACANT),
                reminders_due=count(Reminder, Reminder.done_at.is_(None), Reminder.due_on <= today_berlin()),
            )
