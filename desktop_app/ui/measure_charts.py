"""Measurement charts on pyqtgraph (public API; the code is in ``measure_charts_*.py``).

``TimeSeriesChart`` shows logged series against the series' local time (two unit axes, crosshair read-out, range
selector, annotations) and stays interactive at 10 M points; ``DurationChart``, ``HistogramChart``,
``ScatterChart`` and ``DayTypeChart`` are the statistical views. All export PNG and SVG.
"""

from __future__ import annotations

from desktop_app.ui.measure_charts_base import ChartBase, ZonedDateAxis, format_value
from desktop_app.ui.measure_charts_stats import DayTypeChart, DurationChart, HistogramChart, ScatterChart
from desktop_app.ui.measure_charts_time import Series, TimeSeriesChart

__all__ = ["ChartBase", "DayTypeChart", "DurationChart", "HistogramChart", "ScatterChart", "Series",
           "TimeSeriesChart", "ZonedDateAxis", "format_value"]
