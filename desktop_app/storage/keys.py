"""The user's signing key and the agency keyring, in the user's data folder.

- ``keys/signing-key.pem``: this user's Ed25519 private key (PKCS#8 PEM), created on first use, readable by the
  user only. Whoever copies this file can sign as the user; it never leaves the data folder through the app.
- ``keys/card.json``: the user's key card — name, public key, fingerprint — to hand to the agency
  (``jnzd keys export``).
- ``keyring.json``: the keys this computer knows, usually the agency's file (``jnzd keys add agency.json``): each
  entry a key card with a role. A signature by a key not in it is reported as "key unknown", never as valid-and-known.

Every file is written to a temporary name and renamed, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain import errors
from desktop_app.domain import signature as sg
from desktop_app.domain.messages import render
from desktop_app.storage.lock import default_user
from desktop_app.storage.snapshots import data_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

CARD_FORMAT = "jnzd-key-card"
KEYRING_FORMAT = "jnzd-keyring"


@dataclass(frozen=True)
class Card:
    name: str
    public_key: str  # raw 32 bytes, base64
    role: str = ""  # engineer | reviewer | "" (not said)
    note: str = ""  # e.g. the agency, the phone call it was confirmed in

    @property
    def fingerprint(self) -> str:
        return sg.fingerprint(self.public_key)

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role, "public_key": self.public_key,
                "fingerprint": self.fingerprint, "note": self.note}


@dataclass(frozen=True)
class OwnKey:
    card: Card
    private: Ed25519PrivateKey
    path: Path


def keys_dir() -> Path:
    return data_dir() / "keys"


def keyring_path() -> Path:
    return data_dir() / "keyring.json"


def own_key(*, create: bool = True) -> OwnKey | None:
    """This user's key pair; created (with its card) on first use unless ``create=False``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = keys_dir()
    pem = folder / "signing-key.pem"
    if not pem.exists():
        if not create:
            return None
        key = Ed25519PrivateKey.generate()
        data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(pem, data, private=True)
        card = Card(default_user(), sg.encode_key(sg.public_bytes(key.public_key())))
        _write_atomic(folder / "card.json", _card_json(card))
        return OwnKey(card, key, pem)
    try:
        loaded = serialization.load_pem_private_key(pem.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise errors.KeyFileError(path=str(pem), detail=render("keys.detail.private")) from exc
    except OSError as exc:
        raise errors.StorageIOError(path=str(pem), detail=exc.strerror or str(exc)) from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise errors.KeyFileError(path=str(pem), detail=render("keys.detail.private"))
    key = loaded
    public = sg.encode_key(sg.public_bytes(key.public_key()))
    name = default_user()
    with contextlib.suppress(OSError, ValueError, errors.KeyFileError):
        cards = read_cards(folder / "card.json")
        if cards and cards[0].public_key == public:
            name = cards[0].name
    return OwnKey(Card(name, public), key, pem)


_cache: dict[Path, tuple[tuple[int, int], list[Card]]] = {}


def set_name(name: str) -> OwnKey:
    """Put the user's name on their key card (signatures made from now on carry it)."""
    name = name.strip()
    own = own_key()
    assert own is not None
    if not name:
        raise errors.KeyFileError(path=str(keys_dir() / "card.json"), detail=render("keys.detail.name"))
    card = Card(name, own.card.public_key, own.card.role, own.card.note)
    _write_atomic(keys_dir() / "card.json", _card_json(card))
    return OwnKey(card, own.private, own.path)


def keyring() -> list[Card]:
    """The keys this computer knows (empty when there is no keyring yet). Read again when the file changes
    (the portfolio asks once per signature of thousands of cases)."""
    path = keyring_path()
    try:
        st = path.stat()
    except OSError:  # none yet, or a data folder that cannot be used: every key is then unknown, never "known"
        return []
    stamp = (st.st_mtime_ns, st.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return list(cached[1])
    cards = read_cards(path)
    _cache[path] = (stamp, cards)
    return list(cards)


def keyring_stamp() -> str:
    """Changes whenever the set of known keys does (cached portfolio rows say "key known" or not)."""
    own = own_key(create=False)
    known = sorted(c.public_key for c in keyring()) + ([own.card.public_key] if own else [])
    return hashlib.sha256("\n".join(known).encode("ascii")).hexdigest()[:16]


def known_as(public_key: str) -> str:
    """The name the keyring (or this user's own card) gives a key; "" when unknown."""
    for card in keyring():
        if card.public_key == public_key:
            return card.name
    mine = own_key(create=False)
    if mine is not None and mine.card.public_key == public_key:
        return mine.card.name
    return ""


def read_cards(path: Path) -> list[Card]:
    """The cards in a key card or keyring file; KeyFileError naming the file and the problem."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise errors.KeyFileError(path=str(path), detail=render("keys.detail.missing")) from None
    except OSError as exc:  # a folder, no permission …: a key file that cannot be read, not a case-file error
        raise errors.KeyFileError(path=str(path), detail=render("keys.detail.unreadable",
                                                                detail=exc.strerror or str(exc))) from None
    except (ValueError, UnicodeDecodeError):
        raise errors.KeyFileError(path=str(path), detail=render("keys.detail.json")) from None
    entries: list[object]
    if isinstance(doc, dict) and doc.get("format") == CARD_FORMAT:
        entries = [doc]
    elif isinstance(doc, dict) and doc.get("format") == KEYRING_FORMAT and isinstance(doc.get("keys"), list):
        entries = list(doc["keys"])
    else:
        raise errors.KeyFileError(path=str(path), detail=render("keys.detail.json"))
    cards: list[Card] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise errors.KeyFileError(path=str(path), detail=render("keys.detail.json"))
        name = str(entry.get("name") or "").strip()
        public = str(entry.get("public_key") or "")
        if not name:
            raise errors.KeyFileError(path=str(path), detail=render("keys.detail.name"))
        if sg.decode_key(public) is None:
            raise errors.KeyFileError(path=str(path), detail=render("keys.detail.key"))
        card = Card(name, public, str(entry.get("role") or ""), str(entry.get("note") or ""))
        if entry.get("fingerprint") not in (None, "", card.fingerprint):
            raise errors.KeyFileError(path=str(path), detail=render("keys.detail.fingerprint"))
        cards.append(card)
    return cards


def add_to_keyring(cards: list[Card]) -> list[Card]:
    """Add (or update the name, role and note of) these keys; returns those that were new or changed."""
    current = keyring()
    by_key = {c.public_key: c for c in current}
    changed = [c for c in cards if by_key.get(c.public_key) != c]
    for c in changed:
        by_key[c.public_key] = c
    if changed:
        write_keyring(keyring_path(), list(by_key.values()))
    return changed


def remove_from_keyring(fingerprint: str) -> Card:
    fp = fingerprint.strip().upper()
    current = keyring()
    gone = [c for c in current if c.fingerprint == fp]
    if not gone:
        raise errors.KeyFileError(path=str(keyring_path()), detail=render("keys.detail.unknown_fp", fingerprint=fp))
    write_keyring(keyring_path(), [c for c in current if c.fingerprint != fp])
    return gone[0]


def write_card(path: Path, card: Card) -> None:
    _write_atomic(path, _card_json(card))


def write_keyring(path: Path, cards: list[Card]) -> None:
    doc = {"format": KEYRING_FORMAT, "version": 1, "written_utc": datetime.now(UTC).isoformat(timespec="seconds"),
           "keys": [c.as_dict() for c in cards]}
    _write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))


def _card_json(card: Card) -> bytes:
    return json.dumps({"format": CARD_FORMAT, "version": 1, **card.as_dict()}, ensure_ascii=False,
                      indent=2).encode("utf-8")


def _write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.writing")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise errors.from_os_error(exc, path) from None  # full, no permission, a folder in the way …
