"""Issue-7 figures: building and rendering the demo's report, a long report (the demo's chapters repeated to 60 pages
or more, the size tests/test_report_pdf.py renders), the Excel annexes, and the whole export (report, annexes,
bundle), next to a bare ``zipfile`` write of the same bundle members and a bare verify."""

from __future__ import annotations

import dataclasses
import math
import statistics
import time
import zipfile
from pathlib import Path

from desktop_app.operations import annex_xlsx, export, outputs
from desktop_app.operations.demo import build_demo
from desktop_app.operations.report_content import build_report
from desktop_app.reporting.pdf import render_bytes
from desktop_app.storage.casefile import CaseFile

LONG_PAGES = 60


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    case_path = build_demo(tmp / "report-demo.jnzd")
    build, render, xlsx = [], [], []
    with CaseFile.open(case_path, read_only=True) as case:
        for _ in range(3):
            t0 = time.perf_counter()
            report = build_report(case)
            build.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            pdf = render_bytes(report)
            render.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            annex_xlsx.build_workbook(case)
            xlsx.append(time.perf_counter() - t0)
        members = [(m.name, m.data if m.data is not None else (m.load() if m.load else b""))
                   for m in export.members(case, report_pdf=pdf, tables_xlsx=b"")]
    pages = _pages(pdf)
    copies = math.ceil(LONG_PAGES / pages)
    chapters = [dataclasses.replace(c, title=f"{c.title}（{k}）") for k in range(copies) for c in report.chapters]
    t0 = time.perf_counter()
    long_pdf = render_bytes(dataclasses.replace(report, chapters=chapters))
    long_render = time.perf_counter() - t0
    long_pages = _pages(long_pdf)
    t0 = time.perf_counter()
    result = outputs.export_all(case_path, tmp / "export")
    whole = time.perf_counter() - t0
    t0 = time.perf_counter()
    with zipfile.ZipFile(tmp / "bare.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    export.verify(result["上报数据包"])
    verify = time.perf_counter() - t0
    t0 = time.perf_counter()
    with zipfile.ZipFile(result["上报数据包"]) as zf:
        zf.testzip()
    bare_verify = time.perf_counter() - t0
    size = result["上报数据包"].stat().st_size / 1024**2
    return [
        ("报告内容 build the report model (demo), median of 3", f"{statistics.median(build) * 1000:.0f} ms", "", "",
         "< 1 s"),
        (f"报告渲染 render the PDF (~{pages} pages, TOC passes), median", f"{statistics.median(render):.2f} s", "", "",
         "< 10 s"),
        (f"长报告渲染 render a long PDF ({long_pages} pages: the demo's chapters × {copies})", f"{long_render:.2f} s",
         "", "", f"≤ 15 s for ≥ {LONG_PAGES} pages"),
        ("Excel 附表 build the workbook, median", f"{statistics.median(xlsx) * 1000:.0f} ms", "", "", "< 2 s"),
        (f"导出全部 export report + annexes + bundle ({size:.1f} MB)", f"{whole:.2f} s",
         f"{bare:.2f} s bare zipfile of the same members", f"{whole / bare:.1f}×", "< 30 s, off the UI thread"),
        ("校验数据包 verify (manifest, every SHA-256, case.json schema)", f"{verify * 1000:.0f} ms",
         f"{bare_verify * 1000:.0f} ms zipfile.testzip (CRC only)", f"{verify / bare_verify:.1f}×", "< 5 s"),
    ]
