"""Execution, kept apart from the stages: the same ``pipeline.process`` in one process, in a local pool
(``local``) or on a Ray cluster (``ray``). Only this package knows about processes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsevents.execute.local import run_items
from newsevents.pipeline import Item, Outcome

EXECUTORS = ("local", "ray")


def run_with(executor: str, items: Iterable[Item], workers: int, address: str | None = None) -> Iterator[Outcome]:
    """Outcomes in input order from the named executor."""
    if executor == "ray":
        from newsevents.execute.ray import run_items_ray

        return run_items_ray(items, workers=workers, address=address)
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r}: choose one of {', '.join(EXECUTORS)}")
    return run_items(items, workers=workers)


__all__ = ["EXECUTORS", "run_items", "run_with"]
