"""Hostile files are refused with the right code, by the sandboxed reader, within its memory limit."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing.raw import ReadLimits
from dlzw_desktop.services.importing.reader import SandboxStats, _watch_memory, read_in_sandbox
from tests.services.importing import hostile

MAX_RSS_MB = 300

Builder = Callable[[Path], Path]

REFUSED: list[tuple[str, Builder, str]] = [
    ("zip bomb", hostile.zip_bomb, "import.zip_too_large"),
    ("compression ratio bomb", hostile.ratio_bomb, "import.zip_ratio"),
    ("sizes in the directory lie", hostile.lying_sizes, "import.corrupt"),
    ("thousands of parts", hostile.many_members, "import.zip_too_many_members"),
    ("bzip2 parts", hostile.bzip2_workbook, "import.zip_unsupported"),
    ("truncated download", hostile.truncated_xlsx, "import.corrupt"),
    ("billion laughs in shared strings", hostile.billion_laughs, "import.xml_unsafe"),
    (
        "billion laughs in the sheet",
        lambda d: hostile.billion_laughs(d, "xl/worksheets/sheet1.xml"),
        "import.xml_unsafe",
    ),
    ("external entity", hostile.external_entity, "import.xml_unsafe"),
    ("DOCTYPE behind a long comment", hostile.doctype_after_long_comment, "import.xml_unsafe"),
    ("DOCTYPE in UTF-16", hostile.utf16_doctype, "import.xml_unsafe"),
    ("DOCTYPE in a part not named .xml", hostile.doctype_in_odd_part, "import.xml_unsafe"),
    ("value in column XFD", hostile.far_column, "import.too_many_columns"),
    ("macros under an .xlsx name", hostile.macro_workbook, "import.macros"),
    ("macro-enabled extension", lambda d: hostile.macro_workbook(d, "liste.xlsm"), "import.macros"),
    ("PDF renamed to .xlsx", hostile.renamed_pdf, "import.wrong_type"),
    ("OpenDocument renamed to .xlsx", hostile.renamed_ods, "import.wrong_type"),
    ("password-protected workbook", hostile.encrypted_ooxml, "import.encrypted"),
    ("Excel 97-2003 workbook", hostile.legacy_xls, "import.legacy_xls"),
    ("endless CSV line", hostile.huge_csv_line, "import.csv_line_too_long"),
    ("NUL bytes in a CSV", hostile.csv_with_nul, "import.csv_binary"),
    ("UTF-16 CSV", hostile.utf16_csv, "import.csv_encoding"),
    ("UTF-8 and Windows-1252 mixed", hostile.mixed_encoding_csv, "import.csv_mixed_encoding"),
    ("quote never closed", hostile.unclosed_quote_csv, "import.csv_field_too_long"),
    ("300 CSV columns", hostile.wide_csv, "import.too_many_columns"),
]


@pytest.mark.parametrize(("builder", "code"), [pytest.param(b, c, id=name) for name, b, c in REFUSED])
def test_hostile_file_is_refused_with_its_code_within_the_memory_limit(
    tmp_path: Path, builder: Builder, code: str
) -> None:
    path = builder(tmp_path)
    stats = SandboxStats()

    with pytest.raises(ValidationError) as caught:
        read_in_sandbox(path, stats=stats)

    assert caught.value.code == code
    assert str(caught.value)  # a message the user can read, with its parameters filled in
    assert "{" not in str(caught.value)
    assert stats.peak_rss_mb is not None
    assert stats.peak_rss_mb <= MAX_RSS_MB


def test_sandbox_child_is_reaped_after_a_refusal(tmp_path: Path) -> None:
    stats = SandboxStats()
    with pytest.raises(ValidationError):
        read_in_sandbox(hostile.renamed_pdf(tmp_path), stats=stats)
    assert stats.exit_code is not None  # joined: no zombie, no orphan


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux only")
def test_file_needing_more_memory_than_allowed_is_stopped_by_the_limit(tmp_path: Path) -> None:
    path = hostile.memory_hog(tmp_path)
    stats = SandboxStats()

    with pytest.raises(ValidationError) as caught:
        read_in_sandbox(path, stats=stats)

    assert caught.value.code == "import.too_much_memory"
    assert stats.rss_limit_applied
    assert stats.peak_rss_mb is not None
    assert stats.peak_rss_mb <= MAX_RSS_MB


def test_forged_dimension_reads_only_the_cells_that_exist(tmp_path: Path) -> None:
    stats = SandboxStats()

    result = read_in_sandbox(hostile.forged_dimension(tmp_path), stats=stats)

    assert [row.values for row in result.rows] == [("Nachname", "Vorname"), ("Yılmaz", "Ayşe")]
    assert result.info.total_rows is None  # a claimed million rows is no progress estimate
    assert stats.peak_rss_mb is not None
    assert stats.peak_rss_mb <= MAX_RSS_MB


def test_more_rows_than_the_cap_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        read_in_sandbox(hostile.tall_csv(tmp_path, 200_001))
    assert caught.value.code == "import.too_many_rows"


def test_exactly_the_row_cap_is_accepted(tmp_path: Path) -> None:
    limits = ReadLimits(max_rows=500)
    result = read_in_sandbox(hostile.tall_sheet(tmp_path, 500), limits=limits)
    assert len(result.data_rows) == 500


def test_one_row_over_a_small_cap_is_refused_in_a_workbook(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        read_in_sandbox(hostile.tall_sheet(tmp_path, 501), limits=ReadLimits(max_rows=500))
    assert caught.value.code == "import.too_many_rows"


def test_reading_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    path = hostile.tall_sheet(tmp_path, 100_000)  # seconds of parsing; the child is killed long before
    stats = SandboxStats()

    with pytest.raises(ValidationError) as caught:
        read_in_sandbox(path, timeout_s=0.5, stats=stats)

    assert caught.value.code == "import.timeout"
    assert stats.exit_code is not None


def test_harmless_workbook_built_like_the_hostile_ones_is_read(tmp_path: Path) -> None:
    result = read_in_sandbox(hostile.minimal_xlsx(tmp_path))
    assert result.header_texts == ("Nachname", "Vorname")
    assert [row.values for row in result.data_rows] == [("Müller", "Anna")]


def test_without_an_address_space_limit_the_watchdog_stops_a_hungry_reader() -> None:
    """Windows and macOS: the parent samples the child's memory and stops it above the limit."""
    stats = SandboxStats(rss_limit_applied=False)
    with pytest.raises(ValidationError) as caught:
        _watch_memory(os.getpid(), 1, stats)  # this test process stands in for a child using > 1 MB
    assert caught.value.code == "import.too_much_memory"
    assert stats.peak_rss_mb is not None
