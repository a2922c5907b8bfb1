"""Any list exports to Excel exactly as shown: filtered, sorted, visible columns in their order, typed cells,
text never a formula; long exports can be cancelled and leave no file; every export is audited."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dlzw_desktop.db.models import AuditEntry
from dlzw_desktop.services.registry import Services, open_services
from dlzw_desktop.ui.cases_view import CasesView
from dlzw_desktop.ui.list_export import ListExporter, cell_for_export, file_stem, pick_list
from dlzw_desktop.ui.main_window import MainWindow
from dlzw_desktop.ui.report_table_model import Kind, ReportColumn, ReportSortProxy, ReportTableModel
from dlzw_desktop.ui.workers import wait_for_all
from tests.ui.case_gui import open_window, settle

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+49 231 50", "-5", "@SUMME", "\tTab", "<b>fett</b>"]


@dataclass(frozen=True, slots=True)
class Row:
    """A row of the test list."""

    name: str
    amount: Decimal
    day: date
    count: int
    share: Decimal
    at: datetime


@pytest.fixture
def services(sqlite_path: Path) -> Iterator[Services]:
    opened = open_services(sqlite_path)
    opened.users.local_principal("admin.test")
    yield opened
    wait_for_all()
    opened.close()


def model_and_view(
    rows: list[Row], parent: QWidget
) -> tuple[ReportTableModel[Row], ReportSortProxy, QTableView]:
    model: ReportTableModel[Row] = ReportTableModel(
        [
            ReportColumn("Name", lambda r: r.name),
            ReportColumn("Betrag", lambda r: r.amount, Kind.EUR),
            ReportColumn("Datum", lambda r: r.day, Kind.DATE),
            ReportColumn("Anzahl", lambda r: r.count, Kind.INTEGER),
            ReportColumn("Anteil", lambda r: r.share, Kind.PERCENT),
            ReportColumn("Zeit", lambda r: r.at, Kind.DATETIME),
        ],
        parent,
    )
    model.set_rows(rows)
    proxy = ReportSortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return model, proxy, view


def rows_of(count: int) -> list[Row]:
    return [
        Row(
            name=HOSTILE[i % len(HOSTILE)] if i < len(HOSTILE) else f"Eintrag {i:05d}",
            amount=Decimal(1000 + 37 * i) / 100,
            day=date(2025, 1 + i % 12, 1 + i % 28),
            count=i,
            share=Decimal(i % 100),
            at=datetime(2025, 3, 1, 12, 30, tzinfo=UTC),
        )
        for i in range(count)
    ]


def test_the_model_is_a_valid_qt_model(qapp: QApplication) -> None:
    parent = QWidget()
    model, proxy, _view = model_and_view(rows_of(30), parent)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Warning)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    amounts = [proxy.index(i, 1).data(Qt.ItemDataRole.UserRole + 1) for i in range(proxy.rowCount())]
    assert amounts == sorted(amounts, reverse=True)  # sorted as numbers, not as text
    assert proxy.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(3, 1).data() == "11,11\u00a0€"


def test_the_export_is_the_list_as_shown(services: Services, qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _model, proxy, view = model_and_view(rows_of(60), parent)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterRegularExpression("^(Eintrag 0001[0-5]$|=|\\+|-|@|\\t|<)")  # a filter the user set
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.horizontalHeader().hideSection(5)  # a hidden column is not exported
    view.horizontalHeader().moveSection(3, 0)  # a moved column keeps its place
    shown = [[proxy.index(r, c).data() for c in (3, 0, 1, 2, 4)] for r in range(proxy.rowCount())]
    exporter = ListExporter(services, parent)
    target = tmp_path / "liste.xlsx"
    with qtbot.waitSignal(exporter.exported, timeout=20_000):
        exporter.export_view(view, title="Testliste: [Auswahl]", suggested_name="x", path=target)
    sheet = load_workbook(target).worksheets[0]
    assert sheet.title == "Testliste_ _Auswahl_"
    header = [c.value for c in sheet[1]]
    assert header == ["Anzahl", "Name", "Betrag", "Datum", "Anteil"]
    data = list(sheet.iter_rows(min_row=2))
    assert len(data) == len(shown) == 12
    for cells, expected in zip(data, shown, strict=True):
        count, name, amount, day, share = cells
        assert count.data_type == "n" and count.value == int(expected[0])
        assert name.data_type == "s" and name.value == expected[1]
        assert amount.data_type == "n" and "€" in amount.number_format
        assert f"{Decimal(str(amount.value)):.2f}".replace(".", ",") == expected[2].split("\u00a0")[0]
        assert day.is_date and day.value.strftime("%d.%m.%Y") == expected[3]
        assert share.number_format == "0.0 %"
    values = [row[1].value for row in data]
    assert set(HOSTILE) <= set(values)  # formula-like text stays text
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:E{len(shown) + 1}"
    with services.context.sessions() as session:
        events = session.scalars(select(AuditEntry).where(AuditEntry.entity == "export")).all()
    assert len(events) == 1 and "12 rows" in events[0].note


def test_a_long_export_can_be_cancelled_and_leaves_no_file(
    services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _model, _proxy, view = model_and_view(rows_of(30_000), parent)
    exporter = ListExporter(services, parent)
    target = tmp_path / "gross.xlsx"
    with qtbot.waitSignal(exporter.cancelled, timeout=30_000):
        exporter.export_view(view, title="Groß", suggested_name="x", path=target)
        assert exporter.busy
        exporter.cancel()
    wait_for_all()
    assert not exporter.busy
    assert list(tmp_path.glob("*.xlsx")) == [] and not list(tmp_path.glob(".*"))


def test_cells_keep_their_types() -> None:
    assert cell_for_export(Decimal("12.50"), "12,50 €") == (Decimal("12.50"), '#,##0.00 "€"')
    assert cell_for_export(Decimal("12.5"), "12,5 %") == (Decimal("0.125"), "0.0 %")
    assert cell_for_export(3, "3") == (3, "#,##0")
    assert cell_for_export(True, "ja") == ("ja", None)
    assert cell_for_export(None, "") == (None, None)
    # Models whose sort role holds sort keys: the shown value wins where the key is not the value.
    assert cell_for_export(date(2026, 3, 1).toordinal(), "01.03.2026") == (date(2026, 3, 1), "DD.MM.YYYY")
    assert cell_for_export(2, "Prüfung") == ("Prüfung", None)  # a label sorted by its rank
    assert cell_for_export("mueller anna", "Müller, Anna") == ("Müller, Anna", None)
    assert cell_for_export(7000.0, "7.000,00\u00a0€") == (Decimal("7000.0"), '#,##0.00 "€"')
    assert cell_for_export(-3, "\u22123") == (-3, "#,##0")
    moment, fmt = cell_for_export(datetime(2025, 7, 1, 10, tzinfo=UTC), "01.07.2025 12:00")
    assert moment == datetime(2025, 7, 1, 12) and fmt == "DD.MM.YYYY HH:MM"  # Berlin time, naive


def test_pick_list_takes_the_focused_list_else_the_only_one(qtbot: QtBot) -> None:
    section = QWidget()
    qtbot.addWidget(section)
    layout = QVBoxLayout(section)
    _m1, _p1, first = model_and_view(rows_of(3), section)
    _m2, _p2, second = model_and_view(rows_of(4), section)
    button = QPushButton("x", section)
    for widget in (first, second, button):
        layout.addWidget(widget)
    section.show()
    assert pick_list(section, second) is second
    assert pick_list(section, second.viewport()) is second  # focus inside the list
    assert pick_list(section, button) is None  # two lists, none focused: not clear which
    second.hide()
    assert pick_list(section, button) is first
    assert file_stem("Fälle", "Fallliste / 2025", "../x") == "Fälle_Fallliste_2025_x"


def test_the_whole_case_list_is_exported_from_the_file_menu_not_only_the_loaded_pages(
    qtbot: QtBot, tmp_path: Path, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_services(sqlite_path)
    services.users.local_principal("admin.test")
    services.demo.load(cases=450, seed=3)  # more than two pages of 200
    services.close()
    target = tmp_path / "faelle.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    for window in open_window(qtbot, tmp_path, sqlite_path):
        export_case_list(window, qtbot, target)


def export_case_list(window: MainWindow, qtbot: QtBot, target: Path) -> None:
    window.show_section("cases")
    view = window.section_widget("cases")
    assert isinstance(view, CasesView)
    table = view._ui.cases_table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=20_000)
    assert model.canFetchMore(QModelIndex())
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # as the user sorted it: newest number first
    settle(qtbot)
    shown_first = [table.model().index(r, 0).data() for r in range(5)]
    table.setFocus()
    window._ui.action_export_list.trigger()
    exporter = window._list_exporter
    assert exporter is not None
    with qtbot.waitSignal(exporter.exported, timeout=60_000):
        pass
    sheet = load_workbook(target).worksheets[0]
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(numbers) == 450  # all pages, not the 200 on screen
    assert numbers[:5] == shown_first and numbers == sorted(numbers, reverse=True)
    assert len(set(numbers)) == 450
    first = next(sheet.iter_rows(min_row=2, max_row=2))
    assert first[4].is_date and first[8].is_date  # "in stage since", "opened": dates, not day numbers
    assert first[7].data_type == "n" and "€" in first[7].number_format  # the requested amount
