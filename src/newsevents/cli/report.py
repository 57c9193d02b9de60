"""Rich tables for the terminal: run summaries and the inputs ledger."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

console = Console()


def print_summary(summary: dict[str, Any]) -> None:
    """Articles, events by type, top actors and places, and the inputs that failed and why."""
    inputs = summary.get("inputs_by_status", {})
    console.print(
        f"[bold]{summary.get('articles', 0)} articles[/bold], "
        f"{sum(summary.get('events_by_type', {}).values())} events; inputs: "
        + ", ".join(f"{k} {v}" for k, v in sorted(inputs.items()))
    )
    if "links" in summary:
        print_links(summary["links"])
    _counts("Events by type", summary.get("events_by_type", {}))
    _counts("Top actors", _as_counts(summary.get("top_actors", [])))
    _counts("Top places", _as_counts(summary.get("top_places", [])))
    _problems(summary.get("problem_reasons", []))


def print_links(links: dict[str, int]) -> None:
    console.print(
        f"links: {links['duplicate_pairs']} duplicate pairs, {links['related_pairs']} related pairs, "
        f"{links['same_happening_pairs']} pairs reporting one happening outside coded events, "
        f"{links['multi_source_events']} events reported by several sources"
    )


def print_outcomes(rows: list[dict[str, Any]], title: str = "Inputs") -> None:
    table = Table(title=title)
    for column in ("status", "input", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*_plain(row.get("status", ""), row.get("key", ""), row.get("reason") or ""))
    console.print(table)


def _counts(title: str, counts: dict[str, int]) -> None:
    if not counts:
        return
    table = Table(title=title)
    table.add_column("name")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(*_plain(name, count))
    console.print(table)


def _as_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    """ "name (country)" -> number of events, from the store's top actors / places rows."""
    return {f"{row['name']} ({row['country'] or '?'})": int(row["events"]) for row in rows}


def _problems(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = Table(title="Inputs not processed, by reason")
    for column in ("status", "reason", "inputs", "example"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*_plain(row["status"], row["reason"] or "", row["count"], row["example"]))
    console.print(table)


def _plain(*values: Any) -> list[Text]:
    """Table cells shown as they are: input keys, reasons and names come from the data, and rich would
    read "[bold]" in them as markup (and fail on an unmatched "[/tag]")."""
    return [Text(str(value)) for value in values]
