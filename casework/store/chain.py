"""The audit trail's hash chain: the canonical encoding of an entry and its SHA-256 hashes.

This is a stored format (version ``v1``): entries written today must verify in every later version,
so change nothing here; a new format gets a new tag and its own functions. Migration 0006 imports it
to chain the entries written before the chain existed.

Each entry is chained over a *digest* of its details, not the details themselves::

    details_digest = sha256(salt ":" canonical JSON of details)
    entry_hash     = sha256(canonical JSON of
                            ["casework-audit-v1", seq, prev_hash, at, user_id, action,
                             entity_type, entity_id, details_digest])

so the retention job can remove personal data from ``details`` later (the audited redaction in
``casework.services.audit``) without breaking the chain: the digest stays, the chain still verifies,
and the redaction entry that did it carries a digest of what the details became.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

FORMAT = "casework-audit-v1"
GENESIS = "0" * 64


# One encoder made once (json.dumps builds a new one per call when given options).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8, no NaN."""
    return _ENCODER.encode(value).encode("utf-8")


def normalise_details(details: Any) -> dict[str, Any]:
    """Details as they will read back from a JSON column (string keys, lists for tuples)."""
    return json.loads(canonical_json(details if details is not None else {}))


def details_digest(details: Any, salt: str | None = None) -> str:
    """The digest the chain covers. A random salt (cleared when the details are redacted) keeps the
    digest of erased personal data from being tested against guesses afterwards."""
    body = canonical_json(details if details is not None else {})
    return hashlib.sha256((salt.encode("ascii") + b":" + body) if salt else body).hexdigest()


def at_text(at: datetime) -> str:
    """An instant as fixed-width UTC text with microseconds (both engines keep microseconds)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    elif at.utcoffset():
        at = at.astimezone(timezone.utc)
    # Same text as strftime("%Y-%m-%dT%H:%M:%S.%fZ"), faster; years are four digits here.
    return at.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def entry_hash(seq: int, prev_hash: str, at: datetime, user_id: int | None, action: str, entity_type: str,
               entity_id: int | None, digest: str) -> str:
    payload = [FORMAT, seq, prev_hash, at_text(at), user_id, action, entity_type, entity_id, digest]
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def redaction_set_digest(items: list[tuple[int, str]]) -> str:
    """The digest a redaction entry carries: over (seq, digest of the redacted details), in seq order."""
    h = hashlib.sha256()
    for seq, digest in sorted(items):
        h.update(f"{seq}:{digest}\n".encode("ascii"))
    return h.hexdigest()


def seq_ranges(seqs: list[int]) -> list[list[int]]:
    """[1, 2, 3, 7, 9, 10] -> [[1, 3], [7, 7], [9, 10]]: a long list of sequence numbers, kept short."""
    ranges: list[list[int]] = []
    for seq in sorted(set(seqs)):
        if ranges and seq == ranges[-1][1] + 1:
            ranges[-1][1] = seq
        else:
            ranges.append([seq, seq])
    return ranges


def expand_ranges(ranges: list[list[int]]) -> list[int]:
    return [seq for first, last in ranges for seq in range(first, last + 1)]
