"""The two big parts of a workbook, shared strings and the chosen sheet's cells, read with a lean parser.

openpyxl reads the workbook's small parts (workbook, relationships, styles: ``xlsx_source``), but its
read-only iteration spends most of its time on per-element objects: defusedxml's parser is the pure-Python
ElementTree parser (a Python call per element and attribute), and every shared string goes through its
descriptor machinery. Here expat calls a handful of small handlers instead, and the values come out exactly
as ``iter_rows(values_only=True)`` gives them (openpyxl's own functions convert numbers, dates, ISO dates
and shared formulas), so the rest of the reader cannot tell the difference.

Most sheets are plain (shared strings, numbers and dates, no formulas, the way Excel and LibreOffice
write lists): ``_plain_rows`` reads their rows with regular expressions while expat checks the same bytes
without handlers, three times quicker; anything else in a sheet sends it to the parser, which reads it
from the start (``tests/services/importing/test_xlsx_plain.py`` checks the two agree on random sheets).

The parser is hardened like defusedxml's (and stricter): a document type declaration, an entity
declaration or an external entity reference raises defusedxml's exception, which the reader reports as an
unsafe file. Structures no spreadsheet program writes (a row inside a row, a shared string inside a shared
string) are refused as a damaged file. Where openpyxl validates formatting it never returns (rich-text
fonts, phonetic runs, attributes of ``<si>``), this parser reads the text and ignores the formatting.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import IO, Any
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CHUNK = 256 * 1024
_DIGITS = "0123456789"
# expat reports a namespaced name as "<uri>}<local>" with this separator (as ElementTree's parser does).
_ROW, _CELL_V, _CELL_F, _CELL_IS, _SI = (f"{MAIN_NS}}}{name}" for name in ("row", "v", "f", "is", "si"))


class StructureError(ValueError):
    """The part nests elements in a way no spreadsheet program writes (reported as a damaged file)."""


def _refuse_doctype(name: str, sysid: str | None, pubid: str | None, _internal: bool) -> None:
    raise DTDForbidden(name, sysid, pubid)


def _refuse_entity(  # noqa: PLR0917 - expat's signature
    name: str,
    _parameter: bool,
    value: str | None,
    base: str | None,
    sysid: str | None,
    pubid: str | None,
    notation: str | None,
) -> None:
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation)


def _refuse_unparsed_entity(
    name: str, base: str | None, sysid: str | None, pubid: str | None, notation: str | None
) -> None:
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation)


def _refuse_external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> int:
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def hardened_parser() -> Any:
    """An expat parser with namespaces that refuses DTDs, entity declarations and external references."""
    parser = expat.ParserCreate(None, "}")
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_unparsed_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    return parser


def _feed(parser: Any, source: IO[bytes], drain: Callable[[], Iterator[Any]] | None = None) -> Iterator[Any]:
    while True:
        chunk = source.read(_CHUNK)
        if not chunk:
            break
        parser.Parse(chunk, False)
        if drain is not None:
            yield from drain()
    parser.Parse(b"", True)
    if drain is not None:
        yield from drain()


def _local(name: str) -> str:
    return name.rpartition("}")[2]


class _TextCollector:
    """openpyxl's ``Text.from_tree(node).content`` for an ``<si>`` or ``<is>`` element, from events.

    The element's last ``t`` child is the plain text; each ``r`` child (a rich-text run) adds the text of
    its last ``t`` child. A ``t``'s text is what precedes its first child element (ElementTree's
    ``.text``). Children are matched by local name, whatever their namespace, as openpyxl does.
    """

    __slots__ = ("base", "capture", "in_run", "parts", "plain", "run_text", "runs")

    def __init__(self, base: int) -> None:
        self.base = base  # depth of the <si>/<is> element
        self.plain: str | None = None
        self.runs: list[str | None] = []
        self.run_text: str | None = None
        self.capture = 0  # 1: plain <t>, 2: a run's <t>; 0: none
        self.parts: list[str] = []
        self.in_run = False

    def start(self, name: str, depth: int) -> None:
        self.stop()
        if depth == self.base + 1:
            local = _local(name)
            if local == "t":
                self.plain = None
                self.capture = 1
            elif local == "r":
                self.in_run = True
                self.run_text = None
        elif depth == self.base + 2 and self.in_run and _local(name) == "t":
            self.run_text = None
            self.capture = 2

    def stop(self) -> None:
        """The text of the element being captured ends (its end tag or its first child)."""
        capture = self.capture
        if not capture:
            return
        self.capture = 0
        text = "".join(self.parts) if self.parts else None
        self.parts.clear()
        if capture == 1:
            self.plain = text
        else:
            self.run_text = text

    def end(self, depth: int) -> None:
        self.stop()
        if depth == self.base + 1 and self.in_run:
            self.in_run = False
            self.runs.append(self.run_text)

    def content(self) -> str:
        snippets = [self.plain] if self.plain is not None else []
        snippets.extend(run for run in self.runs if run is not None)
        return "".join(snippets)


def read_shared_strings(source: IO[bytes]) -> list[str]:
    """The shared string table as openpyxl's ``read_string_table`` returns it."""
    table = SharedStrings(source)
    table.finish()
    return table.strings


