"""The append-only journal: undo/redo derived from it, barriers, tamper evidence; snapshots and their thinning."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain import errors
from desktop_app.operations import profile, workflow
from desktop_app.operations.check import check_case
from desktop_app.operations.demo import build_demo
from desktop_app.storage import journal as jr
from desktop_app.storage import snapshots
from desktop_app.storage.casefile import CaseFile
from desktop_app.storage.snapshots import Snapshot


def name_of(case: CaseFile) -> str | None:
    return case.row("enterprise", 1)["name"]  # type: ignore[index]


def contacts_of(case: CaseFile) -> list[tuple[int, str, str | None]]:
    return [(r["id"], r["name"], r["phone"]) for r in case.rows("contact")]


@pytest.fixture
def case(tmp_path: Path) -> CaseFile:
    c = CaseFile.create(tmp_path / "j.jnzd", as_of_date="2026-03-20")
    yield c  # type: ignore[misc]
    c.close()


# --- undo / redo ---------------------------------------------------------------------------------------------


def test_undo_redo_walks_back_and_forth_through_edits_inserts_and_deletes(case: CaseFile) -> None:
    assert case.undo_label() is None  # creating the case is not undoable
    with pytest.raises(errors.NothingToUndo):
        case.undo()
    profile.set_field(case, "enterprise.name", "甲公司")
    profile.set_field(case, "enterprise.name", "乙公司")
    _, cid = profile.add_contact(case, {"name": "陈建国", "phone": "0373-6281234"})
    profile.delete_contact(case, cid)

    states = [  # after 4, 3, 2, 1, 0 edits
        ("乙公司", []),
        ("乙公司", [(cid, "陈建国", "0373-6281234")]),
        ("乙公司", []),
        ("甲公司", []),
        (None, []),
    ]
    labels = ["删除联系人 陈建国", "添加联系人 陈建国", "修改企业名称", "修改企业名称"]
    assert (name_of(case), contacts_of(case)) == states[0]
    for i, label in enumerate(labels):
        assert case.undo_label() == label
        changes = case.undo()
        assert changes.kind == "undo" and changes.label == jr.UNDO_PREFIX + label
        assert (name_of(case), contacts_of(case)) == states[i + 1], f"after undo #{i + 1}"
        assert case.redo_label() == label
    assert case.undo_label() is None
    with pytest.raises(errors.NothingToUndo):
        case.undo()

    for i, label in enumerate(reversed(labels)):
        assert case.redo_label() == label
        case.redo()
        assert (name_of(case), contacts_of(case)) == states[3 - i], f"after redo #{i + 1}"
    assert case.redo_label() is None
    with pytest.raises(errors.NothingToUndo):
        case.redo()

    # undoing a redone edit, and redoing it again
    case.undo()
    assert contacts_of(case) == [(cid, "陈建国", "0373-6281234")]
    case.redo()
    assert contacts_of(case) == []
    assert case.undo_label() == "删除联系人 陈建国"

    # history only grows; every undo/redo is a journal group of its own, and the chain holds
    kinds = [e.kind for e in case.journal_entries()]
    assert kinds.count("undo") == 5 and kinds.count("redo") == 5
    assert case.verify_journal() is None


def test_undo_stacks_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "reopen.jnzd"
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        profile.set_field(case, "enterprise.name", "甲公司")
        profile.set_field(case, "enterprise.city", "郑州市")
        profile.add_contact(case, {"name": "王芳"})
        case.undo()
        assert (case.undo_label(), case.redo_label()) == ("修改所在地市", "添加联系人 王芳")

    with CaseFile.open(path) as case:
        assert (case.undo_label(), case.redo_label()) == ("修改所在地市", "添加联系人 王芳")
        case.redo()
        assert [r["name"] for r in case.rows("contact")] == ["王芳"]
        case.undo()
        case.undo()
        assert case.row("enterprise", 1)["city"] is None  # type: ignore[index]
        assert name_of(case) == "甲公司"

    with CaseFile.open(path) as case:
        assert (case.undo_label(), case.redo_label()) == ("修改企业名称", "修改所在地市")
        case.undo()
        assert name_of(case) is None
        assert case.undo_label() is None


def test_a_new_edit_clears_redo(tmp_path: Path, case: CaseFile) -> None:
    profile.set_field(case, "enterprise.name", "甲公司")
    profile.set_field(case, "enterprise.name", "乙公司")
    case.undo()
    assert case.redo_label() == "修改企业名称"
    profile.set_field(case, "enterprise.city", "郑州市")
    assert case.redo_label() is None
    with pytest.raises(errors.NothingToUndo):
        case.redo()
    assert name_of(case) == "甲公司"
    path = case.path
    case.close()
    with CaseFile.open(path) as again:
        assert again.redo_label() is None
        assert again.undo_label() == "修改所在地市"


def test_workflow_transition_is_an_undo_barrier(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.jnzd")
    with CaseFile.open(path) as case:
        assert case.undo_label() is not None
        workflow.transition(case, "submit")
        workflow.transition(case, "withdraw")
        assert case.workflow_state == "draft"
        assert case.undo_label() is None and case.redo_label() is None
        with pytest.raises(errors.NothingToUndo):
            case.undo()
        profile.set_field(case, "enterprise.city", "郑州市")
        case.undo()
        assert case.row("enterprise", 1)["city"] == "新乡市"  # type: ignore[index]
        assert case.undo_label() is None  # the edits before the transition stay out of reach
    with CaseFile.open(path) as case:  # also when the stacks are rebuilt from the journal
        assert case.undo_label() is None
        assert case.redo_label() == "修改所在地市"


def test_undo_in_a_submitted_case_is_refused(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.jnzd")
    with CaseFile.open(path) as case:
        profile.set_field(case, "enterprise.city", "郑州市")
        case.undo()
        profile.set_field(case, "enterprise.county", "中原区")
        workflow.transition(case, "submit")
        entries = len(case.journal_entries())
        with pytest.raises(errors.CaseReadOnly):
            case.undo()
        with pytest.raises(errors.CaseReadOnly):
            case.redo()
        assert len(case.journal_entries()) == entries
        assert case.row("enterprise", 1)["county"] == "中原区"  # type: ignore[index]


def test_undo_in_a_read_only_open_is_refused(tmp_path: Path, case: CaseFile) -> None:
    profile.set_field(case, "enterprise.name", "甲公司")
    with CaseFile.open(case.path, read_only=True) as reader:
        assert reader.undo_label() == "修改企业名称"
        with pytest.raises(errors.CaseReadOnly):
            reader.undo()
    assert name_of(case) == "甲公司"


# --- append-only and tamper evidence -------------------------------------------------------------------------


def test_journal_rows_cannot_be_updated_or_deleted(tmp_path: Path, case: CaseFile) -> None:
    profile.set_field(case, "enterprise.name", "甲公司")
    n = len(case.journal_entries())
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        case.conn.execute("UPDATE journal SET label = '改写' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        case.conn.execute("DELETE FROM journal WHERE seq = 1")
    assert len(case.journal_entries()) == n
    assert case.verify_journal() is None
    path = case.path
    case.close()
    conn = sqlite3.connect(path)  # not through the app either
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE journal SET old = NULL")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM journal")
    finally:
        conn.close()


def _tamper(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER journal_append_only_u")
        conn.execute("DROP TRIGGER journal_append_only_d")
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("how", ["old-value", "user", "delete-row"])
def test_tampered_journal_is_detected(tmp_path: Path, how: str) -> None:
    path = tmp_path / "tamper.jnzd"
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        profile.set_field(case, "enterprise.name", "甲公司")
        profile.set_field(case, "enterprise.name", "乙公司")
        profile.add_contact(case, {"name": "王芳"})
        target = next(e for e in case.journal_entries() if e.col == "name" and e.old is not None)
        assert not any(f.code == "integrity.chain" for f in check_case(case).findings)
    if how == "old-value":
        _tamper(path, "UPDATE journal SET old = ? WHERE seq = ?", (jr.encode("伪造的旧名称"), target.seq))
        expected = target.seq
    elif how == "user":
        _tamper(path, "UPDATE journal SET user = '别人' WHERE seq = ?", (target.seq,))
        expected = target.seq
    else:
        _tamper(path, "DELETE FROM journal WHERE seq = ?", (target.seq,))
        expected = target.seq + 1  # its successor no longer follows from what precedes it

    with CaseFile.open(path) as case:
        assert case.verify_journal() == expected
        tampered = [f for f in check_case(case).blocking if f.code == "integrity.chain"]
        assert len(tampered) == 1
        assert str(expected) in tampered[0].message


# --- snapshots -----------------------------------------------------------------------------------------------


def test_manual_snapshot_is_listed_and_restore_brings_back_old_data(case: CaseFile) -> None:
    profile.set_field(case, "enterprise.name", "甲公司")
    snap = case.snapshot("manual")
    assert snap is not None and snap.reason == "manual" and snap.head == case.head[:12]
    assert snap in case.snapshots()
    assert snap.path.is_file() and snap.size > 0
    assert snap.path.is_relative_to(os.environ["JNZD_DATA_DIR"])  # never beside the case file

    profile.set_field(case, "enterprise.name", "乙公司")
    profile.add_contact(case, {"name": "王芳"})
    changes = case.restore(snap)
    assert changes.kind == "restore" and changes.everything
    assert name_of(case) == "甲公司"
    assert case.rows("contact") == []
    last = case.journal_entries()[-1]
    assert last.kind == "restore" and snap.path.name in (jr.decode(last.new) or "")  # type: ignore[operator]
    assert case.verify_journal() is None
    assert case.undo_label() is None and case.redo_label() is None  # restore is a barrier
    profile.set_field(case, "enterprise.city", "郑州市")  # the restored case is writable as usual

    # The state the restore discarded was snapshotted first, so the restore itself can be undone that way.
    before = [s for s in case.snapshots() if s.reason == "before-restore"]
    assert len(before) == 1
    case.restore(before[0])
    assert name_of(case) == "乙公司"
    assert [r["name"] for r in case.rows("contact")] == ["王芳"]
    assert case.verify_journal() is None

    path = case.path
    case.close()
    with CaseFile.open(path) as again:
        assert name_of(again) == "乙公司"
        assert again.integrity_check() == "ok"


def test_snapshot_of_another_case_is_refused(tmp_path: Path, case: CaseFile) -> None:
    profile.set_field(case, "enterprise.name", "甲公司")
    with CaseFile.create(tmp_path / "other.jnzd", as_of_date="2026-03-20") as other:
        profile.set_field(other, "enterprise.name", "别人的公司")
        foreign = other.snapshot("manual")
    assert foreign is not None
    entries = len(case.journal_entries())
    with pytest.raises(errors.SnapshotError):
        case.restore(foreign)
    assert name_of(case) == "甲公司"
    assert len(case.journal_entries()) == entries
    assert case.verify_journal() is None
    assert case.integrity_check() == "ok"


def test_reopening_an_unchanged_case_takes_no_new_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "quiet.jnzd"
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        profile.set_field(case, "enterprise.name", "甲公司")
        uid = case.case_uuid
    count = len(snapshots.list_snapshots(uid))
    assert count >= 1
    for _ in range(3):
        CaseFile.open(path).close()
    assert len(snapshots.list_snapshots(uid)) == count
    with CaseFile.open(path) as case:
        profile.set_field(case, "enterprise.name", "乙公司")
    assert len(snapshots.list_snapshots(uid)) == count + 1  # the close snapshot of the changed case


# --- thinning (pure) -----------------------------------------------------------------------------------------


def _snap(when: datetime, tag: str) -> Snapshot:
    return Snapshot(Path(f"/snaps/{tag}.jnzd"), when, "periodic", "abcdef012345")


def test_to_prune_keeps_newest_30_then_one_a_day_then_one_a_month() -> None:
    now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    snaps: list[Snapshot] = []
    # 32 from the last hour: the newest 30 are kept as they are; #31 is today's one-a-day; #32 goes.
    for i in range(32):
        snaps.append(_snap(now - timedelta(minutes=i), f"recent{i:02d}"))
    # three a day (11:00, 10:00, 09:00) for each of the 40 days before today
    for d in range(1, 41):
        for h in (1, 2, 3):
            snaps.append(_snap(now - timedelta(days=d, hours=h), f"day{d:02d}h{h}"))
    # older months: two in December 2025, two in November 2025
    for day in (20, 5):
        snaps.append(_snap(datetime(2025, 12, day, 8, tzinfo=UTC), f"dec{day}"))
    for day in (28, 1):
        snaps.append(_snap(datetime(2025, 11, day, 8, tzinfo=UTC), f"nov{day}"))
    snaps.sort(key=lambda s: s.taken_utc, reverse=True)  # list_snapshots' order: newest first

    pruned = {s.path.stem for s in snapshots.to_prune(snaps, now)}
    kept = {s.path.stem for s in snaps} - pruned

    expected = {f"recent{i:02d}" for i in range(31)}
    expected |= {f"day{d:02d}h1" for d in range(1, 30)}  # within 30 days: the newest of each day
    expected.add("day30h1")  # older than 30 days (30 d 1 h): February 2026's newest
    expected |= {"dec20", "nov28"}
    assert kept == expected
    assert len(kept) == 30 + 1 + 29 + 1 + 2
    assert "recent31" in pruned and "day01h2" in pruned and "day40h1" in pruned and "dec5" in pruned


def test_to_prune_small_lists_keep_everything() -> None:
    now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    assert snapshots.to_prune([], now) == []
    old = [_snap(now - timedelta(days=400 + i), f"old{i}") for i in range(30)]
    assert snapshots.to_prune(old, now) == []  # the newest 30 are kept whatever their age
    dates = [datetime(2025, 1, 31, tzinfo=UTC), datetime(2025, 1, 15, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC),
             datetime(2024, 12, 31, tzinfo=UTC)]
    few = [_snap(d, d.strftime("%Y%m%d")) for d in dates]
    assert [s.path.stem for s in snapshots.to_prune(few, now, keep_recent=1)] == ["20250101"]
