"""Render a :class:`~desktop_app.reporting.model.Report` as an A4 PDF with reportlab.

Layout: a cover; 目录 (table of contents with page numbers and links); the chapters, numbered 1, 1.1, 1.1.1,
each top-level chapter on a new page. Body pages carry a running header (report title, enterprise) and the footer
"第 x 页 共 y 页", counted from the first chapter page; the contents pages are numbered I, II …; the PDF's page
labels match. A draft carries a light diagonal "草稿" on every page. The PDF has bookmarks for every heading.

Determinism: same model, same font file → byte-identical PDF. reportlab runs in invariant mode, the creation date
is the model's (``Report.created``; a fixed date when None), and the document ID is a digest of the model.

Page totals and the contents' page numbers need the finished layout: the document is laid out until both are
stable (reportlab's multi-pass build; two or three passes).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import tempfile
import time
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import TimeStamp  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageBreakIfNotEmpty,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents  # type: ignore[import-untyped]

import desktop_app
from desktop_app.reporting import model as m
from desktop_app.reporting.fonts import report_font
from desktop_app.reporting.pdf_blocks import Blocks
from desktop_app.reporting.pdf_styles import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    BoldParagraph,
    Styles,
    esc,
    make_styles,
    table_style,
)

WATERMARK = "草稿"
TOC_LEVELS = 3  # 1, 1.1 and 1.1.1 are listed in 目录; deeper headings only in the PDF bookmarks
FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # creation date of a model without one


def render(report: m.Report, out: Path | BinaryIO, *, font_path: Path | None = None) -> None:
    """Write ``report`` as PDF to a path (replaced atomically) or a binary stream.

    ``font_path``: a TrueType CJK font to use first (see ``fonts.report_font``); ReportFontError if none is usable.
    """
    data = render_bytes(report, font_path=font_path)
    if isinstance(out, str | os.PathLike):
        target = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf.tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        out.write(data)


def render_bytes(report: m.Report, *, font_path: Path | None = None) -> bytes:
    """The PDF as bytes."""
    font = report_font(font_path)
    styles = make_styles(font.name)
    buf = io.BytesIO()
    doc = _ReportDoc(buf, report, styles)
    doc.multiBuild(_story(report, styles))
    return buf.getvalue()


# --- story ---------------------------------------------------------------------------------------------------


class _Heading(BoldParagraph):
    """A numbered heading: a contents entry, a bookmark and an outline item."""

    def __init__(self, number: str, title: str, level: int, style: Any) -> None:
        self.number, self.title, self.level = number, title, level
        self.key = "h" + number
        self.toc_text = f"{number}&nbsp;&nbsp;{esc(title)}"
        super().__init__(self.toc_text, style)

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, self.height + self.style.fontSize * 0.3)
        super().draw()


class _KeepWithNext(KeepTogether):  # type: ignore[misc]
    """keepWithNext for a report: a heading moves to the next page only when the space left cannot hold it and the
    start of what follows (a few lines, or a table's caption, header and first rows). reportlab's own would move a
    heading together with a whole long table, leaving the rest of the page empty."""

    FOLLOW = 70.0  # points of the following flowable that must fit under the heading

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content: list[Flowable] = self._content[:]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return content  # already at the top of a page: moving on would not help
        need = 0.0
        for i, f in enumerate(content):
            h = f.wrapOn(self.canv, aW, aH)[1]
            if i == len(content) - 1:
                h = min(h, self.FOLLOW)
            need += h + (f.getSpaceBefore() if i else 0) + f.getSpaceAfter()
        if need > aH:
            content.insert(0, self.FrameBreak())
        return content


class _Cover(Flowable):  # type: ignore[misc]
    """The cover: title block in the upper third, the cover rows in the middle, agency and date at the foot."""

    def __init__(self, report: m.Report, styles: Styles) -> None:
        super().__init__()
        self.report, self.styles = report, styles

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def _place(self, flowable: Flowable, top: float) -> float:
        """Draw centred with its top at ``top``; return its bottom."""
        w, h = flowable.wrapOn(self.canv, self.width, self.height)
        flowable.drawOn(self.canv, (self.width - w) / 2, top - h)
        return float(top - h)

    def draw(self) -> None:
        r, st = self.report, self.styles
        c = self.canv
        y = self.height * 0.80
        if r.enterprise:
            y = self._place(Paragraph(esc(r.enterprise), st.cover_subtitle), y) - 14
        y = self._place(BoldParagraph(esc(r.title), st.cover_title), y) - 6
        if r.subtitle:
            y = self._place(Paragraph(esc(r.subtitle), st.cover_subtitle), y)
        y -= 14
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.6)
        c.line(self.width * 0.25, y, self.width * 0.75, y)
        c.setLineWidth(0.5)
        c.line(self.width * 0.25, y - 3, self.width * 0.75, y - 3)
        if r.cover_rows:
            rows = [[Paragraph(esc(label) + "：", st.cover_label), Paragraph(esc(value), st.cover_value)]
                    for label, value in r.cover_rows]
            table = Table(rows, colWidths=[45 * mm, 85 * mm])
            table.setStyle(table_style(st.font, [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            self._place(table, min(y - 40, self.height * 0.50))
        foot = [p for p in (r.agency, r.date_text) if p]
        bottom = self.height * 0.06
        paras = [Paragraph(esc(t), st.cover_footer) for t in foot]
        heights = [p.wrapOn(c, self.width, self.height)[1] for p in paras]
        top = bottom + sum(heights) + 4 * (len(paras) - 1)
        for p in paras:
            top = self._place(p, top) - 4


def _story(report: m.Report, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [_Cover(report, styles)]
    toc: Any = None
    if report.chapters:
        toc = TableOfContents(levelStyles=styles.toc_levels, dotsMinLevel=0, rightColumnWidth=12 * mm,
                              tableStyle=table_style(styles.font, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        title = BoldParagraph("目&nbsp;&nbsp;&nbsp;&nbsp;录", styles.toc_title)
        story += [NextPageTemplate("front"), PageBreak(), title, toc, NextPageTemplate("body")]
    blocks = Blocks(styles)
    for i, chapter in enumerate(report.chapters, 1):
        story.append(PageBreakIfNotEmpty())  # after a PageBreak block: no empty page
        story += _chapter(chapter, str(i), 0, styles, blocks)
    if toc is not None:
        # Seeded with every entry (page numbers unknown), the first pass already lays the contents out at their
        # final length, so the page numbers settle in two passes instead of three.
        headings = [f for f in story if isinstance(f, _Heading) and f.level < TOC_LEVELS]
        toc.addEntries([(f.level, f.toc_text, 0, f.key) for f in headings])
    return story


def _chapter(chapter: m.Chapter, number: str, level: int, styles: Styles, blocks: Blocks) -> list[Flowable]:
    style = (styles.h1, styles.h2, styles.h3)[min(level, 2)]
    out: list[Flowable] = [_Heading(number, chapter.title, level, style)]
    for block in chapter.blocks:
        out += blocks.flowables(block)
    for j, section in enumerate(chapter.sections, 1):
        out += _chapter(section, f"{number}.{j}", level + 1, styles, blocks)
    return out


# --- document ------------------------------------------------------------------------------------------------


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _timestamp(created: dt.datetime | None) -> Any:
    """reportlab's TimeStamp for the model's creation date (a fixed date when None); never the clock."""
    when = created or FIXED_DATE
    offset = when.utcoffset() if when.tzinfo is not None else None
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    ts = TimeStamp(invariant=True)
    ts.t = (when.replace(tzinfo=None) - dt.datetime(1970, 1, 1)).total_seconds() - minutes * 60
    ts.lt = time.struct_time((*when.timetuple()[:6], 0, 1, -1))
    ts.YMDhms = tuple(when.timetuple()[:6])
    ts.dhh, ts.dmm = int(minutes / 60), abs(minutes) % 60
    ts.tzname = "UTC" if offset is None else when.tzname() or ""
    return ts


def model_digest(report: m.Report) -> bytes:
    """A digest of everything in the model (photos included): the seed of the PDF's document ID."""
    h = hashlib.sha256()

    def feed(value: object) -> None:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            h.update(type(value).__name__.encode())
            for f in dataclasses.fields(value):
                feed(getattr(value, f.name))
        elif isinstance(value, bytes):
            h.update(b"B%d:" % len(value) + value)
        elif isinstance(value, dict):
            h.update(b"D")
            for k in sorted(value):
                feed(k)
                feed(value[k])
        elif isinstance(value, list | tuple):
            h.update(b"L%d:" % len(value))
            for item in value:
                feed(item)
        else:
            text = repr(value).encode("utf-8")
            h.update(b"S%d:" % len(text) + text)

    feed(report)
    return h.digest()


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: BinaryIO, report: m.Report, styles: Styles) -> None:
        self.report, self.styles, self.font = report, styles, styles.font
        meta = dict(report.meta)
        version = meta.get("app_version", desktop_app.__version__)
        super().__init__(
            out,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_LEFT,
            topMargin=PAGE_HEIGHT - MARGIN_BOTTOM - FRAME_HEIGHT,
            bottomMargin=MARGIN_BOTTOM,
            title=report.title,
            author=report.agency,
            subject=" · ".join(p for p in (report.enterprise, report.subtitle) if p),
            creator=f"{desktop_app.APP_NAME} {version}",
            keywords=[f"{k}={v}" for k, v in sorted(meta.items())],
            invariant=1,
            pageCompression=1,
            lang="zh-CN",
            initialFontName=styles.font,
            initialFontSize=10.5,
            displayDocTitle=1,
        )
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.keepTogetherClass = _KeepWithNext
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._cover_page, onPageEnd=self._watermark),
            PageTemplate("front", [frame], onPage=self._front_page, onPageEnd=self._watermark),
            PageTemplate("body", [frame], onPage=self._body_page, onPageEnd=self._watermark),
        ])
        self._digest = model_digest(report)
        self._first_front: int | None = None
        self._first_body: int | None = None
        self._last_page = 0
        self._pages_assumed: int | None = None  # total physical pages the footers of this pass print
        self._pages_previous: int | None = None

    # --- passes: the footers' "共 y 页" is the previous pass's count; done when it holds ---------------------

    def _startBuild(self, filename: Any = None, canvasmaker: Any = None) -> None:
        self._pages_assumed = self._pages_previous
        self._first_front = self._first_body = None
        if canvasmaker is None:
            super()._startBuild(filename)
        else:
            super()._startBuild(filename, canvasmaker)
        pdf = self.canv._doc
        pdf._timeStamp = _timestamp(self.report.created)
        # The document ID is reportlab's digest of this signature and the document info. Its seed is the clock
        # (or SOURCE_DATE_EPOCH) unless invariant; ours is the model, so the ID names the content.
        pdf.signature = hashlib.md5(b"jnzd report", usedforsecurity=False)
        pdf.updateSignature(self._digest)

    def _allSatisfied(self) -> bool:
        self._pages_previous = self._last_page
        return bool(super()._allSatisfied()) and self._pages_assumed == self._last_page

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            page = self.canv.getPageNumber() - (self._first_body or 1) + 1
            if flowable.level < TOC_LEVELS:
                self.notify("TOCEntry", (flowable.level, flowable.toc_text, page, flowable.key))
            self.canv.addOutlineEntry(flowable.number + " " + flowable.title, flowable.key, flowable.level,
                                      closed=flowable.level >= 1)

    # --- page furniture ---------------------------------------------------------------------------------------

    def _cover_page(self, canv: Any, doc: Any) -> None:
        canv.addPageLabel(0, prefix="封面")

    def _front_page(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        if self._first_front is None:
            self._first_front = page
            canv.addPageLabel(page - 1, style="ROMAN_UPPER", start=1)
        self._header(canv)
        self._footer(canv, _roman(page - self._first_front + 1))

    def _body_page(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        if self._first_body is None:
            self._first_body = page
            canv.addPageLabel(page - 1, style="ARABIC", start=1)
        self._header(canv)
        number = page - self._first_body + 1
        if self._pages_assumed is None:
            self._footer(canv, f"第 {number} 页")
        else:
            self._footer(canv, f"第 {number} 页 共 {self._pages_assumed - self._first_body + 1} 页")

    def _header(self, canv: Any) -> None:
        r = self.report
        size, y = 8.5, PAGE_HEIGHT - 16 * mm
        right = _fit(r.enterprise, self.font, size, FRAME_WIDTH * 0.45)
        left = _fit(r.title, self.font, size, FRAME_WIDTH - stringWidth(right, self.font, size) - 12 * mm)
        canv.saveState()
        canv.setFont(self.font, size)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_LEFT, y, left)
        canv.drawRightString(MARGIN_LEFT + FRAME_WIDTH, y, right)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_LEFT, y - 2.2 * mm, MARGIN_LEFT + FRAME_WIDTH, y - 2.2 * mm)
        canv.restoreState()

    def _footer(self, canv: Any, text: str) -> None:
        canv.saveState()
        canv.setFont(self.font, 9)
        canv.setFillColor(MUTED)
        canv.drawCentredString(PAGE_WIDTH / 2, 12 * mm, text)
        canv.restoreState()

    def _watermark(self, canv: Any, doc: Any) -> None:
        self._last_page = canv.getPageNumber()
        if not self.report.draft:
            return
        canv.saveState()
        canv.setFillColor(colors.Color(0.55, 0.55, 0.55))
        canv.setFillAlpha(0.16)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(45)
        canv.setFont(self.font, 150)
        canv.drawCentredString(0, -55, WATERMARK)
        canv.restoreState()

