"""The issue's whole scenario in the GUI: a reviewer opens a folder of generated cases, sees which need attention,
opens one, comments, returns it, approves another, and exports the province's figures — the engineers' data never
changes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from review_support import engineer_data

from desktop_app.operations import demo_portfolio, review
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.review import panel, set_reviewer_name
from desktop_app.ui.review.case_review import CaseReviewWindow
from desktop_app.ui.review.portfolio_columns import C
from desktop_app.ui.review.window import ReviewWindow


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    demo_portfolio.generate(tmp_path / "cases", 12, seed=1)
    return tmp_path / "cases"


def test_review_a_folder_end_to_end(qtbot: QtBot, folder: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    set_reviewer_name("王审核")
    w = ReviewWindow([folder])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.scanning() and len(w.rows()) == 14, timeout=60_000)
    rows = w.rows()
    assert sum(1 for r in rows if r.error) == 2  # the truncated and the foreign file
    assert any(r.kind == "bundle" for r in rows)
    submitted = [r for r in rows if r.workflow == "已提交" and not r.error and r.kind == "case"]
    assert len(submitted) >= 2, [r.workflow for r in rows]
    w.ui.attentionCheck.setChecked(True)  # everything submitted is waiting for review: it needs attention
    visible = {w.proxy.index(i, C.FILE).data() for i in range(w.proxy.rowCount())}
    assert {r.path.name for r in submitted} <= visible
    before = {r.path: engineer_data(r.path) for r in submitted[:2]}

    first, second = submitted[0], submitted[1]
    r = next(i for i in range(w.proxy.rowCount()) if w.proxy.index(i, C.FILE).data() == first.path.name)
    w.ui.caseTable.doubleClicked.emit(w.proxy.index(r, 0))
    drill = next(c for c in w.findChildren(CaseReviewWindow) if getattr(c, "path", None) == first.path)
    p = drill.panel

    def fill(dialog: panel.CommentDialog) -> int:
        dialog.ui.sectionCombo.setCurrentIndex(dialog.ui.sectionCombo.findData("equipment"))
        dialog.ui.targetCombo.setCurrentIndex(1)
        dialog.ui.textEdit.setPlainText("请补充该设备的铭牌照片")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel.CommentDialog, "exec", fill)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("请按意见修改", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    p.ui.addButton.click()
    p.ui.returnButton.click()
    drill.close()
    row = next(x for x in w.rows() if x.path == first.path)  # the portfolio re-read the file
    assert row.workflow == "退回修改" and row.open_comments == 1 and row.last_decision.startswith("退回修改 · 王审核")

    r = next(i for i in range(w.proxy.rowCount()) if w.proxy.index(i, C.FILE).data() == second.path.name)
    w.ui.caseTable.doubleClicked.emit(w.proxy.index(r, 0))
    drill = next(c for c in w.findChildren(CaseReviewWindow) if getattr(c, "path", None) == second.path)
    drill.panel.ui.approveButton.click()
    drill.close()
    assert warnings == []
    assert next(x for x in w.rows() if x.path == second.path).workflow == "已通过"

    for path, data in before.items():
        assert engineer_data(path) == data  # reviewing never changed the diagnosis
    with CaseFile.open(first.path, read_only=True) as case:
        assert review.comments(case)[0].target_kind == "equipment"

    out = tmp_path / "省汇总.xlsx"
    with qtbot.waitSignal(w.jobs.export_finished, timeout=60_000):
        w.export_xlsx(out)
    wb = openpyxl.load_workbook(out)
    assert wb["意向企业名单"].max_row == 1 + sum(1 for x in w.rows() if not x.error)
    w.close()
