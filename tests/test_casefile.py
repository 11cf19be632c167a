"""The case file: identification of foreign files, the version gate, migrations, the lock, self-containment and
a full disk. Every refusal is a typed error and leaves the file exactly as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain import errors
from desktop_app.operations import profile
from desktop_app.storage import schema
from desktop_app.storage.casefile import CaseFile

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder holding only the case files of the test (snapshots go to JNZD_DATA_DIR elsewhere)."""
    folder = tmp_path / "cases"
    folder.mkdir()
    return folder


def make_case(path: Path) -> Path:
    with CaseFile.create(path, as_of_date="2026-03-20") as case:
        profile.set_field(case, "enterprise.name", "河南测试建材有限公司")
        profile.add_contact(case, {"name": "陈建国", "phone": "0373-6281234"})
        profile.set_field(case, "enterprise.employees", "486")
    return path


def sidecars(path: Path) -> list[str]:
    """Files next to ``path`` that belong to it (journal, WAL, lock, temporary files)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and path.name in p.name)


def _fork_and_die(body: Callable[[], None]) -> None:
    """Run ``body`` in a child that then kills itself with SIGKILL (no clean-up of any kind)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            body()
            os.kill(os.getpid(), signal.SIGKILL)
        except BaseException:
            import traceback

            os.write(2, traceback.format_exc().encode("utf-8", "replace"))
            code = 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"child failed (status {status})"


# --- foreign and damaged files -------------------------------------------------------------------------------


def _empty(p: Path, case: bytes) -> None:
    p.write_bytes(b"")


def _text(p: Path, case: bytes) -> None:
    p.write_text("企业名称,河南中岳建材有限公司\n从业人员,486\n", encoding="utf-8")


def _zip(p: Path, case: bytes) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("case.jnzd", case)


def _foreign_sqlite(p: Path, case: bytes) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('not ours')")
    conn.commit()
    conn.close()


def _our_id_no_meta(p: Path, case: bytes) -> None:
    """SQLite with our application_id and a plausible version, but none of our tables."""
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()


def _truncated(n: int | Callable[[int], int]) -> Callable[[Path, bytes], None]:
    def write(p: Path, case: bytes) -> None:
        cut = n(len(case)) if callable(n) else n
        assert 0 < cut < len(case)
        p.write_bytes(case[:cut])

    return write


def _garbage_page(p: Path, case: bytes) -> None:
    """Header intact, the second page (a table's b-tree) overwritten with noise."""
    data = bytearray(case)
    page = int.from_bytes(case[16:18], "big")
    data[page:2 * page] = bytes((i * 37 + 11) % 256 for i in range(page))
    p.write_bytes(bytes(data))