class SharedStrings:
    """The shared string table, read as far as the cells need it (``table[index]``).

    A sheet refers to its strings roughly in the order Excel numbered them, so the sheet's first rows can
    go out while the table's later strings are still unread: a big list no longer waits for the whole
    table first. ``finish`` reads the rest (the reader calls it after the last row, so a damaged or unsafe
    table is refused as before, only later). The strings are exactly ``read_shared_strings``'.
    """

    def __init__(self, source: IO[bytes]) -> None:
        self._source = source
        self.strings: list[str] = []
        self._done = False
        # A plain table is read by ``_PlainStrings``; at the first thing it does not know, the parser reads
        # the table again from its start (the strings it finds are the same, the list is refilled).
        self._plain = _PlainStrings() if source.seekable() else None
        self._parser = self._handled_parser()

    def _handled_parser(self) -> Any:
        parser = hardened_parser()
        strings = self.strings
        depth = 0
        collector: _TextCollector | None = None

        def start(name: str, _attrs: object) -> None:
            nonlocal depth, collector
            depth += 1
            if collector is not None:
                if name == _SI:
                    raise StructureError("shared string inside a shared string")
                collector.start(name, depth)
            elif name == _SI:
                collector = _TextCollector(depth)

        def end(_name: str) -> None:
            nonlocal depth, collector
            if collector is not None:
                if depth == collector.base:
                    collector.stop()
                    strings.append(collector.content().replace("x005F_", ""))
                    collector = None
                else:
                    collector.end(depth)
            depth -= 1

        def data(text: str) -> None:
            if collector is not None and collector.capture:
                collector.parts.append(text)

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        return parser

    def __getitem__(self, index: int) -> str:
        if index < 0:
            self.finish()  # counted from the end: the whole table is needed
        strings = self.strings
        while index >= len(strings) and not self._done:
            self._read_more()
        return strings[index]

    def __len__(self) -> int:
        self.finish()
        return len(self.strings)

    def finish(self) -> None:
        """Read the rest of the table (raising for whatever is wrong in it)."""
        while not self._done:
            self._read_more()

    def _read_more(self) -> None:
        chunk = self._source.read(_STRINGS_CHUNK)
        if self._plain is not None:
            try:
                self._plain.feed(chunk, self.strings)
            except _NotPlain:
                self._plain = None
                self._source.seek(0)
                self.strings.clear()  # the same list: readers holding it see the strings come again
                self._parser = self._handled_parser()
                return
            self._done = not chunk
        elif chunk:
            self._parser.Parse(chunk, False)
        else:
            self._parser.Parse(b"", True)
            self._done = True


