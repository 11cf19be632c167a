"""Issue-7 figures: one frame of a 10 M-point series in our TimeSeriesChart (peak downsampling + clip-to-view) vs
the same data in a plain ``pyqtgraph.PlotWidget().plot(x, y)`` (target: ours ≤ 50 ms and ≥ 30× faster).

A frame = change the x range (ours clips and peak-downsamples the 10 M samples there) and ``widget.grab()``
(lays out and paints into a pixmap), both timed, on the offscreen platform unless another one is set; both
widgets 1200 × 600 and shown. The data has 200 logger gaps (NaN), as real exports do.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import numpy as np

N = 10_000_000
SIZE = (1200, 600)
OURS_RUNS = 5
PLAIN_RUNS = 3
T0 = 1_773_800_100_000  # 2026-03-18 10:15 Asia/Shanghai, 1 s samples → 116 days


def _data() -> tuple[np.ndarray, np.ndarray]:
    times = T0 + np.arange(N, dtype=np.int64) * 1000
    rng = np.random.default_rng(7)
    day = np.sin(np.arange(N) / 86_400.0 * 2 * np.pi)
    values = 300.0 + 120.0 * day + rng.normal(0.0, 15.0, N)
    values[rng.integers(0, N, 200)] = np.nan  # logger gaps
    return times, values


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    del tmp  # nothing written
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    from desktop_app.ui.measure_charts import Series, TimeSeriesChart

    times, values = _data()

    chart = TimeSeriesChart()
    chart.resize(*SIZE)
    chart.show()
    app.processEvents()
    t = time.perf_counter()
    chart.set_series([Series("p", "有功功率", "kW", times, values)])
    chart.grab()
    load = time.perf_counter() - t
    full: list[float] = []
    zoom: list[float] = []
    first, last = int(times[0]), int(times[-1])
    for i in range(OURS_RUNS):
        t = time.perf_counter()
        chart.set_x_range(first + i * 1000, last - i * 1000)  # the whole series (a new range each time)
        chart.grab()  # the range change clips and downsamples; the grab paints
        full.append(time.perf_counter() - t)
        start = first + (i + 1) * 86_400_000
        t = time.perf_counter()
        chart.set_x_range(start, start + 6 * 3_600_000)  # six hours of it
        chart.grab()
        zoom.append(time.perf_counter() - t)
    chart.close()
    chart.deleteLater()

    plain = pg.PlotWidget()
    plain.resize(*SIZE)
    plain.show()
    app.processEvents()
    x = (times - times[0]) / 1000.0
    plain.plot(x, values)
    plain.grab()  # first frame builds the path cache; not counted
    reference: list[float] = []
    for i in range(PLAIN_RUNS):
        t = time.perf_counter()
        plain.setXRange(i, x[-1] - i, padding=0)
        plain.grab()
        reference.append(time.perf_counter() - t)
    plain.close()
    plain.deleteLater()
    app.processEvents()

    ours, ref, z = statistics.median(full), statistics.median(reference), statistics.median(zoom)
    target = "≤ 50 ms and ≥ 30× faster"
    return [
        ("曲线全景一帧 10 M points, whole span, median of 5", f"{ours * 1000:.1f} ms",
         f"{ref * 1000:.0f} ms plain PlotWidget().plot (median of 3)", f"{ref / ours:.0f}×", target),
        ("曲线局部一帧 10 M points, 6 h shown, median of 5", f"{z * 1000:.1f} ms",
         f"{ref * 1000:.0f} ms plain (whole span)", f"{ref / z:.0f}×", "≤ 50 ms"),
        ("载入 set_series 10 M points + first frame", f"{load * 1000:.0f} ms", "", "", "< 1 s"),
    ]
