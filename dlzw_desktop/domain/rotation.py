"""Backup rotation: which automatic backups to keep (grandfather–father–son)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def backups_to_keep(
    moments: Iterable[datetime], *, daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[datetime]:
    """The newest backup of each of the last ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months
    that have backups; the newest backup of all is always kept."""
    ordered = sorted(set(moments), reverse=True)
    keep: set[datetime] = set(ordered[:1])

    def newest_per(key: Callable[[date], Hashable], count: int) -> None:
        seen: list[Hashable] = []
        for moment in ordered:
            bucket = key(moment.date())
            if bucket in seen:
                continue
            if len(seen) == count:
                return
            seen.append(bucket)
            keep.add(moment)

    newest_per(lambda day: day, daily)
    newest_per(lambda day: day.isocalendar()[:2], weekly)
    newest_per(lambda day: (day.year, day.month), monthly)
    return keep
