"""Cold start to the main window showing the demo case, vs a bare PySide6 QMainWindow process (target ≤ 1.5×).

Both are whole processes started the same way, interleaved, on the same platform plugin; each quits from a
zero-delay timer once its window is shown, i.e. after the first frame has been laid out and drawn.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 11
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\n"
    "QTimer.singleShot(0, app.quit)\napp.exec()\n"
)


def _time(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    demo = tmp / "startup-demo.jnzd"
    subprocess.run([sys.executable, "-m", "desktop_app", "demo", str(demo)], check=True,
                   stdout=subprocess.DEVNULL)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "JNZD_EXIT_AFTER_SHOW": "1", "XDG_CONFIG_HOME": str(tmp / "config")}
    ours_cmd = [sys.executable, "-m", "desktop_app", str(demo)]
    bare_cmd = [sys.executable, "-c", BARE]
    for cmd in (ours_cmd, bare_cmd):  # warm the OS file cache once each
        _time(cmd, env)
    ours, bare = [], []
    for _ in range(RUNS):
        ours.append(_time(ours_cmd, env))
        bare.append(_time(bare_cmd, env))
    o, b = statistics.median(ours), statistics.median(bare)
    return [(f"冷启动到主窗口显示演示案例 cold start (median of {RUNS})", f"{o * 1000:.0f} ms",
             f"{b * 1000:.0f} ms bare QMainWindow", f"{o / b:.2f}×", "≤ 1.5×")]
