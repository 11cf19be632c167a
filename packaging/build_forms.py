"""Compile ``forms/*.ui`` (Qt Designer) into ``desktop_app/ui/forms/ui_*.py`` with pyside6-uic.

Run by ``make forms``; ``tests/test_forms_fresh.py`` regenerates in memory and fails when a committed module
is stale. The uic version line is dropped so the output does not change with the PySide6 patch release.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "desktop_app" / "ui" / "forms"
HEADER = ("# Generated from forms/{name} by packaging/build_forms.py."
          " DO NOT EDIT: edit the .ui file and run `make forms`.\n")


def _uic() -> list[str]:
    exe = Path(sys.executable).parent / "pyside6-uic"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def _trim_imports(code: str) -> str:
    """Keep only the Qt names the module uses: uic imports ~40 classes per module, and PySide6 creates each
    imported type on first import, which cost ~35 ms of start-up for the main window form alone."""
    body = _IMPORT.sub("", code)
    used = set(re.findall(r"\b[A-Z]\w*\b", body))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match[2].replace("\n", " ").split(",") if n.strip() in used]
        return f"from {match[1]} import {', '.join(names)}\n" if names else ""

    return _IMPORT.sub(keep, code)


def compile_form(ui: Path) -> str:
    out = subprocess.run([*_uic(), "--from-imports", str(ui)], capture_output=True, text=True, encoding="utf-8",
                         check=True).stdout
    lines = [ln for ln in out.splitlines(keepends=True) if "Qt User Interface Compiler version" not in ln]
    return HEADER.format(name=ui.name) + _trim_imports("".join(lines))


def target(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main() -> int:
    changed = 0
    for ui in sorted(FORMS.glob("*.ui")):
        code = compile_form(ui)
        dest = target(ui)
        if not dest.exists() or dest.read_text(encoding="utf-8") != code:
            dest.write_text(code, encoding="utf-8")
            changed += 1
            print(f"wrote {dest.relative_to(ROOT)}")
    print(f"{changed} form module(s) updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
