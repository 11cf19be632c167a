"""Bar and line charts as vector drawings (reportlab.graphics): they print sharp and their text is searchable."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.charts.linecharts import HorizontalLineChart  # type: ignore[import-untyped]
from reportlab.graphics.charts.lineplots import LinePlot  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]
from reportlab.graphics.widgets.markers import makeMarker  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.attrmap import AttrMap, AttrMapValue  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.validators import isAnything  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from desktop_app.reporting import model as m
from desktop_app.reporting.pdf_styles import FRAME_WIDTH, INK, MUTED, SERIES

CHART_HEIGHT = 72 * mm
LABEL_SIZE = 8.0
AXIS = colors.HexColor("#6b7580")
GRIDLINE = colors.HexColor("#dde3e9")
LEFT = 14 * mm
RIGHT = 6 * mm
TOP = 12 * mm


class ChartDrawing(Drawing):  # type: ignore[misc]
    """A Drawing that takes ``keepWithNext`` (a Drawing refuses attributes it does not declare)."""

    _attrMap = AttrMap(BASE=Drawing, keepWithNext=AttrMapValue(isAnything, desc="keep with the next flowable"))


def number(v: float) -> str:
    """Axis and bar labels: no float noise, no exponent for the sizes a report shows."""
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    text = f"{v:.6g}"
    return text if "e" not in text else f"{v:.0f}"


def _colour(i: int) -> colors.Color:
    return SERIES[i % len(SERIES)]


def _legend(d: Drawing, names: Sequence[str], font: str, y: float, *, lines: bool) -> None:
    """A centred one-line legend (swatch + name per series) with its baseline at ``y``."""
    gap, swatch = 12.0, (14.0 if lines else 8.0)
    widths = [swatch + 4 + stringWidth(n, font, LABEL_SIZE) for n in names]
    x = (d.width - sum(widths) - gap * (len(names) - 1)) / 2
    for i, (name, w) in enumerate(zip(names, widths, strict=True)):
        if lines:
            d.add(Line(x, y + 3, x + swatch, y + 3, strokeColor=_colour(i), strokeWidth=1.8))
        else:
            d.add(Rect(x, y - 0.5, swatch, swatch, fillColor=_colour(i), strokeColor=None))
        d.add(String(x + swatch + 4, y, name, fontName=font, fontSize=LABEL_SIZE, fillColor=INK))
        x += w + gap


def _unit(d: Drawing, unit: str, font: str, x: float, y: float) -> None:
    if unit:
        d.add(String(x, y, f"单位：{unit}", fontName=font, fontSize=LABEL_SIZE, fillColor=MUTED))


def _style_value_axis(axis: Any, font: str, *, zero: bool = True) -> None:
    axis.labels.fontName = font
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = INK
    axis.labelTextFormat = number
    axis.strokeColor = AXIS
    axis.strokeWidth = 0.6
    axis.visibleGrid = 1
    axis.gridStrokeColor = GRIDLINE
    axis.gridStrokeWidth = 0.4
    axis.visibleTicks = 0
    axis.forceZero = 1 if zero else 0  # bars start at zero; lines show their range
    axis.rangeRound = "both"  # the axis ends on labelled ticks


def _category_labels(axis: Any, names: Sequence[str], font: str, slot: float, *, thin: bool) -> float:
    """Style category labels; return the height they need below the axis.

    Labels that do not fit side by side are slanted; with ``thin`` (a time axis) every k-th label is shown level
    instead, as long as that keeps at least every third. Crowded beyond that, slanted labels are thinned too.
    """
    labels = list(names)
    need = max((stringWidth(n, font, LABEL_SIZE) for n in labels), default=0.0) + 4
    level_step = max(1, math.ceil(need / slot))
    slanted_step = max(1, math.ceil(need * 0.45 / slot))  # at 35° a label takes ~sin(35°)·its height across
    level = level_step == 1 or (thin and level_step <= max(3, slanted_step))
    step = level_step if level else slanted_step
    if step > 1:
        labels = [n if i % step == 0 else "" for i, n in enumerate(labels)]
    axis.categoryNames = labels
    axis.labels.fontName = font
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = INK
    axis.strokeColor = AXIS
    axis.strokeWidth = 0.6
    axis.visibleTicks = 0
    if level:
        axis.labels.boxAnchor = "n"
        axis.labels.dy = -4
        return LABEL_SIZE + 8
    axis.labels.angle = 35
    axis.labels.boxAnchor = "ne"
    axis.labels.dy = -3
    axis.labels.dx = 2
    return float(min(need, 45 * mm) * 0.58 + LABEL_SIZE + 8)


def _frame(names: Sequence[str], font: str) -> tuple[Drawing, float]:
    """The drawing (in the report font: the default, Helvetica, would not be embedded) and the height reserved
    at the bottom for the legend."""
    d = ChartDrawing(FRAME_WIDTH, CHART_HEIGHT, initialFontName=font, initialFontSize=LABEL_SIZE)
    return d, (16.0 if len(names) > 1 else 4.0)


def bar_chart(chart: m.BarChart, font: str) -> Drawing:
    names = [name for name, _ in chart.series]
    d, legend_h = _frame(names, font)
    bc = VerticalBarChart()
    bc.x, bc.width = LEFT, d.width - LEFT - RIGHT
    bc.data = [list(values) for _, values in chart.series]
    slot = bc.width / len(chart.categories)
    label_h = _category_labels(bc.categoryAxis, chart.categories, font, slot, thin=False)
    bc.y = legend_h + label_h
    bc.height = d.height - bc.y - TOP
    _style_value_axis(bc.valueAxis, font)
    bc.categoryAxis.style = "parallel"
    n_series = len(chart.series)
    bc.groupSpacing = max(slot * 0.28, 2)
    bc.barSpacing = 1 if n_series > 1 else 0
    for i in range(n_series):
        bc.bars[i].fillColor = _colour(i)
        bc.bars[i].strokeColor = None
    if n_series * len(chart.categories) <= 24:
        bc.barLabelFormat = number
        bc.barLabels.fontName = font
        bc.barLabels.fontSize = LABEL_SIZE - 1
        bc.barLabels.fillColor = INK
        bc.barLabels.nudge = 6
    d.add(bc)
    _unit(d, chart.unit, font, 2, d.height - LABEL_SIZE - 2)
    if n_series > 1:
        _legend(d, names, font, 3, lines=False)
    return d


def line_chart(chart: m.LineChart, font: str) -> Drawing:
    names = [name for name, _ in chart.series]
    d, legend_h = _frame(names, font)
    width = d.width - LEFT - RIGHT
    n_points = len(chart.x)
    if chart.numeric_x:
        lp = LinePlot()
        xs = [float(v) for v in chart.x]
        lp.data = [list(zip(xs, values, strict=True)) for _, values in chart.series]
        _style_value_axis(lp.yValueAxis, font, zero=False)
        _style_value_axis(lp.xValueAxis, font, zero=False)
        lp.xValueAxis.visibleGrid = 0
        lp.xValueAxis.visibleTicks = 1
        lp.xValueAxis.tickDown = 3
        lp.xValueAxis.labels.dy = -2
        label_h = LABEL_SIZE + 8
        plot = lp
        lines = lp.lines
    else:
        lc = HorizontalLineChart()
        lc.data = [list(values) for _, values in chart.series]
        label_h = _category_labels(lc.categoryAxis, [str(v) for v in chart.x], font, width / n_points, thin=True)
        _style_value_axis(lc.valueAxis, font, zero=False)
        lc.categoryAxis.labelAxisMode = "low"
        lc.joinedLines = 1
        plot = lc
        lines = lc.lines
    plot.x, plot.width = LEFT, width
    plot.y = legend_h + label_h + (8 if chart.x_unit else 0)
    plot.height = d.height - plot.y - TOP
    for i in range(len(chart.series)):
        lines[i].strokeColor = _colour(i)
        lines[i].strokeWidth = 1.6
        if n_points <= 24:
            lines[i].symbol = makeMarker("FilledCircle", size=3.2, fillColor=_colour(i), strokeColor=None)
    d.add(plot)
    _unit(d, chart.unit, font, 2, d.height - LABEL_SIZE - 2)
    if chart.x_unit:
        text = f"（{chart.x_unit}）"
        d.add(String(plot.x + plot.width - stringWidth(text, font, LABEL_SIZE), legend_h + 2, text,
                     fontName=font, fontSize=LABEL_SIZE, fillColor=MUTED))
    if len(names) > 1:
        _legend(d, names, font, 3, lines=True)
    return d
