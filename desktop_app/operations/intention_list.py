"""The 意向企业名单 row (columns of 2021 notice Att. 3, REFERENCE §3.2), shared by a case's Excel annex and the
supervisor's portfolio. Kept light (no openpyxl, no report data): portfolio workers import it for every case."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.calculations.units import decimal_or_none
from desktop_app.domain.sme import classify_stored

LIST_COLUMNS = ("序号", "企业名称", "所在地市", "所在区县", "所属行业", "组织机构代码", "节能诊断类型",
                "提供服务的机构",
                "是否中小企业", "上年度综合能源消费量（吨标准煤）", "备注")


def intention_row(ent: Mapping[str, Any], eng: Mapping[str, Any], *, enterprise: str, industry: str,
                  diagnosis_type: str) -> list[object]:
    """One row of the list (序号 1; the caller renumbers). The 组织机构代码 is the USCC's 9th–17th characters."""
    uscc = str(ent.get("uscc") or "")
    org = f"{uscc[8:16]}-{uscc[16]}" if len(uscc) == 18 else None
    sme, _invalid = classify_stored(ent.get("employees"), ent.get("revenue_wan"))  # check reports it
    is_sme = None if sme.sme_class is None else f"{'是' if sme.sme_class.is_sme else '否'}（{sme.sme_class.label_zh}）"
    remarks = []
    if eng.get("diagnosis_type") == "regional":
        remarks.append(f"所在园区或产业集群：{eng.get('remarks') or '尚未填写'}")
    if uscc:
        remarks.append(f"统一社会信用代码 {uscc}")
    return [1, enterprise or None, ent.get("city"), ent.get("county"), industry or None, org, diagnosis_type or None,
            eng.get("agency"), is_sme, decimal_or_none(ent.get("energy_tce_last_year")), "；".join(remarks) or None]
