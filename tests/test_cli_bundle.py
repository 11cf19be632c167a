"""``jnzd export`` / ``verify`` / ``open-bundle`` on the demo: a complete bundle that verifies, reopens into an
equal case, and is refused — with one line naming the problem — once tampered with."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage import case_export
from desktop_app.storage.casefile import CaseFile


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    from desktop_app.operations.demo import build_demo

    folder = tmp_path_factory.mktemp("export")
    with pytest.MonkeyPatch.context() as mp:  # its own data folder (snapshots, the signing key), kept for reuse
        mp.setenv("JNZD_DATA_DIR", str(folder / "data"))
        mp.setenv("JNZD_USER", "测试工程师")
        case = build_demo(folder / "demo.jnzd")
        assert main(["export", str(case), "-o", str(folder / "out"), "--json"]) == 0
    return case, {"data": str(folder / "data")}


def _outputs(folder: Path) -> dict[str, Path]:
    out = folder / "out"
    return {"pdf": next(out.glob("*.pdf")), "xlsx": next(out.glob("*.xlsx")), "zip": next(out.glob("*.zip"))}


def test_export_writes_report_annexes_and_a_bundle_that_verifies(capsys: pytest.CaptureFixture[str],
                                                                 exported: tuple[Path, dict[str, str]]) -> None:
    case, _ = exported
    files = _outputs(case.parent)
    assert files["pdf"].read_bytes().startswith(b"%PDF")
    code, out, _err = run(capsys, "verify", files["zip"], "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["uscc"] == "91410782MA9K3C7E2M"
    names = zipfile.ZipFile(files["zip"]).namelist()
    assert names[0] == "manifest.json" and "case.json" in names and "report.pdf" in names and "tables.xlsx" in names
    assert any(n.startswith("measurements/") and n.endswith(".csv") for n in names)
    assert any(n.startswith("originals/") for n in names) and any(n.startswith("photos/") for n in names)
    assert any(n.startswith("templates/") for n in names)
    csv_name = next(n for n in names if n.startswith("measurements/"))
    assert zipfile.ZipFile(files["zip"]).read(csv_name).startswith("\ufeff时间".encode())


def test_export_is_deterministic(tmp_path: Path, exported: tuple[Path, dict[str, str]],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The same case exported again by the same user (the same signing key) gives the same bytes."""
    case, info = exported
    monkeypatch.setenv("JNZD_DATA_DIR", info["data"])
    assert main(["export", str(case), "-o", str(tmp_path / "again")]) == 0
    first, second = _outputs(case.parent), {
        "pdf": next((tmp_path / "again").glob("*.pdf")), "xlsx": next((tmp_path / "again").glob("*.xlsx")),
        "zip": next((tmp_path / "again").glob("*.zip"))}
    for kind in ("pdf", "xlsx", "zip"):
        assert first[kind].read_bytes() == second[kind].read_bytes(), kind


def test_open_bundle_gives_back_an_equal_case(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              exported: tuple[Path, dict[str, str]]) -> None:
    case, _ = exported
    target = tmp_path / "back.jnzd"
    code, _out, err = run(capsys, "open-bundle", _outputs(case.parent)["zip"], "-o", target)
    assert code == 0, err
    with CaseFile.open(case, read_only=True) as a, CaseFile.open(target, read_only=True) as b:
        ta, tb = case_export.dump_tables(a), case_export.dump_tables(b)
        assert set(ta) == set(tb)
        for table in ta:
            if table == "journal":
                assert tb[table][: len(ta[table])] == ta[table]  # plus the "opened from a bundle" note
            else:
                assert ta[table] == tb[table], table
        assert b.verify_journal() is None and b.integrity_check() == "ok"
    code, _out, err = run(capsys, "open-bundle", _outputs(case.parent)["zip"], "-o", target)
    assert code != 0 and len(err.strip().splitlines()) == 1  # never overwrites


@pytest.mark.parametrize("damage", ["flip", "missing", "extra"])
def test_verify_names_the_first_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str,
                                        exported: tuple[Path, dict[str, str]]) -> None:
    case, _ = exported
    source = _outputs(case.parent)["zip"]
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if damage == "missing" and info.filename == "report.pdf":
                continue
            if damage == "flip" and info.filename == "case.json":
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            zout.writestr(info, data)
        if damage == "extra":
            zout.writestr("notes.txt", b"added later")
    code, out, err = run(capsys, "verify", bad)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert {"flip": "case.json", "missing": "report.pdf", "extra": "notes.txt"}[damage] in err


def test_export_of_an_empty_case_says_what_is_missing(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "empty.jnzd", as_of_date="2026-03-20"):
        pass
    assert main(["export", str(tmp_path / "empty.jnzd"), "-o", str(tmp_path / "out")]) == 0
    pdf = next((tmp_path / "out").glob("*.pdf"))
    if shutil.which("pdftotext"):
        import subprocess

        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "尚未" in text.replace(" ", "")
