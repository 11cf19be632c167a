"""Issue-6 figures on generated logger exports: a 7-day, 1 s, 8-channel CSV (604,800 rows, ~50 MB) imported into
a case (parse + store) next to pandas' C-engine parse of the same file; the parse alone next to it; the whole
``jnzd import-log`` process next to a whole process that imports pandas and parses the file (issue 13, item 8);
the same kind of data as XLSX next to openpyxl's read-only mode; loading one channel back; and the peak memory
of the CSV import (own process). Ours and the reference alternate and the medians are compared, so a busy
machine slows both. Also the statistics of logged series (range statistics of 10 M points, day types of a week
of 1 s samples) next to numpy's bare reductions of the same arrays. ``series_rows`` runs alone (nothing written).

pandas is a bench-only dependency (``make bench`` installs it); the app never imports it.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from desktop_app.calculations import series
from desktop_app.operations import measurements
from desktop_app.storage.casefile import CaseFile

ROWS = 604_800
XLSX_ROWS = 60_480  # 7 days at 10 s: openpyxl needs ~1.4 ms a row, so the full week would take minutes
CHANNELS = ("P总(kW)", "Q总(kvar)", "Ua(V)", "Ub(V)", "Uc(V)", "Ia(A)", "Ib(A)", "PF")


def _frame(rows: int, step_s: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    t = np.datetime64("2026-03-09T00:00:00") + np.arange(rows) * np.timedelta64(step_s, "s")
    base = np.array([1200.0, 400.0, 230.0, 230.0, 230.0, 1800.0, 1800.0, 0.95])
    noise = rng.normal(0, 1, (rows, len(CHANNELS))) * np.array([50, 20, 1, 1, 1, 40, 40, 0.01])
    return t, np.round(base + noise, 3)


def write_csv(path: Path, rows: int = ROWS) -> Path:
    t, v = _frame(rows, 1)
    stamps = np.datetime_as_string(t, unit="s").astype("U19")
    stamps = np.char.replace(stamps, "T", " ")
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("时间," + ",".join(CHANNELS) + "\n")
        block = 50_000
        for i in range(0, rows, block):
            body = np.column_stack([stamps[i:i + block], v[i:i + block].astype("U16")])
            f.write("\n".join(",".join(r) for r in body.tolist()) + "\n")
    return path


def write_xlsx(path: Path, rows: int = XLSX_ROWS) -> Path:
    import openpyxl

    t, v = _frame(rows, 10)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("data")
    ws.append(["时间", *CHANNELS])
    for stamp, values in zip(t.astype("datetime64[s]").tolist(), v.tolist(), strict=True):
        ws.append([stamp, *values])
    wb.save(path)
    return path


PEAK_SCRIPT = """
import json, sys, os
sys.path.insert(0, {root!r})
os.environ["JNZD_DATA_DIR"] = {data!r}
from desktop_app.operations import measurements
from desktop_app.storage.casefile import CaseFile
import pyarrow.csv  # noqa: F401  (the baseline includes the libraries)

def hwm_kb():  # this process's own peak RSS (ru_maxrss would include the parent's, inherited across fork+exec)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))

before = hwm_kb()
with CaseFile.create({case!r}, as_of_date="2026-03-20") as case:
    measurements.import_logs(case, [{csv!r}])