_STRINGS_CHUNK = 64 * 1024
_SST_ROOT = re.compile(r'\s*<sst((?:\s+[\w:.-]+\s*=\s*(?:"[^"<&]*"|\'[^\'<&]*\'))*)\s*(/?)>')
_PLAIN_SI = re.compile(r'\s*<si><t(?: xml:space="preserve")?(?:>([^<\r]*)</t>|/>)</si>')
_SST_END = re.compile(r"\s*</sst>")
_REFERENCE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _referenced(match: re.Match[str]) -> str:
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED[named]
    return chr(int(decimal) if decimal else int(hexadecimal, 16))


class _PlainStrings:
    """The shared strings of a plain table (``<si><t>text</t></si>`` each, the way spreadsheet programs
    write them), by regular expression while expat checks the same bytes without handlers."""

    def __init__(self) -> None:
        self._checker = hardened_parser()
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._text = ""
        self._stage = 0  # 0: before the root's start tag, 1: the strings, 2: after the root

    def feed(self, chunk: bytes, strings: list[str]) -> None:
        """Check ``chunk`` (b"" at the end) and append the strings it completes; raises ``_NotPlain``."""
        self._checker.Parse(chunk, not chunk)
        try:
            text = self._text + self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise _NotPlain from None
        position = 0
        if self._stage == 0:
            declaration = _DECLARATION.match(text)
            assert declaration is not None  # everything in it is optional
            root = _SST_ROOT.match(text, declaration.end())
            if root is None:
                if chunk and len(text) < _PROLOG_LIMIT and ">" not in text[declaration.end() :]:
                    self._text = text
                    return  # the root's start tag continues in the next chunk
                raise _NotPlain
            if not _plain_root(declaration.group(), root.group(1)):
                raise _NotPlain
            self._stage, position = (2 if root.group(2) else 1), root.end()
        if self._stage == 1:
            plain, append, ended = _PLAIN_SI.match, strings.append, _SST_END.match
            while True:
                found = plain(text, position)
                if found is None:
                    end = ended(text, position)
                    if end is not None:
                        self._stage, position = 2, end.end()
                        break
                    ahead = _SPACE.match(text, position).end()  # type: ignore[union-attr]
                    rest = text[ahead : ahead + 8]
                    incomplete = (rest.startswith("<si>") and "</si>" not in text[position:]) or (
                        "</sst>".startswith(rest) or "<si>".startswith(rest)
                    )
                    if not (chunk and incomplete and len(text) - position < _PENDING_LIMIT):
                        raise _NotPlain
                    break  # the string (or the end tag) continues in the next chunk
                value = found.group(1) or ""
                if "&" in value:
                    value = _REFERENCE.sub(_referenced, value)
                append(value.replace("x005F_", "") if "x005F_" in value else value)
                position = found.end()
        self._text = text[position:] if self._stage == 1 else ""


SheetRow = tuple[int, tuple[Any, ...]]


class _ExcelSerials:
    """openpyxl's ``from_excel`` for a sheet's date and duration cells, each serial converted once (a list
    repeats its days: birth and founding dates)."""

    def __init__(self, epoch: datetime) -> None:
        self._epoch = epoch
        self._known: dict[tuple[float, bool], Any] = {}

    def __call__(self, serial: float, duration: bool) -> Any:
        known = self._known.get((serial, duration))
        if known is None:
            try:
                known = from_excel(serial, self._epoch, timedelta=duration)
            except (OverflowError, ValueError):
                known = "#VALUE!"  # openpyxl turns the cell into this error
            if len(self._known) >= _SERIALS_KEPT:
                self._known.clear()
            self._known[serial, duration] = known
        return known


_SERIALS_KEPT = 50_000


