"""Report blocks → reportlab flowables: text, key figures, tables, photos, notes (charts: ``pdf_charts``).

Tables and figures are numbered here, in reading order, once per report (表 n, 图 n).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreakIfNotEmpty,
    Paragraph,
    Spacer,
)
from reportlab.platypus import (
    Image as RLImage,
)
from reportlab.platypus import (
    Table as RLTable,
)

from desktop_app.reporting import model as m
from desktop_app.reporting.pdf_charts import bar_chart, line_chart
from desktop_app.reporting.pdf_styles import (
    ACCENT,
    CELL_SIZE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    GRID,
    HEAD_FILL,
    INFO_BAR,
    INFO_FILL,
    MUTED,
    TOTAL_FILL,
    WARN_BAR,
    WARN_FILL,
    ZEBRA,
    BoldParagraph,
    Styles,
    esc,
    table_style,
)

CELL_PAD = 4.0  # points left and right in a table cell
MAX_PHOTO_PIXELS = 2400  # longest side kept for a photo: ~300 dpi across the text width
BLOCK_GAP = 6.0


class DataTable(RLTable):  # type: ignore[misc]
    """A captioned table: row 0 is the caption "表 n  …", row 1 the header. Both repeat on every page the table
    runs onto, the caption there reading "续表 n  …"; so a caption never sits alone at the foot of a page."""

    continuation: tuple[str, ParagraphStyle] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if self.continuation is not None:
            text, style = self.continuation
            for part in parts[1:]:
                if isinstance(part, DataTable):
                    part.continuation = self.continuation
                    # a fresh row: the split shares the caption row's list with the first part
                    part._cellvalues[0] = [BoldParagraph(text, style), *part._cellvalues[0][1:]]
        return parts


def _gap() -> Spacer:
    """The space above a block, kept with it: a heading above the block stays with the block's start."""
    gap = Spacer(1, BLOCK_GAP)
    gap.keepWithNext = 1
    return gap


