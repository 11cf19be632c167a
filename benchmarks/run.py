"""``make bench``: each figure next to the reference it is judged against, printed as a table.

Not a timed test: it measures and reports; the targets are in the table for a person to judge.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    # Imported here, not at the top: the portfolio scan's worker processes (spawn) import this script as their
    # main module, and each would otherwise load Qt, pyqtgraph and pandas before reading a single case.
    from benchmarks import (
        attack,
        bundle,
        charts,
        checklist,
        commit_latency,
        energy,
        equipment,
        integrity,
        measurements,
        portfolio,
        report,
        startup,
    )

    rows: list[tuple[str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="jnzd-bench-") as tmp:
        os.environ["JNZD_DATA_DIR"] = str(Path(tmp) / "data")
        rows += startup.run(Path(tmp))
        rows += commit_latency.run(Path(tmp))
        rows += checklist.run(Path(tmp))
        rows += energy.run(Path(tmp))
        rows += equipment.run(Path(tmp))
        rows += measurements.run(Path(tmp))
        rows += charts.run(Path(tmp))
        rows += report.run(Path(tmp))
        rows += portfolio.run(Path(tmp))
        rows += bundle.run(Path(tmp))
        rows += integrity.run(Path(tmp))
        rows += attack.bench_rows(Path(tmp) / "attack")
    headers = ("benchmark", "ours", "reference", "ratio", "target")
    widths = [max(_w(r[i]) for r in [headers, *rows]) for i in range(5)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for r in [headers, *rows]:
        print("  ".join(c + " " * (w - _w(c)) for c, w in zip(r, widths, strict=True)))
        if r is headers:
            print(line)
    print(line)
    return 0


def _w(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
