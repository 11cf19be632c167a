"""Measures and feedback in a case: streams priced from the energy items, decisions over time, links, totals,
bindings and check findings; bad input changes nothing; the demo's register."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.checklist import Status
from desktop_app.domain.errors import ValidationError
from desktop_app.operations import bindings, check, feedback
from desktop_app.operations import measures as ops
from desktop_app.storage.casefile import CaseFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.operations.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("m") / "demo.jnzd")


@pytest.fixture
def case(tmp_path: Path):  # type: ignore[no-untyped-def]
    with CaseFile.create(tmp_path / "c.jnzd", as_of_date="2026-03-20", user="测试") as c:
        yield c


def test_stream_figures_with_an_explicit_price(case: CaseFile) -> None:
    _c, key = ops.add(case, {"title": "风机变频", "investment_wan": "20"})
    ops.set_stream(case, key, "electricity", "100000", "0.65")
    (view,) = ops.register(case)
    f = view.figures
    assert f is not None
    assert f.tce_equivalent == Decimal("12.29")  # 100 000 kWh × 0.1229 kgce/kWh
    assert f.yuan_per_year == Decimal("65000") and f.annual_saving_wan == Decimal("6.5")
    assert f.payback_years is not None and round(f.payback_years, 2) == Decimal("3.08")
    assert view.decision == "proposed" and view.decision_label == "建议"


def test_bad_input_names_field_and_changes_nothing(case: CaseFile) -> None:
    _c, key = ops.add(case, {"title": "x"})
    head = case.head
    for call in (lambda: ops.update(case, key, {"investment_wan": "-5"}),
                 lambda: ops.update(case, key, {"category": "随便"}),
                 lambda: ops.update(case, key, {"title": " "}),
                 lambda: ops.update(case, key, {"lifetime_years": "0"}),
                 lambda: ops.set_stream(case, key, "gold", "1"),
                 lambda: ops.set_stream(case, key, "electricity", "很多"),
                 lambda: ops.decide(case, key, "adopted", "2026-13-01"),
                 lambda: ops.link(case, key, "equipment", "999")):
        with pytest.raises(ValidationError):
            call()
    assert case.head == head


def test_decisions_history_links_and_delete(case: CaseFile) -> None:
    from desktop_app.operations import equipment

    _e, motor = equipment.add(case, "motor", {"tag": "M-1"})
    _c, key = ops.add(case, {"title": "电机更换"}, decided_on="2026-03-18")
    ops.decide(case, key, "采纳", "2026-03-20")
    ops.decide(case, key, "implemented", "2026-06-30", "已完成")
    ops.link(case, key, "equipment", motor)
    ops.link(case, key, "equipment", motor)  # idempotent
    (view,) = ops.register(case)
    assert [d["decision"] for d in view.decisions] == ["proposed", "adopted", "implemented"]
    assert view.decision_label == "已实施" and len(view.links) == 1
    ops.delete(case, key)
    assert case.count("measure_decision") == 0 and case.count("measure_link") == 0
    case.undo()
    assert ops.register(case)[0].decision == "implemented"


def test_catalogue_start_and_default_prices(demo: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "copy.jnzd"
    shutil.copy(demo, path)
    with CaseFile.open(path) as case:
        prices = ops.default_prices(case)
        assert prices["electricity"] == Decimal("0.6200") and prices["coal"] == Decimal("880.0000")
        _c, key = ops.add_from_catalogue(case, ops.measures_catalogue.catalogue().measures[0].id)
        view = next(v for v in ops.register(case) if v.id == key)
        assert view.row["catalogue_id"] and view.row["description"]


def test_demo_register_totals_bindings_feedback(demo: Path) -> None:
    with CaseFile.open(demo, read_only=True) as case:
        views = ops.register(case)
        assert len(views) == 11 and all(v.figures is not None for v in views)
        by_code = {v.row["code"]: v for v in views}
        assert by_code["JN-06"].decision_label == "不采纳" and by_code["JN-04"].decision_label == "已实施"
        assert by_code["JN-11"].figures.annual_saving_wan == Decimal(45)  # type: ignore[union-attr]
        total = ops.totals(case)
        assert total.count == 10  # 不采纳 left out
        everything = ops.totals(case, include_rejected=True)
        assert everything.tce_equivalent > total.tce_equivalent
        assert bindings.derive(case, "measures.register").status is Status.CONFORMING  # type: ignore[union-attr]
        potential = bindings.derive(case, "measures.potential")
        assert potential is not None and f"{total.tce_equivalent:.1f}" in potential.text
        fb = feedback.load(case)
        assert fb.complete and fb.satisfaction["overall"] == 5 and len(fb.adopted) == 8
        assert "feedback.incomplete" not in {f.code for f in check.check_measures(case).findings}


def test_feedback_validation(case: CaseFile) -> None:
    feedback.set_fields(case, {"overall": "满意", "confirmed_by": "张三"})
    assert feedback.load(case).satisfaction == {"overall": 4}
    with pytest.raises(ValidationError):
        feedback.set_fields(case, {"overall": "9"})
    with pytest.raises(ValidationError):
        feedback.set_fields(case, {"confirmed_on": "明天"})
    with pytest.raises(ValidationError):
        feedback.set_fields(case, {"adopted": [42]})
    assert "确认日期" in feedback.load(case).missing()
