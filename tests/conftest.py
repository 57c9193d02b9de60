"""Shared test fixtures: where the gold datasets live, and the spaCy model loaded once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def shared_data_dir() -> Path:
    """The read-only gold datasets beside the checkout (``../shared/data``), or $NEWSEVENTS_DATA."""
    return Path(os.environ.get("NEWSEVENTS_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"gold datasets not found at {path} (set NEWSEVENTS_DATA to their folder)")
    return path


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES
