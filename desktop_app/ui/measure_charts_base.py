"""Shared parts of the measurement charts: translation, colours, number and time formatting in the series' zone,
a date axis that shows the series' local time whatever the machine's zone, and PNG/SVG export."""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.fonts import app_font_family

CONTEXT = "MeasureCharts"
DEFAULT_TZ = "Asia/Shanghai"
# Distinct, print-safe line colours (Tableau 10 order); the n-th series takes the n-th colour.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")
# Used when the IANA database is missing (Windows without the tzdata package): the zones our data comes from.
FIXED_OFFSETS_H = {"Asia/Shanghai": 8, "Asia/Chongqing": 8, "Asia/Harbin": 8, "Asia/Urumqi": 6, "Asia/Hong_Kong": 8,
                   "Asia/Macau": 8, "Asia/Taipei": 8, "Asia/Singapore": 8, "Asia/Tokyo": 9, "Asia/Seoul": 9,
                   "UTC": 0, "Etc/UTC": 0}
MONTH = QT_TRANSLATE_NOOP("MeasureCharts", "{month}月")
DAY = QT_TRANSLATE_NOOP("MeasureCharts", "{day}日")
MONTH_DAY = QT_TRANSLATE_NOOP("MeasureCharts", "{month}月{day}日")


def tr(text: object) -> str:
    """``text`` is a source string marked with QT_TRANSLATE_NOOP("MeasureCharts", …)."""
    return QCoreApplication.translate(CONTEXT, str(text))


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def zone(name: str) -> tzinfo:
    """The IANA zone ``name``; a fixed offset for the common ones when the IANA database is not installed."""
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        hours = FIXED_OFFSETS_H.get(name, FIXED_OFFSETS_H[DEFAULT_TZ])
        return timezone(timedelta(hours=hours), name)


def local_time(t_s: float, tz: tzinfo) -> datetime:
    return datetime.fromtimestamp(t_s, UTC).astimezone(tz)


def format_value(value: float) -> str:
    """Four significant digits without exponent (123.4, 0.01234, 1235), trailing zeros dropped; "—" if missing."""
    if not math.isfinite(value):
        return "—"
    if value == 0:
        return "0"
    decimals = max(0, min(6, 3 - math.floor(math.log10(abs(value)))))
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def axis_label(name: str, unit: str) -> str:
    return f"{name} ({unit})" if name and unit else (name or unit)


class ZonedDateAxis(pg.DateAxisItem):
    """Date axis in the series' zone, not the machine's.

    pyqtgraph's ``DateAxisItem`` places day/month/year ticks with its ``utcOffset`` (seconds *west* of UTC, as
    ``time.timezone``) and otherwise uses the machine's local time. We set ``utcOffset`` from the series' zone at the
    middle of the data (Asia/Shanghai: −28 800 s, no DST since 1991), so ticks fall on the series' local midnights,
    and write the tick labels ourselves from the zone (per tick, DST-correct) in Chinese date style.

    The plot's x coordinate is seconds since ``origin_s`` (not since 1970): coordinates near 1.7e9 lose the
    seconds in the 6 significant digits that Qt's SVG generator writes (pyqtgraph issue #2661).
    """

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        self.tz: tzinfo = zone(DEFAULT_TZ)
        self.origin_s = 0.0
        super().__init__(orientation, utcOffset=-8 * 3600, **kwargs)

    def set_origin(self, origin_s: float) -> None:
        self.origin_s = origin_s
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        o = self.origin_s
        levels = []
        seen: list[float] = []
        for spacing, ticks in super().tickValues(minVal + o, maxVal + o, size):
            if 1 <= spacing < 86400:
                # pyqtgraph aligns hour ticks to the *machine's* local hour; align them to the series' zone.
                aligned: list[float] = []
                for v in ticks:
                    offset = (local_time(v, self.tz).utcoffset() or timedelta(0)).total_seconds()
                    w = v - (v + offset) % spacing
                    if not any(abs(w - u) < spacing * 0.01 for u in seen + aligned):
                        aligned.append(w)
                ticks = aligned
            seen += ticks
            levels.append((spacing, [v - o for v in ticks]))
        return levels

    def set_zone(self, name: str, at_s: float) -> None:
        self.tz = zone(name)
        offset = local_time(at_s, self.tz).utcoffset() or timedelta(0)
        self.utcOffset = -int(offset.total_seconds())
        self.picture = None
        self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        level = getattr(self, "zoomLevel", None)  # set by tickValues on the first paint
        spec = next((s for s in level.tickSpecs if s.spacing == spacing), None) if level is not None else None
        fmt = spec.format if spec is not None else "%H:%M"
        out = []
        for v in values:
            try:
                d = local_time(v + self.origin_s, self.tz)
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            if fmt == "%Y":
                out.append(str(d.year))
            elif fmt == "%b":
                out.append(tr(MONTH).format(month=d.month))
            elif fmt == "%d":
                out.append(tr(DAY).format(day=d.day))
            elif fmt == "%a %d":
                out.append(tr(MONTH_DAY).format(month=d.month, day=d.day))
            elif fmt == "%S.%f":
                out.append(f"{d.second:02d}.{d.microsecond // 1000:03d}")
            else:
                out.append(d.strftime(fmt))
        return out


