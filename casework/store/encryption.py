"""Encryption at rest for the SQLite file (SQLCipher), and where its key comes from.

A database file is encrypted with one of two kinds of key:

- a **raw key**: 32 random bytes, kept in the operating system's keyring (Windows Credential
  Manager, macOS Keychain, the Secret Service on a Linux desktop) through the ``keyring`` library.
  Opening costs ~2 ms. The key is filed under the database's SQLCipher salt (the first 16 bytes of
  the file, random per database and unchanged by a rekey), so it still finds its key after the file
  is moved or renamed.
- a **passphrase** the user types, turned into the key by SQLCipher's own PBKDF2-HMAC-SHA512
  (256,000 iterations, ~75 ms per connection). Used where no keyring is usable (a headless Linux
  machine, CI) or when the user chooses it; never written to disk. Scripts give it in
  ``$CASEWORK_DB_PASSPHRASE``.

Nothing here imports Qt; the CLI and the desktop app ask the user and pass what was typed in.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..errors import CaseworkError, DatabaseKeyRequired
from ..i18n import _

PASSPHRASE_ENV = "CASEWORK_DB_PASSPHRASE"
KEYRING_SERVICE = "Casework database key"
SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
RAW_KEY_BYTES = 32


class FileState(str, Enum):
    MISSING = "missing"      # no file (a new database)
    EMPTY = "empty"          # a zero-length file (also a new database to SQLite)
    PLAIN = "plain"          # an ordinary SQLite file
    ENCRYPTED = "encrypted"  # anything else: an SQLCipher file (or not a database at all)


def file_state(path: Path) -> FileState:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return FileState.MISSING
    if not head:
        return FileState.EMPTY
    return FileState.PLAIN if head == SQLITE_MAGIC else FileState.ENCRYPTED


def salt_of(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


class KeyKind(str, Enum):
    RAW = "raw"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class DatabaseKey:
    """The secret that opens one SQLCipher database. Its repr never shows the secret."""

    kind: KeyKind
    secret: str  # 64 hex digits for a raw key; the passphrase as typed otherwise

    def __post_init__(self) -> None:
        if self.kind is KeyKind.RAW:
            if len(self.secret) != RAW_KEY_BYTES * 2 or any(c not in "0123456789abcdef" for c in self.secret):
                raise ValueError("a raw key is 64 lower-case hex digits")
        elif not self.secret:
            raise ValueError("a passphrase cannot be empty")

    def __repr__(self) -> str:
        return f"DatabaseKey({self.kind.value}, <hidden>)"

    __str__ = __repr__

    @classmethod
    def random(cls) -> DatabaseKey:
        return cls(KeyKind.RAW, secrets.token_hex(RAW_KEY_BYTES))

    @classmethod
    def from_passphrase(cls, passphrase: str) -> DatabaseKey:
        return cls(KeyKind.PASSPHRASE, passphrase)

    def pragma_value(self) -> str:
        """What follows ``PRAGMA key =`` (SQLCipher reads ``x'…'`` as a raw key, anything else as a passphrase)."""
        return f"x'{self.secret}'" if self.kind is KeyKind.RAW else self.secret

    def pragma_sql(self, statement: str = "key", schema: str | None = None) -> str:
        target = f"{schema}." if schema else ""
        quoted = self.pragma_value().replace('"', '""')
        return f'PRAGMA {target}{statement} = "{quoted}"'


MIN_PASSPHRASE_LENGTH = 12


def check_new_passphrase(passphrase: str) -> None:
    from ..errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase", "too_short",
                              _("use at least {count} characters for the database passphrase").format(count=MIN_PASSPHRASE_LENGTH))
    if passphrase.lower().startswith("x'"):
        # SQLCipher would read it as a raw hex key, not as a passphrase.
        raise ValidationError("passphrase", "reserved", _("a database passphrase cannot start with x'"))


_quiet = False


def sqlcipher_module():
    """The sqlcipher3 DB-API module, with SQLCipher's own logging to stderr switched off once.

    SQLCipher logs every failed page decryption (that is, every wrong passphrase) to stderr; the
    app reports a wrong key as a typed error instead.
    """
    global _quiet
    import sqlcipher3

    if not _quiet:
        conn = sqlcipher3.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quiet = True
    return sqlcipher3


# --- the OS keyring ------------------------------------------------------------------------------

class KeyringUnavailable(CaseworkError):
    exit_code = 1

    def __init__(self, reason: str) -> None:
        super().__init__(f"the system keyring cannot be used: {reason}")
        self.reason = reason


def keyring_usable() -> bool:
    """Whether a real keyring backend is there (not keyring's 'fail' or 'null' placeholders)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring install is simply "no keyring"
        return False
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    try:
        return float(backend.priority) > 0  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - some backends raise from priority when they cannot run
        return False


def keyring_name(path: Path) -> str:
    return f"sqlcipher-salt:{salt_of(path).hex()}"


def load_from_keyring(path: Path) -> DatabaseKey | None:
    """The raw key of this encrypted file from the keyring, or None (no keyring, no entry, an error)."""
    if not keyring_usable():
        return None
    try:
        import keyring

        secret = keyring.get_password(KEYRING_SERVICE, keyring_name(path))
    except Exception:  # noqa: BLE001 - a locked or broken keyring: fall back to the passphrase
        return None
    if not secret:
        return None
    try:
        return DatabaseKey(KeyKind.RAW, secret)
    except ValueError:
        return None


def store_in_keyring(path: Path, key: DatabaseKey) -> None:
    """File ``key`` under the salt of the (already encrypted) file at ``path``."""
    if key.kind is not KeyKind.RAW:
        raise ValueError("only raw keys are kept in the keyring; a passphrase is never stored")
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_name(path), key.secret)
    except Exception as exc:  # noqa: BLE001 - report it typed, with the backend's own reason
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc


def forget_in_keyring(path: Path) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keyring_name(path))
    except Exception:  # noqa: BLE001 - nothing there, or no keyring: nothing to forget
        pass


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None


def key_for_existing(path: Path, *, passphrase: str | None = None) -> DatabaseKey:
    """The key to open the encrypted file at ``path``: a passphrase given, the keyring, $CASEWORK_DB_PASSPHRASE."""
    if passphrase:
        return DatabaseKey.from_passphrase(passphrase)
    from_keyring = load_from_keyring(path)
    if from_keyring is not None:
        return from_keyring
    from_env = passphrase_from_env()
    if from_env is not None:
        return DatabaseKey.from_passphrase(from_env)
    raise DatabaseKeyRequired(str(path))
