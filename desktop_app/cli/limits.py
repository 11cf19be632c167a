"""``jnzd limits``: the shipped 能耗限额 standards on the command line — list them, show one (its indicators,
inputs, limits and source), or grade one indicator from inputs given as ``key=value`` (with the trace).

    jnzd limits [--as-of YYYY-MM-DD] [--json]                  every standard, in the edition in force on that day
    jnzd limits STD [--as-of D] [--json]                       one standard: indicators, inputs, limits per grade
    jnzd limits STD INDICATOR key=value … [--as-of D] [--json] the grade, corrected limits and the trace
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.messages import current_language

COMMANDS = ("limits",)


def add_parsers(sub: Any, zh: bool) -> None:
    p = sub.add_parser("limits", help="能耗限额标准：列出、查看、评定" if zh else "energy-consumption limit standards")
    p.add_argument("standard", nargs="?", metavar="STD", help="标准编号，如 gb16780" if zh else "e.g. gb16780")
    p.add_argument("indicator", nargs="?", metavar="INDICATOR")
    p.add_argument("values", nargs="*", metavar="key=value")
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD",
                   help="诊断基准日期：选用当日有效的版本（默认今天）" if zh else "as-of date (default today)")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from desktop_app.reference import limits

    as_of = _day(args.as_of) if args.as_of else date.today()
    if args.standard is None:
        return _list(limits.families(), as_of, args.json)
    family = _family(args.standard)
    if family not in limits.families():
        raise ValidationError(field="STD", detail=f"没有收录“{args.standard}”（jnzd limits 列出已收录的标准）")
    std = limits.standard(family, as_of)
    if args.indicator is None:
        return _show(std, args.json)
    return _grade(std, args.indicator, args.values, as_of, args.json)


def _family(text: str) -> str:
    """gb16780, "GB 16780", GB16780-2021 → gb16780 (the edition is picked by the as-of date)."""
    t = re.sub(r"[\s/]", "", text.lower())
    return re.sub(r"-\d{4}$", "", t)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field="--as-of", detail=f"“{text}”不是日期（YYYY-MM-DD）") from None


def _list(families: dict[str, list[dict[str, Any]]], as_of: date, as_json: bool) -> int:
    from desktop_app.reference import limits

    rows = []
    for sid in sorted(families, key=lambda s: limits.standard(s, as_of)["standard"]):
        std = limits.standard(sid, as_of)
        rows.append({"id": sid, "standard": std["standard"], "title": std["title"],
                     "effective_date": std["effective_date"], "label": std["label"],
                     "in_force": date.fromisoformat(str(std["effective_date"])) <= as_of,
                     "editions": [d["standard"] for d in families[sid]],
                     "indicators": len(std["indicators"])})
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    zh = current_language() == "zh"
    for r in rows:
        state = "" if r["in_force"] else ("（尚未实施）" if zh else " (not yet in force)")
        print(f"{r['id']:<10} {r['standard']:<16} {r['title']}  {r['indicators']} "
              + ("个指标" if zh else "indicators") + f"  {r['label']}  {r['effective_date']}{state}")
    return 0


def _show(std: dict[str, Any], as_json: bool) -> int:
    from desktop_app.calculations.grading import relevant_inputs

    if as_json:
        print(json.dumps(std, ensure_ascii=False, indent=2))
        return 0
    zh = current_language() == "zh"
    print(f"{std['standard']} {std['title']}（{std['effective_date']} {'实施' if zh else 'effective'}，"
          f"{'来源等级' if zh else 'label'} {std['label']}）")
    print(("来源：" if zh else "Source: ") + str(std["source"]))
    for ind in std["indicators"]:
        lim = ind["limits"]
        rows = lim["rows"] if "select" in lim else {"": lim["rows"]}
        for key, grades in rows.items():
            grades_text = "，".join(f"{g}级 {grades[g]}" for g in ("1", "2", "3") if g in grades)
            print(f"  {ind['id']:<34} {ind['name']}{'（' + key + '）' if key else ''}  {ind['unit']}  {grades_text}")
        print(("    输入：" if zh else "    inputs: ") + "，".join(
            f"{k}={std['inputs'][k]['name']}" + (f"（{std['inputs'][k].get('unit')}）" if std['inputs'][k].get("unit")
                                                  else "")
            for k in relevant_inputs(std, str(ind["id"]))))
    return 0


def _grade(std: dict[str, Any], indicator: str, pairs: list[str], as_of: date, as_json: bool) -> int:
    from desktop_app.calculations.grading import grade

    inputs: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValidationError(field="key=value", detail=f"“{pair}”应写成 输入名=数值")
        if key not in std["inputs"]:
            raise ValidationError(field=key, detail=f"{std['standard']} 没有输入项“{key}”（可选："
                                                    + "、".join(std["inputs"]) + "）")
        inputs[key] = value
    if not any(i["id"] == indicator for i in std["indicators"]):
        raise ValidationError(field="INDICATOR", detail=f"{std['standard']} 没有指标“{indicator}”（可选："
                                                        + "、".join(i["id"] for i in std["indicators"]) + "）")
    result = grade(std, indicator, inputs, as_of)
    if as_json:
        print(json.dumps({"standard": result.standard, "indicator": result.indicator, "unit": result.unit,
                          "outcome": result.outcome, "label": result.label_zh,
                          "value": None if result.value is None else str(result.value),
                          "limits": {g: None if v is None else str(v) for g, v in result.limits.items()},
                          "missing": result.missing, "trace": result.trace}, ensure_ascii=False, indent=2))
    else:
        for line in result.trace:
            print(line)
        print(f"→ {result.label_zh}")
    if result.outcome == "cannot_judge":  # the trace is printed; the refusal is one line on stderr, exit 2
        raise ValidationError(field=result.indicator, detail="无法判定，缺少或无效的输入：" + "、".join(result.missing))
    return 0
