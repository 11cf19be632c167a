"""``case.json``: all of a case's data as canonical JSON, validated by ``resources/schema/case.schema.json``.

Shape::

    {"format": "jnzd-case-json", "version": 1, "schema_version": <case-file schema>,
     "meta": {key: text}, "tables": {table: [{column: text | number | null}, …]}}

Canonical: UTF-8, keys sorted, ``ensure_ascii=False``, rows in key order, one trailing newline, so the same case
gives the same bytes. No bytes: blob contents travel as bundle members ``blobs/<sha256>``; the ``blob`` table
here lists only their SHA-256 and size. Non-finite numbers are refused (JSON has none).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import BundleError
from desktop_app.reference.paths import resources_dir
from desktop_app.reporting.bundle import loads_strict, short_error

CASE_JSON_FORMAT = "jnzd-case-json"
CASE_JSON_VERSION = 1
CASE_JSON = "case.json"

Tables = dict[str, list[dict[str, Any]]]


def schema_path() -> Path:
    return resources_dir() / "schema" / "case.schema.json"


@cache
def _validator() -> Any:
    import jsonschema  # imported on first use: only bundles need it

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(_inline(schema, schema.get("$defs", {})), format_checker=None)


def _inline(node: Any, defs: Mapping[str, Any]) -> Any:
    """``node`` with each lone ``{"$ref": "#/$defs/x"}`` replaced by ``x`` itself: the same checks, but resolving
    a reference for every cell of every row took half of the validation (100,000 blob rows: 3 of 6 s)."""
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
        return _inline(defs[ref[8:]], defs)
    return {k: _inline(v, defs) for k, v in node.items()}


def _err(problem: str, **params: object) -> BundleError:
    return BundleError.of(CASE_JSON, problem, CASE_JSON, **params)  # the caller names the bundle (``at``)


def _where(path: Sequence[object]) -> str:
    """``tables.enterprise[0].uscc`` for the error path (``$`` for the top level)."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "$"


def _validate(doc: object) -> None:
    def order(e: Any) -> list[tuple[int, int, str]]:
        return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in e.absolute_path]

    errors = sorted(_validator().iter_errors(doc), key=order)
    if errors:
        e = errors[0]
        raise _err("schema", where=_where(list(e.absolute_path)), why=str(e.message)[:300])


def _sort_key(value: object) -> tuple[int, object]:
    return (0, value) if isinstance(value, int | float) else (1, str(value))


def to_json(tables: Mapping[str, Sequence[Mapping[str, Any]]], meta: Mapping[str, str], schema_version: int, *,
            keys: Mapping[str, str] | None = None) -> bytes:
    """Canonical ``case.json`` bytes. Rows are sorted by ``keys[table]`` when given (``case_export.table_keys``),
    else kept in the given order (``case_export.dump_tables`` returns them in key order). Raises BundleError
    when the data does not fit the schema (naming the JSON path), ValueError for bytes (blobs go elsewhere)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in sorted(tables):
        rows = [dict(r) for r in tables[table]]
        key = (keys or {}).get(table)
        if key is not None:
            rows.sort(key=lambda r: _sort_key(r.get(key)))
        for n, row in enumerate(rows):
            for col, value in row.items():
                if isinstance(value, bytes | bytearray | memoryview):
                    raise ValueError(f"{table}.{col} holds bytes: blob contents belong in blobs/<sha256>")
                if isinstance(value, float) and not math.isfinite(value):
                    raise _err("value", where=_where(["tables", table, n, col]), why=repr(value))
        out[table] = rows
    doc = {"format": CASE_JSON_FORMAT, "version": CASE_JSON_VERSION, "schema_version": schema_version,
           "meta": dict(meta), "tables": out}
    _validate(doc)
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def from_json(data: bytes) -> tuple[Tables, dict[str, str], int]:
    """(tables, meta, schema_version) from ``case.json`` bytes, validated. Raises BundleError naming where."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _err("json", why=f"UTF-8, byte {exc.start}") from None
    try:
        doc = loads_strict(text)
    except json.JSONDecodeError as exc:
        raise _err("json", why=f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise _err("json", why=short_error(exc)) from None
    if isinstance(doc, dict):
        fmt, version = doc.get("format"), doc.get("version")
        if fmt != CASE_JSON_FORMAT:
            raise _err("case_format", found=fmt if isinstance(fmt, str) else "—", expected=CASE_JSON_FORMAT)
        if isinstance(version, int) and not isinstance(version, bool) and version > CASE_JSON_VERSION:
            raise _err("case_newer", found=version, supported=CASE_JSON_VERSION)
    _validate(doc)
    tables: Tables = {t: [dict(r) for r in rows] for t, rows in doc["tables"].items()}
    return tables, dict(doc["meta"]), int(doc["schema_version"])
