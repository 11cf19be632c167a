"""Catalogues loaded from ``resources/reference/*.json``: industries (GB/T 4754-2017), provinces (GB/T 2260),
diagnosis types. Every file carries a ``version`` and a ``provenance`` block; loading validates the shape and
raises ``ReferenceDataError`` naming the file and the key when it is malformed.

Loaders are cached; ``clear_cache()`` drops the caches (tests, or after replacing the files).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.domain.errors import JnzdError
from desktop_app.reference import paths

__all__ = [
    "DIAGNOSIS_TYPES_FILE",
    "INDUSTRY_FILE",
    "PROVENANCE_LABELS",
    "PROVINCES_FILE",
    "DiagnosisType",
    "IndustryDivision",
    "IndustrySection",
    "Provenance",
    "Province",
    "ReferenceDataError",
    "clear_cache",
    "diagnosis_type",
    "diagnosis_types",
    "industry_division",
    "industry_divisions",
    "industry_section",
    "industry_sections",
    "provenance",
    "province",
    "provinces",
]

INDUSTRY_FILE = "gbt4754_2017"
PROVINCES_FILE = "provinces_gbt2260"
DIAGNOSIS_TYPES_FILE = "diagnosis_types"

#: Labels of REFERENCE.md's legend: verified, secondary, derived, memory, inferred.
PROVENANCE_LABELS = frozenset({"V", "V-2", "S-1", "D", "M", "I"})  # S-1: one public transcription, not cross-checked
PROVINCE_KINDS = frozenset({"省", "自治区", "直辖市", "特别行政区"})


class ReferenceDataError(JnzdError):
    """A bundled reference-data file is missing or malformed (an installation problem, not user input)."""

    code = "error"
    exit_code = 1


# --- dataclasses -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Provenance:
    standard: str
    title: str
    edition: str
    effective_date: str
    source: str
    label: str
    note: str
    version: int


@dataclass(frozen=True)
class IndustryDivision:
    """大类, e.g. ``IndustryDivision("30", "非金属矿物制品业", "C")``; ``section`` is the 门类 letter."""

    code: str
    name: str
    section: str

    @property
    def full_code(self) -> str:
        """Section letter + division code, e.g. ``"C30"``."""
        return f"{self.section}{self.code}"


@dataclass(frozen=True)
class IndustrySection:
    """门类, e.g. ``C 制造业``; ``industrial`` is true for B, C, D (工业)."""

    code: str
    name: str
    industrial: bool
    divisions: tuple[IndustryDivision, ...]


@dataclass(frozen=True)
class Province:
    """Provincial-level division; ``code`` is the 2-digit GB/T 2260 prefix (e.g. "41" 河南省)."""

    code: str
    name: str
    short_name: str
    kind: str


@dataclass(frozen=True)
class DiagnosisType:
    code: str
    name_zh: str
    name_en: str
    remark_zh: str = ""


# --- validated JSON access -------------------------------------------------------------------------------


class _Doc:
    """One loaded file; the typed getters raise ``ReferenceDataError`` naming the file and key path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise self.error("", "文件不存在") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise self.error("", f"无法读取（{exc}）") from None
        try:
            data: object = json.loads(text)
        except json.JSONDecodeError as exc:
            raise self.error("", f"不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）") from None
        self.root = self.mapping(data, "")

    def error(self, key: str, detail: str) -> ReferenceDataError:
        where = f"，键 {key}" if key else ""
        return ReferenceDataError(detail=f"参考数据文件 {self.path}{where}：{detail}")

    def mapping(self, value: object, key: str) -> Mapping[str, object]:
        if not isinstance(value, dict):
            raise self.error(key or "（根）", f"应为 JSON 对象，实际为 {type(value).__name__}")
        return value

    def get(self, obj: Mapping[str, object], name: str, where: str) -> object:
        key = f"{where}.{name}" if where else name
        if name not in obj:
            raise self.error(key, "缺少该键")
        return obj[name]

    def str_(self, obj: Mapping[str, object], name: str, where: str, *, allow_empty: bool = False) -> str:
        key = f"{where}.{name}" if where else name
        value = self.get(obj, name, where)
        if not isinstance(value, str):
            raise self.error(key, f"应为字符串，实际为 {type(value).__name__}")
        if not allow_empty and not value.strip():
            raise self.error(key, "不能为空")
        return value

    def int_(self, obj: Mapping[str, object], name: str, where: str) -> int:
        key = f"{where}.{name}" if where else name
        value = self.get(obj, name, where)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"应为整数，实际为 {type(value).__name__}")
        return value

    def bool_(self, obj: Mapping[str, object], name: str, where: str) -> bool:
        key = f"{where}.{name}" if where else name
        value = self.get(obj, name, where)
        if not isinstance(value, bool):
            raise self.error(key, f"应为 true/false，实际为 {type(value).__name__}")
        return value

    def list_of_objects(self, obj: Mapping[str, object], name: str, where: str) -> list[Mapping[str, object]]:
        key = f"{where}.{name}" if where else name
        value = self.get(obj, name, where)
        if not isinstance(value, list) or not value:
            raise self.error(key, "应为非空的 JSON 数组")
        return [self.mapping(item, f"{key}[{i}]") for i, item in enumerate(value)]


