"""Statistical views of logged measurements: load-duration curve, histogram, scatter of two channels and the
mean day profile per day type with a ±1 standard deviation band."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.ui.measure_charts_base import ChartBase, axis_label, colour, finite_xy, tr

DURATION_X = QT_TRANSLATE_NOOP("MeasureCharts", "时间占比 (%)")
COUNT = QT_TRANSLATE_NOOP("MeasureCharts", "样本数")
SHOWN = QT_TRANSLATE_NOOP("MeasureCharts", "显示 {shown} / {total} 个点（均匀抽样）")
HOUR_OF_DAY = QT_TRANSLATE_NOOP("MeasureCharts", "时刻 (h)")
ACCENT = QColor("#3b7dd8")
# Above this many pairs the scatter shows an evenly spaced subset: drawing each symbol costs ~1 µs.
SCATTER_MAX_POINTS = 200_000


class DurationChart(ChartBase):
    """Load-duration curve: values sorted from high to low against the share of time (%) they are reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.curve = pg.PlotDataItem([], [], pen=pg.mkPen(ACCENT, width=1.5), fillLevel=0,
                                     brush=pg.mkBrush(59, 125, 216, 50))
        self.plot_item.addItem(self.curve)
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        self.set_label("bottom", tr(DURATION_X))

    def set_data(self, name: str, unit: str, percent: np.ndarray, values: np.ndarray) -> None:
        x, y = finite_xy(percent, values)
        self.curve.setData(x, y)
        self.set_label("left", axis_label(name, unit))
        self.view.setXRange(0, 100, padding=0.01)
        if len(y):
            top = float(y.max())
            self.view.setYRange(min(0.0, float(y.min())), top * 1.05 if top > 0 else 1.0, padding=0)


class HistogramChart(ChartBase):
    """Counts per bin; ``edges`` has one more element than ``counts``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=ACCENT, pen=pg.mkPen("w", width=0.5))
        self.plot_item.addItem(self.bars)
        self.set_label("left", tr(COUNT))

    def set_data(self, name: str, unit: str, edges: np.ndarray, counts: np.ndarray) -> None:
        edges = np.asarray(edges, dtype=np.float64)
        counts = np.asarray(counts, dtype=np.float64)
        if len(counts) and len(edges) != len(counts) + 1:
            raise ValueError(f"{len(edges)} edges for {len(counts)} counts")
        if len(counts):
            self.bars.setOpts(x0=edges[:-1], x1=edges[1:], height=counts)
            self.view.setXRange(float(edges[0]), float(edges[-1]), padding=0.02)
            self.view.setYRange(0, max(float(counts.max()), 1.0) * 1.05, padding=0)
        else:
            self.bars.setOpts(x0=np.empty(0), x1=np.empty(0), height=np.empty(0))
        self.set_label("bottom", axis_label(name, unit))


class ScatterChart(ChartBase):
    """One channel against another at the same times (pairs where both are known)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(59, 125, 216, 90))
        self.plot_item.addItem(self.points)
        self.total = 0

    def set_data(self, x_name: str, x_unit: str, x: np.ndarray, y_name: str, y_unit: str, y: np.ndarray) -> None:
        xs, ys = finite_xy(x, y)
        self.total = len(xs)
        if self.total > SCATTER_MAX_POINTS:
            pick = np.linspace(0, self.total - 1, SCATTER_MAX_POINTS).astype(np.int64)
            xs, ys = xs[pick], ys[pick]
            self.set_title(tr(SHOWN).format(shown=len(xs), total=self.total))
        else:
            self.set_title("")
        self.points.setData(x=xs, y=ys)
        self.set_label("bottom", axis_label(x_name, x_unit))
        self.set_label("left", axis_label(y_name, y_unit))
        self.view.enableAutoRange()


class DayTypeChart(ChartBase):
    """Mean day profile per day type (one line each, drawn at the bin centres) with a ±1 σ band, 0–24 h."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.lines: list[pg.PlotDataItem] = []
        self.bands: list[pg.FillBetweenItem] = []
        self._band_edges: list[pg.PlotCurveItem] = []
        self.legend = self.plot_item.addLegend(offset=(10, 5), labelTextColor="#333333",
                                               brush=pg.mkBrush(255, 255, 255, 200))
        hours = [(h, f"{h}:00") for h in range(0, 25, 3)]
        self.plot_item.getAxis("bottom").setTicks([hours, [(h, "") for h in range(25)]])
        self.set_label("bottom", tr(HOUR_OF_DAY))
        self.view.setXRange(0, 24, padding=0.01)

    def set_profiles(self, unit: str, bin_minutes: int,
                     profiles: Sequence[tuple[str, np.ndarray, np.ndarray, np.ndarray]]) -> None:
        """``profiles``: (day type name, bin start minutes 0…1440−bin_minutes, mean, standard deviation)."""
        for item in [*self.bands, *self.lines, *self._band_edges]:
            self.plot_item.removeItem(item)
        self.legend.clear()
        self.lines, self.bands, self._band_edges = [], [], []
        for index, (name, bins, mean, std) in enumerate(profiles):
            hours = (np.asarray(bins, dtype=np.float64) + bin_minutes / 2.0) / 60.0
            mean = np.asarray(mean, dtype=np.float64)
            std = np.asarray(std, dtype=np.float64)
            c = colour(index)
            keep = np.isfinite(hours) & np.isfinite(mean) & np.isfinite(std)
            lower = pg.PlotCurveItem(hours[keep], mean[keep] - std[keep], pen=None)
            upper = pg.PlotCurveItem(hours[keep], mean[keep] + std[keep], pen=None)
            fill = QColor(c)
            fill.setAlpha(45)
            band = pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(fill))
            for item in (lower, upper, band):
                self.plot_item.addItem(item)
            line = pg.PlotDataItem(hours, mean, pen=pg.mkPen(c, width=2), connect="finite")
            self.plot_item.addItem(line)
            self.legend.addItem(line, name)
            self.lines.append(line)
            self.bands.append(band)
            self._band_edges += [lower, upper]
        self.set_label("left", unit)
        self.view.setXRange(0, 24, padding=0.01)
        self.view.enableAutoRange(y=True)