class ChartBase(QWidget):
    """A ``pg.PlotWidget`` (``self.plot``) in a widget, white, no context menu, with PNG/SVG export of the plot."""

    def __init__(self, parent: QWidget | None = None, axis_items: dict[str, pg.AxisItem] | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems=axis_items)
        self.plot_item: pg.PlotItem = self.plot.getPlotItem()
        self.view: pg.ViewBox = self.plot_item.getViewBox()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.box.addWidget(self.plot)
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom", "right"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen("#555555"))
            axis.setTextPen(pg.mkPen("#333333"))
            # Major and minor ticks only: each finer grid level is a screen of translucent lines (~10 ms a frame).
            axis.setStyle(maxTickLevel=1)

    def set_label(self, side: str, text: str) -> None:
        family = app_font_family()
        self.plot_item.setLabel(side, f'<span style="font-family:{family}">{text}</span>' if text else "",
                                color="#333333")

    def set_title(self, text: str) -> None:
        family = app_font_family()
        self.plot_item.setTitle(f'<span style="font-family:{family}; font-size:10pt">{text}</span>' if text else None,
                                color="#333333")

    def _before_export(self, svg: bool = False) -> None:
        """Hide what follows the mouse (overridden)."""

    def _after_export(self) -> None:
        """Restore what ``_before_export`` hid (overridden)."""

    def _prepare_layout(self) -> None:
        """A hidden chart gets no resize events: lay the plot out as it would be shown before exporting it."""
        if self.plot.isVisible():
            return
        if self.plot.width() < 100 or self.plot.height() < 100:
            self.plot.resize(800, 500)  # never laid out: a sensible aspect ratio
        self.plot_item.setGeometry(0, 0, self.plot.width(), self.plot.height())
        self.plot_item.layout.activate()

    def export_png(self, path: Path, width: int = 1600) -> None:
        """The plot as a PNG ``width`` pixels wide (height in the on-screen aspect ratio)."""
        self._prepare_layout()
        self._before_export()
        try:
            exporter = ImageExporter(self.plot_item)
            exporter.parameters()["width"] = int(width)
            exporter.export(str(path))
        finally:
            self._after_export()

    def export_svg(self, path: Path) -> None:
        """The plot as SVG, curves as vector paths of what is shown (downsampled for long series)."""
        self._prepare_layout()
        self._before_export(svg=True)
        try:
            with tolerant_svg_paths():
                SVGExporter(self.plot_item).export(str(path))
        finally:
            self._after_export()


def close_subpaths(d: str) -> str:
    """SVG path data with each "Z" replaced by a line back to the subpath's start ("M0,0 L5,0 L5,5 Z" → "… L0,0")."""
    out: list[str] = []
    start = ""
    for token in d.split():
        if token[0] in "Zz":
            if start:
                out.append("L" + start)
            token = token[1:]
            if not token:
                continue
        if token[0] == "M":
            start = token[1:]
        out.append(token)
    return " ".join(out)


@contextmanager
def tolerant_svg_paths() -> Iterator[None]:
    """While exporting: pyqtgraph 0.14's SVG exporter reads path data as "x,y" tokens only and fails on the "Z"
    that current Qt writes for closed paths (view-box borders, clip paths, fills, symbols; pyqtgraph issue #3485).
    Its module-level ``correctCoordinates`` is wrapped to rewrite "Z" first, and restored afterwards."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = getattr(module, "correctCoordinates")  # noqa: B009 (module attribute, not typed)

    def correct(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for element in node.getElementsByTagName("path"):
            element.setAttribute("d", close_subpaths(element.getAttribute("d")))
        return original(node, defs, item, options)

    setattr(module, "correctCoordinates", correct)  # noqa: B010
    try:
        yield
    finally:
        setattr(module, "correctCoordinates", original)  # noqa: B010


def finite_xy(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError(f"x and y differ in length: {x.shape} vs {y.shape}")
    keep = np.isfinite(x) & np.isfinite(y)
    return (x, y) if keep.all() else (x[keep], y[keep])
