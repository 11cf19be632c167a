"""Measurement charts: axes per unit, downsampling always on, crosshair read-out, range selector, annotations,
exports, the statistical views, and a 10 M-point series."""

from __future__ import annotations

import struct
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.measure_charts import (
    DayTypeChart,
    DurationChart,
    HistogramChart,
    ScatterChart,
    Series,
    TimeSeriesChart,
    format_value,
)
from desktop_app.ui.measure_charts_base import close_subpaths

T0 = 1_773_800_100_000  # 2026-03-18 02:15:00 UTC = 10:15:00 in Asia/Shanghai
MINUTE = 60_000


def _series(n: int = 600) -> list[Series]:
    times = T0 + np.arange(n, dtype=np.int64) * MINUTE
    power = 100.0 + np.arange(n, dtype=np.float64) * 0.5
    power[3] = np.nan
    flow = 40.0 + np.arange(n, dtype=np.float64) * 0.01
    return [Series("p", "有功功率", "kW", times, power), Series("f", "流量", "m³/h", times, flow),
            Series("p2", "无功功率", "kW", times, power / 2)]


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[TimeSeriesChart]:
    w = TimeSeriesChart()
    qtbot.addWidget(w)
    w.resize(900, 500)
    yield w
    w.close()


def _shown(qtbot: QtBot, w: QWidget) -> None:
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()


def test_two_units_make_a_right_axis_and_every_curve_is_downsampled(chart: TimeSeriesChart) -> None:
    pi = chart.plot_item
    chart.set_series(_series()[:1])
    assert not pi.getAxis("right").isVisible()
    chart.set_series(_series())
    assert pi.getAxis("right").isVisible()
    assert pi.getAxis("right").linkedView() is chart.right_view
    assert "kW" in pi.getAxis("left").labelText and "m³/h" in pi.getAxis("right").labelText
    assert [c.getViewBox() for c in chart.curves] == [chart.view, chart.right_view, chart.view]
    assert len(chart.legend.items) == 3
    for curve in chart.curves:
        assert curve.opts["downsampleMethod"] == "peak"
        assert curve.opts["autoDownsample"]
        assert curve.opts["clipToView"]
    chart.set_series([])  # cleared, not rebuilt
    assert chart.curves == [] and chart.legend.items == []


def test_crosshair_readout_names_values_and_units(chart: TimeSeriesChart) -> None:
    chart.set_series(_series())
    text = chart.readout_at(T0 + 10 * MINUTE + 20_000)  # nearest sample: 10:25:00 local
    assert text == "时间 2026-03-18 10:25:00 · 有功功率 105 kW · 流量 40.1 m³/h · 无功功率 52.5 kW"
    assert "有功功率 —" in chart.readout_at(T0 + 3 * MINUTE)  # missing sample
    assert chart.readout_at(T0 - 3_600_000).endswith("有功功率 — · 流量 — · 无功功率 —")  # before the data


def test_mouse_move_draws_crosshair_and_readout(chart: TimeSeriesChart, qtbot: QtBot) -> None:
    chart.set_series(_series())
    _shown(qtbot, chart)
    vp = chart.plot.viewport()
    scene_pos = chart.view.mapViewToScene(QPointF(chart._x(T0 + 300 * MINUTE), 150.0))
    pos = chart.plot.mapFromScene(scene_pos)
    QApplication.sendEvent(vp, QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(vp.mapToGlobal(pos)),
                                           Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                           Qt.KeyboardModifier.NoModifier))
    assert chart.crosshair.isVisible()
    assert chart.readout.text().startswith("时间 2026-03-18 15:1")  # 10:15 + 300 min, within a pixel's minutes
    assert "kW" in chart.readout.text()


