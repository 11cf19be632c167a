"""Layering: Qt stays in desktop_app.ui, the CLI starts light, and the import-linter contracts hold."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parent.parent

# Walks the package by its files (pkgutil.iter_modules), so desktop_app.ui is never imported, not even its
# __init__, which pkgutil.walk_packages would import to find its submodules.
_IMPORT_ALL = textwrap.dedent("""
    import importlib, json, os, pkgutil, sys
    import desktop_app

    def walk(path, prefix):
        for info in pkgutil.iter_modules(path, prefix):
            if info.name == "desktop_app.ui" or info.name.startswith("desktop_app.ui."):
                continue
            yield info.name
            if info.ispkg:
                yield from walk([os.path.join(path[0], info.name.rsplit('.', 1)[1])], info.name + ".")

    names = list(walk(desktop_app.__path__, "desktop_app."))
    for name in names:
        importlib.import_module(name)
    print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
""")

_IMPORT_CLI = textwrap.dedent("""
    import json, sys
    import desktop_app.cli
    print(json.dumps(sorted(sys.modules)))
""")

QT = ("PySide6", "shiboken6", "pyqtgraph")
HEAVY = ("reportlab", "openpyxl")


def _top_level(modules: list[str]) -> set[str]:
    return {m.split(".", 1)[0] for m in modules}


def _python(code: str) -> str:
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=120,
                       cwd=ROOT)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_everything_outside_ui_imports_without_qt() -> None:
    data = json.loads(_python(_IMPORT_ALL))
    imported = data["imported"]
    # the walk really found the layers (a broken walk would make this test vacuous)
    for expected in ("desktop_app.cli", "desktop_app.storage.casefile", "desktop_app.operations.profile",
                     "desktop_app.domain.errors", "desktop_app.reference.catalogues"):
        assert expected in imported
    assert not any(n.startswith("desktop_app.ui") for n in imported)
    leaked = _top_level(data["modules"]) & set(QT)
    assert not leaked, f"Qt imported outside desktop_app.ui: {sorted(leaked)}"


def test_cli_start_up_stays_light() -> None:
    modules = json.loads(_python(_IMPORT_CLI))
    heavy = _top_level(modules) & set(QT + HEAVY)
    assert not heavy, f"importing desktop_app.cli pulls in {sorted(heavy)}"


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), f"import-linter is not installed next to {sys.executable}"
    p = subprocess.run([str(lint)], capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=ROOT)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-2000:]
    assert "BROKEN" not in p.stdout
