"""Ed25519 signatures: what is signed, the fingerprint read out over the phone, and the verdict on one signature.

A signature vouches for a journal head: whoever signed a submission stood behind the case exactly as the chain
reached that entry (every row is proven against that chain by ``storage.integrity``), and a reviewer's decision
signs the head the reviewer saw. A bundle's signature covers the SHA-256 of its manifest, which lists every
member's SHA-256. The message is canonical JSON of named fields, so no field can be moved into another.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: ~20 ms that jnzd info on an unsigned case need not pay
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MESSAGE_VERSION = 1
PURPOSES = ("submit", "decision", "bundle")
ROLES = ("engineer", "reviewer")


class Verdict(StrEnum):
    VALID = "valid"  # the signature holds and its head is in this journal
    FORGED = "forged"  # it does not hold, or it signs a head this journal does not have: blocking
    UNSIGNED = "unsigned"

    @property
    def label_zh(self) -> str:
        return {"valid": "签名有效", "forged": "签名伪造或已失效", "unsigned": "未签名"}[self.value]

    @property
    def label_en(self) -> str:
        return {"valid": "valid signature", "forged": "forged or broken signature", "unsigned": "unsigned"}[
            self.value]


def public_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> Ed25519PublicKey | None:
    """The public key of a base64 text, or None when it is not a 32-byte Ed25519 key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return None


def fingerprint(public_key_b64: str) -> str:
    """16 hex digits of the key's SHA-256 in four groups (64 bits: enough to tell keys apart when read aloud)."""
    try:
        raw = base64.b64decode(public_key_b64.encode("ascii"), validate=True)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raw = public_key_b64.encode("utf-8", "replace")
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def message(fields: dict[str, object]) -> bytes:
    """The bytes signed: the purpose's fields (never the signature), canonical JSON, with the format version."""
    body = {"jnzd_signature": MESSAGE_VERSION, **{k: v for k, v in fields.items() if k != "signature"}}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(private_key: Ed25519PrivateKey, fields: dict[str, object]) -> str:
    return base64.b64encode(private_key.sign(message(fields))).decode("ascii")


def holds(public_key_b64: str, fields: dict[str, object], signature_b64: str) -> bool:
    """True when ``signature_b64`` is the key's signature of exactly these fields."""
    from cryptography.exceptions import InvalidSignature

    key = decode_key(public_key_b64)
    if key is None:
        return False
    try:
        sig = base64.b64decode(signature_b64.encode("ascii"), validate=True)
        key.verify(sig, message(fields))
    except (InvalidSignature, ValueError, binascii.Error, UnicodeEncodeError):
        return False
    return True


@dataclass(frozen=True)
class Signed:
    """One signature as ``verify`` judged it: who (as the key card says, and as the keyring knows the key)."""

    purpose: str
    signer: str  # the name the signature carries
    role: str
    fingerprint: str
    signed_utc: str
    journal_seq: int
    verdict: Verdict
    known_as: str = ""  # the keyring's name for this key; "" when the key is unknown
    why: str = ""  # for a forged signature: what does not hold (简体中文)
    why_en: str = ""
    changes_after: int = 0  # engineer operations journaled after the signed head
    own: bool = False  # signed with this computer's user's own key

    @property
    def known(self) -> bool:
        return bool(self.known_as)

    def describe(self, lang: str = "zh") -> str:
        zh = lang == "zh"
        purpose = {"submit": ("提交", "submission"), "decision": ("审核决定", "review decision"),
                   "bundle": ("数据包", "bundle")}.get(self.purpose, (self.purpose, self.purpose))[0 if zh else 1]
        who = f"{self.signer}（{self.fingerprint}）" if zh else f"{self.signer} ({self.fingerprint})"
        if self.verdict is Verdict.FORGED:
            return (f"{purpose}签名伪造或已失效：{who}，{self.why}" if zh
                    else f"{purpose} signature forged or broken: {who}, {self.why_en or self.why}")
        if zh:
            key = ("本人的密钥" if self.own else f"密钥已登记为“{self.known_as}”" if self.known
                   else "密钥未登记（不在本机的密钥环中）")
            after = f"；签名后又有 {self.changes_after} 次修改" if self.changes_after else ""
            return f"{purpose}签名有效：{who}，{self.signed_utc[:16].replace('T', ' ')} UTC，{key}{after}"
        key = ("your own key" if self.own else f"key known as '{self.known_as}'" if self.known
               else "key unknown (not in this computer's keyring)")
        after = f"; {self.changes_after} changes since" if self.changes_after else ""
        return f"{purpose} signature valid: {who}, {self.signed_utc[:16].replace('T', ' ')} UTC, {key}{after}"
