"""The JSON Schema of the newsevents/1 record, shipped with the package."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator


@functools.cache
def record_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("record.schema.json").read_text())


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` departs from the schema, as readable lines (empty when valid)."""
    validator = Draft202012Validator(record_schema())
    return [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}" for e in validator.iter_errors(record)]
