"""The import's problem list as an Excel file for the user, in German: Zeile, Spalte, Wert, Problem.

Values come from the user's file and may start with "=", "+", "-" or "@": every text cell is written
as a string cell (never a formula) and, where it could be mistaken for one, with Excel's quote prefix,
so that editing the cell in Excel keeps it text as well.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from dlzw_desktop.errors import StorageError
from dlzw_desktop.services.importing.convert import ImportPreview, Problem, Severity
from dlzw_desktop.services.importing.mapping import ImportKind

logger = logging.getLogger(__name__)

EXCEL_CELL_MAX = 32_767
_ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

HEADERS = ("Zeile", "Spalte", "Wert", "Problem")
KIND_TITLES = {
    ImportKind.PERSONS: "Personen und Unternehmen",
    ImportKind.CASES: "Fälle",
    ImportKind.CONSULTATIONS: "Beratungen",
    ImportKind.PROPERTIES: "Leerstände",
}

GERMAN_MESSAGES: dict[str, str] = {
    "import.required": "Pflichtfeld: Die Zelle ist leer.",
    "import.value_unreadable": "„{value}“ kann für dieses Feld nicht gelesen werden. Bitte prüfen Sie die "
    "Zelle.",
    "import.text_too_long": "Der Text hat {length} Zeichen; dieses Feld fasst höchstens {limit}. "
    "Bitte kürzen.",
    "import.formula_as_text": "Die Zelle enthält eine Formel oder Text, den Tabellenprogramme als Formel "
    "ausführen. Er wird als Text übernommen und nie berechnet; ersetzen Sie in Excel die Formel durch ihren "
    "Wert, wenn der Wert gemeint war.",
    "import.formula_not_value": "Die Zelle enthält eine Formel. Beim Import wird nichts berechnet: Ersetzen "
    "Sie in Excel die Formel durch ihren Wert (Kopieren, Inhalte einfügen > Werte) und importieren "
    "Sie erneut.",
    "import.excel_error": "Die Zelle zeigt den Excel-Fehler {value}. Korrigieren Sie die Formel in "
    "Excel oder leeren Sie die Zelle.",
    "import.control_characters": "Unsichtbare Steuerzeichen wurden aus dem Text entfernt.",
    "import.bidi_controls": "Der Text enthält unsichtbare Richtungszeichen, durch die er anders angezeigt "
    "werden kann, als er lautet. Bitte prüfen.",
    "import.not_a_date": "„{value}“ ist kein Datum. Schreiben Sie es als TT.MM.JJJJ, z. B. 31.12.2026.",
    "import.year_not_date": "„{value}“ ist eine Jahreszahl, kein Datum. Geben Sie das vollständige Datum "
    "ein, z. B. 31.12.{value}.",
    "import.date_out_of_range": "Das Datum {date} liegt außerhalb von 1900 bis 2100. Bitte prüfen "
    "Sie das Jahr.",
    "import.two_digit_year": "„{value}“ wurde als {date} gelesen. Schreiben Sie Jahre vierstellig, um "
    "sicherzugehen.",
    "import.not_a_number": "„{value}“ ist keine Zahl.",
    "import.number_invalid": "„{value}“ ist keine Zahl. Schreiben Sie sie wie 1.234,5 (Punkt für Tausender, "
    "Komma für Nachkommastellen).",
    "import.number_english_format": "„{value}“ sieht aus wie eine englische Zahl. Schreiben Sie Zahlen "
    "deutsch, z. B. 1.234,5.",
    "import.not_whole_number": "„{value}“ ist keine ganze Zahl.",
    "import.number_too_small": "{value} ist kleiner als der kleinste erlaubte Wert {minimum}.",
    "import.number_too_large": "{value} ist größer als der größte erlaubte Wert {maximum}.",
    "import.not_minutes": "„{value}“ ist keine Dauer in Minuten (z. B. 90 oder 1:30).",
    "import.not_yes_no": "„{value}“ ist weder ja noch nein. Schreiben Sie ja oder nein (oder x für ja).",
    "import.unknown_choice": "„{value}“ ist kein zulässiger Wert. Erlaubt sind: {allowed}.",
    "import.unknown_language": "„{value}“ ist keine bekannte Sprache. Schreiben Sie die Sprache auf Deutsch "
    "(z. B. Türkisch) oder als Kürzel (tr).",
    "import.one_language": "Bitte nur eine Sprache je Zelle angeben (gefunden: „{value}“).",
    "import.email_invalid": "„{value}“ ist keine E-Mail-Adresse. Eine Adresse je Zelle, z. B. "
    "name@example.de.",
    "import.postcode_invalid": "„{value}“ ist keine Postleitzahl.",
    "import.postcode_unusual": "„{value}“ ist keine deutsche Postleitzahl (fünf Ziffern).",
    "import.business_name_missing": "Die Zeile enthält Angaben zum Unternehmen, aber keinen Namen. "
    "Tragen Sie den Namen ein oder leeren Sie die Unternehmensspalten.",
    "import.closed_without_outcome": "Der Fall ist abgeschlossen, aber ohne Ergebnis. Tragen Sie ein, "
    "warum er abgeschlossen wurde (z. B. zurückgezahlt).",
    "import.closed_before_opened": "Der Fall wurde am {closed} abgeschlossen, aber erst am {opened} "
    "eröffnet. Bitte prüfen Sie beide Daten.",
    "amount.invalid": "„{text}“ ist kein Betrag. Schreiben Sie ihn wie 1.234,56 (Punkt für Tausender, Komma "
    "für Cent).",
    "amount.english_format": "„{text}“ sieht aus wie eine englische Zahl. Schreiben Sie Beträge deutsch, "
    "z. B. 1.234,56.",
    "amount.negative": "Der Betrag darf nicht negativ sein (eingegeben: {text}).",
    "date.invalid": "„{text}“ ist kein Datum. Schreiben Sie es als TT.MM.JJJJ, z. B. 31.12.2026.",
    "date.no_such_month": "„{text}“: Einen Monat {month} gibt es nicht.",
    "date.not_leap_year": "„{text}“: {year} ist kein Schaltjahr, der Februar hat 28 Tage.",
    "date.no_such_day": "„{text}“: Dieser Monat hat nur {last} Tage.",
    "birth_date.future": "Das Geburtsdatum {date} liegt in der Zukunft. Bitte prüfen Sie das Jahr.",
    "birth_date.implausible": "Das Geburtsdatum {date} liegt mehr als 120 Jahre zurück. Bitte prüfen Sie "
    "das Jahr.",
}


def german_message(problem: Problem) -> str:
    """The problem as a German sentence; the English message when a code has no German text yet."""
    template = GERMAN_MESSAGES.get(problem.code)
    if template is None:
        logger.warning("no German text for import problem %s", problem.code)
        return problem.message
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        text = template
    return f"Hinweis: {text}" if problem.severity is Severity.WARNING else text


def _safe_text(value: str) -> str:
    """Text openpyxl can store: control characters shown as \\xNN, cut to Excel's cell limit."""
    text = _ILLEGAL_CHARACTERS.sub(lambda match: f"\\x{ord(match.group()):02x}", value)
    if len(text) > EXCEL_CELL_MAX:
        text = text[: EXCEL_CELL_MAX - 1] + "…"
    return text


