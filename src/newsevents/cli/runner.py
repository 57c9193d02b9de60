"""``newsevents run``: ingest -> extract -> annotate -> store, with a progress bar and a ledger.

Idempotent and resumable: inputs already processed or skipped are not read again, every stored
article is written in one transaction with its ledger row, so a run killed half-way and started again
finishes with nothing lost and nothing doubled.
"""

from __future__ import annotations

from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from sqlalchemy.exc import SQLAlchemyError

from newsevents.execute import run_with
from newsevents.ingest import RawInput, iter_inputs
from newsevents.pipeline import Item, Outcome, one_line
from newsevents.store import Store
from newsevents.store.linking import link_counts, relink


def run_sources(
    sources: list[str],
    *,
    db: str,
    workers: int,
    allow_private: bool = False,
    retry_failed: bool = True,
    executor: str = "local",
    ray_address: str | None = None,
    link: bool = True,
    reprocess: bool = False,
) -> dict[str, Any]:
    """Process every new input of ``sources`` into ``db``; returns the database summary.

    ``reprocess``: process every input again, each new record replacing the one an earlier run stored.
    """
    with Store(db) as store:
        if reprocess:
            skip: set[str] = set()
        else:
            skip = store.done_keys() if retry_failed else {o["key"] for o in store.outcomes()}
        pending = [_item(raw) for raw in iter_inputs(sources, allow_private=allow_private) if raw.key not in skip]
        with _progress() as progress:
            task = progress.add_task("processing", total=len(pending))
            for outcome in run_with(executor, pending, workers, address=ray_address):
                _record(store, outcome, replace=reprocess)
                progress.advance(task)
        links = relink(store) if link else link_counts(store)
        return {**store.summary(), "links": links}


def _item(raw: RawInput) -> Item:
    return Item(key=raw.key, content=raw.content, kind=raw.kind, url=raw.url, published=raw.published, error=raw.error)


def _record(store: Store, outcome: Outcome, replace: bool = False) -> None:
    if outcome.document is None:
        store.record_outcome(outcome.key, outcome.status, outcome.reason)
        return
    try:
        store.save(outcome.document, outcome.key, replace=replace)
    except SQLAlchemyError as error:  # an inconsistent record is a failed input, not a failed run
        store.record_outcome(outcome.key, "failed", f"not stored: {one_line(error)}")


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )


class _RateColumn(TextColumn):
    """Articles per second so far."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Task) -> str:  # type: ignore[override]
        elapsed = task.finished_time or task.elapsed
        return f"{task.completed / elapsed:.1f} articles/s" if elapsed and task.completed else "- articles/s"
