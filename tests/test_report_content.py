"""The diagnosis report built from a case (model, PDF through poppler), the annex workbook, and ``export_all``."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image as PILImage
from PIL import ImageStat

from desktop_app.calculations.energy import display_tce
from desktop_app.domain.errors import ExportCancelled, ReportFontError
from desktop_app.operations import export, measures, outputs, summary, workflow
from desktop_app.operations.annex_xlsx import LIST_COLUMNS, build_workbook
from desktop_app.operations.report_content import build_report
from desktop_app.reporting import model as m
from desktop_app.reporting.pdf import render_bytes
from desktop_app.storage import case_export
from desktop_app.storage.casefile import CaseFile

OUTLINE = ["摘要", "诊断说明", "企业概况", "能源消费状况", "能效指标与对标", "主要用能设备诊断", "能源管理诊断",
           "能源计量诊断", "节能潜力与措施建议", "结论与企业反馈", "附件"]
COVER = ["统一社会信用代码", "所在地区", "所属行业", "诊断类型", "服务机构", "任务书编号", "诊断基准日期", "诊断期",
         "现场诊断日期", "诊断组成员"]
SHEETS = ["能源消费", "产品能耗", "设备清单", "计量器具台账", "计量配备率", "节能措施", "测量统计", "意向企业名单"]


# --- fixtures: the demo case, its report and PDF, built once per module --------------------------------------------
@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("report_content")
    with pytest.MonkeyPatch.context() as mp:  # the autouse fixture is per test; these module fixtures need their own
        mp.setenv("JNZD_DATA_DIR", str(root / "data"))
        mp.setenv("JNZD_USER", "测试工程师")
        mp.setenv("JNZD_LANG", "zh")
        yield root


@pytest.fixture(scope="module")
def demo(env: Path) -> Path:
    from desktop_app.operations.demo import build_demo

    return build_demo(env / "demo.jnzd")


@pytest.fixture(scope="module")
def report(demo: Path) -> m.Report:
    with CaseFile.open(demo, read_only=True) as case:
        return build_report(case)


@pytest.fixture(scope="module")
def pdf(env: Path, report: m.Report) -> Path:
    path = env / "demo_report.pdf"
    path.write_bytes(render_bytes(report))
    return path


@pytest.fixture(scope="module")
def workbook_bytes(demo: Path) -> bytes:
    with CaseFile.open(demo, read_only=True) as case:
        return build_workbook(case)


def _walk(chapters: list[m.Chapter] | tuple[m.Chapter, ...]) -> Iterator[m.Chapter]:
    for c in chapters:
        yield c
        yield from _walk(list(c.sections))


def _blocks(report: m.Report) -> list[m.Block]:
    return [b for c in _walk(list(report.chapters)) for b in c.blocks]


def _texts(report: m.Report) -> str:
    """Every text of the model (titles, paragraphs, cells, key figures) on its own line."""
    out = [report.title, report.subtitle, report.enterprise, report.agency, report.date_text]
    out += [f"{k}：{v}" for k, v in report.cover_rows]
    for c in _walk(list(report.chapters)):
        out.append(c.title)
        for b in c.blocks:
            match b:
                case m.Paragraph() | m.Note():
                    out.append(b.text)
                case m.KeyFigures():
                    out += [f"{label} {value} {unit}" for label, value, unit in b.items]
                case m.Table():
                    out += [b.caption, *b.notes, *(" ".join(r) for r in b.rows)]
                    out += [" ".join(b.total_row)] if b.total_row else []
                case m.BarChart() | m.LineChart():
                    out.append(b.title)
                case m.Image():
                    out.append(b.caption)
    return "\n".join(out)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"poppler's {name} is not installed")
    return path


def _pdf_text(path: Path) -> str:
    text = subprocess.run([_tool("pdftotext"), "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return re.sub(r"[ \u00a0]+", "", text)  # -layout spaces CJK text by measured gaps


# --- the report model ---------------------------------------------------------------------------------------------
def test_chapters_follow_the_outline(report: m.Report) -> None:
    assert [c.title for c in report.chapters] == OUTLINE
    assert [label for label, _ in report.cover_rows] == COVER
    cover = dict(report.cover_rows)
    assert cover["统一社会信用代码"] == "91410782MA9K3C7E2M"
    assert cover["诊断组成员"] == "李明、王芳、赵强"
    assert cover["诊断期"] == "2025-01-01 至 2025-12-31"
    description = report.chapters[1]
    assert [s.title for s in description.sections] == ["诊断目的", "诊断依据", "诊断范围与边界", "诊断期与对比期",
                                                       "诊断方法与过程", "数据处理约定"]
    basis = next(b for b in description.sections[1].blocks if isinstance(b, m.Table))
    editions = {row[2] for row in basis.rows}
    assert {"GB/T 2589-2020", "GB 16780-2021", "GB 18613-2020", "GB 20052-2024", "GB 17167-2006"} <= editions
    annex = [s.title for s in report.chapters[-1].sections]
    for words in ("诊断清单", "设备清单", "计量器具台账", "节能措施", "测量统计", "现场照片", "计算结果"):
        assert any(words in t for t in annex), words
    assert report.enterprise == "河南中岳建材有限公司" and report.agency == "中原节能诊断服务有限公司"
    assert report.draft  # the demo case is a draft


def test_key_figures_come_from_the_case(demo: Path, report: m.Report) -> None:
    with CaseFile.open(demo, read_only=True) as case:
        s = summary.summarize(case)
        register = measures.register(case)
        totals = measures.totals(case)
        newest = case.journal_stats()[1]
    figures = next(b for b in report.chapters[0].blocks if isinstance(b, m.KeyFigures))
    items = {label: (value, unit) for label, value, unit in figures.items}
    assert items["综合能耗（当量值）"] == (s.energy_tce, "tce") and s.energy_tce == "168498.64"
    assert items["节能措施"] == (str(len(register)), "项") and len(register) == 11
    assert items["预计节能量（当量值）"] == (display_tce(totals.tce_equivalent), "tce/a")
    assert all(unit for _, _, unit in figures.items), "every key figure carries its unit"
    assert report.created is not None and report.created.isoformat().startswith(newest[:19])


def test_chapters_carry_the_case_data(report: m.Report) -> None:
    text = _texts(report)
    for words in ("GB/T 2589-2020", "外购电力", "0.1229 kgce/kWh", "熟料单位产品煤耗", "M-06 熟料拉链机电机",
                  "JO2-42-4", "疑似淘汰", "配备率", "25.0", "JN-01 余热发电系统优化", "静态回收期", "非常满意",
                  "陈建国", "G-S-07 压缩空气泄漏率【不符合", "尚待补充或核查的诊断清单条目"):
        assert words in text, words
    blocks = _blocks(report)
    bars = [b for b in blocks if isinstance(b, m.BarChart)]
    lines = [b for b in blocks if isinstance(b, m.LineChart)]
    assert any("能源消费结构" in b.title and b.unit == "%" for b in bars)
    assert any("节能量" in b.title for b in bars) and any("回收期" in b.title for b in bars)
    assert any("分月" in c.title and c.x[0] == "1月" for c in lines)
    profile = next(c for c in lines if "日负荷曲线" in c.title)
    assert len(profile.x) == 24 and profile.unit == "kW" and len(profile.series) >= 2
    photos = [b for b in blocks if isinstance(b, m.Image)]
    assert len(photos) == 4 and all(re.match(r"(G-[A-Z]-\d\d|JC1-\d\d) ", p.caption) for p in photos)
    # every table column that holds numbers names its unit, in the header or in a unit column
    for t in (b for b in blocks if isinstance(b, m.Table)):
        assert all(len(r) == len(t.columns) for r in t.rows)


def test_equipment_grades_are_tabulated_per_type(report: m.Report) -> None:
    equipment = report.chapters[5]
    grades = next(s for s in equipment.sections if s.title == "能效等级判定")
    tables = [b for b in grades.blocks if isinstance(b, m.Table)]
    assert sum(len(t.rows) for t in tables) == 21
    motors = next(t for t in tables if t.caption.startswith("三相异步电动机"))
    header = [c.title for c in motors.columns]
    assert "额定效率" in header and "限值 1/2/3 级" in header
    m06 = next(r for r in motors.rows if r[0] == "M-06")
    assert m06[-1] == "低于能效限定值" and "85.5" in m06


# --- the PDF ------------------------------------------------------------------------------------------------------
def test_pdf_text_has_the_key_figures(pdf: Path, report: m.Report) -> None:
    text = _pdf_text(pdf)
    figures = next(b for b in report.chapters[0].blocks if isinstance(b, m.KeyFigures))
    items = {label: value for label, value, _ in figures.items}
    for words in ("企业节能诊断报告", "河南中岳建材有限公司", "目录", "1摘要", "11附件", items["综合能耗（当量值）"],
                  items["预计节能量（当量值）"], items["节能措施"] + "项", "tce/a", "附件6现场照片"):
        assert words.replace(" ", "") in text, words


def test_pdf_fonts_are_embedded(pdf: Path) -> None:
    out = subprocess.run([_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert row.split()[-5] == "yes", row


def test_first_pages_are_not_blank(pdf: Path, tmp_path: Path) -> None:
    subprocess.run([_tool("pdftoppm"), "-r", "30", "-f", "1", "-l", "8", "-png", str(pdf), str(tmp_path / "p")],
                   check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == 8
    for png in images:
        with PILImage.open(png) as im:
            grey = im.convert("L")
            w, h = grey.size
            stddev = ImageStat.Stat(grey.crop((w // 8, h // 8, w - w // 8, h - h // 8))).stddev[0]
        assert stddev > 4, (png.name, stddev)


def test_same_case_gives_the_same_pdf(demo: Path, pdf: Path) -> None:
    with CaseFile.open(demo, read_only=True) as case:
        again = render_bytes(build_report(case))
    assert again == pdf.read_bytes()


def test_an_approved_case_is_not_a_draft(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "approved.jnzd"
    shutil.copyfile(demo, path)
    with CaseFile.open(path) as case:
        workflow.transition(case, "submit")
        workflow.transition(case, "approve")
        assert not build_report(case).draft


def test_an_empty_case_says_what_is_missing(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "empty.jnzd", as_of_date="2026-03-20") as case:
        report = build_report(case)
        workbook = build_workbook(case)
    assert [c.title for c in report.chapters] == OUTLINE
    assert report.draft
    text = _texts(report)
    for words in ("尚未填写能源消费数据", "尚未填写节能措施", "尚未选择诊断清单模板", "尚未填写重点用能设备清单",
                  "尚未填写计量器具台账", "“企业名称”未填写", "（企业名称尚未填写）"):
        assert words in text, words
    path = tmp_path / "empty.pdf"
    path.write_bytes(render_bytes(report))
    pdf_text = _pdf_text(path)
    assert "尚未填写能源消费数据" in pdf_text and "企业节能诊断报告" in pdf_text
    wb = load_workbook(io.BytesIO(workbook))
    assert wb.sheetnames == SHEETS
    assert wb["意向企业名单"]["A2"].value == 1


# --- the workbook -------------------------------------------------------------------------------------------------
def test_workbook_sheets_and_intention_list(workbook_bytes: bytes) -> None:
    wb = load_workbook(io.BytesIO(workbook_bytes))
    assert wb.sheetnames == SHEETS
    ws = wb["意向企业名单"]
    assert tuple(c.value for c in ws[1]) == LIST_COLUMNS
    row = {h: c for h, c in zip(LIST_COLUMNS, ws[2], strict=True)}
    assert row["企业名称"].value == "河南中岳建材有限公司"
    assert row["所在地市"].value == "新乡市" and row["所在区县"].value == "辉县市"
    assert row["所属行业"].value == "C30 非金属矿物制品业"
    assert row["组织机构代码"].value == "MA9K3C7E-2"
    assert row["节能诊断类型"].value == "重点行业节能诊断"
    assert row["提供服务的机构"].value == "中原节能诊断服务有限公司"
    assert row["是否中小企业"].value == "是（中型）"
    for key in ("序号", "上年度综合能源消费量（吨标准煤）"):
        assert row[key].data_type == "n" and isinstance(row[key].value, int | float), key
    assert row["序号"].value == 1 and row["上年度综合能源消费量（吨标准煤）"].value == 168520
    for sheet in wb:
        assert sheet.freeze_panes is not None, sheet.title
        assert all(c.font.b for c in sheet[1] if c.value is not None), sheet.title
        assert sheet["A1"].font.name == "宋体"


def test_workbook_numbers_are_numbers(workbook_bytes: bytes) -> None:
    wb = load_workbook(io.BytesIO(workbook_bytes))
    ws = wb["设备清单"]
    header = [c.value for c in ws[1]]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if isinstance(r[0], int)]
    assert len(rows) == 21
    grade = header.index("能效判定")
    assert all(r[grade] for r in rows)
    m06 = next(r for r in rows if r[1] == "M-06")
    assert m06[grade] == "低于能效限定值" and m06[header.index("淘汰核查")] == "淘汰"
    assert m06[header.index("指标值")] == 85.5 and m06[header.index("3级限值（能效限定值）")] == 89.6
    energy = wb["能源消费"]
    head = [c.value for c in energy[1]]
    coal = next(r for r in energy.iter_rows(min_row=2) if r[1].value == "原煤（烟煤）")
    for title in ("消费量（计量单位）", "当量值（tce）", "CO2 排放（t）", "费用（万元）"):
        cell = coal[head.index(title)]
        assert cell.data_type == "n" and isinstance(cell.value, int | float), title
        assert cell.number_format != "General", title
    total = next(r for r in energy.iter_rows(min_row=2) if r[0].value == "合计")
    assert f"{total[head.index('当量值（tce）')].value:.2f}" == "168498.64"
    measures_ws = wb["节能措施"]
    mh = [c.value for c in measures_ws[1]]
    assert "年节约电力（kWh/a）" in mh and "静态回收期（年）" in mh and "企业决定" in mh
    jn01 = next(r for r in measures_ws.iter_rows(min_row=2, values_only=True) if r[1] == "JN-01")
    assert jn01[mh.index("年节约电力（kWh/a）")] == 4800000 and jn01[mh.index("投资（万元）")] == 680
    assert wb["测量统计"]["H2"].data_type == "n"


def test_same_case_gives_the_same_workbook(demo: Path, workbook_bytes: bytes) -> None:
    with CaseFile.open(demo, read_only=True) as case:
        assert build_workbook(case) == workbook_bytes
        newest = case.journal_stats()[1]
    # no clock anywhere: the document dates and every zip member's date are the case's last change
    when = dt.datetime.fromisoformat(newest).astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    props = load_workbook(io.BytesIO(workbook_bytes)).properties
    assert props.created == when and props.modified == when
    with zipfile.ZipFile(io.BytesIO(workbook_bytes)) as z:
        assert {i.date_time for i in z.infolist()} == {(*when.timetuple()[:5], when.second // 2 * 2)}  # 2 s steps


# --- export_all ---------------------------------------------------------------------------------------------------
def test_export_all_writes_report_annexes_and_a_bundle_that_opens_back(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return True

    result = outputs.export_all(demo, out, progress=progress)
    assert set(result) == {"诊断报告", "附表", "上报数据包"}
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.values())
    assert result["诊断报告"].name.endswith("_诊断报告.pdf") and result["附表"].name.endswith("_附表.xlsx")
    assert result["诊断报告"].read_bytes().startswith(b"%PDF")
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    manifest = export.verify(result["上报数据包"])
    assert {"report.pdf", "tables.xlsx", "case.json"} <= set(manifest.names)
    back = export.open_bundle(result["上报数据包"], tmp_path / "back.jnzd", user="t")
    with CaseFile.open(demo, read_only=True) as case, CaseFile.open(back, read_only=True) as reopened:
        original, restored = case_export.dump_tables(case), case_export.dump_tables(reopened)
    assert set(original) == set(restored)
    for table in original:
        if table != "journal":
            assert restored[table] == original[table], table
    journal, extra = original["journal"], restored["journal"]
    assert extra[:len(journal)] == journal and len(extra) > len(journal)


def test_export_all_stops_when_cancelled(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    calls: list[float] = []

    def progress(fraction: float) -> bool:
        calls.append(fraction)
        return fraction < 0.5

    with pytest.raises(ExportCancelled):
        outputs.export_all(demo, out, progress=progress)
    assert not out.exists() or not any(out.iterdir())
    assert calls and calls[-1] >= 0.5


def test_export_all_without_a_cjk_font_fails_in_one_line(demo: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.reporting import pdf as pdf_module

    def no_font(font_path: Path | None = None) -> None:
        raise ReportFontError(tried="（测试）没有字体")

    monkeypatch.setattr(pdf_module, "report_font", no_font)
    out = tmp_path / "out"
    with pytest.raises(ReportFontError) as info:
        outputs.export_all(demo, out)
    assert "\n" not in info.value.message() and "字体" in info.value.message()
    assert not out.exists() or not any(out.iterdir())


def test_numbers_use_gb_t_8170_rounding() -> None:
    from desktop_app.operations.report_content_base import num, qty

    assert num(Decimal("2.345")) == "2.34" and num(Decimal("2.355")) == "2.36"  # half to even
    assert num(Decimal("-0.001")) == "0.00" and num(None) == "—" and num(float("nan")) == "—"
    assert qty(Decimal("96000")) == "96000" and qty(Decimal("1.005")) == "1.00"