def test_region_selection(chart: TimeSeriesChart, qtbot: QtBot) -> None:
    chart.set_series(_series())
    got: list[tuple[int, int]] = []
    chart.region_changed.connect(lambda a, b: got.append((a, b)))
    assert chart.region() is None
    chart.set_region(T0 + 200 * MINUTE, T0 + 100 * MINUTE)
    assert chart.region() == (T0 + 100 * MINUTE, T0 + 200 * MINUTE)
    assert got == []  # setting it is not the user's choice
    chart.set_series(_series())  # a new x origin keeps the selection
    assert chart.region() == (T0 + 100 * MINUTE, T0 + 200 * MINUTE)

    # The user drags the right edge: drive the mouse over the scene.
    _shown(qtbot, chart)
    vp = chart.plot.viewport()

    def at(t_ms: int) -> QPoint:
        return chart.plot.mapFromScene(chart.view.mapViewToScene(QPointF(chart._x(t_ms), 200.0)))

    def send(kind: QEvent.Type, p: QPoint, buttons: Qt.MouseButton) -> None:
        # pyqtgraph drops mouse moves closer than 10 ms (mouseRateLimit); sleep rather than process events, which
        # can deliver the offscreen cursor's "leave" and end the hover that hands the drag to the region's edge.
        time.sleep(0.015)
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        QApplication.sendEvent(vp, QMouseEvent(kind, QPointF(p), QPointF(vp.mapToGlobal(p)), button, buttons,
                                               Qt.KeyboardModifier.NoModifier))

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseMove, at(T0 + 200 * MINUTE), Qt.MouseButton.NoButton)
    send(QEvent.Type.MouseButtonPress, at(T0 + 200 * MINUTE), left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, at(T0 + (200 + 20 * step) * MINUTE), left)
    send(QEvent.Type.MouseButtonRelease, at(T0 + 300 * MINUTE), Qt.MouseButton.NoButton)
    assert got, "dragging the region edge emits region_changed"
    lo, hi = got[-1]
    assert lo == T0 + 100 * MINUTE
    assert abs(hi - (T0 + 300 * MINUTE)) < 3 * MINUTE  # within a pixel or two
    assert chart.region() == got[-1]

    # Dragging elsewhere pans the time axis (both unit axes follow) and leaves the selection alone.
    chart.set_x_range(T0 + 300 * MINUTE, T0 + 500 * MINUTE)
    before = chart.x_range()
    start = at(T0 + 450 * MINUTE)
    send(QEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start - QPoint(40 * step, 0), left)
    send(QEvent.Type.MouseButtonRelease, start - QPoint(200, 0), Qt.MouseButton.NoButton)
    after = chart.x_range()
    assert after[0] > before[0] + 20 * MINUTE
    assert after[1] - after[0] == pytest.approx(before[1] - before[0], rel=1e-6)
    assert chart.right_view.viewRange()[0] == pytest.approx(chart.view.viewRange()[0])
    assert len(got) == 1

    chart.region_item.setRegion((chart._x(T0 + 10 * MINUTE), chart._x(T0 + 20 * MINUTE)))  # as a drag ends
    assert got[-1] == (T0 + 10 * MINUTE, T0 + 20 * MINUTE)
    chart.set_region(None, None)
    assert chart.region() is None and not chart.region_item.isVisible()


def test_annotations_are_markers_with_text(chart: TimeSeriesChart) -> None:
    chart.set_series(_series())
    chart.set_annotations([(T0 + 60 * MINUTE, "开机"), (T0 + 120 * MINUTE, "")])
    assert [round(line.value() * 1000) + T0 for line in chart.annotation_items] == [T0 + 60 * MINUTE,
                                                                                  T0 + 120 * MINUTE]
    assert chart.annotation_items[0].label.toPlainText() == "开机"
    chart.set_annotations([])
    assert chart.annotation_items == []


def test_date_axis_shows_the_series_zone(chart: TimeSeriesChart) -> None:
    """Ticks and labels in the series' zone (Asia/Shanghai, then UTC) computed without the machine's zone."""
    chart.set_series(_series())
    chart.grab()  # the axis picks its zoom level and font metrics when painted
    axis = chart.date_axis
    assert axis.utcOffset == -8 * 3600
    assert axis.tickStrings([0.0, 45 * 60.0], 1.0, 60) == ["10:15", "11:00"]
    day_ticks = axis.tickValues(0.0, 86400.0 * 2, 800)[0]
    assert day_ticks[0] == 86400 and axis.tickStrings(day_ticks[1][:1], 1.0, 86400) == ["3月18日"]
    assert day_ticks[1][0] == -(10 * 3600 + 15 * 60)  # local midnight, whatever the machine's zone
    utc = [Series(s.key, s.name, s.unit, s.times, s.values, "UTC") for s in _series()]
    chart.set_series(utc)
    assert axis.utcOffset == 0 and axis.tickStrings([0.0], 1.0, 60) == ["02:15"]
    assert chart.readout_at(T0).startswith("时间 2026-03-18 02:15:00")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_exports(chart: TimeSeriesChart, qtbot: QtBot, tmp_path: Path) -> None:
    chart.set_series(_series())
    chart.set_annotations([(T0 + 60 * MINUTE, "开机")])
    chart.set_region(T0 + 100 * MINUTE, T0 + 200 * MINUTE)
    chart.export_png(tmp_path / "hidden.png", width=800)  # never shown: still a sensible picture
    assert _png_size(tmp_path / "hidden.png")[0] == 800
    _shown(qtbot, chart)
    chart.set_x_range(T0 + 500 * MINUTE, T0 + 560 * MINUTE)
    shown = chart.x_range()
    chart.export_png(tmp_path / "c.png")
    width, height = _png_size(tmp_path / "c.png")
    assert width == 1600 and 0.3 < height / width < 1.0
    chart.export_svg(tmp_path / "c.svg")
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<path" in svg or "<polyline" in svg
    assert "开机" in svg and "kW" in svg
    assert chart.x_range() == shown and chart.region() == (T0 + 100 * MINUTE, T0 + 200 * MINUTE)


