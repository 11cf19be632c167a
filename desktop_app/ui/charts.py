"""Small chart components on pyqtgraph with a data API (``set_bars``, ``set_months``): updated, never rebuilt."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from desktop_app.ui.fonts import app_font_family

BAR_COLOUR = QColor("#3b7dd8")


def style(plot: pg.PlotWidget, title: str, left: str) -> None:
    plot.setBackground("w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    family = app_font_family()
    plot.setTitle(f'<span style="font-family:{family}; font-size:10pt">{title}</span>', color="#333333")
    plot.setLabel("left", left, color="#333333")
    plot.showGrid(y=True, alpha=0.3)


class BarChart:
    """Categories (Chinese names) with one value each, e.g. the energy structure in %."""

    def __init__(self, plot: pg.PlotWidget, title: str, unit: str) -> None:
        self.plot = plot
        style(plot, title, unit)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BAR_COLOUR)
        plot.addItem(self.bars)

    def set_bars(self, labels: list[str], values: list[float]) -> None:
        xs = list(range(len(values)))
        self.bars.setOpts(x=xs, height=values, width=0.6)
        self.plot.getAxis("bottom").setTicks([list(zip(xs, labels, strict=True))])
        self.plot.setXRange(-0.6, max(len(values) - 0.4, 0.6), padding=0)
        self.plot.setYRange(0, max([*values, 1.0]) * 1.1, padding=0)


class MonthChart:
    """Twelve monthly values of one energy item; missing months are gaps, never zeros."""

    def __init__(self, plot: pg.PlotWidget, title: str) -> None:
        self.plot = plot
        style(plot, title, "")
        self.curve = plot.plot([], [], pen=pg.mkPen(BAR_COLOUR, width=2), symbol="o", symbolSize=6,
                               symbolBrush=BAR_COLOUR, connect="finite")
        plot.getAxis("bottom").setTicks([[(m, f"{m}月") for m in range(1, 13)]])
        plot.setXRange(0.5, 12.5, padding=0)

    def set_months(self, values: list[float | None], unit: str) -> None:
        known = [v for v in values if v is not None]
        if known:
            ys = [float("nan") if v is None else v for v in values]
            self.curve.setData(list(range(1, 13)), ys, connect="finite")
        else:
            self.curve.setData([], [])
        self.plot.setLabel("left", unit)
        self.plot.setYRange(0, max([*known, 1.0]) * 1.15, padding=0)
