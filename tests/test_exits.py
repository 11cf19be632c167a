"""Exit codes, one-line messages and the files left on disk when things go wrong (issue 14, items 5 and 6): a
killed or starved ``jnzd demo``, temporary files of killed runs, one writer per case however it is reached (symlink,
hard link), read-only folders and media, busy files, snapshot folders that cannot be written, broken pipes, crash
logs, over-long names, bad counts and a schema version that does not match the file.

Read-only folders: the tests run as root here, and root writes into a mode-555 folder anyway. They then run the
command through ``setpriv`` without CAP_DAC_OVERRIDE (root obeys the permission bits like anyone else), and are
skipped where neither works.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain import errors
from desktop_app.operations import profile
from desktop_app.storage import case_io, tempfiles
from desktop_app.storage.casefile import CaseFile
from desktop_app.storage.lock import lock_path

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals, rlimits, links and modes")


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert "Traceback" not in err
    assert lines[0].startswith("jnzd: ")
    return lines[0]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def jnzd_cmd(*args: object) -> list[str]:
    return [sys.executable, "-m", "desktop_app", *map(str, args)]


def jnzd(*args: object, preexec: object = None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, *jnzd_cmd(*args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, preexec_fn=preexec)  # type: ignore[arg-type]


def crash_logs(data: Path) -> list[Path]:
    return sorted((data / "logs").glob("*.log")) if (data / "logs").is_dir() else []


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("demo")
    os.environ.setdefault("JNZD_DATA_DIR", str(folder / "data"))
    from desktop_app.operations.demo import build_demo

    return build_demo(folder / "demo.jnzd").read_bytes()


@pytest.fixture
def demo(tmp_path: Path, demo_bytes: bytes) -> Path:
    path = tmp_path / "demo.jnzd"
    path.write_bytes(demo_bytes)
    return path


def _unprivileged() -> tuple[str, ...]:
    """A command prefix under which the permission bits bind (see the module docstring), or skip."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and no setpriv to drop CAP_DAC_OVERRIDE: a read-only folder is writable")
    caps = "-dac_override,-dac_read_search"
    return (setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}")


# --- A. atomic and tidy: jnzd demo killed or starved, temporary files swept --------------------------------------


