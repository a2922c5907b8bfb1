"""Tests of small-cell suppression: a reader of a published table cannot recompute a hidden cell."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlzw_desktop.domain.disclosure import (
    DisclosureRule,
    ProtectedBreakdown,
    ProtectedTable,
    SuppressionKind,
    protect_breakdown,
    protect_table,
)
from dlzw_desktop.errors import ValidationError

# ------------------------------------------------------------------------------- the reader's tools
# The published table as a grid with totals in the last row / column, None where a cell is hidden.
Grid = list[list[int | None]]


def table_grid(result: ProtectedTable) -> Grid:
    counts = result.counts
    grid: Grid = [[*row, total] for row, total in zip(counts.cells, counts.row_totals, strict=True)]
    grid.append([*counts.column_totals, counts.grand_total])
    return grid


def breakdown_grid(result: ProtectedBreakdown) -> Grid:
    return [[*result.counts.cells, result.counts.total]]


def lines_of(grid: Grid, *, two_way: bool) -> list[list[tuple[int, int]]]:
    """Each line is one equation: its cells (all but the last) add up to its last cell (the total)."""
    height, width = len(grid), len(grid[0])
    lines = [[(i, j) for j in range(width)] for i in range(height)]
    if two_way:
        lines += [[(i, j) for i in range(height)] for j in range(width)]
    return lines


def derive_by_subtraction(grid: Grid, *, two_way: bool) -> dict[tuple[int, int], int]:
    """What a reader recovers by subtracting along rows and columns, over and over."""
    known = [row[:] for row in grid]
    derived: dict[tuple[int, int], int] = {}
    progress = True
    while progress:
        progress = False
        for line in lines_of(known, two_way=two_way):
            unknown = [cell for cell in line if known[cell[0]][cell[1]] is None]
            if len(unknown) != 1:
                continue
            (i, j) = unknown[0]
            *cells, total = line
            if (i, j) == total:
                value = sum(known[a][b] or 0 for a, b in cells)
            else:
                value = (known[total[0]][total[1]] or 0) - sum(
                    known[a][b] or 0 for a, b in cells if (a, b) != (i, j)
                )
            known[i][j] = value
            derived[(i, j)] = value
            progress = True
    return derived


def _rank(rows: list[list[Fraction]]) -> int:
    matrix = [row[:] for row in rows]
    rank = 0
    width = len(matrix[0]) if matrix else 0
    for column in range(width):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column] != 0:
                factor = matrix[r][column] / matrix[rank][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        rank += 1
    return rank


def determined_by_linear_algebra(grid: Grid, *, two_way: bool) -> set[tuple[int, int]]:
    """Hidden cells fixed by any combination of the row and column equations (exact rank test)."""
    hidden = [(i, j) for i, row in enumerate(grid) for j, value in enumerate(row) if value is None]
    if not hidden:
        return set()
    equations = []
    for line in lines_of(grid, two_way=two_way):
        *cells, total = line
        coefficients = {cell: Fraction(1) for cell in cells}
        coefficients[total] = Fraction(-1)
        equations.append([coefficients.get(cell, Fraction(0)) for cell in hidden])
    base = _rank(equations)
    determined = set()
    for index, cell in enumerate(hidden):
        unit = [Fraction(int(k == index)) for k in range(len(hidden))]
        if _rank([*equations, unit]) == base:
            determined.add(cell)
    return determined


# ------------------------------------------------------------------------------------- hand examples


def test_breakdown_hides_a_small_count_and_the_next_smallest() -> None:
    # 5, 2, 7, 0 (total 14), k = 3: the 2 is hidden; 14 - 5 - 7 - 0 would give it back, so the 5 goes.
    result = protect_breakdown(
        [5, 2, 7, 0],
        values={"loan_amount": [Decimal("40000"), Decimal("15000.50"), Decimal("61000"), Decimal(0)]},
    )
    assert result.counts.cells == (None, None, 7, 0)
    assert result.counts.total == 14
    assert result.kind(1) is SuppressionKind.PRIMARY
    assert result.kind(0) is SuppressionKind.SECONDARY
    assert result.kind(2) is None
    loans = result.values["loan_amount"]
    assert loans.cells == (None, None, Decimal("61000"), Decimal(0))
    assert loans.total == Decimal("116000.50")


def test_a_small_total_is_hidden_too() -> None:
    # Two people in all: the total itself is a small count.
    result = protect_breakdown([2, 0, 0])
    assert result.counts.cells == (None, 0, 0)
    assert result.counts.total is None
    assert result.primary == frozenset({0, None})


def test_when_only_the_total_is_left_it_is_hidden() -> None:
    # 1 and 8: the 8 is hidden with the 1, the total 9 stays (two unknowns, one equation).
    assert protect_breakdown([1, 8, 0]).counts.total == 9
    # 0, 0, 4 with a 1: hiding the 1 and the 4 leaves only zeros, which stay published.
    result = protect_breakdown([0, 1, 0, 4])
    assert result.counts.cells == (0, None, 0, None)
    assert result.counts.total == 5


def test_nothing_is_hidden_without_small_counts_or_when_switched_off() -> None:
    assert protect_breakdown([4, 0, 5]).counts.cells == (4, 0, 5)
    internal = protect_table([[1, 2], [0, 7]], DisclosureRule(enabled=False))
    assert internal.counts.cells == ((1, 2), (0, 7))
    assert internal.counts.grand_total == 10
    assert internal.primary == internal.secondary == frozenset()


def test_k_is_configurable() -> None:
    result = protect_breakdown([4, 6], DisclosureRule(k=5))
    assert result.counts.cells == (None, None)
    assert result.counts.total == 10
    with pytest.raises(ValidationError) as error:
        DisclosureRule(k=1)
    assert error.value.code == "disclosure.k_too_small"


def test_two_small_corners_are_protected_by_a_rectangle() -> None:
    #     1  5  7 | 13         .  5  . | 13
    #     4  6  8 | 18   ->    4  6  8 | 18
    #     9  9  2 | 20         .  9  . | 20
    #    14 20 17 | 51        14 20 17 | 51
    result = protect_table([[1, 5, 7], [4, 6, 8], [9, 9, 2]])
    assert result.counts.cells == ((None, 5, None), (4, 6, 8), (None, 9, None))
    assert result.counts.row_totals == (13, 18, 20)
    assert result.counts.column_totals == (14, 20, 17)
    assert result.primary == frozenset({(0, 0), (2, 2)})
    assert result.secondary == frozenset({(0, 2), (2, 0)})
    assert result.kind(1, 1) is None
    assert determined_by_linear_algebra(table_grid(result), two_way=True) == set()


def test_a_cell_joining_two_protected_blocks_is_not_left_recomputable() -> None:
    # Rows 0-1 x columns 0-1 and rows 2-3 x columns 2-3 are blocks with small counts; cell (1, 2) = 2
    # joins them. Every row and column then has two hidden cells, yet adding rows 0 and 1 and
    # subtracting columns 0 and 1 gives cell (1, 2) back -- unless it lies on a cycle of hidden cells.
    counts = [
        [1, 1, 9, 9, 9],
        [1, 1, 2, 9, 9],
        [9, 9, 1, 1, 9],
        [9, 9, 1, 1, 9],
        [9, 9, 9, 9, 9],
    ]
    result = protect_table(counts)
    grid = table_grid(result)
    assert result.kind(1, 2) is SuppressionKind.PRIMARY
    assert determined_by_linear_algebra(grid, two_way=True) == set()
    assert derive_by_subtraction(grid, two_way=True) == {}


def test_small_row_and_column_totals_are_protected() -> None:
    # Age group x gender with one person of diverse gender: the column total 1 is a small count too.
    #     5  4  1 | 10         5  .  . | 10
    #     6  7  0 | 13   ->    6  7  0 | 13
    #     3  8  0 | 11         3  8  0 | 11
    #    14 19  1 | 34        14  .  . | 34
    counts = [[5, 4, 1], [6, 7, 0], [3, 8, 0]]
    fte = [[Decimal(v) for v in row] for row in (["4.5", "3", "0.5"], ["5", "6", "0"], ["2", "7", "0"])]
    result = protect_table(counts, values={"fte": fte})
    assert result.counts.cells == ((5, None, None), (6, 7, 0), (3, 8, 0))
    assert result.counts.column_totals == (14, None, None)
    assert result.counts.row_totals == (10, 13, 11)
    assert result.counts.grand_total == 34
    assert result.primary == frozenset({(0, 2), (None, 2)})
    assert result.secondary == frozenset({(0, 1), (None, 1)})
    grid = table_grid(result)
    assert derive_by_subtraction(grid, two_way=True) == {}
    assert determined_by_linear_algebra(grid, two_way=True) == set()
    # The FTE sums of the hidden count cells are hidden with them; the FTE totals are computed.
    published_fte = result.values["fte"]
    assert published_fte.cells[0] == (Decimal("4.5"), None, None)
    assert published_fte.cells[1:] == tuple(tuple(row) for row in fte[1:])
    assert published_fte.column_totals == (Decimal("11.5"), None, None)  # 4.5 + 5 + 2
    assert published_fte.grand_total == Decimal(28)


def test_shapes_and_types_are_checked() -> None:
    with pytest.raises(ValueError, match="rectangular"):
        protect_table([[1, 2], [3]])
    with pytest.raises(ValueError, match="negative"):
        protect_breakdown([1, -1])
    with pytest.raises(TypeError):
        protect_breakdown([Decimal(1)])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="shape"):
        protect_table([[1, 2]], values={"fte": [[Decimal(1)]]})


# ---------------------------------------------------------------------------------- properties

counts_strategy = st.one_of(st.just(0), st.integers(1, 4), st.integers(0, 40))


def check_published(
    true_grid: list[list[int]], published: Grid, primary: set[tuple[int, int]], k: int, *, two_way: bool
) -> None:
    for i, row in enumerate(true_grid):
        for j, value in enumerate(row):
            shown = published[i][j]
            # Small counts are hidden as primary cells, zeros are always shown, the rest is true.
            assert ((i, j) in primary) == (1 <= value < k)
            if value == 0:
                assert shown == 0
            if shown is not None:
                assert shown == value
    assert derive_by_subtraction(published, two_way=two_way) == {}
    assert determined_by_linear_algebra(published, two_way=two_way) == set()


@settings(max_examples=300, deadline=None)
@given(counts=st.lists(counts_strategy, max_size=7), k=st.integers(2, 4))
def test_no_hidden_cell_of_a_breakdown_can_be_recomputed(counts: list[int], k: int) -> None:
    values = [Decimal(c) * Decimal("1000.10") for c in counts]
    result = protect_breakdown(counts, DisclosureRule(k=k), values={"amount": values})
    true_grid = [[*counts, sum(counts)]]
    size = len(counts)
    primary = {(0, size if p is None else p) for p in result.primary}
    check_published(true_grid, breakdown_grid(result), primary, k, two_way=False)
    amounts = result.values["amount"]
    assert [c is None for c in amounts.cells] == [c is None for c in result.counts.cells]
    assert (amounts.total is None) == (result.counts.total is None)


@settings(max_examples=300, deadline=None)
@given(
    shape=st.tuples(st.integers(1, 5), st.integers(1, 5)),
    data=st.data(),
    k=st.integers(2, 4),
)
def test_no_hidden_cell_of_a_table_can_be_recomputed(
    shape: tuple[int, int], data: st.DataObject, k: int
) -> None:
    rows, columns = shape
    counts = data.draw(
        st.lists(st.lists(counts_strategy, min_size=columns, max_size=columns), min_size=rows, max_size=rows)
    )
    fte = [[Decimal(c) / 2 for c in row] for row in counts]
    result = protect_table(counts, DisclosureRule(k=k), values={"fte": fte})
    true_grid = [[*row, sum(row)] for row in counts]
    true_grid.append([sum(column) for column in zip(*true_grid, strict=True)])
    primary = {(rows if i is None else i, columns if j is None else j) for i, j in result.primary}
    check_published(true_grid, table_grid(result), primary, k, two_way=True)
    published_fte = result.values["fte"]
    for i in [*range(rows), None]:
        for j in [*range(columns), None]:
            assert (published_fte.at(i, j) is None) == (result.counts.at(i, j) is None)
