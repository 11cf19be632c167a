"""The report as pure data: what the PDF says, not how it looks.

A builder turns a case into a :class:`Report`; a renderer (``pdf.render``) lays it out. Every text is plain text
(no markup: the renderer escapes it, ``\\n`` is a line break); every number that is printed is already formatted
by the builder, so the renderer never rounds. Charts take floats because they are drawn to scale.

Numbering is the renderer's job: chapters (1, 1.1, 1.1.1), tables (表 n) and figures (图 n, charts and photos)
are numbered in reading order across the whole report. The classes only validate their own shape.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "right", "center"]
NoteKind = Literal["info", "warning"]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


@dataclass(frozen=True)
class Paragraph:
    """Body text; each ``\\n`` starts a new (indented) line."""

    text: str


@dataclass(frozen=True)
class KeyFigures:
    """A grid of headline numbers: ``(label, value, unit)``, e.g. ``("综合能耗（当量值）", "12 345.6", "tce")``."""

    items: Sequence[tuple[str, str, str]]

    def __post_init__(self) -> None:
        for item in self.items:
            _require(len(item) == 3, f"KeyFigures item must be (label, value, unit): {item!r}")


@dataclass(frozen=True)
class Column:
    """A table column. ``unit`` is printed in the header; ``width`` in millimetres (None: fitted to the content)."""

    title: str
    unit: str = ""
    align: Align = "left"
    width: float | None = None

    def __post_init__(self) -> None:
        _require(self.align in ("left", "right", "center"), f"Column align must be left/right/center: {self.align!r}")
        _require(self.width is None or self.width > 0, f"Column width must be positive (mm): {self.width!r}")


@dataclass(frozen=True)
class Table:
    """A data table; long tables split across pages and repeat the header row. Numbered "表 n  caption"."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    caption: str
    notes: Sequence[str] = ()
    total_row: Sequence[str] | None = None

    def __post_init__(self) -> None:
        n = len(self.columns)
        _require(n > 0, f"Table '{self.caption}' has no columns")
        for i, row in enumerate(self.rows):
            _require(len(row) == n, f"Table '{self.caption}' row {i + 1} has {len(row)} cells, expected {n}")
        if self.total_row is not None:
            _require(len(self.total_row) == n, f"Table '{self.caption}' total row has {len(self.total_row)} cells")


def _check_series(title: str, n: int, series: Sequence[tuple[str, Sequence[float]]]) -> None:
    _require(len(series) > 0, f"Chart '{title}' has no series")
    for name, values in series:
        _require(len(values) == n, f"Chart '{title}' series '{name}' has {len(values)} values, expected {n}")
        _require(all(math.isfinite(v) for v in values), f"Chart '{title}' series '{name}' has a non-finite value")


@dataclass(frozen=True)
class BarChart:
    """Grouped vertical bars: one group per category, one bar per series. ``unit`` labels the value axis."""

    title: str
    categories: Sequence[str]
    series: Sequence[tuple[str, Sequence[float]]]
    unit: str = ""

    def __post_init__(self) -> None:
        _require(len(self.categories) > 0, f"Chart '{self.title}' has no categories")
        _check_series(self.title, len(self.categories), self.series)


@dataclass(frozen=True)
class LineChart:
    """Lines over ``x``: labels (evenly spaced categories, e.g. months) or numbers (a numeric x axis)."""

    title: str
    x: Sequence[str] | Sequence[float]
    series: Sequence[tuple[str, Sequence[float]]]
    unit: str = ""
    x_unit: str = ""

    def __post_init__(self) -> None:
        _require(len(self.x) > 1, f"Chart '{self.title}' needs at least two x values")
        numeric = [isinstance(v, int | float) for v in self.x]
        _require(all(numeric) or not any(numeric), f"Chart '{self.title}' mixes text and numbers on the x axis")
        _check_series(self.title, len(self.x), self.series)

    @property
    def numeric_x(self) -> bool:
        return isinstance(self.x[0], int | float)


@dataclass(frozen=True)
class Image:
    """A photo or scanned figure (JPEG or PNG bytes), scaled to the text width and ``max_height_mm``."""

    data: bytes
    caption: str
    max_height_mm: float = 100.0

    def __post_init__(self) -> None:
        _require(len(self.data) > 0, f"Image '{self.caption}' is empty")
        _require(self.max_height_mm > 0, f"Image '{self.caption}' max_height_mm must be positive")


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class Note:
    """A boxed remark: ``info`` (grey) or ``warning`` (amber)."""

    text: str
    kind: NoteKind = "info"

    def __post_init__(self) -> None:
        _require(self.kind in ("info", "warning"), f"Note kind must be info/warning: {self.kind!r}")


Block = Paragraph | KeyFigures | Table | BarChart | LineChart | Image | PageBreak | Note


@dataclass(frozen=True)
class Chapter:
    """A numbered chapter (or section, when nested in ``sections``): its blocks come before its sections."""

    title: str
    blocks: Sequence[Block] = ()
    sections: Sequence[Chapter] = ()


@dataclass(frozen=True)
class Report:
    """The whole report.

    ``meta`` goes into the PDF's document information (keys such as ``case_id``, ``app_version``).
    ``created`` is the PDF's creation date (the model's, never the clock's: same model, same bytes);
    None writes a fixed date.
    """

    title: str
    subtitle: str
    enterprise: str
    agency: str
    date_text: str
    draft: bool = True
    meta: dict[str, str] = field(default_factory=dict)
    cover_rows: Sequence[tuple[str, str]] = ()
    chapters: Sequence[Chapter] = ()
    created: dt.datetime | None = None

    def __post_init__(self) -> None:
        _require(bool(self.title.strip()), "Report title is empty")
        for row in self.cover_rows:
            _require(len(row) == 2, f"Cover row must be (label, value): {row!r}")
