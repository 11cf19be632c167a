"""Issue-8 figures: the supervisor's portfolio of 300 and 3000 case files (``jnzd demo-portfolio``), read cold
(no index: every file read, by worker processes), warm (the index: nothing changed) and after one case changed,
next to the floor of opening each file with plain sqlite3 and one SELECT of the enterprise name.

"Cold" means no index; the OS file cache is warm (the files were just written), as it is for a supervisor who
copied the folder in. Generation time is printed, not judged. Run alone: ``python benchmarks/portfolio.py``.

Also the review window's filter over 3000 rows (``filter_rows``, runs alone: nothing is generated): the seven
filter changes tests/ui/test_review_window.py makes, next to the same predicates over the same rows in plain Python.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.operations import demo_portfolio, portfolio
from desktop_app.storage import portfolio_index
from desktop_app.storage.casefile import CaseFile

Row = tuple[str, str, str, str, str]


def _floor(folder: Path) -> float:
    """Open every case file with plain sqlite3 (read-only) and read the enterprise name: what any reader pays."""
    t0 = time.perf_counter()
    for p in portfolio.case_files([folder]):
        try:
            conn = sqlite3.connect(p.as_uri() + "?mode=ro", uri=True)
            try:
                conn.execute("SELECT name FROM enterprise WHERE id = 1").fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # the corrupt and foreign files: still opened and tried
    return time.perf_counter() - t0


def _timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def _measure(folder: Path, label: str, target: str, repeat: int = 1) -> list[Row]:
    n = len(portfolio.case_files([folder]))
    floor = _floor(folder)
    colds = []
    for _ in range(repeat):  # each one without an index
        portfolio_index.index_path(folder).unlink(missing_ok=True)
        colds.append(_timed(lambda: portfolio.scan([folder])))
    cold = statistics.median(colds)
    warm = _timed(lambda: portfolio.scan([folder]))
    changed = next(p for p in portfolio.case_files([folder]) if p.suffix == ".jnzd" and p.name.startswith("演示案例"))
    with CaseFile.open(changed, snapshot=False) as case, case.edit("基准测试：修改一处", kind="workflow") as tx:
        tx.note("bench")
    one = _timed(lambda: portfolio.scan([folder]))
    return [
        (f"汇总 scan cold (no index) {label} files" + (f", median of {repeat}" if repeat > 1 else ""),
         f"{cold:.2f} s ({cold / n * 1000:.1f} ms/file)",
         f"{floor:.2f} s sqlite3 open + 1 SELECT each", f"{cold / floor:.0f}×", target),
        (f"汇总 scan warm (index, unchanged) {label} files", f"{warm * 1000:.0f} ms", f"{floor:.2f} s floor",
         f"{warm / floor:.2f}×", target),
        (f"汇总 scan after one file changed ({label})", f"{one * 1000:.0f} ms", f"{floor:.2f} s floor",
         f"{one / floor:.2f}×", target),
    ]


def run(tmp: Path) -> list[Row]:
    """300 cases are generated and measured before the other 2700 are written, and the disk is synced after each
    generation: a reviewer opens a folder nobody is writing to, so the write-back of gigabytes just generated must
    not be measured as reading."""
    root = tmp / "portfolio"
    small = root / "p3000" / "part1"
    t0 = time.perf_counter()
    demo_portfolio.generate(small, 300, seed=1)
    gen_small = time.perf_counter() - t0
    os.sync()
    serial = _timed(lambda: portfolio.scan([small], use_index=False, workers=1))
    measured = _measure(small, "302", "≤ 3 s", repeat=3)
    t0 = time.perf_counter()
    demo_portfolio.generate(root / "p3000" / "part2", 2700, seed=2, extras=False)
    gen_big = time.perf_counter() - t0
    os.sync()
    size = sum(p.stat().st_size for p in root.rglob("*")) / 1024**3
    rows: list[Row] = [(f"演示汇总 generate 300 + 2700 demo cases ({size:.1f} GB)",
                        f"{gen_small:.0f} s + {gen_big:.0f} s", "", "", "(not judged)"),
                       ("汇总 scan 302 files in one process (no index, no workers)", f"{serial:.2f} s", "", "",
                        f"({serial / 302 * 1000:.1f} ms/file)"), *measured]
    rows += _measure(root / "p3000", "3002", "≤ 30 s")
    shutil.rmtree(root, ignore_errors=True)
    return rows + filter_rows()


FILTER_ROWS = 3000
FILTER_RUNS = 5
# What test_filtering_three_thousand_rows types: a search narrowed letter by letter, then an agency, then attention.
FILTER_STEPS: tuple[dict[str, object], ...] = (
    {"text": "企"}, {"text": "企业"}, {"text": "企业1"}, {"text": "企业12"}, {"text": "企业123"},
    {"agency": "机构5", "text": ""}, {"attention": True},
)


def _synthetic_rows() -> list[portfolio.CaseRow]:
    from decimal import Decimal

    return [portfolio.CaseRow(Path(f"/cases/case{n}.jnzd"), enterprise=f"企业{n}", region=f"河南省 市{n % 17} 县",
                              agency=f"机构{n % 40}", industry="C30 非金属矿物制品业", workflow="已通过",
                              completeness=1.0, saving_tce=Decimal(n), blocking=int(n % 3 == 0))
            for n in range(FILTER_ROWS)]


def _plain_filter(rows: list[portfolio.CaseRow]) -> int:
    """The same seven steps as bare Python predicates over the rows (no model, no view, no sort)."""
    hay = [f"{r.enterprise} {r.region} {r.agency} {r.path.name}".casefold() for r in rows]
    kept = 0
    needle, agency, attention = "", "", False
    for step in FILTER_STEPS:
        needle = str(step.get("text", needle))
        agency = str(step.get("agency", agency))
        attention = bool(step.get("attention", attention))
        kept = sum(1 for r, h in zip(rows, hay, strict=True) if needle in h and (not agency or r.agency == agency)
                   and (not attention or r.blocking > 0))
    return kept


def filter_rows() -> list[Row]:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.review.portfolio_columns import C
    from desktop_app.ui.review.portfolio_model import PortfolioFilter, PortfolioModel

    _app = QApplication.instance() or QApplication([])
    rows = _synthetic_rows()
    ours, plain = [], []
    for _ in range(FILTER_RUNS):
        model = PortfolioModel()
        proxy = PortfolioFilter(model)
        model.set_rows(rows)
        proxy.sort(C.SAVING_TCE, Qt.SortOrder.DescendingOrder)
        t0 = time.perf_counter()
        for step in FILTER_STEPS:
            proxy.set_filter(**step)  # type: ignore[arg-type]
        ours.append(time.perf_counter() - t0)
        assert proxy.rowCount() == 25, proxy.rowCount()  # n ≡ 5 (mod 40) and n ≡ 0 (mod 3)
        t0 = time.perf_counter()
        assert _plain_filter(rows) == 25
        plain.append(time.perf_counter() - t0)
    o, p = statistics.median(ours), statistics.median(plain)
    return [(f"审核筛选 review filter: {len(FILTER_STEPS)} changes over {FILTER_ROWS} rows (sorted), "
             f"median of {FILTER_RUNS}", f"{o * 1000:.0f} ms",
             f"{p * 1000:.0f} ms the same predicates in plain Python", f"{o / p:.1f}×", "≤ 1.0 s")]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="jnzd-bench-") as tmp:
        os.environ["JNZD_DATA_DIR"] = str(Path(tmp) / "data")
        for row in run(Path(tmp)):
            print("  ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
