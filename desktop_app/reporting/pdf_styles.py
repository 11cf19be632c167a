"""Page geometry, colours and paragraph styles of the PDF report; text escaping; the emboldened paragraph.

One CJK face serves for everything (the app ships a Hei font; no 宋体 is guaranteed on the user's machine).
Headings get their weight from a thin outline stroke around the glyphs ("fill then stroke" text rendering),
the usual way to embolden a font that has no bold face; the text stays real, searchable text.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, TableStyle  # type: ignore[import-untyped]
from reportlab.platypus import paragraph as _rl_paragraph

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 25 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

BODY_SIZE = 10.5  # 五号
BODY_LEADING = 18.0  # about 1.5 lines for a CJK face
CELL_SIZE = 9.0  # 小五
CELL_LEADING = 12.0

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f4e79")  # dark steel blue: headings, rules, table header
RULE = colors.HexColor("#9aa7b4")
HEAD_FILL = colors.HexColor("#dfe7f0")
ZEBRA = colors.HexColor("#f3f6f9")
TOTAL_FILL = colors.HexColor("#e6ebf0")
GRID = colors.HexColor("#b8c2cc")
INFO_FILL = colors.HexColor("#eef2f6")
INFO_BAR = colors.HexColor("#7b8fa3")
WARN_FILL = colors.HexColor("#fff4e0")
WARN_BAR = colors.HexColor("#d98c00")
# Chart series: distinguishable in print and for colour-blind readers (Okabe–Ito-like, muted).
SERIES = tuple(
    colors.HexColor(c) for c in ("#1f4e79", "#e07b39", "#4d9a6b", "#a05195", "#8c8c8c", "#d4b030", "#56a0d3")
)


# reportlab's CJK line breaking keeps a character that may not start a line on the line before (hanging), but its
# list is Japanese: add the Chinese full-width punctuation it lacks, so no line starts with "，" or "；".
_NO_LINE_START = "，；：？！）》〉】」』”’…·、。％‰"
for _module in (_rl_paragraph, _rl_textsplit):  # single-run paragraphs break in textsplit, the others in paragraph
    _module.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in _module.ALL_CANNOT_START)


def esc(text: str) -> str:
    """Plain text → Paragraph markup: ``& < >`` escaped, line breaks kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


class BoldParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph drawn with fill-then-stroke text: bold from a face that has no bold."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * 0.032)
        canv.setLineJoin(1)
        canv._code.append("2 Tr")  # text render mode outside BT … ET is graphics state; restoreState undoes it
        super().draw()
        canv.restoreState()


def table_style(font: str, commands: list[tuple[object, ...]]) -> TableStyle:
    """A TableStyle in the report font: reportlab sets every cell's font, and its default (Helvetica) is not
    embedded, so even a table of paragraphs must name ours."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands])


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of the report, in one font."""

    font: str
    body: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    caption: ParagraphStyle
    note_text: ParagraphStyle
    table_note: ParagraphStyle
    cell: dict[str, ParagraphStyle]
    head_cell: ParagraphStyle
    figure_label: ParagraphStyle
    figure_value: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: list[ParagraphStyle]
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    cover_footer: ParagraphStyle


def make_styles(font: str) -> Styles:
    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": font,
            "fontSize": BODY_SIZE,
            "leading": BODY_LEADING,
            "textColor": INK,
            "wordWrap": "CJK",
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    cell = {
        align: style(f"cell-{align}", fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=code)
        for align, code in (("left", TA_LEFT), ("right", TA_RIGHT), ("center", TA_CENTER))
    }
    toc_levels = [
        style("toc0", fontSize=11.5, leading=22, spaceBefore=5),
        style("toc1", fontSize=BODY_SIZE, leading=18, leftIndent=8 * mm),
        style("toc2", fontSize=9.5, leading=16, leftIndent=16 * mm, textColor=MUTED),
    ]
    return Styles(
        font=font,
        body=style("body", alignment=TA_JUSTIFY, firstLineIndent=2 * BODY_SIZE),
        h1=style("h1", fontSize=16, leading=22, spaceBefore=0, spaceAfter=10, textColor=ACCENT, keepWithNext=1),
        h2=style("h2", fontSize=13, leading=19, spaceBefore=12, spaceAfter=6, textColor=ACCENT, keepWithNext=1),
        h3=style("h3", fontSize=11.5, leading=17, spaceBefore=9, spaceAfter=4, textColor=INK, keepWithNext=1),
        caption=style("caption", fontSize=9.5, leading=14, alignment=TA_CENTER, spaceBefore=4, spaceAfter=4),
        note_text=style("note", fontSize=9.5, leading=15),
        table_note=style("table-note", fontSize=8.5, leading=12.5, textColor=MUTED, leftIndent=17, firstLineIndent=-17,
                         spaceBefore=2),
        cell=cell,
        head_cell=style("head-cell", fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_CENTER, textColor=ACCENT),
        figure_label=style("kf-label", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER),
        figure_value=style("kf-value", fontSize=15, leading=19, textColor=ACCENT, alignment=TA_CENTER),
        toc_title=style("toc-title", fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=14, textColor=INK),
        toc_levels=toc_levels,
        cover_title=style("cover-title", fontSize=26, leading=36, alignment=TA_CENTER, textColor=INK),
        cover_subtitle=style("cover-subtitle", fontSize=14, leading=22, alignment=TA_CENTER, textColor=MUTED),
        cover_label=style("cover-label", fontSize=11.5, leading=17, alignment=TA_RIGHT, textColor=MUTED),
        cover_value=style("cover-value", fontSize=11.5, leading=17, alignment=TA_LEFT),
        cover_footer=style("cover-footer", fontSize=13, leading=22, alignment=TA_CENTER),
    )
