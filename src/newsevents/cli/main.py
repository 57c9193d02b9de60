"""The ``newsevents`` command line: extract, run, status, summary, bench, eval."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from newsevents.cli import batch, report
from newsevents.pipeline import Item

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
eval_app = typer.Typer(no_args_is_help=True, help="Accuracy against gold datasets, peers side by side.")
app.add_typer(eval_app, name="eval")
err = Console(stderr=True)

DEFAULT_DB = "sqlite:///newsevents.db"
DEFAULT_DATA = Path("../shared/data")


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and an exit status; never a traceback."""
    err.print(f"newsevents: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


@app.command()
def extract(
    input: str | None = typer.Argument(None, help="An .html/.htm/.txt file (optionally .gz), or - for stdin."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the page's)."),
    url: str | None = typer.Option(None, help="The article's URL."),
    batch_file: Path | None = typer.Option(None, "--batch", help="JSON Lines input, one article a line."),
    out: Path | None = typer.Option(None, help="With --batch: write JSON Lines here instead of stdout."),
    workers: int = typer.Option(1, min=1, help="With --batch: worker processes."),
) -> None:
    """Extract one article (or a batch) into the newsevents/1 JSON record. No network, no database."""
    if batch_file is not None:
        batch.extract_batch(batch_file, out, workers, fail)
        return
    if input is None:
        fail("give an INPUT path, - for standard input, or --batch FILE")
    content = _read_input(input)
    item = Item(key=input, content=content, url=url, published=_checked_date(published))
    batch.extract_one(item, fail)


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror or error}")
    return b""


def _checked_date(value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        fail(f"--published must be YYYY-MM-DD, not {value!r}")
    return None


@app.command()
def run(
    sources: list[str] = typer.Argument(..., help="Files, folders, globs, WARC, RSS/Atom, URL lists, URLs."),
    db: str = typer.Option(DEFAULT_DB, help="Database URL (sqlite:///file.db or postgresql+psycopg://...)."),
    workers: int = typer.Option(2, min=1, help="Worker processes."),
    allow_private: bool = typer.Option(False, help="Allow fetching from private/loopback addresses."),
    retry_failed: bool = typer.Option(True, help="Retry inputs that failed in an earlier run."),
    executor: str = typer.Option("local", help="local (this machine) or ray (needs the [cluster] extra)."),
    ray_address: str | None = typer.Option(None, help="With --executor ray: an existing cluster's address."),
) -> None:
    """Ingest, extract, annotate and store. Idempotent and resumable."""
    from newsevents.cli.runner import run_sources

    summary = run_sources(
        sources,
        db=db,
        workers=workers,
        allow_private=allow_private,
        retry_failed=retry_failed,
        executor=executor,
        ray_address=ray_address,
    )
    report.print_summary(summary)


@app.command()
def status(
    db: str = typer.Option(DEFAULT_DB, help="Database URL."),
    only: str | None = typer.Option(None, help="processed | skipped | failed"),
) -> None:
    """The inputs ledger: every input and its outcome."""
    from newsevents.store import Store

    with Store(db) as store:
        report.print_outcomes(store.outcomes(only))


@app.command()
def summary(db: str = typer.Option(DEFAULT_DB, help="Database URL.")) -> None:
    """Articles, events by type, top actors and places, failed inputs."""
    from newsevents.store import Store

    with Store(db) as store:
        report.print_summary(store.summary())


@app.command()
def bench(
    data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder."),
    n: int = typer.Option(200, help="How many articles."),
    workers: int = typer.Option(2, min=1, help="Worker processes, for both runs."),
) -> None:
    """End-to-end articles/s on real articles, beside spaCy alone on the same texts."""
    from newsevents.eval.bench import print_bench, run_bench

    print_bench(run_bench(data, n=n, workers=workers))


@eval_app.command("extraction")
def eval_extraction(
    data: Path = typer.Option(DEFAULT_DATA / "trafilatura_eval", help="trafilatura_eval folder."),
    limit: int | None = typer.Option(None, help="Only the first N pages."),
    english_only: bool = typer.Option(False, "--english", help="Only the English pages."),
) -> None:
    """Body, title, author and date accuracy on trafilatura's evaluation pages, beside trafilatura."""
    from newsevents.eval.extraction import evaluate_extraction, print_extraction_report

    print_extraction_report(evaluate_extraction(_need(data), limit=limit, english_only=english_only))


@eval_app.command("time")
def eval_time(data: Path = typer.Option(DEFAULT_DATA / "tempeval3_tbaq", help="TempEval-3 folder.")) -> None:
    """TIMEX3 DATE value accuracy on TimeBank/AQUAINT, beside dateparser on spaCy DATEs."""
    from newsevents.eval.time import evaluate_time, print_report

    print_report(evaluate_time(_need(data)))


@eval_app.command("geo")
def eval_geo(data: Path = typer.Option(DEFAULT_DATA / "geoparsing_gritta", help="LGL/GeoVirus folder.")) -> None:
    """Toponym resolution accuracy within 161 km on LGL and GeoVirus, beside a population baseline."""
    from newsevents.eval.geo import evaluate_geo, print_report

    print_report(evaluate_geo(_need(data)))


def _need(path: Path) -> Path:
    if not path.exists():
        fail(f"dataset not found: {path} (pass the folder with --data)")
    return path


def main() -> None:
    app()