def _path(name: str) -> Path:
    stem = name.removesuffix(".json")
    return paths.reference_dir() / f"{stem}.json"


@cache
def _document(name: str) -> tuple[_Doc, Provenance]:
    doc = _Doc(_path(name))
    root = doc.root
    version = doc.int_(root, "version", "")
    if version < 1:
        raise doc.error("version", f"应为正整数，实际为 {version}")
    prov = doc.mapping(doc.get(root, "provenance", ""), "provenance")
    label = doc.str_(prov, "label", "provenance")
    if label not in PROVENANCE_LABELS:
        raise doc.error("provenance.label", f"应为 {'/'.join(sorted(PROVENANCE_LABELS))} 之一，实际为“{label}”")
    fields = ("standard", "title", "edition", "effective_date", "source", "note")
    values = {f: doc.str_(prov, f, "provenance") for f in fields}
    return doc, Provenance(label=label, version=version, **values)


def provenance(name: str) -> Provenance:
    """Provenance of a reference file by stem (``"gbt4754_2017"``; a trailing ``.json`` is accepted)."""
    return _document(name.removesuffix(".json"))[1]


def _check_unique(doc: _Doc, key: str, codes: list[str]) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise doc.error(key, f"代码“{code}”重复")
        seen.add(code)


# --- industries (GB/T 4754-2017) ---------------------------------------------------------------------------


@cache
def industry_sections() -> tuple[IndustrySection, ...]:
    """The 20 门类 A–T, each with its 大类 in code order."""
    doc, _ = _document(INDUSTRY_FILE)
    sections: list[IndustrySection] = []
    for i, sec in enumerate(doc.list_of_objects(doc.root, "sections", "")):
        where = f"sections[{i}]"
        code = doc.str_(sec, "code", where)
        if not (len(code) == 1 and "A" <= code <= "Z"):
            raise doc.error(f"{where}.code", f"门类代码应为一个大写字母，实际为“{code}”")
        divisions: list[IndustryDivision] = []
        for j, div in enumerate(doc.list_of_objects(sec, "divisions", where)):
            dwhere = f"{where}.divisions[{j}]"
            dcode = doc.str_(div, "code", dwhere)
            if not (len(dcode) == 2 and dcode.isascii() and dcode.isdigit()):
                raise doc.error(f"{dwhere}.code", f"大类代码应为2位数字，实际为“{dcode}”")
            divisions.append(IndustryDivision(dcode, doc.str_(div, "name", dwhere), code))
        sections.append(
            IndustrySection(code, doc.str_(sec, "name", where), doc.bool_(sec, "industrial", where), tuple(divisions))
        )
    _check_unique(doc, "sections[].code", [s.code for s in sections])
    _check_unique(doc, "sections[].divisions[].code", [d.code for s in sections for d in s.divisions])
    return tuple(sections)


@cache
def industry_divisions() -> tuple[IndustryDivision, ...]:
    """All 97 大类 in code order."""
    return tuple(sorted((d for s in industry_sections() for d in s.divisions), key=lambda d: d.code))


