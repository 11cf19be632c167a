"""Supervisor review: comments pinned where they belong, decisions with reviewer and time, what changed since the
last review — and reviewing never changes the engineer's data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from review_support import engineer_data

from desktop_app.domain.errors import CaseLocked, ValidationError, WorkflowError
from desktop_app.operations import profile, review, workflow
from desktop_app.storage.casefile import CaseFile


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.operations.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("review") / "demo.jnzd")


@pytest.fixture
def case_path(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "case.jnzd"
    shutil.copy(demo_file, path)
    return path


def test_review_round_trip_never_changes_engineer_data(case_path: Path) -> None:
    with CaseFile.open(case_path, user="李明") as case:
        workflow.transition(case, "submit")
        before = engineer_data(case)
    with review.writable(case_path, user="王审核") as case:
        equipment = review.targets(case, "equipment")
        measure = review.targets(case, "measure")[0]
        item = review.targets(case, "checklist")[0]
        review.add_comment(case, section="equipment", target_kind="equipment", target_key=equipment[0].key,
                           text="请补充铭牌照片", reviewer="王审核")
        review.add_comment(case, section="profile", text="统一社会信用代码与营业执照不一致？", reviewer="王审核")
        review.add_comment(case, section="measures", target_kind="measure", target_key=measure.key,
                           text="投资估算依据？", reviewer="王审核")
        review.add_comment(case, section="checklist", target_kind="checklist", target_key=item.key,
                           text="证据不足", reviewer="王审核")
        review.decide(case, "return", reviewer="王审核", comment="请按意见修改后重新提交")
        assert case.workflow_state == "returned"
        assert engineer_data(case) == before  # nothing of the diagnosis changed
        st = review.status(case)
    assert st.comments[0].where == f"设备 · {equipment[0].label}"
    assert st.comments[2].where == f"节能措施 · {measure.label}" and st.comments[3].section == "checklist"
    assert len(st.open_comments) == 4 and st.last is not None and st.last.label == "退回修改"
    assert st.last.reviewer == "王审核" and st.last.decided_utc and st.changes == []

    # The engineer sees the comments on opening, edits, answers them, and resubmits.
    with CaseFile.open(case_path, user="李明") as case:
        st = review.status(case)
        assert len(st.open_comments) == 4
        profile.set_fields(case, {"enterprise.employees": 321}, "修改职工人数")
        case.undo()
        case.redo()
        for c in st.open_comments[:3]:
            review.resolve(case, c.id, "已补充")
        st = review.status(case)
        assert [g.kind for g in st.changes] == ["redo", "undo", "edit"]  # newest first, only the engineer's
        assert "企业概况·从业人员：486 → 321" in st.changes[-1].details
        workflow.transition(case, "submit")
    with review.writable(case_path, user="王审核") as case:
        with pytest.raises(ValidationError, match="1 条审核意见未解决"):
            review.decide(case, "approve", reviewer="王审核")
        last_open = review.status(case).open_comments[0]
        review.resolve(case, last_open.id, "审核人确认", user="王审核")
        review.decide(case, "approve", reviewer="王审核")
        st = review.status(case)
        assert case.workflow_state == "approved" and [d.action for d in st.decisions] == ["return", "approve"]
        assert st.changes == []  # nothing changed since this decision
        assert all(not c.open for c in st.comments) and st.comments[0].resolved_by == "李明"
        assert st.comments[3].resolved_by == "王审核"
        assert case.verify_journal() is None
        data = engineer_data(case)
    assert data["enterprise"][0]["employees"] == 321


def test_comments_survive_engineer_undo_and_cannot_be_undone(case_path: Path) -> None:
    with CaseFile.open(case_path) as case:
        profile.set_fields(case, {"enterprise.employees": 100}, "修改职工人数")
        review.add_comment(case, section="profile", text="人数偏少？", reviewer="王审核")
        case.undo()  # undoes the engineer's edit, not the review comment
        assert len(review.comments(case)) == 1
        assert case.undo_label() is not None and "审核" not in case.undo_label()  # type: ignore[operator]
    with CaseFile.open(case_path, read_only=True) as case:
        assert review.comments(case)[0].text == "人数偏少？"


def test_bad_review_input_is_refused_and_changes_nothing(case_path: Path) -> None:
    with review.writable(case_path) as case:
        head = case.head
        for kwargs, message in (
                ({"section": "nowhere", "text": "x"}, "没有“nowhere”"),
                ({"section": "profile", "text": "   "}, "意见内容为空"),
                ({"section": "profile", "text": "长" * 2001}, "超过 2000 字"),
                ({"section": "equipment", "text": "x", "target_kind": "equipment", "target_key": "99999"},
                 "没有设备“99999”"),
                ({"section": "equipment", "text": "x", "target_kind": "boiler", "target_key": "1"}, "boiler")):
            with pytest.raises(ValidationError, match=message):
                review.add_comment(case, reviewer="王审核", **kwargs)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="姓名"):
            review.add_comment(case, section="profile", text="x", reviewer=" ")
        with pytest.raises(WorkflowError):
            review.decide(case, "approve", reviewer="王审核")  # a draft is not up for approval
        with pytest.raises(ValidationError, match="不是审核决定"):
            review.decide(case, "reject", reviewer="王审核")
        workflow.transition(case, "submit")
        head = case.head
        with pytest.raises(ValidationError, match="退回原因"):
            review.decide(case, "return", reviewer="王审核")
        with pytest.raises(ValidationError, match="没有编号为 42"):
            review.resolve(case, 42)
        assert case.head == head and case.workflow_state == "submitted"


def test_withdraw_only_unresolved(case_path: Path) -> None:
    with review.writable(case_path) as case:
        _, a = review.add_comment(case, section="energy", text="单位？", reviewer="王审核")
        _, b = review.add_comment(case, section="energy", text="折标系数？", reviewer="王审核")
        review.resolve(case, b, "已改")
        review.withdraw(case, a)
        with pytest.raises(ValidationError, match="不能撤回"):
            review.withdraw(case, b)
        assert [c.id for c in review.comments(case)] == [b]


def test_reviewer_cannot_write_while_the_engineer_has_it_open(case_path: Path) -> None:
    with CaseFile.open(case_path, user="李明"), pytest.raises(CaseLocked), review.writable(case_path, user="王审核"):
        pass


def test_an_older_case_is_upgraded_when_first_reviewed(tmp_path: Path) -> None:
    path = tmp_path / "old.jnzd"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v6.jnzd", path)
    with review.writable(path, user="王审核") as case:
        review.add_comment(case, section="overview", text="请更新到新版本后再提交", reviewer="王审核")
    with CaseFile.open(path, read_only=True) as case:
        assert review.comments(case)[0].where == "案例概览"


def test_cli_comment_decide_resolve_and_list(case_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from desktop_app.cli import main

    with CaseFile.open(case_path) as case:
        workflow.transition(case, "submit")
        equipment = review.targets(case, "equipment")[1]
    assert main(["comment", str(case_path), "--section", "equipment", "--target", f"equipment:{equipment.key}",
                 "--text", "请核对额定功率", "--reviewer", "王审核"]) == 0
    assert "第 1 条" in capsys.readouterr().out
    assert main(["decide", str(case_path), "approve", "--reviewer", "王审核"]) == 2  # an open comment
    assert "1 条审核意见未解决" in capsys.readouterr().err
    assert main(["decide", str(case_path), "return", "--reviewer", "王审核"]) == 0
    assert main(["comment", str(case_path), "--section", "nowhere", "--text", "x"]) == 2  # argparse choices
    assert main(["resolve", str(case_path), "1", "--note", "已核对"]) == 0
    capsys.readouterr()
    assert main(["comments", str(case_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["workflow_state"] == "returned" and data["decisions"][0]["label"] == "退回修改"
    assert data["comments"][0]["where"] == f"设备 · {equipment.label}" and data["comments"][0]["open"] is False
    assert main(["comments", str(case_path)]) == 0
    out = capsys.readouterr().out
    assert "退回修改 · 王审核" in out and "✓ #1" in out and "请核对额定功率" in out
    assert main(["info", str(case_path)]) == 0
    info = capsys.readouterr().out
    assert "退回修改 · 王审核" in info and "未解决的审核意见 0 条" in info


def test_a_case_with_blocking_problems_cannot_be_approved(case_path: Path) -> None:
    with CaseFile.open(case_path) as case:
        workflow.transition(case, "submit")
    with review.writable(case_path) as case:  # a gap that appeared after submission (e.g. a newer app's check)
        with case.edit("模拟：清空企业名称", kind="workflow") as tx:
            tx.update("enterprise", 1, {"name": None})
        with pytest.raises(ValidationError, match="阻断问题"):
            review.decide(case, "approve", reviewer="王审核")
        assert case.workflow_state == "submitted"