def _text_cell(sheet: Any, value: str | None, *, bold: bool = False) -> WriteOnlyCell:
    text = _safe_text(value or "")
    cell = WriteOnlyCell(sheet, value=text)
    # openpyxl would turn "=..." into a formula cell; a string cell is never evaluated by Excel.
    cell.data_type = "s"
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True  # Excel's apostrophe: the cell stays text even after editing
    if bold:
        cell.font = Font(bold=True)
    return cell


def _column_text(problem: Problem) -> str:
    if problem.column is None:
        return ""
    return f"{problem.column} ({problem.header})" if problem.header else problem.column


def write_problem_report(preview: ImportPreview, path: Path) -> Path:
    """Write the problems of ``preview`` to ``path`` (replaced atomically); returns ``path``.

    Raises ``StorageError`` (``import.report_not_written``) when the file cannot be written.
    """
    path = Path(path)
    _save_atomically(lambda: _build(preview), path)
    return path


def _build(preview: ImportPreview) -> Workbook:
    workbook = Workbook(write_only=True)
    problems_sheet = workbook.create_sheet("Probleme")
    problems_sheet.freeze_panes = "A2"
    for letter, width in zip("ABCD", (8, 28, 40, 90), strict=True):
        problems_sheet.column_dimensions[letter].width = width
    problems_sheet.append([_text_cell(problems_sheet, title, bold=True) for title in HEADERS])
    for problem in preview.problems:
        problems_sheet.append(
            [
                problem.row,
                _text_cell(problems_sheet, _column_text(problem)),
                _text_cell(problems_sheet, problem.value),
                _text_cell(problems_sheet, german_message(problem)),
            ]
        )
    if preview.problems_omitted:
        problems_sheet.append(
            [
                None,
                None,
                None,
                _text_cell(
                    problems_sheet,
                    f"… weitere {preview.problems_omitted} Probleme sind nicht aufgeführt. Beheben Sie die "
                    "oben genannten (oft dieselbe Ursache) und prüfen Sie die Datei erneut.",
                ),
            ]
        )
    summary = workbook.create_sheet("Übersicht")
    summary.column_dimensions["A"].width = 40
    summary.column_dimensions["B"].width = 30
    figures: Mapping[str, object] = {
        "Art der Liste": KIND_TITLES[preview.kind],
        "Zeilen mit Daten": preview.total_rows,
        "davon importierbar": preview.importable_count,
        "davon mit Fehlern (nicht importierbar)": preview.error_row_count,
        "Hinweise": preview.warning_count,
        "leere Zeilen übersprungen": preview.skipped_empty_rows,
    }
    for label, figure in figures.items():
        value = _text_cell(summary, figure) if isinstance(figure, str) else figure
        summary.append([_text_cell(summary, label, bold=True), value])
    return workbook


def _save_atomically(build: Callable[[], Workbook], path: Path) -> None:
    """Build the workbook only once its temporary file exists: an unwritable folder then fails before
    openpyxl's write-only sheets have started writing (they cannot be abandoned cleanly)."""
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".problems-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
        build().save(temporary)
        Path(temporary).replace(path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
        raise StorageError(
            "import.report_not_written",
            "The problem list could not be saved to {path}. Choose another folder or free some disk space.",
            path=str(path),
        ) from exc
