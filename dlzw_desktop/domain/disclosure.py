"""Statistical disclosure control for published reports: small counts and the cells that would reveal them.

Primary suppression hides every count from 1 to k-1 (k = 3 by default), totals included: a total of 2
also tells that only two people share a category. Zero cells are published (an empty cell discloses
nobody). Secondary suppression then hides further cells so that no hidden cell can be recomputed from the
published totals and cells:

1. In every row and column (a 1-D breakdown has one row: its cells and total) that has exactly one hidden
   cell, hide the smallest non-zero published cell as well (a total only if no other cell is left);
   repeat until no such line remains. This is the usual rule and the only one a 1-D breakdown needs.
   In a 2-D table a cell whose own column (row) also has a single hidden cell is taken before a smaller
   one: it protects two lines at the cost of one cell, where the plain rule tends to hide most of the
   table (3x3 with two small corner cells: 4 cells hidden instead of 7).
2. In a 2-D table with row and column totals that is not yet enough: two blocks of hidden cells joined by
   a single hidden cell let a reader add and subtract whole rows and columns and recover that cell. View
   the hidden cells as edges between their row and their column: a hidden cell can be recomputed exactly
   when, and only when, its edge is a bridge of that graph (lies on no cycle). Each bridge is put on a
   cycle by hiding the cheapest rectangle of three further non-zero cells; repeat until there is none.

Because every hidden count is at least 1, moving one unit around a cycle gives another non-negative table
with the same published figures, so a reader cannot pin a hidden count even using that counts are not
negative. The choice of secondary cells is a heuristic (smallest values first), not the minimum loss.
Sums of money or FTE belonging to a count table are hidden in exactly the same cells. Dominance of a
single business within a money cell (p%-rule) is not checked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Generic, TypeVar

from dlzw_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

#: What a report prints in a suppressed cell ("Zahlenwert unbekannt oder geheim zu halten", the sign
#: used by the German statistical offices); the legend must say so.
SUPPRESSED_MARKER = "."

N = TypeVar("N", int, Decimal)

#: (row, column) of a 2-D table; ``None`` names the total (``(None, None)`` is the grand total).
Position = tuple[int | None, int | None]


class SuppressionKind(StrEnum):
    """Why a cell is not published."""

    PRIMARY = "primary"
    SECONDARY = "secondary"


@dataclass(frozen=True, slots=True)
class DisclosureRule:
    """Whether a report is published (suppression on) and the smallest count it may show (k)."""

    enabled: bool = True
    k: int = 3

    def __post_init__(self) -> None:
        if isinstance(self.k, bool) or not isinstance(self.k, int) or self.k < 2:
            raise ValidationError(
                "disclosure.k_too_small",
                "The smallest publishable count must be at least 2 (it is {k}); 3 is the usual value.",
                field="k",
                k=self.k,
            )

    @property
    def threshold(self) -> int:
        """Counts from 1 to this value are hidden (0 when suppression is off)."""
        return self.k - 1 if self.enabled else 0


@dataclass(frozen=True, slots=True)
class PublishedBreakdown(Generic[N]):
    """A 1-D breakdown with its total as published: a suppressed cell is ``None``."""

    cells: tuple[N | None, ...]
    total: N | None


@dataclass(frozen=True, slots=True)
class PublishedTable(Generic[N]):
    """A 2-D table with row and column totals as published: a suppressed cell is ``None``."""

    cells: tuple[tuple[N | None, ...], ...]
    row_totals: tuple[N | None, ...]
    column_totals: tuple[N | None, ...]
    grand_total: N | None

    def at(self, row: int | None, column: int | None) -> N | None:
        """A cell or total by position (``None`` = the total of that axis)."""
        if row is None:
            return self.grand_total if column is None else self.column_totals[column]
        return self.row_totals[row] if column is None else self.cells[row][column]


@dataclass(frozen=True, slots=True)
class ProtectedBreakdown:
    """A count breakdown and its parallel value breakdowns after suppression, with the reasons."""

    counts: PublishedBreakdown[int]
    values: Mapping[str, PublishedBreakdown[Decimal]] = field(hash=False)
    primary: frozenset[int | None]
    secondary: frozenset[int | None]

    def kind(self, index: int | None) -> SuppressionKind | None:
        """Why cell ``index`` (``None`` = the total) is hidden, or ``None`` when it is published."""
        if index in self.primary:
            return SuppressionKind.PRIMARY
        if index in self.secondary:
            return SuppressionKind.SECONDARY
        return None


@dataclass(frozen=True, slots=True)
class ProtectedTable:
    """A count table and its parallel value tables after suppression, with the reasons."""

    counts: PublishedTable[int]
    values: Mapping[str, PublishedTable[Decimal]] = field(hash=False)
    primary: frozenset[Position]
    secondary: frozenset[Position]

    def kind(self, row: int | None, column: int | None) -> SuppressionKind | None:
        """Why a cell (``None`` = total) is hidden, or ``None`` when it is published."""
        position = (row, column)
        if position in self.primary:
            return SuppressionKind.PRIMARY
        if position in self.secondary:
            return SuppressionKind.SECONDARY
        return None


# ------------------------------------------------------------------------------------ the algorithm

_Cell = tuple[int, int]  # position in the extended grid, totals in the last row / column


def _check_counts(rows: Sequence[Sequence[int]]) -> None:
    width = len(rows[0]) if rows else 0
    for row in rows:
        if len(row) != width:
            raise ValueError("a count table must be rectangular")
        for count in row:
            if isinstance(count, bool) or not isinstance(count, int):
                raise TypeError(f"counts must be int, not {type(count).__name__}")
            if count < 0:
                raise ValueError(f"counts cannot be negative: {count}")


def _sum(items: Sequence[N], zero: N) -> N:
    total = zero
    for item in items:
        total += item
    return total


def _extend(rows: Sequence[Sequence[N]], zero: N, *, column_totals: bool) -> list[list[N]]:
    """The table with a total column appended to each row and, if asked, a total row below."""
    grid: list[list[N]] = []
    for cells in rows:
        extended = list(cells)
        extended.append(_sum(cells, zero))
        grid.append(extended)
    if column_totals:
        width = len(grid[0]) if grid else 1
        grid.append([_sum([line[j] for line in grid], zero) for j in range(width)])
    return grid


def _suppress(grid: list[list[int]], threshold: int, *, two_way: bool) -> dict[_Cell, SuppressionKind]:
    """Primary and secondary suppression on an extended grid (see the module docstring)."""
    height = len(grid)
    width = len(grid[0])
    last_row, last_column = height - 1, width - 1

    def is_total(cell: _Cell) -> bool:
        return cell[1] == last_column or (two_way and cell[0] == last_row)

    hidden: dict[_Cell, SuppressionKind] = {
        (i, j): SuppressionKind.PRIMARY
        for i in range(height)
        for j in range(width)
        if 1 <= grid[i][j] <= threshold
    }
    if not hidden:
        return hidden

    rows: list[list[_Cell]] = [[(i, j) for j in range(width)] for i in range(height)]
    columns: list[list[_Cell]] = [[(i, j) for i in range(height)] for j in range(width)] if two_way else []

    def single(line: list[_Cell]) -> bool:
        return sum(cell in hidden for cell in line) == 1

    def crossing(cell: _Cell, line: list[_Cell]) -> list[_Cell]:
        """The other line through ``cell`` (its column when ``line`` is a row, and vice versa)."""
        if not two_way:
            return []
        return columns[cell[1]] if line is rows[cell[0]] else rows[cell[0]]

    def close_lines() -> None:
        changed = True
        while changed:
            changed = False
            for line in rows + columns:
                if not single(line):
                    continue
                candidates = [c for c in line if c not in hidden and grid[c[0]][c[1]] > 0]
                # Never empty: the line's total is at least the hidden cell, and a hidden total is the
                # sum of its non-zero cells. Smallest first; but a cell whose crossing line also has a
                # single hidden cell comes before, as it protects both lines with one cell lost.
                pick = min(
                    candidates,
                    key=lambda c: (is_total(c), not single(crossing(c, line)), grid[c[0]][c[1]], c),
                )
                hidden[pick] = SuppressionKind.SECONDARY
                changed = True

    close_lines()
    if two_way:
        while bridges := _bridges(hidden.keys(), height):
            i, j = bridges[0]
            corners = _cheapest_rectangle(grid, hidden.keys(), i, j, is_total)
            for corner in corners:
                hidden[corner] = SuppressionKind.SECONDARY
            close_lines()  # a no-op in theory (a rectangle leaves no line with one hidden cell)
    return hidden


def _cheapest_rectangle(
    grid: list[list[int]], hidden: Collection[_Cell], i: int, j: int, is_total: Callable[[_Cell], bool]
) -> list[_Cell]:
    """The cells that, hidden, put (i, j) on a 4-cycle, losing the least published value."""
    hidden_cells = set(hidden)
    best: tuple[tuple[int, int, int, int, int], list[_Cell]] | None = None
    for r in range(len(grid)):
        if r == i:
            continue
        for c in range(len(grid[0])):
            if c == j:
                continue
            corners = [(i, c), (r, j), (r, c)]
            if any(p not in hidden_cells and grid[p[0]][p[1]] == 0 for p in corners):
                continue  # zeros stay published
            new = [p for p in corners if p not in hidden_cells]
            cost = (sum(grid[p[0]][p[1]] for p in new), sum(is_total(p) for p in new), len(new), r, c)
            if best is None or cost < best[0]:
                best = (cost, new)
    # Never None: the row total, column total and grand total always form such a rectangle.
    assert best is not None
    return best[1]


def _bridges(cells: Collection[_Cell], height: int) -> list[_Cell]:
    """Hidden cells whose edge (row vertex - column vertex) lies on no cycle, sorted."""
    adjacency: dict[int, list[tuple[int, _Cell]]] = {}
    for cell in cells:
        row_vertex, column_vertex = cell[0], height + cell[1]
        adjacency.setdefault(row_vertex, []).append((column_vertex, cell))
        adjacency.setdefault(column_vertex, []).append((row_vertex, cell))
    discovered: dict[int, int] = {}
    low: dict[int, int] = {}
    found: list[_Cell] = []
    counter = 0
    for root in sorted(adjacency):
        if root in discovered:
            continue
        discovered[root] = low[root] = counter
        counter += 1
        # Iterative DFS (Tarjan): (vertex, edge it was entered by, iterator position).
        stack: list[tuple[int, _Cell | None, int]] = [(root, None, 0)]
        while stack:
            vertex, via, position = stack[-1]
            neighbours = adjacency[vertex]
            if position < len(neighbours):
                stack[-1] = (vertex, via, position + 1)
                neighbour, edge = neighbours[position]
                if edge == via:
                    continue
                if neighbour in discovered:
                    low[vertex] = min(low[vertex], discovered[neighbour])
                else:
                    discovered[neighbour] = low[neighbour] = counter
                    counter += 1
                    stack.append((neighbour, edge, 0))
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[vertex])
                if low[vertex] > discovered[parent]:
                    assert via is not None
                    found.append(via)
    return sorted(found)


# ------------------------------------------------------------------------------------------ the API


def _published(grid: list[list[N]], hidden: Mapping[_Cell, SuppressionKind]) -> list[list[N | None]]:
    return [[None if (i, j) in hidden else v for j, v in enumerate(row)] for i, row in enumerate(grid)]


def protect_breakdown(
    counts: Sequence[int],
    rule: DisclosureRule = DisclosureRule(),
    values: Mapping[str, Sequence[Decimal]] | None = None,
) -> ProtectedBreakdown:
    """Suppress a 1-D breakdown of counts with its total, and the parallel value breakdowns with it.

    ``values`` maps a name (e.g. ``"loan_amount"``, ``"fte"``) to sums of the same categories; their
    totals are computed here. Raises ``ValueError`` when a value breakdown has another length.
    """
    _check_counts([counts])
    grid = _extend([counts], 0, column_totals=False)
    hidden = _suppress(grid, rule.threshold, two_way=False)
    total_index = len(counts)

    def position(cell: _Cell) -> int | None:
        return None if cell[1] == total_index else cell[1]

    def publish(extended: list[list[N]]) -> PublishedBreakdown[N]:
        row = _published(extended, hidden)[0]
        return PublishedBreakdown(cells=tuple(row[:-1]), total=row[-1])

    published_values: dict[str, PublishedBreakdown[Decimal]] = {}
    for name, sums in (values or {}).items():
        if len(sums) != len(counts):
            raise ValueError(f"value breakdown {name!r} has {len(sums)} cells, the counts have {len(counts)}")
        published_values[name] = publish(_extend([sums], Decimal(0), column_totals=False))
    return ProtectedBreakdown(
        counts=publish(grid),
        values=MappingProxyType(published_values),
        primary=frozenset(position(c) for c, k in hidden.items() if k is SuppressionKind.PRIMARY),
        secondary=frozenset(position(c) for c, k in hidden.items() if k is SuppressionKind.SECONDARY),
    )


def protect_table(
    counts: Sequence[Sequence[int]],
    rule: DisclosureRule = DisclosureRule(),
    values: Mapping[str, Sequence[Sequence[Decimal]]] | None = None,
) -> ProtectedTable:
    """Suppress a 2-D table of counts with row, column and grand totals, and parallel value tables.

    The totals are computed here from the cells. ``values`` maps a name to a table of sums of the same
    shape (money as Decimal euros, FTE as Decimal); they are hidden in exactly the count's cells.
    Raises ``ValueError`` for a table that is empty, ragged or differently shaped from its values.
    """
    if not counts or not counts[0]:
        raise ValueError("a 2-D table needs at least one row and one column")
    _check_counts(counts)
    grid = _extend(counts, 0, column_totals=True)
    hidden = _suppress(grid, rule.threshold, two_way=True)
    rows, columns = len(counts), len(counts[0])

    def position(cell: _Cell) -> Position:
        return (None if cell[0] == rows else cell[0], None if cell[1] == columns else cell[1])

    def publish(extended: list[list[N]]) -> PublishedTable[N]:
        published = _published(extended, hidden)
        return PublishedTable(
            cells=tuple(tuple(row[:-1]) for row in published[:-1]),
            row_totals=tuple(row[-1] for row in published[:-1]),
            column_totals=tuple(published[-1][:-1]),
            grand_total=published[-1][-1],
        )

    published_values: dict[str, PublishedTable[Decimal]] = {}
    for name, table in (values or {}).items():
        if len(table) != rows or any(len(row) != columns for row in table):
            raise ValueError(f"value table {name!r} does not have the shape of the counts ({rows}x{columns})")
        published_values[name] = publish(_extend(table, Decimal(0), column_totals=True))
    result = ProtectedTable(
        counts=publish(grid),
        values=MappingProxyType(published_values),
        primary=frozenset(position(c) for c, k in hidden.items() if k is SuppressionKind.PRIMARY),
        secondary=frozenset(position(c) for c, k in hidden.items() if k is SuppressionKind.SECONDARY),
    )
    logger.debug(
        "disclosure control %dx%d, k=%d: %d primary, %d secondary",
        rows,
        columns,
        rule.k,
        len(result.primary),
        len(result.secondary),
    )
    return result