def iter_sheet_values(
    source: IO[bytes],
    shared_strings: Sequence[str] | SharedStrings,
    *,
    epoch: datetime,
    date_formats: Any,
    timedelta_formats: Any,
) -> Iterator[SheetRow]:
    """(row number, values) of every row with at least one cell, as openpyxl's read-only
    ``iter_rows(values_only=True)`` yields them after ``reset_dimensions()`` (rows numbered out of order
    are dropped as openpyxl drops them; a row is as wide as its last cell's column).

    A sheet written the plain way spreadsheet programs write their lists is read by ``_plain_rows``;
    at the first thing it does not know, the sheet is read again from its start by the parser
    (``_parsed_rows``), which skips the rows already given out.
    """
    if not source.seekable():
        yield from _parsed_rows(
            source,
            shared_strings,
            epoch=epoch,
            date_formats=date_formats,
            timedelta_formats=timedelta_formats,
        )
        return
    given = 0
    try:
        for row in _plain_rows(
            source,
            shared_strings,
            epoch=epoch,
            date_formats=date_formats,
            timedelta_formats=timedelta_formats,
        ):
            given += 1
            yield row
        return
    except _NotPlain:
        pass
    source.seek(0)
    rows = _parsed_rows(
        source, shared_strings, epoch=epoch, date_formats=date_formats, timedelta_formats=timedelta_formats
    )
    for _ in range(given):
        next(rows)
    yield from rows


class _NotPlain(Exception):
    """The sheet holds something ``_plain_rows`` leaves to the parser."""


