"""Mandatory unit-product energy-consumption limit standards (能耗限额) as data: ``resources/reference/limits``.

Each file is validated when loaded (names used in expressions are declared inputs or tables, every indicator has
limits), so a malformed standard is a clear error naming the file and indicator, never a wrong grade.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.domain.expressions import ExpressionError, names_in
from desktop_app.reference.catalogues import ReferenceDataError
from desktop_app.reference.paths import resources_dir


def limits_dir() -> Path:
    return resources_dir() / "reference" / "limits"


@cache
def _validator() -> Any:
    import jsonschema  # imported on first use: only loading the limit standards needs it

    schema = json.loads((resources_dir() / "schema" / "limit-standard.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def check(data: dict[str, Any], file: str) -> dict[str, Any]:
    """The file's shape and types (``resources/schema/limit-standard.schema.json``), then what a schema cannot
    say: every name an expression uses is a declared input or table, a ``select`` names a choice input whose
    choices the rows cover."""
    def fail(where: str, detail: str) -> ReferenceDataError:
        return ReferenceDataError(detail=f"参考数据文件 {file}，键 {where}：{detail}")

    problems = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.path])
    if problems:
        e = problems[0]
        raise fail("/".join(str(p) for p in e.path) or "文件顶层", e.message[:300])

    for key in ("format", "id", "standard", "title", "edition", "effective_date", "label", "inputs", "indicators"):
        if key not in data:
            raise fail(key, "缺少")
    if data["format"] != "jnzd-limit-standard":
        raise fail("format", "不是限额标准文件")
    known = set(data["inputs"]) | set(data.get("tables", {}))
    for ind in data["indicators"]:
        where = f"indicators/{ind.get('id', '?')}"
        for key in ("id", "name", "unit", "value", "limits"):
            if key not in ind:
                raise fail(f"{where}/{key}", "缺少")
        try:
            unknown = names_in(str(ind["value"])) - known
            for corr in ind.get("corrections", []):
                unknown |= names_in(str(corr["expr"])) - known - {k for v in corr.get("per_grade", {}).values()
                                                                   for k in v}
        except SyntaxError as exc:
            raise fail(where, f"表达式有误：{exc}") from None
        if unknown:
            raise fail(where, "表达式使用了未声明的输入：" + "、".join(sorted(unknown)))
        if "table" not in ind["limits"] or "rows" not in ind["limits"]:
            raise fail(f"{where}/limits", "缺少 table 或 rows")
        select = ind["limits"].get("select")
        if select is not None:
            choices = data["inputs"].get(select, {}).get("choices")
            if not choices:
                raise fail(f"{where}/limits/select", f"“{select}”不是有可选项的输入")
            extra = set(ind["limits"]["rows"]) - set(choices)
            if extra:
                raise fail(f"{where}/limits/rows", "行名不在可选项中：" + "、".join(sorted(extra)))
        elif not set(ind["limits"]["rows"]) <= {"1", "2", "3"}:
            raise fail(f"{where}/limits/rows", "没有 select 时行名只能是等级 1、2、3")
    return data


@cache
def families() -> dict[str, list[dict[str, Any]]]:
    """Every shipped edition of every standard, by the standard's id (its number without the year), oldest
    first: a replaced edition stays for cases whose as-of date falls before its successor took effect."""
    out: dict[str, list[dict[str, Any]]] = {}
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(limits_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ReferenceDataError(detail=f"参考数据文件 {path.name}：{exc}") from None
        check(data, path.name)
        key = (str(data["id"]), str(data["edition"]))
        if key in seen:
            raise ReferenceDataError(detail=f"参考数据文件 {path.name}：{data['standard']} 与 {seen[key]} 重复")
        seen[key] = path.name
        out.setdefault(str(data["id"]), []).append(data)
    for editions in out.values():
        editions.sort(key=lambda d: (str(d["effective_date"]), str(d["edition"])))
    return out


def standards() -> dict[str, dict[str, Any]]:
    """Each standard's newest edition, by id (what the products page lists)."""
    return {sid: editions[-1] for sid, editions in families().items()}


def editions(standard_id: str) -> list[dict[str, Any]]:
    try:
        return list(families()[standard_id])
    except KeyError:
        raise ReferenceDataError(detail=f"没有限额标准“{standard_id}”（resources/reference/limits）") from None


def standard(standard_id: str, as_of: date | None = None) -> dict[str, Any]:
    """The edition in force on ``as_of`` (the case's 诊断基准日期): the newest that took effect on or before it.
    Before the first edition took effect, that first edition (grading then says it is not yet in force);
    without a date, the newest."""
    shipped = editions(standard_id)
    if as_of is None:
        return shipped[-1]
    in_force = [d for d in shipped if date.fromisoformat(str(d["effective_date"])) <= as_of]
    return in_force[-1] if in_force else shipped[0]


__all__ = ["ExpressionError", "check", "editions", "families", "standard", "standards"]
