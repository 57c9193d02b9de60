"""The ``newsevents`` command line: extract, run, status, summary, link, serve, export, eval, bench, train."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from newsevents.cli import batch, report
from newsevents.pipeline import Item

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
eval_app = typer.Typer(no_args_is_help=True, help="Accuracy against gold datasets, peers side by side.")
app.add_typer(eval_app, name="eval")
bench_app = typer.Typer(help="Throughput and latency benchmarks on real data.")
app.add_typer(bench_app, name="bench")
train_app = typer.Typer(no_args_is_help=True, help="Fit the shipped models again from the gold datasets.")
app.add_typer(train_app, name="train")
err = Console(stderr=True)

DEFAULT_DB = "sqlite:///newsevents.db"  # = store.db.DEFAULT_URL; the store is imported only by the commands
DEFAULT_DATA = Path("../shared/data")

# Options that several commands share, declared once.
Database = Annotated[str, typer.Option(help="Database URL (sqlite:///file.db or postgresql+psycopg://...).")]
FirstN = Annotated[int | None, typer.Option(help="Only the first N items (pages, documents, notes or sentences).")]
Half = Annotated[str | None, typer.Option(help="Only one fixed half of the data: dev (study errors) or test.")]
EnglishOnly = Annotated[bool, typer.Option("--english", help="Only the English pages.")]
Peers = Annotated[bool, typer.Option(help="Run the peers beside newsevents (--no-peers for a quick run).")]
Dataset = Annotated[Path, typer.Option(help="The gold datasets folder, or the dataset's own folder in it.")]


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and an exit status; never a traceback."""
    _say(message)
    raise typer.Exit(code)


def _say(message: str) -> None:
    err.print(f"newsevents: {message}", markup=False, highlight=False, soft_wrap=True)


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


