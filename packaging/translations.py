"""Refresh ``resources/translations/jnzd_en.ts`` from the sources and compile it to ``.qm``.

简体中文 is the source language. ``make translations`` runs lupdate (new strings appear unfinished in the .ts
for a translator to fill in Qt Linguist) and lrelease. ``tests/ui/test_translations.py`` fails when a UI string
has no English translation or the .qm is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "jnzd_en.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    ui = ROOT / "desktop_app" / "ui"
    files = sorted(p for p in ui.rglob("*.py") if "forms" not in p.parts)
    return [str(p.relative_to(ROOT)) for p in files] + sorted(str(p.relative_to(ROOT)) for p in
                                                             (ROOT / "forms").glob("*.ui"))


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def lupdate(ts: Path = TS) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-source-language", "zh_CN",
                    "-target-language", "en", "-no-obsolete", "-silent"], cwd=ROOT, check=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], cwd=ROOT, check=True)


if __name__ == "__main__":
    lupdate()
    lrelease()
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
