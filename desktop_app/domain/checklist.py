"""The diagnosis checklist: templates (sections → items), answer states, and template comparison.

Templates are data (``resources/checklists/*.json``); a case keeps a frozen copy of each template it uses, so
this module parses from plain dicts and never reads files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    UNCHECKED = "unchecked"  # 未查
    CONFORMING = "conforming"  # 符合
    NONCONFORMING = "nonconforming"  # 不符合
    NOT_APPLICABLE = "not_applicable"  # 不适用
    FOLLOW_UP = "follow_up"  # 待补充

    @property
    def label_zh(self) -> str:
        return STATUS_LABELS[self]

    @property
    def answered(self) -> bool:
        """符合 / 不符合 / 不适用 settle an item; 未查 and 待补充 leave it open."""
        return self in (Status.CONFORMING, Status.NONCONFORMING, Status.NOT_APPLICABLE)


STATUS_LABELS: dict[Status, str] = {
    Status.UNCHECKED: "未查",
    Status.CONFORMING: "符合",
    Status.NONCONFORMING: "不符合",
    Status.NOT_APPLICABLE: "不适用",
    Status.FOLLOW_UP: "待补充",
}

# Number keys in the GUI (keyboard-first walking of the checklist).
STATUS_KEYS: dict[str, Status] = {
    "1": Status.CONFORMING,
    "2": Status.NONCONFORMING,
    "3": Status.NOT_APPLICABLE,
    "4": Status.FOLLOW_UP,
    "0": Status.UNCHECKED,
}


@dataclass(frozen=True)
class AnswerSpec:
    type: str  # status | number | choice | text
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    id: str
    section: str
    title: str
    guidance: str
    basis: str
    label: str  # provenance label V / V-2 / D / M / I
    answer: AnswerSpec
    required: bool
    evidence: str  # photo | document | none
    binding: str | None
    template: str  # id of the template the item comes from


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    items: tuple[Item, ...]
    template: str


@dataclass(frozen=True)
class Template:
    id: str
    kind: str  # general | industry
    edition: str
    title: str
    effective_date: str
    industry_code: str | None
    industry_name: str | None
    industry_divisions: tuple[str, ...]
    provenance_label: str
    provenance_note: str
    sections: tuple[Section, ...]

    def items(self) -> Iterator[Item]:
        for s in self.sections:
            yield from s.items

    @property
    def display_name(self) -> str:
        return f"{self.title}"


def parse_template(data: Mapping[str, Any]) -> Template:
    """Build a Template from a dict that already passed the JSON Schema (``reference.checklists``)."""
    tid = str(data["id"])
    sections = []
    for s in data["sections"]:
        items = []
        for it in s["items"]:
            a = it["answer"]
            answer = AnswerSpec(
                type=str(a["type"]),
                unit=str(a.get("unit", "")),
                minimum=a.get("min"),
                maximum=a.get("max"),
                choices=tuple(a.get("choices", ())),
            )
            items.append(Item(
                id=str(it["id"]), section=str(s["id"]), title=str(it["title"]), guidance=str(it["guidance"]),
                basis=str(it["basis"]), label=str(it["label"]), answer=answer, required=bool(it["required"]),
                evidence=str(it["evidence"]), binding=it.get("binding"), template=tid,
            ))
        sections.append(Section(str(s["id"]), str(s["title"]), tuple(items), tid))
    industry = data.get("industry") or {}
    prov = data.get("provenance") or {}
    return Template(
        id=tid, kind=str(data["kind"]), edition=str(data["edition"]), title=str(data["title"]),
        effective_date=str(data["effective_date"]), industry_code=industry.get("code"),
        industry_name=industry.get("name"), industry_divisions=tuple(industry.get("gbt4754", ())),
        provenance_label=str(prov.get("label", "")), provenance_note=str(prov.get("note", "")),
        sections=tuple(sections),
    )


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    title: str
    what: str  # 简体中文: which attributes changed


@dataclass
class TemplateDiff:
    """What applying a template set would change for a case (the preview before applying)."""

    added_templates: list[str] = field(default_factory=list)
    removed_templates: list[str] = field(default_factory=list)
    upgraded_templates: list[tuple[str, str, str]] = field(default_factory=list)  # (id, old ed., new ed.)
    added_items: list[Item] = field(default_factory=list)
    removed_items: list[Item] = field(default_factory=list)
    removed_answered: list[str] = field(default_factory=list)  # ids of removed items that hold answers/evidence
    changed_items: list[ItemChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added_templates or self.removed_templates or self.upgraded_templates
                    or self.added_items or self.removed_items or self.changed_items)


_COMPARED = (("title", "标题"), ("guidance", "指导"), ("basis", "依据"), ("answer", "回答方式"),
             ("required", "必填"), ("evidence", "证据要求"), ("binding", "数据绑定"))


def diff_templates(old: list[Template], new: list[Template], answered: set[str]) -> TemplateDiff:
    d = TemplateDiff()
    old_by_id = {t.id: t for t in old}
    new_by_id = {t.id: t for t in new}
    d.added_templates = [t.title for t in new if t.id not in old_by_id]
    d.removed_templates = [t.title for t in old if t.id not in new_by_id]
    d.upgraded_templates = [(t.id, old_by_id[t.id].edition, t.edition) for t in new
                            if t.id in old_by_id and old_by_id[t.id].edition != t.edition]
    old_items = {i.id: i for t in old for i in t.items()}
    new_items = {i.id: i for t in new for i in t.items()}
    d.added_items = [i for k, i in new_items.items() if k not in old_items]
    d.removed_items = [i for k, i in old_items.items() if k not in new_items]
    d.removed_answered = [i.id for i in d.removed_items if i.id in answered]
    for k, new_item in new_items.items():
        old_item = old_items.get(k)
        if old_item is None:
            continue
        what = [label for attr, label in _COMPARED if getattr(old_item, attr) != getattr(new_item, attr)]
        if what:
            d.changed_items.append(ItemChange(k, new_item.title, "、".join(what)))
    return d
