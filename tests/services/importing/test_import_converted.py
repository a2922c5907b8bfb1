"""Converting in the sandbox: the typed batches the child sends decode to exactly what converting in one
process gives, and the parent refuses every batch that no conversion could have produced."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.importing.convert import BatchConverter, ImportedRow, Problem
from dlzw_desktop.services.importing.converted import (
    BatchDecoder,
    ChildConverter,
    ConvertedBatch,
    ConvertRequest,
    Layout,
    layout_from_wire,
    totals_from_wire,
)
from dlzw_desktop.services.importing.mapping import FIELDS, ImportKind, suggest_mapping
from dlzw_desktop.services.importing.raw import WireRow, raw_rows
from dlzw_desktop.services.importing.reader import stream_converted
from dlzw_desktop.services.importing.similar import FileDuplicates, FileMatches, RowProbes

TODAY = date(2026, 6, 15)
Cell = str | tuple[str, str] | None

# Cells any column may meet: valid and invalid values of every field type, Excel cell kinds, hostile text.
POOL: list[Cell] = [
    None, "", "-", "ja", "nein", "x", "01.02.1990", "31.02.2020", "1.2.85", "2031-01-01", ("32874", "d"),
    ("45000", "n"), ("1.5", "n"), ("-3", "n"), ("1e400", "n"), "1.234,56", "1,234.56", "12 Monate", "abc",
    "=SUMME(A1:A3)", ("=1+1", "f"), ("#DIV/0!", "e"), ("TRUE", "b"), "Müller", "Çağlar Yıldırım", "Иванова",
    "محمد", "e\u0301", "44137", "4413", "weiblich", "männlich", "keine Angabe", "Einzelunternehmen", "GmbH",
    "Gründer", "Türkisch, Arabisch", "tr", "Deutsch und Englisch", "90", "1:30", "2 Std.", "Büro", "Laden",
    "Einzelhandel, Gastronomie", "anna@example.org", "kein@@mail", "\x07klingel", "<b>fett</b>", "x" * 300,
    "Innenstadt-West", "Hörde", "Gaststätte", "47.11", "Hansastr. 12", "Kampstraße 3",
]  # fmt: skip
GIVEN = ["Anna", "Ana", "Mehmet", "Mehmed", "Ayşe", "Ayse", "Olga"]
FAMILY = ["Müller", "Mueller", "Yılmaz", "Yilmaz", "Öztürk", "Weiß"]
STREETS = ["Hansastraße 12", "Hansastr. 12", "Kampstraße 3", "Münsterstraße 40"]


def _rows(kind: ImportKind, count: int, seed: int) -> tuple[list[str], list[tuple[int, list[Cell]]]]:
    """A header of every field of ``kind`` (by its first German title) and ``count`` random rows; for
    founders' lists, names, birth dates and addresses repeat so that the list holds duplicates."""
    rnd = random.Random(seed)
    header = [target.synonyms[0] for target in FIELDS[kind]]
    rows = []
    for number in range(2, count + 2):
        cells: list[Cell] = [rnd.choice(POOL) for _ in header]
        if kind is ImportKind.PERSONS and rnd.random() < 0.8:
            plain = {target.key: i for i, target in enumerate(FIELDS[kind])}
            cells[plain["person.family_name"]] = rnd.choice(FAMILY)
            cells[plain["person.given_names"]] = rnd.choice(GIVEN)
            cells[plain["person.birth_date"]] = rnd.choice(["01.02.1990", "03.04.1985", None])
            cells[plain["person.postcode"]] = rnd.choice(["44137", "44139"])
            cells[plain["person.street"]] = rnd.choice(STREETS)
            cells[plain["business.name"]] = rnd.choice(["Bäckerei Yılmaz", "Baeckerei Yilmaz", "Kiosk", None])
            cells[plain["business.postcode"]] = "44137"
            cells[plain["business.street"]] = rnd.choice(STREETS)
        rows.append((number, cells))
    return header, rows


def _wire(number: int, cells: list[Cell]) -> WireRow:
    texts, kinds = [], ""
    for cell in cells:
        if cell is None or cell == "":
            texts.append("")
            kinds += " "
        elif isinstance(cell, tuple):
            texts.append(cell[0])
            kinds += cell[1]
        else:
            texts.append(cell)
            kinds += "s"
    return number, texts, kinds


def _in_one_process(
    kind: ImportKind, header: list[str], rows: list[tuple[int, list[Cell]]]
) -> tuple[list[ImportedRow], list[Problem], list[FileMatches]]:
    mapping = suggest_mapping(kind, header)
    converter = BatchConverter(header, mapping, today=TODAY)
    converted = converter.convert(raw_rows([_wire(number, cells) for number, cells in rows]))
    check = FileDuplicates()
    probes = RowProbes()
    matches = [check.check(*probes(row)) for row in converted] if kind is ImportKind.PERSONS else []
    return converted, converter.take_problems(), matches


