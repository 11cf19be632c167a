"""What the journal proves (issue 14, item 1): every change made behind the journal's back is found by the audit,
named by table, row and column, and reported as blocking by ``check``; what the app itself writes — edits, undo,
redo, restores, migrations, bundles — always audits clean."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from tamper_support import rechain, sql

from desktop_app.operations import profile
from desktop_app.operations.check import check_case
from desktop_app.storage import integrity, schema
from desktop_app.storage.casefile import CaseFile

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.jnzd"))
OLDER = [p for p in FIXTURES if p.stem != f"schema_v{schema.SCHEMA_VERSION}"]


def audit_of(path: Path) -> integrity.Audit:
    with CaseFile.open(path, read_only=True) as case:
        return case.audit()


def codes(found: integrity.Audit) -> set[str]:
    return {p.code for p in found.problems}


def test_the_demo_audits_clean_and_check_says_nothing(demo_path: Path) -> None:
    found = audit_of(demo_path)
    assert found.ok and found.unsealed == 0 and found.integrity == "ok"
    assert found.rows > 200 and found.blobs > 20 and found.entries > 200
    with CaseFile.open(demo_path, read_only=True) as case:
        assert not [f for f in check_case(case).findings if f.code.startswith("integrity.")]


TAMPERING: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "enterprise name edited": (lambda p: sql(p, "UPDATE enterprise SET name = '某某公司' WHERE id = 1"),
                               {integrity.ROW_CHANGED}),
    "energy ×1000": (lambda p: sql(p, "UPDATE energy_month SET quantity = quantity * 1000"
                                      " WHERE id = (SELECT min(id) FROM energy_month)"), {integrity.ROW_CHANGED}),
    "equipment row deleted": (lambda p: sql(p, "DELETE FROM equipment WHERE id = (SELECT min(id) FROM equipment)"),
                              {integrity.ROW_DELETED}),
    "measure added by hand": (lambda p: sql(p, "INSERT INTO measure (id, title, category)"
                                               " VALUES (9999, '伪造的措施', 'other')"),
                              {integrity.ROW_ADDED}),
    "last 20 groups cut": (lambda p: sql(p, "DROP TRIGGER journal_append_only_d",
                                         "DELETE FROM journal WHERE grp > (SELECT max(grp) - 20 FROM journal)",
                                         "CREATE TRIGGER journal_append_only_d BEFORE DELETE ON journal "
                                         "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END"),
                           {integrity.HEAD}),
    "journal re-chained": (lambda p: rechain(p, 40, update_meta=False), {integrity.HEAD, integrity.SCHEMA}),
    "approved without a decision": (lambda p: sql(p, "UPDATE case_info SET workflow_state = 'approved'"),
                                    {integrity.WORKFLOW, integrity.ROW_CHANGED}),
    "triggers dropped": (lambda p: sql(p, "DROP TRIGGER journal_append_only_u", "DROP TRIGGER journal_append_only_d"),
                         {integrity.SCHEMA}),
    "trigger added": (lambda p: sql(p, "CREATE TRIGGER evil AFTER UPDATE ON enterprise BEGIN SELECT 1; END"),
                      {integrity.SCHEMA}),
    "evidence photo zeroed": (lambda p: sql(p, "UPDATE blob SET data = zeroblob(size)"
                                               " WHERE sha256 = (SELECT sha256 FROM evidence LIMIT 1)"),
                              {integrity.BLOB}),
    "journal entry edited in place": (lambda p: sql(p, "DROP TRIGGER journal_append_only_u",
                                                    "UPDATE journal SET user = '别人' WHERE seq = 30"),
                                      {integrity.CHAIN, integrity.SCHEMA}),
}


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_every_tampering_is_found_and_blocks(demo_path: Path, kind: str) -> None:
    tamper, expected = TAMPERING[kind]
    if kind == "evidence photo zeroed":
        with CaseFile.open(demo_path, read_only=True) as case:
            assert case.count("evidence") and "sha256" in case.rows("evidence")[0]
    tamper(demo_path)
    found = audit_of(demo_path)
    assert expected <= codes(found), (kind, found.problems)
    with CaseFile.open(demo_path, read_only=True) as case:
        blocking = [f for f in check_case(case).blocking if f.code.startswith("integrity.")]
    assert blocking and all(f.section == "文件完整性" for f in blocking)


def test_a_changed_row_names_its_table_row_and_columns(demo_path: Path) -> None:
    sql(demo_path, "UPDATE enterprise SET name = '某某公司', employees = 9999 WHERE id = 1")
    with CaseFile.open(demo_path, read_only=True) as case:
        messages = [f.message for f in check_case(case).blocking if f.code == "integrity.row_changed"]
    assert messages == ["企业概况（enterprise） 1 在修改记录之外被改动（employees、name）"]


def test_rechained_journal_with_its_head_rewritten_audits_clean_without_a_key(demo_path: Path) -> None:
    """The limit of an unkeyed proof, stated as a test: rows, chain and head rewritten consistently (with the
    triggers put back) leave nothing for the audit — that is what signatures are for."""
    rechain(demo_path, 40, update_meta=True, restore_trigger=True)
    assert audit_of(demo_path).ok


def test_many_problems_are_listed_up_to_a_limit_and_counted(demo_path: Path) -> None:
    sql(demo_path, "UPDATE checklist_answer SET finding = '改过'")
    with CaseFile.open(demo_path, read_only=True) as case:
        found = case.audit()
        n = case.count("checklist_answer")
        findings = [f for f in check_case(case).blocking if f.code == "integrity.row_changed"]
    assert found.count(integrity.ROW_CHANGED) == n > integrity.MAX_LISTED
    assert len(findings) == integrity.MAX_LISTED + 1
    assert findings[-1].message.startswith(f"另有 {n - integrity.MAX_LISTED} 处同类问题")


def test_edits_undo_redo_and_restore_keep_the_case_provable(tmp_path: Path) -> None:
    path = tmp_path / "c.jnzd"
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        assert case.audit().ok
        profile.set_field(case, "enterprise.name", "甲公司")
        profile.add_contact(case, {"name": "王芳", "phone": "13800000000"})
        profile.set_field(case, "enterprise.employees", 120)
        case.undo()
        case.undo()
        case.redo()
        assert case.audit().ok
        snap = case.snapshot("manual")
        profile.set_field(case, "enterprise.name", "乙公司")
        assert snap is not None
        case.restore(snap)
        assert case.audit().ok and case.row("enterprise", 1)["name"] == "甲公司"  # type: ignore[index]
    assert audit_of(path).ok


def test_thorough_findings_stay_after_later_edits(tmp_path: Path) -> None:
    path = tmp_path / "c.jnzd"
    with CaseFile.create(path, as_of_date="2026-03-20") as case, case.edit("附件") as tx:
        tx.put_blob(b"photo bytes")
    sql(path, "UPDATE blob SET data = X'00'")
    with CaseFile.open(path) as case:
        assert codes(case.audit()) == {integrity.BLOB}
        profile.set_field(case, "enterprise.name", "甲公司")
        assert codes(case.audit()) == {integrity.BLOB}  # the page and blob pass ran once; its findings are kept


@pytest.mark.parametrize("fixture", OLDER, ids=lambda p: p.name)
def test_older_cases_are_unsealed_when_read_and_sealed_when_opened(fixture: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(fixture, tmp_path / fixture.name))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    found = audit_of(path)
    assert found.ok and found.unsealed > 0
    with CaseFile.open(path, read_only=True) as case:
        info = [f for f in check_case(case).findings if f.code == "integrity.unsealed"]
    assert info and info[0].severity.value == "info"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # reading sealed nothing
    with CaseFile.open(path) as case:
        assert case.audit().ok and case.audit().unsealed == 0
    sql(path, "UPDATE enterprise SET name = '某某公司' WHERE id = 1")
    assert codes(audit_of(path)) == {integrity.ROW_CHANGED}


def test_a_hand_made_bytes_value_gets_a_digest_and_is_found(demo_path: Path) -> None:
    sql(demo_path, "UPDATE enterprise SET name = X'DEADBEEF' WHERE id = 1")
    assert codes(audit_of(demo_path)) == {integrity.ROW_CHANGED}


def test_a_bundle_round_trip_audits_clean(demo_path: Path, tmp_path: Path) -> None:
    from desktop_app.operations import export

    out = tmp_path / "b.zip"
    with CaseFile.open(demo_path, read_only=True) as case:
        export.export_bundle(case, out, report_pdf=None, tables_xlsx=None)
    opened = export.open_bundle(out, tmp_path / "from-bundle.jnzd", user="审核员")
    found = audit_of(opened)
    assert found.ok and found.unsealed == 0, found.problems


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_the_review_window_row_blocks_on_every_tampering(demo_path: Path, kind: str) -> None:
    """The supervisor's table (its in-place, page-check-free pass) shows each tampering as a blocking problem."""
    from desktop_app.operations import portfolio_extract

    assert portfolio_extract.read_row(demo_path).blocking == 0
    tamper, _expected = TAMPERING[kind]
    tamper(demo_path)
    row = portfolio_extract.read_row(demo_path)
    assert not row.error and row.blocking >= 1, kind