FOREIGN = [
    pytest.param(_empty, errors.NotACaseFile, id="empty"),
    pytest.param(_text, errors.NotACaseFile, id="text"),
    pytest.param(_zip, errors.NotACaseFile, id="zip"),
    pytest.param(_foreign_sqlite, errors.NotACaseFile, id="other-app-sqlite"),
    pytest.param(_our_id_no_meta, errors.NotACaseFile, id="our-id-no-tables"),
    pytest.param(_truncated(50), errors.CaseCorrupt, id="truncated-50B"),
    pytest.param(_truncated(100), errors.CaseCorrupt, id="truncated-100B"),
    pytest.param(_truncated(4096), errors.CaseCorrupt, id="truncated-1-page"),
    pytest.param(_truncated(lambda size: size // 2), errors.CaseCorrupt, id="truncated-half"),
    pytest.param(_truncated(lambda size: size - 1), errors.CaseCorrupt, id="truncated-1B-short"),
    pytest.param(_garbage_page, errors.CaseCorrupt, id="garbage-page"),
]


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
@pytest.mark.parametrize(("make", "expected"), FOREIGN)
def test_foreign_or_damaged_file_is_a_typed_error_and_stays_unchanged(
        work: Path, tmp_path: Path, make: Callable[[Path, bytes], None], expected: type[errors.JnzdError],
        read_only: bool) -> None:
    real = make_case(tmp_path / "real.jnzd").read_bytes()
    target = work / "target.jnzd"
    make(target, real)
    before = target.read_bytes()
    with pytest.raises(errors.CaseFileError) as info:
        CaseFile.open(target, read_only=read_only).close()
    assert type(info.value) is expected, info.value
    assert str(target) in info.value.message()
    assert target.read_bytes() == before
    assert sidecars(target) == []


def test_directory_and_missing_path(work: Path) -> None:
    folder = work / "folder.jnzd"
    folder.mkdir()
    with pytest.raises(errors.NotACaseFile):
        CaseFile.open(folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(errors.CaseNotFound):
        CaseFile.open(work / "missing.jnzd")
    with pytest.raises(errors.CaseNotFound):
        CaseFile.open(work / "missing.jnzd", read_only=True)
    assert sorted(p.name for p in work.iterdir()) == ["folder.jnzd"]


def test_error_types_map_to_exit_codes() -> None:
    assert errors.CaseNotFound(path="x").exit_code == 3
    assert errors.NotACaseFile(path="x", detail="d").exit_code == 3
    assert errors.CaseCorrupt(path="x", detail="d").exit_code == 5
    assert errors.StorageFull(path="x").exit_code == 6


# --- version gate and migrations -----------------------------------------------------------------------------


def test_too_new_file_opens_read_only_and_refuses_edits(work: Path) -> None:
    path = make_case(work / "new.jnzd")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    case = CaseFile.open(path)
    try:
        assert case.read_only
        assert isinstance(case.read_only_notice, errors.CaseFileTooNew)
        assert case.read_only_notice.params["found"] == 99
        assert case.row("enterprise", 1)["name"] == "河南测试建材有限公司"  # type: ignore[index]
        assert sidecars(path) == []  # no lock taken on a file we will not write
        with pytest.raises(errors.CaseReadOnly):
            profile.set_field(case, "enterprise.name", "改名")
        with pytest.raises(errors.CaseReadOnly):
            profile.add_contact(case, {"name": "王芳"})
        assert case.undo_label() is not None
        with pytest.raises(errors.CaseReadOnly):
            case.undo()
    finally:
        case.close()
    assert path.read_bytes() == before
    assert sidecars(path) == []


def _v2_add_column(calls: list[str]) -> Callable[[sqlite3.Connection], None]:
    def v2(conn: sqlite3.Connection) -> None:
        calls.append(f"v2 in_transaction={conn.in_transaction}")
        conn.execute("ALTER TABLE enterprise ADD COLUMN note_v2 TEXT")
        conn.execute("UPDATE enterprise SET note_v2 = 'migrated'")

    return v2


def _v3_add_table(calls: list[str]) -> Callable[[sqlite3.Connection], None]:
    def v3(conn: sqlite3.Connection) -> None:
        calls.append(f"v3 in_transaction={conn.in_transaction}")
        conn.execute("CREATE TABLE extra_v3 (id INTEGER PRIMARY KEY, value TEXT)")

    return v3


def _columns(case: CaseFile, table: str) -> set[str]:
    return {r[1] for r in case.conn.execute(f"PRAGMA table_info({table})")}


def test_migration_upgrades_in_one_transaction_after_a_snapshot(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_case(work / "old.jnzd")
    v1 = list(schema.MIGRATIONS)
    calls: list[str] = []
    base = len(v1)  # the current schema; two extra steps stand for a future release
    monkeypatch.setattr(schema, "MIGRATIONS", [*v1, _v2_add_column(calls), _v3_add_table(calls)])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", base + 2)

    with CaseFile.open(path) as case:
        assert not case.read_only
        assert case.schema_version() == base + 2
        assert calls == ["v2 in_transaction=True", "v3 in_transaction=True"]
        assert "note_v2" in _columns(case, "enterprise")
        assert case.row("enterprise", 1)["note_v2"] == "migrated"  # type: ignore[index]
        assert case.row("enterprise", 1)["name"] == "河南测试建材有限公司"  # type: ignore[index]
        last = case.journal_entries()[-1]
        assert last.kind == "migrate" and str(base) in last.label and str(base + 2) in last.label
        assert case.verify_journal() is None
        assert case.undo_label() is None  # a migration is an undo barrier
        before = [s for s in case.snapshots() if s.reason == "before-migrate"]
        assert len(before) == 1
        snap = sqlite3.connect(f"file:{before[0].path}?mode=ro", uri=True)
        try:
            assert snap.execute("PRAGMA user_version").fetchone()[0] == base
            assert snap.execute("SELECT name FROM enterprise").fetchone()[0] == "河南测试建材有限公司"
        finally:
            snap.close()
        profile.set_field(case, "enterprise.name", "升级后改名")
    assert sidecars(path) == []

    with CaseFile.open(path) as case:  # already current: no second migration
        assert calls == ["v2 in_transaction=True", "v3 in_transaction=True"]
        assert [e.kind for e in case.journal_entries()].count("migrate") == 1
        assert case.row("enterprise", 1)["name"] == "升级后改名"  # type: ignore[index]


def _v3_sql_error(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    conn.execute("INSERT INTO no_such_table VALUES (1)")


def _v3_python_error(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    raise ValueError("cannot convert an old value")


@pytest.mark.parametrize("bad_step", [_v3_sql_error, _v3_python_error], ids=["sql-error", "python-error"])
def test_failed_migration_leaves_the_file_byte_identical(
        work: Path, monkeypatch: pytest.MonkeyPatch, bad_step: Callable[[sqlite3.Connection], None]) -> None:
    path = make_case(work / "old.jnzd")
    before = path.read_bytes()
    v1 = list(schema.MIGRATIONS)
    calls: list[str] = []
    monkeypatch.setattr(schema, "MIGRATIONS", [*v1, _v2_add_column(calls), bad_step])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(v1) + 2)

    with pytest.raises(errors.MigrationFailed) as info:
        CaseFile.open(path)
    assert calls == ["v2 in_transaction=True"]  # step 2 ran, and is rolled back with step 3
    assert Path(str(info.value.params["snapshot"])).is_file()  # the message names the snapshot taken before
    assert path.read_bytes() == before
    assert sidecars(path) == []

    monkeypatch.setattr(schema, "MIGRATIONS", v1)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(v1))
    with CaseFile.open(path) as case:
        assert not case.read_only
        assert case.schema_version() == len(v1)
        assert "note_v2" not in _columns(case, "enterprise")
        assert case.conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
        assert case.row("enterprise", 1)["name"] == "河南测试建材有限公司"  # type: ignore[index]
        assert case.verify_journal() is None
        assert "migrate" not in [e.kind for e in case.journal_entries()]


# --- the lock ------------------------------------------------------------------------------------------------


def test_second_open_is_read_only_and_names_the_holder(work: Path) -> None:
    path = make_case(work / "shared.jnzd")
    first = CaseFile.open(path, user="张工")
    try:
        second = CaseFile.open(path, user="李工")
        try:
            assert second.read_only
            assert isinstance(second.read_only_notice, errors.CaseLocked)
            message = second.read_only_notice.message()
            assert "张工" in message and "李工" not in message
            assert second.row("enterprise", 1)["name"] == "河南测试建材有限公司"  # type: ignore[index]
            with pytest.raises(errors.CaseReadOnly):
                profile.set_field(second, "enterprise.name", "李工改的")
        finally:
            second.close()
        profile.set_field(first, "enterprise.name", "张工改的")  # the holder still writes after the reader left
    finally:
        first.close()
    assert sidecars(path) == []
    with CaseFile.open(path, user="李工") as third:
        assert not third.read_only, third.read_only_notice
        assert third.row("enterprise", 1)["name"] == "张工改的"  # type: ignore[index]
        profile.set_field(third, "enterprise.name", "李工改的")


@needs_fork
def test_lock_left_by_a_killed_process_does_not_block(work: Path) -> None:
    path = make_case(work / "stale.jnzd")

    def body() -> None:
        case = CaseFile.open(path, user="崩溃的进程")
        assert not case.read_only
        profile.set_field(case, "enterprise.name", "崩溃前的修改")

    _fork_and_die(body)
    assert (work / "stale.jnzd.lock").exists()  # the killed writer never released it
    with CaseFile.open(path) as case:
        assert not case.read_only, case.read_only_notice
        assert case.row("enterprise", 1)["name"] == "崩溃前的修改"  # type: ignore[index]
        assert case.integrity_check() == "ok"
        assert case.verify_journal() is None
    assert sidecars(path) == []


@needs_fork
@pytest.mark.parametrize("first_open_read_only", [True, False], ids=["reader-first", "writer-first"])
def test_writer_killed_mid_transaction_leaves_a_recoverable_file(work: Path, first_open_read_only: bool) -> None:
    """Pages of an uncommitted edit spilled into the file, then the writer died: the hot journal must be rolled
    back by whoever opens next, reader (``jnzd info``) or writer."""
    path = make_case(work / "hot.jnzd")

    def body() -> None:
        case = CaseFile.open(path)
        case.conn.execute("PRAGMA cache_size = 10")  # force the edit's pages out to the file before commit
        with case.edit("大批量添加") as tx:
            for i in range(3000):
                tx.insert("contact", {"name": f"未提交{i}", "role": "职务" * 50, "sort_order": 100 + i})
            os.kill(os.getpid(), signal.SIGKILL)

    _fork_and_die(body)
    journal = work / "hot.jnzd-journal"
    assert journal.exists() and journal.read_bytes()[:1] not in (b"", b"\0"), "no hot journal: test is void"

    if first_open_read_only:
        with CaseFile.open(path, read_only=True) as reader:
            assert [c["name"] for c in reader.rows("contact")] == ["陈建国"]
            assert reader.integrity_check() == "ok"
    with CaseFile.open(path) as case:
        assert not case.read_only
        assert [c["name"] for c in case.rows("contact")] == ["陈建国"]
        assert case.integrity_check() == "ok"
        assert case.verify_journal() is None
        assert case.undo_label() == "修改从业人员"
    assert sidecars(path) == []


# --- create, self-containment --------------------------------------------------------------------------------


def test_create_refuses_to_overwrite(work: Path) -> None:
    path = make_case(work / "exists.jnzd")
    before = path.read_bytes()
    with pytest.raises(errors.CaseExists):
        CaseFile.create(path, as_of_date="2026-01-01")
    assert path.read_bytes() == before
    text = work / "notes.jnzd"
    text.write_text("不要覆盖我", encoding="utf-8")
    with pytest.raises(errors.CaseExists):
        CaseFile.create(text, as_of_date="2026-01-01")
    assert text.read_text(encoding="utf-8") == "不要覆盖我"
    assert sorted(p.name for p in work.iterdir()) == ["exists.jnzd", "notes.jnzd"]

    with CaseFile.open(path) as old:
        old_uuid = old.case_uuid
    with CaseFile.create(path, as_of_date="2026-01-01", overwrite=True) as new:
        assert new.case_uuid != old_uuid
        assert new.row("enterprise", 1)["name"] is None  # type: ignore[index]


def test_closed_case_is_one_self_contained_file(work: Path) -> None:
    path = work / "mail-me.jnzd"
    case = CaseFile.create(path, as_of_date="2026-03-20")
    profile.set_field(case, "enterprise.name", "河南测试建材有限公司")
    _, cid = profile.add_contact(case, {"name": "王芳", "email": "wf@example.com"})
    profile.delete_contact(case, cid)
    case.undo()
    case.snapshot("manual")
    reader = CaseFile.open(path, read_only=True)
    reader.close()
    case.close()
    assert sorted(p.name for p in work.iterdir()) == ["mail-me.jnzd"]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    finally:
        conn.close()
    # A copy of the one file is a complete case.
    copy = work / "copy" / "mail-me.jnzd"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    with CaseFile.open(copy, read_only=True) as c:
        assert [r["name"] for r in c.rows("contact")] == ["王芳"]
        assert c.verify_journal() is None


# --- disk full -----------------------------------------------------------------------------------------------


def test_disk_full_loses_only_the_failed_edit(work: Path) -> None:
    path = make_case(work / "full.jnzd")
    case = CaseFile.open(path)
    try:
        profile.set_field(case, "enterprise.city", "新乡市")
        entries_before = len(case.journal_entries())
        pages = case.conn.execute("PRAGMA page_count").fetchone()[0]
        case.conn.execute(f"PRAGMA max_page_count = {pages}")
        big = "能源管理" * 4999  # close to the 20000-character limit of a text field
        added: list[str] = []
        with pytest.raises(errors.StorageFull) as info:
            for i in range(100):
                name = f"大联系人{i}"
                profile.add_contact(case, {"name": name, "role": big})
                added.append(name)
        assert str(path) in info.value.message()
        failed = f"大联系人{len(added)}"
        names = [r["name"] for r in case.rows("contact")]
        assert failed not in names
        assert names == ["陈建国", *added]
        assert len(case.journal_entries()) == entries_before + len(added)
        assert not case.conn.in_transaction
        assert case.integrity_check() == "ok"
        assert case.verify_journal() is None
        assert case.row("enterprise", 1)["city"] == "新乡市"  # type: ignore[index]
        # Space is back: the case goes on working, on the same journal chain.
        case.conn.execute("PRAGMA max_page_count = 1073741823")
        profile.set_field(case, "enterprise.county", "辉县市")
        assert case.verify_journal() is None
    finally:
        case.close()
    assert sidecars(path) == []
    with CaseFile.open(path) as case:
        assert case.integrity_check() == "ok"
        assert case.verify_journal() is None
        ent = case.row("enterprise", 1)
        assert ent is not None
        assert (ent["name"], ent["city"], ent["county"]) == ("河南测试建材有限公司", "新乡市", "辉县市")
        assert failed not in [r["name"] for r in case.rows("contact")]
