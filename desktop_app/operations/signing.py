"""Signing a case's journal head (a submission, a review decision) and judging the signatures a case carries.

The signature row is written in the same journal group as what it signs, right after it: a submission signs the
head that its state change left, a decision the head the reviewer saw before deciding (``journal_head`` of the
decision). ``verify`` rebuilds each signed message from the file — the case's id, the journal entry at the signed
position, the decision row — so a signature holds only if all of them are as they were when it was made.
"""

from __future__ import annotations

import hashlib
import json

from desktop_app.domain import review as rv
from desktop_app.domain import signature as sg
from desktop_app.domain.findings import CheckReport, Finding, Severity
from desktop_app.domain.messages import current_language, render
from desktop_app.domain.workflow import State
from desktop_app.operations.memo import per_revision
from desktop_app.storage import keys
from desktop_app.storage.casefile import CaseFile, Tx, now_utc

_SIGNED_STATES = (State.SUBMITTED, State.RETURNED, State.APPROVED)


def sign_in(case: CaseFile, tx: Tx, purpose: str, *, seq: int | None = None, head: str | None = None,
            decision_id: int | None = None) -> int:
    """Sign the journal head (``seq``/``head``, default: where ``tx`` has brought the chain) with this user's
    key (created on first use) and store the signature in ``tx``. Returns the signature row's id."""
    own = keys.own_key()
    assert own is not None
    if seq is None or head is None:
        seq, head = tx.position()
    fields = _fields(case, {
        "purpose": purpose, "signer": own.card.name, "role": "reviewer" if purpose == "decision" else "engineer",
        "public_key": own.card.public_key, "fingerprint": own.card.fingerprint, "case_uuid": case.case_uuid,
        "journal_seq": seq, "journal_head": head, "signed_utc": now_utc(), "decision_id": decision_id,
    })
    fields["signature"] = sg.sign(own.private, fields)
    return int(tx.insert("signature", {k: v for k, v in fields.items() if k != "decision"}))


def _fields(case: CaseFile, row: dict[str, object]) -> dict[str, object]:
    """What a signature signs: its own row (less the signature) and, for a decision, the decision row."""
    fields = {k: row.get(k) for k in ("purpose", "signer", "role", "public_key", "fingerprint", "case_uuid",
                                      "journal_seq", "journal_head", "signed_utc", "decision_id")}
    if row.get("decision_id") is not None:
        decision = case.row("review_decision", row["decision_id"])
        fields["decision"] = None if decision is None else {
            k: decision.get(k) for k in ("action", "reviewer", "decided_utc", "comment", "journal_seq",
                                         "journal_head")}
    return fields


@per_revision
def verify(case: CaseFile) -> list[sg.Signed]:
    """Every signature of the case, judged: valid or forged, the key known to this computer's keyring or not,
    and how many engineer operations were journaled after the signed head. Once per revision (the check, the
    summary and the overview each ask on one refresh)."""
    out: list[sg.Signed] = []
    mine = keys.own_key(create=False)
    entries = case.journal_entries()
    hashes = {e.seq: e.hash for e in entries}
    # Engineer operations that changed data (a restore group's note, e.g. "opened from a bundle", changes none).
    engineer_groups = {e.seq: e.grp for e in entries if e.kind in rv.ENGINEER_KINDS and e.tbl}
    for row in case.rows("signature"):
        fields = _fields(case, row)
        seq = int(row.get("journal_seq") or 0)
        why, why_en = "", ""
        if not sg.holds(str(row.get("public_key") or ""), fields, str(row.get("signature") or "")):
            why, why_en = render("signature.forged.message", "zh"), render("signature.forged.message", "en")
        elif row.get("case_uuid") != case.case_uuid:
            why, why_en = render("signature.forged.case", "zh"), render("signature.forged.case", "en")
        elif hashes.get(seq) != row.get("journal_head"):
            why, why_en = (render("signature.forged.head", "zh", seq=seq), render("signature.forged.head", "en",
                                                                                   seq=seq))
        elif row.get("decision_id") is not None and fields.get("decision") is None:
            why, why_en = render("signature.forged.decision", "zh"), render("signature.forged.decision", "en")
        public = str(row.get("public_key") or "")
        after = len({g for s, g in engineer_groups.items() if s > seq})
        out.append(sg.Signed(
            purpose=str(row.get("purpose") or ""), signer=str(row.get("signer") or ""), role=str(row.get("role") or ""),
            fingerprint=sg.fingerprint(public), signed_utc=str(row.get("signed_utc") or ""), journal_seq=seq,
            verdict=sg.Verdict.FORGED if why else sg.Verdict.VALID, known_as="" if why else keys.known_as(public),
            why=why, why_en=why_en, changes_after=after,
            own=not why and mine is not None and mine.card.public_key == public))
    return out