class Blocks:
    """Turns blocks into flowables, numbering tables and figures as it goes."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.tables = 0
        self.figures = 0
        self.note_more = ParagraphStyle("table-note-more", parent=styles.table_note, firstLineIndent=0)

    def flowables(self, block: m.Block) -> list[Flowable]:
        match block:
            case m.Paragraph():
                return self.paragraph(block)
            case m.KeyFigures():
                return self.key_figures(block)
            case m.Table():
                return self.table(block)
            case m.BarChart():
                return self.figure(bar_chart(block, self.styles.font), block.title)
            case m.LineChart():
                return self.figure(line_chart(block, self.styles.font), block.title)
            case m.Image():
                return self.image(block)
            case m.PageBreak():
                return [PageBreakIfNotEmpty()]  # two in a row make no blank page
            case m.Note():
                return self.note(block)
        raise TypeError(f"not a report block: {block!r}")

    # --- text ---------------------------------------------------------------------------------------------

    def paragraph(self, block: m.Paragraph) -> list[Flowable]:
        out: list[Flowable] = []
        for line in block.text.replace("\r\n", "\n").split("\n"):
            if line.strip():
                out.append(Paragraph(esc(line.strip()), self.styles.body))
            else:
                out.append(Spacer(1, 6))
        return out

    def note(self, block: m.Note) -> list[Flowable]:
        fill, bar = (WARN_FILL, WARN_BAR) if block.kind == "warning" else (INFO_FILL, INFO_BAR)
        box = RLTable([[Paragraph(esc(block.text), self.styles.note_text)]], colWidths=[FRAME_WIDTH], splitInRow=1)
        box.setStyle(table_style(self.styles.font, [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return [_gap(), box, Spacer(1, BLOCK_GAP)]

    # --- key figures --------------------------------------------------------------------------------------

    def key_figures(self, block: m.KeyFigures) -> list[Flowable]:
        items = list(block.items)
        if not items:
            return []
        n = len(items)
        per_row = n if n <= 4 else (4 if n % 4 in (0, 3) else 3)
        st = self.styles
        cells: list[list[Flowable | str]] = []
        for start in range(0, n, per_row):
            row: list[Flowable | str] = []
            for label, value, unit in items[start:start + per_row]:
                unit_markup = f' <font size="9">{esc(unit)}</font>' if unit else ""
                row.append([
                    BoldParagraph(esc(value) + unit_markup, st.figure_value),
                    Spacer(1, 2),
                    Paragraph(esc(label), st.figure_label),
                ])
            row.extend([""] * (per_row - len(row)))
            cells.append(row)
        grid = RLTable(cells, colWidths=[FRAME_WIDTH / per_row] * per_row)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        for r, row in enumerate(cells):
            for c, cell in enumerate(row):
                if cell != "":
                    commands += [
                        ("BACKGROUND", (c, r), (c, r), ZEBRA),
                        ("LINEABOVE", (c, r), (c, r), 1.5, ACCENT),
                    ]
        commands.append(("GRID", (0, 0), (-1, -1), 3, colors.white))
        grid.setStyle(table_style(st.font, commands))
        return [_gap(), grid, Spacer(1, BLOCK_GAP + 2)]

    # --- tables -------------------------------------------------------------------------------------------

    def table(self, block: m.Table) -> list[Flowable]:
        st = self.styles
        self.tables += 1
        caption_text = f"表 {self.tables}&nbsp;&nbsp;{esc(block.caption)}"
        columns = list(block.columns)
        blank = [""] * (len(columns) - 1)

        header: list[Flowable | str] = []
        for col in columns:
            text = esc(col.title)
            if col.unit:
                text += f"<br/>（{esc(col.unit)}）"
            header.append(BoldParagraph(text, st.head_cell))
        data: list[list[Flowable | str]] = [[BoldParagraph(caption_text, st.caption), *blank], header]
        for row in block.rows:
            data.append([Paragraph(esc(cell), st.cell[col.align]) for col, cell in zip(columns, row, strict=True)])
        empty = not block.rows
        if empty:
            data.append([Paragraph("（无数据）", st.cell["center"]), *blank])
        if block.total_row is not None:
            data.append([
                BoldParagraph(esc(cell), st.cell[col.align])
                for col, cell in zip(columns, block.total_row, strict=True)
            ])

        table = DataTable(data, colWidths=column_widths(block, st.font), repeatRows=(0, 1), hAlign="CENTER",
                          splitInRow=1)
        table.continuation = (f"续{caption_text}", st.caption)
        last_body = -2 if block.total_row is not None else -1
        commands: list[tuple[object, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 1), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL),
            ("INNERGRID", (0, 1), (-1, -1), 0.4, GRID),
            ("BOX", (0, 1), (-1, -1), 0.4, GRID),
            ("LINEABOVE", (0, 1), (-1, 1), 1.2, ACCENT),
            ("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, ACCENT),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 1.2, ACCENT),
        ]
        if not empty and len(block.rows) > 1:
            commands.append(("ROWBACKGROUNDS", (0, 2), (-1, last_body), [colors.white, ZEBRA]))
        if empty:
            commands.append(("SPAN", (0, 2), (-1, 2)))
        if block.total_row is not None:
            commands += [
                ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        table.setStyle(table_style(st.font, commands))

        out: list[Flowable] = [_gap(), table]
        notes = [n.strip() for n in block.notes if n.strip()]
        if len(notes) == 1:
            out.append(Paragraph("注：" + esc(notes[0]), st.table_note))
        else:  # 注：1. …  then the others aligned under the first number
            out += [
                Paragraph(f"注：1. {esc(n)}", st.table_note) if i == 1 else Paragraph(f"{i}. {esc(n)}", self.note_more)
                for i, n in enumerate(notes, 1)
            ]
        out.append(Spacer(1, BLOCK_GAP + 2))
        return out

    # --- figures ------------------------------------------------------------------------------------------

    def _figure_caption(self, title: str) -> Paragraph:
        self.figures += 1
        return BoldParagraph(f"图 {self.figures}&nbsp;&nbsp;{esc(title)}", self.styles.caption)

    def figure(self, drawing: Flowable, title: str) -> list[Flowable]:
        drawing.keepWithNext = 1  # with its caption (and a heading above stays with both)
        return [_gap(), drawing, self._figure_caption(title), Spacer(1, BLOCK_GAP)]

    def image(self, block: m.Image) -> list[Flowable]:
        max_h = min(block.max_height_mm * mm, FRAME_HEIGHT - 30 * mm)
        try:
            data, (px_w, px_h) = prepare_photo(block.data)
        except (OSError, ValueError, PILImage.DecompressionBombError) as exc:
            shown: Flowable = _Missing(FRAME_WIDTH, min(max_h, 40 * mm), f"图片无法显示（{exc}）", self.styles.font)
        else:
            scale = min(FRAME_WIDTH / px_w, max_h / px_h)
            shown = RLImage(io.BytesIO(data), width=px_w * scale, height=px_h * scale)
        return self.figure(shown, block.caption)


class _Missing(Flowable):  # type: ignore[misc]
    """A framed box saying why a photo could not be shown (the report is still written)."""

    def __init__(self, width: float, height: float, text: str, font: str) -> None:
        super().__init__()
        self.width, self.height, self.text, self.font = width, height, text, font

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(MUTED)
        c.setDash(3, 2)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(MUTED)
        c.setFont(self.font, 9)
        c.drawCentredString(self.width / 2, self.height / 2 - 3, self.text[:80])


def prepare_photo(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """JPEG/PNG bytes → bytes to embed and pixel size: upright (EXIF orientation), RGB, at most ~300 dpi.

    An upright RGB or greyscale JPEG that is small enough is embedded as it is (no re-compression).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        with PILImage.open(io.BytesIO(data)) as im:
            fmt = im.format
            if fmt not in ("JPEG", "PNG"):
                raise ValueError(f"不支持的格式 {fmt}，应为 JPEG 或 PNG")
            orientation = im.getexif().get(0x0112, 1)
            if fmt == "JPEG" and orientation == 1 and im.mode in ("RGB", "L") and max(im.size) <= MAX_PHOTO_PIXELS:
                return data, im.size
            upright = ImageOps.exif_transpose(im)
            upright.load()
    if upright.mode in ("RGBA", "LA", "P", "PA") or "transparency" in upright.info:
        rgba = upright.convert("RGBA")
        flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        upright = flat
    elif upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    if max(upright.size) > MAX_PHOTO_PIXELS:
        upright.thumbnail((MAX_PHOTO_PIXELS, MAX_PHOTO_PIXELS), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    if fmt == "JPEG":
        upright.save(out, "JPEG", quality=90, optimize=False)
    else:
        upright.save(out, "PNG", optimize=False)
    return out.getvalue(), upright.size


def column_widths(block: m.Table, font: str) -> list[float]:
    """Column widths in points that fill the text width: given widths kept, the rest fitted to the content.

    When everything fits on one line, the spare room is shared in proportion. When not, columns are served
    narrowest first, each with its natural width while that is no more than an equal share of the room left;
    the long-text columns that remain share the rest equally and wrap. So short columns (names, numbers, grades)
    never wrap because a long description is present.
    """
    columns = list(block.columns)
    fixed = [c.width * mm if c.width is not None else None for c in columns]
    rows = [*block.rows, *([block.total_row] if block.total_row is not None else [])]
    natural: list[float] = []
    for i, col in enumerate(columns):
        cell_w = max((stringWidth(str(r[i]), font, CELL_SIZE) for r in rows), default=0.0)
        head_w = max(stringWidth(col.title, font, CELL_SIZE), stringWidth(f"（{col.unit}）", font, CELL_SIZE))
        natural.append(max(cell_w, min(head_w, 6 * CELL_SIZE), 2 * CELL_SIZE) + 2 * CELL_PAD + 1)
    widths = [w if w is not None else 0.0 for w in fixed]
    auto = [i for i, w in enumerate(fixed) if w is None]
    room = max(FRAME_WIDTH - sum(widths), 15 * mm * len(auto))
    need = sum(natural[i] for i in auto)
    if auto and need <= room:
        for i in auto:
            widths[i] = natural[i] * room / need
    elif auto:
        pending = sorted(auto, key=lambda i: natural[i])
        while pending:
            share = room / len(pending)
            if natural[pending[0]] > share:
                for i in pending:
                    widths[i] = share
                break
            i = pending.pop(0)
            widths[i] = natural[i]
            room -= natural[i]
    total = sum(widths)
    if total > FRAME_WIDTH:  # given widths that overflow the page: shrink everything in proportion
        widths = [w * FRAME_WIDTH / total for w in widths]
    return widths