def _through_the_wire(
    kind: ImportKind, header: list[str], rows: list[tuple[int, list[Cell]]], batch: int = 7
) -> tuple[Layout, list[ConvertedBatch], list[dict[str, Any]]]:
    messages: list[dict[str, Any]] = []
    child = ChildConverter(
        ConvertRequest(kind, TODAY), lambda message: messages.append(json.loads(json.dumps(message)))
    )
    wire = [_wire(1, list(header))] + [_wire(number, cells) for number, cells in rows]
    for start in range(0, len(wire), batch):
        child.rows(wire[start : start + batch], start + batch)
    child.finish()
    layout = layout_from_wire(next(m for m in messages if m["t"] == "layout"), kind)
    decoder = BatchDecoder(layout)
    batches = [decoder.decode(m) for m in messages if m["t"] == "typed"]
    return layout, batches, messages


@pytest.mark.parametrize("kind", list(ImportKind))
def test_typed_batches_decode_to_what_one_process_converts(kind: ImportKind) -> None:
    header, rows = _rows(kind, 300, seed=len(kind.value))
    expected_rows, expected_problems, expected_matches = _in_one_process(kind, header, rows)
    layout, batches, messages = _through_the_wire(kind, header, rows)

    assert layout.header == tuple(header)
    assert layout.header_number == 1
    got_rows = [row for batch in batches for row in batch.rows]
    assert got_rows == expected_rows
    assert [row.has_errors for row in got_rows] == [row.has_errors for row in expected_rows]
    assert any(row.has_errors for row in got_rows) and any(row.has_warnings for row in got_rows)
    for got, want in zip(got_rows, expected_rows, strict=True):
        assert [type(value) for value in got.values] == [type(value) for value in want.values], got.number
    got_problems = [problem for batch in batches for problem in batch.problems]
    assert [(p.row, p.column, p.code, p.message, p.severity, p.value) for p in got_problems] == [
        (p.row, p.column, p.code, p.message, p.severity, p.value) for p in expected_problems
    ]
    assert [dict(p.params) for p in got_problems] == [
        {key: value if type(value) in (str, int) else str(value) for key, value in p.params.items()}
        for p in expected_problems
    ]
    if kind is ImportKind.PERSONS:
        got = {number: found for batch in batches for number, found in (batch.file_matches or {}).items()}
        want = {row.number: found for row, found in zip(expected_rows, expected_matches, strict=True)}
        assert got == {number: found for number, found in want.items() if found[0] or found[1]}
        assert sum(len(people) for people, _ in got.values()) > 20  # the list does hold duplicates
    else:
        assert all(batch.file_matches is None for batch in batches)
    totals = totals_from_wire(messages[-1])
    assert totals.skipped_empty_rows == len(rows) - len(expected_rows)


# --- what the parent refuses ----------------------------------------------------------------------------


def _persons_batch() -> tuple[BatchDecoder, dict[str, Any]]:
    header, rows = _rows(ImportKind.PERSONS, 40, seed=3)
    _, _, messages = _through_the_wire(ImportKind.PERSONS, header, rows, batch=100)
    layout = layout_from_wire(next(m for m in messages if m["t"] == "layout"), ImportKind.PERSONS)
    typed = next(m for m in messages if m["t"] == "typed" and m["numbers"])
    return BatchDecoder(layout), typed


def _column(decoder: BatchDecoder, key: str) -> int:
    positions = [position for position, _, _ in decoder._mapped]
    return positions.index(decoder.fields.index(key))


Tamper = Callable[[BatchDecoder, dict[str, Any]], None]


def _set(key: str, value: object) -> Tamper:
    def tamper(decoder: BatchDecoder, message: dict[str, Any]) -> None:
        message["columns"][_column(decoder, key)][0] = value

    return tamper


def _set_match(index: int, value: object) -> Tamper:
    def tamper(_decoder: BatchDecoder, message: dict[str, Any]) -> None:
        message["matches"][0][1][0][index] = value

    return tamper


def _set_problem(index: int, value: object) -> Tamper:
    def tamper(_decoder: BatchDecoder, message: dict[str, Any]) -> None:
        message["problems"][0][index] = value

    return tamper


TAMPERED: dict[str, Tamper] = {
    "text too long for its field": _set("person.family_name", "x" * 201),
    "number in a text field": _set("person.family_name", 42),
    "list in a text field": _set("person.email", ["a"]),
    "day number 0": _set("person.birth_date", 0),
    "day number beyond year 9999": _set("person.birth_date", 10**7),
    "day number beyond any integer": _set("person.birth_date", 10**40),
    "flag in a day field": _set("person.birth_date", True),
    "text in a day field": _set("person.birth_date", "1990-01-01"),
    "unknown choice": _set("person.gender", "robot"),
    "choice as a number": _set("person.gender", 1),
    "number in a flag field": _set("business.founding_planned", 1),
    "flag in a whole number field": _set("business.employees", True),
    "fraction in a whole number field": _set("business.employees", 1.5),
    "missing column": lambda _d, m: m["columns"].pop(),
    "short column": lambda _d, m: m["columns"][0].pop(),
    "row number as text": lambda _d, m: m["numbers"].__setitem__(0, "2"),
    "flags missing": lambda _d, m: m["flags"].pop(),
    "columns as an object": lambda _d, m: m.__setitem__("columns", {"0": []}),
    "problem with an object parameter": _set_problem(6, {"value": {"nested": 1}}),
    "problem of unknown severity": _set_problem(7, "fatal"),
    "problem row as text": _set_problem(0, "2"),
    "match of an unknown entity": _set_match(0, "robot"),
    "match with a score as text": _set_match(3, "99"),
    "match of an unknown reason": _set_match(2, ["telepathy"]),
}


