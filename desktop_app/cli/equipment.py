"""``jnzd equipment``, ``jnzd import-equipment`` and ``jnzd calc``: the register and the calculators, headless."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.messages import current_language, render


def add_parsers(sub: Any, zh: bool) -> None:
    e = sub.add_parser("equipment", help="设备清单、能效等级与淘汰核查" if zh else "equipment register with grades")
    e.add_argument("case", type=Path, metavar="CASE")
    e.add_argument("--json", action="store_true")
    e.add_argument("--trace", action="store_true", help="显示判定依据" if zh else "show each decision's trace")

    m = sub.add_parser("import-equipment", help="从 Excel 导入设备清单" if zh else "import the register from Excel")
    m.add_argument("case", type=Path, metavar="CASE")
    m.add_argument("file", type=Path, metavar="FILE.xlsx")
    m.add_argument("--kind", help="无“设备类型”列时所有行的类型" if zh else "type of every row without a type column")
    m.add_argument("--sheet", help="工作表名称" if zh else "sheet name")

    c = sub.add_parser("calc", help="工程计算器（不带参数时列出全部）" if zh else "engineering calculators")
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("inputs", nargs="*", metavar="KEY=VALUE")
    c.add_argument("--json", action="store_true",
                   help="JSON 输出，数值为全精度（不修约）" if zh else "JSON output, numbers at full precision")
    c.add_argument("--digits", type=int, metavar="N",
                   help="文本输出按 GB/T 8170 修约至 N 位有效数字（默认：各项的默认位数）" if zh
                   else "round the text output to N significant digits by GB/T 8170 (default: each output's own)")
    c.add_argument("--save", type=Path, metavar="CASE", help="把结果保存到案例" if zh else "save the result in a case")
    c.add_argument("--equipment", type=int, metavar="ID", help="关联的设备编号（id）" if zh else "link to device id")


COMMANDS = ("equipment", "import-equipment", "calc")


def run(args: argparse.Namespace) -> int:
    if args.command == "equipment":
        return _register(args)
    if args.command == "import-equipment":
        return _import(args)
    return _calc(args)


def _register(args: argparse.Namespace) -> int:
    from desktop_app.operations import equipment
    from desktop_app.storage.casefile import CaseFile

    with CaseFile.open(args.case, read_only=True) as case:
        views = equipment.register(case)
        out = [{
            "id": v.id, "kind": v.kind, "kind_label": v.kind_label, "tag": v.row.get("tag"), "name": v.row.get("name"),
            "model": v.row.get("model"), "quantity": v.row.get("quantity"), "location": v.row.get("location"),
            "params": v.params, "outcome": v.grade.outcome if v.grade else None, "outcome_label": v.outcome_label,
            "standard": v.grade.standard if v.grade else None, "table": v.grade.table if v.grade else None,
            "row": v.grade.row if v.grade else None, "missing": v.grade.missing if v.grade else [],
            "trace": v.grade.trace if v.grade else [], "error": v.grade_error or None,
            "elimination": v.elimination.outcome if v.elimination else None,
            "elimination_label": v.elimination_label,
            "elimination_trace": v.elimination.trace if v.elimination else None,
        } for v in views]
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    zh = current_language() == "zh"
    if not out:
        print("（设备清单为空）" if zh else "(the register is empty)")
    for d in out:
        title = " ".join(str(d[k]) for k in ("tag", "name") if d[k]) or f"#{d['id']}"
        where = f"，{d['standard']} {d['row']}" if d["row"] else (f"，{d['standard']}" if d["standard"] else "")
        print(f"[{d['id']}] {title}（{d['kind_label']}，{d['quantity']} 台）：{d['outcome_label']}{where}；"
              f"淘汰核查：{d['elimination_label']}")
        if args.trace:
            for line in d["trace"]:
                print(f"    {line}")
            if d["elimination_trace"]:
                print(f"    {d['elimination_trace']}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop_app.operations import equipment
    from desktop_app.storage.casefile import CaseFile

    kind = equipment.kind_from_text(args.kind) if args.kind else None
    with CaseFile.open(args.case) as case:
        _changes, result = equipment.import_sheet(case, args.file, kind=kind, sheet=args.sheet)
    print(render("cli.equipment_imported", count=len(result.added), path=args.case))
    if result.ignored_columns:
        print(render("cli.columns_ignored", columns="、".join(result.ignored_columns)))
    return 0


def _parse_inputs(pairs: list[str]) -> dict[str, str]:
    inputs: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValidationError(field=pair, detail="应写成 KEY=VALUE")
        inputs[key.strip()] = value.strip()
    return inputs


def _calc(args: argparse.Namespace) -> int:
    from desktop_app.calculations import registry

    if not args.name:
        for calc in registry.CALCULATORS.values():
            print(f"{calc.id:34} {calc.group}：{calc.title}")
        return 0
    calc = registry.calculator(args.name)
    inputs = _parse_inputs(args.inputs)
    unknown = [k for k in inputs if k not in {i.key for i in calc.inputs}]
    if unknown:
        raise ValidationError(field="、".join(unknown),
                              detail=f"{calc.title} 没有这些输入（用 jnzd calc {calc.id} 查看）")
    if not inputs and any(not i.optional and not i.default for i in calc.inputs):
        print(f"{calc.title}（{calc.standard}）\n{calc.formula}")
        for i in calc.inputs:
            extra = f"，默认 {i.default}" if i.default else ("，可选" if i.optional else "")
            choices = f"，可选值：{'、'.join(f'{v}={label}' for v, label in i.choices)}" if i.choices else ""
            print(f"  {i.key}=…  {i.label}{f'（{i.unit}）' if i.unit else ''}{extra}{choices}")
        return 0
    from desktop_app.calculations.calculators import SIGNIFICANT_RULE, round_significant

    if args.digits is not None:
        round_significant(0.0, args.digits)  # an impossible N is refused before anything runs or is saved
    result = registry.run(calc.id, inputs)
    saved_id = None
    if args.save:
        from desktop_app.operations import calc_results
        from desktop_app.storage.casefile import CaseFile

        with CaseFile.open(args.save) as case:
            _changes, saved_id = calc_results.run_and_save(case, calc.id, inputs, equipment_id=args.equipment)
    if args.json:
        print(json.dumps({"calculator": calc.id, "title": calc.title, "standard": calc.standard,
                          "inputs": result.inputs,
                          "outputs": [{"key": o.key, "label": o.label,
                                       "value": o.text if o.value is None else o.value,  # full precision
                                       "text": o.text, "unit": o.unit}
                                      for o in result.outputs],
                          "trace": result.trace, "saved_id": saved_id}, ensure_ascii=False, indent=2))
        return 0
    print(f"{calc.title}（{calc.standard}）")
    for o in result.outputs:
        text = o.text if args.digits is None or o.value is None else round_significant(o.value, args.digits)
        print(f"  {o.label}：{text} {o.unit}".rstrip())
    if args.digits is None:
        print(f"  数值修约：各项按计算器默认位数显示（--digits N 改为按 {SIGNIFICANT_RULE}修约至 N 位有效数字；"
              "--json 为全精度）")
    else:
        print(f"  数值修约：{SIGNIFICANT_RULE}，{args.digits} 位有效数字（--json 为全精度）")
    print(f"  {result.trace}")
    if saved_id is not None:
        print(render("cli.calc_saved", id=saved_id, path=args.save))
    return 0
