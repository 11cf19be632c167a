"""PDF report renderer: a hand-built model with every block type, checked through poppler (text, fonts, pixels)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw, ImageStat

from desktop_app.domain.errors import ReportFontError
from desktop_app.reporting import fonts
from desktop_app.reporting import model as m
from desktop_app.reporting.pdf import render, render_bytes

TABLE_ROWS = 120


def _png() -> bytes:
    im = PILImage.new("RGBA", (640, 360), (230, 238, 245, 255))
    draw = ImageDraw.Draw(im)
    for i in range(8):
        draw.rectangle((40 + i * 70, 300 - i * 30, 90 + i * 70, 320), fill=(31, 78, 121, 255))
    draw.ellipse((500, 30, 600, 130), fill=(224, 123, 57, 200))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _jpeg(orientation: int = 1) -> bytes:
    """A landscape photo-like JPEG; with ``orientation`` 6 a viewer shows it rotated to portrait."""
    im = PILImage.new("RGB", (800, 500), (120, 140, 160))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 350, 800, 500), fill=(90, 90, 80))
    draw.rectangle((100, 120, 400, 360), fill=(200, 60, 40))
    draw.ellipse((550, 60, 700, 210), fill=(250, 220, 90))
    exif = PILImage.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def sample_report(*, draft: bool = True) -> m.Report:
    equipment_rows = [
        [
            str(i),
            f"{'循环水泵' if i % 3 else '空压机'} P-{i:03d}",
            "Y2-280M-4" if i % 2 else "YE3-315L-4（高效电机，2019 年更换，运行工况为连续运行，变频调节）",
            f"{55 + i % 7 * 15}",
            f"{(87.5 + i % 9 * 0.7):.1f}",
            "3 级" if i % 4 else "低于限定值",
        ]
        for i in range(1, TABLE_ROWS + 1)
    ]
    energy = m.Table(
        columns=[
            m.Column("能源品种"),
            m.Column("实物量", "", "right"),
            m.Column("计量单位", align="center"),
            m.Column("折标系数", align="right"),
            m.Column("折标准煤", "tce", "right"),
            m.Column("占比", "%", "right"),
        ],
        rows=[
            ["电力", "12 345 678", "kWh", "0.1229 kgce/kWh", "1 517.3", "41.2"],
            ["天然气", "1 234 567", "m³", "1.2143 kgce/m³", "1 499.1", "40.7"],
            ["蒸汽（0.8 MPa，180 ℃）", "5 678", "t", "0.1286 tce/t", "730.2", "19.8"],
            ["新水", "98 765", "m³", "0.0857 kgce/m³", "8.5", "0.2"],
        ],
        caption="2023 年能源消费结构",
        notes=["电力按当量值折算；等价值见表 3。", "数据来源：企业能源统计台账 <2023> & 购能发票。"],
        total_row=["合计", "", "", "", "3 685.1", "100.0"],
    )
    equipment = m.Table(
        columns=[
            m.Column("序号", align="center", width=12),
            m.Column("设备名称"),
            m.Column("型号"),
            m.Column("额定功率", "kW", "right"),
            m.Column("实测效率", "%", "right"),
            m.Column("能效等级", align="center"),
        ],
        rows=equipment_rows,
        caption="主要用能设备清单",
        notes=["能效等级依据 GB 18613-2020 判定。"],
    )
    summary = m.Chapter(
        "摘要",
        [
            m.Paragraph(
                "受××市工业和信息化局委托，诊断机构于 2024 年 5 月对企业开展了节能诊断。"
                "企业 2023 年综合能源消费量（当量值）为 3 685.1 tce，单位产品综合能耗 0.512 tce/t，"
                "优于 GB 21252 限定值。\n"
                "诊断共发现问题 12 项，提出节能措施 8 项，预计年节能量 412.6 tce，年节约费用 186.3 万元，"
                "总投资 520 万元，静态回收期 2.8 年。主要问题与措施见第 2 章。"
            ),
            m.KeyFigures([
                ("综合能耗（当量值）", "3 685.1", "tce"),
                ("综合能耗（等价值）", "5 902.4", "tce"),
                ("单位产品综合能耗", "0.512", "tce/t"),
                ("预计年节能量", "412.6", "tce"),
                ("年节约费用", "186.3", "万元"),
                ("CO₂ 减排", "1 075", "t"),
            ]),
            m.Note("本报告数据截至 2023 年 12 月 31 日；冷却水温 32 ℃ 时测得，漏损率 3.5‰。"),
        ],
    )
    energy_chapter = m.Chapter(
        "能源消费状况",
        [m.Paragraph("企业消耗的能源主要为电力、天然气和外购蒸汽。能源消费结构见表 1。"), energy],
        [
            m.Chapter(
                "逐月消费",
                [
                    m.BarChart(
                        "2023 年各月能源消费量",
                        [f"{i}月" for i in range(1, 13)],
                        [("电力", [120.5, 118, 131, 128, 140, 152, 160, 158, 141, 133, 125, 130.2]),
                         ("天然气", [140, 138, 120, 110, 100, 95, 90, 92, 101, 118, 130, 148])],
                        "tce",
                    ),
                    m.LineChart(
                        "空压站日负荷曲线",
                        [f"{h:02d}:00" for h in range(24)],
                        [("1# 空压机", [60 + (h % 12) * 3 for h in range(24)]),
                         ("2# 空压机", [40 + (h % 8) * 4 for h in range(24)])],
                        "kW",
                    ),
                    m.LineChart(
                        "冷却塔出水温度与负荷率",
                        [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
                        [("出水温度", [24.1, 24.8, 25.6, 26.9, 27.5, 28.2, 29.4, 30.1, 31.6, 32.0])],
                        "℃",
                        x_unit="负荷率 %",
                    ),
                ],
                [m.Chapter("电力", [m.Paragraph("峰谷电价差较大，建议调整空压机运行时段。")])],
            ),
        ],
    )
    equipment_chapter = m.Chapter(
        "主要用能设备诊断",
        [
            m.Paragraph("对主要用能设备进行了现场测试，设备清单及能效等级见表 2。"),
            equipment,
            m.Note("3 台电动机低于 GB 18613-2020 能效限定值，属于应淘汰设备。", "warning"),
            m.Image(_png(), "空压站能量流示意（PNG）", 70),
            m.Image(_jpeg(6), "1# 循环水泵现场照片（JPEG，EXIF 方向 6）", 80),
            m.PageBreak(),
            m.Paragraph("设备诊断小结：低效设备应按计划更换。"),
        ],
    )
    return m.Report(
        title="××化工有限公司节能诊断报告",
        subtitle="2024 年度工业节能诊断服务",
        enterprise="××化工有限公司",
        agency="××节能技术服务有限公司",
        date_text="2024 年 6 月",
        draft=draft,
        meta={"case_id": "C-2024-0001", "app_version": "0.1.0"},
        cover_rows=[("报告编号", "JNZD-2024-0001"), ("诊断类型", "重点行业节能诊断"),
                    ("所属行业", "化学原料和化学制品制造业")],
        chapters=[summary, energy_chapter, equipment_chapter, m.Chapter("结论", [m.Paragraph("企业节能潜力较大。")])],
        created=dt.datetime(2024, 6, 18, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"poppler's {name} is not installed")
    return path


def _text(pdf: Path, first: int | None = None, last: int | None = None, *, mode: str = "-layout") -> str:
    args = [_tool("pdftotext"), mode]
    if first is not None:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _squash(text: str) -> str:
    """Without spaces: pdftotext -layout spaces CJK text by measured gaps, not by the characters drawn."""
    return re.sub(r"[ \u00a0]+", "", text)


def _pages(text: str) -> list[str]:
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _has_watermark(text: str) -> bool:
    return re.search(r"草\s*稿", text) is not None  # drawn rotated: pdftotext puts each glyph on its own line


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    render(sample_report(), path)
    return path


def test_text_has_titles_figures_footer_and_contents(sample_pdf: Path) -> None:
    text = _squash(_text(sample_pdf))
    for words in ("××化工有限公司节能诊断报告", "2024年度工业节能诊断服务", "JNZD-2024-0001", "目录",
                  "1摘要", "2能源消费状况", "2.1逐月消费", "2.1.1电力", "3主要用能设备诊断", "4结论",
                  "3685.1", "5902.4", "412.6", "186.3", "万元", "tce/t", "m³", "℃", "‰",
                  "表12023年能源消费结构", "表2主要用能设备清单", "图12023年各月能源消费量",
                  "图51#循环水泵现场照片", "<2023>&购能发票", "第1页共"):
        assert words in text, words
    pages = _pages(text)
    contents = next(p for p in pages if "目录" in p)
    entries = dict(re.findall(r"^(\d(?:\.\d)*\D+?)\.+(\d+)$", contents, re.M))
    assert list(entries) == ["1摘要", "2能源消费状况", "2.1逐月消费", "2.1.1电力", "3主要用能设备诊断", "4结论"]
    assert entries["1摘要"] == "1"
    # every contents entry points at the body page whose footer carries that number and shows the heading
    for heading, number in entries.items():
        page = next(p for p in pages if f"第{number}页共" in p)
        assert heading in page, (heading, number)
    total = re.search(r"第1页共(\d+)页", text)
    assert total is not None and f"第{total.group(1)}页共{total.group(1)}页" in text


def test_every_font_is_embedded(sample_pdf: Path) -> None:
    out = subprocess.run([_tool("pdffonts"), str(sample_pdf)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        fields = row.split()
        emb = fields[-5]  # name type [encoding] emb sub uni object-id
        assert emb == "yes", row
        assert "TrueType" in row or "CID" in row, row


def test_pages_are_not_blank(tmp_path: Path) -> None:
    """Rendered (by poppler, as a viewer would) every page shows something inside the text frame; a final report,
    so the watermark cannot hide a page whose text failed to draw."""
    final = tmp_path / "final.pdf"
    render(sample_report(draft=False), final)
    subprocess.run([_tool("pdftoppm"), "-r", "40", "-png", str(final), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) >= 8
    def px(mm: float) -> int:
        return int(mm * 40 / 25.4)

    for png in images:
        with PILImage.open(png) as im:
            grey = im.convert("L")
            w, h = grey.size
            frame = grey.crop((px(25), px(26), w - px(25), h - px(23)))  # inside the margins, header and footer
            stddev = ImageStat.Stat(frame).stddev[0]
        assert stddev > 4, (png.name, stddev)


def test_long_table_splits_with_repeated_header(sample_pdf: Path) -> None:
    pages = _pages(_text(sample_pdf))
    first = next(i for i, p in enumerate(pages, 1) if "P-001" in p)
    last = next(i for i, p in enumerate(pages, 1) if "P-120" in p)
    assert last > first
    assert "续表" not in _text(sample_pdf, first)
    for page in range(first + 1, last + 1):
        text = _squash(_text(sample_pdf, page))
        assert "续表2主要用能设备清单" in text
        assert "设备名称" in text and "额定功率" in text and "能效等级" in text and "（kW）" in text
    rows = [int(n) for p in pages[first - 1:last] for n in re.findall(r"P-(\d{3})", p)]
    assert sorted(set(rows)) == list(range(1, TABLE_ROWS + 1))  # every row once, none lost at a split


def test_same_model_same_bytes() -> None:
    assert render_bytes(sample_report()) == render_bytes(sample_report())


def test_draft_watermark_only_on_drafts(tmp_path: Path) -> None:
    final = tmp_path / "final.pdf"
    draft = tmp_path / "draft.pdf"
    render(sample_report(draft=False), final)
    with draft.open("wb") as fh:
        render(sample_report(draft=True), fh)
    draft_pages = _pages(_text(draft, mode="-raw"))
    assert len(draft_pages) > 5 and all(_has_watermark(p) for p in draft_pages)
    assert not _has_watermark(_text(final, mode="-raw"))


def test_metadata_comes_from_the_model(sample_pdf: Path) -> None:
    out = subprocess.run([_tool("pdfinfo"), str(sample_pdf)], check=True, capture_output=True, text=True).stdout
    assert "××化工有限公司节能诊断报告" in out
    assert "case_id=C-2024-0001" in out
    assert re.search(r"CreationDate:.*2024", out), out
    assert "A4" in out


def test_no_font_raises_report_font_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = tmp_path / "nope.ttf"
    monkeypatch.setattr(fonts, "candidates", lambda font_path=None: [(Path(font_path or missing), 0)])
    with pytest.raises(ReportFontError) as info:
        render_bytes(sample_report(), font_path=missing)
    assert "nope.ttf" in info.value.message("zh")
    assert "TrueType" in info.value.message("zh")


def test_unusable_font_file_is_skipped_then_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font" * 100)
    monkeypatch.setattr(fonts, "candidates", lambda font_path=None: [(bogus, 0)])
    with pytest.raises(ReportFontError, match=r"bogus\.ttf"):
        render_bytes(sample_report())


def test_explicit_font_path_is_used(tmp_path: Path) -> None:
    bundled = fonts.candidates()[0][0]
    assert bundled.name == "JNZDMicroHei.ttf"
    copy = tmp_path / "custom.ttf"
    shutil.copyfile(bundled, copy)
    chosen = fonts.report_font(copy)
    assert chosen.path == copy


def test_a_font_that_maps_units_to_empty_glyphs_is_the_last_resort(monkeypatch: pytest.MonkeyPatch) -> None:
    wqy = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # maps ℃ to an empty glyph
    if not wqy.is_file():
        pytest.skip("WenQuanYi Micro Hei is not installed")
    bundled = fonts.candidates()[0]
    monkeypatch.setattr(fonts, "candidates", lambda font_path=None: [(wqy, 0), bundled])
    assert fonts.report_font().path == bundled[0]
    monkeypatch.setattr(fonts, "candidates", lambda font_path=None: [(wqy, 0)])
    chosen = fonts.report_font()
    assert chosen.path == wqy and not chosen.complete


def test_model_validation() -> None:
    with pytest.raises(ValueError, match="row 1"):
        m.Table([m.Column("a"), m.Column("b")], [["1"]], "bad")
    with pytest.raises(ValueError, match="series"):
        m.BarChart("t", ["a", "b"], [("s", [1.0])])
    with pytest.raises(ValueError):
        m.Column("a", align="justify")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        m.Note("x", kind="error")  # type: ignore[arg-type]


def test_broken_photo_and_empty_table_still_render(tmp_path: Path) -> None:
    report = dataclasses.replace(
        sample_report(),
        chapters=[m.Chapter("附件", [
            m.Image(b"\x89PNG broken", "损坏的照片"),
            m.Table([m.Column("名称"), m.Column("数量", "台", "right")], [], "空表"),
        ])],
    )
    path = tmp_path / "r.pdf"
    render(report, path)
    text = _squash(_text(path))
    assert "图片无法显示" in text and "（无数据）" in text and "表1空表" in text


def test_photos_upright_and_charts_vector(sample_pdf: Path) -> None:
    out = subprocess.run([_tool("pdfimages"), "-list", str(sample_pdf)], check=True, capture_output=True,
                         text=True).stdout
    images = [line.split() for line in out.splitlines()[2:]]
    # only the two photos are raster images (charts are vector); the EXIF-rotated JPEG is embedded upright
    assert [(row[3], row[4], row[8]) for row in images] == [("640", "360", "image"), ("500", "800", "jpeg")]


def test_heading_stays_with_the_start_of_a_long_table(sample_pdf: Path) -> None:
    pages = [_squash(p) for p in _pages(_text(sample_pdf))]
    page = next(p for p in pages if "3主要用能设备诊断" in p and "目录" not in p)
    assert "表2主要用能设备清单" in page and "P-001" in page


def test_document_id_follows_the_model_not_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    def doc_id(data: bytes) -> bytes:
        found = re.search(rb"/ID\s*\[<([0-9a-f]+)>", data)
        assert found is not None
        return found.group(1)

    first = render_bytes(sample_report())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert render_bytes(sample_report()) == first
    other = render_bytes(dataclasses.replace(sample_report(), subtitle="另一份报告"))
    assert doc_id(other) != doc_id(first)


def test_page_break_blocks_never_leave_an_empty_page(tmp_path: Path) -> None:
    report = dataclasses.replace(sample_report(draft=False), chapters=[
        m.Chapter("一", [m.Paragraph("甲"), m.PageBreak(), m.PageBreak(), m.Paragraph("乙"), m.PageBreak()]),
        m.Chapter("二", [m.Paragraph("丙")]),
    ])
    path = tmp_path / "r.pdf"
    render(report, path)
    body = [_squash(p) for p in _pages(_text(path))][2:]
    assert [("甲" in p, "乙" in p, "丙" in p) for p in body] == [(True, False, False), (False, True, False),
                                                                 (False, False, True)]


def test_sixty_pages_with_every_chapter_in_the_contents(tmp_path: Path) -> None:
    """A long report (how fast: ``make bench``, benchmarks/report.py): every chapter is listed and on its page."""
    base = sample_report()
    chapters = [dataclasses.replace(c, title=f"{c.title}（{k}）") for k in range(6) for c in base.chapters]
    path = tmp_path / "long.pdf"
    path.write_bytes(render_bytes(dataclasses.replace(base, chapters=chapters)))
    pages = len(re.findall(rb"/Type /Page\b", path.read_bytes()))
    assert pages >= 60
    text = _squash(_text(path))
    total = re.search(r"第1页共(\d+)页", text)
    assert total is not None and f"第{total.group(1)}页共{total.group(1)}页" in text
    body = _pages(text)
    assert len(body) == pages
    first = next(i for i, p in enumerate(body) if "第1页共" in p)
    contents = "".join(body[:first])  # the cover and the contents pages (numbered I, II, …) before page 1
    entries = dict(re.findall(r"^(\d+\D+?（\d）)\.+(\d+)$", contents, re.M))
    assert list(entries) == [f"{n}{c.title}" for n, c in enumerate(chapters, 1)]
    for heading, number in entries.items():
        assert heading in next(p for p in body if f"第{number}页共" in p), (heading, number)
