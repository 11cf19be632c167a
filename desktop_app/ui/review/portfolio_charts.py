"""The review window's charts: cases by workflow state, by industry and by city, and a histogram of the savings
per case. Components with a data API (``set_counts``, ``set_values``), updated with ``setOpts``, never rebuilt."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from desktop_app.operations import portfolio
from desktop_app.operations.portfolio import CaseRow
from desktop_app.ui.charts import BAR_COLOUR
from desktop_app.ui.charts import style as base_style
from desktop_app.ui.fonts import app_font_family
from desktop_app.ui.review.portfolio_columns import STATE_LABELS, UNREADABLE, city, state_label

T = "PortfolioCharts"
TOP = 10  # categories shown before the rest is summed as 其他
LABEL_CHARS = 14  # longer category names are shortened on the axis (the tooltip-free chart keeps them short)
STATE_COLOURS = {"草稿": "#9aa5b1", "已提交": "#3b7dd8", "退回修改": "#e8a33d", "已通过": "#3f9c5a",
                 UNREADABLE: "#d64545"}


def _style(plot: pg.PlotWidget, title: str, left: str, bottom: str = "") -> None:
    base_style(plot, title, "")
    family = app_font_family()
    for side, text in (("left", left), ("bottom", bottom)):
        plot.setLabel(side, f'<span style="font-family:{family}">{text}</span>' if text else "", color="#333333")
        axis = plot.getAxis(side)
        axis.setTextPen(pg.mkPen("#333333"))
        axis.setPen(pg.mkPen("#777777"))


def _short(label: str) -> str:
    label = label.split("（代码", 1)[0]
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def integer_ticks(axis: pg.AxisItem, top: float) -> None:
    """Whole-number ticks for an axis of counts (no "2.5 家")."""
    rough = max(1.0, top / 5)
    magnitude = 10 ** math.floor(math.log10(rough))
    step = int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough))  # 1, 2, 5, 10, 20, 50 …
    axis.setTicks([[(float(v), str(v)) for v in range(0, math.floor(top) + 1, step)]])


def top_counts(counts: dict[str, int], other: str, top: int = TOP) -> list[tuple[str, int]]:
    """The ``top`` largest categories (ties by name), the rest summed under ``other``."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    head, rest = ordered[:top], ordered[top:]
    if rest:
        head.append((other, sum(v for _, v in rest)))
    return head


class CountBars:
    """Vertical bars: one count per category, each bar its own colour when given."""

    def __init__(self, plot: pg.PlotWidget, title: str, unit: str) -> None:
        self.plot = plot
        _style(plot, title, unit)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BAR_COLOUR)
        plot.addItem(self.bars)

    def set_counts(self, items: list[tuple[str, int]], colours: list[str] | None = None) -> None:
        xs = list(range(len(items)))
        values = [float(v) for _, v in items]
        brushes = [QColor(c) for c in colours] if colours else [BAR_COLOUR] * len(items)
        self.bars.setOpts(x=xs, height=values, width=0.6, brushes=brushes)
        self.plot.getAxis("bottom").setTicks([[(x, _short(label)) for x, (label, _) in zip(xs, items, strict=True)]])
        self.plot.setXRange(-0.6, max(len(items) - 0.4, 0.6), padding=0)
        self.plot.setYRange(0, max([*values, 1.0]) * 1.15, padding=0)
        integer_ticks(self.plot.getAxis("left"), max([*values, 1.0]))


class RankBars:
    """Horizontal bars, largest on top: long Chinese category names stay readable on the left axis."""

    def __init__(self, plot: pg.PlotWidget, title: str, unit: str) -> None:
        self.plot = plot
        _style(plot, title, "", unit)
        self.plot.showGrid(x=True, y=False, alpha=0.3)
        small = QFont(plot.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        plot.getAxis("left").setStyle(tickFont=small)  # eleven names fit a dock's height
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=BAR_COLOUR)
        plot.addItem(self.bars)

    def set_counts(self, items: list[tuple[str, int]]) -> None:
        n = len(items)
        ys = [n - 1 - i for i in range(n)]
        values = [float(v) for _, v in items]
        self.bars.setOpts(x0=[0.0] * n, y=ys, width=values, height=0.6)
        self.plot.getAxis("left").setTicks([[(y, _short(label)) for y, (label, _) in zip(ys, items, strict=True)]])
        self.plot.setYRange(-0.6, max(n - 0.4, 0.6), padding=0)
        self.plot.setXRange(0, max([*values, 1.0]) * 1.1, padding=0)
        integer_ticks(self.plot.getAxis("bottom"), max([*values, 1.0]))


