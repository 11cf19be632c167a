"""The bad-input corpus as a test suite (issue 14, item 7): every attack of ``attack_corpus`` — corrupt, truncated,
foreign and tampered cases, bad logger and equipment files, malicious bundles, impossible values, a full disk (a
small file-size limit), read-only locations and alias paths — run through the real CLI, each asserting its exit
code, one line on stderr naming the problem (for tampered cases: ``check`` naming the tampering), no traceback, and
every file of its folder byte for byte as it was, with nothing left beside them."""

from __future__ import annotations

import argparse
from pathlib import Path

import attack_corpus as ac
import pytest

from desktop_app.cli import build_parser


@pytest.fixture(scope="session")
def bundle(built_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One signed bundle of the demo for every bundle attack, with its own data folder (the signing key)."""
    folder = tmp_path_factory.mktemp("attack-bundle")
    with ac.environment(folder / "data"):
        return ac.build_bundle(built_demo, folder / "bundle.zip")


@pytest.mark.parametrize("attack_id", list(ac.BY_ID))
def test_attack_is_refused_clearly_and_changes_nothing(attack_id: str, built_demo: Path, bundle: Path,
                                                       tmp_path: Path, _jnzd_env: Path) -> None:
    attack = ac.BY_ID[attack_id]
    outcome = ac.execute(attack, tmp_path / "w", built_demo, bundle, _jnzd_env)
    if outcome.skipped:
        pytest.skip(outcome.skipped)
    assert "Traceback" not in outcome.err, outcome.err
    assert outcome.code == attack.code, (outcome.code, outcome.err, outcome.out[-2000:])
    if attack.code and not attack.detect:
        lines = outcome.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("jnzd: "), outcome.err
        assert attack.message in lines[0]
    assert outcome.changed == [], outcome.changed  # every protected file's SHA-256, and no file added or gone
    assert outcome.crash_logs == []
    if attack.detect:
        assert attack.detect <= outcome.detected, (attack.detect, outcome.detected)
    assert outcome.problems == []


def _commands() -> set[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_the_corpus_is_large_and_reaches_every_command() -> None:
    assert len(ac.ATTACKS) >= 150 and len(ac.BY_ID) == len(ac.ATTACKS)
    assert _commands() <= {a.command for a in ac.ATTACKS}
    kinds = {a.kind for a in ac.ATTACKS}
    assert {"corrupt", "truncated", "foreign", "tamper", "logger", "equipment", "bundle", "value", "disk",
            "read-only", "alias"} <= kinds
    assert set(ac.TAMPER_KINDS) == set().union(*(a.detect for a in ac.ATTACKS))  # every kind the audit names


def test_make_attack_runs_the_corpus_outside_pytest(tmp_path: Path) -> None:
    """benchmarks/attack.py (make attack, make bench) imports the corpus by itself: one attack through it."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    code = ("import sys, pathlib; sys.path.insert(0, 'benchmarks'); import attack; "
            f"r = attack.run(pathlib.Path({str(tmp_path)!r}), only='limits:unknown-standard'); "
            "print(r['tried'], r['clear'], r['changed'])")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1", "0"]
