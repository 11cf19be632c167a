"""Read-only means read-only (issue 14, item 3): no command that only reads writes a byte of the case or of the
journal beside it — a crashed writer's hot journal is rolled back in a temporary copy and said; a journal that
does not belong to the file (a crash, then an older copy put back) is recognised and ignored; a writable open
backs both files up before recovering, and checks integrity after."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.operations import profile
from desktop_app.storage.casefile import CaseFile

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file of the folder: its SHA-256 and its mtime (a read must not even touch it)."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir()) if p.is_file()}


def _fork_and_die(body: Callable[[], None]) -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            body()
        finally:
            os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)


def make_case(path: Path) -> Path:
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        profile.set_field(case, "enterprise.name", "河南测试建材有限公司")
        profile.add_contact(case, {"name": "陈建国", "phone": "0373-6281234"})
    return path


def crash_mid_commit(path: Path, rows: int = 3000) -> Path:
    """A writer dies with the pages of an uncommitted edit spilled into the file: a hot journal beside it."""
    def body() -> None:
        case = CaseFile.open(path, snapshot=False)
        case.conn.execute("PRAGMA cache_size = 10")
        with case.edit("大批量添加") as tx:
            for i in range(rows):
                tx.insert("contact", {"name": f"未提交{i}", "role": "职务" * 50, "sort_order": 100 + i})
            os.kill(os.getpid(), signal.SIGKILL)

    _fork_and_die(body)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7"), "no hot journal"
    return journal


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "cases"
    f.mkdir()
    return f


READ_COMMANDS = [["info", "{case}"], ["info", "{case}", "--json"], ["check", "{case}"], ["check", "{case}", "--json"],
                 ["measurements", "{case}"], ["equipment", "{case}"], ["comments", "{case}"]]


@needs_fork
@pytest.mark.parametrize("argv", READ_COMMANDS, ids=lambda a: " ".join(a[::2]))
def test_read_commands_leave_a_hot_journal_and_its_case_untouched(folder: Path, argv: list[str],
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    case = make_case(folder / "hot.jnzd")
    crash_mid_commit(case)
    before = fingerprint(folder)
    code = main([a.format(case=case) for a in argv])
    out = capsys.readouterr()
    assert code in (0, 1), out.err
    assert fingerprint(folder) == before
    assert "Traceback" not in out.err
    if argv[0] in ("info", "check"):
        assert "已在临时副本中回滚后读取" in out.err


@needs_fork
def test_the_reader_sees_the_committed_state_and_the_writer_recovers_after_a_backup(folder: Path) -> None:
    case = make_case(folder / "hot.jnzd")
    crash_mid_commit(case)
    with CaseFile.open(case, read_only=True) as reader:
        assert [c["name"] for c in reader.rows("contact")] == ["陈建国"]
        assert "已在临时副本中回滚" in reader.recovery_note
        assert reader.audit().ok
    with CaseFile.open(case) as writer:
        assert "已恢复未完成的写入" in writer.recovery_note and writer.audit().ok
        assert [c["name"] for c in writer.rows("contact")] == ["陈建国"]
        backup = Path(writer.recovery_note.split("备份到 ")[1].split("，")[0])
    assert sorted(p.name for p in backup.iterdir()) == ["hot.jnzd", "hot.jnzd-journal"]
    assert not case.with_name("hot.jnzd-journal").exists()


@needs_fork
def test_a_journal_that_belongs_to_another_copy_is_ignored_by_readers_and_set_aside_by_the_writer(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = make_case(folder / "c.jnzd")
    older = Path(shutil.copy(case, tmp_path / "older.jnzd"))
    with CaseFile.open(case, snapshot=False) as c:  # the case grows on after the copy
        for i in range(400):
            profile.add_contact(c, {"name": f"联系人{i}", "role": "职务" * 40})
    crash_mid_commit(case, rows=3000)
    shutil.copy(older, case)  # "restored" the older copy over the crashed case, leaving its journal
    probe = Path(shutil.copy(case, tmp_path / "probe.jnzd"))
    shutil.copy(case.with_name("c.jnzd-journal"), probe.with_name("probe.jnzd-journal"))
    from desktop_app.storage.casefile import _integrity_ok

    assert not _integrity_ok(probe), "the journal rolls back cleanly onto the older copy: test is void"

    before = fingerprint(folder)
    assert main(["info", str(case)]) == 0
    assert main(["check", str(case)]) == 1  # incomplete, but no integrity finding
    err = capsys.readouterr().err
    assert "不属于这个文件" in err
    assert fingerprint(folder) == before  # neither file touched

    with CaseFile.open(case) as writer:
        assert "日志已移到" in writer.recovery_note
        assert writer.integrity_check() == "ok" and writer.audit().ok
        assert [c["name"] for c in writer.rows("contact")] == ["陈建国"]
    assert not case.with_name("c.jnzd-journal").exists()
