"""Data-protection documents: the Art. 15 information for one person and the record of processing
activities (Verzeichnis von Verarbeitungstätigkeiten, Art. 30 DSGVO), as PDF and Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from dlzw_desktop.reports.pdf import Letterhead, document, page_decorator, table, text


@dataclass(frozen=True, slots=True)
class Record:
    """One row of data: (label, value text) pairs."""

    title: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A group of records (e.g. all consultations)."""

    title: str
    records: tuple[Record, ...]


@dataclass(frozen=True, slots=True)
class SubjectAccessReport:
    """Everything about one person, already in German text."""

    person_name: str
    created_on: str
    information: tuple[tuple[str, str], ...]  # purposes, recipients, storage period, rights, ...
    sections: tuple[Section, ...]


def write_subject_access_pdf(path: Path, report: SubjectAccessReport, letterhead: Letterhead) -> None:
    title = "Auskunft nach Art. 15 DSGVO"
    doc = document(path, title=title, author=letterhead.organisation, subject=report.person_name)
    story: list[Flowable] = [
        text(title, "h1"),
        text(f"Betroffene Person: {report.person_name}"),
        text(f"Stand: {report.created_on}", "small"),
        Spacer(1, 4 * mm),
        text("Angaben zur Verarbeitung", "h2"),
        table(report.information, col_widths=[50 * mm, 120 * mm], zebra=False),
    ]
    for section in report.sections:
        story.append(text(section.title, "h2"))
        if not section.records:
            story.append(text("Keine Einträge.", "small"))
        for record in section.records:
            story.append(
                KeepTogether(
                    [
                        text(record.title, "cell_head"),
                        table(record.fields, col_widths=[50 * mm, 120 * mm]),
                        Spacer(1, 2 * mm),
                    ]
                )
            )
    decorate = page_decorator(letterhead, title)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def subject_access_markdown(report: SubjectAccessReport) -> str:
    lines = [f"# Auskunft nach Art. 15 DSGVO: {report.person_name}", "", f"Stand: {report.created_on}", ""]
    lines += ["## Angaben zur Verarbeitung", ""]
    lines += [f"- **{label}:** {value}" for label, value in report.information]
    for section in report.sections:
        lines += ["", f"## {section.title}", ""]
        for record in section.records:
            lines += [f"### {record.title}", ""]
            lines += [f"- {label}: {value}" for label, value in record.fields]
            lines.append("")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class ProcessingActivity:
    """One entry of the record of processing activities."""

    name: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ProcessingRecord:
    """The whole record: the controller, the activities and the technical and organisational measures."""

    controller: tuple[tuple[str, str], ...]
    activities: tuple[ProcessingActivity, ...]
    measures: tuple[str, ...]
    created_on: str


def write_processing_record_pdf(path: Path, record: ProcessingRecord, letterhead: Letterhead) -> None:
    title = "Verzeichnis von Verarbeitungstätigkeiten"
    doc = document(path, title=title, author=letterhead.organisation, subject="Art. 30 DSGVO")
    story: list[Flowable] = [
        text(title, "h1"),
        text(f"nach Art. 30 Abs. 1 DSGVO – Stand: {record.created_on}", "small"),
        Spacer(1, 4 * mm),
        text("Verantwortlicher", "h2"),
        table(record.controller, col_widths=[55 * mm, 115 * mm], zebra=False),
    ]
    for number, activity in enumerate(record.activities, start=1):
        story.append(text(f"{number}. {activity.name}", "h2"))
        story.append(table(activity.fields, col_widths=[55 * mm, 115 * mm]))
    story.append(PageBreak())
    story.append(text("Technische und organisatorische Maßnahmen (Art. 32 DSGVO)", "h2"))
    story += [text(f"• {measure}") for measure in record.measures]
    decorate = page_decorator(letterhead, title)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def processing_record_markdown(record: ProcessingRecord) -> str:
    lines = [
        "# Verzeichnis von Verarbeitungstätigkeiten",
        "",
        f"nach Art. 30 Abs. 1 DSGVO – Stand: {record.created_on}",
        "",
        "## Verantwortlicher",
        "",
    ]
    lines += [f"- **{label}:** {value}" for label, value in record.controller]
    for number, activity in enumerate(record.activities, start=1):
        lines += ["", f"## {number}. {activity.name}", "", "| Angabe | Inhalt |", "|---|---|"]
        lines += [f"| {_cell(label)} | {_cell(value)} |" for label, value in activity.fields]
    lines += ["", "## Technische und organisatorische Maßnahmen (Art. 32 DSGVO)", ""]
    lines += [f"- {measure}" for measure in record.measures]
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", "<br>")


def field_rows(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((label, value) for label, value in pairs if value)
