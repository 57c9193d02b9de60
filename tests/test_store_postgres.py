"""The store's behaviour tests against a real, throwaway PostgreSQL server started for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from postgres import create_database, find_pg_bin, postgres_server
from test_store import StoreBehaviour


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    pytest.importorskip("psycopg", reason="psycopg 3 is needed for PostgreSQL (pip install 'psycopg[binary]')")
    pg_bin = find_pg_bin()
    if pg_bin is None:
        pytest.skip("PostgreSQL not installed: no /usr/lib/postgresql/*/bin/pg_ctl (apt-get install -y postgresql)")
    with postgres_server(pg_bin) as url:
        yield url


@pytest.mark.postgres
class TestPostgresStore(StoreBehaviour):
    @pytest.fixture
    def store_url(self, postgres_url: str) -> str:
        return create_database(postgres_url)
