"""Edit commit latency: one validated, journaled, durable ``set_field`` (target ≤ 2 ms median), next to a bare
``UPDATE … COMMIT`` on the same file with the same pragmas (what SQLite itself costs)."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from desktop_app.operations.demo import build_demo
from desktop_app.operations.profile import set_field
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
    ]
