"""Eliminated-equipment catalogues as data: ``resources/reference/equipment/elimination_catalogues.json``.

A small sample of the entries REFERENCE.md §4 item 6 names (label V-2, pending review), with a ``coverage``
sentence saying exactly which entries are included. Each entry names its catalogue, item number (``None`` where
REFERENCE gives none), equipment type, a *bounded* model rule and the extra conditions a match must satisfy:

- model rule ``pattern``: a regex anchored at both ends (``^…$``), matched against the normalised model;
- model rule ``list``: explicit models, compared after normalisation;
- model rule ``any``: the entry is decided by its conditions alone (boilers: fuel and capacity); it must have
  at least one condition, so nothing is matched by type alone.

A condition names a declared attribute and gives ``min``/``max`` (decimal strings, inclusive) for a number or
``one_of`` (codes of the attribute's ``choices``) for a choice. Loading is strict: a malformed file raises
``ReferenceDataError`` naming the file and the key. The loader is cached; ``clear_cache()`` drops the cache.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal

from desktop_app.reference.catalogues import PROVENANCE_LABELS
from desktop_app.reference.equipment import Reader, equipment_dir, join, read

__all__ = [
    "FILE",
    "FORMAT",
    "AttributeSpec",
    "Catalogue",
    "CatalogueSet",
    "Condition",
    "EliminationEntry",
    "ModelRule",
    "SourceNote",
    "catalogue_set",
    "check_catalogues",
    "clear_cache",
    "normalise_model",
]

FORMAT = "jnzd-elimination-catalogue"
FILE = "elimination_catalogues.json"
_DECIMAL = re.compile(r"\d+(\.\d+)?")
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*")

AttributeKind = Literal["number", "choice"]
RuleKind = Literal["pattern", "list", "any"]


def normalise_model(model: str) -> str:
    """NFKC (full-width → half-width), upper case, surrounding blanks dropped: "ｊo2-41-4 " → "JO2-41-4"."""
    return unicodedata.normalize("NFKC", model).strip().upper()


@dataclass(frozen=True)
class SourceNote:
    label: str
    source: str
    note: str
    version: int


@dataclass(frozen=True)
class Catalogue:
    id: str
    title: str


@dataclass(frozen=True)
class AttributeSpec:
    name: str
    label: str
    kind: AttributeKind
    unit: str  # "" for a choice
    choices: dict[str, str]  # code → 中文 label; empty for a number


@dataclass(frozen=True)
class Condition:
    attribute: str
    minimum: Decimal | None
    maximum: Decimal | None
    one_of: tuple[str, ...]  # for a choice attribute; empty for a number


@dataclass(frozen=True)
class ModelRule:
    kind: RuleKind
    pattern: re.Pattern[str] | None
    models: tuple[str, ...]  # normalised, for kind "list"
    note: str  # for kind "any"

    def matches(self, model: str) -> bool:
        normal = normalise_model(model)
        if self.kind == "pattern":
            return self.pattern is not None and self.pattern.fullmatch(normal) is not None
        if self.kind == "list":
            return normal in self.models
        return True

    def describe(self) -> str:
        if self.kind == "pattern" and self.pattern is not None:
            return f"型号正则 {self.pattern.pattern}"
        if self.kind == "list":
            return f"型号 {'、'.join(self.models)}"
        return f"不看型号（{self.note}）"


@dataclass(frozen=True)
class EliminationEntry:
    id: str
    catalogue: Catalogue
    item: str | None
    equipment_type: str
    name: str
    reason: str | None
    model: ModelRule
    conditions: tuple[Condition, ...]

    def cite(self) -> str:
        item = f"第 {self.item} 项" if self.item else "条目编号未转录"
        return f"{self.catalogue.title} {item}：{self.name}"


@dataclass(frozen=True)
class CatalogueSet:
    file: str
    source: SourceNote
    coverage: str
    catalogues: tuple[Catalogue, ...]
    equipment_types: dict[str, str]
    attributes: dict[str, AttributeSpec]
    entries: tuple[EliminationEntry, ...]


class _Reader(Reader):
    """The shared strict getters, plus what the catalogue file needs: optional strings, possibly empty lists,
    decimals that may be zero, and a closed set of keys."""

    def opt_str(self, obj: Mapping[str, object], name: str, where: str) -> str | None:
        value = self.get(obj, name, where)
        return None if value is None else self.str_(obj, name, where)

    def list_(self, obj: Mapping[str, object], name: str, where: str, *, empty: bool = False) -> list[object]:
        value = self.get(obj, name, where)
        if not isinstance(value, list) or (not value and not empty):
            raise self.error(join(where, name), "应为非空的 JSON 数组" if not empty else "应为 JSON 数组")
        return value

    def decimal(self, value: object, key: str) -> Decimal:
        if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
            raise self.error(key, f"应为十进制数字字符串（如 \"355\"），实际为 {value!r}")
        return Decimal(value)

    def keys(self, obj: Mapping[str, object], allowed: set[str], where: str) -> None:
        unknown = set(obj) - allowed
        if unknown:
            raise self.error(where or "（根）", f"未知的键：{'、'.join(sorted(unknown))}")


def _source(r: _Reader, root: Mapping[str, object]) -> SourceNote:
    version = root.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise r.error("version", f"应为正整数，实际为 {version!r}")
    prov = r.obj(root, "provenance", "")
    label = r.str_(prov, "label", "provenance")
    if label not in PROVENANCE_LABELS:
        raise r.error("provenance.label", f"应为 {'/'.join(sorted(PROVENANCE_LABELS))} 之一，实际为“{label}”")
    return SourceNote(label, r.str_(prov, "source", "provenance"), r.str_(prov, "note", "provenance"), version)


def _attributes(r: _Reader, root: Mapping[str, object]) -> dict[str, AttributeSpec]:
    out: dict[str, AttributeSpec] = {}
    for name, value in r.obj(root, "attributes", "").items():
        where = f"attributes.{name}"
        spec = r.mapping(value, where)
        kind = r.str_(spec, "kind", where)
        if kind == "number":
            r.keys(spec, {"label", "kind", "unit"}, where)
            out[name] = AttributeSpec(name, r.str_(spec, "label", where), "number", r.str_(spec, "unit", where), {})
        elif kind == "choice":
            r.keys(spec, {"label", "kind", "choices"}, where)
            choices = {code: r.str_(r.obj(spec, "choices", where), code, f"{where}.choices")
                       for code in r.obj(spec, "choices", where)}
            if not choices:
                raise r.error(f"{where}.choices", "不能为空")
            out[name] = AttributeSpec(name, r.str_(spec, "label", where), "choice", "", choices)
        else:
            raise r.error(f"{where}.kind", f"应为 number 或 choice，实际为“{kind}”")
    return out


def _model_rule(r: _Reader, entry: Mapping[str, object], where: str) -> ModelRule:
    key = f"{where}.model"
    rule = r.obj(entry, "model", where)
    kind = r.str_(rule, "kind", key)
    if kind == "pattern":
        r.keys(rule, {"kind", "pattern"}, key)
        text = r.str_(rule, "pattern", key)
        if not (text.startswith("^") and text.endswith("$")):
            raise r.error(f"{key}.pattern", f"正则必须以 ^ 开头、以 $ 结尾（有界匹配），实际为 {text!r}")
        if ".*" in text or ".+" in text:
            raise r.error(f"{key}.pattern", f"正则不能含无界通配 .* 或 .+，实际为 {text!r}")
        try:
            pattern = re.compile(text)
        except re.error as exc:
            raise r.error(f"{key}.pattern", f"不是有效的正则（{exc}）") from None
        return ModelRule("pattern", pattern, (), "")
    if kind == "list":
        r.keys(rule, {"kind", "models"}, key)
        models = tuple(normalise_model(m) for m in r.strings(rule, "models", key))
        return ModelRule("list", None, models, "")
    if kind == "any":
        r.keys(rule, {"kind", "note"}, key)
        return ModelRule("any", None, (), r.str_(rule, "note", key))
    raise r.error(f"{key}.kind", f"应为 pattern、list 或 any，实际为“{kind}”")


def _condition(r: _Reader, value: object, where: str, attributes: dict[str, AttributeSpec]) -> Condition:
    cond = r.mapping(value, where)
    name = r.str_(cond, "attribute", where)
    spec = attributes.get(name)
    if spec is None:
        raise r.error(f"{where}.attribute", f"“{name}”不在 attributes 中")
    if spec.kind == "number":
        r.keys(cond, {"attribute", "min", "max"}, where)
        low = r.decimal(cond["min"], f"{where}.min") if "min" in cond else None
        high = r.decimal(cond["max"], f"{where}.max") if "max" in cond else None
        if low is None and high is None:
            raise r.error(where, "数值条件至少要有 min 或 max")
        if low is not None and high is not None and low > high:
            raise r.error(where, f"min {low} 大于 max {high}")
        return Condition(name, low, high, ())
    r.keys(cond, {"attribute", "one_of"}, where)
    codes = r.strings(cond, "one_of", where)
    for code in codes:
        if code not in spec.choices:
            raise r.error(f"{where}.one_of", f"“{code}”不是 {name} 的选项（{'、'.join(spec.choices)}）")
    return Condition(name, None, None, codes)


def check_catalogues(data: object, file: str = FILE) -> CatalogueSet:
    r = _Reader(file)
    root = r.mapping(data, "")
    if root.get("format") != FORMAT:
        raise r.error("format", f"应为“{FORMAT}”，实际为 {root.get('format')!r}")
    if root.get("id") != "elimination":
        raise r.error("id", f"应为“elimination”，实际为 {root.get('id')!r}")
    source = _source(r, root)
    coverage = r.str_(root, "coverage", "")
    catalogues: dict[str, Catalogue] = {}
    for i, value in enumerate(r.list_(root, "catalogues", "")):
        where = f"catalogues[{i}]"
        cat = r.mapping(value, where)
        r.keys(cat, {"id", "title"}, where)
        cid = r.str_(cat, "id", where)
        if cid in catalogues:
            raise r.error(f"{where}.id", f"“{cid}”重复")
        catalogues[cid] = Catalogue(cid, r.str_(cat, "title", where))
    types = {code: r.str_(r.obj(root, "equipment_types", ""), code, "equipment_types")
             for code in r.obj(root, "equipment_types", "")}
    attributes = _attributes(r, root)
    entries: list[EliminationEntry] = []
    seen: set[str] = set()
    allowed = {"id", "catalogue", "item", "equipment_type", "name", "reason", "model", "conditions"}
    for i, value in enumerate(r.list_(root, "entries", "")):
        where = f"entries[{i}]"
        entry = r.mapping(value, where)
        r.keys(entry, allowed, where)
        eid = r.str_(entry, "id", where)
        if not _ID.fullmatch(eid) or eid in seen:
            raise r.error(f"{where}.id", f"“{eid}”重复或不是小写标识符")
        seen.add(eid)
        cid = r.str_(entry, "catalogue", where)
        if cid not in catalogues:
            raise r.error(f"{where}.catalogue", f"“{cid}”不在 catalogues 中")
        etype = r.str_(entry, "equipment_type", where)
        if etype not in types:
            raise r.error(f"{where}.equipment_type", f"“{etype}”不在 equipment_types 中")
        rule = _model_rule(r, entry, where)
        conditions = tuple(_condition(r, c, f"{where}.conditions[{j}]", attributes)
                           for j, c in enumerate(r.list_(entry, "conditions", where, empty=True)))
        if rule.kind == "any" and not conditions:
            raise r.error(f"{where}.conditions", "不看型号的条目至少要有一个条件")
        entries.append(EliminationEntry(eid, catalogues[cid], r.opt_str(entry, "item", where), etype,
                                        r.str_(entry, "name", where), r.opt_str(entry, "reason", where), rule,
                                        conditions))
    return CatalogueSet(file, source, coverage, tuple(catalogues.values()), types, attributes, tuple(entries))


@cache
def catalogue_set() -> CatalogueSet:
    return check_catalogues(read(equipment_dir() / FILE))


def clear_cache() -> None:
    catalogue_set.cache_clear()