@cache
def _divisions_by_code() -> dict[str, IndustryDivision]:
    return {d.code: d for d in industry_divisions()}


def industry_section(code: str) -> IndustrySection | None:
    """门类 by letter (``"C"``, case-insensitive); None if unknown."""
    wanted = code.strip().upper()
    return next((s for s in industry_sections() if s.code == wanted), None)


def industry_division(code: str) -> IndustryDivision | None:
    """大类 for ``"C30"``, ``"30"``, or a 中类/小类 code such as ``"301"``/``"3011"`` (also ``"C3011"``).

    A leading section letter must match the division's 门类. Returns None for anything unknown or malformed.
    """
    text = code.strip().upper()
    letter = ""
    if text[:1].isalpha():
        letter, text = text[0], text[1:]
    if not (2 <= len(text) <= 4 and text.isascii() and text.isdigit()):
        return None
    division = _divisions_by_code().get(text[:2])
    if division is None or (letter and letter != division.section):
        return None
    return division


# --- provinces (GB/T 2260) -----------------------------------------------------------------------------------


@cache
def provinces() -> tuple[Province, ...]:
    """The 34 provincial-level divisions in code order."""
    doc, _ = _document(PROVINCES_FILE)
    result: list[Province] = []
    for i, item in enumerate(doc.list_of_objects(doc.root, "provinces", "")):
        where = f"provinces[{i}]"
        code = doc.str_(item, "code", where)
        if not (len(code) == 2 and code.isascii() and code.isdigit()):
            raise doc.error(f"{where}.code", f"省级代码应为2位数字，实际为“{code}”")
        kind = doc.str_(item, "kind", where)
        if kind not in PROVINCE_KINDS:
            raise doc.error(f"{where}.kind", f"应为 {'/'.join(sorted(PROVINCE_KINDS))} 之一，实际为“{kind}”")
        result.append(Province(code, doc.str_(item, "name", where), doc.str_(item, "short_name", where), kind))
    _check_unique(doc, "provinces[].code", [p.code for p in result])
    return tuple(sorted(result, key=lambda p: p.code))


@cache
def _provinces_by_code() -> dict[str, Province]:
    return {p.code: p for p in provinces()}


def province(code: str) -> Province | None:
    """Province by its 2-digit code, or by a longer region code (``"410100"``, ``"410000"``): first 2 digits."""
    text = code.strip()
    if not (len(text) >= 2 and text.isascii() and text.isdigit()):
        return None
    return _provinces_by_code().get(text[:2])


# --- diagnosis types ---------------------------------------------------------------------------------------


@cache
def diagnosis_types() -> tuple[DiagnosisType, ...]:
    """The five 节能诊断类型 in the notice's order."""
    doc, _ = _document(DIAGNOSIS_TYPES_FILE)
    result: list[DiagnosisType] = []
    for i, item in enumerate(doc.list_of_objects(doc.root, "types", "")):
        where = f"types[{i}]"
        code = doc.str_(item, "code", where)
        if not (code.isascii() and code.replace("_", "").isalnum() and code == code.lower()):
            raise doc.error(f"{where}.code", f"应为小写 ASCII 标识符，实际为“{code}”")
        remark = doc.str_(item, "remark_zh", where, allow_empty=True) if "remark_zh" in item else ""
        result.append(DiagnosisType(code, doc.str_(item, "name_zh", where), doc.str_(item, "name_en", where), remark))
    _check_unique(doc, "types[].code", [t.code for t in result])
    return tuple(result)


def diagnosis_type(code: str) -> DiagnosisType | None:
    """Diagnosis type by its ASCII code (``"sme"``) or its Chinese name (``"中小企业节能诊断"``)."""
    text = code.strip()
    return next((t for t in diagnosis_types() if text in (t.code, t.name_zh)), None)


def clear_cache() -> None:
    """Forget every loaded file (the next call re-reads ``resources/reference``)."""
    for fn in (
        _document,
        industry_sections,
        industry_divisions,
        _divisions_by_code,
        provinces,
        _provinces_by_code,
        diagnosis_types,
    ):
        fn.cache_clear()
