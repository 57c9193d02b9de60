"""The same stages give the same records in one process, in a local pool and on Ray, in input order."""

from __future__ import annotations

import importlib.util

import pytest

from bad_inputs import ENGLISH
from newsevents.execute import run_with
from newsevents.pipeline import Item

CITIES = ["Nairobi", "Lagos", "Lima", "Dhaka", "Hanoi"]


def items() -> list[Item]:
    stories = [
        Item(key=f"k{i}", content=ENGLISH.replace("Nairobi", city), kind="text", published="2025-04-25")
        for i, city in enumerate(CITIES)
    ]
    return [*stories[:2], Item(key="bad", content=""), *stories[2:]]


def records(executor: str, workers: int) -> list[tuple[str, str, dict | None]]:
    return [
        (o.key, o.status, o.document.to_dict() if o.document else None) for o in run_with(executor, items(), workers)
    ]


def test_pool_gives_the_same_records_in_order_as_one_process():
    single = records("local", 1)
    assert [key for key, _, _ in single] == ["k0", "k1", "bad", "k2", "k3", "k4"]
    assert [status for _, status, _ in single].count("processed") == 5
    assert records("local", 2) == single


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray not installed (the [cluster] extra)")
def test_ray_gives_the_same_records_in_order():
    assert records("ray", 2) == records("local", 1)


def test_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="unknown executor"):
        run_with("slurm", [], 1)