def test_svg_path_closing() -> None:
    assert close_subpaths("M0,0 L5,0 L5,5 Z M1,1 L2,2 Z") == "M0,0 L5,0 L5,5 L0,0 M1,1 L2,2 L1,1"
    assert close_subpaths("M0,0 C0.5,0.2 0.2,0.5 0,0.5 ZM3,3 L4,4") == "M0,0 C0.5,0.2 0.2,0.5 0,0.5 L0,0 M3,3 L4,4"


def test_format_value() -> None:
    assert [format_value(v) for v in (123.4, 0.012345, 1234.56, 1.5, 0.0, -2.25, float("nan"))] == \
        ["123.4", "0.01235", "1235", "1.5", "0", "-2.25", "—"]


def test_statistical_charts_show_the_given_data(qtbot: QtBot, tmp_path: Path) -> None:
    duration, histogram, scatter, days = DurationChart(), HistogramChart(), ScatterChart(), DayTypeChart()
    for w in (duration, histogram, scatter, days):
        qtbot.addWidget(w)
        w.resize(600, 400)

    percent = np.linspace(0.0, 100.0, 11)
    values = np.linspace(200.0, 20.0, 11)
    duration.set_data("有功功率", "kW", percent, values)
    x, y = duration.curve.getOriginalDataset()
    assert np.array_equal(x, percent) and np.array_equal(y, values)
    assert "kW" in duration.plot_item.getAxis("left").labelText
    duration.set_data("", "", np.empty(0), np.empty(0))

    edges, counts = np.array([0.0, 10.0, 20.0, 30.0]), np.array([5.0, 7.0, 1.0])
    histogram.set_data("有功功率", "kW", edges, counts)
    assert np.array_equal(histogram.bars.opts["x0"], edges[:-1])
    assert np.array_equal(histogram.bars.opts["x1"], edges[1:])
    assert np.array_equal(histogram.bars.opts["height"], counts)
    histogram.set_data("", "", np.empty(1), np.empty(0))

    sx = np.array([1.0, 2.0, np.nan, 4.0])
    sy = np.array([10.0, 20.0, 30.0, 40.0])
    scatter.set_data("流量", "m³/h", sx, "有功功率", "kW", sy)
    px, py = scatter.points.getData()
    assert list(px) == [1.0, 2.0, 4.0] and list(py) == [10.0, 20.0, 40.0]
    assert "m³/h" in scatter.plot_item.getAxis("bottom").labelText

    bins = np.arange(0, 1440, 60)
    mean = 50.0 + np.sin(bins / 229.0)
    std = np.full(24, 2.0)
    days.set_profiles("kW", 60, [("工作日", bins, mean, std), ("周末", bins, mean / 2, std)])
    assert len(days.lines) == 2 and len(days.bands) == 2
    lx, ly = days.lines[0].getOriginalDataset()
    assert np.allclose(lx, (bins + 30) / 60.0) and np.array_equal(ly, mean)
    lower, upper = days.bands[0].curves
    assert np.allclose(lower.getData()[1], mean - 2.0) and np.allclose(upper.getData()[1], mean + 2.0)
    assert [item.text for _sample, item in days.legend.items] == ["工作日", "周末"]
    days.set_profiles("kW", 60, [("工作日", bins, mean, std)])
    assert len(days.lines) == 1 and len(days.legend.items) == 1

    for i, w in enumerate((duration, histogram, scatter, days)):
        w.export_png(tmp_path / f"{i}.png", width=640)
        assert _png_size(tmp_path / f"{i}.png")[0] == 640
        w.export_svg(tmp_path / f"{i}.svg")
        svg = (tmp_path / f"{i}.svg").read_text(encoding="utf-8")
        assert "<path" in svg or "<polyline" in svg
        w.close()


def test_ten_million_points_render(chart: TimeSeriesChart, qtbot: QtBot) -> None:
    n = 10_000_000
    times = T0 + np.arange(n, dtype=np.int64) * 1000
    values = 100.0 + 20.0 * np.sin(np.arange(n) / 5000.0)
    values[::997] = np.nan  # a logger gap every ~17 min: every downsampling bin holds one
    chart.set_series([Series("big", "有功功率", "kW", times, values)])
    _shown(qtbot, chart)
    image = chart.grab()
    assert not image.isNull()
    shown_x, shown_y = chart.curves[0].getData()
    assert len(shown_x) < 20_000  # peak-downsampled to the screen
    assert np.isfinite(shown_y).all()  # the gaps do not blank the bins that hold them
    assert shown_y.max() == pytest.approx(120.0, abs=0.01) and shown_y.min() == pytest.approx(80.0, abs=0.01)
    chart.set_x_range(T0 + 3_600_000, T0 + 7_200_000)
    assert not chart.grab().isNull()
    assert len(chart.curves[0].getData()[0]) < 20_000  # clipped to the hour shown
    assert chart.readout_at(T0 + 5_000_500).startswith("时间 2026-03-18 11:38:2")
    assert "有功功率 —" in chart.readout_at(T0 + 997_000)  # the missing sample itself
