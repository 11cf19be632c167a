"""``jnzd limits``: list, show and grade the shipped limit standards from the command line."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.reference import limits


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_every_standard_in_the_edition_in_force(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "limits", "--as-of", "2026-03-20", "--json")
    rows = json.loads(out)
    assert code == 0 and {r["id"] for r in rows} == set(limits.families())
    beer = next(r for r in rows if r["id"] == "gb32047")
    assert beer["in_force"] is False  # GB 32047-2025 takes effect 2026-08-01


def test_show_and_grade_with_the_trace(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "limits", "GB 16780-2021")
    assert code == 0 and "熟料单位产品综合能耗" in out and "1级 100" in out
    code, out, _ = run(capsys, "limits", "gb16780", "clinker_comprehensive", "clinker_energy_kgce=107000",
                       "clinker_output_t=1000", "--as-of", "2026-03-20", "--json")
    data = json.loads(out)
    assert code == 0 and data["outcome"] == "grade_2" and data["value"] == "107"
    assert any("表1" in line for line in data["trace"])


@pytest.mark.parametrize("argv", [["limits", "gb99999"], ["limits", "gb16780", "nope"],
                                  ["limits", "gb16780", "clinker_comprehensive", "x=1"],
                                  ["limits", "gb16780", "clinker_comprehensive", "noequals"],
                                  ["limits", "--as-of", "2026-13-01"]])
def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
