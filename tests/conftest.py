"""Shared test fixtures: the gold datasets folder, the examples, and the API tests' database and client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

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


@pytest.fixture(scope="session")
def trafilatura_eval(shared_data: Path) -> Path:
    """The trafilatura_eval pages (extraction benchmarks and the title scorer's training data)."""
    data_dir = shared_data / "trafilatura_eval"
    if not (data_dir / "evaldata.json").exists():
        pytest.skip("trafilatura_eval dataset missing")
    return data_dir


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite database holding the API tests' hand-made corpus."""
    from api_helpers import build_db

    return build_db(tmp_path / "events.db")


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    """A client of a writable app over ``db_url`` (reviews allowed with the helpers' token)."""
    from api_helpers import writable_client

    yield from writable_client(db_url)
