"""Shipped checklist templates (``resources/checklists/*.json``), validated by ``checklist.schema.json``.

A broken template is a ``TemplateError`` naming the file and the item, never a crash: the JSON Schema
(jsonschema, the reference implementation) checks shape and types; this module adds the cross-item rules a
schema cannot express (ids unique, items belong to their section).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.domain.checklist import Template, parse_template
from desktop_app.domain.errors import TemplateError
from desktop_app.reference.paths import resources_dir


def checklists_dir() -> Path:
    return resources_dir() / "checklists"


@cache
def _validator() -> Any:
    import jsonschema  # imported on first use: only loading a template needs it

    schema = json.loads((checklists_dir() / "checklist.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _where(data: Any, path: list[Any]) -> str:
    """The item id (or section id, or JSON path) an error path points into."""
    node = data
    where = "/".join(str(p) for p in path) or "文件顶层"
    for i, part in enumerate(path):
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node and i >= 1:
            kind = "条目" if path[i - 1] == "items" or (i >= 2 and path[i - 2] == "items") else "章节"
            where = f"{kind} {node['id']}"
    return where


def validate(data: Any, file: str) -> Template:
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        raise TemplateError(file=file, where=_where(data, list(e.path)), detail=e.message[:300])
    seen: set[str] = set()
    for s in data["sections"]:
        for it in s["items"]:
            if it["id"] in seen:
                raise TemplateError(file=file, where=f"条目 {it['id']}", detail="条目编号重复")
            seen.add(it["id"])
            if it["id"].startswith("G-") and it["id"][2] != s["id"]:
                raise TemplateError(file=file, where=f"条目 {it['id']}", detail=f"编号与所在章节 {s['id']} 不符")
            a = it["answer"]
            if a.get("min") is not None and a.get("max") is not None and a["min"] > a["max"]:
                raise TemplateError(file=file, where=f"条目 {it['id']}", detail="最小值大于最大值")
    return parse_template(data)


def load_text(text: str, file: str, *, trusted: bool = False) -> Template:
    """Parse a template. ``trusted`` skips the schema (for text already validated, e.g. a frozen copy whose
    hash still matches); a structural surprise is still a TemplateError, never a crash."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(file=file, where=f"第 {exc.lineno} 行第 {exc.colno} 列", detail="不是有效的 JSON") from None
    if trusted:
        try:
            return parse_template(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # fall through to the full validation, which says what is wrong
    return validate(data, file)


def load_file(path: Path) -> tuple[Template, str]:
    """The template and its exact text (the text is what a case freezes)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(file=path.name, where="文件", detail=str(exc)) from None
    return load_text(text, path.name), text


@dataclass(frozen=True)
class Shipped:
    template: Template
    text: str
    path: Path


@cache
def shipped() -> tuple[Shipped, ...]:
    """Every template in resources/checklists, general first, then industry modules by id."""
    found = []
    for path in sorted(checklists_dir().glob("*.json")):
        if path.name.endswith(".schema.json"):
            continue
        template, text = load_file(path)
        found.append(Shipped(template, text, path))
    return tuple(sorted(found, key=lambda s: (s.template.kind != "general", s.template.id, s.template.edition)))


def latest(template_id: str) -> Shipped | None:
    """The newest shipped edition of a template."""
    candidates = [s for s in shipped() if s.template.id == template_id]
    return max(candidates, key=lambda s: s.template.edition) if candidates else None


def general() -> Shipped:
    g = latest("general")
    if g is None:
        raise TemplateError(file="general_*.json", where="resources/checklists", detail="缺少通用清单模板")
    return g


def industry_modules() -> list[Shipped]:
    ids = sorted({s.template.id for s in shipped() if s.template.kind == "industry"})
    return [m for m in (latest(i) for i in ids) if m is not None]


def modules_for_division(division: str) -> list[str]:
    """Industry module ids whose GB/T 4754 divisions include ``division`` (e.g. "C30" → industry.jiancai)."""
    return [m.template.id for m in industry_modules() if division in m.template.industry_divisions]
