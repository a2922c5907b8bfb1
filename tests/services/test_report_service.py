"""The annual report: every headline figure reconciles with the database, in the PDF and in the workbook.

The expected figures are computed here with plain SQL and a small German number formatter of the test's
own, never with the report service, so that a wrong query or a wrong format in the service fails.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from dlzw_desktop.domain.reporting import ReportPeriod
from dlzw_desktop.errors import ValidationError
from dlzw_desktop.services.registry import Services
from tests.services.report_data import HOSTILE_NAMES, populate

YEAR = 2025
FOLLOW_UPS = "('month_6', 'month_12', 'month_24')"


# ------------------------------------------------------------------------------- expected figures


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _scalar(services: Services, sql: str, **params: Any) -> Any:
    with services.context.sessions.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def _rows(services: Services, sql: str, **params: Any) -> list[Any]:
    with services.context.sessions.engine.connect() as connection:
        return list(connection.execute(text(sql), params))


def _round(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def expected_figures(services: Services, start: date, end: date) -> dict[str, Any]:
    """The headline figures of [start, end] straight from the tables (definitions: docs/jahresbericht.md)."""
    p = {"s": start, "e": end, "m": start.replace(day=1)}
    live_consultation = (
        "FROM consultations c LEFT JOIN cases k ON k.id = c.case_id "
        "WHERE c.deleted_at IS NULL AND k.deleted_at IS NULL AND c.held_on BETWEEN :s AND :e"
    )
    consultations = _scalar(services, f"SELECT count(*) {live_consultation}", **p)
    minutes = _scalar(services, f"SELECT coalesce(sum(c.duration_minutes), 0) {live_consultation}", **p)
    persons = _scalar(
        services,
        "SELECT count(DISTINCT coalesce(c.person_id, bm.person_id)) FROM consultations c "
        "LEFT JOIN cases k ON k.id = c.case_id "
        "LEFT JOIN business_members bm ON bm.business_id = k.business_id AND bm.role = 'founder' "
        "AND bm.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL AND k.deleted_at IS NULL AND c.held_on BETWEEN :s AND :e",
        **p,
    )
    new_cases = _scalar(
        services, "SELECT count(*) FROM cases WHERE deleted_at IS NULL AND opened_on BETWEEN :s AND :e", **p
    )
    recommended = _rows(
        services,
        "SELECT r.case_id, r.sent_on, r.amount_cents, r.is_follow_up_loan FROM recommendations r "
        "JOIN cases k ON k.id = r.case_id WHERE r.deleted_at IS NULL AND k.deleted_at IS NULL "
        "AND r.signed_off_by IS NOT NULL AND r.sent_on BETWEEN :s AND :e",
        **p,
    )
    volume = Decimal(sum(r[2] for r in recommended)) / 100
    follow = [r for r in recommended if r[3]]
    decisions = dict(
        _rows(
            services,
            "SELECT l.decision, count(*) FROM loans l JOIN cases k ON k.id = l.case_id "
            "WHERE l.deleted_at IS NULL AND k.deleted_at IS NULL AND l.decided_on BETWEEN :s AND :e "
            "GROUP BY l.decision",
            **p,
        )
    )
    approved, declined = decisions.get("approved", 0), decisions.get("declined", 0)
    payouts, payout_cents = _rows(
        services,
        "SELECT count(*), coalesce(sum(l.amount_cents), 0) FROM loans l JOIN cases k ON k.id = l.case_id "
        "WHERE l.deleted_at IS NULL AND k.deleted_at IS NULL AND l.disbursed_on BETWEEN :s AND :e",
        **p,
    )[0]
    first_consultation = dict(
        _rows(
            services,
            "SELECT case_id, min(held_on) FROM consultations WHERE deleted_at IS NULL "
            "AND case_id IS NOT NULL GROUP BY case_id",
        )
    )
    lead = [
        (_day(r[1]) - _day(first_consultation[r[0]])).days
        for r in recommended
        if r[0] in first_consultation and _day(first_consultation[r[0]]) <= _day(r[1])
    ]
    quartiles = [Decimal(str(q)) for q in np.percentile(lead, [25, 50, 75])] if lead else [None] * 3
    jobs = _rows(
        services,
        "SELECT coalesce(sum(j.created_heads), 0), coalesce(sum(j.created_fte), 0), "
        "coalesce(sum(j.secured_heads), 0), coalesce(sum(j.secured_fte), 0) "
        "FROM jobs_records j JOIN cases k ON k.id = j.case_id "
        f"WHERE j.deleted_at IS NULL AND k.deleted_at IS NULL AND j.occasion IN {FOLLOW_UPS} "
        "AND j.recorded_on BETWEEN :s AND :e AND NOT EXISTS (SELECT 1 FROM jobs_records j2 "
        f"WHERE j2.case_id = j.case_id AND j2.deleted_at IS NULL AND j2.occasion IN {FOLLOW_UPS} "
        "AND j2.recorded_on BETWEEN :s AND :e AND j2.recorded_on > j.recorded_on)",
        **p,
    )[0]
    arrears_loans, arrears_cents = _rows(
        services,
        "SELECT count(*), coalesce(sum(r.arrears_cents), 0) FROM repayment_entries r "
        "JOIN loans l ON l.id = r.loan_id JOIN cases k ON k.id = l.case_id "
        "WHERE r.deleted_at IS NULL AND l.deleted_at IS NULL AND k.deleted_at IS NULL "
        "AND r.month BETWEEN :m AND :e AND r.status = 'arrears' AND NOT EXISTS (SELECT 1 FROM "
        "repayment_entries r2 WHERE r2.loan_id = r.loan_id AND r2.deleted_at IS NULL "
        "AND r2.month BETWEEN :m AND :e AND r2.month > r.month)",
        **p,
    )[0]
    write_offs, write_off_cents = _rows(
        services,
        "SELECT count(DISTINCT r.loan_id), coalesce(sum(r.arrears_cents), 0) FROM repayment_entries r "
        "JOIN loans l ON l.id = r.loan_id JOIN cases k ON k.id = l.case_id "
        "WHERE r.deleted_at IS NULL AND l.deleted_at IS NULL AND k.deleted_at IS NULL "
        "AND r.status = 'written_off' AND r.month BETWEEN :m AND :e",
        **p,
    )[0]
    items = Decimal(
        _scalar(
            services,
            "SELECT coalesce(sum(amount_cents), 0) FROM programme_costs "
            "WHERE deleted_at IS NULL AND year = :y",
            y=start.year,
        )
    )
    staff = _round(_round(Decimal(minutes) / 60) * Decimal("62.00"))
    cost = staff + items / 100
    created, secured = int(jobs[0]), int(jobs[2])
    return {
        "Beratungen": consultations,
        "Beratungsstunden": _round(Decimal(minutes) / 60),
        "Beratene Personen": persons,
        "Neue Fälle": new_cases,
        "Empfehlungen": len(recommended),
        "Empfohlenes Kreditvolumen": volume,
        "Durchschnittlicher empfohlener Kredit": _round(volume / len(recommended)),
        "davon Erstkredite": len(recommended) - len(follow),
        "davon Folgekredite": len(follow),
        "Volumen Folgekredite": Decimal(sum(r[2] for r in follow)) / 100,
        "Bewilligungen durch Kreditgeber": approved,
        "Ablehnungen durch Kreditgeber": declined,
        "Bewilligungsquote": _round(Decimal(100 * approved) / (approved + declined), "0.1"),
        "Auszahlungen": payouts,
        "Ausgezahltes Volumen": Decimal(payout_cents) / 100,
        "Durchlaufzeit Erstberatung bis Empfehlung, unteres Quartil (Tage)": quartiles[0],
        "Durchlaufzeit Erstberatung bis Empfehlung, Median (Tage)": quartiles[1],
        "Durchlaufzeit Erstberatung bis Empfehlung, oberes Quartil (Tage)": quartiles[2],
        "Arbeitsplätze geschaffen (Köpfe)": created,
        "Arbeitsplätze geschaffen (VZÄ)": Decimal(str(jobs[1])),
        "Arbeitsplätze gesichert (Köpfe)": secured,
        "Arbeitsplätze gesichert (VZÄ)": Decimal(str(jobs[3])),
        "Kredite im Zahlungsrückstand am Periodenende": arrears_loans,
        "Zahlungsrückstände am Periodenende": Decimal(arrears_cents) / 100,
        "Abgeschriebene Kredite": write_offs,
        "Abgeschriebener Betrag": Decimal(write_off_cents) / 100,
        "Programmkosten": cost,
        "Programmkosten je geschaffenem Arbeitsplatz": _round(cost / created),
        "Programmkosten je gesichertem Arbeitsplatz": _round(cost / secured),
    }


# --------------------------------------------------------------------------------- the test's format

_EUR_LABELS = ("volumen", "kredit", "rückstände", "betrag", "kosten")


def german(label: str, value: Any) -> str:
    """How the test expects a figure printed: 1.234,56 €, 12,5 %, 37,5 (days), 183,00 (hours)."""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if label == "Bewilligungsquote":
        return f"{value:.1f}".replace(".", ",") + " %"
    if "(Tage)" in label:
        text_ = f"{value.normalize():f}".replace(".", ",")
        return text_
    number = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if any(word in label.lower() for word in _EUR_LABELS) or label.startswith("Programmkosten"):
        return f"{number} €"
    return number


def _pdf_text(path: Path) -> str:
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " "))


@pytest.fixture
def populated(services: Services) -> Services:
    populate(services.context.sessions, cases=160, seed=5, year=YEAR)
    return services


# ------------------------------------------------------------------------------------------- tests


def test_every_headline_figure_reconciles_with_pdf_and_workbook(populated: Services, tmp_path: Path) -> None:
    files = populated.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path)
    assert files.pdf is not None and files.xlsx is not None
    expected = expected_figures(populated, date(YEAR, 1, 1), date(YEAR, 12, 31))
    before = expected_figures(populated, date(YEAR - 1, 1, 1), date(YEAR - 1, 12, 31))
    assert expected["Empfehlungen"] > 10 and expected["Abgeschriebene Kredite"] > 0  # the data is not trivial

    sheet = load_workbook(files.xlsx)["Kennzahlen"]
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    pdf = _pdf_text(files.pdf)
    for label, value in expected.items():
        row = cells[label]
        stored = row[1].value
        if label == "Bewilligungsquote":
            assert Decimal(str(stored)) * 100 == value, label
        else:
            assert Decimal(str(stored)) == Decimal(value), (label, stored, value)
        assert row[1].data_type == "n", label
        assert Decimal(str(row[2].value)) * (100 if label == "Bewilligungsquote" else 1) == Decimal(
            before[label]
        ), (label, "previous year")
        printed = f"{label} {german(label, value)} {german(label, before[label])}"
        assert printed in pdf, printed


def test_breakdowns_add_up_to_the_headline_figures(populated: Services, tmp_path: Path) -> None:
    files = populated.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path, pdf=False)
    assert files.xlsx is not None
    workbook = load_workbook(files.xlsx)
    expected = expected_figures(populated, date(YEAR, 1, 1), date(YEAR, 12, 31))
    for name in ("Stadtbezirk", "WZ-Abschnitt", "Geschlecht", "Migrationshintergrund", "Altersgruppe"):
        rows = list(workbook[name].iter_rows(min_row=2, values_only=True))
        data, total = [r for r in rows if r[0] and r[0] != "Insgesamt"], rows[-1]
        assert total[0] == "Insgesamt"
        assert sum(r[1] for r in data) == total[1] == expected["Neue Fälle"], name
        assert sum(r[2] for r in data) == total[2] == expected["Empfehlungen"], name
        assert Decimal(str(total[3])) == expected["Empfohlenes Kreditvolumen"], name
    gender = {r[0]: r[1] for r in workbook["Geschlecht"].iter_rows(min_row=2, values_only=True)}
    women = _scalar(
        populated,
        "SELECT count(*) FROM cases k JOIN business_members bm ON bm.business_id = k.business_id "
        "AND bm.role = 'founder' JOIN persons p ON p.id = bm.person_id WHERE k.deleted_at IS NULL "
        "AND p.gender = 'female' AND k.opened_on BETWEEN :s AND :e",
        s=date(YEAR, 1, 1),
        e=date(YEAR, 12, 31),
    )
    assert gender["weiblich"] == women
    cases = list(workbook["Falldaten (anonymisiert)"].iter_rows(min_row=2, values_only=True))
    active = _scalar(
        populated,
        "SELECT count(*) FROM cases WHERE deleted_at IS NULL AND opened_on <= :e "
        "AND (closed_on IS NULL OR closed_on >= :s)",
        s=date(YEAR, 1, 1),
        e=date(YEAR, 12, 31),
    )
    assert len(cases) == active
    stages = {r[0]: r[1] for r in workbook["Stand"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert stages["Insgesamt"] == active


def test_a_deleted_case_is_not_counted(populated: Services, tmp_path: Path) -> None:
    before = populated.reports.annual_report(ReportPeriod.year(YEAR))
    case_id = _scalar(
        populated,
        "SELECT r.case_id FROM recommendations r WHERE r.signed_off_by IS NOT NULL AND r.sent_on "
        "BETWEEN :s AND :e ORDER BY r.sent_on",
        s=date(YEAR, 1, 1),
        e=date(YEAR, 12, 31),
    )
    with populated.context.sessions.engine.begin() as connection:
        connection.execute(text("UPDATE cases SET deleted_at = created_at WHERE id = :i"), {"i": case_id})
    after = populated.reports.annual_report(ReportPeriod.year(YEAR))
    figure = {f.key: f.value for f in before.key_figures}
    figure_after = {f.key: f.value for f in after.key_figures}
    assert figure_after["recommendations"] == figure["recommendations"] - 1  # type: ignore[operator]


def test_the_published_variant_suppresses_small_cells_and_names_nobody(
    populated: Services, tmp_path: Path
) -> None:
    files = populated.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path, published=True)
    assert files.pdf is not None and files.xlsx is not None
    assert "Veroeffentlichung" in files.pdf.name
    pdf = _pdf_text(files.pdf)
    workbook = load_workbook(files.xlsx)
    numbers = [r[0] for r in _rows(populated, "SELECT number FROM cases")]
    names = [r[0] for r in _rows(populated, "SELECT name FROM businesses")]
    family = [r[0] for r in _rows(populated, "SELECT family_name FROM persons")]
    everything = pdf + " ".join(
        str(cell)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    )
    for identifier in numbers + [n for n in names if len(n) > 6] + [f for f in family if len(f) > 6]:
        assert identifier not in everything, identifier
    assert "admin.test" not in everything  # who made it: internal information
    assert "Falldaten (anonymisiert)" not in workbook.sheetnames
    assert "Empfehlungen (intern)" not in workbook.sheetnames
    # Every published count is 0 or at least k = 3; hidden cells are ".".
    hidden = 0
    for name in (
        "Stadtbezirk",
        "WZ-Abschnitt",
        "Geschlecht",
        "Migrationshintergrund",
        "Altersgruppe",
        "Zugang",
    ):
        header = [cell.value for cell in workbook[name][1]]
        counts = [i for i, title in enumerate(header) if title in ("Neue Fälle", "Empfehlungen")]
        for row in workbook[name].iter_rows(min_row=2, values_only=True):
            for value in (row[i] for i in counts):
                if value == ".":
                    hidden += 1
                elif isinstance(value, int):
                    assert value == 0 or value >= 3, (name, row)
    assert hidden > 0
    assert "Zahlenwert geheim zu halten" in pdf


def test_k_is_configurable(populated: Services) -> None:
    report_3 = populated.reports.annual_report(ReportPeriod.year(YEAR), published=True)
    report_8 = populated.reports.annual_report(ReportPeriod.year(YEAR), published=True, k=8)

    def hidden(report: Any) -> int:
        return sum(
            str(cell) == "."
            for section in report.sections
            for table in section.tables
            for row in table.rows
            for cell in row
        )

    assert hidden(report_8) > hidden(report_3)
    with pytest.raises(ValidationError):
        populated.reports.annual_report(ReportPeriod.year(YEAR), published=True, k=1)


def test_hostile_text_stays_text_in_pdf_and_workbook(populated: Services, tmp_path: Path) -> None:
    files = populated.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path)
    assert files.pdf is not None and files.xlsx is not None
    reader = PdfReader(files.pdf)
    squeezed = "".join(" ".join(page.extract_text() for page in reader.pages).split())
    listed = [
        r[0]
        for r in _rows(
            populated,
            "SELECT b.name FROM businesses b JOIN cases k ON k.business_id = b.id JOIN recommendations r "
            "ON r.case_id = k.id WHERE r.signed_off_by IS NOT NULL AND r.sent_on BETWEEN :s AND :e",
            s=date(YEAR, 1, 1),
            e=date(YEAR, 12, 31),
        )
    ]
    shown = [name for name in HOSTILE_NAMES if name in listed]
    assert any("<" in name for name in shown) and any(name.startswith("=") for name in shown)
    for name in shown:  # printed as typed (wrapped lines aside): markup was not interpreted
        assert "".join(name.split()) in squeezed, name
    for page in reader.pages:
        assert "/Annots" not in page  # no link was created
        resources: Any = page["/Resources"]
        for xobject in (resources.get("/XObject") or {}).values():
            assert xobject.get_object()["/Subtype"] != "/Image"
    workbook = load_workbook(files.xlsx)
    seen = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value in HOSTILE_NAMES:
                    seen.add(cell.value)
                    assert cell.data_type == "s"
    assert set(shown) <= seen
    costs = list(workbook["Programmkosten"].iter_rows(min_row=2, values_only=True))
    assert any(row[1] == "=Gemeinkosten 15 %" for row in costs)


def test_every_sheet_has_frozen_headers_filters_and_numbers(populated: Services, tmp_path: Path) -> None:
    files = populated.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path, pdf=False)
    assert files.xlsx is not None and files.pdf is None
    workbook = load_workbook(files.xlsx)
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert all(cell.font.b for cell in sheet[1]), sheet.title
    money = workbook["Empfehlungen"]["C2"]
    assert money.data_type == "n" and "€" in money.number_format
    share = workbook["Zugang"]["C2"]
    assert share.data_type == "n" and share.number_format == "0.0 %" and 0 <= share.value <= 1


def test_a_date_range_prorates_costs_and_scales_targets(populated: Services, tmp_path: Path) -> None:
    period = ReportPeriod(date(YEAR, 1, 1), date(YEAR, 6, 30))
    report = populated.reports.annual_report(period)
    assert report.period_label == "01.01.2025–30.06.2025"
    assert report.previous_label == "01.01.2024–30.06.2024"
    costs = next(t for s in report.sections for t in s.tables if t.sheet == "Programmkosten")
    material = next(row for row in costs.rows if row[1] == "Sachkosten")
    assert material[3] == Decimal("3223.29")  # 6.500,00 € × 181/365 = 3.223,287…
    target = report.targets[0]
    assert target.target == Decimal("7.44")  # 15 × 181/365, half up
    assert "anteilig" in target.status
    files = populated.reports.write_annual_report(period, tmp_path, pdf=False)
    assert (
        files.xlsx is not None
        and files.xlsx.name == "Jahresbericht_Mikrofinanzierung_2025-01-01_2025-06-30.xlsx"
    )


def test_a_cancelled_report_leaves_no_file(populated: Services, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 60:
            raise Stop

    with pytest.raises(Stop):
        populated.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path, progress=progress)
    assert list(tmp_path.iterdir()) == [tmp_path / "Jahresbericht_Mikrofinanzierung_2025.pdf"] or not list(
        tmp_path.glob("*.xlsx")
    )
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_an_empty_database_gives_a_report_without_values(services: Services, tmp_path: Path) -> None:
    files = services.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path)
    assert files.pdf is not None
    pdf = _pdf_text(files.pdf)
    assert "Empfehlungen 0 0" in pdf
    assert "Bewilligungsquote – –" in pdf


def test_a_missing_folder_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        services.reports.write_annual_report(ReportPeriod.year(YEAR), tmp_path / "fehlt")
    assert caught.value.code == "report.no_folder"


def test_the_dashboard_counts_this_years_figures(populated: Services) -> None:
    figures = populated.reports.dashboard(YEAR)
    expected = expected_figures(populated, date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert figures.recommendations == expected["Empfehlungen"]
    assert figures.recommended_volume == expected["Empfohlenes Kreditvolumen"]
    assert figures.recommendations_target == 15
    assert sum(figures.pipeline.values()) == _scalar(populated, "SELECT count(*) FROM cases")
    assert figures.reminders_overdue == 2 and figures.reminders_due_today == 1
    assert figures.reminders_next_7_days == 1 and figures.reminders_later == 1
