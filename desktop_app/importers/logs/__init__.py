"""Logger files (CSV, TSV, TXT, XLSX) → UTC timestamps and float channels, every reading choice detected and
overridable (PRODUCT.md §6, PEERS.md §5.5).

``detect`` looks at a sample and says how it would read the file (``Detection``: resolved ``LogOptions``, the
columns with quantity and unit, a preview, open ambiguities, notes); ``parse`` reads the whole file and reports
what it could not read; ``align`` puts several parsed files on one time axis. No Qt, no SQL.
"""

from desktop_app.importers.logs.detect import detect
from desktop_app.importers.logs.model import (
    Ambiguity,
    ColumnInfo,
    Detection,
    LogOptions,
    ParsedLog,
    ParseReport,
)
from desktop_app.importers.logs.parse import align, parse

__all__ = ["Ambiguity", "ColumnInfo", "Detection", "LogOptions", "ParseReport", "ParsedLog", "align", "detect",
           "parse"]
