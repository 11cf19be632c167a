"""Reading the rows of a text logger file with pyarrow's streaming CSV reader (C++, block by block: progress and
cancel between blocks, memory bounded by the block size plus the float columns).

Fast path: value columns typed ``float64`` and, when the sample is plain ISO, the date column typed ``timestamp`` —
pyarrow converts them while parsing. Any cell it cannot convert makes the typed pass fail as a whole; the file is
then read again with every used column as text, and each block is validated vectorised (regular expressions,
``convert.Sink``) so the unreadable rows are counted and shown with their line numbers instead of failing the
import. Rows with the wrong number of cells reach ``invalid_row_handler`` with their line number.
Runs of white space (TXT) are split by ``utf8_split_whitespace`` on whole lines.

The first pass reads the file ``RANGE_BYTES`` at a time, each range cut at its last line break and parsed by
pyarrow's multi-threaded ``read_csv`` (the streaming reader converts one block after the other, on one core):
the blocks of a range are converted in parallel, and memory stays bounded by the range.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]
import pyarrow.csv as pacsv  # type: ignore[import-untyped]

from desktop_app.domain.errors import ImportCancelled, ImportFileError
from desktop_app.importers.logs.convert import Sink
from desktop_app.importers.logs.detect import Layout
from desktop_app.importers.logs.table import NULLS

BLOCK_SIZE = 1024 * 1024  # 1 MB: as fast as larger blocks here, and the least memory (benchmarks: ~1.8× the file)
RANGE_BYTES = 4 * 1024 * 1024  # the threaded first pass: 4 blocks of 1 MB per range, converted in parallel
_LINE_DELIMITER = "\x1f"  # never in a text file: each whole line is one cell (white-space mode)


class _Retry(Exception):
    """The typed pass met a cell it cannot convert: read again as text."""


class _Utf8Source(io.RawIOBase):
    """A file read through a decoder that replaces bad bytes, served to pyarrow as UTF-8, one chunk at a time
    (pyarrow's own transcoder reads most of the file ahead)."""

    CHUNK = 1024 * 1024

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        super().__init__()
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(encoding)("replace")
        self.buffer = b""
        self.done = False

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        want = -1 if size is None else size
        while (want < 0 or len(self.buffer) < want) and not self.done:
            chunk = self.raw.read(self.CHUNK)
            self.done = not chunk
            self.buffer += self.decoder.decode(chunk, final=self.done).encode("utf-8")
        if want < 0 or want >= len(self.buffer):
            out, self.buffer = self.buffer, b""
        else:
            out, self.buffer = self.buffer[:want], self.buffer[want:]
        return out

    def tell(self) -> int:
        return self.raw.tell()  # progress in bytes of the file


def _pool() -> pa.MemoryPool:
    """The C allocator for the reader's blocks: it hands freed blocks back, where pyarrow's default (mimalloc)
    keeps them, which cost ~25 MB of peak memory on a 50 MB file (make bench)."""
    return pa.system_memory_pool()


def _source(raw: BinaryIO, encoding: str, plain: bool) -> BinaryIO | _Utf8Source:
    """The file as pyarrow reads it: UTF-8 unchanged (``plain``), or decoded leniently and re-encoded."""
    name = codecs.lookup(encoding).name
    if plain and name in ("utf-8", "utf-8-sig"):
        return raw
    return _Utf8Source(raw, "utf-8-sig" if name == "utf-8" else name)


def read_text(path: Path, layout: Layout, decimal: str, names: list[str],
              progress: Callable[[float], bool] | None) -> Sink:
    """Every data row of ``path`` into a Sink (value columns in ``layout.value_idx`` order).

    Passes, each tried when the one before met something it cannot take: typed columns; text columns; text
    columns through a decoder that replaces invalid UTF-8 (pyarrow refuses invalid UTF-8 in text columns)."""
    passes = [(True, True), (False, True), (False, False)] if layout.kind == "csv" else [(False, True), (False, False)]
    if codecs.lookup(layout.encoding).name not in ("utf-8", "utf-8-sig"):
        passes = [p for p in passes if p[1]]  # other encodings are always decoded leniently
    # The first pass reads with pyarrow's threads (~1.4× faster on 2 cores); a row with the wrong number of
    # cells sends it back to the single-threaded passes, because only those can tell that row's line number.
    attempts = [(passes[0][0], passes[0][1], True)] + [(t, r, False) for t, r in passes]
    for n, (typed, raw, threads) in enumerate(attempts):
        try:
            return _read(path, layout, decimal, names, progress, typed=typed, raw_utf8=raw,
                         last=n == len(attempts) - 1, threads=threads)
        except _Retry:
            continue
    raise AssertionError("unreachable: the last pass does not retry")


def _read(path: Path, layout: Layout, decimal: str, names: list[str], progress: Callable[[float], bool] | None,
          typed: bool, raw_utf8: bool, last: bool, threads: bool = False) -> Sink:
    where = str(path)
    sink = Sink([names[j] for j in layout.value_idx], layout.rows_hint,
                cell_units=[layout.cell_units.get(j) for j in layout.value_idx] if layout.cell_units else [])
    size = max(path.stat().st_size, 1)
    ws = layout.kind == "ws"
    width = 1 if ws else layout.width
    internal = [f"c{j}" for j in range(width)]
    used = [layout.date_idx] + ([layout.time_idx] if layout.time_idx is not None else []) + layout.value_idx
    types: dict[str, pa.DataType] = {}
    if ws:
        types["c0"] = pa.string()
    else:
        for j in used:
            types[f"c{j}"] = pa.string()
        if typed:
            for j in layout.value_idx:
                types[f"c{j}"] = pa.string() if j in layout.cell_units else pa.float64()  # "27.4 °C": as text
            if layout.date_format == "excel":
                types[f"c{layout.date_idx}"] = pa.float64()
            elif layout.typed_iso:
                types[f"c{layout.date_idx}"] = pa.timestamp("ms")

    def on_invalid(row: pacsv.InvalidRow) -> str:
        if threads:
            return "error"  # retried single-threaded, where the row number is known
        sink.bad_line(row.number or 0, row.text, f"列数不符：应为 {layout.width} 列，实为 {row.actual_columns} 列")
        handled.append(row.number or 0)
        return "skip"

    handled: list[int] = []
    read_options = pacsv.ReadOptions(use_threads=threads, block_size=BLOCK_SIZE, skip_rows=layout.first_data,
                                     column_names=internal)
    parse_options = pacsv.ParseOptions(delimiter=_LINE_DELIMITER if ws else layout.delimiter,
                                       quote_char=False if ws else '"', ignore_empty_lines=False,
                                       newlines_in_values=False, invalid_row_handler=on_invalid)
    convert_options = pacsv.ConvertOptions(
        column_types=types, include_columns=["c0"] if ws else [f"c{j}" for j in dict.fromkeys(used)],
        null_values=list(NULLS), strings_can_be_null=True, quoted_strings_can_be_null=True,
        decimal_point=decimal, timestamp_parsers=[pacsv.ISO8601])
    try:
        with path.open("rb") as raw:  # a Python file: pyarrow then reads block by block (its own file
            # classes let the streaming reader buffer most of the file ahead: +50 MB on a 50 MB file)
            source = _source(raw, layout.encoding, plain=raw_utf8)
            if threads:
                batches: Iterator[pa.RecordBatch] = _ranges(source, read_options, parse_options, convert_options)
            else:
                batches = pacsv.open_csv(source, read_options=read_options, parse_options=parse_options,
                                         convert_options=convert_options, memory_pool=_pool())
            for batch in batches:
                if ws:
                    _add_whitespace(sink, batch.column(0), layout, decimal)
                else:
                    time_cells = batch.column(f"c{layout.time_idx}") if layout.time_idx is not None else None
                    sink.add(batch.column(f"c{layout.date_idx}"), time_cells,
                             [batch.column(f"c{j}") for j in layout.value_idx], layout.date_format or "ymd", decimal,
                             hint=layout.date_hint)
                if progress is not None and not progress(min(source.tell() / size, 1.0) * 0.9):
                    raise ImportCancelled(path=where)
    except pa.ArrowInvalid as exc:
        if not last:
            raise _Retry from None
        raise ImportFileError(path=where, detail=f"文件格式有误，无法按表格读取（{_short(exc)}）") from None
    except UnicodeError as exc:
        raise ImportFileError(path=where, detail=f"按 {layout.encoding} 解码失败（{exc}），请用 --encoding 指定编码"
                              ) from None
    except OSError as exc:
        raise ImportFileError(path=where, detail=f"读取失败（{exc}）") from None
    _number_lines(sink, layout.first_data, sorted(handled))
    _fill_texts(path, layout.encoding, sink)
    return sink


def _ranges(source: BinaryIO | _Utf8Source, read_options: pacsv.ReadOptions, parse_options: pacsv.ParseOptions,
            convert_options: pacsv.ConvertOptions) -> Iterator[pa.RecordBatch]:
    """The record batches of the whole file, read ``RANGE_BYTES`` at a time: each range ends at its last line
    break (where pyarrow's own reader may end a block too, since values hold no line breaks) and is parsed with
    threads, one batch per range. The first range holds the lines ``skip_rows`` skips; the rows of all ranges
    follow one another, so a row's index in the Sink is the same as with one reader. A file is read on from the
    start of the cut line (no copy); a decoded source keeps the cut line for the next range."""
    skip = read_options.skip_rows
    seekable = source.seekable()
    want = RANGE_BYTES
    rest = b""
    while True:
        chunk = source.read(want)
        data = rest + chunk if rest else chunk
        rest = b""
        if not data:
            return
        at_end = len(chunk) < want
        cut = len(data)
        if not at_end:
            # the last line break; a file of lone CRs has no LF (a CR at the very end may be half of a CRLF)
            cut = data.rfind(b"\n") + 1 or data.rfind(b"\r", 0, len(data) - 1) + 1
            if not cut or (skip and (data.count(b"\n", 0, cut) or data.count(b"\r", 0, cut)) <= skip):
                if seekable:  # a line longer than the range, or a range of the preamble alone: read more
                    source.seek(-len(data), io.SEEK_CUR)
                    want *= 2
                else:
                    rest = data
                continue
            if seekable:
                source.seek(cut - len(data), io.SEEK_CUR)
            else:
                rest = data[cut:]
        options = pacsv.ReadOptions(use_threads=True, block_size=read_options.block_size, skip_rows=skip,
                                    column_names=read_options.column_names)
        skip = 0
        want = RANGE_BYTES
        table = pacsv.read_csv(pa.py_buffer(memoryview(data)[:cut]), read_options=options,
                               parse_options=parse_options, convert_options=convert_options, memory_pool=_pool())
        del data
        yield from table.combine_chunks(memory_pool=_pool()).to_batches()
        if at_end:
            return


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _add_whitespace(sink: Sink, lines: pa.Array, layout: Layout, decimal: str) -> None:
    tokens = pc.utf8_split_whitespace(pc.fill_null(lines, ""))
    counts = np.asarray(pc.list_value_length(tokens).to_numpy(zero_copy_only=False), dtype=np.int64)
    wrong = (counts != layout.width) & (counts > 0)
    fit = pa.array(counts == layout.width)
    whole = pc.if_else(fit, tokens, pa.scalar(None, tokens.type))

    def column(j: int) -> pa.Array:
        return pc.list_element(whole, j)

    time_cells = column(layout.time_idx) if layout.time_idx is not None else None
    sink.add(column(layout.date_idx), time_cells, [column(j) for j in layout.value_idx], layout.date_format or "ymd",
             decimal, shape_bad=wrong, hint=layout.date_hint,
             shape_reason=lambda i: f"列数不符：应为 {layout.width} 列，实为 {counts[i]} 列")


def _number_lines(sink: Sink, first_data: int, handled: list[int]) -> None:
    """Reader row index → physical line number (1-based), skipping the lines the reader refused."""
    numbered = []
    for kind, number, text, reason in sink.examples:
        if kind == "row":
            line = first_data + 1 + number
            for h in handled:
                if h <= line:
                    line += 1
                else:
                    break
            number = line
        numbered.append(("line", number, text, reason))
    sink.examples = sorted(numbered, key=lambda e: e[1])


def _fill_texts(path: Path, encoding: str, sink: Sink) -> None:
    """The raw text of example rows that were refused after parsing (only their line number is known)."""
    wanted = {number for _kind, number, text, _reason in sink.examples if text is None}
    if not wanted:
        return
    found: dict[int, str] = {}
    last = max(wanted)
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        for number, line in enumerate(f, start=1):
            if number in wanted:
                found[number] = line.rstrip("\r\n").lstrip("\ufeff")
            if number >= last:
                break
    sink.examples = [(k, n, text if text is not None else found.get(n, ""), r) for k, n, text, r in sink.examples]


def read_column(path: Path, layout: Layout, index: int) -> pa.Array:
    """One column of the whole file as text (to settle a question the sample left open)."""
    if layout.kind == "ws":
        options = pacsv.ParseOptions(delimiter=_LINE_DELIMITER, quote_char=False, invalid_row_handler=lambda _r: "skip")
        names, include = ["c0"], ["c0"]
    else:
        options = pacsv.ParseOptions(delimiter=layout.delimiter, invalid_row_handler=lambda _r: "skip")
        names, include = [f"c{j}" for j in range(layout.width)], [f"c{index}"]
    try:
        with path.open("rb") as raw:
            table = pacsv.read_csv(_source(raw, layout.encoding, plain=False), read_options=pacsv.ReadOptions(
                skip_rows=layout.first_data, column_names=names, block_size=BLOCK_SIZE), parse_options=options,
                convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in include},
                                                     include_columns=include))
    except (pa.ArrowInvalid, UnicodeError, OSError) as exc:
        raise ImportFileError(path=str(path), detail=f"读取失败（{_short(exc)}）") from None
    column = table.column(0).combine_chunks()
    if layout.kind == "ws":
        tokens = pc.utf8_split_whitespace(pc.fill_null(column, ""))
        fit = pc.equal(pc.list_value_length(tokens), layout.width)
        column = pc.list_element(pc.if_else(fit, tokens, pa.scalar(None, tokens.type)), index)
    return column
