"""Profile operations: validation before anything is written, the completeness check, workflow, the summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain import errors
from desktop_app.domain.findings import Severity
from desktop_app.domain.profile import CASE_FIELDS, ENGAGEMENT_FIELDS, ENTERPRISE_FIELDS
from desktop_app.operations import profile, workflow
from desktop_app.operations.check import check_case
from desktop_app.operations.demo import CONTACTS, build_demo
from desktop_app.operations.summary import summarize
from desktop_app.storage import schema
from desktop_app.storage.casefile import CaseFile


@pytest.fixture
def case(tmp_path: Path) -> CaseFile:
    c = CaseFile.create(tmp_path / "p.jnzd", as_of_date="2026-03-20")
    profile.set_field(c, "enterprise.name", "河南测试建材有限公司")
    profile.set_field(c, "enterprise.employees", "100")
    profile.set_field(c, "engagement.visit_start", "2026-03-16")
    yield c  # type: ignore[misc]
    c.close()


@pytest.fixture
def demo(tmp_path: Path) -> CaseFile:
    c = CaseFile.open(build_demo(tmp_path / "demo.jnzd"))
    yield c  # type: ignore[misc]
    c.close()


def _state(case: CaseFile) -> tuple[object, ...]:
    return (case.row("enterprise", 1), case.row("engagement", 1), case.row("case_info", 1), case.rows("contact"),
            len(case.journal_entries()), case.head)


INVALID = [
    ("enterprise.uscc", "91410782MA9K3C7E2X", "统一社会信用代码"),  # wrong check character
    ("enterprise.uscc", "12345", "统一社会信用代码"),
    ("enterprise.employees", "-5", "从业人员"),
    ("enterprise.employees", "12.5", "从业人员"),
    ("enterprise.revenue_wan", "abc", "营业收入"),
    ("enterprise.energy_tce_last_year", "NaN", "上年度综合能源消费量"),
    ("engagement.visit_start", "2026-02-30", "现场诊断开始日期"),
    ("engagement.visit_end", "下周三", "现场诊断结束日期"),
    ("engagement.period_start", "1890-01-01", "诊断期起"),
    ("case_info.as_of_date", "", "诊断基准日期"),  # required on the case itself: cannot be emptied
    ("enterprise.province_code", "99", "所在省份"),
    ("enterprise.province_code", "410000x", "所在省份"),
    ("enterprise.industry_code", "Z9999", "所属行业（GB/T 4754-2017）"),
    ("engagement.diagnosis_type", "nonsense", "节能诊断类型"),
]


@pytest.mark.parametrize(("key", "raw", "label"), INVALID, ids=[f"{k}={v!r}" for k, v, _ in INVALID])
def test_invalid_value_names_the_field_and_changes_nothing(case: CaseFile, key: str, raw: str, label: str) -> None:
    before = _state(case)
    with pytest.raises(errors.ValidationError) as info:
        profile.set_field(case, key, raw)
    assert info.value.params["field"] == label
    assert label in info.value.message()
    assert _state(case) == before


def test_invalid_value_in_a_multi_field_edit_writes_none_of_them(case: CaseFile) -> None:
    before = _state(case)
    with pytest.raises(errors.ValidationError) as info:
        profile.set_fields(case, {"enterprise.city": "郑州市", "enterprise.employees": "-1"}, "填写企业概况")
    assert info.value.params["field"] == "从业人员"
    assert _state(case) == before


def test_invalid_contact_changes_nothing(case: CaseFile) -> None:
    before = _state(case)
    for values in ({"name": ""}, {"name": "王芳", "email": "not-an-email"}, {"name": "王芳", "phone": "call me"},
                   {"name": "王芳", "fax": "123"}):
        with pytest.raises(errors.ValidationError):
            profile.add_contact(case, values)
    assert _state(case) == before


def test_valid_values_are_normalised(case: CaseFile) -> None:
    profile.set_field(case, "enterprise.uscc", "91410782ma9k3c7e2m")
    profile.set_field(case, "enterprise.revenue_wan", "52,600")
    profile.set_field(case, "engagement.visit_end", "2026年3月20日")
    ent, eng = case.row("enterprise", 1), case.row("engagement", 1)
    assert ent is not None and eng is not None
    assert ent["uscc"] == "91410782MA9K3C7E2M"
    assert ent["revenue_wan"] == 52600.0
    assert eng["visit_end"] == "2026-03-20"


def test_empty_case_lists_every_missing_required_field(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "empty.jnzd", as_of_date="2026-03-20") as empty:
        report = check_case(empty)
    required = [f for f in (*ENTERPRISE_FIELDS, *ENGAGEMENT_FIELDS) if f.required]
    missing = {f.key for f in report.blocking if f.code == "profile.missing"}
    assert missing == {f.key for f in required}
    assert all(f.severity is Severity.BLOCKING for f in report.blocking)
    assert any(f.code == "profile.no_contact" for f in report.blocking)
    for f in report.blocking:
        if f.code == "profile.missing":
            assert f.field in f.message  # the Chinese label, so the user knows where
    assert report.completeness == pytest.approx(len(CASE_FIELDS) / (len(required) + len(CASE_FIELDS) + 1))


def test_demo_case_has_no_blocking_findings(demo: CaseFile) -> None:
    report = check_case(demo)
    assert report.blocking == []
    assert report.completeness == 1.0
    assert demo.verify_journal() is None
    assert [c["name"] for c in demo.rows("contact")] == [c["name"] for c in CONTACTS]


def test_visit_end_before_visit_start_is_blocking(demo: CaseFile) -> None:
    profile.set_field(demo, "engagement.visit_end", "2026-03-10")
    blocking = check_case(demo).blocking
    assert [f.code for f in blocking] == ["engagement.visit_order"]
    assert blocking[0].key == "engagement.visit_end"
    assert "2026-03-10" in blocking[0].message and "2026-03-16" in blocking[0].message
    with pytest.raises(errors.ValidationError):
        workflow.transition(demo, "submit")


def test_submit_is_refused_while_blocking_problems_remain(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "empty.jnzd", as_of_date="2026-03-20") as empty:
        entries = len(empty.journal_entries())
        with pytest.raises(errors.ValidationError):
            workflow.transition(empty, "submit")
        assert empty.workflow_state == "draft"
        assert len(empty.journal_entries()) == entries
        profile.set_field(empty, "enterprise.name", "仍可编辑")


def test_submitted_case_refuses_edits_until_withdrawn(demo: CaseFile) -> None:
    changes = workflow.transition(demo, "submit", comment="请审核")
    assert changes.kind == "workflow"
    assert demo.workflow_state == "submitted"
    cid = demo.rows("contact")[0]["id"]
    before = _state(demo)
    with pytest.raises(errors.CaseReadOnly):
        profile.set_field(demo, "enterprise.name", "提交后改名")
    with pytest.raises(errors.CaseReadOnly):
        profile.set_fields(demo, {"enterprise.city": "郑州市"}, "批量")
    with pytest.raises(errors.CaseReadOnly):
        profile.add_contact(demo, {"name": "王芳"})
    with pytest.raises(errors.CaseReadOnly):
        profile.update_contact(demo, cid, {"phone": "123456"})
    with pytest.raises(errors.CaseReadOnly):
        profile.delete_contact(demo, cid)
    with pytest.raises(errors.WorkflowError):
        workflow.transition(demo, "submit")
    assert _state(demo) == before

    workflow.transition(demo, "withdraw")
    assert demo.workflow_state == "draft"
    profile.set_field(demo, "enterprise.city", "郑州市")
    assert demo.row("enterprise", 1)["city"] == "郑州市"  # type: ignore[index]
    kinds = [(e.kind, e.tbl, e.col) for e in demo.journal_entries() if e.kind == "workflow"]
    assert kinds == [("workflow", "case_info", "workflow_state"), ("workflow", None, None),  # the comment
                     ("workflow", "signature", None),  # the submission's signature
                     ("workflow", "case_info", "workflow_state")]


def test_returned_case_is_editable_approved_is_not(demo: CaseFile) -> None:
    workflow.transition(demo, "submit")
    workflow.transition(demo, "return", "请补充城市")
    profile.set_field(demo, "enterprise.city", "郑州市")
    workflow.transition(demo, "submit")
    workflow.transition(demo, "approve")
    with pytest.raises(errors.CaseReadOnly):
        profile.set_field(demo, "enterprise.city", "洛阳市")
    assert demo.row("enterprise", 1)["city"] == "郑州市"  # type: ignore[index]


def test_summary_of_the_demo(demo: CaseFile) -> None:
    s = summarize(demo)
    assert s.enterprise == "河南中岳建材有限公司"
    assert s.uscc == "91410782MA9K3C7E2M"
    assert s.sme_class == "中型"
    assert s.completeness == 1.0
    assert s.blocking == 0 and s.missing == []
    assert s.workflow_state == "draft" and s.workflow_label == "草稿"
    assert s.region.startswith("河南")
    assert s.read_only == ""
    assert s.schema_version == schema.SCHEMA_VERSION
    assert s.journal_entries == len(demo.journal_entries())


def test_summary_of_an_empty_case(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "empty.jnzd", as_of_date="2026-03-20") as empty:
        s = summarize(empty)
    assert s.enterprise == "" and s.sme_class == ""
    assert s.completeness < 0.1
    assert s.blocking == len(s.missing) > 10
