"""The review (审核) window: a folder of case files read off the UI thread into one sortable, filterable table with
what needs attention marked, the 工作总结 figures equal to ``portfolio.summarize``, exports, cancel, the drill-in
hook and the refresh of one file — and no case file ever changed."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon
from pytestqt.qtbot import QtBot

from desktop_app.operations import portfolio
from desktop_app.operations.portfolio import CaseRow
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.review import reviewer_name
from desktop_app.ui.review.portfolio_columns import AMBER, BLUE, RED, VIOLET, C
from desktop_app.ui.review.portfolio_model import SORT_ROLE, PortfolioFilter, PortfolioModel
from desktop_app.ui.review.window import ReviewWindow


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, built_demo: Path) -> Path:
    """Four readable copies of the demo that differ where the window looks, and one file that is not a case."""
    root = tmp_path_factory.mktemp("review")
    (root / "a").mkdir()
    (root / "b").mkdir()
    for name in ("a/demo1.jnzd", "a/demo2.jnzd", "b/demo3.jnzd", "b/demo4.jnzd"):
        shutil.copy(built_demo, root / name)  # 河南中岳建材, 新乡市, draft, 2,394.1 tce/a
    with pytest.MonkeyPatch.context() as mp:  # before any test's own data folder is set: the edits' snapshots
        mp.setenv("JNZD_DATA_DIR", str(tmp_path_factory.mktemp("review-data")))
        return _differing(root)


def _differing(root: Path) -> Path:
    with CaseFile.open(root / "a" / "demo2.jnzd") as case, case.edit("测试数据") as tx:  # another agency, 5 digits
        tx.update("enterprise", 1, {"name": "安阳豫北水泥有限公司", "city": "安阳市", "county": "林州市"})
        tx.update("engagement", 1, {"agency": "豫北节能服务中心"})
        tx.update("measure_stream", 1, {"quantity": "144000000"})
    with CaseFile.open(root / "b" / "demo3.jnzd") as case:  # submitted: waiting for review
        with case.edit("测试数据") as tx:
            tx.update("enterprise", 1, {"name": "郑州恒达钢铁有限公司", "city": "郑州市", "county": "巩义市"})
        with case.edit("提交（已提交）", kind="workflow") as tx:
            tx.update("case_info", 1, {"workflow_state": "submitted"})
    with CaseFile.open(root / "b" / "demo4.jnzd") as case, case.edit("测试数据") as tx:  # blocking, tiny saving
        tx.update("enterprise", 1, {"name": "洛阳宏远玻璃有限公司", "uscc": None, "city": "洛阳市", "county": "偃师区"})
        for stream in case.rows("measure_stream"):
            tx.update("measure_stream", stream["id"], {"quantity": "1"})
    (root / "b" / "broken.jnzd").write_bytes(b"not a case")
    return root


def hashes(root: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def open_window(qtbot: QtBot, folders: list[Path] | None) -> ReviewWindow:
    w = ReviewWindow(folders)
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    qtbot.waitUntil(lambda: not w.scanning(), timeout=30_000)
    return w


def shown(w: ReviewWindow, column: int) -> list[str]:
    proxy = w.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def row_of(w: ReviewWindow, enterprise: str) -> int:
    return shown(w, C.ENTERPRISE).index(enterprise)


def test_table_rows_error_last_summary_and_markers(qtbot: QtBot, folder: Path) -> None:
    w = open_window(qtbot, [folder])
    assert len(w.rows()) == 5 and w.proxy.rowCount() == 5
    assert shown(w, C.ENTERPRISE)[-1] == "broken.jnzd"  # unreadable files last
    broken = w.proxy.index(4, C.ERROR)
    assert "broken.jnzd" in broken.data() and broken.data(Qt.ItemDataRole.BackgroundRole) == RED
    assert broken.data(Qt.ItemDataRole.ForegroundRole) == QColor("#a4161a")
    assert w.ui.caseTable.columnSpan(4, C.REGION) > 10 and "无法读取" in w.proxy.index(4, C.REGION).data()
    assert w.proxy.index(4, C.STATE).data() == "无法读取"
    # The blocking row: red 阻断问题 cell with an icon, amber completeness (not colour only: an icon too)
    r = row_of(w, "洛阳宏远玻璃有限公司")
    blocking = w.proxy.index(r, C.BLOCKING)
    assert blocking.data() == "2" and blocking.data(Qt.ItemDataRole.BackgroundRole) == RED
    assert isinstance(blocking.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert w.proxy.index(r, C.COMPLETENESS).data(Qt.ItemDataRole.BackgroundRole) == AMBER
    assert w.proxy.index(r, C.COMPLETENESS).data() == "96.7"
    assert w.proxy.index(r, C.WARNINGS).data(Qt.ItemDataRole.BackgroundRole) == AMBER
    ok = row_of(w, "河南中岳建材有限公司")
    assert w.proxy.index(ok, C.BLOCKING).data(Qt.ItemDataRole.BackgroundRole) is None
    assert w.proxy.index(ok, C.BLOCKING).data(Qt.ItemDataRole.DecorationRole) is None
    submitted = row_of(w, "郑州恒达钢铁有限公司")
    font = w.proxy.index(submitted, C.ENTERPRISE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold() and w.proxy.index(submitted, C.STATE).data() == "已提交"
    assert w.proxy.index(ok, C.ENTERPRISE).data(Qt.ItemDataRole.FontRole) is None
    # numbers right-aligned with units in the headers
    assert w.proxy.index(ok, C.SAVING_TCE).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert w.model.headerData(C.SAVING_TCE, Qt.Orientation.Horizontal) == "节能量（tce/a）"
    assert w.proxy.index(ok, C.FILE).data() == "demo1.jnzd"
    assert w.proxy.index(ok, C.FILE).data(Qt.ItemDataRole.ToolTipRole) == str(folder / "a" / "demo1.jnzd")
    # the summary strip is portfolio.summarize(rows), not a sum of its own
    s = portfolio.summarize(w.rows())
    assert s.cases == 4 and s.unreadable == 1
    ui = w.ui
    assert ui.casesValue.text() == "4" and ui.unreadableValue.text() == "1" and ui.submittedValue.text() == "1"
    assert ui.savingValue.text() == f"{s.saving_tce:,.1f}" and ui.co2Value.text() == f"{s.saving_tco2:,.1f}"
    assert ui.wanValue.text() == f"{s.saving_wan:,.2f}" and ui.investmentValue.text() == f"{s.investment_wan:,.2f}"
    assert ui.feedbackValue.text() == f"{s.feedback_received} / 4"
    assert s.saving_tce == sum((r.saving_tce for r in w.rows() if not r.error), Decimal(0))
    assert ui.countLabel.text() == "显示 5 / 共 5 个案例"
    assert dict(w.charts.shown["states"]) == {"草稿": 3, "已提交": 1, "退回修改": 0, "已通过": 0, "无法读取": 1}
    assert dict(w.charts.shown["regions"]) == {"新乡市": 1, "安阳市": 1, "郑州市": 1, "洛阳市": 1}
    w.close()


def test_sorting_is_numeric_and_keeps_errors_last(qtbot: QtBot, folder: Path) -> None:
    w = open_window(qtbot, [folder])
    savings = {r.enterprise: r.saving_tce for r in w.rows() if not r.error}
    w.ui.caseTable.sortByColumn(C.SAVING_TCE, Qt.SortOrder.AscendingOrder)
    names = shown(w, C.ENTERPRISE)
    assert names[-1] == "broken.jnzd"
    assert names[:4] == sorted(savings, key=lambda n: savings[n])
    texts = shown(w, C.SAVING_TCE)[:4]
    assert texts != sorted(texts)  # "1.4" < "19,501.8" < "2,394.1" as text: the sort really is numeric
    assert shown(w, C.SAVING_TCE)[0] == "1.4" and shown(w, C.SAVING_TCE)[3] == "19,501.8"
    w.ui.caseTable.sortByColumn(C.SAVING_TCE, Qt.SortOrder.DescendingOrder)
    names = shown(w, C.ENTERPRISE)
    assert names[0] == "安阳豫北水泥有限公司" and names[-1] == "broken.jnzd"
    assert w.ui.caseTable.columnSpan(4, C.REGION) > 10  # the span follows the error row
    w.ui.caseTable.sortByColumn(C.BLOCKING, Qt.SortOrder.DescendingOrder)
    assert shown(w, C.ENTERPRISE)[0] == "洛阳宏远玻璃有限公司"
    w.close()


def test_search_state_agency_region_and_attention_filters(qtbot: QtBot, folder: Path) -> None:
    w = open_window(qtbot, [folder])
    ui = w.ui
    qtbot.keyClicks(ui.searchEdit, "Demo")  # as you type, case-insensitive, file names included
    assert w.proxy.rowCount() == 4 and ui.countLabel.text() == "显示 4 / 共 5 个案例"
    qtbot.keyClicks(ui.searchEdit, "2")
    assert shown(w, C.ENTERPRISE) == ["安阳豫北水泥有限公司"] and ui.countLabel.text() == "显示 1 / 共 5 个案例"
    for text, expected in (("豫北", ["安阳豫北水泥有限公司"]), ("DEMO3", ["郑州恒达钢铁有限公司"]), ("91410782ma9k", 3),
                           ("洛阳市", ["洛阳宏远玻璃有限公司"]), ("非金属矿物", 4), ("broken", ["broken.jnzd"]),
                           ("中原节能", 3), ("没有这个", [])):
        ui.searchEdit.setText(text)
        assert (shown(w, C.ENTERPRISE) if isinstance(expected, list) else w.proxy.rowCount()) == expected, text
    ui.searchEdit.clear()
    assert w.proxy.rowCount() == 5
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("已提交"))
    assert shown(w, C.ENTERPRISE) == ["郑州恒达钢铁有限公司"]
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("无法读取"))
    assert shown(w, C.ENTERPRISE) == ["broken.jnzd"]
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("草稿"))
    assert w.proxy.rowCount() == 3
    ui.agencyCombo.setCurrentIndex(ui.agencyCombo.findData("豫北节能服务中心"))
    assert shown(w, C.ENTERPRISE) == ["安阳豫北水泥有限公司"]
    ui.agencyCombo.setCurrentIndex(0)
    assert [ui.regionCombo.itemData(i) for i in range(ui.regionCombo.count())] == [
        "", "河南省 安阳市", "河南省 洛阳市", "河南省 新乡市", "河南省 郑州市"]  # pinyin order
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("河南省 洛阳市"))
    assert shown(w, C.ENTERPRISE) == ["洛阳宏远玻璃有限公司"]
    ui.regionCombo.setCurrentIndex(0)
    ui.stateCombo.setCurrentIndex(0)
    ui.attentionCheck.setChecked(True)  # every demo copy has plausibility warnings: all need attention
    assert w.proxy.rowCount() == 5
    ui.followFilterCheck.setChecked(True)
    ui.searchEdit.setText("郑州")
    qtbot.waitUntil(lambda: sum(dict(w.charts.shown["states"]).values()) == 1)  # after a pause in typing
    assert dict(w.charts.shown["states"])["已提交"] == 1 and "1" in ui.chartsNoteLabel.text()
    ui.followFilterCheck.setChecked(False)
    assert sum(dict(w.charts.shown["states"]).values()) == 5 and "5" in ui.chartsNoteLabel.text()
    w.close()


def synthetic(n: int, **fields: object) -> CaseRow:
    values: dict[str, object] = {"enterprise": f"企业{n}", "region": "河南省 郑州市 中原区", "agency": "机构甲",
                                 "industry": "C30 非金属矿物制品业", "workflow": "已通过", "completeness": 1.0,
                                 "saving_tce": Decimal(n)}
    values.update(fields)
    return CaseRow(Path(f"/cases/case{n}.jnzd"), **values)  # type: ignore[arg-type]


def test_attention_filter_colours_and_markers_on_every_kind_of_row(qapp: object) -> None:
    rows = [synthetic(0), synthetic(1, blocking=2), synthetic(2, plausibility=1), synthetic(3, completeness=0.5),
            synthetic(4, workflow="已提交"), synthetic(5, open_comments=2),
            synthetic(6, workflow="已提交", last_decision="退回修改 · 张审核 · 2026-11-20 10:31",
                      changed_since_review=3),
            synthetic(7, kind="bundle"), CaseRow(Path("/cases/bad.jnzd"), error="坏文件"),
            synthetic(9, last_decision="通过 · 张审核 · 2026-11-20 10:31", changed_since_review=0)]
    model = PortfolioModel()
    proxy = PortfolioFilter(model)
    model.set_rows(rows)
    proxy.set_filter(attention=True)
    kept = {proxy.index(r, C.ENTERPRISE).data() for r in range(proxy.rowCount())}
    assert kept == {"企业1", "企业2", "企业3", "企业4", "企业6", "企业5", "bad.jnzd"}

    def cell(n: int, column: C, role: int) -> object:
        return model.index(n, column).data(role)

    bg, icon = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole
    assert cell(5, C.COMMENTS, bg) == BLUE and isinstance(cell(5, C.COMMENTS, icon), QIcon)
    assert cell(6, C.CHANGED, bg) == VIOLET and isinstance(cell(6, C.CHANGED, icon), QIcon)
    assert cell(6, C.CHANGED, Qt.ItemDataRole.DisplayRole) == "3"
    assert "重新提交" in str(cell(6, C.CHANGED, Qt.ItemDataRole.ToolTipRole))
    assert cell(8, C.CHANGED, bg) is None  # changes after an approval are not a resubmission
    assert cell(0, C.CHANGED, Qt.ItemDataRole.DisplayRole) == "—"  # never reviewed
    assert isinstance(cell(4, C.STATE, icon), QIcon) and cell(4, C.STATE, Qt.ItemDataRole.FontRole).bold()
    assert cell(7, C.FILE, Qt.ItemDataRole.DisplayRole) == "上报数据包 · case7.jnzd"
    assert ".jnzd" in str(cell(7, C.FILE, Qt.ItemDataRole.ToolTipRole)).split("\n", 1)[1]
    assert cell(9, C.ENTERPRISE, Qt.ItemDataRole.DisplayRole) == "bad.jnzd"  # errors moved last by the model
    for n in (0, 7):
        assert all(cell(n, c, bg) is None and cell(n, c, icon) is None for c in C)
    assert cell(2, C.SAVING_TCE, SORT_ROLE) == (1, 2.0)


def test_filtering_three_thousand_rows(qapp: object) -> None:
    """Each filter change over 3000 rows keeps exactly the matching rows, still sorted (how fast: ``make bench``,
    benchmarks/portfolio.py)."""
    rows = [synthetic(n, agency=f"机构{n % 40}", region=f"河南省 市{n % 17} 县", blocking=int(n % 3 == 0))
            for n in range(3000)]
    model = PortfolioModel()
    proxy = PortfolioFilter(model)
    model.set_rows(rows)
    proxy.sort(C.SAVING_TCE, Qt.SortOrder.DescendingOrder)

    def shown() -> list[int]:
        return [int(r.saving_tce) for r in proxy.visible_rows()]  # saving_tce = n

    for text in ("企", "企业", "企业1", "企业12", "企业123"):
        proxy.set_filter(text=text)
        assert shown() == [n for n in range(2999, -1, -1) if text in f"企业{n}"], text
    assert len(shown()) == 11  # 123 and 1230–1239
    proxy.set_filter(agency="机构5", text="")
    assert shown() == list(range(2965, -1, -40))
    proxy.set_filter(attention=True)
    assert shown() == list(range(2925, -1, -120))  # n ≡ 5 (mod 40) and n ≡ 0 (mod 3): 3000 / 120 = 25 rows
    assert proxy.rowCount() == 25


def test_xlsx_export_writes_all_rows_not_only_the_filtered(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    w = open_window(qtbot, [folder])
    assert "不受筛选影响" in w.ui.actionExportXlsx.toolTip()
    w.ui.searchEdit.setText("豫北")  # a filter must not change what is exported
    out = tmp_path / "汇总.xlsx"
    with qtbot.waitSignal(w.jobs.export_finished, timeout=30_000):
        w.export_xlsx(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["案例一览", "意向企业名单", "工作总结"]
    assert wb["案例一览"].max_row == 6 and wb["意向企业名单"].max_row == 5
    assert "已导出" in w.statusBar().currentMessage() and w.ui.actionExportXlsx.isEnabled()
    w.close()


def test_pdf_export(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    w = open_window(qtbot, [folder])
    out = tmp_path / "工作总结.pdf"
    with qtbot.waitSignal(w.jobs.export_finished, timeout=60_000):
        assert w.export_pdf(out) is not None
    assert out.read_bytes().startswith(b"%PDF")
    w.close()


def slow_scan(log: list[str], files: int = 300) -> Callable[..., list[CaseRow]]:
    """A stand-in for portfolio.scan that takes a while and honours cancel like the real one."""

    def scan(folders: list[Path], *, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[CaseRow]:
        for n in range(files):
            if cancelled is not None and cancelled():
                log.append(f"cancelled {folders[0].name} at {n}")
                break
            time.sleep(0.005)
            if progress is not None:
                progress(n + 1, files)
        else:
            log.append(f"done {folders[0].name}")
        return [CaseRow(folders[0] / "x.jnzd", enterprise=folders[0].name)]

    return scan


def test_cancel_stops_the_scan_and_keeps_the_table(qtbot: QtBot, folder: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = open_window(qtbot, [folder])
    log: list[str] = []
    monkeypatch.setattr(portfolio, "scan", slow_scan(log))
    with qtbot.waitSignal(w.jobs.scan_progress, timeout=10_000):
        w.refresh()
    assert w.scanning() and w.progress.isVisible() and w.cancel_button.isVisible()
    with qtbot.waitSignal(w.jobs.scan_cancelled, timeout=10_000):
        w.cancel_button.click()
    assert log and log[0].startswith("cancelled")
    assert not w.scanning() and not w.progress.isVisible() and not w.cancel_button.isVisible()
    assert len(w.rows()) == 5 and "取消" in w.statusBar().currentMessage()
    w.close()


def test_a_second_scan_cancels_the_first(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[str] = []
    monkeypatch.setattr(portfolio, "scan", slow_scan(log, files=100))
    first, second = tmp_path / "first", tmp_path / "second"
    w = ReviewWindow([first])
    qtbot.addWidget(w)
    qtbot.waitSignal(w.jobs.scan_progress, timeout=10_000).wait()
    w.open_folders([second])
    qtbot.waitUntil(lambda: not w.scanning() and len(log) == 2, timeout=20_000)
    assert log[0].startswith("cancelled first") and log[1] == "done second"
    assert [r.enterprise for r in w.rows()] == ["second"] and w.folders() == [second.absolute()]
    w.close()


def test_refresh_file_updates_its_row_in_place(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    path = Path(shutil.copy(folder / "a" / "demo1.jnzd", tmp_path / "one" / "demo1.jnzd"))
    shutil.copy(folder / "b" / "demo3.jnzd", tmp_path / "one" / "demo3.jnzd")
    w = open_window(qtbot, [tmp_path / "one"])
    w.ui.caseTable.sortByColumn(C.ENTERPRISE, Qt.SortOrder.AscendingOrder)
    assert shown(w, C.ENTERPRISE) == ["河南中岳建材有限公司", "郑州恒达钢铁有限公司"]
    with CaseFile.open(path) as case, case.edit("改名") as tx:
        tx.update("enterprise", 1, {"name": "新乡中岳新材料有限公司"})
    w.refresh_file(path)
    assert len(w.rows()) == 2 and w.rows()[0].enterprise == "新乡中岳新材料有限公司"
    assert shown(w, C.ENTERPRISE) == ["新乡中岳新材料有限公司", "郑州恒达钢铁有限公司"]
    path.unlink()
    w.refresh_file(path)
    gone = next(r for r in w.rows() if r.path == path)
    assert len(w.rows()) == 2 and "不存在" in gone.error and w.ui.unreadableValue.text() == "1"
    assert shown(w, C.ENTERPRISE)[-1] == "demo1.jnzd"  # now unreadable: sorted last
    w.close()


def test_drill_in_emits_the_path_and_calls_the_review_hook(qtbot: QtBot, folder: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.ui.review.case_review as case_review

    calls: list[tuple[Path, object]] = []
    monkeypatch.setattr(case_review, "open_for_review", lambda path, window: calls.append((path, window)))
    w = open_window(qtbot, [folder])
    table = w.ui.caseTable
    r = row_of(w, "郑州恒达钢铁有限公司")
    with qtbot.waitSignal(w.case_requested) as signal:
        table.doubleClicked.emit(w.proxy.index(r, 3))
    assert signal.args == [folder / "b" / "demo3.jnzd"] and calls == [(folder / "b" / "demo3.jnzd", w)]
    table.setFocus()
    table.setCurrentIndex(w.proxy.index(row_of(w, "河南中岳建材有限公司"), 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert calls[-1][0] == folder / "a" / "demo1.jnzd"
    table.doubleClicked.emit(w.proxy.index(4, 0))  # the unreadable file: a message, no drill-in
    assert len(calls) == 2 and "无法打开" in w.statusBar().currentMessage()
    w.close()


def test_folders_sort_and_widths_are_remembered(qtbot: QtBot, folder: Path) -> None:
    w = open_window(qtbot, [folder / "a", folder / "b"])
    assert len(w.rows()) == 5
    w.ui.caseTable.sortByColumn(C.SAVING_TCE, Qt.SortOrder.DescendingOrder)
    w.ui.caseTable.setColumnWidth(C.AGENCY, 333)
    w.close()
    again = open_window(qtbot, None)
    assert again.folders() == [(folder / "a").absolute(), (folder / "b").absolute()] and len(again.rows()) == 5
    header = again.ui.caseTable.horizontalHeader()
    assert header.sortIndicatorSection() == C.SAVING_TCE and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.ui.caseTable.columnWidth(C.AGENCY) == 333
    assert shown(again, C.ENTERPRISE)[0] == "安阳豫北水泥有限公司"
    again.close()


def test_reviewer_name_field(qtbot: QtBot) -> None:
    w = open_window(qtbot, [])
    assert w.reviewer_edit.text() == reviewer_name()
    w.reviewer_edit.setText("  王审核 ")
    w.reviewer_edit.editingFinished.emit()
    assert reviewer_name() == "王审核" and w.reviewer_edit.text() == "王审核"
    assert w.ui.countLabel.text() == "显示 0 / 共 0 个案例" and not w.ui.actionExportXlsx.isEnabled()
    w.close()


def test_the_window_never_changes_a_case_file_and_looks_right(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    before = hashes(folder)
    w = open_window(qtbot, [folder])
    w.ui.caseTable.sortByColumn(C.WARNINGS, Qt.SortOrder.DescendingOrder)
    w.ui.attentionCheck.setChecked(True)
    w.ui.attentionCheck.setChecked(False)
    w.ui.caseTable.sortByColumn(C.ENTERPRISE, Qt.SortOrder.AscendingOrder)
    w.refresh_file(folder / "b" / "demo3.jnzd")
    with qtbot.waitSignal(w.jobs.export_finished, timeout=30_000):
        w.export_xlsx(tmp_path / "out.xlsx")
    w.refresh()
    qtbot.waitUntil(lambda: not w.scanning(), timeout=30_000)
    qtbot.wait(50)
    assert w.grab().save("/tmp/review_window.png")
    w.close()
    assert hashes(folder) == before