def _checked_date(value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        fail(f"--published must be YYYY-MM-DD, not {value!r}")


@app.command()
def run(
    sources: list[str] = typer.Argument(..., help="Files, folders, globs, WARC, RSS/Atom, URL lists, URLs."),
    db: Database = DEFAULT_DB,
    workers: int = typer.Option(2, min=1, help="Worker processes."),
    allow_private: bool = typer.Option(False, help="Allow fetching from private/loopback addresses."),
    retry_failed: bool = typer.Option(True, help="Retry inputs that failed in an earlier run."),
    executor: str = typer.Option("local", help="local (this machine) or ray (needs the [cluster] extra)."),
    ray_address: str | None = typer.Option(None, help="With --executor ray: an existing cluster's address."),
    link: bool = typer.Option(True, help="Afterwards, find duplicates, related articles and multi-source events."),
    reprocess: bool = typer.Option(
        False, help="Process every input again, replacing what earlier runs stored (after an upgrade); reviews stay."
    ),
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
        link=link,
        reprocess=reprocess,
    )
    report.print_summary(summary)


@app.command()
def status(
    db: Database = DEFAULT_DB,
    only: str | None = typer.Option(None, help="processed | skipped | failed"),
) -> None:
    """The inputs ledger: every input and its outcome."""
    from newsevents.store import Store

    with Store(db) as store:
        report.print_outcomes(store.outcomes(only))


@app.command()
def summary(db: Database = DEFAULT_DB) -> None:
    """Articles, events by type, top actors and places, failed inputs."""
    from newsevents.store import Store
    from newsevents.store.linking import link_counts

    with Store(db) as store:
        report.print_summary({**store.summary(), "links": link_counts(store)})


@app.command()
def link(db: Database = DEFAULT_DB) -> None:
    """Recompute cross-article links: duplicates, related articles, the same event across sources."""
    from newsevents.store import Store
    from newsevents.store.linking import relink

    with Store(db) as store:
        report.print_links(relink(store))


@bench_app.callback(invoke_without_command=True)
def bench(
    ctx: typer.Context,
    data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder."),
    n: int = typer.Option(200, help="How many articles."),
    workers: int = typer.Option(2, min=1, help="Worker processes, for both runs."),
) -> None:
    """End-to-end articles/s on real articles, beside spaCy alone on the same texts."""
    if ctx.invoked_subcommand is not None:
        return
    from newsevents.eval.bench import print_bench, run_bench

    print_bench(run_bench(_need(data), n=n, workers=workers))


@bench_app.command("api")
def bench_api(
    data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder."),
    db: str = typer.Option("sqlite:///bench_api.db", help="Benchmark database (built on first use, then reused)."),
    requests: int = typer.Option(200, help="Requests per query kind."),
) -> None:
    """p50/p95 of filtered event queries and full-text search on a database of >= 100,000 events."""
    from newsevents.eval.bench_api import print_bench_api, run_bench_api

    print_bench_api(run_bench_api(_need(data), db, requests=requests))


@app.command()
def serve(
    db: Database = DEFAULT_DB,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    token: str | None = typer.Option(None, envvar="NEWSEVENTS_API_TOKEN", help="API token for write endpoints."),
    writable: bool = typer.Option(False, "--writable", help="Allow reviews (needs --token)."),
    tile_url: str | None = typer.Option(None, envvar="NEWSEVENTS_TILE_URL", help="Optional map tile server URL."),
) -> None:
    """The web UI and the REST API (OpenAPI at /openapi.json)."""
    from newsevents.cli import serve as web

    try:
        web.serve(db, host, port, token, writable, tile_url)
    except ValueError as error:
        fail(str(error))


@app.command("export")
def export_events(
    fmt: str = typer.Argument(..., help="acled | plover | jsonl | parquet"),
    db: Database = DEFAULT_DB,
    out: Path | None = typer.Option(None, help="Output file (default: standard output)."),
    type: str | None = typer.Option(None, help="PLOVER event type."),
    status: str | None = typer.Option(None, help="Event status."),
    country: str | None = typer.Option(None, help="Place country (ISO alpha-2)."),
    actor: str | None = typer.Option(None, help="Actor name."),
    place: str | None = typer.Option(None, help="Place name."),
    date_from: str | None = typer.Option(None, help="First event date (YYYY-MM-DD)."),
    date_to: str | None = typer.Option(None, help="Last event date (YYYY-MM-DD)."),
    q: str | None = typer.Option(None, help="Full-text query on the article."),
    support: str | None = typer.Option(
        None, help="Across sources, after `link`: corroborated, single-source or speculation-only."
    ),
    min_factuality: float | None = typer.Option(
        None, min=-3, max=3, help="Least graded factuality (-3 surely did not happen, +3 surely did)."
    ),
    include_rejected: bool = typer.Option(False, help="Include events a reviewer rejected."),
) -> None:
    """Stream events as ACLED-style CSV, PLOVER JSON, JSON Lines or Parquet."""
    from newsevents.cli.serve import export
    from newsevents.store.queries import EVENT_SUPPORT, EventFilter

    _one_of("--support", support, EVENT_SUPPORT)
    filters = EventFilter(
        type=type,
        status=status,
        country=country,
        actor=actor,
        place=place,
        date_from=date_from,
        date_to=date_to,
        q=q,
        support=support,
        min_factuality=min_factuality,
        include_rejected=include_rejected,
    )
    try:
        export(fmt, db, out, filters)
    except ValueError as error:
        fail(str(error))


@eval_app.command("extraction")
def eval_extraction(
    data: Dataset = DEFAULT_DATA,
    limit: FirstN = None,
    english_only: EnglishOnly = False,
    peers: Peers = True,
    half: Half = None,
) -> None:
    """Body, title, author and date accuracy on trafilatura's evaluation pages, beside five peers."""
    from newsevents.eval.extraction import evaluate_extraction, print_extraction_report

    pages = _need(data, "trafilatura_eval")
    result = evaluate_extraction(pages, limit=limit, english_only=english_only, peers=peers, half=_half(half))
    print_extraction_report(result)


@eval_app.command("dirty-text")
def eval_dirty_text(
    data: Dataset = DEFAULT_DATA,
    limit: FirstN = None,
    english_only: EnglishOnly = False,
    peers: Peers = True,
    half: Half = None,
) -> None:
    """Body and title accuracy on naive text scrapes of the same pages, beside peers on wrapped text."""
    from newsevents.eval.dirty_text import evaluate_dirty_text
    from newsevents.eval.extraction import print_extraction_report

    pages = _need(data, "trafilatura_eval")
    result = evaluate_dirty_text(pages, limit=limit, english_only=english_only, peers=peers, half=_half(half))
    print_extraction_report(result, title="Dirty-text extraction")


@eval_app.command("events")
def eval_events(
    data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder (acled_sample_acledR, plover_gsr, ...)."),
    split: str = typer.Option(
        "test", help="test (to report), dev or train (to study errors; train: ACLED alone, scored out of fold)."
    ),
    limit: FirstN = None,
    errors: Path | None = typer.Option(None, help="Write the ACLED notes ours got wrong here, as JSON Lines."),
) -> None:
    """ACLED type/sub-type, place, date, fatalities, actor1; PLOVER GSR; event location; India police."""
    from newsevents.eval.events import SPLITS, evaluate_events, print_report

    _one_of("--split", split, SPLITS)
    print_report(evaluate_events(_need(data), split=split, limit=limit, errors=errors))


@eval_app.command("link")
def eval_link(
    data: Dataset = DEFAULT_DATA,
    split: str = typer.Option("dev", help="dev (to report) or train (to study errors)."),
    limit: FirstN = None,
) -> None:
    """Related stories and the same event across sources, pairwise on ECB+ topics, beside TF-IDF cosine."""
    from newsevents.eval.link import evaluate_link, print_report

    _one_of("--split", split, ("dev", "train"))
    print_report(evaluate_link(_need(data, "ecbplus"), split=split, limit=limit), split)


@eval_app.command("quotes")
def eval_quotes(
    data: Dataset = DEFAULT_DATA,
    split: str = typer.Option("dev", help="train or dev."),
    limit: FirstN = None,
) -> None:
    """Attribution source/cue/content span F1 (exact and overlap) and direct-quote speakers, beside textacy."""
    from newsevents.eval.quotes import evaluate_quotes, print_report

    _one_of("--split", split, ("train", "dev"))
    print_report(evaluate_quotes(_need(data, "polnear"), limit=limit, split=split))


@eval_app.command("factuality")
def eval_factuality(
    data: Dataset = DEFAULT_DATA,
    split: str = typer.Option("dev", help="train or dev."),
    limit: FirstN = None,
) -> None:
    """Event status mapped to [-3, 3]: MAE, Pearson r and sign accuracy on UW and MEANTIME, beside a baseline."""
    from newsevents.eval.factuality import evaluate_factuality, print_report

    _one_of("--split", split, ("train", "dev"))
    print_report(evaluate_factuality(_need(data, "factuality_uw_meantime"), limit=limit, split=split))


@train_app.command("factuality")
def train_factuality(
    data: Dataset = DEFAULT_DATA,
) -> None:
    """Refit the factuality model on the UW and MEANTIME train splits (rewrites the shipped weights)."""
    from newsevents.eval.factuality import train

    err.print(train(_need(data, "factuality_uw_meantime")))


@train_app.command("events")
def train_events(data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder.")) -> None:
    """Refit the event classifier on the ACLED train split and the synthetic PLOVER stories."""
    from newsevents.events.classifier import WEIGHTS_RESOURCE
    from newsevents.events.train import train

    err.print(train(_need(data), Path(__file__).resolve().parents[1] / "events" / WEIGHTS_RESOURCE))


@train_app.command("title")
def train_title(
    data: Dataset = DEFAULT_DATA,
) -> None:
    """Refit the dirty-text title scorer on the naive scrapes of the benchmark's dev half."""
    from newsevents.extract.train_title import train

    try:
        err.print(train(_need(data, "trafilatura_eval")))
    except ValueError as error:
        fail(str(error))


@train_app.command("ner")
def train_ner(
    data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder (only never-reported parts are read)."),
    out: Path | None = typer.Option(None, help="Where to write the weights (default: the shipped file)."),
    max_tokens: int = typer.Option(1_500_000, min=1, help="How many tokens of training text the teacher labels."),
    heldout: bool = typer.Option(True, help="Report agreement with the teacher on held-out text."),
) -> None:
    """Distil en_core_web_sm's NER into the student NER (rewrites the shipped weights unless --out)."""
    from newsevents.annotate.student_ner import WEIGHTS_RESOURCE
    from newsevents.annotate.train_ner import train

    target = out or Path(__file__).resolve().parents[1] / "annotate" / "data" / WEIGHTS_RESOURCE
    err.print(train(_need(data), target, max_tokens=max_tokens, heldout=heldout))


@eval_app.command("time")
def eval_time(
    data: Dataset = DEFAULT_DATA,
    limit: FirstN = None,
    half: Half = None,
) -> None:
    """TIMEX3 DATE value accuracy on TimeBank/AQUAINT, beside dateparser on spaCy DATEs."""
    from newsevents.eval.time import evaluate_time, print_report

    print_report(evaluate_time(_need(data, "tempeval3_tbaq"), limit=limit, half=_half(half)))


@eval_app.command("geo")
def eval_geo(
    data: Dataset = DEFAULT_DATA,
    limit: FirstN = None,
    half: Half = None,
) -> None:
    """Toponym resolution accuracy within 161 km on LGL and GeoVirus, beside a population baseline."""
    from newsevents.eval.geo import evaluate_geo, print_report

    print_report(evaluate_geo(_need(data, "geoparsing_gritta"), limit=limit, half=_half(half)))


@eval_app.command("muc")
def eval_muc(
    data: Dataset = DEFAULT_DATA,
    split: str = typer.Option("dev", help="dev (to report) or train (to study errors)."),
    limit: FirstN = None,
) -> None:
    """Perpetrators, victims, targets and weapons on MUC-4 news, in lower case and in capitals, beside the
    recogniser alone."""
    from newsevents.eval.muc import evaluate_muc, print_report

    split = _one_of("--split", split, ("dev", "train")) or "dev"
    print_report(evaluate_muc(_need(data, "muc4_grit"), split=split, limit=limit), split)


@eval_app.command("cameo")
def eval_cameo(
    data: Dataset = DEFAULT_DATA,
    split: str = typer.Option("test", help="test (to report) or train (to study errors)."),
    limit: FirstN = None,
) -> None:
    """Quad class of each CAMEO-coded news sentence from our event types, beside the majority class and an
    in-domain TF-IDF classifier."""
    from newsevents.eval.cameo import evaluate_cameo, print_report

    split = _one_of("--split", split, ("test", "train")) or "test"
    print_report(evaluate_cameo(_need(data, "conflibert_eval"), split=split, limit=limit), split)


@eval_app.command("truecase")
def eval_truecase(
    data: Path = typer.Option(DEFAULT_DATA, help="The gold datasets folder (acled_sample_acledR)."),
    split: str = typer.Option("test", help="test (to report) or dev (to study errors)."),
    limit: FirstN = None,
) -> None:
    """Capitalised words restored to lower-cased ACLED notes, beside the lower-case text and places alone."""
    from newsevents.eval.truecase import evaluate_truecase, print_report

    split = _one_of("--split", split, ("test", "dev")) or "test"
    print_report(evaluate_truecase(_need(data), split=split, limit=limit), split)


def _half(half: str | None) -> str | None:
    return _one_of("--half", half, ("dev", "test"))


def _one_of(option: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """``value`` when it is unset or allowed; otherwise a one-line error naming the choices."""
    if value is not None and value not in allowed:
        fail(f"{option} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _need(path: Path, folder: str | None = None) -> Path:
    """The dataset's folder: ``path``, or its ``folder`` when ``path`` is the gold datasets folder holding it."""
    from newsevents.eval.datasets import dataset_folder

    path = dataset_folder(path, folder) if folder else path
    if not path.exists():
        fail(f"dataset not found: {path} (pass the folder with --data)")
    return path


def main() -> None:
    """The console entry point. A file an evaluation or a command needs that is missing (a dataset moved, a path
    mistyped) is a one-line error, like every other user error, not a traceback."""
    try:
        app()
    except FileNotFoundError as error:
        _say(f"file not found: {error.filename} (for datasets, pass the gold datasets folder with --data)")
        sys.exit(2)
