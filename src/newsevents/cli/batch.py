"""``newsevents extract``: one input to one record, or a JSON Lines batch to JSON Lines, in order."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

from newsevents.execute import run_items
from newsevents.pipeline import Item, Outcome, load_models, process


def extract_one(item: Item, fail: Callable[[str, int], NoReturn]) -> None:
    """Print the record of one input; a one-line error and exit 2 when it is unusable."""
    outcome = next(process([item], load_models()))
    if outcome.document is None:
        fail(outcome.reason or "unusable input", 2 if outcome.status == "skipped" else 1)
    json.dump(outcome.document.to_dict(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def extract_batch(path: Path, out: Path | None, workers: int, fail: Callable[[str, int], NoReturn]) -> None:
    """One output line per input line, in input order; bad lines give an error line and the batch goes on."""
    try:
        source = path.open("rb") if str(path) != "-" else sys.stdin.buffer
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror or error}", 2)
    ids: list[Any] = []
    items = _items(source, ids)
    with source, out.open("w", encoding="utf-8") if out else _stdout() as sink:
        for outcome in run_items(items, workers=workers):
            _write(sink, ids[int(outcome.key)], outcome)


def _stdout() -> IO[str]:
    return open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)


def _items(lines: IO[bytes], ids: list[Any]) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        key = str(len(ids))
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as error:
            ids.append(None)
            yield Item(key=key, content=None, error=f"line {number}: invalid JSON ({error})")
            continue
        ids.append(record.get("id"))
        yield _item_from_record(key, record, number)


def _item_from_record(key: str, record: dict[str, Any], number: int) -> Item:
    html, text = record.get("html"), record.get("text")
    if not isinstance(html or text, str):
        return Item(key=key, content=None, error=f"line {number}: needs an 'html' or 'text' string")
    return Item(
        key=key,
        content=html or text,
        kind="html" if html else "text",
        url=record.get("url"),
        published=record.get("published"),
    )


def _write(sink: IO[str], input_id: Any, outcome: Outcome) -> None:
    if outcome.document is not None:
        line = {**outcome.document.to_dict(), "input_id": input_id}
    else:
        line = {"input_id": input_id, "error": outcome.reason or outcome.status}
    sink.write(json.dumps(line, ensure_ascii=False) + "\n")
    sink.flush()
