"""The time-series chart of logged measurements: up to two unit axes, date axis in the series' zone, crosshair
read-out, range selector and annotations; 10 M points stay interactive (peak downsampling + clip-to-view)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.measure_charts_base import (
    DEFAULT_TZ,
    ChartBase,
    ZonedDateAxis,
    axis_label,
    colour,
    format_value,
    local_time,
    tr,
    zone,
)

TIME = QT_TRANSLATE_NOOP("MeasureCharts", "时间")
HINT = QT_TRANSLATE_NOOP("MeasureCharts", "拖动平移，滚轮缩放时间轴，双击显示全部")


@dataclass(frozen=True)
class Series:
    """One logged channel: ``times`` int64 ms since the epoch (UTC, sorted), ``values`` float64 (NaN = missing)."""

    key: str
    name: str
    unit: str
    times: np.ndarray
    values: np.ndarray
    tz: str = DEFAULT_TZ
    kind: str = "sample"  # how the channel holds energy (calculations.series.range_stats)


def nearest_index(times: np.ndarray, t_ms: int) -> int:
    """Index of the sample nearest to ``t_ms`` in sorted ``times``; -1 when ``t_ms`` is outside the data span."""
    n = len(times)
    if n == 0 or t_ms < times[0] or t_ms > times[-1]:
        return -1
    i = int(np.searchsorted(times, t_ms))
    if i >= n:
        return n - 1
    if i > 0 and t_ms - times[i - 1] <= times[i] - t_ms:
        return i - 1
    return i


PEAK_BINS_PER_PIXEL = 2.0
# pyqtgraph ≥ 0.14 clips and downsamples a per-point ``connect`` array together with the data; 0.13 does not.
CONNECT_ARRAYS = tuple(int(p) for p in pg.__version__.split(".")[:2] if p.isdigit()) >= (0, 14)


def drawable(x: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, str | np.ndarray]:
    """(x, y, connect) to draw: missing samples are left out and the line is broken there.

    Peak downsampling takes max/min per bin, and one NaN in a bin makes the whole bin NaN: at 10 M points a
    logger with one gap per few thousand samples would draw nothing at all. So NaNs are dropped and the gap is kept
    as ``connect[i] = False`` (no line from sample i to the next kept one)."""
    finite = np.isfinite(values)
    if finite.all():
        return x, values, "all"
    if not CONNECT_ARRAYS:
        return x, values, "finite"
    keep = np.flatnonzero(finite)
    connect = np.zeros(len(keep), dtype=bool)
    connect[:-1] = np.diff(keep) == 1
    return x[keep], values[keep], connect


class TimeSeriesChart(ChartBase):
    """Logged series against local time. Units: the first on the left axis, every other on the right axis."""

    # ms since the epoch need 64 bits: Signal(int, int) is a 32-bit int in PySide6 and overflows.
    region_changed = Signal("qint64", "qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        self.date_axis = ZonedDateAxis("bottom")
        super().__init__(parent, axis_items={"bottom": self.date_axis})
        self.series: list[Series] = []
        self.curves: list[pg.PlotDataItem] = []
        self.annotation_items: list[pg.InfiniteLine] = []
        self._notes: list[tuple[int, str]] = []
        self._region_ms: tuple[int, int] | None = None
        self._origin_ms = 0  # x coordinate = seconds since this instant (see ZonedDateAxis)
        self._tz = zone(DEFAULT_TZ)
        self._setting_region = False

        pi, vb = self.plot_item, self.view
        vb.setMouseEnabled(x=True, y=False)
        vb.enableAutoRange(y=True)
        vb.setAutoVisible(y=True)
        pi.setDownsampling(auto=True, mode="peak")
        pi.setClipToView(True)
        self.legend = pi.addLegend(offset=(10, 5), labelTextColor="#333333", brush=pg.mkBrush(255, 255, 255, 200))

        # Right axis: a second ViewBox, child of the plot item (so exports include it), x linked, drawn *under*
        # the main ViewBox so that the region selector and mouse panning in the main one get the mouse.
        self.right_view = pg.ViewBox(enableMenu=False)
        self.right_view.setParentItem(pi)
        self.right_view.setZValue(vb.zValue() - 1)
        self.right_view.setXLink(vb)
        self.right_view.setMouseEnabled(x=False, y=False)
        self.right_view.enableAutoRange(x=False, y=True)
        self.right_view.setAutoVisible(y=True)
        pi.getAxis("right").linkToView(self.right_view)
        pi.getAxis("right").setGrid(False)  # the left axis draws the horizontal grid
        pi.hideAxis("right")
        vb.sigResized.connect(self._sync_right_view)

        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.crosshair.hide()
        vb.addItem(self.crosshair, ignoreBounds=True)
        self.region_item = pg.LinearRegionItem(orientation="vertical", pen=pg.mkPen("#3b7dd8", width=1.5),
                                               brush=pg.mkBrush(59, 125, 216, 45),
                                               hoverBrush=pg.mkBrush(59, 125, 216, 70))
        self.region_item.setZValue(-5)
        self.region_item.hide()
        vb.addItem(self.region_item, ignoreBounds=True)
        self.region_item.sigRegionChangeFinished.connect(self._region_moved)

        self.readout = QLabel(tr(HINT))
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(True)
        self.box.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._mouse_clicked)

    # --- data ---------------------------------------------------------------------------------------------------
    def set_series(self, series: Sequence[Series]) -> None:
        pi = self.plot_item
        for curve in self.curves:
            self.legend.removeItem(curve)
            view = curve.getViewBox()
            if view is not None:
                view.removeItem(curve)
        self.curves = []
        self.series = []
        for s in series:
            times = np.asarray(s.times, dtype=np.int64)
            values = np.asarray(s.values, dtype=np.float64)
            if times.shape != values.shape:
                raise ValueError(f"{s.key}: {len(times)} times but {len(values)} values")
            self.series.append(Series(s.key, s.name, s.unit, times, values, s.tz, s.kind))
        span = self._span()
        self._origin_ms = span[0] if span else 0
        self.date_axis.set_origin(self._origin_ms / 1000.0)
        units: list[str] = []
        for s in self.series:
            if s.unit not in units:
                units.append(s.unit)
        left = units[0] if units else ""
        for index, s in enumerate(self.series):
            # Width 1: thicker pens take Qt's slow stroking path (~2x the frame time at 10 M points).
            x, y, connect = drawable(self._xs(s.times), s.values)
            curve = pg.PlotDataItem(x, y, connect=connect, pen=pg.mkPen(colour(index), width=1))
            if s.unit == left:
                pi.addItem(curve)
            else:
                self.right_view.addItem(curve)
            # After adding: PlotItem.addItem applies (and would reset) the plot-wide settings.
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            # A peak bin draws its max and min: 2 bins a pixel give the same envelope as pyqtgraph's default 5
            # samples a pixel, with 2.5× fewer vertices to stroke.
            curve.opts["autoDownsampleFactor"] = PEAK_BINS_PER_PIXEL
            self.legend.addItem(curve, axis_label(s.name, s.unit))
            self.curves.append(curve)
        self.set_label("left", left)
        if len(units) > 1:
            pi.showAxis("right")
            self.set_label("right", " / ".join(units[1:]))
        else:
            pi.hideAxis("right")
        if span:
            self._tz = zone(self.series[0].tz)
            self.date_axis.set_zone(self.series[0].tz, (span[0] + span[1]) / 2000.0)
        self._set_limits()
        self._place_marks()
        self.show_all()
        self._sync_right_view()

    def _span(self) -> tuple[int, int] | None:
        spans = [(int(s.times[0]), int(s.times[-1])) for s in self.series if len(s.times)]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None

    def _x(self, t_ms: int) -> float:
        return (t_ms - self._origin_ms) / 1000.0

    def _xs(self, times: np.ndarray) -> np.ndarray:
        return (times - self._origin_ms) / 1000.0

    def _ms(self, x: float) -> int:
        return self._origin_ms + round(x * 1000.0)

    def _set_limits(self) -> None:
        span = self._span()
        if span is None:
            self.view.setLimits(xMin=None, xMax=None)
            return
        pad = max((span[1] - span[0]) / 1000.0 * 0.02, 1.0)
        self.view.setLimits(xMin=self._x(span[0]) - pad, xMax=self._x(span[1]) + pad, minXRange=0.01)

    def x_range(self) -> tuple[int, int]:
        """The visible time range (ms UTC)."""
        x0, x1 = self.view.viewRange()[0]
        return self._ms(x0), self._ms(x1)

    def set_x_range(self, t0: int, t1: int) -> None:
        """Show the time range [t0, t1] (ms UTC); y follows the visible data."""
        self.view.setXRange(self._x(t0), self._x(max(t1, t0 + 1)), padding=0)

    def show_all(self) -> None:
        """The whole time span of the series on the x axis (y follows the visible data)."""
        span = self._span()
        if span:
            self.view.setXRange(self._x(span[0]), self._x(max(span[1], span[0] + 1)), padding=0.01)

    def set_annotations(self, notes: Sequence[tuple[int, str]]) -> None:
        """A dashed vertical marker with its text at each time (ms UTC)."""
        self._notes = [(int(t), text or "") for t, text in notes]
        self._place_marks()

    def _place_marks(self) -> None:
        """(Re)draw the annotations and the range selector in the current x coordinates."""
        for line in self.annotation_items:
            self.view.removeItem(line)
        self.annotation_items = []
        for t_ms, text in self._notes:
            line = pg.InfiniteLine(pos=self._x(t_ms), angle=90, movable=False,
                                   pen=pg.mkPen("#b35900", width=1, style=Qt.PenStyle.DashLine), label=text,
                                   labelOpts={"position": 0.06, "color": "#b35900", "anchors": [(0, 0), (0, 0)],
                                              "fill": pg.mkBrush(255, 255, 255, 200)})
            self.view.addItem(line, ignoreBounds=True)
            self.annotation_items.append(line)
        if self._region_ms is not None:
            self._setting_region = True
            try:
                self.region_item.setRegion((self._x(self._region_ms[0]), self._x(self._region_ms[1])))
            finally:
                self._setting_region = False

    def _rebase(self, origin_ms: int) -> None:
        """Move the x origin, keeping what is shown (used around SVG export for full coordinate precision)."""
        shown = self.x_range()
        self._origin_ms = origin_ms
        self.date_axis.set_origin(origin_ms / 1000.0)
        for s, curve in zip(self.series, self.curves, strict=True):
            x, y, connect = drawable(self._xs(s.times), s.values)
            curve.setData(x, y, connect=connect)
        self._set_limits()
        self._place_marks()
        self.set_x_range(*shown)
        self._sync_right_view()

    # --- range selector -----------------------------------------------------------------------------------------
    def set_region(self, t0: int | None, t1: int | None) -> None:
        """Show the range selector over [t0, t1] (ms UTC), or hide it when either is None. Does not emit
        ``region_changed`` (that signal reports the user's dragging)."""
        if t0 is None or t1 is None:
            self._region_ms = None
            self.region_item.hide()
            return
        self._region_ms = (int(min(t0, t1)), int(max(t0, t1)))
        self._place_marks()
        self.region_item.show()

    def region(self) -> tuple[int, int] | None:
        """The selected range (ms UTC), None when the selector is hidden."""
        return self._region_ms

    def _region_moved(self) -> None:
        if self._setting_region or self._region_ms is None:
            return
        lo, hi = self.region_item.getRegion()
        self._region_ms = (self._ms(lo), self._ms(hi))
        self.region_changed.emit(*self._region_ms)

    # --- crosshair ----------------------------------------------------------------------------------------------
    def readout_at(self, t_ms: int) -> str:
        """The crosshair read-out at ``t_ms``, e.g. ``时间 2026-03-18 10:15:00 · 名称 123.4 kW · …``: the time of the
        first series' nearest sample (local time of the series' zone), then each series' sample nearest to that time;
        "—" outside a series' span or where the sample is missing."""
        t = int(t_ms)
        if self.series:
            i = nearest_index(self.series[0].times, t)
            if i >= 0:
                t = int(self.series[0].times[i])
        parts = [f"{tr(TIME)} {local_time(t / 1000.0, self._tz):%Y-%m-%d %H:%M:%S}"]
        for s in self.series:
            i = nearest_index(s.times, t)
            value = float(s.values[i]) if i >= 0 else float("nan")
            text = format_value(value)
            parts.append(f"{s.name} {text} {s.unit}".rstrip() if text != "—" else f"{s.name} —")
        return " · ".join(parts)

    def _mouse_moved(self, pos: QPointF) -> None:
        if not self.series or not self.view.sceneBoundingRect().contains(pos):
            self.crosshair.hide()
            return
        x = self.view.mapSceneToView(pos).x()
        self.crosshair.setPos(x)
        self.crosshair.show()
        self.readout.setText(self.readout_at(self._ms(x)))

    def _mouse_clicked(self, event: object) -> None:
        if getattr(event, "double", lambda: False)():
            self.show_all()

    def leaveEvent(self, event: QEvent) -> None:
        self.crosshair.hide()
        super().leaveEvent(event)

    def _sync_right_view(self) -> None:
        self.right_view.setGeometry(self.view.geometry())
        self.right_view.linkedViewChanged(self.view, self.right_view.XAxis)

    def _before_export(self, svg: bool = False) -> None:
        self._crosshair_was_visible = self.crosshair.isVisible()
        self.crosshair.hide()
        self._export_origin = self._origin_ms
        if svg and self.series:
            self._rebase(self.x_range()[0])  # small coordinates: Qt writes SVG numbers with 6 digits
        self._sync_right_view()

    def _after_export(self) -> None:
        if self._origin_ms != self._export_origin:
            self._rebase(self._export_origin)
        self.crosshair.setVisible(self._crosshair_was_visible)
