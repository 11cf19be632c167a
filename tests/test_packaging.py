"""Packaging: the PyInstaller spec, the Windows installer script and workflow, and the frozen app itself.

The fast tests read the packaging files. ``TestFrozenApp`` (marked ``packaging`` and ``slow``) runs the frozen
binary headless; it reuses ``dist/jnzd/`` when that is newer than every source it is built from, otherwise it
builds it exactly like ``make package`` (a few minutes).
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import desktop_app

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "jnzd.spec"
ENTRY = PACKAGING / "entry.py"
ISS = PACKAGING / "windows" / "jnzd.iss"
WORKFLOW = PACKAGING / "windows" / "build-installer.yml"
DIST = ROOT / "dist"
WORKPATH = ROOT / "build" / "pyinstaller"
APP_DIR = DIST / desktop_app.APP_ID
BINARY = APP_DIR / (f"{desktop_app.APP_ID}.exe" if sys.platform == "win32" else desktop_app.APP_ID)
DEMO_ENTERPRISE = "河南中岳建材有限公司"


# --- The packaging files ------------------------------------------------------------------------------------

def test_spec_is_python_and_takes_the_identity_from_the_package() -> None:
    text = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(text, str(SPEC))
    compile(tree, str(SPEC), "exec")
    assert re.search(r"^from desktop_app import [^\n]*\b__version__\b", text, re.MULTILINE)
    hard_coded = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                  and isinstance(node.value, str) and re.fullmatch(r"v?\d+(\.\d+)+\S*", node.value.strip())]
    assert not hard_coded, f"version strings hard-coded in the spec: {hard_coded}"
    assert not re.search(r"\b__version__\s*=(?!=)", text)
    # Lazily imported subcommand and UI modules are collected as a whole.
    assert 'collect_submodules("desktop_app")' in text
    # The data layout desktop_app/reference/paths.py expects when frozen: <_MEIPASS>/resources.
    assert 'Path("resources")' in text
    # Two executables on Windows, one COLLECT named after the app id (the installer packs dist/jnzd).
    assert 'f"{APP_ID}-gui"' in text
    assert text.count("COLLECT(") == 1
    assert "name=APP_ID" in text


def test_entry_script_runs_the_cli() -> None:
    text = ENTRY.read_text(encoding="utf-8")
    assert "from desktop_app.cli import main" in text
    assert "sys.exit(main())" in text


def test_installer_script_is_per_user_with_an_hkcu_association() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "jnzd.iss must be UTF-8 with a BOM (Chinese strings)"
    text = raw.decode("utf-8-sig")
    lines = {ln.strip() for ln in text.splitlines()}
    assert "PrivilegesRequired=lowest" in lines
    assert not any(ln.startswith("PrivilegesRequiredOverridesAllowed") for ln in lines)
    assert r"DefaultDirName={userpf}\JNZD" in lines
    assert "ChangesAssociations=yes" in lines
    assert "AppVersion={#AppVersion}" in lines  # passed in with /DAppVersion=, never written here
    assert not re.search(r"#define\s+AppVersion\b", text)
    assert '#define CaseProgId "JNZD.Case"' in lines
    assert '#define CaseExt ".jnzd"' in lines
    assert '#define CaseDescription "节能诊断案例"' in lines
    assert '#define AppName "节能诊断工作台"' in lines
    assert f'#define GuiExe "{desktop_app.APP_ID}-gui.exe"' in lines
    assert r'#define DistDir "..\..\dist\jnzd"' in lines
    registry = [ln for ln in lines if ln.startswith("Root:")]
    assert registry and all(ln.startswith('Root: HKCU; Subkey: "Software\\Classes\\') for ln in registry)
    assert any(r'Subkey: "Software\Classes\{#CaseExt}"' in ln and 'ValueData: "{#CaseProgId}"' in ln
               for ln in registry)
    assert any(r'\{#CaseProgId}\shell\open\command"' in ln and r'ValueData: """{app}\{#GuiExe}"" ""%1"""' in ln
               for ln in registry)
    assert "HKLM" not in text
    assert "compiler:Default.isl" in text and "ChineseSimplified.isl" in text


