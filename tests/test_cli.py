"""``jnzd`` headless commands: exit codes, one-line errors, JSON output, language, and the no-display GUI entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.storage import schema
from desktop_app.storage.casefile import CaseFile

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert "Traceback" not in err
    assert lines[0].startswith("jnzd: ")
    return lines[0]


def jnzd(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=60)


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.jnzd"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def empty_case(tmp_path: Path) -> Path:
    path = tmp_path / "empty.jnzd"
    CaseFile.create(path, as_of_date="2026-03-20").close()
    return path


# --- in-process ----------------------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"jnzd {__version__}"


def test_demo_writes_refuses_to_overwrite_and_forces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "out" / "demo.jnzd"
    out_path.parent.mkdir()
    code, out, err = run(capsys, "demo", out_path)
    assert code == 0, err
    assert out_path.is_file() and "已生成演示案例" in out and str(out_path) in out
    first = out_path.read_bytes()

    code, out, err = run(capsys, "demo", out_path)
    assert code == 3
    assert out == ""
    assert str(out_path) in one_line_error(err)
    assert out_path.read_bytes() == first

    code, out, err = run(capsys, "demo", out_path, "--force")
    assert code == 0, err
    with CaseFile.open(out_path, read_only=True) as case:
        assert case.row("enterprise", 1)["name"] == "河南中岳建材有限公司"  # type: ignore[index]
    assert sorted(p.name for p in out_path.parent.iterdir()) == ["demo.jnzd"]


def test_info_text_and_json(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "info", demo)
    assert code == 0 and err == ""
    assert "河南中岳建材有限公司" in out and "91410782MA9K3C7E2M" in out and "中型" in out and "100%" in out

    code, out, err = run(capsys, "info", demo, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["enterprise"] == "河南中岳建材有限公司"
    assert data["uscc"] == "91410782MA9K3C7E2M"
    assert data["sme_class"] == "中型"
    assert data["completeness"] == 1.0 and data["blocking"] == 0
    assert data["workflow_state"] == "draft"
    assert data["schema_version"] == schema.SCHEMA_VERSION and data["app_version"] == __version__
    assert data["read_only"] == ""


def test_info_does_not_lock_or_change_the_case(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.read_bytes()
    with CaseFile.open(demo) as holder:  # the GUI has it open: info still works, and does not disturb it
        code, _out, err = run(capsys, "info", demo)
        assert code == 0, err
        assert not holder.read_only
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir() if p.name.startswith("demo")) == ["demo.jnzd"]


def test_check_demo_passes(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", demo)
    assert code == 0, err
    assert out.strip().splitlines()[-1].startswith("检查通过")


def test_check_empty_case_fails_with_findings(empty_case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", empty_case)
    assert code == 1
    assert err == ""
    lines = out.strip().splitlines()
    assert lines[-1].startswith("检查未通过")
    findings = [line for line in lines if line.startswith("[阻断]")]
    assert len(findings) > 10
    assert any("企业名称" in line for line in findings)


def test_check_json_structure(demo: Path, empty_case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", demo, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"ok", "blocking", "warnings", "completeness", "integrity", "audit", "signatures", "recovery",
                         "findings"}
    assert data["audit"]["ok"] is True and data["audit"]["problems"] == [] and data["signatures"] == []
    assert data["ok"] is True and data["blocking"] == 0 and data["integrity"] == "ok"
    assert data["completeness"] == 1.0
    assert data["warnings"] == len([f for f in data["findings"] if f["severity"] == "warning"])

    code, out, _ = run(capsys, "check", empty_case, "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False
    assert data["blocking"] == len([f for f in data["findings"] if f["severity"] == "blocking"]) > 10
    for f in data["findings"]:
        assert set(f) == {"severity", "section", "field", "code", "message", "key"}
        assert f["severity"] in ("blocking", "warning", "info")
    missing = {f["key"] for f in data["findings"] if f["code"] == "profile.missing"}
    assert {"enterprise.name", "enterprise.uscc", "engagement.visit_start"} <= missing


def _truncated(tmp_path: Path, demo: Path) -> Path:
    path = tmp_path / "truncated.jnzd"
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize("command", ["info", "check"])
def test_errors_are_one_line_with_documented_exit_codes(
        tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    text = tmp_path / "notes.jnzd"
    text.write_text("这不是案例文件\n", encoding="utf-8")
    folder = tmp_path / "folder.jnzd"
    folder.mkdir()
    cases = [
        (tmp_path / "missing.jnzd", 3, "找不到案例文件"),
        (text, 3, "不是节能诊断工作台的案例文件"),
        (folder, 3, "不是节能诊断工作台的案例文件"),
        (_truncated(tmp_path, demo), 5, "已损坏"),
    ]
    for path, expected, words in cases:
        code, out, err = run(capsys, command, path)
        assert code == expected, (path, err)
        assert out == ""
        line = one_line_error(err)
        assert words in line and str(path) in line


@pytest.mark.parametrize("argv", [["info"], ["check"], ["demo"], ["info", "a.jnzd", "--bogus"], ["frobnicate", "x"],
                                  ["--bogus"]])
def test_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert "用法错误" in one_line_error(err)


def test_english_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                          empty_case: Path) -> None:
    monkeypatch.setenv("JNZD_LANG", "en")
    code, _, err = run(capsys, "info", tmp_path / "missing.jnzd")
    assert code == 3
    assert "Case file not found" in one_line_error(err)
    code, _, err = run(capsys, "info")
    assert code == 2
    assert "Usage error" in one_line_error(err)
    code, out, err = run(capsys, "check", empty_case)
    assert code == 1
    assert out.strip().splitlines()[-1].startswith("Check failed")
    assert "[blocking]" in out


def test_no_display_gui_entry_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path, demo: Path) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("a display is always assumed there")
    for var in NO_DISPLAY:
        monkeypatch.delenv(var, raising=False)
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    line = one_line_error(err)
    assert all(word in line for word in ("demo", "info", "check"))
    code, out, err = run(capsys, demo)  # ``jnzd CASE`` is the GUI too
    assert code == 2 and out == ""
    one_line_error(err)
    code, _out, err = run(capsys, tmp_path / "missing.jnzd")
    assert code == 3
    assert "找不到案例文件" in one_line_error(err)


# --- as a real process ---------------------------------------------------------------------------------------


def test_process_version_and_demo_and_info(tmp_path: Path) -> None:
    p = jnzd("--version")
    assert p.returncode == 0 and p.stdout.strip() == f"jnzd {__version__}"

    out = tmp_path / "demo.jnzd"
    p = jnzd("demo", str(out))
    assert p.returncode == 0, p.stderr
    assert out.is_file()
    p = jnzd("demo", str(out))
    assert p.returncode == 3
    one_line_error(p.stderr)

    p = jnzd("info", str(out), "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["enterprise"] == "河南中岳建材有限公司" and data["uscc"] == "91410782MA9K3C7E2M"
    # the snapshots of the process went where JNZD_DATA_DIR says, not into the user's real data folder
    assert (Path(os.environ["JNZD_DATA_DIR"]) / "snapshots" / data["case_uuid"]).is_dir()


def test_process_errors_are_one_line(tmp_path: Path, demo: Path) -> None:
    p = jnzd("check", str(_truncated(tmp_path, demo)))
    assert p.returncode == 5
    assert "已损坏" in one_line_error(p.stderr)
    p = jnzd("info", str(tmp_path / "missing.jnzd"), env_extra={"JNZD_LANG": "en"})
    assert p.returncode == 3
    assert "Case file not found" in one_line_error(p.stderr)
    p = jnzd("info")
    assert p.returncode == 2
    one_line_error(p.stderr)


def test_process_without_display(tmp_path: Path) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("a display is always assumed there")
    script = Path(sys.executable).with_name("jnzd")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "desktop_app"]
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert p.returncode == 2
    assert p.stdout == ""
    line = one_line_error(p.stderr)
    assert all(word in line for word in ("demo", "info", "check"))
