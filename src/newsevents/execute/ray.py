"""Ray execution: the same ``pipeline.process`` on a Ray cluster, for corpora that outgrow one machine.

Each Ray actor loads the models once and processes chunks of items; results come back in input order
with a bounded number of chunks in flight, exactly like the local pool. Needs the ``[cluster]`` extra.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from newsevents.execute.local import chunked
from newsevents.pipeline import Item, Outcome, load_models, process


def _require_ray() -> Any:
    try:
        import ray
    except ImportError as error:
        raise RuntimeError("pip install 'newsevents[cluster]' to use the Ray executor") from error
    return ray


class _Worker:
    """A Ray actor holding the loaded models."""

    def __init__(self) -> None:
        self.models = load_models()

    def process(self, chunk: list[Item]) -> list[Outcome]:
        return list(process(chunk, self.models))


def run_items_ray(
    items: Iterable[Item], workers: int = 2, chunk_size: int = 8, address: str | None = None
) -> Iterator[Outcome]:
    """Outcomes for every item, in input order, on ``workers`` Ray actors (a local cluster by default)."""
    ray = _require_ray()
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=None if address else workers, include_dashboard=False, log_to_driver=False)
    actor_class = ray.remote(num_cpus=1)(_Worker)
    actors = [actor_class.remote() for _ in range(workers)]
    in_flight: deque = deque()
    for number, chunk in enumerate(chunked(items, chunk_size)):
        in_flight.append(actors[number % workers].process.remote(chunk))
        if len(in_flight) >= workers * 2:
            yield from ray.get(in_flight.popleft())
    while in_flight:
        yield from ray.get(in_flight.popleft())
