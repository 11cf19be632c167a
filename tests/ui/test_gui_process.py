"""The GUI as a real process: it opens the case, and SIGTERM closes it cleanly (lock released, exit 0) — also
when it arrives while the case is still opening, before the event loop runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("wait_s", [0.0, 1.0], ids=["while-opening", "after-opening"])
def test_sigterm_closes_the_gui_cleanly(demo_path: Path, tmp_path: Path, wait_s: float) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    lock = demo_path.with_name(demo_path.name + ".lock")
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", str(demo_path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not lock.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert lock.exists(), proc.stderr.read() if proc.poll() is not None else "no lock after 30 s"
        time.sleep(wait_s)  # the lock is taken early in opening: at once, the signal comes before app.exec()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not lock.exists()
    assert "Traceback" not in (proc.stderr.read() or "")
