"""Hostile and broken import files, built at test time in a temporary directory.

Nothing here is checked in as a binary: each builder writes its file from a few lines of code, so a
reader of the tests can see exactly what the attack is.
"""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

MB = 1024 * 1024

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    XML_DECL + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
    '<sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    f'<Relationship Id="rId3" Type="{REL_NS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
STYLES = (
    XML_DECL + f'<styleSheet xmlns="{MAIN_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)
EMPTY_SHARED_STRINGS = XML_DECL + f'<sst xmlns="{MAIN_NS}" count="0" uniqueCount="0"/>'

BILLION_LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
)
EXTERNAL_ENTITY_DTD = '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _inline(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c t="inlineStr"><is><t>{escaped}</t></is></c>'


def sheet_xml(rows: Iterable[str], *, dimension: str | None = "A1:B2", prolog: str = "") -> str:
    """A worksheet part around ready-made ``<row>`` elements."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        XML_DECL
        + prolog
        + f'<worksheet xmlns="{MAIN_NS}">{dim}<sheetData>{"".join(rows)}</sheetData></worksheet>'
    )


def text_row(number: int, *texts: str) -> str:
    return f'<row r="{number}">{"".join(_inline(text) for text in texts)}</row>'


def workbook_parts(sheet: str | None = None, shared_strings: str | None = None) -> dict[str, str | bytes]:
    """The parts of a minimal valid workbook (with the given sheet and shared strings)."""
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared_strings or EMPTY_SHARED_STRINGS,
        "xl/worksheets/sheet1.xml": sheet
        or sheet_xml([text_row(1, "Nachname", "Vorname"), text_row(2, "Müller", "Anna")]),
    }


def write_zip(
    path: Path,
    parts: Mapping[str, str | bytes],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return path


def minimal_xlsx(directory: Path, name: str = "liste.xlsx") -> Path:
    """A harmless workbook built the same way as the hostile ones (the control case)."""
    return write_zip(directory / name, workbook_parts())


# --- zip attacks ---------------------------------------------------------------------------------------


def _stream_member(
    archive: zipfile.ZipFile, name: str, *, head: bytes, filler: bytes, size: int, tail: bytes
) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as member:
        member.write(head)
        written = len(head)
        while written < size:
            chunk = filler[: size - written]
            member.write(chunk)
            written += len(chunk)
        member.write(tail)


def zip_bomb(directory: Path, unpacked_mb: int = 256) -> Path:
    """A workbook whose sheet unpacks to ``unpacked_mb`` MB of blanks from about 1/1000 of that."""
    path = directory / "bomb.xlsx"
    parts = workbook_parts()
    del parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
        head = (XML_DECL + f'<worksheet xmlns="{MAIN_NS}"><sheetData>').encode()
        _stream_member(
            archive,
            "xl/worksheets/sheet1.xml",
            head=head,
            filler=b" " * MB,
            size=unpacked_mb * MB,
            tail=b"</sheetData></worksheet>",
        )
    return path


def ratio_bomb(directory: Path) -> Path:
    """Under the size cap, but one part is compressed about 1000:1 (no spreadsheet does that)."""
    parts = workbook_parts()
    parts["xl/worksheets/sheet1.xml"] = sheet_xml([text_row(1, "Name")]) + " " * (40 * MB)
    return write_zip(directory / "ratio.xlsx", parts)


def lying_sizes(directory: Path) -> Path:
    """The central directory claims a tiny sheet; the compressed data unpacks to 64 MB."""
    path = directory / "lying.xlsx"
    big = sheet_xml([text_row(1, "Name")]).replace("</worksheet>", " " * (64 * MB) + "</worksheet>")
    write_zip(path, {**workbook_parts(), "xl/worksheets/sheet1.xml": big})
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    entry = data.find(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(name)] != name:
        entry = data.find(b"PK\x01\x02", entry + 4)
    # The uncompressed size sits 24 bytes into a central directory entry; zipfile trusts this one.
    struct.pack_into("<L", data, entry + 24, 1000)
    path.write_bytes(bytes(data))
    return path


def many_members(directory: Path, count: int = 3000) -> Path:
    parts = workbook_parts()
    for index in range(count):
        parts[f"xl/media/filler{index}.bin"] = b"x"
    return write_zip(directory / "many.xlsx", parts)


def bzip2_workbook(directory: Path) -> Path:
    return write_zip(directory / "bzip2.xlsx", workbook_parts(), compression=zipfile.ZIP_BZIP2)


def truncated_xlsx(directory: Path) -> Path:
    source = minimal_xlsx(directory, "whole.xlsx")
    data = source.read_bytes()
    path = directory / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


# --- XML attacks ---------------------------------------------------------------------------------------


def billion_laughs(directory: Path, part: str = "xl/sharedStrings.xml") -> Path:
    """Exponential entity expansion ("billion laughs") declared in one part."""
    parts = workbook_parts()
    if part == "xl/sharedStrings.xml":
        parts[part] = (
            XML_DECL
            + BILLION_LAUGHS_DTD
            + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
        )
    else:
        parts[part] = sheet_xml(
            ['<row r="1"><c t="inlineStr"><is><t>&lol9;</t></is></c></row>'], prolog=BILLION_LAUGHS_DTD
        )
    return write_zip(directory / "laughs.xlsx", parts)


def external_entity(directory: Path) -> Path:
    """XXE: an entity that would read a local file into a cell."""
    parts = workbook_parts()
    parts["xl/sharedStrings.xml"] = (
        XML_DECL
        + EXTERNAL_ENTITY_DTD
        + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
    )
    return write_zip(directory / "xxe.xlsx", parts)


def doctype_after_long_comment(directory: Path) -> Path:
    """The DOCTYPE hides behind a comment longer than the pre-scan window."""
    parts = workbook_parts()
    parts["xl/sharedStrings.xml"] = (
        XML_DECL
        + "<!--"
        + "x" * 100_000
        + "-->"
        + EXTERNAL_ENTITY_DTD
        + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
    )
    return write_zip(directory / "comment.xlsx", parts)


def utf16_doctype(directory: Path) -> Path:
    """A part in UTF-16, where a byte search for "<!DOCTYPE" would find nothing."""
    parts = workbook_parts()
    text = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        + EXTERNAL_ENTITY_DTD
        + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
    )
    parts["xl/sharedStrings.xml"] = b"\xff\xfe" + text.encode("utf-16-le")
    return write_zip(directory / "utf16.xlsx", parts)


def doctype_in_odd_part(directory: Path) -> Path:
    """The worksheet is stored under a name that does not end in .xml."""
    parts = workbook_parts()
    sheet = parts.pop("xl/worksheets/sheet1.xml")
    parts["xl/worksheets/sheet1.dat"] = str(sheet).replace(XML_DECL, XML_DECL + EXTERNAL_ENTITY_DTD)
    parts["xl/_rels/workbook.xml.rels"] = WORKBOOK_RELS.replace(
        "worksheets/sheet1.xml", "worksheets/sheet1.dat"
    )
    return write_zip(directory / "odd.xlsx", parts)


# --- forged dimensions and sizes -----------------------------------------------------------------------


def forged_dimension(directory: Path) -> Path:
    """Claims the full 16,384 x 1,048,576 grid but holds two small rows."""
    sheet = sheet_xml(
        [text_row(1, "Nachname", "Vorname"), text_row(2, "Yılmaz", "Ayşe")], dimension="A1:XFD1048576"
    )
    return write_zip(directory / "dimension.xlsx", workbook_parts(sheet))


def far_column(directory: Path, column: str = "XFD") -> Path:
    """A value in the last column Excel has."""
    rows = [text_row(1, "Nachname"), f'<row r="2"><c r="{column}2" t="inlineStr"><is><t>x</t></is></c></row>']
    return write_zip(directory / "far_column.xlsx", workbook_parts(sheet_xml(rows, dimension=None)))


def tall_sheet(directory: Path, rows: int) -> Path:
    """``rows`` rows of one text cell each, streamed to disk."""
    path = directory / "tall.xlsx"
    parts = workbook_parts()
    del parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            member.write((XML_DECL + f'<worksheet xmlns="{MAIN_NS}"><sheetData>').encode())
            member.write(text_row(1, "Nachname").encode())
            for number in range(2, rows + 2):
                member.write(
                    f'<row r="{number}"><c t="inlineStr"><is><t>N{number}</t></is></c></row>'.encode()
                )
            member.write(b"</sheetData></worksheet>")
    return path


def memory_hog(directory: Path, megabytes: int = 150) -> Path:
    """One shared string of ``megabytes`` MB of letters, stored uncompressed (so no ratio alarm and under
    every size cap): holding it and openpyxl's copies of it needs more than 300 MB."""
    alphabet = bytes.maketrans(bytes(range(256)), (b"abcdefghijklmnop" * 16))
    path = directory / "hog.xlsx"
    parts = workbook_parts()
    del parts["xl/sharedStrings.xml"]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
        info = zipfile.ZipInfo("xl/sharedStrings.xml")
        info.compress_type = zipfile.ZIP_STORED
        with archive.open(info, "w", force_zip64=True) as member:
            member.write((XML_DECL + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>').encode())
            block = os.urandom(MB).translate(alphabet)
            for _ in range(megabytes):
                member.write(block)
            member.write(b"</t></si></sst>")
    return path


# --- wrong formats -------------------------------------------------------------------------------------


def macro_workbook(directory: Path, name: str = "makro.xlsx") -> Path:
    """A macro-enabled workbook (vbaProject.bin) saved under an innocent .xlsx name."""
    parts = workbook_parts()
    parts["xl/vbaProject.bin"] = b'\xd0\xcf\x11\xe0Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub\n'
    parts["[Content_Types].xml"] = CONTENT_TYPES.replace(
        "spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"
    )
    return write_zip(directory / name, parts)


def renamed_pdf(directory: Path) -> Path:
    path = directory / "liste.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return path


def renamed_ods(directory: Path) -> Path:
    return write_zip(
        directory / "calc.xlsx",
        {
            "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": "<office:document-content/>",
        },
        compression=zipfile.ZIP_STORED,
    )


def compound_file(directory: Path, streams: Iterable[str], name: str) -> Path:
    """A minimal OLE compound file (one FAT sector, one directory sector) with empty named streams."""
    sector = 512
    end_of_chain, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<LLLLLLLLL", header, 40, 0, 1, 1, 0, 0x1000, end_of_chain, 0, end_of_chain, 0)
    struct.pack_into("<L", header, 76, 0)
    for index in range(1, 109):
        struct.pack_into("<L", header, 76 + 4 * index, free)
    fat = bytearray(struct.pack("<LL", fat_sector, end_of_chain) + struct.pack("<L", free) * 126)
    names = ["Root Entry", *streams]
    directory_sector = bytearray()
    for index, entry_name in enumerate(names):
        entry = bytearray(128)
        encoded = entry_name.encode("utf-16-le") + b"\0\0"
        entry[0 : len(encoded)] = encoded
        right = index + 1 if 0 < index < len(names) - 1 else free
        child = 1 if index == 0 and len(names) > 1 else free
        struct.pack_into("<HBB", entry, 64, len(encoded), 5 if index == 0 else 2, 1)
        struct.pack_into("<LLL", entry, 68, free, right, child)
        struct.pack_into("<LQ", entry, 116, end_of_chain, 0)
        directory_sector += entry
    directory_sector += b"\0" * (
        sector - len(directory_sector) % sector if len(directory_sector) % sector else 0
    )
    path = directory / name
    path.write_bytes(bytes(header) + bytes(fat) + bytes(directory_sector))
    return path


def encrypted_ooxml(directory: Path) -> Path:
    """What Excel writes for a password-protected workbook: a compound file, not a ZIP."""
    return compound_file(directory, ["EncryptionInfo", "EncryptedPackage"], "geheim.xlsx")


def legacy_xls(directory: Path) -> Path:
    return compound_file(directory, ["Workbook"], "alt.xls")


# --- CSV -----------------------------------------------------------------------------------------------


def huge_csv_line(directory: Path, megabytes: int = 8) -> Path:
    path = directory / "line.csv"
    with path.open("wb") as fh:
        fh.write(b"Nachname;Vorname\n")
        for _ in range(megabytes):
            fh.write(b"x" * MB)
    return path


def csv_with_nul(directory: Path) -> Path:
    path = directory / "nul.csv"
    path.write_bytes(b"Nachname;Vorname\nM\x00\xfcller;Anna\n")
    return path


def utf16_csv(directory: Path) -> Path:
    path = directory / "utf16.csv"
    path.write_bytes("Nachname\tVorname\r\nMüller\tAnna\r\n".encode("utf-16"))
    return path


def mixed_encoding_csv(directory: Path) -> Path:
    """Two exports pasted together: the first half UTF-8, the second Windows-1252."""
    path = directory / "mixed.csv"
    path.write_bytes("Nachname;Ort\nMüller;Dortmund\n".encode() + "Schäfer;Lünen\n".encode("cp1252"))
    return path


def unclosed_quote_csv(directory: Path) -> Path:
    """A quote that never closes swallows every following line into one field."""
    path = directory / "quote.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('Nachname;Vorname\n"Müller;Anna\n')
        for index in range(20_000):
            fh.write(f"Schmidt{index};Hans\n")
    return path


def wide_csv(directory: Path, columns: int = 300) -> Path:
    path = directory / "wide.csv"
    header = ";".join(f"Spalte{index}" for index in range(columns))
    path.write_text(header + "\n" + ";".join("x" for _ in range(columns)) + "\n", encoding="utf-8")
    return path


def tall_csv(directory: Path, rows: int) -> Path:
    path = directory / "tall.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Nachname\n")
        fh.writelines(f"N{index}\n" for index in range(rows))
    return path