after = hwm_kb()
print(json.dumps({{"before_kb": before, "after_kb": after}}))
"""


def _peak_mb(tmp: Path, csv: Path) -> float:
    root = str(Path(__file__).resolve().parent.parent)
    script = PEAK_SCRIPT.format(root=root, data=str(tmp / "peak-data"), case=str(tmp / "peak.jnzd"), csv=str(csv))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=600)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return (figures["after_kb"] - figures["before_kb"]) / 1024


PROCESS_RUNS = 7
PANDAS_PROCESS = "import pandas as pd; pd.read_csv({csv!r}, engine='c', parse_dates=['时间'])"


def _process_times(tmp: Path, csv: Path) -> tuple[float, float]:
    """Medians of the whole ``jnzd import-log CASE FILE`` process (a fresh case each time, created beforehand) and
    of a whole pandas process parsing the same file: wall time including interpreter start-up and imports."""
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "JNZD_DATA_DIR": str(tmp / "process-data")}
    # As installed (pip and the PyInstaller bundle ship byte-code; pandas' own is compiled at install): with
    # PYTHONDONTWRITEBYTECODE set, as on this machine, the editable tree would be compiled from source on every run
    # (~0.15 s of ~50 modules) while pandas' is not — that would measure the environment, not the import.
    compileall.compile_dir(str(Path(root) / "desktop_app"), quiet=1)
    ours, ref = [], []
    for n in range(PROCESS_RUNS + 1):  # the first pair warms the OS file cache and is not counted
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", PANDAS_PROCESS.format(csv=str(csv))], env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=600)
        pandas_s = time.perf_counter() - t0
        case = tmp / f"process-{n}.jnzd"
        CaseFile.create(case, as_of_date="2026-03-20").close()
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop_app", "import-log", str(case), str(csv)], env=env,
                       check=True, stdout=subprocess.DEVNULL, timeout=600)
        ours_s = time.perf_counter() - t0
        case.unlink()
        shutil.rmtree(tmp / "process-data")  # the case's snapshots (~100 MB each)
        if n:
            ours.append(ours_s)
            ref.append(pandas_s)
    return statistics.median(ours), statistics.median(ref)


def run(tmp: Path) -> list[tuple[str, str, str, str, str]]:
    import pandas as pd  # bench-only reference

    from desktop_app.importers import logs

    csv = write_csv(tmp / "logger-week-1s.csv")
    size_mb = csv.stat().st_size / 1024**2
    ours, ref, parse_only, parse_alone = [], [], [], []
    measurements.prepare([csv])  # warm-up: pyarrow's compute registry and the detector's patterns
    for n in range(5):
        t0 = time.perf_counter()
        pd.read_csv(csv, engine="c", parse_dates=["时间"])
        ref.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        logs.parse(csv)
        parse_alone.append(time.perf_counter() - t0)
        if n >= 3:
            continue
        with CaseFile.create(tmp / f"m{n}.jnzd", as_of_date="2026-03-20") as case:
            t0 = time.perf_counter()
            prepared = measurements.prepare([csv])
            parse_only.append(time.perf_counter() - t0)
            _changes, dataset_id = measurements.store(case, prepared)
            ours.append(time.perf_counter() - t0)
    loads = []
    with CaseFile.open(tmp / "m0.jnzd", read_only=True) as case:
        channel_id = measurements.channels(case, dataset_id)[0]["id"]
        for _ in range(20):
            t0 = time.perf_counter()
            measurements.load_channel(case, channel_id)
            loads.append(time.perf_counter() - t0)
    peak = _peak_mb(tmp, csv)
    proc, proc_ref = _process_times(tmp, csv)

    import openpyxl

    xlsx = write_xlsx(tmp / "logger.xlsx")
    measurements.prepare([xlsx])  # warm-up: calamine's module
    plain_runs, xl_runs = [], []
    for n in range(3):
        t0 = time.perf_counter()
        wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
        _ = list(wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
        plain_runs.append(time.perf_counter() - t0)
        with CaseFile.create(tmp / f"x{n}.jnzd", as_of_date="2026-03-20") as case:
            t0 = time.perf_counter()
            measurements.import_logs(case, [xlsx])
            xl_runs.append(time.perf_counter() - t0)
    plain, xl = statistics.median(plain_runs), statistics.median(xl_runs)

    o, r = statistics.median(ours), statistics.median(ref)
    alone = statistics.median(parse_alone)
    rows = [
        (f"CSV 解析 {ROWS:,} 行 × 8 通道（{size_mb:.0f} MB），importers.logs.parse alone, median of 5",
         f"{alone:.2f} s", f"{r:.2f} s pandas read_csv (C engine, parse_dates)", f"{alone / r:.2f}×",
         "≤ 1.0× pandas"),
        (f"CSV 导入 {ROWS:,} 行 × 8 通道（{size_mb:.0f} MB），parse + store, median of 3", f"{o:.2f} s",
         f"{r:.2f} s pandas read_csv (C engine, parse_dates)", f"{o / r:.2f}×", "≤ 1.0× pandas"),
        ("  其中读取与解析 of which parse (prepare: detect, parse, hash the original)",
         f"{statistics.median(parse_only):.2f} s", "", f"{statistics.median(parse_only) / r:.2f}×", ""),
        (f"jnzd import-log 整个进程 whole process, fresh case, byte-compiled (median of {PROCESS_RUNS})",
         f"{proc:.2f} s",
         f"{proc_ref:.2f} s python -c 'import pandas; read_csv(...)'", f"{proc / proc_ref:.2f}×",
         "≤ 1.5× pandas process"),
        ("载入一个通道 load one channel (604,800 points + time axis), median",
         f"{statistics.median(loads) * 1000:.1f} ms",
         "", "", "≤ 10 ms"),
        ("CSV 导入峰值内存 peak memory of the import (over the loaded libraries)", f"{peak:.0f} MB",
         f"{size_mb:.0f} MB file", f"{peak / size_mb:.1f}×", "≤ 3× file size"),
        (f"XLSX 导入 {XLSX_ROWS:,} 行 × 8 通道（python-calamine）, median of 3", f"{xl:.2f} s",
         f"{plain:.2f} s openpyxl read-only read", f"{plain / xl:.1f}× faster", "≥ 6× faster than openpyxl"),
    ]
    return rows + series_rows()


SERIES_POINTS = 10_000_000
SERIES_RUNS = 5
MONDAY_MS = 1_704_038_400_000  # Monday 2024-01-01 00:00 in Beijing (UTC+8)


def series_rows() -> list[tuple[str, str, str, str, str]]:
    """The figures tests/test_series.py used to assert (as wall-clock limits) on the same inputs: 10 M points at 1 s
    with every 1000th missing; Mon–Sun of 1 s samples (604,800), weekdays a sine, the weekend flat."""
    t = MONDAY_MS + np.arange(SERIES_POINTS, dtype=np.int64) * 1000
    v = 100 + np.sin(np.arange(SERIES_POINTS) / 1000.0)
    v[::1000] = np.nan
    series.range_stats(t[:1000], v[:1000], "kW")  # warm-up
    stats, bare = [], []
    for _ in range(SERIES_RUNS):
        t0 = time.perf_counter()
        series.range_stats(t, v, "kW")
        stats.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ok = np.isfinite(v)
        vv = v[ok]
        np.argmin(vv), np.argmax(vv), np.mean(vv), np.std(vv, ddof=1), np.percentile(vv, (5.0, 95.0))
        bare.append(time.perf_counter() - t0)
    week_t = MONDAY_MS + np.arange(7 * 86_400, dtype=np.int64) * 1000
    day, minute = (week_t - MONDAY_MS) // 86_400_000, ((week_t - MONDAY_MS) % 86_400_000) / 60_000
    week_v = np.where(day < 5, 100 + day + 50 * np.sin(2 * np.pi * minute / 1440), 40.0)
    types = []
    for _ in range(SERIES_RUNS):
        t0 = time.perf_counter()
        series.day_types(week_t, week_v, bin_minutes=15)
        types.append(time.perf_counter() - t0)
    s_, b, d = statistics.median(stats), statistics.median(bare), statistics.median(types)
    return [
        (f"区间统计 range_stats {SERIES_POINTS // 1_000_000} M points (every 1000th missing), median of "
         f"{SERIES_RUNS}", f"{s_:.2f} s", f"{b:.2f} s numpy min/max/mean/std/p5–p95 of the valid values",
         f"{s_ / b:.1f}×", "≤ 1.0 s"),
        (f"日类型曲线 day_types a week of 1 s samples (604,800), 15 min bins, median of {SERIES_RUNS}",
         f"{d * 1000:.0f} ms", "", "", "≤ 0.5 s"),
    ]