def summary(case: CaseFile, lang: str | None = None) -> list[str]:
    """One line per signature, and a line saying what is unsigned (for ``info``, ``verify`` and the windows)."""
    lang = lang or current_language()
    signed = verify(case)
    lines = [s.describe(lang) for s in signed]
    if not any(s.purpose == "submit" for s in signed) and case.workflow_state in _SIGNED_STATES:
        lines.append(render("signature.unsigned", lang, state=_state_label(case.workflow_state, lang)))
    signed_decisions = {int(r["decision_id"]) for r in case.rows("signature") if r.get("decision_id") is not None}
    for d in case.rows("review_decision"):
        if int(d["id"]) not in signed_decisions:
            lines.append(render("signature.decision_unsigned", lang, action=_action_label(str(d["action"]), lang),
                                reviewer=d["reviewer"]))
    return lines


def check_signatures(case: CaseFile) -> CheckReport:
    """Forged signatures block; an unknown key or a missing signature is said (info: the case still opens and
    works, and the reviewer weighs it)."""
    report = CheckReport()
    section = render("signature.section")
    for s in verify(case):
        text = s.describe(current_language())
        if s.verdict is sg.Verdict.FORGED:
            report.findings.append(Finding(Severity.BLOCKING, section, s.signer, "signature.forged", text))
        elif not s.known:
            report.findings.append(Finding(Severity.INFO, section, s.signer, "signature.unknown_key",
                                           render("signature.unknown_key", what=text)))
    if case.workflow_state in _SIGNED_STATES and not any(r.get("purpose") == "submit"
                                                         for r in case.rows("signature")):
        report.findings.append(Finding(Severity.INFO, section, "", "signature.unsigned",
                                       render("signature.unsigned", state=_state_label(case.workflow_state,
                                                                                       current_language()))))
    return report


# -- bundles ---------------------------------------------------------------------------------------------------
BUNDLE_SIGNATURE_FORMAT = "jnzd-bundle-signature"


def sign_manifest(manifest: bytes) -> bytes:
    """The ``manifest.sig`` member of a bundle: this user's signature of the manifest's SHA-256 (the manifest
    lists every member's SHA-256, so this covers every byte of the bundle). Its time is the manifest's
    ``created`` (the case's last change), not the clock: Ed25519 is deterministic, so an unchanged case signed
    by the same key still exports the same bytes."""
    own = keys.own_key()
    assert own is not None
    created = json.loads(manifest.decode("utf-8")).get("created")
    fields: dict[str, object] = {
        "purpose": "bundle", "signer": own.card.name, "role": "engineer", "public_key": own.card.public_key,
        "fingerprint": own.card.fingerprint, "signed_utc": str(created or now_utc()),
        "manifest_sha256": hashlib.sha256(manifest).hexdigest()}
    doc = {"format": BUNDLE_SIGNATURE_FORMAT, "version": 1, **fields, "signature": sg.sign(own.private, fields)}
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def verify_manifest(manifest: bytes, signature: bytes) -> sg.Signed:
    """The bundle's signature judged against the manifest's bytes. ValueError when it is not a signature file."""
    doc = json.loads(signature.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != BUNDLE_SIGNATURE_FORMAT:
        raise ValueError("not a jnzd bundle signature")
    fields = {k: doc.get(k) for k in ("purpose", "signer", "role", "public_key", "fingerprint", "signed_utc",
                                      "manifest_sha256")}
    public = str(doc.get("public_key") or "")
    holds = (sg.holds(public, fields, str(doc.get("signature") or ""))
             and doc.get("manifest_sha256") == hashlib.sha256(manifest).hexdigest())
    why = "" if holds else render("signature.forged.message", "zh")
    mine = keys.own_key(create=False)
    return sg.Signed(purpose="bundle", signer=str(doc.get("signer") or ""), role=str(doc.get("role") or ""),
                     fingerprint=sg.fingerprint(public), signed_utc=str(doc.get("signed_utc") or ""), journal_seq=0,
                     verdict=sg.Verdict.VALID if holds else sg.Verdict.FORGED,
                     known_as=keys.known_as(public) if holds else "", why=why,
                     why_en="" if holds else render("signature.forged.message", "en"),
                     own=holds and mine is not None and mine.card.public_key == public)


def _state_label(state: str, lang: str) -> str:
    return State(state).label_zh if lang == "zh" and state in State._value2member_map_ else state


def _action_label(action: str, lang: str) -> str:
    return rv.DECISION_LABELS.get(action, action) if lang == "zh" else action
