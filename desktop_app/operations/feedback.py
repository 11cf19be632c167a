"""企业反馈: the enterprise's feedback filled on site — satisfaction per service aspect, the measures it intends to
adopt, comments, and who confirmed it when."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.domain.changes import OpChanges
from desktop_app.domain.errors import ValidationError
from desktop_app.storage.casefile import CaseFile

ASPECTS = (
    ("attitude", "服务态度"),
    ("expertise", "专业水平"),
    ("report", "诊断报告质量"),
    ("measures", "措施建议的可行性"),
    ("overall", "总体满意度"),
)
LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
TEXT_FIELDS = ("comments", "confirmed_by", "position")


@dataclass(frozen=True)
class Feedback:
    satisfaction: dict[str, int]
    adopted: list[int]
    comments: str
    confirmed_by: str
    position: str
    confirmed_on: str

    @property
    def complete(self) -> bool:
        return bool(self.confirmed_by and self.confirmed_on and len(self.satisfaction) == len(ASPECTS))

    def missing(self) -> list[str]:
        out = [label for key, label in ASPECTS if key not in self.satisfaction]
        if not self.confirmed_by:
            out.append("确认人")
        if not self.confirmed_on:
            out.append("确认日期")
        return out


def load(case: CaseFile) -> Feedback:
    row: Mapping[str, Any] = case.row("feedback", 1) or {}
    try:
        satisfaction = {str(k): int(v) for k, v in json.loads(row.get("satisfaction") or "{}").items()}
        adopted = [int(i) for i in json.loads(row.get("adopted_measure_ids") or "[]")]
    except (ValueError, TypeError):
        satisfaction, adopted = {}, []
    return Feedback(satisfaction, adopted, str(row.get("comments") or ""), str(row.get("confirmed_by") or ""),
                    str(row.get("position") or ""), str(row.get("confirmed_on") or ""))


def set_fields(case: CaseFile, values: Mapping[str, object], source: object | None = None) -> OpChanges:
    """Set any of: a satisfaction aspect key (1–5 or "" to clear), ``adopted`` (measure ids), the text fields,
    ``confirmed_on`` (ISO date)."""
    current = load(case)
    satisfaction = dict(current.satisfaction)
    changes: dict[str, object] = {}
    aspects = dict(ASPECTS)
    for key, raw in values.items():
        text = "" if raw is None else str(raw).strip()
        if key in aspects:
            if text == "":
                satisfaction.pop(key, None)
                continue
            try:
                level = int(text)
            except ValueError:
                level = next((k for k, v in LEVELS.items() if v == text), 0)
            if level not in LEVELS:
                raise ValidationError(field=aspects[key], detail=f"“{text}”应为 1–5 或 {'、'.join(LEVELS.values())}")
            satisfaction[key] = level
        elif key == "adopted":
            ids = _ids(case, raw)
            changes["adopted_measure_ids"] = json.dumps(ids)
        elif key in TEXT_FIELDS:
            if len(text) > 4000:
                raise ValidationError(field=key, detail="超过 4000 字")
            changes[key] = text or None
        elif key == "confirmed_on":
            if text:
                try:
                    date.fromisoformat(text)
                except ValueError:
                    raise ValidationError(field="确认日期", detail=f"“{text}”不是日期（YYYY-MM-DD）") from None
            changes[key] = text or None
        else:
            raise ValidationError(field=key, detail="企业反馈没有这个字段")
    if satisfaction != current.satisfaction:
        changes["satisfaction"] = json.dumps(dict(sorted(satisfaction.items())), ensure_ascii=False)
    label = "填写企业反馈"
    with case.edit(label) as tx:
        if changes:
            tx.update("feedback", 1, changes)
    return OpChanges(label, "edit", frozenset(tx.fields), source)


def _ids(case: CaseFile, raw: object) -> list[int]:
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise ValidationError(field="拟采纳措施", detail="应为措施编号列表")
    out: list[int] = []
    for item in raw:
        try:
            key = int(str(item))
        except ValueError:
            raise ValidationError(field="拟采纳措施", detail=f"“{item}”不是措施编号") from None
        if case.row("measure", key) is None:
            raise ValidationError(field="拟采纳措施", detail=f"第 {key} 号措施不存在")
        if key not in out:
            out.append(key)
    return sorted(out)
