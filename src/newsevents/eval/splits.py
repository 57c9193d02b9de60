"""Fixed splits by hash, so that errors are studied on one part of a gold set and reported on another."""

from __future__ import annotations

import hashlib


def _bucket(key: str, buckets: int) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % buckets


def split_of(key: str) -> str:
    """'test' (20%), 'dev' (20%) or 'train' (60%), fixed by a hash of the record's id."""
    bucket = _bucket(key, 10)
    return "test" if bucket < 2 else "dev" if bucket < 4 else "train"


def half_of(key: str) -> str:
    """'test' or 'dev', a fixed half by hash, for the sets that are only ever evaluated on."""
    return "test" if _bucket(key, 2) == 0 else "dev"
