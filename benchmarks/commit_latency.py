"""Edit commit latency: one validated, journaled, durable ``set_field`` (target ≤ 2 ms median), next to a bare
``UPDATE … COMMIT`` on the same file with the same pragmas (what SQLite itself costs); and crash recovery: the
loop of tests/test_crash_safety.py (fork a writer, SIGKILL it after 0–40 ms, reopen the case and check it), its
whole time for 200 kills and the reopen-and-check part of each, next to a bare sqlite3 open + integrity_check."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import statistics
import time
from pathlib import Path

from desktop_app.operations.demo import build_demo
from desktop_app.operations.profile import add_contact, set_field
from desktop_app.storage.casefile import CaseFile

EDITS = 500


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    path = build_demo(tmp / "latency-demo.jnzd")
    ours: list[float] = []
    with CaseFile.open(path) as case:
        for i in range(EDITS):
            t0 = time.perf_counter()
            set_field(case, "enterprise.address", f"地址 {i}")
            ours.append(time.perf_counter() - t0)
    bare_path = tmp / "bare.sqlite"
    conn = sqlite3.connect(bare_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.execute("INSERT INTO t VALUES (1, '')")
    bare: list[float] = []
    for i in range(EDITS):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET v = ? WHERE id = 1", (f"地址 {i}",))
        conn.execute("COMMIT")
        bare.append(time.perf_counter() - t0)
    conn.close()
    o, b = statistics.median(ours), statistics.median(bare)
    p95 = sorted(ours)[int(0.95 * len(ours))]
    return [
        (f"修改提交延迟 edit commit, median of {EDITS}", f"{o * 1000:.2f} ms", f"{b * 1000:.2f} ms bare SQLite UPDATE",
         f"{o / b:.2f}×", "≤ 2 ms median"),
        ("修改提交延迟 edit commit, p95", f"{p95 * 1000:.2f} ms", "", "", ""),
        *crash_rows(tmp),
    ]


KILLS = 200
MAX_DELAY_S = 0.040


def _writer(path: Path) -> None:  # pragma: no cover - the forked child; never returns
    try:
        signal.alarm(30)
        case = CaseFile.open(path)
        n = 0
        while True:
            if n % 2:
                add_contact(case, {"name": f"联系人{n}"})
            else:
                set_field(case, "enterprise.name", f"名称{n}")
            n += 1
    finally:
        os._exit(1)


def crash_rows(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    """Runs alone too (``crash_rows(Path(tmpdir))`` with ``JNZD_DATA_DIR`` set). POSIX only (os.fork)."""
    if not hasattr(os, "fork"):
        return [("崩溃恢复 crash loop (needs os.fork)", "skipped", "", "", "")]
    path = tmp / "crash.jnzd"
    CaseFile.create(path, as_of_date="2026-03-20").close()
    rng = random.Random(20260320)
    recover: list[float] = []
    bare: list[float] = []
    t_loop = time.perf_counter()
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # pragma: no cover
            _writer(path)
        time.sleep(rng.uniform(0, MAX_DELAY_S))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        t0 = time.perf_counter()
        with CaseFile.open(path, read_only=True) as reader:
            reader.row("enterprise", 1)
        case = CaseFile.open(path)
        try:
            assert not case.read_only and case.integrity_check() == "ok" and case.verify_journal() is None
        finally:
            case.close()
        recover.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        conn.execute("PRAGMA integrity_check").fetchone()
        conn.close()
        bare.append(time.perf_counter() - t0)
    loop = time.perf_counter() - t_loop
    r, b = statistics.median(recover), statistics.median(bare)
    return [
        (f"崩溃循环 crash loop: {KILLS} × (fork a writer, SIGKILL after 0–40 ms, reopen, check)", f"{loop:.1f} s",
         "", "", f"≤ 120 s for {KILLS}"),
        ("  其中崩溃后重新打开 reopen after a kill (reader, writer, integrity_check, verify_journal), median",
         f"{r * 1000:.0f} ms", f"{b * 1000:.1f} ms bare sqlite3 open + integrity_check", f"{r / b:.1f}×", ""),
    ]
