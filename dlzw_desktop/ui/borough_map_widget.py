"""The district map: a choropleth of Dortmund's 12 boroughs, drawn from imported outlines or as tiles."""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dlzw_desktop.domain.borough_map import TILE_COLUMNS, TILE_LAYOUT, TILE_ROWS, Boundaries
from dlzw_desktop.ui.compat import override

_LOW = QColor("#eef4f7")
_HIGH = QColor("#0b5d7a")
_EDGE = QColor("#ffffff")
_SELECTED = QColor("#f2a900")
_LEGEND_HEIGHT = 34


@dataclass(frozen=True, slots=True)
class MapArea:
    """A borough on the map with the value that colours it and the text that shows it."""

    borough_id: uuid.UUID
    name: str
    value: float
    text: str


def _blend(share: float) -> QColor:
    share = min(max(share, 0.0), 1.0)
    return QColor(
        round(_LOW.red() + (_HIGH.red() - _LOW.red()) * share),
        round(_LOW.green() + (_HIGH.green() - _LOW.green()) * share),
        round(_LOW.blue() + (_HIGH.blue() - _LOW.blue()) * share),
    )


class BoroughMapWidget(QWidget):
    """Shows one value per borough as colour; clicking (or Enter on the focused borough) selects it.

    Signals: ``borough_clicked(object)`` with the borough's id, or ``None`` when the selection was
    cleared (clicking the selected borough again, or Esc).
    """

    borough_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: dict[str, MapArea] = {}
        self._boundaries: Boundaries | None = None
        self._selected: uuid.UUID | None = None
        self._focused = 0
        self._legend = ""
        self._paths: dict[str, QPainterPath] = {}
        self._anchors: dict[str, QPointF] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data ----------------------------------------------------------------------------------------

    def set_areas(self, areas: Sequence[MapArea], legend: str) -> None:
        self._areas = {a.name: a for a in areas}
        self._legend = legend
        self._describe()
        self.update()

    def set_boundaries(self, boundaries: Boundaries | None) -> None:
        self._boundaries = boundaries
        self._layout()
        self.update()

    def set_selected(self, borough_id: uuid.UUID | None) -> None:
        self._selected = borough_id
        self._describe()
        self.update()

    def selected(self) -> uuid.UUID | None:
        return self._selected

    def uses_outlines(self) -> bool:
        return self._boundaries is not None

    def borough_at(self, point: QPointF) -> MapArea | None:
        """The borough drawn under ``point`` (widget coordinates)."""
        for name, path in self._paths.items():
            if path.contains(point) and name in self._areas:
                return self._areas[name]
        return None

    def centre_of(self, name: str) -> QPointF:
        """Where the borough's label sits (for tests and tooltips)."""
        return self._anchors[name]

    def _order(self) -> list[str]:
        return [name for name in TILE_LAYOUT if name in self._areas]

    def _describe(self) -> None:
        chosen = next((a for a in self._areas.values() if a.borough_id == self._selected), None)
        self.setAccessibleDescription(
            self.tr("Selected borough: {name}").format(name=chosen.name)
            if chosen
            else self.tr("No borough selected")
        )

    # -- geometry ------------------------------------------------------------------------------------

    def _map_rect(self) -> QRectF:
        return QRectF(8, 8, max(self.width() - 16, 10), max(self.height() - 16 - _LEGEND_HEIGHT, 10))

    def _layout(self) -> None:
        self._paths.clear()
        self._anchors.clear()
        rect = self._map_rect()
        if self._boundaries is not None and self._boundaries.shapes:
            west, south, east, north = self._boundaries.bounds()
            squeeze = math.cos(math.radians((south + north) / 2))
            width, height = max((east - west) * squeeze, 1e-9), max(north - south, 1e-9)
            scale = min(rect.width() / width, rect.height() / height)
            left = rect.left() + (rect.width() - width * scale) / 2
            top = rect.top() + (rect.height() - height * scale) / 2
            for shape in self._boundaries.shapes:
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill)
                largest = QRectF()
                for polygon in shape.polygons:
                    piece = QPainterPath()
                    for ring in polygon:
                        points = [
                            QPointF(left + (lon - west) * squeeze * scale, top + (north - lat) * scale)
                            for lon, lat in ring
                        ]
                        piece.moveTo(points[0])
                        for point in points[1:]:
                            piece.lineTo(point)
                        piece.closeSubpath()
                    bounds = piece.boundingRect()
                    if bounds.width() * bounds.height() > largest.width() * largest.height():
                        largest = bounds
                    path.addPath(piece)
                self._paths[shape.name] = path
                self._anchors[shape.name] = largest.center()
            return
        gap = 4.0
        cell = min(
            (rect.width() - gap * (TILE_COLUMNS - 1)) / TILE_COLUMNS,
            (rect.height() - gap * (TILE_ROWS - 1)) / TILE_ROWS,
        )
        left = rect.left() + (rect.width() - (cell * TILE_COLUMNS + gap * (TILE_COLUMNS - 1))) / 2
        top = rect.top() + (rect.height() - (cell * TILE_ROWS + gap * (TILE_ROWS - 1))) / 2
        for name, (column, row) in TILE_LAYOUT.items():
            tile = QRectF(left + column * (cell + gap), top + row * (cell + gap), cell, cell)
            path = QPainterPath()
            path.addRoundedRect(tile, 6, 6)
            self._paths[name] = path
            self._anchors[name] = tile.center()

    # -- painting ------------------------------------------------------------------------------------

    @override
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(460, 460)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._layout()
        super().resizeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._paths:
            self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max((a.value for a in self._areas.values()), default=0.0)
        order = self._order()
        focused_name = order[self._focused % len(order)] if order and self.hasFocus() else None
        label_font = QFont(self.font())
        label_font.setPointSizeF(max(label_font.pointSizeF() * 0.85, 7.0))
        for name, path in self._paths.items():
            area = self._areas.get(name)
            share = (area.value / top) if area and top > 0 else 0.0
            fill = _blend(share)
            selected = area is not None and area.borough_id == self._selected
            painter.setPen(QPen(_SELECTED if selected else _EDGE, 3.0 if selected else 1.2))
            painter.setBrush(fill)
            painter.drawPath(path)
            if name == focused_name:
                painter.setPen(QPen(QColor("#222222"), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            anchor = self._anchors[name]
            painter.setPen(QColor("#ffffff") if share > 0.55 else QColor("#263238"))
            painter.setFont(label_font)
            caption = name.replace("Innenstadt-", "Innenstadt-\n") if self._boundaries is None else name
            text = f"{caption}\n{area.text}" if area else caption
            box = QRectF(anchor.x() - 70, anchor.y() - 30, 140, 60)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        self._paint_legend(painter, top)
        painter.end()

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        y = self.height() - _LEGEND_HEIGHT + 6
        painter.setPen(QColor("#263238"))
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        painter.drawText(QPointF(10, y + metrics.ascent()), self._legend)
        start = 10 + metrics.horizontalAdvance(self._legend) + 12
        bar = QRectF(start, y + 2, 160, 12)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0.0, _LOW)
        gradient.setColorAt(1.0, _HIGH)
        painter.fillRect(bar, gradient)
        painter.drawText(QPointF(bar.left(), bar.bottom() + metrics.ascent() + 1), "0")
        maximum = max(self._areas.values(), key=lambda a: a.value).text if self._areas and top > 0 else "0"
        painter.drawText(
            QPointF(bar.right() - metrics.horizontalAdvance(maximum), bar.bottom() + metrics.ascent() + 1),
            maximum,
        )

    # -- interaction ---------------------------------------------------------------------------------

    def _toggle(self, area: MapArea | None) -> None:
        if area is None:
            return
        chosen = None if area.borough_id == self._selected else area.borough_id
        self.set_selected(chosen)
        self.borough_clicked.emit(chosen)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            area = self.borough_at(event.position())
            if area is not None:
                order = self._order()
                self._focused = order.index(area.name) if area.name in order else self._focused
            self._toggle(area)
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        order = self._order()
        key = event.key()
        if order and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._focused = (self._focused + 1) % len(order)
        elif order and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._focused = (self._focused - 1) % len(order)
        elif order and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._toggle(self._areas[order[self._focused % len(order)]])
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.set_selected(None)
            self.borough_clicked.emit(None)
        else:
            super().keyPressEvent(event)
            return
        self.update()
        event.accept()

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            area = self.borough_at(QPointF(event.pos()))
            if area is not None:
                QToolTip.showText(event.globalPos(), f"{area.name}: {area.text}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