@POSIX
def test_killed_demo_leaves_no_case_and_a_later_run_sweeps_its_temporary_files(tmp_path: Path) -> None:
    out = tmp_path / "demo.jnzd"
    child = subprocess.Popen(jnzd_cmd("demo", out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        # kill it while it fills the case (the temporary case exists and is being written)
        while not any(n.endswith(".creating") and not n.endswith(".creating.creating") and
                      (tmp_path / n).stat().st_size > 200_000 for n in leftovers(tmp_path)):
            assert child.poll() is None and time.monotonic() < deadline, "demo finished before it could be killed"
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not out.exists()  # never a half-built case under the final name
    left = leftovers(tmp_path)
    assert left and all(".creating" in n for n in left), left

    p = jnzd("demo", out)  # a re-run works at once …
    assert p.returncode == 0, p.stderr
    assert leftovers(tmp_path) == left  # … and leaves the fresh left-overs alone (they might be a live writer's)
    old = time.time() - tempfiles.STALE_AFTER_S - 60
    for name in left:
        os.utime(tmp_path / name, (old, old))
    p = jnzd("demo", tmp_path / "again.jnzd")
    assert p.returncode == 0, p.stderr
    assert leftovers(tmp_path) == []  # stale now: swept by the next run that sees them
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".jnzd") == ["again.jnzd", "demo.jnzd"]


def _file_size_limit(limit: int) -> object:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@POSIX
def test_demo_over_the_file_size_limit_leaves_nothing_and_a_rerun_works(tmp_path: Path, _jnzd_env: Path) -> None:
    out = tmp_path / "demo.jnzd"
    p = jnzd("demo", out, preexec=_file_size_limit(1_000_000))
    assert p.returncode == 6, p.stderr
    line = one_line_error(p.stderr)
    assert str(out) in line
    assert not out.exists() and leftovers(tmp_path) == []
    assert crash_logs(_jnzd_env) == []
    p = jnzd("demo", out)
    assert p.returncode == 0, p.stderr
    with CaseFile.open(out, read_only=True) as case:
        assert case.row("enterprise", 1)["name"] == "河南中岳建材有限公司"  # type: ignore[index]


@POSIX
def test_export_over_the_file_size_limit_leaves_no_temporary_or_partial_file(tmp_path: Path, demo: Path,
                                                                             _jnzd_env: Path) -> None:
    out = tmp_path / "out"
    p = jnzd("export", demo, "-o", out, preexec=_file_size_limit(300_000))
    assert p.returncode == 6, p.stderr
    assert "磁盘已满或超出文件大小上限" in one_line_error(p.stderr)
    assert sorted(q.name for q in out.iterdir()) == []  # the PDF (the first file) did not fit: nothing at all
    assert crash_logs(_jnzd_env) == []


@pytest.mark.parametrize("name", [
    ".demo.jnzd.0123abcd.creating", ".demo.jnzd.0123abcd.creating-journal", ".demo.jnzd.0123abcd.creating.lock",
    "..demo.jnzd.0123abcd.creating.89abcdef.creating", ".x.zip.0123abcd.writing", ".out.xlsx.writing",
    ".报告_诊断报告.pdf.0123abcd.tmp", ".report-k2j_3x9q.pdf.tmp", "20260320T101010123456Z-open-0123456789ab.tmp",
    "20260320T101010123456Z-before-bulk-0123456789ab.tmp-journal",
])
def test_sweep_removes_every_stale_temporary_name_and_keeps_fresh_ones(tmp_path: Path, name: str) -> None:
    stale, fresh, mine = tmp_path / name, tmp_path / "fresh" / name, tmp_path / "mine"
    fresh.parent.mkdir()
    mine.mkdir()
    for p in (stale, fresh, *(mine / n for n in ("demo.jnzd", "demo.jnzd.lock", "notes.tmp", ".hidden"))):
        p.write_bytes(b"x")
    old = time.time() - tempfiles.STALE_AFTER_S - 1
    for p in (stale, *mine.iterdir()):
        os.utime(p, (old, old))
    assert tempfiles.sweep(tmp_path) == [stale]
    assert tempfiles.sweep(fresh.parent) == [] and fresh.exists()
    assert tempfiles.sweep(mine) == [] and len(list(mine.iterdir())) == 4  # the user's own files never


def test_sweep_keeps_an_old_case_being_built_while_its_lock_is_held(tmp_path: Path) -> None:
    building = tmp_path / ".demo.jnzd.0123abcd.creating"
    case = CaseFile.create(building, as_of_date="2026-03-20")  # holds building.lock, as a running demo does
    try:
        old = time.time() - tempfiles.STALE_AFTER_S - 1
        for p in tmp_path.iterdir():
            os.utime(p, (old, old))
        assert tempfiles.sweep(tmp_path) == []
    finally:
        case.close()
    assert tempfiles.sweep(tmp_path, now=time.time() + tempfiles.STALE_AFTER_S + 1) == [building]


def test_a_failed_snapshot_leaves_no_temporary_file(tmp_path: Path, _jnzd_env: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    case = CaseFile.create(tmp_path / "c.jnzd", as_of_date="2026-03-20")
    try:
        profile.set_field(case, "enterprise.name", "甲")
        folder = _jnzd_env / "snapshots" / case.case_uuid
        before = sorted(folder.iterdir())
        monkeypatch.setattr(case, "conn", _FailingBackup(case.conn))
        with pytest.raises(errors.SnapshotError) as info:
            case.snapshot("manual")
        assert info.value.exit_code == 6
        assert sorted(folder.iterdir()) == before  # no .tmp left
    finally:
        monkeypatch.undo()
        case.close()


class _FailingBackup:
    """A connection whose backup fails as on a full data folder; everything else passes through."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def backup(self, dest: sqlite3.Connection, **kw: object) -> None:
        dest.execute("CREATE TABLE half (x)")  # something was written before the disk filled up
        raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


# --- B. one writer per case however it is reached ----------------------------------------------------------------


@POSIX
def test_a_case_reached_through_a_symlink_has_one_writer(tmp_path: Path) -> None:
    real = tmp_path / "real.jnzd"
    CaseFile.create(real, as_of_date="2026-03-20").close()
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "link.jnzd"
    link.symlink_to(real)
    with CaseFile.open(real) as first:
        assert not first.read_only
        with CaseFile.open(link) as second:
            assert isinstance(second.read_only_notice, errors.CaseLocked)
            with pytest.raises(errors.CaseReadOnly) as info:
                profile.set_field(second, "enterprise.name", "乙")
            assert "测试工程师@" in info.value.message()  # names who holds it
        profile.set_field(first, "enterprise.name", "甲")  # the writer is unaffected
    with CaseFile.open(link) as case:  # alone, the link opens writable: the lock is the real file's
        assert not case.read_only and case.path == real.resolve()
        profile.set_field(case, "enterprise.name", "丙")
        assert lock_path(real).exists() and not lock_path(link).exists()
    assert not lock_path(real).exists()


@POSIX
def test_a_hard_linked_case_is_opened_read_only_with_a_clear_message(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.jnzd"
    CaseFile.create(real, as_of_date="2026-03-20").close()
    other = tmp_path / "other.jnzd"
    os.link(real, other)
    for name in (real, other):
        with CaseFile.open(name) as case:
            assert isinstance(case.read_only_notice, errors.CaseHardLinked)
            assert "2 个硬链接" in case.read_only_notice.message()
    code, _out, err = run(capsys, "comment", other, "--section", "profile", "--text", "x")
    assert code == 4
    assert "硬链接" in one_line_error(err)
    assert not lock_path(real).exists() and not lock_path(other).exists()
    other.unlink()
    with CaseFile.open(real) as case:  # one name again: writable
        assert not case.read_only


# --- C. exit codes and messages ----------------------------------------------------------------------------------


@POSIX
def test_demo_into_a_read_only_folder_exits_6_naming_the_folder(tmp_path: Path, _jnzd_env: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    prefix = _unprivileged()
    folder.chmod(0o555)
    try:
        p = jnzd("demo", folder / "d.jnzd", prefix=prefix)
    finally:
        folder.chmod(0o755)
    assert p.returncode == 6, p.stderr
    assert f"无法在文件夹“{folder}”中写入" in one_line_error(p.stderr)
    assert list(folder.iterdir()) == [] and crash_logs(_jnzd_env) == []


@POSIX
def test_a_case_in_a_read_only_folder_is_read_only_not_open_elsewhere(tmp_path: Path, demo: Path) -> None:
    prefix = _unprivileged()
    demo.parent.chmod(0o555)
    try:
        p = jnzd("comment", demo, "--section", "profile", "--text", "x", prefix=prefix)
        info = jnzd("info", demo, "--json", prefix=prefix)
    finally:
        demo.parent.chmod(0o755)
    assert p.returncode == 4, p.stderr
    line = one_line_error(p.stderr)
    assert "只读" in line and "已在别处打开" not in line and "正由" not in line
    assert info.returncode == 0, info.stderr
    assert "别处" not in json.loads(info.stdout).get("read_only", "")


def test_edits_refused_on_a_locked_case_name_the_holder(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with CaseFile.open(demo, user="王工") as holder:
        assert not holder.read_only
        code, _out, err = run(capsys, "comment", demo, "--section", "profile", "--text", "x")
        assert code == 4
        assert "王工@" in one_line_error(err)
        with CaseFile.open(demo) as second, pytest.raises(errors.CaseReadOnly) as info:
            profile.set_field(second, "enterprise.name", "乙")
        assert "已在别处打开：王工@" in info.value.message()


def test_a_snapshot_folder_that_cannot_be_written_does_not_fail_the_command(
        tmp_path: Path, demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data-is-a-file"
    data.write_text("not a folder")
    monkeypatch.setenv("JNZD_DATA_DIR", str(data))
    code, _out, err = run(capsys, "comment", demo, "--section", "profile", "--text", "意见")
    assert code == 0, err
    assert not lock_path(demo).exists()
    with CaseFile.open(demo, read_only=True) as case:
        assert case.count("review_comment") == 1
    case = CaseFile.open(demo)
    try:
        assert isinstance(case.snapshot_error, errors.SnapshotError)  # why there is no snapshot, for the GUI
        with pytest.raises(errors.SnapshotError) as info:  # an explicit snapshot says so: exit 6, the folder named
            case.snapshot("manual")
        assert info.value.exit_code == 6 and str(data) in info.value.message()
    finally:
        case.close()
    assert not lock_path(demo).exists()


class _FullOnOptimize:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: object) -> object:
        if sql.startswith("PRAGMA optimize"):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def test_closing_on_a_full_disk_raises_nothing_and_releases_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "c.jnzd"
    case = CaseFile.create(path, as_of_date="2026-03-20")
    profile.set_field(case, "enterprise.name", "甲")
    case.conn = _FullOnOptimize(case.conn)  # type: ignore[assignment]
    case.close()
    assert not lock_path(path).exists()
    with CaseFile.open(path) as again:
        assert again.row("enterprise", 1)["name"] == "甲"  # type: ignore[index]


def _reader_holding(path: Path) -> sqlite3.Connection:
    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM journal").fetchone()  # a SHARED lock until the transaction ends
    return reader


def test_a_busy_file_is_retried_until_the_reader_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "c.jnzd"
    case = CaseFile.create(path, as_of_date="2026-03-20")
    try:
        reader = _reader_holding(path)
        timer = threading.Timer(6.0, reader.close)  # longer than the 5 s the writer used to wait
        timer.start()
        start = time.monotonic()
        profile.set_field(case, "enterprise.name", "甲")
        assert time.monotonic() - start >= 5.5
        timer.join()
    finally:
        case.close()
    with CaseFile.open(path, read_only=True) as again:
        assert again.row("enterprise", 1)["name"] == "甲"  # type: ignore[index]


def test_a_file_busy_for_too_long_says_so_and_exits_6(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_io, "BUSY_TIMEOUT_S", 0.3)
    path = tmp_path / "c.jnzd"
    case = CaseFile.create(path, as_of_date="2026-03-20")
    reader = _reader_holding(path)
    try:
        with pytest.raises(errors.CaseBusy) as info:
            profile.set_field(case, "enterprise.name", "甲")
        assert info.value.exit_code == 6 and "占用" in info.value.message()
    finally:
        reader.close()
    profile.set_field(case, "enterprise.name", "乙")  # the case is intact and writable again
    case.close()


def test_crash_logs_of_one_second_are_all_kept(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                               _jnzd_env: Path) -> None:
    import desktop_app.cli as cli

    def boom(args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "_info", boom)
    for _ in range(3):
        code, _out, err = run(capsys, "info", "x.jnzd")
        assert code == 70 and "内部错误" in one_line_error(err)
    assert len(crash_logs(_jnzd_env)) == 3


@POSIX
def test_a_broken_pipe_ends_quietly(demo: Path, _jnzd_env: Path) -> None:
    """As ``| head -1`` after its line: the reader is gone before the command writes (a closed read end makes
    every write fail, so the outcome does not depend on how much fits into the pipe's buffer)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        child = subprocess.Popen(jnzd_cmd("check", demo, "--json"), stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert child.stderr is not None
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141  # 128 + SIGPIPE, as a command the pipe killed
    assert err == "" and crash_logs(_jnzd_env) == []


def test_an_over_long_file_name_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 _jnzd_env: Path) -> None:
    fits = "长" * 83 + ".jnzd"  # 254 bytes: the name fits, its "-journal" would not
    too_long = "长" * 100 + ".jnzd"  # 305 bytes
    for argv, expected, words in ((["demo", tmp_path / fits], 2, "文件名过长"),
                                  (["demo", tmp_path / too_long], 2, "文件名过长"),
                                  (["info", tmp_path / too_long], 2, "文件名过长"),
                                  (["info", tmp_path / fits], 3, "找不到案例文件")):
        code, _out, err = run(capsys, *argv)
        assert code == expected, err
        assert words in one_line_error(err)
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []
    assert crash_logs(_jnzd_env) == []


@pytest.mark.parametrize("argv", [["--skip-rows", "-5"], ["--file", "b.csv", "--skip-rows", "-5"],
                                  ["--skip-rows", "x"]])
def test_a_negative_skip_rows_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               argv: list[str]) -> None:
    log = tmp_path / "a.csv"
    log.write_text("time,P\n2024-01-01 00:00,1\n", encoding="utf-8")
    code, _out, err = run(capsys, "import-log", tmp_path / "c.jnzd", log, *argv)
    assert code == 2
    assert "不是行数" in one_line_error(err)


@pytest.mark.parametrize("version", [0, 3])
def test_a_schema_version_that_does_not_match_the_file_is_reported_as_such(
        tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str], version: int) -> None:
    conn = sqlite3.connect(demo)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "info", demo)
    assert code == 5
    line = one_line_error(err)
    assert f"格式版本 {version} 与文件内容不符" in line and "读写" not in line
