"""Signatures (issue 14, item 2): keys on first use, fingerprints, the keyring; a submission, a review decision and
a bundle's manifest signed; valid, unknown key, or forged — and forgery that rewrites the whole unkeyed chain is
caught by the signature, not by the audit."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from tamper_support import rechain, sql

from desktop_app.cli import main
from desktop_app.domain import errors
from desktop_app.domain import signature as sg
from desktop_app.operations import export, review, signing, workflow
from desktop_app.operations.check import check_case
from desktop_app.reporting import bundle as bd
from desktop_app.storage import keys
from desktop_app.storage.casefile import CaseFile

FINGERPRINT = re.compile(r"^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$")


def as_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, who: str) -> Path:
    """Another person on another computer: their own data folder (keys, keyring) and login."""
    data = tmp_path / f"data-{who}"
    monkeypatch.setenv("JNZD_DATA_DIR", str(data))
    monkeypatch.setenv("JNZD_USER", who)
    return data


@pytest.fixture
def submitted(demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    as_user(monkeypatch, tmp_path, "张工")
    with CaseFile.open(demo_path) as case:
        workflow.transition(case, "submit")
    return demo_path


def test_a_key_is_made_on_first_use_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = as_user(monkeypatch, tmp_path, "张工")
    assert keys.own_key(create=False) is None
    first = keys.own_key()
    assert first is not None and FINGERPRINT.match(first.card.fingerprint) and first.card.name == "张工"
    assert (data / "keys" / "signing-key.pem").stat().st_mode & 0o077 == 0  # the user's only
    again = keys.own_key()
    assert again is not None and again.card.public_key == first.card.public_key
    keys.set_name("张建国")
    renamed = keys.own_key()
    assert renamed is not None and renamed.card.name == "张建国" and renamed.card.public_key == first.card.public_key


def test_submission_is_signed_and_valid_and_the_reviewer_knows_the_key_only_after_adding_it(
        submitted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with CaseFile.open(submitted, read_only=True) as case:
        [s] = signing.verify(case)
        engineer_card = keys.own_key()
    assert s.purpose == "submit" and s.verdict is sg.Verdict.VALID and s.own and s.signer == "张工"
    assert engineer_card is not None
    card_file = tmp_path / "张工.json"
    keys.write_card(card_file, engineer_card.card)

    as_user(monkeypatch, tmp_path, "王审核")
    with CaseFile.open(submitted, read_only=True) as case:
        [s] = signing.verify(case)
        assert s.verdict is sg.Verdict.VALID and not s.known and not s.own
        info = [f for f in check_case(case).findings if f.code == "signature.unknown_key"]
        assert info and info[0].severity.value == "info" and "密钥未登记" in info[0].message
    keys.add_to_keyring(keys.read_cards(card_file))
    with CaseFile.open(submitted, read_only=True) as case:
        [s] = signing.verify(case)
    assert s.known and s.known_as == "张工" and s.fingerprint == engineer_card.card.fingerprint


def test_a_review_decision_is_signed_by_the_reviewer_with_the_head_seen(submitted: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, tmp_path, "王审核")
    with CaseFile.open(submitted) as case:
        seen = case.head
        review.decide(case, "approve", reviewer="王审核")
        decision = case.rows("review_decision")[-1]
        assert decision["journal_head"] == seen
        signed = {s.purpose: s for s in signing.verify(case)}
    assert signed["decision"].verdict is sg.Verdict.VALID and signed["decision"].signer == "王审核"
    assert signed["submit"].verdict is sg.Verdict.VALID


def _verdicts(path: Path) -> dict[str, sg.Verdict]:
    with CaseFile.open(path, read_only=True) as case:
        return {s.purpose: s.verdict for s in signing.verify(case)}


def test_an_approval_forged_in_the_decision_row_is_caught(submitted: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, tmp_path, "王审核")
    with CaseFile.open(submitted) as case:
        review.decide(case, "return", reviewer="王审核", comment="补充")
    sql(submitted, "UPDATE review_decision SET action = 'approve', comment = ''",
         "UPDATE case_info SET workflow_state = 'approved'")
    assert _verdicts(submitted)["decision"] is sg.Verdict.FORGED
    with CaseFile.open(submitted, read_only=True) as case:
        forged = [f for f in check_case(case).blocking if f.code == "signature.forged"]
    assert forged and "签名伪造或已失效" in forged[0].message


def test_a_rechained_journal_passes_the_audit_but_not_the_signature(submitted: Path) -> None:
    rechain(submitted, 40, update_meta=True, restore_trigger=True)
    with CaseFile.open(submitted, read_only=True) as case:
        assert case.audit().ok  # the limit of an unkeyed proof
        [s] = signing.verify(case)
    assert s.verdict is sg.Verdict.FORGED and "第" in s.why


@pytest.mark.parametrize("statement", ["UPDATE signature SET signer = '李四'",
                                 "UPDATE signature SET signed_utc = '2020-01-01T00:00:00.000+00:00'",
                                 "UPDATE signature SET case_uuid = 'another-case'",
                                 "UPDATE signature SET signature = 'AAAA'",
                                 "UPDATE signature SET public_key = 'bm90IGEga2V5'"],
                         ids=["signer", "time", "case", "bytes", "key"])
def test_any_change_to_a_signature_row_makes_it_forged(submitted: Path, statement: str) -> None:
    sql(submitted, statement)
    assert _verdicts(submitted)["submit"] is sg.Verdict.FORGED


def test_an_unsigned_submitted_case_still_opens_and_says_so(demo_path: Path) -> None:
    sql(demo_path, "UPDATE case_info SET workflow_state = 'submitted'")
    with CaseFile.open(demo_path, read_only=True) as case:
        lines = signing.summary(case)
        findings = check_case(case).findings
    assert any("案例未签名" in line for line in lines)
    assert any(f.code == "signature.unsigned" and f.severity.value == "info" for f in findings)


# --- bundles -------------------------------------------------------------------------------------------------
@pytest.fixture
def bundle(submitted: Path, tmp_path: Path) -> Path:
    out = tmp_path / "b.zip"
    with CaseFile.open(submitted, read_only=True) as case:
        export.export_bundle(case, out, report_pdf=None, tables_xlsx=None)
    return out


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None], *, resign: bool = False) -> Path:
    """A copy of the bundle with members changed (None: removed) and the manifest's sizes and SHA-256s rewritten to
    match; the old signature kept (or made anew with this user's key when ``resign``)."""
    with zipfile.ZipFile(src) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    for name, data in change.items():
        if data is None:
            files.pop(name, None)
        else:
            files[name] = data
    manifest = json.loads(files[bd.MANIFEST])
    for m in manifest["members"]:
        m["size"], m["sha256"] = len(files[m["name"]]), hashlib.sha256(files[m["name"]]).hexdigest()
    files[bd.MANIFEST] = (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()
    if resign:
        files[bd.SIGNATURE] = signing.sign_manifest(files[bd.MANIFEST])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    dst.write_bytes(buf.getvalue())
    return dst


def _case_json(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("case.json"))  # type: ignore[no-any-return]


def test_an_exported_bundle_is_signed_and_verifies(bundle: Path) -> None:
    checked = export.inspect(bundle)
    assert checked.signature is not None and checked.signature.verdict is sg.Verdict.VALID
    assert checked.signature.signer == "张工" and checked.signature.own
    assert any(line.startswith("提交签名有效：张工") for line in checked.case_signatures)


def _refused_alike(path: Path, tmp_path: Path, problem: str) -> errors.BundleError:
    with pytest.raises(errors.BundleError) as verify_exc:
        export.verify(path)
    with pytest.raises(errors.BundleError) as open_exc:
        export.open_bundle(path, tmp_path / "opened.jnzd", user="审核员")
    assert verify_exc.value.params["problem"] == open_exc.value.params["problem"] == problem
    assert not (tmp_path / "opened.jnzd").exists()
    return verify_exc.value


def test_case_json_changed_and_manifest_rehashed_is_refused(bundle: Path, tmp_path: Path) -> None:
    doc = _case_json(bundle)
    tables = doc["tables"]
    assert isinstance(tables, dict)
    tables["energy_month"][0]["quantity"] = str(float(tables["energy_month"][0]["quantity"]) * 1000)
    forged = _rewrite(bundle, tmp_path / "x1000.zip", {"case.json": json.dumps(doc, ensure_ascii=False).encode()},
                      resign=True)  # even re-signed by someone: the case inside does not match its journal
    err = _refused_alike(forged, tmp_path, "tampered")
    assert "energy_month" in err.message("zh") and "energy_month" in err.message("en")


def test_approval_forged_in_case_json_is_refused(bundle: Path, tmp_path: Path) -> None:
    doc = _case_json(bundle)
    tables = doc["tables"]
    assert isinstance(tables, dict)
    tables["case_info"][0]["workflow_state"] = "approved"
    forged = _rewrite(bundle, tmp_path / "approved.zip", {"case.json": json.dumps(doc, ensure_ascii=False).encode()})
    _refused_alike(forged, tmp_path, "forged")  # the manifest changed under the old signature


def test_a_member_changed_under_the_old_signature_is_forged(bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.startswith("templates/"))
        data = zf.read(name)
    forged = _rewrite(bundle, tmp_path / "f.zip", {name: data.replace(b"{", b"{ ", 1)})
    err = _refused_alike(forged, tmp_path, "forged")
    assert "签名伪造或已失效" in err.message("zh") and "forged" in err.message("en")


def test_a_bundle_without_its_signature_verifies_as_unsigned(bundle: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    plain = _rewrite(bundle, tmp_path / "plain.zip", {bd.SIGNATURE: None})
    assert export.inspect(plain).signature is None
    assert main(["verify", str(plain)]) == 0
    assert "数据包未签名" in capsys.readouterr().out


def test_a_garbled_signature_file_is_a_clear_refusal(bundle: Path, tmp_path: Path) -> None:
    bad = _rewrite(bundle, tmp_path / "garbled.zip", {bd.SIGNATURE: b"{not json"})
    err = _refused_alike(bad, tmp_path, "signature")
    assert bd.SIGNATURE in err.message("zh")


# --- the command line ----------------------------------------------------------------------------------------
def test_keys_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    as_user(monkeypatch, tmp_path, "张工")
    card = tmp_path / "card.json"
    assert main(["keys", "set-name", "张建国"]) == 0
    assert main(["keys", "export", "-o", str(card)]) == 0
    fp = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    assert FINGERPRINT.match(fp)
    as_user(monkeypatch, tmp_path, "王审核")
    capsys.readouterr()
    assert main(["keys", "add", str(card), "--role", "engineer", "--note", "2026-12-07 电话核对"]) == 0
    assert fp in capsys.readouterr().out
    assert main(["keys", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(k["name"], k["role"], k["fingerprint"]) for k in listed["keys"]] == [("张建国", "engineer", fp)]
    ring = tmp_path / "agency.json"
    assert main(["keys", "export", "--all", "-o", str(ring)]) == 0
    assert {c.name for c in keys.read_cards(ring)} == {"张建国", "王审核"}
    assert main(["keys", "remove", fp]) == 0
    assert keys.keyring() == []
    assert main(["keys", "remove", fp]) == 2


@pytest.mark.parametrize("content", [b"{}", b"not json", b'{"format": "jnzd-key-card", "name": "x"}',
                                     b'{"format": "jnzd-key-card", "name": "x", "public_key": "AAAA"}',
                                     b'{"format": "jnzd-key-card", "name": "", "public_key": '
                                     b'"CRyyTW0PS/gqS2SM+4dFZ7ahFpatMTos/svbNgl1re0="}',
                                     b'{"format": "jnzd-key-card", "name": "x", "fingerprint": "0000-0000-0000-0000",'
                                     b' "public_key": "CRyyTW0PS/gqS2SM+4dFZ7ahFpatMTos/svbNgl1re0="}'],
                         ids=["empty", "text", "no-key", "short-key", "no-name", "wrong-fingerprint"])
def test_a_bad_key_card_is_refused_naming_the_file(tmp_path: Path, content: bytes,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "bad.json"
    card.write_bytes(content)
    assert main(["keys", "add", str(card)]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert keys.keyring() == []


def test_submit_withdraw_and_check_on_the_command_line(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["submit", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "已提交审核并签名" in out and "提交签名有效" in out
    assert main(["check", str(demo_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["verdict"] for s in data["signatures"]] == ["valid"]
    assert main(["withdraw", str(demo_path)]) == 0
    shutil.copy(demo_path, demo_path.with_name("copy.jnzd"))


def test_the_portfolio_row_says_who_signed_and_whether_it_holds(submitted: Path, demo_path: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.operations import portfolio_extract

    row = portfolio_extract.read_row(submitted)
    assert (row.signature, row.signature_status) == ("张工", "valid")  # the engineer's own key
    as_user(monkeypatch, tmp_path, "王审核")
    row = portfolio_extract.read_row(submitted)
    assert row.signature_status == "unknown_key" and row.signature == "张工（密钥未登记）"
    assert any("提交签名有效" in line for line in row.signature_lines)
    sql(submitted, "UPDATE signature SET signer = '李四'")
    row = portfolio_extract.read_row(submitted)
    assert (row.signature, row.signature_status) == ("伪造：李四", "forged")
    assert row.blocking >= 1  # a forged signature blocks