@pytest.mark.parametrize("name", list(TAMPERED))
def test_a_batch_no_conversion_could_produce_is_refused(name: str) -> None:
    decoder, message = _persons_batch()
    assert message["problems"] and message["matches"], "the sample batch must hold problems and matches"
    decoder.decode(json.loads(json.dumps(message)))  # untouched, it decodes
    TAMPERED[name](decoder, message)
    with pytest.raises((TypeError, ValueError, KeyError, ArithmeticError)):
        decoder.decode(message)


def test_decimal_fields_refuse_what_is_not_a_finite_number() -> None:
    header, rows = _rows(ImportKind.PROPERTIES, 60, seed=5)
    _, _, messages = _through_the_wire(ImportKind.PROPERTIES, header, rows, batch=100)
    layout = layout_from_wire(next(m for m in messages if m["t"] == "layout"), ImportKind.PROPERTIES)
    decoder = BatchDecoder(layout)
    typed = next(m for m in messages if m["t"] == "typed" and m["numbers"])
    decoder.decode(json.loads(json.dumps(typed)))
    for key in ("property.area_m2", "property.cold_rent"):
        for value in ("NaN", "Infinity", "-sNaN", "zwölf", 12):
            message = json.loads(json.dumps(typed))
            message["columns"][_column(decoder, key)][0] = value
            with pytest.raises((TypeError, ValueError, KeyError, ArithmeticError)):
                decoder.decode(message)


def test_a_layout_of_another_kind_is_refused() -> None:
    header, rows = _rows(ImportKind.CASES, 5, seed=1)
    _, _, messages = _through_the_wire(ImportKind.CASES, header, rows)
    layout = next(m for m in messages if m["t"] == "layout")
    with pytest.raises(TypeError):
        layout_from_wire(layout, ImportKind.PERSONS)
    with pytest.raises(TypeError):
        layout_from_wire({**layout, "header": [1, 2]}, ImportKind.CASES)


def test_a_failure_of_the_conversion_is_not_called_a_damaged_file() -> None:
    def broken(_message: dict[str, Any]) -> None:
        raise TypeError("a bug")

    child = ChildConverter(ConvertRequest(ImportKind.PERSONS, TODAY), broken)
    header, rows = _rows(ImportKind.PERSONS, 20, seed=2)
    with pytest.raises(ValidationError) as caught:
        child.rows([_wire(1, list(header))] + [_wire(n, cells) for n, cells in rows], 21)
    assert caught.value.code == "import.reader_failed"


# --- through the sandbox --------------------------------------------------------------------------------


def _workbook(path: Path, *rows: list[object]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _stream(path: Path, request: ConvertRequest) -> tuple[list[Layout], list[ConvertedBatch]]:
    layouts: list[Layout] = []
    batches: list[ConvertedBatch] = []
    stream_converted(path, request, lambda _info, layout: layouts.append(layout), batches.append)
    return layouts, batches


def test_the_sandbox_finds_the_header_below_a_title_and_converts(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "liste.xlsx",
        ["Gründerinnen 2026"],
        [],
        ["Nachname", "Vorname", "Geburtsdatum", "PLZ", "Straße"],
        ["Yılmaz", "Ayşe", date(1990, 2, 1), "44137", "Hansastraße 12"],
        ["Yilmaz", "Ayse", "01.02.1990", "44137", "Hansastr. 12"],
    )
    layouts, batches = _stream(path, ConvertRequest(ImportKind.PERSONS, TODAY))
    assert layouts[0].header_number == 3
    rows = [row for batch in batches for row in batch.rows]
    assert [row["person.birth_date"] for row in rows] == [date(1990, 2, 1)] * 2
    matches = {n: m for batch in batches for n, m in (batch.file_matches or {}).items()}
    assert list(matches) == [5] and matches[5][0][0].row == 4 and matches[5][0][0].confident


@pytest.mark.parametrize(
    ("rows", "request_", "code"),
    [
        (
            [["Nachname", "Vorname"]],
            ConvertRequest(ImportKind.PERSONS, TODAY, header_row=9),
            "header_row_invalid",
        ),
        (
            [["Vorname", "Ort"], ["Anna", "Do"]],
            ConvertRequest(ImportKind.PERSONS, TODAY),
            "mapping_incomplete",
        ),
    ],
)
def test_the_sandbox_refuses_what_it_cannot_convert_with_the_message(
    tmp_path: Path, rows: list[list[object]], request_: ConvertRequest, code: str
) -> None:
    path = _workbook(tmp_path / "liste.xlsx", *rows)
    with pytest.raises(ValidationError) as caught:
        _stream(path, request_)
    assert caught.value.code == f"import.{code}"
    assert caught.value.message
