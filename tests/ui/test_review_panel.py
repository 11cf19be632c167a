"""Review in the GUI: the engineer sees and resolves comments on opening; the reviewer's drill-in is read-only,
adds pinned comments and decides, and never changes the engineer's data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from review_support import engineer_data

from desktop_app.operations import review, workflow
from desktop_app.storage.casefile import CaseFile
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.review import case_review, panel, set_reviewer_name
from desktop_app.ui.sections import SECTIONS


@pytest.fixture
def returned_case(demo_path: Path) -> Path:
    with CaseFile.open(demo_path, user="李明") as case:
        workflow.transition(case, "submit")
    with review.writable(demo_path, user="王审核") as case:
        device = review.targets(case, "equipment")[2]
        review.add_comment(case, section="equipment", target_kind="equipment", target_key=device.key,
                           text="请补充铭牌照片", reviewer="王审核")
        review.add_comment(case, section="energy", text="天然气折标系数的依据？", reviewer="王审核")
        review.decide(case, "return", reviewer="王审核", comment="按意见修改")
    return demo_path


def section_row(section: str) -> int:
    return next(i for i, s in enumerate(SECTIONS) if s.id == section)


def test_engineer_sees_comments_jumps_and_resolves(qtbot: QtBot, returned_case: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(returned_case)
    p = w.review.panel
    assert p is not None and w.review.dock is not None and w.review.dock.isVisible()
    assert p.ui.commentTree.topLevelItemCount() == 2
    assert "2 未解决" in p.ui.tabs.tabText(0) and "退回修改" in p.ui.statusLabel.text()
    assert "2 条未解决的审核意见" in w.statusBar().currentMessage()
    assert not p.ui.addButton.isVisible() and not p.ui.decisionBox.isVisible()  # the engineer does not review

    p.ui.commentTree.setCurrentItem(p.ui.commentTree.topLevelItem(0))
    p.ui.gotoButton.click()
    assert w.ui.navList.currentRow() == section_row("equipment")
    with CaseFile.open(returned_case, read_only=True) as case:
        device_id = int(review.comments(case)[0].target_key)
    equipment_page = w.page("equipment")
    assert equipment_page.selected_ids() == [device_id]  # type: ignore[attr-defined]

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("已补充铭牌照片", True))
    p.ui.resolveButton.click()
    assert "1 未解决" in p.ui.tabs.tabText(0)
    w.close()
    with CaseFile.open(returned_case, read_only=True) as case:
        first = review.comments(case)[0]
    assert not first.open and first.resolution == "已补充铭牌照片"


def test_a_case_never_reviewed_has_no_review_dock(qtbot: QtBot, demo_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(demo_path)
    assert w.review.dock is None
    w.close()


class Portfolio(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refreshed: list[Path] = []

    def refresh_file(self, path: Path) -> None:
        self.refreshed.append(path)


def test_reviewer_drill_in_comments_and_decides_without_touching_engineer_data(
        qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with CaseFile.open(demo_path, user="李明") as case:
        workflow.transition(case, "submit")
    before = engineer_data(demo_path)
    set_reviewer_name("王审核")
    portfolio = Portfolio()
    qtbot.addWidget(portfolio)
    drill = case_review.open_for_review(demo_path, portfolio)
    assert drill is not None
    assert drill.document.case is not None and drill.document.case.read_only
    assert "审核视图" in drill.ui.bannerLabel.text() and drill.windowTitle().startswith("审核：")
    p = drill.panel
    assert p.ui.returnButton.isEnabled() and p.ui.approveButton.isEnabled() and not p.ui.reopenButton.isEnabled()

    drill.ui.navList.setCurrentRow(section_row("measures"))

    def fill(dialog: panel.CommentDialog) -> int:
        assert dialog.ui.sectionCombo.currentData() == "measures"  # preselects the section shown
        assert dialog.ui.targetCombo.count() > 1
        dialog.ui.targetCombo.setCurrentIndex(2)
        dialog.ui.textEdit.setPlainText("投资估算请附报价单")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel.CommentDialog, "exec", fill)
    p.ui.addButton.click()
    assert p.ui.commentTree.topLevelItemCount() == 1 and portfolio.refreshed == [demo_path]
    assert drill.ui.navList.currentRow() == section_row("measures")  # the view stays where it was
    drill.ui.navList.setCurrentRow(0)
    p.ui.commentTree.setCurrentItem(p.ui.commentTree.topLevelItem(0))
    p.ui.gotoButton.click()  # jumps to the measure the comment is pinned to
    with CaseFile.open(demo_path, read_only=True) as case:
        pinned = int(review.comments(case)[0].target_key)
    assert drill.ui.navList.currentRow() == section_row("measures")
    assert drill.page("measures").selected_id() == pinned  # type: ignore[attr-defined]

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    p.ui.approveButton.click()  # refused: an open comment
    assert warnings and "1 条审核意见未解决" in warnings[-1]

    with CaseFile.open(demo_path, user="李明"):  # the engineer has it open: the reviewer is told who
        monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("请修改", True))
        p.ui.returnButton.click()
        assert "李明" in warnings[-1] or "打开" in warnings[-1]
    p.ui.returnButton.click()
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.workflow_state == "returned"
        st = review.status(case)
    assert st.last is not None and st.last.reviewer == "王审核" and st.comments[0].target_kind == "measure"
    assert not p.ui.returnButton.isEnabled()
    assert engineer_data(demo_path) == before
    drill.close()


def test_drill_in_never_writes_while_browsing(qtbot: QtBot, demo_path: Path) -> None:
    digest = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    drill = case_review.open_for_review(demo_path, None)
    assert drill is not None
    for row in range(len(SECTIONS)):
        drill.ui.navList.setCurrentRow(row)
    drill.close()
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == digest


def test_a_bundle_opens_read_only_and_refuses_decisions(qtbot: QtBot, demo_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.operations import outputs

    bundle = outputs.export_all(demo_path, tmp_path / "out")["上报数据包"]
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: infos.append(text))
    drill = case_review.open_for_review(bundle, None)
    assert drill is not None and drill.document.case is not None
    assert bundle.name in drill.ui.bannerLabel.text()
    temp_case = drill.path
    assert drill.panel._write(review.add_comment, section="profile", text="x", reviewer="王审核") is False
    assert infos and "上报数据包只能查看" in infos[0]
    drill.close()
    assert not temp_case.exists() and hashlib.sha256(bundle.read_bytes()).hexdigest() == digest


def test_the_main_window_opens_the_review_window_on_a_folder(qtbot: QtBot, demo_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from PySide6.QtWidgets import QFileDialog

    folder = demo_path.parent / "cases"
    folder.mkdir()
    shutil.copy(demo_path, folder / "demo.jnzd")
    w = MainWindow()
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    w.open_review()
    review_window = w.review_window
    qtbot.addWidget(review_window)
    qtbot.waitUntil(lambda: not review_window.scanning() and len(review_window.rows()) == 1, timeout=30_000)
    assert review_window.rows()[0].enterprise == "河南中岳建材有限公司"
    review_window.close()
    w.close()