def test_installer_workflow_is_well_formed() -> None:
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert data.get("on", data.get(True))  # PyYAML reads the bare key `on` as a boolean
    (job,) = data["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    uses = [step.get("uses", "") for step in job["steps"]]
    assert "python -m PyInstaller packaging/jnzd.spec --noconfirm" in runs
    assert r"dist\jnzd\jnzd.exe --version" in runs
    assert "choco install innosetup" in runs
    assert "import desktop_app; print(desktop_app.__version__)" in runs
    assert "/DAppVersion=" in runs and r"packaging\windows\jnzd.iss" in runs
    assert any(u.startswith("actions/upload-artifact@") for u in uses)


# --- The frozen app -----------------------------------------------------------------------------------------

def _newest_source_mtime() -> float:
    """The newest file the frozen app is built from (the package, its resources, the spec and entry script)."""
    files = [SPEC, ENTRY]
    for folder in (ROOT / "desktop_app", ROOT / "resources"):
        files.extend(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return max(p.stat().st_mtime for p in files)


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    """``dist/jnzd/jnzd``: reused when up to date, else built like ``make package``."""
    if BINARY.is_file() and BINARY.stat().st_mtime > _newest_source_mtime():
        return BINARY
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC.relative_to(ROOT)), "--noconfirm",
           "--distpath", str(DIST), "--workpath", str(WORKPATH)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=1800)
    assert proc.returncode == 0, f"PyInstaller failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
    assert BINARY.is_file()
    return BINARY


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "JNZD_DATA_DIR": str(tmp_path / "data"),
        # Keep the GUI's settings and caches out of the user's profile (Linux; Windows uses the registry).
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    })
    return env


def _run(binary: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The frozen app runs in Python's UTF-8 mode (see the spec), so its pipes are UTF-8 everywhere.
    return subprocess.run([str(binary), *args], cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=120)


@pytest.mark.packaging
@pytest.mark.slow
class TestFrozenApp:
    def test_version(self, frozen_app: Path, tmp_path: Path) -> None:
        proc = _run(frozen_app, tmp_path, "--version")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == f"jnzd {desktop_app.__version__}"

    def test_demo_info_check(self, frozen_app: Path, tmp_path: Path) -> None:
        out = tmp_path / "OUT.jnzd"
        proc = _run(frozen_app, tmp_path, "demo", str(out))
        assert proc.returncode == 0, proc.stderr
        assert out.is_file()

        proc = _run(frozen_app, tmp_path, "info", str(out), "--json")
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["enterprise"] == DEMO_ENTERPRISE

        proc = _run(frozen_app, tmp_path, "check", str(out), "--json")
        assert proc.returncode in (0, 1), proc.stderr
        assert json.loads(proc.stdout)["integrity"]
        assert "Traceback" not in proc.stderr

    def test_not_a_case_file_is_one_line_and_exit_3(self, frozen_app: Path, tmp_path: Path) -> None:
        text = tmp_path / "notes.txt"
        text.write_text("这不是案例文件\n", encoding="utf-8")
        proc = _run(frozen_app, tmp_path, "info", str(text))
        assert proc.returncode == 3
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "Traceback" not in proc.stderr + proc.stdout

    def test_bundle_layout(self, frozen_app: Path) -> None:
        internal = frozen_app.parent / "_internal"  # sys._MEIPASS of a PyInstaller 6 one-folder app
        for src in (ROOT / "resources" / "reference").glob("*.json"):
            assert (internal / "resources" / "reference" / src.name).is_file(), src.name
        if sys.platform == "win32":
            assert (frozen_app.parent / f"{desktop_app.APP_ID}-gui.exe").is_file()
        if (ROOT / "desktop_app" / "ui" / "app.py").is_file():
            assert list((internal / "PySide6").glob("QtWidgets*")), "Qt Widgets is missing from the bundle"

    def test_gui_starts_headless(self, frozen_app: Path, tmp_path: Path) -> None:
        if not (ROOT / "desktop_app" / "ui" / "app.py").is_file():
            pytest.skip("desktop_app/ui/app.py does not exist yet")
        case = tmp_path / "demo.jnzd"
        assert _run(frozen_app, tmp_path, "demo", str(case)).returncode == 0
        with subprocess.Popen([str(frozen_app), str(case)], cwd=tmp_path, env=_env(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
            deadline = time.monotonic() + 8
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            still_running = proc.poll() is None
            if still_running:
                proc.kill()
            _, err = proc.communicate(timeout=30)
        stderr = err.decode("utf-8", errors="replace")
        assert still_running, f"the frozen GUI exited with {proc.returncode}:\n{stderr[-3000:]}"
        assert "Traceback" not in stderr, stderr[-3000:]
