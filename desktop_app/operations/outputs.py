"""Export everything a finished case produces in one go: the report PDF, the Excel annexes and the upload bundle.

The case is opened read-only (an in-memory snapshot, so the engineer can keep editing and the outputs are
consistent with each other). The PDF and the workbook are built in memory first; only then is anything written,
each file under a temporary name renamed when complete. A cancel (``progress`` returns False) is honoured while
building, before the first file is written, so a cancelled export leaves no file behind; a missing CJK font
raises the renderer's ``ReportFontError`` (one line) and writes nothing either.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.errors import ExportCancelled, from_os_error
from desktop_app.operations import export
from desktop_app.storage import tempfiles
from desktop_app.storage.casefile import CaseFile

Progress = Callable[[float], bool]
REPORT, TABLES, BUNDLE = "诊断报告", "附表", "上报数据包"


def _write_atomic(target: Path, data: bytes) -> None:
    """``data`` to ``target`` under a temporary name, renamed when complete (created as ``open`` does, so the
    file gets the user's usual permissions, which ``mkstemp``'s 0600 would not)."""
    tmp = tempfiles.temp_path(target, "tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:  # disk full or over the file-size limit, no permission, … (named by errno)
        tempfiles.discard(tmp)
        raise from_os_error(exc, target) from None
    except BaseException:
        tempfiles.discard(tmp)
        raise


def output_names(case: CaseFile) -> dict[str, str]:
    """The file names ``export_all`` writes for ``case`` (the bundle's name is ``export.default_name``)."""
    bundle = export.default_name(case)
    stem = bundle.removesuffix(".zip")
    return {REPORT: f"{stem}_诊断报告.pdf", TABLES: f"{stem}_附表.xlsx", BUNDLE: bundle}


def export_all(case_path: Path, out_dir: Path, *, progress: Progress | None = None) -> dict[str, Path]:
    """Write ``<name>_诊断报告.pdf``, ``<name>_附表.xlsx`` and the bundle ``<name>.zip`` into ``out_dir``.

    Returns {"诊断报告": path, "附表": path, "上报数据包": path}. ``progress(fraction)`` is called as the work goes
    on; returning False stops it with ``ExportCancelled`` (nothing written).
    """
    # reportlab and openpyxl are imported here, not at module level: the CLI starts without them
    from desktop_app.operations.annex_xlsx import workbook_from
    from desktop_app.operations.report_content import report_from
    from desktop_app.operations.report_content_base import gather
    from desktop_app.reporting.pdf import render_bytes

    def step(fraction: float) -> None:
        if progress is not None and progress(fraction) is False:
            raise ExportCancelled(path=str(case_path))

    case_path, out_dir = Path(case_path), Path(out_dir)
    step(0.0)
    with CaseFile.open(case_path, read_only=True) as case:
        names = output_names(case)
        data = gather(case)
        step(0.05)
        report = report_from(data)
        step(0.1)
        pdf = render_bytes(report)
        step(0.55)
        xlsx = workbook_from(data)
        step(0.65)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise from_os_error(exc, out_dir) from None
        tempfiles.sweep(out_dir)  # a killed export's left-overs
        paths = {kind: out_dir / name for kind, name in names.items()}
        _write_atomic(paths[REPORT], pdf)
        _write_atomic(paths[TABLES], xlsx)
        if progress is not None:
            progress(0.75)  # past the point of no return: the bundle is written whatever the answer
        export.export_bundle(case, paths[BUNDLE], report_pdf=pdf, tables_xlsx=xlsx)
    if progress is not None:
        progress(1.0)
    return paths
