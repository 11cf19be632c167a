"""The issue's acceptance path as a real process: walk the checklist with the keyboard, drop a photo on the
item, then SIGKILL the app (no close, no cleanup) — reopening finds every answer and the photo."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.domain.checklist import Status
from desktop_app.operations import checklist as ops
from desktop_app.operations.cases import new_case
from desktop_app.storage.casefile import CaseFile

DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtTest import QTest
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    case, photo, steps = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = create_app()
    w = MainWindow()
    w.show()
    assert w.open_path(case)
    w.ui.navList.setCurrentRow(3)
    page = w.page("checklist")
    tree = page.ui.itemTree
    tree.setFocus()
    for n in range(steps):
        QTest.keyClick(tree, "2" if n % 7 == 3 else "1")
        QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    print("acknowledged", page._current, flush=True)
    app.exec()  # stays open until killed
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_walk_drop_kill_reopen(tmp_path: Path) -> None:
    case_path = tmp_path / "kill.jnzd"
    with new_case(case_path, as_of_date="2026-03-20", module_ids=["industry.jiancai"]) as case:
        ids = [st.item.id for st in ops.load(case).ordered()]
    photo = tmp_path / "现场.jpg"
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (90, 30, 30)).save(buf, "JPEG")
    photo.write_bytes(buf.getvalue())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(case_path), str(photo), str(len(ids))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("acknowledged"), proc.stderr.read()
        dropped_on = line.split()[1]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    with CaseFile.open(case_path) as case:
        assert case.integrity_check() == "ok"
        state = ops.load(case)
        for n, item_id in enumerate(ids):
            expected = Status.NONCONFORMING if n % 7 == 3 else Status.CONFORMING
            assert state.items[item_id].manual_status is expected, item_id
        rows = ops.evidence_for(case, dropped_on)
        assert [r["filename"] for r in rows] == ["现场.jpg"]
        assert ops.evidence_bytes(case, int(rows[0]["id"])) == photo.read_bytes()
