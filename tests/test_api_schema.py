"""Property-based checks of the API against its own OpenAPI document (schemathesis), kept small and quick.

schemathesis' own pytest plugin does not load under this pytest, so the test walks the operations itself
and runs a few generated cases on each with hypothesis. The "schema-valid data is accepted" check is left
out: a well-formed but forged cursor, or a search with no words in it, is rightly a 400.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from api_helpers import TOKEN, build_db
from newsevents.api import create_app

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency")
positive_data_acceptance = schemathesis.checks.positive_data_acceptance


def test_api_conforms_to_its_schema(tmp_path: Path) -> None:
    app = create_app(build_db(tmp_path / "events.db"), api_token=TOKEN, read_only=False)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
        def check(case: object) -> None:
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