class Histogram:
    """How many cases fall in each range of a value (e.g. savings per case)."""

    def __init__(self, plot: pg.PlotWidget, title: str, x_label: str, y_label: str) -> None:
        self.plot = plot
        _style(plot, title, y_label, x_label)
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=BAR_COLOUR, pen=pg.mkPen("w"))
        plot.addItem(self.bars)

    def set_values(self, values: Sequence[float]) -> tuple[list[float], list[int]]:
        """Draw the histogram; returns the bin edges and counts drawn."""
        data = np.asarray(values, dtype=np.float64)
        data = data[np.isfinite(data)]
        if data.size == 0:
            self.bars.setOpts(x0=[], x1=[], height=[])
            return [], []
        low, high = float(data.min()), float(data.max())
        if high <= low:  # one value (or all equal): one bar around it
            low, high = low - 0.5, high + 0.5
        bins = int(min(12, max(3, np.ceil(np.sqrt(data.size)))))
        counts, edges = np.histogram(data, bins=bins, range=(low, high))
        self.bars.setOpts(x0=edges[:-1], x1=edges[1:], height=counts.astype(float))
        self.plot.setXRange(float(edges[0]), float(edges[-1]), padding=0.02)
        self.plot.setYRange(0, max(float(counts.max()), 1.0) * 1.15, padding=0)
        integer_ticks(self.plot.getAxis("left"), max(float(counts.max()), 1.0))
        return [float(e) for e in edges], [int(c) for c in counts]


class PortfolioCharts:
    """The four charts of the portfolio, fed with the rows to count (all of them, or the filtered ones)."""

    def __init__(self, state_plot: pg.PlotWidget, industry_plot: pg.PlotWidget, region_plot: pg.PlotWidget,
                 saving_plot: pg.PlotWidget) -> None:
        self.states = CountBars(state_plot, QCoreApplication.translate("PortfolioCharts", "按状态"),
                                QCoreApplication.translate("PortfolioCharts", "案例数（家）"))
        self.industries = RankBars(industry_plot, QCoreApplication.translate("PortfolioCharts", "按行业（前 10）"),
                                   QCoreApplication.translate("PortfolioCharts", "案例数（家）"))
        self.regions = RankBars(region_plot, QCoreApplication.translate("PortfolioCharts", "按地区（市，前 10）"),
                                QCoreApplication.translate("PortfolioCharts", "案例数（家）"))
        self.savings = Histogram(saving_plot, QCoreApplication.translate("PortfolioCharts", "各案例节能量分布"),
                                 QCoreApplication.translate("PortfolioCharts", "节能量（tce/a）"),
                                 QCoreApplication.translate("PortfolioCharts", "案例数（家）"))
        self.shown: dict[str, list[tuple[str, int]]] = {}

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        s = portfolio.summarize(rows)
        order = [k for k in STATE_LABELS if k != UNREADABLE]
        states = [(k, s.by_state.get(k, 0)) for k in order] + sorted(
            (k, v) for k, v in s.by_state.items() if k not in order)
        if s.unreadable:
            states.append((UNREADABLE, s.unreadable))
        labelled = [(state_label(k), v) for k, v in states]
        self.states.set_counts(labelled, [STATE_COLOURS.get(k, BAR_COLOUR.name()) for k, _ in states])
        other = QCoreApplication.translate("PortfolioCharts", "其他")
        industries = top_counts(s.by_industry, other)
        cities = top_counts(dict(Counter(city(r.region) or "—" for r in rows if not r.error)), other)
        self.industries.set_counts(industries)
        self.regions.set_counts(cities)
        self.savings.set_values([float(r.saving_tce) for r in rows if not r.error])
        self.shown = {"states": labelled, "industries": industries, "regions": cities}

