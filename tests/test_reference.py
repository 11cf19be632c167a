"""Reference catalogues under resources/reference (GB/T 4754-2017, GB/T 2260, diagnosis types)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_app
from desktop_app.reference import catalogues as cat
from desktop_app.reference import paths

FILES = ("gbt4754_2017", "provinces_gbt2260", "diagnosis_types")


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    cat.clear_cache()
    yield
    cat.clear_cache()


# --- paths -----------------------------------------------------------------------------------------------


def test_resources_dir_from_source() -> None:
    assert paths.resources_dir() == Path(desktop_app.__file__).parent.parent / "resources"
    assert (paths.reference_dir() / "gbt4754_2017.json").is_file()


def test_resources_dir_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


# --- industries ------------------------------------------------------------------------------------------


def test_sections_and_divisions() -> None:
    sections = cat.industry_sections()
    assert [s.code for s in sections] == list("ABCDEFGHIJKLMNOPQRST")
    divisions = cat.industry_divisions()
    assert len(divisions) == 97
    assert [d.code for d in divisions] == [f"{i:02d}" for i in range(1, 98)]
    assert sum(len(s.divisions) for s in sections) == 97
    for s in sections:
        assert all(d.section == s.code for d in s.divisions)


def test_industrial_sections() -> None:
    industrial = [s for s in cat.industry_sections() if s.industrial]
    assert [(s.code, s.name) for s in industrial] == [
        ("B", "采矿业"),
        ("C", "制造业"),
        ("D", "电力、热力、燃气及水生产和供应业"),
    ]
    codes = [d.code for s in industrial for d in s.divisions]
    assert codes == [f"{i:02d}" for i in range(6, 47)]
    assert [d.code for d in industrial[0].divisions] == [f"{i:02d}" for i in range(6, 13)]
    assert [d.code for d in industrial[1].divisions] == [f"{i:02d}" for i in range(13, 44)]
    assert [d.code for d in industrial[2].divisions] == ["44", "45", "46"]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("06", "煤炭开采和洗选业"),
        ("11", "开采专业及辅助性活动"),
        ("25", "石油、煤炭及其他燃料加工业"),
        ("26", "化学原料和化学制品制造业"),
        ("30", "非金属矿物制品业"),
        ("31", "黑色金属冶炼和压延加工业"),
        ("32", "有色金属冶炼和压延加工业"),
        ("37", "铁路、船舶、航空航天和其他运输设备制造业"),
        ("43", "金属制品、机械和设备修理业"),
        ("44", "电力、热力生产和供应业"),
        ("46", "水的生产和供应业"),
    ],
)
def test_selected_division_names(code: str, name: str) -> None:
    division = cat.industry_division(code)
    assert division is not None
    assert division.name == name


@pytest.mark.parametrize("code", ["C30", "30", "3011", "301", "C3011", "c30", " 30 "])
def test_division_lookup_forms(code: str) -> None:
    division = cat.industry_division(code)
    assert division == cat.IndustryDivision("30", "非金属矿物制品业", "C")
    assert division.full_code == "C30"


@pytest.mark.parametrize("code", ["", "C", "3", "98", "00", "99", "B30", "30111", "3a", "CC30", "３０"])
def test_unknown_division_is_none(code: str) -> None:
    assert cat.industry_division(code) is None


def test_section_lookup() -> None:
    section = cat.industry_section("c")
    assert section is not None
    assert section.name == "制造业"
    assert len(section.divisions) == 31
    assert cat.industry_section("Z") is None


# --- provinces -------------------------------------------------------------------------------------------


def test_provinces() -> None:
    provinces = cat.provinces()
    assert len(provinces) == 34
    kinds = [p.kind for p in provinces]
    assert kinds.count("直辖市") == 4
    assert kinds.count("自治区") == 5
    assert kinds.count("特别行政区") == 2
    assert kinds.count("省") == 23
    assert cat.province("41") == cat.Province("41", "河南省", "河南", "省")
    assert cat.province("410100") == cat.province("41")
    hk = cat.province("81")
    assert hk is not None
    assert (hk.name, hk.short_name, hk.kind) == ("香港特别行政区", "香港", "特别行政区")
    mo, tw = cat.province("82"), cat.province("71")
    assert mo is not None and mo.name == "澳门特别行政区"
    assert tw is not None and tw.name == "台湾省"


@pytest.mark.parametrize("code", ["", "4", "99", "00", "ab"])
def test_unknown_province_is_none(code: str) -> None:
    assert cat.province(code) is None


# --- diagnosis types -------------------------------------------------------------------------------------


def test_diagnosis_types() -> None:
    types = cat.diagnosis_types()
    assert [(t.code, t.name_zh) for t in types] == [
        ("key_industry", "重点行业节能诊断"),
        ("sme", "中小企业节能诊断"),
        ("key_equipment", "重点用能设备节能诊断"),
        ("regional", "区域集中式节能诊断"),
        ("follow_up", "节能诊断跟踪服务"),
    ]
    assert all(t.name_en for t in types)
    regional = cat.diagnosis_type("regional")
    assert regional is not None
    assert "备注" in regional.remark_zh
    assert cat.diagnosis_type("中小企业节能诊断") == cat.diagnosis_type("sme")
    assert cat.diagnosis_type("unknown") is None


# --- provenance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_every_file_has_provenance(name: str) -> None:
    prov = cat.provenance(name)
    assert prov.label in cat.PROVENANCE_LABELS
    assert prov.version >= 1
    for value in (prov.standard, prov.title, prov.edition, prov.effective_date, prov.source, prov.note):
        assert value.strip()
    assert cat.provenance(f"{name}.json") == prov


def test_provenance_of_each_file() -> None:
    assert cat.provenance("gbt4754_2017").standard == "GB/T 4754-2017"
    assert cat.provenance("provinces_gbt2260").standard.startswith("GB/T 2260")
    assert cat.provenance("diagnosis_types").label == "V"


def test_every_json_in_reference_dir_has_provenance() -> None:
    names = sorted(p.stem for p in paths.reference_dir().glob("*.json"))
    assert set(FILES) <= set(names)
    for name in names:
        assert cat.provenance(name).label in cat.PROVENANCE_LABELS


# --- malformed files -------------------------------------------------------------------------------------


def _with_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, content: str) -> None:
    ref = tmp_path / "reference"
    ref.mkdir(exist_ok=True)
    (ref / f"{name}.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(paths, "reference_dir", lambda: ref)
    cat.clear_cache()


def _good(name: str) -> dict[str, object]:
    data = json.loads(
        (Path(desktop_app.__file__).parent.parent / "resources" / "reference" / f"{name}.json").read_text(
            encoding="utf-8"
        )
    )
    assert isinstance(data, dict)
    return data


def test_missing_file_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "reference_dir", lambda: tmp_path)
    with pytest.raises(cat.ReferenceDataError) as info:
        cat.provinces()
    assert "provinces_gbt2260.json" in str(info.value.params["detail"])
    assert "文件不存在" in info.value.message("zh")


def test_invalid_json_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _with_file(monkeypatch, tmp_path, "diagnosis_types", "{not json")
    with pytest.raises(cat.ReferenceDataError) as info:
        cat.diagnosis_types()
    detail = str(info.value.params["detail"])
    assert "diagnosis_types.json" in detail
    assert "不是有效的 JSON" in detail


def test_missing_provenance_key_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _good("diagnosis_types")
    prov = data["provenance"]
    assert isinstance(prov, dict)
    del prov["label"]
    _with_file(monkeypatch, tmp_path, "diagnosis_types", json.dumps(data))
    with pytest.raises(cat.ReferenceDataError) as info:
        cat.provenance("diagnosis_types")
    detail = str(info.value.params["detail"])
    assert "diagnosis_types.json" in detail
    assert "键 provenance.label：缺少该键" in detail


def test_bad_label_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _good("diagnosis_types")
    prov = data["provenance"]
    assert isinstance(prov, dict)
    prov["label"] = "verified"
    _with_file(monkeypatch, tmp_path, "diagnosis_types", json.dumps(data))
    with pytest.raises(cat.ReferenceDataError, match=r"provenance\.label"):
        cat.diagnosis_types()


def test_bad_division_code_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _good("gbt4754_2017")
    sections = data["sections"]
    assert isinstance(sections, list)
    sections[2]["divisions"][17]["code"] = 30
    _with_file(monkeypatch, tmp_path, "gbt4754_2017", json.dumps(data))
    with pytest.raises(cat.ReferenceDataError) as info:
        cat.industry_sections()
    assert "键 sections[2].divisions[17].code：应为字符串" in str(info.value.params["detail"])


def test_duplicate_code_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _good("provinces_gbt2260")
    provinces = data["provinces"]
    assert isinstance(provinces, list)
    provinces[1]["code"] = provinces[0]["code"]
    _with_file(monkeypatch, tmp_path, "provinces_gbt2260", json.dumps(data))
    with pytest.raises(cat.ReferenceDataError, match="重复"):
        cat.provinces()


def test_missing_version_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _good("provinces_gbt2260")
    del data["version"]
    _with_file(monkeypatch, tmp_path, "provinces_gbt2260", json.dumps(data))
    with pytest.raises(cat.ReferenceDataError, match="键 version"):
        cat.provinces()
