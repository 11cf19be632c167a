"""The portfolio's scan: the per-folder index (reused when unchanged, a changed file re-read, a vanished one dropped,
a damaged index ignored), cancel, worker processes, bundles, and every kind of bad file as a row with its error —
and never a byte, an mtime or a lock file changed in the scanned folder."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.operations import demo_portfolio, export, portfolio
from desktop_app.storage import portfolio_index
from desktop_app.storage.casefile import CaseFile


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("portfolio-index")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JNZD_DATA_DIR", str(root / "data"))
        demo_portfolio.generate(root / "cases", 4, seed=11, extras=False)
    yield root / "cases"


@pytest.fixture
def folder(source: Path, tmp_path: Path) -> Path:
    work = tmp_path / "文件夹 cases"
    shutil.copytree(source, work)
    return work


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the scan reads (in this process)."""
    seen: list[Path] = []
    real = portfolio.read_row

    def counting(path: Path) -> portfolio.CaseRow:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(portfolio, "read_row", counting)
    return seen


def _state(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file under the folder with its SHA-256, size and mtime (ns)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.stat()
        out[str(p.relative_to(folder))] = (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir",
                                           st.st_size, st.st_mtime_ns)
    return out


def _edit_name(path: Path, name: str) -> None:
    with CaseFile.open(path, snapshot=False) as case, case.edit("改名", kind="workflow") as tx:
        tx.update("enterprise", 1, {"name": name})


def test_index_reused_then_changed_new_and_vanished_files(folder: Path, calls: list[Path], tmp_path: Path) -> None:
    first = portfolio.scan([folder])
    assert len(first) == 4 and len(calls) == 4 and not any(r.error for r in first)
    where = portfolio_index.index_path(folder)
    assert where.is_relative_to(tmp_path / "data") and where.exists()  # in the data folder, not the case folder
    calls.clear()
    assert portfolio.scan([folder]) == first and calls == []  # nothing changed: nothing read
    changed = first[1].path
    _edit_name(changed, "演示改名有限公司")
    again = portfolio.scan([folder])
    assert calls == [changed] and again[1].enterprise == "演示改名有限公司" and again[0] == first[0]
    calls.clear()
    shutil.copy(first[0].path, folder / "新来的.jnzd")
    first[2].path.unlink()
    rows = portfolio.scan([folder])
    assert calls == [folder / "新来的.jnzd"]
    assert [r.path.name for r in rows] == ["新来的.jnzd", first[0].path.name, first[1].path.name, first[3].path.name]
    assert set(portfolio_index.load(folder, portfolio.index_key())) == {r.path.name for r in rows}
    calls.clear()
    portfolio.scan([folder])
    assert calls == []


def test_a_journal_beside_a_case_makes_it_read_again(folder: Path, calls: list[Path]) -> None:
    rows = portfolio.scan([folder])
    calls.clear()
    (folder / (rows[0].path.name + "-journal")).write_bytes(b"")  # a writer at work (or a crashed one)
    assert portfolio.scan([folder]) == rows and calls == [rows[0].path]


def test_damaged_or_foreign_index_is_ignored_and_rebuilt(folder: Path, calls: list[Path],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    rows = portfolio.scan([folder])
    where = portfolio_index.index_path(folder)
    for damage in (b"\x00garbage", b'{"format": 1, "key": {}, "entries": []}', b"[1, 2]",
                   where.read_bytes()[: where.stat().st_size // 2]):
        where.write_bytes(damage)
        calls.clear()
        assert portfolio.scan([folder]) == rows and len(calls) == 4
    calls.clear()
    monkeypatch.setattr(portfolio, "EXTRACT_VERSION", "a newer extraction")  # a new app version: everything again
    assert portfolio.scan([folder]) == rows and len(calls) == 4


def test_no_index_reads_everything_and_leaves_the_index_alone(folder: Path, calls: list[Path]) -> None:
    portfolio.scan([folder], use_index=False)
    assert len(calls) == 4 and not portfolio_index.index_path(folder).exists()


def test_scan_never_changes_the_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(folder)
    portfolio.scan([folder])  # cold
    portfolio.scan([folder])  # warm
    monkeypatch.setattr(portfolio, "POOL_MIN_FILES", 1)
    portfolio.scan([folder], use_index=False, workers=2)  # by worker processes
    assert _state(folder) == before


def test_cancel_stops_early_and_the_next_scan_resumes(folder: Path, calls: list[Path]) -> None:
    done: list[tuple[int, int]] = []
    rows = portfolio.scan([folder], progress=lambda n, total: done.append((n, total)), cancelled=lambda: bool(done))
    assert len(rows) == 1 and done == [(1, 4)]
    calls.clear()
    assert len(portfolio.scan([folder])) == 4 and len(calls) == 3  # the first one came from the index


def test_worker_processes_give_the_same_rows(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(next(folder.glob("*.jnzd")), folder / "坏.jnzd")
    (folder / "坏.jnzd").write_bytes(b"not a case")
    serial = portfolio.scan([folder], use_index=False, workers=1)
    monkeypatch.setattr(portfolio, "POOL_MIN_FILES", 1)
    seen: list[int] = []
    parallel = portfolio.scan([folder], use_index=False, workers=2, progress=lambda n, _t: seen.append(n))
    assert parallel == serial and sorted(seen) == [1, 2, 3, 4, 5]
    stopped = portfolio.scan([folder], use_index=False, workers=2, cancelled=lambda: True)
    assert stopped == []


def _bad_files(folder: Path, case: Path) -> dict[str, str]:
    """{file name: what the error must say} for every kind of bad input."""
    data = case.read_bytes()
    (folder / "空.jnzd").write_bytes(b"")
    (folder / "文本.jnzd").write_text("会议纪要", encoding="utf-8")
    (folder / "截断.jnzd").write_bytes(data[: len(data) // 3])
    (folder / "损坏.jnzd").write_bytes(data[:100] + b"\xff" * (16384 - 100) + data[16384:])  # page 1 overwritten
    conn = sqlite3.connect(folder / "别的程序.jnzd")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    conn = sqlite3.connect(folder / "没有格式信息.jnzd")
    conn.execute(f"PRAGMA application_id = {0x4A4E5A44}")  # ours ("JNZD"), but no case inside
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with zipfile.ZipFile(folder / "照片.zip", "w") as zf:
        zf.writestr("a.txt", "hello")
    with CaseFile.open(case, read_only=True) as c:
        export.export_bundle(c, folder / "数据包.zip", report_pdf=None, tables_xlsx=None)
    bundle = (folder / "数据包.zip").read_bytes()
    (folder / "截断的数据包.zip").write_bytes(bundle[: len(bundle) // 2])
    with zipfile.ZipFile(folder / "数据包.zip") as src, zipfile.ZipFile(folder / "被改动的数据包.zip", "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, body.replace("演示".encode(), "伪造".encode()) if info.filename == "case.json" else body)
    return {"空.jnzd": "文件为空", "文本.jnzd": "不是 SQLite 数据库", "截断.jnzd": "文件被截断", "损坏.jnzd": "已损坏",
            "别的程序.jnzd": "另一个程序的 SQLite 数据库", "没有格式信息.jnzd": "缺少案例文件的格式信息",
            "照片.zip": "manifest.json", "截断的数据包.zip": "不是 ZIP 压缩包", "被改动的数据包.zip": "SHA-256"}


def test_bad_files_become_rows_with_their_errors(folder: Path) -> None:
    case = next(folder.glob("*.jnzd"))
    expected = _bad_files(folder, case)
    before = _state(folder)
    rows = {r.path.name: r for r in portfolio.scan([folder])}
    for name, says in expected.items():
        r = rows[name]
        assert r.error and name in r.error and says in r.error, (name, r.error)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.error)
        assert r.kind == ("bundle" if name.endswith(".zip") else "case")
    good = rows["数据包.zip"]
    assert not good.error and good.kind == "bundle"
    same = rows[case.name]
    for field in ("enterprise", "uscc", "blocking", "warnings", "completeness", "saving_tce", "intention",
                  "problems", "last_change", "workflow", "last_decision", "changed_since_review"):
        assert getattr(good, field) == getattr(same, field), field
    assert portfolio.summarize(list(rows.values())).unreadable == len(expected)
    assert _state(folder) == before


def test_a_hot_journal_is_rolled_back_in_a_copy_never_in_the_case(folder: Path, tmp_path: Path) -> None:
    case = next(folder.glob("*.jnzd"))
    name = portfolio.scan([case])[0].enterprise
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    conn = sqlite3.connect(case, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill: the uncommitted change reaches the file, its undo the journal
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE enterprise SET name = '未提交的修改'")
    conn.execute("UPDATE checklist_answer SET finding = finding || '（未提交）'")
    assert Path(str(case) + "-journal").exists()
    shutil.copy(case, crashed / case.name)  # what a power cut mid-commit leaves: file + hot journal
    shutil.copy(str(case) + "-journal", crashed / (case.name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    before = _state(crashed)
    row = portfolio.scan([crashed])[0]
    assert not row.error and row.enterprise == name  # the last committed state
    assert _state(crashed) == before  # the journal is still there, the file untouched


def test_an_unwritable_data_folder_only_costs_the_index(folder: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("JNZD_DATA_DIR", str(blocker / "data"))  # mkdir fails: the index cannot be saved
    rows = portfolio.scan([folder])
    assert len(rows) == 4 and not any(r.error for r in rows) and portfolio.scan([folder]) == rows
    assert not list(tmp_path.glob("**/*.writing"))