# The plain sheet: an optional declaration (UTF-8), the root <worksheet> declaring the main namespace as
# the default one (no other default namespace before the rows), no comment, processing instruction or CDATA
# before the rows, <sheetData> without attributes, rows of cells with at most r, s and t (in this order)
# holding at most one <v> whose text has no markup, character reference or carriage return, whitespace
# only between rows and between cells, and no row after </sheetData>.
_DECLARATION = re.compile(r'\ufeff?(?:<\?xml(?:\s+[\w:.-]+\s*=\s*(?:"[^"<&]*"|\'[^\'<&]*\'))*\s*\?>)?')
_ENCODING = re.compile(r'encoding\s*=\s*["\']([^"\']*)["\']')
_ROOT = re.compile(r'\s*<worksheet((?:\s+[\w:.-]+\s*=\s*(?:"[^"<&]*"|\'[^\'<&]*\'))*)\s*>')
_ATTRIBUTE = re.compile(r'\s+([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ANY_DEFAULT_NAMESPACE = re.compile(r"xmlns\s*=")
_ANY_ROW = re.compile(r"<(?:[\w.-]+:)?row[\s/>]")
_ROW_START = re.compile(r'\s*<row((?:\s+[\w:.-]+="[^"<&]*")*)\s*(/?)>')
_ROW_NUMBER = re.compile(r'\sr="([^"]*)"')
# A plain cell, or (the last group) the first character of anything else in a row.
_CELLS = re.compile(
    r'\s*(?:<c(?: r="([A-Z]{1,3})([1-9][0-9]*)")?(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?'
    r"\s*(?:/>|>(?:<v>([^<&\r]*)</v>)?</c>)|(\S))"
)
_SHEET_DATA_END = re.compile(r"\s*</sheetData>")
_SPACE = re.compile(r"\s*")
_PROLOG_LIMIT = 1024 * 1024  # the part before the rows: a few kilobytes in any real sheet
_PENDING_LIMIT = 4 * 1024 * 1024  # the text of one row


def _plain_root(declaration: str, attributes: str) -> bool:
    """Whether a part declared in UTF-8 (or not declared) with a root element of these attributes has the
    main namespace as its default one, declared once."""
    encoding = _ENCODING.search(declaration)
    if encoding is not None and encoding.group(1).lower() not in {"utf-8", "utf8"}:
        return False
    defaults = [
        double if double is not None else single
        for name, double, single in _ATTRIBUTE.findall(attributes)
        if name == "xmlns"
    ]
    return defaults == [MAIN_NS]


def _plain_prolog(prolog: str) -> bool:
    """Whether the part before ``<sheetData>`` leaves the rows in the main namespace, unprefixed."""
    declaration = _DECLARATION.match(prolog)
    assert declaration is not None  # everything in it is optional
    root = _ROOT.match(prolog, declaration.end())
    if root is None or not _plain_root(declaration.group(), root.group(1)):
        return False
    rest = prolog[root.end() :]
    return not ("<!" in rest or "<?" in rest or _ANY_ROW.search(rest) or _ANY_DEFAULT_NAMESPACE.search(rest))


def _plain_rows(
    source: IO[bytes],
    shared_strings: Sequence[str] | SharedStrings,
    *,
    epoch: datetime,
    date_formats: Any,
    timedelta_formats: Any,
) -> Iterator[SheetRow]:
    """``_parsed_rows`` for a plain sheet (see above), with regular expressions over the text instead
    of a Python call per element: a third of the time. Raises ``_NotPlain`` where the sheet is not plain
    (before giving out a row that could differ).

    expat still reads every byte (without handlers, so at its own speed): what it refuses (a damaged or
    unsafe document) is refused here in the same place as by the parser.
    """
    checker = hardened_parser()  # no element handlers: well-formedness and the refusals only
    decoder = codecs.getincrementaldecoder("utf-8")()
    loaded = shared_strings.strings if isinstance(shared_strings, SharedStrings) else shared_strings
    text = ""
    stage = 0  # 0: before <sheetData>, 1: the rows, 2: after </sheetData>
    row_number = 0
    next_row = 1
    columns: dict[str, int] = {}
    day_of = _ExcelSerials(epoch)
    row_start, cells_of, end_match = _ROW_START.match, _CELLS.findall, _SHEET_DATA_END.match
    while True:
        chunk = source.read(_CHUNK)
        checker.Parse(chunk, not chunk)
        try:
            text += decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise _NotPlain from None
        if stage == 0:
            start = text.find("<sheetData")
            if start < 0 or len(text) - start < 12:  # the tag continues in the next chunk
                if not chunk or len(text) > _PROLOG_LIMIT:
                    raise _NotPlain
                continue
            if not _plain_prolog(text[:start]):
                raise _NotPlain
            if text.startswith("<sheetData>", start):
                stage, text = 1, text[start + 11 :]
            elif text.startswith("<sheetData/>", start):
                stage, text = 2, text[start + 12 :]
            else:
                raise _NotPlain
        if stage == 1:
            out: list[SheetRow] = []
            position = 0
            while True:
                found = row_start(text, position)
                if found is None:
                    ended = end_match(text, position)
                    if ended is not None:
                        stage, position = 2, ended.end()
                        break
                    ahead = _SPACE.match(text, position).end()  # type: ignore[union-attr]
                    rest = text[ahead : ahead + 12]
                    incomplete = (
                        (rest.startswith("<row") and text.find(">", position) < 0)
                        or "</sheetData>".startswith(rest)
                        or "<row".startswith(rest)
                    )
                    if not (chunk and incomplete and len(text) - position < _PENDING_LIMIT):
                        raise _NotPlain
                    break  # the row (or the end tag) continues in the next chunk
                attributes, closed = found.groups()
                if closed:
                    body, after = "", found.end()
                else:
                    close = text.find("</row>", found.end())
                    if close < 0:
                        if not chunk or len(text) - position >= _PENDING_LIMIT:
                            raise _NotPlain
                        break
                    body, after = text[found.end() : close], close + 6
                if attributes:
                    if "xmlns" in attributes:
                        raise _NotPlain
                    number = _ROW_NUMBER.search(attributes)
                    if number is None:
                        row_number += 1
                    elif number.group(1).isdigit() and number.group(1).isascii():
                        row_number = int(number.group(1))
                    else:
                        raise _NotPlain
                else:
                    row_number += 1
                values: list[Any] = []  # while the cells come in column order from A
                cells: list[tuple[int, Any]] | None = (
                    None  # otherwise: (column, value) as the parser has them
                )
                column = 0
                for letters, digits, style, data_type, value_text, other in cells_of(body):
                    if other:
                        raise _NotPlain
                    if letters:
                        found_column = columns.get(letters)
                        if found_column is None:
                            found_column = columns[letters] = coordinate_to_tuple(letters + digits)[1]
                        column = found_column
                    else:
                        column += 1
                    value: Any = None
                    if value_text and data_type != "inlineStr":
                        value = value_text
                        if data_type == "s":
                            index = int(value)
                            value = loaded[index] if 0 <= index < len(loaded) else shared_strings[index]
                        elif not data_type or data_type == "n":
                            value = (
                                float(value) if "." in value or "E" in value or "e" in value else int(value)
                            )
                            style_id = int(style) if style else 0
                            if style_id in date_formats:
                                value = day_of(value, style_id in timedelta_formats)
                        elif data_type == "b":
                            value = bool(int(value))
                        elif data_type == "d":
                            value = from_ISO8601(value)
                    if cells is None:
                        if column == len(values) + 1:
                            values.append(value)
                            continue
                        cells = list(enumerate(values, start=1))
                    cells.append((column, value))
                position = after
                if next_row <= row_number:  # openpyxl drops a row numbered below one it yielded
                    next_row = row_number + 1
                    if cells:
                        out.append((row_number, _row_values(cells)))
                    elif values:
                        out.append((row_number, tuple(values)))
            text = text[position:]
            yield from out
        if stage == 2:
            if _ANY_ROW.search(text):
                raise _NotPlain
            text = text[-64:]  # a row tag may begin at the end of this chunk
        if not chunk:
            return


def _parsed_rows(
    source: IO[bytes],
    shared_strings: Sequence[str] | SharedStrings,
    *,
    epoch: datetime,
    date_formats: Any,
    timedelta_formats: Any,
) -> Iterator[SheetRow]:
    """``iter_sheet_values`` by expat with handlers: any sheet."""
    parser = hardened_parser()
    out: list[SheetRow] = []
    loaded = shared_strings.strings if isinstance(shared_strings, SharedStrings) else shared_strings
    depth = 0
    row_depth = 0  # depth of the open <row>, 0 outside
    row_number = 0  # openpyxl's row counter
    next_row = 1  # openpyxl's counter of yielded rows
    cells: list[tuple[int, Any]] = []
    column = 0
    columns: dict[str, int] = {}  # column letters -> index, for references "<letters><digits>"
    shared_formulae: dict[Any, Translator] = {}
    day_of = _ExcelSerials(epoch)
    # the cell being read (a direct child of <row>)
    cell_attrs: dict[str, str] = {}
    value_text: str | None = None
    seen_value = False
    formula_attrs: dict[str, str] | None = None
    formula_text: str | None = None
    inline: _TextCollector | None = None
    inline_done: str | None = None
    capture = 0  # 1: the cell's <v>, 2: its <f>
    parts: list[str] = []

    def stop_capture() -> None:
        nonlocal capture, value_text, formula_text
        text = ("".join(parts) if len(parts) > 1 else parts[0]) if parts else None
        parts.clear()
        if capture == 1:
            value_text = text
        else:
            formula_text = text
        capture = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, row_depth, row_number, column, cell_attrs, value_text, seen_value
        nonlocal formula_attrs, formula_text, inline, inline_done, capture
        depth += 1
        if capture:
            stop_capture()
        if row_depth:
            level = depth - row_depth
            if level == 1:  # every child of a row is a cell to openpyxl
                cell_attrs = attrs
                value_text = formula_attrs = formula_text = inline = inline_done = None
                seen_value = False
            elif name == _ROW:
                raise StructureError("row inside a row")
            elif inline is not None:
                inline.start(name, depth)
            elif level == 2:
                if name == _CELL_V:
                    if not seen_value:
                        seen_value = True
                        capture = 1
                elif name == _CELL_F:
                    if formula_attrs is None:
                        formula_attrs = attrs
                        capture = 2
                elif name == _CELL_IS and inline_done is None:
                    inline = _TextCollector(depth)
        elif name == _ROW:
            row_depth = depth
            number = attrs.get("r")
            if number is None:
                row_number += 1
            else:
                try:
                    row_number = int(number)
                except ValueError:
                    as_float = float(number)
                    if not as_float.is_integer():
                        raise ValueError(f"{number} is not a valid row number") from None
                    row_number = int(as_float)
            column = 0
            cells.clear()

    def end(_name: str) -> None:
        nonlocal depth, row_depth, next_row, inline, inline_done, capture, column, value_text
        if capture:
            if capture == 1 and len(parts) == 1:  # the common case: a value in one piece
                value_text = parts.pop()
                capture = 0
            else:
                stop_capture()
        if row_depth:
            level = depth - row_depth
            if inline is not None:
                if depth == inline.base:
                    inline.stop()
                    inline_done = inline.content()
                    inline = None
                else:
                    inline.end(depth)
            elif level == 1:  # the end of a cell: openpyxl's WorkSheetParser.parse_cell
                data_type = cell_attrs.get("t", "n")
                coordinate = cell_attrs.get("r")
                style_id: Any = cell_attrs.get("s", 0)
                if style_id:
                    style_id = int(style_id)
                value: Any = None if data_type == "inlineStr" else (value_text or None)
                if coordinate:
                    letters = coordinate.rstrip(_DIGITS)
                    found = columns.get(letters)
                    if found is None or len(letters) == len(coordinate):
                        found = coordinate_to_tuple(coordinate)[1]
                        if letters.isascii() and letters.isalpha() and len(letters) < len(coordinate):
                            columns[letters] = found
                    column = found
                else:
                    column += 1
                if formula_attrs is not None:
                    value = _formula(formula_attrs, formula_text, coordinate, shared_formulae)
                elif value is not None:
                    if data_type == "s":
                        index = int(value)
                        # the strings read so far, without a method call (most cells are among them)
                        value = loaded[index] if 0 <= index < len(loaded) else shared_strings[index]
                    elif data_type == "n":
                        value = float(value) if "." in value or "E" in value or "e" in value else int(value)
                        if style_id in date_formats:
                            value = day_of(value, style_id in timedelta_formats)
                    elif data_type == "b":
                        value = bool(int(value))
                    elif data_type == "d":
                        value = from_ISO8601(value)
                elif data_type == "inlineStr" and inline_done is not None:
                    value = inline_done
                cells.append((column, value))
            elif level == 0:
                row_depth = 0
                if next_row <= row_number:  # openpyxl drops a row numbered below one it yielded
                    next_row = row_number + 1
                    if cells:
                        out.append((row_number, _row_values(cells)))
        depth -= 1

    def data(text: str) -> None:
        if capture:
            parts.append(text)
        elif inline is not None and inline.capture:
            inline.parts.append(text)

    def drain() -> Iterator[SheetRow]:
        if out:
            rows = out.copy()
            out.clear()
            yield from rows

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    yield from _feed(parser, source, drain)


def _row_values(cells: list[tuple[int, Any]]) -> tuple[Any, ...]:
    """openpyxl's ``_get_row``: as wide as the last cell's column, later cells winning."""
    width = cells[-1][0]
    values: list[Any] = [None] * width
    for column, value in cells:
        if 1 <= column <= width:
            values[column - 1] = value
    return tuple(values)


def _formula(
    attrs: dict[str, str], text: str | None, coordinate: str | None, shared: dict[Any, Translator]
) -> Any:
    """openpyxl's ``WorkSheetParser.parse_formula``."""
    kind = attrs.get("t")
    value = "=" + text if text is not None else "="
    if kind == "array":
        return ArrayFormula(ref=attrs.get("ref"), text=value)
    if kind == "shared":
        index = attrs.get("si")
        if index in shared:
            return shared[index].translate_formula(coordinate)
        if value != "=":
            shared[index] = Translator(value, coordinate)
        return value
    if kind == "dataTable":
        return DataTableFormula(**attrs)
    return value
