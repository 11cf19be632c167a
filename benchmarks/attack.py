"""``make attack``: the bad-input corpus (``tests/attack_corpus.py``) run outside pytest, with its counts.

Every attack is built in its own folder from a copy of a freshly built demo case (bundle attacks from one signed
bundle exported from it) and run as the tests run it. Printed: inputs tried, clear refusals (the expected exit
code, one line on stderr naming the problem, no traceback), files changed (must be 0), tamper kinds detected out of
those tried, and the same per command. ``-v`` lists every attack that was not a clear refusal, with why.

    python benchmarks/attack.py [-v] [-k SUBSTRING]
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the corpus imports its helper modules as pytest puts them on the path


def run(tmp: Path, *, only: str = "", verbose: bool = False) -> dict[str, object]:
    import attack_corpus as ac

    from desktop_app.operations.demo import build_demo

    data = tmp / "data"
    with ac.environment(data):
        (tmp / "source").mkdir(parents=True)
        demo = build_demo(tmp / "source" / "demo.jnzd")
        bundle = ac.build_bundle(demo, tmp / "source" / "bundle.zip")
        attacks = [a for a in ac.ATTACKS if only in a.id]
        outcomes = []
        t0 = time.perf_counter()
        for n, attack in enumerate(attacks):
            outcome = ac.execute(attack, tmp / "attacks" / f"{n:03d}", demo, bundle, data)
            outcomes.append(outcome)
            if verbose and (outcome.problems or outcome.skipped):
                why = outcome.skipped or "; ".join(outcome.problems)
                print(f"  ✗ {attack.id}: {why}", file=sys.stderr)
        seconds = time.perf_counter() - t0
    ran = [o for o in outcomes if not o.skipped]
    tried_kinds = set().union(*(o.attack.detect for o in ran)) if ran else set()
    found_kinds = set().union(*(o.detected & o.attack.detect for o in ran)) if ran else set()
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for o in ran:
        per[o.attack.command][0] += 1
        per[o.attack.command][1] += o.clear
        per[o.attack.command][2] += bool(o.changed)
    return {"tried": len(ran), "skipped": len(outcomes) - len(ran), "clear": sum(o.clear for o in ran),
            "refusals": sum(o.attack.code != 0 for o in ran),
            "refused": sum(o.clear and o.attack.code != 0 for o in ran),
            "accepted": sum(o.clear and o.attack.code == 0 for o in ran),
            "changed": sum(bool(o.changed) for o in ran), "tracebacks": sum("Traceback" in o.err for o in ran),
            "crashes": sum(o.code == 70 for o in ran), "kinds_tried": sorted(tried_kinds),
            "kinds_found": sorted(found_kinds), "per_command": dict(sorted(per.items())), "seconds": seconds,
            "outcomes": outcomes}


def report(r: dict[str, object]) -> list[str]:
    kinds_tried, kinds_found = r["kinds_tried"], r["kinds_found"]
    assert isinstance(kinds_tried, list) and isinstance(kinds_found, list)
    lines = [
        "坏输入语料 attack corpus（tests/attack_corpus.py）",
        f"  尝试的输入 inputs tried           {r['tried']}"
        + (f"（跳过 skipped {r['skipped']}）" if r["skipped"] else ""),
        f"  明确拒绝 clear refusals           {r['refused']} / {r['refusals']}"
        f"（另有 {r['accepted']} 个按文档接受、未改动任何文件 plus accepted as documented, nothing changed）",
        f"  符合预期 as expected              {r['clear']} / {r['tried']}",
        f"  被改动的文件 changed files        {r['changed']}（须为 0 must be 0）",
        f"  回溯 tracebacks / 内部错误 exit 70 {r['tracebacks']} / {r['crashes']}",
        f"  检出的篡改种类 tamper kinds found {len(kinds_found)} / {len(kinds_tried)}（{'、'.join(kinds_found)}）",
        f"  用时 time                         {r['seconds']:.1f} s",
        "  各命令 per command（tried / clear / changed）:",
    ]
    per = r["per_command"]
    assert isinstance(per, dict)
    for command, (tried, clear, changed) in per.items():
        lines.append(f"    {command:18} {tried:4} {clear:4} {changed:4}")
    return lines


def bench_rows(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    """The summary as ``make bench`` rows."""
    r = run(tmp)
    kinds_tried, kinds_found = r["kinds_tried"], r["kinds_found"]
    assert isinstance(kinds_tried, list) and isinstance(kinds_found, list)
    return [(f"坏输入语料 attack corpus：{r['tried']} 个输入", f"{r['refused']}/{r['refusals']} clear refusals",
             f"{r['clear']}/{r['tried']} as expected", f"{r['changed']} files changed", "all clear, 0 changed"),
            ("篡改种类检出 tamper kinds detected", f"{len(kinds_found)}", f"{len(kinds_tried)} tried",
             f"{len(kinds_found)}/{len(kinds_tried)}", "all")]


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/attack.py")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every attack that was not clear")
    parser.add_argument("-k", default="", help="only attacks whose id contains this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jnzd-attack-") as tmp:
        r = run(Path(tmp), only=args.k, verbose=args.verbose)
    for line in report(r):
        print(line)
    return 0 if r["clear"] == r["tried"] and r["changed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
